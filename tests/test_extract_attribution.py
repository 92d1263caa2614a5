"""Attribution grammar (news in general) and event kinds/headlines built on it."""

from __future__ import annotations

import pendulum

from timeline.extract import extract_events, find_attributions
from timeline.model import Article


def attrs(text):
    return [(a.speaker_span.slice(text) if a.speaker_span else None, a.speaker,
             a.cue.slice(text) if a.cue else None, a.content.slice(text) if a.content else None, a.direct)
            for a in find_attributions(text)]


def test_reported_speech_with_quote_elsewhere_keeps_its_clause():
    t = ("Headline here\n\nOn Thursday, Secretary Kirstjen Nielsen said her staff was focused on the "
         "deadline, but added that “we will not cut corners.”\n")
    got = attrs(t)
    said = [g for g in got if g[2] == "said"]
    added = [g for g in got if g[2] == "added"]
    assert said and said[0][3].startswith("her staff was focused") and not said[0][4]
    assert added and added[0][3] == "we will not cut corners" and added[0][4]


def test_mid_quote_cue_and_pronoun_speaker():
    t = ("Headline here\n\nSenator Jane Roe spoke on Monday.\n\n“They have been working on this for a long "
         "time,” she said, “and we are very hopeful that they can reach an agreement.”\n")
    got = attrs(t)
    assert len([g for g in got if g[4]]) == 2
    assert all(g[0] == "she" and g[1] == "Jane Roe" for g in got if g[4])


def test_continuation_paragraph_goes_to_previous_speaker():
    t = ('Headline here\n\n"Not to me, it does not matter at all," Gowdy told CBS on Friday.\n\n'
         '"The dossier has nothing to do with the meeting. It also has nothing to do with obstruction."\n')
    got = attrs(t)
    cont = [g for g in got if g[3] and g[3].startswith("The dossier")]
    assert cont and cont[0][0] == "Gowdy"


def test_participle_and_short_quote_and_relative_clause():
    t = ("Headline here\n\nGiuliani said on Thursday he expects the probe to wrap up soon, saying “we "
         "definitely should be completely finalized.”\n\n\"Or we might not,” he added.\n\n"
         "Reunifications, which the government has said have been slowed by safety checks, resumed.\n")
    got = attrs(t)
    saying = [g for g in got if g[2] == "saying"]
    assert saying and saying[0][0] == "Giuliani"
    assert any(g[3] == "Or we might not" and g[0] == "he" for g in got)
    assert any(g[0] == "the government" and g[3].startswith("have been slowed") for g in got)


def test_negated_and_passive_cues_are_not_speech():
    t = ("Headline here\n\nThe government did not say how many families were reunited by Friday.\n\n"
         "Asked if the president had exaggerated, Boehner pointed to the budget.\n")
    assert attrs(t) == []


def test_sent_letter_is_a_letter_by_its_senders():
    t = ("Senators write to ICE\n\nSens. Dianne Feinstein and Kamala Harris sent a letter Wednesday to "
         "Acting Director Thomas Homan asking how raids are prioritized in California.\n")
    evs = [e for e in extract_events(Article.from_text(t, published=pendulum.date(2018, 1, 18)))
           if not e.from_headline]
    assert evs and evs[0].kind == "letter"
    assert any("Feinstein" in a.name for a in evs[0].actors)


def test_actor_names_never_carry_markup():
    t = "<script>window.__pwned=1</script>ICE raids homes in Oakland\n\nICE agents raided homes on Monday.\n"
    for e in extract_events(Article.from_text(t, published=pendulum.date(2018, 1, 18))):
        for a in e.actors:
            assert "<" not in a.name and ">" not in a.name and "<" not in a.canonical


def test_headlines_are_speaker_and_content_for_long_statements():
    t = ("Headline here\n\nRep. Ro Khanna, a Democrat who represents a district in Silicon Valley, said "
         "the administration is targeting immigrants in California to make a political point before "
         "the elections.\n")
    evs = [e for e in extract_events(Article.from_text(t, published=pendulum.date(2018, 1, 18)))
           if not e.from_headline]
    assert evs and evs[0].headline.startswith("Ro Khanna: The administration is targeting immigrants")
    assert len(evs[0].headline.split()) <= 20


# --- issue 4: claims about operations, descriptions, headlines, unusual cues ---------------

def _events(text, published="2018-01-18"):
    art = Article.from_text(text, published=pendulum.parse(published).date())
    return art, extract_events(art)


def _event_at(text, events, words):
    i = text.index(words)
    return next(e for e in events if e.sentence.start <= i < e.sentence.end)


def test_claim_about_a_planned_operation_is_that_operation_with_the_chain():
    t = ("Agents plan a sweep\n\nThe Daily Star reported on Monday that agents plan raids in the city.\n\n"
         "The source told the Star that federal agents may look to arrest more than 900 people during the raids.\n\n"
         "The source who spoke to the Star said the plan calls for officers to be flown in to help carry out the operation.\n")
    art, evs = _events(t)
    look = _event_at(t, evs, "may look to arrest")
    assert look.kind == "operation" and look.status == "planned"
    assert look.attribution.speaker_span.slice(t) == "The source" and look.attribution.chain
    plan = _event_at(t, evs, "the plan calls for")
    assert plan.kind == "operation" and plan.status == "planned"


def test_generic_plural_operations_in_a_claim_stay_a_statement():
    t = ("Officials speak\n\nThe director said that the agency was forced to allocate more resources "
         "and conduct large-scale operations in those cities.\n")
    art, evs = _events(t)
    assert _event_at(t, evs, "The director said").kind == "statement"


def test_description_resolves_to_the_titled_person_named_later_or_earlier():
    t = ("Warning to employers\n\nThe state’s top cop issued a warning to employers Thursday that businesses "
         "face fines.\n\n“We will prosecute those who violate the law,” state Attorney General Xavier Becerra said "
         "at a news conference.\n\nLater, the attorney general said the office would hire more lawyers.\n")
    art, evs = _events(t)
    warn = _event_at(t, evs, "issued a warning")
    assert warn.kind == "announcement" and warn.actors[0].canonical == "Xavier Becerra"
    later = _event_at(t, evs, "Later, the attorney general")
    assert later.attribution.speaker == "Xavier Becerra"
    assert later.attribution.speaker_span.slice(t) == "the attorney general"


def test_indefinite_description_with_the_same_title_later():
    got = attrs("Judge praises effort\n\n(Reuters) - A federal judge said on Friday the government had made "
                "progress toward reuniting families.\n\nThe government has six days left to comply with the order "
                "by U.S. District Judge Dana Sabraw, who summoned attorneys.\n")
    assert ("A federal judge", "Dana Sabraw") == got[0][:2]


def test_agency_apposition_names_the_agency():
    t = ("Arrests announced\n\nThe agency, known as ICE, announced Thursday that more than 450 people had been "
         "arrested around the country this week, including 28 in MA.\n")
    art, evs = _events(t)
    assert evs[-1].attribution.speaker == "Immigration and Customs Enforcement"


def test_role_of_office_is_part_of_the_speaker():
    got = attrs("Response\n\nIn a response, the Acting Director of ICE has stated that arrests would continue in "
                "those areas.\n")
    assert got[0][0] == "the Acting Director of ICE"


def test_headlines_report_prefix_sentence_case_and_speech_verbs():
    t = ("Report: Immigration Officials Ramp Up for Large Scale Enforcement Action in Sanctuary State\n\n"
         "Northern California police refuse to cooperate in upcoming ICE raids: report\n\n"
         "California Demands Details of Trump Administration Immigration Arrests\n\n"
         "DC Councilmember Holds Meeting Teaching Residents How To Resist ICE\n\n"
         "Stealth Sanctuary to Avoid Losing Funds, Police Chief Pens Spanish Letter Assuring Residents\n\n"
         "California Judge Tells Off ICE Officials in Open Letter: Their Job Is Not Stalking Immigrants\n\n"
         "Judge: Dade Holding Arrested Immigrants For ICE Is Unconstitutional\n\n"
         "ICE Targets Philadelphia in Arrest of 248 Criminals\n\n"
         "Body text follows here, and it is long enough to be a sentence of the article.\n")
    art, evs = _events(t)
    by = {e.sentence.slice(t)[:20]: e for e in evs}
    op = by["Report: Immigration "]
    assert op.kind == "operation" and op.actors[0].name == "Immigration Officials"
    assert by["Northern California "].kind == "statement"
    assert _event_at(t, evs, "Demands Details").kind == "statement"
    assert _event_at(t, evs, "Holds Meeting").kind == "other"
    pens = _event_at(t, evs, "Pens Spanish Letter")
    assert pens.kind == "letter" and pens.status == "occurred" and pens.actors[0].name == "Police Chief"
    assert by["California Judge Tel"].kind == "letter"
    assert by["Judge: Dade Holding "].kind == "court"
    assert by["ICE Targets Philadel"].actors[0].name == "ICE"


def test_court_acts_and_ruling_speakers_are_court_events():
    t = ("Court news\n\nThe Supreme Court on Wednesday denied a request from House Democrats for access to the "
         "materials.\n\nThe sentence produced by a Miami-Dade judge claims that the county has no power to hold "
         "federal prisoners.\n")
    art, evs = _events(t)
    assert _event_at(t, evs, "denied a request").kind == "court"
    ruling = _event_at(t, evs, "The sentence produced")
    assert ruling.kind == "court" and any("judge" in a.name for a in ruling.actors)


def test_operation_to_arrest_is_an_operation_and_change_verbs_make_policy():
    t = ("Operations\n\nA federal operation this week to arrest hundreds of people took agents to four cities.\n\n"
         "Trump recently broadened the categories of people to target for immigration enforcement.\n\n"
         "The city has been protecting immigrants since 1979 by prohibiting officers from asking about status.\n\n"
         "The news conference will take place at the Pinellas County Sheriff's Office on Wednesday.\n")
    art, evs = _events(t)
    assert _event_at(t, evs, "A federal operation").kind == "operation"
    assert _event_at(t, evs, "broadened the categories").kind == "policy"
    prot = _event_at(t, evs, "by prohibiting")
    assert prot.kind == "policy" and prot.actors and prot.actors[0].name == "The city"
    conf = _event_at(t, evs, "The news conference")
    assert conf.actors and "Sheriff" in conf.actors[0].name


def test_stance_adjective_participle_after_a_name_and_negated_declare():
    got = attrs("Bill hopes\n\nHouse Democrats remain hopeful that a broad immigration bill will ultimately emerge.\n\n"
                "Boehner pointed to the example of Education Secretary Arne Duncan saying that teachers were "
                "already being laid off.\n\nAt the same time, they don’t declare themselves sanctuary to avoid "
                "consequences.\n")
    hope = next(g for g in got if g[2] == "remain hopeful")
    assert hope[0] == "House Democrats" and hope[3].startswith("a broad immigration bill")
    duncan = next(g for g in got if g[2] == "saying")
    assert duncan[1] == "Arne Duncan"
    assert not any(g[2] == "declare" for g in got)


def test_doubling_down_is_no_statistic_and_glued_teasers_are_no_speakers():
    t = ("Raids\n\nThe raids would pit 2 states against officials intent on doubling down on enforcement.\n\n"
         "The court on Wednesday denied a request, Robert Mueller Robert (Bob) MuellerCNN's Toobin warns "
         "McCabe is in trouble.\n")
    art, evs = _events(t)
    assert not any(e.kind == "report" for e in evs)
    assert not any(e.attribution and "Toobin" in (e.attribution.speaker_span.slice(t) if e.attribution.speaker_span else "")
                   for e in evs)


# --- wider coverage (issue 4): general forms of reported speech --------------------------

def test_belief_verbs_take_a_finite_clause_only_and_make_no_event():
    t = ("Headline here\n\nStill, Senator Nancy Pelosi doesn't think Trump deserves to be president. "
         "Some Democrats believe there isn't enough evidence. Mayor Ann Lee thinks about it often. "
         "I think the plan will fail.\n")
    got = attrs(t)
    think = [g for g in got if g[2] == "think"]
    assert think and think[0][0] == "Senator Nancy Pelosi" and think[0][3] == "Trump deserves to be president"
    assert any(g[2] == "believe" and g[0] == "Some Democrats" for g in got)
    assert not any(g[2] in ("thinks",) for g in got)  # no clause: "thinks about it"
    assert not any(g[0] == "I" for g in got)  # the writer's own view
    _art, evs = _events(t)
    assert not any(e.kind == "statement" and e.attribution and e.attribution.cue
                   and e.attribution.cue.slice(t) in ("think", "believe") for e in evs)


def test_findings_of_studies_and_records():
    t = ("Headline here\n\nThe survey found that 89 percent of young voters say the economy matters. "
         "The records show the email was sent by Comey on May 2. The police found him at home.\n")
    got = attrs(t)
    assert any(g[0] == "The survey" and g[2] == "found" and g[3].startswith("89 percent") for g in got)
    assert any(g[0] == "The records" and g[2] == "show" and g[3].startswith("the email was sent") for g in got)
    assert not any(g[0] == "The police" for g in got)


def test_evaluative_verbs_take_their_object_as_content():
    t = ("Headline here\n\nObama's aides have condemned the use of the excerpt from his book. "
         "In an interview, Giuliani dismissed the prospect of Trump sitting down with the special counsel. "
         "Trump also swiped at the Justice Department.\n")
    got = attrs(t)
    assert any(g[2] == "condemned" and g[3] == "the use of the excerpt from his book" for g in got)
    assert any(g[0] == "Giuliani" and g[2] == "dismissed" and g[3].startswith("the prospect of Trump") for g in got)
    assert any(g[0] == "Trump" and g[2] == "swiped" and "Justice Department" in g[3] for g in got)


def test_mixed_speech_call_x_a_quoted_name():
    t = ('Headline here\n\nIn its editorial Sunday, the newspaper called Obama the "more likable and inspiring '
         'speaker." Congresswoman Rashida Tlaib called Trump a "liar" on Monday.\n')
    got = attrs(t)
    assert any(g[0] == "the newspaper" and g[2] == "called" and "more likable" in g[3] for g in got)
    assert any(g[0].endswith("Rashida Tlaib") and g[2] == "called" and "liar" in g[3] for g in got)


def test_short_and_inverted_quotes_and_quote_only_cues():
    t = ("Headline here\n\n“Panic,” says Democratic consultant Chris Lapetina.\n\n"
         "“We are calling on TV stations to take this ad down,” she continued.\n\n"
         "“Wow, FBI confirms report that Comey drafted a letter,” Trump tweeted.\n\n"
         "Prices continued to rise.\n")
    got = attrs(t)
    assert ("Democratic consultant Chris Lapetina", "Chris Lapetina", "says", "Panic", True) in got
    assert any(g[0] == "she" and g[2] == "continued" and g[3].startswith("We are calling") and g[4] for g in got)
    assert any(g[0] == "Trump" and g[2] == "tweeted" and g[3].startswith("Wow, FBI") for g in got)
    assert not any(g[0] == "Prices" for g in got)


def test_quote_split_before_its_cue_sentence_goes_to_that_cue():
    t = ('Headline here\n\nSenator Jane Roe spoke on Monday.\n\n"Are we talking ethically? Intellectually? '
         'What are we talking here?" she said.\n')
    got = attrs(t)
    q = [g for g in got if g[3] and g[3].startswith("Are we talking")]
    assert len(q) == 1 and q[0][0] == "she" and q[0][1] == "Jane Roe" and q[0][4]


def test_that_clause_after_an_adverbial_and_clause_final_cue_with_mistagged_name():
    t = ("Headline here\n\nWhite House Press Secretary Jay Carney said in April, just days after the visit, "
         "that there was no indication any staff members were involved.\n\n"
         "So saying Silicon Valley is maturing into politics is not new, Saxenian says, but Facebook has "
         "become a visible player.\n")
    got = attrs(t)
    assert any(g[1] == "Jay Carney" and g[3].startswith("there was no indication") for g in got)
    sax = [g for g in got if g[0] == "Saxenian"]
    assert sax and sax[0][3].startswith("So saying Silicon Valley") and "Facebook" not in sax[0][3]


def test_possessive_speech_nouns_and_embedded_tweet_signatures():
    t = ("Headline here\n\nThe release bolstered critics' claims that Comey was drafting a statement early.\n\n"
         "For the faint of heart, now is the time to demonstrate your patriotism. Support impeachment! "
         "— Maxine Waters (@RepMaxineWaters) March 5, 2019\n")
    got = attrs(t)
    assert any(g[2] == "claims" and g[0] == "critics" and g[3].startswith("Comey was drafting") for g in got)
    tw = [g for g in got if g[2] == "—"]
    assert tw and tw[0][0] == "Maxine Waters" and tw[0][3].startswith("For the faint of heart") \
        and tw[0][3].endswith("Support impeachment!") and tw[0][4]


def test_nested_quotation_marks_do_not_split_the_quote():
    from timeline.extract.attribute import quote_spans
    t = ('Headline here\n\nShe tweeted: "For the faint of heart, who have been waiting for every "t" to be '
         'crossed, now is the time. Support impeachment!"\n')
    got = [g for g in attrs(t) if g[4]]
    assert len(got) == 1 and got[0][0] == "She"
    assert got[0][3].startswith("For the faint") and got[0][3].endswith("Support impeachment!")
    s = "“He said “no” to me and left the room,” she said."
    assert [s[a:b] for a, b in quote_spans(s, 0, len(s))] == ["He said “no” to me and left the room"]
    s = '"First quote here, really," he said, "and the second one too."'
    assert len(quote_spans(s, 0, len(s))) == 2


def test_quote_after_a_colon_is_the_clause_subjects():
    t = ('Headline here\n\nThe senator spoke twice on Friday.\n\nHe followed up: "As it has turned out, the '
         'report was wrong. It was the worst thing that ever happened!"\n')
    got = [g for g in attrs(t) if g[4]]
    assert got and got[0][0] == "He" and got[0][2] == "followed"
    assert got[0][3].startswith("As it has turned out")
    t = 'Headline here\n\nThe plan had three steps: "We will wait and see what happens next week."\n'
    assert not [g for g in attrs(t) if g[4]]  # no verb before the colon: no speaker


def test_participle_after_participle_belongs_to_the_document_sender():
    t = ("Headline here\n\nThe Judiciary Committee penned a letter on Aug. 30 to FBI Director Christopher "
         "Wray noting their findings, saying that “it appears that in April, Mr. Comey had already decided "
         "he would issue a statement.”\n")
    got = [g for g in attrs(t) if g[2] == "saying"]
    assert got and got[0][0] == "The Judiciary Committee"


def test_scare_quote_in_narration_is_no_continuation_and_split_inverted_quote():
    t = ("Headline here\n\nLast June, columnist Ross Douthat suggested that Obama presides over an “empire of "
         "presidential majorities, one major crisis away from dissolution.” Hillary Clinton is the party’s "
         "“Franz Josef,” the monarch who kept the empire together. “Without her,” warned Douthat, “the deluge.”\n")
    got = attrs(t)
    assert not any(g[3] == "Franz Josef" for g in got)
    warned = [g for g in got if g[2] == "warned"]
    assert {g[3] for g in warned} == {"Without her", "the deluge"}
    assert all(g[0] == "Douthat" and g[4] for g in warned)


def test_point_out_as_clauses_and_quoted_as_saying():
    t = ("Headline here\n\nJones pointed out that the deficit had grown.\n\n"
         "Brown pointed to the risks of the plan.\n\n"
         "As Smith put it, the party has lost its way.\n\n"
         "As Trump put it on the table, the offer expired quickly.\n\n"
         "As the march continued, there were several confrontations.\n\n"
         "As I have noted, the plan is bad for the country.\n\n"
         "Lee was quoted as saying that the plan would fail.\n")
    got = attrs(t)
    assert any(g[0] == "Jones" and g[3] == "the deficit had grown" for g in got)
    assert any(g[0] == "Smith" and g[2] == "put" and g[3] == "the party has lost its way" for g in got)
    assert any(g[0] == "Lee" and g[3] == "the plan would fail" for g in got)
    assert not any(g[0] in ("Brown", "Trump", "the march", "I") for g in got)


def test_link_card_speaker_is_the_name_before_the_card():
    t = ("Headline here\n\nSen. Susan Collins Susan Margaret CollinsGOP senator says Trump is wrong "
         "Five things to watch MORE (R-Maine) told reporters that she would vote against the bill.\n\n"
         "\"This ad is a lie from start to finish,\" Obama spokeswoman Katie Hill Katherine (Katie) "
         "Lauren HillObama warns against misuse of image MORE said in a statement.\n")
    got = attrs(t)
    assert any(g[0] and g[0].endswith("Susan Collins") and g[3] == "she would vote against the bill" for g in got)
    assert any(g[0] == "Obama spokeswoman Katie Hill" and g[3] == "This ad is a lie from start to finish"
               and g[4] for g in got)
    assert not any(g[2] in ("says", "warns") for g in got)  # cues inside the cards


# --- clause complements the parser attaches elsewhere ------------------------------------

def test_that_less_clause_misparsed_as_object_with_reduced_relative():
    t = ("Headline here\n\nHealth officials in Houston and Los Angeles have suggested the demonstrations "
         "there led to increased infections, but they have not provided data.\n\n"
         "The senator criticized the troops deployed to the city.\n")
    got = attrs(t)
    sug = [g for g in got if g[2] == "suggested"]
    assert sug and sug[0][0] == "Health officials"
    assert sug[0][3] == "the demonstrations there led to increased infections" and not sug[0][4]
    # a real participle (VBN) after an evaluative verb stays its object
    crit = [g for g in got if g[2] == "criticized"]
    assert crit and crit[0][3].startswith("the troops deployed")


def test_told_addressee_then_clause_without_that():
    t = "Headline here\n\nHe told the paper the plan worked."  # parsed: dobj 'paper' + relcl 'worked'
    assert attrs(t) == [("He", None, "told", "the plan worked", False)]


def test_cue_misparsed_as_participle_of_its_speaker():
    t = ("Headline here\n\nSarah Sanders, the president's spokeswoman, tweeted Thursday the law would "
         "be waived.\n")
    got = attrs(t)
    assert got and got[0][0] == "Sarah Sanders" and got[0][2] == "tweeted"
    assert got[0][3] == "the law would be waived"


def test_that_clause_attached_to_the_statement_noun():
    t = ("Headline here\n\nThe governor's office said in a statement that the order would take effect "
         "Monday.\n\nHe told reporters at a briefing that the deal was dead.\n")
    got = attrs(t)
    assert ("The governor's office", "said", "the order would take effect Monday") in [(g[0], g[2], g[3]) for g in got]
    assert ("He", "told", "the deal was dead") in [(g[0], g[2], g[3]) for g in got]


def test_hints_report_their_that_clause():
    # "insinuated / intimated that …" report the clause; "insinuated himself into" reports nothing
    got = [(g[0], g[2], g[3]) for g in attrs(
        "Headline here\n\nOn Monday, Trump insinuated that Speaker Jane Roe had leaked the memo.\n\n"
        "Aides intimated that the senator would resign.\n\nHe insinuated himself into the talks on Monday.\n")]
    assert ("Trump", "insinuated", "Speaker Jane Roe had leaked the memo") in got
    assert ("Aides", "intimated", "the senator would resign") in got
    assert not [g for g in got if g[1] == "insinuated" and "talks" in g[2]]


def test_that_clause_attached_to_the_participle_describing_the_document():
    # the parser hangs the 'that' clause on "unsealed" / "released", which cannot report it
    t = ("Headline here\n\nAmerican officials said in court papers unsealed Friday that the suspect had "
         "fled to Mexico.\n\nPolice said in a report released Tuesday that the officer had fired twice.\n")
    got = [(g[0], g[2], g[3]) for g in attrs(t)]
    assert ("American officials", "said", "the suspect had fled to Mexico") in got
    assert ("Police", "said", "the officer had fired twice") in got


def test_clause_after_the_cue_wins_over_one_before_a_colon():
    t = ("Headline here\n\nStill, voters expect some action: 64 percent of Coloradans said gun control "
         "should be a priority for Obama.\n")
    got = [g for g in attrs(t) if g[2] == "said"]
    assert got and got[0][0].startswith("64 percent")
    assert got[0][3] == "gun control should be a priority for Obama"


# --- cues --------------------------------------------------------------------------------

def test_directives_and_notices_report_what_was_asked_or_told():
    t = ("Headline here\n\nThe agency notified the families that their claims had been rejected.\n\n"
         "The board directed that the school be closed.\n\n"
         "The mayor instructed contact tracers to ask infected people if they had been in crowds.\n\n"
         "The prime minister is urging the completion of the fence before the end of the year.\n\n"
         "She directed the film in 2010.\n")
    got = attrs(t)
    cues = {g[2]: g for g in got}
    assert cues["notified"][3] == "their claims had been rejected"
    assert cues["directed"][3] == "the school be closed"
    assert cues["instructed"][0] == "The mayor" and cues["instructed"][3].startswith("contact tracers to ask")
    assert "ask" not in cues  # the instruction's content, not the mayor's question
    assert cues["urging"][3] == "the completion of the fence"
    assert len([g for g in got if g[2] == "directed"]) == 1  # not the film


def test_denials_thanks_questions_and_hints():
    t = ("Headline here\n\nConservatives continue to reject that they are a minority.\n\n"
         "The Senate rejected the bill on Tuesday.\n\nRossello thanked Trump for the assistance.\n\n"
         "The senator questioned whether the program worked.\n\nPolice questioned the suspect for hours.\n\n"
         "The president hinted that he might run again.\n")
    got = attrs(t)
    assert [(g[2], g[3]) for g in got] == [
        ("reject", "they are a minority"), ("thanked", "Trump for the assistance"),
        ("questioned", "the program worked"), ("hinted", "he might run again")]


def test_inverted_subject_parsed_as_object():
    t = ("Headline here\n\nThe bill passed on Monday. The economy is recovering, added Yellen.\n\n"
         "“We will win,” added the spokesman.\n")
    got = attrs(t)
    assert ("Yellen", "added", "The economy is recovering", False) in [(g[0], g[2], g[3], g[4]) for g in got]
    assert ("the spokesman", "added", "We will win", True) in [(g[0], g[2], g[3], g[4]) for g in got]


def test_document_speakers_of_quotes_and_mistagged_cues():
    t = ("Headline here\n\n“We will not back down from this fight for our members,” the statement read.\n\n"
         "“The president has no authority to do this,” the lawsuit states.\n\n"
         "“We are excited to show our work . . . while helping to secure the border,” Fisher Industries’ "
         "statement read.\n")
    got = attrs(t)
    assert ("the statement", "read", "We will not back down from this fight for our members", True) in \
        [(g[0], g[2], g[3], g[4]) for g in got]
    states = [g for g in got if g[2] == "states"]
    assert states and "lawsuit" in states[0][0] and states[0][3] == "The president has no authority to do this"
    fisher = [g for g in got if g[0] == "Fisher Industries’ statement"]
    assert fisher and fisher[0][3].startswith("We are excited") and fisher[0][3].endswith("secure the border")


def test_findings_by_people_and_study_objects():
    t = ("Headline here\n\nThe researchers found that turnout had fallen sharply.\n\n"
         "A study published by the bureau found no overall rise in infections.\n\n"
         "Rescuers found two bodies in the rubble.\n\nWe found that the data were incomplete.\n\n"
         "The company indicated that it would appeal.\n")
    got = attrs(t)
    assert [(g[0], g[2]) for g in got] == [("The researchers", "found"),
                                           ("A study", "found"),
                                           ("The company", "indicated")]
    assert got[1][3] == "no overall rise in infections"
    art = Article.from_text(t, published=pendulum.date(2020, 7, 6))
    assert not [e for e in extract_events(art) if e.kind == "statement" and "found" in e.headline.lower()]


def test_light_verb_and_stance_noun_with_that_clause():
    t = ("Headline here\n\nThe governor expressed hope that the strike would end soon.\n\n"
         "Republicans raised concerns that the bill would add to the deficit.\n\n"
         "She raised concerns that were shared by others.\n\n"
         "His argument that the law was unconstitutional failed.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[3]) for g in got] == [
        ("The governor", "expressed hope", "the strike would end soon"),
        ("Republicans", "raised concerns", "the bill would add to the deficit"),
        ("His", "argument", "the law was unconstitutional")]


def test_describe_as_and_conjoined_cue_inside_a_clause_keeps_the_named_speaker():
    t = ("Headline here\n\nBiden described the attack as an act of terrorism.\n\n"
         "Esper said Sunday that he had lost confidence in Spencer and alleged that Spencer proposed a "
         "deal behind his back.\n")
    got = attrs(t)
    assert ("Biden", "described") in [(g[0], g[2]) for g in got]
    alleged = [g for g in got if g[2] == "alleged"]
    assert alleged and alleged[0][0] == "Esper" and alleged[0][3] == "Spencer proposed a deal behind his back"


# --- precision ---------------------------------------------------------------------------

def test_belief_inside_reported_speech_is_no_second_attribution():
    t = ("Headline here\n\nSpencer said he had concluded that the two men no longer agreed.\n\n"
         "Pelosi doesn't think Trump deserves to be president.\n")
    got = attrs(t)
    assert [(g[0], g[2]) for g in got] == [("Spencer", "said"), ("Pelosi", "think")]


def test_unperformed_speech_and_participle_asked_are_not_speech():
    t = ("Headline here\n\nA spokesman for the sheriff was checking to confirm the ICE announcement.\n\n"
         "The White House plans to announce that the program will end.\n\n"
         "Asked whether he would run again, Smith said he had not decided.\n\n"
         "Critics continued to blast the administration for a slow response.\n")
    got = attrs(t)
    assert [(g[0], g[2]) for g in got] == [("Smith", "said"), ("Critics", "blast")]


def test_show_titles_and_quoted_fragments_of_one_clause():
    t = ("Headline here\n\nGallagher, speaking Sunday on “Fox & Friends,” alleged the Navy was acting in "
         "retaliation.\n\nSenate Minority Leader Chuck Schumer issued a statement saying Spencer “did the "
         "right thing” and “should be proud of standing up to the president when he was wrong.”\n")
    got = attrs(t)
    assert not [g for g in got if g[3] == "Fox & Friends"]
    saying = [g for g in got if g[2] == "saying"]
    assert len(saying) == 1 and not saying[0][4]
    assert saying[0][3].startswith("Spencer “did the right thing” and “should be proud")


def test_title_case_headline_says_and_free_relative_what_x_say():
    t = "Trump Says He Will Veto Border Bill\n\nThe story continues here with more details about the thing."
    assert attrs(t) == [("Trump", "Trump", "Says", "He Will Veto Border Bill", False)]
    t = "What Experts Say May Depend on Who’s Protesting What\n\nThe story continues here with details."
    assert attrs(t) == []


def test_parenthetical_continued_reports_the_clause_around_it():
    t = "Headline here\n\nThe bill passed on Monday. Without a deal, he continued, the government will shut down."
    got = attrs(t)
    assert len(got) == 1 and got[0][0] == "he" and got[0][2] == "continued" and not got[0][4]
    assert "the government will shut down" in got[0][3]


def test_camel_case_names_are_no_link_teasers():
    t = ('Headline here\n\nWriting in the post titled "The HealthCare.gov Fiasco," Johnson said the problem '
         'originated in the way the federal government selects companies.\n\n'
         'Repealing ObamaCare is the priority, Ryan said.\n')
    got = attrs(t)
    assert [(g[0], g[2]) for g in got] == [("Johnson", "said"), ("Ryan", "said")]
    assert got[0][3].startswith("the problem originated") and got[1][3] == "Repealing ObamaCare is the priority"


def test_name_swallowed_by_a_preceding_phrase_is_the_subject():
    t = ("Headline here\n\nIn a letter Wednesday to Mr. Issa, Thomas B. Gibbons, assistant secretary of state "
         "for legislative affairs, said: “The Department routinely considers written requests for a security "
         "clearance.”\n\nUp to now, when asked about airstrikes inside Syria, Dempsey and Defense Secretary "
         "Chuck Hagel have said all options remain on the table.\n")
    got = attrs(t)
    assert ("Thomas B. Gibbons", "said", True) in [(g[0], g[2], g[4]) for g in got]
    hagel = [g for g in got if g[3] == "all options remain on the table"]
    assert hagel and "Hagel" in hagel[0][0]


def test_colon_at_paragraph_end_introduces_the_next_paragraphs_quote():
    t = ("Headline here\n\nIn a statement, the mayor said:\n\n“We tried everything. Nothing worked. We are out "
         "of options.”\n\nThe plant employs 400 people.")
    got = attrs(t)
    assert [(g[0], g[2], g[3], g[4]) for g in got] == [
        ("the mayor", "said", "We tried everything. Nothing worked. We are out of options", True)]


def test_quote_paragraph_after_reported_speech_continues_the_speaker():
    t = ("Headline here\n\nSmith said the plan was dead and that the company would close the plant next year.\n\n"
         "“We tried everything. Nothing worked. We are out of options.”\n\nThe plant employs 400 people.")
    got = attrs(t)
    assert len(got) == 2 and not got[0][4] and got[1][4]
    assert got[1][0] == "Smith" and got[1][3].startswith("We tried everything")
    # narration in between ends the turn
    t2 = t.replace("\n\n“We", "\n\nThe company has 400 workers.\n\n“We")
    assert len(attrs(t2)) == 1


def test_modal_cues_and_a_clause_before_a_verb_with_its_own_object_are_not_speech():
    t = ("Headline here\n\nNow, the Obama administration can request a re-hearing.\n\n"
         "Sotomayor has been the court's leading critic of midazolam; Breyer has questioned the "
         "constitutionality of the death penalty itself.\n\n“We will win,” he told reporters.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[3]) for g in got] == [("he", "told", "We will win")]


def test_quote_running_over_paragraphs_belongs_to_the_next_paragraphs_speaker():
    t = ("Headline here\n\nSmith spoke to reporters on Monday.\n\n“We have tried everything we can think of to "
         "keep this plant open for our workers.\n\n“We are out of options now and we have to close the plant,” "
         "he said.")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("he", "said", True), ("he", "said", True)]
    assert got[0][3] == "We have tried everything we can think of to keep this plant open for our workers."


# --- extract-5: wire quote marks, inverted and signed quotes, relative-clause and 'as' cues ---

def test_two_apostrophes_close_a_quotation():
    t = ("Headline here\n\n\"Thank you, New Jersey, for making me the luckiest guy in the world,'' "
         "Christie said.\n\n``We are not going to stop until every vote is counted,'' Doe said.\n")
    got = attrs(t)
    assert [(g[0], g[3], g[4]) for g in got] == [
        ("Christie", "Thank you, New Jersey, for making me the luckiest guy in the world", True),
        ("Doe", "We are not going to stop until every vote is counted", True)]


def test_closing_mark_typed_as_opener_at_a_paragraph_start():
    t = ("Headline here\n\n”One of the standard tropes in the field is that the law creates a lawless "
         "zone,” Goldman says.\n")
    got = attrs(t)
    assert got and got[0][0] == "Goldman" and got[0][4] and got[0][3].startswith("One of the standard")


def test_quote_after_reported_speech_in_the_same_paragraph_continues_the_speaker():
    t = ("Headline here\n\nA year later, Graves says he has no idea why his bill was ignored. "
         "“I don’t know the answer to that. I really don’t.”\n")
    got = attrs(t)
    assert len(got) == 2 and not got[0][4] and got[1][4]
    assert got[1][0] == "Graves" and got[1][3].startswith("I don’t know")


def test_inverted_speaker_after_a_quote_whatever_the_parse():
    t = ("Headline here\n\nRumors that “businesses have been taxed by the protesters [are] absurd,” said "
         "Gilmore, who co-owns the Optimism Brewing Company with her husband. “No one is doing that there.”\n")
    got = attrs(t)
    assert [(g[0], g[4]) for g in got] == [("Gilmore", True), ("Gilmore", True)]
    assert got[0][3].startswith("businesses have been taxed")


def test_camel_case_organisation_is_a_speaker_not_link_junk():
    t = "Headline here\n\n\"Claim is a joke from a comedy show,\" WikiLeaks stated on Saturday.\n"
    got = attrs(t)
    assert got and got[0][0] == "WikiLeaks" and got[0][4]


def test_as_x_told_y_reports_the_main_clause():
    t = ("Headline here\n\nBut as Harvard's David Hemenway told Vox's Dylan Matthews, it would likely take "
         "decades for the measures to have a significant impact.\n")
    got = attrs(t)
    assert got and got[0][2] == "told" and got[0][3].startswith("it would likely take decades")


def test_cue_in_a_relative_clause_reports_the_verb_after_it():
    t = ("Headline here\n\nIt is a list that includes many of the issues some Republicans warn ran the party "
         "aground last November.\n\nThe court will rule on voter ID laws that civil rights groups contend "
         "are efforts to limit the vote.\n")
    got = attrs(t)
    assert ("some Republicans", "warn", "ran the party aground last November") in [(g[0], g[2], g[3]) for g in got]
    assert ("civil rights groups", "contend", "are efforts to limit the vote") in [(g[0], g[2], g[3]) for g in got]


def test_objected_to_and_evaluative_as_phrases():
    t = ("Headline here\n\nMany conservatives objected to being excluded from the negotiations.\n\n"
         "Trump celebrated the trip as a “home run.”\n\nThe governor rejected the audit as “fake news” on "
         "Monday.\n\nFans celebrated the win in the streets of Boston.\n")
    got = attrs(t)
    assert [(g[0], g[2]) for g in got] == [("Many conservatives", "objected"), ("Trump", "celebrated"),
                                          ("The governor", "rejected")]
    assert got[0][3].endswith("being excluded from the negotiations") and "home run" in got[1][3]


def test_cue_far_from_a_closing_colon_takes_the_next_paragraphs_quote():
    t = ("Headline here\n\nIn his op-ed, he wrote about his experience with immigration, and the push "
         "the group would incorporate:\n\n\"We will work with members of Congress from both parties. We "
         "will use online tools.\"\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("he", "wrote", True)]
    assert got[0][3].startswith("We will work with members")


def test_headline_name_colon_quote():
    for head in ("Trump: 'We will build the wall and Mexico will pay'", "Trump: “We will build the wall”"):
        t = head + "\n\nThe president spoke on Tuesday.\n"
        got = attrs(t)
        assert got and got[0][0] == "Trump" and got[0][4] and got[0][3].startswith("We will build the wall")
    assert attrs("Watch: “We will build the wall”\n\nThe president spoke on Tuesday.\n") == []


def test_pull_quote_signed_after_a_dash():
    t = ("Headline here\n\n“We are not going to stop until every vote is counted.” — Jane Doe, state "
         "senator\n\nThe count resumed on Monday.\n")
    got = attrs(t)
    assert [(g[0], g[1], g[3], g[4]) for g in got] == [
        ("Jane Doe", "Jane Doe", "We are not going to stop until every vote is counted", True)]


def test_surname_in_ly_tagged_as_adverb_is_the_speaker():
    t = ("Headline here\n\n“Every year she hands out hand-made cards. She is religious,” Neily said of Olsen. "
         "“And somebody filed a complaint against her for doing so.”\n\nNeily said of a recent incident, “I was "
         "on a panel with a professor from the University of Maryland this weekend.”\n")
    got = attrs(t)
    assert [(g[0], g[4]) for g in got] == [("Neily", True)] * 3
    # a sentence adverb is no name
    assert attrs("Headline here\n\nFinally, “we will win this fight,” he said.\n")[0][0] == "he"


def test_quote_only_manner_cues():
    t = ("Headline here\n\n“Obama and Biden want to raise taxes by $1 trillion,” he growled in a mock voice.\n\n"
         "As he read his list, Mr. Trump interjected, “And by the way, we will protect our Second Amendment.”\n\n"
         "The dog growled at the mailman on Tuesday morning.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("he", "growled", True), ("Mr. Trump", "interjected", True)]


def test_relative_clause_speaker_is_the_antecedent():
    t = ("Headline here\n\nThe nurse works with the charity, which issued a statement Monday saying, \"Forced "
         "quarantine of health workers is not grounded in scientific evidence.\"\n\nMany left before anyone "
         "could hand them a card that read: “Merry Christmas! Get your photo at the website.”\n")
    got = attrs(t)
    assert [(g[0], g[4]) for g in got] == [("the charity", True), ("a card", True)]
    assert got[1][3] == "Merry Christmas! Get your photo at the website"


def test_quote_split_off_before_a_cue_a_few_words_in():
    t = ("Headline here\n\n\"Does this President not understand that the Justice Department is not a tool of his "
         "own personal power?\" Virginia Sen. Mark Warner asked Sunday on \"State of the Union.\"\n\n"
         "\"The book is a Joke - just another assault against me, using disproven anonymous sources...\" Trump "
         "tweeted.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("Virginia Sen. Mark Warner", "asked", True),
                                                ("Trump", "tweeted", True)]
    assert got[0][3].startswith("Does this President")


def test_tweet_handles_are_not_link_junk_and_scare_quoted_objects_are_not_quotes():
    t = ("Headline here\n\n\"Thank you to our GREAT Military/Veterans and @PacificCommand,\" tweeted Trump, the "
         "president. \"Remember #PearlHarbor. A day I will never forget.\"\n\n"
         "She takes input from economists who emphasize \"fairness\" in the economic system.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("Trump", "tweeted", True), ("Trump", "tweeted", True)]


def test_negation_inside_the_quote_does_not_negate_the_cue():
    t = ("Headline here\n\nMs. Park took aim at the president in an op-ed.\n\n“Congratulations, Mr. President — "
         "you have gone where other presidents would not,” she wrote for The Hill.\n")
    got = attrs(t)
    # ("took aim at the president" is reported speech of its own, its topic the content)
    assert [(g[0], g[2], g[4]) for g in got] == [("Ms. Park", "took aim at", False), ("she", "wrote", True)]
    assert got[1][3].startswith("Congratulations")


def test_passive_hearer_verb_gives_the_speaker_of_a_participle_and_its_conjuncts():
    # "X bristled when Y was overheard saying …": Y speaks, not the subject of the main clause
    t = ("Headline here\n\nThe farmers grumbled last week when Governor Ann Marsh was overheard saying she was "
         "“tired” of the union's complaints about her budget, then said she felt “sorry for people who believe "
         "this” and suggested they “read the numbers.”\n")
    got = attrs(t)
    assert len(got) >= 2 and all(g[0] == "Governor Ann Marsh" for g in got)


def test_inverted_common_noun_speaker_after_a_quote():
    t = ("Headline here\n\nThe hearing was interrupted twice.\n\n\"This vote is a disgrace to the whole "
         "state,\" yelled a protester in the gallery. \"You cannot hide from us,\" shouted another.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("a protester", "yelled", True), ("another", "shouted", True)]


def test_dash_signature_with_title_before_and_outlet_after_the_name():
    t = ("Headline here\n\nCritics\n\n“Paying only by card shuts out the people who need the corner store "
         "most.” — Boston economist Mary Lane to Politico\n\n“A cashless shop is a closed shop for the "
         "poor.” — Tom Reyes, union president, to the Guardian\n")
    got = attrs(t)
    assert [(g[0], g[1], g[4]) for g in got] == [("Boston economist Mary Lane", "Mary Lane", True),
                                                ("Tom Reyes", "Tom Reyes", True)]


def test_speaker_after_a_quote_the_parser_hung_the_cue_on():
    # the parser attaches "said" to the quoted clause and loses its subject
    t = ("Headline here\n\nCrowds gathered in the square.\n\n\"I really believe that some very searching "
         "questions are now being asked,\" former leader of the UK Independence Party Nigel Farage, now a Fox "
         "News contributor, said on \"Fox & Friends.\"\n")
    got = attrs(t)
    assert len(got) == 1 and got[0][1] == "Nigel Farage" and got[0][4]
    assert got[0][3].startswith("I really believe")


def test_fumed_next_to_a_quote_is_a_cue():
    t = "Headline here\n\n“This is almost like a comedy skit,” Gansler fumed.\n\nThe mayor fumed about the delays.\n"
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("Gansler", "fumed", True)]


def test_common_noun_speaker_with_a_quote_right_after_its_cue():
    t = ("Headline here\n\nThe meeting ran late. The blogger continues, “I think it is not an overstatement to say "
         "that everyone in the room loved him.”\n\nThe crowd laughed at the joke.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("The blogger", "continues", True)]


def test_laughs_with_an_inverted_speaker_after_a_quote():
    t = ("Headline here\n\n“I’ve never seen anyone doing studies on how many dead people can’t vote,” laughs "
         "William Frey, senior fellow at the Brookings Institution.\n")
    got = attrs(t)
    assert [(g[1], g[4]) for g in got] == [("William Frey", True)]


def test_name_and_appositive_between_a_quote_and_a_cue_parsed_as_a_participle():
    # the parser reads "tweeted" as a participle modifying the name after the quote
    t = ("Headline here\n\n“It’s funny how Susan Rice doing her job is the subject of eternal controversy,” "
         "Loren D. Schulman, a former senior aide to Rice at the White House, tweeted on Monday.\n")
    got = attrs(t)
    assert [(g[1], g[2], g[4]) for g in got] == [("Loren D. Schulman", "tweeted", True)]


def test_question_quote_split_off_before_a_name_with_a_long_appositive():
    t = ("Headline here\n\n“Have any reporters resigned in embarrassment this morning?” Stephen L. Miller, host "
         "of the “Versus Media Podcast” on Patreon, tweeted Sunday morning. “No? Cool, so we’re all on board.”\n")
    got = attrs(t)
    assert [(g[1], g[4]) for g in got] == [("Stephen L. Miller", True), ("Stephen L. Miller", True)]
    assert got[0][3].startswith("Have any reporters")


def test_document_and_group_speakers_after_a_quote():
    t = ("Headline here\n\n“Biden won people of all backgrounds. He did very well in the suburbs,” the email read. "
         "“He won in the places that Democrats won in 2018.”\n\n“Have your camera and flags ready so that you "
         "are ready to roll!” the group posted on its website.\n")
    got = attrs(t)
    assert [(g[0], g[4]) for g in got] == [("email", True), ("email", True), ("the group", True)]


def test_sentence_initial_name_parsed_as_a_compound_of_the_cue():
    t = ("Headline here\n\nThe host asked about the debate. Trump joked, \"How much is he going to pay me?\"\n")
    got = attrs(t)
    assert ("Trump", "Trump", "joked", "How much is he going to pay me?", True) in got


def test_stance_inside_reported_speech_is_not_a_second_attribution():
    # "said he's skeptical that …": the stance is part of what was said
    t = ("Headline here\n\nSen. Joe Roe, who faces a tough race next year, said he’s skeptical that the new "
         "health plan can work in his state.\n")
    got = attrs(t)
    assert [(g[1], g[2]) for g in got] == [("Joe Roe", "said")]
    assert got[0][3].startswith("he’s skeptical that")


def test_video_player_captions_are_not_speech():
    t = ("Headline here\n\nJUST WATCHED Pelosi: Budget deal 'not good enough' Replay More Videos ... "
         "MUST WATCH Pelosi: Budget deal 'not good enough' 03:12\n\nThe talks went on.\n")
    assert attrs(t) == []


def test_inverted_speaker_when_the_cue_hangs_on_the_quotes_verb():
    # the parser makes "tweeted" a conjunct of the quotation's verb and the speaker its object
    t = ("Headline here\n\nEven Republicans praised the choice.\n\n“A conservative can be a fierce critic of the "
         "governor on many issues and still acknowledge he made an outstanding [court] pick,” tweeted one such "
         "critic, Peter Vance, a veteran of past administrations.\n")
    got = attrs(t)
    assert ("one such critic", "tweeted", True) in [(g[0], g[2], g[4]) for g in got]


def test_continuation_not_blocked_by_a_cue_in_a_later_sentence():
    # "She added" has its own quotation: it does not make the first quote someone else's
    t = ("Headline here\n\nThe senator slammed the budget deal on Monday. “It is a disgrace from the first page "
         "to the last.” She added, “Nobody should vote for it.”\n")
    got = attrs(t)
    assert ("The senator", "It is a disgrace from the first page to the last", True) in [(g[0], g[3], g[4]) for g in got]
    assert ("She", "added", "Nobody should vote for it") in [(g[0], g[2], g[3]) for g in got]


def test_quote_sentence_after_a_sentence_about_a_person_is_theirs():
    t = ("Headline here\n\nThe mayor kept up her attack on the council at the rally. “These people are wasting "
         "your money and they know it.”\n\nThe council met on Tuesday.\n")
    got = attrs(t)
    assert [(g[0], g[3], g[4]) for g in got] == [
        ("The mayor", "These people are wasting your money and they know it", True)]


def test_quote_paragraph_after_a_named_persons_belief_is_theirs():
    t = ("Headline here\n\nTom Diaz believes change must come from within the party.\n\n“The only way to change "
         "the party is to be in the party yourself and not join the fringe.”\n")
    got = attrs(t)
    assert [(g[1], g[4]) for g in got] == [("Tom Diaz", False), ("Tom Diaz", True)]


def test_bracketed_aside_does_not_end_the_speakers_turn():
    t = ("Headline here\n\n“We cut the deficit in half over four years,” said Ann Lee, a budget analyst. "
         "(No relation to the senator.) “It takes a lot of discipline to do that.”\n")
    got = attrs(t)
    assert [(g[1], g[4]) for g in got] == [("Ann Lee", True), ("Ann Lee", True)]


def test_quote_sentence_after_a_person_keeps_its_own_later_cue():
    # the quotation runs on into a sentence with its cue: that cue's speaker, once
    t = ("Headline here\n\nFor one thing, the mayor said so herself. \"I was at home until about noon. When I got "
         "to city hall, the crowd was already there,\" she told a reporter in 1999. \"The protest had begun.\"\n")
    got = attrs(t)
    firsts = [g for g in got if g[3] and g[3].startswith("I was at home")]
    assert [(g[0], g[2]) for g in firsts] == [("she", "told")]


def test_quote_after_a_colon_closing_a_clause_about_a_person():
    # the main verb has an object or a phrase between it and the colon
    t = ("Headline here\n\nSen. Tom Ward put the pledge in perspective: \"What unifies Republicans is not a pledge "
         "but the idea of a real tax reform.\"\n\nAssociation president Jo Mays shouted into the hall at this "
         "year’s dinner: “We are not fake news. We are not the enemy of the people.”\n")
    got = attrs(t)
    assert [(g[1], g[2], g[4]) for g in got] == [("Tom Ward", "put", True), ("Jo Mays", "shouted", True)]


def test_quote_paragraph_after_a_paragraph_ending_in_a_colon():
    t = ("Headline here\n\nIn his speech, the president included in his closing remarks:\n\n“The danger for the "
         "world is not an America that is too eager to help.”\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("the president", "included", True)]


def test_no_speaker_from_a_colon_after_a_non_person_or_a_copula():
    t = ("Headline here\n\nThe report offered a blunt verdict: “The agency failed at every level.”\n\n"
         "That was a bridge too far for the mayor: “We sent them all back to school.”\n")
    assert attrs(t) == []


def test_more_reporting_verbs_with_a_clause_or_a_quote():
    t = ("Headline here\n\n“You studied the way of peace and you studied the way of love,” he answered.\n\n"
         "The governor mentioned that the budget would be balanced by June.\n\nShe reminded reporters that the "
         "state had a surplus.\n\nHe reasoned that voters would "
         "punish the party.\n\nRep. Mike Kell characterized the company as a national security threat.\n")
    got = attrs(t)
    assert [(g[0], g[2]) for g in got] == [("he", "answered"), ("The governor", "mentioned"), ("She", "reminded"),
                                           ("He", "reasoned"),
                                           ("Rep. Mike Kell", "characterized")]
    assert got[-1][3] == "the company as a national security threat"


def test_more_reporting_verbs_without_content_are_not_speech():
    t = "Headline here\n\nThe answer was simple. She mentioned the weather. He reminded me of my father.\n"
    assert attrs(t) == []


def test_quotation_in_brackets_is_an_aside_not_speech():
    t = ("Headline here\n\nIn his magazine essay on attack ads (“Go Negative: Why attack ads are powerful, "
         "essential, and even sometimes artistic, in seven lessons”), he argues that “the candidate should go "
         "negative early and often.”\n")
    got = attrs(t)
    assert [(g[0], g[3]) for g in got] == [("he", "the candidate should go negative early and often")]


def test_quotation_in_brackets_that_is_no_title_stays_speech():
    t = ("Headline here\n\nIn an interview, Mr. Lane described a character he has played (“folks call me the "
         "Tax Elf”) and lamented the rules.\n")
    got = attrs(t)
    assert any(g[1] == "Lane" and g[2] == "described" for g in got)


def test_continuation_after_a_cue_under_an_aspect_verb():
    # "continued" governs the cue: it is not another cue claiming the quotation
    t = ("Headline here\n\nThe governor continued to slam the press. “Those outlets are spreading fake news.”\n")
    got = attrs(t)
    assert ("The governor", "Those outlets are spreading fake news", True) in [(g[0], g[3], g[4]) for g in got]


def test_quote_before_a_name_split_off_at_a_rank_abbreviation():
    # '… retired Air Force Maj. Gen. Charles Dunn Jr., …, told …': "Maj." is one token (no sentence
    # split there), and the quote the parser hangs on "retired" stays out of the speaker's words
    t = ("Headline here\n\nThose kinds of statements have led some experts to say the law can be invoked.\n\n"
         "“If the facts show the group is harboring terrorists, that’s a circumstance which would make the "
         "argument for the 2001 AUMF quite strong,” retired Air Force Maj. Gen. Charles Dunn Jr., now at Duke "
         "University, told the Washington Times in February.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got if g[4]] == [("retired Air Force Maj. Gen. Charles Dunn Jr.", "told", True)]
    assert [g for g in got if g[4]][0][3].startswith("If the facts show")


def test_cue_conjoined_in_a_relative_clause_takes_the_antecedent():
    t = ("Headline here\n\nThat led to clashes with eventual nominee Hillary Clinton, who favored incremental "
         "tweaks to the law and derided his ideas as unrealistic.\n\nThe senator, who voted for the bill and "
         "said it would save lives, left early.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[3]) for g in got] == [
        ("eventual nominee Hillary Clinton", "derided", "his ideas as unrealistic"),
        ("The senator", "said", "it would save lives")]


def test_polling_shows_is_a_finding():
    t = ("Headline here\n\nThe state hasn’t voted Republican since 1972, but recent polling shows a tighter race "
         "there than most anticipated.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[3]) for g in got] == [("recent polling", "shows", "a tighter race there than most anticipated")]


def test_cues_in_conditions_are_not_attributions():
    t = ("Headline here\n\nJurors are told that if they find that a witness lied, they may disregard everything.\n\n"
         "Ad makers should save those clips, assuming she wins.\n\nIf the governor says the budget is balanced, "
         "voters will doubt it.\n")
    assert attrs(t) == []


def test_if_inside_a_quotation_does_not_make_its_cue_a_condition():
    t = ("Headline here\n\n\"It isn't any different if the president tells Congress well in advance that he's "
         "going to veto a bill,\" Sen. Jo Grant said at a hearing.\n")
    got = attrs(t)
    assert [(g[1], g[2], g[4]) for g in got] == [("Jo Grant", "said", True)]


def test_colon_after_a_copula_of_manner_or_an_organisation():
    t = ("Headline here\n\nOne Republican was brutal in assessing things: “This is his version of scrambling and "
         "everybody knows it.”\n\nThe Republican National Committee soon followed with its own e-mail containing a "
         "question: “Which one of her groups will respond?”\n")
    got = attrs(t)
    assert [(g[0], g[4]) for g in got] == [("One Republican", True), ("The Republican National Committee", True)]


def test_a_cue_found_later_wins_over_a_colon_introduction():
    t = ("Headline here\n\nThe group wasn’t pleased: “Why would he ascribe to such a ridiculous belief that stands "
         "against all logic?” the terror group wrote in its magazine. “It is absurd.”\n")
    got = attrs(t)
    assert [(g[0], g[2]) for g in got] == [("the terror group", "wrote"), ("the terror group", "wrote")]


def test_quote_after_a_person_sentence_with_a_show_title_in_it():
    t = ("Headline here\n\nOn ABC’s “This Week,” former Mayor Rudy Giuliani took a similar tack. “Things go wrong "
         "in an administration and everybody knows it.”\n")
    got = attrs(t)
    assert [(g[1], g[4]) for g in got] == [("Rudy Giuliani", True)]


def test_no_continuation_into_a_later_paragraph_that_opens_with_narration():
    t = ("Headline here\n\n“We will fight this all the way to the end,” said Ann Lee, the council leader.\n\n"
         "That was a bridge too far for the mayor: “We sent them all back to school.”\n\n"
         "The senator was not happy: “This is a disaster for the state.”\n")
    got = attrs(t)
    assert [(g[1], g[4]) for g in got] == [("Ann Lee", True)]


def test_title_then_name_without_comma_is_one_speaker():
    # (the parser hangs "Steve Scalise" on "Whip" as an apposition here)
    t = "Headline here\n\nHouse Majority Whip Steve Scalise on Tuesday said the bill would pass before the recess.\n"
    got = attrs(t)
    assert [(g[0], g[1], g[2]) for g in got] == [("House Majority Whip Steve Scalise", "Steve Scalise", "said")]


def test_told_a_network_programme_that():
    t = ("Headline here\n\nThe family’s lawyer, Mark Dunmore, told CBS’s “Face the Nation” that his clients "
         "would cooperate with the inquiry.\n")
    got = attrs(t)
    assert [(g[1], g[2], g[3], g[4]) for g in got] == [
        ("Mark Dunmore", "told", "his clients would cooperate with the inquiry", False)]


def test_pronoun_skips_a_person_of_the_other_gender():
    t = ("Headline here\n\nMayor Carol Burns defended her budget on Monday. Councilman Kevin Hart has criticized "
         "his colleagues for months. She said that Hart had misled the council.\n")
    got = attrs(t)
    she = [g for g in got if g[0] == "She"]
    assert she and she[0][1] == "Carol Burns"


def test_pronoun_prefers_the_main_subject_to_a_subordinate_one():
    t = ("Headline here\n\nGovernor Lena Ortiz left the meeting early because Walter Grady had arrived.\n\n"
         "“The board needs fresh leadership,” she said.\n")
    got = attrs(t)
    assert [(g[0], g[1]) for g in got if g[4]] == [("she", "Lena Ortiz")]


def test_own_cue_beats_a_colon_introduction_from_the_previous_paragraph():
    t = ("Headline here\n\nSenator Lena Ortiz closed the hearing with two points:\n\n"
         "“For everyone watching at home,” she said, “the facts are simple.”\n")
    got = attrs(t)
    assert {(g[0], g[3]) for g in got if g[4]} == {("she", "For everyone watching at home"),
                                                   ("she", "the facts are simple")}


def test_no_speaker_made_of_function_words_alone():
    # "Let's say …" is a supposition: the "'s" is no speaker
    assert attrs("Headline here\n\nLet's say the governor vetoes the bill next week.\n") == []
    # a capitalised surname the tagger read as an adverb is still a speaker
    got = attrs("Headline here\n\n“We are not done,” Neily said on Monday.\n")
    assert [g[0] for g in got] == ["Neily"]


def test_finding_in_a_relative_clause_of_a_study_noun():
    t = ("Headline here\n\nThe agency commissioned a report last year that found the program would cost no more "
         "than 8 million dollars.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[3]) for g in got] == [
        ("a report", "found", "the program would cost no more than 8 million dollars")]
    # (not a bare object the parser hung on the verb: "a study that found costs …")
    assert attrs("Headline here\n\nThe agency released a study that found costs would rise sharply.\n") == []


def test_modal_perfect_cue_before_a_colon_quote():
    t2 = "Headline here\n\nThe novelist Ann Ruiz may have said it best: “This used to be a town. Now it is a parking lot.”\n"
    got = attrs(t2)
    assert [(g[1], g[2], g[4]) for g in got] == [("Ann Ruiz", "said", True)]
    # a modal with no quotation is still no report of speech
    assert attrs("Headline here\n\nThe senator might have told aides that the bill was dead.\n") == []


def test_headline_clause_then_speaker_and_cue():
    t = "Raise the minimum wage now, Governor Ann Lee tells lawmakers\n\nThe governor spoke on Monday in the capital.\n"
    got = attrs(t)
    assert [(g[0], g[2], g[3]) for g in got] == [("Governor Ann Lee", "tells", "Raise the minimum wage now")]
    # a clause opened by a conjunction is a condition, not what was said
    assert attrs("Headline here\n\nWhen the vote came, Lee said nothing.\n") == []


def test_speaker_span_runs_through_a_named_apposition():
    t = ("Headline here\n\nA rival advocacy group, Citizens for Fair Maps, released a statement saying that the "
         "new districts were drawn in secret.\n")
    got = attrs(t)
    assert got and got[0][0] == "A rival advocacy group, Citizens for Fair Maps"


def test_infinitive_cue_on_a_reason_noun_has_no_speaker():
    assert attrs("Headline here\n\nThere is no reason to believe that the city will ever pay its debts.\n") == []
    got = attrs("Headline here\n\nObama became the first president to say that same-sex couples should be able "
                "to marry.\n")
    assert [g[0] for g in got] == ["Obama"]


def test_imagined_speech_is_not_reported():
    t = ("Headline here\n\nImagine the governor had opened her speech by saying something like this:\n\n"
         "“We failed you, and I am sorry.”\n")
    assert attrs(t) == []
    assert attrs("Headline here\n\nImagine the mayor said that the budget was balanced.\n") == []


def test_two_quotations_around_a_short_paraphrase_are_two_direct_quotes():
    t = ("Headline here\n\nThe mayor, who leaves office in May, called the plan reckless. “For the city to "
         "borrow more money now” and to delay repairs again “would be a terrible mistake,” she said.\n")
    got = [g for g in attrs(t) if g[0] == "she"]
    assert sorted((g[3], g[4]) for g in got) == [("For the city to borrow more money now", True),
                                                  ("would be a terrible mistake", True)]
    t = ('Headline here\n\nOn Twitter, Governor Ann Lee told the council that "the vote is not the end," '
         'and "the families will get their day in court."\n')
    got = [g for g in attrs(t) if g[0] and g[0].endswith("Ann Lee")]
    assert sorted(g[3] for g in got) == ["the families will get their day in court", "the vote is not the end"]
    assert all(g[4] for g in got)
    # (a quoted word inside the narration between them keeps it one span of reported speech)
    t = ('Headline here\n\nThe senators warned that if "the strongest remedy" is open to "abuse," it would '
         'throw the chamber "into a long cycle of reprisals."\n')
    assert not any(g[3] == "the strongest remedy" for g in attrs(t))


def test_quotation_paragraph_signed_after_a_dash_in_the_next_paragraph():
    t = ("Headline here\n\n“We will not raise taxes on working families. We will balance the budget, and we "
         "will do it this year.”\n\n-- Governor Ann Lee in her budget address, Jan. 9, 2013.\n\n"
         "The legislature meets next week.\n")
    got = attrs(t)
    assert [(g[0], g[4]) for g in got if g[3] and g[3].startswith("We will not raise")] == [("Governor Ann Lee", True)]
    t = ("Headline here\n\n“The deficit is the only issue that matters in this race, and both parties know it.”"
         "\n\n— Bob Smith on “Meet the Press.”\n\nThe race is close.\n")
    assert [g[0] for g in attrs(t) if g[3] and g[3].startswith("The deficit")] == ["Bob Smith"]
    # (a dash line after narration signs nothing)
    t = "Headline here\n\nThe budget passed on Tuesday after a long debate.\n\n-- Bob Smith contributed reporting.\n"
    assert attrs(t) == []


def test_document_noun_tagged_as_adjective_before_a_misread_cue():
    t = ('Headline here\n\nBudget talks stalled.\n\n"The city has waited long enough for a plan that works," '
         'the editorial states.\n')
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("editorial", "states", True)]


def test_quote_after_reported_speech_goes_on_despite_an_earlier_speakers_cue():
    t = ("Headline here\n\nCountering such criticism, Hancock, the health minister, said the city is on track to "
         "deliver more beds. One reason the city was behind on testing, he said, was the lack of a large "
         "laboratory industry. “We didn’t have the scale.”\n\nThe council meets Monday.\n")
    got = attrs(t)
    assert [(g[0], g[4]) for g in got if g[3] == "We didn’t have the scale"] == [("he", True)]


def test_speech_verb_tagged_as_noun_with_its_own_subject_before_a_quote():
    t = ('Headline here\n\nThe agency denied the report, with White House spokesman Josh Earnest saying, '
         '"The initial analysis is not consistent with the claims."\n')
    got = attrs(t)
    assert [(g[0], g[4]) for g in got if g[3] == "The initial analysis is not consistent with the claims"] == [
        ("White House spokesman Josh Earnest", True)]
    # (a noun with no subject of its own is no cue)
    t = 'Headline here\n\nThey toured the state, "a place of great beauty and many lakes," with the governor.\n'
    assert attrs(t) == []


def test_new_paragraph_quote_with_an_unread_cue_of_its_own_is_no_continuation():
    t = ('Headline here\n\n"The writer was very talented, and the story was unusual," said Ferris, the editor.\n\n'
         '"Memoirs are not really good sources if you want complete accounts," agreed Professor Early. '
         '"They serve another purpose."\n')
    got = attrs(t)
    assert not any(g[0] == "Ferris" and g[3] and g[3].startswith(("Memoirs", "They serve")) for g in got)
    t = 'Headline here\n\n"We will win this fight," Lee said on Monday.\n\n"The voters are with us. They know it."\n'
    assert [g[0] for g in attrs(t) if g[3] == "The voters are with us. They know it"] == ["Lee"]


def test_in_someones_words_introduces_their_quotation():
    t = 'Headline here\n\nTalks resumed.\n\nBut, in the mayor\'s words, "the city will not pay another cent for this stadium."\n'
    assert [(g[0], g[4]) for g in attrs(t)] == [("mayor", True)]
    t = "Headline here\n\nIn Lincoln’s words, “a house divided against itself cannot stand.”\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("Lincoln", "a house divided against itself cannot stand")]
    assert attrs('Headline here\n\nIn other words, "the plan is dead on arrival in the Senate."\n') == []


def test_cue_with_that_before_a_colon_takes_the_next_paragraphs_quote():
    t = ('Headline here\n\nThe comment writer tweeted that:\n\n"The mayor knew the deal was bad from the start."\n\n'
         'The city council met on Monday.\n')
    assert [(g[0], g[3], g[4]) for g in attrs(t)] == [
        ("The comment writer", "The mayor knew the deal was bad from the start", True)]


def test_sentence_read_as_one_noun_phrase_keeps_its_subject():
    # ('The poster — who … — posted …' and 'The senator called on …' parsed as noun + reduced relative)
    t = ('Headline here\n\nThe anonymous poster — who has not been named — read the remark and tweeted that:\n\n'
         '"The mayor knew the deal was bad from the start."\n')
    assert [(g[0], g[4]) for g in attrs(t)] == [("The anonymous poster", True)]
    t = "Headline here\n\nThe senator called on Andrew to agree to be interviewed.\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("The senator", "to agree to be interviewed")]


def test_dash_list_of_quotes_after_a_colon():
    t = ('Headline here\n\nThen Jane Roe, the company\'s senior director, added tweets saying:\n\n'
         '-- "I would like to apologize to the governor for the offensive post sent earlier."\n\n'
         '-- "It was sent in error by a member of our team who will not post for us again."\n\n'
         'The company later deleted the account.\n')
    got = [(g[1], g[3][:12], g[4]) for g in attrs(t)]
    assert got == [("Jane Roe", "I would like", True), ("Jane Roe", "It was sent ", True)]


def test_straight_quote_reopened_at_a_sentence_start_splits_the_quotation():
    t = ('Headline here\n\nThe governor said:\n\n"My mother raised me alone. She worked all her life. '
         '"And that is the perspective I bring to this debate. Millions are counting on it."\n')
    got = [(g[0], g[3]) for g in attrs(t) if g[4]]
    assert got == [("The governor", "My mother raised me alone. She worked all her life"),
                   ("The governor", "And that is the perspective I bring to this debate. Millions are counting on it")]


def test_new_paragraph_opening_with_narration_is_no_continuation():
    t = ('Headline here\n\n"We will win this race in November," Lee told reporters.\n\n'
         'The company followed with a message expressing its "Deepest apologies for an irresponsible tweet that '
         'is in no way a representation of the brand\'s opinion."\n')
    got = attrs(t)
    assert not any(g[0] == "Lee" and g[3] and g[3].startswith("Deepest") for g in got)
    # (a new paragraph opening with a conjunction and the quotation still continues)
    t = ('Headline here\n\n"We will fight this law in every court," Lee said on Monday.\n\n'
         'But, "if the court rules against us, we will accept it and move on."\n')
    assert any(g[0] == "Lee" and g[3].startswith("if the court rules") for g in attrs(t))


def test_reassure_is_a_quote_cue():
    t = ('Headline here\n\n"I have the best protection in the world," Mr. Roe reassured supporters who brought '
         'up the issue. "So stop worrying."\n')
    assert [(g[0], g[3]) for g in attrs(t)] == [("Mr. Roe", "I have the best protection in the world"),
                                                 ("Mr. Roe", "So stop worrying")]


def test_asked_clause_before_a_speaker_with_an_apposition():
    t = ("Headline here\n\nAsked whether Mr. Roe, whose district is home to many farmers, stood by the 2008 letter "
         "to the Agriculture Department, Brendan Lee, a spokesman for Mr. Roe, replied in an email: "
         "“This was about the dairy industry, not crop loans.”\n")
    assert [(g[1], g[4]) for g in attrs(t)] == [("Brendan Lee", True)]


def test_one_sentence_of_narration_about_no_one_does_not_end_a_quoted_turn():
    t = ("Headline here\n\n“One of the greatest fears was harm being done to him,” Jane Roe, the radio host, said "
         "on her show this week. The breach at the front gate brought that home. “How could five layers of "
         "security fail at once?”\n")
    assert any(g[1] == "Jane Roe" and g[3].startswith("How could five") for g in attrs(t))
    # (not past a sentence about another person)
    t = ("Headline here\n\n“We will win this fight in the end,” Smith said. Senator Jones disagreed with him. "
         "“We will lose this fight badly.”\n")
    assert not any(g[1] == "Smith" and g[3].startswith("We will lose") for g in attrs(t))
    # (nor after a quotation given to someone for want of a cue)
    t = ("Headline here\n\nThree weeks ago, Prime Minister Jane Roe brought home a deal. “This is the best possible "
         "deal we could get.” But it is a very unpopular one. “Order, order in the chamber, please.”\n")
    assert not any(g[3].startswith("Order, order") for g in attrs(t))


def test_denying_allegations_is_speech_refusing_a_request_is_not():
    t = "Headline here\n\nThe senator has denied the allegations. He left for Texas on Friday.\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("The senator", "the allegations")]
    t = "Headline here\n\nRoe and Lee have both denied any knowledge that the money was missing.\n"
    assert any(g[3] == "any knowledge that the money was missing" for g in attrs(t))
    assert attrs("Headline here\n\nThe senator denied the request for a meeting.\n") == []


def test_headline_passive_called_adjective_is_no_speech():
    t = "Prince Roe called uncooperative in bank probe\n\nThe palace declined to comment.\n"
    assert attrs(t) == []
    t = 'Headline here\n\nHe held a rally, although he reportedly called Roe "weak" in private.\n'
    assert [g[0] for g in attrs(t)] == ["he"]
    t = "Headline here\n\nMcCain tried to repeal the act, which he called archaic and burdensome.\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("he", "archaic and burdensome")]


def test_according_to_plan_names_no_source():
    t = "Headline here\n\nFunds must be spent according to plan, the auditor said.\n"
    assert [g[0] for g in attrs(t)] == ["the auditor"]


def test_bracketed_aside_is_not_reported_content():
    t = ("Headline here\n\nFor the record, here's what the president said about his mother (a full transcript "
         "and recording of the debate are posted here):\n\n\"You know, my mother raised me alone, and she worked all "
         "her life.\"\n")
    assert [(g[0], g[4]) for g in attrs(t)] == [("the president", True)]


def test_stance_noun_voiced_with_its_topic():
    t = "Headline here\n\nSenator Roe also raised concerns about the nominee's views on privacy.\n"
    assert [(g[1], g[3]) for g in attrs(t)] == [("Roe", "concerns about the nominee's views on privacy")]
    t = "Headline here\n\nThe president expressed frustration with the pace of the talks.\n"
    assert [g[3] for g in attrs(t)] == ["frustration with the pace of the talks"]
    assert attrs("Headline here\n\nThe storm raised concerns about flooding in the city.\n") == []


def test_fretted_that_reports_a_worry():
    t = "Headline here\n\nSome of his aides fretted that the tour would discourage voters.\n"
    assert [g[3] for g in attrs(t)] == ["the tour would discourage voters"]


def test_definite_institution_noun_denies_and_calls():
    t = "Headline here\n\nThe agency flatly denied reports that the director had resigned.\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("The agency", "reports that the director had resigned")]
    t = "Headline here\n\nThe campaign called for more debates.\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("The campaign", "for more debates")]


def test_what_someone_said_before_a_colon_introduces_their_quotation():
    t = 'Headline here\n\nHere is what the governor said:\n\n"My mother raised me alone. She worked all her life."\n'
    assert [(g[0], g[4]) for g in attrs(t)] == [("the governor", True)]


def test_more_evaluative_speech_acts_take_their_object():
    t = "Headline here\n\nShe bashed Republicans for their votes on the budget.\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("She", "Republicans for their votes on the budget")]
    t = "Headline here\n\nThe senator faulted the agency for its slow response.\n"
    assert [g[3] for g in attrs(t)] == ["the agency for its slow response"]
    # (not an aim: "sought to bash the FBI"; not a relative gap: "the members she has faulted")
    assert attrs("Headline here\n\nHis allies sought to use the memo to bash the agency.\n") == []


def test_quote_running_over_sentences_up_to_a_cue_is_that_cues():
    t = ("Headline here\n\n“The Europeans hold the answer in their own hands,” Hulsman says. “If they do the right "
         "things, the doubts about the alliance will go away. If they do the practical stuff,” he adds, “they will "
         "find the Americans ready to work with them.”\n")
    got = [(g[0], g[3][:17]) for g in attrs(t)]
    assert ("he", "If they do the ri") in got and ("Hulsman", "If they do the ri") not in got
    # (a quotation closed by a full stop before a new sentence's subject stays where it was)
    t = ("Headline here\n\n“The board must act now,” read a letter from the groups. “There is no excuse for delay. "
         "Doing so is sheer politics.” The letter also argued that the nominee is “unfit for the job.”\n")
    assert any(g[0] == "a letter" and g[3].startswith("There is no excuse") for g in attrs(t))


def test_misread_cue_after_in_part():
    t = ('Headline here\n\n"Four years ago, the paper endorsed the governor, seeing a figure who could build on his '
         'small experience," the endorsement in part states. "We valued his pledge to govern with pragmatism."\n')
    assert [(g[0], g[4]) for g in attrs(t)] == [("the endorsement", True), ("the endorsement", True)]


def test_participle_cue_finds_a_subject_hung_on_the_auxiliary():
    t = ('Headline here\n\nShe was forward looking in her brief remarks, telling the audience that "we have a lot '
         'of hard choices ahead of us in our country."\n')
    assert [(g[0], g[2], g[4]) for g in attrs(t)] == [("She", "telling", True)]


def test_apology_with_what_it_is_for():
    t = "Headline here\n\nThe senator apologized to his colleagues for the remarks about the budget.\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("The senator", "for the remarks about the budget")]
    assert attrs("Headline here\n\nThe senator apologized on Monday.\n") == []


def test_cognition_cue_with_a_conditional_quote():
    # a quotation whose last sentence opens with a condition ("If …, we …") is still the
    # cue's clause: 'if' marks the condition, not a 'whether' question
    t = ("Headline here\n\n“The bill is dead. If the Senate votes no, we lose the House,” the senators "
         "concluded.\n")
    assert [(g[0], g[3][:12], g[4]) for g in attrs(t)] == [("the senators", "The bill is ", True)]
    # (an indirect question still reports no clause)
    assert attrs("Headline here\n\nThe senator wonders if taxes will rise.\n") == []


def test_split_quote_with_a_one_word_first_part():
    t = ("Headline here\n\n“Smith,” said the senator, “is a good man who will win the vote.”\n")
    assert [(g[0], g[3], g[4]) for g in attrs(t)] == [
        ("the senator", "Smith", True), ("the senator", "is a good man who will win the vote", True)]
    t = ("Headline here\n\nHe was thinking about a comeback. “Ford,” reported Time magazine, “shares the fears "
         "of many Republicans that Reagan cannot win.”\n")
    assert [(g[0], g[3][:6], g[4]) for g in attrs(t)] == [
        ("Time magazine", "Ford", True), ("Time magazine", "shares", True)]
    # (a scare-quoted word inside narration is no first part)
    t = "Headline here\n\nThe “king,” said Jones, “shares the fears of many Republicans.”\n"
    assert not any(g[3] == "king" for g in attrs(t))


def test_headline_name_colon_with_a_name_tagged_as_noun():
    t = ("Christie: Clinton Doesn't Know What Real Americans Need\n\nNew Jersey Gov. Chris Christie says he "
         "heard someone else.\n")
    got = attrs(t)
    assert ("Christie", "Clinton Doesn't Know What Real Americans Need", False) in [(g[0], g[3], g[4]) for g in got]
    # (an apostrophe is no quotation mark; a label the story does not name is no speaker)
    t = ("Warning: Clinton Doesn't Know What Real Americans Need\n\nNew Jersey Gov. Chris Christie says he "
         "heard someone else.\n")
    assert not any(g[0] == "Warning" for g in attrs(t))


def test_claim_noun_clause_after_an_aside():
    t = ("Headline here\n\nThe senator made the argument, in a long speech, that the tax would hurt farmers.\n")
    assert [(g[0], g[3]) for g in attrs(t)] == [("The senator", "the tax would hurt farmers")]


def test_polling_demonstrates_a_finding():
    t = "Headline here\n\nBoth men have the polling that demonstrates clearly that they are electable.\n"
    assert [(g[0], g[3]) for g in attrs(t)] == [("the polling", "they are electable")]
    assert attrs("Headline here\n\nThe protesters demonstrated that afternoon in the square.\n") == []


def test_emailed_and_commented_cue_quotes():
    t = "Headline here\n\n“I am willing to compromise on most of it,” Miller emailed.\n"
    assert [(g[0], g[4]) for g in attrs(t)] == [("Miller", True)]
    t = ("Headline here\n\nThe agent who posted the image commented: “That is right. The masses have spoken "
         "and today democracy won.”\n")
    assert [g[4] for g in attrs(t)] == [True]
    assert attrs("Headline here\n\nHe emailed the documents to his lawyer.\n") == []
    assert attrs("Headline here\n\nThe spokesman declined to comment on the case.\n") == []


def test_cognition_verb_in_an_inverted_quote_tag():
    t = "Headline here\n\n“Nothing the senator says from now on will be believed by the voters,” worries Jones.\n"
    assert [(g[0], g[4]) for g in attrs(t)] == [("Jones", True)]
    assert attrs("Headline here\n\n“Where is the money?” Smith thinks about it often.\n") == []


def test_as_they_say_idiom_is_nobodys_speech():
    assert attrs("Headline here\n\nThe rest, as they say, is history.\n") == []
    assert [g[0] for g in attrs("Headline here\n\nThe plan, as the Democrats say, is dead.\n")] == ["the Democrats"]


def test_quote_run_on_past_a_sentence_goes_to_its_own_cue():
    # paragraphs run together with no space ('forth.""I have …'): the quotation after the
    # reported speech is the next cue's, not a second attribution to the first speaker
    t = ('Headline here\n\nSmith said he has not yet decided because he has a "day job" running a "big state with '
         'a lot of back and forth.""I have a Democratic legislature that I have to work with and it is not easy," '
         'the governor said. "We have a budget to finish."\n')
    got = [(g[0], g[3][:8]) for g in attrs(t) if g[4]]
    assert got == [("the governor", "I have a"), ("the governor", "We have ")]


def test_name_in_ing_before_a_cue_is_the_speaker():
    t = ('Headline here\n\nTotal revenues are projected to be about $26.8 trillion. "In other words," Kaeding '
         'writes, "the total revenue effects of the proposals would be similar to a plan in which every tax bill '
         'was doubled."\n')
    assert sorted((g[0], g[3][:14], g[4]) for g in attrs(t)) == [
        ("Kaeding", "In other words", True), ("Kaeding", "the total reve", True)]


def test_loud_voicing_cues_a_quote():
    t = 'Headline here\n\nBoxer stood on the floor of the Senate and shrieked, "Carbon could cost us the planet!"\n'
    assert [(g[0], g[4]) for g in attrs(t)] == [("Boxer", True)]
    assert attrs("Headline here\n\nThe crowd screamed when the band came on.\n") == []


def test_colon_quote_after_a_clause_about_a_name_known_as_a_person():
    t = ("Headline here\n\nPresident Donald Trump won the case.\n\nTrump celebrated the verdict with a tweet on "
         "Wednesday evening: “BIG United States Supreme Court WIN for the Border on Asylum!”\n")
    assert [(g[0], g[4]) for g in attrs(t)] == [("Trump", True)]
    t = ("Headline here\n\nPresident Donald Trump won the case.\n\nWashington celebrated the verdict with a parade "
         "on Wednesday evening: “BIG United States Supreme Court WIN for the Border on Asylum!”\n")
    assert attrs(t) == []


def test_so_says_name_points_back_at_the_quote_paragraph_before():
    t = ("Headline here\n\n“Farming is as hard a business as any in the country.”\n\nSo says Jane Roe, a grower "
         "who ran for the state Senate in 2010.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("Jane Roe", "says", True)]
    assert got[0][3].startswith("Farming is as hard")
    # a quotation its own cue already took stays with that cue
    t = ("Headline here\n\n“Farming is as hard a business as any in the country,” he said.\n\nSo says Jane Roe, "
         "a grower who ran for the state Senate in 2010.\n")
    assert [(g[0], g[2]) for g in attrs(t)] == [("he", "said")]


def test_kin_noun_with_possessive_is_a_speaker():
    t = 'Headline here\n\nOn Saturday his daughter called the mayor a "clown" on Twitter.\n'
    assert [(g[0], g[2], g[4]) for g in attrs(t)] == [("his daughter", "called", False)]


def test_attacked_as_a_quoted_label_is_reported_speech():
    t = "Headline here\n\nSen. Jane Roe on Friday attacked the governor as a “fraud” who cannot be trusted.\n"
    got = attrs(t)
    assert [(g[0], g[2]) for g in got] == [("Sen. Jane Roe", "attacked")]
    assert got[0][3].startswith("the governor as a “fraud")
    assert attrs("Headline here\n\nSen. Jane Roe on Friday attacked the governor over his budget.\n") == []


def test_name_read_as_apposition_of_opening_date_is_the_speaker():
    t = ("Headline here\n\nIn October, Roe, 63, told the Associated Press that she has faced threats in both "
         "business and politics.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("Roe", "told", False)]
    assert got[0][3].startswith("she has faced threats")


def test_passive_subject_speaks_in_comma_participle():
    t = ('Headline here\n\nSmith was put on the defensive and has attacked the family, saying Jones had '
         '"no right to stand in front of millions of people and lie about me."\n')
    assert [(g[0], g[2]) for g in attrs(t)] == [("Smith", "saying")]
    t = ("Headline here\n\nIn Ohio, James Reardon was arrested for allegedly threatening to carry out a shooting "
         "at a community center.\n")
    assert attrs(t) == []


def test_sentence_opening_said_then_speaker_and_quote():
    t = ("Headline here\n\nThe Senate was quiet.\n\nSaid Corker: “It is not clear how this will end. Both sides need "
         "to give.”\n\nSaid the president, “We will swing our lanterns for him.”\n")
    got = [(g[0], g[2], g[4]) for g in attrs(t)]
    assert ("Corker", "Said", True) in got and ("the president", "Said", True) in got
    assert attrs("Headline here\n\nSaid another way: “The cops are at the station, doing paperwork.”\n") == []
    # (a belief participle under a modal passive is no speech of the passive subject)
    t = ("Headline here\n\nWarren should have been named the first head of the agency, thinking conservatives "
         "would block her.\n")
    assert not any(g[0] == "Warren" for g in attrs(t))


def test_quote_before_a_name_with_a_relative_clause_and_its_cue():
    t = ('Headline here\n\nThe report came out.\n\n"What were the rules? What was their purpose? Did they work?" '
         'Roe, who spent years as a prisoner during the war, asked. "Did they make us safer?"\n\nMore text here.\n')
    got = sorted((g[0], g[3][:9], g[4]) for g in attrs(t))
    assert got == [("Roe", "Did they ", True), ("Roe", "What were", True)]


def test_cleft_thats_what_x_said_points_back_at_the_quote_paragraph():
    t = ("Headline here\n\nCan a mayor fire a judge?\n\n“I need loyalty, I expect loyalty.”\n\nThat’s what Mayor "
         "Jane Roe reportedly said to the city attorney shortly before she fired him.\n\nMore text.\n")
    got = [(g[0], g[2], g[3], g[4]) for g in attrs(t)]
    assert ("Mayor Jane Roe", "said", "I need loyalty, I expect loyalty", True) in got
    t = ("Headline here\n\n“I need loyalty, I expect loyalty.”\n\nThat’s what I said to the city attorney.\n\n"
         "More text.\n")
    assert attrs(t) == []


def test_title_in_apposition_or_after_headlined_is_not_a_quote():
    t = ("Headline here\n\nConsider the recent magazine essay, “The Coming Collapse of Our Town” — originally "
         "headlined “Why the Town Hall Failed” — in which Jane Roe argues that the council lost its way.\n")
    got = attrs(t)
    assert not [g for g in got if g[4]]
    assert [g for g in got if g[2] == "argues" and g[3].startswith("the council lost")]


def test_quote_closed_by_full_stop_is_not_the_next_sentences_cue():
    t = ("Headline here\n\nMayor John Doe has changed his plan many times. In March he floated “a complete "
         "freeze on all new building permits in the city”. In April, he called that idea “a first draft”.\n")
    got = attrs(t)
    assert not [g for g in got if g[4] and g[3].startswith("a complete freeze")]


def test_pronoun_goes_to_surname_the_tagger_took_for_an_organisation():
    # ("Doe" alone is tagged ORG; the article names a person John Doe, so "he" is Doe, not Roe)
    t = ("Headline here\n\nMayor John Doe spoke first. Senator Bill Roe answered later.\n\n"
         "Over several weeks, Doe has revised his plan for the bridge. On Monday he said the bridge would stay "
         "open.\n")
    said = [g for g in attrs(t) if g[2] == "said"]
    assert said and said[0][0] == "he" and said[0][1] in ("Doe", "John Doe")


def test_quote_split_at_an_ellipsis_is_one_direct_attribution():
    t = ("Headline here\n\nAccording to the lawsuit, “the company knew about the leak . . . [and] [i]t chose "
         "to hide the reports from its own inspectors.”\n")
    got = [g for g in attrs(t) if g[4]]
    assert len(got) == 1 and got[0][3].startswith("the company knew") and got[0][3].endswith("its own inspectors")


def test_one_word_brand_opening_with_the_is_no_link_teaser():
    # "TheStreet", "TheBlaze": a function word run into a name is a brand, not a teaser's
    # repeated name (the headline's "The" before it does not make it one)
    t = ("The deal is done\n\nThe bank gave no reason.\n\nAs TheStreet reported on Monday, the bank "
         "sold its stake in the insurer last week.\n")
    got = attrs(t)
    assert ("TheStreet", "TheStreet", "reported", "the bank sold its stake in the insurer last week", False) in got


def test_complaining_when_something_happened_reports_no_content():
    # a finite clause of time or cause says when or why someone spoke, not what was said
    t = ("Headline here\n\nNobody objected when the council raised parking fees last year. Did anyone complain "
         "when the governor appointed three of his friends to posts on the board?\n")
    assert attrs(t) == []
    # (a question verb does take it: "asked when …")
    t2 = "Headline here\n\nThe senator asked when the vote would be held.\n"
    assert [g[3] for g in attrs(t2) if g[2] == "asked"] == ["when the vote would be held"]


def test_document_charging_that_is_what_it_charges():
    # "a lawsuit charging that …": the document makes the charge ("charged with" is not speech)
    t = ("Headline here\n\nThe judge dismissed a lawsuit charging that the company hid its losses from "
         "investors. Police charged the man with theft.\n")
    got = attrs(t)
    assert [(g[0], g[2], g[3]) for g in got] == [
        ("a lawsuit", "charging", "the company hid its losses from investors")]


def test_bare_cue_needs_a_speech_setting_of_its_own():
    # a cue with no content counts only with its own setting ("in a statement", "told
    # reporters"), not a network's name before a common noun or a statement noun in a
    # phrase hung elsewhere in the sentence
    t = ("Headline here\n\nBut Roe began arguing with his Fox colleagues. With her agency under fire since "
         "the site's failed release last month, Lee announced an internal inquiry.\n")
    assert attrs(t) == []


def test_reported_clause_opening_with_a_phrase_and_a_comma():
    # "said without X, Y would …": the parser hangs the clause on the verb before the cue
    # (or beside it); the reported clause runs from the phrase to its end
    t = ("Headline here\n\nMs. Lee had spent much of the debate attacking Mr. Roe, notably on his tax record, "
         "and said without a large inheritance, the businessman would be selling shoes in Ohio. The agency had "
         "said without more money, it would run out of room in the relief fund.\n")
    got = [g for g in attrs(t) if g[2] == "said"]
    assert [(g[0], g[3]) for g in got] == [
        ("Ms. Lee", "without a large inheritance, the businessman would be selling shoes in Ohio"),
        ("The agency", "without more money, it would run out of room in the relief fund")]
    # the setting of the speech is no part of what was said, and a cue in a clause of its own
    # ("While …") does not take the main clause
    t2 = ("Headline here\n\nWhile the mayor has insisted on the need for new taxes, the city never raised "
          "them.\n")
    assert attrs(t2) == []


def test_acronym_the_tagger_reads_as_a_verb_speaks():
    # '“…,” PETA said': an all-capitals name tagged as a verb is still the speaker
    t = ('Headline here\n\n"Big wins can come in small packages," PETA said in a statement. '
         '"The new box is great," PETA adds.\n')
    got = attrs(t)
    assert ("PETA", "PETA", "said", "Big wins can come in small packages", True) in got
    assert ("PETA", "PETA", "adds", "The new box is great", True) in got


def test_speaker_after_the_quote_with_a_modifier_the_parser_hung_the_quote_on():
    # '“…,” one senior operative with ties to X said': the quotation is no word of the speaker
    # phrase even when the parser hangs its opening mark (and clause) on the speaker noun
    t = ("Headline here\n\n“Part of the file is apparently explosive,” a veteran Republican consultant with ties "
         "to the Bush campaign said.\n")
    got = attrs(t)
    assert [(g[0], g[3], g[4]) for g in got] == [
        ("a veteran Republican consultant", "Part of the file is apparently explosive", True)]


def test_question_then_asked_and_the_asker():
    # '“…?” asked another donor', '“…?” a sitting Cabinet secretary asked Jo Doe': after a
    # question, the noun after 'asked' is the one asking, and an adjective participle
    # before the noun is no verb of the sentence
    t = ("Headline here\n\n“If he has so much cash, why is he selling this stuff?” asked another wealthy "
         "donor who reviewed the filings.\n\n“If he can be treated that way, what about the rest of us?” a "
         "sitting Cabinet secretary asked Jo Doe.\n")
    got = [(g[0], g[2], g[4]) for g in attrs(t)]
    assert ("another wealthy donor", "asked", True) in got
    assert ("a sitting Cabinet secretary", "asked", True) in got


def test_sentence_opening_with_added_and_its_speaker():
    # 'Added a State Department source: “…”' like 'Said Corker: “…”'
    t = ("Headline here\n\nAdded a State Department source: “It would be hard to find an officer who did not "
         "pass information on.”\n")
    got = attrs(t)
    assert [(g[0], g[2], g[4]) for g in got] == [("a State Department source", "Added", True)]


def test_headline_closing_with_speaker_and_cue_after_a_comma():
    # "Governor close to naming new judge, aides say": a verbless headline clause, then the
    # speaker and the cue
    for line, who, what in (("Governor close to naming new judge, aides say", "aides", "Governor close to naming new judge"),
                            ("Senate close to deal on spending bill, leaders say", "leaders",
                             "Senate close to deal on spending bill")):
        got = attrs(line + "\n\nText here.\n")
        assert [(g[0], g[2], g[3]) for g in got] == [(who, "say", what)]


def test_accused_of_hung_on_the_object():
    # "accused the mayor of lying": the parser hangs 'of …' on the object; it is still the charge
    t = "Headline here\n\nRoe accused the mayor of lying. Lee accused the council of fraud.\n"
    got = [(g[0], g[2], g[3]) for g in attrs(t)]
    assert ("Roe", "accused", "the mayor of lying") in got
    assert ("Lee", "accused", "the council of fraud") in got


def test_quote_after_a_sentence_about_a_surname_named_before():
    # a quote-only sentence after a sentence whose subject is a surname the article named in
    # full before ('Furman, however, is optimistic. “…”') is that person's
    t = ("Headline here\n\nEconomist Jason Furman spoke on Monday. Furman, however, is optimistic. "
         "\"The last numbers we have are from 2013. We have not gotten the 2014 numbers.\"\n")
    got = [(g[0], g[1], g[4]) for g in attrs(t) if g[3] and g[3].startswith("The last numbers")]
    assert got == [("Furman", "Jason Furman", True)]


def test_court_holding_with_a_clause_is_the_courts():
    t = "Headline here\n\nTwo appeals courts had ruled the levy can't be collected while the case goes on.\n"
    got = attrs(t)
    assert any(g[0] == "Two appeals courts" and g[2] == "ruled" and g[3].startswith("the levy can't be collected")
               and not g[4] for g in got)
    t = "Headline here\n\nThe justices held that cities may not fine street vendors.\n"
    assert any(g[0] == "The justices" and g[2] == "held" and g[3] == "cities may not fine street vendors" for g in attrs(t))
    # a ruling with no clause, or a holding by no court, reports nothing
    assert attrs("Headline here\n\nThe judge ruled against the landlord on Friday.\n") == []
    assert attrs("Headline here\n\nThe charity held a dinner for its donors.\n") == []


def test_assessed_affirmed_implied_take_a_clause_only():
    t = "Headline here\n\nThe panel's auditors have assessed that the harbor fund ran dry in May.\n"
    assert any(g[2] == "assessed" and g[3] == "the harbor fund ran dry in May" for g in attrs(t))
    t = "Headline here\n\nThe mayor implied that the council had misled the voters.\n"
    assert any(g[0] == "The mayor" and g[2] == "implied" and g[3] == "the council had misled the voters" for g in attrs(t))
    # not a participle next to a quotation ('voices assessing …,” …')
    t = ("Headline here\n\nTwo writers who called themselves “the quiet wing of the guild” are the sharpest "
         "voices assessing the town's schools.\n")
    assert not any(g[2] == "assessing" for g in attrs(t))


def test_rejected_claims_is_a_denial_of_them():
    t = "Headline here\n\nThe minister rejected claims that the border guards fired first.\n"
    assert any(g[0] == "The minister" and g[2] == "rejected" and g[3] == "claims that the border guards fired first"
               for g in attrs(t))
    assert attrs("Headline here\n\nThe minister rejected the offer of a ceasefire.\n") == []


def test_speech_told_with_a_preposition_and_its_topic():
    t = "Headline here\n\nThe candidate pushed back on the idea that he was too old to serve.\n"
    got = attrs(t)
    assert any(g[0] == "The candidate" and g[2] == "pushed back on" and g[3] == "the idea that he was too old to serve"
               for g in got)
    t = "Headline here\n\nThe governor argued for a gas tax holiday.\n"
    assert any(g[0] == "The governor" and g[2] == "argued for" and g[3] == "a gas tax holiday" for g in attrs(t))
    t = "Headline here\n\nThe senator took aim at the mayor's housing plan.\n"
    assert any(g[2] == "took aim at" and g[3] == "the mayor's housing plan" for g in attrs(t))
    # not a thing taking aim, nor arguing with someone
    assert attrs("Headline here\n\nThe bill takes aim at payday lenders.\n") == []
    assert attrs("Headline here\n\nThe senator argued with his aides.\n") == []


def test_touting_and_assuring_of_report_their_object():
    t = "Headline here\n\nThe governor touted her record on rural broadband.\n"
    assert any(g[0] == "The governor" and g[2] == "touted" and g[3] == "her record on rural broadband" for g in attrs(t))
    t = "Headline here\n\nThe nominee assured senators of his full support for the treaty.\n"
    assert any(g[0] == "The nominee" and g[2] == "assured" and "of his full support for the treaty" in g[3]
               for g in attrs(t))


def test_speech_with_a_preposition_skips_a_day_after_it():
    # a day after the preposition is when, not what: the topic is the next phrase
    t = "Headline here\n\nThe mayor came back late on Saturday, pushing back on Sunday against the reports about her aide.\n"
    got = attrs(t)
    assert not any(g[3] and g[3].startswith("Sunday") for g in got)
    assert any(g[2] == "pushing back on Sunday against" and g[3] == "the reports about her aide" for g in got)


def test_stance_noun_with_own_pronoun_voiced_by_a_light_verb():
    t = "Headline here\n\nThe governor expressed his hope that the strike would end before winter.\n"
    assert any(g[0] == "The governor" and g[2] == "expressed his hope" and g[3] == "the strike would end before winter"
               and not g[4] for g in attrs(t))
    t = "Headline here\n\nShe repeated her long-held assessment that the levee is unsafe.\n"
    assert any(g[0] == "She" and g[3] == "the levee is unsafe" for g in attrs(t))
    # a speech verb reports it once; a possessive that is no pronoun keeps its strict form
    t = "Headline here\n\nThe senator reiterated her view that the deal was flawed.\n"
    assert len(attrs(t)) == 1


def test_a_forecast_as_object_is_the_forecasters():
    t = "Headline here\n\nThe senator predicted a narrow win for the levy on Tuesday.\n"
    assert any(g[0] == "The senator" and g[2] == "predicted" and g[3].startswith("a narrow win for the levy")
               for g in attrs(t))
    # not a model's, nor an infinitive after "it is hard"
    assert attrs("Headline here\n\nThe weather model predicts a wet spring.\n") == []
    assert attrs("Headline here\n\nIt is hard to predict the outcome of the vote.\n") == []


def _aliases(text, person_spans=None):
    from spacy.tokens import Span as DocSpan

    from timeline.extract.actors import Aliases
    from timeline.extract.nlp import parse
    doc = parse(text)
    ents = None
    if person_spans is not None:
        ents = [doc.char_span(text.index(w), text.index(w) + len(w), label="PERSON") for w in person_spans]
        assert all(isinstance(e, DocSpan) for e in ents)
    return Aliases(doc, ents)


def test_description_takes_the_title_inside_the_named_entity():
    # "President Margaret Okafor" as one PERSON entity: its title makes her "the president"
    t = ("Budget talks\n\nPresident Margaret Okafor met with lawmakers on Monday.\n\n"
         "The president said the budget would pass by June.\n")
    al = _aliases(t, ["President Margaret Okafor"])
    assert al.describe("The president", t.index("The president")) == "Margaret Okafor"


def test_description_named_by_the_apposition_after_it():
    t = ("Briefing\n\nOn Friday night, the director of national intelligence, Walter Ostrowski, who "
         "attended the briefing, issued a statement.\n")
    al = _aliases(t)
    assert al.describe("the director", t.index("the director")) == "Walter Ostrowski"


def test_description_by_an_abbreviated_title_and_a_role_synonym():
    # "Rep." is a representative and a lawmaker; "Sen." a senator
    got = attrs("Pay raise\n\nRep. Dolores Quintanilla, R-Ohio, opposed the raise.\n\n"
                "The freshman lawmaker said Congress should not reward itself.\n")
    said = [g for g in got if g[2] == "said"]
    assert said and said[0][1] == "Dolores Quintanilla"


def test_description_with_a_place_said_of_the_person():
    # "the Ohio senator": the senator the story placed in Ohio, not the latest senator
    got = attrs("Pay raise\n\nSen. Harold Brenneman, R-Ohio, wrote to the White House. Sen. Lucas Ferrante, "
                "D-Vt., did not.\n\nThe Ohio senator said Congress should not reward itself.\n")
    said = [g for g in got if g[2] == "said"]
    assert said and said[0][1] == "Harold Brenneman"


def test_description_by_an_occupation_and_a_long_apposition():
    # "Roe, the attorney for a film star who …": an attorney; "a Republican strategist": a strategist
    got = attrs("Pardons\n\nMatthew Kowalczyk, a Republican strategist in Texas, praised the move.\n\n"
                "Bernard Ashdown, the attorney for an actress who is suing the studio, spoke on Monday.\n\n"
                "The attorney said his client would testify. The GOP strategist added that he would "
                "encourage restraint.\n")
    by_cue = {g[2]: g[1] for g in got}
    assert by_cue.get("said") == "Bernard Ashdown"
    assert by_cue.get("added") == "Matthew Kowalczyk"


def test_indefinite_description_opening_a_line_is_someone_new():
    # "In response, a spokesman for …" introduces a new person, not the senator named next
    got = attrs("Shutdown\n\nIn response, a spokesman for the speaker said talks would go on.\n\n"
                "Sen. Ruth Calloway, R-Maine, said she was hopeful.\n")
    said = [g for g in got if g[2] == "said"]
    assert said and said[0][1] != "Ruth Calloway"


def test_description_of_a_person_introduced_long_before_and_still_named():
    filler = "The plan drew wide debate across the country in the weeks that followed. " * 45
    t = ("Budget\n\nPresident Ambrose Whitcombe unveiled a budget plan on Monday.\n\n" + filler +
         "\n\nOn Friday, Mr. Whitcombe told reporters in Denver that he was hopeful.\n\nThe president said the plan would pass.\n")
    al = _aliases(t)
    assert al.describe("The president", t.index("The president")) == "Ambrose Whitcombe"


def test_pronoun_never_resolves_to_a_quantifier_subject():
    # "None of the above makes …" names no one a later "it" can stand for
    got = attrs("Probe\n\nNone of the above makes the senator guilty. But it suggests that the inquiry is widening.\n")
    sug = [g for g in got if g[2] == "suggests"]
    assert sug and sug[0][1] != "None"


def test_senate_leader_is_a_senator_for_a_later_description():
    t = ("Spending\n\nDemocratic Sens. Tom Ardell and Ray Voss backed the bill.\n\n"
         "Senate Minority Leader Harlan Pruett opposed it on Tuesday.\n\n"
         "“It is a giveaway,” added the five-term senator from Kentucky.\n")
    al = _aliases(t)
    assert al.describe("the five-term senator", t.index("the five-term senator")) == "Harlan Pruett"


def test_bare_title_before_a_name_or_in_a_headline_is_the_person():
    t = ("Attorney General Admits Errors\n\nAttorney General Linus Varga said on Monday that mistakes were made.\n\n"
         "In the main dissent, Justice Miriam Osei wrote that the program is unlawful.\n")
    al = _aliases(t)
    assert al.canonical("Justice", t.index("Justice Miriam")) == "Miriam Osei"
    assert al.canonical("Attorney General", 0) == "Linus Varga"


def test_bare_title_that_is_a_surname_stays_the_name():
    t = ("Talks\n\nRep. Mark King met Ann Lowe, the king of fundraising, on Monday.\n\nKing said no.\n")
    al = _aliases(t)
    assert al.canonical("King", t.index("King said")) == "Mark King"


def test_document_speaker_speaks_for_the_body_that_made_it():
    # "according to reporting by The Washington Post", "data from …", "the FEC's own data"
    got = attrs("Probe\n\nThe inquiry widened last week, according to reporting by The Washington Post on "
                "Wednesday night.\n")
    assert got and got[0][:2] == ("reporting", "The Washington Post")
    got = attrs("Jobs\n\nNew firms created most jobs, according to 1995-2005 data from the Kauffman Foundation.\n")
    assert got and got[0][1] == "Kauffman Foundation"
    # a document with no named maker stays the document
    got = attrs("Jobs\n\nNew firms created most jobs, according to a study released on Monday.\n")
    assert got and got[0][1] == "a study"


def _speaker_at(text, cue):
    """The resolved speaker of the attribution whose cue is `cue`."""
    return next(a.speaker for a in find_attributions(text) if a.cue and a.cue.slice(text) == cue)


def test_pronoun_in_a_subordinate_clause_is_the_governing_subject():
    # "she" in a clause hanging on Roe's own verb is Roe, not the person of the sentence before
    t = ("Headline here\n\nMary Lopez spoke on Monday. Senator Ann Roe, the panel's chair, is changing "
         "course when she calls the bill a disaster.\n")
    assert _speaker_at(t, "calls") == "Ann Roe"


def test_they_is_never_a_subject_that_names_no_one():
    t = ("Headline here\n\nVoters in the county are angry. The fact that prices rose bothers residents. "
         "They say the tax must go.\n")
    assert _speaker_at(t, "say") == "Voters"


def test_a_described_subject_is_the_antecedent_of_he():
    # "The senator" is Tom Roe; the governor of the sentence before does not speak
    t = ("Headline here\n\nSenator Tom Roe introduced the bill on Monday. Governor Bill Smith criticized it "
         "on Tuesday. The senator was unmoved by the criticism. “We followed every rule,” he said.\n")
    assert _speaker_at(t, "said") == "Tom Roe"


def test_a_document_speaks_for_its_named_maker():
    t = ("Headline here\n\nSenator Tom Meadows wrote to the mayor on Monday. Meadows' letter to the mayor "
         "stated that the contract was void.\n")
    assert _speaker_at(t, "stated") == "Tom Meadows"
    t = "Headline here\n\nMost voters back the plan, according to a recent Gallup poll.\n"
    assert _speaker_at(t, "according to") == "Gallup"


def test_description_with_an_unsaid_state_is_the_one_senator_named():
    t = ("Headline here\n\nSen. Tom Roe, R-Ariz., spoke on Monday about the budget. “We cannot keep "
         "borrowing,” the Arizona senator said.\n")
    assert _speaker_at(t, "said") == "Tom Roe"


def test_headline_colon_after_a_possessed_thing_names_no_speaker():
    """'Smith's Farms And Potential Losses: Sorting It Out' labels a topic; 'Roe's lawyer: …' is a
    person of Roe's who speaks."""
    t = "Smith's Farms And Potential Losses: Sorting It Out\n\nThe story continues below.\n"
    assert not any(a[1] and "Farms" in a[1] for a in attrs(t))
    art = Article.from_text("Roe's lawyer: client will testify\n\nThe story continues below.\n",
                            published=pendulum.date(2019, 5, 8))
    assert any(e.attribution and "lawyer" in e.attribution.speaker for e in extract_events(art) if e.from_headline)


def test_she_skips_a_bare_surname_the_article_gives_a_male_given_name():
    # "Harlan" is "Kevin Harlan": a man, so "she" goes back to Dana Mercer
    t = ("Headline here\n\nDana Mercer wrote a memo on Monday. Host Kevin Harlan interviewed the mayor on "
         "Tuesday. Harlan asked the mayor about taxes.\n\n“We will not raise them,” she said.\n")
    assert _speaker_at(t, "said") == "Dana Mercer"


def test_pronoun_after_a_misread_verb_is_its_subject():
    # the tagger reads "hint" as a noun, with the subject hung on "did"
    t = ("Headline here\n\nKevin Harlan spoke on Monday. Mrs. Dana Mercer did hint that more rules could come, "
         "though she said they are hoping the press polices itself.\n")
    assert _speaker_at(t, "said") == "Dana Mercer"


def test_name_after_a_run_of_titles_is_the_speaker():
    t = ("Headline here\n\nIn a letter of protest sent to the mayor on Monday, NBC President and Chief Executive "
         "Officer Gary Plumb said the deal was dead.\n")
    assert _speaker_at(t, "said") == "Gary Plumb"
    t = ("Headline here\n\nPresidential historian and Lincoln biographer Jon Markham, another speaker at the "
         "service, called the speech a landmark.\n")
    assert _speaker_at(t, "called") == "Jon Markham"


def test_name_after_a_persons_role_noun_speaks_not_the_person():
    t = ("Headline here\n\nFBI agent Peter Strand was fired last year. In response to the latest letter, "
         "though, Strand lawyer Aitan Gorelik said the texts referred to an effort to stop leaks.\n")
    assert _speaker_at(t, "said") == "Aitan Gorelik"


def test_pronoun_can_stand_for_the_doer_of_a_passive_with_no_named_subject():
    t = ("Headline here\n\nSenator Ellen Park pledged to investigate. Julio Castano called for reform. "
         "But everyone was topped by Governor Jay Ingram. “My first act will be to fix the roads,” he promised.\n")
    assert _speaker_at(t, "promised") == "Jay Ingram"


def test_an_op_ed_by_a_person_speaks_for_its_author():
    t = ("Headline here\n\nCritics were unhappy. A New York Times op-ed by Ernest Olsen wrote that the plan "
         "was a mistake.\n")
    assert _speaker_at(t, "wrote") == "Ernest Olsen"


def test_the_report_speaks_for_the_outlet_that_reported_it():
    t = ("Headline here\n\nAuction prices for the parts rose sharply this week, Bloomberg reported.\n\n"
         "Parts often sell for less than $200, but the report said some prices hit $1,000.\n")
    assert _speaker_at(t, "said") == "Bloomberg"


def test_the_president_is_not_a_former_president():
    t = ("Headline here\n\nFormer President Carl Benning spoke on Monday. President Amy Lowe spoke on "
         "Tuesday. “We are ready,” the president said.\n")
    assert _speaker_at(t, "said") == "Amy Lowe"
    t = ("Headline here\n\nSenator Mary Hale met former President Carl Benning on Monday.\n\n"
         "“We are ready,” the president said.\n")
    assert _speaker_at(t, "said") != "Carl Benning"


def test_a_description_with_an_unsaid_state_is_the_senator_named_last():
    t = ("Headline here\n\nSen. Mark Bell and Sen. Lisa Marsh voted no in March. The vote failed.\n\n"
         "In other news, the weather was fine and the roads were clear. Schools opened on time and the "
         "markets rose for the third day in a row. Analysts expect more gains through the spring. Traders "
         "were cautious about the outlook for the summer months. Several companies reported strong "
         "earnings and raised their forecasts for the year. Retail sales also beat expectations. Economists "
         "see steady growth. The central bank is expected to hold rates steady next "
         "month. Housing starts fell slightly, but permits rose. Consumer confidence reached a new high. "
         "Factory orders grew for the fourth straight month. Exports to Asia rose sharply. Unemployment "
         "claims dipped to their lowest level in years. Wages rose modestly in most sectors.\n\n"
         "The city council approved a new park on the east side. Construction will begin in the fall and "
         "last about a year. The park will have a pond, two playgrounds and a dog run. Neighbors had asked "
         "for more green space for a decade. The plan also adds bike lanes on three streets.\n\n"
         "Sen. Rob Porter has proposed a freeze on pay. “We must not reward ourselves,” the Ohio senator said.\n")
    assert _speaker_at(t, "said") == "Rob Porter"


def test_she_can_be_a_person_just_introduced_with_a_description():
    # the sentence before brings in Karla Wend as the object, with a description; its subject
    # is a man, so "she" is Karla Wend, not the woman quoted paragraphs before
    t = ("Headline here\n\nDana Mercer, a spokeswoman for the campaign, told reporters the race was close.\n\n"
         "Voters are divided. Senator Tom Marsh also is facing opposition from Karla Wend, a doctor who "
         "resigned her seat last year. She is touting a straw poll victory over Marsh.\n")
    assert _speaker_at(t, "touting") == "Karla Wend"


def test_he_after_a_question_is_the_person_asked():
    t = ("Headline here\n\nHost Jake Turner spoke with Rep. Jerry Nolan on Sunday. Turner asked Nolan if he "
         "had any problem with the remark. He said \"I have had problems with other remarks but not that one.\"\n")
    assert _speaker_at(t, "said") == "Jerry Nolan"


def test_a_one_word_name_tagged_a_person_elsewhere_is_a_person_subject():
    # "Cooper" is never given a first name; the tagger reads "Cooper, 62, …" as a work of art
    from spacy.tokens import Span as SpacySpan

    from timeline.extract.nlp import parse
    from timeline.extract.pipeline import find_attributions_doc
    t = ("Headline here\n\nCooper declined an interview request. But a senior adviser, Morgan Jackson, said the "
         "governor is not making decisions based on tweets.\n\nCooper, 62, has been a fixture in the state for "
         "three decades. In 2007, he made national news, declaring that three players were victims of a rush "
         "to accuse.\n")
    doc = parse(t)
    third = [tok for tok in doc if tok.text == "Cooper"][-1]
    doc.set_ents([SpacySpan(doc, third.i, third.i + 1, label="WORK_OF_ART")], default="unmodified")
    got = [(a.speaker, a.cue.slice(t)) for a in find_attributions_doc(doc)]
    assert ("Cooper", "declaring") in got


def test_a_share_of_respondents_speaks_for_the_poll():
    # "62 percent said" reports a poll's finding: the pollster is the source, named in the same
    # sentence ("in a Gallup poll") or in the sentence before that cited the poll
    t = ("Headline here\n\nIn a Harlow University poll released Monday, only 38 percent of voters said the "
         "plan would help them.\n")
    assert _speaker_at(t, "said") == "Harlow University"
    t = ("Headline here\n\nThe Brenner Institute reported that 70 percent of adults think taxes are too high. "
         "Sixty-two percent said the roads need repair.\n")
    assert _speaker_at(t, "said") == "Brenner Institute"
    t = ("Headline here\n\nA Fieldstone survey released Tuesday found that nearly six in 10 of those asked "
         "said prices were rising.\n")
    assert _speaker_at(t, "said") == "Fieldstone"
    # no poll in sight: the share stays
    t = "Headline here\n\nForty percent said they would stay home.\n"
    assert _speaker_at(t, "said") == "Forty percent"
    t = "Headline here\n\nExit polls showed a close race; 55 percent said the economy came first.\n"
    assert _speaker_at(t, "said") != "Exit"
    t = ("Headline here\n\nAccording to a Harlow University poll, almost half of Americans say they are "
         "saving more.\n")
    assert _speaker_at(t, "say") == "Harlow University"


def test_the_named_doer_of_sourced_news_is_an_actor_beside_the_source():
    # "X did Y, according to Z" / "X did Y, Z reported": Z is the source (the attribution), X acts
    from extract_support import events
    art, found = events("Headline here\n\nMaria Delgado resigned as chair on Friday, according to the Daily Courier.\n\n"
                        "Pellman Foods closed two plants last year, the Valley Herald reported.\n\n"
                        "“We closed two plants,” the company said.\n\n"
                        "The plan will differ from the old one in key ways, according to a person familiar with it.\n")
    def at(words):
        e = next(e for e in found if e.sentence.slice(art.text).startswith(words))
        return e.attribution.speaker, [a.canonical for a in e.actors]
    spk, acts = at("Maria Delgado")
    assert spk == "Daily Courier" and "Maria Delgado" in acts
    spk, acts = at("Pellman Foods")
    assert spk.endswith("Valley Herald") and "Pellman Foods" in acts
    assert len(at("“We closed")[1]) == 1  # (a quotation: its speaker alone)
    assert len(at("The plan")[1]) == 1


def test_a_sourced_state_or_forecast_names_no_doer():
    from extract_support import events
    art, found = events("Headline here\n\nMaria Delgado is the favorite in the race, the Daily Courier reported.\n\n"
                        "Pellman Foods could close two plants, according to the Valley Herald.\n\n"
                        "The Ohio economy has weakened this year, Governor Jo Marsh said.\n\n"
                        "The state party needs to stop fighting, says Tom Reyes.\n\n"
                        "Other company officials at the meeting included Sam Ortiz, the report said.\n")
    for e in found:  # the source alone; a claimed act told beside it (clauses) names no doer
        speaker = [e.attribution.speaker] if e.attribution else []
        names = [a.canonical for a in e.actors]
        assert names == speaker or e.kind != "statement" and not names, (e.sentence.slice(art.text), e.actors)


def test_a_body_named_through_a_preposition_speaks_whole():
    # "the Department of Defense says", "the Institute for Justice argued": the whole name
    t = ("Headline here\n\nThe Department of Agriculture says a review must occur every five years.\n\n"
         "But the Institute for Fair Courts, which opposes the rule, argued that the protections are weak.\n\n"
         "Jobs grew in May, according to the Center for Labor Studies.\n\n"
         "“It is final,” the Office of the Director of Rural Affairs (ODRA) told reporters.\n")
    assert _speaker_at(t, "says") == "Department of Agriculture"
    assert _speaker_at(t, "argued") == "Institute for Fair Courts"
    assert _speaker_at(t, "according to") == "Center for Labor Studies"
    assert _speaker_at(t, "told") == "Office of the Director of Rural Affairs"


def test_the_center_and_the_agency_are_the_body_named_before():
    t = ("Headline here\n\nThe work of the Brookfield Policy Center. These credits are costly.\n\n"
         "The credits are costly, the center says.\n")
    assert _speaker_at(t, "says") == "Brookfield Policy Center"
    t = ("Headline here\n\nOn Monday, the Ninth U.S. Circuit Court of Appeals upheld the rule.\n\n"
         "The ruling stands, the court said.\n")
    assert _speaker_at(t, "said").endswith("Circuit Court of Appeals")  # (no name cut at "U.S. ")
    # a well-known agency named with its "U.S.", then "the agency"
    t = ("Headline here\n\nThe director of the U.S. Citizenship and Immigration Services spoke on Monday.\n\n"
         "Experts say the change could expand removals.\n\n"
         "The agency said last week that it will deny incomplete applications.\n")
    assert _speaker_at(t, "said") == "U.S. Citizenship and Immigration Services"
    # a body's own name is no description of another ("the Kerr Foundation" after "the Lane Foundation")
    t = ("Headline here\n\nRoe gave $5 million to the Lane Community Foundation last year.\n\n"
         "Half of startups had immigrant founders, according to data from the Kerr Foundation.\n")
    assert _speaker_at(t, "according to") == "Kerr Foundation"


def test_a_part_of_a_group_speaks_with_its_group():
    # "One of Roe's close friends stated": the "of" phrase names who speaks
    t = ("Headline here\n\nOne of Roe's close friends recently stated that she will run.\n\n"
         "Most of the workers said they would strike.\n")
    assert _speaker_at(t, "stated") == "One of Roe's close friends"
    t2 = "Headline here\n\nJudge Ann Roe spoke on Monday. One of Roe's close friends stated that she will run.\n"
    assert _speaker_at(t2, "stated") == "One of Roe's close friends"
    assert _speaker_at(t, "said") == "Most of the workers"
    # a bare count or quantifier is part of the plural subject before it in its sentence
    t = ("Headline here\n\nAt least 17 Democratic senators have agreed to meet the nominee, although only two "
         "have called for hearings.\n")
    assert _speaker_at(t, "called") == "Democratic senators"
    t = ("Headline here\n\nCentrists warn that voters would lose coverage, and some have even said that the old "
         "law is better.\n")
    assert _speaker_at(t, "said") == "Centrists"
    # not a thing the subject's clause talks of, nor "some" with no group before it
    t = "Headline here\n\nFarmers warn that prices will fall, and some have said that the deal is worse.\n"
    assert _speaker_at(t, "said") == "Farmers"
    t = "Headline here\n\nSome say the plan will fail.\n"
    assert _speaker_at(t, "say") == "Some"


def test_the_group_is_the_body_introduced_as_one():
    # "X, a political organization that …" … "The group says": X
    t = ("Headline here\n\nHope For Women, a political organization that works to elect women, kicked off a new "
         "campaign Thursday.\n\nThe group says it will also use advertising.\n")
    assert _speaker_at(t, "says") == "Hope For Women"
    t = ("Headline here\n\nPellman Foods, a Denver food company, closed two plants. Workers protested. "
         "The company said demand fell.\n")
    assert _speaker_at(t, "said") == "Pellman Foods"


def test_the_president_is_not_a_foreign_president():
    t = ("Headline here\n\nPresident Amy Lowe spoke on Monday about the summit and the trade talks that follow it.\n\n"
         "Lowe has praised Russian President Ivan Dorov in the past. “We are ready,” the president said.\n")
    assert _speaker_at(t, "said") == "Amy Lowe"
    t = ("Headline here\n\nMs. Lowe flew to Mexico on Sunday.\n\n"
         "“We are ready,” the president said. She will also meet President Ivan Dorov of Russia.\n")
    assert _speaker_at(t, "said") != "Ivan Dorov"


def test_a_counted_group_with_its_members_named_acts_as_them():
    # "Two Democratic senators, Mary Hale … and Tom Reyes …, declared": the named members act
    from extract_support import events
    art, found = events("Headline here\n\nTwo Democratic senators, Mary Hale of Maryland and Tom Reyes of New Mexico, "
                        "declared their support on Monday.\n\nDuring the vote, two Republicans — Sen. Ann Lowe of Maine "
                        "and Lisa Marsh — joined Democrats in opposing the bill.\n\nTwo Democratic senators, Mary Hale "
                        "and Tom Reyes, said they would vote no.\n")
    def at(words):
        return next(e for e in found if e.sentence.slice(art.text).startswith(words))
    assert at("Two Democratic senators, Mary Hale of").actors[0].canonical == "Mary Hale"
    assert at("During the vote").actors[0].canonical == "Ann Lowe"
    assert at("Two Democratic senators, Mary Hale and").attribution.speaker == "Mary Hale"


def test_a_headline_report_is_the_one_the_body_credits():
    t = ("Widget prices jump after governor's remarks, report says\n\nWidget dealers are reporting a sharp price "
         "increase just hours after Governor Ann Lee spoke, the Valley Herald reported.\n")
    assert _speaker_at(t, "says").endswith("Valley Herald")
    t = "Widget prices jump, report says\n\nWidget dealers raised prices on Monday.\n"
    assert _speaker_at(t, "says") == "report"


def test_the_one_quoted_as_saying_speaks():
    t = ("Headline here\n\nMayor Ann Lee spoke on Monday. The Valley Herald quoted Lee as describing the vote as a "
         "disaster and adding, “I am grateful.”\n\nOne e-mail quoted her as saying: \"Time for some traffic problems in the city.\"\n")
    assert _speaker_at(t, "describing") == "Ann Lee"
    assert _speaker_at(t, "adding") == "Ann Lee"
    assert _speaker_at(t, "saying") == "Ann Lee"


def test_a_headline_prefix_names_people_of_someone_by_their_plural_role():
    """"Roe's spokeswomen: …" names people of Roe's (who speak), by the role's lemma, not a
    thing of Roe's ("Roe's businesses: …"); stripping a final "s" missed irregular plurals."""
    from timeline.extract.attribute.finder import _possessed_thing
    from timeline.extract.nlp import parse
    assert not _possessed_thing(list(parse("Roe's spokeswomen")))
    assert not _possessed_thing(list(parse("Roe's chairmen")))
    assert _possessed_thing(list(parse("Roe's businesses")))
