"""Use cases: what a user can do to the log. The CLI is a thin layer over these.

Example (Python API)::

    from timeline.app import Timeline
    from timeline.ingest import read_inputs

    with Timeline.open("events.db") as tl:
        report = tl.add(read_inputs(["seeds/"]))
        print(report.added, report.events)
"""

from __future__ import annotations

import contextlib
import gc
import os
from typing import Callable, Iterable, Iterator, Optional, Sequence

import pendulum
from attrs import define, evolve, field

from timeline import project, serialize
from timeline.entries import (
    ArticleAdded,
    ArticleDated,
    EventExtracted,
    ExtractionCompleted,
    article_stream,
    fact_id,
)
from timeline.ingest import Loaded, Problem
from timeline.parallel import BATCH_GC_THRESHOLDS
from timeline.project.merge import ProfileCache
from timeline.model import Article, Event
from timeline.serialize import parse_date, structure
from timeline.store import EventLog, NewEntry, Serialized, StoreError

Extractor = Callable[[Article], list[Event]]


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why, in one line."""


@define
class AddReport:
    """What `add` did: counts, and every problem with the input that failed."""

    added: int = 0
    present: int = 0
    events: int = 0
    failed: list[Problem] = field(factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


@contextlib.contextmanager
def fewer_collections():
    """Run the cyclic garbage collector less often while a batch is stored.

    The writer keeps many objects alive (decoded merge profiles, parsed log entries) and makes
    many more per article, and the collector's default (a young-generation pass every 700
    allocations, older ones in proportion) spent 10-15% of the writer's CPU traversing them on
    the corpus. The writer's objects form few cycles, so collecting less often frees the same
    memory later, not less of it. Extraction workers run with the same thresholds
    (`parallel._worker_init`).
    """
    before = gc.get_threshold()
    gc.set_threshold(*(max(a, b) for a, b in zip(before, BATCH_GC_THRESHOLDS)))
    try:
        yield
    finally:
        gc.set_threshold(*before)


def default_extractor() -> tuple[Extractor, str]:
    """The news-event extractor and its version (imported late: it loads spaCy)."""
    from timeline.extract import EXTRACTOR_VERSION, extract_events

    return extract_events, EXTRACTOR_VERSION


def serialized_events(events: Sequence[Event]) -> list[Serialized]:
    """An article's `EventExtracted` payloads in their stored form, made where the events
    were extracted (a worker), so the writer appends them as they come (`store.Serialized`)."""
    return [Serialized.of(EventExtracted(e), e.id) for e in events]


def article_entries(article: Article, events: Sequence[Event | Serialized], extractor: str) -> list[NewEntry]:
    """Everything one article yields, as the entries of its stream, in order (its events as
    records, or already serialized by `serialized_events`)."""
    stream = article_stream(article.id)
    entries = [NewEntry(stream, ArticleAdded(article), fact_id("ArticleAdded", article.id))]
    entries += [NewEntry(stream, e if isinstance(e, Serialized) else EventExtracted(e),
                         fact_id("EventExtracted", e.id, extractor)) for e in events]
    done = ExtractionCompleted(article.id, extractor, tuple(e.id for e in events))
    entries.append(NewEntry(stream, done, fact_id("ExtractionCompleted", article.id, extractor)))
    return entries


class Timeline:
    """A timeline database: the log plus its projections, kept in step."""

    def __init__(self, log: EventLog):
        self.log = log

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> "Timeline":
        return cls(EventLog(path))

    def close(self) -> None:
        self.log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- adding articles -------------------------------------------------------------
    def is_present(self, article: Article) -> bool:
        return self.log.has_entry(fact_id("ArticleAdded", article.id))

    def add(
        self,
        items: Iterable[Loaded | Problem],
        *,
        extractor: Optional[Extractor] = None,
        extractor_version: Optional[str] = None,
        workers: int = 1,
        on_item: Optional[Callable[[Loaded | Problem, str], None]] = None,
        executor=None,
    ) -> AddReport:
        """Store each article with its events, one transaction per article.

        Extraction (a pure function) may run in `workers` processes, or on any
        `concurrent.futures.Executor` given as `executor` (e.g. Dask's, see
        `timeline.distributed`); appends stay in one writer, in input order, so the log is
        the same whatever runs the extraction.
        `on_item(item, outcome)` is told of each item ("added", "present", "failed").
        """
        if extractor is None:
            extractor, extractor_version = default_extractor()
        version = extractor_version or getattr(extractor, "VERSION", "custom")
        report = AddReport()
        profiles = ProfileCache()  # candidate profiles for merging, kept between articles
        with fewer_collections():
            for item, events in self._extracted(items, extractor, workers, executor):
                outcome = "failed"
                if isinstance(item, Problem):
                    report.failed.append(item)
                elif events is None:
                    report.present += 1
                    outcome = "present"
                elif isinstance(events, Exception):
                    report.failed.append(Problem(item.article.origin or item.article.id[:12], f"extraction failed: {events}"))
                else:
                    outcome = self._store(item.article, events, version, report, profiles)
                if on_item:
                    on_item(item, outcome)
        return report

    def _store(self, article: Article, events: list[Event | Serialized], version: str, report: AddReport,
               profiles: ProfileCache | None = None) -> str:
        with self.log.transaction():
            if self.is_present(article):  # another process won the race
                report.present += 1
                return "present"
            self.log.append(article_entries(article, events, version), {article_stream(article.id): 0})
            project.catch_up(self.log)
            project.after_append(self.log, article.id, profiles)  # automatic merges, same transaction
        report.added += 1
        report.events += len(events)
        return "added"

    def _extracted(
        self, items: Iterable[Loaded | Problem], extractor: Extractor, workers: int, executor=None
    ) -> Iterator[tuple[Loaded | Problem, object]]:
        """(item, events | None if already stored | exception) in input order."""
        from timeline.parallel import extract_in_order

        def needs_work(item) -> bool:
            return isinstance(item, Loaded) and not self.is_present(item.article)

        yield from extract_in_order(items, needs_work, extractor, workers, executor=executor, post=serialized_events)

    # -- re-extraction -----------------------------------------------------------------
    def article_ids(self) -> list[str]:
        """Every stored article, in the order it was added."""
        rows = self.log.conn.execute("SELECT data FROM log WHERE type = 'ArticleAdded' ORDER BY position")
        return [serialize.json.loads(data)["article"]["id"] for (data,) in rows]

    def reextract(
        self,
        *,
        extractor: Optional[Extractor] = None,
        extractor_version: Optional[str] = None,
        on_article: Optional[Callable[[str, int | None], None]] = None,
    ) -> tuple[int, int]:
        """Run the current extractor over stored articles that it has not processed yet.

        The new run is appended (`EventExtracted` …, `ExtractionCompleted`); the old run stays
        in the log and projections switch to the latest run. Returns (articles, events).
        """
        if extractor is None:
            extractor, extractor_version = default_extractor()
        version = extractor_version or getattr(extractor, "VERSION", "custom")
        done_articles = done_events = 0
        for article_id in self.article_ids():
            if self.log.has_entry(fact_id("ExtractionCompleted", article_id, version)):
                if on_article:
                    on_article(article_id, None)
                continue
            article = self.article(article_id)
            events = extractor(article)
            stream = article_stream(article_id)
            entries = article_entries(article, events, version)[1:]  # the article itself is stored
            with self.log.transaction():
                self.log.append(entries, {stream: self.log.version(stream)})
                project.catch_up(self.log)
                project.after_append(self.log, article_id)  # automatic merges of the new run
            done_articles += 1
            done_events += len(events)
            if on_article:
                on_article(article_id, len(events))
        return done_articles, done_events

    # -- dating ----------------------------------------------------------------------
    def find_article(self, reference: str) -> dict:
        """An article by id (or unique id prefix), origin path, or file name."""
        project.catch_up(self.log)
        rows = self.log.db.query(
            "SELECT * FROM articles WHERE id LIKE :prefix OR origin = :ref OR origin LIKE :tail",
            {"prefix": reference.lower() + "%", "ref": reference, "tail": "%/" + reference},
        )
        rows = list(rows)
        if not rows:
            raise UserError(f"no article matches {reference!r} (use an id prefix, a path or a file name)")
        if len(rows) > 1:
            raise UserError(f"{reference!r} matches {len(rows)} articles; give more of the id")
        return rows[0]

    def date_article(self, reference: str, published: str | None, reason: Optional[str] = None) -> tuple[dict, bool]:
        """Append `ArticleDated` (None undates); returns (article row, whether anything changed)."""
        date = check_date(published) if published else None
        article = self.find_article(reference)
        new_value = date.to_date_string() if date else None
        if article["published"] == new_value:
            return article, False
        stream = article_stream(article["id"])
        with self.log.transaction():
            version = self.log.version(stream)
            payload = ArticleDated(article["id"], date, reason)
            entry_id = fact_id("ArticleDated", article["id"], str(version), str(new_value))
            self.log.append([NewEntry(stream, payload, entry_id)], {stream: version})
            project.catch_up(self.log)
        return self.find_article(article["id"]), True

    # -- reading -----------------------------------------------------------------------
    def article(self, article_id: str) -> Article:
        """The stored article, with its current publication date."""
        entries = list(self.log.read(stream=article_stream(article_id), types=["ArticleAdded", "ArticleDated"]))
        if not entries:
            raise UserError(f"no article {article_id}")
        article = structure(entries[0].data["article"], Article)
        for entry in entries[1:]:
            article = evolve(article, published=entry.payload.published)
        return article

    def status(self) -> dict:
        project.catch_up(self.log)
        return {
            "database": str(self.log.path),
            "last_position": self.log.last_position(),
            "entries": self.log.counts(),
            "articles": self.log.db["articles"].count,
            "projections": project.projection_status(self.log),
        }


def check_date(value: str) -> pendulum.Date:
    """A calendar date from the user, or one clear `UserError` ('impossible date …')."""
    try:
        return parse_date(value)
    except ValueError as err:
        raise UserError(str(err)) from None


__all__ = ["Timeline", "AddReport", "UserError", "StoreError", "article_entries"]
