"""`timeline`, `sources`, `actors`, `event_actors`, `timeline_fts`: the news events people read.

The fold keeps per-event state in `fold_*` tables: the article dates it needs (texts are
read from the log when an article is re-extracted); per extracted event, the log position of
its latest payload (`fold_events.position`: payloads are read from the log, not copied, and so
are sentences: a rebuilt row takes its passages' evidence from its current `sources` or the
article text, `rows.rebuild_rows`), which
run is current, corrections, retraction, and `root`: the timeline row it belongs to after
merges; `fold_match`: each row's match profile for automatic merging, clustered by (kind,
date_start (`day`, '' if undated), source order, timeline rowid), so the candidates of one
lookup, rows of one kind with nearby dates, sit on a few adjacent pages; `fold_actor_names` and
`fold_actor_kinds`: each actor's links counted by name and kind, so `actors` changes by
difference (a popular actor is never recounted). Each entry changes that state and marks the
touched rows dirty; `finish` rebuilds exactly the dirty rows from the state, so the result
never depends on how the log was batched: folding it all at once
(`timeline rebuild`) or an entry at a time gives identical tables.

Chronological order (`sort_order`): `date_start` (undated last), then precision, finest
first (a day before the week, month or year that starts on it), then source order (the
order the first source's article was added, then its offset), then id. It is a text key
computed from the row alone (`rows.sort_key`), copied into `event_actors`, so adding or
changing a row never renumbers the others and "an actor's events by date" is an index scan.
"""

from __future__ import annotations

import json
import sqlite3

from timeline.project import rows
from timeline.store import LogEntry

TABLES = ("timeline", "sources", "event_actors", "actors", "timeline_fts",
          "fold_articles", "fold_events", "fold_pending", "fold_dirty", "fold_match", "fold_actor_names",
          "fold_actor_kinds")
VIEWS = ("timeline_readable", "sources_readable")

DDL = """
CREATE TABLE IF NOT EXISTS fold_articles (
    id TEXT PRIMARY KEY, title TEXT, source TEXT, url TEXT, origin TEXT, published TEXT,
    added_position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS fold_events (
    event_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0,
    root TEXT NOT NULL, retracted INTEGER NOT NULL DEFAULT 0, retract_why TEXT, corrections TEXT,
    position INTEGER NOT NULL, article_position INTEGER NOT NULL, sentence_start INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS fold_pending (
    article_id TEXT NOT NULL, event_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (article_id, event_id));
CREATE TABLE IF NOT EXISTS fold_dirty (root TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS fold_actor_names (
    actor TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (actor, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fold_actor_kinds (
    actor TEXT NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (actor, kind)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fold_match (
    kind TEXT NOT NULL, day TEXT NOT NULL, article_position INTEGER NOT NULL, sentence_start INTEGER NOT NULL,
    rowid INTEGER NOT NULL, id TEXT NOT NULL, date_end TEXT, basis TEXT, article_id TEXT,
    texts TEXT NOT NULL, quotes TEXT NOT NULL, numbers TEXT NOT NULL, sentences TEXT NOT NULL, places TEXT NOT NULL, actors TEXT NOT NULL, speaker TEXT NOT NULL,
    PRIMARY KEY (kind, day, article_position, sentence_start, rowid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS timeline (
    id TEXT PRIMARY KEY,
    date TEXT, date_start TEXT, date_end TEXT, precision TEXT, basis TEXT,
    kind TEXT NOT NULL, status TEXT, headline TEXT,
    actors TEXT, speaker TEXT, speaker_role TEXT, quote TEXT, places TEXT, quantities TEXT,
    sources INTEGER NOT NULL,
    article_id TEXT, source_title TEXT, source_outlet TEXT, source_published TEXT, source_url TEXT,
    sentence_start INTEGER, sentence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER,
    evidence TEXT, conflicts TEXT, confidence REAL, from_headline INTEGER, corrected INTEGER NOT NULL,
    sort_order TEXT, article_position INTEGER, date_text TEXT, extractor TEXT);
CREATE TABLE IF NOT EXISTS sources (
    event_id TEXT NOT NULL, rank INTEGER NOT NULL, extracted_event_id TEXT NOT NULL,
    article_id TEXT NOT NULL, article_title TEXT, outlet TEXT, published TEXT, url TEXT,
    sentence_start INTEGER, sentence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER,
    evidence TEXT, quote TEXT, date TEXT, speaker TEXT, quantities TEXT,
    PRIMARY KEY (event_id, rank));
CREATE TABLE IF NOT EXISTS event_actors (
    event_id TEXT NOT NULL, actor TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, kind TEXT,
    sort_order TEXT NOT NULL, PRIMARY KEY (event_id, actor, name, role)) WITHOUT ROWID;
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
#: the fold state's lookups (a row's events, an article's events): a rebuild from scratch (`bulk`) builds
#: them once it first looks events up (a re-extraction, a dating, an editorial decision), or at the end
STATE_INDEX_DDL = """
CREATE INDEX IF NOT EXISTS fold_events_root ON fold_events (root);
CREATE INDEX IF NOT EXISTS fold_events_article ON fold_events (article_id)
"""
#: secondary indexes of the derived tables: created after a fold's first rows are written
#: (`finish`), so a rebuild fills the tables first and sorts each index once
INDEX_DDL = """
CREATE INDEX IF NOT EXISTS timeline_kind_date ON timeline (kind, date_start, article_position);
CREATE INDEX IF NOT EXISTS timeline_date ON timeline (date_start, date_end);
CREATE INDEX IF NOT EXISTS timeline_sort ON timeline (sort_order);
CREATE INDEX IF NOT EXISTS timeline_speaker ON timeline (speaker, sort_order);
CREATE INDEX IF NOT EXISTS timeline_match ON timeline (kind, precision, date_start, date_end, article_position, sentence_start);
CREATE INDEX IF NOT EXISTS timeline_article ON timeline (article_id);
CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id);
CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors (actor, role, sort_order)
"""

#: a fold from scratch touching more actors than this counts them in one pass over `event_actors`
RECOUNT_ALL = 64


class _Batch:
    """What one fold keeps in memory between entries: extracted events not yet completed,
    as (log position, payload) (`fold_pending` holds the positions of earlier folds'), the
    texts of articles it added, parsed event payloads (so rows need not parse them again),
    the actors to recount, and the connection the log is read from (`source`: an event's
    payload is not copied into the fold's state, `fold_events.position` points at it)."""

    def __init__(self, source: sqlite3.Connection | None = None):
        self.pending: dict[str, dict[str, tuple[int, dict]]] = {}
        self.articles: dict[str, tuple[str, int]] = {}
        self.parsed: dict[str, dict] = {}
        self.evidence: dict[str, str] = {}  # the sentences of the events in `parsed`
        self.actors: dict[str, list[int]] = {}  # actor: [change in events, change in statements]
        self.source = source
        self.completed: set[str] = set()  # articles whose extraction completed in this fold
        #: a fold from scratch (nothing folded yet): actor counts are taken once, at the end
        self.fresh = False
        #: in a fold from scratch, the articles it added (what `fold_articles` holds; None: it held rows
        #: already), and those whose pending events it wrote to `fold_pending` (None: it held rows already):
        #: so the fold need not ask the database what it knows already (a query per article)
        self.added: set[str] | None = None
        self.stored_pending: set[str] | None = None


def _run(conn: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


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
    version = 7
    tables = TABLES
    views = VIEWS
    types = frozenset({
        "ArticleAdded", "ArticleDated", "EventExtracted", "ExtractionCompleted",
        "EventCorrected", "EventRetracted", "EventsMerged", "EventsSplit",
    })

    def __init__(self):
        self._batches: dict[int, _Batch] = {}

    def create(self, conn: sqlite3.Connection) -> None:
        _run(conn, DDL)
        self.create_state_indexes(conn)

    def create_state_indexes(self, conn: sqlite3.Connection) -> None:
        _run(conn, STATE_INDEX_DDL)

    def bulk(self, conn: sqlite3.Connection) -> None:
        """Create the tables and fold the whole log into them, set-based (a rebuild: see `bulk.py`)."""
        from timeline.project import bulk

        _run(conn, DDL)
        bulk.rebuild_timeline(self, conn)
        _run(conn, INDEX_DDL)
        bulk.count_actors(conn)

    def _batch(self, conn: sqlite3.Connection) -> _Batch:
        batch = self._batches.get(id(conn))
        if batch is None:
            batch = self._batches[id(conn)] = _Batch(conn)
        return batch

    # -- folding entries into state ---------------------------------------------------
    def begin(self, conn: sqlite3.Connection, source: sqlite3.Connection | None = None) -> None:
        """A fold starts (forget whatever an interrupted fold on this connection left);
        `source` is the connection holding the log (default: `conn`)."""
        batch = self._batches[id(conn)] = _Batch(source or conn)
        batch.fresh = conn.execute("SELECT 1 FROM fold_events LIMIT 1").fetchone() is None
        if batch.fresh and conn.execute("SELECT 1 FROM fold_articles LIMIT 1").fetchone() is None:
            batch.added = set()
        if batch.fresh and conn.execute("SELECT 1 FROM fold_pending LIMIT 1").fetchone() is None:
            batch.stored_pending = set()

    def apply(self, conn: sqlite3.Connection, entry: LogEntry) -> None:
        getattr(self, "_" + entry.type)(conn, entry.data, entry.position)

    def apply_decision(self, conn: sqlite3.Connection, entry_type: str, data: dict, position: int) -> None:
        """Fold an editorial decision (`EventCorrected`, `EventRetracted`, `EventsMerged`, `EventsSplit`)."""
        getattr(self, "_" + entry_type)(conn, data, position)

    def _ArticleAdded(self, conn, data, position):
        a = data["article"]
        batch = self._batch(conn)
        cursor = conn.execute(
            "INSERT OR IGNORE INTO fold_articles (id, title, source, url, origin, published, added_position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (a["id"], a["title"], a["source"], a["url"], a["origin"], a["published"], position),
        )
        if batch.added is not None:  # `fold_articles` holds exactly the articles this fold added
            inserted = a["id"] not in batch.added
            batch.added.add(a["id"])
        else:
            inserted = cursor.rowcount
        if inserted:
            batch.articles[a["id"]] = (a["text"], position)

    def _ArticleDated(self, conn, data, position):
        conn.execute("UPDATE fold_articles SET published = ? WHERE id = ?", (data["published"], data["article_id"]))
        _dirty_article(conn, data["article_id"])

    def _EventExtracted(self, conn, data, position):
        event = data["event"]
        self._batch(conn).pending.setdefault(event["article_id"], {})[event["id"]] = (position, event)

    def _ExtractionCompleted(self, conn, data, position):
        """The run's events become the article's current events; the previous run's step back."""
        article_id = data["article_id"]
        batch = self._batch(conn)
        known = article_id not in batch.articles or article_id in batch.completed  # else it has no events yet
        if known:
            _dirty_article(conn, article_id)
            conn.execute("UPDATE fold_events SET active = 0 WHERE article_id = ?", (article_id,))
        batch.completed.add(article_id)
        article = batch.articles.get(article_id)
        if article is None:  # added by an earlier fold: its text is in its ArticleAdded entry
            article = rows.article_text(conn, batch.source, article_id)
        if batch.stored_pending is not None and article_id not in batch.stored_pending:
            stored = []  # `fold_pending` holds only what this fold wrote to it
        else:
            stored = conn.execute("SELECT event_id, position FROM fold_pending WHERE article_id = ?",
                                  (article_id,)).fetchall()
        pending: dict[str, tuple[int, dict | None]] = {e: (p, None) for e, p in stored}
        if stored:
            loaded = rows.load_events(batch.source, [p for _, p in stored])
            pending = {e: (p, loaded.get(p)) for e, (p, _) in pending.items()}
        pending.update(batch.pending.pop(article_id, {}))
        inserts, activations = [], []
        for event_id in data["event_ids"]:
            if event_id in pending and article is not None:
                at, event = pending[event_id]
                start, end = event["sentence"]["start"], event["sentence"]["end"]
                inserts.append((event_id, article_id, event_id, at, article[1], start))
                batch.parsed[event_id] = event
                batch.evidence[event_id] = article[0][start:end]
            else:
                activations.append((event_id, article_id))
        conn.executemany(
            "INSERT INTO fold_events (event_id, article_id, active, root, position, article_position, sentence_start)"
            " VALUES (?, ?, 1, ?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET active = 1,"
            " position = excluded.position, sentence_start = excluded.sentence_start",
            inserts,
        )
        conn.executemany("UPDATE fold_events SET active = 1 WHERE event_id = ? AND article_id = ?", activations)
        if stored:
            conn.execute("DELETE FROM fold_pending WHERE article_id = ?", (article_id,))
        if known or activations:
            _dirty_article(conn, article_id)
        else:  # an article new to this fold: its rows are the events just inserted, each its own root
            _dirty(conn, *(i[0] for i in inserts))

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
    def flush(self, conn: sqlite3.Connection) -> None:
        """Write what the fold holds in memory and rebuild the dirty rows (keeps memory bounded)."""
        batch = self._batch(conn)
        conn.executemany(
            "INSERT OR REPLACE INTO fold_pending (article_id, event_id, position) VALUES (?, ?, ?)",
            [(a, e, at) for a, events in batch.pending.items() for e, (at, _) in events.items()],
        )
        if batch.stored_pending is not None:
            batch.stored_pending.update(batch.pending)
        batch.pending.clear()
        batch.articles.clear()
        batch.completed.clear()
        if conn.execute("SELECT 1 FROM fold_dirty LIMIT 1").fetchone() is not None:
            for actor, (events, statements) in rows.rebuild_rows(conn, batch.parsed, batch.source, count=not batch.fresh,
                                                                 evidence=batch.evidence).items():
                change = batch.actors.setdefault(actor, [0, 0])
                change[0] += events
                change[1] += statements
            conn.execute("DELETE FROM fold_dirty")
        batch.parsed.clear()
        batch.evidence.clear()

    def finish(self, conn: sqlite3.Connection) -> None:
        self.flush(conn)
        batch = self._batches.pop(id(conn))
        _run(conn, INDEX_DDL)
        if batch.fresh:  # a fold from scratch: every count in one pass over the links
            rows.count_all_links(conn)
            rows.recount_actors(conn, None)
        elif len(batch.actors) > RECOUNT_ALL and conn.execute("SELECT 1 FROM actors LIMIT 1").fetchone() is None:
            rows.recount_actors(conn, set(batch.actors))  # a fold from scratch: one pass over the links
        else:
            rows.update_actors(conn, batch.actors)  # by difference: a popular actor is not recounted
