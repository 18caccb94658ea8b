"""The few exceptions geomap raises on purpose.

They subclass built-in exceptions so callers that already catch ``ValueError``
or ``RuntimeError`` keep working.

* :class:`InputError` — an input that cannot be read at all (missing file,
  binary data, a directory with no texts, an unknown encoding). The CLI turns it
  into a one-line message and exit status 1.
* :class:`Rejection` — one unusable record inside a readable input (malformed
  JSON or CSV row, missing ``text``, bad ``date``, undecodable bytes). Readers do
  not raise it: they hand it to an error sink and go on with the next record.
* :class:`EngineError` — the chosen engine cannot run (dask not installed,
  scheduler address malformed or unreachable): exit status 1 in the CLI.
* :class:`ProcessingError` — the library failed on one document (a bug, not bad
  input). It names the document so the failure can be reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass


class GeomapError(Exception):
    """Base class of geomap's own exceptions."""


class InputError(GeomapError, ValueError):
    """An input that cannot be read at all."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None):
        super().__init__(message, file, line)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = self.file or ""
        if self.file is not None and self.line is not None:
            where = f"{self.file}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputWarning(UserWarning):
    """A rejected record, when no error sink was given to the reader."""


@dataclass(frozen=True)
class Rejection:
    """One record that was skipped, with where it came from and why."""

    file: str
    line: int
    reason: str
    record: str | None = None  # the raw record text (possibly truncated)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "reason": self.reason, "record": self.record}


class EngineError(GeomapError, RuntimeError):
    """The engine cannot start: dask missing, a bad or unreachable scheduler address."""


class ProcessingError(GeomapError, RuntimeError):
    """Processing one document raised an unexpected exception."""

    def __init__(self, doc_id: str, file: str | None, line: int | None, detail: str):
        super().__init__(doc_id, file, line, detail)
        self.doc_id = doc_id
        self.file = file
        self.line = line
        self.detail = detail  # the formatted traceback from where it happened

    def where(self) -> str:
        if self.file is None:
            return f"document {self.doc_id!r}"
        loc = f"{self.file}:{self.line}" if self.line else self.file
        return f"document {self.doc_id!r} ({loc})"

    def __str__(self) -> str:
        last = self.detail.strip().splitlines()[-1] if self.detail.strip() else "unknown error"
        return f"{self.where()}: {last}"
