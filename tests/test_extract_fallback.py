"""The fallback component (`extract/fallback.py`): a past act that no other rule names."""

from __future__ import annotations

from extract_support import events, kind_of, ruled, triggered_in
from timeline.extract.fallback import CONFIDENCE


def test_a_past_act_no_rule_names_is_a_low_confidence_event_of_its_doer():
    # (sentences the selective parser reads: each holds a trigger word, "shooting", "bill", "raid")
    article, found = events("Notes from the week\n\n"
                            "The shooting came less than a week after another shooting in Dallas.\n\n"
                            "On Monday, Ray Moreno shifted the debate to the riverboat bill.\n\n"
                            "Those mistakes prompted internal changes within the bureau after the raid.")
    assert ruled(found) == []  # no rule of the trigger lexicon or the open class reads these
    came = triggered_in(article, found, "came")
    assert came is not None and came.kind == "other" and came.confidence == CONFIDENCE
    assert came.when.basis == "publication"
    shifted = triggered_in(article, found, "shifted")
    assert shifted is not None and shifted.when.value == "2019-05-06"  # the Monday before
    assert [a.canonical for a in shifted.actors] == ["Ray Moreno"]
    assert triggered_in(article, found, "prompted") is not None


def test_a_doer_that_is_an_act_gives_the_event_its_kind():
    article, found = events("Limits\n\n"
                            "A 5-4 ruling by the justices eliminated the limits.\n\n"
                            "The 2012 executive order deferred deportation for young immigrants.")
    assert triggered_in(article, found, "eliminated").kind == "court"
    assert triggered_in(article, found, "deferred").kind == "policy"


def test_no_fallback_event_for_states_modals_views_quantities_habits_or_refusals():
    text = ("Casino plans stall\n\n"
            "The county board could have approved the venture.\n\n"
            "Police declined to confirm the name of the investor.\n\n"
            "The stakes seemed high for the small town.\n\n"
            "Sixty-four percent chose the second plan.\n\n"
            "We visited the site last year.\n\n"
            "Some analysts attended the hearing in person.\n\n"
            "A number of issues arose.\n\n"
            "Prices changed quickly after the storm.\n\n"
            "The negotiators agreed that the border is a final issue.\n\n"
            "Since then, Mary Hale has written poems about the river.\n\n"
            "The mayor did not attend the opening.\n\n"
            "Many shops stayed open late.")
    article, found = events(text)
    assert [article.text[e.sentence.start:e.sentence.end] for e in found if e.confidence == CONFIDENCE] == []


def test_a_quantity_of_doers_acts():
    article, found = events("Walkout\n\nA handful of senators walked out of the hearing on Tuesday.")
    walked = triggered_in(article, found, "walked")
    assert walked is not None and walked.when.value == "2019-05-07"


def test_the_fallback_never_adds_to_a_sentence_with_an_event():
    article, found = events("Casino plans stall\n\n"
                            "The mayor said on Monday that the venture had collapsed.")
    said = [e for e in found if article.text[e.trigger.start:e.trigger.end] == "said"]
    assert said and not any(e.confidence == CONFIDENCE for e in found)


def test_no_fallback_event_for_a_denied_object_a_habit_a_quantifier_or_a_trend():
    """'gave no indication' (nothing done), 'has repeatedly made such remarks' (a habit),
    'Several of the disclosures resulted …' (an amount, no doer), 'Consumer sentiment has
    declined' (a trend of a thing), 'faced a hostile council' (a state), 'has flared up several
    times' (a habit) tell no act; a doer's act beside them still does."""
    text = ("Casino plans stall\n\n"
            "The governor gave no indication about the casino bill.\n\n"
            "The senator has repeatedly made such remarks about the casino bill.\n\n"
            "Several of the disclosures resulted from the casino raid.\n\n"
            "Consumer sentiment has declined since the casino bill.\n\n"
            "The casino trend continued into the spring.\n\n"
            "The mayor faced a hostile council after the casino raid.\n\n"
            "His temper has flared up several times since the casino raid.\n\n"
            "On Monday, Ray Moreno shifted the debate to the riverboat bill.")
    article, found = events(text)
    fallback = [article.text[e.trigger.start:e.trigger.end] for e in found if e.confidence == CONFIDENCE]
    assert fallback == ["shifted"]


def test_several_or_most_people_of_a_role_act():
    """'Several senators walked out', 'Most officials skipped the vote': several or most people
    of a role or a body are doers ('some negotiators agreed' keeps out: who?)."""
    article, found = events("Casino plans stall\n\nSeveral senators walked out of the casino hearing.\n\n"
                            "Most officials skipped the casino vote.")
    walked = triggered_in(article, found, "walked")
    assert walked is not None and walked.confidence == CONFIDENCE
    skipped = triggered_in(article, found, "skipped")  # the actor is the officials, not "Most"
    assert skipped is not None and [a.canonical for a in skipped.actors] == ["Most officials"]


def _fallback_kinds(text):
    """{trigger words: kind} of the fallback's events in `text`."""
    article, found = events(text)
    return {article.text[e.trigger.start:e.trigger.end]: e.kind for e in found if e.confidence == CONFIDENCE}


def test_a_verb_that_hands_over_something_said_is_a_statement():
    """'offered some version of the same answer', 'named an example … in an opinion piece',
    'took opposite stances', 'drew a comparison', 'held a conference call': what was said."""
    kinds = _fallback_kinds("Casino plans stall\n\n"
                            "Many residents offered some version of the same answer about the casino bill.\n\n"
                            "The governor named a specific example of what she considered poor planning in an "
                            "opinion piece about the casino raid.\n\n"
                            "The two rivals took opposite stances on the casino bill.\n\n"
                            "The mayor drew a comparison to the casino raid of 2010.\n\n"
                            "The campaign held a conference call for reporters after the shooting.")
    assert kinds == {"offered": "statement", "named": "statement", "took": "statement", "drew": "statement",
                     "held": "statement"}


def test_speech_told_through_another_verb_is_a_statement():
    """An infinitive of speaking ('tried to downplay', 'took the opportunity to blast', 'went out
    of his way to portray … as'), a verb of casting ('framed the bill as a test'), a verb of
    speaking with no words reported ('hinted at why', 'editorialized'), words used on Twitter."""
    kinds = _fallback_kinds("Casino plans stall\n\n"
                            "An aide to the mayor tried to downplay the results of the casino poll.\n\n"
                            "The mayor took the opportunity to blast the casino bill.\n\n"
                            "Ray Moreno has gone out of his way to portray the riverboat bill's author as petty.\n\n"
                            "Environmental groups have framed the casino bill as a test of the governor's resolve.\n\n"
                            "Mr. Vilsack hinted at why the casino bill had stalled.\n\n"
                            "Between 2002 and 2003, the paper editorialized nine times in favor of the riverboat bill.\n\n"
                            "On Twitter, residents used a hashtag to voice their opposition to the riverboat bill.")
    assert kinds == {"tried": "statement", "took": "statement", "gone": "statement", "framed": "statement",
                     "hinted": "statement", "editorialized": "statement", "used": "statement"}


def test_a_piece_of_speech_or_a_paper_as_the_doer():
    """'The tweet noted …' is a statement, 'The search warrant offered new details' a report;
    what a piece of speech caused is not what it said ('played a role in …' stays other), and
    a programme that came under fire is what the act befell, not its doer."""
    kinds = _fallback_kinds("Casino plans stall\n\n"
                            "The tweet noted the riverboat bill.\n\n"
                            "The search warrant offered new details about the casino raid.\n\n"
                            "The governor's speech played a role in the casino bill's defeat.\n\n"
                            "The riverboat program has come under fire for double registering voters.")
    assert kinds == {"noted": "statement", "offered": "report", "played": "other", "come": "other"}


def test_an_act_on_a_bill_a_vote_charges_or_in_raids_takes_their_kind():
    """'proposed updating … laws', 'passed the Support for … Act', 'set a vote' (law); 'sought to
    have the charges dropped' (court); 'seized … files in the raids' (operation)."""
    kinds = _fallback_kinds("Casino plans stall\n\n"
                            "Several lawmakers last week proposed updating and strengthening the riverboat laws, "
                            "reviving old proposals.\n\n"
                            "The governor and the legislature also passed the Support for Riverboat Workers Act, "
                            "which takes some positive steps.\n\n"
                            "Across town, majority Republicans in the council set a vote for Friday on the riverboat bill.\n\n"
                            "The developer sought to have the charges dropped after the raid.\n\n"
                            "The feds, who also searched his boat, seized more than 4,000 files in the raids, "
                            "and several phones.")
    assert kinds == {"proposed": "law", "passed": "law", "set": "law", "sought": "court", "seized": "operation"}


def test_no_fallback_event_for_a_view_a_stretch_of_time_or_an_act_denied():
    """'has considered running', 'viewed the raid as a success', 'resembled a raid' (a view or a
    likeness), 'have managed to be' (a state), 'have so far failed to pledge' and 'said nothing'
    (nothing done), 'Neither … nor … responded' (no one did), 'spent two years fighting' (a
    stretch of a life), 'came as a surprise' (how it was taken) tell no act."""
    text = ("Casino plans stall\n\n"
            "The mayor has considered running for governor since the casino raid.\n\n"
            "Officials viewed the casino raid as a success.\n\n"
            "The protest resembled a casino raid.\n\n"
            "The mayor has managed to be even more cautious about the riverboat bill.\n\n"
            "Officials have so far failed to pledge any concrete action on the riverboat bill.\n\n"
            "The press said nothing about the riverboat bill.\n\n"
            "Neither the agency nor the riverboat company immediately responded to requests for comment.\n\n"
            "Ray Moreno spent two years fighting the riverboat bill.\n\n"
            "But the pat on the back came as a surprise to some, given the riverboat bill.")
    assert _fallback_kinds(text) == {}


def test_a_past_passive_of_an_act_done_to_a_definite_thing_is_a_fallback_event():
    """'The mayor's parking permit was returned.', 'Two deputies have been reassigned.': an act
    done to someone or something, its doer the 'by' agent if any; not a feeling, a state or
    a view told by a participle ('The mayor was horrified.', 'The plaza was known as …'), nor a
    past perfect ('had been added')."""
    article, found = events("Permits\n\n"
                            "The mayor's parking permit was returned.\n\n"
                            "Two sheriff's deputies have been reassigned by the county board.\n\n"
                            "The mayor was horrified by the bill.\n\n"
                            "The plaza was known as the bill's birthplace.\n\n"
                            "The provisions had been added to the bill.")
    returned = triggered_in(article, found, "returned")
    assert returned is not None and returned.confidence == CONFIDENCE and returned.actors == ()
    reassigned = triggered_in(article, found, "reassigned")
    assert reassigned is not None and [a.canonical for a in reassigned.actors] == ["county board"]
    for word in ("horrified", "known", "added"):
        assert triggered_in(article, found, word) is None, word


def test_a_stressed_past_with_did_is_an_act_done():
    # "did" + a bare verb after its subject is the simple past, stressed; not "did not", nor
    # an inversion ("Nor did the council …")
    article, found = events("Harbor talks\n\n"
                            "The harbor master did meet on Friday with the ferry owners.\n\n"
                            "Fares rose sharply last spring, although the council did hold a hearing on the rates.\n\n"
                            "The mayor did not attend the opening.\n\n"
                            "Nor did the council vote on the plan.")
    met = triggered_in(article, found, "meet")
    assert met is not None and met.when.value == "2019-05-03"  # the Friday before
    assert met.actors and "harbor master" in met.actors[0].canonical.lower()
    assert triggered_in(article, found, "hold") is not None
    assert triggered_in(article, found, "attend") is None
    assert triggered_in(article, found, "vote") is None


def test_a_view_voiced_with_a_clause_is_a_statement_when_the_sentence_tells_nothing_else():
    # beliefs and conclusions are attributions with no statement event of their own when a
    # sentence tells another event; standing alone, they are what the sentence reports
    article, found = events("Harbor vote\n\n"
                            "Dock workers believe the new fares will drive away tourists.\n\n"
                            "Last year the port authority had concluded that the pier was unsafe.\n\n"
                            "In a post on Monday, Mayor Ann Roe indicated she wants a second vote.\n\n"
                            "A new survey indicated most residents favor the plan.\n\n"
                            "I believe the fares are too high.\n\n"
                            "It seems the fares will rise.")
    believe = triggered_in(article, found, "believe")
    assert believe is not None and believe.kind == "statement"
    assert believe.attribution is not None and believe.attribution.speaker == "Dock workers"
    assert kind_of(article, found, "concluded") == "statement"
    roe = triggered_in(article, found, "indicated she")
    assert roe is not None and roe.kind == "statement" and roe.when.value == "2019-05-06"
    assert kind_of(article, found, "indicated most") == "report"  # a study's finding
    assert triggered_in(article, found, "I believe") is None  # the writer's own view
    assert triggered_in(article, found, "seems") is None


def test_a_question_put_to_someone_named_is_a_statement():
    article, found = events("Harbor vote\n\n"
                            "Mayor Ann Roe was asked on Tuesday whether the fares would rise.\n\n"
                            "The fares were asked for by the port.")
    asked = triggered_in(article, found, "asked on")
    assert asked is not None and asked.kind == "statement" and asked.when.value == "2019-05-07"
    assert [a.canonical for a in asked.actors] == ["Ann Roe"]
    assert triggered_in(article, found, "asked for") is None
