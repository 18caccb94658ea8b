"""Geoparser rules from the nineteenth round of checks: lists of regions and named tracts
(sentences written for the test)."""

from __future__ import annotations

import pytest

import geomap


def _found(text, lang="en", date="2025-04-08"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


@pytest.mark.parametrize("text, lang", [
    ("The ministry named Jetisu, Ulytau, East Kazakhstan, Karaganda, Akmola and Kostanay.", "en"),
    ("Министерство назвало Жетысу, Улытау, Восточно-Казахстанскую, Карагандинскую и Акмолинскую.", "ru"),
])
def test_a_town_name_in_a_list_of_regions_is_the_region(text, lang):
    got = _found(text, lang)
    assert got and all(kind == "region" for _, kind, _ in got), got
    assert ("Akmola Region" in {a for _, _, a in got})


def test_a_list_of_towns_stays_towns():
    got = _found("Prices rose in Karaganda, Akmola Region's Kokshetau and Kostanay.")
    assert ("Karaganda", "city", "Karaganda Region") in got
    assert ("Kostanay", "city", "Kostanay Region") in got


def test_one_region_name_does_not_turn_a_list_of_towns():
    got = _found("Buses run between Ulytau, Karaganda and Kostanay.")
    assert ("Karaganda", "city", "Karaganda Region") in got


@pytest.mark.parametrize("text, lang", [
    ("The dam at Medeu held the mudflow back.", "en"),
    ("Плотина в урочище Медеу выдержала удар сели.", "ru"),
])
def test_medeu_the_tract_is_a_place_of_almaty(text, lang):
    got = _found(text, lang, "2023-07-15")
    assert any(t.startswith(("Medeu", "Медеу", "урочище Медеу")) and a == "Almaty" for t, _, a in got), got


def test_medeu_the_district_keeps_its_head_noun():
    got = _found("The Medeu district akimat met residents.", "en", "2023-07-15")
    assert got == [("Medeu district", "district", "Almaty")]


@pytest.mark.parametrize("text, lang, place, unit", [
    ("Пожар в Баянаульском парке потушили к вечеру.", "ru", "Bayanaul National Park", "Pavlodar Region"),
    ("A steppe fire burnt part of the Altyn-Emel park.", "en", "Altyn-Emel National Park", "Jetisu Region"),
    ("Dust blew from the Koshkar-Ata tailings pond onto Aktau.", "en", "Koshkar-Ata Tailings Pond", "Mangystau Region"),
    ("Рыба погибла в канале имени Сатпаева.", "ru", "Irtysh-Karaganda Canal", None),
])
def test_parks_ponds_and_canals_of_the_environment_news(text, lang, place, unit):
    got = [(m["place"], m["adm1"]) for m in geomap.extract(text, "2023-08-14", lang)]
    assert (place, unit) in got


def test_the_canal_named_after_satpayev_is_not_the_town():
    got = [m["place"] for m in geomap.extract("Вода в канале имени Сатпаева цвела.", "2023-08-14", "ru")]
    assert "Satpayev" not in got


def test_a_quoted_phrase_in_lower_case_after_a_station_is_no_facility():
    got = _found("Жители у станции «невозможно открыть окно» жалуются на дым.", "ru", "2023-01-10")
    assert all(t != "невозможно открыть окно" and "невозможно" not in t for t, _, _ in got)


def test_a_quoted_name_after_a_station_is_still_a_facility():
    got = _found("Поезд остановился у станции «Шу» утром.", "ru", "2023-01-10")
    assert any("Шу" in t for t, _, _ in got)


def test_a_kazakh_street_after_its_town_is_not_in_the_town_people_head_for():
    got = _found("Осы күні Шымкентте, Байдібек би даңғылында Түркістанға бара жатқан автобус соқтығысты.",
                 "kk", "2024-05-01")
    street = [a for t, k, a in got if k == "facility"]
    assert street == ["Shymkent"]


@pytest.mark.parametrize("text", ["Шығыстағы аяз: Семейде жылу магистралі жарылды",
                                  "Оңтүстікте қалың қар жауды."])
def test_a_kazakh_cardinal_direction_alone_is_no_village(text):
    got = _found(text, "kk", "2024-01-20")
    assert all(not t.startswith(("Шығыс", "Оңтүстік")) for t, _, _ in got)


def test_a_village_named_east_with_its_head_noun_is_a_village():
    got = _found("Шығыс ауылында өрт шықты.", "kk", "2024-01-20")
    assert got and got[0][1] == "village"
