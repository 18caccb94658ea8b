"""``choropleth()``: incidents per ADM1 as a map object (HTML page, PNG, Jupyter).

The pipeline is: documents -> :func:`geomap.events.incidents_frame` ->
:func:`geomap.aggregate.assign`/:func:`geomap.aggregate.aggregate` (units in
force on the map date) -> :func:`payload` (plain, JSON-ready data: values,
classes, evidence, markers, time steps) -> :mod:`geomap.render_html` /
:mod:`geomap.render_png`.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import tempfile
from pathlib import Path

from . import adm1
from .classify import classify

DEFAULT_TITLE = "Incidents by region, Kazakhstan"

#: Metrics offered by the switch: key, label, integer-valued.
METRICS: list[tuple[str, str, bool]] = [
    ("incidents", "Incidents", True),
    ("documents", "Documents reporting", True),
    ("killed", "Killed", True),
    ("injured", "Injured", True),
    ("detained", "Detained", True),
    ("per_100k", "Incidents per 100,000 people", False),
]

#: Qualitative colours for incident types (Tableau 20 subset), in taxonomy order.
TYPE_COLORS = [
    "#4e79a7", "#a0cbe8", "#f28e2b", "#e15759", "#b6992d", "#499894", "#ff9d9a", "#d37295",
    "#fabfd2", "#86bcb6", "#8cd17d", "#59a14f", "#f1ce63", "#b07aa1", "#9d7660", "#bab0ac",
]

#: The three cities of republican significance, always marked.
CITIES = [("Astana", 51.1605, 71.4704), ("Almaty", 43.2389, 76.8897), ("Shymkent", 42.3417, 69.5901)]

EVIDENCE_PER_UNIT = 3
MAX_STEPS = 120
SLIDER_MIN_DAYS = 4  # a time slider when the reports span more than this many days
EVIDENCE_CHARS = 400


# --------------------------------------------------------------------------- helpers


def _blank(v) -> bool:
    if v is None:
        return True
    try:
        return bool(v != v)  # NaN / NaT
    except (TypeError, ValueError):
        return True  # pd.NA refuses to be a bool


def _str(v) -> str | None:
    return None if _blank(v) else str(v)


def _num(v) -> float:
    if _blank(v):
        return 0.0
    try:
        return float(v)
    except (TypeError, ValueError):
        return 0.0


def _day(v) -> str | None:
    if _blank(v):
        return None
    try:
        return adm1.to_date(v).isoformat()
    except ValueError:
        return None


def _clip(text, n: int = EVIDENCE_CHARS) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _type_keys(incidents) -> list[str]:
    try:
        from .events import TYPES

        keys = [t if isinstance(t, str) else getattr(t, "key", str(t)) for t in TYPES]
    except Exception:  # the taxonomy module is optional for DataFrame input
        keys = []
    if incidents is not None and len(incidents) and "type" in incidents:
        for t in sorted({str(t) for t in incidents["type"] if not _blank(t)}):
            if t not in keys:
                keys.append(t)
    return keys


def _label(key: str) -> str:
    """``"police_raid"`` -> ``"Police raid"``; other strings are kept as they are."""
    if key.replace("_", "").isalpha() and key.islower():
        return key.replace("_", " ").capitalize()
    return key


# --------------------------------------------------------------------------- payload


def _when(rec) -> str | None:
    """The incident's date, else its document's date."""
    return _day(rec.get("date")) or _day(rec.get("doc_date"))


def _attributed(incidents, unit_index: dict) -> list[tuple[str, dict]]:
    """(unit ISO, record) for every incident placed in a unit of the map date."""
    if incidents is None or not len(incidents):
        return []
    col = "map_adm1_iso" if "map_adm1_iso" in incidents else "adm1_iso"
    out = []
    for rec in incidents.to_dict("records"):
        iso = _str(rec.get(col))
        if iso in unit_index:
            out.append((iso, rec))
    return out


def time_steps(dates: list[str]) -> list[str]:
    """Slider stops: the distinct dates, when they span more than a few days (at most MAX_STEPS)."""
    if len(dates) < 2 or (adm1.to_date(dates[-1]) - adm1.to_date(dates[0])).days <= SLIDER_MIN_DAYS:
        return []
    if len(dates) <= MAX_STEPS:
        return list(dates)
    idx = sorted({round(i * (len(dates) - 1) / (MAX_STEPS - 1)) for i in range(MAX_STEPS)})
    return [dates[i] for i in idx]


def _step_finder(steps: list[str]):
    def step_of(rec) -> int:
        if not steps:
            return 0
        d = _when(rec)
        if d is None:
            return len(steps) - 1  # undated: counted from the last stop
        return next((i for i, s in enumerate(steps) if d <= s), len(steps) - 1)

    return step_of


def _events(attributed, unit_index, step_of, types) -> list[list[int]]:
    """[step, unit, killed, injured, detained, document, type] per incident, for cumulative values."""
    doc_index = {d: i for i, d in enumerate(sorted({str(r.get("doc")) for _, r in attributed}))}
    type_index = {t: i for i, t in enumerate(types)}
    rows = sorted(attributed, key=lambda x: (step_of(x[1]), x[0], str(x[1].get("doc")), _num(x[1].get("start"))))
    return [
        [step_of(r), unit_index[iso], int(_num(r.get("killed"))), int(_num(r.get("injured"))),
         int(_num(r.get("detained"))), doc_index[str(r.get("doc"))], type_index.get(str(r.get("type")), -1)]
        for iso, r in rows
    ]


def _metric_values(table) -> tuple[list[dict], dict[str, list]]:
    """The metric specs (with classes) and every unit's value per metric (None = no data)."""
    metrics, values = [], {}
    for key, label, integer in METRICS:
        vals = []
        for row in table.itertuples(index=False):
            v = getattr(row, key, None)
            if key == "per_100k" and _blank(v):
                pop = getattr(row, "population", None)
                v = None if _blank(pop) or not pop else _num(getattr(row, "incidents", 0)) * 1e5 / float(pop)
            vals.append(None if _blank(v) else (int(v) if integer else round(float(v), 4)))
        values[key] = vals
        metrics.append({"key": key, "label": label, "integer": integer, "classes": classify(vals, integer=integer).to_dict()})
    return metrics, values


def _evidence(recs: list[dict]) -> list[list]:
    """The strongest evidence first: [date, doc, http(s) URL or None, type, sentence, title or None]."""
    from .render_html import safe_url

    def strength(r):  # surest first, then the ones with casualty or arrest figures
        figures = _num(r.get("killed")) + _num(r.get("injured")) + _num(r.get("detained"))
        return (-_num(r.get("confidence")), -figures, _when(r) or "", str(r.get("doc")), _num(r.get("start")))

    recs = sorted(recs, key=strength)
    return [
        [_when(r), str(r.get("doc")), safe_url(r.get("url")), _label(str(r.get("type") or "other")), _clip(r.get("evidence")),
         _clip(_str(r.get("title")) or "", 120) or None]
        for r in recs[:EVIDENCE_PER_UNIT]
    ]


def _units(table, values, metrics, by_unit, types, scale) -> list[dict]:
    from .render_html import encode_geometry

    units = []
    for i, row in enumerate(table.to_dict("records")):
        iso = str(row["adm1_iso"])
        recs = by_unit.get(iso, [])
        tcounts = {}
        for t in types:
            col = f"type_{t}"
            n = int(row[col]) if col in row and not _blank(row[col]) else sum(1 for r in recs if str(r.get("type")) == t)
            if n:
                tcounts[t] = n
        unit = adm1.UNITS.get(iso)
        geom = row.get("geometry")
        rp = geom.representative_point() if geom is not None and not geom.is_empty else None
        flagged = int(_num(row.get("flagged")))
        units.append(
            {
                "iso": iso,
                "name": _str(row.get("adm1")) or (unit.name if unit else iso),
                "ru": _str(row.get("name_ru")) or (unit.name_ru if unit else ""),
                "kk": _str(row.get("name_kk")) or (unit.name_kk if unit else ""),
                "pop": None if _blank(row.get("population")) else int(row.get("population")),
                "v": {m["key"]: values[m["key"]][i] for m in metrics},
                "types": tcounts,
                "ev": _evidence(recs),
                "more": max(0, len(recs) - EVIDENCE_PER_UNIT),
                "flag": (
                    f"{flagged} of these name a unit that has since split; counted in the unit that kept its name."
                    if flagged > 0 else None
                ),
                "c": [round(rp.y, 4), round(rp.x, 4)] if rp is not None else None,
                "g": encode_geometry(geom, scale),
            }
        )
    return units


def _markers(incidents, step_of) -> tuple[dict[str, list], dict[str, int]]:
    """Per type: [lat, lon, place, steps of its incidents, date range], one per place and point."""
    markers: dict[str, list] = {}
    type_n: dict[str, int] = {}
    if incidents is None or not len(incidents):
        return markers, type_n
    groups: dict[tuple, list] = {}
    for rec in incidents.to_dict("records"):
        lat, lon = rec.get("lat"), rec.get("lon")
        if _blank(lat) or _blank(lon):
            continue
        t = str(rec.get("type") or "other")
        key = (t, round(float(lat), 4), round(float(lon), 4), str(rec.get("place") or ""))
        groups.setdefault(key, []).append(rec)
    for (t, lat, lon, place), recs in sorted(groups.items()):
        ds = sorted({d for d in map(_when, recs) if d})
        when = "" if not ds else (ds[0] if len(ds) == 1 else f"{ds[0]} – {ds[-1]}")
        markers.setdefault(t, []).append([lat, lon, place or _label(t), sorted(step_of(r) for r in recs), when])
        type_n[t] = type_n.get(t, 0) + len(recs)
    return markers, type_n


def _unattributed_rows(frame) -> list[list]:
    """[scope, type, count, doc, date, sentence, http(s) URL or None, title or None], by date."""
    from .render_html import safe_url

    if frame is None or not len(frame):
        return []
    rows = []
    for r in frame.to_dict("records"):
        count = r.get("count")
        rows.append(
            [
                _str(r.get("scope")) or "unnamed places",
                _label(str(r.get("type") or "other")),
                None if _blank(count) else int(_num(count)),
                str(r.get("doc")),
                _when(r),
                _clip(r.get("evidence"), 300),
                safe_url(r.get("url")),
                _clip(_str(r.get("title")) or "", 120) or None,
            ]
        )
    rows.sort(key=lambda u: (u[4] or "", u[3], u[0], u[1]))
    return rows


def _subtitle(n_documents, documents_label, n_inc, n_un, span, as_of) -> str:
    parts = []
    if n_documents is not None:
        noun = documents_label if n_documents == 1 else documents_label.replace("document", "documents", 1)
        parts.append(f"{n_documents:,} {noun}")
    parts.append(f"{n_inc:,} incident{'s' if n_inc != 1 else ''} in regions" + (f", {n_un:,} not tied to one region" if n_un else ""))
    if span:
        parts.append(span)
    parts.append(f"boundaries as of {as_of}")
    return " · ".join(parts)


def payload(
    table,
    incidents,
    unattributed=None,
    *,
    as_of,
    title: str | None = None,
    metric: str = "incidents",
    n_documents: int | None = None,
    period: tuple[str | None, str | None] | None = None,
    scale: int = 10_000,
    documents_label: str = "document",
) -> dict:
    """Everything the page needs, as plain JSON-ready data (deterministic).

    ``table`` is :func:`geomap.aggregate.aggregate`'s GeoDataFrame; ``incidents``
    the incident records with ``map_adm1_iso`` (:func:`geomap.aggregate.assign`);
    ``unattributed`` the records without a unit. Geometry is quantised to
    ``1/scale`` degrees.
    """
    from .render_html import ATTRIBUTION

    keys = [m[0] for m in METRICS]
    if metric not in keys:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(keys)}")
    as_of = adm1.to_date(as_of).isoformat()
    table = table.sort_values("adm1_iso").reset_index(drop=True)
    unit_index = {str(iso): i for i, iso in enumerate(table["adm1_iso"])}
    types = _type_keys(incidents)
    attributed = _attributed(incidents, unit_index)
    by_unit: dict[str, list[dict]] = {}
    for iso, r in attributed:
        by_unit.setdefault(iso, []).append(r)

    dates = sorted({d for d in (_when(r) for _, r in attributed) if d})
    steps = time_steps(dates)
    step_of = _step_finder(steps)
    metrics, values = _metric_values(table)
    markers, type_n = _markers(incidents, step_of)
    loose = _unattributed_rows(unattributed)
    first, last = period if period else (dates[0] if dates else None, dates[-1] if dates else None)
    span = period_label(first, last)
    minx, miny, maxx, maxy = table.total_bounds if len(table) else (46.5, 40.5, 87.4, 55.5)
    return {
        "title": title or DEFAULT_TITLE,
        "subtitle": _subtitle(n_documents, documents_label, len(attributed), len(loose), span, as_of),
        "period": span or "All reports",
        "as_of": as_of,
        "attribution": ATTRIBUTION,
        "scale": scale,
        "metric": metric,
        "metrics": metrics,
        "units": _units(table, values, metrics, by_unit, types, scale),
        "types": [
            {"key": t, "label": _label(t), "color": TYPE_COLORS[i % len(TYPE_COLORS)], "n": type_n.get(t, 0)}
            for i, t in enumerate(types)
        ],
        "markers": markers,
        "steps": steps,
        "events": _events(attributed, unit_index, step_of, types) if steps else [],
        "unattributed": loose,
        "cities": [list(c) for c in CITIES],
        "bounds": [[round(float(miny), 3), round(float(minx), 3)], [round(float(maxy), 3), round(float(maxx), 3)]],
    }


def period_label(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if first == last or not last else f"{first} – {last}"


# --------------------------------------------------------------------------- the map object


def _atomic_write(path, data: bytes) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual file mode
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class IncidentMap:
    """A choropleth of incidents per ADM1 unit.

    ``.table`` holds the counts per unit (GeoDataFrame), ``.incidents`` the
    incident records, ``.unattributed`` the ones not tied to one unit.
    ``.html`` is the self-contained page, ``.save(path)`` writes it,
    ``.to_png(path)`` draws a static map; in Jupyter it displays itself.
    """

    def __init__(self, table, incidents, unattributed, *, as_of, title=None, metric="incidents", cdn=False, tiles=None, n_documents=None, period=None, documents_label="document"):
        self.table = table
        self.incidents = incidents
        self.unattributed = unattributed
        self.as_of = adm1.to_date(as_of)
        self.title = title or DEFAULT_TITLE
        self.metric = metric
        self.cdn = cdn
        self.tiles = tiles
        self.n_documents = n_documents
        self.period = period
        self.documents_label = documents_label
        self._payload = None
        self._html = None

    @property
    def payload(self) -> dict:
        if self._payload is None:
            self._payload = payload(
                self.table,
                self.incidents,
                self.unattributed,
                as_of=self.as_of,
                title=self.title,
                metric=self.metric,
                n_documents=self.n_documents,
                period=self.period,
                documents_label=self.documents_label,
            )
        return self._payload

    @property
    def html(self) -> str:
        if self._html is None:
            from .render_html import build_page

            self._html = build_page(self.payload, cdn=self.cdn, tiles=self.tiles)
        return self._html

    def save(self, path) -> Path:
        """Write the HTML page atomically (temporary file, then rename)."""
        _atomic_write(path, self.html.encode("utf-8"))
        return Path(path)

    def to_png(self, path, **kwargs) -> Path:
        """Write a static PNG map (matplotlib) atomically."""
        from .render_png import render_png

        data = render_png(self.payload, self.table, **kwargs)
        _atomic_write(path, data)
        return Path(path)

    def _repr_html_(self) -> str:
        from .render_html import iframe

        return iframe(self.html)

    def __repr__(self) -> str:
        total = int(sum(_num(v) for v in self.table["incidents"])) if "incidents" in self.table else 0
        return f"<IncidentMap {len(self.table)} units, {total} incidents, as of {self.as_of.isoformat()}>"


# --------------------------------------------------------------------------- sources


def _is_pathlike(item) -> bool:
    if isinstance(item, Path):
        return True
    if isinstance(item, str):
        return item == "-" or ("\n" not in item and len(item) < 4096 and os.path.exists(item))
    return False


class _Tally:
    """Pass documents through while counting them and tracking their dates."""

    def __init__(self, docs):
        self.docs = docs
        self.n = 0
        self.first = None
        self.last = None

    def __iter__(self):
        for d in self.docs:
            self.n += 1
            day = _day(getattr(d, "date", None))
            if day:
                self.first = day if self.first is None or day < self.first else self.first
                self.last = day if self.last is None or day > self.last else self.last
            yield d


def _documents(source):
    from .documents import Document

    if isinstance(source, (str, Path)):
        if not _is_pathlike(source):
            raise FileNotFoundError(f"no such file or directory: {source}")
        items = [source]
    else:
        items = list(source)
    if items and all(_is_pathlike(x) for x in items):
        from .inputs import iter_documents

        return iter_documents([str(x) for x in items])
    return (Document.coerce(x, i) for i, x in enumerate(items))


def choropleth(source, as_of=None, *, title=None, metric="incidents", cdn=False, tiles=None, n_documents=None, period=None) -> IncidentMap:
    """A choropleth of incidents per ADM1 unit.

    ``source``: a path or list of paths (as on the command line), a list of
    texts, dicts or :class:`~geomap.documents.Document`, or an incidents
    DataFrame. ``as_of``: the boundaries' date (default: the latest document
    date). ``metric``: the metric shown first (the page can switch).
    ``cdn=True`` links Leaflet from a CDN instead of inlining it; ``tiles`` adds
    a folium tile layer (needs network to view).
    """
    import pandas as pd

    from .aggregate import aggregate, assign, unattributed

    if metric not in [m[0] for m in METRICS]:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(m[0] for m in METRICS)}")
    label = "document"
    if isinstance(source, pd.DataFrame):
        frame = source.copy()
        n_docs = int(frame["doc"].nunique()) if "doc" in frame and len(frame) else 0
        if n_documents is None:
            label = "document with incidents"
        days = sorted({d for c in ("doc_date", "date") if c in frame for d in map(_day, frame[c]) if d})
        first, last = (days[0], days[-1]) if days else (None, None)
    else:
        from .events import incidents_frame

        tally = _Tally(_documents(source))
        frame = incidents_frame(tally, as_of=as_of)
        n_docs, first, last = tally.n, tally.first, tally.last
    if n_documents is not None:
        n_docs = int(n_documents)
    if period is not None:
        first, last = _day(period[0]), _day(period[1])
    day = adm1.to_date(as_of) if as_of is not None else (adm1.to_date(last) if last else _dt.date.today())
    assigned = assign(frame, day)
    table = aggregate(frame, day)
    loose = unattributed(frame)
    return IncidentMap(
        table,
        assigned,
        loose,
        as_of=day,
        title=title,
        metric=metric,
        cdn=cdn,
        tiles=tiles,
        n_documents=n_docs,
        period=(first, last),
        documents_label=label,
    )
