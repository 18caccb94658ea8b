"""Geoparser rules from the twenty-fourth round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

import geomap


def _found(text, lang="en", date="2024-01-12"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


@pytest.mark.parametrize("text, lang, surface, unit", [
    ("Copper miners stay underground\n\nSATPAYEV, Oct 5 - About 600 miners refused to come up.", "en",
     "SATPAYEV", "Ulytau Region"),
    ("Шахтёры вышли на смену\nСАТПАЕВ, 5 октября. Около 600 горняков вышли на работу.", "ru",
     "САТПАЕВ", "Ulytau Region"),
])
def test_a_dateline_in_capitals_is_a_town_even_when_its_name_is_a_persons(text, lang, surface, unit):
    assert (surface, "city", unit) in _found(text, lang, "2023-10-05")


def test_a_persons_name_in_capitals_inside_a_line_is_no_dateline():
    assert _found("Workers thanked SATPAYEV, the geologist, in a letter.", "en", "2023-10-05") == []


def test_the_dateline_cue_licenses_no_namesake_village_of_a_town():
    # "АКТОБЕ" needs no cue; a cue would let the villages called Ак-Тюбе through later
    text = ("В Актобе нашли клад\nАКТОБЕ, 12 сентября. Монеты принадлежали купцу, торговавшему у стен "
            "укрепления Ак-Тюбе.")
    assert [m[0] for m in _found(text, "ru", "2016-09-12")] == ["Актобе", "АКТОБЕ"]


@pytest.mark.parametrize("text", [
    # the dateline after a blank line and a byline
    "Seven detained at a picket\n\nBy our correspondent\nALMATY, Dec 16 - Police in Almaty detained seven "
    "activists on Monday who had unrolled a banner with the names of the dead near the monument on "
    "Zhibek Zholy Street, marking 13 years since the shooting in Zhanaozen. Zhanaozen and Aktau held "
    "vigils; Mangystau region police said all was calm.",
])
def test_a_street_far_after_the_datelines_town_in_its_sentence_lies_in_that_town(text):
    street = [m for m in geomap.extract(text, "2024-12-16", "en") if m["text"] == "Zhibek Zholy Street"]
    assert street and street[0]["adm1"] == "Almaty", geomap.extract(text, "2024-12-16", "en")


def test_a_street_far_after_another_town_in_its_sentence_is_not_placed_there():
    text = ("Vigils held\n\nALMATY, Dec 16 - Police in Zhanaozen detained seven activists on Monday who "
            "had unrolled a banner with the names of the dead near the monument on Zhibek Zholy Street, "
            "marking 13 years since the shooting. Almaty and Astana were calm.")
    street = [m for m in geomap.extract(text, "2024-12-16", "en") if m["text"] == "Zhibek Zholy Street"]
    assert street and street[0]["adm1"] == "Almaty"


def test_a_paragraph_that_opens_in_a_town_places_its_city_parts():
    text = ("New regions wait for buses\n\nTALDYKORGAN, July 5 - In Taldykorgan a bus broke down.\n"
            "In Taldykorgan the fares rose too, and in Taldykorgan people complained.\n"
            "In Semey, the capital of Abai Region, about 150 people gathered outside the akimat. They said "
            "carriers had promised new buses on the long route from the Zhuldyz microdistrict to the station.")
    part = [m for m in geomap.extract(text, "2022-07-05", "en") if m["text"].startswith("Zhuldyz")]
    assert part and part[0]["adm1"] == "Abai Region", geomap.extract(text, "2022-07-05", "en")
