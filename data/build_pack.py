"""Build the boundary data pack shipped in ``geomap/data/``.

Usage::

    python data/build_pack.py [--out DIR] [--qa]

Reads the raw sources in ``data/raw/`` (see ``data/raw/PROVENANCE.md``) and writes:

* ``adm1_fine.geojson``  the 20 current units (atoms), lightly simplified, for point-in-polygon;
* ``adm1_map.geojson``   the same coverage generalised for maps (small, topology kept);
* ``adm1_units.csv``     every unit version (era) with its atoms, dates, names and population;
* ``crosswalk.csv``      which atom's land belonged to which unit in each era, with shares;
* ``LICENSE-ODbL-1.0.txt`` and ``ATTRIBUTION.md``;
* ``MANIFEST.json``      sha256, size and feature count of the files above, sources, command.

Older units are not stored as geometry: they are unions of atoms (``geomap.adm1.VERSIONS``)
and are dissolved at load time. The output is byte-for-byte deterministic (sorted keys, fixed
rounding, no timestamps). ``--qa`` prints validity checks and the IoU of the dissolved
pre-2018 units against the native geoBoundaries 2017 layer.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import math
import sys
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
sys.path.insert(0, str(ROOT))

from geomap import adm1  # noqa: E402

OSM_FILE = RAW / "osm-boundaries_kaz_adm1_2023" / "OSMB-KZ_obl.geojson"
GB_FILE = RAW / "geoboundaries_kaz_adm1_2017" / "geoBoundaries-KAZ-ADM1.geojson"
NE_ZIP = RAW / "naturalearth_10m_admin0_countries_5.1.1" / "ne_10m_admin_0_countries_deu.zip"
POP_FILE = RAW / "population" / "population_adm1.csv"
ODBL = RAW / "osm-boundaries_kaz_adm1_2023" / "LICENSE-ODbL-1.0.txt"

#: OSM relation id (as exported, negative) -> ISO 3166-2 code (PROVENANCE.md, section 1).
OSM_TO_ISO = {
    -14243026: "KZ-10",
    -215743: "KZ-11",
    -215683: "KZ-15",
    -215718: "KZ-19",
    -214834: "KZ-23",
    -215441: "KZ-27",
    -215722: "KZ-31",
    -14312169: "KZ-33",
    -215776: "KZ-35",
    -1288730: "KZ-39",
    -215727: "KZ-43",
    -215686: "KZ-47",
    -215772: "KZ-55",
    -215760: "KZ-59",
    -215739: "KZ-61",
    -14312737: "KZ-62",
    -215699: "KZ-63",
    -3087155: "KZ-71",
    -2465058: "KZ-75",
    -3389772: "KZ-79",
}

#: Units whose OSM polygons reach into the Caspian Sea.
CASPIAN_UNITS = ("KZ-23", "KZ-47")
#: Only water west of this meridian is treated as Caspian (keeps the Aral Sea untouched).
CASPIAN_EAST_LIMIT = 54.5
#: Land fragments smaller than this (km²) left on the sea side by the clip are dropped.
MIN_PART_KM2 = 0.05

#: Simplification tolerances in degrees (about 100 m and 1.5 km).
FINE_TOLERANCE = 0.001
FINE_DECIMALS = 5
MAP_TOLERANCE = 0.015
MAP_DECIMALS = 3
MAP_MAX_BYTES = 150_000

SOURCES = [
    {
        "name": "OSM-Boundaries export of OpenStreetMap admin_level=4 relations in Kazakhstan (2023)",
        "file": "data/raw/osm-boundaries_kaz_adm1_2023/OSMB-KZ_obl.geojson",
        "licence": "ODbL-1.0",
        "attribution": "© OpenStreetMap contributors, ODbL 1.0",
        "use": "geometry of the 20 current units (atoms)",
    },
    {
        "name": "Natural Earth 1:10m admin-0 countries 5.1.1",
        "file": "data/raw/naturalearth_10m_admin0_countries_5.1.1/ne_10m_admin_0_countries_deu.zip",
        "licence": "public domain",
        "attribution": "Made with Natural Earth",
        "use": "Caspian Sea coastline: water outside every country is cut off Atyrau and Mangystau",
    },
    {
        "name": "geoBoundaries KAZ ADM1 (boundaryYear 2017, KAZ-ADM1-16772668)",
        "file": "data/raw/geoboundaries_kaz_adm1_2017/geoBoundaries-KAZ-ADM1.geojson",
        "licence": "ODbL-1.0",
        "attribution": (
            "geoBoundaries: Runfola D. et al. (2020), PLoS ONE 15(4): e0231866; "
            "© OpenStreetMap contributors, ODbL 1.0"
        ),
        "use": "Caspian coastline (land in this outline is never clipped) and a check of the pre-2018 units",
    },
    {
        "name": "Bureau of National Statistics of Kazakhstan, population by region at the start of the year",
        "file": "data/raw/population/population_adm1.csv",
        "licence": "official statistics (public information)",
        "attribution": "Bureau of National Statistics, Agency for Strategic Planning and Reforms (stat.gov.kz)",
        "use": "population per unit version",
    },
]

KM2_PER_DEG2_EQ = 111.32 * 110.57  # rough, only for the sliver threshold


# --------------------------------------------------------------------------- geometry

def _polygons(geom) -> list[Polygon]:
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [g for part in getattr(geom, "geoms", []) for g in _polygons(part)]


def _approx_km2(poly) -> float:
    lat = poly.centroid.y
    return poly.area * KM2_PER_DEG2_EQ * math.cos(math.radians(lat))


def read_atoms() -> dict[str, object]:
    data = json.loads(OSM_FILE.read_text(encoding="utf-8"))
    atoms: dict[str, object] = {}
    for feat in data["features"]:
        iso = OSM_TO_ISO[int(feat["properties"]["osm_id"])]
        atoms[iso] = shapely.geometry.shape(feat["geometry"])
    if sorted(atoms) != sorted(adm1.ATOMS):
        raise SystemExit(f"OSM units do not match adm1.ATOMS: {sorted(atoms)}")
    return atoms


def read_land():
    """Natural Earth's Kazakhstan outline, and all land: every NE country plus the
    geoBoundaries 2017 outline of Kazakhstan (whose Caspian coast follows the detailed OSM
    coastline)."""
    import geopandas as gpd

    ne = gpd.read_file(f"zip://{NE_ZIP}", encoding="utf-8", columns=["ADM0_A3"])
    kaz = ne.loc[ne["ADM0_A3"] == "KAZ", "geometry"].iloc[0]
    gb = json.loads(GB_FILE.read_text(encoding="utf-8"))
    gb_outline = shapely.union_all([shapely.geometry.shape(f["geometry"]) for f in gb["features"]])
    return kaz, shapely.union_all(list(ne.geometry.values) + [gb_outline])


def clip_caspian(atoms: dict[str, object], all_land) -> dict[str, float]:
    """Cut off Caspian water: the part of Atyrau/Mangystau that is land in no source.

    ``all_land`` is every Natural Earth country plus the geoBoundaries outline of Kazakhstan.
    Land borders are never cut: a place on the Russian, Turkmen or Uzbek side of a Natural
    Earth border is still inside a country and is kept. Only the sea side changes, and only
    where both Natural Earth and geoBoundaries agree it is water. Returns the removed area
    per unit (km², approximate).
    """
    removed: dict[str, float] = {}
    sea_box = shapely.box(46.0, 40.0, CASPIAN_EAST_LIMIT, 48.5)
    coast = shapely.union_all([atoms[iso] for iso in CASPIAN_UNITS])
    # One water polygon for both units, so the node where the coastline crosses their
    # common border is created identically on both sides.
    water = shapely.difference(shapely.intersection(coast, sea_box), all_land)
    # Only open water: pieces reaching the units' outer (maritime) boundary. Lagoons and
    # salt pans enclosed by land stay part of the unit, so no holes appear.
    outer = shapely.boundary(coast)
    water = shapely.union_all([p for p in _polygons(water) if p.intersects(outer)])
    for iso in CASPIAN_UNITS:
        geom = atoms[iso]
        clipped = shapely.difference(geom, water)
        parts = [p for p in _polygons(clipped) if _approx_km2(p) >= MIN_PART_KM2]
        new = shapely.make_valid(MultiPolygon(parts) if len(parts) > 1 else parts[0])
        removed[iso] = sum(_approx_km2(p) for p in _polygons(geom)) - sum(
            _approx_km2(p) for p in _polygons(new)
        )
        atoms[iso] = new
    return removed


def _only_polygons(geom):
    parts = _polygons(geom)
    parts = [p for p in parts if not p.is_empty and p.area > 0]
    if not parts:
        raise ValueError("geometry collapsed to nothing")
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def generalise(isos: list[str], geoms: list, tolerance: float, decimals: int) -> list:
    """Coverage-simplify (shared edges stay shared) and snap to a decimal grid."""
    arr = np.array(geoms, dtype=object)
    simple = shapely.coverage_simplify(arr, tolerance, simplify_boundary=True)
    grid = 10.0 ** (-decimals)
    snapped = shapely.set_precision(simple, grid)
    out = [_only_polygons(g) for g in snapped]
    out = [shapely.normalize(g) for g in out]
    for iso, g in zip(isos, out):
        if not g.is_valid:
            raise SystemExit(f"{iso}: invalid after generalisation ({shapely.is_valid_reason(g)})")
    return out


# --------------------------------------------------------------------------- writing

def _round_coords(obj, nd):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), nd) for v in obj]
        return [_round_coords(o, nd) for o in obj]
    return obj


def geojson_bytes(isos: list[str], geoms: list, decimals: int) -> bytes:
    lines = ['{"type":"FeatureCollection","features":[']
    feats = []
    for iso, geom in zip(isos, geoms):
        unit = adm1.UNITS[iso]
        g = mapping(geom)
        g = {"type": g["type"], "coordinates": _round_coords(g["coordinates"], decimals)}
        props = {"adm1": unit.name, "adm1_iso": iso, "name_ru": unit.name_ru, "name_kk": unit.name_kk}
        feats.append(
            json.dumps(
                {"type": "Feature", "properties": props, "geometry": g},
                ensure_ascii=False,
                sort_keys=True,
                separators=(",", ":"),
            )
        )
    lines.append(",\n".join(feats))
    lines.append("]}\n")
    return "\n".join(lines).encode("utf-8")


def read_geojson_geoms(data: bytes) -> dict[str, object]:
    doc = json.loads(data.decode("utf-8"))
    return {f["properties"]["adm1_iso"]: shapely.geometry.shape(f["geometry"]) for f in doc["features"]}


def _iso_date(d):
    return d.isoformat() if d else ""


def population_rows() -> list[dict]:
    with POP_FILE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def version_population(version, pop_rows) -> tuple[int, int, str]:
    """The latest figure for a unit version: a row for that unit dated inside its validity."""
    best = None
    for row in pop_rows:
        if row["adm1"] != version.unit.name:
            continue
        day = dt.date.fromisoformat(row["date"])
        if not version.in_force(day):
            continue
        if best is None or day > best[0]:
            best = (day, row)
    if best is None:
        raise SystemExit(f"no population figure for {version}")
    day, row = best
    source = f"Bureau of National Statistics of Kazakhstan (stat.gov.kz), population on {day.isoformat()}"
    return int(row["population"]), day.year, source


def equal_area_km2(geoms: dict[str, object]) -> dict[str, float]:
    from pyproj import Transformer

    tr = Transformer.from_crs("EPSG:4326", "EPSG:6933", always_xy=True)
    out = {}
    for iso, g in geoms.items():
        projected = shapely.transform(g, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
        out[iso] = projected.area / 1e6
    return out


def csv_bytes(header: list[str], rows: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def units_csv(pop_rows, area: dict[str, float]) -> bytes:
    rows = []
    for v in adm1.VERSIONS:
        pop, year, source = version_population(v, pop_rows)
        rows.append(
            [
                v.iso,
                v.unit.name,
                v.unit.name_ru,
                v.unit.name_kk,
                _iso_date(v.valid_from),
                _iso_date(v.valid_to),
                " ".join(v.atoms),
                f"{sum(area[a] for a in v.atoms):.0f}",
                pop,
                year,
                source,
            ]
        )
    header = [
        "adm1_iso", "adm1", "name_ru", "name_kk", "valid_from", "valid_to", "atoms",
        "area_km2", "population", "population_year", "population_source",
    ]
    return csv_bytes(header, rows)


def crosswalk_csv(pop_rows, area: dict[str, float]) -> bytes:
    """One row per (unit version, atom): where the land of every historical unit lies today.

    ``area_share``: the atom's share of the version's land. ``population_share``: the atom's
    share of the version's population, estimated from the atoms' 2023 figures (so it assumes
    the atoms grew at similar rates); 1 for single-atom versions.
    """
    atom_pop = {
        a: version_population(adm1.Version(a, adm1.REFORM_2022, None, (a,)), pop_rows)[0]
        for a in adm1.ATOMS
    }
    rows = []
    for v in adm1.VERSIONS:
        tot_area = sum(area[a] for a in v.atoms)
        tot_pop = sum(atom_pop[a] for a in v.atoms)
        for a in v.atoms:
            rows.append(
                [
                    v.iso,
                    v.unit.name,
                    _iso_date(v.valid_from),
                    _iso_date(v.valid_to),
                    a,
                    adm1.UNITS[a].name,
                    f"{area[a]:.0f}",
                    f"{area[a] / tot_area:.4f}",
                    f"{atom_pop[a] / tot_pop:.4f}",
                ]
            )
    header = [
        "adm1_iso", "adm1", "valid_from", "valid_to", "atom_iso", "atom", "atom_area_km2",
        "area_share", "population_share",
    ]
    return csv_bytes(header, rows)


ATTRIBUTION = """\
# geomap boundary data pack: licence and attribution

The files `adm1_fine.geojson`, `adm1_map.geojson`, `adm1_units.csv` and `crosswalk.csv` form a
database derived from OpenStreetMap data. They are made available under the Open Database
License (ODbL) 1.0; the full text is in `LICENSE-ODbL-1.0.txt`. Any rights in individual
contents of the database are licensed under the Database Contents License.

Attribution (keep it with the data and show it on maps made from it):

* © OpenStreetMap contributors, ODbL 1.0 (unit boundaries, via the OSM-Boundaries export).
* Made with Natural Earth (with geoBoundaries, the Caspian coastline used to cut water off
  Atyrau and Mangystau).
* Population: Bureau of National Statistics of Kazakhstan (stat.gov.kz).
* geoBoundaries (Runfola D. et al. 2020, "geoBoundaries: A global database of political
  administrative boundaries", PLoS ONE 15(4): e0231866), © OpenStreetMap contributors, ODbL
  1.0: Caspian coastline, and a check of the pre-2018 units.

How the pack is built: `python data/build_pack.py` (see `data/README.md`).
"""


def build(out: Path, qa: bool = False) -> dict:
    atoms = read_atoms()
    kaz, all_land = read_land()
    removed = clip_caspian(atoms, all_land)
    isos = sorted(atoms)
    raw = [atoms[i] for i in isos]
    if not bool(shapely.coverage_is_valid(np.array(raw, dtype=object))):
        raise SystemExit("input units do not form a valid coverage")

    files: dict[str, bytes] = {}
    fine = generalise(isos, raw, FINE_TOLERANCE, FINE_DECIMALS)
    files["adm1_fine.geojson"] = geojson_bytes(isos, fine, FINE_DECIMALS)
    simple = generalise(isos, raw, MAP_TOLERANCE, MAP_DECIMALS)
    files["adm1_map.geojson"] = geojson_bytes(isos, simple, MAP_DECIMALS)
    if len(files["adm1_map.geojson"]) > MAP_MAX_BYTES:
        raise SystemExit(f"map layer too big: {len(files['adm1_map.geojson'])} bytes")

    # Check what is shipped (after rounding in the text), not the in-memory geometry.
    for name in ("adm1_fine.geojson", "adm1_map.geojson"):
        geoms = read_geojson_geoms(files[name])
        arr = np.array([geoms[i] for i in isos], dtype=object)
        bad = [i for i in isos if not geoms[i].is_valid]
        if bad or not bool(shapely.coverage_is_valid(arr)):
            raise SystemExit(f"{name}: not a valid coverage (invalid: {bad})")
        holes = sum(len(p.interiors) for p in _polygons(shapely.union_all(arr)))
        if holes:
            raise SystemExit(f"{name}: {holes} gap(s) inside the country")

    pop_rows = population_rows()
    area = equal_area_km2(read_geojson_geoms(files["adm1_fine.geojson"]))
    files["adm1_units.csv"] = units_csv(pop_rows, area)
    files["crosswalk.csv"] = crosswalk_csv(pop_rows, area)
    files["ATTRIBUTION.md"] = ATTRIBUTION.encode("utf-8")
    files["LICENSE-ODbL-1.0.txt"] = ODBL.read_bytes()

    feature_counts = {
        "adm1_fine.geojson": len(isos),
        "adm1_map.geojson": len(isos),
        "adm1_units.csv": len(adm1.VERSIONS),
        "crosswalk.csv": sum(len(v.atoms) for v in adm1.VERSIONS),
    }
    manifest = {
        "name": "geomap ADM1 boundary pack (Kazakhstan)",
        "licence": "ODbL-1.0",
        "attribution": [
            "© OpenStreetMap contributors, ODbL 1.0",
            "Made with Natural Earth",
            "geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866)",
            "Bureau of National Statistics of Kazakhstan (stat.gov.kz)",
        ],
        "build_command": "python data/build_pack.py",
        "crs": "EPSG:4326",
        "parameters": {
            "caspian_units": list(CASPIAN_UNITS),
            "caspian_removed_km2": {k: round(v) for k, v in sorted(removed.items())},
            "fine_tolerance_deg": FINE_TOLERANCE,
            "fine_decimals": FINE_DECIMALS,
            "map_tolerance_deg": MAP_TOLERANCE,
            "map_decimals": MAP_DECIMALS,
        },
        "sources": [
            {**src, "sha256": hashlib.sha256((ROOT / src["file"]).read_bytes()).hexdigest()}
            for src in SOURCES
        ],
        "files": {
            name: {
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                **({"features": feature_counts[name]} if name in feature_counts else {}),
            }
            for name, data in sorted(files.items())
        },
    }
    files["MANIFEST.json"] = (
        json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    ).encode("utf-8")

    out.mkdir(parents=True, exist_ok=True)
    for name, data in sorted(files.items()):
        tmp = out / (name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(out / name)

    if qa:
        run_qa(files, kaz, removed)
    return manifest


# --------------------------------------------------------------------------- QA

def run_qa(files: dict[str, bytes], kaz, removed) -> None:
    import geopandas as gpd

    print("Caspian water removed (km², approx):", {k: round(v) for k, v in removed.items()})
    for name in ("adm1_fine.geojson", "adm1_map.geojson"):
        geoms = read_geojson_geoms(files[name])
        u = shapely.union_all(list(geoms.values()))
        nverts = sum(shapely.get_num_coordinates(g) for g in geoms.values())
        holes = sum(len(p.interiors) for p in _polygons(u))
        print(
            f"{name}: {len(files[name]):,} B, {nverts:,} vertices, union parts "
            f"{len(_polygons(u))}, union holes {holes}, IoU with NE outline "
            f"{shapely.area(shapely.intersection(u, kaz)) / shapely.area(shapely.union(u, kaz)):.4f}"
        )
    # E1 dissolved from atoms vs native geoBoundaries 2017 (both cut to the GB outline).
    gb = gpd.read_file(GB_FILE)
    old_iso = {
        "KZ-AKM": "KZ-11", "KZ-AKT": "KZ-15", "KZ-ALA": "KZ-75", "KZ-ALM": "KZ-19",
        "KZ-AST": "KZ-71", "KZ-ATY": "KZ-23", "KZ-VOS": "KZ-63", "KZ-ZHA": "KZ-31",
        "KZ-KAR": "KZ-35", "KZ-KUS": "KZ-39", "KZ-KZY": "KZ-43", "KZ-MAN": "KZ-47",
        "KZ-SEV": "KZ-59", "KZ-PAV": "KZ-55", "KZ-ZAP": "KZ-27", "KZ-YUZ": "KZ-YUZ",
    }
    native = {old_iso[r.shapeISO]: r.geometry for r in gb.itertuples()}
    outline = shapely.union_all(list(native.values()))
    atoms = read_geojson_geoms(files["adm1_fine.geojson"])
    from pyproj import Transformer

    tr = Transformer.from_crs("EPSG:4326", "EPSG:6933", always_xy=True)

    def proj(g):
        return shapely.transform(g, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))

    print("E1 IoU (dissolved atoms vs geoBoundaries 2017, both cut to the geoBoundaries outline):")
    for v in adm1.versions_on("2017-01-01"):
        mine = shapely.intersection(shapely.union_all([atoms[a] for a in v.atoms]), outline)
        a, b = proj(mine), proj(native[v.iso])
        iou = shapely.area(shapely.intersection(a, b)) / shapely.area(shapely.union(a, b))
        print(f"  {v.iso:7s} {v.unit.name:26s} IoU {iou:.4f}  ours {a.area/1e6:,.0f} km²  native {b.area/1e6:,.0f} km²")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "geomap" / "data", help="output folder")
    ap.add_argument("--qa", action="store_true", help="print validity checks and IoU figures")
    args = ap.parse_args(argv)
    manifest = build(args.out, qa=args.qa)
    for name, info in manifest["files"].items():
        print(f"{name:24s} {info['bytes']:>9,} B  {info['sha256'][:12]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
