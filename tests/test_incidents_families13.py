"""Incident rules from the thirteenth round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

from incident_helpers import detect_parsed


def _places(text, lang="en", date="2022-01-05"):
    return sorted((r["adm1"], r["place"]) for r in detect_parsed(text, lang, date))


def test_a_protest_spreads_to_a_second_place_after_and_to():
    got = _places("The protests spread to the village of Shetpe in Mangistau's Mangistau district and to Beineu.")
    assert got == [("Mangystau Region", "Beyneu"), ("Mangystau Region", "Shetpe")]


def test_and_to_without_a_spread_stays_a_destination():
    assert _places("Protesters in Aktau marched on Monday, and later buses took them to Beineu.") == [
        ("Mangystau Region", "Aktau")]
