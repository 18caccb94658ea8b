"""The opt-in network step (``--online``): place mentions the gazetteer found but could not put on the map.

Offline, a few mentions come out without coordinates: a village known only from the text
("Karakystak village in Ryskulov district": its unit comes from the district), a street, a
plant or a square the gazetteer has no point for. With ``--online`` each such name is looked
up on Nominatim (through :class:`geomap.OfflineGeocoder`'s rate-limited, cached fallback,
restricted to Kazakhstan) and the point it returns is placed in the boundary pack on the
document's date. A mention that already has a unit keeps it: the point is used only if it
lies in that unit (otherwise it is another place of the same name). A mention without a
unit gets the unit of the point.

Answers for lines and areas that cross regions (rivers, lakes, ranges, roads) are not used:
such a feature has no single unit. Every filled mention says so with ``"geocoder":
"nominatim"`` and a confidence of at most 0.6. Nothing here runs unless asked for.
"""

from __future__ import annotations

import sys

from geopy.exc import GeopyError

from .documents import Document

_KINDS = {"city", "village", "facility"}
_SPREAD = {"waterway", "natural", "highway", "route", "water", "mountain_range"}
_CONFIDENCE = 0.6

_geocoder = None
_warned = False


def geocoder():
    """One online geocoder per process, so its rate limit and cache hold for the whole run."""
    global _geocoder
    if _geocoder is None:
        from . import __version__
        from .geocoder import OfflineGeocoder

        _geocoder = OfflineGeocoder(online=True, user_agent=f"geomap/{__version__}")
    return _geocoder


def needs_lookup(mention: dict) -> bool:
    """True for a settlement or facility mention without coordinates."""
    return mention.get("kind") in _KINDS and mention.get("lat") is None and mention.get("lon") is None


def place_unplaced(mentions: list[dict], date=None, coder=None) -> int:
    """Fill ``lat``/``lon`` (and a missing ``adm1``/``adm1_iso``) of unplaced mentions from Nominatim.

    Returns how many mentions were filled. ``coder`` is an online
    :class:`geomap.OfflineGeocoder` (default: :func:`geocoder`).
    """
    todo = [m for m in mentions if needs_lookup(m)]
    if not todo:
        return 0
    from .boundaries import locate

    coder = coder or geocoder()
    filled = 0
    for m in todo:
        query = m.get("place") or m.get("text")
        if not query:
            continue
        try:
            loc = coder.geocode_online(query, country_codes="kz")
        except GeopyError as exc:  # server down, refused, rate limited: go on offline
            _warn_once(exc)
            return filled
        if loc is None:
            continue
        raw = loc.raw if isinstance(loc.raw, dict) else {}
        if raw.get("class") in _SPREAD or raw.get("type") in _SPREAD:
            continue  # a line or an area that may span units
        unit = locate(loc.longitude, loc.latitude, date)
        if unit is None or (m.get("adm1_iso") and m["adm1_iso"] != unit.iso):
            continue  # abroad, or a namesake outside the unit the text gives
        m["lat"], m["lon"] = round(loc.latitude, 5), round(loc.longitude, 5)
        m["adm1"], m["adm1_iso"] = unit.name, unit.iso
        m["confidence"] = min(float(m.get("confidence") or _CONFIDENCE), _CONFIDENCE)
        m["geocoder"] = "nominatim"
        filled += 1
    return filled


def _warn_once(exc) -> None:
    global _warned
    if not _warned:
        _warned = True
        sys.stderr.write(f"geomap: warning: Nominatim lookup failed ({type(exc).__name__}: {exc}); "
                         "the remaining places stay as the gazetteer has them\n")


def extract_task(doc: Document, as_of=None) -> list[dict]:
    """:func:`geomap.engine.extract_task` followed by the online lookup."""
    from . import engine

    mentions = engine.extract_task(doc, as_of=as_of)
    place_unplaced(mentions, doc.date or as_of)
    return mentions


def incidents_task(doc: Document, as_of=None) -> list[dict]:
    """:func:`geomap.engine.incidents_task` with the online lookup between extraction and detection."""
    from . import engine

    return engine.incidents_task(doc, as_of=as_of, mentions=extract_task(doc, as_of=as_of))


__all__ = ["place_unplaced", "needs_lookup", "geocoder", "extract_task", "incidents_task"]
