"""Writing records: atomic files, JSONL, CSV and GeoJSON writers.

Every output file is written to a temporary file in the same folder and renamed
over the target only when the whole output is complete (:func:`atomic_output`).
If anything fails, including Ctrl-C, the temporary file is removed and an
existing file at the target is left as it was.

Writers take records (dicts) one at a time, so output streams too.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import sys
import tempfile
from typing import IO, Iterator, Sequence

import orjson

__all__ = [
    "atomic_output",
    "staged_outputs",
    "open_output",
    "JsonlWriter",
    "CsvWriter",
    "GeoJsonWriter",
    "make_writer",
    "format_records",
    "MENTION_COLUMNS",
    "INCIDENT_COLUMNS",
]

#: CSV columns of ``geomap extract`` (the contract's fields, in order).
MENTION_COLUMNS = (
    "doc", "start", "end", "text", "kind", "place", "adm1", "adm1_iso",
    "lat", "lon", "count", "unit", "confidence",
)
#: CSV columns of ``geomap incidents`` (the contract's fields, then the documented extras).
INCIDENT_COLUMNS = (
    "doc", "adm1", "adm1_iso", "place", "type", "date", "start", "end", "evidence",
    "scope", "count", "killed", "injured", "detained",
    "kind", "lat", "lon", "mention_start", "mention_end", "doc_date", "url", "title", "confidence",
)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path, mode: str = "w", encoding: str = "utf-8", newline: str = "") -> Iterator[IO]:
    """Open a temporary file next to ``path``; rename it to ``path`` on success.

    ``mode`` is "w" (text, no newline translation by default) or "wb".
    On any exception (or KeyboardInterrupt) the temporary file is deleted and
    the exception propagates; ``path`` is untouched.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    base = os.path.basename(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=folder)
    try:
        if "b" in mode:
            fh = os.fdopen(fd, mode)
        else:
            fh = os.fdopen(fd, mode, encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        _remove(tmp)
        raise
    try:
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode_bits = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o666 & ~_umask()
            os.chmod(tmp, mode_bits)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


@contextlib.contextmanager
def staged_outputs() -> Iterator:
    """Write several files, then put them all in place at once.

    Yields ``stage(path) -> temporary path``: give the temporary path (same
    name, inside a hidden folder next to ``path``) to any writer, including
    ones that pick the format from the extension. When the block succeeds,
    every staged file is renamed over its target; on any failure none is, and
    the hidden folders are removed.
    """
    import shutil

    folders: dict[str, str] = {}
    staged: list[tuple[str, str]] = []

    def stage(path) -> str:
        path = os.path.abspath(os.fspath(path))
        folder = os.path.dirname(path)
        if folder not in folders:
            folders[folder] = tempfile.mkdtemp(prefix=".geomap-", suffix=".tmp", dir=folder)
        tmp = os.path.join(folders[folder], os.path.basename(path))
        staged.append((tmp, path))
        return tmp

    try:
        yield stage
        mask = _umask()
        for tmp, path in staged:
            if not os.path.exists(tmp):
                raise FileNotFoundError(f"nothing was written for {path}")
        for tmp, path in staged:
            try:
                bits = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o666 & ~mask
                os.chmod(tmp, bits)
            except OSError:
                pass
            os.replace(tmp, path)
    finally:
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


@contextlib.contextmanager
def open_output(path=None, stdout=None) -> Iterator[IO]:
    """A text stream for ``path`` (atomic) or, when ``path`` is None or "-", stdout.

    Stdout gets UTF-8 with no newline translation whatever the locale.
    """
    if path is None or os.fspath(path) == "-":
        stream = stdout if stdout is not None else sys.stdout
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # already a text stream without bytes underneath (tests)
            yield stream
            return
        stream.flush()
        wrapper = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=False)
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()
        return
    with atomic_output(path) as fh:
        yield fh


def _clean(value):
    """JSON-safe value: NaN/inf become null (pandas leaves NaN for missing numbers)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        try:
            return _clean(value.item())
        except (TypeError, ValueError):
            return value
    return value


_ORJSON = orjson.OPT_SERIALIZE_NUMPY
_COMPACT = (",", ":")


def _dumps(record: dict) -> str:
    """One record as compact JSON text (UTF-8 kept, no spaces; NaN/inf as null).

    orjson writes the records (about ten times faster than the standard
    library); whatever it refuses (a lone surrogate, an integer beyond 64 bits,
    an unknown type) goes through :mod:`json` with the same layout.
    """
    try:
        return orjson.dumps(record, option=_ORJSON).decode()
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps({k: _clean(v) for k, v in record.items()}, ensure_ascii=False, default=str,
                          separators=_COMPACT)


class _Writer:
    """Common part: ``write(record)``, or ``write_block(text, n)`` for records
    already turned into text by :func:`format_records` (e.g. in a worker)."""

    fmt = ""

    def __init__(self, fh: IO, columns: Sequence[str] = ()):
        self.fh = fh
        self.columns = tuple(columns)
        self.count = 0

    def write(self, record: dict) -> None:
        self.write_block(format_records(self.fmt, [record], self.columns), 1)

    def write_block(self, text: str, n: int) -> None:
        if n:
            self.fh.write(text)
            self.count += n

    def close(self) -> None:
        pass


class JsonlWriter(_Writer):
    """One compact JSON object per line (UTF-8, keys as produced).

    Blocks may come as UTF-8 bytes (``format_records(..., as_bytes=True)``); on a UTF-8 text
    stream with a binary buffer underneath, everything then goes straight to that buffer.
    """

    fmt = "jsonl"

    def __init__(self, fh: IO, columns: Sequence[str] = ()):
        super().__init__(fh, columns)
        raw = getattr(fh, "buffer", None)
        encoding = (getattr(fh, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if raw is not None and encoding == "utf8":
            fh.flush()  # whatever was written as text before goes first
            self.raw = raw
        else:
            self.raw = None

    def write_block(self, text, n: int) -> None:
        if not n:
            return
        raw = self.raw
        if raw is None:
            self.fh.write(text.decode() if isinstance(text, bytes) else text)
        else:
            raw.write(text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape"))
        self.count += n


class CsvWriter(_Writer):
    """CSV with a fixed column order; null -> empty cell, lists/dicts -> JSON text."""

    fmt = "csv"

    def __init__(self, fh: IO, columns: Sequence[str]):
        super().__init__(fh, columns)
        csv.writer(fh, lineterminator="\n").writerow(self.columns)


class GeoJsonWriter(_Writer):
    """A streamed FeatureCollection: a Point per record with lat/lon, else null geometry."""

    fmt = "geojson"

    def __init__(self, fh: IO, columns: Sequence[str] = ()):
        super().__init__(fh, columns)
        fh.write('{"type":"FeatureCollection","features":[')

    def write_block(self, text: str, n: int) -> None:
        if n:
            self.fh.write("\n" if self.count == 0 else ",\n")
            self.fh.write(text)
            self.count += n

    def close(self) -> None:
        self.fh.write("\n]}\n")


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    value = _clean(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _feature(record: dict) -> str:
    lat, lon = _clean(record.get("lat")), _clean(record.get("lon"))
    geometry = None
    if (isinstance(lat, (int, float)) and isinstance(lon, (int, float))
            and not isinstance(lat, bool) and not isinstance(lon, bool)):
        geometry = {"type": "Point", "coordinates": [lon, lat]}
    return _dumps_feature({"type": "Feature", "geometry": geometry, "properties": record})


def format_records(fmt: str, records: Sequence[dict], columns: Sequence[str] = (), as_bytes: bool = False):
    """The text a writer of format ``fmt`` writes for ``records`` (no header/footer).

    Pure and picklable, so worker processes can do it and the main process
    only copies text. For GeoJSON the features are joined by ``",\\n"``.
    With ``as_bytes``, JSONL comes as UTF-8 bytes (what :class:`JsonlWriter` writes without
    decoding and encoding it again); other formats are always text.
    """
    if fmt == "jsonl":
        if not records:
            return b"" if as_bytes else ""
        try:
            dumps = orjson.dumps
            data = b"\n".join([dumps(r, option=_ORJSON) for r in records]) + b"\n"
        except (orjson.JSONEncodeError, TypeError):
            text = "".join(_dumps(r) + "\n" for r in records)
            return text.encode("utf-8", "surrogateescape") if as_bytes else text
        return data if as_bytes else data.decode()
    if fmt == "csv":
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\n")
        for r in records:
            writer.writerow([_cell(r.get(c)) for c in columns])
        return buf.getvalue()
    if fmt == "geojson":
        return ",\n".join(_feature(r) for r in records)
    raise ValueError(f"unknown format {fmt!r}")


def _dumps_feature(feature: dict) -> str:
    try:
        return orjson.dumps(feature, option=_ORJSON).decode()
    except (orjson.JSONEncodeError, TypeError):
        feature = dict(feature, properties={k: _clean(v) for k, v in feature["properties"].items()})
        return json.dumps(feature, ensure_ascii=False, default=str, separators=_COMPACT)


def make_writer(fmt: str, fh: IO, columns: Sequence[str] = ()):
    """The writer for a format name: ``jsonl``, ``csv`` or ``geojson``."""
    if fmt == "jsonl":
        return JsonlWriter(fh, columns)
    if fmt == "csv":
        return CsvWriter(fh, columns)
    if fmt == "geojson":
        return GeoJsonWriter(fh, columns)
    raise ValueError(f"unknown format {fmt!r}")
