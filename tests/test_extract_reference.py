"""Who a story means when it does not repeat a name, and which clauses speak: hand-written
sentences modelled on what a blind review of news found (a pronoun and a person of the
other gender, a party epithet, "the bureau" after an acronym, a statement standing for its
issuer, a verb sharing the subject of a passive, a second cue with its own quotation)."""

from __future__ import annotations

import functools

import pendulum

import extract_support

events = functools.partial(extract_support.events, published=pendulum.date(2019, 6, 5))


def said(article, found, cue_text: str):
    """The statement whose cue (or trigger) is the last word of the first `cue_text` in the text."""
    at = article.text.index(cue_text) + len(cue_text) - len(cue_text.split()[-1])
    for e in found:
        cue = e.attribution.cue if e.attribution is not None and e.attribution.cue is not None else e.trigger
        if cue.start == at:
            return e
    raise AssertionError(f"no event at {cue_text!r}: {[article.text[e.trigger.start:e.trigger.end] for e in found]}")


def test_she_is_not_a_man_named_by_a_common_male_given_name():
    """The article never says Paul Ryan is a man, but "Paul" does: "she" is Warren."""
    article, found = events(
        "Warren attacks budget\n\n"
        "Sen. Elizabeth Warren criticized the budget on Monday.\n\n"
        "Paul Ryan defended the plan in a speech.\n\n"
        "“It is a disaster for working families,” she said.")
    assert said(article, found, "she said").attribution.speaker == "Elizabeth Warren"


def test_party_epithet_is_the_person_named_with_that_place():
    """'The Delaware Democrat said' is the senator introduced as 'Delaware Democratic Sen.';
    'the Kentucky Republican' with no such introduction is the story's subject."""
    article, found = events(
        "Senators weigh immigration bill\n\n"
        "The bill was drafted by Sen. John McCain and Delaware Democratic Sen. Chris Coons.\n\n"
        "Rep. Will Hurd said on Monday that the House would look at it.\n\n"
        "The Delaware Democrat said he was hopeful about the talks.")
    assert said(article, found, "Democrat said").attribution.speaker == "Chris Coons"
    article, found = events(
        "McConnell pulls health bill\n\n"
        "Mitch McConnell pulled the health care bill on Monday after two more senators defected.\n\n"
        "“The effort has failed,” the Kentucky Republican said.")
    assert said(article, found, "Republican said").attribution.speaker == "Mitch McConnell"


def test_the_bureau_and_the_statement_name_the_agency():
    """'The bureau' after 'the FBI' is the FBI (its long form's head); 'the statement said'
    speaks for whoever last spoke, here the bureau."""
    article, found = events(
        "FBI condemns memo\n\n"
        "The FBI issued a rare public statement on Wednesday criticizing the memo. "
        "“We have grave concerns,” the bureau said in its statement. "
        "“The memo omits facts,” the statement said.")
    assert said(article, found, "the bureau said").attribution.speaker == "Federal Bureau of Investigation"
    assert said(article, found, "the statement said").attribution.speaker == "Federal Bureau of Investigation"


def test_verb_joined_to_a_passive_shares_its_subject():
    """'Trump was coy and reiterated he …' (the parser reads 'was coy' as a passive): Trump
    speaks."""
    article, found = events(
        "Trump weighs Syria response\n\n"
        "Still, when pressed on how he would respond, Trump was coy and reiterated he didn't want "
        "to show his hand.")
    e = said(article, found, "reiterated")
    assert e.kind == "statement" and e.attribution.speaker == "Trump"


def test_second_cue_with_its_own_quotation_is_a_second_statement():
    """'called for an audit and warned that “…”': two speech acts of the commission."""
    article, found = events(
        "Commission faults voter program\n\n"
        "In October, the Little Hoover Commission called for an independent audit of the program and "
        "warned that “voter confidence in a fair electoral process will be undermined.”",
        published=pendulum.date(2018, 11, 27))
    warned = said(article, found, "warned")
    assert warned.kind == "statement" and warned.attribution.speaker == "Little Hoover Commission"
    assert warned.when.value == "2018-10"


def test_journalist_report_is_a_report_whatever_it_quotes():
    """'As NPR's Jo Doe reported Tuesday, what Trump said … was at odds with …': the
    outlet's report, not a statement, though what it reports is speech."""
    article, found = events(
        "Trump shifts on Syria\n\n"
        "As NPR's Tamara Keith reported Tuesday, Trump's blaming former President Barack Obama for not "
        "acting after Assad crossed the \"red line\" was at odds with what Trump has said in the past, "
        "when he argued the U.S. should not get involved.", published=pendulum.date(2017, 4, 5))
    e = said(article, found, "reported")
    assert e.kind == "report" and e.when.value == "2017-04-04"


def test_time_of_what_a_saying_is_about_is_not_its_time():
    """'gave a speech about what happened in 2016': 2016 dates what happened, not the speech."""
    article, found = events(
        "Senator recalls campaign\n\nThe senator gave a speech about what happened in 2016.",
        published=pendulum.date(2018, 5, 25))
    e = said(article, found, "gave")
    assert e.when.value != "2016"


def test_speaking_is_a_statement_without_reported_words():
    """'spoke at a rally', 'has spoken out against', 'described the moment', 'talked to
    reporters': the act of speaking is the news even when no words are reported."""
    for text, verb in (("The president spoke at a rally in Ohio on Saturday.", "spoke"),
                       ("The rookie lawmaker has spoken out before against holding people in solitary.", "spoken"),
                       ("Dr. Ford described that traumatic moment in as much detail as she could recall.", "described"),
                       ("The senator talked to reporters for an hour on Monday.", "talked")):
        article, found = events("Speech\n\n" + text, published=pendulum.date(2018, 5, 25))
        e = said(article, found, verb)
        assert e.kind == "statement" and e.attribution is not None and e.attribution.speaker, text


def test_time_of_what_a_talk_is_about_is_not_its_time():
    """'talked about his Christmas alone': Christmas is the topic's time, not the talk's."""
    article, found = events("Trump talks\n\nLater, Trump talked about his Christmas alone in the White House.",
                            published=pendulum.date(2019, 1, 3))
    e = said(article, found, "talked")
    assert e.when.value != "2018-12-25"


def test_main_clause_act_beside_a_speech_in_an_as_clause():
    """'The committee stonewalled the bureau, as Conaway argued, “…”': the committee's act
    is an event of its own beside Conaway's statement."""
    article, found = events(
        "Memo fight\n\nThe committee at first stonewalled the bureau from viewing the document, because, as "
        "panel member Mike Conaway argued, \"they are the ones that have the problem.\"",
        published=pendulum.date(2018, 1, 31))
    assert said(article, found, "argued").attribution.speaker == "Mike Conaway"
    acted = said(article, found, "stonewalled")
    assert acted.kind == "other" and [a.name for a in acted.actors] == ["The committee"]


def test_arraignment_is_a_court_event():
    """'was arraigned', like 'was indicted', is a court event, also when expected."""
    for text, value in (("Manafort was arraigned on Tuesday in Manhattan.", "2018-05-22"),
                        ("Manafort is expected to be arraigned later this month.", "2018-05")):
        article, found = events("Court\n\n" + text, published=pendulum.date(2018, 5, 22))
        e = said(article, found, "arraigned")
        assert e.kind == "court" and e.when.value == value, text


def test_act_someone_is_expected_to_do_is_planned():
    """'The committee is expected to advance the nomination on Friday': a planned act of the
    committee (an open-class verb under a calendar head); 'aims to' is no plan on a date."""
    article, found = events("Senate\n\nThe committee is expected to advance the nomination on Friday.",
                            published=pendulum.date(2018, 5, 22))
    e = said(article, found, "advance")
    assert e.status == "planned" and e.when.value == "2018-05-25" and e.actors[0].name == "The committee"
    article, found = events("Senate\n\nLawmakers are aiming to wrap up the bill soon.",
                            published=pendulum.date(2018, 5, 22))
    assert not found
