"""Event kinds on invented sentences: which rule names the kind of an event (README,
Extraction, classify).  Each test pins a general pattern of English news that the dev-gold
review of kind confusions found read wrong."""

from __future__ import annotations

import pendulum

from extract_support import events, kind_at, kind_of, kinds_over, triggered_in


def test_talking_about_a_topic_is_a_statement():
    """'talked about X' / 'talked of X' tells what someone said: a statement by the subject."""
    text = ("Candidates spar at forum\n\n"
            "Gov. Jane Roe, who trails in the polls, talked about her record on taxes at the forum on Monday.\n\n"
            "Sen. Tom Moe talked of a new plan for rural hospitals.")
    assert kind_at(text, "talked") == "statement"
    assert kinds_over(text, "Tom Moe talked of") == ["statement"]


def test_speech_phrasal_verb_with_object_is_a_statement():
    """'fired back a retort at X' is a retort (SPEECH_PHRASAL), not 'fire' as in firing someone."""
    text = ("Debate night\n\n"
            "Paul Doe fired back a jab about the governor's budget record.")
    assert kinds_over(text, "fired back") == ["statement"]


def test_a_judges_personal_acts_are_no_court_event():
    """A judge or justice who travels, meets or attends acts as a person: kind 'other'; a
    judge's decision is still a court event."""
    text = ("Justices keep busy\n\n"
            "Justice Ann Roe flew on a commercial flight last week between Denver and Boston.\n\n"
            "Judge Tom Moe also met Tuesday with Sen. Kay Lee of Ohio.\n\n"
            "Judge Tom Moe blocked the rule on Friday.")
    assert kinds_over(text, "flew on") == ["other"]
    assert kinds_over(text, "also met") == ["other"]
    assert kinds_over(text, "blocked the rule") == ["court"]


def test_second_clause_report_takes_its_contents_kind():
    """Speech in a clause of its own is read like a main clause's: reported content that is
    itself a concrete event ('…, and Moe was sentenced to death, the Star reported') takes
    that event's kind, as 'ICE said 50 people were arrested' does."""
    text = ("Sniper case\n\n"
            "Roe was sentenced to life in prison by a county judge, and Moe was sentenced to death "
            "and executed in 2009, The Daily Star reported.")
    assert sorted(kinds_over(text, "Moe was sentenced")) == ["court", "court"]


def test_in_order_to_is_no_order():
    """'in Order to' in a title-case headline is a purpose, not an order (policy)."""
    text = ("Developer Paid $40,000 to the Former Mayor in Order to Secure a Permit\n\n"
            "The developer was convicted last year.")
    article, found = events(text)
    assert not any(e.kind == "policy" for e in found)


def test_a_share_of_a_population_saying_is_a_poll_report():
    """'41 percent of voters said …', 'a majority of Americans say …': respondents of a poll,
    whose answers are a statistic (report), not one speaker's statement."""
    text = ("Tax plan unpopular\n\n"
            "In a Gallup survey released Monday, only 41 percent of voters said they backed the tax plan.\n\n"
            "A majority of Americans said the plan would raise their taxes, the survey found.")
    assert kinds_over(text, "41 percent") == ["report"]
    assert kinds_over(text, "A majority of Americans") == ["report"]


def test_speech_in_a_time_clause_yields_to_the_main_action():
    """'X stepped down after newspapers reported he would be indicted': the 'after' clause
    dates the main act, whose own kind wins; the report stays an event of its own."""
    text = ("Team owner out\n\n"
            "Tom Roe stepped down as owner in 2015 after two local newspapers reported he would be "
            "indicted for fraud.")
    assert kind_at(text, "stepped") == "other"


def test_a_passive_with_a_court_as_agent_is_a_court_event():
    """'The policy was reversed by a federal judge appointed by Bush': the passive's agent is
    a judge, so the main verb is a court decision; the participle describing the judge
    ('appointed by Bush') is background, not an appointment."""
    text = ("Ruling\n\n"
            "The state's new voting rule was reversed on Monday by a federal judge appointed by "
            "President George W. Bush.")
    assert kinds_over(text, "was reversed") == ["court"]


def test_a_time_in_the_topic_does_not_date_the_talk():
    """'he talked about his Christmas alone': the time names the topic, not the talking."""
    text = ("Trump on the shutdown\n\n"
            "Later, Donald Trump talked about his Christmas alone in the White House.")
    article, found = events(text, published=pendulum.date(2019, 1, 3))
    ev = next(e for e in found if article.text[e.trigger.start:e.trigger.end] == "talked")
    assert ev.kind == "statement" and not ev.when.value.endswith("12-25")


def test_according_to_a_news_brand_or_reporting_is_a_report():
    """'according to Politico' (a one-word brand the tagger may take for a person) and
    'according to reporting by the Star' are an outlet's report."""
    text = ("Judges rule\n\n"
            "Kay Roe, who was appointed by President Tom Moe, was the first Republican-appointed "
            "judge to rule against the measure, according to Politico.\n\n"
            "That is no longer the case, according to reporting by The Daily Star on Monday night.")
    assert kinds_over(text, "according to Politico") == ["report"]
    assert kinds_over(text, "according to reporting") == ["report"]


def test_headline_signing_a_law_is_law_whatever_its_modifiers():
    """'Signs Juvenile Sentencing Law': the noun phrase's head comes last, so it is a law
    signed, not a sentencing (court)."""
    text = ("Virginia Governor Roe Signs Juvenile Sentencing Law\n\n"
            "The measure takes effect in July.")
    article, found = events(text)
    heads = [e for e in found if e.from_headline]
    assert heads and heads[0].kind == "law"


def test_unveiling_a_bill_is_law():
    """Unveiling a bill or resolution submits it (law), as introducing one does; unveiling a
    plan stays an announcement."""
    text = ("Censure push\n\n"
            "Two House Democrats unveiled resolutions on Monday to censure Rep. Tom Moe.\n\n"
            "The governor unveiled a plan on Tuesday to fix the roads.")
    assert kind_at(text, "unveiled") == "law"
    assert kinds_over(text, "unveiled a plan") == ["announcement"]


def test_a_judge_writing_is_a_court_event():
    """A judge the story introduced with a title who 'wrote' (no other medium) writes an
    opinion: the words are the court's decision, a court event."""
    text = ("Judge blocks rule\n\n"
            "U.S. District Judge Ann Coles blocked the rule on Friday.\n\n"
            "\"The department failed to explain its conclusion that the program was unlawful,\" Coles wrote.\n\n"
            "Coles wrote on Twitter that she was proud of her clerks.")
    assert kinds_over(text, "Coles wrote.") == ["court"]
    assert kinds_over(text, "Coles wrote on Twitter") == ["statement"]


def test_defending_a_person_or_attacking_in_a_medium_is_a_statement():
    """'defended Moe' (a person) and 'attacked the governor on Twitter' (a medium of speech)
    are words, the subject's statement; 'gunmen attacked a police station' stays an attack."""
    text = ("Book fallout\n\n"
            "White House spokeswoman Ann Lee defended Tom Moe in response to the book.\n\n"
            "He has since repeatedly attacked the governor on Twitter and at political rallies.\n\n"
            "Gunmen attacked a police station in Kabul on Monday.")
    assert kinds_over(text, "defended Tom Moe") == ["statement"]
    assert kinds_over(text, "repeatedly attacked") == ["statement"]
    assert kinds_over(text, "Gunmen attacked") == ["other"]


def test_a_news_brand_reporting_is_a_report():
    """'Politico reported on audio …' is the outlet's report, even when the tagger takes the
    brand for a person and a quotation sits in a relative clause."""
    text = ("Senator's race\n\n"
            "Politico reported on audio from a fundraiser where Moe is heard saying, “This may be "
            "the race of my life.”")
    assert kinds_over(text, "Politico reported") == ["report"]


def test_sanctioning_a_person_is_no_policy():
    """A policy verb done to one person ('was suspended for a year by the league', 'revoked
    reporter Tom Moe's press pass') is a sanction, kind 'other'; done to rules it is a policy."""
    text = ("League acts\n\n"
            "Tom Moe avoided prison, was fined $1 million and was suspended for a year by the league.\n\n"
            "The White House revoked reporter Tom Moe's press pass on Wednesday.\n\n"
            "The city suspended its rent rules on Monday.")
    assert "policy" not in kinds_over(text, "was suspended for a year")
    assert kinds_over(text, "revoked reporter") == ["other"]
    assert kinds_over(text, "city suspended") == ["policy"]


def test_speech_deep_in_a_time_clause_yields_to_the_main_action():
    """Speech inside a time clause ('… after he got in an exchange where the mayor called him
    a liar') is background to the main act, which names the event."""
    text = ("Pass pulled\n\n"
            "Tom Moe quit the city council on Monday after he got in a tense exchange "
            "with the mayor where the mayor called him a \"rude person.\"")
    assert kind_at(text, "quit") == "other"
    assert kinds_over(text, "Tom Moe quit")[0] == "other"


def test_a_time_clause_is_no_event_the_action_leads_to():
    """'The FBI was investigating X for a year before agents raided his home': the 'before'
    clause dates the investigation; it is not what the investigating led to, so the main
    event keeps its own kind.  Likewise a headline's 'a Year Before Raid'."""
    text = ("Records: FBI Began Probing Lawyer a Year Before Raid\n\n"
            # (a committee's inquiry: the FBI's own inquiry is an operation since kind24)
            "The committee was investigating the lawyer for nearly a year before agents raided his home "
            "and office last spring.")
    assert kind_at(text, "investigating") == "other"
    article, found = events(text)
    assert [e.kind for e in found if e.from_headline] == ["report"]  # what the records show


def test_an_outlet_naming_someone_is_a_report():
    """'ABC News named her as Jane Roe' is the outlet identifying a person: its report, not
    an appointment (even with a job in apposition) or an honour."""
    text = ("Store shooting\n\n"
            "The woman has not officially been identified, but The Daily Star named her as Jane Roe, "
            "the store manager, citing family sources.")
    assert kind_at(text, "named") == "report"


def test_reported_court_action_is_a_court_event():
    """A court's own act told by its spokeswoman ('The court plans to issue opinions Monday,
    Lee said') takes the content's kind, as a court subject's main verb does."""
    text = ("Court adapts\n\n"
            "The court plans to issue opinions Monday in cases argued during the winter without "
            "taking the bench, court spokeswoman Ann Lee said.")
    assert kinds_over(text, "The court plans") == ["court"]


def test_the_justice_department_is_no_court():
    """'the Justice Department' is a department: 'Justice' naming it does not make its acts
    court events (a 'Justice' before a person's name still does)."""
    text = ("Inquiry opened\n\n"
            "The Justice Department opened an inquiry into the leak on Monday.\n\n"
            "Supreme Court Justice Ann Roe will take up the case next week.")
    assert kinds_over(text, "The Justice Department opened") == ["other"]
    assert kinds_over(text, "Justice Ann Roe will take up") == ["court"]


def test_a_court_plan_told_by_a_spokesman_but_not_a_claim_about_a_judge():
    """A court's plan or 'will' told in reported speech is a court event; a claim about a
    judge ('the judge erred') is not the court acting."""
    text = ("Court news\n\n"
            "The justices will hear arguments by telephone next month, court spokeswoman Ann Lee said.\n\n"
            "Defense lawyers said the judge erred when she admitted the evidence in 2007.")
    assert kinds_over(text, "The justices will hear") == ["court"]
    assert kinds_over(text, "Defense lawyers said") == ["statement"]


def test_personnel_acts_are_done_not_announced():
    """Nominating, appointing, hiring or resigning is an act (kind "other"), not an
    announcement ("The governor nominated Roe for the bench in May", "Marsh, who resigned
    last month"); "announced his resignation" stays an announcement."""
    text = ("Court picks\n\n"
            "Governor Jo Holt nominated Ann Roe to the state supreme court in May.\n\n"
            "The seat opened after Justice Tim Marsh, who resigned last month, left the bench.\n\n"
            "Senator Al Penn announced his resignation on Tuesday.")
    article, found = events(text)
    assert kind_of(article, found, "nominated") == "other"
    assert kind_of(article, found, "resigned") == "other"
    assert kind_of(article, found, "announced") == "announcement"


def test_a_research_bodys_figures_are_a_report():
    """A research, polling or statistics body named as the source ("the Pew Research
    Center reported that 70 percent …", "according to the Census Bureau") gives a report;
    an agency's word ("according to ICE") stays a statement."""
    text = ("Figures\n\n"
            "In 2016, the Pew Research Center reported that 70 percent of voters wanted change.\n\n"
            "The county lost 4,000 residents last year, according to the U.S. Census Bureau.\n\n"
            "The raid ended on Tuesday, according to ICE.")
    assert kind_at(text, "reported") == "report"
    assert kinds_over(text, "according to the U.S.") == ["report"]
    assert kinds_over(text, "according to ICE") == ["statement"]


def test_writing_or_publishing_a_book_is_the_authors_act():
    """An author who writes or publishes a book, memoir or album does an act of kind "other":
    a book is not a report (which tells findings) and writing one is not a statement; an
    outlet that publishes a report still makes a report."""
    text = ("Books\n\n"
            "Jane Roe of the Hale Institute has written a new book on labor markets.\n\n"
            "The memoir was published in 2015, one week before the primary.\n\n"
            "The Daily Courier published the report on Monday.\n\n"
            "Since then, Mary Hale has written poems about the river.")
    article, found = events(text)
    for words in ("has written", "was published"):
        assert kind_of(article, found, words) == "other", words
    assert kind_of(article, found, "published the report") == "report"
    assert triggered_in(article, found, "written poems") is None  # a habit, no one work


def test_praise_and_blame_told_as_acts_are_statements():
    """Verbs of praise and blame that carry no reported words ("complimented her in his
    memoir", "has assailed the plan", "has hammered officials", "referred to X as …") are the
    subject's statement, not a plain act; "hammered a nail" and "referred the case to
    prosecutors" stay acts."""
    text = ("Words\n\n"
            "Senator Tom Hale also complimented her in his memoir.\n\n"
            "Governor Ann Roe has hammered officials in the Department of Justice for weeks.\n\n"
            "In April, Mayor Jo Lee referred to the whistleblower as a hero.\n\n"
            "Mayor Jo Lee referred the case to prosecutors in May.")
    article, found = events(text)
    for words, kind in (("complimented", "statement"), ("hammered", "statement"),
                        ("referred to the", "statement"), ("referred the case", "other")):
        e = triggered_in(article, found, words)
        assert e is not None and e.kind == kind, words


def test_declaring_or_pledging_a_stance_is_a_statement():
    # "declared their support" (no topic named) is said like "voiced their support";
    # "declared a state of emergency" stays a policy
    text = ("Support\n\n"
            "Two Democratic senators, Ann Roe of Maryland and Tom Hale of Ohio, declared their support.\n\n"
            "The governor declared a state of emergency on Monday.")
    article, found = events(text)
    assert kind_of(article, found, "declared their") == "statement"
    assert kind_of(article, found, "declared a state") == "policy"


def test_an_endorsement_is_the_endorsers_statement():
    # endorsing a candidate is a public stance, said: a statement of the endorser (not an
    # announcement with no speaker)
    article, found = events("Race tightens\n\nGovernor Ann Lee endorsed Tom Reyes for the Senate seat on Tuesday.\n")
    ev = triggered_in(article, found, "endorsed")
    assert ev is not None and ev.kind == "statement"
    assert ev.attribution is not None and ev.attribution.speaker == "Ann Lee"


def test_a_headline_reaction_in_the_present_is_a_statement():
    """'Nominee draws criticism from both parties': a headline's present tense tells what
    happened, as 'the remarks drew condemnation' does in the body."""
    article, found = events("Nominee draws criticism from both parties\n\n"
                            "The nominee met senators on Tuesday.")
    e = triggered_in(article, found, "draws")
    assert e is not None and e.kind == "statement" and e.from_headline


def test_a_person_who_reports_now_is_a_journalist():
    """'Jane Doe reports in her new book that …', '…, Jane Doe reports.': reporting in the
    present is a journalist's work, a report (a pronoun stays a statement)."""
    article, found = events("Book\n\n"
                            "Jane Doe reports in her new book that the governor had considered quitting.\n\n"
                            "The mayor was furious, Tom Roe reports.")
    e = triggered_in(article, found, "reports in")
    assert e is not None and e.kind == "report" and e.attribution.speaker == "Jane Doe"
    assert kind_of(article, found, "reports.") == "report"


def test_a_noun_made_by_a_participle_is_the_event():
    """'the lawsuit filed in federal court', 'a budget deal passed by Congress', 'the bill
    introduced by Rep. Roe': a participle that makes, files or passes the noun it follows is the
    event (a court case, a law), and its agent is who acted."""
    text = ("States fight wall funding\n\n"
            "The lawsuit filed in federal court in San Francisco came after the president's order.\n\n"
            "In a budget deal passed by Congress to avert a shutdown, $1.4 billion went to fencing.\n\n"
            "Critics pointed to the bill introduced by Rep. Jane Roe.")
    article, found = events(text)
    filed = triggered_in(article, found, "filed")
    assert filed is not None and filed.kind == "court"
    passed = triggered_in(article, found, "passed")
    assert passed is not None and passed.kind == "law"
    assert [a.canonical for a in passed.actors] == ["Congress"]
    introduced = triggered_in(article, found, "introduced")
    assert introduced is not None and introduced.kind == "law"


def test_a_claim_or_plea_voiced_by_a_light_verb_is_a_statement():
    """'made the case for …', 'issued a sharp rebuke', 'made his usual points', 'offered
    assurances': a light verb whose object names a claim, argument or plea is something said,
    a statement by the subject (not 'made a point of visiting', not a negated one)."""
    assert kind_at("Wage debate heats up\n\nThe senator made the case for a higher wage on Tuesday.", "made") \
        == "statement"
    assert kind_at("Budget fight\n\nThe mayor issued a sharp rebuke of the council on Friday.", "issued") \
        == "statement"
    assert kind_at("Debate night\n\nThe governor made his usual points about jobs on Thursday.", "made") \
        == "statement"
    assert kind_at("Allies reassured\n\nThe minister offered assurances to the allies on Monday.", "offered") \
        == "statement"
    assert kind_at("School visit\n\nThe mayor made a point of visiting the school on Tuesday.", "made") \
        != "statement"
    assert kind_at("Wage debate\n\nBut the senator isn’t making that argument on Tuesday.", "making") is None


def test_going_somewhere_to_say_something_is_a_statement():
    """'went on Fox News on Monday to defend the plan', 'returned to Twitter to explain': an
    intransitive verb whose purpose infinitive is a saying tells a statement by the subject;
    a purpose that is no saying keeps the act ('flew to Iowa to meet voters')."""
    text = ("Senator defends plan\n\nThe senator went on Fox News on Monday to defend the plan.\n\n"
            "The governor returned to Twitter on Tuesday to explain her vote.\n\n"
            "The mayor flew to Iowa on Wednesday to meet voters.")
    assert kind_at(text, "went") == "statement"
    assert kind_at(text, "returned") == "statement"
    assert kind_at(text, "flew") == "other"


def test_an_act_done_in_a_statement_or_interview_is_a_statement():
    """'hinted in an interview at a run', 'went into detail in an interview', 'took a
    different tack in a Facebook post': an open-class act whose setting is a statement,
    an interview or a post is something said; a post that is a job is no setting."""
    text = ("Senate leader weighs in\n\n"
            "The senator hinted in an interview on Monday at a run for governor.\n\n"
            "The governor went into detail in an interview on Friday.\n\n"
            "The mayor took a different tack in a Facebook post on Tuesday.\n\n"
            "The envoy stayed on in a post abroad on Wednesday.")
    assert kind_at(text, "hinted") == "statement"
    assert kind_at(text, "went") == "statement"
    assert kind_at(text, "took") == "statement"
    assert kind_at(text, "stayed") in (None, "other")


def test_a_legislature_acting_on_its_business_is_a_law_event():
    """'The Senate cleared an initial hurdle', 'state lawmakers eliminated the old rule',
    'House Republicans pushed a bill', 'the legislature declined to fulfill the request': a
    legislature or its members as a body acting on a bill, a vote or a request tell
    legislation; the White House, or a legislature doing something else ('Congress left
    town'), do not."""
    text = ("Benefits bill advances\n\n"
            "The Senate cleared an initial hurdle on the benefits on Tuesday.\n\n"
            "In 2016, state lawmakers eliminated the ballot rule.\n\n"
            "On Tuesday, House Republicans pushed a bill that funds defense.\n\n"
            "In March, the legislature declined to fulfill the request for new funding.\n\n"
            "The White House cleared an initial hurdle on the nominee on Wednesday.\n\n"
            "Congress left town on Thursday.")
    assert kind_at(text, "cleared") == "law"
    assert kind_at(text, "eliminated") == "law"
    assert kind_at(text, "pushed") == "law"
    assert kind_at(text, "declined") == "law"
    article, found = events(text)
    second = article.text.index("The White House cleared")
    assert all(e.kind != "law" for e in found if e.trigger.start >= second)


def test_putting_forward_an_idea_is_a_statement():
    """'outlined the steps he will take', 'have floated moving the vote': a verb that puts
    forward an idea tells what was said, a statement by the subject."""
    text = ("Plan for the port\n\n"
            "The governor outlined the steps she will take on Monday.\n\n"
            "On Tuesday, the senators floated moving the vote to June.")
    assert kind_at(text, "outlined") == "statement"
    assert kind_at(text, "floated") == "statement"


def test_a_chamber_voting_a_procedural_step_is_a_law_event():
    """'Senate Democrats voted Tuesday to begin the debate', 'the House voted to adjourn': a
    chamber voting a step of its procedure is legislation, told by the vote; a vote to
    confirm a person is not."""
    text = ("Farm bill moves\n\n"
            "Senate Democrats voted Tuesday to begin the debate on the farm bill.\n\n"
            "The Senate voted Wednesday to confirm Jane Roe.")
    assert kind_at(text, "voted") == "law"
    article, found = events(text)
    second = article.text.index("The Senate voted")
    assert all(e.kind != "law" for e in found if e.trigger.start >= second)


def test_headline_executive_action_and_polls_as_places():
    """In a title-case headline "Executive Action" is a policy (a president's or governor's
    order), not an operation; "to Polls" names the voting places, not a survey."""
    from extract_support import events, triggered_in
    article, found = events("Governor Takes Executive Action on Water Rights\n\nGov. Ann Lee acted on Monday.")
    assert triggered_in(article, found, "Action").kind == "policy"
    article, found = events("Voters Flock to Polls in Ohio\n\nTurnout was high in Ohio on Tuesday.")
    assert triggered_in(article, found, "Polls").kind != "report"


def test_a_dated_relative_clause_act_takes_the_open_class_kind():
    """A dated act told in a relative clause ("Sen. Mary Lane, who spoke about the farm
    crisis in a speech last year") has the kind its setting gives an open-class act (a
    statement, spoken "in a speech"), not a bare "other"."""
    from extract_support import events, triggered_in
    article, found = events("Farm bill advances\n\nThe bill was written by Sen. Mary Lane, who talked about "
                            "the farm crisis in a speech to the Farm Bureau last year.")
    assert triggered_in(article, found, "talked").kind == "statement"


def test_a_report_named_by_its_authors_possessive_is_a_report():
    """"Smith's report said …": the speaker resolves to the author, but what speaks is the
    report, so the event is a report (as "the audit said …" is); "Smith's lawyers said …" stays
    a statement."""
    article, found = events("Audit findings out\n\nAnn Smith's report said the agency lost track of 300 laptops.")
    assert kind_of(article, found, "said") == "report"
    article, found = events("Audit findings out\n\nAnn Smith's lawyers said the agency lost track of 300 laptops.")
    assert kind_of(article, found, "said") == "statement"


def test_an_open_act_on_someones_words_is_a_statement():
    """An open-class act whose object is someone's words ("echoed the governor's remarks",
    "embraced his comments") is itself said: a statement, not "other"; an act on a thing
    stays "other"."""
    article, found = events("Senator weighs in\n\nSen. Ann Lee quickly embraced the governor's remarks on Monday.")
    assert kind_of(article, found, "embraced") == "statement"
    article, found = events("Senator weighs in\n\nSen. Ann Lee quickly embraced the governor's plan on Monday.")
    assert kind_of(article, found, "embraced") == "other"


def test_bringing_a_measure_to_the_floor_or_a_vote_is_law():
    """"brought the bill to the floor", "will bring the bill to a vote", "put the bill up for
    a vote": a measure taken to the legislature's vote, a law event (planned with "will" or
    "is expected to"); not "put him on the floor"."""
    article, found = events("Bill advances\n\nPelosi brought the bill to the floor on Tuesday.")
    assert kind_of(article, found, "brought") == "law"
    article, found = events("Bill advances\n\nPelosi is expected to bring the bill to the floor Thursday.")
    e = triggered_in(article, found, "bring")
    assert e is not None and e.kind == "law" and e.status == "planned"
    article, found = events("Bill advances\n\nPelosi will bring the bill to a vote next week.")
    assert kind_of(article, found, "bring") == "law"
    article, found = events("Match ends\n\nThe wrestler Ann Roe put him on the floor on Tuesday.")
    assert kind_of(article, found, "put") != "law"


def test_coming_out_for_or_against_is_a_stance_declared():
    """"came out against the bill", "came out in favor of the stadium": a stance declared,
    a statement; not "came out of the meeting"."""
    article, found = events("Vote nears\n\nSenator Jane Roe came out against the health care bill on Tuesday.")
    assert kind_of(article, found, "came") == "statement"
    article, found = events("Stadium plan\n\nThe mayor came out in favor of the new stadium last week.")
    assert kind_of(article, found, "came") == "statement"
    article, found = events("Talks end\n\nObama came out of the meeting on Tuesday.")
    assert kind_of(article, found, "came") != "statement"


def test_confirming_nominees_is_a_vote_not_speech():
    """"confirm" on nominees or a team is a vote whoever the subject, also in a gerund
    ("will focus on confirming some of the nominees"); "confirmed that …" is still speech."""
    article, found = events("Senate week\n\nThe Senate will focus on confirming some of the new president's nominees.")
    assert kind_of(article, found, "confirming") == "other"
    article, found = events("Senate week\n\nSenators are angling to confirm the governor's security team Friday.")
    assert kind_of(article, found, "confirm") == "other"
    article, found = events("Plant news\n\nThe spokesman confirmed that the plant closed on Monday.")
    assert kind_of(article, found, "confirmed") == "statement"


def test_figures_and_estimates_of_an_organisation_are_reports():
    """A statistics release ("Exports grew 4 percent in May, the Trade Ministry said") and an
    organisation's estimate ("the Budget Office estimated that …") are reports; a person's
    estimate stays a statement."""
    article, found = events("Trade data\n\nExports grew 4 percent in May, the Trade Ministry said on Tuesday.")
    e = triggered_in(article, found, "grew") or triggered_in(article, found, "said")
    assert e is not None and e.kind == "report"
    article, found = events("Budget\n\nThe nonpartisan Budget Office had estimated that the plan could cost 14 million jobs.")
    assert kind_of(article, found, "estimated") == "report"
    article, found = events("Storm\n\nThe governor estimated that the storm was the worst in years.")
    assert kind_of(article, found, "estimated") == "statement"


def test_answers_inside_a_survey_are_the_surveys_report():
    """What respondents "said" inside a poll's finding, or in accounts a report or story
    includes, is the document's report, dated by the saying, not by the content."""
    article, found = events("Parents polled\n\nA new poll released Wednesday indicated that nearly seven in 10 "
                            "of those questioned said the scandal had not changed their opinion.")
    assert kind_of(article, found, "said") == "report"
    article, found = events("Inquiry\n\nThe survey also included answers from 200 teachers who said the schools were safe.")
    assert kind_of(article, found, "said") == "report"
    article, found = events("Story\n\nThe paper's story last week detailed an account from Jo Roe, now 53, "
                            "who said she met him in 1979.")
    e = triggered_in(article, found, "said")
    assert e is not None and e.kind == "report" and e.when.value != "1979"


def test_papers_as_speakers_are_reports_or_letters():
    """"E-mails suggested that …" is a report; "the letter to the council stated …" a letter
    (dated by the letter, not the content); "One e-mail quoted her as saying" is her
    statement, and a person named Letter is no letter."""
    article, found = events("Bridge\n\nE-mails also suggested that the aide was aware of the closures.")
    assert kind_of(article, found, "suggested") == "report"
    article, found = events("Budget\n\nThe mayor's letter to the council stated the budget ran out on April 12.")
    e = triggered_in(article, found, "stated")
    assert e is not None and e.kind == "letter" and e.when.value != "2019-04-12"
    article, found = events("Bridge\n\nOne e-mail quoted her as saying: \"Time for some traffic problems.\"")
    assert kind_of(article, found, "saying") == "statement"
    article, found = events("Budget\n\nAnn Letter told reporters the budget was short.")
    assert kind_of(article, found, "told") == "statement"


def test_acts_on_words_and_views_are_statements():
    """Open-class acts on an argument or a finding ("challenged the conclusions"), attacking
    in a medium of speech the parser hangs on the object, agreeing with a view and stirring
    outrage are statements."""
    article, found = events("Senate\n\nSen. Roe also challenged the conclusions on Tuesday.")
    assert kind_of(article, found, "challenged") == "statement"
    article, found = events("Race\n\nAnn Roe has attacked both candidates on Twitter and at rallies.")
    assert kind_of(article, found, "attacked") == "statement"
    article, found = events("Climate\n\nHe agreed with Trump's decision to pull out of the Paris climate accord.")
    assert kind_of(article, found, "agreed") == "statement"
    article, found = events("Tariffs\n\nThe president generated outrage in Canada and Mexico last week.")
    assert kind_of(article, found, "generated") == "statement"


def test_deals_and_rule_changes_are_policy():
    """Making a deal ("struck a deal with the unions") and changing what a rule allows
    ("eased the restrictions", "has expanded voter eligibility") are policy acts."""
    article, found = events("Deal\n\nAs expected, the mayor struck a deal with the unions on Friday.")
    assert kind_of(article, found, "struck") == "policy"
    article, found = events("Rules\n\nThe ministry eased the restrictions on Friday.")
    assert kind_of(article, found, "eased") == "policy"
    article, found = events("Voting\n\nCalifornia has expanded voter eligibility.")
    assert kind_of(article, found, "expanded") == "policy"


def test_taking_a_side_is_a_statement():
    """Opposing or backing someone or something is a public stance, a statement, also in the
    passive ("was backed by …"); "backed down" is no stance."""
    article, found = events("Stimulus\n\nThey opposed the governor's stimulus package in the middle of the recession.")
    assert kind_of(article, found, "opposed") == "statement"
    article, found = events("Pardon\n\nThe boxer's pardon was prominently backed by the actor Sam Roe.")
    assert kind_of(article, found, "backed") == "statement"
    article, found = events("Primary\n\nAnn Roe backed the mayor in the 2016 primary.")
    assert kind_of(article, found, "backed") == "statement"
    article, found = events("Standoff\n\nThe governor backed down on Monday.")
    assert kind_of(article, found, "backed") != "statement"


def test_an_act_told_with_a_participle_of_speaking_is_a_statement():
    """"choked back tears eulogizing his father": the act is the speech (also when the parser
    hangs the participle on the object)."""
    article, found = events("Funeral\n\nThe former president choked back tears eulogizing his father on Wednesday.")
    assert kind_of(article, found, "choked") == "statement"


def test_a_second_statement_in_a_letter_is_a_letter():
    """"…, but in an updated letter Tuesday, he stated that …": the second saying, told in a
    clause of its own, is delivered in a letter."""
    article, found = events("Texts\n\nRoe's initial letter stated the text was sent on April 12, but in an updated "
                            "letter Tuesday, he stated that it actually occurred later in the month.")
    at = article.text.index("he stated") + 3
    e = next((e for e in found if e.trigger.start == at), None)
    assert e is not None and e.kind == "letter"


def test_a_named_outlet_reporting_is_a_report():
    """'ProPublica reported that …': a news outlet named by its brand alone (OUTLET_BRANDS) whose
    name the entity recogniser does not call an organisation reports; not a statement."""
    text = ("Drug supplies run short\n\n"
            "ProPublica reported this week that doctors are hoarding the drug for their families.")
    assert kind_at(text, "reported") == "report"


def test_a_reauthorized_statute_is_a_law_event():
    """Congress reauthorizing a program or a statute is a law event, like enacting it."""
    text = ("Budget week\n\n"
            "Congress quietly reauthorized the farm credit program on Friday.")
    assert kind_at(text, "reauthorized") == "law"


def test_writing_a_bill_is_a_law_event():
    """Writing, amending or rejecting a bill makes it a law event (LAW_VERBS with a bill as
    object), like drafting or sponsoring it."""
    text = ("Health plan in doubt\n\n"
            "Sen. Tom Moe wrote the bill in secret last month.")
    assert kind_at(text, "wrote") == "law"


def test_a_bills_fate_told_with_an_ordinary_verb_is_law():
    """'the bill died / stalled / advanced' (lexicon.BILL_FATE_VERBS with a bill as subject) tell
    what a bill underwent: law events."""
    text = ("Farm bill falters\n\n"
            "The dairy subsidy bill died in the state Senate on Thursday.\n\n"
            "A separate measure advanced out of committee on Wednesday.")
    assert kind_at(text, "died") == "law"
    assert kind_at(text, "advanced") == "law"


def test_passing_a_set_of_reforms_is_law_whoever_passes_it():
    """'the government passed a set of reforms' (_ENACTING_VERBS on legislation, also the noun a
    collection holds) and 'the amendment, which was tabled' (a passive law verb on a bill) are
    law events."""
    text = ("Pension overhaul\n\n"
            "In 2016, the Rutte cabinet passed a package of reforms that raised the retirement age.\n\n"
            "Lawmakers rejected a rival plan on Tuesday. Few members spoke for the amendment, which was tabled in a 40-9 vote.")
    assert kind_at(text, "passed") == "law"
    assert kind_at(text, "tabled") == "law"


def test_a_news_outlets_account_by_any_cue_is_a_report():
    """An outlet that notes, says or points out what it found gives a report (not a statement),
    but not when it speaks for itself in a statement or answers with a participle."""
    text = ("Prison transfer\n\n"
            "The inmate also faces two life terms in Ohio, Fox 9 News noted.\n\n"
            "The Guardian said that the warden had approved the move in March.\n\n"
            "CNN said in a statement on Monday that it would appeal.")
    assert kind_at(text, "noted") == "report"
    assert kind_at(text, "said") == "report"
    assert kinds_over(text, "CNN said in a statement") != ["report"]


def test_a_research_bodys_forecast_is_a_report():
    """'the Census Bureau predicts …' (a research or statistics body with a verb of finding or
    forecasting) is a report, and so is a headline that names its report after the news."""
    text = ("Diesel prices climb after refinery fire, report says\n\n"
            "By 2030, the Census Bureau predicts that retirees will outnumber children.")
    assert kind_at(text, "predicts") == "report"
    assert kind_at(text, "says") == "report"


def test_reporting_figures_and_standing_in_polls_are_reports():
    """'are reporting a sharp increase', 'recorded sales of $12 million' (figures reported) and
    'trailed by 9 points in polling',
    'is polling ahead' (a poll's finding) are reports."""
    text = ("Race tightens\n\n"
            "Hardware stores are reporting a steep increase in generator sales.\n\n"
            "The mayor trailed by nine points in polling against Kim last month.\n\n"
            "Both GOP hopefuls are polling slightly behind the governor in rural counties.\n\n"
            "The brewery recorded third-quarter sales of $12 million in 2017.")
    assert kind_at(text, "reporting") == "report"
    assert kind_at(text, "recorded") == "report"
    assert kind_at(text, "trailed") == "report"
    assert kind_at(text, "polling") == "report"


def test_a_state_agencys_surveillance_is_an_operation():
    """An agency that surveils people or monitors, seizes their papers or targets groups runs an
    operation; anyone else monitoring something does not."""
    text = ("Records grab\n\n"
            "The Treasury Department secretly monitored the bank records of three charities.\n\n"
            "Last year the agency seized the phone records of two union leaders.\n\n"
            "The coach monitored the weather closely on Saturday.")
    assert kind_at(text, "monitored") == "operation"
    assert kind_at(text, "seized") == "operation"
    assert kinds_over(text, "The coach monitored") in ([], ["other"])


def test_saying_and_casting_verbs_are_statements():
    """Verbs of saying with no words reported ('recalled growing up', 'professed to be
    stunned') and characterising 'X as Y' ('cast the governor as', 'singled out Roe as') are
    statements by the subject; 'recalled its ambassador' is not."""
    text = ("Campaign notes\n\n"
            "Mayor Ann Lee recalled growing up above her father's bakery.\n\n"
            "The senators professed to be surprised by the verdict.\n\n"
            "The campaign cast the governor in recent weeks as having ignored farmers.\n\n"
            "Jo Park singled out two aldermen as the likeliest defectors.\n\n"
            "Peru recalled its ambassador on Friday.")
    assert kind_at(text, "recalled") == "statement"
    assert kind_at(text, "professed") == "statement"
    assert kind_at(text, "cast") == "statement"
    assert kind_at(text, "singled") == "statement"
    assert kinds_over(text, "Peru recalled") != ["statement"]


def test_a_legislatures_vote_on_the_calendar_is_law():
    """Votes set, held off or canceled, and a chamber scheduled to vote, are law events; a
    confirmation vote is not."""
    text = ("Budget fight\n\n"
            "Each time, the votes were canceled.\n\n"
            "The Assembly was scheduled to vote Friday on the spending plan.\n\n"
            "The confirmation vote was canceled on Monday.")
    assert kinds_over(text, "Each time") == ["law"]
    assert kind_at(text, "scheduled") == "law"
    assert kinds_over(text, "The confirmation vote") == ["other"]


def test_a_writer_who_wrote_for_an_outlet_reports():
    """'X wrote for Politico' is the outlet's report; a senator writing for one is a statement."""
    text = ("Old columns\n\n"
            "Ann Lee wrote for The Boston Globe that the plan had failed.\n\n"
            "Sen. Jo Roe wrote for CNN that the plan had failed.")
    assert kinds_over(text, "Ann Lee wrote") == ["report"]
    assert kinds_over(text, "Sen. Jo Roe wrote") == ["statement"]


def test_suspending_a_persons_membership_is_a_sanction():
    """A policy verb on a person's own thing ('suspended his party membership') is a sanction."""
    text = ("Party feud\n\n"
            "The chairwoman suspended his party membership on Monday.\n\n"
            "The city suspended its bus service on Monday.")
    assert kinds_over(text, "The chairwoman") == ["other"]
    assert kinds_over(text, "The city") == ["policy"]


def test_the_papers_of_the_story_show_a_report():
    """'The figures show …' (definite papers in the present) is a report of the day; 'studies
    show …' is a habit, no event."""
    text = ("Crime data\n\n"
            "The figures show that burglaries fell sharply in 2018.\n\n"
            "Studies show that sleep helps memory.")
    assert kinds_over(text, "The figures show") == ["report"]
    assert kinds_over(text, "Studies show") == []


def test_an_outlet_named_with_a_number_notes_a_report():
    """'…, Fox 9 KMSP noted.' (a trailing outlet the attribution finder missed) is a report."""
    text = ("Prison\n\n"
            "The inmate also faces two life terms in Ohio, Fox 9 KMSP noted.")
    assert kind_at(text, "noted") == "report"



def test_going_into_effect_is_the_subjects_event_like_taking_effect():
    """'the bill goes into effect' tells the law taking effect, as 'takes effect' does; a
    person going into a building is no such event."""
    text = ("County adopts new curfew\n\n"
            "The new curfew law goes into effect on March 3 across the county.\n\n"
            "The deputy went into the courthouse on Monday.")
    article, found = events(text)
    going = [e for e in found if article.text[e.trigger.start:e.trigger.end] == "goes"]
    assert [e.kind for e in going] == ["law"]
    assert going[0].when.value == "2019-03-03"
    assert kind_at(text, "went") != "law"


def test_an_act_on_words_through_a_preposition_is_a_statement():
    """An open-class act that works on someone's words through a preposition ('came forward
    with allegations', 'reacted to the mayor's assertion') is a statement, as one on words as
    its object is; the same verb with a place or a person stays an act."""
    text = ("Council fight\n\n"
            "Last month, four former aides came forward with allegations that the mayor misused city funds.\n\n"
            "The union reacted to the mayor's assertion with scorn.\n\n"
            "Last month, four former aides came forward with the mayor at a rally in Dayton.")
    assert kinds_over(text, "came forward with allegations") == ["statement"]
    assert kinds_over(text, "reacted to the mayor") == ["statement"]
    assert "statement" not in kinds_over(text, "came forward with the mayor")


def test_a_news_outlets_embedded_tweet_is_a_report():
    """An embedded tweet signed by a news outlet ('— Metro News (@metronews) …') is the
    outlet's report, as 'according to Metro News' is; a person's tweet is a statement, and so
    are a person's words the outlet's tweet quotes."""
    text = ("Storm hits coast\n\n"
            "BREAKING: Two bridges closed near Dover after the storm https://t.co/abcDEF123 "
            "— CNN International (@cnni) March 3, 2019\n\n"
            "Stay safe, everyone, and stay off the roads tonight. — Jane Roe (@janeroe) March 3, 2019\n\n"
            "“We will rebuild every road and every bridge in this county.” -@JaneRoe "
            "— CNN International (@cnni) March 3, 2019")
    assert kinds_over(text, "Two bridges closed") == ["report"]
    assert kinds_over(text, "Stay safe") == ["statement"]
    assert kinds_over(text, "We will rebuild") == ["statement"]  # her words, which the outlet quotes


def test_an_act_on_a_question_silence_or_blame_is_a_statement():
    """Brushing aside a question, breaking one's silence, casting blame and firing back at a
    move are things said: statements, also after 'was quick to'; a question of a thing done
    ('settled the dispute') stays an act."""
    text = ("Mayor under fire\n\n"
            "The mayor brushed aside a question about the budget on Monday.\n\n"
            "Jo Fry, a former aide, broke her silence last month.\n\n"
            "Republicans were quick to fire back at the mayor’s move.\n\n"
            "The council settled the dispute on Monday.")
    assert kinds_over(text, "brushed aside") == ["statement"]
    assert kinds_over(text, "broke her silence") == ["statement"]
    assert kinds_over(text, "quick to fire back") == ["statement"]
    assert "statement" not in kinds_over(text, "settled the dispute")


def test_in_that_order_is_a_sequence_not_a_court_order():
    """Words said 'in that order' are a statement; words written 'in the order' by a judge
    are the court's."""
    text = ("Budget vote\n\n"
            "“It was important for the economy, and for this Congress -- and in that order,” "
            "Sen. Jo Fry told reporters.\n\n"
            "“The agency acted unlawfully,” Judge Ann Roe wrote in the order.")
    assert kinds_over(text, "in that order") == ["statement"]
    assert kinds_over(text, "wrote in the order") == ["court"]


def test_publishing_a_guide_or_a_book_is_an_act_news_is_a_report():
    """Publishing is a report when an outlet publishes or what is published is news or
    findings ('published a story', 'articles published by the website'); a guide or a book
    published by someone else is their act, kind 'other'."""
    text = ("Agency advice\n\n"
            "The state health department published a guide last month on how families can prepare.\n\n"
            "Jo Fry, who has published two books about the governor, spoke on Monday.\n\n"
            "The fight stems from articles published by the Metro Ledger website last week.\n\n"
            "The Washington Post published a story on Friday about the contract.\n\n"
            "The Metro Post was mocked after publishing a profile of the governor on May 14.")
    assert kinds_over(text, "published a guide") == ["other"]
    assert "report" not in kinds_over(text, "published two books")
    assert kinds_over(text, "articles published") == ["report"]
    assert kinds_over(text, "published a story") == ["report"]
    assert "report" in kinds_over(text, "after publishing a profile")


def test_a_memo_is_a_policy_only_when_it_directs():
    """A memo said to do something ('a memo directing the agency to …') is a policy; a memo
    only written or released is a paper: what a speaker says about writing or releasing it
    stays a statement, and so does an argument made 'by arguing' against its release."""
    text = ("Memo fight\n\n"
            "Sen. Jo Fry noted in an interview that Roe wrote the memo as a private citizen.\n\n"
            "Dan Lee, the mayor's spokesman, said on Wednesday the city plans to release the memo soon.\n\n"
            "Initially, Mayor Ann Holt sought to convince the council not to release the memo by arguing that it "
            "would be “extraordinarily reckless.”\n\n"
            "The governor on Tuesday issued a memo directing the agency to finish the review.\n\n"
            "Roe also wrote a memo to city staff Saturday reminding them to wash their hands.")
    assert kinds_over(text, "wrote the memo") == ["statement"]
    assert kinds_over(text, "release the memo soon") == ["statement"]
    assert kinds_over(text, "by arguing") == ["statement"]
    assert kinds_over(text, "memo directing") == ["policy"]
    assert kinds_over(text, "reminding them") == ["policy"]


def test_adding_a_thing_is_an_act_not_a_saying():
    """'add' with a thing as its object ('has added hundreds of miles of fencing') is an act,
    kind 'other', not the speech verb of 'he added that …'; 'added a caveat' is still said."""
    text = ("Border wall\n\n"
            "Since 2005, the federal government has added hundreds of miles of fencing along the border.\n\n"
            "The mayor added a caveat on Monday.\n\n"
            "Mayor Jo Fry added the council “immediately and predictably destroyed any chance of a fair vote.”")
    assert kinds_over(text, "has added hundreds") == ["other"]
    assert kinds_over(text, "added the council") == ["statement"]
    assert kinds_over(text, "added a caveat") == ["statement"]


def test_a_title_case_headline_whose_speech_does_the_act_is_a_statement():
    """'Obama Speech Targets Iran Deal': a speech noun before the headline's verb is the doer,
    and what a speech does is said, a statement, not the 'deal' it names."""
    text = ("Governor Budget Speech Targets Pension Deal, Rural Voters\n\n"
            "The governor spoke for an hour.")
    article, found = events(text)
    heads = [e.kind for e in found if e.from_headline]
    assert heads == ["statement"]


def test_a_legislature_overriding_a_veto_is_law():
    """Lawmakers overriding (or sustaining) a veto act on the legislature's business: law."""
    text = ("Gun law\n\n"
            "Earlier this year, Illinois lawmakers overrode Gov. Jo Fry's veto of parts of a gun control bill.\n\n"
            "State lawmakers overrode the veto on Monday.")
    assert kinds_over(text, "overrode Gov") == ["law"]
    assert kinds_over(text, "overrode the veto") == ["law"]


def test_an_announcement_in_a_second_clause_is_an_announcement():
    """'…, but Reid announced Monday the vote would be delayed': the second clause's speech is
    an announcement, as 'announced' in a main clause is."""
    text = ("Vote delayed\n\n"
            "The council was scheduled to vote Wednesday on the budget, but Mayor Jo Fry announced late "
            "Monday the vote would be delayed.")
    article, found = events(text)
    assert kind_of(article, found, "announced") == "announcement"


def test_a_view_measured_in_polls_is_a_report():
    """A view or act told as measured 'in (some / recent) polls' is what polls found, a
    report; going 'to the polls' is voting, no survey."""
    text = ("Race tightens\n\n"
            "College-educated women have indicated they prefer Jane Roe by up to 20 points in some polls, "
            "a big reversal from 2012.\n\n"
            "Voters went to the polls on Tuesday.")
    assert kinds_over(text, "in some polls") == ["report"]
    assert "report" not in kinds_over(text, "went to the polls")


def test_according_to_a_source_and_polling_is_a_report():
    """'according to election experts and recent polling': a source joined to figures or a
    study reports with them; 'according to experts and her own aides' is a statement."""
    text = ("Race\n\n"
            "As it stands, Jane Roe is the candidate with the best chance to win, according to election experts "
            "and recent polling.\n\n"
            "As it stands, Tom Moe is the candidate with the best chance to win, according to election experts "
            "and his own aides.")
    assert kinds_over(text, "and recent polling") == ["report"]
    assert kinds_over(text, "and his own aides") == ["statement"]


def test_tributes_or_criticism_doing_something_is_a_statement():
    """Things said as the doer ('Tributes have poured in', 'Criticism mounted'): what they do
    is others' saying, a statement; rain pouring is no saying."""
    text = ("Mayor dies\n\n"
            "Tributes have poured in from across the country:\n\n"
            "The storm poured rain on the city on Sunday.")
    assert kinds_over(text, "Tributes have poured") == ["statement"]
    assert "statement" not in kinds_over(text, "The storm poured")


def test_an_act_on_a_survey_or_study_is_a_report():
    """Commissioning, covering or doing a survey, poll or study ('commissioned a firm for a
    survey', 'covered a poll showing …') makes or tells findings: a report; giving an
    analysis is said; hiring clerks is an act."""
    text = ("Polls\n\n"
            "Last year, the Metro Party commissioned the polling firm Roe Research for a survey of voters.\n\n"
            "Fox News covered a Washington Post poll showing that most voters stand by their choice.\n\n"
            "The state Board of Elections hired two new clerks in March.")
    assert kinds_over(text, "commissioned") == ["report"]
    assert kinds_over(text, "covered a") == ["report"]
    assert kinds_over(text, "hired two") == ["other"]
