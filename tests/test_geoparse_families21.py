"""Geoparser rules from the twenty-first round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

import geomap


def _found(text, lang="en", date="2024-01-12"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


@pytest.mark.parametrize("opening", ["In Almaty itself,", "In Almaty on Monday,", "In Almaty,"])
def test_a_sentence_set_in_a_town_places_a_street_far_into_it(opening):
    text = ("Floods cut roads in Talgar district of Almaty region and in Karasai district. "
            f"{opening} a water main under the yard of the old city tram depot burst overnight and flooded "
            "the cellars on Zheltoksan Street.")
    got = _found(text)
    assert ("Zheltoksan Street", "facility", "Almaty") in got, got


def test_a_town_far_back_without_a_scene_comma_does_not_place_the_street():
    text = ("Floods cut roads in Talgar district of Almaty region. Buyers from Almaty and villagers "
            "who had come for the weekend market stood for hours in the mud of the bazaar on Abai Street.")
    got = _found(text)
    assert ("Abai Street", "facility", "Almaty") not in got, got


@pytest.mark.parametrize("text", [
    "Өрт алаңы 500 шаршы метрге жетті.",
    "Ойын алаңы жөнделіп жатыр.",
    "Сауда алаңы уақытша жабылды.",
])
def test_a_kazakh_site_noun_before_alan_is_no_square(text):
    assert _found("Түркістанда қойма өртенді. " + text, "kk") == [("Түркістанда", "city", "Turkistan Region")]


def test_a_named_kazakh_square_at_a_sentence_start_stays():
    got = _found("Астана алаңында жиын өтті.", "kk")
    assert got and got[0][1] == "facility", got
