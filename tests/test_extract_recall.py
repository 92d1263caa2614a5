"""Sentences that told no event before: speech, findings and acts each rule now reads
(invented sentences; each test fails without its rule)."""

from __future__ import annotations

from extract_support import body_events, events, triggered_in


def test_as_someone_put_it_with_a_time_an_addressee_or_an_occasion_is_a_statement():
    """'As Roe put it to the Gazette: …', 'as the mayor put it a few days ago', 'as Roe put it
    at a fund-raiser last month': the setting of the saying, not where a thing was put
    ('as the clerk put it on the table' is no speech)."""
    for sentence, who in (('As Jane Roe put it to the Gazette: "We are not going to win this."', "Jane Roe"),
                          ("As the Tribune put it a few days ago, “There is no money left.”", "Tribune"),
                          ("“I still have my day job,” as Mayor Jo Lee put it at a fund-raiser last month.", "Jo Lee")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, "put")
        assert e is not None and e.kind == "statement", sentence
        assert who in e.attribution.speaker, sentence
    article, found = body_events("As the clerk put it on the table, the council voted.")
    assert triggered_in(article, found, "put") is None


def test_polls_of_the_day_show_a_finding_with_a_determiner_or_a_modifier():
    """'Some polls show Roe fading', 'Generic ballot polls show Democrats ahead': the polls of
    the day, as bare 'Polls show …'."""
    for sentence in ("Some polls show the mayor fading into third place in the county.",
                     "Generic ballot polls show Democrats with about a 7-point lead."):
        article, found = body_events(sentence)
        e = triggered_in(article, found, "show")
        assert e is not None and e.kind == "report", sentence


def test_a_poll_showing_its_finding_is_a_report():
    """'…, with a recent Gallup poll showing that most voters …', 'a number of polls showing
    the mayor leading': the participle on the poll tells its finding."""
    for sentence in ("Most residents seem unsure, with a recent Gallup poll showing that a majority wants the tax dropped.",
                     "We have seen a number of polls showing the mayor leading by double digits."):
        article, found = body_events(sentence)
        e = triggered_in(article, found, "showing")
        assert e is not None and e.kind == "report", sentence


def test_a_saying_keeps_its_quotation_from_a_belief_told_inside_it():
    """'In a statement, the surgeon said he felt he could “make a contribution …”': the
    quotation is the saying's (a statement), not the belief's (no event)."""
    article, found = body_events('But in a statement on Monday, the retired surgeon said he felt he could '
                           '"make a real contribution by helping the towns most in need."')
    e = triggered_in(article, found, "said")
    assert e is not None and e.kind == "statement" and e.attribution.speaker


def test_a_verb_of_feeling_voiced_next_to_a_quotation_is_a_statement():
    """'“We are flattening the curve,” exulted Roe', '“We won,” the mayor crowed': verbs of
    feeling told of words quoted right beside them."""
    for sentence, cue in (("“We are turning the corner,” exulted Mayor Jo Lee on Wednesday.", "exulted"),
                          ("“We won,” the treasurer crowed after the count.", "crowed")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, cue)
        assert e is not None and e.kind == "statement", sentence


def test_a_named_act_passing_the_house_is_a_law_event():
    """'The Dream Act passed the House on Friday': a bill named '… Act' (a proper noun) is the
    subject of a law verb, as 'the bill passed the House'."""
    article, found = body_events("The Clean Harbors Act passed the House on Friday.")
    e = triggered_in(article, found, "passed")
    assert e is not None and e.kind == "law"


def test_an_act_under_way_told_by_a_progressive_is_a_low_confidence_event():
    """'Roe is seeking a pardon for …', 'Senator Lee has been shepherding the bill through
    Congress', 'by Sunday, Roe was backing off his push': a named doer's act under way (the
    fallback's confidence); not a state or a role ('was serving as chairman at the time'), a
    feeling or a fortune ('is hoping to', 'is succeeding by a wide margin')."""
    for sentence, verb in (("Jane Roe is seeking a pardon for her brother, who is serving a life sentence.", "seeking"),
                           ("Senator Jo Lee has been shepherding the legislation through Congress.", "shepherding"),
                           ("And by Sunday, the governor was backing off his go-it-alone push.", "backing"),
                           ("The mayor is now taking on a new fight over the ballots.", "taking")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, verb)
        assert e is not None and e.kind == "other", sentence
    for sentence, verb in (("Jo Lee was serving as chairman of the committee at the time.", "serving"),
                           ("In that measure, Jane Roe is succeeding by a wide margin.", "succeeding"),
                           ("The economy is doing well.", "doing")):
        article, found = body_events(sentence)
        assert triggered_in(article, found, verb) is None, sentence


def test_a_poll_that_has_a_candidate_ahead_is_a_report():
    """'The latest poll has the governor leading by three points', 'Figures from the tracker
    have him up by 6 points': a poll's finding told with 'have' and where someone stands;
    'The poll has a margin of error …' is no finding."""
    for sentence, verb in (("The latest county poll has the mayor leading by three points.", "has"),
                           ("Figures from the Channel 4 tracker have her up by 6 percentage points.", "have")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, verb)
        assert e is not None and e.kind == "report", sentence
    article, found = body_events("The county poll has a margin of error of 3 points.")
    assert triggered_in(article, found, "has") is None


def test_a_share_of_those_asked_in_a_poll_is_a_report():
    """'In the latest poll, only 4 percent of voters picked the budget as their top concern':
    the share's answer, told 'in' a poll, is the poll's finding."""
    article, found = body_events("In the latest Gazette poll, only 4 percent of residents picked the budget as their top concern.")
    e = triggered_in(article, found, "picked")
    assert e is not None and e.kind == "report"


def test_a_passive_of_telling_with_its_teller_is_the_tellers_statement():
    """'The mayor was told by aides that the plan would fail', 'Roe has been warned by close
    advisers that …': the 'by' agent speaks; with no agent ('was warned that …') no one named does."""
    for sentence, verb, who in (("The mayor was told by aides that the plan would fail.", "told", "aides"),
                                ("Jane Roe has been warned by close advisers that the vote is lost.", "warned", "advisers")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, verb)
        assert e is not None and e.kind == "statement" and who in e.attribution.speaker, sentence
    article, found = body_events("The mayor was warned that the plan would fail.")
    assert triggered_in(article, found, "warned") is None


def test_a_cue_closing_its_paragraph_with_a_colon_quotes_the_next_paragraph():
    """'Jo Lee reported for the Gazette:' ¶ 'The mayor told me …', 'As Roe put it to the
    Tribune:' ¶ 'Every rally …': a block quotation that lost its marks; the cue is an event
    (a report or a statement).  'Here are the details:' ¶ … names no speaker."""
    article, found = events("Council weighs new budget\n\nThe leader had a plan from the start. "
                            "Jo Lee reported for the Gazette:\n\nThe mayor told me that during the transition, "
                            "he was warned not to expect any help on major votes.\n\n"
                            "As Jane Roe put it to the Tribune:\n\nEvery rally the governor would whip up the "
                            "crowd by promising a new bridge. So far they have found a way to avoid it.\n\n"
                            "Here are the details:\n\nThe plan would cost two billion dollars over ten years "
                            "and cover every county.\n")
    e = triggered_in(article, found, "reported")
    assert e is not None and e.kind == "report" and "Jo Lee" in e.attribution.speaker
    e = triggered_in(article, found, "put")
    assert e is not None and e.kind == "statement" and "Jane Roe" in e.attribution.speaker
    assert triggered_in(article, found, "Here are") is None


def test_a_statement_or_speech_with_a_time_of_its_own_is_a_statement():
    """'Roe's statement on Monday was designed to …', 'Tuesday's speech by the mayor drew applause':
    what someone said on a day, told by a noun; its possessor or 'by' phrase speaks.  'A
    statement on Monday would not help' tells nothing said."""
    article, found = body_events("Jane Roe's statement on Monday was designed to calm donors.")
    e = triggered_in(article, found, "statement")
    assert e is not None and e.kind == "statement" and [a.canonical for a in e.actors] == ["Jane Roe"]
    assert e.when.value == "2019-05-06"
    article, found = body_events("Tuesday's speech by the mayor drew loud applause.")
    e = triggered_in(article, found, "speech")
    assert e is not None and e.kind == "statement" and e.when.value == "2019-05-07"
    assert "mayor" in [a.canonical for a in e.actors]
    article, found = body_events("A statement on Monday would not help anyone.")
    assert triggered_in(article, found, "statement") is None


def test_an_act_under_way_in_a_progressive_passive_with_its_doer_is_a_low_confidence_event():
    """'Three aides are being interviewed this week by the special counsel': the 'by' agent's
    act under way; without a named doer ('The roads are being repaired.') none."""
    article, found = body_events("Three senior aides are being interviewed this week by special counsel Jo Lee.")
    e = triggered_in(article, found, "interviewed")
    assert e is not None and "Jo Lee" in [a.canonical for a in e.actors]
    article, found = body_events("The roads are being repaired.")
    assert triggered_in(article, found, "repaired") is None
