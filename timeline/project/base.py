"""What a projection is: a named fold over log entries into tables it owns."""

from __future__ import annotations

import sqlite3
from typing import Protocol

from timeline.store import LogEntry


class Projection(Protocol):
    #: unique name, stored in `projection_state`
    name: str
    #: bump when the tables' shape or the fold changes: a stale projection is rebuilt
    version: int
    #: tables and views it owns (dropped on rebuild), views last
    tables: tuple[str, ...]
    views: tuple[str, ...]
    #: entry types it folds (None: all); the runner skips the others
    types: frozenset[str] | None

    def create(self, conn: sqlite3.Connection) -> None:
        """Create its (empty) tables, indexes and views."""

    def begin(self, conn: sqlite3.Connection, source: sqlite3.Connection) -> None:
        """Optional: a fold starts (state kept in memory during the fold is reset); `source`
        is the connection the log is read from (`conn` itself, except for `fold_until`)."""

    def bulk(self, conn: sqlite3.Connection) -> None:
        """Optional: create the tables and fold the whole log into them at once (a rebuild from
        scratch; the result must equal `create` and then `apply` of every entry)."""

    def apply(self, conn: sqlite3.Connection, entry: LogEntry) -> None:
        """Fold one log entry into its tables."""

    def flush(self, conn: sqlite3.Connection) -> None:
        """Optional: write what the fold keeps in memory (called every so many entries)."""

    def finish(self, conn: sqlite3.Connection) -> None:
        """Called once after a batch of entries was folded (derive what depends on many rows)."""
