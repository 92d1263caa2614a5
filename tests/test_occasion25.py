"""The story's occasion named only late in the story (timeline/extract/dating.py,
`Dater._story_occasion`): a lead that tells no time, then one recent day told later of an
occasion of speaking or of the lead's own subject, dates the story's undated past sayings
and acts; a story that names the publication day, two recent days, or a day of another
story keeps the publication date.

The articles are invented and published on Wednesday 2019-05-08, so 'Tuesday' is
2019-05-07 and 'Monday' 2019-05-06."""

from __future__ import annotations

from extract_support import events, triggered_in


def _date(article, found, words):
    ev = triggered_in(article, found, words)
    assert ev is not None, words
    return ev.when.value.split("T")[0]


RALLY = """Governor mocks rivals at riverside rally

Governor Ada Quill used a rally in Port Harlow to press her case for the new dam.

Quill told the crowd that the dam would bring jobs to the valley.

“We will not wait for Washington,” Quill said.

She also mocked the size of a protest across the river.

Standing beside the governor on Tuesday were the mayor and two state senators, who spoke before her speech.
"""


def test_a_day_told_late_of_the_speech_dates_the_rally_sayings():
    # the lead tells no time; the one recent day the story tells (Tuesday, of her speech)
    # is the rally's: what Quill said and did there is Tuesday's, not Wednesday's
    article, found = events(RALLY)
    assert _date(article, found, "Quill told the crowd") == "2019-05-07"
    assert _date(article, found, "Quill said") == "2019-05-07"


SAME_DAY = """Governor mocks rivals at riverside rally

Governor Ada Quill used a rally in Port Harlow to press her case for the new dam.

Quill told the crowd that the dam would bring jobs to the valley.

The state senate voted on Tuesday to fund a study of the dam, and the mayor spoke at its hearing.

Quill also spoke at a breakfast on Wednesday, her aides said.
"""


def test_a_story_that_names_the_publication_day_keeps_it():
    # 'on Wednesday' (today) is told of the story: Tuesday's vote is a backstory
    article, found = events(SAME_DAY)
    assert _date(article, found, "Quill told the crowd") == "2019-05-08"


OTHER_STORY = """Farm incomes climb as prices hold

Farm incomes are rising across the valley, driven by steady grain prices.

Growers said the dry spring had spared most of the harvest.

Exports rose 3 percent in the first quarter, the Commerce Department said Tuesday.
"""


def test_a_day_of_another_story_does_not_date_the_lead():
    # Tuesday is the department's figures, neither an occasion of speaking nor the lead's
    # subject: what growers said is dated by publication
    article, found = events(OTHER_STORY)
    assert _date(article, found, "Growers said") == "2019-05-08"


OP_ED = """Senator calls the session a waste

Sen. Ann Roe said the legislative session was the least productive in a generation.

Roe faulted the budget office for its late forecasts.

“The chamber passed nothing of note,” Roe wrote in a newspaper column posted Monday evening.
"""


def test_the_lead_subjects_own_day_dates_her_earlier_told_acts():
    # Monday evening is when Roe, the lead's subject, wrote: her undated 'faulted', told
    # before the day is named, is then too (not the publication day)
    article, found = events(OP_ED)
    assert _date(article, found, "Roe faulted") == "2019-05-06"


TWO_DAYS = """Governor mocks rivals at riverside rally

Governor Ada Quill used a rally in Port Harlow to press her case for the new dam.

Quill told the crowd that the dam would bring jobs to the valley.

The mayor spoke at a hearing on Monday, and two senators spoke before her speech on Tuesday.
"""


def test_two_recent_days_name_no_occasion():
    # Monday's hearing or Tuesday's speech: the story does not say which is the rally's
    article, found = events(TWO_DAYS)
    assert _date(article, found, "Quill told the crowd") == "2019-05-08"


PRESENT_LEAD = """Lawmakers pile on the port authority

Every lawmaker in the state now wants a say over the port authority's budget.

Three committees have opened reviews of the port's books.

The port director spoke at a hearing on Tuesday and defended the budget.

Aides to the speaker said the budget office would review the port's books.
"""


def test_a_lead_told_in_the_present_names_no_occasion():
    # the lead tells a state of affairs, not an occasion: Tuesday's hearing is one story
    # among others, and what the aides said keeps the publication date
    article, found = events(PRESENT_LEAD)
    assert _date(article, found, "Aides to the speaker said") == "2019-05-08"
