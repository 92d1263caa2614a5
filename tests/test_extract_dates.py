"""Dates of extracted events on invented articles (timeline/extract/dating.py).

The articles are published on Wednesday 2019-05-08, so 'Tuesday' is 2019-05-07."""

from __future__ import annotations

from extract_support import events, triggered_in

PUB = "2019-05-08"
TUESDAY = "2019-05-07"

HEARING = """Senators clash over judge's nomination

The fate of Judge Anna Pike's nomination is now in the hands of the Senate after Tuesday's tense hearing before the Judiciary Committee.

Pike opened with a long account of her career on the bench.

"I have always followed the law," she told the committee.

Senator Tom Reyes asked her about a ruling on water rights. Pike replied that the case had been decided on narrow grounds.

"She was evasive," Reyes said.

In an interview, Reyes said he would vote against her. Reyes told CNN he was unconvinced.

Reyes had opposed her first nomination.

Pike says she will not withdraw.
"""


def _date(article, found, words):
    ev = triggered_in(article, found, words)
    assert ev is not None, words
    return ev.when.value.split("T")[0], ev.when.basis


def test_lead_occasion_dates_later_undated_past_events():
    # the lead tells of Tuesday's hearing; what was said and done later in the story, in the
    # simple past and with no time of its own, happened there
    article, found = events(HEARING)
    assert _date(article, found, "she told the committee")[0] == TUESDAY
    assert _date(article, found, "Reyes asked her")[0] == TUESDAY
    assert _date(article, found, "Reyes said.")[0] == TUESDAY


def test_lead_occasion_not_for_an_occasion_of_its_own_or_the_present():
    article, found = events(HEARING)
    # "In an interview, Reyes said …": another occasion, not the hearing's
    assert _date(article, found, "Reyes said he would vote") == (PUB, "publication")
    # "Reyes told CNN …": a talk with an outlet, not the hearing
    assert _date(article, found, "Reyes told CNN") == (PUB, "publication")
    # "Pike says …" speaks now
    assert _date(article, found, "Pike says") == (PUB, "publication")


SHOOTING = """Gunman held after store siege

Police arrested a man who barricaded himself inside a hardware store on Tuesday, ending a two-hour standoff.

The man crashed his car into a fence outside the store before he ran inside.

"He gave himself up," police said.

The store's owner had warned about the lot for years.
"""


def test_lead_occasion_of_a_happening_dates_acts_not_later_sayings():
    # a shooting is no occasion of speaking: what police said of it is said when the story
    # is told, but the acts of the story happened then
    article, found = events(SHOOTING)
    assert _date(article, found, "crashed his car")[0] == TUESDAY
    assert _date(article, found, "police said") == (PUB, "publication")


def test_lead_occasion_not_for_a_past_perfect():
    # 'had opposed' is before the occasion, not at it
    article, found = events(HEARING)
    assert _date(article, found, "had opposed") == (PUB, "publication")


FUTURE_LEAD = """Senate to vote on judge

The Senate will hold a hearing on Judge Anna Pike's nomination on Friday.

Pike said she had always followed the law.
"""


def test_no_lead_occasion_when_the_lead_looks_ahead():
    article, found = events(FUTURE_LEAD)
    assert _date(article, found, "Pike said") == (PUB, "publication")


APPOSITIVE = """Trump rips FBI

President Trump on Monday defended his former adviser.

Trump claimed that Clinton, his Democratic opponent in the presidential election last year, lied to the FBI.

The company opened a Washington, D.C., office in 2007, and hired a dozen lobbyists.
"""


def test_time_of_an_appositive_does_not_date_the_trigger():
    # 'his opponent in the election last year' describes Clinton: the claim is not of last
    # year (the parser hangs 'last year' on 'claimed'; the commas bound the description)
    article, found = events(APPOSITIVE)
    assert _date(article, found, "Trump claimed")[0] != "2018"


def test_a_place_between_commas_is_no_appositive():
    article, found = events(APPOSITIVE)
    ev = next(e for e in found if "in 2007" in e.sentence.slice(article.text))
    assert ev.when.value == "2007"


LATER_OCCASION = """Candidate draws crowd

Jane Doe didn't need to say a word to get her first standing ovation.

As she did at Tuesday's debate, Doe cast herself as an outsider.

"I think she's brilliant," a supporter said.
"""


def test_only_the_first_paragraph_makes_the_lead():
    # a time in a later paragraph ('As she did at Tuesday's debate') is a backstory, not the
    # occasion the story tells of
    article, found = events(LATER_OCCASION)
    assert _date(article, found, "a supporter said") == (PUB, "publication")


def test_a_time_right_after_the_cue_dates_the_saying_not_the_reported_clause():
    # the parser hangs 'on Friday' on the reported verb ('need'); before the reported clause's
    # subject, with no 'that', it is when he said it
    article, found = events("Governor defends order\n\n"
                            "The governor said on Friday he did not need to make the declaration but wanted to speed "
                            "the building of the wall.\n")
    assert _date(article, found, "said on Friday")[0] == "2019-05-03"
    # with 'that', the time is the reported clause's own: the saying is not dated by it
    article, found = events("Governor defends order\n\n"
                            "The governor said that on Friday he would sign the declaration.\n")
    assert _date(article, found, "said that")[0] != "2019-05-03"


def test_a_fiscal_year_a_bill_covers_is_not_the_time_of_the_vote():
    # 'for fiscal year 2020' names the period the act covers (it starts months after the vote)
    article, found = events("Senate passes defense bill\n\n"
                            "Senators returned to Washington on Monday. The chamber voted 89-8 for the Defense "
                            "Authorization Act for fiscal year 2020, which sets the level of spending.\n")
    assert _date(article, found, "voted 89-8")[0] == "2019-05-06"
    # a fiscal year that is when something happened still dates it
    article, found = events("Agency figures\n\nThe agency arrested 143,000 immigrants in fiscal 2018.\n")
    assert _date(article, found, "arrested")[0] == "2018"


def test_the_next_day_with_no_day_before_it_is_not_the_day_after_publication():
    # nothing earlier in the text says which day "the next day" follows: it dates nothing
    # (publication + 1 would put a past act in the future)
    article, found = events("Treasury weighs its options\n\n"
                            "The next day, the Treasury Department issued a statement on the plan.\n")
    assert _date(article, found, "issued a statement")[0] != "2019-05-09"
    # with a day before it, it counts from that day
    article, found = events("Suspect charged\n\nPolice arrested the man on Monday. The next day, prosecutors "
                            "charged him with murder.\n")
    assert _date(article, found, "charged him")[0] == "2019-05-07"
