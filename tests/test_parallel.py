"""Parallel extraction: same log whatever the number of workers, input order kept,
failures isolated per article, memory bounded by a window of chunks."""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from timeline import parallel
from timeline.app import Timeline
from timeline.ingest import Loaded, Problem, read_inputs
from timeline.model import Article
from timeline.parallel import batch_form, extract_chunk, extract_in_order

from conftest import CORPUS, SEEDS, said_extractor

LOG_COLUMNS = "position, stream, version, type, schema, data, entry_id"  # all but recorded_at


def log_rows(db_path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT {LOG_COLUMNS} FROM log ORDER BY position").fetchall()


def corpus_items(n: int) -> list:
    if CORPUS.exists():
        return list(itertools.islice(read_inputs([str(CORPUS)]), n))
    return [Loaded(Article.from_text(f"Story {i}\n\nThe mayor said {i} things.\n")) for i in range(n)]


def numbered(n: int) -> list[Loaded]:
    return [Loaded(Article.from_text(f"Story {i}\n\nThe mayor said {i} officers were hired.\n")) for i in range(n)]


def number_of(article) -> int:
    return int(article.text.split()[1])


# -- extractors for the tests: module level, so worker processes can unpickle them ----------
def slow_when_early(article):
    """Early articles take longest, so workers finish out of order."""
    n = number_of(article)
    time.sleep(max(0.0, 0.03 - 0.003 * n))
    return said_extractor(article)


def boom_on_13(article):
    if number_of(article) == 13:
        raise ValueError("cannot parse story 13")
    return said_extractor(article)


def many_with_boom(articles, batch_size=32):
    """A batch form that fails the whole batch when one article is bad (like a pipe would)."""
    return [boom_on_13(a) for a in articles]


boom_on_13.many = many_with_boom


def dies_on_7(article):
    if number_of(article) == 7:
        os._exit(3)  # a worker process dies, as on a segfault or the OOM killer
    return said_extractor(article)


BATCH_CALLS: list[int] = []


def counted(article):
    return said_extractor(article)


def counted_many(articles, batch_size=32):
    BATCH_CALLS.append(len(articles))
    return (said_extractor(a) for a in articles)


counted.many = counted_many


# -- the log is the same whatever the number of workers ---------------------------------------
def test_one_and_two_workers_write_identical_logs(tmp_path):
    items = corpus_items(40)
    items.insert(5, Problem("broken.txt", "not UTF-8"))
    items.insert(20, items[3])  # the same article again: stored once
    logs, reports = [], []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        with Timeline.open(db) as tl:
            report = tl.add(items, extractor=said_extractor, workers=workers)
        reports.append((report.added, report.present, len(report.failed), report.events))
        logs.append(log_rows(db))
    assert reports[0] == reports[1] == (40, 1, 1, reports[0][3])
    assert reports[0][3] > 40
    assert logs[0] == logs[1]
    assert sum(row[3] == "ArticleAdded" for row in logs[0]) == 40


def test_the_real_extractor_gives_the_same_log_in_workers(tmp_path, monkeypatch):
    pytest.importorskip("timeline.extract")
    from timeline.extract import EXTRACTOR_VERSION, extract_events

    monkeypatch.setattr(parallel, "MIN_BATCH_FOR_WORKERS", 2)
    items = list(read_inputs([str(SEEDS)]))[:3]
    logs = []
    for workers in (1, 2):
        db = tmp_path / f"real{workers}.db"
        with Timeline.open(db) as tl:
            report = tl.add(items, extractor=extract_events, extractor_version=EXTRACTOR_VERSION,
                            workers=workers)
        assert report.ok and report.added == 3
        logs.append(log_rows(db))
    assert logs[0] == logs[1]
    assert any(row[3] == "EventExtracted" for row in logs[0])


# -- order, failures, memory ------------------------------------------------------------------
@pytest.mark.parametrize("workers, chunk_size", [(1, 4), (2, 1), (2, 3)])
def test_results_come_back_in_input_order(workers, chunk_size):
    items = numbered(30)
    got = list(extract_in_order(items, lambda item: True, slow_when_early, workers, chunk_size=chunk_size))
    assert [item for item, _ in got] == items
    assert [events for _, events in got] == [said_extractor(item.article) for item in items]


@pytest.mark.parametrize("workers", [1, 2])
def test_post_runs_where_the_events_are_extracted(workers):
    """`Timeline.add` has its workers serialize the events (`store.Serialized`): the writer
    gets each article's payloads in their stored form, ids and order kept."""
    from timeline.app import serialized_events
    from timeline.store import Serialized

    items = numbered(16)
    got = list(extract_in_order(items, lambda item: True, said_extractor, workers, chunk_size=4,
                                post=serialized_events))
    assert [item for item, _ in got] == items
    for item, packed in got:
        events = said_extractor(item.article)
        assert all(isinstance(p, Serialized) and p.type == "EventExtracted" for p in packed)
        assert [p.id for p in packed] == [e.id for e in events]
        assert [json.loads(p.data)["event"]["id"] for p in packed] == [e.id for e in events]


def test_items_without_work_pass_through_in_place():
    items = numbered(20)
    items[4] = Problem("x.txt", "bad")
    needs = lambda item: isinstance(item, Loaded) and number_of(item.article) % 3 != 0  # noqa: E731
    got = list(extract_in_order(items, needs, said_extractor, 2, chunk_size=4))
    assert [item for item, _ in got] == items
    for item, events in got:
        assert (events is None) == (not needs(item))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_article_fails_alone_even_inside_a_batch(workers):
    items = numbered(20)
    got = dict((number_of(i.article), e) for i, e in extract_in_order(items, lambda i: True, boom_on_13, workers, chunk_size=8))
    assert isinstance(got[13], ValueError)
    assert all(isinstance(got[n], list) and got[n] for n in got if n != 13)


def test_a_dead_worker_fails_its_chunk_and_the_rest_goes_on():
    items = numbered(24)
    got = list(extract_in_order(items, lambda i: True, dies_on_7, 2, chunk_size=1))
    assert [item for item, _ in got] == items
    failed = [number_of(i.article) for i, e in got if isinstance(e, Exception)]
    assert failed == [7]
    assert all(e == said_extractor(i.article) for i, e in got if number_of(i.article) != 7)


def test_the_input_is_read_only_a_window_ahead():
    pulled = []

    def source():
        for item in numbered(2000):
            pulled.append(item)
            yield item

    results = extract_in_order(source(), lambda i: True, said_extractor, 2, chunk_size=4, window=3)
    first = next(results)
    assert first[0] is pulled[0]
    assert len(pulled) <= max(parallel.MIN_BATCH_FOR_WORKERS, 3 * 4)
    rest = list(results)
    assert len(rest) == 1999 and [i for i, _ in rest] == pulled[1:]


# -- the batch form ---------------------------------------------------------------------------
def test_chunks_use_the_batch_form_with_the_same_results():
    BATCH_CALLS.clear()
    items = numbered(10)
    got = list(extract_in_order(items, lambda i: True, counted, 1, chunk_size=4))
    assert BATCH_CALLS == [4, 4, 2]
    assert [e for _, e in got] == [said_extractor(i.article) for i in items]


def test_the_real_extractor_offers_extract_many():
    extract = pytest.importorskip("timeline.extract")
    assert batch_form(extract.extract_events) is extract.extract_many
    assert batch_form(said_extractor) is None
    assert extract_chunk(said_extractor, [i.article for i in numbered(2)]) == [
        said_extractor(i.article) for i in numbered(2)
    ]


def _blas_threads_in_worker(_):
    import numpy  # noqa: F401  (loads OpenBLAS)

    return parallel.blas_threads()


def test_workers_run_one_blas_thread_each():
    import concurrent.futures as cf

    with cf.ProcessPoolExecutor(max_workers=1, initializer=parallel._worker_init) as pool:
        threads = pool.submit(_blas_threads_in_worker, 0).result()
    assert threads and set(threads) == {1}


def test_the_command_runs_one_blas_thread(tmp_path):
    """Small batches are extracted in the `timeline` process itself: it caps its BLAS pool too."""
    import subprocess
    import sys

    script = (
        "import json, os, numpy; from click.testing import CliRunner; from timeline.cli import cli;"
        "from timeline.parallel import blas_threads;"
        "before = blas_threads();"
        f"r = CliRunner().invoke(cli, ['--db', {str(tmp_path / 'x.db')!r}, 'status']);"
        "print(json.dumps([os.cpu_count() or 1, before, blas_threads(), r.exit_code]))"
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    cpus, before, after, code = json.loads(out.stdout.strip().splitlines()[-1])
    assert code == 0
    assert after and set(after) == {1}
    if cpus > 1:
        assert set(before) != {1}  # the default pool: the cap is the command's doing


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_and_its_workers_collect_garbage_less_often(tmp_path, workers):
    """`Timeline.add` raises the collector's thresholds while it stores a batch
    (`app.fewer_collections`) and restores them after; extraction runs with the raised
    thresholds, in worker processes (`parallel._worker_init`) or in the writer itself."""
    import gc

    from timeline import app
    from conftest import gc_threshold_extractor

    usual = gc.get_threshold()
    tl = Timeline.open(tmp_path / "events.db")
    report = tl.add(numbered(12), extractor=gc_threshold_extractor, extractor_version="gc", workers=workers)
    tl.close()
    assert gc.get_threshold() == usual
    seen = {p.message.split("gc thresholds ")[-1] for p in report.failed}
    assert len(report.failed) == 12 and len(seen) == 1
    during = tuple(map(int, seen.pop().split(",")))
    assert during == app.BATCH_GC_THRESHOLDS
    assert app.BATCH_GC_THRESHOLDS[0] > usual[0]
