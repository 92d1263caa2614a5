"""Acts with no speech cue that no rule read before (invented sentences; each test fails
without its rule): a dated clause in a sentence that tells no event of its own."""

from __future__ import annotations

from extract_support import body_events, triggered_in


def test_a_dated_clause_tells_an_act_in_a_sentence_with_no_event():
    """'When Roe was diagnosed with cancer in 1994, his wife became his caretaker': the main
    clause is a state (no event), the clause of time tells a dated act; so does a relative
    clause with a time of its own. The state itself stays no event."""
    article, found = body_events("When the senator was diagnosed with cancer in 1994, his wife became his caretaker.")
    e = triggered_in(article, found, "diagnosed")
    assert e is not None and e.when.value == "1994"
    assert triggered_in(article, found, "became") is None
    article, found = body_events("There has been only one trial so far, of a clerk who gave the ledgers to a reporter in 2003.")
    e = triggered_in(article, found, "gave")
    assert e is not None and e.when.value == "2003"


def test_beside_a_state_a_that_clause_a_described_group_or_the_writer_tell_no_dated_act():
    """In a sentence with no event, 'the mood that gripped the town in 1968' describes the
    noun, 'farmers who voted for Roe in 2012' a group, 'as I wrote in May' the writer."""
    for sentence, verb in (("It was a mood that gripped the whole town in the summer of 1968.", "gripped"),
                           ("Many are farmers who voted for Governor Roe in 2012.", "voted"),
                           ("Of the 3 million who voted for Governor Roe in 2012, half are retired.", "voted"),
                           ("The county is broke, as I wrote in May.", "wrote")):
        article, found = body_events(sentence)
        assert triggered_in(article, found, verb) is None, sentence


def test_a_perfect_with_a_since_time_is_no_dated_act():
    """'… and farmers have made up most of its voters since 1990': a stretch up to now, not
    an act of 1990 (here beside an act told by the main clause, and with none)."""
    article, found = body_events("The council redrew the district on Monday, and farmers have made up most of its voters since 1990.")
    assert triggered_in(article, found, "redrew") is not None
    assert triggered_in(article, found, "made") is None
    article, found = body_events("The district is shrinking, and farmers have made up most of its voters since 1990.")
    assert triggered_in(article, found, "made") is None


def test_appearing_somewhere_is_an_act_but_seeming_is_not():
    """'Kelly appeared at the start of two briefings': a person showing up at an occasion or
    before a body is an act; 'appeared tired', 'appeared to be' are seemings."""
    for sentence in ("The two ministers appeared at a rally in the capital.",
                     "Jane Roe appeared before the zoning board with her lawyer."):
        article, found = body_events(sentence)
        assert triggered_in(article, found, "appeared") is not None, sentence
    for sentence in ("The minister appeared tired at the end of the session.",
                     "The minister appeared to be unaware of the vote at the time."):
        article, found = body_events(sentence)
        assert triggered_in(article, found, "appeared") is None, sentence


def test_s_before_a_participle_with_an_object_is_a_present_perfect():
    """'He’s employed a two-tier pricing scheme': "’s" is "has" before a participle with an
    object (a passive takes none)."""
    article, found = body_events("He’s employed a two-tier pricing scheme at the port.")
    assert triggered_in(article, found, "employed") is not None


def test_a_relative_clause_of_place_or_time_with_a_named_doer_tells_its_act():
    """'…, where the rail company opened a depot', '…, when the Ohio senator fought against Roe's
    nomination': the doer of the clause acted there or then; not a saying that sets the scene
    ('the hall where Roe spoke')."""
    article, found = body_events("The mayor praised the town of Alder, where the rail company opened a depot.")
    e = triggered_in(article, found, "opened")
    assert e is not None and e.kind == "other"
    article, found = body_events("Their feud is old, dating to the convention of their youth, when the Ohio senator "
                           "fought against Roe's nomination.")
    assert triggered_in(article, found, "fought") is not None
    article, found = body_events("The mayor praised the hall where Governor Dan Roe spoke.")
    assert triggered_in(article, found, "spoke") is None


def test_an_active_conjunct_of_a_passive_is_done_by_the_passive_subject():
    """'Roe was recruited by the union, and defeated the incumbent …': Roe defeated him."""
    article, found = body_events("Jane Roe was recruited by the union, and defeated the incumbent in a huge upset.")
    e = triggered_in(article, found, "defeated")
    assert e is not None and any("Roe" in a.canonical for a in e.actors)


def test_would_later_tells_a_past_act():
    """'Roe would later make a similar change to the charter': a past act told from an
    earlier point of the story (by the fallback); 'Roe would make a similar change' is a
    hypothesis, also with a condition."""
    article, found = body_events("Dan Roe would later make a similar change to the county charter.")
    assert triggered_in(article, found, "make") is not None
    for sentence in ("Dan Roe would make a similar change to the county charter.",
                     "If re-elected, Dan Roe would later make a similar change to the county charter."):
        article, found = body_events(sentence)
        assert triggered_in(article, found, "make") is None, sentence
