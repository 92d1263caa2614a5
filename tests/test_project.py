"""Projections: the timeline table and friends, merges, re-dating, retraction, time travel."""

from __future__ import annotations

import json
import sqlite3

import pendulum
import pytest
from hypothesis import given, settings, strategies as st

from project_support import keyword_extractor
from timeline import project
from timeline.app import Timeline, UserError
from timeline.edit import Editor
from timeline.ingest import Loaded, read_inputs
from timeline.model import Actor, Article, Attribution, Event, Place, Quantity, Span, When, event_id
from timeline.project.rows import TIMELINE_COLUMNS, SOURCE_COLUMNS
from timeline.query import Filters, select_timeline
from timeline.store import EventLog

AGREED_TIMELINE = (
    "id date date_start date_end precision basis kind status headline actors speaker speaker_role quote places "
    "quantities sources article_id source_title source_outlet source_published source_url sentence_start "
    "sentence_end trigger_start trigger_end evidence conflicts confidence from_headline corrected sort_order"
).split()
AGREED_SOURCES = (
    "event_id extracted_event_id article_id article_title outlet published url sentence_start sentence_end "
    "trigger_start trigger_end evidence quote date"
).split()


@pytest.fixture
def tl(db_path, seeds_dir):
    timeline = Timeline.open(db_path)
    timeline.add(read_inputs([seeds_dir]), extractor=keyword_extractor, extractor_version="keyword-test")
    yield timeline
    timeline.close()


def rows(tl, **filters):
    return select_timeline(tl.log, Filters(**filters))


def snapshot(conn: sqlite3.Connection) -> dict:
    """Every projection table's visible content, in a stable order (rowids excluded)."""
    tables = ("articles", "timeline", "sources", "event_actors", "actors", "fold_articles", "fold_events", "fold_pending",
              "fold_dirty")
    found = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    found["timeline_fts"] = sorted(map(repr, conn.execute(
        "SELECT t.id, f.headline, f.evidence, f.actors, f.quotes FROM timeline_fts f JOIN timeline t ON t.rowid = f.rowid")))
    found["fts_count"] = conn.execute("SELECT count(*) FROM timeline_fts").fetchone()
    for table in ("fold_match", "fold_actor_names", "fold_actor_kinds"):  # the fold's state too (rowids excluded)
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "rowid"]
        found[table] = sorted(map(repr, conn.execute(f"SELECT {', '.join(columns)} FROM {table}")))
    return found


def test_agreed_columns_exist(tl):
    columns = [c.name for c in tl.log.db["timeline"].columns]
    assert set(AGREED_TIMELINE) <= set(columns)
    assert set(AGREED_SOURCES) <= {c.name for c in tl.log.db["sources"].columns}
    assert set(TIMELINE_COLUMNS) | {"sort_order"} == set(columns)
    assert set(SOURCE_COLUMNS) == {c.name for c in tl.log.db["sources"].columns}


def test_every_row_is_traceable_to_exact_text(tl):
    texts = {a: tl.article(a).text for a in tl.article_ids()}
    found = rows(tl)
    assert len(found) > 20
    for row in found:
        assert texts[row["article_id"]][row["sentence_start"]:row["sentence_end"]] == row["evidence"]
        assert row["sentence_start"] <= row["trigger_start"] < row["trigger_end"] <= row["sentence_end"]
        assert row["sources"] == len(row["source_list"])
        for source in row["source_list"]:
            assert texts[source["article_id"]][source["sentence_start"]:source["sentence_end"]] == source["evidence"]


def test_order_is_start_date_then_precision_then_source_order(tl):
    found = rows(tl)
    assert [r["sort_order"] for r in found] == sorted(r["sort_order"] for r in found)
    assert len({r["sort_order"] for r in found}) == len(found)
    rank = {p: i for i, p in enumerate(("time", "day", "week", "month", "season", "quarter", "year", "decade", "century", "unknown"))}
    keys = [(r["date_start"] is None, r["date_start"] or "", rank[r["precision"]], r["article_position"], r["sentence_start"]) for r in found]
    assert keys == sorted(keys)
    assert found[-1]["date_start"] is None  # undated last


def test_the_planned_sweep_is_one_row_with_its_sources_from_two_articles(tl):
    sweep = [r for r in rows(tl, kind=("operation",)) if any("1,500" in s["evidence"] for s in r["source_list"])]
    assert len(sweep) == 1
    row = sweep[0]
    assert row["sources"] == 3 and len({s["article_id"] for s in row["source_list"]}) == 2
    assert row["source_list"][0]["rank"] == 1 and row["source_list"][0]["extracted_event_id"] == row["id"]
    merges = [e.payload for e in tl.log.read(types=["EventsMerged"])]
    assert merges and all(m.automatic and m.reason.startswith("automatic:") and m.target == row["id"] for m in merges)
    assert {q["value"] for q in row["quantities"]} == {1500.0}


def test_automatic_merge_can_be_undone_and_redone(tl):
    sweep = next(r for r in rows(tl) if r["sources"] == 3)
    before = snapshot(tl.log.conn)
    ed = Editor(tl.log)
    root, split_off = ed.split(sweep["id"], why="not the same")
    assert len(split_off) == 2 and len(rows(tl)) == len(before and rows(tl))
    assert all(r["sources"] == 1 for r in rows(tl) if r["kind"] == "operation")
    ed.merge(root, split_off, "same sweep")
    assert snapshot(tl.log.conn) == before


def test_merge_split_round_trip_restores_every_table(tl):
    found = rows(tl, kind=("statement",))
    a, b, c = found[0]["id"], found[1]["id"], found[2]["id"]
    before = snapshot(tl.log.conn)
    ed = Editor(tl.log)
    ed.merge(a, [b, c])
    merged = next(r for r in rows(tl) if r["id"] == a)
    assert merged["sources"] == 3 and not any(r["id"] in (b, c) for r in rows(tl))
    ed.split(a)
    assert snapshot(tl.log.conn) == before


def test_merging_a_merged_row_brings_its_sources(tl):
    found = rows(tl, kind=("statement",))
    a, b, c = (r["id"] for r in found[:3])
    ed = Editor(tl.log)
    ed.merge(b, [c])
    ed.merge(a, [b])
    assert next(r for r in rows(tl) if r["id"] == a)["sources"] == 3
    with pytest.raises(UserError, match="already part of row"):
        ed.merge(a, [c])


def test_conflicting_numbers_are_kept_and_flagged(tl):
    found = rows(tl, kind=("arrests",))
    with_numbers = [r for r in found if r["quantities"]]
    a, b = with_numbers[0], with_numbers[1]
    Editor(tl.log).merge(a["id"], [b["id"]])
    row = next(r for r in rows(tl) if r["id"] == a["id"])
    values = {q["value"] for q in row["quantities"]}
    assert {q["value"] for q in a["quantities"]} | {q["value"] for q in b["quantities"]} == values
    assert row["conflicts"]["quantities"]["people"] == sorted(values)


def test_redating_moves_the_articles_relative_dates_and_only_them(tl):
    article = tl.find_article("004_f383523450ecae10.txt")
    before = {r["id"]: r for r in rows(tl)}
    tl.date_article(article["id"], "2018-02-02")  # a Friday, two weeks later
    after = {r["id"]: r for r in rows(tl)}
    assert before.keys() == after.keys()
    moved = {i for i in before if (before[i]["date"], before[i]["date_start"]) != (after[i]["date"], after[i]["date_start"])}
    assert moved
    for event_id in moved:
        assert after[event_id]["article_id"] == article["id"]
        assert after[event_id]["basis"] in ("publication", "relative")
    for event_id, row in after.items():
        if row["article_id"] == article["id"] and row["basis"] == "publication":
            assert row["date"] == "2018-02-02" and event_id in moved
        if row["basis"] == "explicit":
            assert row["date"] == before[event_id]["date"]
    wednesday = [r for r in after.values() if r["article_id"] == article["id"] and r["date_text"] == "Wednesday"]
    assert wednesday and all(r["date"] == "2018-01-31" for r in wednesday)
    assert any(r["date"] == "2018-01-17" for r in before.values() if r["id"] in {w["id"] for w in wednesday})


def test_dating_an_undated_article_places_its_events(tl):
    undated = [r for r in rows(tl) if r["date_start"] is None]
    assert undated
    article = tl.find_article("001_769cbc7b5d9de9b8.txt")
    tl.date_article(article["id"], "2017-06-02")
    for row in rows(tl):
        if row["id"] in {u["id"] for u in undated} and row["basis"] == "publication":
            assert row["date"] == "2017-06-02"


def test_retraction_hides_the_event_but_the_log_keeps_it(tl):
    victim = rows(tl)[3]
    Editor(tl.log).retract(victim["id"][:8], why="teaser")
    assert victim["id"] not in {r["id"] for r in rows(tl)}
    extracted = [e for e in tl.log.read(types=["EventExtracted"]) if e.data["event"]["id"] == victim["id"]]
    assert len(extracted) == 1
    assert [e.type for e in Editor(tl.log).history(victim["id"])] == ["EventExtracted", "EventRetracted"]
    before = str(tl.log.last_position() - 1)  # just before the retraction
    assert victim["id"] in {r["id"] for r in select_timeline(tl.log, Filters(as_of=before))}


def test_retracting_a_merged_source_drops_only_that_source(tl):
    sweep = next(r for r in rows(tl) if r["sources"] == 3)
    member = sweep["source_list"][1]["extracted_event_id"]
    Editor(tl.log).retract(member)
    row = next(r for r in rows(tl) if r["id"] == sweep["id"])
    assert row["sources"] == 2 and member not in {s["extracted_event_id"] for s in row["source_list"]}


def test_corrections_show_and_history_keeps_the_original(tl):
    row = rows(tl, kind=("statement",))[0]
    ed = Editor(tl.log)
    ed.correct(row["id"], date="2017-09", kind="announcement", headline="ICE announces arrests", speaker="Thomas Homan", why="checked")
    now = next(r for r in rows(tl) if r["id"] == row["id"])
    assert (now["date"], now["date_start"], now["date_end"], now["precision"], now["basis"]) == ("2017-09", "2017-09-01", "2017-09-30", "month", "correction")
    assert (now["kind"], now["headline"], now["speaker"], now["corrected"]) == ("announcement", "ICE announces arrests", "Thomas Homan", 1)
    assert now["evidence"] == row["evidence"]
    assert tl.log.conn.execute("SELECT statements FROM actors WHERE name = 'Thomas Homan'").fetchone()[0] >= 1
    history = ed.history(row["id"])
    assert [e.type for e in history] == ["EventExtracted", "EventCorrected"]
    assert history[0].data["event"]["headline"] == row["headline"]


@pytest.mark.parametrize("kwargs, message", [
    ({}, "nothing to correct"),
    ({"date": "2018-02-30"}, "impossible date"),
    ({"date": "soon"}, "bad date"),
    ({"kind": "party"}, "unknown kind"),
    ({"headline": "  "}, "cannot be empty"),
])
def test_bad_corrections_are_refused(tl, kwargs, message):
    event = rows(tl)[0]["id"]
    with pytest.raises(UserError, match=message):
        Editor(tl.log).correct(event, **kwargs)


def test_event_references(tl):
    ed = Editor(tl.log)
    with pytest.raises(UserError, match="no event matches"):
        ed.retract("zzzz")
    with pytest.raises(UserError, match="matches several events"):
        ed.retract("0")  # several ids start with 0
    event = rows(tl)[0]["id"]
    ed.retract(event[:10])
    with pytest.raises(UserError, match="already retracted"):
        ed.retract(event)


def test_time_travel_shows_the_timeline_as_it_stood(tl):
    row = rows(tl)[0]
    position = tl.log.last_position()
    Editor(tl.log).correct(row["id"], headline="Changed later")
    assert next(r for r in rows(tl) if r["id"] == row["id"])["headline"] == "Changed later"
    then = select_timeline(tl.log, Filters(as_of=str(position)))
    assert next(r for r in then if r["id"] == row["id"])["headline"] == row["headline"]
    assert [r["id"] for r in then] == [r["id"] for r in rows(tl)]
    assert select_timeline(tl.log, Filters(as_of="1999-01-01")) == []
    assert len(select_timeline(tl.log, Filters(as_of="2999-01-01T00:00"))) == len(rows(tl))


def test_filters(tl):
    every = rows(tl)
    assert {r["kind"] for r in rows(tl, kind=("operation", "letter"))} == {"operation", "letter"}
    ice = rows(tl, actor="ice")
    assert ice and all("ICE" in r["actors"] or r["speaker"] == "ICE" for r in ice)
    in_jan = rows(tl, since="2018-01", until="2018-01")
    assert in_jan and all(r["date_start"] <= "2018-01-31" and r["date_end"] >= "2018-01-01" for r in in_jan)
    found = rows(tl, search="Feinstein letter")
    assert found and all("letter" in (r["headline"] + " ".join(s["evidence"] for s in r["source_list"])).lower() for r in found)
    assert rows(tl, search='"unbalanced (quote* OR') == []  # user input is never FTS syntax
    article = tl.find_article("002_f86ce1d539b51a9f.txt")["id"]
    one = rows(tl, article="002_f86ce1d539b51a9f.txt")
    assert one and all(any(s["article_id"] == article for s in r["source_list"]) for r in one)
    assert len(one) < len(every)


def test_rebuild_equals_incremental_on_the_seeds(tl):
    ed = Editor(tl.log)
    found = rows(tl)
    ed.correct(found[0]["id"], date="2018")
    ed.retract(found[1]["id"])
    ed.merge(found[2]["id"], [found[5]["id"]])
    tl.date_article("001_769cbc7b5d9de9b8.txt", "2017-06-02")
    incremental = snapshot(tl.log.conn)
    project.rebuild(tl.log)
    assert snapshot(tl.log.conn) == incremental
    memory = project.fold_until(tl.log, tl.log.last_position())
    assert snapshot(memory) == incremental


def test_reextraction_switches_to_the_latest_run_and_keeps_corrections(tl):
    event = rows(tl, kind=("statement",))[0]
    Editor(tl.log).correct(event["id"], headline="Kept")

    def narrower(article):
        return [e for e in keyword_extractor(article) if e.kind == "statement"]

    tl.reextract(extractor=narrower, extractor_version="narrower")
    assert {r["kind"] for r in rows(tl)} == {"statement"}
    assert next(r for r in rows(tl) if r["id"] == event["id"])["headline"] == "Kept"
    incremental = snapshot(tl.log.conn)
    project.rebuild(tl.log)
    assert snapshot(tl.log.conn) == incremental


def test_catch_up_reads_only_new_entries(tl, monkeypatch):
    assert project.catch_up(tl.log) == 0
    calls = []
    original = tl.log.read
    monkeypatch.setattr(tl.log, "read", lambda *a, **k: calls.append(k.get("after")) or original(*a, **k))
    Editor(tl.log).retract(rows(tl)[0]["id"])
    assert calls and min(c for c in calls if c is not None) >= tl.log.last_position() - 1
    status = {s["projection"]: s["lag"] for s in project.projection_status(tl.log)}
    assert status == {"articles": 0, "timeline": 0}


def test_rebuild_in_small_batches_and_bulk_actor_recount_equal_incremental(tl, monkeypatch):
    from timeline.project import rows as row_code, runner, timeline as timeline_projection
    Editor(tl.log).merge(*(lambda f: (f[0]["id"], [f[1]["id"]]))(rows(tl, kind=("statement",))))
    incremental = snapshot(tl.log.conn)
    monkeypatch.setattr(runner, "FLUSH_EVERY", 7)  # rows rebuilt in many flushes
    monkeypatch.setattr(runner, "BULK", False)  # (entry by entry: the set-based rebuild has no flushes)
    monkeypatch.setattr(timeline_projection, "RECOUNT_ALL", 0)  # actors counted in one pass
    project.rebuild(tl.log)
    assert snapshot(tl.log.conn) == incremental
    monkeypatch.setattr(runner, "BULK", True)
    project.rebuild(tl.log)
    assert snapshot(tl.log.conn) == incremental
    with tl.log.transaction():
        row_code.recount_actors(tl.log.conn, {a for (a,) in tl.log.conn.execute("SELECT actor FROM event_actors")})
    assert snapshot(tl.log.conn) == incremental


@pytest.mark.parametrize("limit", [1, 2, 100])
def test_candidates_are_the_nearest_overlapping_earlier_rows(tl, monkeypatch, limit):
    """The bounded index lookups find what a scan of every row of the kind finds (small limits: every
    group's share, the groups read again above the cut, and ties with it)."""
    from timeline.project import merge
    from timeline.project.merge import Profile, _candidates, _earlier
    monkeypatch.setattr(merge, "CANDIDATE_LIMIT", limit)
    CANDIDATE_LIMIT = limit
    conn = tl.log.conn
    conn.row_factory = sqlite3.Row
    try:
        every = conn.execute("SELECT * FROM timeline").fetchall()
        checked = 0
        for row in every:
            new = Profile(conn, row)
            start, end = new.window
            if not start:
                continue
            expected = [
                c for c in every
                if c["kind"] == row["kind"] and c["id"] != row["id"] and _earlier(c, row) and (
                    (c["date_start"] is None and c["article_id"] == row["article_id"])
                    or (c["date_start"] and c["date_end"] and c["date_end"] >= _shift(start, -3)
                        and _shift(start, -369) <= c["date_start"] <= _shift(end, 3)))
            ]
            expected.sort(key=lambda c: (-c["article_position"], -c["sentence_start"], c["id"]))
            assert [c["id"] for c in _candidates(conn, new)] == [c["id"] for c in expected][:CANDIDATE_LIMIT * 3]
            checked += 1
        assert checked > 20
    finally:
        conn.row_factory = None


def _shift(day: str, days: int) -> str:
    import pendulum
    return pendulum.parse(day).date().add(days=days).to_date_string()


def test_the_skip_scan_of_date_pairs_seeks_past_a_pair_however_many_rows_it_has(tmp_path):
    """`merge._pairs` lists a window's distinct (date_start, date_end) with a seek a pair: the SQLite
    instructions it runs do not grow with the rows of a pair (asked for the first pair after one with
    `>`, SQLite stepped over each of that pair's index entries)."""
    from timeline.project import merge

    def steps(rows_per_pair: int) -> tuple[list, int]:
        with EventLog(tmp_path / f"pairs-{rows_per_pair}.db") as log:
            project.catch_up(log)
            conn = log.conn
            conn.execute("CREATE INDEX IF NOT EXISTS timeline_match ON timeline"
                         " (kind, precision, date_start, date_end, article_position, sentence_start)")
            conn.executemany(
                "INSERT INTO timeline (id, kind, precision, date_start, date_end, sources, corrected, article_position,"
                " sentence_start) VALUES (?, 'arrests', ?, ?, ?, 1, 0, ?, 0)",
                [(f"{p}-{d}-{n}", p, d, e, n) for p, d, e in (("year", "2019-01-01", "2019-12-31"),
                                                               ("month", "2019-06-01", "2019-06-30"),
                                                               ("day", "2019-06-09", "2019-06-09"),
                                                               ("day", "2019-06-10", "2019-06-10"))
                 for n in range(rows_per_pair)])
            counted = [0]

            def tick():
                counted[0] += 1

            conn.set_progress_handler(tick, 10)
            found = [merge._pairs(conn, "arrests", p, "2018-06-01", "2019-06-13", "2019-06-07")
                     for p in ("day", "month", "year")]
            conn.set_progress_handler(None, 0)
            return found, counted[0]

    few, many = steps(3), steps(3000)
    assert few[0] == many[0] == [[("2019-06-09", "2019-06-09"), ("2019-06-10", "2019-06-10")],
                                  [("2019-06-01", "2019-06-30")], [("2019-01-01", "2019-12-31")]]
    assert many[1] < 2 * few[1] + 20, (few[1], many[1])


@pytest.mark.parametrize("limit", [1, 2, 100])
def test_candidates_kept_between_the_rows_of_an_article_are_the_same(tl, monkeypatch, limit):
    """`merge_article` keeps what does not depend on the sentence between an article's rows:
    every row still gets exactly the candidates a lookup of its own finds (small limits: cuts and ties)."""
    from timeline.project import merge
    from timeline.project.merge import Profile, _candidates
    monkeypatch.setattr(merge, "CANDIDATE_LIMIT", limit)
    conn = tl.log.conn
    conn.row_factory = sqlite3.Row
    try:
        checked = 0
        for (article_id,) in conn.execute("SELECT DISTINCT article_id FROM timeline").fetchall():
            memo, cache = {}, {}
            for row in conn.execute(
                "SELECT rowid AS _rowid, * FROM timeline WHERE article_id = ? ORDER BY sentence_start, id", (article_id,)
            ).fetchall():
                new = Profile(conn, row)
                kept = [c["id"] for c in _candidates(conn, new, cache, memo)]
                assert kept == [c["id"] for c in _candidates(conn, new)]
                checked += bool(kept)
        assert checked > 5
    finally:
        conn.row_factory = None


def test_one_source_fast_path_builds_what_the_general_build_does(tl, monkeypatch):
    """`rows.build` takes a shortcut for rows with one source; it must give the very same tables."""
    from timeline.project import rows as rows_module

    ed = Editor(tl.log)
    single = [r[0] for r in tl.log.conn.execute("SELECT id FROM timeline WHERE sources = 1 ORDER BY sort_order")]
    assert len(single) > 6
    ed.correct(single[0], date="2018-01-17", why="test")
    ed.correct(single[1], speaker="Dianne Feinstein", why="test")
    ed.correct(single[2], headline="Corrected headline", kind="letter", why="test")
    ed.correct(single[3], date="2017-09", speaker="Someone Else", why="test")
    tl.date_article(tl.article_ids()[1], "2018-02-02")
    project.rebuild(tl.log)
    fast = snapshot(tl.log.conn)
    general = rows_module.build
    monkeypatch.setattr(rows_module, "build", lambda root, corrections, members, one=True: general(root, corrections, members, False))
    project.rebuild(tl.log)
    assert snapshot(tl.log.conn) == fast


def test_a_failing_rebuild_leaves_the_old_projections(tl, monkeypatch):
    """An error in the middle of a rebuild (in Python or in a statement) rolls it all back."""
    from timeline.project import rows as rows_module

    before = snapshot(tl.log.conn)
    calls = []

    def failing(*args):
        calls.append(1)
        raise RuntimeError("crash in the middle of the fold")

    monkeypatch.setattr(rows_module, "build", failing)
    with pytest.raises(RuntimeError):
        project.rebuild(tl.log)
    assert calls and snapshot(tl.log.conn) == before
    monkeypatch.undo()
    monkeypatch.setattr(rows_module, "_INSERT_SOURCES", "INSERT INTO no_such_table VALUES (?)")
    with pytest.raises(sqlite3.OperationalError):
        project.rebuild(tl.log)
    assert snapshot(tl.log.conn) == before
    monkeypatch.undo()
    from timeline.project import bulk  # a statement of the set-based rebuild, after most rows were written

    monkeypatch.setattr(bulk, "_INSERT_SEARCH", bulk._INSERT_SEARCH.replace("timeline_fts (", "no_such_table ("))
    with pytest.raises(sqlite3.OperationalError):
        project.rebuild(tl.log)
    assert snapshot(tl.log.conn) == before
    assert project.projection_status(tl.log) == [{"projection": "articles", "position": tl.log.last_position(), "lag": 0},
                                                 {"projection": "timeline", "position": tl.log.last_position(), "lag": 0}]


@pytest.mark.parametrize("evidence, headline, quote, quantities, places, actors, speaker", [
    ("Officials said 1,500 people were detained in 2018.", "Raid", None, [], ["Texas"], ["ICE"], None),
    ("[Bracketed] text with no digits", None, "a quoted thing here", [{"value": 12.0, "text": "12", "unit": None}],
     ["Austin", "austin", "Dallas"], ["B", "a"], "Mayor"),
    ("", "", "", [], [], [], ""),
    ("Sep \x1e inside", "h", None, [], ["x\x1ey"], ["[odd"], None),
])
def test_one_source_profile_is_the_general_profile(evidence, headline, quote, quantities, places, actors, speaker):
    from timeline.project import rows as rows_module

    source = ("root", 1, "e", "article-1", "t", "o", "2018-01-01", "u", 17, 40, 20, 24, evidence, quote, "2018", speaker, "[]")
    assert rows_module._one_profile(headline, evidence, quote, 17, "article-1", quantities, places, actors, speaker) == \
        rows_module.match_profile(headline, [source], quantities, places, actors, speaker)


# -- the set-based rebuild (timeline/project/bulk.py) ------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
       | st.text(alphabet="\x00\x01\x1f\x7f\"\\/ \t\n\r\x0b\x0c\x85\xa0\u2028\u3000é😀[]", max_size=12))
def test_sql_quotes_and_strips_strings_as_python_does(text):
    """The set-based rebuild writes JSON lists with `json_quote` and strips names with `trim(x, WHITESPACE)`:
    both must give what Python's encoder and `str.strip` give, for any string."""
    from timeline.project.bulk import WHITESPACE

    conn = sqlite3.connect(":memory:")
    quoted, stripped = conn.execute("SELECT json_quote(?), trim(?, ?)", (text, text, WHITESPACE)).fetchone()
    assert quoted == json.dumps(text, ensure_ascii=False)
    assert stripped == text.strip()


def test_whitespace_is_pythons():
    from timeline.project.bulk import WHITESPACE

    assert WHITESPACE == "".join(c for c in map(chr, range(0x110000)) if c.isspace())


#: sentences of the awkward articles, and what the extractor below claims about each: every shape the
#: set-based rebuild writes with SQL (PLAIN), and shapes it leaves to Python (see `bulk._PLAIN`)
AWKWARD = [
    ("ICE and Immigration and Customs Enforcement raided 470 homes in Oakland.",
     dict(actors=[("ICE", "ICE", "organisation"), ("Immigration and Customs Enforcement", "ICE", "government"),
                  ("ICE", "ICE", "person")], quantities=[(470.0, "470", "homes")], places=["Oakland", "Texas", "Oakland"])),
    ("\u00a0Thomas Homan\u3000 said the sweep was planned, quoting “a “bold” plan\\ \x01é😀”.",
     dict(actors=[("\u00a0Thomas Homan\u3000 ", "", None)], speaker=" Thomas Homan\t", role="director",
          quote="a “bold” plan\\ \x01é😀\n\"x\"", kind="statement")),
    ("The mayor said nothing at all yesterday, officials told reporters on Tuesday.",  # an empty quote
     dict(speaker="   ", quote="", kind="statement", rule="publication")),
    ("Officials said 2.5 million dollars were reported in Texas and Dallas.",  # 2.5
     dict(quantities=[(2.5, "2.5", "dollars")], places=["Texas", "Dallas"], speaker="", kind="statement")),
    ("Agents arrested 3 people in the raid last week in Phoenix.",  # a date re-resolved
     dict(quantities=[(3, "3", None)], places=["Phoenix"], kind="arrests",
          when=("2017-W40", "week", "relative", "2017-10-02", "2017-10-08", "offset:-1:week"))),
    ("The council passed a law with no votes against and minus nothing in reserve.",  # -0.0
     dict(quantities=[(-0.0, "-0", None)], kind="law", from_headline=True, confidence=0.75)),
    ("A report released counts of 10000000000000000 papers in Denver.",  # 1e16
     dict(quantities=[(1e16, "1e16", "papers")], kind="report", actors=[("Denver Post", "Denver Post", None)],
          speaker="Denver Post", when=("XXXX", "unknown", "unknown", None, None, None))),
    ("The letter was sent in 2016 to the city council and the ACLU.",
     dict(kind="letter", actors=[("the city council", "City Council", "organisation"), ("the ACLU", "ACLU", None),
                                 ("the ACLU", "ACLU", "organisation")], speaker="ACLU",
          when=("2016", "year", "explicit", "2016-01-01", "2016-12-31", None))),
    ("Agents arrested 3 people and 3 others in the second raid in Phoenix.",  # two quantities
     dict(quantities=[(3, "3", None), (3.0, "3", "people")], kind="arrests")),
    ("The governor announced 12 new judges for the county court.",
     dict(quantities=[(12, "12", "judges")], kind="announcement", speaker="   ", rule="publication",
          places=["County\u00a0"], actors=[("The governor", "Governor", "person"), ("the county court", "County Court",
                                                                                   "organisation")])),
]
#: the sentences whose rows SQL writes (the others have an empty quote, a relative date, or numbers
#: SQL would print otherwise than Python)
PLAIN = (0, 1, 7, 9)


def _awkward_article(n: int, published, nul: bool = False) -> Article:
    body = " ".join(sentence for sentence, _ in AWKWARD)
    text = f"Awkward story {n}" + ("\x00 (a NUL)" if nul else "") + f"\n\n{body}"
    return Article.from_text(text, published=published, source="Outlet\u00a0", url=f"https://example.org/{n}",
                             origin=f"awkward-{n}.txt")


def awkward_extractor(article, keep=lambda i: True) -> list[Event]:
    events = []
    for i, (sentence, claims) in enumerate(AWKWARD):
        if not keep(i):
            continue
        start = article.text.index(sentence)
        sent = Span(start, start + len(sentence))
        trigger = Span(start + 4, start + 9)
        kind = claims.get("kind", "operation")
        when = When.publication(article.published) if claims.get("rule") == "publication" else (
            When(*claims["when"][:3], *[pendulum.parse(d).date() if d else None for d in claims["when"][3:5]],
                 rule=claims["when"][5]) if "when" in claims else
            When("2018-01-17", "day", "explicit", pendulum.date(2018, 1, 17), pendulum.date(2018, 1, 17)))
        speaker = claims.get("speaker")
        events.append(Event(
            id=event_id(article.id, trigger, kind), article_id=article.id, kind=kind, headline=sentence[:40] + "\t",
            sentence=sent, trigger=trigger, when=when,
            actors=tuple(Actor(name, canonical, None, k) for name, canonical, k in claims.get("actors", ())),
            attribution=Attribution(speaker=speaker, role=claims.get("role")) if speaker is not None else None,
            quote=claims.get("quote"), places=tuple(Place(p, trigger) for p in claims.get("places", ())),
            quantities=tuple(Quantity(v, t, trigger, u) for v, t, u in claims.get("quantities", ())),
            confidence=claims.get("confidence") if "confidence" in claims else 0.5,
            from_headline=claims.get("from_headline", False), extractor="awkward",
        ))
    return events


_paths = (0, 0)  # the last set-based rebuild's rows: (written by SQL, roots left to `rows.rebuild_rows`)


def _rebuilt(log, bulk: bool) -> dict:
    """The tables after a set-based (`bulk`) or entry-by-entry rebuild."""
    global _paths
    from timeline.project import rows as row_code, runner

    original = row_code.rebuild_rows

    def counted(conn, *args, **kwargs):
        global _paths
        _paths = tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("timeline", "fold_dirty"))
        return original(conn, *args, **kwargs)

    runner.BULK, row_code.rebuild_rows = bulk, counted
    try:
        project.rebuild(log)
    finally:
        runner.BULK, row_code.rebuild_rows = True, original
    return snapshot(log.conn)


def test_set_based_rebuild_equals_entry_by_entry_rebuild_and_incremental_on_awkward_payloads(tmp_path, monkeypatch):
    """Rows written by SQL (`bulk._PLAIN`) and rows left to Python, on payloads chosen to trip SQL up (padded
    and non-ASCII names, duplicate actors and places, odd quotes, numbers Python prints its own way, dates
    re-resolved or unknown, a text with a NUL), edited, re-dated, merged, split and re-extracted: the
    set-based rebuild, the entry-by-entry rebuild and the incremental tables are the same."""
    monkeypatch.setattr(project, "after_append", lambda log, article_id, cache=None: 0)  # merges are decided below
    tl = Timeline.open(tmp_path / "events.db")
    articles = [_awkward_article(1, pendulum.date(2018, 1, 18)), _awkward_article(2, None),
                _awkward_article(3, pendulum.date(2017, 9, 29), nul=True)]
    assert tl.add([Loaded(a) for a in articles], extractor=awkward_extractor, extractor_version="awkward").ok
    ed = Editor(tl.log)
    found = {(r["article_id"], r["sentence_start"]): r["id"] for r in rows(tl)}
    ids = [found[k] for k in sorted(found)]
    ed.correct(ids[0], speaker="Libby Schaaf")
    ed.correct(ids[1], date="2018-W03")
    ed.retract(ids[2])
    ed.merge(ids[3], [ids[12], ids[13]])
    ed.merge(ids[14], [ids[15]])
    ed.split(ids[14])
    tl.date_article(articles[1].id, "2017-06-02")
    tl.reextract(extractor=lambda a: awkward_extractor(a, keep=lambda i: i % 3 != 1), extractor_version="awkward-2")
    ed.correct(ids[5], headline="Corrected\u00a0 ")
    incremental = snapshot(tl.log.conn)

    assert _rebuilt(tl.log, bulk=True) == incremental
    by_sql, by_python = _paths
    assert by_sql >= 4 and by_python >= 10  # both paths were taken
    assert _rebuilt(tl.log, bulk=False) == incremental
    assert snapshot(project.fold_until(tl.log, tl.log.last_position())) == incremental
    tl.close()


def test_set_based_rebuild_reads_each_article_text_once_and_leaves_no_scratch_table(tmp_path, monkeypatch):
    """The plain rows' passages come from a TEMP table of article texts (`bulk._INSERT_TEXTS`), which is
    gone after the rebuild, with the connection's TEMP page cache as it was; a payload holding a NUL is
    found by `GLOB` exactly as Python finds the escape."""
    monkeypatch.setattr(project, "after_append", lambda log, article_id, cache=None: 0)
    tl = Timeline.open(tmp_path / "events.db")
    articles = [_awkward_article(1, pendulum.date(2018, 1, 18)), _awkward_article(3, None, nul=True)]
    assert tl.add([Loaded(a) for a in articles], extractor=awkward_extractor, extractor_version="awkward").ok
    conn = tl.log.conn
    for data, by_sql in conn.execute("SELECT data, data GLOB '*\\u0000*' FROM log"):
        assert bool(by_sql) == ("\\u0000" in data)
    assert conn.execute("SELECT COUNT(*) FROM log WHERE data GLOB '*\\u0000*'").fetchone()[0] > 0
    incremental = snapshot(conn)
    conn.execute("PRAGMA temp.cache_size = -1234")
    assert _rebuilt(tl.log, bulk=True) == incremental
    assert _paths[0] == len(PLAIN)  # the plain rows of the article without a NUL
    assert conn.execute("SELECT name FROM temp.sqlite_master WHERE name = 'fold_texts'").fetchall() == []
    assert conn.execute("PRAGMA temp.cache_size").fetchone()[0] == -1234
    tl.close()


def test_set_based_rebuild_writes_plain_rows_with_sql_and_equals_the_fold_on_a_fresh_log(tmp_path, monkeypatch):
    """Straight after adding (no edits, no merges): exactly the plain rows are written by SQL (none of an
    article whose text holds a NUL), the rest by Python, and the tables equal the incremental ones."""
    from timeline.project import bulk

    monkeypatch.setattr(project, "after_append", lambda log, article_id, cache=None: 0)
    tl = Timeline.open(tmp_path / "events.db")
    articles = [_awkward_article(1, pendulum.date(2018, 1, 18)), _awkward_article(2, None),
                _awkward_article(3, pendulum.date(2017, 9, 29), nul=True)]
    assert tl.add([Loaded(a) for a in articles], extractor=awkward_extractor, extractor_version="awkward").ok
    incremental = snapshot(tl.log.conn)
    assert _rebuilt(tl.log, bulk=True) == incremental
    assert _paths == (2 * len(PLAIN), 3 * len(AWKWARD) - 2 * len(PLAIN))
    monkeypatch.setattr(bulk, "CHUNK", 3)  # sources, links, search and profiles written a few rows at a time
    assert _rebuilt(tl.log, bulk=True) == incremental
    tl.close()


def _automatic_merges(log) -> list[tuple]:
    """(target, merged, reason) of every automatic merge, in log order."""
    found = []
    for (data,) in log.conn.execute("SELECT data FROM log WHERE type = 'EventsMerged' ORDER BY position"):
        entry = json.loads(data)
        if entry.get("automatic"):
            found.append((entry["target"], tuple(entry["merged"]), entry["reason"]))
    return found


@pytest.mark.parametrize("limit", [0, 3, 20_000])
def test_profiles_kept_between_the_articles_of_a_batch_change_no_merge(tmp_path, seeds_dir, monkeypatch, limit):
    """`Timeline.add` keeps candidate profiles from one article to the next (`merge.ProfileCache`, at most
    `limit`): a batch merges exactly as adding its articles one call at a time does, reading fewer profiles."""
    from timeline import app as app_module
    from timeline.project import merge

    reads: list[int] = []
    by_key, by_day = merge._read_profiles, merge._read_days

    def counted(conn, keys, cache):
        reads.append(len(keys))
        return by_key(conn, keys, cache)

    def counted_days(conn, kind, keys, cache):
        reads.append(len(keys))
        return by_day(conn, kind, keys, cache)

    monkeypatch.setattr(merge, "_read_profiles", counted)
    monkeypatch.setattr(merge, "_read_days", counted_days)
    items = list(read_inputs([seeds_dir]))
    one_by_one = Timeline.open(tmp_path / "one.db")
    for item in items:
        assert one_by_one.add([item], extractor=keyword_extractor, extractor_version="keyword-test").ok
    separately = sum(reads)
    reads.clear()
    monkeypatch.setattr(app_module, "ProfileCache", lambda: merge.ProfileCache(limit))
    batch = Timeline.open(tmp_path / "batch.db")
    assert batch.add(items, extractor=keyword_extractor, extractor_version="keyword-test").ok
    assert _automatic_merges(batch.log) == _automatic_merges(one_by_one.log) != []
    assert snapshot(batch.log.conn) == snapshot(one_by_one.log.conn)
    if limit == 0:
        assert sum(reads) == separately
    else:
        assert sum(reads) <= separately if limit < 10 else sum(reads) < separately
    one_by_one.close()
    batch.close()


def test_kept_profiles_are_dropped_when_another_connection_commits_or_a_rowid_is_reused(tl):
    """A kept profile is only used while it is its row's: another process's commit (SQLite's
    `data_version`) drops them all, and a rowid now naming another row is not a hit."""
    from timeline.project import merge

    conn = tl.log.conn
    conn.row_factory = sqlite3.Row
    try:
        cache = merge.ProfileCache()
        cache.check(conn)
        rows_ = conn.execute("SELECT rowid AS _rowid, id, kind, date_start, article_position, sentence_start FROM timeline"
                             " ORDER BY rowid LIMIT 2").fetchall()
        merge._profiles(conn, rows_, cache)
        first, second = rows_
        assert merge.fresh(cache, (first["article_position"], first["sentence_start"], first["_rowid"]))
        moved = (second["article_position"], second["sentence_start"], first["_rowid"])  # the rowid, another row
        assert (moved[:2] != (first["article_position"], first["sentence_start"])) and not merge.fresh(cache, moved)
        cache.check(conn)
        assert len(cache) == 2  # nothing committed elsewhere
        cache.drop_ids(conn, [first["id"], "no-such-row"])  # as a merge rewrites a row
        assert set(cache) == {second["_rowid"]}
        merge._profiles(conn, [first], cache)
        other = sqlite3.connect(tl.log.path)
        other.execute("CREATE TABLE scratch_of_another_writer (x)")
        other.commit()
        other.close()
        cache.check(conn)
        assert len(cache) == 0
    finally:
        conn.row_factory = None
