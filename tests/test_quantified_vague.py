"""English vague quantifiers opened by "a" (invented sentences)."""

import pytest

from geomap import geoparse


@pytest.mark.parametrize("text, span, unit", [
    ("Protests took place in a number of regions.", "a number of regions", "region"),
    ("Floods hit a few villages.", "a few villages", "village"),
    ("Floods hit a dozen villages.", "a dozen villages", "village"),
    ("Few regions reported damage.", "Few regions", "region"),
])
def test_vague_quantifiers_with_their_article(text, span, unit):
    got = [(m["text"], m["unit"]) for m in geoparse.extract(text, date="2024-01-10", lang="en") if m["kind"] == "quantified"]
    assert got == [(span, unit)]
