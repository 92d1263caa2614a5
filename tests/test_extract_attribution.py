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
