"""Forms of real news text the extractor must read right (hand-written sentences modelled on
what a corpus review found): video cards, military titles, relative-pronoun subjects."""

from __future__ import annotations

import pendulum

from timeline.extract import extract_events
from timeline.extract.nlp import get_nlp
from timeline.extract.segment import classify_lines
from timeline.model import Article


def events(text: str, published=pendulum.date(2019, 5, 8)):
    article = Article.from_text(text, published=published)
    found = extract_events(article)
    for e in found:  # provenance holds here too
        for span in e.spans():
            assert 0 <= span.start <= span.end <= len(article.text)
    return article, found


def test_video_cards_are_boilerplate():
    """CNN's video cards ("JUST WATCHED <clip title> Replay More Videos ... MUST WATCH …")
    name clips, not events of the story: no event, least of all a speaker 'JUST WATCHED X'."""
    text = ("Senate weighs the budget\n\n"
            "JUST WATCHED Senator says the budget is 'dead on arrival' Replay More Videos ... "
            "MUST WATCH Senator says the budget is 'dead on arrival' 01:20\n\n"
            "The Senate Budget Committee said on Tuesday that it would hold a hearing next week.")
    blocks = classify_lines(text)
    card = next(b for b in blocks if text[b.start:b.end].startswith("JUST WATCHED"))
    assert card.role == "boilerplate"
    article, found = events(text)
    assert found and all("WATCH" not in article.text[e.sentence.start:e.sentence.end] for e in found)
    assert all("WATCH" not in (e.attribution.speaker if e.attribution else "") for e in found)


def test_military_titles_do_not_end_the_sentence():
    """'Col.', 'Lt.', 'Sgt.' … are one token, like 'Gen.': the quote and its speaker stay one
    sentence, and the canonical name drops the title."""
    nlp = get_nlp()
    assert [t.text for t in nlp.make_doc("Lt. Col. Anne Smith said")][:2] == ["Lt.", "Col."]
    text = ("Base reopens after lockdown\n\n"
            "\u201cIt has been a long night,\u201d Col. Mark Ruiz, the base commander, said Friday.\n\n"
            "Sgt. Dana Wells said the gates would reopen on Saturday.")
    _, found = events(text)
    speakers = {e.attribution.speaker for e in found if e.attribution}
    assert {"Mark Ruiz", "Dana Wells"} <= speakers
    quote = next(e for e in found if e.attribution and e.attribution.speaker == "Mark Ruiz")
    assert quote.kind == "statement" and quote.when.value == "2019-05-03"


def test_relative_pronoun_subject_is_its_antecedent():
    """'a train crash that killed 25': the actor is the crash, never 'that' or 'who'."""
    text = ("Rail safety\n\n"
            "Congress set the deadline after a train crash that killed 25 people in Chatsworth in 2008.\n\n"
            "The senator sponsored an amendment that would have banned the payments.")
    _, found = events(text)
    actors = {a.canonical.lower() for e in found for a in e.actors}
    assert "a train crash" in actors
    assert not {"that", "who", "which"} & actors


def test_headline_keeps_the_space_after_a_dropped_quote_mark():
    """Quote marks are left out of a headline, the space after them is not: 'working, he said'."""
    _, found = events("Law debate\n\n\u201cThe law is working,\u201d he said in a statement. "
                      "\u201cWe can adapt,\u201d she said.")
    headlines = {e.headline for e in found}
    assert {"The law is working, he said in a statement.", "We can adapt, she said."} <= headlines


def test_descriptions_are_not_events():
    """Participles used as adjectives and gerunds naming an activity describe; they report no
    event: 'convicted felons', 'a law barring plastic bags', 'passing the bill would be a lift'.
    A gerund after a time preposition or a verb's preposition still reports."""
    text = ("Budget and guns\n\n"
            "As a result, convicted felons can easily buy guns from unlicensed sellers.\n\n"
            "A state law barring plastic bags has not cleaned up the beaches.\n\n"
            "Passing the spending bill would be a huge lift for the leaders.\n\n"
            "On Monday, agents arrested 50 people after raiding a warehouse in Dallas.\n\n"
            "The Senate joined the House in passing a resolution on Tuesday.\n\n"
            "The group has repeatedly made threats to attack the capital.")
    article, found = events(text)
    sentences = {article.text[e.sentence.start:e.sentence.end]: e.kind for e in found}
    assert not any(s.startswith(("As a result", "A state law", "Passing", "The group")) for s in sentences)
    assert sentences["On Monday, agents arrested 50 people after raiding a warehouse in Dallas."] == "arrests"
    assert sentences["The Senate joined the House in passing a resolution on Tuesday."] == "law"
