"""Geoparser rules from the eleventh round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

from geomap import geoparse


def _found(text, lang="en", date="2023-03-14"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geoparse.extract(text, date=date, lang=lang)]


@pytest.mark.parametrize("text, surface, unit", [
    ("A boiler exploded at the heating plant of Zhezdy.", "Zhezdy", "Ulytau Region"),
    ("Workers of the brick factory of Shiderty walked out.", "Shiderty", "Pavlodar Region"),
    ("Inmates of the prison colony of Dolinka went on hunger strike.", "Dolinka", "Karaganda Region"),
])
def test_small_place_after_a_building_and_of(text, surface, unit):
    assert any(s == surface and u == unit for s, _, u in _found(text))


@pytest.mark.parametrize("text, name, district", [
    ("На станции Шубаркудук Темирского района сошли вагоны.", "Шубаркудук", "Темирского района"),
    ("На станции Кандыагаш Мугалжарского района сошли вагоны.", "Кандыагаш", "Мугалжарского района"),
])
def test_station_name_stops_before_a_district_adjective(text, name, district):
    got = [s for s, _, _ in _found(text, "ru", "2010-11-23")]
    assert got == [name, district]


@pytest.mark.parametrize("text, lang, names", [
    ("Жайық және Қиғаш өзендерінің арнасы тазартылады.", "kk", ["Жайық", "Қиғаш"]),
    ("Уровень воды в реках Урал и Кигач поднялся.", "ru", ["Урал", "Кигач"]),
    ("The Ural and Kigach rivers rose.", "en", ["Ural", "Kigach"]),
])
def test_rivers_listed_with_a_plural_head(text, lang, names):
    got = [(s, k) for s, k, _ in _found(text, lang, "2022-09-05")]
    assert got == [(n, "facility") for n in names]


def test_a_village_named_like_a_river_stays_a_village():
    got = _found("В селе Кигач Курмангазинского района прошёл сход.", "ru", "2022-09-05")
    assert got[0] == ("Кигач", "village", "Atyrau Region")


@pytest.mark.parametrize("text, found", [
    ("Жалын ауылдың шетіндегі үш шаруа қожалығына жетті.", []),
    ("Жалын ауылында өрт шықты.", ["Жалын ауылында"]),
    ("Ақсу қаласы мен Шиелі кентінде жаңбыр жауды.", ["Ақсу қаласы", "Шиелі кентінде"]),
])
def test_kazakh_head_noun_of_a_name_takes_the_possessive(text, found):
    assert [s for s, _, _ in _found(text, "kk", "2022-07-10")] == found
