"""An offline geocoder over the shipped gazetteer with geopy's ``Geocoder`` interface.

``OfflineGeocoder().geocode("Almata")`` returns a ``geopy.location.Location`` for Almaty:
the query is looked up by exact (folded) name, then through the geoparser (inflected
forms, "X region"), then by guarded fuzzy matching against places of some size. ``raw``
holds ``place``, ``kind``, ``adm1``, ``adm1_iso``, ``place_id`` and ``population``.

Online fallback is off unless asked for (``online=True`` or ``fallback="nominatim"``): then
a query the gazetteer cannot answer goes to geopy's Nominatim, wrapped in geopy's
``RateLimiter`` (one request a second, one retry; a failure then raises geopy's error)
with an in-memory cache. ``nominatim_domain`` and ``nominatim_scheme`` point it at another
Nominatim server (e.g. ``"localhost:8080"`` and ``"http"`` for one you run yourself); the
environment variable ``GEOMAP_NOMINATIM_URL`` (``http://host:port``) does the same when
they are not given.
"""

from __future__ import annotations

import math
import os

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .gazetteer import Place, load
from .normalize import key
from .resolve import KIND_RANK, unit_of

_FUZZY_MIN_POP = 20_000


def _unit_point(unit) -> tuple[float, float]:
    """A point inside an ADM1 unit (its label point in the gazetteer); (0, 0) if unknown."""
    if unit is None:
        return 0.0, 0.0
    gaz = load()
    p = gaz.places.get(unit.iso)
    if p is None or p.lat is None:
        cities = [q for q in gaz.places.values() if q.kind == "city" and q.atom == unit.iso and q.lat is not None]
        p = max(cities, key=lambda q: q.population) if cities else None
    return (p.lat, p.lon) if p is not None and p.lat is not None else (0.0, 0.0)


class OfflineGeocoder(Geocoder):
    """Geocode Kazakh place names (any spelling the gazetteer knows) without a network."""

    def __init__(self, *, online: bool = False, fallback: str | None = None, user_agent: str | None = None,
                 timeout=DEFAULT_SENTINEL, min_delay_seconds: float = 1.0,
                 nominatim_domain: str | None = None, nominatim_scheme: str | None = None, **kwargs):
        super().__init__(timeout=timeout, user_agent=user_agent or "geomap-offline-geocoder", **kwargs)
        self.online = bool(online or fallback == "nominatim")
        if nominatim_domain is None and os.environ.get("GEOMAP_NOMINATIM_URL"):
            url = os.environ["GEOMAP_NOMINATIM_URL"].rstrip("/")
            nominatim_scheme, _, nominatim_domain = url.rpartition("://")
        self._nominatim = {k: v for k, v in (("domain", nominatim_domain), ("scheme", nominatim_scheme or None)) if v}
        self._user_agent_online = user_agent or "geomap (offline-first geocoder)"
        self._min_delay = min_delay_seconds
        self._online_geocode = None
        self._online_reverse = None
        self._cache: dict = {}

    # -------------------------------------------------------------- helpers
    def _location(self, place: Place, as_of=None) -> Location:
        unit = unit_of(place, as_of)
        if place.kind in ("country", "foreign"):
            unit = None
        parts = [place.name]
        if unit is not None and unit.name != place.name:
            parts.append(unit.name)
        if place.kind != "foreign":
            parts.append("Kazakhstan") if place.id != "c_KZ" else None
        raw = {
            "place": place.name, "kind": place.kind, "subkind": place.subkind or None, "place_id": place.id,
            "adm1": unit.name if unit else None, "adm1_iso": unit.iso if unit else None,
            "population": place.population, "atom": place.atom or None, "source": "gazetteer",
        }
        lat, lon = place.lat, place.lon
        if lat is None or lon is None:
            lat, lon = _unit_point(unit)
            raw["approximate"] = True
        return Location(", ".join(p for p in parts if p), Point(lat, lon), raw)

    def _candidates(self, query: str) -> list[Place]:
        gaz = load()
        k = key(query)
        names = gaz.by_form().get(k, [])
        places = [gaz.places[n.place_id] for n in names if n.place_id in gaz.places]
        if not places:
            from .geoparse import extract

            for m in extract(query, date=None):
                pid = m.get("place_id")
                if pid and pid in gaz.places and m["end"] - m["start"] >= len(query.strip()) * 0.6:
                    places.append(gaz.places[pid])
        if not places:
            places = self._fuzzy(k)
        seen, out = set(), []
        for p in sorted(places, key=lambda p: (KIND_RANK.get(p.kind, 9) if p.population < 50_000 else 2,
                                               -p.population, p.id)):
            if p.id not in seen:
                seen.add(p.id)
                out.append(p)
        return out

    def _fuzzy(self, k: str) -> list[Place]:
        from rapidfuzz import fuzz, process

        if len(k) < 4:
            return []
        gaz = load()
        choices = {}
        for form, names in gaz.by_form().items():
            for n in names:
                p = gaz.places.get(n.place_id)
                if p and (p.population >= _FUZZY_MIN_POP or p.kind in ("region", "country")) and "H" not in n.flags:
                    choices.setdefault(form, []).append(p)
        best = process.extract(k, list(choices), scorer=fuzz.ratio, limit=5, score_cutoff=80)
        out = []
        for form, score, _ in best:
            if form[:1] == k[:1]:
                out.extend(choices[form])
        return out

    # -------------------------------------------------------------- geopy API
    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, language=None, as_of=None,
                country_codes=None):
        """The gazetteer's answer for ``query``; with the online fallback on, Nominatim's
        (limited to ``country_codes`` if given) when the gazetteer has none."""
        if isinstance(query, dict):
            query = " ".join(str(v) for v in query.values())
        query = str(query or "").strip()
        places = self._candidates(query) if query else []
        if places:
            locs = [self._location(p, as_of) for p in places]
            return locs[0] if exactly_one else locs
        if self.online and query:
            return self._online("geocode", query, exactly_one=exactly_one, language=language,
                                country_codes=country_codes)
        return None

    def reverse(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, language=None, as_of=None):
        if isinstance(query, Point):
            lat, lon = query.latitude, query.longitude
        elif isinstance(query, str):
            lat, lon = (float(x) for x in query.split(","))
        else:
            lat, lon = float(query[0]), float(query[1])
        gaz = load()
        best = []
        coslat = math.cos(math.radians(lat))
        for p in gaz.places.values():
            if p.lat is None or p.kind not in ("city", "village"):
                continue
            d = (p.lat - lat) ** 2 + ((p.lon - lon) * coslat) ** 2
            best.append((d, -p.population, p.id, p))
        best.sort()
        if best and best[0][0] < 0.5 ** 2:
            locs = [self._location(b[3], as_of) for b in best[:5]]
            return locs[0] if exactly_one else locs
        if self.online:
            return self._online("reverse", f"{lat}, {lon}", exactly_one=exactly_one, language=language)
        return None

    def geocode_online(self, query: str, *, exactly_one=True, language=None, country_codes=None):
        """Nominatim's answer for ``query``, skipping the gazetteer (needs ``online=True``)."""
        if not self.online:
            raise RuntimeError("the online fallback is off: create the geocoder with online=True")
        return self._online("geocode", str(query).strip(), exactly_one=exactly_one, language=language,
                            country_codes=country_codes)

    def _online(self, what: str, query: str, exactly_one=True, language=None, country_codes=None):
        ck = (what, query, exactly_one, language, country_codes)
        if ck in self._cache:
            return self._cache[ck]
        if self._online_geocode is None:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim

            nom = Nominatim(user_agent=self._user_agent_online, **self._nominatim)
            # one retry after a short wait; a failure then reaches the caller as geopy's error
            limits = {"min_delay_seconds": self._min_delay, "max_retries": 1,
                      "error_wait_seconds": max(self._min_delay, 0.5), "swallow_exceptions": False}
            self._online_geocode = RateLimiter(nom.geocode, **limits)
            self._online_reverse = RateLimiter(nom.reverse, **limits)
        fn = self._online_geocode if what == "geocode" else self._online_reverse
        kwargs = {"exactly_one": exactly_one}
        if language:
            kwargs["language"] = language
        if country_codes and what == "geocode":
            kwargs["country_codes"] = country_codes
        res = fn(query, **kwargs)
        self._cache[ck] = res
        return res


__all__ = ["OfflineGeocoder"]
