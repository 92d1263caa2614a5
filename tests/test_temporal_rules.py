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


# ---------------------------------------------------------------- ordinals, fractions, decimals
@pytest.mark.parametrize("text", [
    "Obama is running for a second term.",
    "A second helicopter crashed in the fog.",
    "Officials fear a second wave of infections.",
])
def test_a_second_before_a_noun_is_the_ordinal(text):
    assert [m for m in find(text, D(2012, 10, 28)) if m.value.startswith("PT")] == []


def test_a_second_as_a_span_is_still_a_duration():
    ms = by_text("Wait a second or two before you answer.", D(2012, 10, 28))
    assert (ms["a second"].type, ms["a second"].value) == ("DURATION", "PT1S")


@pytest.mark.parametrize("text", [
    "Life expectancy rose by 1.05 years in Poland and 7.33 years in Estonia.",
    "The average workweek was unchanged at 34.4 hours.",
])
def test_digits_after_a_decimal_point_are_not_a_duration(text):
    assert find(text, D(2017, 10, 17)) == []


@pytest.mark.parametrize("text,phrase,typ,value", [
    ("King spoke from those steps half a century ago.", "half a century ago", "DATE", "1963"),
    ("After a quarter of a century on the national stage, he quit.", "a quarter of a century",
     "DURATION", "P25Y"),
    ("It took half an hour.", "half an hour", "DURATION", "PT30M"),
    ("Relations were cut for more than half a century.", "more than half a century", "DURATION",
     "P50Y"),
    ("Voters were unemployed for more than half a year.", "more than half a year", "DURATION",
     "P6M"),
])
def test_fractions_of_a_unit(text, phrase, typ, value):
    m = by_text(text, D(2013, 8, 28))[phrase]
    assert (m.type, m.value) == (typ, value)


def test_fraction_inside_a_larger_number_is_not_a_half_year():
    ms = find("He is serving a seven-and-a-half-year sentence.", D(2019, 6, 5))
    assert [m for m in ms if m.value == "P6M"] == []


@pytest.mark.parametrize("text", [
    "More than a quarter of the voters stayed home.",
    "Less than a quarter of the cuts would benefit the bottom 80 percent.",
])
def test_a_quarter_of_something_is_a_fraction(text):
    assert [m for m in find(text, D(2016, 11, 27)) if m.value == "P1Q"] == []


# ---------------------------------------------------------------- "N units later"
@pytest.mark.parametrize("text,phrase,value", [
    ("In 2008 he pledged jobs. But four years later, he acknowledges the rate is high.",
     "four years", "P4Y"),
    ("The ban expired a decade later.", "a decade", "P1DE"),
    ("Armed officers were on site five minutes later.", "five minutes", "PT5M"),
])
def test_later_counts_from_the_story_not_the_publication_date(text, phrase, value):
    # anchor 2012-10-28: "four years later" is not 2016
    ms = find(text, D(2012, 10, 28))
    assert [(m.text, m.type, m.value) for m in ms if m.text == phrase] == [(phrase, "DURATION", value)]
    assert not [m for m in ms if "later" in m.text]


def test_a_year_earlier_in_earnings_news_stays_a_date():
    ms = by_text("Net fell to $5 million from $7 million a year earlier.", D(2012, 10, 28))
    assert (ms["a year earlier"].type, ms["a year earlier"].value) == ("DATE", "2011")


# ---------------------------------------------------------------- frequency words in names
@pytest.mark.parametrize("text", [
    "Sign up for Daily Newsletters",
    "Several senators told The Daily Beast on Tuesday.",
    "He wrote for the Weekly Standard.",
])
def test_frequency_word_in_a_name_is_not_a_set(text):
    assert [m for m in find(text, D(2014, 1, 8)) if m.type == "SET"] == []


# ---------------------------------------------------------------- schedule bounds
@pytest.mark.parametrize("text,anchor,phrase,value", [
    # a past verb would send these to the previous year; a bound on a schedule is near
    ("Kemp announced the reopening of gyms as early as April 24.", D(2020, 4, 15), "April 24",
     "2020-04-24"),
    ("Obama ordered a review of the hacking, to be delivered no later than Dec. 16.",
     D(2016, 12, 13), "Dec. 16", "2016-12-16"),
    ("Congress acted when required as soon as early March.", D(2013, 12, 20), "early March",
     "2014-03"),
])
def test_schedule_bound_takes_the_nearest_date(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


def test_past_verb_without_a_bound_still_looks_back():
    assert by_text("The governor reopened the gyms on April 24.", D(2020, 4, 15))["April 24"].value == "2019-04-24"


def test_year_ago_adjective_leaves_the_determiner_to_its_noun():
    ms = by_text("The year-ago results were restated. In the year-ago quarter, it lost money.",
                 D(1989, 10, 30))
    assert "year-ago" in ms and "The year-ago" not in ms
    assert ms["year-ago"].value == "1988"
    assert "the year-ago quarter" in ms


# ---------------------------------------------------------------- anaphoric weekdays
def test_previous_weekday_counts_from_the_day_under_discussion():
    # anchor Monday 1989-10-30; "Friday" is Oct. 27, the previous Friday a week before it
    ms = by_text("The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.",
                 D(1989, 10, 30))
    assert ms["Friday"].value == "1989-10-27"
    assert ms["the previous Friday"].value == "1989-10-20"


def test_following_weekday_after_a_date_and_part_of_day():
    ms = by_text("They met on Oct. 3, 1989. The following Tuesday night they signed.", D(1989, 10, 30))
    m = ms["The following Tuesday night"]
    assert (m.type, m.value) == ("TIME", "1989-10-10TNI")


def test_anaphoric_weekday_without_a_day_under_discussion_uses_the_anchor():
    ms = by_text("The previous Friday, he quit.", D(1989, 10, 30))
    assert ms["The previous Friday"].value == "1989-10-27"
    assert find("The previous Friday, he quit.", None)[0].value == "XXXX-WXX-5"
    assert resolve("date:10:3:past|wd:next:2", D(1989, 10, 30)).value == "1989-10-10"


# ---------------------------------------------------------------- nouns that look like dates
@pytest.mark.parametrize("text", [
    "Years ago, shortly after the fall of the Berlin Wall, he left.",
    "The Fall of the DOJ",
    "Scenes from March on Washington",
    "Thousands joined the March for Life since March for Life began.",
])
def test_fall_of_and_march_on_are_not_dates(text):
    assert find(text, D(2017, 10, 17)) == []


def test_fall_with_a_year_and_march_the_month_still_are():
    assert by_text("They met in the fall of 2016.", D(2017, 10, 17))["the fall of 2016"].value == "2016-FA"
    assert by_text("He left in March on Monday.", D(2017, 10, 17))["March"].value == "2017-03"


# ---------------------------------------------------------------- names holding time words
@pytest.mark.parametrize("text", [
    "Michigan Rep. Justin Amash told USA TODAY.",
    "A USA Today poll found a different margin.",
    "Sen. Mark Warner told “Fox News Sunday” that the storm will hurt.",
    "He told The Sunday Times about it.",
    "Overnight Defense: Trump hosts Erdogan",
    "She spoke on NBC's Today show.",
    "Franken once starred on Saturday Night Live.",
])
def test_media_names_are_not_dates(text):
    assert find(text, D(2019, 2, 28)) == []


def test_weekday_and_today_outside_names_still_resolve():
    ms = by_text("Amash told USA TODAY on Thursday that he left. Today, he spoke. Overnight, it rained.",
                 D(2019, 7, 4))
    assert ms["Thursday"].value == "2019-07-04" and ms["Today"].value == "2019-07-04"
    assert ms["Overnight"].type == "TIME"
    assert by_text("He told Fox News Tuesday that he would run.", D(2019, 7, 4))["Tuesday"].value == "2019-07-02"


@pytest.mark.parametrize("text", [
    "He appeared on two different Sunday shows this week.",
    "He made the rounds of the Sunday talk shows.",
])
def test_sunday_shows_are_a_recurring_set(text):
    sets = [m for m in find(text, D(2014, 2, 19)) if m.text == "Sunday"]
    assert [(m.type, m.value) for m in sets] == [("SET", "XXXX-WXX-7")]


def test_weekday_before_the_verb_shows_is_a_date():
    ms = by_text("ISIS video released Tuesday shows a second beheading.", D(2014, 9, 3))
    assert (ms["Tuesday"].type, ms["Tuesday"].value) == ("DATE", "2014-09-02")


@pytest.mark.parametrize("text,phrase,value", [
    ("They lived in refugee camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("He is serving a seven-and-a-half-year sentence.", "seven-and-a-half-year", "P7Y6M"),
    ("It was a 2.5 hour drive.", "2.5 hour", "PT2H30M"),
    ("They talked for two and a half hours.", "two and a half hours", "PT2H30M"),
])
def test_a_number_and_a_half(text, phrase, value):
    m = by_text(text, D(1998, 2, 27))[phrase]
    assert (m.type, m.value) == ("DURATION", value)


@pytest.mark.parametrize("text", ["McCaw dropped 2 1/2 to 37 3/4.", "The child is 2 1/2 years old."])
def test_halves_that_are_not_durations(text):
    assert find(text, D(1998, 2, 27)) == []


# ---------------------------------------------------------------- halves and quarters of things
@pytest.mark.parametrize("text", [
    "The first half of that sentence is pure politician speak.",
    "He scored twice in the fourth quarter of the game.",
])
def test_half_or_quarter_of_a_thing_is_not_a_period(text):
    assert find(text, D(2017, 6, 1)) == []


@pytest.mark.parametrize("text,phrase,value", [
    ("It posted a loss for the third quarter of $226.3 million.", "the third quarter", "2016-Q3"),
    ("Sales rose in the first half of 2016.", "the first half of 2016", "2016-H1"),
    ("Earnings fell in the second quarter of this year.", "the second quarter of this year", "2017-Q2"),
])
def test_half_or_quarter_of_a_year_still_is(text, phrase, value):
    assert by_text(text, D(2017, 6, 1))[phrase].value == value


def test_half_of_a_decade_is_part_of_the_decade():
    m = by_text("Sales followed the trend of the last half of the '80s.", D(1989, 10, 26))["the last half of the '80s"]
    assert (m.value, m.mod, m.earliest, m.latest) == ("198", "END", D(1985, 1, 1), D(1989, 12, 31))
    m = by_text("It was built in the first half of the 20th century.", D(1989, 10, 26))["the first half of the 20th century"]
    assert (m.value, m.mod, m.earliest, m.latest) == ("19", "START", D(1900, 1, 1), D(1949, 12, 31))


# ---------------------------------------------------------------- part of a named day
@pytest.mark.parametrize("text,phrase,value", [
    ("By the morning of Oct. 27, it had spread to many more.", "the morning of Oct. 27", "2018-10-27TMO"),
    ("The evening of Oct. 17, a Republican member spoke.", "The evening of Oct. 17", "2018-10-17TEV"),
    ("He spoke on the morning of February 18, 2020.", "the morning of February 18, 2020", "2020-02-18TMO"),
    ("Police came on the night of Monday, Oct. 29.", "the night of Monday, Oct. 29", "2018-10-29TNI"),
])
def test_part_of_day_of_a_date_is_one_time(text, phrase, value):
    m = by_text(text, D(2018, 10, 31))[phrase]
    assert (m.type, m.value) == ("TIME", value)


@pytest.mark.parametrize("text", [
    'He told CBS\' "This Morning," that he would not run.',
    'In a taping of "The Tonight Show" with Jimmy Fallon, she laughed.',
])
def test_programme_titles_are_not_times(text):
    assert find(text, D(2012, 7, 13)) == []


def test_this_morning_and_tonight_still_are():
    ms = by_text("This morning, he spoke. He will speak again tonight.", D(2012, 7, 13))
    assert ms["This morning"].value == "2012-07-13TMO" and ms["tonight"].value == "2012-07-13TNI"


def test_a_time_on_a_named_day_puts_that_day_under_discussion():
    ms = by_text("The evening of Oct. 17, a congressman posted it. The next day, others did.", D(2018, 10, 31))
    assert ms["The next day"].value == "2018-10-18"
    ms = by_text("The store was robbed at 10 p.m. Wednesday. The next day, police came.", D(1998, 2, 13))
    assert ms["10 p.m. Wednesday"].value == "1998-02-11T22:00"
    assert ms["The next day"].value == "1998-02-12"


def test_a_time_relative_to_publication_does_not_displace_the_day_under_discussion():
    ms = by_text("Prices closed lower Friday. Overnight losses in New York hurt. The index fell "
                 "4.5% from the previous Friday.", D(1989, 10, 30))
    assert ms["the previous Friday"].value == "1989-10-20"


def test_the_past_quarter_century_is_25_years_not_a_fiscal_quarter():
    ms = by_text("Over the past quarter century the words became standard.", D(2019, 5, 21))
    assert (ms["the past quarter century"].type, ms["the past quarter century"].value) == ("DURATION", "P25Y")
    assert by_text("In the last quarter, sales rose.", D(2019, 5, 21))["the last quarter"].value == "2018-Q4"
