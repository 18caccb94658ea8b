"""Geoparser rules from the sixteenth round of checks (sentences written for the test)."""

from __future__ import annotations

import geomap


def _found(text, lang="en", date="2024-04-09"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


def test_a_unit_noun_before_the_names_of_districts_and_regions():
    got = _found("Hail damaged crops in the districts of Sarysu, Talas and Moiynkum.")
    assert got == [("Sarysu", "district", "Jambyl Region"), ("Talas", "district", "Jambyl Region"),
                   ("Moiynkum", "district", "Jambyl Region")]
    got = _found("New schools opened in the regions of Abai and Ulytau, and in the district of Baidibek.")
    assert got == [("Abai", "region", "Abai Region"), ("Ulytau", "region", "Ulytau Region"),
                   ("Baidibek", "district", "Turkistan Region")]
    got = _found("Град прошёл в районах Сарысу и Мойынкум, а аким района Байдибек объявил ЧС.", "ru")
    assert [(t, k) for t, k, _ in got] == [("Сарысу", "district"), ("Мойынкум", "district"),
                                           ("Байдибек", "district")]


def test_a_unit_noun_before_a_town_or_a_named_city_district_is_not_read_so():
    got = _found("The office was in the Bostandyk district of Almaty.")
    assert ("Almaty", "city", "Almaty") in got
    got = _found("Без тепла остались дома в Ауэзовском и Алатауском районах Алматы. Пожар был в районе Кентау.",
                 "ru")
    assert ("Алматы", "city", "Almaty") in got and ("Кентау", "city", "Turkistan Region") in got


def test_the_neighbours_side_of_a_border_town():
    got = _found("На китайской стороне, в Хоргосе, скопились фуры, а на казахстанской стороне в Хоргосе пусто.",
                 "ru", "2023-03-01")
    assert [(t, k) for t, k, _ in got] == [("Хоргосе", "foreign"), ("Хоргосе", "village")]
    got = _found("On the Chinese side, at Khorgos, trucks waited; on the Kazakh side, at Khorgos, none did.")
    assert [(t, k) for t, k, _ in got] == [("Khorgos", "foreign"), ("Khorgos", "village")]
    got = _found("Қытай жағындағы Қорғаста кезек ұзарды.", "kk")
    assert [(t, k) for t, k, _ in got][-1] == ("Қорғаста", "foreign")


def test_a_namesake_abroad_keeps_the_spelling_of_the_text():
    got = geomap.extract("Trucks queued at the Kyrgyz post at Ak-Zhol.", "2023-03-01", "en")
    assert [(m["text"], m["kind"], m["place"]) for m in got] == [("Ak-Zhol", "foreign", "Ak-Zhol")]


def test_the_kokshetau_area_was_north_kazakhstans_from_1997_to_1999():
    text = "Fires broke out near Kokshetau, Shchuchinsk and Zerenda; crews came from Makinsk and Stepnogorsk."
    units = {d: {t: a for t, _, a in _found(text, date=d)} for d in ("1997-05-02", "1998-04-14", "1999-04-08")}
    for town in ("Kokshetau", "Shchuchinsk", "Zerenda"):
        assert [units[d][town] for d in sorted(units)] == ["Akmola Region", "North Kazakhstan Region", "Akmola Region"]
    for town in ("Makinsk", "Stepnogorsk"):  # (Bulandy district and Stepnogorsk were Akmola's throughout)
        assert {units[d][town] for d in units} == {"Akmola Region"}
    got = _found("Бывшая Кокшетауская область и Акмолинская область.", "ru", "1998-11-20")
    assert [a for _, _, a in got] == ["North Kazakhstan Region", "Akmola Region"]


def test_every_transfer_names_a_unit_and_a_window():
    from geomap import adm1
    from geomap.gazetteer import load

    gaz = load()
    assert gaz.transfers
    for pid, spans in gaz.transfers.items():
        assert pid in gaz.places and gaz.places[pid].atom
        for first, last, iso in spans:
            assert first <= last and iso in adm1.UNITS and iso != gaz.places[pid].atom


def test_a_facility_name_ends_at_the_line():
    got = _found("Учёные обследуют мавзолей Жошы-хана\nКАРАГАНДА, 12 июля – Экспедиция начала работу.", "ru", "2015-07-12")
    assert ("КАРАГАНДА", "city", "Karaganda Region") in got
    assert all("\n" not in t for t, _, _ in got)


def test_a_name_with_a_case_ending_is_no_given_name_or_person_with_a_title():
    got = _found("Алматыда Абай оқулары өтті. Оралда Абай даңғылы жөнделді. Концерт Семейдегі ақын ескерткіші "
                 "алдында өтті.", "kk", "2020-08-10")
    assert [(t, k) for t, k, _ in got] == [("Алматыда", "city"), ("Оралда", "city"), ("Абай даңғылы", "facility"),
                                           ("Семейдегі", "city")]
    assert _found("Кеште Жамбыл ақынның өлеңдері оқылды, Бөгенбай батырға ескерткіш ашылды.", "kk") == []


def test_region_centres_named_with_the_bare_region_noun_are_towns():
    got = _found("Семей, Талдықорған және Жезқазған облыс орталығына айналды. Абай облысының орталығы – Семей.",
                 "kk", "2022-06-09")
    assert [(t, k) for t, k, _ in got] == [("Семей", "city"), ("Талдықорған", "city"), ("Жезқазған", "city"),
                                           ("Абай облысының", "region"), ("Семей", "city")]


def test_quoted_clubs_named_after_rivers_and_new_regions():
    assert _found("Местный «Жетысу» обыграл павлодарский «Иртыш» со счётом 2:1.", "ru", "2019-05-01") == []
    got = _found("Ойындарда «Жетісу» Талдықорғанда ойнады. Река «Иртыш» вскрылась.", "kk", "2019-05-01")
    assert [t for t, _, _ in got] == ["Талдықорғанда", "Иртыш"]


def test_the_level_of_a_lake_and_a_river_flowing_into_one():
    got = _found("Уровень Балхаша с весны снизился на 25 см, в Балхаше прошёл пикет.", "ru", "2021-07-01")
    assert [(t, k) for t, k, _ in got] == [("Балхаша", "facility"), ("Балхаше", "city")]
    got = _found("Қорық Теңізге құятын өзеннің ластануына алаңдаулы. Балқаш деңгейі төмендеді.", "kk", "2021-07-01")
    assert [(t, k) for t, k, _ in got] == [("Теңізге", "facility"), ("Балқаш", "facility")]


def test_more_rivers_and_old_river_names():
    got = geomap.extract("Китай забирает воду из рек Или и Черный Иртыш; озеро питают реки Тентек и Эмель. "
                         "Острог поставили в устье Яика.", "2021-07-01", "ru")
    assert [m["place"] for m in got if m["kind"] == "facility"] == [
        "Ili River", "Black Irtysh River", "Tentek River", "Emel River", "Ural River"]
    got = geomap.extract("Oskemen lies where the Irtysh and the Ulba meet.", "2021-07-01", "en")
    assert [m["place"] for m in got] == ["Oskemen", "Irtysh River", "Ulba River"]


def test_big_foreign_cities_that_share_a_spelling_with_hamlets():
    got = _found("Grain went to Kursk and Voronezh; oil workers came from Karamay.", date="2021-07-01")
    assert got == [("Kursk", "foreign", None), ("Voronezh", "foreign", None), ("Karamay", "foreign", None)]


def test_a_town_in_a_foreign_land_named_in_the_kazakh_attributive():
    got = _found("Қорыққа Қытайдың Шыңжаң өлкесіндегі Ақсу қаласынан ғалымдар келді. Павлодар облысындағы Ақсу "
                 "қаласы.", "kk", "2021-07-01")
    assert [(t, k) for t, k, _ in got][2:] == [("Ақсу қаласынан", "foreign"), ("Павлодар облысындағы", "region"),
                                               ("Ақсу қаласы", "city")]


def test_people_and_institutions_named_like_places():
    assert _found("В 1640 году купец Михаил Гурьев поставил острог.", "ru", "2015-09-01") == []
    assert _found("Студенты Западно-Казахстанского аграрно-технического университета вышли на митинг.", "ru") == []
    got = _found("Police detained 17 after supporters of Zhetysu and Astana fought in Taldykorgan.", date="2019-05-13")
    assert got == [("Taldykorgan", "city", "Almaty Region")]


def test_a_microdistrict_noun_after_a_list_of_names():
    got = _found("Алматы қаласының Наурызбай ауданында жиын өтті. Қалқаман және Шұғыла шағын аудандарында газ "
                 "тартылады.", "kk", "2023-01-01")
    assert [(t, k, a) for t, k, a in got][-2:] == [("Қалқаман", "district", "Almaty"), ("Шұғыла", "district", "Almaty")]


def test_a_namesake_in_a_foreign_region_and_a_towns_council():
    got = _found("Ақсай Ресейдің Ростов облысындағы аттас Аксай қаласымен бауырлас.", "kk", "2021-07-01")
    assert got[0][:2] == ("Ақсай", "city") and got[-1][:2] == ("Аксай қаласымен", "foreign")
    got = _found("Участки выделили решением Уральского горисполкома.", "ru", "2019-07-01")
    assert got == [("Уральского", "city", "West Kazakhstan Region")]
    got = _found("Alatau district was created on land taken from Ili district.", date="2023-01-01")
    assert got[-1] == ("Ili district", "district", "Almaty Region")


def test_counts_with_superlatives_and_dative_adjectives():
    got = geomap.extract("Residents of the three largest cities froze.", "2021-01-14", "en")
    assert [(m["text"], m["count"], m["unit"]) for m in got] == [("three largest cities", 3, "city")]
    got = geomap.extract("Правительство выделит трём новым областям 120 млрд тенге.", "2022-06-14", "ru")
    assert [(m["text"], m["count"], m["unit"]) for m in got] == [("трём новым областям", 3, "region")]


def test_kazakh_works_reserves_burial_grounds_and_mountains():
    got = geomap.extract("Қапшағай су электр станциясының бөгенін тексерді. Берел қорымында қазба жүрді. Қорғалжын "
                         "мемлекеттік қорығында құс көп. Әкім Ұлытау тауындағы кесенелерді аралады.", "2023-07-01", "kk")
    assert [(m["text"], m["kind"], m.get("subkind"), m["adm1"]) for m in got] == [
        ("Қапшағай су электр станциясының", "facility", "power plant", "Almaty Region"),
        ("Берел қорымында", "facility", "burial ground", "East Kazakhstan Region"),
        ("Қорғалжын мемлекеттік қорығында", "facility", "nature reserve", "Akmola Region"),
        ("Ұлытау тауындағы", "facility", "mountains", None)]


def test_quoted_firm_names_a_foreign_province_and_an_ordinary_word():
    assert _found("Город получит воду по тарифам водоканала «Астана Су Арнасы».", "ru", "2023-07-01") == []
    assert _found("Матч прошёл в «Алматы Арене».", "ru", "2023-07-01")[0][:2] == ("Алматы Арене", "facility")
    got = _found("Моңғолияның Баян-Өлгий аймағынан келген ақсақал: «Атамекенге оралу – арман еді», – деді.", "kk")
    assert [(t, k) for t, k, _ in got] == [("Моңғолияның", "foreign"), ("Баян-Өлгий аймағынан", "foreign")]


def test_a_headlines_last_word_owns_no_dateline_town():
    got = _found("Хлопкоробы ждут воду из Узбекистана\nЧИМКЕНТ, 14 июня – Хлопкоробы жалуются.", "ru", "1994-06-14")
    assert got == [("Узбекистана", "foreign", None), ("ЧИМКЕНТ", "city", "South Kazakhstan Region")]


def test_a_village_in_a_foreign_region_and_a_pass_in_a_foreign_sentence():
    got = _found("Взрывы прогремели у села Павловка в Оренбургской области России.", "ru", "2019-10-01")
    assert [(t, k) for t, k, _ in got] == [("Павловка", "foreign"), ("Оренбургской области", "foreign"),
                                           ("России", "foreign")]
    got = _found("In neighbouring Kyrgyzstan an avalanche blocked the Bishkek-Osh highway at the Too-Ashuu pass.")
    assert got[-1] == ("Too-Ashuu pass", "foreign", None)
    got = _found("Flights to Moscow were not affected by the closures around the stadium on Turan Avenue in Astana.")
    assert ("Turan Avenue", "facility", "Astana") in got


def test_a_port_the_data_lacks_owned_by_a_foreign_country():
    got = _found("Ақтау теңіз портынан Иранның Әмірабад портына астық тиелген кеме жөнелтілді.", "kk", "2024-03-01")
    assert got[-1] == ("Әмірабад портына", "foreign", None)
