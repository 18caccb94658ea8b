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


@pytest.mark.parametrize("text, lang, date, unit", [
    ("Further east, in Katon-Karagay district, a trench wall collapsed at the Berel mounds on Thursday, injuring "
     "a student.", "en", "2022-06-20", "East Kazakhstan Region"),
    ("Батыс Қазақстан облысының Бөрлі ауданында, Ақсай қаласынан 15 шақырым жерде, Қарашығанақ кен орнына "
     "апаратын газ құбырында жарылыс болды.", "kk", "2019-11-06", "West Kazakhstan Region"),
])
def test_a_facility_and_its_district_told_in_one_sentence_are_one_place_of_one_mishap(text, lang, date, unit):
    got = detect_parsed(text, lang, date)
    assert [r["adm1"] for r in got] == [unit], got


@pytest.mark.parametrize("text, lang, date, protest", [
    ("Автопробег «Новая столица» дошёл до Караганды. В Караганде участников встретили у здания областного "
     "акимата, ночь они провели в Темиртау.", "ru", "1998-06-12", False),
    ("Митинг у акимата Караганды продолжался два часа. Участников разогнала полиция.", "ru", "2019-06-12", True),
])
def test_participants_of_a_race_or_a_tour_are_no_protesters(text, lang, date, protest):
    got = {r["type"] for r in detect_parsed(text, lang, date)}
    assert ("protest" in got) is protest, got
