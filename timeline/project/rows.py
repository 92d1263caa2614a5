"""Build one timeline row (with its sources, actor links and search entry) from the fold's state.

A row is a pure function of the state of its members, so it can be rebuilt at any time.
Rules:
- the row's id is its root (the merge target); a retracted root hides the whole row, a
  retracted member only drops that source;
- members are the root's current (latest extraction run), unretracted events; the root's
  own passage is the first source, the others follow in source order (article added, offset);
- headline, kind, status, speaker, quote and the provenance come from the first source, with
  the root's corrections applied; the date is the first source's, or the first known one;
- actors, places and quantities are the union over sources; when sources disagree on the
  date (intervals that cannot overlap; publication-date fallbacks make no claim) or on a quantity of the same unit, both values are
  kept and `conflicts` says so.
"""

from __future__ import annotations

import json
import sqlite3

from timeline.project.dating import effective_when, overlaps

_MEMBERS = """
SELECT e.event_id, e.article_id, e.corrections, e.data, e.evidence, e.article_position,
       a.title, a.source, a.url, a.published
FROM fold_events e JOIN fold_articles a ON a.id = e.article_id
WHERE e.root = ? AND e.active = 1 AND e.retracted = 0
ORDER BY e.event_id = ? DESC, e.article_position, e.sentence_start, e.event_id
"""

TIMELINE_COLUMNS = (
    "id", "date", "date_start", "date_end", "precision", "basis", "kind", "status", "headline",
    "actors", "speaker", "speaker_role", "quote", "places", "quantities", "sources",
    "article_id", "source_title", "source_outlet", "source_published", "source_url",
    "sentence_start", "sentence_end", "trigger_start", "trigger_end", "evidence", "conflicts",
    "confidence", "from_headline", "corrected", "article_position", "date_text", "extractor",
)
SOURCE_COLUMNS = (
    "event_id", "rank", "extracted_event_id", "article_id", "article_title", "outlet", "published", "url",
    "sentence_start", "sentence_end", "trigger_start", "trigger_end", "evidence", "quote", "date",
    "speaker", "quantities",
)


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _insert(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], values: dict) -> int:
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    return conn.execute(sql, [values[c] for c in columns]).lastrowid


def _delete_row(conn: sqlite3.Connection, root: str) -> set[str]:
    """Remove the row and everything derived from it; return the actors it named."""
    actors = {a for (a,) in conn.execute("SELECT DISTINCT actor FROM event_actors WHERE event_id = ?", (root,))}
    row = conn.execute("SELECT rowid FROM timeline WHERE id = ?", (root,)).fetchone()
    if row:
        conn.execute("DELETE FROM timeline_fts WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM timeline WHERE id = ?", (root,))
    conn.execute("DELETE FROM sources WHERE event_id = ?", (root,))
    conn.execute("DELETE FROM event_actors WHERE event_id = ?", (root,))
    return actors


def _speaker(event: dict, corrections: dict) -> tuple[str | None, str | None]:
    attribution = event.get("attribution") or {}
    speaker = corrections.get("speaker") or attribution.get("speaker")
    return (speaker.strip() if speaker else None), attribution.get("role")


def _quantities(event: dict) -> list[dict]:
    return [{"value": q["value"], "text": q["text"], "unit": q.get("unit")} for q in event.get("quantities") or ()]


def _conflicts(dates: list[dict], quantity_sets: list[list[dict]]) -> dict | None:
    found: dict = {}
    known = [d for d in dates if d["start"] and d["basis"] != "publication"]  # a fallback date is no claim
    if any(not overlaps(a, b) for i, a in enumerate(known) for b in known[i + 1 :]):
        found["date"] = sorted({d["value"] for d in known})
    by_unit: dict[str, list[set]] = {}
    for quantities in quantity_sets:
        per_unit: dict[str, set] = {}
        for q in quantities:
            per_unit.setdefault(q["unit"] or "", set()).add(q["value"])
        for unit, values in per_unit.items():
            by_unit.setdefault(unit, []).append(values)
    disagreements = {
        unit: sorted(set().union(*sets)) for unit, sets in sorted(by_unit.items())
        if len(sets) > 1 and any(s != sets[0] for s in sets)
    }
    if disagreements:
        found["quantities"] = disagreements
    return found or None


def rebuild_row(conn: sqlite3.Connection, root: str) -> set[str]:
    """Rebuild the row of `root` from state (or remove it); return the actors to recount."""
    touched = _delete_row(conn, root)
    state = conn.execute("SELECT root, retracted, corrections FROM fold_events WHERE event_id = ?", (root,)).fetchone()
    if state is None or state[0] != root or state[1]:
        return touched
    corrections = json.loads(state[2]) if state[2] else {}
    members = conn.execute(_MEMBERS, (root, root)).fetchall()
    if not members:
        return touched

    sources, dates, quantity_sets = [], [], []
    actor_links: dict[tuple, None] = {}
    actor_names: list[str] = []
    places: list[str] = []
    quantities: list[dict] = []
    quotes: list[str] = []
    for rank, (event_id, article_id, own_corr, data, evidence, _, title, outlet, url, published) in enumerate(members, 1):
        event = json.loads(data)
        own = json.loads(own_corr) if own_corr else {}
        when = effective_when(event["when"], published, own.get("date"))
        speaker, _ = _speaker(event, own)
        qs = _quantities(event)
        dates.append(when)
        quantity_sets.append(qs)
        for actor in event.get("actors") or ():
            canonical = (actor.get("canonical") or actor["name"]).strip()
            actor_links[(canonical, actor["name"].strip(), "actor", actor.get("kind"))] = None
            if canonical not in actor_names:
                actor_names.append(canonical)
        if speaker:
            actor_links[(speaker, speaker, "speaker", None)] = None
        for place in event.get("places") or ():
            if place["name"] not in places:
                places.append(place["name"])
        for q in qs:
            if not any(q["value"] == k["value"] and q["unit"] == k["unit"] for k in quantities):
                quantities.append(q)
        if event.get("quote"):
            quotes.append(event["quote"])
        sources.append({
            "event_id": root, "rank": rank, "extracted_event_id": event_id, "article_id": article_id,
            "article_title": title, "outlet": outlet, "published": published, "url": url,
            "sentence_start": event["sentence"]["start"], "sentence_end": event["sentence"]["end"],
            "trigger_start": event["trigger"]["start"], "trigger_end": event["trigger"]["end"],
            "evidence": evidence, "quote": event.get("quote"), "date": when["value"],
            "speaker": speaker, "quantities": _dumps(qs),
            "_event": event, "_when": when, "_position": members[rank - 1][5],
        })

    first = sources[0]
    event = first["_event"]
    when = first["_when"]
    if corrections.get("date"):
        when = effective_when(event["when"], first["published"], corrections["date"])
    elif not when["start"]:
        when = next((s["_when"] for s in sources if s["_when"]["start"]), when)
    speaker, role = _speaker(event, corrections)
    if corrections.get("speaker") and first["speaker"] != speaker:
        actor_links[(speaker, speaker, "speaker", None)] = None
        first["speaker"] = speaker
    headline = corrections.get("headline") or event["headline"]
    kind = corrections.get("kind") or event["kind"]
    quote = event.get("quote") or next((s["quote"] for s in sources if s["quote"]), None)
    row = {
        "id": root, "date": when["value"], "date_start": when["start"], "date_end": when["end"],
        "precision": when["precision"], "basis": when["basis"], "kind": kind, "status": event.get("status"),
        "headline": headline, "actors": _dumps(actor_names), "speaker": speaker, "speaker_role": role,
        "quote": quote, "places": _dumps(places), "quantities": _dumps(quantities), "sources": len(sources),
        "article_id": first["article_id"], "source_title": first["article_title"], "source_outlet": first["outlet"],
        "source_published": first["published"], "source_url": first["url"],
        "sentence_start": first["sentence_start"], "sentence_end": first["sentence_end"],
        "trigger_start": first["trigger_start"], "trigger_end": first["trigger_end"],
        "evidence": first["evidence"], "conflicts": None,
        "confidence": max(s["_event"].get("confidence", 0.5) for s in sources),
        "from_headline": int(bool(event.get("from_headline"))), "corrected": int(bool(corrections)),
        "article_position": first["_position"], "date_text": (event["when"].get("text")),
        "extractor": event.get("extractor"),
    }
    conflicts = _conflicts(dates, quantity_sets) if len(sources) > 1 else None
    row["conflicts"] = _dumps(conflicts) if conflicts else None
    rowid = _insert(conn, "timeline", TIMELINE_COLUMNS, row)
    for source in sources:
        _insert(conn, "sources", SOURCE_COLUMNS, source)
    for canonical, name, link_role, kind in actor_links:
        conn.execute(
            "INSERT OR IGNORE INTO event_actors (event_id, actor, name, role, kind) VALUES (?, ?, ?, ?, ?)",
            (root, canonical, name, link_role, kind),
        )
        touched.add(canonical)
    conn.execute(
        "INSERT INTO timeline_fts (rowid, headline, evidence, actors, quotes) VALUES (?, ?, ?, ?, ?)",
        (
            rowid, headline, "\n".join(dict.fromkeys(s["evidence"] for s in sources)),
            " ; ".join(dict.fromkeys([*actor_names, *(s["speaker"] for s in sources if s["speaker"])])),
            "\n".join(dict.fromkeys(quotes)),
        ),
    )
    return touched


def rebuild_actor(conn: sqlite3.Connection, actor: str) -> None:
    """Recount one actor from `event_actors`: aliases, kind, events, statements."""
    conn.execute("DELETE FROM actors WHERE name = ?", (actor,))
    events, statements = conn.execute(
        "SELECT COUNT(DISTINCT event_id), COUNT(DISTINCT CASE WHEN role = 'speaker' THEN event_id END)"
        " FROM event_actors WHERE actor = ?",
        (actor,),
    ).fetchone()
    if not events:
        return
    aliases = [n for (n,) in conn.execute("SELECT DISTINCT name FROM event_actors WHERE actor = ? ORDER BY name", (actor,))]
    kind = conn.execute(
        "SELECT kind FROM event_actors WHERE actor = ? AND kind IS NOT NULL GROUP BY kind ORDER BY COUNT(*) DESC, kind LIMIT 1",
        (actor,),
    ).fetchone()
    conn.execute(
        "INSERT INTO actors (name, aliases, kind, events, statements) VALUES (?, ?, ?, ?, ?)",
        (actor, _dumps(aliases), kind[0] if kind else None, events, statements),
    )
