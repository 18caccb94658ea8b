"""Incident detection on one very long sentence: it finishes and the records make sense.

Such input (a scraped list, a table flattened into one line) once took time
growing with the square of its length; these tests have no timing assert, they
only need to finish within a normal test run.
"""

from __future__ import annotations

import collections

from geomap import extract
from geomap.documents import Document
from geomap.events import detect


def _run(text, date="2022-02-01"):
    doc = Document(id="long", text=text, date=date)
    return detect(doc, mentions=extract(text, date=date))


def test_five_thousand_rallies_in_one_sentence():
    text = " ".join("on 5 January in Almaty protesters rallied," for _ in range(5000))
    records = _run(text)
    assert [(r["adm1"], r["type"], r["date"]) for r in records] == [("Almaty", "protest", "2022-01-05")]
    assert (records[0]["start"], records[0]["end"]) == (0, len(text))


def test_long_sentence_of_many_places_and_dates():
    cities = ["Almaty", "Taraz", "Aktobe", "Shymkent"]
    items = [f"on {i % 20 + 1} January in {cities[i % 4]} protesters rallied" for i in range(3000)]
    text = ", ".join(items) + "."
    records = _run(text)
    seen = collections.Counter((r["place"], r["date"]) for r in records)
    # one incident per place and date told, every one a protest on a January day
    expected = {(cities[i % 4], f"2022-01-{i % 20 + 1:02d}") for i in range(3000)}
    assert set(seen) == expected
    assert all(n == 1 for n in seen.values())
    assert {r["type"] for r in records} == {"protest"}


def test_long_sentence_of_clauses_with_figures():
    cities = ["Almaty", "Taraz", "Aktobe", "Shymkent"]
    text = "; ".join(f"on {i % 28 + 1} March in {cities[i % 4]} a fire broke out and 3 people died"
                     for i in range(2000)) + "."
    records = _run(text, date="2022-04-01")
    assert records
    assert {r["type"] for r in records} == {"fire"}
    assert {r["place"] for r in records} == set(cities)
    # one fire per town and day told (every town has each of its days many times)
    assert sorted((r["place"], r["date"]) for r in records) == sorted(
        {(cities[i % 4], f"2022-03-{i % 28 + 1:02d}") for i in range(2000)})
    assert records[0]["killed"] == 3
