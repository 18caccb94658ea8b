"""ADM1 boundaries of Kazakhstan from the bundled data pack (``geomap/data/``).

The pack stores the 20 units in force since 2022-06-08 (the *atoms*, see
:mod:`geomap.adm1`) at two resolutions:

* ``"fine"``: lightly simplified (about 100 m), used for point-in-polygon;
* ``"map"``: generalised for drawing (shared borders kept identical).

Older units (e.g. South Kazakhstan Region before 2018-06-19) are unions of atoms and
are dissolved on first use. Nothing is read at import time; files are loaded once and
cached.

Functions:

* :func:`atom_at` / :func:`atoms_at`: the current unit (ISO code) at a point / many points;
* :func:`locate`: the unit in force on a date at a point;
* :func:`regions`: the units in force on a date as a GeoDataFrame.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import json
import math
from pathlib import Path
from typing import Iterable, Sequence

from . import adm1

DATA_DIR = Path(__file__).resolve().parent / "data"
FILES = {"fine": "adm1_fine.geojson", "map": "adm1_map.geojson"}
UNITS_FILE = "adm1_units.csv"
CROSSWALK_FILE = "crosswalk.csv"

#: Points up to this far outside every unit (metres) go to the nearest unit. It absorbs
#: coordinates on a coast or border line drawn slightly differently in another source;
#: farther away a point is treated as outside Kazakhstan.
DEFAULT_TOLERANCE_M = 500.0

_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON_EQ = 111_320.0
_EARTH_R = 6_371_008.8

COLUMNS = [
    "adm1",
    "adm1_iso",
    "name_ru",
    "name_kk",
    "valid_from",
    "valid_to",
    "population",
    "population_year",
    "population_source",
    "area_km2",
    "geometry",
]


# --------------------------------------------------------------------------- loading

def _check_detail(detail: str) -> str:
    if detail not in FILES:
        raise ValueError(f"detail must be one of {sorted(FILES)}, not {detail!r}")
    return detail


@functools.lru_cache(maxsize=None)
def atom_geometries(detail: str = "fine") -> dict:
    """``{atom ISO: shapely geometry}`` for the 20 current units, sorted by ISO code."""
    import shapely

    path = DATA_DIR / FILES[_check_detail(detail)]
    doc = json.loads(path.read_text(encoding="utf-8"))
    geoms = {}
    for feat in doc["features"]:
        geoms[feat["properties"]["adm1_iso"]] = shapely.from_geojson(json.dumps(feat["geometry"]))
    missing = set(adm1.ATOMS) - set(geoms)
    if missing:
        raise RuntimeError(f"{path}: units missing from the data pack: {sorted(missing)}")
    return {iso: geoms[iso] for iso in adm1.ATOMS}


@functools.lru_cache(maxsize=None)
def _index():
    """STRtree over the fine atoms, with ISO codes in tree order."""
    import shapely

    geoms = atom_geometries("fine")
    isos = list(geoms)
    arr = [geoms[i] for i in isos]
    shapely.prepare(arr)
    return shapely.STRtree(arr), isos, arr


@functools.lru_cache(maxsize=None)
def version_table() -> dict[tuple[str, str], dict]:
    """Rows of ``adm1_units.csv`` keyed by ``(iso, valid_from or "")``."""
    with (DATA_DIR / UNITS_FILE).open(encoding="utf-8", newline="") as fh:
        return {(r["adm1_iso"], r["valid_from"]): r for r in csv.DictReader(fh)}


def crosswalk():
    """The era crosswalk (``crosswalk.csv``) as a pandas DataFrame."""
    import pandas as pd

    return pd.read_csv(DATA_DIR / CROSSWALK_FILE, dtype={"valid_from": str, "valid_to": str},
                       keep_default_na=False)


# --------------------------------------------------------------------------- points

def _haversine_m(lon1, lat1, lon2, lat2):
    import numpy as np

    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dlmb = np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return 2 * _EARTH_R * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def atoms_at(
    lons: Sequence[float] | Iterable[float],
    lats: Sequence[float] | Iterable[float],
    tolerance_m: float = DEFAULT_TOLERANCE_M,
) -> list[str | None]:
    """Current unit (atom ISO code) for each point; None outside Kazakhstan.

    A point on a shared border goes to the unit with the lowest ISO code. A point
    outside every unit but within ``tolerance_m`` metres of one goes to the nearest.
    Missing or non-finite coordinates give None.
    """
    import numpy as np
    import shapely

    x = np.asarray(list(lons) if not hasattr(lons, "__len__") else lons, dtype=float)
    y = np.asarray(list(lats) if not hasattr(lats, "__len__") else lats, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError("lons and lats must be one-dimensional and of equal length")
    n = len(x)
    out: list[str | None] = [None] * n
    if n == 0:
        return out
    ok = np.isfinite(x) & np.isfinite(y)
    idx = np.flatnonzero(ok)
    if len(idx) == 0:
        return out
    tree, isos, geoms = _index()
    pts = shapely.points(x[idx], y[idx])

    hit = np.full(len(idx), -1, dtype=np.int64)
    q_in, q_tree = tree.query(pts, predicate="intersects")
    if len(q_in):
        # Lowest tree index (= lowest ISO code) first when a point touches two units.
        order = np.lexsort((q_tree, q_in))
        q_in, q_tree = q_in[order], q_tree[order]
        first = np.ones(len(q_in), dtype=bool)
        first[1:] = q_in[1:] != q_in[:-1]
        hit[q_in[first]] = q_tree[first]

    miss = np.flatnonzero(hit < 0)
    if len(miss) and tolerance_m > 0:
        max_lat = float(np.max(np.abs(y[idx][miss])))
        coslat = max(math.cos(math.radians(min(max_lat + 1.0, 89.0))), 1e-6)
        max_deg = tolerance_m / (_M_PER_DEG_LON_EQ * coslat)
        n_in, n_tree = tree.query_nearest(pts[miss], max_distance=max_deg, all_matches=False)
        if len(n_in):
            cand_pts = pts[miss][n_in]
            cand_geoms = np.asarray(geoms, dtype=object)[n_tree]
            near = shapely.get_coordinates(shapely.shortest_line(cand_pts, cand_geoms))[1::2]
            d = _haversine_m(x[idx][miss][n_in], y[idx][miss][n_in], near[:, 0], near[:, 1])
            good = d <= tolerance_m
            hit[miss[n_in[good]]] = n_tree[good]

    for k, h in zip(idx, hit):
        if h >= 0:
            out[int(k)] = isos[int(h)]
    return out


def atom_at(lon: float | None, lat: float | None, tolerance_m: float = DEFAULT_TOLERANCE_M) -> str | None:
    """ISO code of the current (2022+) unit containing the point, or None outside."""
    if lon is None or lat is None:
        return None
    return atoms_at([lon], [lat], tolerance_m=tolerance_m)[0]


def locate(
    lon: float | None,
    lat: float | None,
    on: _dt.date | str | None = None,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
) -> adm1.Unit | None:
    """The unit in force on ``on`` (default: today) at the point, or None outside."""
    atom = atom_at(lon, lat, tolerance_m=tolerance_m)
    if atom is None:
        return None
    return adm1.unit_for_atom(atom, on)


# --------------------------------------------------------------------------- regions

@functools.lru_cache(maxsize=None)
def _version_geometry(iso: str, valid_from: str, detail: str):
    import shapely

    atoms = atom_geometries(detail)
    v = next(v for v in adm1.VERSIONS if v.iso == iso and _iso(v.valid_from) == valid_from)
    parts = [atoms[a] for a in v.atoms]
    if len(parts) == 1:
        return parts[0]
    # The atoms form a valid coverage, so their coverage union is exact and fast.
    return shapely.normalize(shapely.coverage_union_all(parts))


def _iso(d: _dt.date | None) -> str:
    return d.isoformat() if d else ""


@functools.lru_cache(maxsize=None)
def _regions_frame(versions: tuple[tuple[str, str], ...], detail: str):
    import geopandas as gpd
    import pandas as pd

    table = version_table()
    rows = []
    for iso, valid_from in versions:
        r = table[(iso, valid_from)]
        unit = adm1.UNITS[iso]
        rows.append(
            {
                "adm1": unit.name,
                "adm1_iso": iso,
                "name_ru": unit.name_ru,
                "name_kk": unit.name_kk,
                "valid_from": r["valid_from"] or None,
                "valid_to": r["valid_to"] or None,
                "population": int(r["population"]),
                "population_year": int(r["population_year"]),
                "population_source": r["population_source"],
                "area_km2": float(r["area_km2"]),
                "geometry": _version_geometry(iso, valid_from, detail),
            }
        )
    rows.sort(key=lambda r: r["adm1_iso"])
    frame = gpd.GeoDataFrame(rows, columns=COLUMNS, geometry="geometry", crs="EPSG:4326")
    for col in ("valid_from", "valid_to"):
        # Keep None (not NaN) for open-ended validity.
        frame[col] = pd.Series([r[col] for r in rows], index=frame.index, dtype=object)
    return frame


def regions(as_of: _dt.date | str | None = None, detail: str = "map"):
    """The units in force on ``as_of`` (default: today) as a GeoDataFrame (EPSG:4326).

    One row per unit (16, 17 or 20), sorted by ``adm1_iso``, with columns ``adm1,
    adm1_iso, name_ru, name_kk, valid_from, valid_to`` (ISO dates or None),
    ``population`` (latest figure for that unit version), ``population_year``,
    ``population_source``, ``area_km2`` and ``geometry``. ``detail="fine"`` gives the
    geometry used for point-in-polygon; ``"map"`` (default) a lighter one for drawing.
    """
    key = tuple((v.iso, _iso(v.valid_from)) for v in adm1.versions_on(adm1.to_date(as_of)))
    return _regions_frame(key, _check_detail(detail)).copy()
