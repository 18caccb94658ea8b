"""Incident rules from the sixteenth round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed


def _places(text, lang="en", date="2019-10-07"):
    return sorted((r["adm1"], r["type"]) for r in detect_parsed(text, lang, date))


@pytest.mark.parametrize("text, lang", [
    ("Inspectors counted dead bream, pike-perch and carp below the village of Yanvartsevo near Oral.", "en"),
    ("Two children died of measles complications in Almaty in February.", "en"),
    ("В Шымкенте двое детей умерли от осложнений кори.", "ru"),
    ("Жалағаштағы көлде өлген табан мен сазан жағаға шықты.", "kk"),
])
def test_deaths_of_fish_and_from_disease_are_no_killing(text, lang):
    assert _places(text, lang) == []


def test_a_thing_seized_with_suspects_detained_is_evidence():
    text = ("Poachers opened fire on a patrol near the village of Zhezdy in Ulytau district on Tuesday and fled. "
            "Two suspects were detained later the same day at a house in Zhezkazgan, and a hunting rifle was seized.")
    assert _places(text, date="2019-05-28") == [("Karaganda Region", "shooting")]


def test_illegal_logging_detentions_are_police_work():
    text = "Seven men were detained after cutting down 38 pines in a ribbon forest near Semey."
    assert _places(text, date="2019-05-28") == []


def test_villages_people_came_from_are_origins():
    text = ("Около 70 рыбаков из сёл Коктума и Акши Алакольского района в понедельник собрались у здания "
            "районного акимата в Ушарале, требуя объяснить гибель рыбы.")
    assert _places(text, "ru", "2021-08-17") == [("Almaty Region", "protest")]


def test_pastures_burnt_out_in_a_drought_are_no_fire():
    text = "В Жанибекском районе из-за засухи пастбища выгорели, а в Уральске выгорел склад."
    assert _places(text, "ru", "2021-08-26") == [("West Kazakhstan Region", "fire")]


def test_the_seat_of_a_source_and_a_figure_of_speech():
    text = "Anthrax was confirmed in a village near Taraz, according to the health ministry in Astana."
    assert ("Astana", "accident") not in _places(text, date="2019-07-26")
    text = "Residents of Nauryzbay district in Almaty flooded the akimat's hotline with complaints."
    assert _places(text, date="2021-01-14") == []


def test_a_square_in_a_town_the_sentence_opens_with():
    text = ("Thousands marched in Almaty. In Shymkent, police detained three members of an unregistered youth "
            "group who tried to hold an unsanctioned rally in memory of the victims in Al-Farabi Square.")
    assert ("South Kazakhstan Region", "arrest") in _places(text, date="1996-12-16")


@pytest.mark.parametrize("text, lang", [
    ("Almaty court jails three for plotting bomb attack on police station.", "en"),
    ("В Шымкенте учеников вывели из школ, кинологи проверили классы, взрывчатки нигде не нашли.", "ru"),
    ("Шымкентте мектептерден жарылғыш зат табылмады.", "kk"),
])
def test_explosives_and_plots_are_no_explosion(text, lang):
    assert _places(text, lang) == []
