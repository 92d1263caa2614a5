"""Dates of extracted events on invented articles (timeline/extract/dating.py).

The articles are published on Wednesday 2019-05-08, so 'Tuesday' is 2019-05-07."""

from __future__ import annotations

import pendulum

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


LAWSUIT = """Cities sue over grant rules

A group of nine cities sued the Commerce Department on Tuesday to block new rules on federal grants.

"These rules punish our residents," Mayor Ann Lee said in a statement.

The cities said the rules would cost them millions of dollars.

The department had defended the rules last month.
"""


def test_lead_occasion_of_a_public_act_dates_later_sayings():
    # a lawsuit, a vote, a ruling is a deliberate act: its parties speak that day, so what
    # they said in the story, with no time of its own, was said then (also 'in a statement',
    # which is issued on the day, unlike 'in an interview')
    article, found = events(LAWSUIT)
    assert _date(article, found, "Mayor Ann Lee said")[0] == TUESDAY
    assert _date(article, found, "The cities said")[0] == TUESDAY


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


ANAPHORIC = """Treasury weighs action on tax dodge

Senators wrote to the president on Tuesday to urge action on corporate inversions.

A day earlier, the House passed its own bill.

The mayor spoke to reporters last week. Two days earlier, the council approved the budget.

The governor signed the order in March. The next day, the state filed its appeal.
"""


def test_offsets_count_from_the_time_told_before():
    # 'A day earlier', 'two days later' count from the time told just before, relative
    # ('on Tuesday') or explicit; a short offset from a week or a month stays inside it;
    # 'the next day' after a month is in that month (not the day after publication)
    article, found = events(ANAPHORIC)
    assert _date(article, found, "House passed")[0] == "2019-05-06"
    assert _date(article, found, "council approved")[0] == "2019-W18"
    assert _date(article, found, "state filed")[0] == "2019-03"


def test_offsets_from_a_relative_time_wait_for_an_undated_articles_date():
    # undated, 'A day earlier' keeps the rule of the 'Tuesday' it counts from, shifted; once the
    # publication date is known it resolves to what a dated extraction gives
    from timeline import serialize
    from timeline.model import Article
    from timeline.extract import extract_events
    from timeline.project.dating import effective_when

    published = pendulum.date(2019, 5, 8)
    dated = {e.sentence.start: e.when.value for e in extract_events(Article.from_text(ANAPHORIC, published=published))}
    undated = extract_events(Article.from_text(ANAPHORIC, published=None))
    shifted = [e for e in undated if e.when.rule and "shift:" in e.when.rule]
    assert shifted and all(e.when.earliest is None for e in shifted)
    for e in undated:
        assert effective_when(serialize.unstructure(e.when), published.isoformat())["value"] == dated[e.sentence.start]


REPEATED_TITLE = """Senators clash over judge's nomination

Senators clash over judge's nomination

The fate of Judge Anna Pike's nomination is now in the hands of the Senate after Tuesday's tense hearing.

"I have always followed the law," she told the committee.
"""


def test_a_repeated_title_is_not_the_lead():
    # the line repeating the title is boilerplate: the lead is the first paragraph of the story
    article, found = events(REPEATED_TITLE)
    assert _date(article, found, "she told the committee")[0] == TUESDAY


def test_a_time_inside_a_quotation_is_no_anchor_for_an_offset():
    # 'today' inside a speaker's words is the speaker's time: 'A day earlier' counts from the
    # story's Sunday
    text = ("Divers near the black box\n\n"
            "Divers searched the wreck on Sunday. \"We hope to finish the job today,\" the coordinator said. "
            "A day earlier, police arrested the pilot.\n")
    article, found = events(text)
    assert _date(article, found, "police arrested")[0] == "2019-05-04"


def test_a_past_event_is_not_dated_after_publication():
    # a simple past happened before publication: a time ahead ('his 2016 memoir' in a 2014
    # story, 'Thursday's briefings' the tagger read as the coming Thursday) does not date it
    text = ("Pipeline review\n\n"
            "Gates complimented her in his 2016 memoir.\n\n"
            "Judge Ann Lee set bail at $1 million, before ordering the men to appear in court on Dec. 29.\n")
    article, found = events(text, published=pendulum.date(2014, 11, 17))
    assert _date(article, found, "Gates complimented")[0] != "2016"
    # 'set bail' is past: the court date ahead belongs to the order, not to the bail ruling
    assert _date(article, found, "set bail")[0] != "2014-12-29"



CONTINUED = """Border fight heats up

The governor of Texas faces growing anger over the state's border policy.

Federal agents arrested 40 migrants near El Paso on Sunday, officials said.

They also seized two trucks loaded with drugs.

Police arrested a man in Austin.

Agents also detained a driver.

In 2015, agents arrested 12 smugglers near Laredo.

They also seized a boat.
"""


def test_a_story_continued_in_the_next_paragraph_keeps_its_time():
    # "… arrested 40 migrants near El Paso on Sunday. ¶ They also seized …": the paragraph goes
    # on, in the simple past, with the story just told, and points back to it
    article, found = events(CONTINUED)
    assert _date(article, found, "They also seized two trucks")[0] == "2019-05-05"


def test_a_new_story_or_a_backstory_year_is_not_continued():
    article, found = events(CONTINUED)
    # "Police arrested a man …": a new subject with nothing pointing back
    assert _date(article, found, "Police arrested a man") == (PUB, "publication")
    # "Agents also detained …": the paragraph before told no time
    assert _date(article, found, "Agents also detained") == (PUB, "publication")
    # "In 2015, … ¶ They also seized a boat": a year is mostly a backstory's, not carried on
    assert _date(article, found, "They also seized a boat") == (PUB, "publication")


WATER = """Senators spar over water bill

The fate of the water bill is now in the hands of the House after Tuesday's heated hearing before the Energy Committee.

Senator Lena Ortiz pointed a finger at the agency, saying it had ignored the farmers.

Senator Paul Grady said in March that the bill was dead.

"We have the votes," Grady said.

Grady said then that the farmers would wait.

The public paid little attention to last month's debate on the bill, according to a survey released on Tuesday.
"""


def test_a_participle_of_a_past_verb_takes_the_lead_occasion():
    # "pointed a finger …, saying …": the saying shares the simple past of the verb it hangs on
    article, found = events(WATER)
    assert _date(article, found, "saying it had ignored")[0] == TUESDAY


def test_a_speakers_backstory_month_does_not_date_the_speakers_later_sayings():
    article, found = events(WATER)
    # "Grady said in March …" is a backstory: his undated "… Grady said" is the story's occasion
    assert _date(article, found, "Grady said.")[0] == TUESDAY
    # … unless the saying points back to it
    assert _date(article, found, "Grady said then")[0] == "2019-03"


def test_a_possessive_time_naming_a_thing_yields_to_the_sentences_other_time():
    # "last month's debate" names the debate; the survey was released on Tuesday
    article, found = events(WATER)
    assert _date(article, found, "according to a survey")[0] == TUESDAY


STAMPED = """Church fire suspect held

Updated at 9:15 a.m. ET

Police arrested a man who set fire to a church in Dayton on Monday.

The man crashed his car into a fence before he ran inside.
"""


def test_a_time_stamp_line_is_not_the_lead():
    # "Updated at 9:15 a.m. ET" is the page's, not the story's: the lead comes after it
    article, found = events(STAMPED)
    assert _date(article, found, "crashed his car")[0] == "2019-05-06"


DEBATE = """Candidates look ahead after rough debate

It is likely that Governor Ana Lee will look back on the first party debate Monday night in Denver and wish she had stayed home.

Lee stumbled over a question on taxes.
"""


def test_a_weekday_set_after_a_noun_is_not_read_from_a_future_verb():
    # "will look back on the debate Monday night": the debate's day, the nearest Monday
    article, found = events(DEBATE)
    assert _date(article, found, "Lee stumbled")[0] == "2019-05-06"


BUDGET = """Budget fight ends

Lawmakers in Ohio passed the state budget on Monday after a long fight.

The Senate approved the plan on Sunday. Opponents shouted from the gallery.
"""


def test_a_fallback_act_takes_its_paragraphs_time():
    # an act no rule names, with no time of its own, happened when its paragraph tells
    article, found = events(BUDGET)
    assert _date(article, found, "Opponents shouted")[0] == "2019-05-05"


def test_a_time_setting_the_speaker_at_an_occasion_dates_the_saying():
    # "Dale, at a closed dinner earlier this month, said …": the parser hangs the phrase on
    # the name, but it tells where he spoke, not who he is
    article, found = events("""Leader doubts border fence

House Leader Mark Dale, at a closed dinner earlier this month, said he thought only one member wanted the fence.
""")
    assert _date(article, found, "said he thought")[0] == "2019-05"


def test_as_of_dates_the_state_it_reports():
    # "as of March 31": the time the figures hold for, which the report tells of
    article, found = events("""Race for House seat tightens

Smith has $1.3 million in the bank, according to election filings as of March 31.
""")
    assert _date(article, found, "according to")[0] == "2019-03-31"


def test_a_headline_act_takes_the_time_of_its_retelling_in_the_lead():
    """A headline tells its act in the present with no time ('Farmers sue county over
    water rights'); the lead retells it with its day ('… sued the county on Tuesday'),
    which dates the headline's act too.  A backstory of months ago does not."""
    article, found = events("Farmers sue county over water rights\n\n"
                            "A group of farmers sued Lane County on Tuesday over its new water rules.\n\n"
                            "The county said it would fight the lawsuit.")
    head = next(e for e in found if e.from_headline)
    assert head.when.value == TUESDAY and head.when.basis != "publication"
    article, found = events("Farmers sue county over water rights\n\n"
                            "A group of farmers first sued Lane County on January 9 over its water rules.\n\n"
                            "The county said it would fight the lawsuit.")
    head = next(e for e in found if e.from_headline)
    assert head.when.value == PUB and head.when.basis == "publication"


def test_a_headline_doer_named_by_a_bare_title_takes_the_leads_name():
    """'Governor Vetoes School Budget' names no one; the lead's 'Gov. Maria Lopez vetoed …'
    does, and its doer is the headline's."""
    article, found = events("Governor Vetoes School Budget\n\n"
                            "Gov. Maria Lopez vetoed the school budget on Tuesday, citing its cost.\n\n"
                            "Lawmakers said they would try to override the veto.")
    head = next(e for e in found if e.from_headline)
    assert head.when.value == TUESDAY
    assert any("Lopez" in a.canonical for a in head.actors)


def test_at_the_time_is_the_time_told_just_before():
    # "said at the time": the period of the last time told, not the publication date
    article, found = events("""Mayor defends old tax plan

In 2014, the council passed a parking tax that the mayor had proposed. "We cannot wait any longer," Mayor Lena Hart said at the time.
""")
    assert _date(article, found, "Lena Hart said")[0] == "2014"


def test_that_day_opening_a_paragraph_points_to_the_paragraph_before():
    # "that day" after a month: the tagger finds no day to point to; the month is the time
    article, found = events("""Water bill stalls again

The water bill failed in the House in March, when three members changed their votes.

"We will try again," Governor Sam Ortiz said that day at the Capitol.
""")
    assert _date(article, found, "Sam Ortiz said")[0] == "2019-03"


def test_at_the_time_skips_a_relative_clauses_backstory():
    # "Edwards, who left office in 2009": the noun's story, not the time the story is at
    article, found = events("""Developer admits paying governor

In 2012, the developer paid $300,000 to Governor Ray Edwards, who left office in 2009, to win a permit. The Ledger reported at the time that the developer felt cheated.
""")
    assert _date(article, found, "Ledger reported")[0] == "2012"


def test_a_day_earlier_opening_a_paragraph_counts_back_past_an_untimed_one():
    # the paragraph between tells no time: "on Tuesday" is still the time counted from
    article, found = events("""School board acts on phones

The board voted on Tuesday to ban phones in class.

The teachers' union said in a statement that it welcomed the rule.

A day earlier, parents rallied outside the district office.
""")
    assert _date(article, found, "parents rallied")[0] == "2019-05-06"


def test_a_main_clause_act_sets_its_paragraphs_time():
    # an act no rule names, dated in the main clause of its sentence, dates what the
    # paragraph and the same speaker go on with
    article, found = events("""Old feud resurfaces

The city had long argued about the stadium.

Back in February, Governor Nina Park tore up the stadium deal.

"This deal is a gift to the owners," Park said.
""")
    assert _date(article, found, "Park said")[0] == "2019-02"


def test_a_stand_taken_in_a_backstory_keeps_its_year():
    # "disputed the fine": a stand taken in the paragraph's story of 2015, not words of today
    article, found = events("""Senator's old stand revisited

The state health agency fined the clinic in 2015 for breaking the rules. Senator Ray Holt reportedly disputed the fine, "and made clear that he would fight it."
""")
    assert _date(article, found, "reportedly disputed")[0] == "2015"


SECOND_PARAGRAPH_LEAD = """Senator grills nominee

The fight over Judge Anna Pike's nomination has become a bitter one.

Senator Tom Reyes questioned Pike for two hours at Monday's hearing of the Judiciary Committee.

"She was evasive," a committee aide said.
"""


def test_a_lead_with_no_time_lets_the_next_paragraph_tell_the_occasion():
    # the first paragraph tells no time at all: the next one's day is the occasion the story
    # tells of (published Wednesday: Monday is two days before)
    article, found = events(SECOND_PARAGRAPH_LEAD)
    assert _date(article, found, "a committee aide said")[0] == "2019-05-06"


def test_a_backstory_clause_of_the_second_paragraph_is_not_the_occasion():
    # 'As she did at Tuesday's debate' (an adverbial clause) is a backstory, even when the
    # first paragraph told no time
    article, found = events(LATER_OCCASION)
    assert _date(article, found, "a supporter said") == (PUB, "publication")


FRIDAY_HEARING = """Senators clash over judge's nomination

Judge Anna Pike faced a tense hearing before the Judiciary Committee on Friday.

Senator Tom Reyes said she was evasive.
"""


def test_a_monday_story_of_friday_takes_the_lead_occasion():
    # published Monday 2019-05-13: Friday is three days before, the weekend between
    article, found = events(FRIDAY_HEARING, published=pendulum.date(2019, 5, 13))
    assert _date(article, found, "Reyes said")[0] == "2019-05-10"
    # published Tuesday 2019-05-14, Friday is four days back: the story tells of reactions
    article, found = events(FRIDAY_HEARING, published=pendulum.date(2019, 5, 14))
    assert _date(article, found, "Reyes said") == ("2019-05-14", "publication")
    # published Thursday 2019-05-09, Monday is three days back with no weekend between
    article, found = events(FRIDAY_HEARING.replace("Friday", "Monday"), published=pendulum.date(2019, 5, 9))
    assert _date(article, found, "Reyes said") == ("2019-05-09", "publication")


LATEST_LEAD = """Nominee faces senators

Judge Anna Pike, who flew to Washington on Monday, faced a tense hearing before the Judiciary Committee on Tuesday.

"I have always followed the law," she told the committee.
"""


def test_the_lead_occasion_is_its_latest_day():
    # the lead tells how it came to the occasion ('flew … on Monday') and the occasion itself
    # ('a hearing … on Tuesday'): the story is of the last day it reaches
    article, found = events(LATEST_LEAD)
    assert _date(article, found, "she told the committee")[0] == TUESDAY


def test_an_offset_before_that_counts_from_the_time_just_told():
    # 'one week before that.' closes the clause: it points back to Tuesday, May 14
    article, found = events("Court sets hearing\n\n"
                            "The court will hear the case on Tuesday, May 14. The governor signed the order one "
                            "week before that.\n")
    assert _date(article, found, "signed")[0] == "2019-05-07"
    # 'two days after that' too (Monday, May 6 → Wednesday, May 8)
    article, found = events("Mayor quits\n\n"
                            "The mayor met the council on Monday. Two days after that, the council adopted the plan.\n")
    assert _date(article, found, "adopted")[0] == "2019-05-08"


def test_a_since_time_yields_to_another_time_of_the_sentence():
    # 'its first budget since 2009' names where a stretch starts, not when the Senate passed it
    article, found = events("Senate passes budget\n\n"
                            "On Tuesday, after a long and bitter debate, the Senate passed its first budget since 2009.\n")
    assert _date(article, found, "passed")[0] == TUESDAY
    # a perfect's stretch is its own: 'has recorded … since 1999' (no other time to take)
    article, found = events("Church attacks\n\n"
                            "Since 1999, he has recorded 1,000 attacks, including 150 in 2018.\n")
    assert _date(article, found, "recorded")[0] == "1999"


def test_a_time_before_a_cue_and_its_quotation_dates_the_saying():
    # 'On Tuesday, though, Reyes wrote, "…"': the quotation after the cue is what he wrote;
    # the time before the cue is when he wrote it, even when the content is read as the
    # whole sentence
    article, found = events('Senator mocks bill\n\nThe bill came up for a vote this week.\n\n'
                            'On Tuesday, though, Reyes wrote, "the bill is dead! Good riddance."\n')
    assert _date(article, found, "wrote")[0] == TUESDAY


def test_an_act_scheduled_in_the_past_tense_takes_its_calendar_day():
    # 'was scheduled to vote Friday' (told Wednesday 2019-05-08): the vote is on the coming
    # Friday, though the schedule is told in the past; the announcement is Tuesday's
    article, found = events("Senate delays vote\n\n"
                            "The Senate was scheduled to vote Friday on the bill, but the leader announced on "
                            "Tuesday the vote would be delayed.\n")
    assert _date(article, found, "scheduled")[0] == "2019-05-10"
    assert _date(article, found, "announced")[0] == TUESDAY


def test_a_time_inside_the_description_of_a_time_is_that_times():
    # 'on Tuesday, a day after the May 6 primary,': the primary's day describes Tuesday; the
    # act is Tuesday's
    article, found = events("Candidate quits race\n\n"
                            "In a short video posted on Tuesday, a day after the May 6 primary, Jane Doe announced "
                            "that she is leaving the race.\n")
    assert _date(article, found, "announced")[0] == TUESDAY


def test_a_paragraph_that_moves_on_to_a_later_day_dates_what_follows_by_it():
    # 'Last week's flood …  On Monday, the governor indicated …  She also singled out …': the
    # story moved on to Monday (a main clause of the simple past), and what follows is Monday's
    article, found = events("Floods hit town\n\nThe town council met in the school gym.\n\n"
                            "Last week's flood destroyed 200 homes and prompted calls for help. On Monday, the "
                            "governor indicated that the state would pay. She also singled out the dam as the cause "
                            "of the disaster.\n")
    assert _date(article, found, "singled out")[0] == "2019-05-06"
    assert _date(article, found, "destroyed")[0] == "2019-W18"


def test_a_past_time_at_the_end_of_an_asked_act_dates_the_asking():
    # 'urged her to withdraw on Monday' (told Wednesday): the withdrawal would come after the
    # urging, so a past Monday is when she was urged; 'called on … to step aside last week' too
    article, found = events('Senators turn on nominee\n\n'
                            'The senators called on Pike to step aside last week "if these reports are true."\n\n'
                            'Reyes urged her to withdraw on Monday.\n')
    assert _date(article, found, "called on")[0] == "2019-W18"
    assert _date(article, found, "urged")[0] == "2019-05-06"


def test_a_lead_told_last_week_in_its_main_clause_dates_the_story_acts():
    # 'Maria Lopez lost her shop last week …' (published Wednesday 2019-05-08): the story's
    # undated simple-past acts happened that week
    article, found = events("Storm ruins shop\n\n"
                            "Maria Lopez lost her bakery last week to a storm that tore through the town.\n\n"
                            "The wind ripped off the roof. Firefighters closed the street for hours.\n")
    assert _date(article, found, "closed the street")[0] == "2019-W18"
    # a noun's week ('the governor's announcement last week') is a backstory, not the occasion
    article, found = events("Storm ruins shop\n\n"
                            "The governor's announcement last week left many owners unsure about the aid.\n\n"
                            "The wind ripped off the roof. Firefighters closed the street for hours.\n")
    assert _date(article, found, "closed the street") == (PUB, "publication")


def test_a_byline_of_several_names_is_not_the_lead():
    # 'Ann Lee, and Bo Park' is who wrote the story: the lead starts after it (and, telling no
    # time, lets the next paragraph tell the occasion: Tuesday's hearing)
    article, found = events("Senators clash over judge's nomination\n\nAnn Lee, and Bo Park\n\n"
                            "The fight over the nomination has become a bitter one.\n\n"
                            "Judge Anna Pike faced a tense hearing before the Judiciary Committee on Tuesday.\n\n"
                            "Senator Tom Reyes said she was evasive.\n")
    assert _date(article, found, "Reyes said")[0] == TUESDAY
