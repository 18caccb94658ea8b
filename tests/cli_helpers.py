"""Shared helpers for the command-line tests (run ``python -m geomap`` in a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "corpus")
TEXTS = os.path.join(CORPUS, "texts")


def geomap(*args, input=None, cwd=None, timeout=180, env=None):
    """Run the CLI; returns CompletedProcess with text stdout/stderr (UTF-8)."""
    full_env = dict(os.environ)
    full_env.pop("GEOMAP_ONLINE", None)
    full_env["PYTHONIOENCODING"] = "utf-8"
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "geomap", *map(str, args)],
        input=input.encode("utf-8") if isinstance(input, str) else input,
        capture_output=True,
        cwd=cwd or ROOT,
        timeout=timeout,
        env=full_env,
    )


def out(proc) -> str:
    return proc.stdout.decode("utf-8")


def err(proc) -> str:
    return proc.stderr.decode("utf-8")


def jsonl(data: bytes | str) -> list[dict]:
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    return [json.loads(line) for line in data.split("\n") if line]


def have_geoparse() -> bool:
    try:
        import geomap.geoparse  # noqa: F401
    except ImportError:
        return False
    return True


def have_incidents() -> bool:
    if not have_geoparse():
        return False
    try:
        import geomap.events  # noqa: F401
    except ImportError:
        return False
    return True


needs_geoparse = pytest.mark.skipif(not have_geoparse(), reason="geomap.geoparse not available")
needs_incidents = pytest.mark.skipif(not have_incidents(), reason="geomap.events not available")


def summary_counts(stderr: str) -> dict:
    """{'read': n, 'processed': n, 'rejected': n, 'written': n} from the summary line."""
    import re

    m = re.search(r"(\d+) documents read, (\d+) processed, (\d+) rejected; (\d+) ", stderr)
    assert m, f"no summary in stderr: {stderr!r}"
    return dict(zip(("read", "processed", "rejected", "written"), map(int, m.groups())))
