"""A one-line progress display on stderr, shown only on an interactive terminal.

It is off when stderr is not a terminal (pipes, files), with ``--quiet``, and
when a CI environment variable is set, so logs never fill with carriage returns.
"""

from __future__ import annotations

import os
import sys
import time

_CI_VARS = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION")


def progress_enabled(stream=None, quiet: bool = False) -> bool:
    """Whether a progress line should be drawn on ``stream`` (default stderr)."""
    if quiet:
        return False
    if any(os.environ.get(v) for v in _CI_VARS):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    stream = stream if stream is not None else sys.stderr
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


class Progress:
    """``update(docs, nbytes)`` redraws at most every ``interval`` seconds."""

    def __init__(self, label: str, enabled: bool, stream=None, interval: float = 0.2):
        self.label = label
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(self, docs: int, nbytes: int = 0, records: int | None = None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        elapsed = max(now - self.start, 1e-9)
        line = f"{self.label}: {docs:,} docs, {_human_bytes(nbytes)} ({docs / elapsed:,.0f} docs/s, {nbytes / elapsed / 1e6:.1f} MB/s)"
        if records is not None:
            line += f", {records:,} records"
        pad = max(0, self._width - len(line))
        self._width = len(line)
        try:
            self.stream.write("\r" + line + " " * pad)
            self.stream.flush()
        except (OSError, ValueError):
            self.enabled = False

    def close(self) -> None:
        if self.enabled and self._width:
            try:
                self.stream.write("\r" + " " * self._width + "\r")
                self.stream.flush()
            except (OSError, ValueError):
                pass
        self.enabled = False
