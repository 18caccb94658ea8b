"""Incidents per ADM1 on the boundaries of one date, and exports.

``assign`` re-resolves every incident onto the units in force on ``as_of``
(default: the latest document date in the frame) and says how (``map_rule``):

* ``coordinates``: the place has coordinates (or the offline gazetteer knows
  it) and the point lies in that unit on ``as_of``;
* ``same unit``: the unit of the document date is still in force;
* ``merged``: the unit of the document date is part of a larger unit on
  ``as_of`` (going back across a split) — exact;
* ``kept name``: a region-level mention of a unit that later split ("Almaty
  Region" in 2021 on 2023 boundaries) goes to the unit that kept the name
  (``adm1.resolve_unit``) and is ``flagged``, never dropped;
* ``unattributed``: no unit (``scope`` statements); these stay unattributed.

``aggregate`` counts the assigned incidents per unit in force on ``as_of``
(zeros kept) with the geometry of ``geomap.boundaries.regions(as_of)``; the
``assign`` output is the evidence table behind every count.
"""

from __future__ import annotations

import os

from . import adm1 as _adm1
from .triggers import TYPES

AGG_COLUMNS = (
    ["adm1", "adm1_iso", "name_ru", "name_kk", "population", "incidents", "documents", "killed",
     "injured", "detained", "per_100k", "flagged"]
    + [f"type_{t}" for t in TYPES]
    + ["geometry"]
)


def _as_frame(incidents):
    import pandas as pd

    from .events import empty_frame, to_frame

    if isinstance(incidents, pd.DataFrame):
        return incidents.copy()
    if incidents is None:
        return empty_frame()
    rows = list(incidents)
    return to_frame(rows) if rows else empty_frame()


def default_as_of(df) -> str:
    """The latest document date in an incidents frame (today when there is none)."""
    dates = []
    for col in ("doc_date", "date"):
        if col in df.columns:
            dates += [str(v)[:10] for v in df[col] if isinstance(v, str) and len(v) >= 10]
    if dates:
        return max(dates)
    return _adm1.to_date(None).isoformat()


def _gazetteer_point(place):
    """Coordinates of a named place from the offline gazetteer, or None."""
    try:
        from .geocoder import OfflineGeocoder
    except ImportError:
        return None
    try:
        loc = _GEOCODER_CACHE.setdefault("g", OfflineGeocoder()).geocode(place)
    except Exception:  # the gazetteer is best effort here; the unit rule still applies
        return None
    if loc is None:
        return None
    return float(loc.longitude), float(loc.latitude)


_GEOCODER_CACHE: dict = {}


def _clean(v):
    """None for every kind of missing value (None, NaN, pandas NA)."""
    if v is None:
        return None
    try:
        if v != v:
            return None
    except TypeError:
        return None
    if type(v).__name__ in ("NAType", "NaTType"):
        return None
    return v


def _row_iso(row) -> str | None:
    iso = row.get("adm1_iso") or None
    name = row.get("adm1") or None
    if not iso and name:
        unit = _adm1.BY_NAME.get(name)
        iso = unit.iso if unit else None
    return iso if iso in _adm1.UNITS else None


def _row_point(row):
    """Coordinates that locate the incident: its own, or the gazetteer's for a named place."""
    kind = row.get("kind")
    if kind == "region":
        return None  # a region's centroid says nothing about where in it the event was
    lon, lat = row.get("lon"), row.get("lat")
    if lon is not None and lat is not None:
        return float(lon), float(lat)
    if row.get("place") and kind in ("city", "village", "district", "facility"):
        if row["place"] not in _POINT_CACHE:
            _POINT_CACHE[row["place"]] = _gazetteer_point(row["place"])
        return _POINT_CACHE[row["place"]]
    return None


_POINT_CACHE: dict = {}


def _unit_rule(iso: str, then, on) -> tuple[str, str, str, bool]:
    unit = _adm1.resolve_unit(iso, on)
    if _adm1.split_atoms(iso, then, on):
        return unit.name, unit.iso, "kept name", True
    if unit.iso == iso:
        return unit.name, iso, "same unit", False
    return unit.name, unit.iso, "merged", False


def _assign_rows(rows: list[dict], on) -> list[tuple[str | None, str | None, str, bool]]:
    rows = [{k: _clean(v) for k, v in r.items()} for r in rows]
    isos = [_row_iso(r) for r in rows]
    points = [_row_point(r) if iso else None for r, iso in zip(rows, isos)]
    atoms: list = [None] * len(rows)
    want = [i for i, p in enumerate(points) if p is not None]
    if want:
        try:
            from .boundaries import atoms_at
        except ImportError:
            atoms_at = None
        if atoms_at is not None:
            found = atoms_at([points[i][0] for i in want], [points[i][1] for i in want])
            for i, atom in zip(want, found):
                atoms[i] = atom
    out = []
    for r, iso, atom in zip(rows, isos, atoms):
        if not iso:
            out.append((None, None, "unattributed", False))
        elif atom:
            u = _adm1.unit_for_atom(atom, on)
            out.append((u.name, u.iso, "coordinates", False))
        else:
            out.append(_unit_rule(iso, r.get("doc_date") or r.get("date") or on, on))
    return out


def assign(incidents_df, as_of=None):
    """A copy of the incidents with ``map_adm1``, ``map_adm1_iso``, ``map_rule``, ``flagged``."""
    df = _as_frame(incidents_df)
    on = _adm1.to_date(as_of if as_of is not None else default_as_of(df))
    res = _assign_rows(df.to_dict("records"), on) if len(df) else []
    df["map_adm1"] = [r[0] for r in res]
    df["map_adm1_iso"] = [r[1] for r in res]
    df["map_rule"] = [r[2] for r in res]
    df["flagged"] = _bool_array([r[3] for r in res])
    return df


def _bool_array(values):
    import pandas as pd

    return pd.Series(values, dtype=bool).values


def _regions_frame(on):
    """The units in force on ``on`` with their geometry (``geomap.boundaries``)."""
    from .boundaries import regions

    return regions(on)


def aggregate(incidents_df, as_of=None):
    """Counts per ADM1 unit in force on ``as_of``: a GeoDataFrame, one row per unit, zeros kept."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    df = _as_frame(incidents_df)
    on = _adm1.to_date(as_of if as_of is not None else default_as_of(df))
    a = assign(df, on)
    a = a[a["map_adm1_iso"].notna()]
    regions = _regions_frame(on).copy()
    regions = regions.sort_values("adm1_iso").reset_index(drop=True)
    out = pd.DataFrame({"adm1": regions["adm1"].values, "adm1_iso": regions["adm1_iso"].values})
    for col in ("name_ru", "name_kk", "population"):
        out[col] = regions[col].values if col in regions.columns else None
    g = a.groupby("map_adm1_iso")
    counts = g.size()
    out["incidents"] = out["adm1_iso"].map(counts).fillna(0).astype("int64")
    out["documents"] = out["adm1_iso"].map(g["doc"].nunique()).fillna(0).astype("int64")
    for fig in ("killed", "injured", "detained"):
        vals = pd.to_numeric(a[fig], errors="coerce").fillna(0) if len(a) else pd.Series(dtype="float64")
        sums = vals.groupby(a["map_adm1_iso"]).sum() if len(a) else pd.Series(dtype="float64")
        out[fig] = out["adm1_iso"].map(sums).fillna(0).astype("int64")
    pop = pd.to_numeric(out["population"], errors="coerce").astype("float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        per = out["incidents"].astype("float64") / pop * 100000.0
    out["per_100k"] = per.where(pop > 0).round(6)
    out["flagged"] = out["adm1_iso"].map(a.groupby("map_adm1_iso")["flagged"].sum()).fillna(0).astype("int64")
    for t in TYPES:
        sub = a[a["type"] == t]
        out[f"type_{t}"] = out["adm1_iso"].map(sub.groupby("map_adm1_iso").size()).fillna(0).astype("int64")
    geom = regions.geometry.values if "geometry" in regions.columns else [None] * len(regions)
    crs = getattr(regions, "crs", None) or "EPSG:4326"
    gdf = gpd.GeoDataFrame(out, geometry=list(geom), crs=crs)
    return gdf[AGG_COLUMNS]


def unattributed(incidents_df):
    """Rows about unnamed units: ``adm1`` null and a ``scope`` label."""
    df = _as_frame(incidents_df)
    if not len(df):
        return df
    mask = df["adm1"].isna() & df["scope"].notna()
    return df[mask].reset_index(drop=True)


# ---------------------------------------------------------------- exports

_FORMATS = {".csv": "csv", ".geojson": "geojson", ".json": "geojson", ".gpkg": "gpkg", ".parquet": "parquet"}


def _to_geo(obj):
    import geopandas as gpd

    if isinstance(obj, gpd.GeoDataFrame):
        return obj
    if "geometry" in obj.columns:
        return gpd.GeoDataFrame(obj, geometry="geometry", crs="EPSG:4326")
    if "lon" in obj.columns and "lat" in obj.columns:
        lon = _numeric(obj["lon"])
        lat = _numeric(obj["lat"])
        return gpd.GeoDataFrame(obj.copy(), geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    return gpd.GeoDataFrame(obj.copy(), geometry=[None] * len(obj), crs="EPSG:4326")


def _numeric(s):
    import pandas as pd

    return pd.to_numeric(s, errors="coerce").astype("float64")


def _plain(obj):
    """A frame with pandas-nullable and object columns made file-friendly."""
    df = obj.copy()
    for c in df.columns:
        if c == "geometry":
            continue
        if str(df[c].dtype) in ("Int64", "Int32", "boolean"):
            if df[c].isna().any():
                df[c] = df[c].astype("float64")
            else:
                df[c] = df[c].astype("int64" if str(df[c].dtype) != "boolean" else "bool")
        elif df[c].dtype == object:
            df[c] = df[c].map(lambda v: None if v is None or (isinstance(v, float) and v != v) else str(v)
                              if not isinstance(v, (int, float, bool, str)) else v)
    return df


def export(obj, path) -> str:
    """Write a frame by extension (.csv, .geojson, .gpkg, .parquet), atomically and deterministically."""
    path = os.fspath(path)
    ext = os.path.splitext(path)[1].lower()
    fmt = _FORMATS.get(ext)
    if fmt is None:
        raise ValueError(f"unknown export format {ext!r}: use .csv, .geojson, .gpkg or .parquet")
    folder = os.path.dirname(os.path.abspath(path))
    base = os.path.basename(path)
    tmp = os.path.join(folder, f".{base}.{os.getpid()}.tmp{ext}")
    try:
        if fmt == "csv":
            df = obj.drop(columns=["geometry"], errors="ignore")
            data = _plain(df).to_csv(index=False, lineterminator="\n")
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                f.write(data)
        elif fmt == "geojson":
            gdf = _to_geo(_plain(obj))
            text = gdf.to_json(drop_id=True, na="null", show_bbox=False)
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                f.write(text)
                f.write("\n")
        elif fmt == "gpkg":
            import pyogrio

            gdf = _to_geo(_plain(obj))
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
            layer = os.path.splitext(base)[0] or "layer"
            gdf.to_file(tmp, driver="GPKG", layer=layer, engine="pyogrio")
        elif fmt == "parquet":
            gdf = _to_geo(_plain(obj))
            gdf.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path
