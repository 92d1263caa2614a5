"""Extraction on a local Dask cluster streams into the single-writer log: same log as in-process."""

from __future__ import annotations

import sqlite3

import pytest

distributed = pytest.importorskip("dask.distributed")

from timeline.app import Timeline  # noqa: E402
from timeline.distributed import add_on_dask, extract_on_dask  # noqa: E402
from timeline.ingest import Problem, read_inputs  # noqa: E402

from conftest import SEEDS, said_extractor  # noqa: E402
from test_parallel import boom_on_13, corpus_items, log_rows, number_of, numbered, slow_when_early  # noqa: E402


@pytest.fixture(scope="module")
def client():
    # worker processes (not threads): the extractor and articles really travel by pickle
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_results_come_back_in_input_order(client):
    items = numbered(30)
    got = list(extract_on_dask(items, client, slow_when_early, chunk_size=2, window=4))
    assert [item for item, _ in got] == items
    assert [events for _, events in got] == [said_extractor(item.article) for item in items]


def test_dask_takes_plain_articles_and_isolates_failures(client):
    articles = [item.article for item in numbered(20)]
    got = list(extract_on_dask(articles, client, boom_on_13, chunk_size=8))
    assert [a for a, _ in got] == articles
    assert [number_of(a) for a, e in got if isinstance(e, Exception)] == [13]


def test_a_log_built_on_dask_equals_the_in_process_log(client, tmp_path):
    items = corpus_items(30)
    items.insert(7, Problem("broken.txt", "not UTF-8"))
    reports = []
    for name in ("local", "dask"):
        with Timeline.open(tmp_path / f"{name}.db") as tl:
            if name == "local":
                report = tl.add(items, extractor=said_extractor, workers=1)
            else:
                report = add_on_dask(tl, items, client, extractor=said_extractor)
        reports.append((report.added, len(report.failed), report.events))
    assert reports[0] == reports[1] and reports[0][0] == 30
    assert log_rows(tmp_path / "local.db") == log_rows(tmp_path / "dask.db")


def test_the_real_extractor_on_dask_gives_the_in_process_log(client, tmp_path):
    extract = pytest.importorskip("timeline.extract")
    items = list(read_inputs([str(SEEDS)]))[:2]
    options = dict(extractor=extract.extract_events, extractor_version=extract.EXTRACTOR_VERSION)
    with Timeline.open(tmp_path / "local.db") as tl:
        assert tl.add(items, workers=1, **options).added == 2
    with Timeline.open(tmp_path / "dask.db") as tl:
        assert add_on_dask(tl, items, client, **options).added == 2
    rows = log_rows(tmp_path / "dask.db")
    assert rows == log_rows(tmp_path / "local.db")
    assert any(row[3] == "EventExtracted" for row in rows)


def test_cli_add_with_dask_scheduler_address(client, tmp_path):
    """`timeline add --dask ADDRESS` extracts on the cluster and stores what `add` alone would."""
    from click.testing import CliRunner

    from timeline.cli import cli

    db = tmp_path / "events.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "add", str(SEEDS), "--dask", client.scheduler.address])
    assert result.exit_code == 0, result.output
    assert "added 5 articles" in result.stdout
    local = tmp_path / "local.db"
    assert CliRunner().invoke(cli, ["--db", str(local), "add", str(SEEDS), "--workers", "1"]).exit_code == 0
    assert log_rows(db) == log_rows(local)


def test_cli_dask_unreachable_scheduler_is_one_clear_error(tmp_path):
    from click.testing import CliRunner

    from timeline.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "e.db"), "add", str(SEEDS), "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.stderr.startswith("timeline: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
