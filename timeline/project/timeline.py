"""`timeline`, `sources`, `actors`, `event_actors`, `timeline_fts`: the news events people read.

The fold keeps per-event state in `fold_*` tables (the article texts and dates it needs,
each extracted event's latest data, which run is current, corrections, retraction, and
`root`: the timeline row an event belongs to after merges). Each entry changes that
state and marks the touched rows dirty; `finish` rebuilds exactly the dirty rows from the
state, so the result never depends on how the log was batched: folding it all at once
(`timeline rebuild`) or an entry at a time gives identical tables.

Chronological order (`sort_order`): `date_start` (undated last), then precision, finest
first (a day before the week, month or year that starts on it), then source order (the
order the first source's article was added, then its offset), then id.
"""

from __future__ import annotations

import json
import sqlite3

from timeline.project import rows
from timeline.store import LogEntry

TABLES = ("timeline", "sources", "event_actors", "actors", "timeline_fts",
          "fold_articles", "fold_events", "fold_pending", "fold_dirty")
VIEWS = ("timeline_readable", "sources_readable")

DDL = """
CREATE TABLE IF NOT EXISTS fold_articles (
    id TEXT PRIMARY KEY, title TEXT, source TEXT, url TEXT, origin TEXT, published TEXT,
    added_position INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fold_events (
    event_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0,
    root TEXT NOT NULL, retracted INTEGER NOT NULL DEFAULT 0, retract_why TEXT, corrections TEXT,
    data TEXT NOT NULL, evidence TEXT NOT NULL, article_position INTEGER NOT NULL, sentence_start INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS fold_events_root ON fold_events (root);
CREATE INDEX IF NOT EXISTS fold_events_article ON fold_events (article_id);
CREATE TABLE IF NOT EXISTS fold_pending (
    article_id TEXT NOT NULL, event_id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (article_id, event_id));
CREATE TABLE IF NOT EXISTS fold_dirty (root TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS timeline (
    id TEXT PRIMARY KEY,
    date TEXT, date_start TEXT, date_end TEXT, precision TEXT, basis TEXT,
    kind TEXT NOT NULL, status TEXT, headline TEXT,
    actors TEXT, speaker TEXT, speaker_role TEXT, quote TEXT, places TEXT, quantities TEXT,
    sources INTEGER NOT NULL,
    article_id TEXT, source_title TEXT, source_outlet TEXT, source_published TEXT, source_url TEXT,
    sentence_start INTEGER, sentence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER,
    evidence TEXT, conflicts TEXT, confidence REAL, from_headline INTEGER, corrected INTEGER NOT NULL,
    sort_order INTEGER, article_position INTEGER, date_text TEXT, extractor TEXT);
CREATE INDEX IF NOT EXISTS timeline_kind_date ON timeline (kind, date_start, article_position);
CREATE INDEX IF NOT EXISTS timeline_date ON timeline (date_start, date_end);
CREATE INDEX IF NOT EXISTS timeline_sort ON timeline (sort_order);
CREATE INDEX IF NOT EXISTS timeline_speaker ON timeline (speaker);
CREATE INDEX IF NOT EXISTS timeline_article ON timeline (article_id);
CREATE TABLE IF NOT EXISTS sources (
    event_id TEXT NOT NULL, rank INTEGER NOT NULL, extracted_event_id TEXT NOT NULL,
    article_id TEXT NOT NULL, article_title TEXT, outlet TEXT, published TEXT, url TEXT,
    sentence_start INTEGER, sentence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER,
    evidence TEXT, quote TEXT, date TEXT, speaker TEXT, quantities TEXT,
    PRIMARY KEY (event_id, rank));
CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id);
CREATE INDEX IF NOT EXISTS sources_extracted ON sources (extracted_event_id);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id TEXT NOT NULL, actor TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, kind TEXT,
    PRIMARY KEY (event_id, actor, name, role));
CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors (actor);
CREATE TABLE IF NOT EXISTS actors (
    name TEXT PRIMARY KEY, aliases TEXT NOT NULL, kind TEXT, events INTEGER NOT NULL,
    statements INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS timeline_fts USING fts5(headline, evidence, actors, quotes);
CREATE VIEW IF NOT EXISTS timeline_readable AS
    SELECT sort_order, date, precision, kind, status, headline, speaker, quote, sources,
           source_title, source_outlet, source_published, source_url, evidence, conflicts, id
    FROM timeline ORDER BY sort_order;
CREATE VIEW IF NOT EXISTS sources_readable AS
    SELECT t.sort_order, t.date AS event_date, t.kind, t.headline, s.rank, s.outlet, s.article_title,
           s.published, s.date AS source_date, s.evidence, s.quote, s.url, s.event_id, s.extracted_event_id
    FROM sources s JOIN timeline t ON t.id = s.event_id ORDER BY t.sort_order, s.rank;
"""

SORT_SQL = """
UPDATE timeline SET sort_order = ranked.n FROM (
    SELECT id, ROW_NUMBER() OVER (ORDER BY
        date_start IS NULL, date_start,
        CASE precision WHEN 'time' THEN 0 WHEN 'day' THEN 1 WHEN 'week' THEN 2 WHEN 'month' THEN 3
            WHEN 'season' THEN 4 WHEN 'quarter' THEN 5 WHEN 'year' THEN 6 WHEN 'decade' THEN 7
            WHEN 'century' THEN 8 ELSE 9 END,
        article_position, sentence_start, id) AS n
    FROM timeline) AS ranked
WHERE timeline.id = ranked.id AND timeline.sort_order IS NOT ranked.n
"""


def _root(conn: sqlite3.Connection, event_id: str) -> str | None:
    row = conn.execute("SELECT root FROM fold_events WHERE event_id = ?", (event_id,)).fetchone()
    return row[0] if row else None


def _dirty(conn: sqlite3.Connection, *roots: str | None) -> None:
    conn.executemany("INSERT OR IGNORE INTO fold_dirty (root) VALUES (?)", [(r,) for r in roots if r])


def _dirty_article(conn: sqlite3.Connection, article_id: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO fold_dirty (root) SELECT DISTINCT root FROM fold_events WHERE article_id = ?",
        (article_id,),
    )


class TimelineProjection:
    name = "timeline"
    version = 2
    tables = TABLES
    views = VIEWS
    types = frozenset({
        "ArticleAdded", "ArticleDated", "EventExtracted", "ExtractionCompleted",
        "EventCorrected", "EventRetracted", "EventsMerged", "EventsSplit",
    })

    def create(self, conn: sqlite3.Connection) -> None:
        for statement in DDL.split(";\n"):
            if statement.strip():
                conn.execute(statement)

    # -- folding entries into state ---------------------------------------------------
    def apply(self, conn: sqlite3.Connection, entry: LogEntry) -> None:
        getattr(self, "_" + entry.type)(conn, entry.data, entry.position)

    def _ArticleAdded(self, conn, data, position):
        a = data["article"]
        conn.execute(
            "INSERT OR IGNORE INTO fold_articles (id, title, source, url, origin, published, added_position, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (a["id"], a["title"], a["source"], a["url"], a["origin"], a["published"], position, a["text"]),
        )

    def _ArticleDated(self, conn, data, position):
        conn.execute("UPDATE fold_articles SET published = ? WHERE id = ?", (data["published"], data["article_id"]))
        _dirty_article(conn, data["article_id"])

    def _EventExtracted(self, conn, data, position):
        event = data["event"]
        conn.execute(
            "INSERT OR REPLACE INTO fold_pending (article_id, event_id, data) VALUES (?, ?, ?)",
            (event["article_id"], event["id"], json.dumps(event, sort_keys=True)),
        )

    def _ExtractionCompleted(self, conn, data, position):
        """The run's events become the article's current events; the previous run's step back."""
        article_id = data["article_id"]
        _dirty_article(conn, article_id)
        conn.execute("UPDATE fold_events SET active = 0 WHERE article_id = ?", (article_id,))
        article = conn.execute("SELECT text, added_position FROM fold_articles WHERE id = ?", (article_id,)).fetchone()
        pending = dict(conn.execute("SELECT event_id, data FROM fold_pending WHERE article_id = ?", (article_id,)))
        for event_id in data["event_ids"]:
            if event_id in pending and article is not None:
                event = json.loads(pending[event_id])
                start, end = event["sentence"]["start"], event["sentence"]["end"]
                conn.execute(
                    "INSERT INTO fold_events (event_id, article_id, active, root, data, evidence, article_position, sentence_start)"
                    " VALUES (?, ?, 1, ?, ?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET active = 1,"
                    " data = excluded.data, evidence = excluded.evidence, sentence_start = excluded.sentence_start",
                    (event_id, article_id, event_id, pending[event_id], article[0][start:end], article[1], start),
                )
            else:
                conn.execute("UPDATE fold_events SET active = 1 WHERE event_id = ? AND article_id = ?", (event_id, article_id))
        conn.execute("DELETE FROM fold_pending WHERE article_id = ?", (article_id,))
        _dirty_article(conn, article_id)

    def _EventCorrected(self, conn, data, position):
        row = conn.execute("SELECT corrections, root FROM fold_events WHERE event_id = ?", (data["event_id"],)).fetchone()
        if row is None:
            return
        corrections = json.loads(row[0]) if row[0] else {}
        corrections.update({k: v for k, v in data.items() if k != "event_id" and v is not None})
        conn.execute(
            "UPDATE fold_events SET corrections = ? WHERE event_id = ?",
            (json.dumps(corrections, sort_keys=True), data["event_id"]),
        )
        _dirty(conn, row[1])

    def _EventRetracted(self, conn, data, position):
        root = _root(conn, data["event_id"])
        conn.execute(
            "UPDATE fold_events SET retracted = 1, retract_why = ? WHERE event_id = ?", (data["why"], data["event_id"])
        )
        _dirty(conn, root)

    def _EventsMerged(self, conn, data, position):
        """Each merged event joins the target's row; a merged row brings all its members along."""
        target = _root(conn, data["target"])
        if target is None:
            return
        for event_id in data["merged"]:
            root = _root(conn, event_id)
            if root is None or root == target:
                continue
            if root == event_id:
                conn.execute("UPDATE fold_events SET root = ? WHERE root = ?", (target, event_id))
            else:
                conn.execute("UPDATE fold_events SET root = ? WHERE event_id = ?", (target, event_id))
            _dirty(conn, root)
        _dirty(conn, target)

    def _EventsSplit(self, conn, data, position):
        """Each listed event stands on its own again (members merged along with it stay)."""
        target = _root(conn, data["target"])
        if target is None:
            return
        for event_id in data["split"]:
            if event_id != target and _root(conn, event_id) == target:
                conn.execute("UPDATE fold_events SET root = ? WHERE event_id = ?", (event_id, event_id))
                _dirty(conn, event_id)
        _dirty(conn, target)

    # -- deriving rows from state -----------------------------------------------------
    def finish(self, conn: sqlite3.Connection) -> None:
        roots = [r for (r,) in conn.execute("SELECT root FROM fold_dirty ORDER BY root")]
        if not roots:
            return
        touched_actors: set[str] = set()
        for root in roots:
            touched_actors |= rows.rebuild_row(conn, root)
        for actor in sorted(touched_actors):
            rows.rebuild_actor(conn, actor)
        conn.execute(SORT_SQL)
        conn.execute("DELETE FROM fold_dirty")
