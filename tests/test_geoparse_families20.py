"""Geoparser rules from the twentieth round of checks: numbered parts of a town and power
plants named by their town (sentences written for the test)."""

from __future__ import annotations

import pytest

import geomap


def _found(text, lang="en", date="2024-01-12"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


@pytest.mark.parametrize("text, town, adm1", [
    ("Pipes froze in the 6th microdistrict of Ridder overnight.", "Ridder", "East Kazakhstan Region"),
    ("Heat was cut in microdistrict No. 3 of Zhezkazgan.", "Zhezkazgan", "Ulytau Region"),
    ("A lift fell in the 11th microdistrict of Aktobe.", "Aktobe", "Aktobe Region"),
])
def test_the_town_after_a_numbered_microdistrict_is_kept(text, town, adm1):
    got = _found(text)
    assert (town, "city", adm1) in got, got
    assert any(kind == "district" and "microdistrict" in t for t, kind, _ in got), got


def test_a_sentence_adverb_is_no_name_of_a_microdistrict():
    got = _found("Later microdistrict No. 7 of Taraz was left without water.")
    texts = [t for t, _, _ in got]
    assert "Later microdistrict" not in texts, got
    assert "microdistrict No. 7" in texts and "Taraz" in texts, got


def test_a_named_microdistrict_before_of_still_names_it():
    got = _found("Residents of the Nurly microdistrict of Kyzylorda complained.")
    assert ("Kyzylorda", "city", "Kyzylorda Region") in got, got


@pytest.mark.parametrize("text, lang, span, adm1", [
    ("The Ust-Kamenogorsk CHP-1 tripped at dawn.", "en", "Ust-Kamenogorsk CHP-1", "East Kazakhstan Region"),
    ("A boiler at the Kyzylorda CHP failed.", "en", "Kyzylorda CHP", "Kyzylorda Region"),
    ("Workers at the Temirtau TPP went home.", "en", "Temirtau TPP", "Karaganda Region"),
    ("Орал ЖЭО-1 қалыпты жұмыс істеп тұр.", "kk", "Орал ЖЭО-1", "West Kazakhstan Region"),
])
def test_a_power_plant_named_by_its_town_is_one_facility(text, lang, span, adm1):
    got = _found(text, lang)
    assert (span, "facility", adm1) in got, got


def test_a_plant_acronym_without_a_town_names_no_place():
    assert _found("The CHP-2 was stopped for repairs.") == []


@pytest.mark.parametrize("text, lang", [
    ("Паводок затопил сёла в Синьцзян-Уйгурском автономном районе Китая.", "ru"),
    ("Грузы из Синьцзян-Уйгурского автономного района идут через Хоргос.", "ru"),
    ("Floods hit the Xinjiang Uyghur Autonomous Region.", "en"),
])
def test_xinjiang_by_its_full_name_is_foreign(text, lang):
    got = _found(text, lang)
    full = [g for g in got if "втоном" in g[0] or "Autonomous" in g[0]]
    assert full and all(kind == "foreign" and adm1 is None for _, kind, adm1 in full), got


@pytest.mark.parametrize("text, name, adm1", [
    ("The hall was built in Soviet-era Tselinograd.", "Tselinograd", "Astana"),
    ("Old photos of Tsarist-era Verny were shown.", "Verny", "Almaty"),
])
def test_a_compound_adjective_before_a_town_is_no_name(text, name, adm1):
    got = _found(text, date="1998-03-10")
    assert (name, "city", adm1) in got, got


def test_a_headline_ending_in_river_does_not_make_the_dateline_a_river():
    got = _found("Drivers strike as the south counts losses on road, rail and river\n"
                 "TARAZ, Oct 16 - Hundreds of drivers stayed home.", date="2019-10-16")
    assert ("TARAZ", "city", "Jambyl Region") in got, got
    got = _found("Fishermen waited on the river Ural for the ice to break.")
    assert [k for t, k, _ in got if t == "Ural"] == ["facility"], got


@pytest.mark.parametrize("text", [
    "Облыстағы алаңдарда жиын өтті.",
    "Орталық алаңда шеру болды.",
    "Аудандағы өткізу бекеттерінің жұмысы тоқтады.",
    "Бұл шағын аудандар былтыр қалаға берілген еді.",
])
def test_a_common_kazakh_word_before_a_head_noun_is_no_name(text):
    assert [t for t, k, _ in _found(text, "kk") if k in ("facility", "district")] == []


def test_a_named_kazakh_square_and_avenue_stay():
    got = _found("Тараздағы Абай даңғылында апат болды. Абай алаңында жиын өтті.", "kk")
    assert ("Абай даңғылында", "facility", "Jambyl Region") in got, got


@pytest.mark.parametrize("text, lang", [
    ("Сайлауда алты кандидат бақ сынады.", "kk"),
    ("Eleven forestry workers died in the fire.", "en"),
])
def test_common_words_are_no_places(text, lang):
    assert _found(text, lang) == []


def test_zhezdy_settlement_in_kazakh():
    assert _found("Жезді кентінде кеншілер жиналды.", "kk") == [("Жезді кентінде", "village", "Ulytau Region")]


@pytest.mark.parametrize("text, lang, adm1", [
    ("Алтынкөл стансасында пойыз тоқтады.", "kk", "Jetisu Region"),
    ("A train stopped at Altynkol station.", "en", "Jetisu Region"),
    ("Поезд стоял на станции Алтынколь.", "ru", "Jetisu Region"),
    ("Арыс стансасында жүк пойызы рельстен шықты.", "kk", "Turkistan Region"),
])
def test_stations_lie_where_their_crossing_or_town_is(text, lang, adm1):
    got = _found(text, lang, "2024-01-12")
    assert [a for _, k, a in got if k == "facility"] == [adm1], got


@pytest.mark.parametrize("text", [
    "Жол Түрікменстандағы Берекет стансасына жалғасады.",
    "Шекарада ол Қытай жағындағы Қорғас стансасы арқылы Үрімжіге баратын жолға қосылады.",
])
def test_a_station_placed_in_a_neighbouring_country_gets_no_unit_of_ours(text):
    assert all(a is None for _, _, a in _found(text, "kk")), _found(text, "kk")


def test_the_districts_of_aktobe_in_a_text_about_aktobe():
    text = ("AKTOBE, March 3 - A man was stabbed outside a nightclub in Astana district on Saturday. "
            "Two cars were set on fire in Almaty district of Aktobe.")
    got = _found(text, date="2023-03-03")
    assert ("Astana district", "district", "Aktobe Region") in got, got
    assert ("Almaty district", "district", "Aktobe Region") in got, got


def test_the_almaty_district_of_the_capital_stays_the_capitals():
    got = _found("ASTANA, March 3 - A flat burned in Almaty district of the capital on Saturday.", date="2023-03-03")
    assert ("Almaty district", "district", "Astana") in got, got


def test_a_street_in_a_round_up_paragraph_headed_by_its_town():
    text = ("REGIONAL ROUND-UP\nASTANA, Oct 4 - Police reported these incidents.\n"
            "Karaganda. A man was wounded on Yerubayev Street late on Saturday.\n"
            "Pavlodar. Four cars were set alight on Toraigyrov Street on Sunday.\n"
            "Semey. A student was stabbed outside a disco; Semey police detained two men in Semey.")
    got = {t: a for t, k, a in _found(text, date="2023-10-04") if k == "facility"}
    assert got == {"Yerubayev Street": "Karaganda Region", "Toraigyrov Street": "Pavlodar Region"}, got


@pytest.mark.parametrize("text, span, adm1", [
    ("A man was robbed on Kazybek bi Street in Almaty.", "Kazybek bi Street", "Almaty"),
    ("Traffic stopped on Tauke khan Avenue in Shymkent.", "Tauke khan Avenue", "Shymkent"),
])
def test_a_street_named_with_a_kazakh_title(text, span, adm1):
    assert (span, "facility", adm1) in _found(text)


def test_a_station_of_ours_on_the_way_to_a_neighbour_keeps_its_unit():
    got = _found("Часть концентрата продадут в Китай через станцию Достык.", "ru")
    assert ("Достык", "facility", "Jetisu Region") in got, got


def test_a_town_the_road_leads_to_does_not_place_a_street():
    text = ("ШЫМКЕНТ, 12 сентября. Полиция рассказала о происшествиях в Шымкенте.\n"
            "До конца года в областном центре установят камеры — прежде всего на проспекте Тауке хана и на "
            "выездах из города в сторону Ташкента и Кызылорды.")
    got = {t: a for t, k, a in _found(text, "ru", "2017-09-12") if k == "facility"}
    assert got == {"проспекте Тауке хана": "South Kazakhstan Region"}, got


def test_the_district_of_karaganda_once_called_oktyabrsky():
    got = _found("В Караганде в Октябрьском районе избили студента.", "ru", "2019-01-10")
    assert ("Октябрьском районе", "district", "Karaganda Region") in got, got
    got = _found("В Костанайской области, в Октябрьском районе, сгорел дом.", "ru", "1995-01-10")
    assert ("Октябрьском районе", "district", "Kostanay Region") in got, got


def test_a_russian_street_named_zhibek_zholy():
    got = _found("Трое мужчин ворвались в магазин на ул. Жибек жолы в Шымкенте.", "ru", "2019-01-10")
    assert ("ул. Жибек жолы", "facility", "Shymkent") in got, got
