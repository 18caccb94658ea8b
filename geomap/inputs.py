"""Reading input documents from files, directories and stdin, as a stream.

``iter_documents(paths)`` yields :class:`geomap.documents.Document` records one at
a time, so an archive of any size is never held in memory (a single ``.txt``
document is, of course, read whole).

Accepted inputs (several may be given, read in the order given):

* ``NAME.txt`` — one document, id = the file stem;
* a directory — its ``*.txt`` and ``*.txt.gz`` files, sorted by name, not
  recursive (a file inside a directory that cannot be decoded is rejected like a
  bad record; the other files are read);
* ``NAME.jsonl`` — one JSON object a line: ``id``, ``text``, optional ``date``
  (YYYY-MM-DD), ``lang``, ``url``, ``title``; blank lines are skipped;
* ``NAME.csv`` — a header row with a ``text`` column (optional ``id``, ``date``,
  ``lang``, ``url``, ``title``; header names match case-insensitively);
* any of these gzip-compressed (``.gz``, or gzip data under any name);
* ``-`` — JSONL on standard input.

Encodings: UTF-8 with or without a BOM and UTF-16/UTF-32 with a BOM are
recognised. Anything else (CP1251, Latin-1, ...) needs an explicit ``encoding``;
without it the bytes are rejected with a message that says so, never decoded
into garbage. A BOM, when present, wins over ``encoding``. Text is decoded
exactly: no newline translation, so offsets point into the text as read.

Bad records (malformed JSON or CSV rows, missing or non-string ``text``, a date
that is not YYYY-MM-DD, undecodable bytes, lone surrogates) are skipped and
reported as :class:`geomap.errors.Rejection` (``FILE:LINE: reason``) to the
``errors`` sink: a callable, a list (appended to), or None (a warning).
Inputs that cannot be read at all raise :class:`geomap.errors.InputError`.

Missing ids get a stable id ``<file stem>:<line>``. Duplicate ids are kept (both
documents are processed) and reported once each to ``warnings`` if given.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import gzip
import io
import json
import os
import re
import sys
import warnings
import zlib
from dataclasses import dataclass
from typing import Callable, Iterator

import orjson

from .documents import Document
from .errors import InputError, InputWarning, Rejection

__all__ = ["iter_documents", "check_input", "ReadStats", "read_text_file", "STDIN"]

STDIN = "-"
_HEAD = 8192
_MAX_TRACKED_IDS = 2_000_000  # duplicate-id check: bounded memory (about 70 MB at most)
_RECORD_PREVIEW = 2000  # characters of a rejected record kept in the error report
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_GZIP_MAGIC = b"\x1f\x8b"
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "executable"),
    (b"BZh", None),  # checked together with the rest of the header below
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENCODING_HINT = "pass --encoding (e.g. cp1251 or latin-1) if the file uses another encoding"


def _utf8_clean(line: str) -> bool:
    """False when ``line`` holds a lone surrogate (bytes the decoder could not read); encoding
    is quicker than a search for one."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


try:  # CSV fields may hold whole articles
    csv.field_size_limit(sys.maxsize)
except OverflowError:  # pragma: no cover - 32-bit C long
    csv.field_size_limit(2**31 - 1)


@dataclass
class ReadStats:
    """Counters a reader keeps while it streams (the CLI's accounting)."""

    read: int = 0  # records seen: documents yielded + records rejected
    rejected: int = 0
    documents: int = 0  # documents yielded
    chars: int = 0  # characters of text yielded
    bytes: int = 0  # UTF-8 size of the text yielded
    duplicates: int = 0


Sink = Callable[[Rejection], None]


def _make_sink(errors) -> Sink:
    if errors is None:
        return lambda rej: warnings.warn(str(rej), InputWarning, stacklevel=4)
    if callable(errors):
        return errors
    if hasattr(errors, "append"):
        return errors.append
    raise TypeError("errors must be None, a callable or a list")


def _as_list(paths) -> list:
    if isinstance(paths, (str, bytes, os.PathLike)):
        return [paths]
    return list(paths)


def iter_documents(
    paths,
    encoding: str | None = None,
    errors=None,
    *,
    stats: ReadStats | None = None,
    stdin=None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    """Stream the documents of one or more inputs (see the module docstring).

    ``stats`` (a :class:`ReadStats`) is updated as records are read; ``stdin`` is
    the binary stream read for ``-`` (default ``sys.stdin.buffer``); ``warn``
    receives non-fatal notes such as duplicate ids.
    """
    if encoding is not None:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
    sink = _make_sink(errors)
    stats = stats if stats is not None else ReadStats()
    reader = _Reader(encoding, sink, stats, warn)
    items = _as_list(paths)
    if not items:
        raise InputError("no input given")
    for item in items:
        yield from reader.read_input(item, stdin)


def check_input(path, encoding: str | None = None) -> None:
    """Raise :class:`InputError` now if ``path`` clearly cannot be read.

    A cheap look before a long run: the path exists, a directory has texts, a
    file has a known type and does not start like binary data. Passing this
    check does not promise that every record is good.
    """
    name = os.fspath(path)
    if name == STDIN:
        return
    if not os.path.exists(name):
        raise InputError("no such file or directory", _printable(name))
    if os.path.isdir(name):
        try:
            has_texts = any(e.name.lower().endswith((".txt", ".txt.gz")) and e.is_file()
                            for e in os.scandir(name))
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), _printable(name)) from None
        if not has_texts:
            raise InputError("directory has no .txt files", _printable(name))
        return
    kind, _ = _kind_and_stem(name)
    if kind == "unknown":
        raise InputError("unknown input type (expected .txt, .jsonl, .csv, a directory, "
                         "any of these .gz, or - for JSONL on stdin)", _printable(name))
    try:
        with open(name, "rb") as raw:
            stream = _open_stream(raw, _printable(name))
            head = stream.peek(_HEAD)[:_HEAD]
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), _printable(name)) from None
    if encoding is None and _detect_encoding(head, None)[0] is None:
        raise InputError(_undecodable_reason(head), _printable(name))


class _Reader:
    def __init__(self, encoding, sink, stats, warn):
        self.encoding = encoding
        self.sink = sink
        self.stats = stats
        self.warn = warn
        self.seen: set[int] = set()  # hashes of the ids seen (8 bytes each, not the ids)

    # ------------------------------------------------------------------ dispatch
    def read_input(self, item, stdin) -> Iterator[Document]:
        if isinstance(item, bytes):
            item = os.fsdecode(item)
        name = os.fspath(item)
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from self._read_jsonl(_open_stream(stream, "<stdin>"), "<stdin>", "stdin")
            return
        if not os.path.exists(name):
            raise InputError("no such file or directory", _printable(name))
        if os.path.isdir(name):
            yield from self._read_directory(name)
            return
        kind, stem = _kind_and_stem(name)
        try:
            raw = open(name, "rb")
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), _printable(name)) from None
        name = _printable(name)  # from here on, only for messages and records
        with raw:
            stream = _open_stream(raw, name)
            if kind == "jsonl":
                yield from self._read_jsonl(stream, name, stem)
            elif kind == "csv":
                yield from self._read_csv(stream, name, stem)
            elif kind == "txt":
                doc = self._read_txt(stream, name, stem, strict=True)
                if doc is not None:
                    yield doc
            else:
                raise InputError(
                    "unknown input type (expected .txt, .jsonl, .csv, a directory, "
                    "any of these .gz, or - for JSONL on stdin)",
                    name,
                )

    def _read_directory(self, path) -> Iterator[Document]:
        try:
            entries = sorted(
                e.name
                for e in os.scandir(path)
                if e.name.lower().endswith((".txt", ".txt.gz")) and e.is_file()
            )
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), _printable(path)) from None
        if not entries:
            raise InputError("directory has no .txt files", _printable(path))
        for entry in entries:
            name = os.path.join(path, entry)
            _, stem = _kind_and_stem(name)
            try:
                raw = open(name, "rb")
            except OSError as exc:
                self._reject(_printable(name), 1, exc.strerror or str(exc))
                continue
            name = _printable(name)
            with raw:
                try:
                    stream = _open_stream(raw, name)
                except InputError as exc:
                    self._reject(name, 1, exc.message)
                    continue
                doc = self._read_txt(stream, name, stem, strict=False)
            if doc is not None:
                yield doc

    # ------------------------------------------------------------------ kinds
    def _read_txt(self, stream, name, stem, strict) -> Document | None:
        try:
            data = stream.read()
        except (OSError, EOFError, zlib.error) as exc:
            return self._fail(name, f"cannot read: {exc}", strict)
        encoding, skip = _detect_encoding(data[:_HEAD], self.encoding)
        if encoding is None:
            reason = _undecodable_reason(data[:_HEAD])
            return self._fail(name, reason, strict)
        try:
            text = data[skip:].decode(encoding)
        except UnicodeDecodeError as exc:
            return self._fail(name, _decode_error_reason(exc, encoding, self.encoding), strict)
        del data
        return self._make(Document(id=stem, text=text, source=name, line=None), name, 1)

    def _read_jsonl(self, stream, name, stem) -> Iterator[Document]:
        head = stream.peek(_HEAD)[:_HEAD]
        encoding, skip = _detect_encoding(head, self.encoding, lenient=True)
        if encoding is not None and codecs.lookup(encoding).name == "utf-8":
            if skip:
                stream.read(skip)
            yield from self._read_jsonl_utf8(stream, name, stem)
            return
        text = self._text_stream(stream, name, newline="\n")
        lineno = 0
        while True:
            try:
                line = text.readline()
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode: {exc.reason}", name, lineno + 1) from None
            except (OSError, EOFError, zlib.error) as exc:
                raise InputError(f"cannot read: {exc}", name, lineno + 1) from None
            if not line:
                break
            lineno += 1
            doc = self._jsonl_line(line, name, stem, lineno)
            if doc is not None:
                yield doc

    def _read_jsonl_utf8(self, stream, name, stem) -> Iterator[Document]:
        """UTF-8 JSONL: orjson parses the line's bytes (checking the UTF-8 as it goes); a line it
        refuses, or one whose object it could read differently from :mod:`json` (a float at the
        top level: an integer beyond 64 bits), is decoded and read as in the general case, so
        every line gives the same document or the same rejection either way."""
        lineno = 0
        loads, error = orjson.loads, orjson.JSONDecodeError
        while True:
            try:
                raw = stream.readline()
            except (OSError, EOFError, zlib.error) as exc:
                raise InputError(f"cannot read: {exc}", name, lineno + 1) from None
            if not raw:
                break
            lineno += 1
            try:
                obj = loads(raw)
            except error:
                obj = None
            if type(obj) is dict:
                for value in obj.values():
                    if type(value) is float:
                        obj = None
                        break
            else:
                obj = None  # not an object (or unreadable): the general case words the rejection
            if obj is None:
                doc = self._jsonl_line(raw.decode("utf-8", "surrogateescape"), name, stem, lineno)
            else:
                doc = self._from_fields(obj, name, stem, lineno, raw)
            if doc is not None:
                yield doc

    def _jsonl_line(self, line: str, name, stem, lineno) -> Document | None:
        if not line.strip():
            return None
        if not _utf8_clean(line):
            return self._reject(name, lineno, f"undecodable bytes (not {self._enc_label()}); {_ENCODING_HINT}", line)
        if line.startswith("\ufeff"):  # a BOM left by concatenating files
            line = line[1:]
        try:
            obj = json.loads(line, strict=False)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = f"malformed JSON: {exc.msg} (column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else "malformed JSON: nested too deeply"
            return self._reject(name, lineno, reason, line)
        if not isinstance(obj, dict):
            return self._reject(name, lineno, f"not a JSON object (got {type(obj).__name__})", line)
        return self._from_fields(obj, name, stem, lineno, line)

    def _read_csv(self, stream, name, stem) -> Iterator[Document]:
        text = self._text_stream(stream, name, newline="")
        reader = csv.reader(text, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError("empty CSV file (no header row)", name) from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"unreadable CSV header: {exc}", name, 1) from None
        header = [h.strip().lower() for h in header]
        if _SURROGATE.search("".join(header)):
            raise InputError(f"undecodable bytes in the header (not {self._enc_label()}); {_ENCODING_HINT}", name, 1)
        if "text" not in header:
            raise InputError("CSV has no 'text' column", name, 1)
        width = len(header)
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                self._reject(name, start, f"malformed CSV row: {exc}")
                if reader.line_num < start:  # no progress: give up on this file
                    raise InputError(f"unreadable CSV: {exc}", name, start) from None
                continue
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode: {exc.reason}", name, start) from None
            except (OSError, EOFError, zlib.error) as exc:
                raise InputError(f"cannot read: {exc}", name, start) from None
            if not row or (len(row) == 1 and not row[0].strip() and width > 1):
                continue  # blank line
            raw = ",".join(row)
            if len(row) != width:
                self._reject(name, start, f"row has {len(row)} fields, the header has {width}", raw)
                continue
            if any(_SURROGATE.search(v) for v in row):
                self._reject(name, start, f"undecodable bytes (not {self._enc_label()}); {_ENCODING_HINT}", raw)
                continue
            obj = {k: (v if v != "" else None) for k, v in zip(header, row)}
            if obj.get("text") is None:
                obj["text"] = ""  # an empty cell is an empty document, not a missing one
            doc = self._from_fields(obj, name, stem, start, raw)
            if doc is not None:
                yield doc

    # ------------------------------------------------------------------ helpers
    def _enc_label(self) -> str:
        return self.encoding or "UTF-8"

    def _text_stream(self, stream, name, newline):
        head = stream.peek(_HEAD)[:_HEAD]
        encoding, skip = _detect_encoding(head, self.encoding, lenient=True)
        if encoding is None:
            raise InputError(_undecodable_reason(head), name)
        if skip:
            stream.read(skip)
        wide = encoding.startswith(("utf-16", "utf-32"))
        return io.TextIOWrapper(
            stream, encoding=encoding, errors="strict" if wide else "surrogateescape", newline=newline
        )

    def _from_fields(self, obj: dict, name, stem, lineno, raw) -> Document | None:
        text = obj.get("text")
        if text is None:
            return self._reject(name, lineno, "missing 'text'", raw)
        if not isinstance(text, str):
            return self._reject(name, lineno, f"'text' is not a string (got {type(text).__name__})", raw)
        doc_id = obj.get("id")
        if doc_id is None or doc_id == "":
            doc_id = f"{stem}:{lineno}"
        elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
            return self._reject(name, lineno, f"'id' must be a string or an integer (got {type(doc_id).__name__})", raw)
        else:
            doc_id = str(doc_id)
        date = obj.get("date")
        if date is not None and date != "":
            if not isinstance(date, str) or not _valid_date(date):
                return self._reject(name, lineno, f"'date' is not YYYY-MM-DD: {date!r}"[:200], raw)
        else:
            date = None
        fields = {}
        for key in ("lang", "url", "title"):
            value = obj.get(key)
            if value is not None and not isinstance(value, str):
                return self._reject(name, lineno, f"{key!r} is not a string (got {type(value).__name__})", raw)
            fields[key] = value or None
        # the raw line or row was checked for lone surrogates when read: in a value, one can only
        # come from a JSON escape ("\\ud800")
        if raw is None or (b"\\u" if isinstance(raw, bytes) else "\\u") in raw:
            for key, value in (("text", text), ("id", doc_id), *fields.items()):
                if value and _SURROGATE.search(value):
                    return self._reject(name, lineno, f"{key!r} contains a lone surrogate (not valid Unicode)", raw)
        doc = Document(id=doc_id, text=text, date=date, source=name, line=lineno, **fields)
        return self._make(doc, name, lineno)

    def _make(self, doc: Document, name, lineno) -> Document:
        st = self.stats
        st.read += 1
        st.documents += 1
        st.chars += len(doc.text)
        st.bytes += len(doc.text.encode("utf-8", "surrogatepass"))
        if len(self.seen) < _MAX_TRACKED_IDS:
            key = hash(doc.id)
            if key not in self.seen:
                self.seen.add(key)
            else:
                st.duplicates += 1
                if self.warn is not None:
                    self.warn(f"{name}:{lineno}: duplicate id {doc.id!r}; both documents kept")
        elif len(self.seen) == _MAX_TRACKED_IDS and self.warn is not None:
            self.seen.add(None)  # warn once
            self.warn(f"{name}:{lineno}: more than {_MAX_TRACKED_IDS:,} documents: "
                      "duplicate ids are no longer checked")
        return doc

    def _reject(self, name, lineno, reason, raw=None):
        self.stats.read += 1
        self.stats.rejected += 1
        record = None
        if raw is not None:
            if isinstance(raw, bytes):  # a line read as bytes (valid UTF-8: it was parsed)
                raw = raw.decode("utf-8", "surrogateescape")
            record = raw.rstrip("\r\n")
            if len(record) > _RECORD_PREVIEW:
                record = record[:_RECORD_PREVIEW] + "..."
            record = record.encode("utf-8", "backslashreplace").decode("utf-8")
        self.sink(Rejection(str(name), int(lineno), reason, record))
        return None

    def _fail(self, name, reason, strict):
        if strict:
            raise InputError(reason, name)
        return self._reject(name, 1, reason)


def _valid_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _printable(name: str) -> str:
    """A file name as valid Unicode (undecodable bytes of the name become \\xNN)."""
    if not _SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _kind_and_stem(name: str) -> tuple[str, str]:
    base = os.path.basename(_printable(name))
    low = base.lower()
    if low.endswith(".gz"):
        base, low = base[:-3], low[:-3]
    for ext in (".jsonl", ".ndjson", ".csv", ".txt"):
        if low.endswith(ext):
            kind = {".ndjson": "jsonl"}.get(ext, ext[1:])
            return kind, base[: -len(ext)]
    return "unknown", base


class _Prefixed(io.RawIOBase):
    """A raw stream that serves ``head`` first, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream):
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buf))
        n = len(data)
        buf[:n] = data
        return n


def _read_head(stream, n: int) -> bytes:
    parts = []
    size = 0
    while size < n:
        chunk = stream.read(n - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _open_stream(raw, name: str) -> io.BufferedReader:
    """A buffered binary stream of the input's bytes, gunzipped when needed."""
    try:
        head = _read_head(raw, _HEAD)
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", name) from None
    if head.startswith(_GZIP_MAGIC):
        gz = gzip.GzipFile(fileobj=io.BufferedReader(_Prefixed(head, raw)), mode="rb")
        try:
            inner = _read_head(gz, _HEAD)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"corrupt gzip data: {exc}", name) from None
        head, raw = inner, gz
    elif name.lower().endswith(".gz") and head:
        raise InputError("named .gz but is not gzip data", name)
    for magic, label in _BINARY_MAGIC:
        if head.startswith(magic) and label:
            raise InputError(f"binary file ({label}), not text", name)
    return io.BufferedReader(_Prefixed(head, raw), buffer_size=1 << 16)


def _detect_encoding(head: bytes, explicit: str | None, lenient: bool = False):
    """(codec, bytes to skip) for a file starting with ``head``; codec None = not text."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if codec == "utf-8-sig":
                return "utf-8", len(bom)
            return codec, 0  # the utf-16/32 codecs read and drop the BOM themselves
    if explicit is not None:
        return explicit, 0
    if _looks_binary(head):
        return None, 0
    return "utf-8", 0


def _valid_utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a character cut by the end of the sample is fine
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


def _looks_wide(head: bytes) -> bool:
    """UTF-16/32 text without a BOM: NULs on every other byte (or three of four)."""
    if len(head) < 8:
        return False
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    return max(even, odd) >= 0.6 * half and min(even, odd) <= 0.6 * half


def _looks_binary(head: bytes) -> bool:
    """Not text: UTF-16/32 without a BOM, or undecodable bytes with control codes."""
    if not head:
        return False
    if _looks_wide(head):
        return True
    if _valid_utf8(head):
        return False  # valid UTF-8 with a few NULs or controls is still text
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in head or controls > len(head) // 10


def _undecodable_reason(head: bytes) -> str:
    if b"\x00" in head:
        return ("binary data, or UTF-16/UTF-32 text without a BOM (pass --encoding utf-16-le "
                "or similar if it is text)")
    return "binary data, not text"


def _decode_error_reason(exc: UnicodeDecodeError, codec: str, explicit: str | None) -> str:
    bad = exc.object[exc.start : exc.start + 1].hex()
    if explicit is None and codec == "utf-8":
        return f"not UTF-8 text (byte 0x{bad} at offset {exc.start}); {_ENCODING_HINT}"
    return f"cannot decode as {codec} (byte 0x{bad} at offset {exc.start})"


def read_text_file(path, encoding: str | None = None) -> str:
    """The text of one file, decoded by the same rules as a ``.txt`` input."""
    docs = list(iter_documents([path], encoding=encoding, errors=[]))
    return docs[0].text if docs else ""
