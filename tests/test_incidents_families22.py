"""Incident rules from the twenty-second round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed


@pytest.mark.parametrize("text, lang, date, unit", [
    ("Торғай облысында Арқалық – Есіл темір жол желісінде, Арқалық қаласы маңында жүк пойызының сегіз вагоны "
     "рельстен шығып кетті.", "kk", "1995-10-24", "Kostanay Region"),
    ("В Жалагашском районе Кызылординской области на газопроводе Бейнеу – Бозой – Шымкент произошёл взрыв.", "ru",
     "2025-03-18", "Kyzylorda Region"),
    ("A steel tower fell on the Ekibastuz - Semey - Oskemen power line in Beskaragai district, killing a "
     "worker.", "en", "2021-06-01", "East Kazakhstan Region"),
])
def test_the_ends_of_a_line_are_no_places_of_an_incident_on_it(text, lang, date, unit):
    got = {r["adm1"] for r in detect_parsed(text, lang, date)}
    assert got == {unit}, got
