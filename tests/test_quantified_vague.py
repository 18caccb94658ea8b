"""Vague quantifiers: English ones opened by "a", halves and most (invented sentences)."""

import pytest

from geomap import geoparse


@pytest.mark.parametrize("text, span, unit", [
    ("Protests took place in a number of regions.", "a number of regions", "region"),
    ("Floods hit a few villages.", "a few villages", "village"),
    ("Floods hit a dozen villages.", "a dozen villages", "village"),
    ("Few regions reported damage.", "Few regions", "region"),
    ("Half of the districts were hit.", "Half of the districts", "district"),
])
def test_vague_quantifiers_with_their_article(text, span, unit):
    got = [(m["text"], m["unit"]) for m in geoparse.extract(text, date="2024-01-10", lang="en") if m["kind"] == "quantified"]
    assert got == [(span, unit)]


@pytest.mark.parametrize("text, span, unit", [
    ("Паводок затронул половину районов области.", "половину районов", "district"),
    ("Свет отключили в десятке сёл.", "десятке сёл", "village"),
])
def test_russian_halves_and_tens(text, span, unit):
    got = [(m["text"], m["unit"]) for m in geoparse.extract(text, date="2024-01-10", lang="ru") if m["kind"] == "quantified"]
    assert got == [(span, unit)]
