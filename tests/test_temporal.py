"""Behaviour of timeline.temporal on hand-written sentences and the seed articles."""

from __future__ import annotations

import json
from pathlib import Path

import pendulum
import pytest

from timeline.temporal import TimeMention, find, resolve

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
D = pendulum.date


def one(text, anchor=None, phrase=None):
    ms = find(text, anchor)
    if phrase is not None:
        ms = [m for m in ms if m.text == phrase]
    assert len(ms) == 1, ms
    return ms[0]


def values(text, anchor=None):
    return {m.text: m.value for m in find(text, anchor)}


# ---------------------------------------------------------------- absolute dates
@pytest.mark.parametrize("text,phrase,value,precision", [
    ("It happened on Jan. 17, 2018 in Texas.", "Jan. 17, 2018", "2018-01-17", "day"),
    ("It happened on 17 January 2018.", "17 January 2018", "2018-01-17", "day"),
    ("Filed 1/17/18 in court.", "1/17/18", "2018-01-17", "day"),
    ("Filed 2018-01-17 in court.", "2018-01-17", "2018-01-17", "day"),
    ("Sales fell in January 2018.", "January 2018", "2018-01", "month"),
    ("The law passed in 2017.", "2017", "2017", "year"),
    ("Crime fell in the 1990s.", "the 1990s", "199", "decade"),
    ("Profit rose in fiscal 2018.", "fiscal 2018", "2018", "year"),
    ("Revenue rose in the first three months of 2017.", "the first three months of 2017", "2017-Q1", "quarter"),
    ("Earnings rose in the third quarter of 1989.", "the third quarter of 1989", "1989-Q3", "quarter"),
    ("He was born in the 20th century.", "the 20th century", "19", "century"),
    ("They met in the summer of 2015.", "the summer of 2015", "2015-SU", "season"),
])
def test_absolute_forms(text, phrase, value, precision):
    m = one(text, D(2020, 6, 10), phrase)
    assert (m.value, m.precision, m.rule, m.type) == (value, precision, None, "DATE")


def test_absolute_interval_bounds():
    m = one("It closed in January 2018.", None)
    assert (m.earliest, m.latest) == (D(2018, 1, 1), D(2018, 1, 31))
    q = one("Output grew in the first three months of 2017.", None)
    assert (q.earliest, q.latest) == (D(2017, 1, 1), D(2017, 3, 31))


def test_part_modifiers_narrow_interval_but_keep_value():
    m = one("Prices rose in mid-February, analysts said.", D(2018, 3, 1), "mid-February")
    assert m.value == "2018-02" and m.mod == "MID"
    assert D(2018, 2, 1) < m.earliest <= m.latest < D(2018, 2, 28)
    late = one("It began late last year.", D(2018, 3, 1))
    assert late.text == "late last year" and late.value == "2017"
    assert late.earliest >= D(2017, 9, 1) and late.latest == D(2017, 12, 31)


# ---------------------------------------------------------------- tense-aware weekdays
WED = D(2018, 1, 17)  # a Wednesday


def test_said_wednesday_on_a_wednesday_is_the_anchor_day():
    assert one("The mayor said Wednesday that raids would start.", WED, "Wednesday").value == "2018-01-17"


def test_past_weekday_looks_back():
    m = one("The mayor announced Monday that the plan failed.", WED, "Monday")
    assert m.value == "2018-01-15" and m.rule == "weekday:1:past"
    assert one("The mayor announced Thursday that the plan failed.", WED, "Thursday").value == "2018-01-11"


def test_future_weekday_looks_ahead():
    m = one("The governor will travel Thursday to Fresno.", WED, "Thursday")
    assert m.value == "2018-01-18" and m.rule == "weekday:4:future"
    assert one("The governor is expected to sign the bill Monday.", WED, "Monday").value == "2018-01-22"
    assert one("Officials plan to meet Friday.", WED, "Friday").value == "2018-01-19"


def test_last_and_next_weekday_are_strict():
    assert one("It was signed last Wednesday.", WED).value == "2018-01-10"
    assert one("It will be signed next Wednesday.", WED).value == "2018-01-24"


def test_weekday_with_part_of_day_is_time():
    m = one("The news conference will take place on Wednesday afternoon.", D(2018, 1, 16))
    assert (m.text, m.type, m.value) == ("Wednesday afternoon", "TIME", "2018-01-17TAF")


def test_clock_time_with_weekday():
    m = one("The vote was held at 10 p.m. Tuesday.", WED)
    assert (m.type, m.value) == ("TIME", "2018-01-16T22:00")


# ---------------------------------------------------------------- months and relative units
def test_in_october_in_january_article_is_last_october():
    m = one("In October, the governor signed the bill.", D(2018, 1, 19), "October")
    assert m.value == "2017-10" and m.rule == "month:10:past"


def test_in_october_future_verb_is_next_october():
    assert one("The law will take effect in October.", D(2018, 1, 19), "October").value == "2018-10"


@pytest.mark.parametrize("phrase,value,precision", [
    ("this week", "2018-W03", "week"),
    ("last month", "2017-12", "month"),
    ("earlier this month", "2018-01", "month"),
    ("next year", "2019", "year"),
    ("two days ago", "2018-01-15", "day"),
    ("yesterday", "2018-01-16", "day"),
    ("today", "2018-01-17", "day"),
    ("now", "PRESENT_REF", "day"),
    ("recently", "PAST_REF", "unknown"),
    ("the past year", "2017", "year"),
    ("last year", "2017", "year"),
    ("this summer", "2018-SU", "season"),
])
def test_relative_expressions(phrase, value, precision):
    m = one(f"Officials said {phrase} that it mattered.", WED, phrase)
    assert (m.value, m.precision) == (value, precision)
    assert m.rule is not None


def test_earlier_this_month_interval_stops_at_anchor():
    m = one("He told Fox News earlier this month that it would happen.", D(2018, 1, 19))
    assert (m.earliest, m.latest) == (D(2018, 1, 1), D(2018, 1, 19))


def test_a_year_earlier_follows_the_quarter_in_discussion():
    ms = find("Profit rose in the third quarter. A year earlier, it fell.", D(1989, 10, 26))
    assert [m.value for m in ms] == ["1989-Q3", "1988-Q3"]


# ---------------------------------------------------------------- durations, sets, non-times
def test_durations_and_sets_are_typed():
    ms = {m.text: (m.type, m.value) for m in find(
        "He served six years, paid $5 million a year, met weekly for the past two months "
        "and runs every Monday.", WED)}
    assert ms["six years"] == ("DURATION", "P6Y")
    assert ms["a year"] == ("SET", "P1Y")
    assert ms["weekly"] == ("SET", "P1W")
    assert ms["the past two months"] == ("DURATION", "P2M")
    assert ms["every Monday"] == ("SET", "XXXX-WXX-1")


@pytest.mark.parametrize("text", [
    "They will arrest more than 1,500 immigrants.",
    "SB54 limits local police.",
    "Fines of up to $10,000 apply.",
    "They've been criticizing sanctuary cities since Day One.",
    "The White House is at 1600 Pennsylvania Avenue.",
    "The bill passed 2014 votes to 1,200.",
    "The March for Our Lives drew crowds.",
    "He may decide later.",
])
def test_non_times_do_not_fire(text):
    assert [m for m in find(text, WED) if m.type in ("DATE", "TIME")] == []


# ---------------------------------------------------------------- undated articles and rules
def test_undated_article_keeps_rule_and_unresolved_value():
    m = one("The mayor said Wednesday that raids would start.", None, "Wednesday")
    assert (m.value, m.earliest, m.latest, m.rule) == ("XXXX-WXX-3", None, None, "weekday:3:past")
    r = resolve(m.rule, D(2018, 1, 18))
    assert (r.value, r.earliest, r.precision) == ("2018-01-17", D(2018, 1, 17), "day")
    oct_ = one("In October, the governor signed SB54.", None, "October")
    assert oct_.value == "XXXX-10" and resolve(oct_.rule, D(2018, 1, 19)).value == "2017-10"


def test_mention_can_be_redated():
    m = one("Officials said yesterday the plan was dead.", None, "yesterday")
    assert m.value == "XXXX-XX-XX" and m.rule == "offset:-1:day"
    assert m.resolved(D(2018, 1, 19)).value == "2018-01-18"


@pytest.mark.parametrize("rule,anchor,value", [
    ("weekday:3:past", D(2018, 1, 18), "2018-01-17"),
    ("weekday:3:future", D(2018, 1, 18), "2018-01-24"),
    ("weekday:3:near", D(2018, 1, 19), "2018-01-17"),
    ("month:10:past", D(2018, 1, 19), "2017-10"),
    ("month:10:next", D(2018, 10, 19), "2019-10"),
    ("offset:-1:week", D(2018, 1, 17), "2018-W02"),
    ("quarter:4:past", D(1998, 1, 8), "1997-Q4"),
    ("quarter:3:y-1", D(1989, 10, 26), "1988-Q3"),
    ("quarter:3:past|shift:-1:year", D(1989, 10, 26), "1988-Q3"),
    ("offset:-1:day|tod:MO", D(2018, 1, 17), "2018-01-16TMO"),
    ("weekend:prev", D(1990, 8, 13), "1990-W32-WE"),
    ("date:12:25:past", D(2018, 1, 17), "2017-12-25"),
    ("ref:future", D(2018, 1, 17), "FUTURE_REF"),
])
def test_resolve_rules(rule, anchor, value):
    assert resolve(rule, anchor).value == value


def test_bad_rule_raises():
    from timeline.temporal import RuleError

    with pytest.raises(RuleError):
        resolve("weekday:3:sideways", D(2018, 1, 1))


def test_range_rule_with_a_direction_it_cannot_take_raises():
    from timeline.temporal import RuleError

    with pytest.raises(RuleError):  # was an AttributeError
        resolve("range:4:6:a:last", D(2018, 1, 1))


# ---------------------------------------------------------------- seeds
def seed(prefix):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    meta = json.loads((SEEDS / "metadata.json").read_text())[path.name]
    pub = meta["published"]
    return path.read_text(), (pendulum.parse(pub).date() if pub else None)


def test_seed_000_reported_wednesday():
    text, anchor = seed("000")
    assert anchor == D(2018, 1, 18)
    ms = [m for m in find(text, anchor) if m.text == "Wednesday"]
    i = text.index("the Houston Chronicle reported Wednesday")
    hit = [m for m in ms if i < m.start < i + 60]
    assert hit and hit[0].value == "2018-01-17"
    assert not [m for m in find(text, anchor) if "1,500" in m.text or m.text == "Day One"]


def test_seed_004():
    text, anchor = seed("004")
    ms = find(text, anchor)
    by_ctx = {text[max(0, m.start - 20):m.end]: m for m in ms}
    thursday = [m for k, m in by_ctx.items() if "employers Thursday" in k]
    assert thursday and thursday[0].value == "2018-01-18"
    assert [m.value for m in ms if m.text == "October"] == ["2017-10"]
    assert [m.value for m in ms if m.text == "earlier this month"] == ["2018-01"]
    assert not [m for m in ms if "SB54" in m.text or "10,000" in m.text]


def test_seed_001_undated():
    text, anchor = seed("001")
    assert anchor is None
    ms = find(text, anchor)
    vals = {m.text: m for m in ms}
    assert vals["1979"].value == "1979" and vals["1979"].rule is None
    assert vals["2014"].value == "2014"
    assert vals["1979"].earliest == D(1979, 1, 1)
    assert all(m.earliest is None for m in ms if m.rule)


def test_seed_002():
    text, anchor = seed("002")
    ms = find(text, anchor)
    i = text.index("announced Thursday")
    thu = [m for m in ms if m.start == i + len("announced ")]
    assert thu and thu[0].value == "2017-09-28"
    assert {m.value for m in ms if m.text == "this week"} == {"2017-W39"}
    j = text.index("Kenney said Friday")
    fri = [m for m in ms if m.start == j + len("Kenney said ")]
    assert fri and fri[0].value == "2017-09-29"


def test_seeds_rules_match_find_for_every_mention():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text()
        for anchor in (D(2018, 1, 18), D(2020, 2, 29)):
            for m in find(text, anchor):
                if m.rule:
                    r = resolve(m.rule, anchor)
                    assert (r.value, r.earliest, r.latest, r.precision) == (
                        m.value, m.earliest, m.latest, m.precision)


def test_find_in_doc_matches_find():
    from timeline.temporal import find_in_doc
    from timeline.temporal.tagger import nlp

    text, anchor = seed("004")
    assert find_in_doc(nlp()(text), anchor) == find(text, anchor)


def test_mentions_are_frozen():
    m = one("It happened in 2017.", None)
    assert isinstance(m, TimeMention)
    with pytest.raises(Exception):
        m.value = "x"


def test_discourse_references():
    ms = find("Farkas was promoted on May 22, 1995, and the following year he retired.", D(1998, 4, 18))
    assert [m.value for m in ms] == ["1995-05-22", "1996"]
    q = find("Sales rose in the quarter ended Sept. 30. Results for that quarter beat forecasts.",
             D(1989, 10, 26))
    assert [m.value for m in q] == ["1989-Q3", "1989-09-30", "1989-Q3"]
    assert q[0].rule == "date:9:30:past|shift:-45:day|gran:quarter"


def test_scheduled_dates_after_past_verb_look_ahead():
    m = one("The board declared a dividend payable Dec. 7 to holders.", D(1989, 10, 27), "Dec. 7")
    assert m.value == "1989-12-07"
    assert one("Sales fell in November.", D(1989, 10, 27)).value == "1988-11"
