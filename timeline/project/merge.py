"""Automatic merging: the same real-world event reported twice becomes one timeline row.

Run after an article's events are appended, in the same transaction
(`timeline.project.after_append`). Each of the article's new rows, in text order, is
compared with the rows that come before it in source order (earlier articles, and earlier
sentences of the same article) and have the same kind and a compatible date; that lookup
uses the `timeline_match (kind, precision, date_start, date_end, …)` index with ranges bounded
by the window, so the work grows with the article, not the log (see `_candidates`). A match
is recorded as `EventsMerged(automatic=True, reason=…)` in the target's stream, so
`timeline split` can undo it and `timeline history` shows why.

A dated row is compared with rows whose dates fall in its window (and undated rows of its own
article); an undated row with the 100 nearest earlier rows of its kind.

Comparing does not read a candidate's sources or split its text into words: each row's match
profile (content words per passage, quote words, numbers, sentences, places, actors, speaker)
is written with the row (`fold_match`, see `rows.match_profile`), and the candidates' profiles are
read from it in one statement: by day ranges (`_read_days`), or by key (`_read_profiles`) when most
are kept from earlier articles of a batch. `fold_match` is clustered by (kind, date_start, source
order, rowid), so the candidates of one lookup (one kind, nearby dates, the latest in source order)
sit on a few adjacent pages, however large the file: read by rowid, they were scattered over the
whole table, a page each. Only a candidate's words are read with it; its numbers, sentences,
places, actors and speaker when a comparison comes to them (`Profile.read`). A candidate that shares no content word and no
quote word with the new row is skipped before `same_event` (`may_match`): every rule below needs
wording similarity > 0 or quote similarity ≥ 0.6, so the skip never changes a decision; nor is one
compared that comes after a match already found (the earliest match wins). `same_event` itself
first computes the two similarities (a row with one passage has its words as its only passage, so
nothing more is decoded) and rejects a pair whose wording and quotes are below every rule's
threshold before reading the rest of its profile; most pairs stop there (two rows of one passage
each, most rows, stop before it: `_below_thresholds` runs that test on the words already decoded,
2% fewer instructions in the writer on 500 corpus articles, same decisions). On the corpus this
halved the writer's merging time at 3,000 articles, with the same decisions
(tests/test_project_real.py compares stored and computed profiles on every pair of seed rows).
The rows of an article with the same kind and window share their candidates from earlier
articles: that list is read, checked and ordered once per article (`_article_group`), and a row
adds only its own article's rows before it. Profiles stay decoded from one article to the next of
a batch (`ProfileCache`, given by `Timeline.add`): most candidates of an article were candidates
of the articles before it. Both keep every decision (tested against per-row lookups and against
adding the articles one at a time).

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

import datetime
import functools
import itertools
import json
import operator
import re
import sqlite3

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


#: WORD's matches longer than two characters (a match is a maximal run, so this finds the same ones)
LONG_WORD = re.compile(r"[a-z][a-z'’\-]{2,}")


def words(text: str) -> frozenset[str]:
    """Content words: lowercased WORD matches longer than two characters, stop words dropped."""
    return frozenset(LONG_WORD.findall((text or "").lower())).difference(STOP)


def similarity(a: frozenset, b: frozenset) -> float:
    """Jaccard index (|a ∪ b| counted from the sizes: one set operation, not two)."""
    if not (a and b):
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def numbers(text: str, quantities: list[dict]) -> set[float]:
    """Significant numbers stated: quantities, and figures in the text (years and small counts left out)."""
    found = {float(q["value"]) for q in quantities if q.get("value") is not None}
    for match in NUMBER.findall(text or ""):
        try:
            found.add(float(match.replace(",", "")))
        except ValueError:
            continue
    return {n for n in found if n >= 10 and not (1900 <= n <= 2100 and n == int(n))}


@functools.lru_cache(maxsize=65536)
def _day(text: str, days: int) -> str:
    """The YYYY-MM-DD date `days` after (or before) `text` (remembered: candidates share dates)."""
    return (datetime.date.fromisoformat(text) + datetime.timedelta(days=days)).isoformat()


def _window(row: sqlite3.Row) -> tuple[str | None, str | None]:
    if not row["date_start"]:
        return None, None
    slack = DATE_SLACK_DAYS if row["basis"] == "publication" else 0
    return _day(row["date_start"], -slack), _day(row["date_end"] or row["date_start"], slack)


class Profile:
    """What a row offers for comparison: computed from the row and its sources, or read from
    the match profile stored with the row (`stored`; `rows.match_profile`), which is the same."""

    def __init__(self, conn: sqlite3.Connection | None, row: sqlite3.Row, passages: list | None = None):
        self.row = row
        if conn is None:
            return
        if passages is None:
            passages = conn.execute(
                "SELECT article_id, sentence_start, evidence, quote FROM sources WHERE event_id = ? ORDER BY rank",
                (row["id"],),
            ).fetchall()
        self.sentences = {(p[0], p[1]) for p in passages}
        self.texts = [words(p[2] + " " + (row["headline"] or "")) for p in passages]
        self.quotes = [words(p[3]) for p in passages if p[3]]
        self.numbers = set().union(*(numbers(p[2], []) for p in passages), numbers("", json.loads(row["quantities"] or "[]")))
        self.places = {p.lower() for p in json.loads(row["places"] or "[]")}
        self.actors = {a.lower() for a in json.loads(row["actors"] or "[]")}
        self.speaker = (row["speaker"] or "").lower()
        self.window = _window(row)
        self.words, self.quote_words = frozenset().union(*self.texts), frozenset().union(*self.quotes)
        self.single = len(self.texts) <= 1 and len(self.quotes) <= 1
        self._order(row)

    def _order(self, row) -> None:
        self.position, self.start, self.id = row["article_position"], row["sentence_start"], row["id"]
        #: candidates are ranked by this: latest in source order first, then by id
        self.order = (-self.position, -self.start, self.id)

    @classmethod
    def read(cls, row: sqlite3.Row, conn: sqlite3.Connection) -> "Profile":
        """The profile from a row of `_MATCH_COLUMNS` (the row's columns, then its stored words and
        quote words); the passages' words are split when first used (`__getattr__`), and so is the
        window; the rest of the stored profile (numbers, sentences, places, actors, speaker) is read
        from `fold_match` through `conn` when first used, which few candidates come to (`same_event`
        rejects most on their words): reading it with every candidate took a third of their reading."""
        self = cls(None, row)
        texts, quotes = row[9], row[10]
        self._texts, self._conn = (texts, quotes), conn
        self.words, self.quote_words = frozenset(texts.split()), frozenset(quotes.split()) if quotes else frozenset()
        self.position, self.start, self.id = row[7], row[8], row[1]
        self.order = (-self.position, -self.start, self.id)
        if "\n" not in texts:  # one passage: its words are all the words (most rows)
            self.texts = [self.words]
            self.single = "\n" not in quotes
        else:
            self.single = False
        if "\n" not in quotes:
            self.quotes = [self.quote_words] if quotes else []
        return self

    def __getattr__(self, name: str):
        if name == "window":
            self.window = _window(self.row)
            return self.window
        stored = self.__dict__.get("_texts")
        if stored is None:
            raise AttributeError(name)
        if name == "texts":
            self.texts = [frozenset(line.split()) for line in stored[0].split("\n")]
            return self.texts
        if name == "quotes":
            self.quotes = [frozenset(line.split()) for line in stored[1].split("\n")] if stored[1] else []
            return self.quotes
        if name not in ("numbers", "sentences", "places", "actors", "speaker") or "speaker" in self.__dict__:
            raise AttributeError(name)
        row = self.row
        found = self._conn.execute(_READ_REST, (row[2], row[3] or "", row[7], row[8], row[0])).fetchone()
        if found is None:  # (the row was written anew since: never while its profile is kept, see `ProfileCache`)
            raise LookupError(f"no stored match profile for timeline row {row[1]}")
        found, sentences, places, actors, speaker = found
        self.numbers = {float(n) for n in found.split()}
        from timeline.project.rows import unpack

        self.sentences = {(a, int(s)) for s, a in (item.split(":", 1) for item in unpack(sentences))}
        self.places = set(unpack(places))
        self.actors = set(unpack(actors))
        self.speaker = speaker
        return getattr(self, name)

    @property
    def vocabulary(self) -> tuple[frozenset, frozenset]:
        """Every content word of its passages, and of its quotes."""
        return self.words, self.quote_words


def may_match(a: Profile, b: Profile) -> bool:
    """A necessary condition of `same_event`, cheap to test: every rule needs some wording
    similarity (a shared content word) or quote similarity ≥ 0.6 (a shared quote word)."""
    (words_a, quotes_a), (words_b, quotes_b) = a.vocabulary, b.vocabulary
    return not (words_a.isdisjoint(words_b) and quotes_a.isdisjoint(quotes_b))


def _best_similarity(xs: list[frozenset], ys: list[frozenset]) -> float:
    """The best `similarity` of a passage of one row with a passage of the other (0.0 if either has none)."""
    if len(xs) == 1 and len(ys) == 1:  # one passage each: most rows
        return similarity(xs[0], ys[0])
    return max((similarity(x, y) for x in xs for y in ys), default=0.0)


def _below_thresholds(a: Profile, b: Profile, kind: str) -> bool:
    """`same_event`'s first test for two rows of one passage each (most pairs), without
    reading their passages: wording and quote similarity below every rule's threshold."""
    words_a, words_b = a.words, b.words
    shared = len(words_a & words_b)
    sim = shared / (len(words_a) + len(words_b) - shared) if shared else 0.0
    if sim >= (0.3 if kind == "statement" else 0.08):
        return False
    quotes_a, quotes_b = a.quote_words, b.quote_words
    shared = len(quotes_a & quotes_b)
    return not shared or shared / (len(quotes_a) + len(quotes_b) - shared) < 0.6


def same_event(a: Profile, b: Profile) -> str | None:
    """Why `a` and `b` report the same news event, or None."""
    kind = a.row["kind"]
    if kind != b.row["kind"]:
        return None
    sim = _best_similarity(a.texts, b.texts)
    quote_sim = _best_similarity(a.quotes, b.quotes)
    if quote_sim < 0.6 and sim < (0.3 if kind == "statement" else 0.08):
        return None  # every rule below needs more: the rest of the profile need not be read
    if a.sentences & b.sentences:
        return None
    if a.window[0] and b.window[0] and not (a.window[0] <= b.window[1] and b.window[0] <= a.window[1]):
        return None
    shared_numbers = a.numbers & b.numbers
    shared_places = a.places & b.places
    shared_actors = a.actors & b.actors
    same_speaker = bool(a.speaker) and a.speaker == b.speaker
    big = any(n >= 100 for n in shared_numbers)
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
    if not decided:
        return None
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
    return "; ".join(why)


def _earlier(candidate: sqlite3.Row, row: sqlite3.Row) -> bool:
    return (candidate["article_position"], candidate["sentence_start"]) < (row["article_position"], row["sentence_start"])


#: the longest interval (days from start to end) a date of each precision denotes; a dated row is
#: only compared with rows of that precision that start at most this long before its window
#: (other precisions: `LONGEST_DAYS`), so the lookup reads the window, not the years before it
PRECISION_SPAN_DAYS = {"time": 1, "day": 1, "week": 7, "month": 31, "season": 100, "quarter": 184, "year": LONGEST_DAYS}


def _precisions(conn: sqlite3.Connection, kind: str) -> list[str]:
    """The precisions rows of `kind` have (a skip-scan of the `timeline_match` index)."""
    found, last = [], ""
    while True:
        row = conn.execute(
            "SELECT precision FROM timeline WHERE kind = ? AND precision > ? ORDER BY precision LIMIT 1", (kind, last)
        ).fetchone()
        if row is None:
            return found
        found.append(last := row[0])


#: `_pairs`' step: the first (date_start, date_end) from (?, ?) on that starts by the third ?
_NEXT_PAIR = ("SELECT date_start, date_end FROM timeline WHERE kind = ? AND precision = ? AND (date_start, date_end) >= (?, ?)"
              " AND date_start <= ? ORDER BY date_start, date_end LIMIT 1")


def _pairs(conn: sqlite3.Connection, kind: str, precision: str, first: str, hi: str, low: str) -> list[tuple[str, str]]:
    """The distinct (date_start, date_end) of rows of `kind` and `precision` that start in
    [first, hi] and end on or after `low` (a skip-scan of the `timeline_match` index: a seek a
    pair, however many rows it has).

    Each step asks for the first pair from a bound on (`>=`): past a pair (d, e), from (d, e + NUL),
    the least text after e. Asked for the first pair after (d, e) (`>`), SQLite seeks to (d, e) and
    steps over every index entry of that pair (the index goes on with source order): 6,410 of a
    year's statements at 1M events, a few milliseconds a lookup that grew with the log."""
    found: list[tuple[str, str]] = []
    at = (first, low)
    while True:
        row = conn.execute(_NEXT_PAIR, (kind, precision, *at, hi)).fetchone()
        if row is None:
            return found
        if row[1] is None or row[1] < low:  # ends too early: skip to the first that ends in time
            at = (row[0], low)
            continue
        found.append(tuple(row))
        at = (row[0], row[1] + "\x00")  # (dates are text: nothing sorts between e and e + NUL)


def _bounds(new: sqlite3.Row) -> tuple[str, str, str]:
    """(lo, hi, low) of `_nearest`: rows starting in [lo, hi] (less for short precisions) that end on or after low."""
    start, end = _window(new)
    return _day(start, -(DATE_SLACK_DAYS + LONGEST_DAYS)), _day(end, DATE_SLACK_DAYS), _day(start, -DATE_SLACK_DAYS)


def _first(lo: str, low: str, precision: str) -> str:
    """The earliest date_start `_nearest` reads for rows of `precision`."""
    span = PRECISION_SPAN_DAYS.get(precision)
    return max(lo, _day(low, -span)) if span is not None else lo


#: a group's rows (one kind, precision, date_start and date_end: adjacent in `timeline_match`), latest first
_GROUP_ROWS = ("SELECT article_position, sentence_start, rowid, date_start FROM timeline"
               " WHERE kind = ? AND precision = ? AND date_start = ? AND date_end = ?"
               " AND (article_position, sentence_start) < (?, ?){} ORDER BY article_position DESC, sentence_start DESC LIMIT ?")


def _nearest(conn: sqlite3.Connection, new: sqlite3.Row, limit: int, before: tuple | None = None) -> list[tuple]:
    """(article_position, sentence_start, rowid, date_start) of the rows of `new`'s kind that overlap its
    window: the `limit` latest before it in source order, and any that tie with the last (latest first).

    Rows with the same (kind, precision, date_start, date_end) sit in `timeline_match` in
    source order, so each such group is read backwards from `new`: first its `limit / groups`
    latest rows (every group's share), which gives a first cut (the `limit`-th latest of them);
    then, from the groups that have more, only the rows above the running cut. The work depends on
    the window and the limit, not on how many rows the log holds: about `limit` keys are read
    (reading each group up to `limit` rows in turn read several times that once the log is large).
    """
    kind = new["kind"]
    lo, hi, low = _bounds(new)
    before = before or (new["article_position"], new["sentence_start"])
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples
    groups = [(kind, precision, date_start, date_end) for precision in _precisions(conn, kind)
              for date_start, date_end in _pairs(conn, kind, precision, _first(lo, low, precision), hi, low)]
    if not groups:
        return []
    share = limit // len(groups) + 1
    keys: list[tuple] = []
    more = []  # groups with rows beyond their share: (group, the last key read)
    for group in groups:
        found = cursor.execute(_GROUP_ROWS.format(""), (*group, *before, share)).fetchall()
        keys += found
        if len(found) == share:
            more.append((group, found[-1][:2]))
    cut = None  # the `limit`-th latest key so far
    if len(keys) >= limit:
        cut = _trim(keys, limit)
    seen = {k[2] for k in keys} if more else ()
    for group, last in more:
        if cut is not None and last < cut:
            continue  # the rows not read come before the cut (or tie with a key before it)
        floor = "" if cut is None else " AND (article_position, sentence_start) >= (?, ?)"
        upto = (last[0], last[1] + 1)  # from the last key read (rows tied with it may not have been)
        found = cursor.execute(_GROUP_ROWS.format(floor), (*group, *upto, *(cut or ()), limit)).fetchall()
        if len(found) == limit:  # the group may hold more rows tied with its last
            found += [k for k in cursor.execute(
                "SELECT article_position, sentence_start, rowid, date_start FROM timeline"
                " WHERE kind = ? AND precision = ? AND date_start = ? AND date_end = ?"
                " AND article_position = ? AND sentence_start = ?", (*group, *found[-1][:2])) if k not in found]
        keys += [k for k in found if k[2] not in seen]
        seen.update(k[2] for k in found)
        if len(keys) >= limit:
            cut = _trim(keys, limit)
    if cut is not None:
        _trim(keys, limit)
    return keys


def _trim(keys: list[tuple], limit: int) -> tuple:
    """Keep the `limit` latest keys and those tied with the last (latest first); return its (position, start)."""
    keys.sort(reverse=True)  # (ties in any order: they are all kept)
    cut = keys[limit - 1][:2]
    kept = limit
    while kept < len(keys) and keys[kept][:2] == cut:
        kept += 1
    del keys[kept:]
    return cut


#: the columns of a candidate row that comparing needs (the rest of its profile is in `fold_match`)
_COLUMNS = "rowid AS _rowid, id, kind, date_start, date_end, basis, article_id, article_position, sentence_start"
#: the same columns read from `fold_match` (`day` is date_start, '' for an undated row), then the words of
#: the profile (the rest of it is read when needed: `_READ_REST`)
_MATCH_COLUMNS = ("m.rowid AS _rowid, m.id, m.kind, NULLIF(m.day, '') AS date_start, m.date_end, m.basis, m.article_id,"
                  " m.article_position, m.sentence_start, m.texts, m.quotes")
#: profiles by their `fold_match` key, listed as JSON [[kind, day, article_position, sentence_start, rowid], …]:
#: one statement, a primary-key seek per row, and rows of one kind with near dates share pages
_READ_MATCH = (f"SELECT {_MATCH_COLUMNS} FROM json_each(?) j CROSS JOIN fold_match m ON m.kind = j.value ->> 0"
               " AND m.day = j.value ->> 1 AND m.article_position = j.value ->> 2 AND m.sentence_start = j.value ->> 3"
               " AND m.rowid = j.value ->> 4")
#: the rest of one row's profile, by its key
_READ_REST = ("SELECT numbers, sentences, places, actors, speaker FROM fold_match WHERE kind = ? AND day = ?"
              " AND article_position = ? AND sentence_start = ? AND rowid = ?")


class ProfileCache(dict):
    """Candidate profiles by rowid, kept between the articles of one batch (`Timeline.add`).

    The rows an article is compared with are mostly rows earlier articles of the batch were
    compared with too (on the corpus, 70% of the profiles read at 1,500 articles had been read
    before in the same batch), and decoding them was the largest part of the writer's merging.
    A row's profile changes only when the row is written anew: by a merge, whose target and
    merged rows `merge_article` drops (`drop_ids`), or by another process, which changes
    SQLite's `data_version` (`check`: everything is dropped). A failed transaction ends the
    batch, and the cache with it (its rowids would be used again). Each hit is also checked
    against the row's key (`fresh`). At most `limit` profiles are kept, the oldest dropped first: on the corpus, 12,000
    (about 40 MB) left the writer at 261 MB and 46.8 CPU-seconds for 3,000 articles, 20,000 at
    302 MB and 45.5 s, 8,000 at 241 MB and 48.6 s.
    """

    def __init__(self, limit: int = 12_000):
        super().__init__()
        self.limit = limit
        self.version = None

    def check(self, conn: sqlite3.Connection) -> None:
        """Drop everything if another connection has committed since the last check."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            self.clear()
            self.version = version

    def drop_ids(self, conn: sqlite3.Connection, ids) -> None:
        """Drop the profiles of these rows (looked up by id, before they are written anew)."""
        ids = list(ids)
        marks = ", ".join("?" for _ in ids)
        for (rowid,) in conn.execute(f"SELECT rowid FROM timeline WHERE id IN ({marks})", ids).fetchall():
            found = self.get(rowid)
            if found is not None and found.id in ids:
                del self[rowid]

    def trim(self) -> None:
        """Keep the `limit` most recently added profiles."""
        extra = len(self) - self.limit
        if extra > 0:
            for rowid in list(itertools.islice(self, extra)):
                del self[rowid]


def fresh(cache: dict, key: tuple) -> bool:
    """Is the profile cached for `key` (article_position, sentence_start, rowid, …) that row's?"""
    found = cache.get(key[2])
    return found is not None and found.position == key[0] and found.start == key[1]


def _read_profiles(conn: sqlite3.Connection, keys: list[tuple], cache: dict) -> None:
    """Read the stored profiles of these rows, (kind, date_start, article_position, sentence_start,
    rowid), from `fold_match` into `cache` (by rowid)."""
    for chunk in range(0, len(keys), 500):
        wanted = json.dumps([[k[0], k[1] or "", k[2], k[3], k[4]] for k in keys[chunk: chunk + 500]])
        for found in conn.execute(_READ_MATCH, (wanted,)):
            cache[found[0]] = Profile.read(found, conn)


#: `fold_match` rows of one kind by day and a range of article positions, listed as JSON [[day, first, last], …]
_READ_DAYS = (f"SELECT {_MATCH_COLUMNS} FROM json_each(?) j CROSS JOIN fold_match m ON m.kind = ? AND m.day = j.value ->> 0"
              " AND m.article_position BETWEEN j.value ->> 1 AND j.value ->> 2")


def _read_days(conn: sqlite3.Connection, kind: str, keys: list[tuple], cache: dict) -> None:
    """Read the stored profiles of these rows of `kind`, (article_position, sentence_start, rowid,
    date_start), into `cache` (by rowid): per day, the range of article positions they span. The
    candidates `_nearest` finds are the latest rows of their days, so the ranges hold few others
    (which are left out), and a range is read in key order, without a seek per row."""
    if not keys:
        return
    days: dict[str, list[int]] = {}
    for position, _, _, day in keys:
        span = days.get(day)
        if span is None:
            days[day] = [position, position]
        elif position < span[0]:
            span[0] = position
        elif position > span[1]:
            span[1] = position
    wanted = {k[2] for k in keys}
    listed = [[day or "", first, last] for day, (first, last) in days.items()]
    for chunk in range(0, len(listed), 500):
        for found in conn.execute(_READ_DAYS, (json.dumps(listed[chunk: chunk + 500]), kind)):
            if found[0] in wanted:
                cache[found[0]] = Profile.read(found, conn)


def _article_group(conn: sqlite3.Connection, row: sqlite3.Row, limit: int, cache: dict,
                   memo: dict) -> tuple[list[Profile], list[Profile]]:
    """The candidates every row of an article with this kind and window shares, kept in `memo`
    (one per article, cleared after a merge): the article's own rows of the kind that may overlap the window,
    dated or undated, and the `limit` first rows of earlier articles (`_nearest`), each list in
    `_ORDER`. A row's candidates are the own rows before its sentence, then the earlier ones:
    all of an article's rows come after an earlier article's in source order, so this is what
    sorting their union gives, without sorting, reading or checking the shared part per row."""
    key = (row["kind"], _window(row))
    found = memo.get(key)
    if found is None:
        kind = row["kind"]
        lo, hi, low = _bounds(row)
        own = [(k[0], k[1], k[2], k[4]) for k in conn.execute(
            "SELECT article_position, sentence_start, rowid, precision, date_start, date_end FROM timeline"
            " WHERE kind = ? AND article_id = ? AND article_position = ?",
            (kind, row["article_id"], row["article_position"]))
            if k[4] is None or (k[5] is not None and _first(lo, low, k[3]) <= k[4] <= hi and k[5] >= low)]
        earlier = _nearest(conn, row, limit, (row["article_position"], -1))
        missing = [k for k in earlier if not fresh(cache, k)]
        by_key = [k for k in own if not fresh(cache, k)]
        if 2 * len(missing) < len(earlier):  # most are kept from earlier articles of the batch: read the others by key
            by_key += missing
            missing = []
        _read_profiles(conn, [(kind, k[3], k[0], k[1], k[2]) for k in by_key], cache)
        _read_days(conn, kind, missing, cache)
        own_profiles = sorted((cache[k[2]] for k in own), key=_ORDER)
        earlier_profiles = sorted((cache[k[2]] for k in earlier), key=_ORDER)[:limit]
        found = memo[key] = (own_profiles, earlier_profiles)
    return found


def _candidate_profiles(conn: sqlite3.Connection, new: Profile, cache: dict, memo: dict | None = None) -> list[Profile]:
    """The profiles of `_candidates`, in that order."""
    row = new.row
    kind = row["kind"]
    limit = CANDIDATE_LIMIT * 3
    if new.window[0] and memo is not None:
        own, earlier = _article_group(conn, row, limit, cache, memo)
        here, row_id = row["sentence_start"], row["id"]
        return ([p for p in own if p.start < here and p.id != row_id] + earlier)[:limit]
    if new.window[0]:
        keys = _nearest(conn, row, limit)  # (the reference lookup: each row on its own)
        keys += [tuple(k) for k in conn.execute(
            # a row's article_position is that of its article (article_id): an index seek, not a scan
            "SELECT article_position, sentence_start, rowid, date_start FROM timeline WHERE kind = ? AND date_start IS NULL"
            " AND article_position = ? AND article_id = ? AND sentence_start < ?",
            (kind, row["article_position"], row["article_id"], row["sentence_start"]))]
        keys = sorted(set(keys), key=_POSITION, reverse=True)  # latest first (stable, as the order of a set)
        if len(keys) > limit:  # keep the cut's ties: the id decides among them below
            keys = [k for k in keys if k[:2] >= keys[limit - 1][:2]]
        _read_profiles(conn, [(kind, k[3], k[0], k[1], k[2]) for k in keys if not fresh(cache, k)], cache)
        found = [cache[k[2]] for k in keys]
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM timeline WHERE kind = ? AND date_start IS NULL AND article_position <= ?"
            " ORDER BY article_position DESC LIMIT ?",
            (kind, row["article_position"], CANDIDATE_LIMIT),
        ).fetchall()
        _profiles(conn, rows, cache)
        found = [cache[r["_rowid"]] for r in rows]
    here, row_id = (row["article_position"], row["sentence_start"]), row["id"]
    found = [p for p in found if p.id != row_id and (p.position, p.start) < here]
    found.sort(key=_ORDER)
    return found[:limit]


_ORDER = operator.attrgetter("order")
_POSITION = operator.itemgetter(0, 1)


def _candidates(conn: sqlite3.Connection, new: Profile, cache: dict | None = None,
                memo: dict | None = None) -> list[sqlite3.Row]:
    """Rows of the same kind, earlier in source order, whose dates may overlap (indexed lookups):
    the latest `3 * CANDIDATE_LIMIT` in source order (see `_nearest`), then by id. Rows already
    in `cache` (profiles by rowid) are not read again."""
    return [p.row for p in _candidate_profiles(conn, new, {} if cache is None else cache, memo)]


def _profiles(conn: sqlite3.Connection, candidates: list[sqlite3.Row], cache: dict) -> None:
    """Profiles of the candidates not yet profiled in `cache` (by rowid), read from `fold_match`."""
    missing = [c for c in candidates if not fresh(cache, (c["article_position"], c["sentence_start"], c["_rowid"]))]
    if not missing:
        return
    stored: dict[int, Profile] = {}
    _read_profiles(conn, [(c["kind"], c["date_start"], c["article_position"], c["sentence_start"], c["_rowid"])
                          for c in missing], stored)
    cache.update(stored)  # (the rows read from `fold_match` hold the same values as `candidates`)
    missing = [c for c in missing if c["_rowid"] not in stored]  # (none: every row has its profile)
    passages: dict[str, list] = {c["id"]: [] for c in missing}
    ids = list(passages)
    for chunk in range(0, len(ids), 500):
        wanted = ids[chunk: chunk + 500]
        for p in conn.execute(
            "SELECT event_id, article_id, sentence_start, evidence, quote FROM sources"
            f" WHERE event_id IN ({', '.join('?' for _ in wanted)}) ORDER BY event_id, rank", wanted,
        ):
            passages[p[0]].append(tuple(p)[1:])
    for c in missing:
        full = conn.execute("SELECT rowid AS _rowid, * FROM timeline WHERE rowid = ?", (c["_rowid"],)).fetchone()
        cache[c["_rowid"]] = Profile(conn, full, passages[c["id"]])


def find_target(conn: sqlite3.Connection, new: Profile, cache: dict | None = None,
                memo: dict | None = None) -> tuple[str, str] | None:
    """The earliest row (in source order) that reports the same news event, with the reason.

    `cache` keeps candidate profiles (by rowid) between the rows of one article. Candidates are
    tried earliest first; one that shares no word with the new row (`may_match`), or that comes
    after a match already found, cannot change the answer and is not compared."""
    cache = {} if cache is None else cache
    kind = new.row["kind"]
    best = None
    new_words, new_quotes = new.vocabulary
    single = new.single
    candidates = _candidate_profiles(conn, new, cache, memo)
    # `may_match` is false for the others (no shared word, no shared quote word): `same_event` would say None
    if new_quotes:
        candidates = [p for p in reversed(candidates)
                      if not (new_words.isdisjoint(p.words) and new_quotes.isdisjoint(p.quote_words))]
    else:  # (most rows: the words decide)
        candidates = [p for p in reversed(candidates) if not new_words.isdisjoint(p.words)]
    for profile in candidates:
        key = (profile.position, profile.start, profile.id)
        if best is not None and key >= best[0]:
            continue
        if profile.row["kind"] != kind:
            continue
        if single and profile.single and _below_thresholds(profile, new, kind):
            continue  # (`same_event` would say None at its first test)
        reason = same_event(profile, new)
        if reason:
            best = (key, reason)
    if best is None:
        return None
    return best[0][2], best[1]


def merge_article(log: EventLog, article_id: str, cache: ProfileCache | None = None) -> int:
    """Merge each of the article's single-source rows into an earlier row reporting the same event.

    `cache` keeps candidate profiles from one article to the next of a batch (see `ProfileCache`)."""
    from timeline.edit import append_decision
    from timeline.project.runner import catch_up

    merged = 0
    with log.transaction():
        catch_up(log)
        conn = log.conn
        profiles = ProfileCache() if cache is None else cache  # (one article's, or the batch's)
        profiles.check(conn)
        factory = conn.row_factory
        conn.row_factory = sqlite3.Row
        try:
            new_ids = [r["id"] for r in conn.execute(
                "SELECT id FROM timeline WHERE article_id = ? AND sources = 1 ORDER BY sentence_start, id", (article_id,)
            )]
            memo: dict = {}  # `_article_group`
            for event_id in new_ids:
                row = conn.execute(f"SELECT {_COLUMNS} FROM timeline WHERE id = ?", (event_id,)).fetchone()
                if row is None:
                    continue
                _profiles(conn, [row], profiles)
                found = find_target(conn, profiles.pop(row["_rowid"]), profiles, memo)
                if found:
                    target, reason = found
                    profiles.drop_ids(conn, (target, event_id))  # both rows are written anew
                    memo.clear()  # rows change: the target is written anew, the merged row goes
                    conn.row_factory = factory
                    append_decision(log, target, EventsMerged(target, (event_id,), "automatic: " + reason, True))
                    conn.row_factory = sqlite3.Row
                    merged += 1
        finally:
            conn.row_factory = factory
            profiles.trim()
    return merged
