"""Speech the finder missed before (recall24): answers of no comment, a cue set off before a
contrast, a named person's saying reported by the main cue (invented sentences; each test
fails without its rule)."""

from __future__ import annotations

from extract_support import body_events, events, triggered_in


def test_declining_to_comment_is_the_sources_statement():
    """'The sheriff's office declined to comment on …', 'Mayor Jo Lee wouldn't say who …': a
    source's answer of no comment is its statement, in a sentence telling nothing else."""
    for sentence, words, who in (
            ("The county sheriff's office declined to comment on the arrests.", "declined", "sheriff"),
            ("Mayor Jo Lee wouldn't say who attended the meeting on Friday.", "say", "Jo Lee"),
            ("Governor Ann Roe refused to comment on the audit.", "refused", "Ann Roe")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, words)
        assert e is not None and e.kind == "statement", sentence
        assert who in e.attribution.speaker, sentence


def test_declining_an_act_or_a_refusal_beside_another_event_is_no_comment():
    """'declined to release the video' refuses an act, not a comment; 'though he declined to
    say who' leaves the sentence to its own saying."""
    article, found = body_events("The mayor declined to release the video.")
    e = triggered_in(article, found, "declined")
    assert e is None or e.kind != "statement"
    article, found = body_events("Jo Lee said the plan was sound, though he declined to say who would pay.")
    assert triggered_in(article, found, "declined") is None
    assert triggered_in(article, found, "said") is not None


def test_a_cue_before_a_contrast_with_not_is_no_negated_saying():
    """'The new tax will hurt farmers, the mayor says, not the banks': the 'not' contrasts
    what is said (the parser hangs it on the cue, or hangs the cue on the contrasted noun)."""
    for sentence, who in (("The new tax will hurt farmers, the mayor says, not the banks.", "mayor"),
                          ("The plan will cause a delay, Jo Lee says, not a cancellation of the project.", "Jo Lee")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, "says")
        assert e is not None and e.kind == "statement", sentence
        assert who in e.attribution.speaker, sentence
        assert "not" not in article.text[e.attribution.content.start:e.attribution.content.end], sentence


def test_a_named_persons_saying_reported_by_the_main_cue_is_a_statement_too():
    """'Jo Lee said Mayor Ann Roe told the council that she opposed the tax': Roe's telling
    is a past statement of its own, besides Lee's."""
    article, found = body_events("Jo Lee said Mayor Ann Roe told the council that she opposed the tax.")
    said, told = triggered_in(article, found, "said"), triggered_in(article, found, "told")
    assert said is not None and "Jo Lee" in said.attribution.speaker
    assert told is not None and told.kind == "statement" and "Ann Roe" in told.attribution.speaker


def test_a_cue_opening_with_a_clause_of_condition_or_time_says_the_rest():
    """'Jo Lee added while their differences were real, the talks would continue': no 'that',
    the parser hangs the cue on the later main verb; the words after the cue are said."""
    article, found = body_events("Jo Lee added while their differences were real, the talks would continue.")
    e = triggered_in(article, found, "added")
    assert e is not None and e.kind == "statement" and "Jo Lee" in e.attribution.speaker
    content = article.text[e.attribution.content.start:e.attribution.content.end]
    assert content.startswith("while") and "talks would continue" in content


def test_a_saying_in_a_trailing_clause_of_cause_or_time_leaves_the_main_act_an_event():
    """'Mayor Jo Lee lost the primary because she criticized the police chief last year': the
    loss is an act of its own beside the criticism, as with a fronted clause of time."""
    article, found = body_events("Mayor Jo Lee lost the primary because she criticized the police chief last year.")
    lost, criticized = triggered_in(article, found, "lost"), triggered_in(article, found, "criticized")
    assert criticized is not None and criticized.kind == "statement"
    assert lost is not None and lost.kind != "statement"


def test_an_indefinite_role_is_not_named_by_its_article():
    # "A spokesman for the mayor said …": the speaker is the spokesman, not a person called
    # "A" (the rule that lets "ICE officials" speak as "ICE" must not strip the role off "A"
    # or "his")
    for body, wrong in (("A spokesman for the mayor said the park would reopen.", "A"),
                        ("His spokeswoman said the park would reopen.", "His")):
        article, found = events("Park to reopen\n\nSenator Jo Lee visited the park on Monday.\n\n" + body + "\n")
        ev = next(e for e in found if e.kind == "statement" and "park would reopen" in e.sentence.slice(article.text))
        assert ev.attribution.speaker != wrong
        assert "spokes" in ev.attribution.speaker
