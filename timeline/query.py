"""Reading the timeline: one set of filters shared by `timeline show` and `timeline export`.

Example::

    from timeline.query import Filters, select_timeline
    from timeline.store import EventLog

    with EventLog("events.db") as log:
        for row in select_timeline(log, Filters(kind=("operation",), since="2018")):
            print(row["date"], row["headline"], row["source_title"])

Rows are the `timeline` table's columns (JSON columns decoded: `actors`, `places`,
`quantities`, `conflicts`) in chronological order (`sort_order`), each with
`"source_list"`: the rows of `sources` for that event, first source first.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Optional

import attrs
import click
import pendulum

from timeline import project
from timeline.store import EventLog

#: Columns of `timeline` that hold JSON.
JSON_COLUMNS = ("actors", "places", "quantities", "conflicts")


class QueryError(ValueError):
    """A filter value that cannot be understood (bad date, unknown article …)."""


@attrs.frozen
class Filters:
    """What to show. Empty filters show everything; all given filters must hold."""

    kind: tuple[str, ...] = ()
    actor: Optional[str] = None  # canonical name or alias, case-insensitive substring, actor or speaker
    since: Optional[str] = None  # YYYY, YYYY-MM or YYYY-MM-DD: events whose interval ends on/after it
    until: Optional[str] = None  # events whose interval starts on/before the end of it
    search: Optional[str] = None  # FTS5 query over headline, sentences, actors, quotes
    article: Optional[str] = None  # article id prefix, origin path or file name: events it reports
    as_of: Optional[str] = None  # log position (integer) or date/datetime: the timeline as it stood then
    min_confidence: Optional[float] = None  # events at least this sure (0.4 is the fallback's: see extract.fallback)


def connection_for(log: EventLog, as_of: Optional[str] = None) -> sqlite3.Connection:
    """The connection to read projections from: the live one (caught up), or a fold up to `as_of`."""
    if as_of is None or str(as_of).strip() == "":
        project.catch_up(log)
        return log.conn
    return project.fold_until(log, position_for(log, as_of))


def position_for(log: EventLog, as_of: str | int) -> int:
    """A log position from a position number or an ISO date/datetime (UTC unless it says otherwise)."""
    text = str(as_of).strip()
    if text.isdigit():
        return int(text)
    try:
        moment = pendulum.parse(text, tz="UTC")
    except (ValueError, pendulum.parsing.exceptions.ParserError):
        raise QueryError(f"--as-of {text!r}: expected a log position or a date/time like 2018-01-19T12:00") from None
    if isinstance(moment, pendulum.Date) and not isinstance(moment, pendulum.DateTime):
        moment = pendulum.datetime(moment.year, moment.month, moment.day, tz="UTC").end_of("day")
    elif len(text) == 10:  # a bare date means the end of that day
        moment = moment.end_of("day")
    return log.position_at(moment)


def date_bounds(value: str, *, end: bool) -> str:
    """First (or last) day of YYYY, YYYY-MM or YYYY-MM-DD, as YYYY-MM-DD."""
    text = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not m:
        raise QueryError(f"bad date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day:
            d = pendulum.date(year, int(month), int(day))
        elif month:
            d = pendulum.date(year, int(month), 1)
            d = d.end_of("month") if end else d
        else:
            d = pendulum.date(year, 12, 31) if end else pendulum.date(year, 1, 1)
    except ValueError as err:
        raise QueryError(f"impossible date {value!r}: {err}") from None
    return d.to_date_string()


def fts_query(text: str) -> str:
    """Quote each word so user input is never FTS syntax (a trailing * keeps prefix search)."""
    words = re.findall(r"[\w'’\-]+\*?", text)
    quoted = []
    for word in words:
        star = word.endswith("*")
        word = word.rstrip("*").replace('"', "")
        if word:
            quoted.append(f'"{word}"' + ("*" if star else ""))
    return " ".join(quoted) or '""'


def _article_ids(conn: sqlite3.Connection, reference: str) -> list[str]:
    rows = conn.execute(
        "SELECT id FROM articles WHERE id LIKE :prefix OR origin = :ref OR origin LIKE :tail",
        {"prefix": reference.lower() + "%", "ref": reference, "tail": "%/" + reference},
    ).fetchall()
    if not rows:
        raise QueryError(f"no article matches {reference!r} (use an id prefix, a path or a file name)")
    return [r[0] for r in rows]


def where_clause(conn: sqlite3.Connection, filters: Filters) -> tuple[str, list]:
    """SQL conditions on `timeline t` for the filters, and their parameters."""
    where, params = [], []
    if filters.kind:
        where.append(f"t.kind IN ({', '.join('?' for _ in filters.kind)})")
        params += list(filters.kind)
    if filters.actor:
        where.append(
            "t.id IN (SELECT event_id FROM event_actors WHERE actor LIKE ? OR name LIKE ?)"
        )
        pattern = f"%{filters.actor.strip()}%"
        params += [pattern, pattern]
    if filters.since:
        where.append("t.date_end >= ?")
        params.append(date_bounds(filters.since, end=False))
    if filters.until:
        where.append("t.date_start <= ?")
        params.append(date_bounds(filters.until, end=True))
    if filters.search:
        where.append("t.rowid IN (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ?)")
        params.append(fts_query(filters.search))
    if filters.min_confidence is not None:
        where.append("t.confidence >= ?")
        params.append(filters.min_confidence)
    if filters.article:
        ids = _article_ids(conn, filters.article)
        where.append(f"t.id IN (SELECT event_id FROM sources WHERE article_id IN ({', '.join('?' for _ in ids)}))")
        params += ids
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _decode(row: dict) -> dict:
    for column in JSON_COLUMNS:
        if column in row and isinstance(row[column], str):
            row[column] = json.loads(row[column])
    return row


def select_rows(conn: sqlite3.Connection, filters: Filters) -> list[dict]:
    """Timeline rows matching `filters` on an already caught-up connection."""
    where, params = where_clause(conn, filters)
    conn_rf = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        rows = [_decode(dict(r)) for r in conn.execute(f"SELECT t.* FROM timeline t{where} ORDER BY t.sort_order", params)]
        by_id: dict[str, list] = {row["id"]: [] for row in rows}
        ids = list(by_id)
        for chunk in range(0, len(ids), 500):  # the rows' own sources, by primary key
            wanted = ids[chunk: chunk + 500]
            for source in conn.execute(
                f"SELECT * FROM sources WHERE event_id IN ({', '.join('?' for _ in wanted)}) ORDER BY event_id, rank",
                wanted,
            ):
                s = dict(source)
                if isinstance(s.get("quantities"), str):
                    s["quantities"] = json.loads(s["quantities"])
                by_id[source["event_id"]].append(s)
    finally:
        conn.row_factory = conn_rf
    for row in rows:
        row["source_list"] = by_id[row["id"]]
    return rows


def select_timeline(log: EventLog, filters: Filters = Filters()) -> list[dict]:
    """Timeline rows in chronological order, each with its `source_list`."""
    conn = connection_for(log, filters.as_of)
    try:
        return select_rows(conn, filters)
    finally:
        if conn is not log.conn:
            conn.close()


def filters_from_options(
    kind=(), actor=None, since=None, until=None, search=None, article=None, as_of=None, min_confidence=None,
    **_ignored
) -> Filters:
    """Filters from the keyword arguments that `add_filter_options` gives a command."""
    return Filters(tuple(kind or ()), actor, since, until, search, article, as_of, min_confidence)


def add_filter_options(command):
    """Click decorator: --kind (repeatable), --actor, --since, --until, --search, --article, --as-of,
    --min-confidence."""
    from timeline.model import EVENT_KINDS

    options = [
        click.option("--kind", "kind", multiple=True, type=click.Choice(EVENT_KINDS), help="Only events of this kind (repeatable)."),
        click.option("--actor", help="Only events with this actor or speaker (name or alias, case-insensitive)."),
        click.option("--since", metavar="DATE", help="Only events ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Only events starting on or before the end of DATE."),
        click.option("--search", metavar="WORDS", help="Full-text search over headlines, sentences, actors and quotes."),
        click.option("--article", metavar="ARTICLE", help="Only events reported by this article (id prefix, path or file name)."),
        click.option("--as-of", "as_of", metavar="POSITION|DATETIME", help="The timeline as it stood at a log position or moment."),
        click.option("--min-confidence", "min_confidence", type=click.FloatRange(0, 1), metavar="X",
                     help="Only events with confidence ≥ X (0–1). 0.5 leaves out the lowest-confidence "
                          "past acts that no rule names (confidence 0.4)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


__all__ = ["Filters", "select_timeline", "select_rows", "add_filter_options", "filters_from_options", "QueryError"]
