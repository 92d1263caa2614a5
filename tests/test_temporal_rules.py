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
    # "the year ended June 30" is the twelve-month span: a TimeML duration, not a date
    ms = by_text("Revenue for the year ended June 30 rose.", D(2017, 11, 2))
    assert (ms["the year"].type, ms["the year"].value) == ("DURATION", "P1Y")


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


# ---------------------------------------------------------------- latest completed periods
def test_latest_quarter_is_the_last_completed_one_whatever_was_mentioned():
    ms = by_text("It expects a fourth-quarter charge. Profit fell 59% in the latest quarter, "
                 "compared with $6 million a year ago.", D(2017, 11, 2))
    assert ms["fourth-quarter"].value == "2017-Q4"
    assert ms["the latest quarter"].value == "2017-Q3"
    assert ms["a year ago"].value == "2016-Q3"  # follows the latest quarter
    assert by_text("Sales in the most recent quarter rose.", D(2018, 2, 1))[
        "the most recent quarter"].value == "2017-Q4"


def test_latest_fiscal_year_is_the_last_completed_year():
    ms = by_text("It had $5 billion in sales in the latest fiscal year.", D(1989, 10, 26))
    assert ms["the latest fiscal year"].value == "1988"


def test_elided_last_after_this_unit():
    ms = by_text("That would mean a dividend twice as high this year as last.", D(1989, 10, 27))
    assert (ms["this year"].value, ms["last"].value) == ("1989", "1988")
    assert "last" not in by_text("He came this year as last time.", D(1989, 10, 27))


# ---------------------------------------------------------------- durations, not dates
@pytest.mark.parametrize("text,phrase,value", [
    ("Troops may surrender over the next few days.", "the next few days", "PXD"),
    ("Chip sales will lag for the next several years.", "the next several years", "PXY"),
    ("Three days later, the index recovered.", "Three days", "P3D"),
    ("A few days later, the firm announced a deal.", "A few days", "PXD"),
    ("A day earlier, trucks crossed the border.", "A day", "P1D"),
    ("Two weeks later the talks resumed.", "Two weeks", "P2W"),
    ("Net rose in the fiscal year ended Jan. 31.", "the fiscal year", "P1Y"),
])
def test_timeml_durations(text, phrase, value):
    ms = by_text(text, D(1998, 2, 5))
    assert (ms[phrase].type, ms[phrase].value) == ("DURATION", value)
    assert not [m for m in ms.values() if m.value in ("PAST_REF", "FUTURE_REF")]


def test_past_few_and_year_earlier_stay_dates():
    assert by_text("Rates have fallen in the last few months.", D(1998, 2, 5))[
        "the last few months"].value == "PAST_REF"
    ms = by_text("Profit rose in the third quarter from $2 million a year earlier.", D(2017, 10, 26))
    assert (ms["a year earlier"].type, ms["a year earlier"].value) == ("DATE", "2016-Q3")


def test_counted_past_span_is_not_past_ref():
    assert not [m for m in find("Violence flared for the past three summers.", D(1998, 3, 22))
                if m.value == "PAST_REF"]
    assert by_text("In the past, prices fell.", D(1998, 3, 22))["the past"].value == "PAST_REF"


# ---------------------------------------------------------------- weekdays
def test_possessive_weekday_is_a_reported_day():
    # anchor Monday 1989-10-30: the nearest Thursday would be Nov. 2, but "Thursday's
    # closing price" was already reported
    ms = by_text("The notes carry a 24% premium over Thursday's closing price.", D(1989, 10, 30))
    assert ms["Thursday"].value == "1989-10-26"
    ms = by_text("Friday's trading volume totaled 100 million shares.", D(1989, 10, 30))
    assert ms["Friday"].value == "1989-10-27"
    # a future verb still looks ahead
    assert by_text("Wednesday's meeting will decide it.", D(1989, 10, 30))["Wednesday"].value == "1989-11-01"


def test_plural_part_of_day_makes_weekdays_recurring():
    ms = by_text("Two flights will leave Bombay on Monday and Tuesday nights.", D(1998, 2, 13))
    assert (ms["Monday"].type, ms["Monday"].value) == ("SET", "XXXX-WXX-1TNI")
    assert (ms["Tuesday nights"].type, ms["Tuesday nights"].value) == ("SET", "XXXX-WXX-2TNI")
    assert by_text("He left Tuesday night.", D(1998, 2, 13))["Tuesday night"].value == "1998-02-10TNI"


def test_deadline_clock_time_without_verb_tense_looks_ahead():
    ms = by_text("It extended its offer for the shares it doesn't already own until 5 p.m. EST, Nov. 6.",
                 D(1989, 10, 30))
    assert ms["5 p.m. EST, Nov. 6"].value == "1989-11-06T17:00"


# ---------------------------------------------------------------- anaphoric days, holidays
def test_previous_and_next_day_follow_the_day_under_discussion():
    ms = by_text("They met on May 3. The next day they signed; the previous day they had argued.",
                 D(1998, 6, 1))
    assert ms["The next day"].value == "1998-05-04"
    assert ms["the previous day"].value == "1998-05-02"
    assert by_text("The previous day, prices fell.", D(1998, 2, 12))["The previous day"].value == "1998-02-11"


@pytest.mark.parametrize("text,phrase,value", [
    ("Sales rose strongly at Christmas.", "Christmas", "1997-12-25"),
    ("He will return by New Year's Day.", "New Year's Day", "1999-01-01"),
    ("They married on Christmas Eve 1990.", "Christmas Eve 1990", "1990-12-24"),
    ("The parade is held on the Fourth of July.", "the Fourth of July", "1998-07-04"),
])
def test_fixed_date_holidays(text, phrase, value):
    ms = by_text(text, D(1998, 2, 12))
    assert (ms[phrase].type, ms[phrase].value) == ("DATE", value)


def test_holiday_words_that_are_not_dates():
    assert find("He flew to Christmas Island to sell Christmas trees.", D(1998, 2, 12)) == []


# ---------------------------------------------------------------- TimeML extents
@pytest.mark.parametrize("text,phrase", [
    ("The company will release the third-quarter results soon.", "third-quarter"),
    ("Prices rose over three years.", "three years"),
    ("The answer comes in just a few minutes.", "a few minutes"),
    ("It is a five year plan.", "five year"),
    ("Profit rose in the third quarter.", "the third quarter"),   # a noun keeps its "the"
    ("Net fell in the nine months.", "the nine months"),
    ("Prices rose nearly two years.", "nearly two years"),       # approximations stay inside
])
def test_timeml_extents(text, phrase):
    assert phrase in by_text(text, D(1989, 10, 30))


# ---------------------------------------------------------------- frequency words, "then"
@pytest.mark.parametrize("text", [
    "The company raised its quarterly dividend.",
    "Qantas plans daily flights to Bombay.",
    "Revenue should rise 20% annually through 1992.",
    "It will make 10,000 units annually.",
])
def test_frequency_words_that_classify_or_rate_are_not_mentions(text):
    assert [m for m in find(text, D(1989, 10, 26)) if m.type == "SET"] == []


def test_frequency_adverb_of_a_verb_is_a_set():
    ms = by_text("The board met weekly for the past two months.", D(1989, 10, 26))
    assert (ms["weekly"].type, ms["weekly"].value) == ("SET", "P1W")


def test_then_current_is_past():
    ms = by_text("Holders may buy shares at half the then current market price.", D(1989, 10, 26))
    assert ms["then current"].value == "PAST_REF"
    assert by_text("at the current price", D(1989, 10, 26))["current"].value == "PRESENT_REF"


def test_quarter_a_year_ago_is_one_mention():
    ms = by_text("Columbia lost $226 million in the third quarter. For the quarter a year ago, "
                 "it earned $9 million.", D(1989, 10, 26))
    assert ms["the quarter a year ago"].value == "1988-Q3"


@pytest.mark.parametrize("text,value", [
    ("Concern may have been responsible for a drop in the stock on Wednesday.", "1989-10-25"),
    ("They could have met Monday.", "1989-10-23"),
    ("The offer would have expired Friday.", "1989-10-27"),
    ("He will have finished by Wednesday.", "1989-11-01"),   # future perfect still looks ahead
    ("He may leave Wednesday.", "1989-11-01"),
])
def test_modal_perfect_is_past(text, value):
    # anchor Friday 1989-10-27
    ms = [m for m in find(text, D(1989, 10, 27)) if m.type == "DATE"]
    assert ms[0].value == value
    by_text(text, D(1989, 10, 27))
