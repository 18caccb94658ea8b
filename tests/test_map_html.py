"""The HTML map: classes, safe embedding, self-contained and deterministic pages, Jupyter display."""

from __future__ import annotations

import html
import json
import math
import os
import re

import pytest

from conftest import HOSTILE, corpus_documents, frame, sample_records
from geomap import adm1
from geomap.classify import NODATA_COLOR, ZERO_COLOR, classify
from geomap.render_html import encode_geometry, script_json, safe_url

# ------------------------------------------------------------------ classes


def test_zero_and_nodata_are_their_own_classes():
    c = classify([0, 0, 1, 3, float("nan")])
    assert c.index(0) == -1 and c.color(0) == ZERO_COLOR
    assert c.index(float("nan")) is None and c.color(None) == NODATA_COLOR
    assert ZERO_COLOR != NODATA_COLOR
    assert c.color(1) != c.color(3) and ZERO_COLOR not in c.colors


def test_few_distinct_counts_get_one_class_each():
    c = classify([0, 1, 2, 2, 5])
    assert c.breaks == [1.0, 2.0, 5.0]
    assert c.labels == ["1", "2", "3–5"]
    assert [c.index(v) for v in (1, 2, 4, 5)] == [0, 1, 2, 2]


def test_many_values_use_natural_breaks_with_k_classes():
    values = [0, 1, 1, 2, 3, 8, 9, 10, 30, 31, 80]
    c = classify(values, k=4)
    assert len(c.breaks) == 4 and c.breaks[-1] == 80
    assert c.breaks == sorted(c.breaks)
    assert c.index(1) == 0 and c.index(80) == 3
    # every positive value is in some class and the classes are ordered
    assert [c.index(v) for v in sorted(values) if v > 0] == sorted(c.index(v) for v in values if v > 0)


def test_fractional_values_get_decimal_labels():
    c = classify([None, 0.0, 0.5, 1.25, 7.5, 2.0, 3.3, 9.1], integer=False)
    assert not c.integer and all("." in label for label in c.labels)


def test_all_zero_gives_no_positive_class():
    c = classify([0, 0, 0])
    assert c.breaks == [] and c.color(0) == ZERO_COLOR


# ------------------------------------------------------------------ escaping and encoding


def test_script_json_cannot_close_the_script_or_break_lines():
    text = script_json({"a": "</script><!-- & \u2028 \u2029 >"})
    for bad in ("</", "<!--", "&", ">", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028 \u2029 >"}


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://example.org/a?b=1", True),
        ("http://x.kz/b", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/x", False),
        ('https://a.example/"><script>', False),
        (None, False),
        (42, False),
    ],
)
def test_only_http_urls_become_links(url, ok):
    assert (safe_url(url) is not None) is ok


def test_geometry_encoding_round_trips_to_the_grid():
    from geomap.boundaries import regions

    g = regions("2023-01-01").iloc[0].geometry
    enc = encode_geometry(g, 10_000)
    decoded = []
    for poly in enc:
        for ring in poly:
            x = y = 0
            for i in range(0, len(ring), 2):
                x += ring[i]
                y += ring[i + 1]
                decoded.append((x / 1e4, y / 1e4))
    import shapely

    coords = shapely.get_coordinates(g)
    assert len(decoded) <= len(coords)
    # every decoded vertex is within half a grid step of an original vertex
    orig = {(round(x, 4), round(y, 4)) for x, y in coords}
    assert all((round(x, 4), round(y, 4)) in orig for x, y in decoded)


# ------------------------------------------------------------------ pages from incident tables


@pytest.fixture(scope="module")
def sample_map():
    from geomap.mapview import choropleth

    return choropleth(frame(sample_records()), title="Sample incidents")


def _script_refs(page: str) -> list[str]:
    refs = re.findall(r"<script[^>]*\ssrc\s*=\s*[\"']?([^\"'\s>]+)", page, flags=re.I)
    refs += re.findall(r"<link[^>]*\shref\s*=\s*[\"']?([^\"'\s>]+)", page, flags=re.I)
    return refs


def test_default_page_is_self_contained(sample_map):
    page = sample_map.html
    refs = _script_refs(page)
    assert not [r for r in refs if re.match(r"(?i)(https?:)?//", r)], refs
    assert "cdn.jsdelivr" not in page and "jquery" not in page.lower() and "bootstrap" not in page.lower()
    assert "leaflet-pane" in page  # leaflet.css inline
    assert 'window.L=' in page or "window.L =" in page  # leaflet.js inline
    assert '<html lang="en">' in page
    assert "<title>Sample incidents</title>" in page
    assert "tile.openstreetmap" not in page


def test_cdn_page_links_leaflet_instead(sample_frame):
    from geomap.mapview import choropleth

    page = choropleth(sample_frame, cdn=True).html
    refs = _script_refs(page)
    assert any(r.startswith("https://") and r.endswith("leaflet.js") for r in refs)
    assert any(r.endswith("leaflet.css") for r in refs)
    assert len(page) < 150_000


def _data(page: str) -> dict:
    m = re.search(r"var D = (\{.*?\}), MAP = ", page, flags=re.S)
    assert m, "page data not found"
    return json.loads(m.group(1))


def test_one_geojson_layer_with_every_metric(sample_map):
    page = sample_map.html
    script = page.split("</script>", 1)[1]  # everything after the inlined leaflet.js
    assert script.count("L.geoJSON(") == 1
    data = _data(page)
    assert [u["iso"] for u in data["units"]] == sorted(u.iso for u in adm1.units_on("2023-01-17"))
    keys = {m["key"] for m in data["metrics"]}
    assert {"incidents", "documents", "killed", "detained", "per_100k"} <= keys
    for u in data["units"]:
        assert set(u["v"]) == keys
        assert u["g"], u["iso"]


def test_values_match_the_aggregate_table(sample_map):
    data = _data(sample_map.html)
    table = sample_map.table.set_index("adm1_iso")
    for u in data["units"]:
        for key in ("incidents", "documents", "killed", "detained"):
            assert u["v"][key] == int(table.loc[u["iso"], key]), (u["iso"], key)
    by = {u["iso"]: u for u in data["units"]}
    assert by["KZ-75"]["v"]["incidents"] == 2 and by["KZ-75"]["v"]["killed"] == 3
    assert by["KZ-10"]["v"]["incidents"] == 0


def test_evidence_popups_time_steps_and_unattributed(sample_map):
    data = _data(sample_map.html)
    almaty = next(u for u in data["units"] if u["iso"] == "KZ-75")
    assert almaty["ev"][0][1] == "a1" and almaty["ev"][0][2] == "https://example.org/news/1"
    assert almaty["ev"][0][5] == "Gunmen in Almaty" and almaty["ev"][0][4].startswith("Gunmen seized")
    assert almaty["ru"] == "Алматы" and almaty["types"] == {"protest": 1, "seizure": 1}
    kar = next(u for u in data["units"] if u["iso"] == "KZ-35")
    assert kar["ev"][0][2] is None  # javascript: URL is not a link
    assert data["steps"] == ["2023-01-02", "2023-01-04", "2023-01-05", "2023-01-16"]
    assert len(data["events"]) == 4
    assert data["unattributed"][0][0] == "9 regions" and data["unattributed"][0][2] == 9
    assert set(data["markers"]) == {"protest", "seizure", "explosion"}
    assert "4 incidents in regions, 1 not tied to one region" in data["subtitle"]


def test_same_input_gives_identical_html(sample_frame):
    from geomap.mapview import choropleth

    a = choropleth(sample_frame, title="T").html
    b = choropleth(frame(sample_records()), title="T").html
    assert a == b
    assert not re.search(r"_[0-9a-f]{32}\b", a)  # no random folium ids


def test_hostile_input_is_escaped(hostile_frame, sample_map):
    from geomap.mapview import choropleth

    page = choropleth(hostile_frame, title=HOSTILE).html
    assert "<img src=x" not in page
    # the page has exactly the script elements a benign page has
    assert page.lower().count("<script") == sample_map.html.lower().count("<script")
    assert page.lower().count("</script") == sample_map.html.lower().count("</script")
    assert "window.__pwned=2</script>" not in page
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in page  # title, as text
    data = _data(page)
    urls = [e[2] for u in data["units"] for e in u["ev"] if e[2]]
    assert urls and not any(c in url for url in urls for c in "<>\"' ")
    assert any(HOSTILE in e[4] for u in data["units"] for e in u["ev"])  # kept verbatim, as data


def test_repr_html_is_an_escaped_srcdoc_iframe(sample_map):
    out = sample_map._repr_html_()
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" [^>]*></iframe>', out, flags=re.S)
    assert m, out[:200]
    assert html.unescape(m.group(1)) == sample_map.html
    assert "<script" not in m.group(1)


def test_save_is_atomic_and_complete(sample_map, tmp_path):
    out = tmp_path / "map.html"
    sample_map.save(out)
    assert out.read_text(encoding="utf-8") == sample_map.html
    assert os.listdir(tmp_path) == ["map.html"]
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    with pytest.raises(OSError):
        sample_map.save(tmp_path / "missing" / "map.html")
    assert os.listdir(tmp_path) == ["map.html"]


def test_unknown_metric_is_refused(sample_frame):
    from geomap.mapview import choropleth

    with pytest.raises(ValueError):
        choropleth(sample_frame, metric="temperature")


@pytest.mark.parametrize("as_of, n", [("2017-05-01", 16), ("2020-01-01", 17), ("2023-01-17", 20)])
def test_boundaries_follow_the_map_date(sample_frame, as_of, n):
    from geomap.mapview import choropleth

    m = choropleth(sample_frame, as_of=as_of)
    data = m.payload
    assert len(data["units"]) == n == len(m.table)
    assert data["as_of"] == as_of
    total = sum(u["v"]["incidents"] for u in data["units"])
    assert total == 4  # every located incident lands in some unit of that era


def test_no_time_slider_for_a_single_day():
    from geomap.mapview import choropleth

    recs = [r for r in sample_records() if r["date"] in ("2023-01-04", "2023-01-05")]
    for r in recs:
        r["date"] = "2023-01-05"
    data = choropleth(frame(recs)).payload
    assert data["steps"] == [] and data["events"] == []


# ------------------------------------------------------------------ from texts, end to end


@pytest.fixture(scope="module")
def corpus_map():
    from geomap.mapview import choropleth

    return choropleth(corpus_documents())


def test_corpus_map_counts_and_size(corpus_map):
    m = corpus_map
    data = m.payload
    assert data["as_of"] == max(d["date"] for d in corpus_documents())
    assert len(data["units"]) == 20
    assert sum(u["v"]["incidents"] for u in data["units"]) == int(m.table["incidents"].sum()) > 0
    assert "41 documents" in data["subtitle"]
    size = len(m.html.encode("utf-8"))
    assert size <= 300_000, size
    assert data["unattributed"], "the corpus has statements about unnamed regions"


def test_documents_as_texts_and_paths_agree(tmp_path):
    from geomap.mapview import choropleth

    docs = corpus_documents({"d000", "d020", "d022"})
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    a = choropleth(docs)
    b = choropleth(str(path))
    assert a.html == b.html
    assert math.isclose(a.table["incidents"].sum(), b.table["incidents"].sum())


def test_page_has_a_text_table_of_the_figures(sample_map):
    page = sample_map.html
    table = page[page.index('<details class="gm-data">') : page.index("</details>")]
    assert table.count('<th scope="row">') == 20
    assert '<th scope="row">Almaty</th><td>2</td><td>1</td><td>3</td>' in table


def test_document_count_from_a_table_or_given(sample_frame):
    from geomap.mapview import choropleth

    assert "3 documents with incidents" in choropleth(sample_frame).payload["subtitle"]
    given = choropleth(sample_frame, n_documents=10, period=("2022-12-30", "2023-01-20")).payload
    assert given["subtitle"].startswith("10 documents · ")
    assert "2022-12-30 – 2023-01-20" in given["subtitle"]


def test_script_json_round_trips_any_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=200, deadline=None)
    @given(st.text())
    def check(text):
        out = script_json({"t": text, "k": [text]})
        assert not set("<>&\u2028\u2029") & set(out)
        assert json.loads(out) == {"t": text, "k": [text]}

    check()


def test_slider_events_add_up_to_the_table(sample_map):
    data = sample_map.payload
    per_unit = {}
    types = [t["key"] for t in data["types"]]
    for step, unit, killed, _injured, _detained, _doc, typ in data["events"]:
        assert types[typ] in data["units"][unit]["types"]
        assert 0 <= step < len(data["steps"])
        n, k = per_unit.get(unit, (0, 0))
        per_unit[unit] = (n + 1, k + killed)
    for i, u in enumerate(data["units"]):
        assert per_unit.get(i, (0, 0)) == (u["v"]["incidents"], u["v"]["killed"]), u["iso"]


def test_a_split_unit_named_in_an_older_report_is_flagged():
    from conftest import record

    from geomap.mapview import choropleth

    recs = [record(doc="old", adm1="Almaty Region", adm1_iso="KZ-19", place="Almaty Region", kind="region",
                   type="flood", date="2021-04-02", doc_date="2021-04-03", evidence="Floods hit Almaty Region.")]
    data = choropleth(frame(recs), as_of="2023-01-01").payload
    by = {u["iso"]: u for u in data["units"]}
    assert by["KZ-19"]["v"]["incidents"] == 1 and by["KZ-19"]["flag"]
    assert by["KZ-33"]["v"]["incidents"] == 0 and by["KZ-33"]["flag"] is None
    # on the boundaries of its own date nothing needs a flag
    data = choropleth(frame(recs), as_of="2021-04-03").payload
    assert not any(u["flag"] for u in data["units"])


def test_tiles_are_opt_in(sample_frame):
    from geomap.mapview import choropleth

    assert "{z}/{x}/{y}" not in choropleth(sample_frame).html
    page = choropleth(sample_frame, tiles="OpenStreetMap").html
    assert "tile.openstreetmap.org/{z}/{x}/{y}" in page


def test_unknown_population_is_no_data_not_zero(sample_frame):
    from geomap.mapview import choropleth

    m = choropleth(sample_frame)
    m.table.loc[m.table["adm1_iso"] == "KZ-75", ["population", "per_100k"]] = None
    by = {u["iso"]: u for u in m.payload["units"]}
    assert by["KZ-75"]["v"]["per_100k"] is None and by["KZ-75"]["pop"] is None
    assert by["KZ-75"]["v"]["incidents"] == 2  # the counts are still known
    assert by["KZ-47"]["v"]["per_100k"] > 0 and by["KZ-10"]["v"]["per_100k"] == 0
