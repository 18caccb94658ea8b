"""The shipped gazetteer: places and their surface forms (built by data/build_gazetteer.py).

``load()`` reads ``geomap/data/gazetteer.tsv.gz`` once and returns a :class:`Gazetteer`
with ``places`` (id -> :class:`Place`) and ``names`` (:class:`Name` records).
"""

from __future__ import annotations

import gc
import gzip
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str  # city region district village facility country foreign
    subkind: str
    lat: float | None
    lon: float | None
    atom: str  # ISO of the current ADM1 unit holding it ("" if none)
    population: int


class Name(NamedTuple):  # (a named tuple: forty thousand are made at start-up, at a third of a dataclass's cost)
    form: str
    place_id: str
    lang: str
    flags: str  # H head noun required, C context required, A Russian adjective, U capitals only,
    # S two-letter name (set by the matcher: title case and a place cue, head noun or list required)


class Gazetteer:
    def __init__(self, places: dict[str, Place], names: list[Name], transfers: dict | None = None):
        self.places = places
        self.names = names
        # place id -> ((first day, last day, ISO), ...): a unit other than its atom's held it then
        self.transfers: dict[str, tuple] = transfers or {}
        self._by_form: dict[str, list[Name]] | None = None

    def forms_of(self, place_id: str) -> list[Name]:
        return [n for n in self.names if n.place_id == place_id]

    def by_form(self) -> dict[str, list[Name]]:
        if self._by_form is None:
            from .normalize import key

            # tens of thousands of new lists: the cyclic collector would walk the whole heap
            # several times meanwhile (ten times the time of the loop itself)
            was = gc.isenabled()
            gc.disable()
            try:
                d: dict[str, list[Name]] = {}
                for n in self.names:
                    d.setdefault(key(n.form), []).append(n)
                self._by_form = d
            finally:
                if was:
                    gc.enable()
        return self._by_form


def _float(s: str) -> float | None:
    return float(s) if s else None


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    was = gc.isenabled()
    gc.disable()  # many small records: no point in collecting cycles while they are read
    try:
        return _load()
    finally:
        if was:
            gc.enable()


def _load() -> Gazetteer:
    raw = resources.files("geomap").joinpath("data/gazetteer.tsv.gz").read_bytes()
    places: dict[str, Place] = {}
    names: list[Name] = []
    transfers: dict[str, tuple] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        f = line.split("\t")
        if f[0] == "P":
            places[f[1]] = Place(f[1], f[2], f[3], f[4], _float(f[5]), _float(f[6]), f[7], int(f[8] or 0))
        elif f[0] == "N":
            names.append(Name(f[1], f[2], f[3], f[4]))
        elif f[0] == "T":
            span = (date.fromisoformat(f[3]), date.fromisoformat(f[4]), f[2])
            transfers[f[1]] = transfers.get(f[1], ()) + (span,)
    return Gazetteer(places, names, transfers)
