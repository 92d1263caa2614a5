"""Fan extraction out over processes while results come back in input order.

Extraction is a pure function of an article, so it can run anywhere; the log has one
writer. Results are yielded in the order items arrived, so the log is identical
whatever the number of workers. Small batches never pay for starting processes.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import itertools
import os
from typing import Callable, Iterable, Iterator

#: Batches smaller than this run in-process: starting workers (each loads spaCy) costs more.
MIN_BATCH_FOR_WORKERS = 12


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _safe(extractor: Callable, article):
    try:
        return extractor(article)
    except Exception as err:  # reported per article; the batch goes on
        return err


def extract_in_order(
    items: Iterable, needs_work: Callable[[object], bool], extractor: Callable, workers: int
) -> Iterator[tuple[object, object]]:
    """Yield (item, events | exception | None) for each item, None meaning 'no work'."""
    items = iter(items)
    head = list(itertools.islice(items, MIN_BATCH_FOR_WORKERS))
    if workers <= 1 or len(head) < MIN_BATCH_FOR_WORKERS:
        for item in itertools.chain(head, items):
            yield item, (_safe(extractor, item.article) if needs_work(item) else None)
        return
    window = workers * 4
    pending: collections.deque = collections.deque()
    with cf.ProcessPoolExecutor(max_workers=workers) as pool:
        for item in itertools.chain(head, items):
            future = pool.submit(_safe, extractor, item.article) if needs_work(item) else None
            pending.append((item, future))
            while len(pending) >= window:
                yield _settle(pending.popleft())
        while pending:
            yield _settle(pending.popleft())


def _settle(pair):
    item, future = pair
    if future is None:
        return item, None
    try:
        return item, future.result()
    except Exception as err:  # a worker died
        return item, err
