"""Era logic of the ADM1 table: pure, no data files."""

import datetime as dt

import pytest

from geomap import adm1

CONTRACT_TABLE = {
    "Abai Region": "KZ-10", "Akmola Region": "KZ-11", "Aktobe Region": "KZ-15",
    "Almaty Region": "KZ-19", "Atyrau Region": "KZ-23", "West Kazakhstan Region": "KZ-27",
    "Jambyl Region": "KZ-31", "Jetisu Region": "KZ-33", "Karaganda Region": "KZ-35",
    "Kostanay Region": "KZ-39", "Kyzylorda Region": "KZ-43", "Mangystau Region": "KZ-47",
    "Pavlodar Region": "KZ-55", "North Kazakhstan Region": "KZ-59", "Turkistan Region": "KZ-61",
    "South Kazakhstan Region": "KZ-YUZ", "Ulytau Region": "KZ-62",
    "East Kazakhstan Region": "KZ-63", "Astana": "KZ-71", "Almaty": "KZ-75", "Shymkent": "KZ-79",
}


def test_names_and_codes_match_the_contract():
    assert {u.name: u.iso for u in adm1.UNITS.values()} == CONTRACT_TABLE


@pytest.mark.parametrize(
    "day, count",
    [("2010-01-01", 16), ("2018-06-18", 16), ("2018-06-19", 17), ("2022-06-07", 17),
     ("2022-06-08", 20), ("2026-01-01", 20)],
)
def test_unit_counts_per_era(day, count):
    assert len(adm1.units_on(day)) == count


def test_each_era_partitions_the_atoms():
    for day in ("2017-01-01", "2020-01-01", "2023-01-01"):
        atoms = [a for v in adm1.versions_on(day) for a in v.atoms]
        assert sorted(atoms) == sorted(adm1.ATOMS), day


@pytest.mark.parametrize(
    "atom, day, expected",
    [
        ("KZ-33", "2021-12-31", "Almaty Region"),  # Taldykorgan's land
        ("KZ-33", "2022-06-08", "Jetisu Region"),
        ("KZ-10", "2022-06-07", "East Kazakhstan Region"),  # Semey's land
        ("KZ-10", "2023-01-01", "Abai Region"),
        ("KZ-62", "2007-09-06", "Karaganda Region"),  # Zhezkazgan's land
        ("KZ-62", "2025-02-18", "Ulytau Region"),
        ("KZ-79", "2014-12-21", "South Kazakhstan Region"),
        ("KZ-79", "2018-06-19", "Shymkent"),
        ("KZ-61", "2000-10-20", "South Kazakhstan Region"),
        ("KZ-61", "2019-06-25", "Turkistan Region"),
        ("KZ-71", "2000-01-01", "Astana"),
    ],
)
def test_unit_for_atom_follows_the_reforms(atom, day, expected):
    assert adm1.unit_for_atom(atom, day).name == expected


def test_old_units_map_forward_and_split_units_are_reported():
    assert adm1.resolve_unit("South Kazakhstan Region", "2023-01-01").name == "Turkistan Region"
    assert adm1.resolve_unit("Almaty Region", "2023-01-01").name == "Almaty Region"
    assert adm1.split_atoms("KZ-19", "2021-01-01", "2023-01-01") == ("KZ-19", "KZ-33")
    assert adm1.split_atoms("KZ-19", "2023-01-01", "2023-06-01") == ()
    assert adm1.split_atoms("KZ-YUZ", "2017-01-01", "2019-01-01") == ("KZ-61", "KZ-79")


def test_versions_do_not_overlap_or_leave_gaps():
    by_iso = {}
    for v in adm1.VERSIONS:
        by_iso.setdefault(v.iso, []).append(v)
    for iso, vs in by_iso.items():
        for a, b in zip(vs, vs[1:]):
            assert a.valid_to is not None and b.valid_from == a.valid_to + dt.timedelta(days=1), iso


def test_to_date_rejects_garbage():
    assert adm1.to_date("2022-01-05") == dt.date(2022, 1, 5)
    with pytest.raises(ValueError):
        adm1.to_date("05.01.2022")
