"""Keeps projections in step with the log: catch up from a stored position, or rebuild."""

from __future__ import annotations

from typing import Sequence

from timeline.project.articles import ArticlesProjection
from timeline.project.base import Projection
from timeline.store import EventLog

#: Every projection, in the order they are folded.
PROJECTIONS: tuple[Projection, ...] = (ArticlesProjection(),)

STATE_DDL = """CREATE TABLE IF NOT EXISTS projection_state (
    name TEXT PRIMARY KEY, position INTEGER NOT NULL, version INTEGER NOT NULL)"""


def _state(log: EventLog, projection: Projection) -> tuple[int, int] | None:
    row = log.conn.execute(
        "SELECT position, version FROM projection_state WHERE name = ?", (projection.name,)
    ).fetchone()
    return (row[0], row[1]) if row else None


def _drop(log: EventLog, projection: Projection) -> None:
    for view in projection.views:
        log.conn.execute(f"DROP VIEW IF EXISTS [{view}]")
    for table in projection.tables:
        log.conn.execute(f"DROP TABLE IF EXISTS [{table}]")
    log.conn.execute("DELETE FROM projection_state WHERE name = ?", (projection.name,))


def catch_up(log: EventLog, projections: Sequence[Projection] = PROJECTIONS) -> int:
    """Fold every entry each projection has not seen yet; return how many were folded.

    Runs inside the caller's transaction when there is one, so an append and the
    projections it changes commit together. A projection whose code version changed is
    rebuilt from scratch.
    """
    folded = 0
    with log.transaction():
        log.conn.execute(STATE_DDL)
        last = log.last_position()
        for projection in projections:
            state = _state(log, projection)
            if state is not None and state[1] != projection.version:
                _drop(log, projection)
                state = None
            if state is None:
                projection.create(log.conn)
                position = 0
            else:
                position = state[0]
            if position >= last:
                continue
            for entry in log.read(after=position, until=last):
                projection.apply(log.conn, entry)
                folded += 1
            log.conn.execute(
                "INSERT INTO projection_state (name, position, version) VALUES (?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET position = excluded.position, version = excluded.version",
                (projection.name, last, projection.version),
            )
    return folded


def rebuild(log: EventLog, projections: Sequence[Projection] = PROJECTIONS) -> int:
    """Drop every projection and fold the whole log again."""
    with log.transaction():
        log.conn.execute(STATE_DDL)
        for projection in projections:
            _drop(log, projection)
        return catch_up(log, projections)


def projection_status(log: EventLog, projections: Sequence[Projection] = PROJECTIONS) -> list[dict]:
    """Each projection's folded position and how far it lags the log."""
    log.conn.execute(STATE_DDL)
    last = log.last_position()
    rows = []
    for projection in projections:
        state = _state(log, projection)
        position = state[0] if state else 0
        rows.append({"projection": projection.name, "position": position, "lag": last - position})
    return rows
