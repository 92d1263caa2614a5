"""Property: folding the log incrementally, a write at a time, equals rebuilding it from scratch.

Hypothesis generates random sequences of adds, datings, corrections, retractions, merges,
splits and re-extractions; after each sequence every projection table (and the in-memory
time-travel fold) must equal a from-scratch rebuild, table by table.
"""

from __future__ import annotations

import pendulum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from project_support import keyword_extractor
from test_project import snapshot
from timeline import project
from timeline.app import Timeline, UserError
from timeline.edit import Editor
from timeline.ingest import Loaded
from timeline.model import EVENT_KINDS, Article
from conftest import SEEDS

SORT_SQL = """SELECT sort_order FROM timeline ORDER BY date_start IS NULL, date_start,
    CASE precision WHEN 'time' THEN 0 WHEN 'day' THEN 1 WHEN 'week' THEN 2 WHEN 'month' THEN 3
        WHEN 'season' THEN 4 WHEN 'quarter' THEN 5 WHEN 'year' THEN 6 WHEN 'decade' THEN 7
        WHEN 'century' THEN 8 ELSE 9 END,
    article_position, sentence_start, id"""

SEED_ARTICLES = [
    Article.from_text(path.read_text(encoding="utf-8"), published=published, origin=path.name)
    for path, published in zip(sorted(SEEDS.glob("*.txt")), [pendulum.date(2018, 1, 18), None, pendulum.date(2017, 9, 29), None, pendulum.date(2018, 1, 19)])
]

pick = st.integers(min_value=0, max_value=10_000)
dates = st.one_of(st.none(), st.dates(min_value=pendulum.date(2016, 1, 1), max_value=pendulum.date(2021, 12, 31)).map(lambda d: d.isoformat()))
operations = st.one_of(
    st.tuples(st.just("add"), st.integers(0, len(SEED_ARTICLES) - 1)),
    st.tuples(st.just("date"), pick, dates),
    st.tuples(st.just("correct"), pick, st.sampled_from(["date", "kind", "headline", "speaker"]), pick),
    st.tuples(st.just("retract"), pick),
    st.tuples(st.just("merge"), pick, st.lists(pick, min_size=1, max_size=3)),
    st.tuples(st.just("split"), pick, st.booleans()),
    st.tuples(st.just("reextract"), st.booleans()),
)


def _events(tl) -> list[str]:
    project.catch_up(tl.log)
    return [r[0] for r in tl.log.conn.execute("SELECT event_id FROM fold_events ORDER BY event_id")]


def _narrow(article):
    return [e for e in keyword_extractor(article) if e.kind in ("statement", "operation")]


def run(tl, op) -> None:
    ed = Editor(tl.log)
    events = _events(tl)
    kind = op[0]
    if kind == "add":
        tl.add([Loaded(SEED_ARTICLES[op[1]])], extractor=keyword_extractor, extractor_version="keyword-test")
        return
    if kind == "reextract":
        if op[1]:
            tl.reextract(extractor=_narrow, extractor_version="narrow")
        else:
            tl.reextract(extractor=keyword_extractor, extractor_version="keyword-test-2")
        return
    articles = tl.article_ids()
    if kind == "date" and articles:
        tl.date_article(articles[op[1] % len(articles)], op[2])
        return
    if not events:
        return
    event = events[op[1] % len(events)]
    if kind == "correct":
        value = {
            "date": ["2018-01-17", "2017-09", "2018", "2018-W03"][op[3] % 4],
            "kind": EVENT_KINDS[op[3] % len(EVENT_KINDS)],
            "headline": f"Corrected {op[3]}",
            "speaker": ["Thomas Homan", "Libby Schaaf", "Xavier Becerra"][op[3] % 3],
        }[op[2]]
        ed.correct(event, **{op[2]: value})
    elif kind == "retract":
        ed.retract(event)
    elif kind == "merge":
        ed.merge(event, [events[i % len(events)] for i in op[2]])
    elif kind == "split":
        ed.split(event)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(operations, min_size=1, max_size=12))
def test_incremental_projection_equals_rebuild(tmp_path_factory, ops):
    path = tmp_path_factory.mktemp("prop") / "events.db"
    with Timeline.open(path) as tl:
        for op in ops:
            try:
                run(tl, op)
            except UserError:
                pass  # refused edits (already merged, nothing to split …) append nothing
        incremental = snapshot(tl.log.conn)
        memory = project.fold_until(tl.log, tl.log.last_position())
        assert snapshot(memory) == incremental
        project.rebuild(tl.log)
        assert snapshot(tl.log.conn) == incremental
        retracted = {r[0] for r in tl.log.conn.execute("SELECT event_id FROM fold_events WHERE retracted = 1")}
        shown = {r[0] for r in tl.log.conn.execute("SELECT id FROM timeline")}
        assert not retracted & shown
        keys = [r[0] for r in tl.log.conn.execute("SELECT sort_order FROM timeline ORDER BY sort_order")]
        assert len(set(keys)) == len(keys)
        ranked = [r[0] for r in tl.log.conn.execute(SORT_SQL)]
        assert keys == ranked  # the per-row text key orders rows as the chronological rule says
