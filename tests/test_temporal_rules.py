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
    assert by_text("In the last quarter, sales rose.", D(2019, 5, 21))["the last quarter"].value == "2019-Q1"


# ---------------------------------------------------------------- ranges of dates

@pytest.mark.parametrize("text,anchor,values", [
    # a range is placed as a whole: its end follows its start, whatever the tense says of each
    ("Prices rose from Nov. 3 to Jan. 4.", D(2017, 10, 27), ("2016-11-03", "2017-01-04")),
    ("Sales rose between November and January.", D(2017, 10, 27), ("2016-11", "2017-01")),
    ("Growth from April through June was 3.1%.", D(2017, 10, 27), ("2017-04", "2017-06")),
    ("Prices will rise from November to January.", D(2017, 10, 27), ("2017-11", "2018-01")),
    ("He served from early April to late June.", D(2017, 10, 27), ("2017-04", "2017-06")),
])
def test_both_ends_of_a_yearless_range_are_placed_together(text, anchor, values):
    ms = by_text(text, anchor)  # each end also re-dates from its rule
    assert tuple(m.value for m in ms.values()) == values


@pytest.mark.parametrize("text,phrase,value", [
    ("Prices rose from April to June 2016.", "April", "2016-04"),
    ("Between Jan. 5 and Feb. 3, 2016, prices rose.", "Jan. 5", "2016-01-05"),
    ("Deaths were counted from Nov. 20 through Jan. 31, 2018.", "Nov. 20", "2017-11-20"),
])
def test_a_yearless_range_start_takes_the_year_of_its_dated_end(text, phrase, value):
    assert by_text(text, D(2019, 5, 2))[phrase].value == value


def test_range_rules_resolve_without_an_anchor_and_reject_bad_input():
    assert resolve("range:11-3:1-4:b:past", None).value == "XXXX-01-04"
    assert resolve("range:4:6:a:near", None).value == "XXXX-04"
    assert resolve("range:2-29:3-1:a:past", D(2019, 5, 2)).value == "2016-02-29"
    with pytest.raises(RuleError):
        resolve("range:13:6:a:past", D(2019, 5, 2))
    with pytest.raises(RuleError):
        resolve("range:4:6:c:past", D(2019, 5, 2))


# ---------------------------------------------------------------- tense of the governing verb

def test_a_non_finite_passive_takes_the_tense_of_the_verb_it_depends_on():
    ms = by_text("He said the market is going to start getting beaten up in the spring.", D(1998, 2, 6))
    assert ms["the spring"].value == "1998-SP"
    # a progressive participle on a noun is the nearest day; "after being freed" still looks back
    assert by_text("The plan being released Monday cuts spending.", D(2020, 2, 9))["Monday"].value == "2020-02-10"
    assert by_text("A militant reacts after being freed on May 4.", D(2014, 4, 21))["May 4"].value == "2013-05-04"


@pytest.mark.parametrize("text,anchor,phrase,value", [
    # English marks no future in a temporal clause: the main clause's future decides
    ("He will meet reporters after he arrives Friday.", D(1989, 10, 30), "Friday", "1989-11-03"),
    ("Congress will act once they reconvene on Tuesday.", D(2018, 11, 14), "Tuesday", "2018-11-20"),
    # ... also backshifted in reported speech, under a future seen from the past
    ("Analysts said institutions were likely to buy its stock as soon as trading opened Monday.",
     D(1989, 11, 1), "Monday", "1989-11-06"),
    # a plain past temporal clause stays in the past
    ("Aftershocks could be in store after a quake hit the area on Thursday.", D(2019, 7, 5),
     "Thursday", "2019-07-04"),
    ("He was able to walk after he was flown on Saturday to Atlanta.", D(2014, 8, 3),
     "Saturday", "2014-08-02"),
])
def test_a_temporal_clause_takes_the_future_of_its_main_clause(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


# ---------------------------------------------------------------- earnings reports

def test_a_contrasted_quarter_is_not_the_quarter_under_discussion():
    text = ("The company posted a 20% gain in third-quarter net income. After a flat second "
            "quarter, results improved. Charges were taken in the year-earlier period.")
    ms = by_text(text, D(1989, 11, 1))
    assert ms["second quarter"].value == "1989-Q2"
    assert ms["the year-earlier period"].value == "1988-Q3"


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("text", [
    "In contrast, the Morning Consult survey showed a lead.",
    "He did not say so in the statement to the Morning News.",
])
def test_a_capitalised_part_of_day_mid_sentence_is_a_name(text):
    assert [m.text for m in find(text, D(2020, 4, 30))] == []


def test_the_morning_in_lower_case_is_still_a_time():
    assert by_text("He left in the morning.", D(2020, 4, 30))["the morning"].value == "2020-04-30TMO"


# ---------------------------------------------------------------- extents (TimeML: the whole phrase)

def test_a_year_earlier_span_is_one_duration():
    ms = by_text("Net for the year-earlier nine months also included a gain.", D(1989, 10, 26))
    assert [(m.text, m.type, m.value) for m in ms.values()] == [
        ("the year-earlier nine months", "DURATION", "P9M")]
    assert by_text("Year-earlier results included a gain.", D(1989, 10, 26))["Year-earlier"].type == "DATE"


def test_a_relative_word_before_a_weekday_and_date_is_in_the_extent():
    ms = by_text("Women's Day is this coming Sunday, March eighth.", D(1998, 3, 5))
    assert ms["this coming Sunday, March eighth"].value == "1998-03-08"
    assert by_text("He left last Sunday, March 1.", D(1998, 3, 5))["last Sunday, March 1"].value == "1998-03-01"


# ---------------------------------------------------------------- holidays on a moving date

@pytest.mark.parametrize("text,anchor,phrase,value", [
    ("He spoke on Thanksgiving.", D(2018, 10, 10), "Thanksgiving", "2017-11-23"),
    ("Congress returns after Thanksgiving.", D(2016, 11, 18), "Thanksgiving", "2016-11-24"),
    ("The storm may last through Labor Day.", D(2016, 9, 2), "Labor Day", "2016-09-05"),
    ("Senators left ahead of Memorial Day.", D(2020, 5, 22), "Memorial Day", "2020-05-25"),
    ("Voters will go to the polls on Election Day.", D(2020, 7, 10), "Election Day", "2020-11-03"),
    ("Trump hoped to reopen businesses by Easter.", D(2020, 3, 27), "Easter", "2020-04-12"),
    ("Biden will be nearly 74 on Election Day 2016.", D(2013, 1, 27), "Election Day 2016", "2016-11-08"),
    ("The pope prayed on Good Friday, 2016.", D(2018, 1, 1), "Good Friday, 2016", "2016-03-25"),
    ("Martin Luther King Jr. Day is Monday.", D(2019, 1, 18), "Martin Luther King Jr. Day", "2019-01-21"),
    ("Five things to watch on Super Tuesday.", D(2020, 2, 25), "Super Tuesday", "2020-03-03"),
])
def test_moving_holidays_are_dates(text, anchor, phrase, value):
    m = by_text(text, anchor)[phrase]
    assert (m.type, m.value) == ("DATE", value)


@pytest.mark.parametrize("text", [
    "Children hunted Easter eggs.",
    "The Thanksgiving Day parade and the Thanksgiving dinner were fun.",
])
def test_holiday_words_that_name_other_things(text):
    assert find(text, D(2018, 10, 10)) == []


def test_moving_holiday_rules_resolve_without_an_anchor():
    assert resolve("holiday:thanksgiving:past", None).value == "XXXX-11-XX"
    with pytest.raises(RuleError):
        resolve("holiday:arbor:past", D(2019, 5, 2))


# ---------------------------------------------------------------- a clock time on a named day

@pytest.mark.parametrize("text,anchor,phrase,value", [
    ("The meeting is Friday at 3 p.m.", D(2018, 10, 10), "3 p.m.", "2018-10-12T15:00"),
    ("He will testify on Jan. 5 at noon.", D(2018, 10, 10), "noon", "2019-01-05T12:00"),
    ("The vote was Jan. 5, 2018, at 10 a.m.", D(2018, 10, 10), "10 a.m.", "2018-01-05T10:00"),
    # with no day just before it, a clock time is on the publication day
    ("Officials met Tuesday. Police arrived at 3 p.m.", D(2018, 10, 10), "3 p.m.", "2018-10-10T15:00"),
])
def test_a_clock_time_after_a_day_is_on_that_day(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


# ---------------------------------------------------------------- the time a verb sets

@pytest.mark.parametrize("text,anchor,phrase,value", [
    # set now: ahead
    ("He has scheduled a hearing for Wednesday.", D(2018, 11, 13), "Wednesday", "2018-11-14"),
    ("There is a vote scheduled for Monday.", D(2018, 11, 13), "Monday", "2018-11-19"),
    # set in the past: the nearest (it may have come already)
    ("Trump canceled a rally scheduled for Monday.", D(2016, 6, 15), "Monday", "2016-06-13"),
    ("Court appearances were set for Friday.", D(2014, 1, 21), "Friday", "2014-01-24"),
    ("They pushed the vote to Friday.", D(2012, 7, 3), "Friday", "2012-07-06"),
    # pushing "for" is not setting a time
    ("Supporters pushed the storyline for much of Tuesday.", D(2012, 7, 5), "Tuesday", "2012-07-03"),
])
def test_a_time_set_by_a_scheduling_verb_is_not_the_time_of_setting(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


# ---------------------------------------------------------------- weeks and days named by their parts

@pytest.mark.parametrize("text,anchor,phrase,value", [
    ("The first week of January was busy.", D(2018, 10, 10), "The first week of January", "2018-W01"),
    ("It rained in the last week of March 2018.", D(2019, 10, 10), "the last week of March 2018", "2018-W13"),
    ("He will travel the first week of November.", D(2018, 10, 10), "the first week of November", "2018-W44"),
    ("The week of Jan. 15 was busy.", D(2018, 10, 10), "The week of Jan. 15", "2018-W03"),
    ("By the end of the week, it will pass.", D(2018, 10, 10), "the end of the week", "2018-W41"),
    ("By the end of the decade, it will pass.", D(2018, 10, 10), "the end of the decade", "201"),
    ("He left the day before yesterday.", D(2018, 10, 10), "the day before yesterday", "2018-10-08"),
    ("He returns the day after tomorrow.", D(2018, 10, 10), "the day after tomorrow", "2018-10-12"),
])
def test_weeks_and_days_named_by_their_parts(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


def test_a_present_perfect_takes_no_date_so_its_month_is_a_target():
    ms = by_text("Republicans have zeroed in on the last week of July to reach agreement.", D(2020, 6, 30))
    assert ms["the last week of July"].value == "2020-W31"
    # ... but "since" a month still looks back
    assert by_text("Prices have risen since November.", D(2020, 6, 30))["November"].value == "2019-11"


@pytest.mark.parametrize("text,anchor,phrase,value", [
    # a typographic apostrophe is still a contraction: "they’ll" is "they will"
    ("Obama said he’ll meet Monday with the attorney general.", D(2016, 1, 2), "Monday", "2016-01-04"),
    ("Republicans hope they’ll be able to beat Brown in November.", D(2018, 1, 4), "November", "2018-11"),
    # an infinitive after a rank reports a done act
    ("Alex Morgan became the latest to score a goal in Lyon on Tuesday.", D(2019, 7, 3), "Tuesday", "2019-07-02"),
    ("Clinton was the first to make the appeal on Tuesday night.", D(2016, 2, 5), "Tuesday night", "2016-02-02TNI"),
    # ability is not a plan: "was unable to" is as past as its copula
    ("Others were still unable to explain Friday's events.", D(2012, 12, 16), "Friday", "2012-12-14"),
    ("Leaders were unable to strike an accord in September.", D(2016, 11, 18), "September", "2016-09"),
    # an infinitive after an adjective takes the tense of the clause it is in
    ("Supply problems made it hard for the firm to meet demand well into the summer.", D(1998, 10, 20),
     "the summer", "1998-SU"),
    ("It will be hard for the firm to meet demand in the summer.", D(1998, 10, 20), "the summer", "1999-SU"),
])
def test_contractions_ranks_and_ability_in_the_governing_verb(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


def test_a_fiscal_quarter_named_with_its_end_date_is_of_that_date_s_year():
    text = ("In the comparable year-ago quarter, the second quarter ended Oct. 31, the company "
            "earned less. Results for that quarter included a charge.")
    ms = by_text(text, D(1989, 10, 27))
    assert ms["the second quarter"].value == "1988-Q2"   # Oct. 31, 1989 is still to come
    assert ms["that quarter"].value == "1988-Q2"
    assert by_text("Earnings for its fourth quarter ended Sept. 30 fell.", D(1989, 11, 2))["fourth quarter"].value == "1989-Q4"
    assert by_text("The fourth quarter ended June 30, 1988, was weak.", D(1989, 11, 2))["The fourth quarter"].value == "1988-Q4"


@pytest.mark.parametrize("text,anchor,value", [
    # the month just gone is "last month": "last February" in March is a year back
    ("Two helicopters crashed last February.", D(1998, 3, 1), "1997-02"),
    ("Trudeau's election last October was hailed.", D(2016, 11, 15), "2015-10"),
    # any other month: the latest one before the publication date
    ("The plan was approved last April.", D(1989, 10, 27), "1989-04"),
    ("He began the talks last August.", D(1991, 2, 25), "1990-08"),
])
def test_last_month_name_is_never_the_month_just_gone(text, anchor, value):
    m = [m for m in find(text, anchor) if m.text.startswith("last")][0]
    assert m.value == value and resolve(m.rule, anchor).value == value
    assert by_text("He left this past February.", D(1998, 3, 1))["this past February"].value == "1998-02"


@pytest.mark.parametrize("text", [
    "Many wore hoodies like the one Martin had on the night he died.",
    "Tapes from the night the TWA Flight went down were released.",
    "She was at the spa the morning the Patriots won the title.",
])
def test_the_night_of_an_event_named_by_a_clause_is_not_the_publication_night(text):
    assert find(text, D(2013, 7, 14)) == []


def test_the_night_and_that_evening_without_a_clause_still_are_times():
    assert by_text("He left in the morning, the police said.", D(2013, 7, 14))["the morning"].value == "2013-07-14TMO"
    assert by_text("That evening the crowds returned.", D(2013, 7, 14))["That evening"].value == "2013-07-14TEV"


# ---------------------------------------------------------------- recurrences

@pytest.mark.parametrize("text,phrase,value", [
    ("Elections are held every two years.", "every two years", "P2Y"),
    ("Buses run every 10 minutes.", "every 10 minutes", "PT10M"),
    ("They visit once every few months.", "every few months", "PXM"),
])
def test_every_n_units_is_a_set(text, phrase, value):
    m = by_text(text, D(2018, 10, 10))[phrase]
    assert (m.type, m.value) == ("SET", value)


def test_daily_at_the_end_of_a_name_is_not_a_set():
    assert find("The Boston Globe and China Daily are clients.", D(2018, 10, 10)) == []
    assert by_text("They met weekly.", D(2018, 10, 10))["weekly"].type == "SET"


@pytest.mark.parametrize("text,anchor,phrase,value", [
    # under a modal or a bare infinitive, a month (or date) just gone is meant ...
    ("On that first visit in April you could feel Thoreau there.", D(2020, 5, 21), "April", "2020-04"),
    ("Kim sent a delegation to attend the Olympics in February.", D(2018, 3, 9), "February", "2018-02"),
    ("The reaction after the Nov. 7 press conference cannot be made legal.", D(2018, 11, 19), "Nov. 7", "2018-11-07"),
    # ... else the coming one, and a plain future always looks ahead
    ("Democrats could win the Senate in November.", D(2018, 2, 9), "November", "2018-11"),
    ("The vaccine will be deployed in April.", D(2020, 5, 21), "April", "2021-04"),
])
def test_a_modal_month_is_the_one_just_gone_if_any(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


def test_soon_direction_resolves_and_has_an_unresolved_form():
    assert resolve("month:4:soon", D(2020, 5, 21)).value == "2020-04"
    assert resolve("month:4:soon", D(2020, 7, 21)).value == "2021-04"
    assert resolve("month:4:soon", None).value == "XXXX-04"

# ---------------------------------------------------------------- "the last quarter"
@pytest.mark.parametrize("text,value", [
    ("The campaign raised $282 million during the last quarter.", "2020-Q2"),  # the quarter before
    ("Profits fell last quarter, the company said.", "2020-Q2"),
    ("Sales fell in the last quarter of 2019.", "2019-Q4"),  # of a year: its fourth
    ("The last quarter of last year was weak.", "2019-Q4"),
])
def test_last_quarter_without_a_year_is_the_previous_quarter(text, value):
    (m,) = [m for m in find(text, D(2020, 7, 1)) if "quarter" in m.text]
    assert m.value == value
    if m.rule:
        assert resolve(m.rule, D(2020, 7, 1)).value == value


# ---------------------------------------------------------------- "this <season>"
@pytest.mark.parametrize("text,anchor,value", [
    ("The company was acquired this spring.", D(2013, 10, 23), "2013-SP"),  # not the coming spring
    ("The stock began trading this summer.", D(1989, 11, 1), "1989-SU"),
    ("The new terminal will open this fall.", D(2013, 1, 5), "2013-FA"),
])
def test_this_season_is_this_years(text, anchor, value):
    (m,) = find(text, anchor)
    assert m.value == value and resolve(m.rule, anchor).value == value


# ---------------------------------------------------------------- an era, not a day
@pytest.mark.parametrize("text", [
    "Parents in today's world face new pressures.",
    "The chip powers many of today's personal computers.",
    "The plant cost $5 billion in today's dollars.",
    "She wants to train the leaders of tomorrow.",
    "Sales were weak, and the future looks anything but bright.",
    "The current account deficit widened sharply.",
    "Now for the weather.",
])
def test_generic_today_tomorrow_future_are_not_times(text):
    assert find(text, D(2014, 10, 6)) == []


@pytest.mark.parametrize("text,phrase,value", [
    ("Today's vote was delayed.", "Today", "2014-10-06"),          # a specific day's event
    ("Today's talks in London failed.", "Today", "2014-10-06"),
    ("The vote will be over by the end of tomorrow.", "tomorrow", "2014-10-07"),
    ("Investors worry about the future.", "the future", "FUTURE_REF"),
    ("Now we know the answer.", "Now", "PRESENT_REF"),
])
def test_specific_today_tomorrow_future_stay(text, phrase, value):
    assert by_text(text, D(2014, 10, 6))[phrase].value == value


# ---------------------------------------------------------------- weekday ranges
@pytest.mark.parametrize("text,anchor,values", [
    # the end is the first such weekday after the start, wherever the start lies
    ("The museum will be open from Saturday to Sunday.", D(2018, 12, 2), ["2018-12-08", "2018-12-09"]),
    ("The casket will stay at the chapel from 7:45 p.m. ET Wednesday until 7 a.m. ET Thursday.",
     D(2018, 12, 2), ["2018-12-05T19:45", "2018-12-06T07:00"]),
    ("Protesters marched from Friday until Saturday.", D(2018, 12, 2), ["2018-11-30", "2018-12-01"]),
])
def test_weekday_range_end_follows_its_start(text, anchor, values):
    ms = by_text(text, anchor)
    assert [m.value for m in ms.values()] == values


def test_weekday_range_end_without_anchor_keeps_its_own_weekday():
    assert [m.value for m in find("The museum will be open from Saturday to Sunday.")] == ["XXXX-WXX-6", "XXXX-WXX-7"]
    assert resolve("weekday:6:future|wd:next:7", None).value == "XXXX-WXX-7"


# ---------------------------------------------------------------- a parse cut inside the expression
def test_direction_survives_a_parse_that_cuts_the_expression():
    """spaCy sometimes starts a new sentence inside "7:45 p.m. ET Wednesday" (the weekday its
    own root): the other words of the expression still hang from the governing verb."""
    from spacy.tokens import Doc

    from timeline.temporal import tense
    from timeline.temporal.tagger import nlp

    words = ["He", "will", "lie", "there", "from", "7:45", "p.m.", "Wednesday", "."]
    doc = Doc(nlp().vocab, words=words, heads=[2, 2, 2, 2, 2, 6, 4, 7, 7],
              deps=["nsubj", "aux", "ROOT", "advmod", "prep", "nummod", "pobj", "ROOT", "punct"],
              tags=["PRP", "MD", "VB", "RB", "IN", "CD", "NN", "NNP", "."],
              pos=["PRON", "AUX", "VERB", "ADV", "ADP", "NUM", "NOUN", "PROPN", "PUNCT"])
    start, end = doc.text.index("7:45"), doc.text.index("Wednesday") + len("Wednesday")
    assert tense.direction(doc, start, end, "day") == "future"


# ---------------------------------------------------------------- quarters ahead, quarters of the year
@pytest.mark.parametrize("text,anchor,phrase,value", [
    # "of the year" is this year's quarter or half, unless a past verb puts it before this
    # year's began
    ("Economists said output would fall in the second quarter of the year.", D(2020, 3, 23),
     "the second quarter of the year", "2020-Q2"),
    ("Sales are weak in the third quarter of the year.", D(2020, 3, 23),
     "the third quarter of the year", "2020-Q3"),
    ("Output fell sharply in the fourth quarter of the year.", D(2020, 2, 10),
     "the fourth quarter of the year", "2019-Q4"),
    ("Exports rose in the first quarter of the year.", D(2020, 5, 10),
     "the first quarter of the year", "2020-Q1"),
    ("Shoppers spend most in the last quarter of the year.", D(2020, 3, 23),
     "the last quarter of the year", "2020-Q4"),
    ("Hiring will slow in the second half of the year.", D(2020, 3, 23),
     "the second half of the year", "2020-H2"),
])
def test_quarter_of_the_year_is_this_years(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


def test_quarter_of_the_year_without_anchor():
    assert [m.value for m in find("Output would fall in the second quarter of the year.")] == ["XXXX-Q2"]


@pytest.mark.parametrize("text,anchor,phrase,value", [
    # a future or modal verb: a quarter that has not started is the coming one
    ("The bank said growth would pick up in the fourth quarter.", D(2020, 3, 23),
     "the fourth quarter", "2020-Q4"),
    ("Economists expect the economy to shrink in the third quarter.", D(2020, 3, 23),
     "the third quarter", "2020-Q3"),
    ("Traders think the market will recover in the second quarter.", D(2020, 3, 23),
     "the second quarter", "2020-Q2"),
    # a present forecast looks ahead too
    ("GDP is forecast to shrink in the second quarter.", D(2020, 3, 23), "the second quarter", "2020-Q2"),
    ("Analysts expect a loss in the third quarter.", D(2020, 3, 23), "the third quarter", "2020-Q3"),
])
def test_quarter_under_a_future_verb_is_the_coming_one(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


@pytest.mark.parametrize("text,anchor,phrase,value", [
    # ... but the quarter just ended (within 45 days), or one whose results are reported,
    # stays the last completed one; a past or present verb keeps it back as before
    ("The retailer expects a loss in the fourth quarter.", D(2020, 1, 20), "the fourth quarter", "2019-Q4"),
    ("The bank will report fourth-quarter results on Feb. 25.", D(2020, 2, 20), "fourth-quarter", "2019-Q4"),
    ("The firm expects to post a loss for the fourth quarter.", D(2020, 3, 2), "the fourth quarter", "2019-Q4"),
    ("The company reported a loss in the fourth quarter.", D(2020, 3, 23), "the fourth quarter", "2019-Q4"),
    ("Analysts expected a loss in the second quarter.", D(2020, 3, 23), "the second quarter", "2019-Q2"),
])
def test_quarter_just_ended_or_reported_stays_back(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


@pytest.mark.parametrize("text,anchor,phrase,value", [
    # results to come: the quarter just ended (up to 92 days after it), else the coming one
    ("Analysts expect second-quarter earnings to fall.", D(2020, 3, 23), "second-quarter", "2020-Q2"),
    ("The chain said it would post a loss in the third quarter.", D(2020, 3, 23), "the third quarter", "2020-Q3"),
    ("Analysts expect the retailer's third-quarter earnings to beat estimates.", D(2019, 11, 29),
     "third-quarter", "2019-Q3"),
])
def test_quarter_results_to_come(text, anchor, phrase, value):
    m = by_text(text, anchor)[phrase]
    assert m.value == value and m.rule.endswith(":done")


def test_done_direction():
    assert resolve("quarter:3:done", D(2019, 11, 20)).value == "2019-Q3"   # ended 51 days ago
    assert resolve("quarter:3:soon", D(2019, 11, 20)).value == "2020-Q3"   # a modal's window is 45
    assert resolve("quarter:4:done", D(2020, 4, 5)).value == "2020-Q4"     # ended 96 days ago
    assert resolve("quarter:1:done", D(2020, 3, 23)).value == "2020-Q1"    # the current one
    assert resolve("quarter:2:done", None).value == "XXXX-Q2"


# ---------------------------------------------------------------- deadline words before a weekday
@pytest.mark.parametrize("text,anchor,phrase,value", [
    # with no verb to read, a deadline word makes a weekday the nearest, as a month
    ("Curfew in effect until 7 a.m. Thursday.", D(2020, 3, 23), "7 a.m. Thursday", "2020-03-26T07:00"),
    ("Comments on the draft: by Friday.", D(2020, 3, 24), "Friday", "2020-03-27"),
    # a past verb still looks back
    ("Thirty members had filed their reports by Wednesday.", D(2020, 3, 23), "Wednesday", "2020-03-18"),
])
def test_deadline_word_before_a_weekday_without_verb(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


# ---------------------------------------------------------------- the act a directive verb asks for
@pytest.mark.parametrize("text,anchor,phrase,value", [
    # the month is the act asked for, not the asking: the nearest, not the one gone by
    ("He asked Trump to call on Republicans to repeal the law in early July.", D(2017, 6, 30), "early July", "2017-07"),
    ("The group asked the court to rule on the case in August.", D(2017, 6, 30), "August", "2017-08"),
    ("She urged the council to adopt the budget in September.", D(2017, 6, 30), "September", "2017-09"),
    ("Senators called on the agency to act by March 1.", D(2017, 2, 10), "March 1", "2017-03-01"),
    # not a directive (or the asking's own time): as before
    ("He resigned in September.", D(2017, 6, 30), "September", "2016-09"),
    ("In August, the group asked the court to rule on the case.", D(2017, 6, 30), "August", "2016-08"),
])
def test_a_month_asked_for_is_the_nearest(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


# ---------------------------------------------------------------- coordination shares the head
@pytest.mark.parametrize("text,anchor,values", [
    # every ordinal names its own quarter, in the year the shared head is placed in
    ("Profit fell in the third and fourth quarters of 1988.", D(1989, 11, 2),
     {"the third": "1988-Q3", "fourth quarters of 1988": "1988-Q4"}),
    ("Sales rose in the second, third and fourth quarters of last year.", D(1990, 2, 1),
     {"the second": "1989-Q2", "third": "1989-Q3", "fourth quarters of last year": "1989-Q4"}),
    # the head alone would be last year's second quarter in a January article: so is the first
    ("Margins narrowed in the first and second quarters.", D(1998, 1, 14),
     {"the first": "1997-Q1", "second quarters": "1997-Q2"}),
    ("It will report first- and second-half results.", D(1998, 1, 14),
     {"first": "1997-H1", "second-half": "1997-H2"}),
])
def test_coordinated_quarters_are_each_tagged(text, anchor, values):
    got = by_text(text, anchor)
    assert {k: got[k].value for k in values} == values


def test_coordinated_ordinals_of_a_thing_are_not_quarters():
    assert not find("He scored in the first and second half of the game.", D(1998, 1, 14))


@pytest.mark.parametrize("text,anchor,values", [
    # a yearless month, date or season joined to one with a year takes that year
    ("Inflation rose in May and June 1996.", D(1998, 1, 14), {"May": "1996-05"}),
    ("Imports fell in May, June and July of 1996.", D(1998, 1, 14),
     {"May": "1996-05", "June": "1996-06"}),
    ("The letters were sent on Jan. 5 and Feb. 6, 1997.", D(1998, 3, 1), {"Jan. 5": "1997-01-05"}),
    ("Crops failed in the summer and fall of 1995.", D(1998, 1, 14), {"the summer": "1995-SU"}),
    # a month after the dated one in the calendar year is of the year before
    ("The freeze lasted through December and January 1990.", D(1991, 6, 1), {"December": "1989-12"}),
    ("They met in November and December of last year.", D(1998, 12, 20), {"November": "1997-11"}),
])
def test_coordinated_dates_share_the_written_year(text, anchor, values):
    got = by_text(text, anchor)
    assert {k: got[k].value for k in values} == values


def test_months_in_separate_clauses_keep_their_own_year():
    got = by_text("He left in May and returned in June 1996.", D(1998, 1, 14))
    assert got["May"].value == "1997-05"


@pytest.mark.parametrize("text,anchor,values", [
    # a bare day after "and"/"or"/"through" is a day of the month named before it
    ("The talks were held on Jan. 5 and 6.", D(1998, 1, 14), {"Jan. 5": "1998-01-05", "6": "1998-01-06"}),
    ("Hearings were held Dec. 5 and 6.", D(1998, 1, 14), {"Dec. 5": "1997-12-05", "6": "1997-12-06"}),
    ("The survey was conducted March 3 through 6.", D(2019, 3, 9), {"6": "2019-03-06"}),
    ("He was born on June 6 or 7, 1950.", D(1998, 1, 14), {"June 6": "1950-06-06", "7, 1950": "1950-06-07"}),
])
def test_bare_day_after_a_date_is_tagged(text, anchor, values):
    got = by_text(text, anchor)
    assert {k: got[k].value for k in values} == values


@pytest.mark.parametrize("text", ["He met them on Jan. 5 and 6 other officials.",
                                  "Polls closed on Jan. 5 and 6 percent voted."])
def test_a_count_after_a_date_is_not_a_day(text):
    assert [m.text for m in find(text, D(1998, 1, 14))] == ["Jan. 5"]


@pytest.mark.parametrize("text,phrase", [
    ("Crime rose in the 1980s and '90s.", "'90s"),
    ("Unions grew in the 1930s and ’40s.", "’40s"),
])
def test_apostrophe_decade_after_a_conjunction(text, phrase):
    assert by_text(text, D(2015, 1, 1))[phrase].value == "19" + phrase[1]


@pytest.mark.parametrize("text,phrase,value", [
    # "since" needs a time gone by: the end of last year (or month)
    ("The index has risen 5% since year-end.", "year-end", "1988"),
    ("Prices have doubled since the end of the year.", "the end of the year", "1988"),
    ("Stocks have fallen since the end of the month.", "the end of the month", "1989-09"),
])
def test_since_the_end_of_a_period_is_the_last_one(text, phrase, value):
    m = by_text(text, D(1989, 10, 30))[phrase]
    assert m.value == value and m.mod == "END"


def test_by_year_end_is_this_year():
    assert by_text("The deal will close by year-end.", D(1989, 10, 30))["year-end"].value == "1989"


@pytest.mark.parametrize("text", ["He hailed the rise of the market and the fall in unemployment.",
                                  "The fall in oil prices hurt Texas.",
                                  "Analysts blamed the fall from record highs on the Fed."])
def test_the_fall_in_something_is_a_drop_not_autumn(text):
    assert not [m for m in find(text, D(2017, 11, 4)) if m.text.lower() == "the fall"]


@pytest.mark.parametrize("text", ["Sales rose in the fall in most regions.",
                                  "They changed plans for the fall in light of the policy."])
def test_the_fall_after_a_time_preposition_is_autumn(text):
    assert by_text(text, D(2017, 11, 4))["the fall"].value == "2017-FA"


# ---------------------------------------------------------------- "not ... until" in the past
@pytest.mark.parametrize("text,phrase,value", [
    # a negated past with "until" says when the act did happen: the date is gone by
    ("She was not questioned until July 2, two months later.", "July 2", "2017-07-02"),
    ("He didn't arrive until Dec. 3.", "Dec. 3", "2017-12-03"),
    ("It wasn't until March that the plan was approved.", "March", "2017-03"),
])
def test_not_until_in_the_past_stays_past(text, phrase, value):
    assert by_text(text, D(2018, 1, 6))[phrase].value == value


@pytest.mark.parametrize("text,phrase,value", [
    ("The company extended its offer until Jan. 20.", "Jan. 20", "2018-01-20"),
    ("They will not vote until March 3.", "March 3", "2018-03-03"),
])
def test_until_without_a_negated_past_still_looks_ahead(text, phrase, value):
    assert by_text(text, D(2018, 1, 6))[phrase].value == value


# ---------------------------------------------------------------- a month that names a thing, under a future
@pytest.mark.parametrize("text,anchor,phrase,value", [
    # the month just gone, when there is one: the thing is about it, not the verb's time
    ("The agency will report its November numbers next week.", D(2013, 12, 2), "November", "2013-11"),
    ("The August jobs report will drag his numbers down.", D(2012, 9, 10), "August", "2012-08"),
    ("The Thanksgiving holiday weekend will provide only a brief pause.", D(2019, 11, 29),
     "Thanksgiving", "2019-11-28"),
    # else the coming one
    ("The November elections will decide control of the Senate.", D(2013, 6, 1), "November", "2013-11"),
    ("The firm will hold its January meeting in Boston.", D(2013, 6, 1), "January", "2014-01"),
])
def test_month_naming_a_thing_under_a_future_verb(text, anchor, phrase, value):
    assert by_text(text, anchor)[phrase].value == value


def test_coordinated_quarters_undated_keep_their_own_number():
    got = {m.text: m.value for m in find("Margins narrowed in the first and second quarters.", None)}
    assert got == {"the first": "XXXX-Q1", "second quarters": "XXXX-Q2"}
    assert resolve("quarter:2:past|shift:-1:quarter", None).value == "XXXX-Q1"
    assert resolve("half:2:past|shift:-1:half", None).value == "XXXX-H1"


# ---------------------------------------------------------------- a time right after a speech verb
@pytest.mark.parametrize("text,phrase,value", [
    # between the verb and the start of its complement (subject or "that"): the verb's time,
    # even when the parse hangs it from the complement's future verb
    ("Officials said Monday the plant will reopen in June.", "Monday", "2018-05-07"),
    ("The senator told reporters on Monday he will vote against the bill.", "Monday", "2018-05-07"),
    ("The union said on Tuesday it would strike.", "Tuesday", "2018-05-08"),
    # inside the complement it is the complement's time
    ("The senator said that on Monday he will vote against the bill.", "Monday", "2018-05-14"),
    ("The senator said he will vote against the bill on Monday.", "Monday", "2018-05-14"),
])
def test_time_after_a_speech_verb_is_the_speech_time(text, phrase, value):
    assert by_text(text, D(2018, 5, 9))[phrase].value == value


# ---------------------------------------------------------------- "earlier Monday"; an infinitive naming a thing
def test_earlier_weekday_never_lies_ahead():
    m = by_text("The company filed a motion to dismiss the suit earlier Monday.", D(2018, 5, 9))
    assert m["earlier Monday"].value == "2018-05-07"


@pytest.mark.parametrize("text,phrase,value", [
    # an infinitive of a noun under a past verb: the nearest such day (not the coming one)
    ("After his aide ordered the letter to be released Tuesday afternoon, the mayor was furious.",
     "Tuesday afternoon", "2018-05-08TAF"),
    ("Her attempt to log in to the site on Tuesday was a failure.", "Tuesday", "2018-05-08"),
    # a plan still looks ahead, and so does a noun's infinitive under a future verb
    ("The company announced a plan to open the plant Friday.", "Friday", "2018-05-11"),
    ("Officials will hold a meeting to discuss the plan Tuesday.", "Tuesday", "2018-05-15"),
])
def test_infinitive_of_a_noun_in_the_past(text, phrase, value):
    assert by_text(text, D(2018, 5, 9))[phrase].value == value


# ---------------------------------------------------------------- a past verb the parse missed
def test_time_under_a_past_verb_parsed_as_an_adjective():
    # the small parser tags "glossed" as an adjective and hangs the clause on "could spark"
    text = ("President Smith, meantime, glossed over stern warnings from Beijing on Tuesday "
            "that new tariffs against China could spark a trade war.")
    assert by_text(text, D(2018, 11, 14))["Tuesday"].value == "2018-11-13"


def test_month_in_an_adverbial_of_a_past_sentence_without_a_verb_in_the_parse():
    # "disavowed" tagged as an adjective: no verb governs "March", but the sentence is past
    text = "In March, Trump disavowed David Duke, but only after he stumbled on the issue a few days prior."
    assert by_text(text, D(2016, 11, 14))["March"].value == "2016-03"
    # a month naming a thing keeps the nearest; an appositive after a colon keeps its tense
    text = "The deal created a mid-December target, and a January deadline for funding the government."
    assert by_text(text, D(2013, 11, 20))["January"].value == "2014-01"


# ---------------------------------------------------------------- baselines of comparisons, "come November"
@pytest.mark.parametrize("text,phrase,value", [
    ("Most say more aid will be needed, unchanged from April.", "April", "2020-04"),
    ("Some 40% fear they will be sick, down from 47% in April.", "April", "2020-04"),
    ("The share will rise to 30%, up sharply from 27% in September.", "September", "2019-09"),
    ("They hope to claim credit come November.", "November", "2020-11"),
])
def test_comparison_baseline_is_past_and_come_is_ahead(text, phrase, value):
    assert by_text(text, D(2020, 6, 25))[phrase].value == value


def test_from_without_a_figure_is_no_baseline():
    assert by_text("He will drive down from Boston in September.", D(2020, 6, 25))["September"].value == "2020-09"


def test_come_before_a_month_looks_ahead_whatever_the_verb():
    assert by_text("The House is a different place come January.", D(2020, 3, 1))["January"].value == "2021-01"


# ---------------------------------------------------------------- a slipped publication date
def test_past_date_just_after_the_anchor_is_not_a_year_back():
    assert by_text("The governor spoke on April 16.", D(2020, 4, 15))["April 16"].value == "2020-04-16"
    assert by_text("The governor said April 19 the state will reopen.", D(2020, 4, 15))["April 19"].value == "2019-04-19"
    assert resolve("date:4:16:past", D(2020, 4, 15)).value == "2020-04-16"
    assert resolve("date:4:16:past", D(2020, 4, 12)).value == "2019-04-16"


def test_title_of_the_year_is_no_time():
    assert "the Year" not in by_text("The magazine named her its Person of the Year.", D(2017, 12, 6))
    assert by_text("Sales for the year rose 4%.", D(2017, 12, 6))["the year"].value == "2017"


@pytest.mark.parametrize("text,phrase", [
    ("The senator told Democracy Now. Her aide declined to comment.", "Now"),
    ("The claim was broadcast by Russia Today, the state network.", "Today"),
    ("He hosted a show called The World Tomorrow on the network.", "Tomorrow"),
    ("She said so in an interview with Hawaii News Now on Monday.", "Now"),
])
def test_capitalised_deictic_ending_a_name_is_no_time(text, phrase):
    assert phrase not in by_text(text, D(2017, 1, 6))


@pytest.mark.parametrize("text,phrase", [
    ("The Senate voted. Today, the House will vote.", "Today"),
    ("Senate To Vote Today On Health Bill", "Today"),
    ("Shares fell in the morning. Now the index is flat.", "Now"),
])
def test_capitalised_deictic_opening_a_sentence_or_in_a_headline_is_a_time(text, phrase):
    assert phrase in by_text(text, D(2017, 1, 6))


@pytest.mark.parametrize("text,phrase,present", [
    ("He works in managed care in Spring Hill, Florida.", "Spring", False),
    ("The team competed in the Summer Olympics.", "the Summer", False),
    ("The plant will open in the Spring.", "the Spring", True),
    ("The plant will open in Spring 2019.", "Spring 2019", True),
])
def test_capitalised_season_starting_a_name_is_no_time(text, phrase, present):
    assert (phrase in by_text(text, D(2018, 2, 1))) == present


# ---------------------------------------------------------------- "overnight" as "suddenly"

@pytest.mark.parametrize("text", [
    "The shortage won't disappear overnight, the minister warned.",
    "The reform would change the market overnight.",
    "The singer became an overnight sensation in Europe.",
    "Support for the plan collapsed seemingly overnight.",
    "Unless the rules change overnight, the bill will pass.",
])
def test_overnight_meaning_suddenly_is_no_time(text):
    assert [m.text for m in find(text, D(2019, 5, 9)) if "vernight" in m.text] == []


@pytest.mark.parametrize("text", [
    "Rebels shelled the city overnight, officials said.",
    "No arrests were made overnight.",
    "Police did not report injuries overnight.",
    "Stocks could rise if overnight gains in New York hold.",  # before its noun: the night
])
def test_overnight_in_a_plain_report_is_last_night(text):
    assert by_text(text, D(2019, 5, 9))["overnight"].value == "2019-05-08TNI"


def test_this_weekend_follows_the_verbs_tense():
    # "said this weekend" in a Monday story is the weekend just gone; "will speak this weekend"
    # the coming one, as is a "this weekend" with no verb
    monday = pendulum.date(2019, 5, 6)
    assert [m.value for m in find("He said this weekend that the plan was dead.", monday)] == ["2019-W18-WE"]
    assert [m.value for m in find("He will speak this weekend in Ohio.", monday)] == ["2019-W19-WE"]
    assert [m.value for m in find("Rallies this weekend", monday)] == ["2019-W19-WE"]
    undated = find("Protesters marched this weekend in the capital.", None)
    assert [m.value for m in undated] == ["XXXX-WXX-WE"]
    assert resolve(undated[0].rule, monday).value == "2019-W18-WE"


# ---------------------------------------------------------------- a month in the story's year
@pytest.mark.parametrize("text,phrase,value", [
    ("The mill closed in 2009. In April of that year, the owners sold the land.",
     "April of that year", "2009-04"),
    ("She won her first race in 2011 and in June the following year she turned professional.",
     "June the following year", "2012-06"),
    ("The treaty was signed on Aug. 2, 1994. On Nov. 12 of the same year it was ratified.",
     "Nov. 12 of the same year", "1994-11-12"),
    ("The club was relegated last year. In May of that year its coach resigned.",
     "May of that year", "2019-05"),
])
def test_month_of_that_year_takes_the_year_under_discussion(text, phrase, value):
    ms = by_text(text, D(2020, 3, 5))
    assert ms[phrase].value == value
    assert "that year" not in ms and "the following year" not in ms


def test_month_of_that_year_with_no_year_before_it_is_a_plain_month():
    assert by_text("In April of that year, the owners sold the land.", D(2020, 3, 5))[
        "April of that year"].value == "2019-04"
    assert resolve("offset:-1:year|gran:year|setmonth:4", None).value == "XXXX-04"
    assert resolve("offset:-1:year|gran:year|setmonth:4:9", D(2020, 3, 5)).value == "2019-04-09"


@pytest.mark.parametrize("text,anchor,value", [
    ("The office will reopen on Feb. 29, officials said.", D(2018, 2, 22), "2020-02-29"),
    ("The deal was signed on Feb. 29, officials said.", D(2019, 3, 5), "2016-02-29"),
    ("Polls close at 5 p.m. Feb. 29, officials said.", D(2018, 2, 22), None),
])
def test_leap_day_without_a_year_is_placed_in_the_nearest_leap_year(text, anchor, value):
    ms = find(text, anchor)  # used to raise RuleError when no leap year was within a year
    assert ms and all(m.value for m in ms)
    if value:
        assert ms[0].value == value


# ---------------------------------------------------------------- a yearless date in a dated story
@pytest.mark.parametrize("text,phrase,value", [
    ("The clinic was overrun on Aug. 19, 2014. A mob had closed a second one on Aug. 16.",
     "Aug. 16", "2014-08-16"),
    ("The plant opened on Oct. 3, 2011. In March, it laid off half its workers.",
     "March", "2012-03"),
    ("Voters went to the polls on Dec. 30, 2012. On Jan. 4, the results were certified.",
     "Jan. 4", "2013-01-04"),
])
def test_yearless_date_right_after_a_dated_day_of_another_year_is_placed_next_to_it(text, phrase, value):
    assert by_text(text, D(2016, 3, 1))[phrase].value == value


@pytest.mark.parametrize("text,phrase,value", [
    # a future verb, or another time in between, leaves the date to the publication date
    ("The law took effect on Jan. 1, 2014. It will be reviewed on Dec. 1.", "Dec. 1", "2016-12-01"),
    ("The clinic was overrun on Aug. 19, 2014. Two years later, a mob closed it on Aug. 16.",
     "Aug. 16", "2015-08-16"),
])
def test_yearless_date_keeps_the_publication_year_when_the_story_moved_on(text, phrase, value):
    assert by_text(text, D(2016, 3, 1))[phrase].value == value


@pytest.mark.parametrize("text,phrase,value", [
    ("Support rose to 41%, against 35% a week earlier.", "a week", "P1W"),
    ("He was freed on May 3, 2012, a day after the vote.", "a day", "P1D"),
])
def test_a_unit_after_a_number_but_before_earlier_or_after_is_a_distance_not_a_rate(text, phrase, value):
    m = by_text(text, D(2016, 3, 1))[phrase]
    assert (m.type, m.value) == ("DURATION", value)
    assert by_text("They earn $5 million a year.", D(2016, 3, 1))["a year"].type == "SET"


@pytest.mark.parametrize("text,phrase,value", [
    ("The state now reports thousands of new infections a day.", "a day", "P1D"),
    ("The plan would create 40,000 apprenticeships a year.", "a year", "P1Y"),
    ("Pickers there earn 70 cents an hour.", "an hour", "PT1H"),
])
def test_a_unit_after_a_counted_plural_noun_is_a_rate(text, phrase, value):
    m = by_text(text, D(2016, 3, 1))[phrase]
    assert (m.type, m.value) == ("SET", value)
    assert by_text("The committee waited an hour.", D(2016, 3, 1))["an hour"].type == "DURATION"


def test_rate_and_story_day_leave_spans_and_deadlines_alone():
    # "a year of spending" is a span of something, not a rate
    m = by_text("The 245-182 bill also includes a year of defense spending.", D(2016, 3, 1))["a year"]
    assert m.type == "DURATION"
    # a deadline is set from the publication date, not from the dated event before it
    ms = by_text("He wrote about the Sept. 11, 2012, attack. He gave them until Aug. 16 to reply.",
                 D(2013, 8, 2))
    assert ms["Aug. 16"].value == "2013-08-16"


# ---------------------------------------------------------------- the quarter under discussion
def test_a_forecast_quarter_is_not_the_base_of_a_later_year_ago_comparison():
    # a quarter still to come is a forecast: the next sentence's comparison is with the one reported
    text = ("Acme posted a 30% drop in third-quarter profit. Analysts expect losses to continue "
            "into the fourth quarter and through the second quarter of 2018. Acme earned $12 "
            "million. In the year-ago period, it earned $20 million.")
    ms = by_text(text, D(2017, 10, 25))
    assert ms["the year-ago period"].value == "2016-Q3"
    # in the forecast's own sentence the comparison is with the forecast quarter
    ms = by_text("Analysts expect fourth-quarter profit to fall from a year earlier.", D(2017, 10, 25))
    assert ms["a year earlier"].value == "2016-Q4"
    # a fiscal quarter numbered by a fiscal year ending later is reported, not a forecast
    ms = by_text("Acme reported a fiscal 2018 first-quarter loss. A year earlier it earned $5 million.",
                 D(2017, 10, 25))
    assert ms["A year earlier"].value == "2017-Q1"


def test_year_earlier_period_after_a_multi_month_span_is_that_span():
    text = ("Profit rose in the third quarter. For the nine months, the mill earned $40 million. "
            "In the year-earlier period, it earned $35 million.")
    m = by_text(text, D(2017, 10, 27))["the year-earlier period"]
    assert (m.type, m.value) == ("DURATION", "P9M")
    # after a quarter it stays the year-ago quarter
    m = by_text("Profit rose in the third quarter. In the year-earlier period, it fell.",
                D(2017, 10, 27))["the year-earlier period"]
    assert (m.type, m.value) == ("DATE", "2016-Q3")


def test_quarter_ended_after_a_fiscal_quarter_is_that_fiscal_quarter():
    text = ("The chip maker swung to a profit in the fiscal first quarter. For the quarter ended "
            "Sept. 30, sales rose 12% from a year earlier. During the quarter, it hired 300 people.")
    ms = find(text, D(2017, 10, 20))
    by_text(text, D(2017, 10, 20))
    assert [m.value for m in ms if m.text == "the quarter"] == ["2017-Q1", "2017-Q1"]
    assert [m.value for m in ms if m.text == "a year earlier"] == ["2016-Q1"]
    # with no fiscal quarter named, the quarter ended Sept. 30 is the calendar third
    ms = find("For the quarter ended Sept. 30, sales rose 12%.", D(2017, 10, 20))
    assert [m.value for m in ms if m.text == "the quarter"] == ["2017-Q3"]


def test_this_quarters_results_in_a_report_are_the_quarter_reported():
    text = ("Acme had a third-quarter net loss of $2 million. This quarter's loss includes a "
            "charge of $1 million.")
    assert by_text(text, D(2017, 11, 1))["This quarter"].value == "2017-Q3"
    # a forecast is about the current quarter
    text = ("Acme had a third-quarter net loss of $2 million. This quarter's results will include "
            "a charge.")
    assert by_text(text, D(2017, 11, 1))["This quarter"].value == "2017-Q4"
    assert by_text("This quarter's sales are running ahead.", D(2017, 11, 1))["This quarter"].value == "2017-Q4"


def test_a_habit_makes_a_yearless_period_recurring():
    ms = find("The firm said most of its auctions are usually held in the second and fourth "
              "quarters.", D(2017, 10, 26))
    assert [(m.text, m.type, m.value) for m in ms] == [
        ("the second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")]
    assert by_text("Usually, shares rise in December.", D(2017, 10, 26))["December"].type == "SET"
    ms = find("Demand typically peaks in July, but this year it fell in July.", D(2017, 10, 26))
    assert [(m.type, m.value) for m in ms if m.text == "July"] == [("SET", "XXXX-07"), ("DATE", "2017-07")]
    # "generally expected" is not a habit
    m = by_text("Profit was generally expected to rise in the fourth quarter.", D(2017, 10, 26))["the fourth quarter"]
    assert (m.type, m.value) == ("DATE", "2017-Q4")


def test_the_current_quarter_is_the_one_in_progress():
    ms = by_text("Profit rose in the third quarter. Orders in the current quarter are strong.", D(2017, 11, 1))
    assert ms["the current quarter"].value == "2017-Q4"


def test_overnight_before_its_noun_is_the_night_before_the_day_under_discussion():
    text = "Paris shares closed lower Thursday. Trading was hit early by overnight losses in Tokyo."
    m = by_text(text, D(2017, 3, 6))["overnight"]
    assert m.value == "2017-03-01TNI"  # Thursday, March 2, is under discussion
    # as an adverb, or with no day named close by, it is the night before publication
    assert by_text("Police arrested two men overnight.", D(2017, 3, 6))["overnight"].value == "2017-03-05TNI"
    assert by_text("Trading was hit by overnight losses in Tokyo.", D(2017, 3, 6))["overnight"].value == "2017-03-05TNI"


def test_then_after_a_bound_is_the_date_just_named():
    ms = by_text("The warrants expire on Dec. 15. Until then, holders may buy shares at $4.", D(2017, 11, 2))
    assert (ms["then"].type, ms["then"].value) == ("DATE", "2017-12-15")
    # with no date named close before it, or after "since" (a start, not a time of the act), nothing
    assert "then" not in by_text("He said he would leave. By then, it was too late.", D(2017, 11, 2))
    assert "then" not in by_text("The war ended in 1945. Since then, peace has held.", D(2017, 11, 2))


def test_at_this_moment_is_the_present():
    m = by_text("He would not be traveling at this critical moment without a deal.", D(2017, 3, 6))["this critical moment"]
    assert (m.type, m.value) == ("DATE", "PRESENT_REF")
    assert by_text("At this moment, we have no comment.", D(2017, 3, 6))["this moment"].value == "PRESENT_REF"
    # a moment named by something else is not the present
    assert by_text("At this moment of crisis, leaders met.", D(2017, 3, 6)) == {}


@pytest.mark.parametrize("text,phrase,value", [
    ("The notes would be repaid in five years, the company said.", "five years", "2022"),
    ("The plant will reopen in two weeks.", "two weeks", "2017-W11"),
    ("Regulators may rule in three months.", "three months", "2017-06"),
])
def test_in_a_counted_span_under_a_future_verb_is_that_far_ahead(text, phrase, value):
    m = by_text(text, D(2017, 3, 1))[phrase]
    assert (m.type, m.value) == ("DATE", value)


@pytest.mark.parametrize("text,phrase", [
    ("It was the first increase in five years.", "five years"),
    ("The index rose 20% in five years.", "five years"),
    ("Prices will rise twice in two years.", "two years"),
    ("She will become his fourth aide in four years.", "four years"),
    ("The bill would cut spending by $50 billion in five years.", "five years"),
    ("He will look back on his 10 years of service.", "10 years"),
    ("You may, in a year or two, see results.", "a year"),
])
def test_in_a_counted_span_stays_a_span_elsewhere(text, phrase):
    assert by_text(text, D(2017, 3, 1))[phrase].type == "DURATION"


def test_a_count_beyond_the_calendar_is_a_date_left_unresolved():
    """'3000 years ago' in an article of 2000 lies before year 1: `find` must not raise, and
    the value is the unresolved form, as for an undated article (the rule is kept)."""
    anchor = pendulum.date(2000, 1, 1)
    for text in ("The town was founded 3000 years ago.", "It was sealed 2018 years earlier."):
        (m,) = find(text, anchor)
        assert m.type == "DATE" and m.value == "XXXX" and m.rule.startswith("offset:-")
        assert m.resolved(anchor) == m == find(text, None)[0].resolved(anchor)
    (m,) = find("It happened 30 years ago.", anchor)
    assert m.value == "1970"


def test_no_count_starts_inside_a_number_with_thousands():
    """'10,000 years ago' is not '000 years ago' (a zero offset: the publication year)."""
    anchor = pendulum.date(2000, 1, 1)
    assert find("Humans settled here 10,000 years ago.", anchor) == []
    assert find("They found a 10,000-year-old bone.", anchor) == []
