"""Rebuilding the projections from scratch, set-based: the log folded inside SQLite.

`timeline rebuild` used to hand every log entry to the projections one at a time (`runner._fold`,
still what `catch_up` and `fold_until` do): Python parsed every JSON payload, built every row and
bound it to an `executemany`. A profile of that rebuild at 100k events (pyinstrument, 15.5 s wall)
showed where the time went: 2.4 s reading the log (`json.loads` of every payload), 1.3 s in the
per-entry handlers, 5 s building rows in Python (1.9 s of it the match profiles' regular
expressions), 3.2 s binding them to inserts, the rest dropping, indexing and committing. SQLite's
JSON functions read a payload three to four times faster than `json.loads` (one parse per row and
statement; each field taken is one more call, see below), and `INSERT … SELECT` writes rows
without a round trip through Python objects. So a rebuild from scratch (`rebuild_articles`, `rebuild_timeline`, called
by `runner.rebuild` through each projection's `bulk`) does:

1. **State, in one ordered pass** (`_fold_state`): the order-dependent part of the fold (which
   extraction run is current, what is pending, corrections, retractions, merges, splits) stays a
   Python loop over the log in order, but it reads only the few fields it needs, extracted by SQL
   (Python parses only the rare datings and editorial decisions), and it writes `fold_events` in
   batches. Re-extractions, datings and decisions are applied at their place in the log by the
   same statements and handlers as the incremental path (`TimelineProjection._EventsMerged` …).
2. **Rows, set-based**: a row whose only source is its own event, uncorrected, with an absolute or
   publication date and nothing a SQL expression could render differently from Python (see
   `_ROOTS` and `_PLAIN`) is written by `INSERT … SELECT` from its payload (`->>`, `json_each`,
   `json_quote`, `trim` with Python's whitespace, `printf` for the sort key): `timeline` first,
   then, from it, `sources`, `event_actors` and the search index. That is every row of the
   synthetic benchmark and most rows of a real log. A row's passage is cut from its article's
   text, which is read out of the `ArticleAdded` payload once per article into a TEMP table
   (`_INSERT_TEXTS`), not once per event: `->>` copies the whole text out every time it is asked.
3. **Python where SQL cannot follow**: each plain row's match profile (words cut by a regular
   expression, numbers, Unicode lower-casing: `rows._one_words` …) is computed in Python, on a
   second thread while SQLite writes the rows' other tables (`_insert_derived`); every other row
   (merged, corrected, a relative date re-resolved against the publication date, a number Python
   prints its own way, a payload holding a NUL) is marked dirty and built by the incremental
   path's own code (`rows.rebuild_rows`).

What a rebuild costs, measured statement by statement at 100k events (after the changes above,
one core, serial): SQLite's JSON functions about 1.5 s (a payload's parse is cheap, about 0.1 s per
pass over every event, and SQLite caches it between the calls of one statement; what costs is the
calls, about 0.15 µs each, some 40 per event: the ordered pass 3, a root's row 30, its actor links 5);
the match profiles 1.1 s of Python (regular expressions, sets, sorting: at its floor, and batching
the regular expression over many rows was slower) plus 0.4 s reading their input; the search index
0.7 s (as much as a raw insert of the same rows); writing the rows, their indexes and the commit
about as much as the raw baseline. Tried and dropped: staging the roots' fields in a TEMP table
(writing it costs more than the second parse it saves), `json_extract` of many paths at once (the
fields must be taken out of the array again), sorting the profiles in Python instead of SQL.

The tables are the same, value for value, as the one-entry-at-a-time fold's and the incremental
path's (tests/test_project.py, test_project_properties.py and test_project_real.py compare them
on awkward payloads, random edit sequences and the real extractor's output). Only the hidden
rowids of `timeline` (and so of `timeline_fts` and `fold_match`) follow their own rule: rows
written set-based are numbered in the order their events were folded, the others after them in
id order (the one-entry-at-a-time rebuild numbered rows in id order per flush of 20,000 entries).
"""

from __future__ import annotations

import concurrent.futures
import json
import sqlite3

from timeline.project import rows
from timeline.project.dating import PRECISION_RANK

#: Python's whitespace (what `str.strip` removes), for SQLite's `trim(x, characters)` (tests/test_project.py
#: checks it against `str.isspace`)
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")

#: log entries the timeline's fold reads, and the fields it needs of each, extracted by SQLite; a
#: payload holding a NUL (`\\u0000`) comes whole and is read by Python (SQLite's string functions stop
#: at a NUL), and so do the rare ones the fold reads in full (datings, editorial decisions); `GLOB` finds the
#: escape (as `instr` does, but without counting characters: a third of the pass's SQL time)
_STREAM = """
SELECT position, type, nul, CASE WHEN nul OR type NOT IN ('ArticleAdded', 'EventExtracted', 'ExtractionCompleted')
                                 THEN data END,
       CASE type WHEN 'ArticleAdded' THEN data ->> '$.article.id'
                 WHEN 'EventExtracted' THEN data ->> '$.event.article_id'
                 WHEN 'ExtractionCompleted' THEN data ->> '$.article_id' END,
       CASE type WHEN 'EventExtracted' THEN data ->> '$.event.id'
                 WHEN 'ExtractionCompleted' THEN data -> '$.event_ids' END,
       CASE type WHEN 'EventExtracted' THEN data ->> '$.event.sentence.start'
                 WHEN 'ArticleAdded' THEN data ->> '$.article.title' END,
       CASE type WHEN 'ArticleAdded' THEN data ->> '$.article.source' END,
       CASE type WHEN 'ArticleAdded' THEN data ->> '$.article.url' END,
       CASE type WHEN 'ArticleAdded' THEN data ->> '$.article.origin' END,
       CASE type WHEN 'ArticleAdded' THEN data ->> '$.article.published' END
FROM (SELECT position, type, data, data GLOB '*\\u0000*' AS nul FROM log
      WHERE type IN ('ArticleAdded', 'ArticleDated', 'EventExtracted', 'ExtractionCompleted',
                     'EventCorrected', 'EventRetracted', 'EventsMerged', 'EventsSplit'))
ORDER BY position
"""

#: the same for `articles`
_ARTICLES = """
SELECT position, CASE WHEN nul THEN data END, data ->> '$.article.id', data ->> '$.article.title',
       data ->> '$.article.published', data ->> '$.article.source', data ->> '$.article.url',
       data ->> '$.article.origin', length(data ->> '$.article.text')
FROM (SELECT position, data, data GLOB '*\\u0000*' AS nul FROM log WHERE type = 'ArticleAdded')
ORDER BY position
"""

#: what `_ExtractionCompleted` writes for an event of the run that was extracted since the last run
_UPSERT_EVENT = (
    "INSERT INTO fold_events (event_id, article_id, active, root, position, article_position, sentence_start)"
    " VALUES (?, ?, 1, ?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET active = 1,"
    " position = excluded.position, sentence_start = excluded.sentence_start"
)
#: `fold_events` rows are written this many at a time
BATCH = 5000

_RANK = "CASE {} " + " ".join(f"WHEN '{p}' THEN {r}" for p, r in PRECISION_RANK.items()) + \
    f" ELSE {PRECISION_RANK['unknown']} END"

#: a root's values that a plain row needs, each read from its payload (`l`) once (`LIMIT -1 OFFSET 0` keeps
#: SQLite from copying these expressions into the outer query, where each would be evaluated again);
#: the root is its row's only source: no merged member, active, unretracted, uncorrected
_ROOTS = """
SELECT e.event_id AS id, e.article_id AS article_id, e.article_position AS article_position,
    a.title AS source_title, a.source AS source_outlet, a.published AS source_published, a.url AS source_url,
    l.data AS data, al.text AS article_text,
    l.data ->> '$.event.when.rule' AS rule, l.data ->> '$.event.when.value' AS w_value,
    l.data ->> '$.event.when.earliest' AS w_start, l.data ->> '$.event.when.latest' AS w_end,
    l.data ->> '$.event.when.precision' AS w_precision, l.data ->> '$.event.when.basis' AS w_basis,
    l.data ->> '$.event.when.text' AS date_text,
    l.data ->> '$.event.kind' AS kind, l.data ->> '$.event.status' AS status, l.data ->> '$.event.headline' AS headline,
    l.data ->> '$.event.attribution.speaker' AS said, l.data ->> '$.event.attribution.role' AS speaker_role,
    l.data ->> '$.event.quote' AS quote,
    l.data ->> '$.event.sentence.start' AS sentence_start, l.data ->> '$.event.sentence.end' AS sentence_end,
    l.data ->> '$.event.trigger.start' AS trigger_start, l.data ->> '$.event.trigger.end' AS trigger_end,
    json_type(l.data, '$.event.confidence') AS confidence_type, l.data ->> '$.event.confidence' AS confidence,
    l.data ->> '$.event.from_headline' AS from_headline, l.data ->> '$.event.extractor' AS extractor,
    coalesce(json_array_length(l.data, '$.event.actors'), 0) AS n_actors,
    coalesce(json_array_length(l.data, '$.event.places'), 0) AS n_places,
    coalesce(json_array_length(l.data, '$.event.quantities'), 0) AS n_quantities,
    json_type(l.data, '$.event.quantities[0].value') AS q_type, l.data ->> '$.event.quantities[0].value' AS q_value
FROM fold_events e CROSS JOIN log l ON l.position = e.position CROSS JOIN fold_articles a ON a.id = e.article_id
     CROSS JOIN temp.fold_texts al ON al.position = e.article_position
WHERE e.root = e.event_id AND e.active = 1 AND e.retracted = 0 AND e.corrections IS NULL
    AND e.event_id NOT IN (SELECT root FROM fold_events WHERE root <> event_id) {odd}
ORDER BY e.rowid LIMIT -1 OFFSET 0
"""

#: the text of every article in `fold_articles` (from its first `ArticleAdded`), for the rows' passages (an
#: article's text holding a NUL comes out cut short here, but its rows are left to Python: see `_Odd`)
_INSERT_TEXTS = """
INSERT INTO temp.fold_texts (position, text)
SELECT a.added_position, l.data ->> '$.article.text' FROM fold_articles a CROSS JOIN log l ON l.position = a.added_position
ORDER BY a.added_position
"""

#: a root whose row this SQL writes exactly as `rows.build` would: its date needs no re-resolving
#: (absolute, or the publication date), its offsets are plain, neither its payload nor its article's
#: holds a NUL (`{odd}`: SQLite's string functions stop there, see `_Odd`), a quote is absent or
#: non-empty, and it has at most one quantity, whose number prints as Python prints it (an integer,
#: or a whole float below 1e15: `470.0`)
_PLAIN = """
    (rule IS NULL OR rule = 'publication')
    AND typeof(sentence_start) = 'integer' AND typeof(sentence_end) = 'integer'
    AND 0 <= sentence_start AND sentence_start <= sentence_end
    AND (quote IS NULL OR quote <> '')
    AND (n_quantities = 0 OR n_quantities = 1 AND (q_type = 'integer' OR q_type = 'real' AND q_value <> 0
         AND q_value = CAST(q_value AS INTEGER) AND abs(q_value) < 1e15))
"""

#: a JSON list of distinct strings, in first-seen order, as `json.dumps(…, ensure_ascii=False)` writes
#: it (`json_quote` escapes exactly as Python's encoder does; tests/test_project.py checks it); a list
#: of none or one (most) is written without the subquery
_NAMES = """CASE {count} WHEN 0 THEN '[]'
    WHEN 1 THEN '[' || json_quote({one}) || ']'
    ELSE (SELECT '[' || group_concat(json_quote(n), ', ') || ']' FROM (
        SELECT n FROM (SELECT {name} AS n, min(j.key) AS k FROM json_each(data, '$.event.{list}') j GROUP BY n)
        ORDER BY k)) END"""

_QUANTITIES = """CASE n_quantities WHEN 0 THEN '[]'
    ELSE '[{"value": ' || CASE q_type WHEN 'integer' THEN CAST(q_value AS TEXT)
                                      ELSE CAST(CAST(q_value AS INTEGER) AS TEXT) || '.0' END
         || ', "text": ' || json_quote(data ->> '$.event.quantities[0].text')
         || ', "unit": ' || json_quote(data ->> '$.event.quantities[0].unit') || '}]' END"""

#: an actor's canonical name (its name if it has none), stripped as Python strips
_CANONICAL = "trim(coalesce(nullif(j.value ->> '$.canonical', ''), j.value ->> '$.name'), :ws)"
_FIRST_CANONICAL = ("trim(coalesce(nullif(data ->> '$.event.actors[0].canonical', ''), data ->> '$.event.actors[0].name'),"
                    " :ws)")

#: the timeline columns of a plain row (`rows._build_one` with no corrections)
_PLAIN_COLUMNS = {
    "date": """CASE WHEN rule IS NULL THEN w_value
        WHEN source_published IS NOT NULL AND source_published <> '' THEN source_published ELSE 'XXXX-XX-XX' END""",
    "date_start": "CASE WHEN rule IS NULL THEN w_start WHEN source_published <> '' THEN source_published END",
    "date_end": "CASE WHEN rule IS NULL THEN w_end WHEN source_published <> '' THEN source_published END",
    "precision": "CASE WHEN rule IS NULL THEN w_precision WHEN source_published <> '' THEN 'day' ELSE 'unknown' END",
    "basis": "CASE WHEN rule IS NULL THEN w_basis ELSE 'publication' END",
    "actors": _NAMES.format(count="n_actors", one=_FIRST_CANONICAL, name=_CANONICAL, list="actors"),
    "speaker": "CASE WHEN coalesce(said, '') = '' THEN NULL ELSE trim(said, :ws) END",
    "places": _NAMES.format(count="n_places", one="data ->> '$.event.places[0].name'", name="j.value ->> '$.name'",
                            list="places"),
    "quantities": _QUANTITIES,
    "sources": "1",
    "evidence": "substr(article_text, sentence_start + 1, sentence_end - sentence_start)",
    "conflicts": "NULL",
    "confidence": "CASE WHEN confidence_type IS NULL THEN 0.5 ELSE confidence END",
    "from_headline": "CASE WHEN from_headline THEN 1 ELSE 0 END",
    "corrected": "0",
}

_INSERT_PLAIN = f"""
INSERT INTO timeline ({', '.join(rows.TIMELINE_COLUMNS)}, sort_order)
SELECT *, printf('%s %d %012d %09d %s', CASE WHEN coalesce(date_start, '') = '' THEN '{rows.UNDATED}' ELSE date_start END,
                 {_RANK.format('precision')}, article_position, sentence_start, id)
FROM (SELECT {', '.join(f"{_PLAIN_COLUMNS[c]} AS {c}" if c in _PLAIN_COLUMNS else c for c in rows.TIMELINE_COLUMNS)}
      FROM ({_ROOTS}) WHERE {_PLAIN} LIMIT -1 OFFSET 0)
"""

#: a plain row's one source: its own values (`build` gives the source the row's date, speaker and quantities)
_INSERT_SOURCES = f"""
INSERT INTO sources ({', '.join(rows.SOURCE_COLUMNS)})
SELECT id, 1, id, article_id, source_title, source_outlet, source_published, source_url, sentence_start, sentence_end,
       trigger_start, trigger_end, evidence, quote, date, speaker, quantities
FROM timeline WHERE rowid BETWEEN :first AND :last ORDER BY rowid
"""

_INSERT_ACTOR_LINKS = f"""
INSERT OR IGNORE INTO event_actors ({', '.join(rows.ACTOR_LINK_COLUMNS)})
SELECT t.id, {_CANONICAL}, trim(j.value ->> '$.name', :ws), 'actor', j.value ->> '$.kind', t.sort_order
FROM timeline t CROSS JOIN fold_events e ON e.event_id = t.id CROSS JOIN log l ON l.position = e.position,
     json_each(l.data, '$.event.actors') j
WHERE t.rowid BETWEEN :first AND :last ORDER BY t.rowid, j.key
"""

_INSERT_SPEAKER_LINKS = f"""
INSERT OR IGNORE INTO event_actors ({', '.join(rows.ACTOR_LINK_COLUMNS)})
SELECT id, speaker, speaker, 'speaker', NULL, sort_order FROM timeline
WHERE rowid BETWEEN :first AND :last AND speaker <> '' ORDER BY rowid
"""

#: the search entry: headline, sentence, the actors then the speaker (distinct, in that order; without a
#: subquery when there is at most one name), quote
_INSERT_SEARCH = """
INSERT INTO timeline_fts (rowid, headline, evidence, actors, quotes)
SELECT t.rowid, t.headline, t.evidence,
       CASE WHEN t.actors = '[]' THEN coalesce(t.speaker, '')
            WHEN json_array_length(t.actors) = 1 AND (coalesce(t.speaker, '') = '' OR t.speaker = t.actors ->> 0)
                THEN t.actors ->> 0
            ELSE (SELECT group_concat(n, ' ; ') FROM (
                SELECT n FROM (SELECT n, min(k) AS k FROM (
                    SELECT j.value AS n, j.key AS k FROM json_each(t.actors) j
                    UNION ALL SELECT t.speaker, 1e18 WHERE t.speaker <> '') GROUP BY n) ORDER BY k)) END,
       coalesce(t.quote, '')
FROM timeline t WHERE t.rowid BETWEEN :first AND :last ORDER BY t.rowid
"""

#: what a plain row's match profile is computed from, in `fold_match`'s key order (cheap inserts)
_PROFILE_INPUT = """
SELECT rowid, id, kind, coalesce(date_start, ''), date_end, basis, article_id, article_position, sentence_start,
       headline, evidence, quote, quantities, places, actors, speaker
FROM timeline WHERE rowid BETWEEN :first AND :last
ORDER BY kind, coalesce(date_start, ''), article_position, sentence_start, rowid
"""


#: `actors` from the links and their counts (`rows.count_all_links`): what `rows.recount_actors(conn, None)`
#: writes, aliases sorted as Python sorts them (SQLite compares UTF-8 bytes: code point order)
_INSERT_ACTORS = """
INSERT INTO actors (name, aliases, kind, events, statements)
SELECT c.actor,
    (SELECT '[' || group_concat(json_quote(name), ', ') || ']' FROM (
        SELECT name FROM fold_actor_names WHERE actor = c.actor ORDER BY name)),
    (SELECT kind FROM fold_actor_kinds WHERE actor = c.actor ORDER BY n DESC, kind LIMIT 1),
    c.events, c.statements
FROM (SELECT actor, COUNT(DISTINCT event_id) AS events, COUNT(DISTINCT CASE WHEN role = 'speaker' THEN event_id END)
      AS statements FROM event_actors GROUP BY actor) c
WHERE c.events > 0 ORDER BY c.actor
"""


def rebuild_articles(conn: sqlite3.Connection) -> None:
    """`articles` from scratch: the first `ArticleAdded` of each article, then its datings and the
    size of its latest extraction run, each applied only after the article was added (as the
    one-entry-at-a-time fold applies them)."""
    added = []
    for position, whole, *values in conn.execute(_ARTICLES):
        if whole is not None:  # it holds a NUL
            a = json.loads(whole)["article"]
            values = [a["id"], a["title"], a["published"], a["source"], a["url"], a["origin"], len(a["text"])]
        added.append((*values, position))
    conn.executemany("INSERT OR IGNORE INTO articles (id, title, published, source, url, origin, chars, added_position)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", added)
    for entry_type, statement, value in (
        ("ArticleDated", "UPDATE articles SET published = ? WHERE id = ? AND added_position < ?", "published"),
        ("ExtractionCompleted", "UPDATE articles SET events = ? WHERE id = ? AND added_position < ?", "event_ids"),
    ):
        changes = []
        for position, data in conn.execute("SELECT position, data FROM log WHERE type = ? ORDER BY position",
                                           (entry_type,)):
            entry = json.loads(data)
            changes.append((len(entry[value]) if value == "event_ids" else entry[value], entry["article_id"], position))
        conn.executemany(statement, changes)


def rebuild_timeline(projection, conn: sqlite3.Connection) -> None:
    """The timeline projection's tables from scratch (its tables exist, empty; see the module's doc)."""
    odd = _fold_state(projection, conn)
    ws = {"ws": WHITESPACE}
    clause, params = odd.clause()
    # each article's text, read from its payload once (not once per event: `->>` copies it out every time)
    cache = conn.execute("PRAGMA temp.cache_size").fetchone()[0]
    conn.execute(f"PRAGMA temp.cache_size = {int(conn.execute('PRAGMA main.cache_size').fetchone()[0])}")
    try:
        conn.execute("DROP TABLE IF EXISTS temp.fold_texts")
        conn.execute("CREATE TEMP TABLE fold_texts (position INTEGER PRIMARY KEY, text TEXT)")
        conn.execute(_INSERT_TEXTS)
        conn.execute(_INSERT_PLAIN.replace("{odd}", clause), {**ws, **params})
        conn.execute("DROP TABLE temp.fold_texts")
    finally:
        conn.execute(f"PRAGMA temp.cache_size = {int(cache)}")
    _insert_derived(conn)
    # every other row, built by the incremental path's code
    conn.execute("INSERT INTO fold_dirty (root) SELECT event_id FROM fold_events"
                 " WHERE root = event_id AND retracted = 0 AND event_id NOT IN (SELECT id FROM timeline)")
    rows.rebuild_rows(conn, count=False)
    conn.execute("DELETE FROM fold_dirty")


def count_actors(conn: sqlite3.Connection) -> None:
    """The actor link counts and `actors`, from every link at once (after the rows and their indexes)."""
    rows.count_all_links(conn)
    conn.execute(_INSERT_ACTORS)


class _Odd:
    """What the set-based SQL must leave to Python: payloads holding a NUL (SQLite's string
    functions stop there): the articles whose (first) `ArticleAdded` holds one (their rows take
    the title and the sentences from it), and the `EventExtracted` entries that hold one."""

    def __init__(self):
        self.articles: set[str] = set()
        self.positions: set[int] = set()

    def clause(self) -> tuple[str, dict]:
        """The condition (on `e`, a `fold_events` row) that leaves them out, and its parameters."""
        if not (self.articles or self.positions):
            return "", {}
        return ("AND e.article_id NOT IN (SELECT value FROM json_each(:odd_articles))"
                " AND e.position NOT IN (SELECT value FROM json_each(:odd_positions))",
                {"odd_articles": json.dumps(sorted(self.articles)), "odd_positions": json.dumps(sorted(self.positions))})


def _fold_state(projection, conn: sqlite3.Connection) -> _Odd:
    """`fold_articles`, `fold_events`, `fold_pending`: the fold's state after the whole log.

    One pass over the log in order, as `TimelineProjection.apply` would see it: an article's
    first extraction run inserts its events (in batches); a later run, a dating and every
    editorial decision are applied where they stand in the log, by the same statements and
    handlers as the incremental path (after writing the batches, so they see every row so far)."""
    added: dict[str, int] = {}  # article id: position of its (first) ArticleAdded
    completed: set[str] = set()  # articles with an extraction run
    pending: dict[str, dict[str, tuple[int, int]]] = {}  # article: event: (position, sentence start)
    articles: list[tuple] = []
    batch: list[tuple] = []
    indexed = False
    odd = _Odd()

    def write() -> None:
        if articles:
            conn.executemany("INSERT OR IGNORE INTO fold_articles (id, title, source, url, origin, published,"
                             " added_position) VALUES (?, ?, ?, ?, ?, ?, ?)", articles)
            articles.clear()
        if batch:
            conn.executemany(_UPSERT_EVENT, batch)
            batch.clear()

    def settle() -> None:
        """Before a statement that looks rows up: the batches written, the state's indexes built."""
        nonlocal indexed
        write()
        if not indexed:
            projection.create_state_indexes(conn)
            indexed = True

    for position, kind, nul, data, article_id, second, *fields in conn.execute(_STREAM):
        if nul:  # read by Python: the fields as `TimelineProjection.apply` reads them
            entry = json.loads(data)
            if kind == "EventExtracted":
                event = entry["event"]
                article_id, second, fields[0] = event["article_id"], event["id"], event["sentence"]["start"]
                odd.positions.add(position)
            elif kind == "ExtractionCompleted":
                article_id, second = entry["article_id"], entry["event_ids"]
            elif kind == "ArticleAdded":
                a = entry["article"]
                article_id, fields = a["id"], [a["title"], a["source"], a["url"], a["origin"], a["published"]]
                if article_id not in added:
                    odd.articles.add(article_id)
        if kind == "EventExtracted":
            pending.setdefault(article_id, {})[second] = (position, fields[0])
        elif kind == "ExtractionCompleted":
            event_ids = second if nul else json.loads(second)
            article_position = added.get(article_id)
            again = article_id in completed or article_position is None  # the handler's `known`
            if again:
                settle()
                conn.execute("UPDATE fold_events SET active = 0 WHERE article_id = ?", (article_id,))
            completed.add(article_id)
            extracted = pending.pop(article_id, {})
            activations = []
            for event_id in event_ids:
                found = extracted.get(event_id)
                if found is not None and article_position is not None:
                    batch.append((event_id, article_id, event_id, found[0], article_position, found[1]))
                elif again:  # (a first run has no earlier events to activate)
                    activations.append((event_id, article_id))
            if activations:
                settle()
                conn.executemany("UPDATE fold_events SET active = 1 WHERE event_id = ? AND article_id = ?", activations)
            if len(batch) >= BATCH:
                write()
        elif kind == "ArticleAdded":
            if article_id not in added:  # (the handler's INSERT OR IGNORE)
                added[article_id] = position
                articles.append((article_id, *fields, position))
        elif kind == "ArticleDated":
            entry = json.loads(data)
            settle()
            conn.execute("UPDATE fold_articles SET published = ? WHERE id = ?", (entry["published"], entry["article_id"]))
        else:  # an editorial decision (or an automatic merge)
            settle()
            projection.apply_decision(conn, kind, json.loads(data), position)
    settle()
    conn.executemany("INSERT OR REPLACE INTO fold_pending (article_id, event_id, position) VALUES (?, ?, ?)",
                     [(a, e, at) for a, events in pending.items() for e, (at, _) in events.items()])
    conn.execute("DELETE FROM fold_dirty")  # (the decisions' handlers mark rows; every row is built anyway)
    return odd


#: the plain rows' sources, links, search entries and match profiles are written this many rows at a time
CHUNK = 20_000


def _insert_derived(conn: sqlite3.Connection) -> None:
    """The plain rows' sources, actor links and search entries (SQL), and their match profiles
    (`rows._one_profile`: Python, regular expressions), a chunk of rows at a time: while SQLite
    writes a chunk's rows (the `sqlite3` module lets go of the GIL while a statement runs), a second
    thread computes the chunk's profiles, which are written with the next chunk. The tables are the
    same whatever the chunk or the timing: each chunk's statements and profiles depend on its rows alone."""
    last = conn.execute("SELECT max(rowid) FROM timeline").fetchone()[0] or 0
    packed: dict[str, str] = {}  # a JSON list of names: `rows._pack_lower` of it (actors and places repeat a lot)
    with concurrent.futures.ThreadPoolExecutor(1) as worker:
        computing = None
        for first in range(1, last + 1, CHUNK):
            chunk = {"first": first, "last": first + CHUNK - 1, "ws": WHITESPACE}
            inputs = conn.execute(_PROFILE_INPUT, chunk).fetchall()
            done, computing = computing, worker.submit(_profiles, inputs, packed)
            for statement in (_INSERT_SOURCES, _INSERT_ACTOR_LINKS, _INSERT_SPEAKER_LINKS, _INSERT_SEARCH):
                conn.execute(statement, {k: v for k, v in chunk.items() if f":{k}" in statement})
            if done is not None:
                conn.executemany(rows._INSERT_MATCH, done.result())
        if computing is not None:
            conn.executemany(rows._INSERT_MATCH, computing.result())


def _profiles(inputs: list[tuple], packed: dict[str, str]) -> list[tuple]:
    """The `fold_match` rows of plain rows (see `_PROFILE_INPUT`), in the order given."""

    def lower(text: str) -> str:
        found = packed.get(text)
        if found is None:
            if len(packed) > 100_000:
                packed.clear()
            found = packed[text] = rows._pack_lower(json.loads(text))
        return found

    return [(rowid, row_id, kind, day, date_end, basis, article_id, article_position, sentence_start,
             *rows._one_words(headline, evidence, quote, json.loads(quantities) if quantities != "[]" else ()),
             rows._pack_one(f"{sentence_start}:{article_id}"), lower(places), lower(actors), (speaker or "").lower())
            for (rowid, row_id, kind, day, date_end, basis, article_id, article_position, sentence_start,
                 headline, evidence, quote, quantities, places, actors, speaker) in inputs]
