"""Build timeline rows (with their sources, actor links and search entries) from the fold's state.

A row is a pure function of the state of its members (`build`), so it can be rebuilt at any
time; `rebuild_rows` rebuilds a whole set of rows with a handful of set-based statements and
`executemany`, whether the set is one article's rows (catch-up) or every row (rebuild), so
both paths run the very same code. Rules:
- the row's id is its root (the merge target); a retracted root hides the whole row, a
  retracted member only drops that source;
- members are the root's current (latest extraction run), unretracted events; the root's
  own passage is the first source, the others follow in source order (article added, offset);
- headline, kind, status, speaker, quote and the provenance come from the first source, with
  the root's corrections applied; the date is the first source's, or the first known one;
- actors, places and quantities are the union over sources; when sources disagree on the
  date (intervals that cannot overlap; publication-date fallbacks make no claim) or on a quantity of the same unit, both values are
  kept and `conflicts` says so;
- `sort_order` is the row's place in chronological order as a fixed-width text key, computed
  from the row alone (see `sort_key`), so adding a row never renumbers the others.
Each row's match profile for automatic merging is written with it (`fold_match`,
`match_profile`), and the actors' counts change by difference (`_count_links`, `update_actors`).
"""

from __future__ import annotations

import json
import sqlite3

from timeline.project.dating import PRECISION_RANK, effective_when, overlaps
from timeline.project import merge as _merge
from timeline.project.merge import numbers as _numbers, words as _words

#: member columns, one query for every dirty root (grouped and ordered in Python)
_MEMBERS = """
SELECT e.root, e.event_id, e.article_id, e.corrections, e.position, NULL, e.article_position, e.sentence_start,
       a.title, a.source, a.url, a.published
FROM fold_dirty d CROSS JOIN fold_events e ON e.root = d.root CROSS JOIN fold_articles a ON a.id = e.article_id
WHERE e.active = 1 AND e.retracted = 0
"""
#: the same for a few dirty roots, listed (a join with `fold_dirty` may scan `fold_events` for a Bloom filter)
_MEMBERS_OF = """
SELECT e.root, e.event_id, e.article_id, e.corrections, e.position, NULL, e.article_position, e.sentence_start,
       a.title, a.source, a.url, a.published
FROM fold_events e CROSS JOIN fold_articles a ON a.id = e.article_id
WHERE e.root IN ({}) AND e.active = 1 AND e.retracted = 0
"""
#: below this many dirty roots, rows are read by listing the roots
FEW_ROOTS = 400
_STATES = """
SELECT d.root, e.root, e.retracted, e.corrections
FROM fold_dirty d CROSS JOIN fold_events e ON e.event_id = d.root
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
ACTOR_LINK_COLUMNS = ("event_id", "actor", "name", "role", "kind", "sort_order")

_INSERT_TIMELINE = (
    f"INSERT INTO timeline (rowid, {', '.join(TIMELINE_COLUMNS)}, sort_order)"
    f" VALUES ({', '.join('?' for _ in range(len(TIMELINE_COLUMNS) + 2))})"
)
_INSERT_SOURCES = f"INSERT INTO sources ({', '.join(SOURCE_COLUMNS)}) VALUES ({', '.join('?' for _ in SOURCE_COLUMNS)})"
_INSERT_LINKS = (
    f"INSERT OR IGNORE INTO event_actors ({', '.join(ACTOR_LINK_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in ACTOR_LINK_COLUMNS)})"
)
_INSERT_FTS = "INSERT INTO timeline_fts (rowid, headline, evidence, actors, quotes) VALUES (?, ?, ?, ?, ?)"
_INSERT_MATCH = (
    "INSERT INTO fold_match (rowid, id, kind, day, date_end, basis, article_id, article_position, sentence_start,"
    " texts, quotes, numbers, sentences, places, actors, speaker) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

#: the date part of the key for undated rows: after every real date
UNDATED = "9999-99-99"


def sort_key(date_start: str | None, precision: str | None, article_position: int, sentence_start: int, row_id: str) -> str:
    """Chronological order as text: date_start (undated last), precision (finest first), source order, id.

    `2018-01-17 1 000000000042 000001234 5f3a…`: fixed-width fields, so text order is
    chronological order and a row's key depends on that row alone.
    """
    rank = PRECISION_RANK.get(precision, PRECISION_RANK["unknown"])
    return f"{date_start or UNDATED} {rank} {article_position:012d} {sentence_start:09d} {row_id}"


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(value, ensure_ascii=False) gives


def _dumps(value) -> str:
    return "[]" if value == [] else _ENCODE(value)


_NAMES_JSON: dict[tuple, str] = {}


def _dumps_names(names: list[str]) -> str:
    """`_dumps` of a list of strings, remembered (a fold sees the same actors and places again and again)."""
    if not names:
        return "[]"
    key = tuple(names)
    found = _NAMES_JSON.get(key)
    if found is None:
        if len(_NAMES_JSON) >= 100_000:
            _NAMES_JSON.clear()
        found = _NAMES_JSON[key] = _ENCODE(names)
    return found


def load_events(source: sqlite3.Connection, positions) -> dict[int, dict]:
    """The events of the `EventExtracted` entries at these log positions, read from `source`."""
    found: dict[int, dict] = {}
    wanted = sorted(set(positions))
    for chunk in range(0, len(wanted), 500):
        part = wanted[chunk: chunk + 500]
        for position, data in source.execute(
            f"SELECT position, data FROM log WHERE position IN ({', '.join('?' for _ in part)})", part
        ):
            found[position] = json.loads(data)["event"]
    return found


#: separates the items of a list in `fold_match` (a list holding it is stored as JSON, marked by "[")
SEPARATOR = "\x1e"


def pack(items: list[str]) -> str:
    """A list of strings as text for `fold_match` (see `unpack`)."""
    text = SEPARATOR.join(items)
    if items and (not text or text.startswith("[") or text.count(SEPARATOR) != len(items) - 1):
        return _ENCODE(items)
    return text


def unpack(text: str) -> list[str]:
    if not text:
        return []
    return json.loads(text) if text.startswith("[") else text.split(SEPARATOR)


def match_profile(headline: str | None, sources: list, quantities: list[dict], places: list[str],
                  actor_names: list[str], speaker: str | None) -> tuple:
    """What automatic merging compares, stored with the row (`fold_match`), so candidates are
    compared without reading their sources or splitting their text into words again: per
    passage its content words (with the headline's) and its quote's, the significant numbers,
    the passages' (article, sentence), places, actors and speaker, lowercased (see `merge.Profile`)."""
    head = " " + (headline or "")
    if len(sources) == 1:
        s = sources[0]
        texts = " ".join(sorted(_words(s[12] + head)))
        quotes = " ".join(sorted(_words(s[13]))) if s[13] else ""
        found = _numbers(s[12], quantities)
        sentences = [f"{s[8]}:{s[3]}"]
    else:
        texts = "\n".join(" ".join(sorted(_words(s[12] + head))) for s in sources)
        quotes = "\n".join(" ".join(sorted(_words(s[13]))) for s in sources if s[13])
        found = _numbers("", quantities)
        for s in sources:
            found |= _numbers(s[12], [])
        sentences = sorted({f"{s[8]}:{s[3]}" for s in sources})
    return (
        texts, quotes, " ".join(repr(n) for n in sorted(found)) if found else "", pack(sentences),
        pack(sorted({p.lower() for p in places})) if places else "",
        pack(sorted({a.lower() for a in actor_names})) if actor_names else "",
        (speaker or "").lower(),
    )


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


def build(root: str, corrections: dict, members: list[tuple], one: bool = True) -> tuple[tuple, list[tuple], list[tuple], tuple, tuple]:
    """The row of `root` from its members (first source first).

    Each member is (event_id, article_id, own corrections JSON, data (JSON, or already parsed), evidence,
    article_position, title, outlet, url, published). Returns the timeline values
    (TIMELINE_COLUMNS then sort_order), the sources rows, the event_actors rows, the
    search entry (headline, evidence, actors, quotes) and the match profile (`match_profile`).
    A row with one source goes through `_build_one` (the same values; `one=False` does not).
    """
    if len(members) == 1 and one:
        return _build_one(root, corrections, members[0])
    sources, dates, quantity_sets, events, whens = [], [], [], [], []
    actor_links: dict[tuple, None] = {}
    actor_names: list[str] = []
    places: list[str] = []
    quantities: list[dict] = []
    quotes: list[str] = []
    for rank, (event_id, article_id, own_corr, data, evidence, _, title, outlet, url, published) in enumerate(members, 1):
        event = json.loads(data) if isinstance(data, str) else data
        own = json.loads(own_corr) if own_corr else {}
        when = effective_when(event["when"], published, own.get("date"))
        speaker, _ = _speaker(event, own)
        qs = _quantities(event)
        dates.append(when)
        quantity_sets.append(qs)
        events.append(event)
        whens.append(when)
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
        sentence, trigger = event["sentence"], event["trigger"]
        sources.append([
            root, rank, event_id, article_id, title, outlet, published, url,
            sentence["start"], sentence["end"], trigger["start"], trigger["end"],
            evidence, event.get("quote"), when["value"], speaker, _dumps(qs),
        ])

    first = sources[0]
    event = events[0]
    when = whens[0]
    published = first[6]
    if corrections.get("date"):
        when = effective_when(event["when"], published, corrections["date"])
    elif not when["start"]:
        when = next((w for w in whens if w["start"]), when)
    speaker, role = _speaker(event, corrections)
    if corrections.get("speaker") and first[15] != speaker:
        actor_links[(speaker, speaker, "speaker", None)] = None
        first[15] = speaker
    headline = corrections.get("headline") or event["headline"]
    kind = corrections.get("kind") or event["kind"]
    quote = event.get("quote") or next((s[13] for s in sources if s[13]), None)
    conflicts = _conflicts(dates, quantity_sets) if len(sources) > 1 else None
    article_position = members[0][5]
    key = sort_key(when["start"], when["precision"], article_position, first[8], root)
    row = (
        root, when["value"], when["start"], when["end"], when["precision"], when["basis"], kind, event.get("status"),
        headline, _dumps(actor_names), speaker, role, quote, _dumps(places), _dumps(quantities), len(sources),
        first[3], first[4], first[5], published, first[7],
        first[8], first[9], first[10], first[11], first[12], _dumps(conflicts) if conflicts else None,
        max(e.get("confidence", 0.5) for e in events),
        int(bool(event.get("from_headline"))), int(bool(corrections)),
        article_position, event["when"].get("text"), event.get("extractor"),
        key,
    )
    links = [(root, canonical, name, link_role, link_kind, key) for canonical, name, link_role, link_kind in actor_links]
    search = (
        headline, "\n".join(dict.fromkeys(s[12] for s in sources)),
        " ; ".join(dict.fromkeys([*actor_names, *(s[15] for s in sources if s[15])])),
        "\n".join(dict.fromkeys(quotes)),
    )
    profile = match_profile(headline, sources, quantities, places, actor_names, speaker)
    return row, [tuple(s) for s in sources], links, search, profile


def _build_one(root: str, corrections: dict, member: tuple) -> tuple[tuple, list[tuple], list[tuple], tuple, tuple]:
    """`build` for a row with one source (most rows): the same values, with less bookkeeping."""
    event_id, article_id, own_corr, data, evidence, article_position, title, outlet, url, published = member
    event = json.loads(data) if isinstance(data, str) else data
    own = json.loads(own_corr) if own_corr else _EMPTY
    extracted = event["when"]
    when = effective_when(extracted, published, own.get("date"))
    attribution = event.get("attribution") or _EMPTY
    said = own.get("speaker") or attribution.get("speaker")
    source_speaker = said.strip() if said else None
    qs = [{"value": q["value"], "text": q["text"], "unit": q.get("unit")} for q in event.get("quantities") or ()]
    actor_links: dict[tuple, None] = {}
    actor_names: list[str] = []
    for actor in event.get("actors") or ():
        name = actor["name"]
        canonical = (actor.get("canonical") or name).strip()
        actor_links[(canonical, name.strip(), "actor", actor.get("kind"))] = None
        if canonical not in actor_names:
            actor_names.append(canonical)
    if source_speaker:
        actor_links[(source_speaker, source_speaker, "speaker", None)] = None
    places: list[str] = []
    for place in event.get("places") or ():
        if place["name"] not in places:
            places.append(place["name"])
    quantities: list[dict] = []
    for q in qs:
        if not any(q["value"] == k["value"] and q["unit"] == k["unit"] for k in quantities):
            quantities.append(q)
    quote = event.get("quote")
    row_quote = quote or None
    sentence, trigger = event["sentence"], event["trigger"]
    source_quantities = _dumps(qs)
    source_date = when["value"]

    if corrections.get("date"):
        when = effective_when(extracted, published, corrections["date"])
    said = corrections.get("speaker") or attribution.get("speaker")
    speaker = said.strip() if said else None
    if corrections.get("speaker") and source_speaker != speaker:
        actor_links[(speaker, speaker, "speaker", None)] = None
        source_speaker = speaker
    headline = corrections.get("headline") or event["headline"]
    kind = corrections.get("kind") or event["kind"]
    start = when["start"]
    key = f"{start or UNDATED} {PRECISION_RANK.get(when['precision'], _UNKNOWN_RANK)} {article_position:012d} {sentence['start']:09d} {root}"
    row = (
        root, when["value"], start, when["end"], when["precision"], when["basis"], kind, event.get("status"),
        headline, _dumps_names(actor_names), speaker, attribution.get("role"), row_quote, _dumps_names(places),
        source_quantities if quantities == qs else _dumps(quantities), 1,
        article_id, title, outlet, published, url,
        sentence["start"], sentence["end"], trigger["start"], trigger["end"], evidence, None,
        event.get("confidence", 0.5), int(bool(event.get("from_headline"))), int(bool(corrections)),
        article_position, extracted.get("text"), event.get("extractor"),
        key,
    )
    source = (root, 1, event_id, article_id, title, outlet, published, url,
              sentence["start"], sentence["end"], trigger["start"], trigger["end"],
              evidence, quote, source_date, source_speaker, source_quantities)
    links = [(root, canonical, name, link_role, link_kind, key) for canonical, name, link_role, link_kind in actor_links]
    search = (headline, evidence, " ; ".join(dict.fromkeys([*actor_names, source_speaker] if source_speaker else actor_names)),
              quote or "")
    profile = _one_profile(headline, evidence, quote, sentence["start"], article_id, quantities, places, actor_names,
                           speaker)
    return row, [source], links, search, profile


_STOP = _merge.STOP
_LONG_WORD = _merge.LONG_WORD.findall
_NUMBER = _merge.NUMBER.search


def _one_profile(headline, evidence, quote, sentence_start, article_id, quantities, places, actor_names, speaker) -> tuple:
    """`match_profile` of a row with one source, (evidence, quote, sentence start, article), inlined:
    the same values (tests/test_project.py checks it against `match_profile`)."""
    return (*_one_words(headline, evidence, quote, quantities), _pack_one(f"{sentence_start}:{article_id}"),
            _pack_lower(places), _pack_lower(actor_names), (speaker or "").lower())


def _one_words(headline, evidence, quote, quantities) -> tuple[str, str, str]:
    """The words, quote words and numbers of `_one_profile`."""
    texts = " ".join(sorted(set(_LONG_WORD((evidence + " " + (headline or "")).lower())).difference(_STOP)))
    quotes = " ".join(sorted(set(_LONG_WORD(quote.lower())).difference(_STOP))) if quote else ""
    if quantities or _NUMBER(evidence):
        found = _numbers(evidence, quantities)
        numbers = " ".join(repr(n) for n in sorted(found)) if found else ""
    else:
        numbers = ""
    return texts, quotes, numbers


def _pack_one(item: str) -> str:
    """`pack([item])`."""
    if not item or item[0] == "[" or SEPARATOR in item:
        return _ENCODE([item])
    return item


def _pack_lower(names) -> str:
    """Sorted distinct lower-cased names, packed ('' for none)."""
    if not names:
        return ""
    if len(names) == 1:
        return _pack_one(names[0].lower())
    return pack(sorted({n.lower() for n in names}))


_EMPTY: dict = {}
_UNKNOWN_RANK = PRECISION_RANK["unknown"]


def _member_order(root: str):
    return lambda m: (m[0] != root, m[5], m[6], m[0])


def article_text(conn: sqlite3.Connection, source: sqlite3.Connection, article_id: str) -> tuple[str, int] | None:
    """(text, log position) of an article in `fold_articles`, read from its `ArticleAdded` entry
    through `source`; None for an unknown article."""
    found = conn.execute("SELECT added_position FROM fold_articles WHERE id = ?", (article_id,)).fetchone()
    if found is None:
        return None
    data = source.execute("SELECT data FROM log WHERE position = ?", (found[0],)).fetchone()
    return json.loads(data[0])["article"]["text"], found[0]


def _article_texts(conn: sqlite3.Connection, source: sqlite3.Connection, article_ids) -> dict[str, str]:
    """The stored texts of these articles, read from their `ArticleAdded` entries in the log."""
    texts: dict[str, str] = {}
    for article_id in sorted(set(article_ids)):
        found = article_text(conn, source, article_id)
        if found is not None:
            texts[article_id] = found[0]
    return texts


def rebuild_rows(conn: sqlite3.Connection, parsed: dict[str, dict] | None = None,
                 source: sqlite3.Connection | None = None, count: bool = True,
                 evidence: dict[str, str] | None = None) -> dict[str, list[int]]:
    """Rebuild the rows of every root in `fold_dirty` (or remove them); return, per touched actor,
    the change in its events and statements (`_count_links`; not with `count=False`, for a fold
    from scratch that counts every link once at the end, `count_all_links`).

    `parsed` maps event ids to their payloads as already parsed by the fold; the others are
    read from the log (`fold_events.position`) through `source` (default: `conn`). A passage's
    evidence (its sentence) is not kept in the fold's state: it comes from `evidence` (by event
    id, what the fold cut from article texts it read), else from the row's current `sources`,
    else from the article's text in the log.
    """
    parsed = parsed or {}
    dirty = "SELECT root FROM fold_dirty"
    shown = dict(conn.execute(f"SELECT extracted_event_id, evidence FROM sources WHERE event_id IN ({dirty})"))
    if evidence:
        shown.update(evidence)
    old_links = conn.execute(
        f"SELECT event_id, actor, name, role, kind FROM event_actors WHERE event_id IN ({dirty})").fetchall() if count else []
    conn.execute(f"DELETE FROM timeline_fts WHERE rowid IN (SELECT rowid FROM timeline WHERE id IN ({dirty}))")
    conn.execute("DELETE FROM fold_match WHERE (kind, day, article_position, sentence_start, rowid) IN (SELECT kind,"
                 f" coalesce(date_start, ''), article_position, sentence_start, rowid FROM timeline WHERE id IN ({dirty}))")
    conn.execute(f"DELETE FROM timeline WHERE id IN ({dirty})")
    conn.execute(f"DELETE FROM sources WHERE event_id IN ({dirty})")
    conn.execute(f"DELETE FROM event_actors WHERE event_id IN ({dirty})")

    states = {root: (own_root, retracted, corrections) for root, own_root, retracted, corrections in conn.execute(_STATES)}
    members: dict[str, list] = {}
    roots = [r for (r,) in conn.execute("SELECT root FROM fold_dirty LIMIT ?", (FEW_ROOTS + 1,))]
    found_members = (conn.execute(_MEMBERS_OF.format(", ".join("?" for _ in roots)), roots) if len(roots) <= FEW_ROOTS
                     else conn.execute(_MEMBERS))
    for root, *member in found_members:
        state = states.get(root)
        if state is not None and state[0] == root and not state[1]:
            members.setdefault(root, []).append(member)

    missing = [m[3] for found in members.values() for m in found if m[0] not in parsed]
    loaded = load_events(source or conn, missing) if missing else {}
    unseen = [m[1] for found in members.values() for m in found if m[0] not in shown]
    texts = _article_texts(conn, source or conn, unseen) if unseen else {}
    next_rowid = (conn.execute("SELECT MAX(rowid) FROM timeline").fetchone()[0] or 0) + 1
    timeline_rows, source_rows, link_rows, search_rows, match_rows = [], [], [], [], []
    new_links: dict[tuple, tuple] = {}
    for root in sorted(members):
        found = members[root]
        if len(found) > 1:
            found.sort(key=_member_order(root))
        # (event_id, article_id, corrections, event, evidence, article_position, title, outlet, url, published)
        found = [(m[0], m[1], m[2], event, _passage(shown, texts, m[0], m[1], event), m[5], m[7], m[8], m[9], m[10])
                 for m in found for event in (parsed.get(m[0]) or loaded[m[3]],)]
        corrections = states[root][2]
        row, sources, links, search, profile = build(root, json.loads(corrections) if corrections else {}, found)
        timeline_rows.append((next_rowid, *row))
        source_rows += sources
        link_rows += links
        search_rows.append((next_rowid, *search))
        match_rows.append((next_rowid, root, row[6], row[2] or "", row[3], row[5], row[16], row[30], row[21], *profile))
        if count:
            for link in links:
                new_links.setdefault(link[:4], link)  # what INSERT OR IGNORE keeps
        next_rowid += 1
        if len(timeline_rows) >= WRITE_EVERY:  # bounded lists, however many rows are rebuilt
            _write(conn, timeline_rows, source_rows, link_rows, search_rows, match_rows)
            timeline_rows, source_rows, link_rows, search_rows, match_rows = [], [], [], [], []
    _write(conn, timeline_rows, source_rows, link_rows, search_rows, match_rows)
    return _count_links(conn, old_links, new_links.values()) if count else {}


#: rows are written in batches of this many timeline rows (each table's rows keep their order)
WRITE_EVERY = 2000


def _write(conn, timeline_rows, source_rows, link_rows, search_rows, match_rows) -> None:
    if timeline_rows:
        conn.executemany(_INSERT_TIMELINE, timeline_rows)
        conn.executemany(_INSERT_FTS, search_rows)
        conn.executemany(_INSERT_MATCH, match_rows)
    if source_rows:
        conn.executemany(_INSERT_SOURCES, source_rows)
    if link_rows:
        conn.executemany(_INSERT_LINKS, link_rows)


def count_all_links(conn: sqlite3.Connection) -> None:
    """`fold_actor_names` and `fold_actor_kinds` from every link at once (what `_count_links`
    gives link by link)."""
    conn.execute("DELETE FROM fold_actor_names")
    conn.execute("DELETE FROM fold_actor_kinds")
    conn.execute("INSERT INTO fold_actor_names (actor, name, n) SELECT actor, name, COUNT(*) FROM event_actors"
                 " GROUP BY actor, name")
    conn.execute("INSERT INTO fold_actor_kinds (actor, kind, n) SELECT actor, kind, COUNT(*) FROM event_actors"
                 " WHERE kind IS NOT NULL GROUP BY actor, kind")


def _passage(shown: dict[str, str], texts: dict[str, str], event_id: str, article_id: str, event: dict) -> str:
    found = shown.get(event_id)
    if found is None:
        sentence = event["sentence"]
        found = texts[article_id][sentence["start"]: sentence["end"]]
    return found


def _count_links(conn: sqlite3.Connection, old: list, new) -> dict[str, list[int]]:
    """Count actors by difference: the rebuilt rows' links replaced `old` by `new`. Updates the
    per-actor link counts by name and by kind (`fold_actor_names`, `fold_actor_kinds`) and
    returns, per touched actor, [change in events, change in statements]."""
    changes: dict[str, list[int]] = {}
    names: dict[tuple, int] = {}
    kinds: dict[tuple, int] = {}
    for sign, links in ((-1, old), (1, new)):
        events, statements = set(), set()
        for event_id, actor, name, role, kind, *_ in links:
            changes.setdefault(actor, [0, 0])
            events.add((actor, event_id))
            if role == "speaker":
                statements.add((actor, event_id))
            names[(actor, name)] = names.get((actor, name), 0) + sign
            if kind is not None:
                kinds[(actor, kind)] = kinds.get((actor, kind), 0) + sign
        for actor, _ in events:
            changes[actor][0] += sign
        for actor, _ in statements:
            changes[actor][1] += sign
    for table, column, counts in (("fold_actor_names", "name", names), ("fold_actor_kinds", "kind", kinds)):
        conn.executemany(
            f"INSERT INTO {table} (actor, {column}, n) VALUES (?, ?, ?) ON CONFLICT (actor, {column}) DO UPDATE SET n = n + excluded.n",
            [(a, v, n) for (a, v), n in sorted(counts.items()) if n],
        )
        conn.executemany(f"DELETE FROM {table} WHERE actor = ? AND {column} = ? AND n = 0",
                         [(a, v) for (a, v), n in sorted(counts.items()) if n < 0])
    return changes


def update_actors(conn: sqlite3.Connection, changes: dict[str, list[int]]) -> None:
    """Write the `actors` rows of the touched actors from their counts (see `_count_links`)."""
    for actor in sorted(changes):
        d_events, d_statements = changes[actor]
        row = conn.execute("SELECT events, statements FROM actors WHERE name = ?", (actor,)).fetchone()
        events, statements = (row[0] + d_events, row[1] + d_statements) if row else (d_events, d_statements)
        if row is not None:
            conn.execute("DELETE FROM actors WHERE name = ?", (actor,))
        if events <= 0:
            continue
        aliases = [n for (n,) in conn.execute("SELECT name FROM fold_actor_names WHERE actor = ? ORDER BY name", (actor,))]
        kind = conn.execute(
            "SELECT kind FROM fold_actor_kinds WHERE actor = ? ORDER BY n DESC, kind LIMIT 1", (actor,)).fetchone()
        conn.execute(
            "INSERT INTO actors (name, aliases, kind, events, statements) VALUES (?, ?, ?, ?, ?)",
            (actor, _dumps(aliases), kind[0] if kind else None, events, statements),
        )


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


def recount_actors(conn: sqlite3.Connection, actors: set[str] | None) -> None:
    """`rebuild_actor` for many actors (None: all) at once: one pass over `event_actors` per figure."""
    counts = {a: (e, s) for a, e, s in conn.execute(
        "SELECT actor, COUNT(DISTINCT event_id), COUNT(DISTINCT CASE WHEN role = 'speaker' THEN event_id END)"
        " FROM event_actors GROUP BY actor") if actors is None or a in actors}
    if actors is None:
        actors = set(counts)
    aliases: dict[str, list[str]] = {}
    for actor, name in conn.execute("SELECT actor, name FROM event_actors GROUP BY actor, name ORDER BY actor, name"):
        if actor in counts:
            aliases.setdefault(actor, []).append(name)
    kinds: dict[str, tuple] = {}
    for actor, kind, n in conn.execute(
        "SELECT actor, kind, COUNT(*) FROM event_actors WHERE kind IS NOT NULL GROUP BY actor, kind"
    ):
        if actor in counts and (actor not in kinds or (-n, kind) < kinds[actor]):
            kinds[actor] = (-n, kind)
    conn.executemany("DELETE FROM actors WHERE name = ?", [(a,) for a in sorted(actors)])
    conn.executemany(
        "INSERT INTO actors (name, aliases, kind, events, statements) VALUES (?, ?, ?, ?, ?)",
        [(a, _dumps(aliases[a]), kinds[a][1] if a in kinds else None, e, s)
         for a, (e, s) in sorted(counts.items()) if e],
    )
