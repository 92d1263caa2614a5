"""Fan extraction out over processes while results come back in input order.

Extraction is a pure function of an article, so it can run anywhere; the log has one
writer. Items are cut into small chunks (consecutive items, so order is trivial to keep);
each chunk is one task, extracted in a worker with the extractor's batch form when it has
one (`extract_many`: spaCy's `nlp.pipe`), else article by article. At most `window` chunks
are in flight, so memory stays bounded however large the input, and results are yielded
in the order items arrived: the log is identical whatever the number of workers.

Any `concurrent.futures.Executor` can run the chunks: a process pool made here (the
default), or Dask's (`timeline.distributed`), with the same pure function.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import gc
import itertools
import os
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, Optional

#: Inputs shorter than this run in-process: starting workers (each loads spaCy) costs more.
MIN_BATCH_FOR_WORKERS = 12
#: Articles per task: large enough for `nlp.pipe` batching and few round trips, small
#: enough that two workers stay busy and little is held in memory.
DEFAULT_CHUNK = 8
#: Chunks in flight per worker (one running, one queued so a worker never waits).
CHUNKS_PER_WORKER = 2


def limit_blas_threads(n: int = 1) -> int:
    """Cap the BLAS thread pools loaded in this process at `n` threads (OpenBLAS, as numpy
    bundles it); returns how many libraries were capped.

    Extraction multiplies matrices with numpy (`timeline.extract.nlp`). Each worker process
    already has a core to itself, so a BLAS pool per worker only oversubscribes the cores
    (threads spinning against each other): the workers run one thread each. The library
    was loaded (numpy is imported) before the pool forked, so the environment variable
    alone is too late; the pool is capped through the library's own call. The `timeline`
    command caps its own process too (extraction of small batches runs in it): on the 2-core
    machine one thread parsed the corpus in 71 ms of wall time and 69 ms of CPU per article,
    the default pool in 87 ms and 139 ms.
    """
    import ctypes

    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[var] = str(n)
    capped = 0
    for set_threads in _openblas_calls("set"):
        set_threads(ctypes.c_int(n))
        capped += 1
    return capped


def blas_threads() -> list[int]:
    """The thread count of each OpenBLAS loaded in this process (for checks and benchmarks)."""
    return [int(get_threads()) for get_threads in _openblas_calls("get")]


def _openblas_calls(verb: str) -> list:
    """`openblas_<verb>_num_threads` of each OpenBLAS loaded in this process (under whichever
    of its exported names the build uses)."""
    import ctypes

    try:
        with open("/proc/self/maps") as handle:
            paths = sorted({line.split()[-1] for line in handle if "openblas" in line.lower() and ".so" in line})
    except OSError:
        return []
    calls = []
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        names = (f"scipy_openblas_{verb}_num_threads64_", f"scipy_openblas_{verb}_num_threads",
                 f"openblas_{verb}_num_threads64_", f"openblas_{verb}_num_threads")
        call = next((getattr(lib, name) for name in names if hasattr(lib, name)), None)
        if call is not None:
            calls.append(call)
    return calls


#: `gc` thresholds of a batch: the writer while it stores one (`app.fewer_collections`) and
#: the extraction workers
BATCH_GC_THRESHOLDS = (50_000, 50, 100)


def _worker_init() -> None:
    limit_blas_threads(1)
    # a batch process too: the cyclic collector traversed the parses' many short-lived objects
    # for about 1.4% of a worker's CPU on the corpus (four paired runs, 12.86 against 12.68 s)
    gc.set_threshold(*BATCH_GC_THRESHOLDS)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def batch_form(extractor: Callable) -> Optional[Callable]:
    """The extractor's batch form, `many(articles, batch_size) -> iterable of event lists`.

    Either the extractor's own `many` attribute, or an `extract_many` defined next to it
    when the extractor is its module's `extract_events` (as in `timeline.extract`).
    Both must give the same results as calling the extractor article by article.
    """
    many = getattr(extractor, "many", None)
    if callable(many):
        return many
    module = sys.modules.get(getattr(extractor, "__module__", None) or "")
    if module is not None and getattr(module, "extract_events", None) is extractor:
        many = getattr(module, "extract_many", None)
        return many if callable(many) else None
    return None


def _safe(extractor: Callable, article):
    try:
        return extractor(article)
    except Exception as err:  # reported per article; the batch goes on
        return err


def extract_chunk(extractor: Callable, articles: list, post: Optional[Callable] = None) -> list:
    """Events (or the exception) for each article, in order: the unit of work of a task.

    `post`, if given, turns each article's events into what is sent back (the writer's
    `Timeline.add` has them serialized here, in the worker: see `store.Serialized`)."""
    many = batch_form(extractor) if len(articles) > 1 else None
    results = None
    if many is not None:
        try:
            results = [list(events) for events in many(articles, batch_size=len(articles))]
            if len(results) != len(articles):
                results = None
        except Exception:  # one bad article must fail alone: redo the chunk one by one
            results = None
    if results is None:
        results = [_safe(extractor, article) for article in articles]
    if post is not None:
        results = [r if isinstance(r, Exception) else _safe(post, r) for r in results]
    return results


def _article(item):
    return getattr(item, "article", item)


def extract_in_order(
    items: Iterable,
    needs_work: Callable[[object], bool],
    extractor: Callable,
    workers: int,
    *,
    executor: Optional[cf.Executor] = None,
    chunk_size: int = DEFAULT_CHUNK,
    window: Optional[int] = None,
    post: Optional[Callable] = None,
) -> Iterator[tuple[object, object]]:
    """Yield (item, events | exception | None) for each item, in input order; None = no work.

    `item.article` (or the item itself) is what the extractor gets. With `executor` the
    chunks run there (it is not shut down; `workers` then says how many tasks it runs at
    once); otherwise in `workers` processes, or in this process when `workers` is 1 or
    the input is short. `window` bounds the chunks in flight (default: two per worker).
    `post` is applied to each article's events where they were extracted (`extract_chunk`).
    """
    items = iter(items)
    chunk_size = max(1, chunk_size)
    if executor is None:
        head = list(itertools.islice(items, MIN_BATCH_FOR_WORKERS))
        items = itertools.chain(head, items)
        if workers <= 1 or len(head) < MIN_BATCH_FOR_WORKERS:
            for chunk in _chunks(items, chunk_size, needs_work):
                yield from _pair(chunk, extract_chunk(extractor, [_article(i) for i, w in chunk if w], post))
            return
    window = max(1, window or CHUNKS_PER_WORKER * max(1, workers))
    chunks = _chunks(items, chunk_size, needs_work)
    if executor is not None:
        yield from _run(chunks, extractor, window, lambda: executor, restart=False, post=post)
        return
    pools: list[cf.ProcessPoolExecutor] = []

    def new_pool() -> cf.Executor:
        if pools:
            pools[-1].shutdown(wait=False, cancel_futures=True)
        pools.append(cf.ProcessPoolExecutor(max_workers=workers, initializer=_worker_init))
        return pools[-1]

    try:
        yield from _run(chunks, extractor, window, new_pool, restart=True, post=post)
    finally:
        if pools:
            pools[-1].shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterator, size: int, needs_work: Callable) -> Iterator[list]:
    """Consecutive items as [(item, needs work?)] lists of `size`."""
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield [(item, needs_work(item)) for item in chunk]


def _pair(chunk: list, results: list) -> Iterator[tuple[object, object]]:
    """Zip a chunk's items with the results of those that needed work (None for the rest)."""
    results = iter(results)
    for item, work in chunk:
        yield item, (next(results) if work else None)


def _run(chunks: Iterator[list], extractor, window: int, get_pool: Callable[[], cf.Executor], restart: bool,
         post: Optional[Callable] = None):
    """Keep up to `window` chunks in flight; settle them oldest first.

    If a worker process dies (the pool breaks), the chunk being settled fails, article by
    article, and the chunks still in flight are resubmitted to a fresh pool.
    """
    state = {"pool": get_pool()}
    pending: collections.deque = collections.deque()

    def submit(chunk):
        work = [_article(item) for item, w in chunk if w]
        if not work:
            return None
        try:
            return state["pool"].submit(extract_chunk, extractor, work, post)
        except BrokenProcessPool:
            if not restart:
                raise
            state["pool"] = get_pool()
            return state["pool"].submit(extract_chunk, extractor, work, post)

    def settle():
        head, future = pending.popleft()
        failed = sum(1 for _, w in head if w)
        try:
            results = future.result() if future is not None else []
        except BrokenProcessPool as err:
            if not restart:
                raise
            results = [RuntimeError(f"extraction worker died ({err})")] * failed
            state["pool"] = get_pool()
            for entry in pending:
                entry[1] = submit(entry[0])
        except Exception as err:  # the task itself failed (e.g. it could not be sent)
            results = [err] * failed
        return _pair(head, results)

    for chunk in chunks:
        pending.append([chunk, submit(chunk)])
        while len(pending) >= window:
            yield from settle()
    while pending:
        yield from settle()
