"""Date finding: skipping patterns a text cannot match changes nothing; bounded overlap checks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap import dates
from geomap.dates import find_dates


def ungated(text, ref):
    """find_dates with every pattern run (the gates forced open)."""
    saved = dates._GATE_RES
    dates._GATE_RES = {k: re.compile("") for k in saved}
    try:
        return find_dates(text, ref)
    finally:
        dates._GATE_RES = saved


_WORDS = ["on", "in", "of", "since", "mid-May", "May", "may", "inMay", "early", "5", "31", "2022", "1999",
          "2022-01-05", "January", "jan.", "Sept", "december", "DEC", "5th", "января", "мае", "марте",
          "декабре", "2011", "года", "г.", "қаңтарда", "шілдеде", "жылғы", "жыл", "Қазан", "last", "year",
          "прошлом", "году", "km", "points", ",", "—", "до", "в"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from([None, "2022-01-10", "2019-12-15"]))
def test_gates_change_nothing(words, ref):
    text = " ".join(words)
    assert find_dates(text, ref) == ungated(text, ref)


@pytest.mark.parametrize("text", ["Protesters rallied in mid-May.", "It happened inMay.", "in early May"])
def test_may_after_a_prefix_is_the_month(text):
    (d,) = find_dates(text, "2022-06-01")
    assert (d.year, d.month, d.day) == (2022, 5, None)


def test_many_dates_in_one_text():
    text = ", ".join(f"on {d % 28 + 1} January in Almaty" for d in range(3000))
    found = find_dates(text, "2022-02-01")
    assert len(found) == 3000
    assert [f.key for f in found[:2]] == ["2022-01-01", "2022-01-02"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
