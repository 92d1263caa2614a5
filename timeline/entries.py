"""Log entries: the facts recorded in `events.db`, one attrs class per entry type.

A *news event* (`model.Event`) is something that happened in the world; a *log entry* is
a fact about our knowledge of it (an article was added, an event was extracted, a date
was corrected). Each class below is the payload of one entry type; its `SCHEMA` is the
payload's schema version, bumped whenever the shape changes (old payloads are upcast
when read, see `serialize.UPCASTERS`).
"""

from __future__ import annotations

from typing import Optional

import pendulum
from attrs import frozen

from timeline.model import Article, Event, sha256_hex


def article_stream(article_id: str) -> str:
    """Everything an article yields lives in one stream, versioned 1, 2, 3 …"""
    return f"article-{article_id}"


def event_stream(event_id: str) -> str:
    """Editorial decisions about one news event (corrections, retractions, merges)."""
    return f"event-{event_id}"


@frozen
class ArticleAdded:
    """An article entered the log, with the full text all offsets point into."""

    SCHEMA = 1
    article: Article


@frozen
class EventExtracted:
    """The extractor found one news event in an article."""

    SCHEMA = 1
    event: Event


@frozen
class ExtractionCompleted:
    """An extraction run over an article finished: these are all its events.

    Projections show, per article, the events of its latest completed run, so a
    re-extraction with a better extractor replaces the old run without deleting it.
    """

    SCHEMA = 1
    article_id: str
    extractor: str
    event_ids: tuple[str, ...] = ()


@frozen
class ArticleDated:
    """The article's publication date became known, or was corrected (None: undated)."""

    SCHEMA = 1
    article_id: str
    published: Optional[pendulum.Date]
    reason: Optional[str] = None


@frozen
class EventCorrected:
    """A person corrected an event; only the fields given change."""

    SCHEMA = 1
    event_id: str
    date: Optional[str] = None  # TIMEX3-style value: 2018-01-17, 2018-01, 2018
    kind: Optional[str] = None
    headline: Optional[str] = None
    speaker: Optional[str] = None
    why: Optional[str] = None


@frozen
class EventRetracted:
    """The event should not be on the timeline (wrong extraction, retracted story)."""

    SCHEMA = 1
    event_id: str
    why: Optional[str] = None


@frozen
class EventsMerged:
    """Several extracted events report the same real-world event; `target` absorbs them."""

    SCHEMA = 1
    target: str
    merged: tuple[str, ...]
    reason: str = ""
    automatic: bool = False


@frozen
class EventsSplit:
    """Undo merges: the listed events stand on their own again."""

    SCHEMA = 1
    target: str
    split: tuple[str, ...]
    why: Optional[str] = None


ENTRY_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        ArticleAdded,
        EventExtracted,
        ExtractionCompleted,
        ArticleDated,
        EventCorrected,
        EventRetracted,
        EventsMerged,
        EventsSplit,
    )
}


def type_name(payload) -> str:
    return type(payload).__name__


def fact_id(*parts: str) -> str:
    """A deterministic entry id from the parts that make a fact unique."""
    return sha256_hex("\x1f".join(parts))
