"""Casualty figures: the patterns skipped for lack of a verb could not have matched."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap import figures as F


def every_pattern(sentence):
    out = {"killed": None, "injured": None, "detained": None}
    for fig, pat in F._PATTERNS:
        for m in pat.finditer(sentence):
            n = F.parse_number(m.group("n"))
            if n is None or n <= 0 or (1900 <= n <= 2100 and m.group("n").isdigit()):
                continue
            if out[fig] is None or n > out[fig]:
                out[fig] = n
    return out


_WORDS = ["at", "least", "16", "8,000", "nine", "twenty-one", "people", "were", "killed", "KILLED", "dead",
          "injured", "hurt", "detained", "arrests", "the", "death", "toll", "rose", "to", "погибли", "225",
          "человек", "пострадали", "задержаны", "число", "погибших", "возросло", "до", "12", "адам", "қаза",
          "тапты", "жарақат", "алды", "ұсталды", "қаза", "тапқандар", "саны", "5-ке", "2021", "km", "%", "и"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_gated_figures_equal_every_pattern(words):
    sentence = " ".join(words)
    assert F.figures(sentence) == every_pattern(sentence)


def test_known_sentences():
    for s in ["16 soldiers were killed and 90 injured", "погибли 225 человек", "12 адам қаза тапты",
              "the death toll rose to 225", "Police detained 47 people."]:
        assert F.figures(s) == every_pattern(s)
        assert any(v for v in F.figures(s).values())
