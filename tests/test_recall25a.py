"""Speech the finder missed before (recall25a): a series of speech acts of one speaker that
the parser broke up (invented sentences; each test fails without its rule)."""

from __future__ import annotations

from extract_support import body_events, triggered_in


def test_a_verb_after_a_quoted_fragment_shares_the_first_verbs_subject():
    """'Lee has mocked the budget as “a fantasy,” said she is “deeply worried” …': the parser
    reads "said" as the cue of the quoted word with the first clause as its content; every
    verb of the series is Lee's statement of its own."""
    article, found = body_events("In recent weeks, Mayor Jo Lee has mocked the budget as “a fantasy,” said she is "
                           "“deeply worried” about the schools, criticized the council for cutting bus routes, "
                           "and complained that the auditors are too slow.")
    for words in ("mocked", "said", "criticized", "complained"):
        e = triggered_in(article, found, words)
        assert e is not None and e.kind == "statement", words
        assert "Jo Lee" in e.attribution.speaker, words
    said = triggered_in(article, found, "said")
    assert article.text[said.attribution.content.start:said.attribution.content.end].startswith("she is")


def test_a_subjectless_verb_after_the_content_is_a_second_act_of_the_speaker():
    """'Jo Lee said the plan was sound, criticized the council … and complained that …': the
    parser hangs "criticized" on "said" as a second content clause; it is Lee's second act,
    and "complained" her third."""
    article, found = body_events("Jo Lee said the plan was sound, criticized the council for the delay and "
                           "complained that the auditors were slow.")
    for words in ("said", "criticized", "complained"):
        e = triggered_in(article, found, words)
        assert e is not None and e.kind == "statement", words
        assert "Jo Lee" in e.attribution.speaker, words


def test_a_clause_joined_with_a_subject_of_its_own_is_no_series():
    """'Jo Lee said the plan was sound, and the council agreed': the council's agreeing is no
    act of Lee's."""
    article, found = body_events("Jo Lee said the plan was sound, and the council agreed.")
    e = triggered_in(article, found, "agreed")
    assert e is None or e.attribution is None or "Jo Lee" not in (e.attribution.speaker or "")


def test_a_past_verb_joined_to_an_infinitive_joins_the_finite_verb_above_it():
    """'Lee said the passage referred to an effort to stop leaks and accused the mayor of …':
    the parser joins "accused" to the infinitive "stop"; a past tense joins the finite verb
    above it, and a passage accuses no one: Lee's second act."""
    article, found = body_events("County lawyer Jo Lee said the passage referred to an effort to stop leaks and "
                           "accused the mayor of misleading people.")
    e = triggered_in(article, found, "accused")
    assert e is not None and e.kind == "statement"
    assert "Jo Lee" in e.attribution.speaker


def test_a_participle_set_off_between_subject_and_cue_leaves_the_subject_to_the_cue():
    """'Lee, asked again about …, said the case was correctly decided': the parser reads
    "asked" as Lee's past verb and hangs it on a subjectless "said"; Lee was asked, and it
    is Lee who said."""
    article, found = body_events("Lee, asked again about his views on the 1998 ruling that required the tapes to be "
                           "handed to the court, said the case was correctly decided.")
    e = triggered_in(article, found, "said")
    assert e is not None and e.kind == "statement"
    assert "Lee" in e.attribution.speaker
    assert article.text[e.attribution.content.start:e.attribution.content.end] == "the case was correctly decided"
    asked = triggered_in(article, found, "asked")
    assert asked is None or asked.kind != "statement"


def test_railing_against_praying_and_chastising_are_speech():
    """'has railed against the spending plan' (a speech act told with "against" and its
    topic), '“…,” a pastor prayed' (words said in prayer, a cue next to a quotation), 'chastised
    the agency for the delays' (a rebuke, its content the object)."""
    for sentence, words, who in (
            ("Mayor Jo Lee has railed against the council's spending plan for months.", "railed", "Jo Lee"),
            ('"We will grieve, but we will do so with hope," a pastor prayed.', "prayed", "pastor"),
            ("Governor Ann Roe chastised the agency for the delays.", "chastised", "Ann Roe")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, words)
        assert e is not None and e.kind == "statement", sentence
        assert who in e.attribution.speaker, sentence


def test_railing_without_against_or_praying_without_a_quotation_is_no_speech():
    """'The train railed …' has no "against" and no speaker; 'The family prayed at the
    grave' quotes no words."""
    for sentence, words in (("The old tracks were railed off last spring.", "railed"),
                            ("The family prayed at the grave on Sunday.", "prayed")):
        article, found = body_events(sentence)
        e = triggered_in(article, found, words)
        assert e is None or e.kind != "statement", sentence


def test_members_of_a_body_declining_to_comment_is_their_statement():
    """'Members of the city council also declined to comment': the members of a body that
    can speak give the answer of no comment, as the body would."""
    article, found = body_events("Members of the city council also declined to comment.")
    e = triggered_in(article, found, "declined")
    assert e is not None and e.kind == "statement"
    assert "Members of the city council" in e.attribution.speaker
