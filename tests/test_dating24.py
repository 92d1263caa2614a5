"""Dates of events on invented articles: how news text dates what it tells
(timeline/extract/dating.py).

The articles are published on Wednesday 2019-05-08, so 'Monday' is 2019-05-06 and
'Saturday' 2019-05-04."""

from __future__ import annotations

from extract_support import events, triggered_in

PUB = "2019-05-08"


def _date(article, found, words):
    ev = triggered_in(article, found, words)
    assert ev is not None, words
    return ev.when.value.split("T")[0], ev.when.basis


FLOOD = """Flood waters rise in river towns

Heavy rain swept across the valley on Saturday, forecasters said.

By Monday morning, the county sheriff said six people had died.

By Friday, the state will decide whether to rebuild the bridge.
"""


def test_a_by_time_opening_a_past_sentence_dates_it():
    # "By Monday morning, the sheriff said …": the story has reached that time, so it dates
    # what the sentence tells (not a deadline)
    article, found = events(FLOOD)
    assert _date(article, found, "the county sheriff said") == ("2019-05-06", "relative")


def test_a_by_time_before_a_future_is_a_deadline():
    # "By Friday, the state will decide …": a deadline, not the time of an event
    article, found = events(FLOOD)
    ev = triggered_in(article, found, "will decide")
    assert ev is None or ev.when.value.split("T")[0] != "2019-05-10"


DAM = """Engineers faulted over dam

The county board met on Monday to review the dam's failure.

Just two days before Saturday's storm, engineers inspected the dam and found no cracks.
"""


def test_an_offset_counts_from_the_day_told_right_after_it():
    # "two days before Saturday's storm": Saturday minus two, not the last time told (Monday)
    article, found = events(DAM)
    assert _date(article, found, "engineers inspected the dam")[0] == "2019-05-02"


RADIO = """Mayor defends levee work

The flood has renewed a fight over the levee.

On Sunday afternoon, Mayor Ruth Dalton said on local radio that the levee had held.

Dalton argued that the state had ignored the warnings for years.

Dalton singled out the water board as the worst offender.

"""


def test_a_continued_time_goes_on_over_paragraphs():
    # "On Sunday afternoon, Dalton said … ¶ Dalton argued … ¶ Dalton singled out …": one
    # occasion told over paragraphs, each going on with the one before
    article, found = events(RADIO)
    assert _date(article, found, "Dalton argued")[0] == "2019-05-05"
    assert _date(article, found, "Dalton singled out")[0] == "2019-05-05"


LEVEE = """Crews race to shore up levee

The flood has renewed a fight over the levee.

On Sunday afternoon, county crews closed the levee road.

The board's Monday report is long and dry.

They also sealed the flood gates.
"""


def test_a_continued_time_stops_at_another_day():
    # "On Sunday afternoon, crews closed … ¶ The board's Monday report … ¶ They also sealed
    # …": another day was told in between, so the story is no longer at Sunday
    article, found = events(LEVEE)
    assert _date(article, found, "They also sealed")[0] != "2019-05-05"


POST = """Judge weighs a run for the Senate

Ann Lee wrote and spoke about the race many times, and she also addressed it in a blog post last month.

“I feel that I can make a real contribution to the state,” Lee wrote.
"""


def test_the_same_person_goes_on_through_a_pronoun_or_a_joined_verb():
    # "Ann Lee wrote and spoke …, and she also addressed it in a blog post last month" ¶
    # "“…,” Lee wrote": 'she' is Lee, so the same person goes on with last month's post
    article, found = events(POST)
    assert _date(article, found, "Lee wrote.")[0] == "2019-04"


DEBATE = """Rivals clash in first debate

The first debate Thursday night in Cleveland was a rough one for the front-runner.

Taking the stage was seen as the peak of a career in politics dating back to the 1990s.

The evening began with a challenge from the moderator, and the senator immediately raised his hand.
"""


def test_the_evening_is_the_last_day_told():
    # "… debate Thursday night … The evening began …": a story tells its occasion's evening
    # as 'the evening' (today's would be 'this evening'), even when the tagger lost the day
    article, found = events(DEBATE)
    assert _date(article, found, "immediately raised")[0] == "2019-05-02"


def test_a_time_inside_another_clause_is_not_the_told_events():
    # "Lee allowed that the mayor had erred on Tuesday, but insisted …": Tuesday is the mayor's
    # error, not when Lee insisted, so it is not carried on from 'insisted' (it is from 'erred')
    import pendulum

    from timeline.extract.dating import Dater, find_mentions
    from timeline.extract.nlp import get_nlp

    pub = pendulum.date(2019, 5, 8)
    doc = get_nlp()("Lee allowed that the mayor had erred on Tuesday, but insisted that the plan was sound.")
    dater = Dater(doc, find_mentions(doc, pub), pub)
    tuesday = next(m for m in dater.mentions if m.text == "Tuesday")
    by_word = {t.text: t for t in doc}
    assert dater._in_other_content(tuesday, by_word["insisted"])
    assert not dater._in_other_content(tuesday, by_word["erred"])


SENATOR = """Senators split over nominee

Senator Ray Holt this past week announced his opposition to the nominee.

Senator Ann Lee also told reporters that she agrees with Holt on the nominee.

“I cannot support her,” Lee said.
"""


def test_a_new_name_does_not_hand_the_time_on():
    # "Holt this past week announced … ¶ Lee also told …" ¶ "“…,” Lee said": Lee is a new
    # person; her saying is not handed Holt's week
    article, found = events(SENATOR)
    assert _date(article, found, "Lee said")[0] != "2019-W18"


CAUCUS = """Senator wins caucuses

The senator spoke at Sunday's rally in the capital.

Her career in politics dates back to the 1990s.

Later, the senator won the caucuses in Maine, adding to wins the night before in Kansas.
"""


def test_the_night_before_is_not_the_last_days_night():
    # "the night before": counted from another day, not the night of the last day told (here
    # the tagger lost the day under discussion at 'the 1990s')
    article, found = events(CAUCUS)
    ev = triggered_in(article, found, "won the caucuses")
    assert ev is None or not ev.when.value.startswith("2019-05-05TNI")


HEARING = """Nominee defends court's power at hearing

WASHINGTON - Judge Mara Quill told senators on Tuesday that courts have the final word on the law.

Quill had declined on Monday to answer whether a governor must obey a subpoena, saying she could be asked to rule on it.

Asked about an old memo, Quill said she had only suggested a change of wording.
"""


def test_a_past_perfect_saying_does_not_date_the_speakers_later_ones():
    # "had declined on Monday to answer": a look back from the hearing's day; the speaker's
    # next saying is back at the occasion the lead told (Tuesday), not Monday
    article, found = events(HEARING)
    assert _date(article, found, "on Monday to answer")[0] == "2019-05-06"
    assert _date(article, found, "Quill said she had")[0] == "2019-05-07"


def test_a_comparison_with_an_earlier_time_does_not_date_the_act():
    # "although she indicated - as she did on Monday - that …": Monday is the earlier
    # occasion the pro-verb points back to; the refusal is at the hearing's day (Tuesday)
    article, found = events(HEARING.replace(
        "Asked about an old memo, Quill said she had only suggested a change of wording.",
        "Quill again declined to say whether the old ruling was right, although she indicated - "
        "as she did on Monday - that it deserved respect."))
    assert _date(article, found, "Quill again declined")[0] == "2019-05-07"
