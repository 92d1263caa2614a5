"""Corrections as use cases: correct, retract, merge, split, and the history of an event.

Every decision is a new log entry in the event's stream (`event-<id>`), appended with the
stream's expected version (optimistic concurrency) and a deterministic entry id; the
original extraction stays in the log, the projections show the corrected state.

Example::

    from timeline.edit import Editor
    with Timeline.open("events.db") as tl:
        ed = Editor(tl.log)
        ed.correct("3f2a", date="2018-01-17", why="the report was of Wednesday")
        ed.merge("3f2a", ["9c1b"])
        print([e.type for e in ed.history("3f2a")])
"""

from __future__ import annotations

import json
from typing import Iterable, Optional, Sequence

from timeline import project, serialize
from timeline.app import UserError
from timeline.entries import (
    EventCorrected,
    EventRetracted,
    EventsMerged,
    EventsSplit,
    event_stream,
    fact_id,
    type_name,
)
from timeline.model import EVENT_KINDS
from timeline.project.dating import check_correction
from timeline.store import EventLog, LogEntry, NewEntry


def resolve_event(log: EventLog, reference: str) -> str:
    """The id of the extracted event (or timeline row) `reference` names: an id or unique id prefix."""
    project.catch_up(log)
    ref = reference.strip().lower()
    if not ref:
        raise UserError("give an event id or id prefix")
    rows = log.conn.execute(
        "SELECT event_id FROM fold_events WHERE event_id LIKE ? ORDER BY event_id LIMIT 6", (ref + "%",)
    ).fetchall()
    if not rows:
        raise UserError(f"no event matches {reference!r} (see the ids in `timeline show`)")
    exact = [r[0] for r in rows if r[0] == ref]
    if exact:
        return exact[0]
    if len(rows) > 1:
        raise UserError(f"{reference!r} matches several events ({', '.join(r[0] for r in rows[:5])} …); give more of the id")
    return rows[0][0]


def row_of(log: EventLog, event_id: str) -> str:
    """The timeline row (root) an extracted event belongs to."""
    return log.conn.execute("SELECT root FROM fold_events WHERE event_id = ?", (event_id,)).fetchone()[0]


def append_decision(log: EventLog, event_id: str, payload) -> int:
    """Append one editorial entry to the event's stream at its expected version; return its position."""
    stream = event_stream(event_id)
    with log.transaction():
        version = log.version(stream)
        data = serialize.dumps(serialize.unstructure(payload))
        entry = NewEntry(stream, payload, fact_id(type_name(payload), stream, str(version), data))
        result = log.append([entry], {stream: version})
        project.catch_up(log)
    return result.positions[0] if result.positions else 0


class Editor:
    """What an editor can do to the timeline; each method appends one entry."""

    def __init__(self, log: EventLog):
        self.log = log

    def correct(
        self, reference: str, *, date: Optional[str] = None, kind: Optional[str] = None,
        headline: Optional[str] = None, speaker: Optional[str] = None, why: Optional[str] = None,
    ) -> str:
        """Correct the row that `reference` belongs to; only the given fields change. Returns the row id."""
        if not any((date, kind, headline, speaker)):
            raise UserError("nothing to correct: give --date, --kind, --headline or --speaker")
        if kind is not None and kind not in EVENT_KINDS:
            raise UserError(f"unknown kind {kind!r}; one of {', '.join(EVENT_KINDS)}")
        if date is not None:
            try:
                date = check_correction(date)
            except ValueError as err:
                raise UserError(str(err)) from None
        if headline is not None and not headline.strip():
            raise UserError("the headline cannot be empty")
        target = row_of(self.log, resolve_event(self.log, reference))
        append_decision(self.log, target, EventCorrected(target, date, kind, headline, speaker, why))
        return target

    def retract(self, reference: str, why: Optional[str] = None) -> str:
        """Take an event off the timeline (a row id hides the row; a merged source's id drops that source)."""
        event_id = resolve_event(self.log, reference)
        retracted = self.log.conn.execute("SELECT retracted FROM fold_events WHERE event_id = ?", (event_id,)).fetchone()[0]
        if retracted:
            raise UserError(f"event {event_id} is already retracted")
        append_decision(self.log, event_id, EventRetracted(event_id, why))
        return event_id

    def merge(self, target: str, others: Sequence[str], reason: str = "", automatic: bool = False) -> str:
        """Merge the rows of `others` into the row of `target` (they report the same news event)."""
        if not others:
            raise UserError("name at least one event to merge into the first")
        root = row_of(self.log, resolve_event(self.log, target))
        merged = []
        for reference in others:
            event_id = resolve_event(self.log, reference)
            if row_of(self.log, event_id) == root:
                raise UserError(f"event {event_id} is already part of row {root}")
            if event_id not in merged:
                merged.append(event_id)
        append_decision(self.log, root, EventsMerged(root, tuple(merged), reason or "manual", automatic))
        return root

    def split(self, target: str, members: Iterable[str] = (), why: Optional[str] = None) -> tuple[str, tuple[str, ...]]:
        """Let members of a merged row stand on their own again (all of them when none are named)."""
        root = row_of(self.log, resolve_event(self.log, target))
        in_row = [r[0] for r in self.log.conn.execute(
            "SELECT event_id FROM fold_events WHERE root = ? AND event_id != ? ORDER BY article_position, sentence_start, event_id",
            (root, root),
        )]
        chosen = [resolve_event(self.log, m) for m in members] or in_row
        if not chosen:
            raise UserError(f"row {root} has no merged events to split off")
        for event_id in chosen:
            if event_id not in in_row:
                raise UserError(f"event {event_id} is not merged into row {root}")
        append_decision(self.log, root, EventsSplit(root, tuple(dict.fromkeys(chosen)), why))
        return root, tuple(dict.fromkeys(chosen))

    def history(self, reference: str) -> list[LogEntry]:
        """Every log entry about the row `reference` belongs to and its members, oldest first."""
        event_id = resolve_event(self.log, reference)
        root = row_of(self.log, event_id)
        ids = {event_id, root} | {r[0] for r in self.log.conn.execute("SELECT event_id FROM fold_events WHERE root = ?", (root,))}
        articles = {r[0] for r in self.log.conn.execute(
            f"SELECT DISTINCT article_id FROM fold_events WHERE event_id IN ({', '.join('?' for _ in ids)})", sorted(ids)
        )}
        found: dict[int, LogEntry] = {}
        for article_id in sorted(articles):
            for entry in self.log.read(stream=f"article-{article_id}", types=["EventExtracted", "ArticleDated"]):
                if entry.type == "ArticleDated" or entry.data["event"]["id"] in ids:
                    found[entry.position] = entry
        for entry in self.log.read(types=["EventCorrected", "EventRetracted", "EventsMerged", "EventsSplit"]):
            if _mentions(entry, ids):
                found[entry.position] = entry
        return [found[p] for p in sorted(found)]


def _mentions(entry: LogEntry, ids: set[str]) -> bool:
    data = entry.data
    named = {data.get("event_id"), data.get("target"), *(data.get("merged") or ()), *(data.get("split") or ())}
    return bool(named & ids)


def describe(entry: LogEntry) -> str:
    """One readable line for a history entry."""
    d = entry.data
    if entry.type == "EventExtracted":
        e = d["event"]
        return f"extracted {e['id']} ({e['kind']}, {e['when']['value']}): {e['headline']}"
    if entry.type == "ArticleDated":
        return f"article {d['article_id'][:12]} dated {d['published'] or 'unknown'}" + (f" — {d['reason']}" if d.get("reason") else "")
    if entry.type == "EventCorrected":
        fields = ", ".join(f"{k}={v!r}" for k, v in d.items() if k not in ("event_id", "why") and v is not None)
        return f"corrected {d['event_id']}: {fields}" + (f" — {d['why']}" if d.get("why") else "")
    if entry.type == "EventRetracted":
        return f"retracted {d['event_id']}" + (f" — {d['why']}" if d.get("why") else "")
    if entry.type == "EventsMerged":
        how = "automatically merged" if d["automatic"] else "merged"
        return f"{how} {', '.join(d['merged'])} into {d['target']}" + (f" — {d['reason']}" if d.get("reason") else "")
    if entry.type == "EventsSplit":
        return f"split {', '.join(d['split'])} from {d['target']}" + (f" — {d['why']}" if d.get("why") else "")
    return json.dumps(d, ensure_ascii=False)[:100]
