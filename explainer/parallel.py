"""Spread per-article and per-page work over the machine's cores.

Workers are forked after the expensive shared state exists (the spaCy pipeline,
the matchers, the entries, the templates), so they inherit it instead of
rebuilding or unpickling it; only each chunk's results travel back. Results come
back in input order, so the output is the same whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os

_TASK: tuple | None = None


def default_workers() -> int:
    configured = os.environ.get("EXPLAINER_WORKERS")
    if configured and configured.isdigit():
        return max(1, int(configured))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _run_chunk(bounds: tuple[int, int]) -> list:
    fn, items = _TASK  # type: ignore[misc]
    return [fn(item) for item in items[bounds[0]:bounds[1]]]


def parallel_map(fn, items: list, workers: int | None = None, min_items: int = 64) -> list:
    """``[fn(x) for x in items]``, in several processes when there is enough work to share."""
    global _TASK
    workers = workers or default_workers()
    if workers <= 1 or len(items) < min_items or "fork" not in multiprocessing.get_all_start_methods():
        return [fn(item) for item in items]
    items = items if isinstance(items, list) else list(items)
    pieces = workers * 4
    step = -(-len(items) // pieces)
    chunks = [(i, min(i + step, len(items))) for i in range(0, len(items), step)]
    _TASK = (fn, items)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_run_chunk, chunks, chunksize=1)
    finally:
        _TASK = None
    return [result for part in parts for result in part]
