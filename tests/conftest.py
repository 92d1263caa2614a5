"""Shared fixtures: the seed articles, a fresh database, and a cheap extractor for log tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.model import Event, Span, When, event_id

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "articles.jsonl"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "events.db"


_SAID = re.compile(r"[^.\n]*\bsaid\b[^.\n]*\.")


def said_extractor(article) -> list[Event]:
    """A tiny, deterministic stand-in for the real extractor: one statement per 'said' sentence.

    Log and ingest tests use it so they exercise storage, not language analysis.
    """
    events = []
    for match in _SAID.finditer(article.text):
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        sentence = Span(start, match.end())
        said = article.text.index("said", start)
        trigger = Span(said, said + 4)
        events.append(
            Event(
                id=event_id(article.id, trigger, "statement"),
                article_id=article.id,
                kind="statement",
                headline=article.text[sentence.start : sentence.end][:80],
                sentence=sentence,
                trigger=trigger,
                when=When.publication(article.published),
                extractor="said-test",
            )
        )
    return events


said_extractor.VERSION = "said-test"


@pytest.fixture
def extractor():
    return said_extractor


def gc_threshold_extractor(article) -> list[Event]:
    """Fails with the garbage collector's thresholds in its message (where extraction ran)."""
    import gc

    raise RuntimeError("gc thresholds " + ",".join(map(str, gc.get_threshold())))
