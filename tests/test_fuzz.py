"""Property tests: readers and extraction survive any input.

Bounded by default (fast). For a long run set GEOMAP_FUZZ_EXAMPLES, e.g.::

    GEOMAP_FUZZ_EXAMPLES=20000 python -m pytest -q tests/test_fuzz.py -p no:cacheprovider

(see docs/cli.md, "Fuzzing").
"""

from __future__ import annotations

import gzip
import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.documents import Document
from geomap.errors import InputError
from geomap.inputs import ReadStats, iter_documents

EXAMPLES = int(os.environ.get("GEOMAP_FUZZ_EXAMPLES", "0")) or None
FUZZ = settings(
    max_examples=EXAMPLES or 60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=EXAMPLES is None,  # the bounded run is reproducible
)

PLACES = ["Almaty", "Алматы", "Almata", "Astana", "Nur-Sultan", "Нур-Султан", "Shymkent", "Taldykorgan",
          "Талдыкорган", "Semey", "Семей", "Zhanaozen", "Жаңаөзен", "Aktobe", "Ақтөбе", "Karaganda",
          "Region", "область", "облысы", "9 regions", "в 9 регионах", "Kazakhstan", "Moscow", "Ankara"]
WORDS = ["protest", "clash", "fire", "flood", "killed", "detained", "митинг", "погибли", "задержаны",
         "in", "near", "the", "в", "на", "-", ",", ".", "\n", "\r\n", "\r", "«", "»", "(", ")", "12",
         "2022", "5 January", "5 января", "\u202e", "\x00", "🔥", "\t", "  ", "'", '"']
news_text = st.lists(st.one_of(st.sampled_from(PLACES), st.sampled_from(WORDS), st.text(max_size=12)),
                     max_size=60).map(" ".join)
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


def _have(mod):
    try:
        __import__(mod)
    except ImportError:
        return False
    return True


# ------------------------------------------------------------------ readers

@FUZZ
@given(data=st.binary(max_size=600), kind=st.sampled_from(["jsonl", "csv", "txt"]),
       gz=st.booleans())
def test_readers_never_crash(tmp_path_factory, data, kind, gz):
    folder = tmp_path_factory.mktemp("fz")
    path = folder / (f"in.{kind}" + (".gz" if gz else ""))
    path.write_bytes(gzip.compress(data, mtime=0) if gz else data)
    stats = ReadStats()
    errors = []
    try:
        docs = list(iter_documents([path], errors=errors, stats=stats))
    except InputError as exc:
        assert str(exc)
        return
    assert stats.read == stats.documents + stats.rejected == len(docs) + len(errors)
    for doc in docs:
        assert isinstance(doc.text, str) and isinstance(doc.id, str)
        doc.text.encode("utf-8")  # always valid Unicode (no lone surrogates)
        assert doc.date is None or len(doc.date) == 10


@FUZZ
@given(lines=st.lists(st.one_of(
    st.fixed_dictionaries({"id": st.one_of(st.none(), st.text(max_size=8), st.integers()),
                           "text": st.one_of(news_text, st.none(), st.integers()),
                           "date": st.one_of(dates, st.text(max_size=10))}).map(
        lambda d: __import__("json").dumps(d, ensure_ascii=False)),
    st.text(max_size=40).filter(lambda s: "\n" not in s)), max_size=15))
def test_jsonl_accounting(lines):
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    errors, stats = [], ReadStats()
    docs = list(iter_documents(["-"], errors=errors, stats=stats, stdin=io.BytesIO(data)))
    assert stats.read == len(docs) + len(errors)
    assert all(1 <= e.line <= len(lines) for e in errors)
    assert all(1 <= d.line <= len(lines) for d in docs)


# ------------------------------------------------------------------ extraction

needs_geoparse = pytest.mark.skipif(not _have("geomap.geoparse"), reason="geomap.geoparse not available")
needs_events = pytest.mark.skipif(not (_have("geomap.geoparse") and _have("geomap.events")),
                                  reason="geomap.events not available")


@needs_geoparse
@FUZZ
@given(text=news_text, date=dates)
def test_extract_never_raises_offsets_valid(text, date):
    from geomap.geoparse import extract_document

    doc = Document(id="f", text=text, date=date)
    mentions = extract_document(doc, as_of="2023-01-01")
    last = -1
    for m in mentions:
        assert 0 <= m["start"] < m["end"] <= len(text)
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["start"] >= last  # document order
        last = m["start"]
        assert m["doc"] == "f"


@needs_events
@FUZZ
@given(text=news_text, date=dates)
def test_incidents_reference_existing_mentions(text, date):
    from geomap.events import detect
    from geomap.geoparse import extract_document

    doc = Document(id="f", text=text, date=date)
    mentions = extract_document(doc, as_of="2023-01-01")
    spans = {(m["start"], m["end"]) for m in mentions}
    for inc in detect(doc, mentions=mentions, as_of="2023-01-01"):
        assert inc["doc"] == "f"
        assert 0 <= inc["start"] <= inc["end"] <= len(text)
        assert text[inc["start"]:inc["end"]] == inc["evidence"]
        if inc.get("mention_start") is not None:
            assert (inc["mention_start"], inc["mention_end"]) in spans


# ------------------------------------------------------------------ the command line, in process

jsonl_ish = st.lists(st.one_of(
    st.builds(lambda i, t, d: __import__("json").dumps({"id": i, "text": t, "date": d}, ensure_ascii=False),
              st.one_of(st.none(), st.text(max_size=6)), news_text, dates),
    st.text(max_size=30).filter(lambda s: "\n" not in s)), max_size=8).map(
    lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))


@needs_events
@FUZZ
@given(data=st.one_of(jsonl_ish, st.binary(max_size=300)), kind=st.sampled_from(["jsonl", "csv", "txt"]),
       command=st.sampled_from(["extract", "incidents"]))
def test_cli_never_tracebacks(tmp_path_factory, data, kind, command):
    import json
    import re

    from geomap.cli import main

    folder = tmp_path_factory.mktemp("cli")
    path = folder / f"in.{kind}"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    rc = main([command, str(path), "--jobs", "1"], stdout=out, stderr=err)
    assert rc in (0, 1, 3), err.getvalue()
    assert "Traceback" not in err.getvalue()
    if rc == 1:
        assert err.getvalue().startswith("geomap: error: ")
        return
    m = re.search(r"(\d+) documents read, (\d+) processed, (\d+) rejected; (\d+) records", err.getvalue())
    read, processed, rejected, written = map(int, m.groups())
    assert read == processed + rejected and (rc == 3) == (rejected > 0)
    records = [json.loads(line) for line in out.getvalue().split("\n") if line]
    assert len(records) == written
