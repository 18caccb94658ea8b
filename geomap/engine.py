"""Running a per-document function over a stream of documents.

:func:`map_documents` yields one result per document, in input order, whatever
the engine:

* ``local`` with ``jobs=1`` — in this process;
* ``local`` with ``jobs=N`` — N worker processes (``concurrent.futures``); the
  documents go out in chunks and at most ``2 * N`` chunks are in flight, so
  memory stays flat however many documents there are;
* ``dask`` — batches of partitions computed with ``dask.bag`` on a
  ``distributed`` cluster: the one at ``scheduler`` (an address such as
  ``tcp://10.0.0.5:8786``), a given ``client``, or else a local cluster of
  ``jobs`` worker processes started for the run.

``func`` must be picklable for the parallel engines (a module-level function,
or a ``functools.partial`` of one). Any exception it raises is re-raised here
as :class:`geomap.errors.ProcessingError` naming the document.
"""

from __future__ import annotations

import collections
import itertools
import os
import traceback
from typing import Any, Callable, Iterable, Iterator

from .errors import EngineError, ProcessingError

__all__ = ["map_documents", "default_jobs", "extract_task", "incidents_task", "warm", "ENGINES"]

ENGINES = ("local", "dask")


def default_jobs() -> int:
    """All the cores this process may use (CPU affinity, and a container's CPU quota)."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        n = os.cpu_count() or 1
    quota = _cgroup_cpus()
    if quota:
        n = min(n, quota)
    return max(1, n)


def _cgroup_cpus(path: str = "/sys/fs/cgroup/cpu.max") -> int | None:
    """Whole CPUs allowed by a cgroup v2 quota ("200000 100000" -> 2), or None."""
    try:
        with open(path, encoding="ascii") as fh:
            quota, period = fh.read().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    try:
        return max(1, -(-int(quota) // int(period)))  # rounded up
    except (ValueError, ZeroDivisionError):
        return None


def warm() -> None:
    """Load the gazetteer in this process (workers call it once, before any document)."""
    from . import geoparse

    warm_up = getattr(geoparse, "warm", None)
    if callable(warm_up):
        warm_up()
    else:
        geoparse.extract("Astana", date="2020-01-01")


def extract_task(doc, as_of=None) -> list[dict]:
    """The place mentions of one document (what ``geomap extract`` writes)."""
    from .geoparse import extract_document

    return extract_document(doc, as_of=as_of)


def incidents_task(doc, as_of=None, mentions: list[dict] | None = None) -> list[dict]:
    """The incidents of one document (what ``geomap incidents`` writes), from its
    ``mentions`` when they are already known."""
    from .events import detect

    if mentions is None:
        mentions = extract_task(doc, as_of=as_of)
    return detect(doc, mentions=mentions, as_of=as_of)


def _call(func: Callable, doc) -> Any:
    try:
        return func(doc)
    except Exception:
        raise ProcessingError(
            str(getattr(doc, "id", "?")),
            getattr(doc, "source", None),
            getattr(doc, "line", None),
            traceback.format_exc(),
        ) from None


def _run_chunk(func: Callable, chunk: list) -> list:
    return [_call(func, doc) for doc in chunk]


def _chunks(docs: Iterable, size: int) -> Iterator[list]:
    it = iter(docs)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def _init_worker(initializer):
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the parent
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's clean-up handler
    if initializer is not None:
        initializer()


def map_documents(
    func: Callable,
    docs: Iterable,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunksize: int = 32,
    *,
    initializer: Callable[[], None] | None = None,
    client=None,
    batch: int | None = None,
    serial_below: int | None = None,
    warm_parent: bool = True,
    on_start: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """``func(doc)`` for every document, in input order, streamed (see module doc).

    ``initializer`` runs once in each worker process before its first chunk
    (e.g. to load the gazetteer). ``batch`` is the number of documents the dask
    engine hands to the cluster at once (default ``chunksize * 8 * jobs``).

    With the local engine, an input of fewer than ``serial_below`` documents
    (default ``jobs * chunksize``) is processed in this process: starting
    workers would cost more than it saves. Pass 0 to always use workers.
    With ``warm_parent`` (and the ``fork`` start method) the initializer runs
    once in this process before the workers are forked, so they share what it
    loaded. ``on_start`` is called once the work is under way (after the
    workers exist), e.g. to prepare the next step in a thread meanwhile.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    jobs = int(jobs) if jobs else default_jobs()
    if jobs < 1:
        raise ValueError("jobs must be >= 1")
    chunksize = max(1, int(chunksize))
    if engine == "dask":
        return _map_dask(func, docs, jobs, scheduler, chunksize, client, batch, initializer)
    if jobs == 1:
        return _map_serial(func, docs, initializer, on_start)
    if serial_below is None:
        serial_below = jobs * chunksize
    return _map_local(func, docs, jobs, chunksize, initializer, serial_below, warm_parent, on_start)


def _map_local(func, docs, jobs, chunksize, initializer, serial_below, warm_parent, on_start):
    it = iter(docs)
    head = list(itertools.islice(it, serial_below))
    if len(head) < serial_below:  # the whole input is small
        yield from _map_serial(func, head, initializer, on_start)
        return
    yield from _map_processes(func, itertools.chain(head, it), jobs, chunksize, initializer,
                              warm_parent, on_start)


def _map_serial(func, docs, initializer, on_start=None) -> Iterator[Any]:
    if on_start is not None:
        on_start()
    for doc in docs:
        if initializer is not None:  # only once there is a document to process
            initializer()
            initializer = None
        yield _call(func, doc)


def _map_processes(func, docs, jobs, chunksize, initializer, warm_parent=True, on_start=None):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pending: collections.deque = collections.deque()
    limit = 2 * jobs
    if warm_parent and initializer is not None and multiprocessing.get_start_method() == "fork":
        initializer()  # forked workers inherit what the parent loaded (shared, copy-on-write)
        import gc

        gc.freeze()  # keep the collector from touching (and so copying) the shared objects
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(initializer,))
    try:
        try:
            for chunk in _chunks(docs, chunksize):
                pending.append(pool.submit(_run_chunk, func, chunk))
                del chunk
                if on_start is not None:  # workers are forked by the first submit: threads are safe now
                    on_start()
                    on_start = None
                while len(pending) >= limit:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool as exc:
            raise EngineError(
                "a worker process died unexpectedly (killed, or out of memory?); "
                "try fewer --jobs"
            ) from exc
    finally:
        for fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _map_dask(func, docs, jobs, scheduler, chunksize, client, batch, initializer) -> Iterator[Any]:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise EngineError(
            "the dask engine needs dask[bag] and distributed: pip install 'geomap[dask]'"
        ) from exc

    own_client = own_cluster = None
    if client is None:
        try:
            if scheduler:
                client = own_client = Client(scheduler)
            else:
                own_cluster = LocalCluster(
                    n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
                )
                client = own_client = Client(own_cluster)
        except (OSError, ValueError, TypeError) as exc:
            if own_cluster is not None:
                own_cluster.close()
            where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
            raise EngineError(f"cannot use {where}: {exc}") from None
    try:
        if initializer is not None:
            client.run(initializer)
        batch = batch or chunksize * 8 * jobs
        pending: collections.deque = collections.deque()
        for docs_batch in _chunks(docs, batch):
            bag = db.from_sequence(docs_batch, partition_size=chunksize)
            pending.append(client.compute(bag.map_partitions(_run_chunk_partition, func)))
            del docs_batch, bag
            while len(pending) >= 2:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()


def _run_chunk_partition(partition, func):
    return _run_chunk(func, list(partition))
