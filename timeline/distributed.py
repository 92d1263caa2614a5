"""Extraction on a Dask cluster, for corpora larger than one machine can parse in time.

The extractor is a pure function (Article -> events), so Dask may run it anywhere. Dask
schedules the work (no scheduler of ours): chunks of consecutive articles go to the
cluster as tasks through Dask's `concurrent.futures` interface (`client.get_executor`),
at most a bounded number at a time, and results are taken back oldest first. They stream
into the single writer of the log exactly as in-process results do, so the log is the
same as with `timeline add --workers N`, apart from timestamps.

Example::

    from dask.distributed import Client
    from timeline.app import Timeline
    from timeline.ingest import read_inputs
    from timeline.distributed import add_on_dask

    with Client("tcp://scheduler:8786") as client, Timeline.open("events.db") as tl:
        report = add_on_dask(tl, read_inputs(["corpus.jsonl"]), client)

Workers need `timeline` installed (same version: the extractor version is recorded in
the log) and load spaCy once each, on their first task.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Optional

from timeline.parallel import CHUNKS_PER_WORKER, DEFAULT_CHUNK, extract_in_order


def cluster_threads(client) -> int:
    """Worker threads in the cluster right now (at least 1)."""
    return max(1, sum(client.nthreads().values()))


def dask_executor(client):
    """Dask's `concurrent.futures.Executor` over `client`; tasks are never deduplicated
    by Dask (`pure=False`) since articles are already deduplicated by the log."""
    return client.get_executor(pure=False)


def extract_on_dask(
    items: Iterable,
    client,
    extractor: Optional[Callable] = None,
    *,
    needs_work: Callable[[object], bool] = lambda item: True,
    chunk_size: int = DEFAULT_CHUNK,
    window: Optional[int] = None,
) -> Iterator[tuple[object, object]]:
    """Yield (item, events | exception | None) for each item, in input order, extracting on Dask.

    `items` are `Article`s or anything with an `.article` (e.g. `ingest.Loaded`). At most
    `window` chunks of `chunk_size` articles are on the cluster at once (default: two per
    worker thread), so a corpus of any size streams through in bounded memory.
    """
    if extractor is None:
        from timeline.app import default_extractor

        extractor, _ = default_extractor()
    window = window or CHUNKS_PER_WORKER * cluster_threads(client)
    yield from extract_in_order(
        items, needs_work, extractor, 0, executor=dask_executor(client), chunk_size=chunk_size, window=window
    )


def add_on_dask(timeline, items: Iterable, client, **add_options):
    """`Timeline.add` with extraction on the Dask cluster behind `client`; the report of `add`."""
    add_options.setdefault("workers", cluster_threads(client))  # sizes the window of tasks in flight
    return timeline.add(items, executor=dask_executor(client), **add_options)
