"""The append-only event log: the only code that writes to the `log` table.

One table holds every fact ever recorded. The database itself refuses UPDATE and
DELETE on it (triggers), so nobody poking at `events.db` with sqlite-utils can rewrite
history. Appends are transactional (`BEGIN IMMEDIATE`), idempotent (a deterministic,
UNIQUE `entry_id`) and guarded by optimistic concurrency (`stream`, `version` UNIQUE).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

import pendulum
import sqlite_utils
from attrs import frozen

from timeline import serialize
from timeline.entries import type_name

#: Version of the database layout (log table, meta table). Bump on incompatible change.
SCHEMA_VERSION = 1
DEFAULT_DB = "events.db"
DB_ENV = "TIMELINE_DB"
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_CHECKPOINT_PAGES = 10_000

LOG_DDL = """
CREATE TABLE IF NOT EXISTS log (
    position INTEGER PRIMARY KEY,
    stream TEXT NOT NULL,
    version INTEGER NOT NULL,
    type TEXT NOT NULL,
    schema INTEGER NOT NULL,
    data TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    entry_id TEXT NOT NULL UNIQUE,
    UNIQUE (stream, version)
);
CREATE INDEX IF NOT EXISTS log_type ON log (type, position);
CREATE TRIGGER IF NOT EXISTS log_no_update BEFORE UPDATE ON log
BEGIN SELECT RAISE(ABORT, 'the log is append-only: UPDATE is not allowed'); END;
CREATE TRIGGER IF NOT EXISTS log_no_delete BEFORE DELETE ON log
BEGIN SELECT RAISE(ABORT, 'the log is append-only: DELETE is not allowed'); END;
CREATE TABLE IF NOT EXISTS timeline_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class StoreError(Exception):
    """The database cannot be used as a timeline log."""


class ConcurrencyError(StoreError):
    """Someone else appended to the stream since you read its version."""


@frozen
class Serialized:
    """A payload already in its stored form: its entry type, schema and JSON text.

    An extraction worker serializes its events itself (`timeline.parallel`), so the single
    writer appends the text it receives instead of unpickling the records and encoding them
    again: on the corpus that took 3.5 of the writer's CPU-seconds. `id` is the id of the
    record inside (the event's), which the entry's identity is made from.
    """

    type: str
    schema: int
    data: str
    id: str

    @classmethod
    def of(cls, payload, record_id: str) -> "Serialized":
        return cls(type_name(payload), type(payload).SCHEMA, serialize.dumps(serialize.unstructure(payload)), record_id)


@frozen
class NewEntry:
    """A fact about to be appended: its payload (a record, or `Serialized`) and the identity
    that makes it unique."""

    stream: str
    payload: object
    entry_id: str

    @property
    def type(self) -> str:
        return self.payload.type if isinstance(self.payload, Serialized) else type_name(self.payload)


@frozen
class LogEntry:
    """A recorded fact, as read back from the log."""

    position: int
    stream: str
    version: int
    type: str
    schema: int
    data: dict
    recorded_at: str
    entry_id: str

    @property
    def payload(self):
        """The attrs payload, upcast to the current schema."""
        return serialize.load_payload(self.type, self.schema, self.data)


@frozen
class AppendResult:
    positions: tuple[int, ...]
    duplicates: int

    @property
    def appended(self) -> int:
        return len(self.positions)


def utc_stamp(moment: pendulum.DateTime) -> str:
    """Fixed-width UTC ISO 8601, so timestamps sort as text."""
    return moment.in_timezone("UTC").strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def default_db_path() -> str:
    return os.environ.get(DB_ENV) or DEFAULT_DB


def check_sqlite_file(path: Path) -> None:
    """Refuse, in one clear line, a file that exists but is not SQLite."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                raise StoreError(f"{path}: not a SQLite database (refusing to touch it)")


class EventLog:
    """Append-only log over one SQLite file, shared safely by several processes."""

    def __init__(self, path: str | os.PathLike | None = None, *, busy_timeout: float = 60.0):
        self.path = Path(path or default_db_path())
        check_sqlite_file(self.path)
        conn = sqlite3.connect(str(self.path), timeout=busy_timeout, isolation_level=None)
        self.db = sqlite_utils.Database(conn)
        self._depth = 0
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache (SQLite's default is 2 MB): performance only
            # checkpoint the WAL every 10,000 pages (40 MB), not 1,000: an article dirties a few hundred
            # pages, mostly the same hot index pages, which are then copied back once, not every few
            # articles (12% less writer CPU at 3,000 corpus articles); performance only
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            self._ensure_schema()
        except sqlite3.DatabaseError as err:
            conn.close()
            raise StoreError(f"{self.path}: cannot be opened as a timeline database ({err})") from None

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _ensure_schema(self) -> None:
        with self.transaction():
            tables = {name for (name,) in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables and "timeline_meta" not in tables:
                raise StoreError(
                    f"{self.path}: a SQLite database, but not a timeline database "
                    f"(it has tables {', '.join(sorted(tables)[:5])}); use another --db"
                )
            for statement in LOG_DDL.split(";\n"):
                if statement.strip():
                    self.conn.execute(statement)
            row = self.conn.execute("SELECT value FROM timeline_meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.conn.execute(
                    "INSERT INTO timeline_meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: database schema version {row[0]}, but this timeline reads version "
                    f"{SCHEMA_VERSION}; use a matching timeline or a new --db"
                )

    @contextlib.contextmanager
    def transaction(self):
        """`BEGIN IMMEDIATE` … `COMMIT`; nested use joins the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    def version(self, stream: str) -> int:
        """The stream's current version (0 when it has no entries)."""
        row = self.conn.execute("SELECT MAX(version) FROM log WHERE stream = ?", (stream,)).fetchone()
        return row[0] or 0

    def last_position(self) -> int:
        row = self.conn.execute("SELECT MAX(position) FROM log").fetchone()
        return row[0] or 0

    def has_entry(self, entry_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM log WHERE entry_id = ?", (entry_id,)).fetchone() is not None

    def append(
        self, entries: Sequence[NewEntry], expected_versions: Optional[dict[str, int]] = None
    ) -> AppendResult:
        """Append entries in one transaction; return their positions.

        Entries whose `entry_id` is already in the log are skipped (idempotency). For each
        stream in `expected_versions` the stream must be at exactly that version, or
        `ConcurrencyError` is raised and nothing is written.
        """
        now = utc_stamp(pendulum.now("UTC"))
        with self.transaction():
            for stream, expected in (expected_versions or {}).items():
                actual = self.version(stream)
                if actual != expected:
                    raise ConcurrencyError(
                        f"stream {stream} is at version {actual}, expected {expected}: "
                        "someone else wrote to it; re-read and retry"
                    )
            positions, duplicates = [], 0
            next_version: dict[str, int] = {}
            for entry in entries:
                if self.has_entry(entry.entry_id):
                    duplicates += 1
                    continue
                if entry.stream not in next_version:
                    next_version[entry.stream] = self.version(entry.stream)
                next_version[entry.stream] += 1
                payload = entry.payload
                if isinstance(payload, Serialized):
                    data, schema = payload.data, payload.schema
                else:
                    data, schema = serialize.dumps(serialize.unstructure(payload)), type(payload).SCHEMA
                cursor = self.conn.execute(
                    "INSERT INTO log (stream, version, type, schema, data, recorded_at, entry_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        entry.stream,
                        next_version[entry.stream],
                        entry.type,
                        schema,
                        data,
                        now,
                        entry.entry_id,
                    ),
                )
                positions.append(cursor.lastrowid)
        return AppendResult(tuple(positions), duplicates)

    def read(
        self,
        after: int = 0,
        *,
        types: Iterable[str] | None = None,
        stream: str | None = None,
        until: int | None = None,
        limit: int | None = None,
    ) -> Iterator[LogEntry]:
        """Entries with position > `after` (and <= `until`), oldest first."""
        sql = "SELECT position, stream, version, type, schema, data, recorded_at, entry_id FROM log WHERE position > ?"
        params: list = [after]
        if until is not None:
            sql += " AND position <= ?"
            params.append(until)
        if types:
            types = list(types)
            sql += f" AND type IN ({', '.join('?' for _ in types)})"
            params += types
        if stream:
            sql += " AND stream = ?"
            params.append(stream)
        sql += " ORDER BY position"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for row in self.conn.execute(sql, params):
            yield LogEntry(row[0], row[1], row[2], row[3], row[4], serialize.json.loads(row[5]), row[6], row[7])

    def counts(self) -> dict[str, int]:
        """Number of entries per type."""
        return dict(self.conn.execute("SELECT type, COUNT(*) FROM log GROUP BY type ORDER BY type").fetchall())

    def position_at(self, moment: pendulum.DateTime) -> int:
        """The last position recorded at or before `moment` (for time travel)."""
        row = self.conn.execute(
            "SELECT MAX(position) FROM log WHERE recorded_at <= ?", (utc_stamp(moment),)
        ).fetchone()
        return row[0] or 0
