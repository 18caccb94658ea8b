"""Aggregation per ADM1 on the boundaries of a date, and exports (real data pack)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from geomap import adm1
from geomap.aggregate import AGG_COLUMNS, aggregate, assign, export, unattributed
from geomap.events import TYPES, to_frame


def rec(doc, unit, place, kind, typ="protest", date="2023-03-01", lat=None, lon=None, scope=None, count=None,
        killed=None, detained=None):
    iso = adm1.BY_NAME[unit].iso if unit else None
    return {"doc": doc, "adm1": unit, "adm1_iso": iso, "place": place, "type": typ, "date": date,
            "start": 0, "end": 10, "evidence": "Something happened.", "scope": scope, "count": count,
            "killed": killed, "injured": None, "detained": detained, "kind": kind, "lat": lat, "lon": lon,
            "mention_start": None, "mention_end": None, "doc_date": date, "url": None, "title": None,
            "confidence": 0.8}


@pytest.fixture(scope="module")
def frame():
    return to_frame([
        rec("a", "Almaty", "Almaty", "city", killed=2),
        rec("a", "Almaty", "Almaty International Airport", "facility", typ="seizure"),
        rec("b", "Mangystau Region", "Aktau", "city", typ="crash", killed=38, lat=43.65, lon=51.17),
        rec("b", None, None, None, scope="9 regions", count=9),
        rec("c", "Akmola Region", "Akmola Region", "region", typ="flood", date="2024-04-14", detained=3),
    ])


def test_all_units_present_with_zeros_sorted(frame):
    g = aggregate(frame, as_of="2024-05-01")
    assert list(g.columns) == AGG_COLUMNS
    assert list(g["adm1_iso"]) == sorted(u.iso for u in adm1.units_on("2024-05-01"))
    assert len(g) == 20
    assert (g.loc[g["adm1"] == "Pavlodar Region", "incidents"] == 0).all()
    assert g.geometry.notna().all() and g.crs is not None
    assert all(f"type_{t}" in g.columns for t in TYPES)


def test_counts_sum_to_attributed_incidents(frame):
    g = aggregate(frame, as_of="2024-05-01")
    assert g["incidents"].sum() == frame["adm1"].notna().sum() == 4
    row = g.set_index("adm1").loc["Almaty"]
    assert row["incidents"] == 2 and row["documents"] == 1 and row["killed"] == 2 and row["type_seizure"] == 1
    assert g["type_protest"].sum() + g["type_seizure"].sum() + g["type_crash"].sum() + g["type_flood"].sum() == 4
    assert g.set_index("adm1").loc["Akmola Region", "detained"] == 3
    assert (g["per_100k"] >= 0).all()


def test_default_as_of_is_latest_document_date(frame):
    a = assign(frame)
    assert set(a["map_adm1_iso"].dropna()) <= {u.iso for u in adm1.units_on("2024-04-14")}
    assert len(aggregate(frame)) == len(adm1.units_on("2024-04-14"))


def test_unattributed_rows_stay_unattributed(frame):
    a = assign(frame, "2024-05-01")
    u = a[a["scope"].notna()]
    assert list(u["map_adm1"].isna()) == [True] and list(u["map_rule"]) == ["unattributed"]
    un = unattributed(frame)
    assert list(un["scope"]) == ["9 regions"] and list(un["count"]) == [9]


def test_split_region_follows_the_unit_that_kept_its_name_and_is_flagged():
    df = to_frame([rec("old", "Almaty Region", "Almaty Region", "region", date="2021-05-01")])
    a = assign(df, "2023-01-01")
    assert list(a["map_adm1"]) == ["Almaty Region"]
    assert list(a["map_rule"]) == ["kept name"] and list(a["flagged"]) == [True]
    g = aggregate(df, "2023-01-01")
    assert g.set_index("adm1").loc["Almaty Region", "flagged"] == 1
    assert g["incidents"].sum() == 1


def test_taldykorgan_2021_lands_in_jetisu_on_2023_boundaries():
    with_coords = rec("t1", "Almaty Region", "Taldykorgan", "city", date="2021-01-05", lat=45.0156, lon=78.3739)
    gazetteer_only = rec("t2", "Almaty Region", "Taldykorgan", "city", date="2021-01-05")
    a = assign(to_frame([with_coords, gazetteer_only]), "2023-01-01")
    assert list(a["map_adm1"]) == ["Jetisu Region", "Jetisu Region"]
    assert not a["flagged"].any()
    g = aggregate(to_frame([with_coords]), "2023-01-01").set_index("adm1")
    assert g.loc["Jetisu Region", "incidents"] == 1 and g.loc["Almaty Region", "incidents"] == 0


def test_back_in_time_a_new_unit_merges_exactly():
    df = to_frame([rec("n", "Jetisu Region", "Jetisu Region", "region", date="2023-01-01")])
    a = assign(df, "2021-01-01")
    assert list(a["map_adm1"]) == ["Almaty Region"] and not a["flagged"].any()


def test_input_order_does_not_change_output(frame):
    g1 = aggregate(frame, "2024-05-01")
    g2 = aggregate(frame.iloc[::-1].reset_index(drop=True), "2024-05-01")
    pd.testing.assert_frame_equal(g1.drop(columns="geometry"), g2.drop(columns="geometry"))
    assert g1.geometry.equals(g2.geometry)


def test_empty_input_gives_all_units_with_zeros():
    g = aggregate(to_frame([]), "2020-01-01")
    assert len(g) == len(adm1.units_on("2020-01-01")) and g["incidents"].sum() == 0


@pytest.mark.parametrize("ext", ["csv", "geojson", "gpkg", "parquet"])
def test_exports_round_trip_and_are_deterministic(frame, tmp_path, ext):
    import geopandas as gpd

    g = aggregate(frame, "2024-05-01")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    p1, p2 = tmp_path / "a" / f"out.{ext}", tmp_path / "b" / f"out.{ext}"
    export(g, p1)
    export(g.copy(), p2)
    assert p1.read_bytes() == p2.read_bytes()
    assert [x.name for x in (tmp_path / "a").iterdir()] == [f"out.{ext}"]  # no temp file left
    if ext == "csv":
        back = pd.read_csv(p1)
        assert "geometry" not in back.columns
    elif ext == "parquet":
        back = gpd.read_parquet(p1)
        assert back.geometry.notna().all()
    else:
        back = gpd.read_file(p1)
        assert back.geometry.notna().all()
    assert list(back["adm1_iso"]) == list(g["adm1_iso"])
    assert list(back["incidents"]) == list(g["incidents"])
    assert [c for c in back.columns if c != "geometry"] == [c for c in g.columns if c != "geometry"]


def test_export_of_incident_rows_and_unknown_extension(frame, tmp_path):
    p = tmp_path / "inc.geojson"
    export(frame, p)
    data = json.loads(p.read_text(encoding="utf-8"))
    assert len(data["features"]) == len(frame)
    with pytest.raises(ValueError):
        export(frame, tmp_path / "x.xlsx")


def test_failed_export_leaves_existing_file(frame, tmp_path):
    p = tmp_path / "out.geojson"
    p.write_text("old", encoding="utf-8")
    bad = frame.copy()
    bad["geometry"] = "not a geometry"
    with pytest.raises(Exception):
        export(bad, p)
    assert p.read_text(encoding="utf-8") == "old"
    assert [x.name for x in tmp_path.iterdir()] == ["out.geojson"]
