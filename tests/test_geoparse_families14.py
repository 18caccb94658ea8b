"""Geoparser rules and data from the fourteenth round of checks (sentences written for the
test)."""

from __future__ import annotations

import geomap


def _found(text, lang="en", date="2024-04-09"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


def test_an_english_district_after_counted_villages_is_its_own_mention():
    got = _found("Floods cut off two villages of Kokpekty district on Monday.")
    assert ("two villages", "quantified", None) in got
    assert ("Kokpekty district", "district", "Abai Region") in got


def test_a_russian_district_genitive_stays_in_the_counted_phrase():
    got = _found("Паводок подтопил три села Теректинского района.", "ru")
    assert [g[:2] for g in got] == [("три села Теректинского района", "quantified")]


def test_villages_named_after_a_plural_head_in_the_instrumental():
    got = _found("Вода унесла мост между сёлами Голубовкой и Косколем Иртышского района.", "ru", "2023-04-08")
    assert ("Голубовкой", "village", "Pavlodar Region") in got
    assert ("Косколем", "village", "Pavlodar Region") in got


def test_sarzhal_by_the_test_site_is_in_abai_region():
    got = _found("Villagers in Sarzhal, near the former Semipalatinsk test site, met the akim of Semey.",
                 date="2022-08-29")
    assert ("Sarzhal", "village", "Abai Region") in got
    got = _found("Villagers in Sarzhal, near the former Semipalatinsk test site, met the akim of Semey.",
                 date="2015-08-29")
    assert ("Sarzhal", "village", "East Kazakhstan Region") in got


def test_otar_station_is_in_almaty_region():
    got = _found("Freight wagons derailed at Otar station in Zhambyl district on Monday.", date="2006-05-08")
    assert ("Otar station", "facility", "Almaty Region") in got


def test_olgii_is_foreign():
    got = _found("The charter flight from Olgii in Mongolia landed in Oskemen.")
    assert ("Olgii", "foreign", None) in got


def test_the_kazakh_word_for_an_event_is_no_town():
    got = _found("Талдықорғанда ескерткіш ашылды. Шараға жиналғандар құрбандарды еске алды.", "kk", "2022-12-16")
    assert [g for g in got if g[0].startswith("Шара")] == []
    assert ("Шар қаласында", "city", "Abai Region") in _found("Шар қаласында ескерткіш ашылды.", "kk", "2022-12-16")
