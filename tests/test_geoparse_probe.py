"""Invented news sentences for families of place mentions: towns written with a space where the
data hyphenates them, villages named after a person, rural districts (okrugs)."""

import geomap


def _found(text, lang, date="2024-05-01"):
    return [(m["text"], m["kind"], m["adm1_iso"]) for m in geomap.extract(text, lang=lang, date=date)]


def test_hyphenated_town_written_with_a_space():
    assert ("Fort Shevchenko", "city", "KZ-47") in _found("Tourists flocked to Fort Shevchenko on the Caspian coast.", "en")
    assert ("Taldy Korgan", "city", "KZ-33") in _found("A new school opened in Taldy Korgan on Monday.", "en")


def test_sea_before_town_word_is_no_town():
    found = _found("The Aral Sea town of Aralsk saw record heat this week.", "en")
    assert ("Aral Sea", "facility", None) in found
    assert ("Aralsk", "city", "KZ-43") in found
    assert not any(k == "city" and "Sea" in t for t, k, _ in found)


def test_village_named_after_person_in_the_genitive():
    found = _found("В посёлке Габидена Мустафина Бухар-Жырауского района прорвало водопровод.", "ru")
    assert ("Габидена Мустафина", "village", "KZ-35") in found


def test_person_name_alone_is_no_village():
    assert _found("Книги Габидена Мустафина переиздали в этом году.", "ru") == []


def test_rural_district_russian_adjective():
    found = _found("В Акбулакском сельском округе Уланского района загорелся склад.", "ru")
    assert ("Акбулакском сельском округе", "district", "KZ-63") in found


def test_rural_district_english():
    found = _found("Residents of the Akbulak rural district in Ulan district were evacuated.", "en")
    assert ("Akbulak rural district", "district", "KZ-63") in found
    found = _found("The Kainar rural okrug akim said the road was repaired.", "en")
    assert [k for t, k, _ in found if t.startswith("Kainar")] == ["district"]


def test_rural_district_needs_a_known_village():
    assert _found("Жители Зеленоглазовского сельского округа собрались.", "ru") == []


def test_airport_named_after_its_town_in_quotes():
    assert ("Ақтау", "facility", "KZ-47") in _found("«Ақтау» әуежайында ұшақ қонды.", "kk")
    assert ("Актау", "facility", "KZ-47") in _found("В аэропорту «Актау» приземлился самолёт.", "ru")
    assert ("Шымкент", "facility", "KZ-79") in _found("«Шымкент» халықаралық әуежайы жөндеуге жабылады.", "kk")
    assert ("Ақтау халықаралық әуежайында", "facility", "KZ-47") in _found("Ақтау халықаралық әуежайында ұшақ қонды.", "kk")


def test_plural_possessive_before_a_town():
    assert ("Nur-Sultan", "city", "KZ-71") in _found("Kazakh Railways' Nur-Sultan branch reported delays.", "en", "2020-03-01")


def test_soviet_region_adjectives():
    assert ("Мангышлакской области", "region", "KZ-47") in _found("Стройка в Мангышлакской области шла быстро.", "ru", "1985-05-01")
    assert ("Целиноградской области", "region", "KZ-11") in _found("Урожай в Целиноградской области собран.", "ru", "1985-05-01")


def test_rural_district_noun_first_and_aul_okrug():
    found = _found("Паводок подтопил дома в сельском округе Акбулак Уланского района.", "ru")
    assert ("сельском округе Акбулак", "district", "KZ-63") in found
    found = _found("Кайнарский аульный округ Кегенского района остался без света.", "ru")
    assert ("Кайнарский аульный округ", "district", "KZ-19") in found


def test_village_named_after_person_without_imeni():
    assert [k for t, k, _ in _found("Жители села Балуана Шолака перекрыли дорогу.", "ru")] == ["village"]
    assert _found("Песни Балуана Шолака звучали весь вечер.", "ru") == []


def test_street_head_capitalised_at_sentence_start():
    found = _found("Проспект Абая в Астане закроют на ремонт.", "ru")
    assert ("Проспект Абая", "facility", "KZ-71") in found
    found = _found("Вчера был снегопад. Улицу Сейфуллина в Астане расчистили к утру.", "ru")
    assert ("Улицу Сейфуллина", "facility", "KZ-71") in found
    assert not any(k == "village" for _, k, _ in found)


def test_streets_of_a_city_are_the_city():
    assert _found("Снегом завалило улицы Алматы.", "ru") == [("Алматы", "city", "KZ-75")]
    assert _found("На улицах Шымкента было пусто.", "ru") == [("Шымкента", "city", "KZ-79")]
    assert ("Улицы Алматы", "facility", None) not in _found("Улицы Алматы завалило снегом.", "ru")


def test_quantified_rural_districts_and_auls():
    found = _found("Паводок затронул дома в пяти сельских округах района.", "ru")
    assert ("пяти сельских округах", "quantified", None) in found
    assert ("двух аулах", "quantified", None) in _found("Свет отключили в двух аулах.", "ru")
    assert _found("Выборы прошли в трёх избирательных округах.", "ru") == []
    assert ("бес ауылдық округте", "quantified", None) in _found("Ауданның бес ауылдық округте су тасқыны болды.", "kk")


def test_english_aul_head_noun():
    found = _found("Residents of Karaoy aul in Ile district complained about water.", "en")
    assert ("Karaoy aul", "village", "KZ-19") in found


def test_hyphenated_cyrillic_compound_names():
    assert ("Кара-Тау", "city", "KZ-31") in _found("В Кара-Тау открыли новую школу.", "ru")
    found = _found("Дорогу до посёлка Кызыл-Ту расчистили.", "ru")
    assert [t for t, k, _ in found if k == "village"] == ["Кызыл-Ту"]


def test_rural_district_adjective_of_a_name_ending_in_a_vowel():
    found = _found("Аким Кокпектинского сельского округа Абайской области провёл сход.", "ru")
    assert ("Кокпектинского сельского округа", "district", "KZ-10") in found


def test_bare_river_with_what_only_a_river_does():
    assert _found("Ишим вышел из берегов у села.", "ru")[0][:2] == ("Ишим", "facility")
    assert _found("Тобол разлился после дождей.", "ru")[0][:2] == ("Тобол", "facility")
    assert _found("Астана вышла в финал кубка.", "ru")[0][:2] == ("Астана", "city")


def test_all_with_a_count():
    assert ("всех 20 регионах", "quantified", None) in _found("Учения прошли во всех 20 регионах страны.", "ru")
    assert ("барлық 17 өңірінде", "quantified", None) in _found("Жаттығу елдің барлық 17 өңірінде өтті.", "kk")
    recs = geomap.extract("Учения прошли во всех 20 регионах страны.", lang="ru", date="2024-05-01")
    assert recs[0]["count"] == 20 and recs[0].get("quantifier") == "all"


def test_declined_town_before_a_person_in_the_nominative():
    assert _found("Аким Павлодара Асаин Байханов провёл приём.", "ru")[0][:2] == ("Павлодара", "city")
    assert _found("Памятник Жамбыла Жабаева отреставрировали.", "ru") == []


def test_town_before_a_whole_given_name_and_surname():
    assert _found("Governor of Pavlodar Asain Baikhanov visited the plant.", "en")[0][:2] == ("Pavlodar", "city")
    assert _found("Nursultan Abishevich Nazarbayev spoke first.", "en") == []


def test_kazakh_town_name_inside_a_longer_foreign_name():
    assert _found("Рейс в Петропавловске-Камчатском задержали.", "ru") == [
        ("Петропавловске-Камчатском", "foreign", None)]
    assert _found("He flew to Petropavlovsk-Kamchatsky.", "en") == [("Petropavlovsk-Kamchatsky", "foreign", None)]
