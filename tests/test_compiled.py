"""The compiled build (setup.py compiles the extraction modules with Cython) must give exactly the
records of the pure-Python source.

When the imported ``geomap`` has compiled modules (a regular install; ``.ci/run`` tests the
installed package), its records for every document of the annotated corpora and of a generated
sample are compared with those of the source tree run as plain Python in another process. With a
pure-Python ``geomap`` (an editable install) there is nothing to compare and the comparison is
skipped, unless ``GEOMAP_EXPECT_COMPILED=1`` says a compiled build is expected (as ``.ci/run``
does), in which case a missing compiled module is a failure.
"""

from __future__ import annotations

import ast
import importlib
import importlib.machinery
import os
import subprocess
import sys

import orjson
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = ["corpus", "heldout", "unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6",
           "unseen7", "unseen8", "unseen9", "unseen10", "unseen11", "unseen12", "unseen13",
           "unseen14", "unseen15", "unseen16", "unseen17", "unseen18", "unseen19",
           "unseen20", "unseen21", "unseen22", "unseen23", "unseen24",
           "unseen25", "unseen26", "unseen27", "unseen28", "unseen29", "unseen30",
           "unseen31", "unseen32", "unseen33", "unseen34", "unseen35", "unseen36",
           "unseen37", "unseen38", "unseen39"]
GENERATED = 400  # documents of the benchmark's generator (seeded: the same every run)


def _listed_modules() -> list[str]:
    """The module names setup.py compiles (read from its COMPILED list, without running it)."""
    tree = ast.parse(open(os.path.join(ROOT, "setup.py"), encoding="utf-8").read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "COMPILED" for t in node.targets):
            paths = ast.literal_eval(node.value)
            return [p[:-3].replace("/", ".") for p in paths]
    raise AssertionError("setup.py has no COMPILED list")


def _is_compiled(module) -> bool:
    return module.__file__.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


MODULES = _listed_modules()
COMPILED = [name for name in MODULES if _is_compiled(importlib.import_module(name))]
EXPECTED = os.environ.get("GEOMAP_EXPECT_COMPILED") == "1"


def test_setup_lists_existing_modules():
    assert MODULES, "setup.py compiles nothing"
    for name in MODULES:
        assert os.path.exists(os.path.join(ROOT, *name.split(".")) + ".py"), name


def test_every_listed_module_is_compiled_when_a_compiled_build_is_expected():
    if not EXPECTED:
        pytest.skip("GEOMAP_EXPECT_COMPILED is not set: a pure-Python install is fine here")
    assert COMPILED == MODULES, f"not compiled: {sorted(set(MODULES) - set(COMPILED))}"


# Prints, as JSON lines, the extract and incident records of every document (run both in this
# process and, on the source tree, in a pure-Python one).
_SCRIPT = r"""
import os, sys
import orjson
import geomap
from geomap.engine import extract_task, incidents_task, warm
from geomap.eval_incidents import load_corpus
from geomap.documents import Document

root, n, corpora = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
sys.path.insert(0, os.path.join(root, "bench"))
import run as bench

docs = []
for name in corpora:
    docs.extend(load_corpus(os.path.join(root, "tests", name))[0])
path = os.path.join(sys.argv[4], "generated.jsonl")
bench.generate(n, path)
with open(path, "rb") as fh:
    for i, line in enumerate(fh):
        d = orjson.loads(line)
        docs.append(Document(id=f"g{i}", text=d["text"], date=d.get("date"), lang=d.get("lang")))
warm()
out = sys.stdout.buffer
out.write(orjson.dumps(geomap.__file__) + b"\n")
for doc in docs:
    mentions = extract_task(doc)
    out.write(orjson.dumps(mentions) + b"\n")
    out.write(orjson.dumps(incidents_task(doc, mentions=mentions)) + b"\n")
"""


def _records(tmp_path, env_extra: dict, flags: list[str]) -> list[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(env_extra)
    proc = subprocess.run(
        [sys.executable, *flags, "-c", _SCRIPT, ROOT, str(GENERATED), ",".join(CORPORA), str(tmp_path)],
        capture_output=True, env=env, cwd=str(tmp_path), timeout=600,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-3000:]
    return proc.stdout.splitlines()


def test_compiled_and_pure_python_give_the_same_records(tmp_path):
    if not COMPILED:
        if EXPECTED:
            pytest.fail("GEOMAP_EXPECT_COMPILED=1 but no module of setup.py's list is compiled")
        pytest.skip("pure-Python install: nothing to compare")
    compiled = _records(tmp_path, {}, ["-P"])
    pure = _records(tmp_path, {"PYTHONPATH": ROOT}, ["-P"])
    # each run says which package it imported: the installed build, then the source tree
    assert orjson.loads(compiled[0]) != orjson.loads(pure[0])
    assert orjson.loads(pure[0]) == os.path.join(ROOT, "geomap", "__init__.py")
    assert len(compiled) == len(pure) > 2 * GENERATED
    assert sum(len(orjson.loads(line)) for line in pure[1::2]) > 1000  # mentions were found
    for i, (a, b) in enumerate(zip(compiled[1:], pure[1:])):
        assert a == b, f"line {i + 1} differs:\ncompiled: {a[:500]!r}\npure:     {b[:500]!r}"
