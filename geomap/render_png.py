"""Static PNG choropleth with matplotlib (Agg canvas, no pyplot, no global state).

Uses the same classes and colours as the HTML page (from the map payload), a
Lambert conformal conic projection fitted to Kazakhstan, unit labels with
their values, a legend, the title and period, a note on incidents not tied to
one unit and the data attribution. Output is deterministic: fixed size and
dpi, and no software/date metadata in the file.
"""

from __future__ import annotations

import io
import textwrap

# Lambert conformal conic for Kazakhstan (standard parallels 45N and 51N).
CRS_KZ = "+proj=lcc +lat_1=45 +lat_2=51 +lat_0=48 +lon_0=68 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
CITY_UNITS = {"KZ-71", "KZ-75", "KZ-79"}


def _short(name: str) -> str:
    return name[: -len(" Region")] if name.endswith(" Region") else name


def _value(v, integer: bool) -> str:
    if v is None:
        return "–"
    if integer or v == 0:
        return f"{int(v):,}"
    return f"{v:.2f}"


def render_png(payload: dict, table, *, metric: str | None = None, width: float = 12.0, height: float = 6.6, dpi: int = 130) -> bytes:
    """PNG bytes of the choropleth of ``metric`` (default: the payload's metric)."""
    import geopandas as gpd
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from shapely.geometry import Point

    from .classify import Classes

    key = metric or payload["metric"]
    spec = next((m for m in payload["metrics"] if m["key"] == key), None)
    if spec is None:
        raise ValueError(f"unknown metric {key!r}")
    c = spec["classes"]
    classes = Classes(breaks=c["breaks"], labels=c["labels"], colors=c["colors"], integer=spec["integer"])
    units = payload["units"]
    by_iso = {u["iso"]: u for u in units}

    frame = table.sort_values("adm1_iso").reset_index(drop=True)
    frame = gpd.GeoDataFrame({"adm1_iso": list(frame["adm1_iso"])}, geometry=list(frame.geometry), crs=table.crs or "EPSG:4326")
    proj = frame.to_crs(CRS_KZ)

    values = [by_iso[iso]["v"][key] if iso in by_iso else None for iso in proj["adm1_iso"]]
    colors = [classes.color(v) for v in values]
    nodata = [v is None for v in values]

    fig = Figure(figsize=(width, height), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, 0.10, 0.78, 0.76))
    ax.set_axis_off()
    ax.set_aspect("equal")
    for geom, col, nd in zip(proj.geometry, colors, nodata):
        gpd.GeoSeries([geom]).plot(
            ax=ax, color=col, edgecolor="#555555", linewidth=0.6, linestyle="--" if nd else "-", hatch="///" if nd else None
        )

    # labels: regions at an interior point, the three cities as dots with names beside
    cities = {name: (lat, lon) for name, lat, lon in payload.get("cities", [])}
    for iso, geom, val in zip(proj["adm1_iso"], proj.geometry, values):
        u = by_iso.get(iso)
        if u is None or geom is None or geom.is_empty:
            continue
        text = u["name"] if _short(u["name"]) in cities else _short(u["name"])
        vtxt = _value(val, spec["integer"])
        if iso in CITY_UNITS:
            continue
        p = geom.representative_point()
        ax.annotate(f"{text}\n{vtxt}", (p.x, p.y), ha="center", va="center", fontsize=7.2, color="#111111",
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.65))
    city_pts = gpd.GeoSeries([Point(lon, lat) for lat, lon in cities.values()], crs="EPSG:4326").to_crs(CRS_KZ)
    offsets = {"Astana": (8, 6), "Almaty": (8, -10), "Shymkent": (-8, -12)}
    for (name, _), pt in zip(cities.items(), city_pts):
        u = next((x for x in units if x["name"] == name), None)
        val = u["v"][key] if u else None
        ax.plot([pt.x], [pt.y], marker="o", markersize=8, markerfacecolor=classes.color(val) if u else "#111111",
                markeredgecolor="#111111", markeredgewidth=1.2, linestyle="none", zorder=5)
        vtxt = "" if u is None else " " + _value(val, spec["integer"])
        dx, dy = offsets.get(name, (8, 4))
        ax.annotate(f"{name}{vtxt}", (pt.x, pt.y), xytext=(dx, dy), textcoords="offset points", fontsize=7.6,
                    fontweight="bold", ha="left" if dx > 0 else "right", va="center", zorder=6,
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.75))

    # legend
    handles = [Patch(facecolor=col, edgecolor="#555555", label=lab) for col, lab in reversed(list(zip(classes.colors, classes.labels)))]
    handles.append(Patch(facecolor=classes.zero_color, edgecolor="#555555", label="0 (none reported)"))
    if any(nodata):
        handles.append(Patch(facecolor=classes.nodata_color, edgecolor="#555555", hatch="///", linestyle="--", label="no data"))
    handles.append(Line2D([], [], marker="o", color="none", markerfacecolor="#cccccc", markeredgecolor="#111111", markersize=7, label="city (same colours)"))
    fig.legend(handles=handles, title=spec["label"], loc="upper left", bbox_to_anchor=(0.795, 0.84), frameon=True,
               fontsize=8.5, title_fontsize=9.5, alignment="left")

    fig.text(0.012, 0.97, payload["title"], fontsize=15, fontweight="bold", va="top", ha="left")
    fig.text(0.012, 0.912, payload["subtitle"], fontsize=9, color="#333333", va="top", ha="left")

    un = payload.get("unattributed") or []
    if un:
        items = [f"{u[0]}: {u[1]}" + (f" ({u[3]}, {u[4]})" if u[4] else f" ({u[3]})") for u in un[:6]]
        more = f"; and {len(un) - 6} more" if len(un) > 6 else ""
        note = "Not tied to one region: " + "; ".join(items) + more
        fig.text(0.012, 0.07, "\n".join(textwrap.wrap(note, 150)[:2]), fontsize=8, color="#333333", va="top", ha="left")
    fig.text(0.99, 0.012, payload["attribution"], fontsize=7.5, color="#555555", ha="right", va="bottom")

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()
