"""Place -> ADM1 unit on a date, and the choice between homonymous gazetteer entries.

A Kazakh place carries its *atom* (the current unit holding it); the unit on any date is
``adm1.unit_for_atom(atom, date)``. Regions resolve with ``adm1.resolve_unit`` (a region
named in an older era maps onto the unit holding most of its land on that date).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date as _date, timedelta
from functools import lru_cache

from . import adm1
from .gazetteer import Place, load

BIG_CITY = 50_000
PROMINENT = 10_000  # people: a settlement this big is known beyond its district

#: Preference between kinds when a bare name fits several places.
KIND_RANK = {"country": 0, "facility": 1, "region": 3, "foreign": 4, "city": 5, "district": 6, "village": 7}


def unit_of(place: Place, date) -> adm1.Unit | None:
    """The ADM1 unit of a Kazakh place on ``date`` (None for foreign places, the country, natural features)."""
    day = date if type(date) is _date else adm1.to_date(date)
    pid = place.id
    if not pid:  # a place made up from the text (an unknown village): nothing to remember it by
        return _unit_of(place, day)
    table = unit_table(day)
    unit = table.get(pid, _MISSING)
    if unit is _MISSING:
        unit = table[pid] = _unit_of(place, day)
    return unit


def unit_table(day: _date) -> dict:
    """``{place id: unit}`` for ``day``, as far as :func:`unit_of` has worked it out (one table per
    era, shared by every day of it); a place not in it is looked up with :func:`unit_of`."""
    table = _DAY_TABLES.get(day)
    return table if table is not None else _table(day)


_MISSING = object()
_ERA_TABLES: dict = {}  # first day of an era -> {place id: unit}
_DAY_TABLES: dict = {}  # article date -> the table of its era


def _table(day: _date) -> dict:
    # the map is the same on every day of an era: one table per era serves every article date
    start = era(day)
    table = _ERA_TABLES.get(start)
    if table is None:
        table = _ERA_TABLES[start] = {}
    if len(_DAY_TABLES) >= 20_000:
        _DAY_TABLES.clear()
    _DAY_TABLES[day] = table
    return table


def _unit_of(place: Place, day: _date) -> adm1.Unit | None:
    kind = place.kind
    if kind == "country" or kind == "foreign":
        return None
    for first, last, iso in load().transfers.get(place.id, ()):
        if first <= day <= last:
            return adm1.UNITS[iso]  # land another unit held for a while (Kokshetau, 1997-1999)
    if kind == "region":
        # (a region abolished in 1997, named by its old name, is the unit holding its land)
        return _unit(place.id if place.atom == place.id or not place.atom else place.atom, True, day)
    if not place.atom:
        return None
    return _unit(place.atom, place.atom not in adm1.ATOMS, day)


def _unit(iso: str, as_unit: bool, day) -> adm1.Unit:
    return _unit_in_era(iso, as_unit, era(day) or day)


@lru_cache(maxsize=4096)
def _unit_in_era(iso: str, as_unit: bool, day) -> adm1.Unit:
    # ``day`` is the first day of an era (or any day before the first change): the map is the
    # same on every day of an era, so one entry per era serves thousands of article dates
    if as_unit:
        return adm1.resolve_unit(iso, day)
    return adm1.unit_for_atom(iso, day)


@lru_cache(maxsize=1)
def era_starts() -> list[_date]:
    """The days on which some unit version begins or ends: the map changes only there."""
    days = set()
    for spans in load().transfers.values():
        for first, last, _iso in spans:
            days.add(first)
            days.add(last + timedelta(days=1))
    for v in adm1.VERSIONS:
        if v.valid_from is not None:
            days.add(v.valid_from)
        if v.valid_to is not None:
            days.add(v.valid_to + timedelta(days=1))
    return sorted(days)


def era(day: _date) -> _date | None:
    """The first day of the era holding ``day`` (None before the first change)."""
    starts = era_starts()
    i = bisect_right(starts, day)
    return starts[i - 1] if i else None


def choose(places: list[Place], doc_atoms: set[str] | None = None, prefer: str | None = None) -> tuple[Place, float]:
    """The most plausible place among homonyms for a bare name, and a confidence."""
    if len(places) == 1:
        return places[0], 0.9
    doc_atoms = doc_atoms or set()
    # the answer depends only on the places, the preferred kind and which of the places lie in
    # units the document names: homonyms recur, so it is worked out once for each combination
    ids = tuple([p.id for p in places])
    if "" in ids:  # a place made up from the text: nothing to remember it by
        return _choose(places, doc_atoms, prefer)
    memo = (ids, prefer, tuple([p.atom in doc_atoms for p in places]) if doc_atoms else ())
    got = _CHOSEN.get(memo)
    if got is None:
        if len(_CHOSEN) >= 50_000:
            _CHOSEN.clear()
        got = _CHOSEN[memo] = _choose(places, doc_atoms, prefer)
    return got


_CHOSEN: dict = {}
_SETTLEMENTS = ("village", "city")


def _choose(places: list[Place], doc_atoms: set[str], prefer: str | None) -> tuple[Place, float]:
    uniq = {p.id: p for p in places}
    places = list(uniq.values())
    if len(places) == 1:
        return places[0], 0.9
    big_city = [p for p in places if p.kind == "city" and p.population >= BIG_CITY]

    def score(p: Place):
        rank = KIND_RANK.get(p.kind, 9)
        if p in big_city:
            rank = 2
        if prefer and p.kind == prefer:
            rank = -1
        elif prefer in _SETTLEMENTS and p.kind in _SETTLEMENTS:
            # "село X" / "the town of X": town and village status are often mixed up in
            # sources and texts, so the unit the document names decides between them first
            rank = -1
        # a town of some size counts as named by the document: a hamlet of the same name in a
        # unit the text names does not take the place of a town the news more likely means; of
        # two such towns, the one in a unit the text names wins
        named = bool(p.atom) and p.atom in doc_atoms
        if prefer == "city" and p in big_city:
            named = True  # "Ақмола қаласы", "the city of Aktau": a head noun for a city before a village
        prominent = p.population >= PROMINENT
        in_doc = 0 if named and prominent else 1 if named or prominent else 2
        return (rank, in_doc if p.kind in ("village", "city", "district") else 0, p.kind != prefer,
                -p.population, p.id)

    ranked = sorted(places, key=score)
    best = ranked[0]
    conf = 0.85
    second = ranked[1]
    if score(second)[:2] == score(best)[:2]:
        conf = 0.6
    return best, conf
