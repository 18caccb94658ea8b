"""Parts of a city (microdistricts) and abbreviated street words, each on invented text."""

from geomap import facilities, geoparse


def _got(text, lang, date="2024-03-01"):
    return [(m["text"], m["kind"], m.get("subkind"), m["adm1_iso"])
            for m in geoparse.extract(text, date=date, lang=lang)]


def test_unknown_named_microdistricts_take_the_city_of_their_sentence():
    got = _got("В Шымкенте в микрорайоне Кайтпас отключили воду.", "ru")
    assert ("Кайтпас", "district", "microdistrict", "KZ-79") in got
    got = _got("Алматының Жетісу-3 шағын ауданында су тасқыны болды.", "kk")
    assert ("Алматының", "city", None, "KZ-75") in got
    assert ("Жетісу-3 шағын ауданында", "district", "microdistrict", "KZ-75") in got
    got = _got("In Oral, police searched the Zhuldyz microdistrict.", "en")
    assert ("Zhuldyz microdistrict", "district", "microdistrict", "KZ-27") in got
    # a plural head noun stays out of the span
    got = _got("Алматының Жетісу-3 шағын ауданында өрт. Шымкенттің Нұрсат пен Самал шағын аудандарында су.", "kk")
    assert ("Нұрсат", "district", "microdistrict", "KZ-79") in got


def test_numbered_microdistricts_keep_their_head_word():
    got = _got("В Актау в 12-м микрорайоне и в мкр. 7 горели машины.", "ru")
    assert ("12-м микрорайоне", "district", "microdistrict", "KZ-47") in got
    assert ("мкр. 7", "district", "microdistrict", "KZ-47") in got
    got = _got("In Aktau a gas pipe burst in the 31st microdistrict.", "en")
    assert ("31st microdistrict", "district", "microdistrict", "KZ-47") in got
    got = _got("Ақтаудың 5-ші шағын ауданында жарық сөнді.", "kk")
    assert ("5-ші шағын ауданында", "district", "microdistrict", "KZ-47") in got


def test_microdistrict_head_word_rules_out_the_rural_district_of_that_name():
    # Karasu is also a district of Kostanay Region; after "микрорайоне" it is a part of the city
    got = _got("В Таразе в микрорайоне Карасу прорвало трубу.", "ru")
    assert ("Карасу", "district", "microdistrict", "KZ-31") in got
    assert not any(a == "KZ-39" for *_, a in got)


def test_a_microdistrict_name_of_several_cities_follows_the_city_of_its_sentence():
    # the gazetteer knows a Samal in Almaty; a Samal named in a Shymkent sentence is Shymkent's
    got = _got("В Шымкенте в мкр. Самал-1 прошел ливень.", "ru")
    assert ("Самал-1", "district", "microdistrict", "KZ-79") in got


def test_abbreviated_street_words():
    recs = facilities.find("Авария на ул. Сатпаева, пробка на пр. Абая и на пл. Республики. "
                           "A crash on Furmanov St. and on Dostyk Ave.")
    assert [(r["name"], r["subkind"]) for r in recs] == [
        ("ул. Сатпаева", "street"), ("пр. Абая", "street"), ("пл. Республики", "square"),
        ("Furmanov St.", "street"), ("Dostyk Ave.", "street")]
    # an abbreviated street is not the place named after the same person ("ул. Толе би" is no village)
    got = _got("В Алматы на ул. Толе би сбили пешехода.", "ru")
    assert ("ул. Толе би", "facility", "street", "KZ-75") in got
    assert len(got) == 2


def test_no_name_no_microdistrict():
    assert [r for r in facilities.find("New microdistricts were built. The microdistrict grew.")
            if r["subkind"] == "microdistrict"] == []


def test_kazakh_genitive_town_before_a_street_is_the_town():
    got = _got("Қостанайдың Әл-Фараби даңғылында жол апаты болды.", "kk")
    assert got[0][:2] == ("Қостанайдың", "city") and got[0][3] == "KZ-39"
    assert got[1][1:] == ("facility", "street", "KZ-39")


def test_a_district_after_the_genitive_of_its_unit_lies_in_that_unit():
    got = _got("Павлодар облысының Ақсу ауданында өрт болды.", "kk")
    assert got[1][:2] == ("Ақсу ауданында", "district") and got[1][3] == "KZ-55"
    # a city of republican significance owns its city districts; a region named in the next
    # sentence is no owner
    got = _got("Шымкенттің Абай ауданында өрт болды. Абай облысында жаңбыр жауды.", "kk")
    assert got[1][:2] == ("Абай ауданында", "district") and got[1][3] == "KZ-79"
    got = _got("Rain flooded Pavlodar Region's Aksu district.", "en")
    assert ("Aksu district", "district", None, "KZ-55") in got


def test_city_districts_of_the_capital_and_shymkent_in_english():
    got = _got("In Astana, a fire broke out in the Almaty district; Shymkent police searched the Abay district.", "en")
    assert any(t == "Almaty district" and k == "district" and a == "KZ-71" for t, k, _, a in got)
    assert ("Abay district", "district", "city district", "KZ-79") in got


def test_town_names_in_russian_and_kazakh_quotes_are_names_of_clubs_firms_and_hotels():
    got = _got("Футболисты «Кайрата» обыграли «Тобол» в Костанае, а гостиница «Атырау» в Актау закрылась.", "ru")
    assert [t for t, *_ in got] == ["Костанае", "Актау"]
    got = _got("«Ордабасы» командасы «Ақтөбені» Шымкентте жеңді.", "kk")
    assert [t for t, *_ in got] == ["Шымкентте"]
    # a head noun or a cue around the quotes keeps the place
    got = _got("Жители микрорайона «Шанырак» и села «Ақжар» вышли на сход.", "ru")
    assert [t for t, *_ in got] == ["Шанырак", "Ақжар"]


def test_a_capitalised_common_noun_opening_a_sentence_stays_out_of_a_natural_feature():
    got = _got("Река Ишим вышла из берегов. Космодром Байконур закрыт.", "ru")
    assert [t for t, *_ in got] == ["Ишим", "Байконур"]


def test_a_test_site_named_by_a_town_adjective_is_a_facility_not_the_region():
    got = _got("На Семипалатинском полигоне провели сотни взрывов, сообщили в Курчатове.", "ru", "2019-08-29")
    assert got[0][:3] == ("Семипалатинском полигоне", "facility", "test site")
    assert not any(k == "region" for _, k, *_ in got)


def test_abbreviated_district_head_word():
    got = _got("В Карасайском р-не и в Илийском р-не Алматинской обл. горели склады.", "ru")
    assert [(t, k) for t, k, _, _ in got] == [("Карасайском р-не", "district"), ("Илийском р-не", "district"),
                                               ("Алматинской обл.", "region")]


def test_districts_named_after_a_person_in_their_official_russian_form():
    got = _got("Трасса закрыта в районе Магжана Жумабаева и в районе Шал акына, а в районе Капчагая тихо.", "ru")
    assert [(t, k, a) for t, k, _, a in got] == [("Магжана Жумабаева", "district", "KZ-59"),
                                                  ("Шал акына", "district", "KZ-59"),
                                                  ("Капчагая", "city", "KZ-19")]
    # the person alone is no district
    assert _got("Поэт Магжан Жумабаев родился в 1893 году.", "ru") == []


def test_the_kazakh_microdistrict_noun_written_as_one_word():
    from geomap import geoparse

    got = [(m["text"], m["kind"], m["adm1_iso"]) for m in geoparse.extract(
        "Атырау қаласының Жұлдыз шағынауданындағы үйде газ жарылды.", date="2024-01-10", lang="kk")]
    assert ("Жұлдыз шағынауданындағы", "district", "KZ-23") in got
