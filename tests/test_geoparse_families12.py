"""Geoparser rules from the twelfth round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

from geomap import geoparse


def _found(text, lang="en", date="2023-03-14"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geoparse.extract(text, date=date, lang=lang)]


@pytest.mark.parametrize("text, lang, surface, unit", [
    ("Smugglers were stopped on the highway near Sariagash at dawn.", "en", "Sariagash", "Turkistan Region"),
    ("A bus overturned on the road to Kizilorda on Sunday.", "en", "Kizilorda", "Kyzylorda Region"),
    ("Фура перевернулась под Сариагашем ночью.", "ru", "Сариагашем", "Turkistan Region"),
])
def test_misspelt_town_with_i_for_y(text, lang, surface, unit):
    assert (surface, "city", unit) in _found(text, lang)


def test_i_for_y_still_needs_a_cue_and_a_big_place():
    assert _found("Sariagash is far.") == []
    assert _found("Talks in Kirov went on.") in ([], [("Kirov", "foreign", None)])


@pytest.mark.parametrize("text, surface, unit", [
    ("Поезд задержался перед Сарыагашем из-за снега.", "Сарыагашем", "Turkistan Region"),
    ("Лёд сошёл с озера рядом с Балхашем.", "Балхашем", "Karaganda Region"),
])
def test_russian_instrumental_em_after_a_hushing_stem(text, surface, unit):
    assert (surface, "city", unit) in _found(text, "ru")
