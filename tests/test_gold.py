"""The hand-made gold (tests/gold/) is well formed: every event's evidence is found in its
article's stored text (the scorer uses its first occurrence; only a title the text repeats occurs
twice), with a kind the model knows and a date value or null."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import CORPUS
from timeline.model import EVENT_KINDS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from extraction import load_corpus, load_gold  # noqa: E402

_DATE = re.compile(r"^(\d{3,4}|\d{4}-(\d{2}|W\d{2}|Q\d|SU|SP|FA|WI)(-(\d{2}|WE))?(T\d{2}(:\d{2})?|T\w+)?|\d{4}-W\d{2}-WE|XXXX.*|PRESENT_REF|PAST_REF|FUTURE_REF)$")


@pytest.fixture(scope="module")
def gold_sets():
    assert CORPUS.exists(), f"corpus not found at {CORPUS}: corpus gold is read against it (../shared beside the project)"
    corpus = load_corpus(str(CORPUS))
    return {name: load_gold(name, corpus) for name in ("seeds", "corpus")}


@pytest.mark.parametrize("name", ["seeds", "corpus"])
def test_every_evidence_is_in_its_article(gold_sets, name):
    items = gold_sets[name]
    assert items
    for article, gold in items:
        title = article.text.split("\n", 1)[0]
        for event in gold["events"]:
            found = article.text.count(event["evidence"])
            assert found == 1 or found == 2 and event["evidence"] in title, \
                (gold.get("corpus_id") or gold.get("article"), event["evidence"])


@pytest.mark.parametrize("name", ["seeds", "corpus"])
def test_every_event_has_a_known_kind_and_a_date_value_or_null(gold_sets, name):
    for article, gold in gold_sets[name]:
        for event in gold["events"]:
            assert event["kind"] in EVENT_KINDS, event
            assert event["date"] is None or _DATE.match(event["date"]), event


def test_corpus_gold_is_split_into_dev_and_heldout(gold_sets):
    splits = {gold["split"] for _, gold in gold_sets["corpus"]}
    assert splits == {"dev", "heldout"}
