"""Keeps projections in step with the log: catch up from a stored position, or rebuild.

One catch-up reads the log once, from the oldest position any projection has folded,
and hands each entry to every projection that has not seen it yet (and folds its type),
so the work is proportional to the new entries, not to the log. `fold_until` folds a
prefix of the log into an in-memory database with the same code (time travel).
"""

from __future__ import annotations

import sqlite3
from typing import Sequence

from timeline.project.articles import ArticlesProjection
from timeline.project.base import Projection
from timeline.project.timeline import TimelineProjection
from timeline.store import EventLog

#: Every projection, in the order they are folded.
PROJECTIONS: tuple[Projection, ...] = (ArticlesProjection(), TimelineProjection())

#: a long fold (a rebuild) lets projections write what they hold in memory this often
FLUSH_EVERY = 20_000

STATE_DDL = """CREATE TABLE IF NOT EXISTS projection_state (
    name TEXT PRIMARY KEY, position INTEGER NOT NULL, version INTEGER NOT NULL)"""


def _state(conn: sqlite3.Connection, projection: Projection) -> tuple[int, int] | None:
    row = conn.execute(
        "SELECT position, version FROM projection_state WHERE name = ?", (projection.name,)
    ).fetchone()
    return (row[0], row[1]) if row else None


def _drop(conn: sqlite3.Connection, projection: Projection) -> None:
    for view in projection.views:
        conn.execute(f"DROP VIEW IF EXISTS [{view}]")
    for table in projection.tables:
        conn.execute(f"DROP TABLE IF EXISTS [{table}]")
    conn.execute("DELETE FROM projection_state WHERE name = ?", (projection.name,))


def _fold(conn: sqlite3.Connection, entries, projections: Sequence[Projection], positions: dict[str, int],
          source: sqlite3.Connection | None = None) -> int:
    """Dispatch each entry to the projections that have not folded it; then let them finish.

    Projections may keep state in memory during a fold: `begin` starts it, `flush` (every
    `FLUSH_EVERY` entries) writes it out, `finish` ends the fold; the tables they leave
    never depend on how the log was batched.
    """
    folded = 0
    for projection in projections:
        begin = getattr(projection, "begin", None)
        if begin:
            begin(conn, source or conn)
    for n, entry in enumerate(entries, 1):
        for projection in projections:
            if entry.position > positions[projection.name]:
                wanted = getattr(projection, "types", None)
                if wanted is None or entry.type in wanted:
                    projection.apply(conn, entry)
                    folded += 1
        if n % FLUSH_EVERY == 0:
            for projection in projections:
                flush = getattr(projection, "flush", None)
                if flush:
                    flush(conn)
    for projection in projections:
        finish = getattr(projection, "finish", None)
        if finish:
            finish(conn)
    return folded


def catch_up(log: EventLog, projections: Sequence[Projection] = PROJECTIONS) -> int:
    """Fold every entry each projection has not seen yet; return how many folds were done.

    Runs inside the caller's transaction when there is one, so an append and the
    projections it changes commit together. A projection whose code version changed is
    rebuilt from scratch.
    """
    with log.transaction():
        conn = log.conn
        conn.execute(STATE_DDL)
        last = log.last_position()
        positions: dict[str, int] = {}
        for projection in projections:
            state = _state(conn, projection)
            if state is not None and state[1] != projection.version:
                _drop(conn, projection)
                state = None
            if state is None:
                projection.create(conn)
            positions[projection.name] = state[0] if state else 0
        behind = [p for p in projections if positions[p.name] < last]
        if not behind:
            return 0
        start = min(positions[p.name] for p in behind)
        folded = _fold(conn, log.read(after=start, until=last), behind, positions)
        for projection in behind:
            conn.execute(
                "INSERT INTO projection_state (name, position, version) VALUES (?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET position = excluded.position, version = excluded.version",
                (projection.name, last, projection.version),
            )
    return folded


#: page cache for a rebuild, in KiB (as `PRAGMA cache_size` takes it, negated): the whole rebuild is one
#: transaction, and with the usual cache its new pages spill to the WAL and are written again; memory
#: is only taken as pages are used, and the connection's own setting is restored afterwards
REBUILD_CACHE_KIB = 1 << 20


#: a rebuild uses the projections' set-based `bulk` fold when they have one (False: entry by entry, as
#: `catch_up` does; the tests compare the two)
BULK = sqlite3.sqlite_version_info >= (3, 38)  # the set-based rebuild uses the `->>` operator


def _entries(conn: sqlite3.Connection, types, last: int) -> int:
    """How many entries up to `last` a projection folding `types` (None: all) folds."""
    if types is None:
        return conn.execute("SELECT COUNT(*) FROM log WHERE position <= ?", (last,)).fetchone()[0]
    types = sorted(types)
    return conn.execute(f"SELECT COUNT(*) FROM log WHERE type IN ({', '.join('?' for _ in types)}) AND position <= ?",
                        (*types, last)).fetchone()[0]


def rebuild(log: EventLog, projections: Sequence[Projection] = PROJECTIONS) -> int:
    """Drop every projection and fold the whole log again, in one transaction: a crash (or an
    error) at any point leaves the old projections, a commit the new ones, never a mix.
    Projections with a `bulk` fold are rebuilt set-based (`bulk.py`). Returns how many
    (entry, projection) folds that was."""
    conn = log.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-REBUILD_CACHE_KIB}")
    try:
        with log.transaction():
            conn.execute(STATE_DDL)
            for projection in projections:
                _drop(conn, projection)
            last, folded = log.last_position(), 0
            for projection in projections:
                bulk = getattr(projection, "bulk", None)
                if bulk is not None and BULK:  # set-based (`bulk.py`); the others fold entry by entry below
                    bulk(conn)
                    conn.execute("INSERT INTO projection_state (name, position, version) VALUES (?, ?, ?)",
                                 (projection.name, last, projection.version))
                    folded += _entries(conn, getattr(projection, "types", None), last)
            return folded + catch_up(log, projections)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


def fold_until(log: EventLog, position: int, projections: Sequence[Projection] = PROJECTIONS) -> sqlite3.Connection:
    """A new in-memory database holding the projections as they stood at `position`."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("BEGIN")
    conn.execute(STATE_DDL)
    for projection in projections:
        projection.create(conn)
    _fold(conn, log.read(until=position), projections, {p.name: 0 for p in projections}, log.conn)
    for projection in projections:
        conn.execute("INSERT INTO projection_state VALUES (?, ?, ?)", (projection.name, position, projection.version))
    conn.execute("COMMIT")
    return conn


def projection_status(log: EventLog, projections: Sequence[Projection] = PROJECTIONS) -> list[dict]:
    """Each projection's folded position and how far it lags the log."""
    log.conn.execute(STATE_DDL)
    last = log.last_position()
    rows = []
    for projection in projections:
        state = _state(log.conn, projection)
        position = state[0] if state else 0
        rows.append({"projection": projection.name, "position": position, "lag": last - position})
    return rows
