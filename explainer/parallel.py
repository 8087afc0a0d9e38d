"""Spread per-article and per-page work over the machine's cores.

A process pool whose workers get their state through an initializer: the function and
the items travel to each worker once, when it starts, and only each chunk's results
come back. Workers are forked after the expensive shared state exists (the spaCy
pipeline, the matchers, the entries, the templates), so they inherit it instead of
rebuilding or unpickling it; fork is used only while the process runs no other thread
(in a threaded process, such as `serve`, the work is done in this process). Results
come back in input order, so the output is the same whatever the number of workers,
and a worker that dies is an error, never a hang.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

_STATE: tuple | None = None  # in a worker process only: (fn, items), set by its initializer


class WorkerError(Exception):
    pass


def default_workers() -> int:
    configured = os.environ.get("EXPLAINER_WORKERS")
    if configured and configured.isdigit():
        return max(1, int(configured))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _init(fn, items) -> None:
    global _STATE
    _STATE = (fn, items)


def _run_chunk(bounds: tuple[int, int]) -> list:
    fn, items = _STATE  # type: ignore[misc]
    return [fn(item) for item in items[bounds[0]:bounds[1]]]


def can_fork() -> bool:
    """Whether this process may fork workers that inherit its state: only while it runs no other thread."""
    return threading.active_count() <= 1 and "fork" in multiprocessing.get_all_start_methods()


def parallel_map(fn, items: list, workers: int | None = None, min_items: int = 64) -> list:
    """``[fn(x) for x in items]``, in several processes when there is enough work to share."""
    workers = workers or default_workers()
    items = items if isinstance(items, list) else list(items)
    if workers <= 1 or len(items) < min_items or not can_fork():
        return [fn(item) for item in items]
    # Everything alive now (the pipeline, the matchers, the entries) leaves the collector's care until the pool is
    # done: a collection in a worker then never walks it (each page it touched would be copied into the worker),
    # and one in this process, set off by the results coming back, never walks it either. A caller that froze its
    # own objects already (`generate`, `serve`) keeps them frozen: only a freeze made here is undone here.
    outer = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        with started(fn, items, workers, min_items) as results:
            return results()
    finally:
        if not outer:
            gc.unfreeze()


@contextlib.contextmanager
def started(fn, items: list, workers: int | None = None, min_items: int = 64):
    """Start ``[fn(x) for x in items]`` in worker processes, and yield a function that returns the results:
    this process does other work in between (loading goes on while spaCy is imported). Where the work is
    not shared (one worker, few items, another thread running), the function computes it when called.
    The pool is shut down, and its threads joined, when the block ends, so this process may fork again.
    One worker is worth starting here (this process works beside it); none (``workers=0``) computes in place."""
    workers = default_workers() if workers is None else workers
    items = items if isinstance(items, list) else list(items)
    if workers < 1 or len(items) < min_items or not can_fork():
        yield lambda: [fn(item) for item in items]
        return
    step = -(-len(items) // (workers * 4))
    chunks = [(i, min(i + step, len(items))) for i in range(0, len(items), step)]
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_init,
                               initargs=(fn, items))
    try:
        parts = pool.map(_run_chunk, chunks)  # (submitted now; the results are read when asked for)

        def results() -> list:
            try:
                return [result for part in parts for result in part]
            except BrokenProcessPool:
                raise WorkerError("a worker process died (out of memory, or killed); build again, or with "
                                  "EXPLAINER_WORKERS=1 to use one process") from None
        yield results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
