"""How the log and its projections scale: 10k, 100k and 1M news events.

    python bench/log.py [--sizes 10000,100000,1000000] [--dir DIR] [--keep] [--workers N]

For each size, a fresh database is filled with synthetic but realistic articles and events
(varied kinds, dates and precisions, a Zipf-distributed cast of actors, statements with
speakers and quotes, headlines from a vocabulary, every span pointing into the synthetic
article text). Rows are made by the real code (`app.article_entries`, the store's cattrs
converter and canonical JSON) in worker processes and bulk-inserted; a self-check first
proves that the bulk path writes exactly the rows `EventLog.append` writes. Then it prints:

* append     — `EventLog.append`, one transaction per article (as `timeline add` does,
               without projections), of ~10k more events onto the log of that size;
* rebuild    — `project.rebuild` (every projection, from scratch, set-based: see
               timeline/project/bulk.py) in log entries/second, wall and CPU, and the time spent
               in each projection and in the parts of the timeline's that run Python (its
               match profiles run on a second thread beside the SQL); next to two raw
               `executemany` baselines: (A) exactly the rows the rebuild wrote, read back from
               every projection table (FTS and fold_* state included) and inserted into empty
               copies of those tables (same schema, indexes, PRAGMAs; one transaction; ratio
               target >= 0.5), and (B) the log's rows into an empty copy of the log table;
* add 1      — `Timeline.add` of one real article (cheap deterministic extractor) on a newly
               opened connection, as `timeline add` does: the first add on its own, then the
               median of 15 more after one more warm-up add: append + catch-up + automatic
               merging (target: at 1M <= 2x at 10k); timed once every size is built, the sizes'
               adds interleaved so that they share the machine's state;
* queries    — median latency of typical reads (target < 10 ms each at 1M); an actor's
               statements are its `event_actors` rows with role 'speaker', read in
               `sort_order` from the (actor, role, sort_order) index;
* size       — database bytes per news event.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import itertools
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import pendulum  # noqa: E402

from timeline import project, serialize  # noqa: E402
from timeline.app import Timeline, article_entries  # noqa: E402
from timeline.ingest import Loaded, read_inputs  # noqa: E402
from timeline.project.runner import REBUILD_CACHE_KIB  # noqa: E402
from timeline.model import EVENT_KINDS, Actor, Article, Attribution, Event, Place, Quantity, Span, When, event_id  # noqa: E402
from timeline.store import EventLog, utc_stamp  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus" / "articles.jsonl"
EXTRACTOR = "synthetic-1"
ARTICLES_PER_TASK = 100
#: `time_add_one_interleaved`: articles added to warm a new connection's caches, then articles timed
ADD_ONE_WARM, ADD_ONE_TIMED = 2, 15

# -- vocabulary --------------------------------------------------------------------------------
FIRST = ("John Maria James Ana Robert Linda Michael Rosa David Karen Thomas Lisa Daniel Carmen Paul Nancy "
         "Mark Sandra Steven Laura Kevin Elena Brian Julia Jorge Sarah Luis Emily Carlos Grace").split()
LAST = ("Smith Garcia Johnson Martinez Brown Lopez Davis Gonzalez Miller Wilson Anderson Thomas Taylor Moore "
        "Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen "
        "King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell").split()
ORGS = ("ICE|the Department of Homeland Security|the city council|the sheriff's office|the ACLU|the governor's office|"
        "the Justice Department|the county board|the police department|the state legislature|the White House|"
        "the federal court|the school district|Border Patrol|the mayor's office|the attorney general").split("|")
PLACES = ("Texas California Arizona Chicago Houston Denver Miami Phoenix Seattle Boston Atlanta Dallas Austin "
          "Oakland Portland Newark Tucson Albany Richmond Omaha").split()
TRIGGERS = {
    "announcement": ["announced", "unveiled", "declared"], "operation": ["raided", "deployed", "launched"],
    "arrests": ["arrested", "detained", "deported"], "law": ["signed", "passed", "introduced"],
    "court": ["ruled", "sued", "blocked"], "statement": ["said", "told", "stated"], "letter": ["wrote", "sent"],
    "report": ["reported", "released", "published"], "policy": ["ordered", "issued", "adopted"], "other": ["met", "visited"],
}
KIND_WEIGHTS = (10, 8, 8, 6, 7, 35, 3, 10, 8, 5)
COMMON = ("the of to and a in that for on is was with by as at from it be have are this an has not but they "
          "his her their which more after would who said been will about could also new than other some "
          "people immigration border policy program city state federal officials community plan week year "
          "residents families workers law enforcement agents order case judge rights public local national").split()
N_ACTORS = 3000


def vocabulary() -> list[str]:
    """Content words from the real corpus (or a fallback list), most frequent first."""
    words: dict[str, int] = {}
    if CORPUS.exists():
        with open(CORPUS, encoding="utf-8") as handle:
            for line in itertools.islice(handle, 300):
                for word in re.findall(r"[a-z]{4,}", json.loads(line)["text"].lower()):
                    words[word] = words.get(word, 0) + 1
    ranked = [w for w, _ in sorted(words.items(), key=lambda kv: -kv[1])][:6000]
    return ranked or COMMON


VOCAB: list[str] = []
CAST: list[tuple[str, str]] = []  # (name, kind)


def _init_vocab():
    if not VOCAB:
        VOCAB.extend(vocabulary())
        rng = random.Random(7)
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(N_ACTORS)]
        CAST.extend([(o, "organisation") for o in ORGS] + [(p, "person") for p in dict.fromkeys(people)])


def _actor(rng) -> tuple[str, str]:
    """Zipf-like: a few actors are in a great many events, most in a few."""
    return CAST[min(len(CAST) - 1, int(rng.paretovariate(1.1)) - 1)]


def synth_article(n: int) -> tuple[Article, list[Event]]:
    """Article `n` of the synthetic corpus and its events (deterministic in n)."""
    _init_vocab()
    rng = random.Random(n)
    published = pendulum.date(2014, 1, 1).add(days=rng.randrange(7 * 365))
    outlet = rng.choice(["The Chronicle", "Daily Star", "Metro News", "The Herald", "Tribune", "Gazette"])
    n_events = max(1, int(rng.gauss(20, 7)))
    sentences, plans = [], []
    title = " ".join(rng.choice(VOCAB) for _ in range(8)).capitalize()
    text = title + "\n\n"
    for i in range(n_events + rng.randrange(3, 12)):
        kind = rng.choices(EVENT_KINDS, KIND_WEIGHTS)[0] if i < n_events else None
        actor, actor_kind = _actor(rng)
        trigger = rng.choice(TRIGGERS[kind or "other"])
        place = rng.choice(PLACES) if rng.random() < 0.3 else None
        count = rng.randrange(2, 900) if kind in ("arrests", "operation", "report") else None
        words = [rng.choice(VOCAB) for _ in range(rng.randrange(10, 24))]
        pieces = [actor, trigger] + words[:5]
        if count:
            pieces += [str(count), "people"]
        if place:
            pieces += ["in", place]
        pieces += words[5:]
        sentence = _upper_first(" ".join(pieces)) + "."
        if kind == "statement":
            place = count = None
            quote = " ".join(rng.choice(VOCAB) for _ in range(rng.randrange(6, 16)))
            sentence = f"“{_upper_first(quote)},” {actor} {trigger} {' '.join(words[:8])}."
        start = len(text)
        text += sentence + (" " if rng.random() < 0.7 else "\n\n")
        if kind:
            plans.append((kind, start, sentence, actor, actor_kind, trigger, place, count))
    article = Article(text=text, title=title, published=published, source=outlet,
                      url=f"https://news.example/{n}", origin=f"synthetic/{n}.txt")
    events = []
    for kind, start, sentence, actor, actor_kind, trigger, place, count in plans:
        offset = lambda word: start + sentence.lower().index(word.lower())  # noqa: E731
        sent = Span(start, start + len(sentence))
        trig = Span(offset(trigger), offset(trigger) + len(trigger))
        actor_span = Span(offset(actor), offset(actor) + len(actor))
        roll = rng.random()
        if roll < 0.55:
            when = When.publication(published) if roll < 0.25 else _when(rng, published, "day")
        elif roll < 0.75:
            when = _when(rng, published, "month")
        elif roll < 0.88:
            when = _when(rng, published, "year")
        elif roll < 0.95:
            when = _when(rng, published, "week")
        else:
            when = When.unknown()
        attribution = quote = None
        if kind == "statement":
            quote = sentence[1: sentence.index(",”")]
            attribution = Attribution(speaker=actor, role=rng.choice([None, "spokesperson", "mayor", "senator"]),
                                      speaker_span=actor_span, cue=trig, content=Span(start + 1, start + 1 + len(quote)),
                                      direct=True, outlet=outlet)
        events.append(Event(
            id=event_id(article.id, trig, kind), article_id=article.id, kind=kind,
            headline=sentence[:90], sentence=sent, trigger=trig, when=when,
            status=rng.choices(("occurred", "planned", "claimed"), (80, 12, 8))[0],
            actors=(Actor(actor, actor, actor_span, actor_kind),),
            attribution=attribution, quote=quote,
            places=(Place(place, Span(offset(place), offset(place) + len(place))),) if place else (),
            quantities=(Quantity(float(count), str(count), Span(offset(str(count)), offset(str(count)) + len(str(count))), "people"),)
            if count else (),
            confidence=round(rng.uniform(0.3, 0.95), 2), extractor=EXTRACTOR,
        ))
    return article, events


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _when(rng, published, precision) -> When:
    day = published.subtract(days=rng.randrange(0, 400))
    if precision == "day":
        return When(day.to_date_string(), "day", "explicit", day, day)
    if precision == "week":
        start = day.start_of("week")
        return When(f"{start.year}-W{start.isocalendar()[1]:02d}", "week", "relative", start, start.add(days=6))
    if precision == "month":
        return When(day.format("YYYY-MM"), "month", "explicit", day.start_of("month"), day.end_of("month"))
    return When(str(day.year), "year", "explicit", day.start_of("year"), day.end_of("year"))


def article_rows(n: int, now: str) -> list[tuple]:
    """The log rows `EventLog.append` writes for synthetic article n on an empty stream."""
    article, events = synth_article(n)
    rows = []
    for version, entry in enumerate(article_entries(article, events, EXTRACTOR), 1):
        data = serialize.dumps(serialize.unstructure(entry.payload))
        rows.append((entry.stream, version, entry.type, type(entry.payload).SCHEMA, data, now, entry.entry_id))
    return rows


def rows_for(numbers: range, now: str) -> list[tuple]:
    return [row for n in numbers for row in article_rows(n, now)]


INSERT = "INSERT INTO log (stream, version, type, schema, data, recorded_at, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)"


def bulk_fill(log: EventLog, events_wanted: int, pool) -> int:
    """Fill an empty log with synthetic articles until it holds `events_wanted` news events."""
    now = utc_stamp(pendulum.now("UTC"))
    per_article = 20  # mean events per synthetic article
    articles = max(1, round(events_wanted / per_article))
    tasks = [range(i, min(i + ARTICLES_PER_TASK, articles)) for i in range(0, articles, ARTICLES_PER_TASK)]
    results = pool.map(rows_for, tasks, itertools.repeat(now)) if pool else (rows_for(t, now) for t in tasks)
    with log.transaction():
        for rows in results:
            log.conn.executemany(INSERT, rows)
    return articles


def self_check(tmp: Path) -> None:
    """The bulk path writes exactly what `EventLog.append` writes (apart from timestamps)."""
    columns = "position, stream, version, type, schema, data, entry_id"
    with EventLog(tmp / "check-append.db") as log:
        for n in range(30):
            article, events = synth_article(n)
            log.append(article_entries(article, events, EXTRACTOR))
        appended = log.conn.execute(f"SELECT {columns} FROM log ORDER BY position").fetchall()
    with EventLog(tmp / "check-bulk.db") as log:
        with log.transaction():
            log.conn.executemany(INSERT, rows_for(range(30), "x"))
        bulk = log.conn.execute(f"SELECT {columns} FROM log ORDER BY position").fetchall()
    assert appended == bulk, "bulk rows differ from EventLog.append rows"


# -- measurements ------------------------------------------------------------------------------
_SAID = re.compile(r"[^.\n]*\bsaid\b[^.\n]*\.")


def said_extractor(article) -> list[Event]:
    """Cheap, deterministic: one statement per sentence with 'said' (as in the tests)."""
    events = []
    for match in _SAID.finditer(article.text):
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        said = article.text.index("said", start)
        trigger = Span(said, said + 4)
        events.append(Event(id=event_id(article.id, trigger, "statement"), article_id=article.id, kind="statement",
                            headline=article.text[start: match.end()][:80], sentence=Span(start, match.end()),
                            trigger=trigger, when=When.publication(article.published), extractor="said-bench"))
    return events


said_extractor.VERSION = "said-bench"


def time_append(log: EventLog, first: int, events_wanted: int) -> tuple[int, float]:
    """EventLog.append, one transaction per article, of synthetic articles from `first` on."""
    prepared, events, n = [], 0, first
    while events < events_wanted:
        article, found = synth_article(n)
        prepared.append(article_entries(article, found, EXTRACTOR))
        events += len(found)
        n += 1
    started = time.perf_counter()
    for entries in prepared:
        log.append(entries, {entries[0].stream: 0})
    return events, time.perf_counter() - started


def timed_rebuild(log: EventLog) -> tuple[float, dict[str, float]]:
    """`project.rebuild`, with the seconds spent in each projection's `bulk` (the set-based rebuild),
    `apply` and `finish` (entry by entry), and in the parts of the timeline's set-based rebuild that
    run Python: the ordered pass over the log's state, the match profiles, the rows built by
    `rows.rebuild_rows` (merged, corrected, re-resolved dates); the rest of it is SQL."""
    from timeline.project import bulk, rows

    spent = {projection.name: 0.0 for projection in project.PROJECTIONS}
    parts = {"_fold_state": (bulk, "timeline: ordered pass over the log (state)"),
             "rebuild_rows": (rows, "timeline: rows built in Python")}
    #: runs on a second thread while SQLite writes (not part of the wall-clock sum)
    overlapped = {"_profiles": (bulk, "timeline: match profiles (Python, 2nd thread, overlapped)")}
    patched, modules = [], []

    def timer(name, method):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - started
        return timed

    for projection in project.PROJECTIONS:
        for name in ("bulk", "apply", "finish"):
            method = getattr(projection, name, None)
            if method is not None:
                setattr(projection, name, timer(projection.name, method))
                patched.append((projection, name))
    for function, (module, label) in {**parts, **overlapped}.items():
        modules.append((module, function, getattr(module, function)))
        setattr(module, function, timer(label, getattr(module, function)))
    started, cpu = time.perf_counter(), time.process_time()
    try:
        project.rebuild(log)
    finally:
        for projection, name in patched:
            delattr(projection, name)  # back to the class's method
        for module, function, original in modules:
            setattr(module, function, original)
    total = time.perf_counter() - started
    inside = sum(spent.get(label, 0.0) for _, label in parts.values())
    if "timeline" in spent:
        spent["timeline (set-based SQL: the rest of it)"] = spent.pop("timeline") - inside
    spent["cpu"] = time.process_time() - cpu
    beside = {label for _, label in overlapped.values()}
    spent["(reading the log, bookkeeping, commit)"] = total - sum(
        v for k, v in spent.items() if k != "cpu" and k not in beside)
    return total, spent


def time_raw_insert(log: EventLog, tmp: Path) -> tuple[int, float]:
    """A raw executemany of the log's rows into an empty table with the log's schema."""
    rows = log.conn.execute("SELECT stream, version, type, schema, data, recorded_at, entry_id FROM log ORDER BY position").fetchall()
    path = tmp / "raw.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE log (position INTEGER PRIMARY KEY, stream TEXT NOT NULL, version INTEGER NOT NULL,"
                 " type TEXT NOT NULL, schema INTEGER NOT NULL, data TEXT NOT NULL, recorded_at TEXT NOT NULL,"
                 " entry_id TEXT NOT NULL UNIQUE, UNIQUE (stream, version))")
    conn.execute("CREATE INDEX log_type ON log (type, position)")
    started, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    conn.executemany(INSERT, rows)
    conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return len(rows), elapsed, cpu


def _projection_tables(conn: sqlite3.Connection) -> list[tuple[str, str, bool]]:
    """(name, CREATE statement, has a rowid) of every table a rebuild writes: each projection's
    tables and `projection_state`, in creation order (FTS5 shadow tables are left to FTS5)."""
    owned = {"projection_state"} | {t for p in project.PROJECTIONS for t in p.tables}
    found = []
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"):
        if name in owned:
            found.append((name, sql, "WITHOUT ROWID" not in sql.upper()))
    return found


def time_raw_projection_insert(log: EventLog, tmp: Path) -> tuple[int, float, float, dict[str, int]]:
    """A raw executemany of exactly the rows the rebuild wrote, into empty copies of its tables.

    Every table a rebuild writes (see `_projection_tables`: timeline, sources, articles, actors,
    event_actors, the FTS5 index, fold_* state, projection_state) is read back from `log`'s
    database, with rowids where the table has them; the copy has the same CREATE statements
    (the FTS5 table with the same, default, tokenizer) and the same indexes, all created after
    the rows (the rebuild creates `fold_events`' two before them); same PRAGMAs as a rebuild (WAL, synchronous NORMAL, 1 GiB page
    cache), one transaction. Timed: CREATE TABLE, executemany, CREATE INDEX, COMMIT; reading
    the rows back (a table at a time, to bound memory) is not timed. Returns (rows, wall, CPU,
    rows per table)."""
    src = log.conn
    tables = _projection_tables(src)
    names = {name for name, _, _ in tables}
    indexes = [sql for (sql,) in src.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN"
        f" ({', '.join('?' for _ in names)}) ORDER BY rowid", sorted(names))]
    path = tmp / "raw-projections.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA cache_size = {-REBUILD_CACHE_KIB}")
    wall = cpu = 0.0
    counts: dict[str, int] = {}

    def timed(action):
        nonlocal wall, cpu
        started, began = time.perf_counter(), time.process_time()
        action()
        wall += time.perf_counter() - started
        cpu += time.process_time() - began

    timed(lambda: conn.execute("BEGIN IMMEDIATE"))
    for name, sql, has_rowid in tables:
        timed(lambda: conn.execute(sql))
        if name == "timeline_fts":
            columns = [r[1] for r in src.execute("PRAGMA table_info(timeline_fts)")]
        else:
            columns = [r[1] for r in src.execute(f"PRAGMA table_xinfo([{name}])") if r[6] == 0]  # not generated/hidden
        if has_rowid:
            columns = ["rowid"] + [c for c in columns if c != "rowid"]
        listed = ", ".join(f"[{c}]" if c != "rowid" else "rowid" for c in columns)
        rows = src.execute(f"SELECT {listed} FROM [{name}]").fetchall()
        counts[name] = len(rows)
        insert = f"INSERT INTO [{name}] ({listed}) VALUES ({', '.join('?' for _ in columns)})"
        timed(lambda: conn.executemany(insert, rows))
        del rows
    for sql in indexes:
        timed(lambda: conn.execute(sql))
    timed(lambda: conn.execute("COMMIT"))
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return sum(counts.values()), wall, cpu, counts


def real_articles(k: int) -> list[Loaded]:
    if CORPUS.exists():
        return [i for i in itertools.islice(read_inputs([str(CORPUS)]), 200, 200 + k) if isinstance(i, Loaded)]
    return [Loaded(Article.from_text(f"Council meets {i}\n\nThe mayor said {i} officers were hired. "
                                     "The chief said the plan works.\n", published=pendulum.date(2018, 1, 2)))
            for i in range(k)]


def _read_calls() -> int | None:
    """read() system calls this process has made so far (Linux: /proc/self/io), or None."""
    try:
        with open("/proc/self/io") as io:
            return next(int(line.split()[1]) for line in io if line.startswith("syscr"))
    except (OSError, StopIteration, ValueError):
        return None


def time_add_one_interleaved(dbs: list[Path], articles: list[Loaded], warm: int = 2) -> list[tuple]:
    """Timing `Timeline.add` of one article (append, catch-up, merging) as `timeline add` does it:
    on a newly opened connection (its page cache empty; the file in the OS cache), for every
    database at once, their adds interleaved: each article is added to every database in turn (the
    order alternating from one article to the next). Timed minutes apart, the sizes met different
    states of a shared machine (its speed drifted by several percent between runs), which moved
    their ratio by more than the code did; interleaved, they share it. The first `warm` adds fill
    SQLite's page and statement caches; the first of them is reported on its own, then the median
    (wall, CPU) of the rest, and their median number of read() calls: pages SQLite missed in its
    own page cache and read from the file (or the OS cache), a figure that does not depend on the
    machine's load. Per database: (median wall, median CPU, median reads, first wall, first CPU)."""
    walls = [[] for _ in dbs]
    cpus = [[] for _ in dbs]
    reads = [[] for _ in dbs]
    timelines = [Timeline.open(db) for db in dbs]
    try:
        for k, item in enumerate(articles):
            order = list(range(len(dbs))) if k % 2 == 0 else list(reversed(range(len(dbs))))
            for j in order:
                before = _read_calls()
                wall, cpu = time.perf_counter(), time.process_time()
                report = timelines[j].add([item], extractor=said_extractor, workers=1)
                walls[j].append(time.perf_counter() - wall)
                cpus[j].append(time.process_time() - cpu)
                after = _read_calls()
                if before is not None and after is not None:
                    reads[j].append(after - before)
                assert report.added == 1, report
    finally:
        for tl in timelines:
            tl.close()
    out = []
    for w, c, r in zip(walls, cpus, reads):
        first = (w[0], c[0])
        w, c, r = w[warm:], c[warm:], r[warm:]
        out.append((statistics.median(w), statistics.median(c), statistics.median(r) if r else None, *first))
    return out


def queries(conn: sqlite3.Connection) -> dict[str, tuple[str, tuple]]:
    top_actor = conn.execute("SELECT name FROM actors ORDER BY statements DESC LIMIT 1").fetchone()
    mid_actor = conn.execute("SELECT name FROM actors WHERE statements > 0 ORDER BY statements DESC LIMIT 1"
                             " OFFSET (SELECT COUNT(*) / 10 FROM actors WHERE statements > 0)").fetchone()
    word = VOCAB[300] if VOCAB else "border"
    return {
        "kind+dates, by date, limit 100": (
            "SELECT * FROM timeline WHERE kind = ? AND date_start >= ? AND date_start <= ? ORDER BY date_start LIMIT 100",
            ("arrests", "2016-01-01", "2016-12-31")),
        f"FTS '{word}', limit 100": (
            "SELECT t.* FROM timeline t WHERE t.rowid IN (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ?)"
            " ORDER BY t.sort_order LIMIT 100", (f'"{word}"',)),
        "FTS, best 100 by rank": (
            "SELECT t.* FROM timeline_fts f JOIN timeline t ON t.rowid = f.rowid WHERE timeline_fts MATCH ?"
            " ORDER BY f.rank LIMIT 100", (f'"{word}"',)),
        "top actor's statements, limit 100": (
            "SELECT t.* FROM event_actors a JOIN timeline t ON t.id = a.event_id WHERE a.actor = ?"
            " AND a.role = 'speaker' ORDER BY a.sort_order LIMIT 100",
            (top_actor[0] if top_actor else "",)),
        "top actor's events as actor, limit 100": (
            "SELECT t.* FROM event_actors a JOIN timeline t ON t.id = a.event_id WHERE a.actor = ?"
            " AND a.role = 'actor' ORDER BY a.sort_order LIMIT 100",
            (top_actor[0] if top_actor else "",)),
        "a 90th-percentile actor's statements": (
            "SELECT * FROM timeline WHERE speaker = ? AND kind = 'statement' ORDER BY sort_order LIMIT 100",
            (mid_actor[0] if mid_actor else "",)),
    }


def time_queries(conn: sqlite3.Connection, repeat: int = 7) -> dict[str, tuple[float, int]]:
    out = {}
    try:
        chosen = queries(conn)
    except sqlite3.OperationalError as err:
        return {f"(no query tables: {err})": (float("nan"), 0)}
    for name, (sql, params) in chosen.items():
        times, found = [], 0
        for _ in range(repeat):
            started = time.perf_counter()
            try:
                found = len(conn.execute(sql, params).fetchall())
            except sqlite3.OperationalError as err:
                name, found = f"{name} ({err})", 0
                times = [float("nan")]
                break
            times.append(time.perf_counter() - started)
        out[name] = (statistics.median(times), found)
    return out


def run_size(size: int, tmp: Path, pool, keep: Path | None) -> dict:
    db = (keep or tmp) / f"log-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    out: dict = {"size": size, "load": os.getloadavg()[0]}
    with Timeline.open(db) as tl:
        log = tl.log
        started = time.perf_counter()
        articles = bulk_fill(log, size, pool)
        out["synth_seconds"] = time.perf_counter() - started
        appended, seconds = time_append(log, articles, min(10_000, max(1_000, size // 10)))
        out["append"] = (appended, seconds)
        n_events, n_entries = (log.conn.execute("SELECT COUNT(*) FROM log WHERE type = 'EventExtracted'").fetchone()[0],
                               log.last_position())
        out["events"], out["entries"] = n_events, n_entries
        out["rebuild"], out["per_projection"] = timed_rebuild(log)
        out["raw"] = time_raw_insert(log, tmp)
        out["raw_projections"] = time_raw_projection_insert(log, tmp)
        log.conn.execute("PRAGMA optimize")
        out["queries"] = time_queries(log.conn)
        log.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out["bytes"] = db.stat().st_size
    out["db"] = db  # add-one is timed once every size is built (`time_add_one_interleaved`)
    return out


def report(r: dict) -> None:
    events, entries = r["events"], r["entries"]
    appended, seconds = r["append"]
    raw_rows, raw_seconds, raw_cpu = r["raw"]
    rebuild_cpu = r["per_projection"].pop("cpu")
    rebuild_rate, raw_rate = entries / r["rebuild"], raw_rows / raw_seconds
    print(f"\n== {events:,} news events (load average {r['load']:.1f} on {os.cpu_count()} cores) ({entries:,} log entries) ==")
    print(f"  synthesis (bulk, real row code)  {r['synth_seconds']:8.1f} s")
    print(f"  append (EventLog.append)         {appended / seconds:10,.0f} events/s   ({appended:,} events, per-article transactions)")
    proj_rows, proj_seconds, proj_cpu, per_table = r["raw_projections"]
    rebuild_seconds = r["rebuild"]
    print(f"  rebuild (project.rebuild)        {rebuild_rate:10,.0f} entries/s  ({rebuild_seconds:.1f} s wall, "
          f"{rebuild_cpu:.1f} s CPU; {events / rebuild_seconds:,.0f} events/s; wrote {proj_rows:,} rows)")
    for name, spent in sorted(r["per_projection"].items(), key=lambda kv: -kv[1]):
        print(f"    rebuild wall in {name:<38} {spent:7.1f} s")
    print(f"  baseline A, the rows the rebuild writes: raw executemany of the {proj_rows:,} rows of "
          f"{len(per_table)} projection tables (FTS included) into empty copies")
    print(f"    raw insert                     {proj_seconds:10.1f} s wall, {proj_cpu:.1f} s CPU")
    print(f"    rebuild / raw-projection-insert throughput {proj_seconds / rebuild_seconds:6.2f} wall, "
          f"{proj_cpu / rebuild_cpu:.2f} CPU  (target >= 0.5)")
    print(f"  baseline B, the log rows the rebuild reads: raw executemany of the {raw_rows:,} log rows "
          f"into an empty log table")
    print(f"    raw insert                     {raw_rate:10,.0f} rows/s     ({raw_seconds:.1f} s wall, {raw_cpu:.1f} s CPU)")
    print(f"    rebuild / raw-log-insert throughput        {rebuild_rate / raw_rate:6.2f} wall, "
          f"{raw_cpu / rebuild_cpu:.2f} CPU")
    for name, (latency, found) in r["queries"].items():
        print(f"  query: {name:<34} {latency * 1000:8.2f} ms  ({found} rows)")
    print(f"  database size                    {r['bytes'] / 2**20:10.1f} MiB, {r['bytes'] / events:,.0f} bytes/event")


def report_add_one(r: dict) -> None:
    reads = r["add_one"][2]
    print(f"  {r['events']:>11,} events: add one article (median of {ADD_ONE_TIMED}) {r['add_one'][0] * 1000:7.1f} ms wall, "
          f"{r['add_one'][1] * 1000:.1f} ms CPU" + (f", {reads:.0f} page reads" if reads is not None else "")
          + f"  (the first on a new connection: {r['add_one'][3] * 1000:.1f} ms wall, {r['add_one'][4] * 1000:.1f} ms CPU)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="news events per log, comma-separated")
    parser.add_argument("--dir", help="where to build the databases [default: a temporary directory]")
    parser.add_argument("--keep", action="store_true", help="keep the databases (log-SIZE.db in --dir, default: here)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes synthesising rows")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    _init_vocab()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmpdir:
        tmp = Path(tmpdir)
        self_check(tmp)
        print("self-check: bulk rows == EventLog.append rows (apart from recorded_at)")
        pool = cf.ProcessPoolExecutor(args.workers) if args.workers > 1 else None
        results = []
        try:
            for size in sizes:
                results.append(run_size(size, tmp, pool, Path(args.dir or ".") if args.keep else None))
                report(results[-1])
        finally:
            if pool:
                pool.shutdown()
        print(f"\nadd one article to each size in turn (interleaved: every size on a newly opened connection, "
              f"{ADD_ONE_WARM} warm-up adds, load average {os.getloadavg()[0]:.1f})")
        timed = time_add_one_interleaved([r["db"] for r in results], real_articles(ADD_ONE_WARM + ADD_ONE_TIMED),
                                         ADD_ONE_WARM)
        for r, t in zip(results, timed):
            r["add_one"] = t
            report_add_one(r)
            if not args.keep:
                for suffix in ("", "-wal", "-shm"):
                    Path(str(r["db"]) + suffix).unlink(missing_ok=True)
    if len(results) > 1:
        small, large = results[0], results[-1]
        print(f"\nadd one article: {large['add_one'][1] / small['add_one'][1]:.2f}x the CPU time "
              f"({large['add_one'][0] / small['add_one'][0]:.2f}x wall) at {large['events']:,} events vs "
              f"{small['events']:,} (target <= 2x); the first add on a new connection: "
              f"{large['add_one'][4] / small['add_one'][4]:.2f}x the CPU time")


if __name__ == "__main__":
    main()
