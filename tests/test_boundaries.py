"""The bundled boundary pack and geomap.boundaries, on the real data (no mocks)."""

from __future__ import annotations

import csv
import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely

from geomap import adm1, boundaries

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "geomap" / "data"
NE_ZIP = ROOT / "data" / "raw" / "naturalearth_10m_admin0_countries_5.1.1" / "ne_10m_admin_0_countries_deu.zip"
OSM_RAW = ROOT / "data" / "raw" / "osm-boundaries_kaz_adm1_2023" / "OSMB-KZ_obl.geojson"

# City centres (lon, lat), from general knowledge of the map, not from the pack.
TALDYKORGAN = (78.373, 45.017)
SEMEY = (80.227, 50.411)
ZHEZKAZGAN = (67.714, 47.783)
SHYMKENT = (69.596, 42.317)
AKTAU = (51.172, 43.650)
ATYRAU = (51.883, 47.107)
ASTANA = (71.430, 51.128)
ALMATY = (76.945, 43.238)
MOSCOW = (37.617, 55.756)
CASPIAN_OFFSHORE = (50.300, 44.700)  # open water west of the Mangyshlak peninsula

E1_NAMES = {
    "Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region", "West Kazakhstan Region",
    "Jambyl Region", "Karaganda Region", "Kostanay Region", "Kyzylorda Region", "Mangystau Region",
    "Pavlodar Region", "North Kazakhstan Region", "East Kazakhstan Region", "Astana", "Almaty",
    "South Kazakhstan Region",
}
E2_NAMES = (E1_NAMES - {"South Kazakhstan Region"}) | {"Turkistan Region", "Shymkent"}
E3_NAMES = E2_NAMES | {"Abai Region", "Jetisu Region", "Ulytau Region"}


@pytest.fixture(scope="module")
def kaz_outline():
    import geopandas as gpd

    ne = gpd.read_file(f"zip://{NE_ZIP}", encoding="utf-8", columns=["ADM0_A3"])
    return ne.loc[ne["ADM0_A3"] == "KAZ", "geometry"].iloc[0]


def _equal_area(geom):
    from pyproj import Transformer

    tr = Transformer.from_crs("EPSG:4326", "EPSG:6933", always_xy=True)
    return shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))


# --------------------------------------------------------------------------- eras


@pytest.mark.parametrize(
    "day, names",
    [("2017-01-01", E1_NAMES), ("2020-01-01", E2_NAMES), ("2023-01-01", E3_NAMES)],
)
@pytest.mark.parametrize("detail", ["map", "fine"])
def test_units_per_era(day, names, detail):
    frame = boundaries.regions(day, detail=detail)
    assert len(frame) == len(names)
    assert set(frame["adm1"]) == names
    assert frame["adm1_iso"].tolist() == sorted(frame["adm1_iso"])
    assert frame.crs.to_epsg() == 4326
    for col in ["adm1", "adm1_iso", "name_ru", "name_kk", "valid_from", "valid_to",
                "population", "population_year", "population_source", "geometry"]:
        assert col in frame.columns
    for row in frame.itertuples():
        unit = adm1.UNITS[row.adm1_iso]
        assert (row.adm1, row.name_ru, row.name_kk) == (unit.name, unit.name_ru, unit.name_kk)
        assert row.population > 0 and isinstance(row.population, (int, np.integer))
        assert row.population_year in (2017, 2021, 2023)  # latest figure of the version
        assert row.valid_from is None or row.valid_from <= day
        assert row.valid_to is None or day <= row.valid_to
        assert row.geometry.is_valid and not row.geometry.is_empty


def test_validity_dates_match_the_reforms():
    frame = boundaries.regions("2020-01-01")
    by_iso = frame.set_index("adm1_iso")
    assert by_iso.loc["KZ-61", "valid_from"] == "2018-06-19"
    assert by_iso.loc["KZ-19", "valid_to"] == "2022-06-07"
    assert by_iso.loc["KZ-11", "valid_from"] is None and by_iso.loc["KZ-11", "valid_to"] is None
    old = boundaries.regions("2018-06-18").set_index("adm1_iso")
    assert old.loc["KZ-YUZ", "valid_to"] == "2018-06-18"


def test_merged_units_carry_their_own_population():
    # Almaty Region before the 2022 split includes Jetisu: its figure must exceed the
    # post-split Almaty Region plus nothing, i.e. be a different, larger number.
    before = boundaries.regions("2021-06-01").set_index("adm1_iso")
    after = boundaries.regions("2023-06-01").set_index("adm1_iso")
    assert before.loc["KZ-19", "population"] > after.loc["KZ-19", "population"]
    assert before.loc["KZ-19", "population_year"] == 2021
    south = boundaries.regions("2017-06-01").set_index("adm1_iso").loc["KZ-YUZ"]
    assert south["population_year"] == 2017
    assert south["population"] > after.loc["KZ-61", "population"]


@pytest.mark.parametrize("detail", ["map", "fine"])
def test_era_units_are_unions_of_atoms(detail):
    atoms = boundaries.atom_geometries(detail)
    area = {iso: _equal_area(g).area for iso, g in atoms.items()}
    for day in ["2017-01-01", "2020-01-01"]:
        for row in boundaries.regions(day, detail=detail).itertuples():
            version = next(v for v in adm1.versions_on(day) if v.iso == row.adm1_iso)
            expected = sum(area[a] for a in version.atoms)
            assert _equal_area(row.geometry).area == pytest.approx(expected, rel=1e-6)
            if len(version.atoms) > 1:
                # A dissolved unit has no internal border left: its outline is no longer
                # than the outlines of its parts, less twice the shared border.
                parts_len = sum(atoms[a].boundary.length for a in version.atoms)
                assert row.geometry.boundary.length < parts_len


# --------------------------------------------------------------------------- points


@pytest.mark.parametrize(
    "point, day, expected",
    [
        (TALDYKORGAN, "2020-01-01", "Almaty Region"),
        (TALDYKORGAN, "2023-01-01", "Jetisu Region"),
        (TALDYKORGAN, "2022-06-07", "Almaty Region"),
        (TALDYKORGAN, "2022-06-08", "Jetisu Region"),
        (SEMEY, "2020-01-01", "East Kazakhstan Region"),
        (SEMEY, "2023-01-01", "Abai Region"),
        (ZHEZKAZGAN, "2020-01-01", "Karaganda Region"),
        (ZHEZKAZGAN, "2023-01-01", "Ulytau Region"),
        (SHYMKENT, "2017-01-01", "South Kazakhstan Region"),
        (SHYMKENT, "2019-01-01", "Shymkent"),
        (AKTAU, "2015-01-01", "Mangystau Region"),
        (ATYRAU, "2024-01-01", "Atyrau Region"),
        (ASTANA, "2020-01-01", "Astana"),
        (ALMATY, "2012-01-01", "Almaty"),
    ],
)
def test_locate(point, day, expected):
    unit = boundaries.locate(*point, on=day)
    assert unit is not None and unit.name == expected


@pytest.mark.parametrize("point", [MOSCOW, CASPIAN_OFFSHORE, (0.0, 0.0)])
def test_outside_kazakhstan(point):
    assert boundaries.atom_at(*point) is None
    assert boundaries.locate(*point, on="2023-01-01") is None


def test_missing_coordinates():
    assert boundaries.atom_at(None, 45.0) is None
    assert boundaries.atoms_at([float("nan"), ALMATY[0]], [43.0, ALMATY[1]]) == [None, "KZ-75"]
    assert boundaries.atoms_at([], []) == []


def test_tolerance_catches_points_just_outside():
    atoms = boundaries.atom_geometries("fine")
    geom = atoms["KZ-59"]
    # Step 150 m north from North Kazakhstan's northernmost vertex: outside every unit.
    coords = shapely.get_coordinates(geom)
    lon, lat = coords[np.argmax(coords[:, 1])]
    lat_out = lat + 150 / 110_574
    assert boundaries.atom_at(lon, lat_out, tolerance_m=0) is None
    assert boundaries.atom_at(lon, lat_out) == "KZ-59"
    assert boundaries.atom_at(lon, lat + 5000 / 110_574) is None


def test_bulk_lookup_matches_brute_force():
    rng = np.random.default_rng(20240101)
    lons = rng.uniform(46.0, 88.0, 3000)
    lats = rng.uniform(40.0, 56.0, 3000)
    got = boundaries.atoms_at(lons, lats, tolerance_m=0)
    atoms = boundaries.atom_geometries("fine")
    expected = [None] * len(lons)
    for iso in sorted(atoms, reverse=True):  # lowest ISO wins on a shared border
        inside = shapely.intersects_xy(atoms[iso], lons, lats)
        for k in np.flatnonzero(inside):
            expected[k] = iso
    assert got == expected
    assert sum(g is not None for g in got) > 1000
    assert [boundaries.atom_at(x, y, tolerance_m=0) for x, y in zip(lons[:50], lats[:50])] == got[:50]


def test_settlements_keep_their_unit_after_clipping_and_simplification():
    # Every OSM settlement inside a raw OSM unit resolves to that same unit in the pack:
    # neither the Caspian clip nor the simplification may move or drop inhabited land.
    places = json.loads((ROOT / "data" / "raw" / "hotosm_kaz_populated_places"
                         / "hotosm_kaz_populated_places_points_geojson.geojson").read_text(encoding="utf-8"))
    xy = np.array([f["geometry"]["coordinates"] for f in places["features"]], dtype=float)
    raw = json.loads(OSM_RAW.read_text(encoding="utf-8"))
    osm_iso = {-214834: "KZ-23", -215686: "KZ-47"}
    expected = [None] * len(xy)
    for feat in raw["features"]:
        geom = shapely.geometry.shape(feat["geometry"])
        shapely.prepare(geom)
        for k in np.flatnonzero(shapely.contains_xy(geom, xy[:, 0], xy[:, 1])):
            expected[k] = feat["properties"]["osm_id"]
    got = boundaries.atoms_at(xy[:, 0], xy[:, 1], tolerance_m=0)
    inside = [k for k, e in enumerate(expected) if e is not None]
    assert len(inside) > 9000
    assert all(got[k] is not None for k in inside)
    # Same unit: settlements of one raw unit all map to one atom, a different one per unit.
    pairs = {(expected[k], got[k]) for k in inside}
    assert len(pairs) == 20 == len({g for _, g in pairs})
    for osm_id, iso in osm_iso.items():
        assert (osm_id, iso) in pairs


# --------------------------------------------------------------------------- geometry


@pytest.mark.parametrize("detail", ["map", "fine"])
def test_coverage_is_clean(detail, kaz_outline):
    atoms = boundaries.atom_geometries(detail)
    assert sorted(atoms) == sorted(adm1.ATOMS)
    geoms = np.array(list(atoms.values()), dtype=object)
    assert all(g.is_valid and g.geom_type in ("Polygon", "MultiPolygon") for g in geoms)
    # No overlaps and matching shared edges; no gaps narrower than ~200 m between units.
    assert bool(shapely.coverage_is_valid(geoms, gap_width=0.002))
    union = shapely.union_all(geoms)
    total = sum(_equal_area(g).area for g in geoms)
    assert _equal_area(union).area == pytest.approx(total, rel=1e-6)  # nothing counted twice
    parts = list(getattr(union, "geoms", [union]))
    holes = [r for p in parts for r in p.interiors]
    assert holes == []  # no gaps inside the country
    u, k = _equal_area(union), _equal_area(kaz_outline)
    assert shapely.intersection(u, k).area / shapely.union(u, k).area > 0.985
    assert 2.6e12 < u.area < 2.8e12  # m²: Kazakhstan is about 2.72 million km²


def test_caspian_water_is_clipped_but_land_borders_kept():
    raw = json.loads(OSM_RAW.read_text(encoding="utf-8"))
    raw_geoms = {int(f["properties"]["osm_id"]): shapely.geometry.shape(f["geometry"]) for f in raw["features"]}
    atoms = boundaries.atom_geometries("fine")
    atyrau_raw, mangystau_raw = raw_geoms[-214834], raw_geoms[-215686]
    for raw_g, iso, official in [(atyrau_raw, "KZ-23", 118_600), (mangystau_raw, "KZ-47", 165_600)]:
        ours = _equal_area(atoms[iso]).area / 1e6
        assert ours < _equal_area(raw_g).area / 1e6 - 5000
        assert abs(ours - official) / official < 0.05
    # Units away from the sea keep their area (land borders are not cut).
    for osm_id, iso in [(-215441, "KZ-27"), (-215683, "KZ-15")]:
        a, b = _equal_area(raw_geoms[osm_id]).area, _equal_area(atoms[iso]).area
        assert b == pytest.approx(a, rel=0.002)


def test_map_layer_is_small():
    assert (PACK / "adm1_map.geojson").stat().st_size <= 150_000
    doc = json.loads((PACK / "adm1_map.geojson").read_text(encoding="utf-8"))
    assert len(doc["features"]) == 20


def test_crosswalk_shares():
    rows = list(csv.DictReader((PACK / "crosswalk.csv").open(encoding="utf-8")))
    by_version: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        by_version.setdefault((r["adm1_iso"], r["valid_from"]), []).append(r)
    assert len(by_version) == len(adm1.VERSIONS)
    for v in adm1.VERSIONS:
        rs = by_version[(v.iso, v.valid_from.isoformat() if v.valid_from else "")]
        assert sorted(r["atom_iso"] for r in rs) == sorted(v.atoms)
        assert sum(float(r["area_share"]) for r in rs) == pytest.approx(1.0, abs=2e-4)
        assert sum(float(r["population_share"]) for r in rs) == pytest.approx(1.0, abs=2e-4)


# --------------------------------------------------------------------------- pack


def test_manifest_matches_shipped_files():
    manifest = json.loads((PACK / "MANIFEST.json").read_text(encoding="utf-8"))
    assert manifest["licence"] == "ODbL-1.0"
    assert any("OpenStreetMap contributors" in a for a in manifest["attribution"])
    assert "LICENSE-ODbL-1.0.txt" in manifest["files"]
    for name, info in manifest["files"].items():
        data = (PACK / name).read_bytes()
        assert len(data) == info["bytes"], name
        assert hashlib.sha256(data).hexdigest() == info["sha256"], name
    total = sum((PACK / n).stat().st_size for n in manifest["files"]) + (PACK / "MANIFEST.json").stat().st_size
    assert total < 3_000_000


def test_pack_rebuilds_to_identical_bytes(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "data" / "build_pack.py"), "--out", str(tmp_path)],
        check=True, capture_output=True, timeout=300,
    )
    built = sorted(p.name for p in tmp_path.iterdir())
    manifest = json.loads((PACK / "MANIFEST.json").read_text(encoding="utf-8"))
    assert built == sorted(list(manifest["files"]) + ["MANIFEST.json"])
    for name in built:
        assert (tmp_path / name).read_bytes() == (PACK / name).read_bytes(), name


def test_import_is_light():
    code = (
        "import sys, geomap.boundaries\n"
        "heavy = [m for m in ('geopandas', 'shapely', 'pandas', 'numpy') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
