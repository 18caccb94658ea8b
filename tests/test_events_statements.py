"""A speech verb followed by a new clause, and targets named before a passive verb."""

from __future__ import annotations

from geomap import adm1
from geomap.documents import Document
from geomap.events import detect


def mention(text, surface, kind, place=None, unit=None):
    pos = text.index(surface)
    return {"start": pos, "end": pos + len(surface), "text": surface, "kind": kind, "place": place or surface,
            "adm1": unit, "adm1_iso": adm1.BY_NAME[unit].iso if unit else None, "lat": None, "lon": None,
            "count": None, "unit": None, "confidence": 1.0}


def run(text, mentions, date="2022-01-11"):
    return detect(Document(id="t", text=text, date=date, lang="en"), mentions)


def test_said_and_in_a_place_starts_a_new_clause():
    text = ("Checkpoints were seized in 9 regions, he said, and in Almata alone seven weapons stores "
            "were seized on 5 January.")
    ms = [mention(text, "9 regions", "quantified"), mention(text, "Almata", "city", "Almaty", "Almaty")]
    ms[0].update(count=9, unit="region")
    recs = run(text, ms)
    placed = [r for r in recs if r["adm1"]]
    # seven stores listed by number: seven seizures in Almaty on 5 January
    assert [(r["adm1"], r["type"], r["date"]) for r in placed] == [("Almaty", "seizure", "2022-01-05")] * 7
    assert [(r["scope"], r["count"]) for r in recs if r["scope"]] == [("9 regions", 9)]


def test_the_place_where_something_was_said_is_still_not_an_incident_place():
    text = "Protesters rallied in Zhanaozen on Monday, the governor said in Aktau."
    ms = [mention(text, "Zhanaozen", "city", unit="Mangystau Region"),
          mention(text, "Aktau", "city", unit="Mangystau Region")]
    recs = run(text, ms)
    assert [r["place"] for r in recs] == ["Zhanaozen"]


def test_targets_named_before_a_passive_verb_count_separately():
    text = "Two banks were attacked in Taraz on 6 January."
    recs = run(text, [mention(text, "Taraz", "city", unit="Jambyl Region")])
    assert [(r["place"], r["type"]) for r in recs] == [("Taraz", "attack")] * 2


def test_one_target_before_a_passive_verb_is_one_event():
    text = "A bank was attacked in Taraz on 6 January."
    recs = run(text, [mention(text, "Taraz", "city", unit="Jambyl Region")])
    assert [(r["place"], r["type"]) for r in recs] == [("Taraz", "attack")]
