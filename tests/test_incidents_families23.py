"""Incident rules from the twenty-third round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

from incident_helpers import detect_parsed


def test_a_protest_at_a_works_and_a_district_in_one_sentence_is_one_protest():
    text = ("Теңіз кен орнында құбыр төсеумен айналысатын мердігер компанияның 300-ге жуық жұмысшысы Жылыой ауданы "
            "әкімдігінің алдына жиналып, үш айлық жалақыны төлеуді талап етті.")
    got = [r["adm1"] for r in detect_parsed(text, "kk", "2015-10-07")]
    assert got == ["Atyrau Region"], got


def test_attacks_on_districts_listed_with_commas_stay_apart():
    # (a works beside a district is one place; districts in a list are as many places)
    text = ("По данным полиции, в ту ночь вооружённым атакам подверглись городской департамент полиции, управления "
            "полиции Ауэзовского, Алмалинского, Бостандыкского, Медеуского районов.")
    got = [r["adm1"] for r in detect_parsed(text, "ru", "2022-01-05")]
    assert got == ["Almaty"] * 4, got
