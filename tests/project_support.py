"""A deterministic keyword extractor for projection, edit and show tests.

It builds real `model.Event`s from the real article text: one event per sentence that
holds a trigger word, dated by the temporal tagger's first mention in the sentence (so
relative dates carry their rule and re-date), else by the publication date. Speakers are
"<Name Name> said|told", actors a few known names, places and quantities by pattern.
"""

from __future__ import annotations

import pytest

import re

from timeline.model import Actor, Attribution, Event, Place, Quantity, Span, When, event_id

TRIGGERS = (
    ("letter", "letter"), ("raids", "operation"), ("sweep", "operation"), ("planning", "operation"),
    ("arrested", "arrests"), ("detainer", "policy"), ("signed", "law"), ("announced", "announcement"),
    ("said", "statement"), ("told", "statement"),
)
SENTENCE = re.compile(r"[^.\n]+[.\n]?")
SPEAKER = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)+),?(?: [A-Za-z.,\- ]{0,40})? (?:said|told)")
ACTORS = {"ICE": "ICE", "Immigration and Customs Enforcement": "ICE", "Feinstein": "Dianne Feinstein",
          "Dianne Feinstein": "Dianne Feinstein", "Homan": "Thomas Homan", "Becerra": "Xavier Becerra"}
PLACES = re.compile(r"\b(?:Northern California|California|Oakland|Philadelphia|Los Angeles|Bay Area)\b")
NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b")


def _when(article, sentence: Span) -> When:
    from timeline.temporal import find

    text = article.text[sentence.start : sentence.end]
    for m in find(text, article.published):
        if m.type != "DATE" or m.value.endswith("REF"):
            continue
        span = Span(sentence.start + m.start, sentence.start + m.end)
        return When(
            value=m.value, precision=m.precision if m.precision != "season" else "season",
            basis="relative" if m.rule else "explicit", earliest=m.earliest, latest=m.latest,
            span=span, text=m.text, rule=m.rule,
        )
    return When.publication(article.published)


def keyword_extractor(article) -> list[Event]:
    events = []
    for match in SENTENCE.finditer(article.text):
        raw = match.group()
        start = match.start() + len(raw) - len(raw.lstrip())
        end = match.start() + len(raw.rstrip())
        if end - start < 20:
            continue
        text = article.text[start:end]
        found = next(((w, k) for w, k in TRIGGERS if re.search(rf"\b{w}\b", text)), None)
        if not found:
            continue
        word, kind = found
        at = re.search(rf"\b{word}\b", text).start() + start
        trigger = Span(at, at + len(word))
        actors = tuple(
            Actor(name, canonical, Span(start + m.start(), start + m.end()), "organisation" if canonical == "ICE" else "person")
            for name, canonical in ACTORS.items() for m in [re.search(rf"\b{re.escape(name)}\b", text)] if m
        )
        places = tuple(Place(m.group(), Span(start + m.start(), start + m.end())) for m in PLACES.finditer(text))
        quantities = tuple(
            Quantity(float(m.group().replace(",", "")), m.group(), Span(start + m.start(), start + m.end()), "people")
            for m in NUMBER.finditer(text) if not 1900 <= int(m.group().replace(",", "")) <= 2100
        )
        attribution, quote = None, None
        if kind == "statement":
            who = SPEAKER.search(text)
            if who:
                attribution = Attribution(speaker=who.group(1), speaker_span=Span(start + who.start(1), start + who.end(1)))
            q = re.search(r"[\"“]([^\"”]{10,})[\"”]", text)
            quote = q.group(1) if q else None
        events.append(Event(
            id=event_id(article.id, trigger, kind), article_id=article.id, kind=kind,
            headline=text[:90], sentence=Span(start, end), trigger=trigger, when=_when(article, Span(start, end)),
            status="planned" if word in ("planning", "sweep") else "occurred",
            actors=actors, attribution=attribution, quote=quote, places=places, quantities=quantities,
            extractor="keyword-test",
        ))
    return events


keyword_extractor.VERSION = "keyword-test"


@pytest.fixture
def run(db_path, monkeypatch, seeds_dir):
    """The CLI against a database already holding the seeds, extracted by `keyword_extractor`."""
    from click.testing import CliRunner

    from timeline import app
    from timeline.cli import cli

    monkeypatch.setattr(app, "default_extractor", lambda: (keyword_extractor, "keyword-test"))
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, ["--db", str(db_path), *map(str, args)])

    assert invoke("add", seeds_dir).exit_code == 0
    return invoke
