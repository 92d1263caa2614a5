"""The append-only log: refused rewrites, idempotency, optimistic concurrency, upcasting."""

from __future__ import annotations

import sqlite3

from typing import Optional

import pendulum
import pytest
from attrs import frozen

from timeline import entries

from timeline import serialize
from timeline.entries import ArticleDated, fact_id
from timeline.store import SCHEMA_VERSION, ConcurrencyError, EventLog, NewEntry, Serialized, StoreError


def _dated(article_id="a" * 64, day="2018-01-18"):
    return ArticleDated(article_id, serialize.parse_date(day), "test")


def test_update_and_delete_are_refused_by_sqlite_itself(db_path):
    with EventLog(db_path) as log:
        log.append([NewEntry("article-x", _dated(), "id-1")])
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE log SET data = '{}'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM log")
    assert conn.execute("SELECT COUNT(*) FROM log").fetchone()[0] == 1


def test_same_entry_id_is_appended_once(db_path):
    with EventLog(db_path) as log:
        first = log.append([NewEntry("article-x", _dated(), "same")])
        second = log.append([NewEntry("article-x", _dated(), "same")])
        assert (first.appended, second.appended, second.duplicates) == (1, 0, 1)
        assert log.last_position() == 1


def test_stale_expected_version_raises_and_writes_nothing(db_path):
    with EventLog(db_path) as log:
        log.append([NewEntry("s", _dated(), "e1")], {"s": 0})
        log.append([NewEntry("s", _dated(day="2018-01-19"), "e2")], {"s": 1})
        with pytest.raises(ConcurrencyError, match="at version 2, expected 1"):
            log.append([NewEntry("s", _dated(day="2018-01-20"), "e3")], {"s": 1})
        assert [e.version for e in log.read(stream="s")] == [1, 2]


def test_failed_transaction_leaves_nothing_behind(db_path):
    with EventLog(db_path) as log:
        with pytest.raises(RuntimeError):
            with log.transaction():
                log.append([NewEntry("s", _dated(), "e1")])
                raise RuntimeError("crash in the middle")
        assert log.last_position() == 0


def test_read_filters_and_payloads_round_trip(db_path):
    with EventLog(db_path) as log:
        log.append([NewEntry("a", _dated("a" * 64), "1"), NewEntry("b", _dated("b" * 64), "2")])
        entries = list(log.read(stream="b"))
        assert len(entries) == 1 and entries[0].payload == _dated("b" * 64)
        assert [e.position for e in log.read(after=1)] == [2]


def test_a_serialized_payload_is_stored_as_its_record_would_be(db_path, tmp_path):
    """Workers send payloads already serialized; the log cannot tell them from records."""
    record = _dated()
    with EventLog(db_path) as log:
        log.append([NewEntry("article-x", record, "id-1")])
    other = tmp_path / "other.db"
    with EventLog(other) as log:
        log.append([NewEntry("article-x", Serialized.of(record, record.article_id), "id-1")])
        assert next(log.read()).payload == record
    columns = "position, stream, version, type, schema, data, entry_id"
    rows = [sqlite3.connect(path).execute(f"SELECT {columns} FROM log").fetchall() for path in (db_path, other)]
    assert rows[0] == rows[1] and rows[0][0][3] == "ArticleDated"


def test_old_payload_schema_is_upcast_when_read(db_path, monkeypatch):
    """A payload written at schema 1 is read as schema 2, never rewritten in the log."""
    with EventLog(db_path) as log:
        log.append([NewEntry("s", _dated(), "e1")])

    @frozen
    class ArticleDatedV2:  # pretend schema 2 renamed 'reason' to 'why'
        SCHEMA = 2
        article_id: str
        published: Optional[pendulum.Date]
        why: Optional[str] = None

    def rename(data: dict) -> dict:
        data = dict(data)
        data["why"] = data.pop("reason")
        return data

    monkeypatch.setitem(entries.ENTRY_TYPES, "ArticleDated", ArticleDatedV2)
    monkeypatch.setitem(serialize.UPCASTERS, ("ArticleDated", 1), rename)
    with EventLog(db_path) as log:
        (entry,) = log.read()
        assert entry.schema == 1 and "reason" in entry.data
        assert entry.payload == ArticleDatedV2("a" * 64, pendulum.date(2018, 1, 18), "test")
    with pytest.raises(ValueError, match="reads up to 2"):
        serialize.upcast("ArticleDated", 3, {})


def test_non_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes\n")
    with pytest.raises(StoreError, match="not a SQLite database"):
        EventLog(path)
    assert path.read_text() == "just some notes\n"


def test_incompatible_schema_version_is_refused(db_path):
    EventLog(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE timeline_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1}"):
        EventLog(db_path)


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE dogs (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a timeline database"):
        EventLog(path)


def test_fact_ids_are_deterministic():
    assert fact_id("ArticleAdded", "x") == fact_id("ArticleAdded", "x") != fact_id("ArticleAdded", "y")
