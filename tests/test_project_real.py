"""The projections over the real extractor's output on the seeds (skipped until it imports)."""

from __future__ import annotations

import pytest

from test_project import snapshot
from timeline import project
from timeline.app import Timeline
from timeline.edit import Editor
from timeline.ingest import read_inputs
from timeline.query import Filters, select_timeline

extract = pytest.importorskip("timeline.extract")


@pytest.fixture(scope="module")
def tl(tmp_path_factory):
    path = tmp_path_factory.mktemp("real") / "events.db"
    seeds = __import__("conftest").SEEDS
    timeline = Timeline.open(path)
    report = timeline.add(read_inputs([seeds]), workers=1)
    assert report.ok and report.events > 20
    yield timeline
    timeline.close()


def test_rows_are_traceable(tl):
    texts = {a: tl.article(a).text for a in tl.article_ids()}
    for row in select_timeline(tl.log, Filters()):
        for s in row["source_list"]:
            assert texts[s["article_id"]][s["sentence_start"]:s["sentence_end"]] == s["evidence"]


def test_the_1500_sweep_is_merged_across_articles(tl):
    sweep = [r for r in select_timeline(tl.log, Filters(kind=("operation",)))
             if any("1,500" in s["evidence"] for s in r["source_list"])]
    merged = [r for r in sweep if len({s["article_id"] for s in r["source_list"]}) >= 2]
    assert merged, [r["headline"] for r in sweep]
    assert all(e.payload.automatic for e in tl.log.read(types=["EventsMerged"]))


def test_redating_the_undated_seed_and_rebuild_equality(tl):
    tl.date_article("001_769cbc7b5d9de9b8.txt", "2017-06-02")
    rows = select_timeline(tl.log, Filters(article="001_769cbc7b5d9de9b8.txt"))
    assert any(r["date"] == "2017-06-02" and r["basis"] == "publication" for r in rows)
    Editor(tl.log).retract(rows[0]["id"], why="test")
    incremental = snapshot(tl.log.conn)
    project.rebuild(tl.log)
    assert snapshot(tl.log.conn) == incremental
