"""More than one event per sentence: the acts of a sentence's other clauses, dated by a time
of their own (`pipeline.dated_clause_events`), on invented sentences."""

from __future__ import annotations

from extract_support import events, triggered_in


def test_a_relative_clause_with_its_own_time_is_an_event():
    """'the square where dozens of protesters were arrested earlier this month': a passive
    relative clause with a time of its own tells a past act beside the main one."""
    article, found = events("Budget vote\n\n"
                            "The council approved the budget on Tuesday near the square where dozens of "
                            "protesters were arrested earlier this month.")
    approved = triggered_in(article, found, "approved")
    arrested = triggered_in(article, found, "arrested")
    assert approved is not None and arrested is not None and arrested is not approved
    assert arrested.kind == "arrests" and arrested.when.value == "2019-05"
    assert arrested.sentence.slice(article.text).startswith("where dozens")


def test_a_participle_on_a_noun_with_a_doer_and_a_time_is_an_event():
    """'e-mails released last week by the state auditors': the release is an act of its own;
    'a poll released Wednesday found …' is not (the poll's finding is the event)."""
    article, found = events("Audit\n\n"
                            "Senator Jo Roe cited e-mails released last week by the state auditors.")
    released = triggered_in(article, found, "released")
    assert released is not None and released.when.value == "2019-W18"
    assert released is not triggered_in(article, found, "cited")
    article, found = events("Poll\n\nA poll released Wednesday found that most voters back the plan.")
    assert len([e for e in found if not e.from_headline]) == 1


def test_a_conjunct_with_its_own_subject_and_time_is_an_event():
    """'Three officials were fired on Monday, and a fourth was demoted last week': two acts,
    each with its own time."""
    article, found = events("Agency\n\nThree officials were fired on Monday, and a fourth was demoted last week.")
    demoted = triggered_in(article, found, "demoted")
    assert demoted is not None and demoted.when.value == "2019-W18"
    assert demoted.sentence.slice(article.text).startswith("a fourth")
    assert triggered_in(article, found, "fired").when.value == "2019-05-06"


def test_a_reported_act_with_its_own_time_is_claimed():
    """'The company says … that it stopped sharing the data in March': the stopping is the
    company's claim, an event of its own with its own month; the saying stays a statement."""
    article, found = events("Privacy\n\n"
                            "The company says the breach was a mistake and that it stopped sharing the data in March.")
    stopped = triggered_in(article, found, "stopped")
    assert stopped is not None and stopped.status == "claimed" and stopped.when.value == "2019-03"
    assert stopped.attribution is not None and stopped.attribution.speaker_span.slice(article.text) == "The company"
    assert triggered_in(article, found, "says").kind == "statement"


def test_a_clause_of_state_figure_or_passive_on_a_praised_noun_is_read_right():
    """A post held ('who led the agency from 2006 to 2011') or a figure ('The economy
    expanded in the first quarter') is no dated act; the noun a verbal act is on is not
    what is reported ('praised the officers, who were charged last week': occurred)."""
    article, found = events("Agency\n\nJo Roe, who led the agency from 2006 to 2011, said on Monday "
                            "that the plan is sound.")
    assert triggered_in(article, found, "led") is None
    article, found = events("Economy\n\nThe economy expanded in the first quarter, the department said on Monday.")
    assert triggered_in(article, found, "expanded") is None
    article, found = events("Police\n\nSenator Jo Roe praised the officers, who were charged last week "
                            "in the beating of a man.")
    charged = triggered_in(article, found, "charged")
    assert charged is not None and charged.status == "occurred" and charged.kind != "statement"


def test_an_act_told_before_its_source_is_an_event_beside_the_saying():
    """'Two deputies were shot and wounded in Marion County on Sunday, the county sheriff
    said': the shooting (claimed by the sheriff, dated Sunday, told from its first verb) and
    the sheriff's statement are two events, though Sunday may date the saying too."""
    article, found = events("Shooting\n\nTwo deputies were shot and wounded in Marion County on Sunday, "
                            "the county sheriff said.")
    shot = triggered_in(article, found, "shot")
    said = triggered_in(article, found, "said")
    assert shot is not None and said is not None and shot is not said
    assert shot.status == "claimed" and shot.when.value == "2019-05-05" and said.kind == "statement"
    assert shot.attribution.speaker_span.slice(article.text) == "the county sheriff"


def test_a_dated_act_a_source_tells_is_an_event_beside_the_source():
    """'The senator met the donors on Monday in Miami, according to two aides': the meeting
    (claimed by the aides, dated Monday) and the aides' account; a figure a department
    gives ('The economy added 90,000 jobs in April', 'more than 300,000 migrants have
    crossed the sea') is no act."""
    article, found = events("Donors\n\nThe senator met the donors on Monday in Miami, according to two aides.")
    met = triggered_in(article, found, "met")
    assert met is not None and met.status == "claimed" and met.when.value == "2019-05-06"
    assert {a.canonical for a in met.actors} == {"senator"}
    assert triggered_in(article, found, "according") is not met
    article, found = events("Jobs\n\nThe economy added 90,000 jobs in April, according to the department.")
    assert triggered_in(article, found, "added") is None
    article, found = events("County\n\nThe county lost 4,000 residents last year, according to the state.")
    assert triggered_in(article, found, "lost") is None
    article, found = events("Migrants\n\nSo far in 2015, more than 300,000 migrants have crossed the sea, "
                            "according to the agency.")
    assert triggered_in(article, found, "crossed") is None


def test_a_report_dated_by_the_act_it_reports_is_one_event():
    """'The two lawyers alerted the court on Monday …, the Daily Star reported': the outlet's
    report is dated by the act it tells of, one event; the same words told by a judge ('…,
    the judge said') are the act (claimed) beside the judge's statement."""
    article, found = events("Deal\n\nThe two lawyers alerted the court on Monday that they had reached a deal, "
                            "the Daily Star reported.")
    assert triggered_in(article, found, "alerted") is None
    article, found = events("Deal\n\nThe two lawyers alerted the court on Monday that they had reached a deal, "
                            "the judge said.")
    alerted = triggered_in(article, found, "alerted")
    assert alerted is not None and alerted.status == "claimed" and alerted.when.value == "2019-05-06"


def test_a_time_clause_inside_what_is_said_is_the_writers_and_a_time_spent_is_no_act():
    """'Officials said the party lost ground when the mayor resigned in 2015': the
    resignation, told in a time clause, is the writer's account (occurred, no source); 'spent
    the weekend attacking the plan' tells no act dated by the weekend it spent."""
    article, found = events("Party\n\nOfficials said the party lost ground in the region when the mayor "
                            "resigned in 2015.")
    resigned = triggered_in(article, found, "resigned")
    assert resigned is not None and resigned.status == "occurred" and resigned.attribution is None
    assert resigned.when.value == "2015"
    article, found = events("Plan\n\nThe senator spent the weekend attacking the plan on Twitter, aides said.")
    assert triggered_in(article, found, "spent") is None


def test_what_is_announced_is_the_announcements_one_event():
    """'The agency announced Thursday that 300 people had been arrested this week': the
    announcement is the event; the arrests it announces are no second one."""
    article, found = events("Arrests\n\nThe agency announced Thursday that 300 people had been arrested "
                            "around the state this week.")
    assert triggered_in(article, found, "arrested") is None
    assert triggered_in(article, found, "announced") is not None
