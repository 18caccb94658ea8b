"""The static PNG map (matplotlib)."""

from __future__ import annotations

import struct

import pytest

from conftest import frame, sample_records


def _chunks(data: bytes):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        yield kind, data[pos + 8 : pos + 8 + n]
        pos += 12 + n


@pytest.fixture(scope="module")
def sample_map():
    from geomap.mapview import choropleth

    return choropleth(frame(sample_records()), title="Sample incidents")


def test_png_is_written_atomically_with_fixed_size_and_no_metadata(sample_map, tmp_path):
    out = tmp_path / "map.png"
    sample_map.to_png(out)
    data = out.read_bytes()
    kinds = [k for k, _ in _chunks(data)]
    ihdr = next(c for k, c in _chunks(data) if k == b"IHDR")
    assert struct.unpack(">II", ihdr[:8]) == (1560, 858)
    texts = b"".join(c for k, c in _chunks(data) if k in (b"tEXt", b"iTXt", b"zTXt"))
    assert b"Software" not in texts and b"matplotlib" not in texts.lower()
    assert b"tIME" not in kinds
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_png_is_deterministic(sample_map, tmp_path):
    from geomap.mapview import choropleth

    a, b = tmp_path / "a.png", tmp_path / "b.png"
    sample_map.to_png(a)
    choropleth(frame(sample_records()), title="Sample incidents").to_png(b)
    assert a.read_bytes() == b.read_bytes()


def test_png_uses_the_class_colours(sample_map, tmp_path):
    out = tmp_path / "map.png"
    sample_map.to_png(out)
    from PIL import Image  # matplotlib's own image dependency

    with Image.open(out) as img:
        colours = {bytes(c[1][:3]) for c in img.convert("RGBA").getcolors(maxcolors=1 << 20)}
    classes = next(m for m in sample_map.payload["metrics"] if m["key"] == "incidents")["classes"]
    for hexcol in classes["colors"] + [classes["zero"]]:
        rgb = bytes.fromhex(hexcol[1:])
        assert rgb in colours, hexcol


def test_png_metric_changes_the_picture(sample_map, tmp_path):
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    sample_map.to_png(a)
    sample_map.to_png(b, metric="killed")
    assert a.read_bytes() != b.read_bytes()
    with pytest.raises(ValueError):
        sample_map.to_png(tmp_path / "c.png", metric="nope")
    assert not (tmp_path / "c.png").exists()
