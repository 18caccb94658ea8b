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
