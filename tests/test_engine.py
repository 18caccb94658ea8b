"""Engines: the same records in input order, streamed, whatever runs them."""

from __future__ import annotations

import functools
import itertools
import os

import pytest

from geomap.documents import Document
from geomap.engine import default_jobs, map_documents
from geomap.errors import ProcessingError
from geomap.inputs import iter_documents

CORPUS = os.path.join(os.path.dirname(__file__), "corpus")


def _shape(doc, scale=1):
    """A cheap per-document result that depends on the whole text."""
    return {"doc": doc.id, "pid": os.getpid(), "n": len(doc.text) * scale,
            "words": [w for w in doc.text.split() if w[:1].isupper()][:3]}


def _explode(doc):
    if doc.id == "boom":
        raise ZeroDivisionError("bad luck")
    return doc.id


def _docs(n):
    return [Document(id=f"d{i}", text=("Almaty Astana " * (i % 7)) + str(i)) for i in range(n)]


def _strip(results):
    return [{k: v for k, v in r.items() if k != "pid"} for r in results]


def test_serial_is_plain_map():
    docs = _docs(10)
    assert _strip(map_documents(_shape, docs)) == _strip(_shape(d) for d in docs)


def test_processes_same_results_in_order():
    docs = _docs(300)
    serial = list(map_documents(_shape, docs, jobs=1))
    parallel = list(map_documents(functools.partial(_shape), docs, jobs=2, chunksize=7, serial_below=0))
    assert _strip(parallel) == _strip(serial)
    assert len({r["pid"] for r in parallel} - {os.getpid()}) >= 1  # really ran in workers


def test_small_input_stays_in_process():
    results = list(map_documents(_shape, _docs(5), jobs=2, chunksize=4))
    assert {r["pid"] for r in results} == {os.getpid()}


def test_processes_stream_with_bounded_read_ahead():
    produced = itertools.count()

    def gen():
        for i in range(10_000):
            next(produced)
            yield Document(id=str(i), text="x")

    it = map_documents(_shape, gen(), jobs=2, chunksize=5, serial_below=0)
    first = next(it)
    assert first["doc"] == "0"
    seen = next(produced)  # documents pulled from the input so far (+1)
    assert seen <= 2 * 2 * 5 + 5 + 1  # in-flight chunks, not the whole input
    it.close()


def test_worker_failure_names_the_document():
    docs = [Document(id="a", text=""), Document(id="boom", text="", source="f.jsonl", line=7)]
    with pytest.raises(ProcessingError) as info:
        list(map_documents(_explode, docs))
    assert info.value.doc_id == "boom" and "f.jsonl:7" in info.value.where()
    assert "ZeroDivisionError" in info.value.detail
    docs = docs * 20
    with pytest.raises(ProcessingError, match="boom"):
        list(map_documents(_explode, docs, jobs=2, chunksize=3, serial_below=0))


def test_bad_arguments():
    with pytest.raises(ValueError):
        list(map_documents(_shape, [], engine="spark"))
    with pytest.raises(ValueError):
        list(map_documents(_shape, [], jobs=-1))
    assert default_jobs() >= 1


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    client = distributed.Client(processes=False, n_workers=1, threads_per_worker=2,
                                dashboard_address=None)
    yield client
    client.close()


def test_dask_same_results_in_order(dask_client):
    docs = _docs(120)
    expected = _strip(map_documents(_shape, docs))
    got = _strip(map_documents(_shape, iter(docs), engine="dask", client=dask_client,
                               chunksize=8, batch=40))
    assert got == expected


def test_dask_failure_is_processing_error(dask_client):
    docs = [Document(id="ok", text=""), Document(id="boom", text="")]
    with pytest.raises(ProcessingError, match="boom"):
        list(map_documents(_explode, docs, engine="dask", client=dask_client))


def _have_geoparse():
    try:
        import geomap.geoparse  # noqa: F401
    except ImportError:
        return False
    return True


needs_geoparse = pytest.mark.skipif(not _have_geoparse(), reason="geomap.geoparse not available")


@needs_geoparse
def test_extract_identical_across_engines(dask_client):
    from geomap.cli import _extract_task, _incidents_task

    docs = list(iter_documents([os.path.join(CORPUS, "texts")]))[:24]
    for task in (_extract_task, _incidents_task):
        func = functools.partial(task, as_of="2023-01-01")
        serial = list(map_documents(func, docs))
        procs = list(map_documents(func, docs, jobs=2, chunksize=3, serial_below=0))
        dask = list(map_documents(func, docs, engine="dask", client=dask_client, chunksize=4))
        assert procs == serial
        assert dask == serial
        assert sum(len(r) for r in serial) > 0


def test_on_start_called_once_while_workers_run():
    calls = []
    docs = _docs(50)
    got = list(map_documents(_shape, docs, jobs=2, chunksize=10, serial_below=0, warm_parent=False,
                             on_start=lambda: calls.append(os.getpid())))
    assert calls == [os.getpid()]
    assert _strip(got) == _strip(map(_shape, docs))
    calls.clear()
    list(map_documents(_shape, docs[:3], jobs=2, on_start=lambda: calls.append(1)))
    assert calls == [1]  # small input, serial: still called once


def _die(doc):
    if doc.id == "d7":
        os._exit(9)  # a worker killed from outside (e.g. out of memory)
    return doc.id


def test_dead_worker_is_an_engine_error():
    from geomap.errors import EngineError

    with pytest.raises(EngineError, match="worker process died"):
        list(map_documents(_die, _docs(40), jobs=2, chunksize=4, serial_below=0))


def test_cgroup_quota(tmp_path):
    from geomap.engine import _cgroup_cpus

    for text, expected in [("max 100000\n", None), ("200000 100000\n", 2), ("150000 100000", 2),
                           ("50000 100000", 1), ("garbage", None)]:
        (tmp_path / "cpu.max").write_text(text)
        assert _cgroup_cpus(str(tmp_path / "cpu.max")) == expected
    assert _cgroup_cpus(str(tmp_path / "missing")) is None
