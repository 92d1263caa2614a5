"""Automatic merging: the same real-world event reported twice becomes one timeline row.

Run after an article's events are appended, in the same transaction
(`timeline.project.after_append`). Each of the article's new rows, in text order, is
compared with the rows that come before it in source order (earlier articles, and earlier
sentences of the same article) and have the same kind and a compatible date; that lookup
uses the `timeline (kind, date_start)` index, so the work grows with the article, not the
log. A match is recorded as `EventsMerged(automatic=True, reason=…)` in the target's
stream, so `timeline split` can undo it and `timeline history` shows why.

A dated row is compared with rows whose dates fall in its window (and undated rows of its own
article); an undated row with the 100 nearest earlier rows of its kind.

Two rows are the same news event when they have the same kind, their dates can overlap
(publication-date fallbacks get three days either way), they are not from the same
sentence, and one of:
- they share a large number (≥ 100, not a year: "more than 1,500") and some wording
  (similarity ≥ 0.08), or a number ≥ 10 and wording ≥ 0.3 (≥ 0.15 with a shared actor or place);
- their wording is close (similarity ≥ 0.5), or fairly close (≥ 0.3) with a shared actor,
  place or speaker;
- they quote the same words (quote similarity ≥ 0.6).
Statements are stricter (one person says many things): same quote, wording ≥ 0.5, or a
shared number with wording ≥ 0.3.
Similarity is the Jaccard index of content words (lowercased, stop words and short words
dropped) of the passages (all passages of an already merged row; the best one counts).
Ties go to the earliest row in source order, so the decision is deterministic.
"""

from __future__ import annotations

import json
import re
import sqlite3

import pendulum

from timeline.entries import EventsMerged
from timeline.store import EventLog

STOP = frozenset("""
a an the and or but of to in on at for from by with as is are was were be been being it its this that these
those he she they them his her their we our you your i not no will would could should may might can has have
had do does did said says say told according than more most also about after before over into out up who
which what when where while there here all any some such other new one two three mr ms mrs
""".split())
WORD = re.compile(r"[a-z][a-z'’\-]+")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
DATE_SLACK_DAYS = 3
CANDIDATE_LIMIT = 100
#: a dated row is compared with rows that start at most this long before it (a year-long row still matches)
LONGEST_DAYS = 366


def words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD.findall((text or "").lower()) if len(w) > 2 and w not in STOP)


def similarity(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def numbers(text: str, quantities: list[dict]) -> set[float]:
    """Significant numbers stated: quantities, and figures in the text (years and small counts left out)."""
    found = {float(q["value"]) for q in quantities if q.get("value") is not None}
    for match in NUMBER.findall(text or ""):
        try:
            found.add(float(match.replace(",", "")))
        except ValueError:
            continue
    return {n for n in found if n >= 10 and not (1900 <= n <= 2100 and n == int(n))}


def _window(row: sqlite3.Row) -> tuple[str | None, str | None]:
    if not row["date_start"]:
        return None, None
    slack = DATE_SLACK_DAYS if row["basis"] == "publication" else 0
    start = pendulum.parse(row["date_start"]).date().subtract(days=slack).to_date_string()
    end = pendulum.parse(row["date_end"] or row["date_start"]).date().add(days=slack).to_date_string()
    return start, end


class Profile:
    """What a row offers for comparison."""

    def __init__(self, conn: sqlite3.Connection, row: sqlite3.Row):
        self.row = row
        passages = conn.execute(
            "SELECT article_id, sentence_start, evidence, quote FROM sources WHERE event_id = ? ORDER BY rank", (row["id"],)
        ).fetchall()
        self.sentences = {(p[0], p[1]) for p in passages}
        self.texts = [words(p[2] + " " + (row["headline"] or "")) for p in passages]
        self.quotes = [words(p[3]) for p in passages if p[3]]
        self.numbers = set().union(*(numbers(p[2], []) for p in passages), numbers("", json.loads(row["quantities"] or "[]")))
        self.places = {p.lower() for p in json.loads(row["places"] or "[]")}
        self.actors = {a.lower() for a in json.loads(row["actors"] or "[]")}
        self.speaker = (row["speaker"] or "").lower()
        self.window = _window(row)


def same_event(a: Profile, b: Profile) -> str | None:
    """Why `a` and `b` report the same news event, or None."""
    if a.row["kind"] != b.row["kind"] or a.sentences & b.sentences:
        return None
    if a.window[0] and b.window[0] and not (a.window[0] <= b.window[1] and b.window[0] <= a.window[1]):
        return None
    sim = max((similarity(x, y) for x in a.texts for y in b.texts), default=0.0)
    quote_sim = max((similarity(x, y) for x in a.quotes for y in b.quotes), default=0.0)
    shared_numbers = a.numbers & b.numbers
    shared_places = a.places & b.places
    shared_actors = a.actors & b.actors
    same_speaker = bool(a.speaker) and a.speaker == b.speaker
    big = any(n >= 100 for n in shared_numbers)
    why = [f"same kind {a.row['kind']}", "compatible dates"]
    if shared_numbers:
        why.append("shared number " + ", ".join(f"{n:g}" for n in sorted(shared_numbers)))
    if shared_places:
        why.append("shared place " + ", ".join(sorted(shared_places)))
    if shared_actors:
        why.append("shared actor " + ", ".join(sorted(shared_actors)))
    if same_speaker:
        why.append(f"same speaker {a.speaker}")
    why.append(f"text similarity {sim:.2f}")
    if quote_sim:
        why.append(f"quote similarity {quote_sim:.2f}")
    if a.row["kind"] == "statement":  # one person says many things: the words must match
        decided = quote_sim >= 0.6 or sim >= 0.5 or (shared_numbers and sim >= 0.3)
    else:
        decided = (
            (big and sim >= 0.08)
            or (shared_numbers and (sim >= 0.3 or ((shared_places or shared_actors) and sim >= 0.15)))
            or sim >= 0.5
            or (sim >= 0.3 and (shared_actors or shared_places or same_speaker))
            or quote_sim >= 0.6
        )
    return "; ".join(why) if decided else None


def _earlier(candidate: sqlite3.Row, row: sqlite3.Row) -> bool:
    return (candidate["article_position"], candidate["sentence_start"]) < (row["article_position"], row["sentence_start"])


def _candidates(conn: sqlite3.Connection, new: Profile) -> list[sqlite3.Row]:
    """Rows of the same kind, earlier in source order, whose dates may overlap (indexed lookups)."""
    row = new.row
    start, end = new.window
    if start:
        lo = pendulum.parse(start).date().subtract(days=DATE_SLACK_DAYS + LONGEST_DAYS).to_date_string()
        hi = pendulum.parse(end).date().add(days=DATE_SLACK_DAYS).to_date_string()
        low = pendulum.parse(start).date().subtract(days=DATE_SLACK_DAYS).to_date_string()
        found = conn.execute(
            "SELECT * FROM timeline WHERE kind = ? AND date_start BETWEEN ? AND ? AND date_end >= ?",
            (row["kind"], lo, hi, low),
        ).fetchall()
        found += conn.execute(
            "SELECT * FROM timeline WHERE article_id = ? AND kind = ? AND date_start IS NULL", (row["article_id"], row["kind"])
        ).fetchall()
    else:
        found = conn.execute(
            "SELECT * FROM timeline WHERE kind = ? AND date_start IS NULL AND article_position <= ?"
            " ORDER BY article_position DESC LIMIT ?",
            (row["kind"], row["article_position"], CANDIDATE_LIMIT),
        ).fetchall()
    found = [c for c in found if c["id"] != row["id"] and _earlier(c, row)]
    return sorted(found, key=lambda c: (-c["article_position"], -c["sentence_start"], c["id"]))[:CANDIDATE_LIMIT * 3]


def find_target(conn: sqlite3.Connection, new: Profile, cache: dict | None = None) -> tuple[str, str] | None:
    """The earliest row (in source order) that reports the same news event, with the reason."""
    matches = []
    cache = {} if cache is None else cache
    for candidate in _candidates(conn, new):
        if candidate["id"] not in cache:
            cache[candidate["id"]] = Profile(conn, candidate)
        reason = same_event(cache[candidate["id"]], new)
        if reason:
            matches.append((candidate["article_position"], candidate["sentence_start"], candidate["id"], reason))
    if not matches:
        return None
    _, _, target, reason = min(matches)
    return target, reason


def merge_article(log: EventLog, article_id: str) -> int:
    """Merge each of the article's single-source rows into an earlier row reporting the same event."""
    from timeline.edit import append_decision
    from timeline.project.runner import catch_up

    merged = 0
    with log.transaction():
        catch_up(log)
        conn = log.conn
        factory = conn.row_factory
        conn.row_factory = sqlite3.Row
        try:
            new_ids = [r["id"] for r in conn.execute(
                "SELECT id FROM timeline WHERE article_id = ? AND sources = 1 ORDER BY sentence_start, id", (article_id,)
            )]
            profiles: dict[str, Profile] = {}
            for event_id in new_ids:
                row = conn.execute("SELECT * FROM timeline WHERE id = ?", (event_id,)).fetchone()
                if row is None:
                    continue
                found = find_target(conn, Profile(conn, row), profiles)
                if found:
                    target, reason = found
                    profiles.pop(target, None)  # its row gains a source
                    conn.row_factory = factory
                    append_decision(log, target, EventsMerged(target, (event_id,), "automatic: " + reason, True))
                    conn.row_factory = sqlite3.Row
                    merged += 1
        finally:
            conn.row_factory = factory
    return merged
