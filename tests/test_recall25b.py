"""Acts no rule read before (recall25b; invented sentences, each test fails without its rule)."""

from __future__ import annotations

from extract_support import body_events, triggered_in


def test_a_participle_with_a_named_by_agent_tells_that_doers_act():
    """'a memo drafted by Jo Roe', 'the ledgers, which were subpoenaed by the State Ethics Commission':
    the named doer's act beside the sentence's main event, its doer the agent."""
    article, found = body_events("The mayor praised the plan on Monday, citing a memo drafted by Councilwoman Jo Roe.")
    e = triggered_in(article, found, "drafted")
    assert e is not None and [a.name for a in e.actors] == ["Councilwoman Jo Roe"]
    article, found = body_events("Auditors examined the ledgers, which were subpoenaed by the State Ethics Commission.")
    e = triggered_in(article, found, "subpoenaed")
    assert e is not None and "State Ethics Commission" in e.actors[0].name
    article, found = body_events("A resolution introduced by Senator Ann Lee would raise the levy.")
    e = triggered_in(article, found, "introduced")
    assert e is not None and e.kind == "law"


def test_a_participle_of_a_state_or_a_post_held_tells_no_act():
    """'a group led by Roe', 'a firm owned by the Lee family', 'which is run by Roe': a state
    or a post, no act; nor a participle inside a quotation."""
    for sentence, verb in (("A coalition led by Mayor Jo Roe opposes the levy.", "led"),
                           ("The council hired a firm owned by the Lee family.", "owned"),
                           ("The fund, which is run by Ann Lee, lost money.", "run"),
                           ("“It was a memo drafted by Jo Roe,” the mayor said.", "drafted")):
        article, found = body_events(sentence)
        assert triggered_in(article, found, verb) is None, sentence


def test_an_act_a_named_doer_will_do_at_a_time_of_its_own_is_planned():
    """'The committee will hear from outside experts on Friday': an act on the calendar, planned;
    not a state or a result to come, a hypothesis ('would'), nor one with no time of its own."""
    article, found = body_events("The zoning board will inspect the flooded district on Friday.")
    e = triggered_in(article, found, "inspect")
    assert e is not None and e.status == "planned" and e.actors[0].name == "The zoning board"
    for sentence, verb in (("The zoning board will remain divided on Friday.", "remain"),
                           ("The zoning board would tour the district on Friday.", "tour"),
                           ("The zoning board will inspect the district.", "inspect"),
                           ("Prices will climb sharply on Friday.", "climb")):
        article, found = body_events(sentence)
        assert triggered_in(article, found, verb) is None, sentence


def test_a_dated_occurrence_noun_beside_the_main_event_is_an_event_of_its_own():
    """'The mayor criticized the May 5 ruling of the appeals court': the ruling, dated, beside
    the criticism; not the occasion of the main verb ('held a hearing on Tuesday': one event)."""
    article, found = body_events("The mayor criticized the May 5 ruling of the appeals court.")
    e = triggered_in(article, found, "ruling")
    assert e is not None and e.kind == "court" and e.when.value == "2019-05-05"
    article, found = body_events("The council held a hearing on Tuesday about the budget.")
    assert triggered_in(article, found, "hearing") is None
    article, found = body_events("Republicans on Monday demanded the treasurer's resignation Tuesday.")
    assert triggered_in(article, found, "resignation") is None


def test_a_source_getting_hold_of_a_paper_or_a_habit_is_no_act():
    """'a memo obtained by the Riverton Gazette' tells how the story was sourced; 'pummeled by
    Roe for years' a habit."""
    for sentence, verb in (("The council debated a memo obtained by the Riverton Gazette.", "obtained"),
                           ("The council debated a memo revised by Councilwoman Jo Roe for years.", "revised")):
        article, found = body_events(sentence)
        assert triggered_in(article, found, verb) is None, sentence


def test_a_participle_on_a_generic_or_habitual_noun_is_no_act():
    """'any levy passed by the City Council', 'levies passed by the City Council', 'an annual
    fair organized by the Rotary Club': no one act."""
    for sentence, verb in (("The mayor will veto any levy passed by the City Council.", "passed"),
                           ("The mayor vetoed levies passed by the City Council.", "passed"),
                           ("The mayor opened an annual fair organized by the Rotary Club.", "organized")):
        article, found = body_events(sentence)
        assert triggered_in(article, found, verb) is None, sentence
