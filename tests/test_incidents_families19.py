"""Incident rules from the nineteenth round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed


def _records(text, lang="en", date="2021-03-03"):
    return sorted(((r["adm1"], r["type"], r["place"]) for r in detect_parsed(text, lang, date)), key=str)


def _units(text, lang="en", date="2021-03-03"):
    return sorted(r["adm1"] for r in detect_parsed(text, lang, date))


def test_a_one_comma_headline_opened_by_a_place_tells_two_things():
    text = ("Ақтөбеде такси жүргізушілері наразылық білдірді, Қандыағаш маңында жүк пойызы рельстен шықты\n\n"
            "Бүгін таңертең Ақтөбеде 80-ге жуық такси жүргізушісі әкімдік алдына жиналды.")
    got = _records(text, "kk")
    assert [t for a, t, _ in got if a == "Aktobe Region"].count("protest") == 1, got
    assert any(t == "crash" for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Almaty, Astana brace for a week of heavy snow and ice",
    "In Taraz, a bus caught fire on Tole Bi Street",
])
def test_a_one_comma_headline_that_is_a_list_or_a_lead_place_stays_whole(text):
    got = _records(text + "\n\nNo one was hurt.")
    assert all(t != "protest" for _, t, _ in got), got
    if "Taraz" in text:
        assert [a for a, t, _ in got if t == "fire"] == ["Jambyl Region"], got


@pytest.mark.parametrize("text, lang", [
    ("In Kostanay about 70 bus drivers went on strike on Monday. They gathered outside the depot in the "
     "Kunay microdistrict.", "en"),
    ("В Семее около 50 водителей отказались выходить на линию. Они собрались у здания автопарка в "
     "микрорайоне Восточный.", "ru"),
    ("Таразда 60-қа жуық жүргізуші жұмысқа шықпады. Олар «Жайлау» шағынауданындағы автопарк алдына жиналды.",
     "kk"),
])
def test_the_crowd_just_told_gathering_somewhere_is_the_same_protest(text, lang):
    assert len(_records(text, lang)) == 1, _records(text, lang)


def test_a_crowd_in_another_unit_is_still_a_protest_of_its_own():
    text = "In Kostanay about 70 bus drivers went on strike. In Petropavl, workers of a depot also rallied."
    assert _units(text) == ["Kostanay Region", "North Kazakhstan Region"]


def test_a_round_up_of_last_week_under_a_dateline_is_not_dated_by_it():
    text = ("ҚЫЗЫЛОРДА, 21 мамыр — Өткен аптада облыста бірнеше оқиға тіркелді, ал Арал қаласында "
            "жүргізушілер жұмысқа шықпады.\n\nДүйсенбі күні Арал қаласында 40-қа жуық автобус жүргізушісі "
            "жалақы үшін наразылық білдірді.")
    assert _units(text, "kk", "2019-05-21") == ["Kyzylorda Region"]


def test_a_dateline_still_dates_the_news_of_the_day():
    text = ("ALMATY, May 21 (Reuters) - About 200 people rallied in Almaty on Tuesday.\n\n"
            "On May 14 about 50 people had rallied in Almaty over the same demands.")
    assert _units(text, "en", "2019-05-21") == ["Almaty", "Almaty"]  # (the rally of the day and the one a week before)


def test_mishaps_told_and_then_counted_together_are_no_new_one():
    text = ("A coach crashed near Taraz on Monday. On Tuesday a lorry hit a car near Shu. "
            "The Interior Ministry in Astana promised a review. \"Three fatal accidents in one week is too many,\" "
            "a senator said.")
    got = _records(text, date="2023-10-16")
    assert all(a == "Jambyl Region" for a, _, _ in got), got


def test_a_crowd_at_a_town_over_a_park_near_it_is_one_protest_at_the_town():
    text = ("Ал Алматы облысында Талғар ауданының тұрғындары Іле-Алатау ұлттық паркінің шекарасындағы тас "
            "карьеріне қарсы Талғар қаласында жиын өткізді.")
    got = _records(text, "kk")
    assert got == [("Almaty Region", "protest", "Talgar")], got


def test_two_towns_in_a_clause_keep_their_own_gatherings():
    text = "Residents rallied in Talgar and in Esik over the quarry."
    assert len(_records(text)) == 2
