"""incidents_frame streams through the engine; to_frame has one set of column types."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from geomap.events import COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, empty_frame, incidents_frame, to_frame

TEXTS = [
    "Protesters rallied in Almaty on 5 January. Police detained 40 people.",
    "A fire broke out at a warehouse in Taraz; two people died.",
    "Nothing happened anywhere today.",
    "Clashes erupted in Zhanaozen on 16 December 2011, killing 14 people.",
    "Checkpoints were seized in 9 regions, officials said.",
]


def expected_dtype(col):
    if col in INT_COLUMNS:
        return pd.Int64Dtype()
    if col in FLOAT_COLUMNS:
        return "float64"
    return object


def assert_types(df):
    assert list(df.columns) == list(COLUMNS)
    for col in COLUMNS:
        assert df[col].dtype == expected_dtype(col), col
    for col in COLUMNS:
        if col not in INT_COLUMNS and col not in FLOAT_COLUMNS:
            assert all(v is None or isinstance(v, str) for v in df[col]), col


def docs():
    return [{"id": f"n{i}", "text": t, "date": "2022-01-10"} for i, t in enumerate(TEXTS)]


def test_empty_and_full_frames_have_the_same_types():
    full = incidents_frame(docs())
    assert len(full) >= 4
    assert_types(full)
    assert_types(empty_frame())
    assert full.dtypes.equals(empty_frame().dtypes)


def test_columns_missing_everywhere_keep_their_types():
    rec = {"doc": "x", "adm1": None, "adm1_iso": None, "place": None, "type": "protest", "date": "2022-01-05",
           "start": 0, "end": 10, "evidence": "a rally", "count": None, "killed": None, "lat": None}
    df = to_frame([rec, dict(rec, doc="y", killed=3.0, lat=43.2, confidence=0.8)])
    assert_types(df)
    assert df["adm1"].tolist() == [None, None]  # not NaN
    assert df["scope"].tolist() == [None, None]
    assert df["killed"].tolist()[1] == 3 and df["killed"].isna().tolist() == [True, False]
    assert df["lat"].isna().tolist() == [True, False]
    assert df["confidence"].tolist()[1] == 0.8


def test_frame_keeps_input_order_with_workers():
    many = [{"id": f"m{i:03d}", "text": TEXTS[i % len(TEXTS)], "date": "2022-01-10"} for i in range(100)]
    serial = incidents_frame(many, jobs=1)
    parallel = incidents_frame(iter(many), jobs=2)  # enough documents for worker processes
    pd.testing.assert_frame_equal(serial, parallel)
    ids = serial["doc"].tolist()
    assert ids == sorted(ids)
    assert len(set(ids)) == 80  # every document but the uneventful ones


def test_frame_from_a_generator_and_a_path(tmp_path):
    gen = (d for d in docs())
    from_gen = incidents_frame(gen)
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs()), encoding="utf-8")
    from_path = incidents_frame(str(path))
    pd.testing.assert_frame_equal(from_gen, from_path)


def test_records_equal_the_engine_task():
    from geomap.documents import Document
    from geomap.engine import incidents_task

    df = incidents_frame(docs())
    records = [r for d in docs() for r in incidents_task(Document.coerce(d))]
    pd.testing.assert_frame_equal(df, to_frame(records))
    assert len(df) == len(records)


@pytest.mark.parametrize("bad", [{"id": "z"}])
def test_a_document_without_text_is_an_error(bad):
    with pytest.raises(ValueError):
        incidents_frame([bad])


def test_an_unknown_option_is_refused_at_the_call_not_per_document():
    import geomap

    with pytest.raises(TypeError, match="lang"):
        geomap.incidents("Protesters gathered in Almaty.", lang="en")
