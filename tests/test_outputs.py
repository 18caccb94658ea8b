"""Record writers and atomic output files."""

from __future__ import annotations

import csv
import io
import json
import math
import os

import pytest

from geomap.outputs import (
    MENTION_COLUMNS,
    CsvWriter,
    GeoJsonWriter,
    JsonlWriter,
    atomic_output,
    open_output,
)

RECORDS = [
    {"doc": "d1", "start": 0, "end": 6, "text": "Almaty", "kind": "city", "place": "Almaty",
     "adm1": "Almaty", "adm1_iso": "KZ-75", "lat": 43.25, "lon": 76.95, "count": None,
     "unit": None, "confidence": 0.9, "extra": ["x"]},
    {"doc": "d\u202e2", "start": 3, "end": 12, "text": "9 regions\r\n", "kind": "quantified",
     "place": "9 regions", "adm1": None, "adm1_iso": None, "lat": None, "lon": float("nan"),
     "count": 9, "unit": "region", "confidence": 0.5},
]


def test_jsonl_one_object_per_line_keys_in_order():
    buf = io.StringIO(newline="")
    w = JsonlWriter(buf)
    for r in RECORDS:
        w.write(r)
    lines = buf.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 3
    first = json.loads(lines[0])
    assert list(first) == list(RECORDS[0])
    assert "\u202e" in lines[1]  # ensure_ascii=False
    assert json.loads(lines[1])["lon"] is None  # NaN is not valid JSON: written as null
    assert w.count == 2


def test_csv_fixed_columns_round_trip():
    buf = io.StringIO(newline="")
    w = CsvWriter(buf, MENTION_COLUMNS)
    for r in RECORDS:
        w.write(r)
    rows = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert rows[0] == list(MENTION_COLUMNS)
    assert rows[2][MENTION_COLUMNS.index("text")] == "9 regions\r\n"  # CR LF kept inside quotes
    assert rows[2][MENTION_COLUMNS.index("adm1")] == ""
    assert rows[1][MENTION_COLUMNS.index("lat")] == "43.25"


def test_geojson_points_and_null_geometry():
    buf = io.StringIO(newline="")
    w = GeoJsonWriter(buf)
    for r in RECORDS:
        w.write(r)
    w.close()
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection"
    assert fc["features"][0]["geometry"] == {"type": "Point", "coordinates": [76.95, 43.25]}
    assert fc["features"][1]["geometry"] is None
    assert fc["features"][1]["properties"]["doc"] == "d\u202e2"


def test_geojson_empty_collection():
    buf = io.StringIO()
    w = GeoJsonWriter(buf)
    w.close()
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_atomic_output_replaces_on_success(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with atomic_output(target) as fh:
        fh.write("new\r\n")
        assert target.read_text() == "old\n"  # not visible before completion
    assert target.read_bytes() == b"new\r\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_atomic_output_keeps_old_file_on_failure(tmp_path, exc):
    target = tmp_path / "out.csv"
    target.write_text("precious\n")
    with pytest.raises(exc):
        with atomic_output(target) as fh:
            fh.write("half")
            raise exc()
    assert target.read_text() == "precious\n"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_atomic_output_keeps_permissions(tmp_path):
    target = tmp_path / "perm.txt"
    target.write_text("x")
    os.chmod(target, 0o640)
    with atomic_output(target) as fh:
        fh.write("y")
    assert os.stat(target).st_mode & 0o777 == 0o640


def test_open_output_stdout_is_utf8_without_translation():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", newline="\r\n")
    with open_output(None, stdout=stream) as fh:
        fh.write("Қ\n")
    assert raw.getvalue() == "Қ\n".encode("utf-8")
    assert math.isfinite(len(raw.getvalue()))


def test_geojson_nan_property_is_null():
    buf = io.StringIO()
    w = GeoJsonWriter(buf)
    w.write({"doc": "x", "lat": None, "lon": None, "confidence": float("nan")})
    w.close()
    assert "NaN" not in buf.getvalue()
    assert json.loads(buf.getvalue())["features"][0]["properties"]["confidence"] is None


def test_staged_outputs_all_or_nothing(tmp_path):
    from geomap.outputs import staged_outputs

    (tmp_path / "a.html").write_text("old a")
    with pytest.raises(RuntimeError):
        with staged_outputs() as stage:
            with open(stage(tmp_path / "a.html"), "w") as fh:
                fh.write("new a")
            with open(stage(tmp_path / "b.png"), "w") as fh:
                fh.write("new b")
            raise RuntimeError("the second step failed")
    assert sorted(os.listdir(tmp_path)) == ["a.html"]
    assert (tmp_path / "a.html").read_text() == "old a"
    with staged_outputs() as stage:
        first = stage(tmp_path / "a.html")
        assert first.endswith(os.sep + "a.html") and os.path.dirname(first) != str(tmp_path)
        with open(first, "w") as fh:
            fh.write("new a")
        with open(stage(tmp_path / "b.png"), "w") as fh:
            fh.write("new b")
        assert (tmp_path / "a.html").read_text() == "old a"
    assert sorted(os.listdir(tmp_path)) == ["a.html", "b.png"]
    assert (tmp_path / "a.html").read_text() == "new a"
    assert os.stat(tmp_path / "b.png").st_mode & 0o777 == 0o666 & ~_umask()


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_preformatted_blocks_give_the_same_bytes(fmt):
    from geomap.outputs import format_records, make_writer

    one = io.StringIO(newline="")
    w = make_writer(fmt, one, MENTION_COLUMNS)
    for r in RECORDS * 3:
        w.write(r)
    w.close()
    blocks = io.StringIO(newline="")
    w = make_writer(fmt, blocks, MENTION_COLUMNS)
    w.write_block(format_records(fmt, [], MENTION_COLUMNS), 0)  # a document without records
    w.write_block(format_records(fmt, RECORDS, MENTION_COLUMNS), 2)
    w.write_block(format_records(fmt, RECORDS * 2, MENTION_COLUMNS), 4)
    w.close()
    assert blocks.getvalue() == one.getvalue()
    assert w.count == 6


def test_jsonl_byte_blocks_on_a_file_keep_order_and_content(tmp_path):
    """Blocks given as UTF-8 bytes go to the file's binary buffer, interleaved correctly with
    records written one by one, and read back as the same records."""
    from geomap.outputs import atomic_output, format_records, make_writer

    target = tmp_path / "out.jsonl"
    with atomic_output(target) as fh:
        w = make_writer("jsonl", fh)
        w.write(RECORDS[0])
        w.write_block(format_records("jsonl", RECORDS, as_bytes=True), 2)
        w.write_block(format_records("jsonl", [], as_bytes=True), 0)
        w.write_block(format_records("jsonl", RECORDS[:1]), 1)  # text blocks still work
        w.close()
    lines = target.read_bytes().decode("utf-8").splitlines()
    got = [json.loads(line) for line in lines]
    want = [json.loads(json.dumps(r, allow_nan=True).replace("NaN", "null")) for r in [RECORDS[0], *RECORDS, RECORDS[0]]]
    assert got == want
    assert w.count == 4
    # the same blocks on a text stream without a buffer (StringIO) give the same text
    buf = io.StringIO(newline="")
    w = make_writer("jsonl", buf)
    w.write(RECORDS[0])
    w.write_block(format_records("jsonl", RECORDS, as_bytes=True), 2)
    w.write_block(format_records("jsonl", RECORDS[:1]), 1)
    assert buf.getvalue() == "\n".join(lines) + "\n"
