"""`articles`: one row per stored article, with its current publication date."""

from __future__ import annotations

import sqlite3

from timeline.store import LogEntry


class ArticlesProjection:
    name = "articles"
    version = 1
    tables = ("articles",)
    views = ()
    types = frozenset({"ArticleAdded", "ArticleDated", "ExtractionCompleted"})

    def create(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            """CREATE TABLE IF NOT EXISTS articles (
                id TEXT PRIMARY KEY,
                title TEXT,
                published TEXT,
                source TEXT,
                url TEXT,
                origin TEXT,
                chars INTEGER,
                events INTEGER NOT NULL DEFAULT 0,
                added_position INTEGER NOT NULL
            )"""
        )

    def bulk(self, conn: sqlite3.Connection) -> None:
        """Create the table and fold the whole log into it, set-based (a rebuild: see `bulk.py`)."""
        from timeline.project import bulk

        self.create(conn)
        bulk.rebuild_articles(conn)

    def apply(self, conn: sqlite3.Connection, entry: LogEntry) -> None:
        if entry.type == "ArticleAdded":
            a = entry.data["article"]
            conn.execute(
                "INSERT OR IGNORE INTO articles (id, title, published, source, url, origin, chars, added_position)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (a["id"], a["title"], a["published"], a["source"], a["url"], a["origin"], len(a["text"]), entry.position),
            )
        elif entry.type == "ArticleDated":
            conn.execute("UPDATE articles SET published = ? WHERE id = ?", (entry.data["published"], entry.data["article_id"]))
        elif entry.type == "ExtractionCompleted":
            conn.execute(
                "UPDATE articles SET events = ? WHERE id = ?", (len(entry.data["event_ids"]), entry.data["article_id"])
            )
