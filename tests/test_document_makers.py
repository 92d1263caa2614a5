"""The maker of a document speaks for it: "according to a statement from the Harbor Authority"
is the Authority's claim, a tally "by" a maker the tagger took for a place is the maker's, and
a body described in lower case ("the sheriff's office") is named as described (invented
sentences; each test but the last fails without its rule)."""

from __future__ import annotations

from extract_support import speaker_and_actors


def _speaker(text: str, words: str):
    return speaker_and_actors(text, words)[0]


def test_a_statement_from_a_named_body_is_the_bodys():
    who = _speaker("Port closes\n\nThe port was closed on Monday, according to a statement "
                   "from the Harbor Authority.\n", "closed")
    assert who == "Harbor Authority"


def test_a_news_release_from_a_department_is_the_departments():
    who = _speaker("Case ends\n\nThe charges against Jo Roe were dropped on Friday, "
                   "according to a news release from the Justice Department.\n", "dropped")
    assert who == "Justice Department"


def test_a_statement_from_a_body_described_in_lower_case_names_the_body():
    who = _speaker("Case ends\n\nThe charges against Jo Roe were dropped on Friday, "
                   "according to a statement from the county sheriff's office.\n", "dropped")
    assert who is not None and who.endswith("sheriff's office")


def test_a_tally_by_a_maker_the_tagger_takes_for_a_place_is_the_makers():
    who = _speaker("Vetoes pile up\n\nGovernor Jo Roe has vetoed 40 bills this year, according "
                   "to a tally by Bloomberg.\n", "vetoed")
    assert who == "Bloomberg"


def test_a_report_from_a_place_is_not_the_places():
    """'from Texas' tells where the report comes from, not who made it."""
    who = _speaker("Case ends\n\nThe charges against Jo Roe were dropped on Friday, "
                   "according to a report from Texas.\n", "dropped")
    assert who != "Texas"
