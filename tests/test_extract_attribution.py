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
