"""Property tests: offsets always line up, find never raises, rules reproduce find."""

from __future__ import annotations

import pendulum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.temporal import find, resolve

WORDS = ["Wednesday", "said", "will", "travel", "In", "October", "last", "year", "this",
         "week", "earlier", "month", "Jan.", "17,", "2018", "the", "third", "quarter",
         "a", "ago", "two", "days", "yesterday", "now", "1,500", "$10,000", "mid-February",
         "morning", "10", "p.m.", "next", "Friday", "since", "1979", "the 1990s", ".", ",",
         "is", "expected", "to", "sign", "summer", "later", "fiscal", "earlier this month"]

anchors = st.dates(min_value=pendulum.date(1950, 1, 1).naive() if False else __import__("datetime").date(1950, 1, 1),
                   max_value=__import__("datetime").date(2049, 12, 31)).map(
    lambda d: pendulum.date(d.year, d.month, d.day))
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=300), st.one_of(st.none(), anchors))
def test_offsets_match_text_on_arbitrary_input(text, anchor):
    for m in find(text, anchor):
        assert text[m.start:m.end] == m.text
        assert m.type in ("DATE", "TIME", "DURATION", "SET")


@SETTINGS
@given(sentences, st.one_of(st.none(), anchors))
def test_offsets_and_types_on_newsy_input(text, anchor):
    for m in find(text, anchor):
        assert text[m.start:m.end] == m.text
        if m.type in ("DATE", "TIME") and m.earliest and m.latest:
            assert m.earliest <= m.latest


FIXED = ("The mayor said Wednesday that in October, earlier this month and last year the "
         "city grew; officials will meet Friday morning, next week and in the third quarter. "
         "A year earlier, two days ago, since 1979, recently and this summer things changed. "
         "It will happen Sept. 28 and late next year, at 10 a.m. Thursday.")


def assert_rules_resolve_like_find(found, anchor, min_rules: int = 12) -> None:
    """Every relative mention re-dates through `resolve(rule, anchor)` exactly as `find` dated it."""
    assert sum(1 for m in found if m.rule) >= min_rules
    for m in found:
        if m.rule:
            r = resolve(m.rule, anchor)
            assert (r.value, r.earliest, r.latest, r.precision) == (
                m.value, m.earliest, m.latest, m.precision)


@settings(max_examples=150, deadline=None)
@given(anchors)
def test_rule_resolution_equals_find_for_every_anchor(anchor):
    assert_rules_resolve_like_find(find(FIXED, anchor), anchor)


@settings(max_examples=60, deadline=None)
@given(sentences, anchors)
def test_undated_then_redated_equals_dated(text, anchor):
    undated = find(text, None)
    dated = find(text, anchor)
    assert [(m.start, m.end, m.rule) for m in undated] == [(m.start, m.end, m.rule) for m in dated]
    for u, d in zip(undated, dated):
        if u.rule:
            assert u.resolved(anchor) == d
        else:
            assert u == d


FIXED_NEWS_RULES = (
    "The paper said on Saturday, April 25, that the offer, extended until 5 p.m. EST Nov. 9, "
    "had been due to expire Friday evening. The index is near the record set on Aug. 6. "
    "Net rose in the third quarter. For the nine months, net was up from a year earlier; "
    "for the corresponding period last year it fell. For the year, sales may soon grow. "
    "Today is the eighth day of the strike, and refiners learned of a cutback in September.")


@settings(max_examples=100, deadline=None)
@given(anchors)
def test_new_rule_families_resolve_like_find(anchor):
    assert_rules_resolve_like_find(find(FIXED_NEWS_RULES, anchor), anchor, min_rules=10)


def test_keyword_windows_find_what_a_full_scan_finds():
    """The windowed scan is an optimisation only: same candidates as scanning everything
    (on the seeds, a TimeBank-like sample and hand-written edge cases)."""
    import glob
    import os
    from timeline.temporal.grammar import candidates
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(root, "seeds", "*.txt")))]
    texts += ["On Jan. 17, 2018, at 10:30 a.m., two days ago, last week, the 1990s, fiscal 2018, "
              "mid-February, late last year, 1/17/18, 2018-01-17, Christmas Eve 1990, the next day.",
              "YESTERDAY THE PAST THREE SUMMERS; quarterly dividend; met weekly; the year ended June 30.",
              "x" * 500 + " 12 " + " " * 300 + "days later " + "1" * 40 + " years",
              "half a century ago; a quarter-century; 1.05 years; a second term; seven-and-a-half-year",
              "the previous Friday; the morning of Oct. 27; 2 1/2 years; the past quarter century; "
              "the last half of the '80s; USA Today; Fox News Sunday; the Sunday shows",
              "from Nov. 3 to Jan. 4; between April and June 2016; Thanksgiving Day; Labor Day; "
              "Easter eggs; Super Tuesday; Election Day 2016; the first week of January; the week "
              "of Jan. 15; the end of the week; the day before yesterday; Friday at 3 p.m.; the "
              "year-earlier nine months; this coming Sunday, March 8; the Morning Consult poll"]
    for t in texts:
        assert sorted(map(repr, candidates(t))) == sorted(map(repr, candidates(t, windowed=False)))


FIXED_SPANS_AND_HOLIDAYS = (
    "Prices rose from Nov. 3 to Jan. 4 and fell between April and June. Voters will go to the "
    "polls on Election Day, after Labor Day and before Thanksgiving; shops closed on Easter. "
    "The first week of January and the week of Jan. 15 were busy. The meeting is Friday at "
    "3 p.m.; he left the day before yesterday and will be back by the end of the week.")


@settings(max_examples=100, deadline=None)
@given(anchors)
def test_range_holiday_and_week_rules_resolve_like_find(anchor):
    found = find(FIXED_SPANS_AND_HOLIDAYS, anchor)
    assert_rules_resolve_like_find(found, anchor)
    for m in found:
        if m.type in ("DATE", "TIME") and m.earliest and m.latest:
            assert m.earliest <= m.latest
    ranges = [m for m in found if m.rule and m.rule.startswith("range:")]
    assert len(ranges) == 4
    for a, b in zip(ranges[::2], ranges[1::2]):  # a range never ends before it starts
        assert a.earliest <= b.latest
