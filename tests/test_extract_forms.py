"""Forms of real news text the extractor must read right (hand-written sentences modelled on
what a corpus review found): video cards, military titles, relative-pronoun subjects."""

from __future__ import annotations

import pendulum

from timeline.extract.nlp import get_nlp
from timeline.extract.segment import classify_lines

from extract_support import events, kind_of, ruled, triggered_in


def test_video_cards_are_boilerplate():
    """CNN's video cards ("JUST WATCHED <clip title> Replay More Videos ... MUST WATCH …")
    name clips, not events of the story: no event, least of all a speaker 'JUST WATCHED X'."""
    text = ("Senate weighs the budget\n\n"
            "JUST WATCHED Senator says the budget is 'dead on arrival' Replay More Videos ... "
            "MUST WATCH Senator says the budget is 'dead on arrival' 01:20\n\n"
            "The Senate Budget Committee said on Tuesday that it would hold a hearing next week.")
    blocks = classify_lines(text)
    card = next(b for b in blocks if text[b.start:b.end].startswith("JUST WATCHED"))
    assert card.role == "boilerplate"
    article, found = events(text)
    assert found and all("WATCH" not in article.text[e.sentence.start:e.sentence.end] for e in found)
    assert all("WATCH" not in (e.attribution.speaker if e.attribution else "") for e in found)


def test_military_titles_do_not_end_the_sentence():
    """'Col.', 'Lt.', 'Sgt.' … are one token, like 'Gen.': the quote and its speaker stay one
    sentence, and the canonical name drops the title."""
    nlp = get_nlp()
    assert [t.text for t in nlp.make_doc("Lt. Col. Anne Smith said")][:2] == ["Lt.", "Col."]
    text = ("Base reopens after lockdown\n\n"
            "\u201cIt has been a long night,\u201d Col. Mark Ruiz, the base commander, said Friday.\n\n"
            "Sgt. Dana Wells said the gates would reopen on Saturday.")
    _, found = events(text)
    speakers = {e.attribution.speaker for e in found if e.attribution}
    assert {"Mark Ruiz", "Dana Wells"} <= speakers
    quote = next(e for e in found if e.attribution and e.attribution.speaker == "Mark Ruiz")
    assert quote.kind == "statement" and quote.when.value == "2019-05-03"


def test_relative_pronoun_subject_is_its_antecedent():
    """'a train crash that killed 25': the actor is the crash, never 'that' or 'who'."""
    text = ("Rail safety\n\n"
            "Congress set the deadline after a train crash that killed 25 people in Chatsworth in 2008.\n\n"
            "The senator sponsored an amendment that would have banned the payments.")
    _, found = events(text)
    actors = {a.canonical.lower() for e in found for a in e.actors}
    assert "a train crash" in actors
    assert not {"that", "who", "which"} & actors


def test_headline_keeps_the_space_after_a_dropped_quote_mark():
    """Quote marks are left out of a headline, the space after them is not: 'working, he said'."""
    _, found = events("Law debate\n\n\u201cThe law is working,\u201d he said in a statement. "
                      "\u201cWe can adapt,\u201d she said.")
    headlines = {e.headline for e in found}
    assert {"The law is working, he said in a statement.", "We can adapt, she said."} <= headlines


def test_descriptions_are_not_events():
    """Participles used as adjectives and gerunds naming an activity describe; they report no
    event: 'convicted felons', 'a law barring plastic bags', 'passing the bill would be a lift'.
    A gerund after a time preposition or a verb's preposition still reports."""
    text = ("Budget and guns\n\n"
            "As a result, convicted felons can easily buy guns from unlicensed sellers.\n\n"
            "A state law barring plastic bags has not cleaned up the beaches.\n\n"
            "Passing the spending bill would be a huge lift for the leaders.\n\n"
            "On Monday, agents arrested 50 people after raiding a warehouse in Dallas.\n\n"
            "The Senate joined the House in passing a resolution on Tuesday.\n\n"
            "The group has repeatedly made threats to attack the capital.")
    article, found = events(text)
    sentences = {article.text[e.sentence.start:e.sentence.end]: e.kind for e in found}
    assert not any(s.startswith(("As a result", "A state law", "Passing", "The group")) for s in sentences)
    assert sentences["On Monday, agents arrested 50 people after raiding a warehouse in Dallas."] == "arrests"
    assert sentences["The Senate joined the House in passing a resolution on Tuesday."] == "law"


def _one(found, needle, article):
    hits = [e for e in found if needle in article.text[e.sentence.start:e.sentence.end]]
    assert len(hits) <= 1
    return hits[0] if hits else None


def test_public_reaction_is_a_statement_of_those_who_react():
    """'X drew condemnation from Y', 'the book sparked outrage': a statement, whose speaker is
    the 'from' phrase, never the subject; not a negated or hypothetical reaction."""
    text = ("Governor under fire\n\n"
            "The governor's remarks drew sharp criticism from Democrats on Tuesday.\n\n"
            "The book sparked widespread outrage in Israel.\n\n"
            "The plan would not draw criticism from anyone.")
    article, found = events(text)
    e = _one(found, "drew sharp criticism", article)
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "Democrats"
    assert _one(found, "sparked widespread outrage", article).kind == "statement"
    assert _one(found, "would not draw", article) is None


def test_stepping_up_an_effort_is_a_policy_or_an_operation():
    """'stepping up efforts to curb …' (policy), 'ramped up patrols' (operation), also in a
    headline where the tagger reads 'ramps' as a noun; not 'ramped those efforts up' (the
    effort was told before)."""
    text = ("Trump ramps up scrutiny of legal immigrants\n\n"
            "The administration is stepping up efforts to curb legal immigration.\n\n"
            "Police ramped up patrols in the neighborhood last week.\n\n"
            "They ramped those efforts up in 2014.")
    article, found = events(text)
    assert _one(found, "ramps up scrutiny", article).kind == "policy"
    assert _one(found, "stepping up efforts", article).kind == "policy"
    assert _one(found, "ramped up patrols", article).kind == "operation"
    assert _one(ruled(found), "ramped those efforts", article) is None


def test_title_case_passive_with_agent():
    """'Ex-Owner Edward Smith Pardoned by Donald Trump': an event of the 'by' agent."""
    article, found = events("Ex-Owner Edward Smith Pardoned by Donald Trump\n\nThe team said nothing.")
    e = _one(found, "Pardoned", article)
    assert e is not None and e.from_headline and "Donald Trump" in {a.canonical for a in e.actors}


def test_title_line_ending_in_a_quote_is_a_teaser_and_link_lines_are_boilerplate():
    """A title-case line ending in a closing quote mark is still headline-shaped ('… Said the
    Plan Was ‘the Best Deal’'); 'NOW WATCH: …' and 'READ NEXT: …' point to other stories."""
    text = ("Deal reached\n\n"
            "The two sides met on Monday.\n\n"
            "After the Vote, Jane Doe Said the Plan Was \u2018the Best Deal We Ever Had\u2019\n\n"
            "NOW WATCH: \u2018Nikki Haley Stands Up to the U.N.\u2019\n\n"
            "READ NEXT: Senator Says Budget Is Dead")
    roles = {text[b.start:b.end][:9]: b.role for b in classify_lines(text)}
    assert roles["After the"] == "teaser"
    assert roles["NOW WATCH"] == "boilerplate" and roles["READ NEXT"] == "boilerplate"
    article, found = events(text)
    e = _one(found, "Jane Doe Said", article)
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "Jane Doe"


def test_what_someone_can_do_is_no_event():
    """'immigrants can always file an appeal', 'officers can detain people for 48 hours': an
    ability or a permission, not a court or arrest event (the saying stays a statement)."""
    text = ("Rules\n\n"
            "The spokesman said that immigrants can always file an appeal when a benefit is denied.\n\n"
            "Under the rule, officers can detain people for 48 hours.")
    article, found = events(text)
    assert _one(found, "can always file", article).kind == "statement"
    assert _one(found, "can detain", article) is None


def test_present_tense_with_its_own_time_is_on_the_calendar():
    """'The justices begin their term on Monday', 'the group departs for Egypt on Tuesday':
    one occasion, not a habit ('visits his mother on Sundays' stays none); and 'The vice
    presidential debate is Oct. 11' names a scheduled occasion by its date."""
    text = ("Week ahead\n\n"
            "The justices begin their next term on Monday.\n\n"
            "The group departs for Egypt on Tuesday.\n\n"
            "He visits his mother on Sundays.\n\n"
            "The vice presidential debate is Oct. 11.")
    article, found = events(text, published=pendulum.date(2012, 9, 30))
    assert _one(found, "justices begin", article).kind == "court"
    assert _one(found, "departs for Egypt", article) is not None
    assert _one(found, "on Sundays", article) is None
    e = _one(found, "debate is Oct. 11", article)
    assert e is not None and e.kind == "other" and e.when.value == "2012-10-11"


def test_quoted_label_in_the_passive_is_a_statement():
    """'comments … called ‘disgraceful’', 'was branded “a disaster” by critics': someone's
    words; a capitalised quotation after 'called' is a name ('a podcast called “The Real
    Dirt”')."""
    text = ("Will Republicans act?\n\n"
            "President\u2019s comments on election meddling called \u2018disgraceful\u2019 by senators\n\n"
            "The plan was branded \u201ca disaster\u201d by critics.\n\n"
            "Chip hosts a marijuana podcast called \u201cThe Real Dirt.\u201d")
    article, found = events(text)
    assert _one(found, "called \u2018disgraceful", article).kind == "statement"
    assert _one(found, "branded", article).kind == "statement"
    assert _one(found, "Real Dirt", article) is None


def test_restated_view_closed_border_and_stepping_down():
    """'reasserted his view that …' (a statement), 'tried to close its border' (a policy, by
    an agent: 'the confrontation closed the crossing' is none), 'stepped down as owner' (a
    leaving, like the other plain actions)."""
    text = ("Briefs\n\n"
            "He also reasserted his view that the deal was bad.\n\n"
            "Guatemala tried to close its border to the migrants.\n\n"
            "The confrontation closed the nation's busiest border crossing for five hours.\n\n"
            "The chief executive stepped down on Monday.")
    article, found = events(text)
    assert _one(found, "reasserted his view", article).kind == "statement"
    assert _one(found, "close its border", article).kind == "policy"
    e = _one(found, "confrontation closed", article)
    assert e is None or e.kind != "policy"
    assert _one(found, "stepped down", article).kind == "other"


def test_backstory_year_does_not_date_a_later_saying():
    """'… stepped down as owner in 1997 after …. Rice said he was “like that 12th man”': the
    paragraph's year belongs to another event, the saying is the article's news."""
    text = ("Owner pardoned\n\n"
            "He stepped down as owner in 1997 after a scandal. Rice said he was \u201clike that 12th man\u201d of the team.")
    article, found = events(text, published=pendulum.date(2020, 2, 18))
    assert _one(found, "stepped down", article).when.value == "1997"
    assert _one(found, "Rice said", article).when.value == "2020-02-18"


def test_present_tense_weekday_is_the_coming_one():
    """A present tense with its own weekday is on the calendar: in a Tuesday paper, 'begin
    their term on Monday' is the coming Monday (the stored rule says so, for re-dating)."""
    text = "Week ahead\n\nThe justices begin their next term on Monday."
    article, found = events(text, published=pendulum.date(2018, 7, 17))
    e = _one(found, "justices begin", article)
    assert e.when.value == "2018-07-23" and e.when.rule == "weekday:1:future"


def test_a_cancelled_occasion_is_an_event():
    """'The press conference was later canceled', 'the plan was scrapped': the occasion's (or
    the plan's) fate is news, with no agent named."""
    text = ("Schedule\n\n"
            "The press conference was later canceled.\n\n"
            "The plan was scrapped on Friday.")
    article, found = events(text)
    assert _one(found, "later canceled", article).kind == "other"
    assert _one(found, "scrapped", article).kind == "policy"


def test_a_case_argued_is_a_court_event():
    """'The case …, set to be argued Oct. 10, …', 'the appeal was argued on Tuesday': a court
    hears it; 'he argued that …' stays a statement."""
    text = ("Docket\n\n"
            "The case on the state's admissions program, set to be argued Oct. 10, could revive the issue.\n\n"
            "The appeal was argued on Tuesday before the panel.\n\n"
            "Her lawyer argued that the case was weak.")
    article, found = events(text, published=pendulum.date(2012, 9, 30))
    e = _one(found, "set to be argued", article)
    assert e.kind == "court" and e.when.value == "2012-10-10"
    assert _one(found, "appeal was argued", article).kind == "court"
    assert _one(found, "lawyer argued", article).kind == "statement"


def test_court_event_without_a_named_court_is_the_last_court_named():
    """'The case …, set to be argued Oct. 10': the court acts, the one the article named last."""
    text = ("Docket\n\n"
            "The Supreme Court opens its term next week with a crowded docket.\n\n"
            "The case on the state's admissions program, set to be argued Oct. 10, could revive the issue.")
    article, found = events(text, published=pendulum.date(2012, 9, 30))
    e = _one(found, "set to be argued", article)
    assert e.kind == "court" and "Supreme Court" in {a.canonical for a in e.actors}


def test_a_dateline_is_no_actor():
    """'WASHINGTON — The Justice Department rescinded …': the dateline names where the story was
    filed, not who acted; an actor that runs into the story starts after it."""
    text = ("Justice Department rescinds marijuana policy\n\n"
            "WASHINGTON — The Justice Department rescinded the policy on Thursday.\n\n"
            "SEOUL (Reuters) - North Korea’s leader Kim Jong Un said on Friday that the weapons were a deterrent.\n\n"
            "SAN FRANCISCO — Twitter suspended high-profile accounts associated with the movement on Friday.\n\n"
            "FALLUJAH, Iraq — Iraqi forces rolled into this city Monday, capturing a police station.\n\n"
            "The agency arrested 12 people in Ohio on Wednesday.")
    article, found = events(text)
    actors = [(a, e) for e in found for a in e.actors]
    assert any(a.name == "The Justice Department" for a, _ in actors)
    assert any("suspended" in article.text[e.sentence.start:e.sentence.end] for e in found)
    assert not any(w in a.name for a, _ in actors for w in ("WASHINGTON", "SEOUL", "Reuters", "SAN FRANCISCO", "FALLUJAH"))
    assert any("Kim Jong Un" in a.name for a, _ in actors)
    for a, _ in actors:
        assert article.text[a.span.start:a.span.end] == a.name


def test_a_refusal_is_an_act_but_declining_to_comment_is_none():
    """'The mayor declined to run for a third term' / 'declined an invitation to …' is an act
    of the subject; 'declined to comment' is no event, and a refused event keeps its own kind
    ('the court declined to hear the appeal')."""
    text = ("City news\n\n"
            "The mayor declined to run for a third term after the scandal.\n\n"
            "Johnson declined an invitation to the White House dinner.\n\n"
            "A spokesman for the agency declined to comment.\n\n"
            "The Supreme Court declined to hear the appeal in February.")
    article, found = events(text)
    e = _one(found, "declined to run", article)
    assert e.kind == "other" and "mayor" in {a.canonical for a in e.actors}
    assert _one(found, "declined an invitation", article).kind == "other"
    assert not any("declined to comment" in article.text[x.sentence.start:x.sentence.end] for x in found)
    assert _one(found, "declined to hear", article).kind == "court"


def test_a_second_claim_in_a_coordinated_verb_is_a_second_statement():
    """'Officials have said …, but have warned …': two claims, the second an event of its own
    whose sentence span starts at its verb, dated like the first; 'said … and said …' stays one."""
    text = ("Budget talks\n\n"
            "County officials said on Monday they had not been told about the cuts, but warned that the plan would fail.\n\n"
            "The treasurer said the books were fine and said the audit was over.")
    article, found = events(text)
    two = [e for e in found if "warned that the plan" in article.text[e.sentence.start:e.sentence.end]]
    assert len(two) == 2 and all(e.kind == "statement" for e in two)
    second = next(e for e in two if article.text[e.sentence.start:].startswith("warned"))
    first = next(e for e in two if e is not second)
    assert second.attribution.speaker == "County officials" and second.when == first.when
    assert len([e for e in found if "treasurer" in article.text[e.sentence.start:e.sentence.end]]) == 1


def test_a_coordinated_action_with_its_own_time_is_a_second_event():
    """'He organized the convention in July 2016, but quit the campaign one month later': two
    acts, each dated by its own time."""
    text = ("Campaign history\n\n"
            "Smith organized the party convention in July 2016, but quit the campaign one month later.")
    article, found = events(text)
    whens = sorted(e.when.value for e in found if e.kind == "other")
    assert whens == ["2016-07", "2016-08"]


def test_a_trial_on_the_calendar_is_a_planned_court_event():
    """'He has a September trial scheduled in Washington' and a headline that drops the 'is'
    ('Smith's trial set to start today') are planned court events."""
    text = ("Smith's trial set to start today\n\n"
            "Jones has a September trial scheduled in Washington on fraud charges.")
    article, found = events(text, published=pendulum.date(2018, 7, 31))
    h = _one(found, "trial set to start", article)
    assert h.kind == "court" and h.status == "planned" and h.when.value == "2018-07-31"
    e = _one(found, "September trial scheduled", article)
    assert e.kind == "court" and e.status == "planned" and e.when.value == "2018-09"
    assert "Jones" in {a.canonical for a in e.actors}


def test_an_unlisted_past_action_of_a_named_actor_is_an_event():
    """The verb lists cannot name every act: a past or perfect main verb of a named actor
    is an event ("packed it in", "rebuffed", "married"), but not a state ("has proven to
    be", "benefited from"), a passive or a verb with rules of its own."""
    text = ("Campaign notes\n\n"
            "Senator Ada Klein packed it in on Monday after a poor showing in the caucuses.\n\n"
            "Speaker Tom Reyes has rebuffed efforts to oust the congresswoman.\n\n"
            "In 1975, Rodham married Bill Clinton.\n\n"
            "Klein has proven to be a formidable fighter.\n\n"
            "Reyes benefited from a concise slogan.")
    article, found = events(text)
    packed = triggered_in(article, found, "packed")
    assert packed is not None and packed.kind == "other" and packed.when.value == "2019-05-06"
    assert {a.canonical for a in packed.actors} & {"Ada Klein", "Senator Ada Klein"}
    assert triggered_in(article, found, "rebuffed") is not None
    married = triggered_in(article, found, "married")
    assert married is not None and married.when.value == "1975"
    assert triggered_in(article, found, "proven") is None and triggered_in(article, found, "benefited") is None


def test_a_headline_in_the_present_tells_an_unlisted_action():
    """'GOP leaders strip Steve King of committee assignments': a headline's present tense
    of any action verb is what happened."""
    text = ("GOP leaders strip Steve King of committee assignments\n\n"
            "House Republican leaders met on Monday night.")
    article, found = events(text)
    assert triggered_in(article, found, "strip") is not None


def test_other_speakers_in_clauses_of_their_own_are_statements():
    """A relative clause or participle with another speaker's words is a statement of its
    own next to the sentence's main event; the main speaker's own 'adding that …' is not."""
    text = ("Summit ends\n\n"
            "The prime minister has clashed repeatedly with Mayor Ann Holt, who said he would "
            "not be welcome at City Hall.\n\n"
            "The governor vetoed the bill on Friday, saying it would raise taxes.\n\n"
            "\u201cWe are done,\u201d Holt said, adding that the talks had failed.")
    article, found = events(text)
    holt = triggered_in(article, found, "said he would")
    assert holt is not None and holt.kind == "statement" and holt.attribution.speaker == "Ann Holt"
    clashed = triggered_in(article, found, "clashed")
    assert clashed is not None and clashed is not holt
    veto = triggered_in(article, found, "vetoed")
    saying = triggered_in(article, found, "saying")
    assert veto is not None and saying is not None and saying.kind == "statement"
    assert triggered_in(article, found, "adding") is None


def test_a_clause_with_its_own_subject_and_trigger_is_an_event():
    """'…, and he won unanimous confirmation', 'Kelli Ward, who resigned her seat last
    year, …': a clause with a subject and a trigger of its own is a second event, with its
    own time; a clause in a quotation or a condition is none."""
    text = ("Judges\n\n"
            "President Bush nominated Dana Ruiz to the bench in 2003, and the Senate confirmed her "
            "a year later.\n\n"
            "Kelli Ward, who resigned her state Senate seat last year, is touting a poll.\n\n"
            "Officials said the board would fire him if he sued the city.")
    article, found = events(text)
    confirmed = triggered_in(article, found, "confirmed")
    assert confirmed is not None and confirmed is not triggered_in(article, found, "nominated")
    resigned = triggered_in(article, found, "resigned")
    assert resigned is not None and resigned.when.value == "2018"
    assert triggered_in(article, found, "sued") is None
    article, found = events("Senate race\n\nKelli Ward, a doctor who resigned her state Senate seat last "
                            "year, is touting a poll.")
    assert {a.canonical for a in triggered_in(article, found, "resigned").actors} == {"Kelli Ward"}


def test_words_written_in_a_ruling_are_a_court_event_and_an_outlet_is_a_report():
    """'Bates wrote in his 60-page ruling' is the court's decision; 'according to Politico'
    is a media report."""
    text = ("Rulings\n\n"
            "\u201cThe policy is unlawful,\u201d Judge Ann Bates wrote in her 60-page ruling.\n\n"
            "The agency is in turmoil, according to Politico.")
    article, found = events(text)
    ruling = triggered_in(article, found, "wrote")
    assert ruling is not None and ruling.kind == "court"
    at = article.text.index("according")
    report = next(e for e in found if e.attribution and e.attribution.cue and e.attribution.cue.start == at)
    assert report.kind == "report"


def test_a_participle_describing_a_person_yields_to_the_main_verb():
    """'A judge appointed by President Smith ruled …': the appointment describes the judge;
    the ruling is the news. A participle describing a thing still can be ('a plan unveiled
    on Tuesday')."""
    text = ("Rulings\n\n"
            "A federal judge appointed by President Smith ruled on Friday that the order was unlawful.\n\n"
            "Judge Ann Ruiz, nominated by President Smith in 2007, denied a request to halt the policy.")
    article, found = events(text)
    ruled = triggered_in(article, found, "ruled")
    assert ruled is not None and ruled.kind == "court" and ruled.when.value == "2019-05-03"
    assert triggered_in(article, found, "appointed") is None and triggered_in(article, found, "nominated") is None
    assert triggered_in(article, found, "denied") is not None


def test_an_outlet_report_after_its_clause_takes_that_clause_time():
    """'X alerted the court Monday that … in 2024, Fox 5 DC reported': what the outlet
    reports happened Monday; 2024 is inside what was said."""
    text = ("Parole case\n\n"
            "The inmate's lawyers alerted the court Monday that he would be eligible for parole "
            "in 2024, Fox 5 DC reported.")
    article, found = events(text, published=pendulum.date(2020, 2, 25))
    report = triggered_in(article, found, "reported")
    assert report is not None and report.kind == "report" and report.when.value == "2020-02-24"


def test_link_cards_inside_a_sentence_are_not_read():
    """A site's hover card flattened into the text ('Rep. Ada Kline Ada Mae KlineWhy the GOP
    march poses a threat | Senators storm hearing room MORE (R-Iowa) said …') is other
    stories' headlines: no trigger, speech or time is read in it."""
    from timeline.extract.segment import link_cards
    text = ("Committee fight\n\n"
            "Rep. Ada Kline Ada Mae KlineWhy the GOP march poses a threat | Senators storm the "
            "hearing room on Wednesday MORE (R-Iowa) said Monday that she would stay on the panel.")
    cards = link_cards(text)
    assert len(cards) == 1 and text[cards[0][0]:cards[0][1]].startswith("KlineWhy")
    assert text[cards[0][0]:cards[0][1]].endswith("MORE")
    article, found = events(text)
    assert found and not any(cards[0][0] <= e.trigger.start < cards[0][1] for e in found)
    said = triggered_in(article, found, "said")
    assert said is not None and said.kind == "statement" and said.when.value == "2019-05-06"
    assert link_cards("He said MORE money is needed.") == []
    text = ("Committee fight\n\n"
            "Rep. Ada Kline Ada Mae KlineWhy the GOP march poses a threat | Police arrested 20 "
            "protesters on Wednesday MORE (R-Iowa) is staying on the panel.")
    article, found = events(text)
    card = link_cards(text)[0]
    assert not any(card[0] <= e.trigger.start < card[1] for e in found)


def test_a_dated_act_in_a_relative_clause_counts_without_a_main_event():
    """'… come from a disclosure form he released in May': the relative clause tells a dated
    act of its own even when the main clause tells none ('has not released', 'come')."""
    text = ("Business ties\n\n"
            "The mayor has not released tax documents, so the clues come from a disclosure form "
            "he released in May.")
    article, found = events(text)
    at = article.text.rindex("released")
    act = next((e for e in found if e.trigger.start == at), None)
    assert act is not None and act.when.value == "2019-05"
    assert not any(e.trigger.start == article.text.index("released") for e in found)


def test_an_open_class_action_takes_its_setting_kind():
    """Done 'in court briefs' an act is a court event; a verbal clash ('has clashed
    repeatedly with Obama') is the subject's statement; a stance on a deal ('have publicly
    supported a deal') is a statement too."""
    text = ("Rulings and rows\n\n"
            "In court briefs, the Obama administration has backed the university's right to weigh race.\n\n"
            "Netanyahu has clashed repeatedly with Obama over Iran.\n\n"
            "Top Iranian officials have publicly supported a deal with the West.")
    article, found = events(text)
    assert triggered_in(article, found, "backed").kind == "court"
    clash = triggered_in(article, found, "clashed")
    assert clash.kind == "statement" and clash.attribution.speaker == "Netanyahu"
    assert triggered_in(article, found, "supported").kind == "statement"


def test_an_open_class_act_beside_the_main_clause():
    """A verb coordinated with one that tells an event, sharing its doer ("won re-election and
    resubmitted the nomination"), and the verb of a relative clause whose subject is "who"
    standing for a named doer ("Marsh, who indoctrinated …"), tell acts of their own; not a
    relative clause of a thing ("a district that has trended …") nor a modal's verb."""
    text = ("Old fights\n\n"
            "The Senate confirmed Judge Ann Roe for the appeals court in 1997, after Governor Jo "
            "Holt won re-election and resubmitted the nomination.\n\n"
            "The young man met Jo Marsh, who indoctrinated him and led him on a crime spree.\n\n"
            "The rally was held in a district that has trended Democratic in recent years.")
    article, found = events(text)
    act = triggered_in(article, found, "resubmitted")
    assert act is not None and act.kind == "other" and act.actors[0].canonical == "Jo Holt"
    assert article.text[act.sentence.start:].startswith("resubmitted")
    act = triggered_in(article, found, "indoctrinated")
    assert act is not None and act.kind == "other" and act.actors[0].canonical == "Jo Marsh"
    assert triggered_in(article, found, "trended") is None


def test_a_dated_act_told_in_the_past_passive():
    """A past passive of an open-class verb with a time of its own is an act done ("The market
    was shut down on January 1", "In March he was exonerated by a national inquiry"); a
    state told as a participle ("was born"), an undated passive ("For years the plan was
    pushed aside") or a present passive are not."""
    text = ("Outbreak\n\n"
            "The seafood market was shut down on January 1 after the outbreak.\n\n"
            "In March the mayor was exonerated by a national inquiry.\n\n"
            "The doctor was born in Wuhan in 1986.\n\n"
            "For years the plan was pushed aside by party leaders.")
    article, found = events(text)
    shut = triggered_in(article, found, "shut")
    assert shut is not None and shut.kind == "other" and shut.when.value == "2019-01-01"
    cleared = triggered_in(article, found, "exonerated")
    assert cleared is not None and cleared.when.value == "2019-03"
    assert triggered_in(article, found, "born") is None
    assert triggered_in(article, found, "pushed") is None


def test_a_saying_whose_words_were_not_taken_is_a_statement():
    """A verb of saying as the past or perfect main verb of a named speaker is a statement
    even when no reported words were found: with an object ("Russia has denied
    responsibility", "Osborn acknowledged the mistake"), a clause, a time or a colon ("As
    the Times noted:").  Not without any of these ("opined on the matter for an hour"), not
    a verb's other sense ("called the agency on Friday"), not negated (no statement; the
    fallback may list the first two as acts, at its lowest confidence)."""
    text = ("Fallout\n\n"
            "Russia has denied responsibility for the attack.\n\n"
            "Osborn acknowledged the mistake.\n\n"
            "As the Daily Ledger recently noted:\n\n"
            "The senator opined on the matter for an hour.\n\n"
            "The health agency called the ministry on Friday.\n\n"
            "The mayor has not denied the report.")
    article, found = events(text)
    for words, who in (("denied responsibility", "Russia"), ("acknowledged", "Osborn"), ("noted", "Daily Ledger")):
        e = triggered_in(article, found, words)
        assert e is not None and e.kind == "statement" and who in e.attribution.speaker, words
    assert triggered_in(article, ruled(found), "opined") is None
    assert triggered_in(article, ruled(found), "called") is None
    assert triggered_in(article, found, "has not denied") is None
    # a progressive says it now: "Senate Republicans are touting the tax bill as a victory"
    article, found = events("Budget\n\nSenate Republicans are touting the tax bill as a major victory.")
    e = triggered_in(article, found, "touting")
    assert e is not None and e.kind == "statement" and "Republicans" in e.attribution.speaker


def test_speech_light_verbs_and_coming_to_a_defense():
    """Voicing a stance or a critique with a light verb ("offered his support for Kemp",
    "offered scathing critiques of Congress", "made a reference to her") and coming to
    someone's defense are the subject's statements; "offered no rebuttal" and an offered
    deal are not."""
    text = ("Support\n\n"
            "On Friday, Governor Jo Roe offered her support for Kemp in a series of tweets.\n\n"
            "Mr. Gates also offered scathing critiques of Congress in the memoir.\n\n"
            "Senator Ann Holt came to the governor's defense in an opinion piece.\n\n"
            "The dead, who could offer no rebuttal, were blamed.\n\n"
            "The deal being offered the Iranians will delay the program, he says.")
    article, found = events(text)
    for words, who in (("offered her support", "Jo Roe"), ("offered scathing", "Gates"), ("came to", "Ann Holt")):
        e = triggered_in(article, found, words)
        assert e is not None and e.kind == "statement" and who in e.attribution.speaker, words
    assert triggered_in(article, found, "offer no") is None
    assert not any(e.kind == "policy" for e in found)


def test_an_open_class_act_in_a_clause_of_time_or_concession():
    """A clause of time or concession with a subject of its own tells an act of its own
    ("before Manafort overhauled the campaign in mid-2016", "after the EU lifted its arms
    embargo"); not one in a condition ("if Manafort sold his stake") nor a state ("when he was
    young")."""
    text = ("Old work\n\n"
            "The consulting work ended a decade before Paul Manafort overhauled the campaign in mid-2016.\n\n"
            "Prices rose after the European Union lifted its arms embargo.\n\n"
            "The firm would collapse if Manafort sold his stake.")
    article, found = events(text)
    act = triggered_in(article, found, "overhauled")
    assert act is not None and act.kind == "other" and act.actors[0].canonical == "Paul Manafort"
    assert article.text[act.sentence.start:].startswith("before Paul Manafort")
    act = triggered_in(article, found, "lifted")
    assert act is not None and "European Union" in act.actors[0].canonical
    assert triggered_in(article, found, "sold") is None


def test_a_sentence_run_in_after_a_label_and_colon():
    """A subhead label run into its sentence ("Non-Citizen Voting: California has expanded
    voter eligibility"): the parser hangs the verb on the label, but it is the sentence's
    main verb and tells the act."""
    text = ("Voting changes\n\n"
            "Same-Day Registration: Oregon has expanded voter eligibility — with many towns opening "
            "new offices.")
    article, found = events(text)
    act = triggered_in(article, found, "expanded")
    assert act is not None and act.actors[0].canonical == "Oregon"


def test_a_remark_named_with_its_source():
    """A sentence with no other trigger that names one remark with its source ("followed by a
    vehement denial from Judge Kavanaugh", "That was the response Friday from the Romney
    team") is a statement by that source; not a plural said of a kind ("Statements from the
    president are newsworthy"), not a contest ("facing a challenge from Rep. Liz Cheney")."""
    text = ("Hearing day\n\n"
            "It began with an emotional accusation, followed by a vehement denial from Judge Ann Roe.\n\n"
            "Statements from the president are inherently newsworthy.\n\n"
            "The chairwoman, facing a challenge from Rep. Liz Cheney, stayed quiet.")
    article, found = events(text)
    e = triggered_in(article, found, "denial")
    assert e is not None and e.kind == "statement" and "Ann Roe" in e.attribution.speaker
    assert triggered_in(article, found, "Statements") is None
    assert triggered_in(article, found, "challenge") is None


def test_the_root_act_beside_a_coordinated_speech():
    """When the sentence's speech is told by a verb coordinated with its root ("Gates also
    expressed contempt for the vice president and blamed Biden for …", "He withdrew from the
    pact and demanded rewrites"), the root's own act is an event too."""
    text = ("Memoir\n\n"
            "Mr. Hale also expressed contempt for the governor and blamed Ms. Roe for the failed plan.")
    article, found = events(text)
    first = triggered_in(article, found, "expressed")
    assert first is not None and first.kind == "statement" and "Hale" in first.attribution.speaker
    second = triggered_in(article, found, "blamed")
    assert second is not None and second.kind == "statement"


def test_a_relative_clause_speech_without_a_main_event():
    """A sentence whose main clause tells nothing ("Polls show the mayor neck-and-neck with
    X") still yields the statement of a speaker's relative clause ("…, who has blasted him
    on the campaign trail")."""
    text = ("Race tightens\n\n"
            "Polls show the mayor neck-and-neck with council member Ann Holt, who has blasted him "
            "on the campaign trail for his budget.")
    article, found = events(text)
    e = triggered_in(article, found, "blasted")
    assert e is not None and e.kind == "statement" and "Ann Holt" in e.attribution.speaker


def test_a_refusal_in_a_clause_of_its_own():
    """A refusal told in a subordinate clause is an act ("because she refused to testify":
    other; a refused act keeps its own kind and is told once: "after the state refused to
    appeal the ruling" is one court event); "who has declined to do so" is none."""
    text = ("Voting rights\n\n"
            "In 2015, thousands of felons regained their voting rights after the state refused to "
            "appeal a lower-court decision.\n\n"
            "The analyst was jailed in May because she refused to testify before a grand jury.\n\n"
            "The pressure grew on the mayor, who has declined to do so.")
    article, found = events(text)
    # (the refused appeal is the sentence's court event already: one event, not two)
    assert [e.kind for e in found if "refused to appeal" in article.text[e.sentence.start:e.sentence.end]] == ["court"]
    assert kind_of(article, found, "refused to testify") == "other"
    assert triggered_in(article, found, "declined") is None


def test_opinion_pieces_and_stances_on_an_idea():
    """Writing an opinion piece is a statement ("penned a piece for the Ledger on Sunday",
    "wrote an op-ed"), and so is a named actor's stance on an idea or effort ("Holt has
    strongly opposed the idea of expanding the court"); a written book is no statement."""
    text = ("Views\n\n"
            "Professor Ann Roe penned a piece for the Ledger on Sunday about the court.\n\n"
            "Governor Jo Holt has strongly opposed the idea of expanding the court.\n\n"
            "Professor Ann Roe wrote a new book about the court.")
    article, found = events(text)
    e = triggered_in(article, found, "penned")
    assert e is not None and e.kind == "statement" and "Ann Roe" in e.attribution.speaker
    e = triggered_in(article, found, "opposed")
    assert e is not None and e.kind == "statement"
    assert all(e.kind != "statement" for e in found if article.text[e.trigger.start:e.trigger.end] == "wrote")


def test_an_actor_due_or_ready_to_act():
    """An act a named actor is due, ready or poised to do is a planned event of its kind
    ("The envoy is also due to speak at the summit": a statement; "The caucus is ready to
    solicit Republican support"); not negated ("is not ready to concede") nor of a thing
    ("The report is due to arrive")."""
    text = ("Summit week\n\n"
            "Ambassador Ann Roe is also due to speak at the summit on Friday.\n\n"
            "Speaker Jo Holt and her caucus are ready to solicit the support of some Republicans.\n\n"
            "Mayor Tim Marsh is not ready to concede the race.\n\n"
            "The report is due to arrive on Friday.")
    article, found = events(text)
    e = triggered_in(article, found, "speak")
    assert e is not None and e.kind == "statement" and e.status == "planned" and "Ann Roe" in e.attribution.speaker
    assert kind_of(article, found, "solicit") == "other"
    assert triggered_in(article, found, "concede") is None
    assert triggered_in(article, found, "arrive") is None


def test_the_root_act_beside_a_main_event_in_a_fronted_time_clause():
    """A main event found in a clause of time before the root ("When the council passed the
    budget, …") leaves the root's act an event too ("… Mayor Roe blocked the spending
    plan")."""
    text = ("Budget fight\n\n"
            "When the city council passed the budget on Monday, Mayor Ann Roe blocked the spending plan.")
    article, found = events(text)
    e = triggered_in(article, found, "blocked")
    assert e is not None and any("Ann Roe" in a.canonical for a in e.actors)
    assert triggered_in(article, found, "passed") is not None


def test_acts_coordinated_before_the_main_event():
    """Acts coordinated with the root before the verb that tells the main event are events
    of their own: a chain ending in speech ("… supported a candidate, retweeted a post and
    told a paper, “…”") and a root beside a coordinated main act ("… invited the family to
    stay at the residence, and crossed the street on Tuesday to visit them")."""
    text = ("Campaign trail\n\n"
            "Senator Jo Holt publicly supported a fringe candidate for mayor last year, retweeted "
            "a militia leader and told a local paper, \"What does this town need?\"\n\n"
            "Governor Ann Roe invited the Marsh family to stay at the official residence, and "
            "crossed the street on Tuesday to pay them a visit.")
    article, found = events(text)
    assert triggered_in(article, found, "told") is not None
    e = triggered_in(article, found, "retweeted")
    assert e is not None and e.kind == "other" and any("Holt" in a.canonical for a in e.actors)
    assert triggered_in(article, found, "supported") is not None
    assert triggered_in(article, found, "crossed") is not None
    e = triggered_in(article, found, "invited")
    assert e is not None and any("Ann Roe" in a.canonical for a in e.actors)


def test_a_present_progressive_act_of_a_named_actor():
    """A named actor's present progressive ("Acme Foods is returning its loan") is an act
    under way; not one that leads to another verb ("is hoping its loan …", "is preparing
    to …").  (Selective parsing reads such a sentence only for another reason, here the
    "It said" after it.)"""
    text = ("Loans\n\n"
            "Acme Foods is returning its $10 million loan. It said on Monday that other firms need the money more.\n\n"
            "Bolt Burgers is hoping its loan will be forgiven. It said on Monday that the money kept its staff employed.")
    article, found = events(text)
    e = triggered_in(article, found, "returning")
    assert e is not None and e.kind == "other" and e.status == "occurred"
    assert any("Acme" in a.canonical for a in e.actors)
    assert triggered_in(article, found, "hoping") is None


def test_plain_actions_and_organisations_in_relative_clauses():
    """The plain action verbs (attend, fire, visit …) tell an act in a "who" clause too
    ("Dan Roe, who attended the briefings, issued a statement"), and "which" stands for an
    organisation that acts when its clause has a time of its own ("The bureau, which opened
    its inquiry in July 2016, …"), not a description ("…, which advocates for …")."""
    text = ("Briefings\n\n"
            "On Friday, the intelligence director, Dan Roe, who attended the briefings, issued a statement.\n\n"
            "The FBI, which opened its investigation in July 2016, has never explained its reasoning.\n\n"
            "The Heritage Foundation, which advocated for the measures, has sued the county.")
    article, found = events(text)
    e = triggered_in(article, found, "attended")
    assert e is not None and e.kind == "other" and any("Dan Roe" in a.canonical for a in e.actors)
    e = triggered_in(article, found, "opened")
    assert e is not None and e.when.value == "2016-07"
    assert triggered_in(article, found, "advocated") is None


def test_the_same_act_by_another_doer_in_a_comparative_ellipsis():
    """"…, as did X" / "…, as has X" after a main event tells the same act by another doer:
    an event of the main event's kind, its doer X ("Five senators announced their
    opposition Monday, as did Sen. Ann Roe")."""
    text = ("Votes\n\n"
            "Five Republican senators announced their opposition on Monday, as did Democratic Sen. Ann Roe of Ohio.\n\n"
            "The House passed the spending bill on Friday, as has the Senate.")
    article, found = events(text)
    main = triggered_in(article, found, "announced")
    e = triggered_in(article, found, "did")
    assert main is not None and e is not None and e.kind == main.kind == "announcement"
    assert any("Ann Roe" in a.canonical for a in e.actors) and e.when.value == main.when.value
    e = triggered_in(article, found, "has the Senate")
    assert e is not None and e.kind == "law" and any("Senate" in a.canonical for a in e.actors)


def test_an_act_in_a_when_clause_without_a_main_event():
    """A past act in a "when" clause (an adverb to the parser) is an event even when the
    main clause tells none ("Things got tense when Governor Roe convened a cabinet meeting
    on Friday")."""
    text = ("Cabinet\n\n"
            "Things got tense when Governor Ann Roe convened a cabinet meeting on Friday.")
    article, found = events(text)
    e = triggered_in(article, found, "convened")
    assert e is not None and e.kind == "other" and any("Ann Roe" in a.canonical for a in e.actors)


def test_the_act_a_step_leads_to():
    """"moved to V" tells the act V of the subject ("GOP leaders moved Monday to remove Rep.
    Roe from his posts"); "moved to Ohio" is travel, and "used X to V" a purpose (no event
    here)."""
    text = ("Leaders\n\n"
            "House GOP leaders moved Monday to remove Rep. Tim Roe from his committee posts.\n\n"
            "Speaker Jo Holt used House funds to greet the voters.")
    article, found = events(text)
    e = triggered_in(article, found, "remove")
    assert e is not None and e.kind == "other" and any("leaders" in a.canonical for a in e.actors)
    assert triggered_in(article, found, "greet") is None


def test_a_line_keeps_its_first_word_in_its_sentence():
    # a newline starts a sentence; the parser then split some lines after their first word
    # ("Shake | Shack is …", read as an imperative), cutting the subject off the event
    article, found = events("Loan returned\n\nShake Shack is returning its loan. "
                            "The company said it had found other money.\n\n"
                            "Longtime Trump lawyer Michael Cohen is changing his legal team, a source said.\n")
    returning = triggered_in(article, found, "returning")
    assert returning is not None
    assert returning.sentence.slice(article.text).startswith("Shake Shack is returning")
    said = triggered_in(article, found, "a source said")
    assert said is not None and said.sentence.slice(article.text).startswith("Longtime Trump lawyer")


def test_a_dateline_still_stands_apart():
    article, found = events("Senate acts\n\nWASHINGTON (Reuters) - The Senate passed the bill on Monday, "
                            "its leader said.\n")
    passed = triggered_in(article, found, "passed")
    assert passed is not None and passed.sentence.slice(article.text).startswith("The Senate passed")


def test_headline_passive_with_an_acronym_agent_names_the_agent():
    # "X Arrested by ICE …": the agent acts, an acronym the NER may miss
    article, found = events("Farmworker Arrested by ICE After Dropping Son off at School\n\n"
                            "The arrest came on Monday, his lawyer said.\n")
    arrest = triggered_in(article, found, "Arrested")
    assert arrest is not None and arrest.kind == "arrests"
    assert "ICE" in [a.name for a in arrest.actors]


def test_a_light_verb_told_once_with_its_own_time_is_an_act():
    """An everyday light verb ("lose", "spend", "lead", "begin") in the simple past of a main
    clause with a time of its own tells an act ("She lost one week after the election", "This
    year, the county spent $2 million …"); without a time it is a state ("Democrats lost
    ground", "He led the party"), and "spent last week" spends only the time: no rule names
    these (the fallback may list them, at its lowest confidence)."""
    text = ("Races\n\n"
            "Jane Moss lost one week after the election.\n\n"
            "This year, Dade County spent $2 million in tax dollars to register voters for the election.\n\n"
            "The Roe Coalition began its march in Springfield on April 15, with rallies following.\n\n"
            "Democrats lost ground. He led the party. Mr. Hale spent last week at the beach.")
    article, found = events(text)
    for words in ("lost one week", "spent $2 million", "began its march"):
        assert kind_of(article, found, words) == "other", words
    assert triggered_in(article, ruled(found), "lost ground") is None
    assert triggered_in(article, ruled(found), "led the party") is None
    assert triggered_in(article, ruled(found), "spent last week") is None


def test_a_light_verb_of_an_occasion_of_speaking_is_a_statement():
    # "gave a press conference on March 19", "went on national television Tuesday": speaking
    text = ("Briefing\n\n"
            "On March 19, Governor Ann Roe gave a press conference at the capitol.\n\n"
            "As voting was under way Tuesday, Senator Tom Hale went on national television.")
    article, found = events(text)
    for words in ("gave a press", "went on national"):
        assert kind_of(article, found, words) == "statement", words


def test_a_finding_of_investigators_or_an_outlet_is_a_report():
    """'Federal investigators found that …', 'The website Pressline found that …': the
    finding of an inquiry is a report; a person's 'he found that …' is no event."""
    text = ("Audit\n\n"
            "Federal investigators found that the agency had lost records.\n\n"
            "The website Pressline found that the company was sharing data with advertisers.\n\n"
            "He found that the house was empty.")
    article, found = events(text)
    for words in ("found that the agency", "found that the company"):
        assert kind_of(article, found, words) == "report", words
    assert triggered_in(article, found, "found that the house") is None


def test_a_dated_passive_in_a_who_clause_is_an_act():
    """'Hale, who was ousted from the committee on Friday, …': an act done to the person the
    clause describes, with its own time; undated ('who was moved off the case') stays out."""
    text = ("Committee\n\n"
            "Tom Hale, who was ousted from the committee on Friday, declined to speak.\n\n"
            "Ann Roe, who was moved off the case, declined to speak.")
    article, found = events(text)
    e = triggered_in(article, found, "ousted")
    assert e is not None and e.kind == "other" and e.when.value == "2019-05-03"
    assert triggered_in(article, found, "moved off") is None


def test_a_headline_naming_someone_to_a_post_is_an_appointment():
    for line in ("Mayor Ann Roe Names Tom Hale as Police Chief", "Governor Taps Tom Hale for Energy Post"):
        article, found = events(line + "\n\nThe council met on Tuesday.")
        verb = "Names" if "Names" in line else "Taps"
        assert kind_of(article, found, verb) == "other", line
    article, found = events("Voters Choose to Stay Home\n\nThe council met on Tuesday.")
    assert triggered_in(article, found, "Choose") is None


def test_the_organizers_of_an_event_act():
    text = ("Meeting\n\n"
            "The organizers blocked the entrance on Tuesday.")
    article, found = events(text)
    assert kind_of(article, found, "blocked") == "other"


def test_putting_off_an_occasion_is_an_act_of_its_kind():
    text = ("Delay\n\n"
            "Senate leaders delayed the budget vote on Monday.\n\n"
            "The judge postponed the hearing last week.\n\n"
            "The storm delayed the election.")
    article, found = events(text)
    assert kind_of(article, found, "delayed the budget") == "law"  # a legislature's vote (classify._scheduled_kind)
    assert kind_of(article, found, "postponed") == "court"
    assert triggered_in(article, ruled(found), "delayed the election") is None  # a storm is no doer


def test_an_everyday_verb_with_its_own_time_in_a_side_clause_is_an_act():
    """'Hale, who ran for mayor in 2008, …', 'before she took over the campaign in mid-2016':
    light verbs tell acts in a who-clause or a clause of time too when they carry a time."""
    text = ("Race\n\n"
            "Tom Hale, who ran for mayor in 2008, will face Ann Roe.\n\n"
            "Ann Roe led the firm before she took over the campaign in mid-2016.\n\n"
            "Tom Hale, who ran the firm, will face Ann Roe.")
    article, found = events(text)
    e = triggered_in(article, found, "ran for mayor")
    assert e is not None and e.kind == "other" and e.when.value == "2008"
    assert kind_of(article, found, "took over") == "other"
    assert triggered_in(article, found, "ran the firm") is None


def test_polls_of_the_day_show_a_finding():
    """'Polls show the mayor neck-and-neck …': the polls of the moment report; 'studies show'
    is a habit of studies, no event."""
    text = ("Race\n\n"
            "Polls show the mayor neck-and-neck with his rival.\n\n"
            "Studies show that exercise helps.")
    article, found = events(text)
    assert kind_of(article, found, "show the mayor") == "report"
    assert triggered_in(article, found, "show that exercise") is None


def test_a_stance_in_a_coordinated_clause_with_its_own_subject_is_a_statement():
    """'Smith said …, but he also pointed to her lack of experience': the second clause has its
    own subject and a verb that voices a stance without a speech cue of its own."""
    text = ("Nominee\n\n"
            "Tom Smith said in an email that the nominee was smart, but he also pointed to her "
            "lack of banking experience.")
    article, found = events(text)
    e = triggered_in(article, found, "pointed")
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "Tom Smith"
    assert triggered_in(article, found, "said") is not None


def test_a_second_cue_hung_on_what_the_first_reports_is_the_same_speakers_act():
    """'The mayor said he was “very disappointed” in the governor and criticized him for …':
    the parser hangs 'criticized' on 'was'; it is the mayor's second statement."""
    text = ("Feud\n\n"
            "The mayor said he was \"very disappointed\" in the governor and criticized him for "
            "vetoing the bill.\n\n"
            "Tom King insisted that his remarks were taken out of context and blasted the "
            "leader's decision.\n\n"
            "The mayor said the governor lied and denied the charges.")
    article, found = events(text)
    e = triggered_in(article, found, "criticized")
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "mayor"
    e = triggered_in(article, found, "blasted")  # (the remarks are no doer: King blasted)
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "Tom King"
    assert triggered_in(article, found, "denied") is None  # the governor's denial, as reported


def test_a_trailing_source_read_as_a_relative_clause_still_reports():
    """'…, particularly House Speaker Jo Roe, The Associated Press reports.': the parser hangs
    the closing source on the last name as a relative clause without a pronoun."""
    text = ("Chief of staff\n\n"
            "The new chief, Jane Roe, is a veteran with deep ties to the leadership, particularly "
            "House Speaker Paul Ryan, The Associated Press reports.\n\n"
            "The mayor met the governor, who reports to the president.")
    article, found = events(text)
    e = triggered_in(article, found, "reports.")
    assert e is not None and e.kind == "report" and e.attribution.speaker == "The Associated Press"
    assert triggered_in(article, found, "reports to") is None


def test_a_website_named_in_apposition_finds():
    """'The website Gizmodo found that …' (parsed with two subjects, or as 'the website [that]
    Gizmodo found'): the outlet's finding, a report, with the outlet as its doer."""
    text = ("Privacy\n\n"
            "The website Gizmodo found that the app was sharing data with advertisers.")
    article, found = events(text)
    e = triggered_in(article, found, "found")
    assert e is not None and e.kind == "report"
    assert [a.canonical for a in e.actors] == ["Gizmodo"]


def test_a_refusal_told_with_a_participle_is_an_act_beside_the_statement():
    """'The leader refused appeals …, saying …': the refusal is an act, the saying a statement
    whose clause starts at the participle; a verbal act ('defended X, noting …') stays one."""
    text = ("Speech\n\n"
            "The 65-year-old leader refused appeals from the opposition to cancel the speech, "
            "saying the threat is too great.\n\n"
            "The White House defended the nominee, noting that the woman deserved to be heard.")
    article, found = events(text)
    assert kind_of(article, found, "refused") == "other"
    s = triggered_in(article, found, "saying")
    assert s is not None and s.kind == "statement"
    assert article.text[s.sentence.start:].startswith("saying")
    assert triggered_in(article, found, "defended") is None
    assert triggered_in(article, found, "noting") is not None


def test_a_who_clause_of_another_speaker_inside_a_report_is_their_statement():
    """'Polls show the premier tied with Jane Roe, who has blasted him …': the who-clause is
    Roe's own statement, told by the writer, not a part of what the polls show."""
    text = ("Race\n\n"
            "Polls show the premier tied with opposition leader Jane Roe, who has blasted him on "
            "the campaign trail for fumbling the alliance.\n\n"
            "Polls show the mayor tied with the governor's former aide, Ann Lee, who has "
            "blasted him in debates for fumbling the budget.")
    article, found = events(text)
    e = triggered_in(article, found, "blasted")
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "Jane Roe"
    e = triggered_in(article, found, "blasted him in debates")  # (the name in apposition to her role)
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "Ann Lee"


def test_a_headline_speaker_named_by_a_relation_of_a_named_person():
    """'Kellyanne Conway's husband: …', 'Michael Cohen's lawyer: …': the one the possessive
    names speaks, as 'Priebus: …' does; a place's ('America's future: …') does not."""
    article, found = events("Michael Cohen's lawyer: Trump knew about the payments\n\n"
                            "Michael Cohen met prosecutors for hours on Monday.")
    e = triggered_in(article, found, "Michael Cohen's lawyer")
    assert e is not None and e.kind == "statement" and e.from_headline
    assert e.attribution.speaker == "Michael Cohen's lawyer"
    article, found = events("America's future: what comes next\n\nThe story continues here.")
    assert not found


def test_making_clear_reports_a_clause():
    """'The mayor made it clear that she would run', 'Obama made clear he is opposed': "make
    clear" reports what follows as "say" does; "did not make clear whether …" reports nothing."""
    text = ("Race\n\n"
            "The mayor made it clear on Monday that she would run again.\n\n"
            "Tom Obama, though, made clear he is adamantly opposed to the plan.\n\n"
            "The governor did not make clear whether she would run.")
    article, found = events(text)
    e = triggered_in(article, found, "made it clear")
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "mayor"
    assert e.when.value == "2019-05-06"
    e = triggered_in(article, found, "made clear")
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "Tom Obama"
    assert triggered_in(article, found, "make clear") is None


def test_two_reporters_who_report_are_a_report():
    """'CNN's Jo Doe and Al Roe report that …', '…, the Globe's Jane Doe and John Roe report.':
    after two coordinated names the tagger reads the cue as a noun; it still reports."""
    article, found = events("Staff\n\n"
                            "Jones was fired for not defending the president, the Boston Globe's "
                            "Jane Doe and John Roe report.")
    e = triggered_in(article, found, "report.")
    assert e is not None and e.kind == "report" and e.attribution.speaker == "Jane Doe"
    article, found = events("Staff\n\n"
                            "CNN's Gloria Borger and Kate Polantz report that the lawyers met on Friday.")
    e = triggered_in(article, found, "report that")
    assert e is not None and e.kind == "report" and e.attribution.speaker == "Gloria Borger"


def test_a_named_speakers_past_statement_inside_a_report_is_its_own_event():
    """'The senator said … after Iran declared it would resume enrichment': a statement of
    another speaker named as its subject is an event of its own; a pronoun's ('even he had
    said …') stays part of what the senator said."""
    text = ("Talks\n\n"
            "The senator said on Tuesday that the talks failed after Iran declared it would "
            "resume enrichment.\n\n"
            "The senator said the law was flawed, though even he had said he would be open to tweaks.")
    article, found = events(text)
    e = triggered_in(article, found, "declared")
    assert e is not None and e.kind == "statement" and e.attribution.speaker == "Iran"
    assert triggered_in(article, found, "said he would") is None


def test_a_persons_dated_take_or_come_is_an_act():
    """'took place / effect', 'came into force' are how an event noun's "take" / "come" tell
    it; a person's simple-past "took" or "came" with a time of its own is a dated act (the
    event-noun test used to turn every other "took" away)."""
    article, found = events("Storm clean-up goes on\n\n"
                            "The governor took a tour of the flooded town on Monday.\n\n"
                            "Karim Haddad came to the group in 2009 looking for support.\n\n"
                            "The new law took effect on Tuesday.")
    tour = triggered_in(article, found, "took a tour")
    assert tour is not None and tour.kind == "other" and tour.when.value == "2019-05-06"
    came = triggered_in(article, found, "came to the group")
    assert came is not None and came.when.value == "2009"
    law = triggered_in(article, found, "took effect")
    assert law is not None and law.kind == "law"


def test_the_infinitive_of_a_catenative_verb_is_the_act():
    """'managed to reopen', 'has tried to amp up', 'ended up backing away': the complement of
    a verb of managing, trying or beginning is the act, with the main verb's tense and doer;
    not after 'failed to' or 'wants to'."""
    article, found = events("Bridge news\n\n"
                            "The mayor managed to reopen the bridge on Friday.\n\n"
                            "Obama has tried to amp up pressure on Republicans.\n\n"
                            "The governor failed to reopen the tunnel on Friday.\n\n"
                            "The governor wants to reopen the tunnel.")
    reopen = triggered_in(article, found, "reopen the bridge")
    assert reopen is not None and reopen.kind == "other" and reopen.when.value == "2019-05-03"
    assert [a.canonical for a in reopen.actors] == ["mayor"]
    amp = triggered_in(article, found, "amp up")
    assert amp is not None and [a.canonical for a in amp.actors] == ["Obama"]
    assert triggered_in(article, found, "The governor failed") is None
    assert triggered_in(article, found, "The governor wants") is None


def test_a_light_verb_with_a_particle_is_an_act():
    """'sat down with', 'put forward', 'dropped out of the race': a light verb (or "drop")
    made an act by its particle, without the time a bare light verb needs; not "it turned
    out"."""
    article, found = events("Campaign news\n\n"
                            "The senator sat down with Yahoo News for an interview.\n\n"
                            "Republicans have put forward their own plan.\n\n"
                            "The governor dropped out of the race.\n\n"
                            "It turned out that the plan had no votes.")
    sat = triggered_in(article, found, "sat down")
    assert sat is not None and [a.canonical for a in sat.actors] == ["senator"]
    assert triggered_in(article, found, "put forward") is not None
    out = triggered_in(article, found, "dropped out")
    assert out is not None and out.kind == "other"
    assert triggered_in(article, found, "turned out") is None


def test_a_light_verb_with_a_counted_or_indefinite_object_is_an_act():
    """'earned $60 million', 'took a swipe at Democrats' (a verbal blow: a statement): one
    act even without a time; not a duration spent ('spent more than 20 years as …') or a
    definite object ('took the stage')."""
    article, found = events("Comedy news\n\n"
                            "Chappelle earned $60 million for his specials.\n\n"
                            "The senator took a swipe at Democrats.\n\n"
                            "Jones spent more than 20 years as a prosecutor.\n\n"
                            "The senator took the stage.")
    earned = triggered_in(article, found, "earned")
    assert earned is not None and earned.kind == "other"
    swipe = triggered_in(article, found, "took a swipe")
    assert swipe is not None and swipe.kind == "statement" and swipe.attribution.speaker == "senator"
    assert triggered_in(article, found, "spent more") is None
    assert triggered_in(article, found, "took the stage") is None


def test_a_marked_group_of_people_is_a_doer():
    """'The Democratic nominee', '31 senators', 'That investor': people named by their part
    in the news, marked as one known person or group, are doers; 'some critics' are not."""
    article, found = events("Health news\n\n"
                            "The Democratic nominee outlined a program for universal pre-kindergarten in June.\n\n"
                            "In May, 31 senators toured the border.\n\n"
                            "Some critics outlined a program for schools in June.")
    nominee = triggered_in(article, found, "outlined a program for universal")
    assert nominee is not None and [a.canonical for a in nominee.actors] == ["Democratic nominee"]
    senators = triggered_in(article, found, "toured")
    assert senators is not None and senators.when.value == "2019-05"
    assert triggered_in(article, found, "Some critics") is None


def test_a_name_tagged_a_common_noun_is_still_a_doer():
    """A name the tagger reads as a common noun at the start of a sentence ("Trump fired
    Comey last month", the card game's "trump") is the doer it names elsewhere in the
    article."""
    text = ("Comey news\n\n"
            "President Donald Trump spoke on Monday about the investigation.\n\n"
            "Trump fired Comey last month, initially citing how he handled the investigation into "
            "Clinton's email server as the impetus.")
    article, found = events(text)
    fired = triggered_in(article, found, "fired")
    assert fired is not None and fired.when.value == "2019-04"


def test_a_changed_thing_or_a_set_up_one_is_an_act():
    """'Stanford has changed the name of two buildings' (a doer changing something, not
    "prices changed"), 'Congress set up the program' (not a date "set for Tuesday"),
    'followed up Sunday on Facebook': acts of their doers."""
    article, found = events("Campus news\n\n"
                            "Stanford University has changed the name of two buildings.\n\n"
                            "Prices changed quickly after the storm.\n\n"
                            "In response to the crisis, Congress set up a relief program.\n\n"
                            "The campaign followed up on Sunday with a stream of posts.")
    changed = triggered_in(article, found, "has changed")
    assert changed is not None and [a.canonical for a in changed.actors] == ["Stanford University"]
    assert triggered_in(article, found, "Prices changed") is None
    setup = triggered_in(article, found, "set up")
    assert setup is not None and setup.kind == "other" and [a.canonical for a in setup.actors] == ["Congress"]
    assert triggered_in(article, found, "followed up") is not None


def test_a_phrasal_act_in_a_clause_of_time_or_a_relative_clause_is_an_act():
    """'When Trump sat down with Macron, …', 'Smith, who set up the fund in 2010, …': the
    clause's own phrasal act is an event of its doer, beside (or without) the main one."""
    article, found = events("Summit news\n\n"
                            "When the president sat down with the French leader, the mood was tense.\n\n"
                            "Jane Smith, who set up the fund in 2010, was not available.")
    sat = triggered_in(article, found, "sat down")
    assert sat is not None and [a.canonical for a in sat.actors] == ["president"]
    setup = triggered_in(article, found, "set up")
    assert setup is not None and setup.when.value == "2010"


def test_a_light_verb_dated_inside_its_phrase_is_an_act():
    """'went into detail in an interview on Friday with CNN': the time of the phrase the light
    verb leads (an interview on Friday) dates the act as a time of its own would; 'went to
    the store' has none and stays out."""
    article, found = events("Interview news\n\n"
                            "Haley went into detail in an interview on Friday with CNN.\n\n"
                            "Haley went to the store.")
    went = triggered_in(article, found, "went into")
    assert went is not None and went.when.value == "2019-05-03"
    assert triggered_in(article, found, "went to the store") is None


def test_a_relative_clause_on_the_object_of_a_verbal_act_tells_its_own_act():
    """'The senator praised Jo Roe, who resigned in December, on Monday': the object of a
    verbal act is no reported clause, so a 'who' clause on it is the writer's narration and
    tells an act of its own (the resignation), as beside any other main event."""
    from extract_support import events, triggered_in
    article, found = events("Senator praises aide\n\nThe senator praised Jo Roe, who resigned in December, on Monday.")
    e = triggered_in(article, found, "resigned")
    assert e is not None and e.kind == "other" and [a.canonical for a in e.actors] == ["Jo Roe"]


def test_a_sentence_case_headline_is_read_by_headline_grammar():
    """Headlines tell a past act in the present ('Senate shelves Iran vote') and
    a coming one with 'to' + verb ('Mayor Ann Lee to name new police chief'); the tagger often
    takes the verb for a noun there.  A name then a verb the lemmatizer knows is the event; a
    capitalized first word before a noun and a verb is no subject ('Tax cuts undermine …')."""
    from extract_support import events

    def headline_events(headline):
        article, found = events(headline + "\n\nThe story continues below with more on Monday.")
        return [(e.kind, e.status, article.text[e.trigger.start:e.trigger.end], [a.canonical for a in e.actors])
                for e in found if e.from_headline]

    assert headline_events("Senate shelves Iran vote") == [("law", "occurred", "shelves", ["Senate"])]
    assert [(k, w) for k, _, w, _ in headline_events("Mayor flexes power of veto")] == [("other", "flexes")]
    assert headline_events("Congress to vote on arming the rebels") == [("law", "planned", "vote", ["Congress"])]
    assert headline_events("Mayor Ann Lee to name new police chief") == [("other", "planned", "name", ["Ann Lee"])]
    assert headline_events("Tax cuts undermine governor's pledge on schools") == []
    # a plural subject takes the bare verb: "Democrats slam tax plan" (what they say)
    assert [(k, w) for k, _, w, _ in headline_events("Democrats slam tax plan")] == [("statement", "slam")]


def test_a_planned_light_act_with_a_time_of_its_own_is_an_act():
    """A light verb after "will" with a time of its own is on the calendar, as its simple
    past with a time is an act ("The governor will make a visit … on Friday"); without a
    time ("will lead the party") it stays out."""
    article, found = events("Storm cleanup continues\n\n"
                            "The governor will make a visit to the flooded towns on Friday. "
                            "The mayor will take questions from reporters on Thursday. "
                            "The governor will lead the party.")
    assert triggered_in(article, found, "make a visit") is not None
    assert triggered_in(article, found, "take questions") is not None
    assert triggered_in(article, found, "lead the party") is None


def test_a_dated_relative_clause_on_its_object_tells_its_own_act():
    """A relative clause with a subject of its own whose relative pronoun is its object
    ("whom the mayor defeated in the primary in May", "an event that the governor hosted
    … on Wednesday") tells a dated act of that subject, as "the memo Barr wrote last year"
    does; so does one planned for a time ("the hearing that the committee will hold on
    Friday")."""
    article, found = events("Race heats up\n\n"
                            "Mary Reed, whom the mayor defeated in the primary in May, is now a lobbyist.\n\n"
                            "Mary Reed criticized an event that the governor hosted in Toledo on Wednesday.\n\n"
                            "Mary Reed will speak at the hearing that the committee will hold on Friday.")
    for words in ("defeated", "hosted", "hold on Friday"):
        assert triggered_in(article, found, words) is not None, words


def test_a_sentence_case_headline_participle_is_a_passive_act():
    """Headline grammar drops "was": a bare past participle right after the subject of a
    sentence-case headline ("Embassy in Kabul evacuated as fighting nears", "Voting machines
    seized in Ohio county") is the headline's act; one before "about / on / with …" tells a
    state ("Voters worried about rising prices")."""
    for head, words in (("Embassy in Kabul evacuated as fighting nears", "evacuated"),
                        ("Voting machines seized in Ohio county", "seized")):
        article, found = events(head + "\n\nPolice in Ohio said on Monday that it happened.")
        assert triggered_in(article, found, words) is not None, head
    article, found = events("Voters worried about rising prices\n\nPolice in Ohio said on Monday that it happened.")
    assert triggered_in(article, found, "worried") is None


def test_a_headline_ending_with_its_court_as_source_is_a_ruling():
    """"…, Judge Rules" (title or sentence case) ends a headline with its court as an
    inverted source: a court ruling, not a law for the "Law" before the comma."""
    for head in ("Farm Subsidy Law Is Unconstitutional, Judge Rules",
                 "Farm subsidy law is unconstitutional, federal judge rules"):
        article, found = events(head + "\n\nThe opinion came out late Monday.")
        hl = [e for e in found if e.trigger.start < len(head)]
        assert [e.kind for e in hl] == ["court"], head
        assert article.text[hl[0].trigger.start:hl[0].trigger.end].lower() == "rules"


def test_a_sentence_case_headline_light_verb_with_an_object_is_an_act():
    """A sentence-case headline's present of a light verb with a noun object ("Ohio ends
    its sales tax holiday", "Lee takes swipe at rival") tells the headline's act; not one
    whose object is a time ("takes time off") or denied ("offers no hints")."""
    article, found = events("Ohio ends its state sales tax holiday\n\nOhio lawmakers acted on Monday.")
    assert triggered_in(article, found, "ends") is not None
    article, found = events("Lee takes swipe at rival over budget\n\nGov. Ann Lee spoke on Monday.")
    assert triggered_in(article, found, "takes").kind == "statement"
    article, found = events("Lee takes time off in Maine\n\nGov. Ann Lee spoke on Monday.")
    assert triggered_in(article, found, "takes") is None
    article, found = events("Lee offers no hints on budget\n\nGov. Ann Lee spoke on Monday.")
    assert triggered_in(article, found, "offers") is None


def test_an_act_told_as_able_or_quick_to_is_an_act():
    """A past "was able / quick / swift to V" tells the act V done by the subject ("Nixon was
    able to purge two Republicans", "the senators were quick to criticize …": a statement);
    not a present ability ("is able to"), a hypothesis ("would be able to") or a negation."""
    article, found = events("Mayor wins round\n\nMayor Ann Roe was able to oust two rival aldermen in 1998.")
    assert triggered_in(article, found, "oust") is not None
    article, found = events("Plan draws fire\n\nThe senators were quick to criticize the announcement on Monday.")
    e = triggered_in(article, found, "criticize")
    assert e is not None and e.kind == "statement"
    for sent in ("Mayor Ann Roe is able to oust two rival aldermen.",
                 "Mayor Ann Roe would be able to oust two rival aldermen.",
                 "Mayor Ann Roe was not able to oust two rival aldermen."):
        article, found = events("Mayor wins round\n\n" + sent)
        assert triggered_in(article, found, "oust") is None, sent


def test_a_past_passive_with_a_named_agent_is_an_act():
    """A past passive whose "by" agent right after the verb names its doer ("The pardon was
    backed by Ann Roe", "were installed by Obama") is an act of that doer even with no time
    of its own; not without an agent, not one hung on a noun ("fixated on the book by Roe"),
    and not a companion ("was joined by Ann Roe")."""
    article, found = events("Pardon wins support\n\nThe pardon was backed by Ann Roe.")
    e = triggered_in(article, found, "backed")
    assert e is not None and [a.canonical for a in e.actors] == ["Ann Roe"]
    for sent, words in (("The pardon was backed widely.", "backed"),
                        ("The mayor was fixated on the new book by Ann Roe.", "fixated"),
                        ("The mayor was joined by Ann Roe.", "joined")):
        article, found = events("Pardon wins support\n\n" + sent)
        assert triggered_in(article, found, words) is None, sent


def test_a_dated_occurrence_after_a_time_preposition_survives_a_negated_main_clause():
    """An occurrence named with its own time as the object of a preposition of time ("was not
    under investigation before Roe's firing on Friday") happened, whatever the main clause's
    negation says; the occurrence as the main clause's object stays out ("will not attend
    Tuesday's hearing")."""
    article, found = events("Probe widens\n\nThe mayor was not under investigation before Ann Roe's firing on Friday.")
    assert triggered_in(article, found, "firing") is not None
    article, found = events("Probe widens\n\nThe mayor will not attend Tuesday's hearing.")
    assert triggered_in(article, found, "hearing") is None
    # a contest's outcome or a leaving is an occurrence too ("Roe's victory in Ohio on Saturday")
    article, found = events("Race narrows\n\nAfter Ann Roe's victory in Ohio on Saturday, the race narrowed.")
    assert triggered_in(article, found, "victory") is not None


def test_would_later_tells_a_past_act():
    """"would later V" in a narrative tells an act that happened ("Lee would later resign from
    the committee in 2009"); a bare "would" is a hypothesis, also with a condition."""
    article, found = events("Senator's record\n\nSen. Ann Lee would later resign from the committee in 2009.")
    e = triggered_in(article, found, "resign")
    assert e is not None and e.status == "occurred"
    for sent in ("Sen. Ann Lee would resign from the committee in 2009.",
                 "If elected, Sen. Ann Lee would later resign from the committee in 2009."):
        article, found = events("Senator's record\n\n" + sent)
        assert triggered_in(article, found, "resign") is None, sent


def test_a_sentences_events_are_listed_in_the_order_they_are_told():
    """'Ann Roe, who resigned from the board in March, said …': the resignation, then the
    saying (a clause event before the main verb comes first)."""
    article, found = events("Board\n\nAnn Roe, who resigned from the board in March, said the vote was rigged.")
    words = [article.text[e.trigger.start:e.trigger.end] for e in found]
    assert words == ["resigned", "said"]


def test_a_past_act_narrated_inside_reported_speech_is_an_event():
    """'… the damage done by Lee, who dismantled the office' and '… two days before the
    treasurer resigned in December': a past relative or time clause with a subject of its
    own inside what someone says is the writer's narration, an event of its own; a present,
    hypothetical or pronoun clause stays part of the claim."""
    article, found = events("Audit\n\n"
                            "The mayor has promised to reverse the damage done by Tom Lee, who dismantled the audit office.\n\n"
                            "Ann Roe said the board met after Treasurer Jo Fry resigned in December.\n\n"
                            "Officials said the board would fire him if he sued the city.")
    dismantled = triggered_in(article, found, "dismantled")
    assert dismantled is not None and [a.canonical for a in dismantled.actors] == ["Tom Lee"]
    resigned = triggered_in(article, found, "resigned")
    assert resigned is not None and resigned.when.value == "2018-12"
    assert triggered_in(article, found, "sued") is None


def test_a_verb_of_saying_coordinated_with_an_event_is_a_statement_of_its_own():
    """'He accused Roe of leaking the records and claimed to have called the police': the
    second saying is the same speaker's statement, dated like the first."""
    article, found = events("Leak\n\nSenator Tom Lee accused Roe of leaking the records on Monday "
                            "and claimed to have called the police.")
    claimed = triggered_in(article, found, "claimed")
    assert claimed is not None and claimed.kind == "statement"
    assert claimed.attribution.speaker == "Tom Lee"
    assert claimed is not triggered_in(article, found, "accused")


def test_a_main_act_beside_a_concessive_speech_is_an_event():
    """'Nine governors have agreed to meet the nominee, although only three have called for
    …': the concessive clause's statement and the main clause's own act."""
    article, found = events("Nominee\n\nAt least nine GOP governors have agreed to meet with the nominee, "
                            "although only three have called for the Senate to hold hearings.")
    agreed = triggered_in(article, found, "agreed")
    called = triggered_in(article, found, "called")
    assert agreed is not None and called is not None and agreed is not called


def test_a_headline_subject_before_to_or_an_adverb_is_the_doer():
    """'Pope to visit Iraq', 'Mayor again delays vote': the subject of a headline's verb stops
    before the 'to' of a coming act or an adverb; it is still the doer."""
    for headline, who in (("Roe to nominate Carson as HUD secretary", "Roe"),):
        article, found = events(headline + "\n\nThe story continues below with more on Monday.")
        head = next(e for e in found if e.from_headline)
        assert [a.canonical for a in head.actors] == [who], (headline, head.actors)


def _headline_events(headline):
    article, found = events(headline + "\n\nThe story continues below with more on Monday.")
    return article, [e for e in found if e.from_headline]


def test_a_headline_dropping_is_before_dead_tells_a_death():
    """'Jane Roe Dead at 94', 'Two Hikers Dead After Rockslide': headline grammar drops the
    'is / are' of a death; the subject is whose.  'Dead Sea' is a name, no death."""
    for headline, who in (("Jane Roe Dead at 94", "Jane Roe"), ("Two Hikers Dead After Rockslide", "Two Hikers")):
        _, head = _headline_events(headline)
        assert [(e.kind, [a.canonical for a in e.actors]) for e in head] == [("other", [who])], headline
    _, head = _headline_events("Divers Explore Dead Sea Caves")
    assert not any(e.kind == "other" and "Dead" in e.headline.split()[:1] for e in head)


def test_a_report_label_opens_a_headline_whose_act_is_the_news():
    """'Report: Jane Roe Dead at 94', 'Report: three hikers killed in rockslide': the label
    names the source; the act after the colon is the event, of its own kind, and keeps the
    report as its attribution."""
    article, head = _headline_events("Report: Jane Roe Dead at 94")
    assert len(head) == 1 and head[0].kind == "other"
    assert "Jane Roe" in [a.canonical for a in head[0].actors]
    assert head[0].attribution is not None and head[0].attribution.speaker == "Report"
    _, head = _headline_events("Report: three hikers killed in rockslide")
    assert [e.kind for e in head] == ["other"]


def test_a_headline_progressive_without_its_auxiliary_is_an_act():
    """'Democrats pushing to reopen the park', 'Mayor Jo Lee pressing for a recount':
    the headline drops 'are / is' before a present participle with 'to / for'."""
    for headline, who in (("Democrats pushing to reopen the park", "Democrats"),
                          ("Mayor Jo Lee pressing for a recount", "Jo Lee")):
        _, head = _headline_events(headline)
        assert [(e.kind, [a.canonical for a in e.actors]) for e in head] == [("other", [who])], headline


def test_a_headline_eulogy_is_a_statement():
    """'Jane Roe Eulogizes Her Mentor at Funeral': a eulogy is a speech by its subject."""
    _, head = _headline_events("Jane Roe Eulogizes 'Beloved Mentor' at Funeral")
    assert [(e.kind, e.attribution.speaker if e.attribution else None) for e in head] == [("statement", "Jane Roe")]
