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


def test_min_confidence_leaves_out_the_fallbacks_past_acts(tl):
    from timeline.extract.fallback import CONFIDENCE
    every = select_timeline(tl.log, Filters())
    sure = select_timeline(tl.log, Filters(min_confidence=CONFIDENCE + 0.05))
    assert any(r["confidence"] == CONFIDENCE for r in every)  # the seeds have some
    assert [r["id"] for r in sure] == [r["id"] for r in every if r["confidence"] >= CONFIDENCE + 0.05]
    assert 0 < len(sure) < len(every)


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


def test_set_based_rebuild_equals_incremental_on_the_real_extractions_after_edits(tl):
    """The real extractor's events of several articles, automatically merged, then corrected, retracted,
    merged and split by hand and re-dated: the set-based rebuild (rows written by SQL where they can be,
    by Python where not) gives the incremental tables, and so does the entry-by-entry rebuild."""
    from test_project import _rebuilt

    ed = Editor(tl.log)
    found = select_timeline(tl.log, Filters())
    single = [r for r in found if r["sources"] == 1]
    merged = [r for r in found if r["sources"] > 1]
    assert merged and len(single) > 10 and len({r["article_id"] for r in found}) >= 3
    ed.correct(single[0]["id"], date="2017-06", headline="A corrected headline")
    ed.correct(single[1]["id"], speaker="Thomas Homan", kind="statement")
    ed.retract(single[2]["id"], why="test")
    ed.merge(single[3]["id"], [single[4]["id"], single[5]["id"]])
    ed.split(merged[0]["id"])
    tl.date_article("001_769cbc7b5d9de9b8.txt", "2017-06-09")
    incremental = snapshot(tl.log.conn)
    assert _rebuilt(tl.log, bulk=True) == incremental
    import test_project

    by_sql, by_python = test_project._paths
    assert by_sql > 10 and by_python > 5, (by_sql, by_python)
    assert _rebuilt(tl.log, bulk=False) == incremental


def test_stored_match_profiles_decide_like_profiles_computed_from_the_rows(tmp_path, monkeypatch):
    """Automatic merging compares profiles read from `fold_match` (words decoded eagerly, the rest
    when first used, cheap rejections first); on every pair of (unmerged) seed rows of one kind it
    must decide exactly as profiles computed from the rows and their sources."""
    import sqlite3

    from timeline.project import merge

    monkeypatch.setattr(project, "after_append", lambda log, article_id, cache=None: 0)  # keep every row
    unmerged = Timeline.open(tmp_path / "events.db")
    assert unmerged.add(read_inputs([__import__("conftest").SEEDS]), workers=1).ok
    conn = unmerged.log.conn
    factory, conn.row_factory = conn.row_factory, sqlite3.Row
    try:
        rows = conn.execute(f"SELECT {merge._COLUMNS} FROM timeline").fetchall()
        stored: dict = {}
        merge._profiles(conn, rows, stored)
        computed = {r["_rowid"]: merge.Profile(conn, conn.execute(
            "SELECT rowid AS _rowid, * FROM timeline WHERE rowid = ?", (r["_rowid"],)).fetchone()) for r in rows}
    finally:
        conn.row_factory = factory
    pairs = decided = skipped = 0
    for a in rows:
        for b in rows:
            if a["_rowid"] == b["_rowid"] or a["kind"] != b["kind"]:
                continue
            want = merge.same_event(computed[a["_rowid"]], computed[b["_rowid"]])
            assert merge.same_event(stored[a["_rowid"]], stored[b["_rowid"]]) == want
            if not merge.may_match(stored[a["_rowid"]], stored[b["_rowid"]]):
                assert want is None
            for profiles in (stored, computed):  # the one-passage shortcut never hides a match
                x, y = profiles[a["_rowid"]], profiles[b["_rowid"]]
                if x.single and y.single and merge._below_thresholds(x, y, a["kind"]):
                    assert want is None
                    skipped += 1
            pairs += 1
            decided += want is not None
    unmerged.close()
    assert pairs > 500 and decided > 0 and skipped > pairs  # (most pairs, in both kinds of profile)
