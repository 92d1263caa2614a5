"""General rule families added for news dating (hand-written sentences, not corpus text).

Each block is one family: the grammar of dates, the tense/aspect of the governing verb, or
an anchoring convention of news writing. Every relative mention must also re-date through
``resolve(rule, anchor)`` exactly as ``find`` dated it.
"""

from __future__ import annotations

import pendulum
import pytest

from timeline.temporal import RuleError, find, resolve

D = pendulum.date


def by_text(text, anchor):
    ms = find(text, anchor)
    for m in ms:  # every relative mention re-dates identically
        if m.rule:
            r = resolve(m.rule, anchor)
            assert (r.value, r.earliest, r.latest, r.precision) == (
                m.value, m.earliest, m.latest, m.precision), m
    return {m.text: m for m in ms}


# ---------------------------------------------------------------- weekday + month-day
@pytest.mark.parametrize("text,anchor,phrase,value", [
    # the weekday fixes the year, whatever the verb's tense says
    ("The paper wrote in an editorial on Saturday, April 25, that the ruling was wrong.",
     D(2015, 4, 24), "Saturday, April 25", "2015-04-25"),
    ("Shops closed early on Friday, Dec. 25, the mayor recalled.",
     D(2016, 1, 10), "Friday, Dec. 25", "2015-12-25"),
    ("The summit will open on Monday, Jan. 4, in Geneva.",
     D(2015, 12, 20), "Monday, Jan. 4", "2016-01-04"),
])
def test_weekday_with_month_day_picks_the_matching_year(text, anchor, phrase, value):
    m = by_text(text, anchor)[phrase]
    assert m.value == value and m.rule.endswith(f":wd{pendulum.parse(value).isoweekday()}")


def test_weekday_direction_in_rules():
    assert resolve("date:4:25:wd6", D(2015, 4, 24)).value == "2015-04-25"
    assert resolve("date:4:25:wd6", D(2016, 1, 1)).value == "2015-04-25"  # 2016-04-25 is a Monday
    assert resolve("date:4:25:wd6", None).value == "XXXX-04-25"
    # no nearby year has April 25 on a Tuesday (a typo in the text): nearest occurrence
    assert resolve("date:4:25:wd2", D(2015, 1, 1)).value == "2015-04-25"
    with pytest.raises(RuleError):
        resolve("date:4:25:wd9", D(2015, 1, 1))


# ---------------------------------------------------------------- end points and deadlines
def test_deadline_with_clock_time_after_past_verb_is_ahead():
    m = by_text("The company extended its offer until 5 p.m. EST Nov. 9.", D(2017, 11, 2))
    assert m["5 p.m. EST Nov. 9"].value == "2017-11-09T17:00"


def test_set_as_deadline_is_ahead_but_set_on_is_past():
    assert by_text("The bank has set Nov. 10 as the deadline for the offer.",
                   D(2017, 11, 2))["Nov. 10"].value == "2017-11-10"
    # participle + "on": the record was set then -> the latest Aug. 6 before the anchor
    assert by_text("The index ended within 70 points of its record high set on Aug. 6.",
                   D(2016, 2, 5))["Aug. 6"].value == "2015-08-06"


def test_plan_made_in_the_past_takes_the_nearest_weekday():
    ms = by_text("The offer was extended to Nov. 16. It had been due to expire Friday evening.",
                 D(2017, 10, 30))
    assert ms["Friday evening"].value == "2017-10-27TEV"
    assert ms["Nov. 16"].value == "2017-11-16"
    # a present plan still looks ahead
    assert by_text("The offer is due to expire Friday.", D(2017, 10, 30))["Friday"].value == "2017-11-03"


# ---------------------------------------------------------------- months inside noun phrases
def test_month_modifying_a_noun_ignores_the_past_verb():
    ms = by_text("The cartel informed refiners of a 20 percent cutback in its oil supply in September.",
                 D(1995, 8, 16))
    assert ms["September"].value == "1995-09"
    ms = by_text("Dealers placed buy orders for November transactions.", D(1995, 10, 30))
    assert ms["November"].value == "1995-11"
    # attached to the past verb itself: still last year's month
    assert by_text("Sales fell in November.", D(1995, 10, 27))["November"].value == "1994-11"


# ---------------------------------------------------------------- spelled years and counts
def test_the_year_two_thousand():
    ms = by_text("The chancellor promised to halve unemployment by the year two thousand.", D(1998, 2, 5))
    assert ms["the year two thousand"].value == "2000"
    assert by_text("Parliament met in two thousand and five.", D(2010, 1, 1))["two thousand and five"].value == "2005"
    assert [m for m in find("Glassmakers kept their secrets for more than two thousand years.",
                            D(1998, 2, 5)) if m.type == "DATE"] == []


def test_running_day_count_is_the_anchor_day():
    ms = by_text("Today is the eighth day of the strike.", D(1990, 8, 15))
    assert ms["the eighth day"].value == "1990-08-15"
    assert by_text("It's the 10th straight day of protests.", D(2019, 6, 20))["the 10th straight day"].value == "2019-06-20"
    assert "the second day" not in by_text("It was the second day of talks.", D(2019, 6, 20))


def test_year_after_possessive_is_a_year():
    assert by_text("It was booked as a gain in the company's 2017 results.", D(2017, 10, 30))["2017"].value == "2017"


# ---------------------------------------------------------------- vague future references
@pytest.mark.parametrize("text,phrase", [
    ("Analysts think the province will one day be independent.", "one day"),
    ("Regulators may soon seek an injunction.", "soon"),
    ("The firm expects its exports to soon grow.", "soon"),
    ("It does not bode well for coming quarters.", "coming quarters"),
    ("In the future the army may leave.", "the future"),
])
def test_future_refs(text, phrase):
    assert by_text(text, D(1998, 2, 5))[phrase].value == "FUTURE_REF"


@pytest.mark.parametrize("text", [
    "He left soon after the vote.",
    "She will call as soon as she can.",
    "The army will stay for the foreseeable future.",
    "The talks matter to the future of the region.",
    "The job lasted one day.",
])
def test_not_future_refs(text):
    assert [m for m in find(text, D(1998, 2, 5)) if m.value == "FUTURE_REF"] == []


# ---------------------------------------------------------------- earnings-report periods
def test_for_the_year_is_the_year_under_discussion():
    assert by_text("For the year, pet food volume was flat.", D(2017, 11, 2))["the year"].value == "2017"
    ms = by_text("Sales rose in 2015. For the year, volume was flat.", D(2017, 11, 2))
    assert ms["the year"].value == "2015"
    assert "the year" not in by_text("Revenue for the year ended June 30 rose.", D(2017, 11, 2))


def test_year_to_date_figures_compare_with_the_previous_year():
    text = ("Profit rose 5% in the third quarter from a year earlier. For the nine months, "
            "net was $5 million, up from $4 million a year earlier.")
    by_text(text, D(2017, 10, 26))
    ms = find(text, D(2017, 10, 26))
    assert [m.value for m in ms if m.text == "a year earlier"] == ["2016-Q3", "2016"]
    assert [m.value for m in ms if m.text == "the third quarter"] == ["2017-Q3"]


def test_same_period_last_year_follows_the_quarter():
    ms = by_text("Net fell to $8 million in the third quarter, from $9 million for the corresponding "
                 "period last year. Sales for last year's quarter were $3 million.", D(2017, 11, 1))
    assert ms["the corresponding period last year"].value == "2016-Q3"
    assert ms["last year's quarter"].value == "2016-Q3"
    # with no quarter under discussion it is simply last year
    assert by_text("Sales matched the same period last year.", D(2017, 11, 1))[
        "the same period last year"].value == "2016"
