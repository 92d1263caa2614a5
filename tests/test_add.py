"""Adding articles: idempotent, transactional per article, crash-safe, shared by processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pendulum
import pytest

from timeline.app import Timeline, UserError
from timeline.ingest import Loaded, read_inputs
from timeline.model import Article

TESTS = Path(__file__).resolve().parent


def _articles(n: int, offset: int = 0) -> list[Loaded]:
    return [
        Loaded(Article.from_text(
            f"Story {i}: council acts\n\nThe mayor said on Monday that {i} officers were hired. "
            f"The chief said the plan works. Residents said nothing.\n",
            published=pendulum.date(2018, 1, 1 + i % 28), origin=f"story-{i}.txt"))
        for i in range(offset, offset + n)
    ]


def _check_log_is_whole(db_path) -> Counter:
    """Every article stream is complete: added, all its events, then the completion marker."""
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT stream, version, type, data FROM log ORDER BY position").fetchall()
    streams: dict[str, list] = {}
    for stream, version, kind, data in rows:
        streams.setdefault(stream, []).append((version, kind))
    for stream, entries in streams.items():
        if not stream.startswith("article-"):
            continue  # editorial streams (merges, corrections) have their own shapes
        kinds = [k for _, k in entries]
        assert [v for v, _ in entries] == list(range(1, len(entries) + 1)), stream
        assert kinds[0] == "ArticleAdded" and kinds[-1] == "ExtractionCompleted", (stream, kinds)
        assert set(kinds[1:-1]) <= {"EventExtracted"}
    return Counter(kind for _, _, kind, _ in rows)


def test_adding_the_seeds_twice_adds_nothing_the_second_time(db_path, seeds_dir, extractor):
    with Timeline.open(db_path) as tl:
        first = tl.add(read_inputs([str(seeds_dir)]), extractor=extractor)
        position = tl.log.last_position()
        second = tl.add(read_inputs([str(seeds_dir)]), extractor=extractor)
        assert (first.added, first.present, second.added, second.present) == (5, 0, 0, 5)
        assert tl.log.last_position() == position
        assert first.events == tl.log.counts()["EventExtracted"] > 0


def test_a_failing_extraction_loses_only_that_article(db_path, extractor):
    def flaky(article):
        if "Story 3:" in article.text:
            raise RuntimeError("boom")
        return extractor(article)

    with Timeline.open(db_path) as tl:
        report = tl.add(_articles(5), extractor=flaky, extractor_version="flaky")
        assert (report.added, len(report.failed)) == (4, 1)
        assert str(report.failed[0]) == "story-3.txt: extraction failed: boom"
    assert _check_log_is_whole(db_path)["ArticleAdded"] == 4


CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from conftest import said_extractor
    from test_add import _articles
    from timeline.app import Timeline

    def slow(article):
        time.sleep({delay})
        return said_extractor(article)

    with Timeline.open({db!r}) as tl:
        tl.add(_articles({n}, {offset}), extractor=slow, extractor_version="said-test", workers=1)
    """
)


def _child(db_path, n, offset=0, delay=0.0) -> subprocess.Popen:
    code = CHILD.format(tests=str(TESTS), db=str(db_path), n=n, offset=offset, delay=delay)
    return subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)


def test_sigkill_mid_batch_leaves_no_half_article_and_rerun_completes(db_path, extractor):
    Timeline.open(db_path).close()
    child = _child(db_path, 40, delay=0.02)
    deadline = time.time() + 30
    while time.time() < deadline:
        count = sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM log WHERE type='ArticleAdded'").fetchone()[0]
        if count >= 8:
            break
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    before = _check_log_is_whole(db_path)["ArticleAdded"]
    assert 8 <= before < 40
    with Timeline.open(db_path) as tl:
        report = tl.add(_articles(40), extractor=extractor)
    assert (report.added, report.present) == (40 - before, before)
    counts = _check_log_is_whole(db_path)
    assert counts["ArticleAdded"] == counts["ExtractionCompleted"] == 40


def test_two_processes_adding_overlapping_batches(db_path):
    Timeline.open(db_path).close()
    first, second = _child(db_path, 30, 0), _child(db_path, 30, 15)
    errors = [p.communicate()[1].decode() for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], errors
    counts = _check_log_is_whole(db_path)
    assert counts["ArticleAdded"] == 45
    ids = [r[0] for r in sqlite3.connect(db_path).execute("SELECT entry_id FROM log")]
    assert len(ids) == len(set(ids))


def test_dating_an_undated_article_appends_and_is_idempotent(db_path, seeds_dir, extractor):
    with Timeline.open(db_path) as tl:
        tl.add(read_inputs([str(seeds_dir)]), extractor=extractor)
        row, changed = tl.date_article("001_769cbc7b5d9de9b8.txt", "2017-06-02", "from the wire copy")
        assert changed and row["published"] == "2017-06-02"
        _, again = tl.date_article(row["id"][:10], "2017-06-02")
        assert not again
        assert tl.log.counts()["ArticleDated"] == 1
        assert tl.article(row["id"]).published == pendulum.date(2017, 6, 2)
        with pytest.raises(UserError, match="impossible date"):
            tl.date_article(row["id"], "2017-02-30")
        with pytest.raises(UserError, match="no article matches"):
            tl.date_article("zzz-not-there", "2017-06-02")


def test_reextract_appends_a_new_run_and_keeps_the_old(db_path, seeds_dir, extractor):
    def better(article):
        return extractor(article)[:1]

    with Timeline.open(db_path) as tl:
        tl.add(read_inputs([str(seeds_dir)]), extractor=extractor)
        first_events = tl.log.counts()["EventExtracted"]
        tl.date_article("001_769cbc7b5d9de9b8.txt", "2017-06-02")
        assert tl.reextract(extractor=better, extractor_version="better") == (5, 4)
        assert tl.reextract(extractor=better, extractor_version="better") == (0, 0)
        counts = tl.log.counts()
        assert counts["ExtractionCompleted"] == 10 and counts["ArticleAdded"] == 5
        # Same ids under a new extractor version are new facts; old entries all remain.
        assert counts["EventExtracted"] == first_events + 4
    _check_log_is_whole_after_reextract(db_path)


def _check_log_is_whole_after_reextract(db_path):
    conn = sqlite3.connect(db_path)
    for (stream,) in conn.execute("SELECT DISTINCT stream FROM log WHERE stream LIKE 'article-%'"):
        kinds = [k for (k,) in conn.execute("SELECT type FROM log WHERE stream = ? ORDER BY version", (stream,))]
        assert kinds[0] == "ArticleAdded" and kinds[-1] == "ExtractionCompleted"
