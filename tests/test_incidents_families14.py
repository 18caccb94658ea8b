"""Incident rules from the fourteenth round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed


def _places(text, lang="en", date="2019-10-07"):
    return sorted((r["adm1"], r["type"]) for r in detect_parsed(text, lang, date))


@pytest.mark.parametrize("text, lang", [
    ("Border patrols in Jambyl Region detained 27 foreigners who had crossed the steppe at night.", "en"),
    ("Police in Aktobe detained 60 illegal migrants at two building sites.", "en"),
    ("Пограничники задержали 300 нарушителей границы в Мактааральском районе.", "ru"),
    ("Полиция Шымкента задержала 40 незаконных мигрантов на рынке.", "ru"),
    ("Сарыағаш ауданында 15 заңсыз мигрант ұсталды.", "kk"),
])
def test_migrants_and_border_violators_held_are_a_measure(text, lang):
    assert _places(text, lang) == []


def test_a_detention_with_shots_is_still_an_incident():
    got = _places("Border guards detained two men near Saryagash after they fired at a patrol.")
    assert ("Turkistan Region", "arrest") in got or ("Turkistan Region", "shooting") in got


def test_an_ordinary_arrest_still_counts():
    assert _places("Police in Almaty detained five men after a brawl in a cafe.") == [("Almaty", "arrest")]


def test_raids_held_against_a_trade_are_police_work():
    assert _places("Raids on gambling were held in several districts of Taraz on Friday.") == []
    assert _places("Raids were carried out at markets in Kokshetau.") == []
    assert _places("Gunmen raided a bank in Taraz on Friday.") == [("Jambyl Region", "attack")]


@pytest.mark.parametrize("text, lang", [
    ("A Mi-8 helicopter made a hard landing near Shalkar on Tuesday; the crew were hurt.", "en"),
    ("An An-2 crop-sprayer crash-landed in a field near Shalkar.", "en"),
    ("Вертолёт Ми-8 совершил жёсткую посадку под Шалкаром.", "ru"),
])
def test_a_hard_landing_is_a_crash(text, lang):
    assert _places(text, lang) == [("Aktobe Region", "crash")]


def test_a_safe_emergency_landing_is_no_incident():
    assert _places("A Boeing 737 flying to Aktau landed safely in Aktobe after a smoke warning.") == []


@pytest.mark.parametrize("text", [
    "In Martuk, water released from the reservoir swamped two streets on Sunday.",
    "In Martuk a bridge was washed away on Sunday.",
])
def test_water_that_swamps_or_washes_away_is_a_flood(text):
    assert _places(text, date="2024-04-07") == [("Aktobe Region", "flood")]


def test_a_collapsed_culvert_is_an_accident():
    assert _places("In Kokpekty district two villages were cut off after a culvert collapsed.", date="2024-04-07") == [
        ("Abai Region", "accident")]


@pytest.mark.parametrize("text, lang", [
    ("Rescuers patrol the reed beds near Aral, where fires break out every summer.", "en"),
    ("Арал маңындағы қамыста өрт жыл сайын шығады.", "kk"),
])
def test_what_happens_every_summer_is_a_habit(text, lang):
    assert _places(text, lang) == []


def test_an_earthquake_not_felt_is_no_incident():
    assert _places("Жетісу облысында сілкініс сезілмеген.", "kk", "2024-01-23") == []
    assert _places("Алматыда сілкініс 4 балл болды.", "kk", "2024-01-23") == [("Almaty", "earthquake")]
