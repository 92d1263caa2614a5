"""The fallback component (`extract/fallback.py`): a past act that no other rule names."""

from __future__ import annotations

from extract_support import events, ruled, triggered_in
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
