"""Shared helpers for the incident-rule tests: mention records placed by hand, the units of
the records :func:`geomap.events.detect` gives for a text, the records for a text geoparsed for
real, and the event types of a sentence."""

from __future__ import annotations

from geomap import adm1, geoparse
from geomap.documents import Document
from geomap.events import detect
from geomap.triggers import find_triggers


def mention(text, surface, kind, unit=None, place=None, nth=0, count=None):
    """The mention record of the ``nth`` occurrence of ``surface`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(surface, pos + 1)
    return {"start": pos, "end": pos + len(surface), "text": surface, "kind": kind, "place": place or surface,
            "adm1": unit, "adm1_iso": adm1.BY_NAME[unit].iso if unit else None, "lat": None, "lon": None,
            "count": count, "unit": None, "confidence": 1.0}


def detect_in(text, mentions, date, lang="en"):
    return detect(Document(id="t", text=text, date=date, lang=lang), mentions)


def units(recs):
    return sorted((r["adm1"], r["type"]) for r in recs if r["adm1"])


def detect_parsed(text, lang, date):
    """The incident records of ``text`` with its mentions found by the geoparser."""
    return detect(text, geoparse.extract(text, date=date, lang=lang), date)


def types(sentence):
    """The event types of the trigger words of ``sentence``."""
    return [h.type for h in find_triggers(sentence)]
