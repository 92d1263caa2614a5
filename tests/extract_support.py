"""Helpers for extraction tests on invented articles: extract with the provenance check, and
find an event by the words of its trigger."""

from __future__ import annotations

import pendulum

from timeline.extract import extract_events
from timeline.extract.fallback import CONFIDENCE as FALLBACK_CONFIDENCE
from timeline.model import Article


def events(text: str, published=pendulum.date(2019, 5, 8)):
    """(article, its events) for a text whose first line is the headline; every span of every
    event lies inside the article (provenance holds here too)."""
    article = Article.from_text(text, published=published)
    found = extract_events(article)
    for e in found:
        for span in e.spans():
            assert 0 <= span.start <= span.end <= len(article.text)
    return article, found


def triggered_in(article, found, words: str):
    """The event whose trigger lies inside the first occurrence of `words`."""
    at = article.text.index(words)
    return next((e for e in found if at <= e.trigger.start < at + len(words)), None)


def kind_of(article, found, words: str):
    """The kind of the event triggered inside the first occurrence of `words`, or None."""
    e = triggered_in(article, found, words)
    return None if e is None else e.kind


def kind_at(text: str, needle: str) -> str | None:
    """The kind of the event whose trigger is the word `needle` (first match)."""
    article, found = events(text)
    for e in found:
        if article.text[e.trigger.start:e.trigger.end] == needle:
            return e.kind
    return None


def kinds_over(text: str, needle: str) -> list[str]:
    """Kinds of the events whose sentence span holds `needle`."""
    article, found = events(text)
    at = article.text.index(needle)
    return [e.kind for e in found if e.sentence.start <= at < e.sentence.end]


def ruled(found):
    """The events a rule names: all but the fallback's lowest-confidence past acts
    (`extract.fallback`), which list what no rule reads as an act of its kind."""
    return [e for e in found if e.confidence > FALLBACK_CONFIDENCE]


def body_events(*sentences: str):
    """(article, events) of an article whose body is `sentences`, a paragraph each, under a
    neutral headline ("Council weighs new budget") that tells no event of its own."""
    return events("Council weighs new budget\n\n" + "\n\n".join(sentences) + "\n")


def speaker_and_actors(text: str, words: str):
    """(speaker, canonical actor names) of the event triggered inside the first `words`."""
    article, found = events(text)
    e = triggered_in(article, found, words)
    assert e is not None, words
    return e.attribution.speaker if e.attribution else None, [a.canonical for a in e.actors]
