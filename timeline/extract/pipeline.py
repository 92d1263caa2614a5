"""The extraction pipeline: the order of the components, in one place.

    parse (nlp)  →  segment  →  aliases (actors)  →  speech (attribute)
                 →  time mentions (dating)  →  per sentence: classify → actors → date
                 →  quantities / places / headline  →  Event
                 (+ events of the sentence's other clauses: a coordinated verb, a clause
                  with a subject of its own, another speaker's statement, a clause with a
                  time of its own, a participle with a named "by" doer, a dated occurrence noun)
                 →  the headline's acts dated and named by their retelling in the lead (retold)

Every component is a plain function/class over the shared `Analysis`, testable alone.
Pure and deterministic: same article text + EXTRACTOR_VERSION → same events and ids.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import attrs
import numpy
from spacy.attrs import DEP, POS

from ..model import Actor, Article, Attribution, Event, Span, event_id
from . import classify as C
from .actors import DESCRIPTION_HEADS, GENERIC_ORG_HEADS, Aliases, is_acronym
from .lexicon import (DATED_EVENT_NOUNS, LAW_OBJECTS, VOICED_VIEW_VERBS, HAPPENING_VERBS, OUTLET_BRANDS, OUTLET_ACCOUNT_CUES, PERSONAL_ACTS, TOPIC_TALK_VERBS, TOPIC_TALK_PREPS, HEADLINE_SPEECH, SPEECH_PHRASAL, COGNITION, COURT_NOUNS, LAW_SUBJECTS, OUTLET_WORDS, QUOTE_CUES, ROLE_NOUNS, RULING_NOUNS,
                      SPEECH, WEAK_HEAD_SPEECH)
from .attribute import Speech, SpeechFinder, _np_tokens, _name_of, document_verb, quote_spans
from .attribute.cues import _series_after_fragment, _series_subject, finite_conj_head
from .attribute.speakers import counted_members
from .dating import Dater, find_mentions
from .fallback import CONFIDENCE as FALLBACK_CONFIDENCE, act_kind, past_act
from .fallback import _STATE_PARTICIPLES as FALLBACK_STATES
from .details import DocEnts, clause_tokens, entities, places, quantities, render
from .nlp import get_nlp, parse, parse_many
from .retold import date_headline_acts
from .segment import Segmentation, segment

EXTRACTOR_VERSION = "extract-30"


@dataclass
class Analysis:
    """Everything known about one parsed article, shared by the components."""

    article: Article
    doc: object
    seg: Segmentation
    aliases: Aliases
    finder: SpeechFinder
    speeches: list[Speech]
    dater: Dater
    by_sentence: dict[int, list[Speech]] = field(default_factory=dict)
    ents: DocEnts | None = None
    #: speaker → the time of their last dated statement ('Barr said in an interview that
    #: aired on Thursday …' dates his later '… Barr said' of the same interview)
    speaker_time: dict[str, object] = field(default_factory=dict)
    #: paragraph → the time of its last dated speech event (what a later undated 'X said'
    #: of the paragraph inherits; another event's time is backstory, not the saying's)
    speech_paragraph_time: dict[int, object] = field(default_factory=dict)
    #: event id → its narrower sentence span, when a clause event took the words before it
    #: ("The leader refused appeals …, saying …": the statement is the participle's clause)
    narrowed: dict[str, Span] = field(default_factory=dict)
    _clause_verbs: list[int] | None = None

    def clause_verbs(self) -> list[int]:
        """Sorted indices of the verbs that can head a clause of their own (`_CLAUSE_DEPS`),
        read once per doc from its arrays (clause_action_events skips most sentences by them)."""
        if self._clause_verbs is None:
            arr = self.doc.to_array([POS, DEP])
            deps = numpy.isin(arr[:, 1], [self.doc.vocab.strings[d] for d in _CLAUSE_DEPS])
            self._clause_verbs = numpy.flatnonzero((arr[:, 0] == self.doc.vocab.strings["VERB"]) & deps).tolist()
        return self._clause_verbs


def analyse(article: Article, doc) -> Analysis:
    seg = segment(doc)
    ents = DocEnts(doc)
    aliases = Aliases(doc, ents.ents)
    finder = SpeechFinder(doc, seg, aliases)
    speeches = finder.run()
    mentions = find_mentions(doc, article.published)
    if seg.cards:  # a link card's words are other stories' (segment.link_cards)
        mentions = [m for m in mentions if not seg.in_card(m.start)]
        speeches = [s for s in speeches if not (s.cue and seg.in_card(s.cue[0])
                                                or s.speaker_span and seg.in_card(s.speaker_span[0]))]
    dater = Dater(doc, mentions, article.published,
                  skip=[(b.start, b.end) for b in seg.blocks if b.role == "boilerplate"])
    by_sentence: dict[int, list[Speech]] = {}
    for s in speeches:
        if s.event or _quoted_belief(s, doc):  # beliefs, findings and nominal claims make no statement event
            by_sentence.setdefault(s.sentence, []).append(s)
    return Analysis(article, doc, seg, aliases, finder, speeches, dater, by_sentence, ents)


#: speech verbs that tell a stand taken in the story, not words quoted from it
_STANCE_ACTS = {"challenge", "refuse", "reject", "oppose", "object", "dispute", "deny", "defend", "decline"}


def _stance_act(trig_tok) -> bool:
    """A saying told as a stand taken in the paragraph's story ('McConnell reportedly
    challenged the findings', 'He refused to sign …'): it happened in that story's year."""
    return trig_tok is not None and trig_tok.pos_ == "VERB" and trig_tok.lemma_.lower() in _STANCE_ACTS


def _quoted_belief(s: Speech, doc) -> bool:
    """A quotation followed by a verb of thinking ('“The coming year presents an
    opportunity,” Mr. Coburn concluded.', '“…?” she wondered.'): said out loud, a statement."""
    if not (s.direct and s.content and s.cue and s.cue_tok is not None and s.speaker_span) or s.continuation:
        return False
    cue = doc[s.cue_tok]
    return cue.tag_ in ("VBD", "VBZ") and cue.lemma_.lower() in COGNITION and s.content[1] <= s.cue[0] \
        and s.cue[0] - s.content[1] <= 60 and doc.text.count("\n", s.content[1], s.cue[0]) == 0


def to_attribution(s: Speech) -> Attribution:
    return Attribution(
        speaker=s.speaker, role=s.role,
        speaker_span=Span(*s.speaker_span) if s.speaker_span else None,
        cue=Span(*s.cue) if s.cue else None,
        content=Span(*s.content) if s.content else None,
        direct=s.direct, outlet=s.outlet, chain=tuple(c for c in s.chain if c))


#: a speaker's kind (attribute.Speech.speaker_kind) → the kind of Actor it makes
SPEAKER_ACTOR_KIND = {"person": "person", "org": "organisation", "outlet": "organisation", "group": "group"}

_MARKUP = set("<>{}[]|\\")


#: a dateline opening a line: a place in capitals, maybe its state or country and the agency,
#: then a dash ("WASHINGTON — ", "LAS VEGAS, Nevada — ", "SEOUL (Reuters) - ", "FILE - ")
_DATELINE = re.compile(r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?"
                       r"(?:\s*\([A-Z][A-Za-z .]{1,30}\))?\s*(?:—|–|--?)\s+")


def _dateline_end(text: str, offset: int) -> int | None:
    """The end of the dateline that opens the line holding `offset`, if it has one."""
    line = text.rfind("\n", 0, offset) + 1
    m = _DATELINE.match(text, line)
    return m.end() if m is not None else None


def _past_dateline(actors, text: str) -> list[Actor]:
    """Actors without the dateline: 'WASHINGTON — The Justice Department …' names a place that
    reports, not an actor; 'SEOUL (Reuters) - North Korea’s leader …' starts after it."""
    kept = []
    for a in actors:
        end = _dateline_end(text, a.span.start)
        if end is not None and a.span.start < end:
            if a.span.end <= end:
                continue
            a = attrs.evolve(a, name=text[end:a.span.end], span=Span(end, a.span.end))
        kept.append(a)
    return kept


def _clean_actor(a: Actor | None) -> Actor | None:
    """No markup in an actor's name: '<script>…</script>ICE' names nobody we can show."""
    if a is None:
        return None
    if any(ch in _MARKUP for ch in a.name) or any(ch in _MARKUP for ch in a.canonical):
        return None
    return a


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’-]+", name.lower()) if w not in ("mr", "mrs", "ms", "dr")]


def _speaker_time(an: Analysis, speaker: str):
    """The time of the speaker's last dated statement: the same name, or a fuller or
    shorter form of it with the same last word ('Tom Coburn' … 'Coburn')."""
    if speaker in an.speaker_time:
        return an.speaker_time[speaker]
    words = _name_words(speaker)
    if not words:
        return None
    found = None
    for name, m in an.speaker_time.items():  # (insertion order: the last match is the latest)
        other = _name_words(name)
        if other and other[-1] == words[-1] and (set(other) <= set(words) or set(words) <= set(other)):
            found = m
    return found


#: prepositions that give what a speaker talks about, not where or when ("warns of a
#: Christmas without …", "spoke about the 2016 race")
_TOPIC_PREPS = {"of", "about", "over", "against", "regarding", "concerning", "for", "to", "with"}


def _on_cue(tok, cue_i: int) -> bool:
    """The time hangs on the cue itself, or on a chain of place phrases that does ('smacked
    Clinton at the conference in Las Vegas on Thursday evening'), with no verb between."""
    if tok.dep_ in ("npadvmod", "tmod"):
        return tok.head.i == cue_i or _before_content_subject(tok, tok, cue_i)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and _before_content_subject(tok.head, tok, cue_i):
        return True
    first, place = True, False
    for _ in range(8):
        if tok.dep_ == "advmod" and tok.lower_ in ("here", "there") and tok.head.i != cue_i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            # the parser hangs 'here at the conference' on the object: an occasion's place
            return place and tok.head.i == cue_i and tok.dep_ in ("dobj", "advmod")
        prep = tok.head
        place = place or prep.lower_ in ("at", "during")
        if prep.head.i == cue_i:
            return prep.lower_ not in _TOPIC_PREPS and (first or prep.lower_ in ("at", "in", "during"))
        if prep.head.pos_ not in ("NOUN", "PROPN") and prep.head.lower_ not in ("here", "there"):
            return False
        tok, first = prep.head, False
    return False


def _before_content_subject(first, last, cue_i: int) -> bool:
    """'Trump said on Friday he did not need …': a time right after the cue and before the
    subject of a reported clause with no 'that' is the saying's, though the parser hangs it
    on the reported verb (`first` … `last`: the time phrase)."""
    verb = first.head
    if verb.dep_ != "ccomp" or verb.head.i != cue_i or first.i != cue_i + 1:
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # ('said that on Friday he would …': the reported clause's own time)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.left_edge.i == last.i + 1


def _cue_times_out(an: Analysis, cue_i: int, content) -> list[tuple[int, int]]:
    """The content span less the times that hang on the cue itself ('Roe slammed the
    plan on Monday': the content runs to the end, but Monday is when she slammed it)."""
    out, lo = [], content[0]
    for m in an.dater.in_range(*content):
        if _on_cue(an.dater.tok_at(m.end - 1), cue_i):
            out.append((lo, m.start))
            lo = m.end
    out.append((lo, content[1]))
    return [r for r in out if r[0] < r[1]]


def _present_cue(cue) -> bool:
    """'X says', 'Time refutes …, saying': a cue in the simple present (or a participle
    hanging on one) reports what the speaker holds now."""
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.head.i != cue.head.i:
        cue = cue.head.head  # "… is trying to keep them by arguing that …": the verb the 'by' hangs on
    for _ in range(3):
        if cue.tag_ in ("VBG", "VB") and cue.dep_ in ("advcl", "xcomp", "conj") and cue.head.i != cue.i:
            cue = cue.head
    if cue.tag_ == "VBG":
        # the present progressive ("the president is trying to …") speaks now as well
        aux = [c for c in cue.children if c.dep_ == "aux"]
        return len(aux) == 1 and aux[0].tag_ in ("VBZ", "VBP")
    return cue.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in cue.children)


#: title words (plural too) the parser can make the head of the names after them
_TITLE_HEADS = ROLE_NOUNS | {"sen", "sens", "rep", "reps", "gov", "govs", "gen", "senators", "representatives"}


def _title_name(tok):
    """'Senators Mike Lee and Jerry Moran oppose …' with the title as the head and the names as
    its apposition: the first name acts, not the title."""
    if tok.ent_type_ == "PERSON" or tok.lemma_.lower().strip(".") not in _TITLE_HEADS \
            and tok.lower_.strip(".") not in _TITLE_HEADS:
        return tok
    name = next((c for c in tok.rights if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
                 and c.left_edge.i == tok.i + 1), None)
    return name if name is not None else tok


def _appositive_name(tok):
    """'The company, Concord Management, sought …', 'The OMB nominee, Rep. Mick Mulvaney, just
    paid …': a description set off before a name in apposition acts as that name."""
    counted = counted_members(tok)
    if counted is not None:
        return counted  # ("Two Democratic senators, Jo Roe of Ohio and …, declared …": Roe)
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ \
            or not any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.children):
        return tok
    doc = tok.doc
    ap = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
               and c.ent_type_ in ("PERSON", "ORG", "NORP") and c.left_edge.i > tok.i + 1
               and doc[c.left_edge.i - 1].text == "," and doc[c.left_edge.i - 1].head.i == tok.i), None)
    return ap if ap is not None else tok


def _actor(an: Analysis, tok) -> Actor | None:
    if tok is None:
        return None
    doc = an.doc
    described = _title_name(tok)
    tok = _appositive_name(described)
    toks = _np_tokens(doc, tok)
    if tok is not described and tok.ent_iob_ in ("B", "I"):
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)  # ("Citizens for Integrity")
        if ent is not None and ent.end > toks[-1].i + 1 and ent.start >= toks[0].i:
            toks = list(doc[toks[0].i:ent.end])
    name, _, kind = _name_of(toks)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    text = doc.text[start:end]
    if kind == "pronoun":
        resolved = an.finder.pronoun_antecedent(toks[0], agents=toks[0].lower_ != "it")  # ("It climbed": the deficit)
        canonical = an.aliases.canonical(resolved) if resolved else text
    else:
        canonical = an.aliases.canonical(name, start)
    label = "person" if kind == "pronoun" else SPEAKER_ACTOR_KIND.get(kind)
    if tok.ent_type_ == "GPE":
        label = "place"
    return Actor(name=text, canonical=canonical, span=Span(start, end), kind=label)


#: verbs of being and having, and modals: a clause with them tells a state or a forecast
_STATE_VERBS = {"be", "have", "seem", "appear", "remain", "look", "sound", "feel", "become", "include"}
_MODAL_WORDS = C.FUTURE_MODALS | {"can", "must", "’ll", "ca"}


def _sourced_doer(an: Analysis, speech) -> Actor | None:
    """The named subject of what a source tells, when the sentence is that news with its source
    after it ("Roe has died at 94, according to the Post", "Roe's lawyers filed a motion Monday,
    the Post reported", "Acme closed two plants, the company said"): whoever the clause names
    acts, the source only tells of it. Not for quotations, nor for a source before its content
    ("The Post reported that …", the report the news)."""
    if speech.direct or not speech.content or speech.content_head is None or speech.cue is None:
        return None
    doc = an.doc
    according = doc.text[speech.cue[0]:speech.cue[1]].lower().startswith("according")
    if not according and (speech.content[1] > speech.cue[0] or speech.cue_tok is None
                          or doc[speech.cue_tok].tag_ not in ("VBD", "VBN")):
        return None  # (a present "…, analysts say" voices a view more often than it tells news)
    head = doc[speech.content_head]
    if head.pos_ != "VERB" or head.lemma_.lower() in _STATE_VERBS \
            or any(c.dep_ == "aux" and c.lower_ in _MODAL_WORDS for c in head.children):
        return None  # (a state or a forecast, "Roe is the favorite", "Roe could lose": no act)
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None  # (nor the subject of a passive, "Roe was fired, …": done to, not doing)
    toks = _np_tokens(doc, subj)
    if subj.pos_ == "PRON":
        if subj.lower_ not in ("he", "she", "they"):
            return None
    elif not (subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ == "PROPN"
              or subj.lemma_.lower() in C.AGENT_NOUNS | DESCRIPTION_HEADS | GENERIC_ORG_HEADS):
        return None  # ("The plan will differ …", "The U.S. economy has weakened …": no doer named)
    a = _actor(an, subj)
    if a is None or not a.canonical or subj.pos_ == "PRON" and a.canonical == a.name:
        return None  # (a pronoun that stands for no one found)
    return a


def _misread_finite(tok):
    """'Trump nominated Barr for …', 'Trump appointed Mulvaney, who …' read as a noun phrase
    (the verb a modifier of the name before or after it): the name right before the verb, when
    an object follows, is its subject."""
    if tok.dep_ not in ("acl", "amod") or tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return None
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if before.pos_ not in ("PROPN", "NOUN") or before.ent_type_ not in ("PERSON", "ORG", "NORP") or before.ent_iob_ == "B" \
            and before.i + 1 < len(tok.doc) and tok.doc[before.i + 1].ent_iob_ == "I":
        return None
    if after.pos_ not in ("PROPN", "DET", "PRON", "NUM") or after.lower_ in ("by", "to"):
        return None
    if any(c.dep_ == "agent" for c in tok.children) or tok.head.i not in (before.i, after.i) \
            and not (tok.dep_ == "amod" and tok.head.i > tok.i and before.head.i == tok.head.i):
        return None
    return before


def _subject_tok(tok):
    misread = _misread_finite(tok)
    if misread is not None:
        return misread
    if tok.dep_ == "acl":
        # "a budget deal passed by Congress": the agent of the participle does it
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return C.named_subject(subj)  # "The website Motherboard found …": the name
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            return None
        if cur.dep_ in ("xcomp", "conj", "advcl", "relcl") and cur.head.i != cur.i:
            if cur.dep_ == "relcl":
                return cur.head
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head  # "X has protected them by prohibiting …": X prohibits
            continue
        break
    return None


#: heads of a noun phrase that name a number or body of the actors its 'of' phrase names
#: ("a bipartisan group of senators", "dozens of protesters", "a coalition of states")
COLLECTIVE_HEADS = {"group", "coalition", "handful", "number", "bloc", "pair", "trio", "dozen",
                    "dozens", "hundreds", "thousands", "majority", "minority", "couple", "band",
                    "delegation", "contingent", "slate", "alliance", "consortium"}


def _actor_head(tok, trig_tok, kind: str):
    """The token that names the actor: the members of a collective ('a bipartisan group of
    senators' → senators), and the chamber a bill passed ('the bill passed the Senate' →
    the Senate: the bill is what was acted on)."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        tok = tok.head.head  # "Rep. Liz Cheney, who expressed outrage …": Cheney
        if tok.dep_ == "appos" and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
            tok = tok.head  # "Kelli Ward, a doctor who resigned …": Kelli Ward
    if tok.lemma_.lower() in COLLECTIVE_HEADS or tok.lower_ in COLLECTIVE_HEADS:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        member = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if member is not None and member.pos_ in ("NOUN", "PROPN"):
            return member
    if kind == "law" and trig_tok is not None and trig_tok.lemma_.lower() in ("pass", "clear") \
            and tok.lemma_.lower() in LAW_SUBJECTS:
        chamber = next((c for c in trig_tok.children if c.dep_ == "dobj"), None)
        if chamber is not None:
            return chamber
    return tok


def _named_patient(tok):
    """'Kirkpatrick was first elected in 2008', 'Manafort is expected to be arraigned': a passive
    that names no doer is about its subject, when that subject is a named person or body."""
    for _ in range(2):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            break
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return None
        tok = tok.head  # ("is expected to be arraigned": the subject of "expected")
    else:
        return None
    if subj is None or any(c.dep_ == "agent" for c in tok.children) or tok.lemma_.lower() in HAPPENING_VERBS \
            or any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.children):
        return None  # (not the victim of "were killed", nor "he's hired X", a perfect)
    if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" and tok.head.i != tok.i:
        subj = tok.head  # ("Amash, who was elected …")
    return subj if subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ == "PROPN" and not subj.ent_type_ else None


def _event_subject_actor(tok):
    """'The news conference will take place at the Sheriff's Office': the subject is the
    event, so the actor is its possessor ('ICE's raid took place') or the organisation
    it takes place at / is held by."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
    for p in tok.children:
        if p.dep_ in ("prep", "agent") and p.lower_ in ("at", "by"):
            o = next((g for g in p.children if g.dep_ == "pobj"), None)
            if o is not None and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "PERSON", "FAC")):
                return o
    return None


_QUESTION_WORDS = {"should", "will", "would", "can", "could", "may", "might", "must", "shall", "is",
                   "are", "was", "were", "do", "does", "did", "has", "have", "had", "who", "what",
                   "when", "where", "why", "how", "which", "whose", "whom", "isn", "aren", "didn",
                   "doesn", "won", "wouldn", "couldn", "shouldn"}


def _question(text: str, sent, quotes) -> bool:
    """The sentence is a question of the writer's (its '?' outside any quotation): it asks,
    it reports nothing."""
    end = text[sent.start:sent.end].rstrip(" \"”’')")
    if not end.endswith("?"):
        return False
    first = re.match(r"[\W_]*([A-Za-z]+)", end)
    if first is None or first.group(1).lower() not in _QUESTION_WORDS:
        return False  # "Remember when Google protested against SOPA in 2012?": it tells
    q = sent.start + len(end) - 1
    return not any(s <= q <= e for s, e in quotes)


def _quote_paragraph(an: Analysis, sent, speeches: list[Speech]) -> Speech | None:
    """A paragraph that is one whole quotation of its own, with no cue, after the speaker's
    quote in an earlier paragraph ('“…,” Mr. Coburn wrote. ¶ “Taking unilateral action …
    is part of a pattern.”'): the speaker's next statement, not a run-on of the last one.
    Only its first sentence makes the event (the quote's sentence span covers the rest)."""
    blk = an.seg.blocks[sent.block]
    text = an.doc.text
    for sp in speeches:
        if not (sp.continuation and sp.direct and sp.content and sp.cue and sp.speaker_span):
            continue
        q0, q1 = sp.content
        if sp.cue[0] >= blk.start or q0 > sent.start + 1 or q0 > blk.start + 1:
            return None  # the cue is in this paragraph, or the quote does not open it
        if text[blk.start:blk.start + 1] not in ("“", '"'):
            return None
        tail = text[q1:blk.end].strip(" ”\".!?…")
        if tail:
            return None  # the quote does not close the paragraph
        pb = an.seg.blocks[sent.block - 1] if sent.block else None
        if pb is not None and text.count("“", pb.start, pb.end) > text.count("”", pb.start, pb.end):
            return None  # the quotation runs on from the paragraph before
        return sp
    return None


def _means_participle(cue) -> bool:
    """"… not to release the memo by arguing that …": the participle after "by" tells how the
    subject acts, not what a document says (unlike "sent a letter asking …")."""
    return cue.dep_ == "pcomp" and cue.head.lower_ == "by"


_AND_STUDY = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,3}?(?P<w>[\w-]+)(?=\s*[.,;:)]|\s+(?:from|by|of|in|on)\b)")


def _study_conjunct(speech, text: str) -> bool:
    """"according to election experts and recent polling": a source joined by "and" to
    figures or a study reports as they do."""
    if not speech.speaker_span:
        return False
    m = _AND_STUDY.match(text, speech.speaker_span[1])
    return m is not None and (_singular(m.group("w").lower()) in _STUDY_SPEAKERS or m.group("w").lower() == "polling")


def _main_speech(speeches: list[Speech], doc) -> Speech | None:
    """The speech an event is built on: the inner one of a nested report, else the
    shallowest cue in the parse."""
    main = [s for s in speeches if s.main and not s.continuation]
    if not main:
        return None
    inner = [s for s in main if s.nested_in is not None]
    if inner:
        return inner[0]
    return min(main, key=lambda s: C._depth(doc[s.cue_tok]) if s.cue_tok is not None else 0)


def _time_clause_of(cue, main) -> bool:
    """The speech cue is in a clause of time ('after newspapers reported …', 'after a
    clash in which the president called him …') hung on the main clause's trigger verb."""
    if main.dep_ != "ROOT":
        return False
    cur = cue
    for _ in range(8):
        if cur.dep_ == "advcl" and cur.head.i == main.i:
            return any(c.dep_ == "mark" and c.lower_ in C.TIME_MARKS for c in cur.children)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def event_for_sentence(an: Analysis, sent) -> Event | None:
    """The main event of one sentence, or None."""
    doc, text, art = an.doc, an.doc.text, an.article
    speeches = an.by_sentence.get(sent.index, [])
    speech = _main_speech(speeches, doc)
    quote_par = None
    if speeches and speech is None:
        speech = quote_par = _quote_paragraph(an, sent, speeches)
        if speech is None:
            return None  # only a continuation quote: part of the previous statement
    # quotations of the whole paragraph, clipped to the sentence: a sentence inside a
    # quotation opened in an earlier sentence ('“Unhappy with the pace …? Ignore the
    # Constitution and appoint people anyway.”') is the speaker's words, not narration
    blk = an.seg.blocks[sent.block]
    quotes = [(max(s, sent.start), min(e, sent.end)) for s, e in quote_spans(text, blk.start, blk.end)
              if s < sent.end and e > sent.start] if blk.start < sent.start else quote_spans(text, sent.start, sent.end)
    cards = an.seg.cards_in(sent.start, sent.end)
    unread = quotes + cards  # no trigger is read in these
    if speech is not None and speech.cue_tok is not None and C.confirmation_vote(doc[speech.cue_tok]):
        speech, speeches = None, []  # "the Senate confirmed Kavanaugh": a vote, not speech
    if speech is not None and speech.cue_tok is not None and not sent.is_headline:
        # a main-clause action outranks a speech cue buried deeper ("…, asking how …"); a
        # trailing source's cue does not ("Officials said they will refuse …, the
        # Chronicle reported Wednesday": the officials' statement)
        bt = C.body_trigger(doc, sent, unread)
        if bt is not None and bt.kind not in ("other", "statement") and C._depth(doc[bt.tok]) < C._depth(doc[speech.cue_tok]) \
                and (bt.tok <= speech.cue_tok or not any(sp.cue_tok == bt.tok for sp in speeches)) \
                and not C.is_negated(doc[bt.tok]) and not (speech.content and speech.content[0] <= bt.span[0] < speech.content[1]):
            speech = None
            speeches = []
        elif bt is not None and bt.kind != "statement" and _time_clause_of(doc[speech.cue_tok], doc[bt.tok]) \
                and not C.is_negated(doc[bt.tok]):
            # "DeBartolo stepped down in 1997 after two newspapers reported he would be
            # indicted": the time clause dates the main act, which is the news (the report
            # is a clause event of its own)
            speech = None
            speeches = []
    trig: C.Trigger | None = None
    exclude: list[tuple[int, int]] = []
    status = "occurred"
    conf = 0.6
    actor_tok = None
    if speech is not None:
        cue_tok = doc[speech.cue_tok] if speech.cue_tok is not None else None
        cue_lemma = cue_tok.lemma_.lower() if cue_tok is not None else ""
        dv = document_verb(cue_tok) if cue_tok is not None and not _means_participle(cue_tok) else None
        doc_noun = dv[1] if dv is not None else None
        if doc_noun is not None and C.NOUN_KIND.get(doc_noun.lemma_.lower()) in ("letter", "report", "policy", "court", "law"):
            # "sent a letter … asking …", "issued a memo saying …": the document is the event
            kind0 = C.NOUN_KIND[doc_noun.lemma_.lower()]
            trig = C.Trigger(kind0, doc_noun.i, (doc_noun.idx, doc_noun.idx + len(doc_noun)), "light")
            actor_tok = _subject_tok(doc_noun.head)
        elif cue_lemma in C.ANNOUNCE and cue_lemma != "declare":
            trig = C.Trigger("announcement", cue_tok.i, speech.cue, "speech")
            content_tr = C.content_trigger(doc, speech.content_head) if speech.content_head is not None else None
            if content_tr is not None and (C.planned(doc[content_tr.tok]) or content_tr.planned):
                status = "planned"
        else:
            # a document's figures or account carry the words ("GDP expanded 2.9 percent, the
            # Commerce Department said", "The report included accounts from women who said …")
            carried = _statistics_release(speech, doc) or _under_study(speech, doc, cards)
            ct = None
            if not speech.direct and speech.content_head is not None:
                ct = C.content_trigger(doc, speech.content_head)
            if sent.is_headline and _letter_in(an, sent, speech):
                ct = _letter_in(an, sent, speech)  # "Judge Tells Off ICE in Open Letter"
            elif sent.is_headline and _court_speaker(speech, doc):
                ct = C.Trigger("court", speech.cue_tok, speech.cue, "speech")  # "Judge: … is unconstitutional"
            elif ct is None and speech.cue_tok is not None and _letter_in(an, sent, speech):
                ct = _letter_in(an, sent, speech)
            if ct is None and speech.cue_tok is None and sent.is_headline and speech.content:
                first = next((t.i for t in doc[sent.tok_start:sent.tok_end] if t.idx >= speech.content[0]), None)
                ht = _headline_trigger(doc, sent, first)
                negated = any(t.lower_ in ("not", "n't", "n’t", "never", "no") or t.lower_.endswith(("n't", "n’t"))
                              for t in doc[sent.tok_start:sent.tok_end] if t.idx >= speech.content[0])
                if ht is not None and speech.content[0] <= ht.span[0] and not negated and (
                        ht.kind in C.CONCRETE and (ht.how in ("headline", "verb", "light") or ht.kind in ("operation", "arrests"))
                        or _report_label(speech, text) and ht.kind != "statement"):
                    ct = ht  # "Report: officials ramp up for large-scale enforcement action"
            if ct is not None and ct.how == "speech":
                trig = ct
            elif ct is not None:
                trig = ct
                t = doc[ct.tok]
                actor_tok = _subject_tok(t)
                if C.planned(t) or ct.planned:
                    status = "planned"
                elif C.anonymous_or_media(speech) or C.claim_adverb(doc, sent):
                    status = "claimed"
            elif sent.is_headline and _court_speaker(speech, doc) or _ruling_speaker(speech, doc) \
                    or _written_in_ruling(speech, doc) or _judge_writes(speech, doc) \
                    or cue_lemma in _RULING_CUES and _court_speaker(speech, doc) and not speech.direct:
                # "Judge: holding detainees … is unconstitutional", "the ruling says …"
                trig = C.Trigger("court", speech.cue_tok, speech.cue, "speech")
                actor_tok = _ruling_author(speech, doc)
            elif (cue_lemma in C.REPORT_CUES | {"accord"} and (speech.speaker_kind == "outlet" or (
                    speech.speaker_text or "").lower() in OUTLET_BRANDS or _research_body(speech.speaker_text))) \
                    or _outlet_account(speech, doc, cue_lemma) \
                    or cue_lemma in _FINDING_CUES and _research_body(speech.speaker_text) \
                    or cue_lemma in _FINDING_CUES | {"report"} and _researchers(speech, text) \
                    or _journalist_report(speech, cue_lemma, text) or _outlet_tweet(speech, text) \
                    or _poll_share(speech, text) or (
                    (not sent.is_headline or _headline_source_after(speech, sent)) and speech.speaker_text
                    and _singular(speech.speaker_text.lower().split()[-1]) in _STUDY_SPEAKERS
                    and not _quoted_as(speech, doc)) \
                    or not sent.is_headline and _possessed_study(speech, text) \
                    or sent.is_headline and _study_label(speech, text) \
                    or cue_lemma == "accord" and _study_conjunct(speech, text) \
                    or not sent.is_headline and (_inside_study(speech, _told_speeches(an, sent), text)
                                                 or carried or _body_estimate(speech, doc)):
                trig = C.Trigger("report", speech.cue_tok, speech.cue, "speech")
            elif not sent.is_headline and _letter_speaker(speech, text):
                trig = C.Trigger("letter", speech.cue_tok, speech.cue, "speech")  # "Her letter to Roe stated …"
            else:
                span = speech.cue
                trig = C.Trigger("statement", speech.cue_tok, span, "speech")
            if trig.kind == "statement" or (trig.kind in ("court", "letter") and trig.how == "speech") \
                    or trig.kind == "report" and (_poll_share(speech, text) or carried):
                # what is said dates the content ('The ruling said the judge erred during a
                # 2007 case'), not the saying
                exclude = [speech.content] if speech.content else []
                if exclude and speech.cue_tok is not None and not speech.direct:
                    exclude = _cue_times_out(an, speech.cue_tok, exclude[0])
        conf = 0.8 if speech.speaker and speech.speaker_kind != "pronoun" else 0.55
    else:
        hs = _headline_speaker(an, sent) if sent.is_headline else None
        if hs is not None:
            # "Priebus: Trump ready to accept Russia hacking report": a person's claim
            speech = hs
            trig = C.Trigger("statement", None, hs.speaker_span, "speech")
            conf = 0.5
        elif sent.is_headline:
            trig = _headline_trigger(doc, sent)
            conf = 0.5
            m = _DOC_HEADLINE.match(text, sent.start, sent.end)
            if m and _singular(m.group(1).lower()) in _DOC_HEADLINE_WORDS and (trig is None or trig.kind == "other"):
                # "Records: FBI Began Probing Cohen a Year Before Raid": what papers show, a report
                trig = C.Trigger("report", None, (sent.start, sent.start + len(m.group(1))), "noun")
            hv = _headline_verb_speaker(an, sent) if trig is None or trig.kind == "other" or trig.how == "noun" else None
            if hv is not None and (trig is None or trig.tok is None or trig.tok > hv.cue_tok):
                # "Trump Claims He Turned Down …", "Kavanaugh dismisses allegations as …"
                speech = hv
                trig = C.Trigger("statement", hv.cue_tok, hv.cue, "speech")
        else:
            trig = C.body_trigger(doc, sent, unread)
            if trig is not None and trig.kind == "statement" and trig.how == "action" \
                    and any(s.cue_tok == trig.tok and (s.event or _quoted_belief(s, doc)) for s in an.speeches):
                trig = None  # a cue whose speech is told with another sentence's event
            if trig is None:
                trig = C.dated_noun_trigger(doc, sent, unread)  # "Tuesday's ruling was a blow …"
            if trig is None:
                trig = C.sourced_remark(doc, sent, unread)  # "… followed by a denial from Kavanaugh"
            if trig is not None:
                t = doc[trig.tok]
                if C.is_negated(t) or (C.generic_present(t) and trig.how != "subject" and not C.news_finding(t, trig)
                                       and not C.present_stance(t)):
                    return None
                conf = 0.7 if trig.how in ("verb", "light") else 0.6
                if trig.kind == "statement" and t.lemma_.lower() in TOPIC_TALK_VERBS:
                    # "he talked about his Christmas alone": a time in the topic is not the talk's
                    exclude = [(c.idx, c.right_edge.idx + len(c.right_edge)) for c in t.children
                               if c.dep_ == "prep" and c.lower_ in TOPIC_TALK_PREPS]
        if trig is None:
            return None
        if speech is None and _question(text, sent, quotes):
            return None  # "Should ObamaCare Be Repealed?", "Will the Senate pass the bill?"
        if trig.tok is not None and speech is None:
            t = doc[trig.tok]
            actor_tok = _event_subject_actor(t) if trig.how == "subject" else (
                C.action_subject(t) if trig.how == "action" else _subject_tok(t))
            if trig.how == "noun":
                # "the senator's resignation on Friday": the possessor acts; "last week's
                # shooting": no one named
                actor_tok = next((c for c in t.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
                                  and c.lower_ not in C.TIME_WORDS and c.pos_ != "PRON"), None)
                if actor_tok is None and trig.kind == "statement":
                    # "Tuesday's speech by the mayor": the 'by' phrase names the speaker
                    actor_tok = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "by"
                                      for g in c.children if g.dep_ == "pobj" and C._agent_ok(g)), None)
            if trig.how == "reaction":
                # "the remarks drew condemnation from Democrats": the ones who react speak
                actor_tok = C.reaction_source(t)
            if trig.how == "light" and C.trailing_noun_cue(t):
                actor_tok = doc[t.i - 1]  # "…, Franks muses.": the name before the cue
            if actor_tok is None and t.lemma_.lower() in C.CALENDAR_PERSON_VERBS | C.NAMING_VERBS:
                # "Holder is scheduled to appear …": the scheduled one acts
                actor_tok = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
                if actor_tok is None and t.dep_ == "acl" and t.head.dep_ == "dobj":
                    actor_tok = _subject_tok(t.head.head)  # "He has a trial scheduled …": he appears
            if C.planned(t) or (sent.is_headline and _headline_planned(doc, sent, t)):
                status = "planned"
            elif C.claim_adverb(doc, sent):
                status = "claimed"
    if quote_par is not None and trig.kind == "statement":
        # the quotation's first word is the trigger (the cue is the earlier paragraph's)
        first = next((t for t in doc[sent.tok_start:sent.tok_end] if t.idx >= quote_par.content[0]), None)
        if first is None:
            return None
        trig = C.Trigger("statement", first.i, (first.idx, first.idx + len(first)), "speech")
    kind = trig.kind
    if actor_tok is not None:
        actor_tok = _actor_head(actor_tok, doc[trig.tok] if trig.tok is not None else None, kind)
    if kind == "arrests" and status == "planned":
        kind = "operation"
    if actor_tok is not None and kind not in ("statement",):
        if actor_tok.lemma_.lower() in ("court", "justice", "judge") and kind not in ("court",) and trig.how != "content" \
                and not (trig.tok is not None and doc[trig.tok].lemma_.lower() in PERSONAL_ACTS):
            kind = "court"  # (not "Justice Roe flew to Denver": a person's own doings)
    # actors
    actors: list[Actor] = []
    if speech is not None and kind in ("statement", "announcement", "report") and speech.speaker_span \
            or (speech is not None and kind == "court" and trig.how == "speech" and actor_tok is None and speech.speaker_span):
        s0, s1 = speech.speaker_span
        sname = text[s0:s1]
        canon = speech.speaker or sname
        actors.append(Actor(name=sname, canonical=canon, span=Span(s0, s1),
                            kind=SPEAKER_ACTOR_KIND.get(speech.speaker_kind)))
        sourced = _sourced_doer(an, speech)
        if sourced is not None and sourced.canonical != canon:
            actors.append(sourced)  # "Roe resigned Friday, according to the Post": Roe acted
        actors = [a for a in actors if _clean_actor(a) is not None]
    else:
        a = _actor(an, actor_tok)
        if a is None and sent.is_headline and trig.tok is not None:
            a = _headline_actor(an, sent, trig.tok)
        a = _clean_actor(a)
        if a is not None:
            actors.append(a)
        elif speech is not None and speech.speaker_kind in ("org",) and speech.speaker_span:
            s0, s1 = speech.speaker_span
            actors.append(Actor(name=text[s0:s1], canonical=speech.speaker or text[s0:s1],
                                span=Span(s0, s1), kind="organisation"))
    if not actors and actor_tok is None and speech is None and trig.tok is not None:
        patient = _named_patient(doc[trig.tok])
        if patient is not None:
            a = _clean_actor(_actor(an, patient))
            if a is not None:
                actors.append(a)
    if kind == "court" and not actors and speech is None and not sent.is_headline:
        # "The case …, set to be argued Oct. 10": a court acts that the sentence does not
        # name: the court the article named last
        court = next((e for e in reversed(entities(doc, an.ents)) if e.end_char <= sent.start
                      and e.label_ == "ORG" and e[-1].lower_ == "court"), None)
        if court is not None:
            actors.append(_entity_actor(an, court))
    # date
    trig_tok = doc[trig.tok] if trig.tok is not None else None
    if kind == "report" and trig_tok is not None and speech is not None and speech.cue_tok == trig.tok \
            and speech.content and speech.content_head is not None and speech.content[1] <= trig.span[0] \
            and not an.dater.in_range(speech.content[1], sent.end):
        # "Malvo's lawyers alerted the court Monday that …, Fox 5 DC reported": the report
        # tells of the reported clause's time
        trig_tok = doc[speech.content_head]
    skey = None
    if kind == "statement" and speech is not None and speech.speaker and speech.speaker_kind != "pronoun" \
            and not sent.is_headline:
        skey = speech.speaker
    if kind == "statement" and speech is not None and speech.speaker_span and speech.cue_tok is not None:
        # a time inside the speaker's description ('an adviser to Romney's 2012 bid') is
        # not the time of speaking
        st = an.dater.tok_at(speech.speaker_span[1] - 1)
        lo, hi = st.left_edge.idx, st.right_edge.idx + len(st.right_edge)
        if not lo <= doc[speech.cue_tok].idx < hi:
            exclude = exclude + an.dater.description_spans(st)
    # a present-tense 'X says / contend' speaks now: another sentence's time in the
    # paragraph ('Obama won the district in 2012. But Republicans contend …') is not its time
    speaks_now = (kind == "statement" or kind == "report" and _poll_share(speech, text)) and speech is not None \
        and speech.cue_tok is not None and _present_cue(doc[speech.cue_tok])
    mention = an.dater.govern(sent, trig_tok, exclude,
                              paragraph=sent.paragraph if not (sent.is_headline or speaks_now) else None,
                              speech=kind == "statement")
    own = mention is not None and sent.start <= mention.start < sent.end
    if own and kind in ("announcement", "letter", "report", "statement"):
        an.speech_paragraph_time[sent.paragraph] = mention
    elif kind == "statement" and mention is not None and not own and not (sent.is_headline or speaks_now) \
            and getattr(mention, "precision", None) in ("year", "decade", "century") \
            and not _stance_act(trig_tok):
        # "… stepped down as owner in 1997 after …. Rice said DeBartolo “was like that 12th
        # man”": a backstory year of another event does not date the saying (a day, "the
        # debate Thursday night", is the occasion the paragraph tells of, and still does)
        mention = an.speech_paragraph_time.get(sent.paragraph)
    looks_back = trig_tok is not None and an.dater.past_perfect(trig_tok)  # 'had declined on Wednesday to …'
    if skey is None and own and not looks_back and not sent.is_headline \
            and kind in ("announcement", "letter", "report", "statement"):
        # "Becerra issued a warning to employers Thursday" dates his later "… Becerra said
        # at a news conference" (the same occasion)
        who = speech.speaker if speech is not None and speech.speaker and speech.speaker_kind != "pronoun" \
            else (actors[0].canonical if actors and actors[0].kind in ("person", "organisation") else None)
        if who:
            an.speaker_time[who] = mention
    if skey is not None:
        if own:
            if not looks_back:  # a look back dates its own saying, not the speaker's later ones
                an.speaker_time[skey] = mention
        elif not (speech.cue_tok is not None and _present_cue(doc[speech.cue_tok])):
            # the same speaker's last dated statement ('Tom Coburn wrote … Monday' dates a
            # later '… Coburn wrote'); not a present-tense 'X says' / 'X refutes …', which
            # speaks now
            last = _speaker_time(an, skey)
            if last is not None and an.dater.speaker_time_carries(
                    last, doc[speech.cue_tok] if speech.cue_tok is not None else None):
                mention = last
    if own and trig_tok is not None and not sent.is_headline and C.dated_present(trig_tok):
        mention = an.dater.forward(mention)  # "The justices begin their term on Monday": the coming one
    when = an.dater.when(mention)
    # headline text
    headline = _headline_text(an, sent, trig, speech)
    time_spans = [(m.start, m.end) for m in an.dater.in_range(sent.start, sent.end)]
    attribution = to_attribution(speech) if speech is not None else None
    if attribution is None and kind == "statement" and actors and trig.tok is not None:
        # "Kavanaugh issued a statement last week", "Graham expressed support for …": the
        # subject is the one who speaks
        a = actors[0]
        attribution = Attribution(speaker=a.canonical, speaker_span=a.span, cue=Span(*trig.span))
    if attribution is None and kind == "report" and trig.tok is not None:
        # "the inspector general found in a report that …": the finding's source
        finding = next((s for s in an.speeches if s.sentence == sent.index and not s.event
                        and s.cue_tok == trig.tok and s.speaker_span), None)
        if finding is not None:
            attribution = to_attribution(finding)
        elif trig.how == "verb" and actors and doc[trig.tok].lemma_.lower() in C.REPORT_CUES | {"publish"}:
            # "The Kansas City Star reported that …": the outlet that reports is the source
            a = actors[0]
            attribution = Attribution(speaker=a.canonical, speaker_span=a.span,
                                      cue=Span(*trig.span), outlet=a.name)
    quote = text[speech.content[0]:speech.content[1]] if speech is not None and speech.direct and speech.content else None
    trigger_span = Span(*trig.span)
    s_start, s_end = sent.start, sent.end
    if isinstance(speech, _HeadlineSpeech):
        s_end = max(s_end, speech.content[1])  # the whole 'Name: claim' line
    if speech is not None and speech.direct and speech.content:
        blk = an.seg.blocks[sent.block]
        s_start = max(blk.start, min(s_start, speech.content[0] - 1))
        s_end = min(blk.end, max(s_end, speech.content[1]))
    return Event(
        id=event_id(art.id, trigger_span, kind), article_id=art.id, kind=kind,
        headline=headline, sentence=Span(s_start, s_end), trigger=trigger_span,
        when=when, status=status, actors=tuple(_past_dateline(actors, text)), attribution=attribution, quote=quote,
        places=places(doc, sent, an.ents), quantities=quantities(doc, sent, time_spans, an.ents),
        confidence=round(conf, 2), from_headline=sent.is_headline, extractor=EXTRACTOR_VERSION)


def _headline_trigger(doc, sent, start: int | None = None) -> C.Trigger | None:
    """Title-case headlines are matched by word form; a sentence-case headline ("Police
    refuse to cooperate in upcoming raids: report") is parsed well enough to use the body
    rules (a noun "raids" is then not a verb).  A title-case headline whose verb is a
    speech verb before a noun trigger ("California Demands Details of … Arrests") is a
    statement."""
    words = [t for t in doc[sent.tok_start:sent.tok_end] if t.is_alpha and not t.is_stop]
    if len(words) >= 4 and sum(1 for t in words if t.text[:1].isupper()) < 0.5 * len(words):
        tail = C.court_source_tail(list(doc[sent.tok_start:sent.tok_end]), title=False)
        if tail is not None:
            return tail  # "McGahn must testify to Congress, judge rules": the ruling is the news
        bt = C.body_trigger(doc, sent, quote_spans(doc.text, sent.start, sent.end), headline=True)
        if bt is not None and not C.is_negated(doc[bt.tok]):
            return bt
        toks = list(doc[sent.tok_start:sent.tok_end])
        # "ramps" tagged a noun; "Senate delays Syria vote", "Trump to nominate Carson" misparsed
        return C.headline_intensified(toks) or (C.headline_clause(toks) or C.headline_participle(toks)
                                                or C.headline_dead(toks) if bt is None else None)
    ht = C.headline_trigger(doc, sent, start)
    if ht is None and start is None:
        ht = C.headline_clause(list(doc[sent.tok_start:sent.tok_end]))  # "Trump to nominate Carson as HUD secretary"
    if ht is None:
        ht = C.headline_dead(list(doc[start if start is not None else sent.tok_start:sent.tok_end]))
    if ht is not None and ht.tok is not None and (ht.how == "noun" or doc[ht.tok].lower_.endswith("s")):
        line_start = doc.text.rfind("\n", 0, sent.start) + 1
        for t in doc[(start or sent.tok_start):ht.tok]:
            if t.idx == line_start or t.i == start:
                continue  # the verb follows its subject
            stem = C._stem(t.lower_)
            if t.text[:1].isupper() and t.lower_.endswith("s") and stem in SPEECH and stem not in WEAK_HEAD_SPEECH \
                    and doc[t.i - 1].lower_ not in ("a", "an", "the", "of") and (
                        ht.how == "noun" or any(x.lower_ in ("of", "on", "for", "about", "over") for x in doc[t.i + 1:ht.tok])):
                # "California Demands Details of … Arrests": said about arrests, not arrests
                return C.Trigger("statement", t.i, (t.idx, t.idx + len(t)), "headline")
    return ht


_LETTER = re.compile(r"\bin\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?letters?\b", re.I)


def _letter_in(an: Analysis, sent, speech: Speech) -> C.Trigger | None:
    """Speech delivered 'in a letter' / 'in an open letter': the letter is the event."""
    doc, text = an.doc, an.doc.text
    if speech.cue_tok is not None and not sent.is_headline:
        cue = doc[speech.cue_tok]
        for p in cue.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                n = next((g for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() == "letter"), None)
                if n is not None:
                    return C.Trigger("letter", n.i, (n.idx, n.idx + len(n)), "light")
        # "X wrote Thursday to House Majority Leader Kevin McCarthy(, urging him …)": a letter
        for v in (cue, cue.head if cue.dep_ in ("advcl", "xcomp", "conj") else None):
            if v is None or v.lemma_.lower() not in ("write", "pen"):
                continue
            for p in v.children:
                if p.dep_ in ("prep", "dative") and p.lower_ == "to":
                    n = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if n is not None and (n.pos_ == "PROPN" or n.ent_type_ in ("PERSON", "ORG")
                                          or n.lemma_.lower() in ROLE_NOUNS | GENERIC_ORG_HEADS):
                        return C.Trigger("letter", v.i, (v.idx, v.idx + len(v)), "light")
        return None
    m = _LETTER.search(text, sent.start, sent.end)
    if m is None:
        return None
    ls = m.end() - len(m.group().split()[-1])
    tok = next((t for t in doc[sent.tok_start:sent.tok_end] if t.idx == ls), None)
    if tok is None:
        return None
    return C.Trigger("letter", tok.i, (tok.idx, tok.idx + len(tok)), "light")


_JOURNALISTS = {"reporter", "correspondent", "journalist", "reporters", "correspondents", "journalists"}
# an outlet's possessive opening the speaker phrase ("The Wall Street Journal's Heather
# Haddon") or right before it ("CNN's Jim Acosta", the speaker span being the name)
_OUTLET_POSS = re.compile(r"^(?:the\s+)?(?P<outlet>(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)['’]s?\s+", re.I)
_OUTLET_BEFORE = re.compile(r"(?P<outlet>(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)['’]s?\s+$")


#: titles of office in a writer's name: an officeholder writing for an outlet gives an opinion, not its report
_OFFICE_TITLES = {"sen", "senator", "rep", "representative", "gov", "governor", "president", "mayor",
                  "secretary", "minister", "congressman", "congresswoman", "speaker", "leader"}
#: "wrote for Politico in 2006", "reported for The New York Times": the outlet a writer works for
_FOR_OUTLET = re.compile(r"\s+for\s+(?P<outlet>(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s*){1,4})")


#: the press as a speaker ("British media", "news organizations", "local outlets")
_PRESS_WORDS = {"media", "press", "outlets", "outlet", "news"}
_OWN_COLLEAGUE = re.compile(r"\b(?:my|our)\s+colleagues?\b", re.I)
#: "reported in The Guardian", "reported recently in the Times": where the reporting ran
_IN_OUTLET = re.compile(r"(?:\s+\w+ly)?\s+in\s+(?P<outlet>(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s*){1,4})")


def _journalist_report(speech, cue_lemma: str, text: str) -> bool:
    """A journalist's reporting ('The Wall Street Journal's Heather Haddon wrote', 'NBC
    correspondent Jane Doe reported', 'CNN's Jim Acosta reported'): the outlet's report,
    not a statement."""
    if cue_lemma not in ("write", "report", "reveal", "disclose") or not speech.speaker_span:
        return False
    s0, s1 = speech.speaker_span
    name = text[s0:s1]
    words = {w.strip(",.").lower() for w in name.split()}
    if words & _JOURNALISTS:
        return True
    if cue_lemma == "report" and (words & _PRESS_WORDS or _OWN_COLLEAGUE.search(text, max(0, s0 - 16), s1)):
        # "British media reported …", "Several news organizations reported …", "as my colleague
        # Jane Roe reported": the press reporting, not a person's statement
        return True
    if cue_lemma == "report" and _IN_OUTLET.match(text, speech.cue[1]) and speech.speaker_kind in ("person", "pronoun") \
            and not words & _OFFICE_TITLES and any(w.lower().strip(".,") in OUTLET_WORDS | OUTLET_BRANDS
                                                   for w in _IN_OUTLET.match(text, speech.cue[1]).group("outlet").split()):
        return True  # "as Jane Roe reported in the Guardian"
    if speech.cue and text[speech.cue[0]:speech.cue[1]].lower() == "reports" and speech.speaker_kind == "person" \
            and not re.match(r"\s+(?:to|up|directly)\b", text[speech.cue[1]:speech.cue[1] + 12]):
        # "Josh Green reports in his new book that …": a person reporting now is a journalist
        # (not "Mueller reports up through the chain of command": a post)
        return True
    m = _OUTLET_POSS.match(name) or _OUTLET_BEFORE.search(text, max(0, s0 - 50), s0)
    if m is not None and any(w.lower().strip(".") in OUTLET_WORDS for w in m.group("outlet").split()):
        return True
    f = _FOR_OUTLET.match(text, speech.cue[1]) if speech.cue else None
    return f is not None and speech.speaker_kind in ("person", "pronoun") and any(
        w.lower().strip(".") in OUTLET_WORDS | OUTLET_BRANDS for w in f.group("outlet").split()) \
        and not {w.lower().strip(".,") for w in name.split()} & _OFFICE_TITLES  # (a senator's op-ed is said)


#: cues of findings and forecasts ("the Census Bureau predicts …", "Pew found …"): a research
#: or statistics body's report whatever verb it speaks by
_FINDING_CUES = {"find", "show", "predict", "project", "estimate", "forecast", "calculate", "count",
                 "conclude", "indicate", "suggest"}
#: words of an opinion piece's name ("op-ed", "column", "editorial board"): the writer's view, not the outlet's report
_OPINION_PIECES = {"op", "ed", "column", "editorial", "opinion", "columnist", "essay", "board"}


def _outlet_account(speech, doc, cue_lemma: str) -> bool:
    """A news outlet telling what it found or learned, by any cue of account, in reported
    speech (a quotation, or words "in a statement", are the company speaking for itself:
    "CNN said in a statement that it would sue" is a statement)."""
    if cue_lemma not in OUTLET_ACCOUNT_CUES or speech.direct or speech.cue_tok is None:
        return False
    if not (speech.speaker_kind == "outlet" or (speech.speaker_text or "").lower() in OUTLET_BRANDS):
        return False
    words = (speech.speaker_text or "").lower().replace("-", " ").split()
    if words and words[-1] in _OPINION_PIECES or "op" in words:
        return False  # "a New York Times op-ed by Ernest Owens wrote …": an opinion, said
    cue = doc[speech.cue_tok]
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj"):
        return False  # "Time refutes Trump's statements, saying …": the outlet answers for itself
    return not any(c.dep_ == "prep" and any(g.lemma_.lower() in ("statement", "release", "email", "letter")
                                            for g in c.subtree) for c in cue.children)


_HANDLE = re.compile(r"\s*\(@\w+\)")


def _outlet_tweet(speech, text: str) -> bool:
    """An embedded tweet signed by a news outlet ("… — CNN International (@cnni) July 17,
    2016", "— TODAY (@TODAYshow)"): the outlet's report, as "according to CNN" is (a person's
    or an organisation's tweet is its statement, and so are someone's words the outlet quotes)."""
    if speech.cue_tok is not None or not speech.direct or not speech.speaker_span:
        return False
    if not _HANDLE.match(text, speech.speaker_span[1]):
        return False
    # (the signature's content starts after an opening quotation mark)
    if speech.content and any(len(text[a:b].split()) >= 6
                              for a, b in quote_spans(text, max(0, speech.content[0] - 1), speech.content[1])):
        return False  # "“I do not think that is conclusive.” -@NancyPelosi — TODAY (@TODAYshow)": her words
    name = (speech.speaker_text or "").lower()
    # (an organisation the finder did not know for an outlet: a brand in its name, "CNN
    # International", or a one-word masthead, "TODAY")
    return speech.speaker_kind == "outlet" or name in OUTLET_BRANDS or speech.speaker_kind == "org" and (
        name in OUTLET_WORDS or any(w in OUTLET_BRANDS for w in name.split()))


def _headline_source_after(speech, sent) -> bool:
    """A headline that names its source after the news ("Prices jump after comments, report
    says"): the cue and its speaker close the line, not a label opening it ("Report: …")."""
    return speech.cue_tok is not None and speech.speaker_span is not None and speech.cue is not None \
        and speech.speaker_span[0] > sent.start and speech.cue[0] > sent.start


#: words naming a body whose reports are research or statistics ("the Pew Research Center
#: reported that 70 percent …", "according to the U.S. Census Bureau", "according to the
#: Federal Election Commission"), not an agency's or a court's word ("according to ICE")
_RESEARCH_WORDS = {"research", "center", "centre", "institute", "census", "foundation", "statistics",
                   "poll", "polling", "pollster", "survey", "commission", "university", "think"}


#: people whose findings are research ("the scientists report that …", "researchers found
#: that …", "auditors concluded …"): a study's report, not a person's statement
_RESEARCHERS = {"scientist", "researcher", "auditor"}


def _researchers(speech, text: str) -> bool:
    """Researchers as the speaker of a finding, by their role noun ("The scientists report in
    Nature that …", "researchers at Yale found"), not a named person quoted."""
    if not getattr(speech, "speaker_span", None) or speech.direct:
        return False
    words = [w.strip(",.").lower() for w in text[speech.speaker_span[0]:speech.speaker_span[1]].split()]
    return bool(words) and _singular(words[-1]) in _RESEARCHERS


def _research_body(name: str | None) -> bool:
    """A research, polling or statistics body named as the source of a report (a proper
    name: "Pew Research Center", "the U.S. Census Bureau")."""
    words = (name or "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and any(w.strip(",.’'").lower() in _RESEARCH_WORDS for w in words)


_DOC_HEADLINE = re.compile(r"([A-Z][a-z]+)\s*:\s+\S")
#: papers that open a headline as its source ("Records: …", "Emails: …"; not a label such as "Analysis:")
_DOC_HEADLINE_WORDS = {"record", "document", "email", "filing", "transcript", "audit", "census", "figure", "data"}
_STUDY_SPEAKERS = {"statistic", "data", "study", "poll", "survey", "figure", "report", "analysis",
                   "research", "review", "audit",
                   # records and inquiries speak as reports ("documents uncovered by Der Spiegel
                   # reveal …", "the investigation found …", "the transcript shows …")
                   "document", "record", "investigation", "inquiry", "probe", "transcript",
                   "filing", "email", "footage", "finding", "estimate", "projection",
                   "assessment", "census",
                   # "according to reporting by The Washington Post": the outlet's reporting
                   "reporting",
                   # "E-mails also suggested that …", "The Post's story said …"
                   "e-mail", "mail",
                   # the papers of a case speak as reports too ("according to court papers",
                   # "the complaints said", "the affidavit says")
                   "paper", "complaint", "affidavit"}


_SHARE_WORDS = {"majority", "plurality", "minority", "half", "third", "thirds", "quarter", "quarters",
                "fifth", "fifths", "two-thirds", "three-quarters"}
_POPULATIONS = re.compile(r"\s+of\s+(?:all\s+|the\s+)?(?:[A-Z]\w+\s+|likely\s+|registered\s+)?"
                          r"(?:americans|voters|respondents|adults|people|residents|citizens|"
                          r"republicans|democrats|independents|those\s+(?:surveyed|polled))\b", re.I)


def _poll_share(speech, text: str) -> bool:
    """A share of a population as the speaker ('41 percent of voters said …', 'a majority
    of Americans say …', 'two-thirds of respondents'): a poll's answers, a statistic."""
    if speech is None or not getattr(speech, "speaker_span", None):
        return False
    s0, s1 = speech.speaker_span
    words = {w.strip(",.").lower() for w in text[s0:s1].split()}
    if "percent" in words or "%" in text[s0:s1] or "per" in words and "cent" in words:
        return True
    # (the population after the span, or inside it: "a majority of Americans" as one speaker)
    return bool(words & _SHARE_WORDS) and (_POPULATIONS.match(text, s1) is not None
                                          or _POPULATIONS.search(text, s0, s1) is not None)


def _possessed_study(speech, text: str) -> bool:
    """A study, report or record named by its author's possessive as the speaker ("Mueller's
    report said …", "Smith’s analysis found …"), which the speaker resolves to the author:
    the document reports."""
    if speech is None or not getattr(speech, "speaker_span", None):
        return False
    words = text[speech.speaker_span[0]:speech.speaker_span[1]].split()
    return len(words) >= 2 and words[-2].endswith(("'s", "’s", "s'", "s’")) \
        and _singular(words[-1].strip(",.").lower()) in _STUDY_SPEAKERS


def _quoted_as(speech, doc) -> bool:
    """"One e-mail quoted her as saying …": the words are the person's, the paper only
    carries them."""
    cue = doc[speech.cue_tok] if speech.cue_tok is not None else None
    return cue is not None and any(a.lemma_.lower() == "quote" for a in list(cue.ancestors)[:2])


def _study_speaker(speech, text: str) -> bool:
    """A study, poll, survey or record as the speaker ("a poll released Wednesday found …")."""
    if speech is None or not getattr(speech, "speaker_text", None):
        return False
    return _singular(speech.speaker_text.lower().split()[-1].strip(",.")) in _STUDY_SPEAKERS


def _told_speeches(an: Analysis, sent) -> list[Speech]:
    """The sentence's speeches, findings included, outside link cards flattened into it."""
    cards = an.seg.cards_in(sent.start, sent.end)
    return [s for s in an.speeches if s.sentence == sent.index and s.cue
            and not any(a <= s.cue[0] < b for a, b in cards)]


def _inside_study(speech, speeches, text: str) -> bool:
    """Speech told inside a study's finding ("a survey released Wednesday indicated that
    seven in 10 of those questioned said …"): the respondents' answers are the study's."""
    return speech.cue_tok is not None and speech.cue is not None and any(
        o is not speech and o.content and o.cue and o.cue[1] <= speech.cue[0] and o.content[0] <= speech.cue[0] < o.content[1]
        and _study_speaker(o, text) for o in speeches)


def _under_study(speech, doc, cards=()) -> bool:
    """Speech told in what a study's or a story's main clause reports ("The report also
    included accounts from three women who said …", "The Post's story detailed an account
    from Jo Roe, who said …"): the document's report carries it."""
    if speech.cue_tok is None:
        return False
    cue = doc[speech.cue_tok]
    root = next((a for a in cue.ancestors if a.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ == "PERSON" or _singular(subj.lower_) not in _STUDY_SPEAKERS | {"story"} \
            or any(a <= subj.idx < b for a, b in cards):
        return False  # (not a word of a link card: "…, says poll MORE")
    return not (subj.left_edge.i <= cue.i <= subj.right_edge.i)


#: verbs of estimating a quantity: an organisation's estimate is a report ("the
#: Congressional Budget Office had estimated that the bill could leave 14 million …")
_ESTIMATE_CUES = {"estimate", "project", "calculate", "forecast", "tally"}


def _body_estimate(speech, doc) -> bool:
    """An organisation's estimate or projection (not a person's guess): a report."""
    return speech.cue_tok is not None and doc[speech.cue_tok].lemma_.lower() in _ESTIMATE_CUES \
        and _organisation_speaker(speech, doc)


def _organisation_speaker(speech, doc) -> bool:
    """The speaker is an organisation by name or head ("the Congressional Budget Office",
    "the agency"), not a person or a role ("the governor")."""
    if speech.speaker_kind != "org" or not speech.speaker_span:
        return False
    toks = [t for t in doc.char_span(*speech.speaker_span, alignment_mode="expand") or []]
    return bool(toks) and (toks[-1].ent_type_ == "ORG" or toks[-1].lemma_.lower() in C.ORGANISATION_HEADS)


#: verbs of a figure's change ("GDP expanded at a 2.9 percent rate", "the nation added
#: 313,000 jobs"): a measured quantity told by the body that measures it
_FIGURE_VERBS = {"rise", "fall", "grow", "expand", "add", "increase", "decrease", "decline", "drop",
                 "jump", "climb", "shrink", "contract", "slip", "surge", "plunge", "dip", "soar", "tick"}


def _statistics_release(speech, doc) -> bool:
    """An organisation's figures ("Gross domestic product expanded at a 2.9 percent rate, the
    Commerce Department said"): the content's main verb tells a quantity's change with a
    number, and the speaker is an organisation, not a person: a statistics release, a report."""
    if not _organisation_speaker(speech, doc) or speech.content_head is None or speech.direct:
        return False
    head = doc[speech.content_head]
    if head.lemma_.lower() not in _FIGURE_VERBS or head.pos_ != "VERB":
        return False
    return any((t.like_num or t.ent_type_ in ("PERCENT", "MONEY", "CARDINAL")) and _figure_of(t, head)
               for t in head.subtree)


def _figure_of(num, verb) -> bool:
    """The number measures the verb's change ("expanded at a 2.9 percent rate", "added
    313,000 jobs"), not a noun in a clause below it ("jumping off a cliff without a net for
    20 million people who …"): its path up to the verb passes no other verb or subject."""
    cur = num
    for _ in range(6):
        if cur.i == verb.i:
            return True
        if cur.i != num.i and cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("relcl", "acl", "nsubj", "nsubjpass"):
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ not in ("at", "by", "to", "from", "in", "of"):
            return False
        cur = cur.head
    return False


def _letter_speaker(speech, text: str) -> bool:
    """A letter as the speaker ("Meadows' initial letter to Rosenstein stated …"): the letter
    is the event."""
    if not getattr(speech, "speaker_span", None):
        return False
    s0, s1 = speech.speaker_span
    words = [w.strip(",.").lower() for w in text[s0:s1].split()]
    heads = [w for w, raw in zip(words, text[s0:s1].split()) if w in ("letter", "letters") and raw[:1].islower()]
    return bool(heads) and not any(w in ("to", "from", "by") for w in words[:words.index(heads[0])])


def _singular(word: str) -> str:
    """'studies' → 'study', 'analyses' → 'analysis', 'polls' → 'poll'."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") and word[:-2] + "is" in _STUDY_SPEAKERS:
        return word[:-2] + "is"
    if word.endswith("s") and not word.endswith(("ss", "is")):
        return word[:-1]
    return word


@dataclass
class _HeadlineSpeech:
    """The speaker of a 'Name: claim' headline (duck-types the Speech fields used here)."""

    speaker: str
    speaker_span: tuple[int, int]
    content: tuple[int, int]
    speaker_kind: str = "person"
    role: str | None = None
    cue: tuple[int, int] | None = None
    cue_tok: int | None = None
    direct: bool = False
    outlet: str | None = None
    chain: tuple = ()
    content_head: int | None = None
    speaker_text: str = ""


def _report_label(speech, text: str) -> bool:
    """'Report: …' opening a headline labels its source: the news is the act after the
    colon ('Report: Jane Roe Dead at 94', 'Report: Senate Passes Budget Bill'), whatever its
    kind."""
    if not speech.speaker_span or speech.cue_tok is not None:
        return False
    s0, s1 = speech.speaker_span
    return text[s0:s1].lower() in ("report", "reports") and text[s1:s1 + 1] == ":"


#: label words of a study or figures opening a headline ("Fox News Poll: …", "Jobs Report: …",
#: "Study: …", "New Survey: …"); "Report:" alone labels a source whose act may have a kind of its own
_STUDY_LABELS = {"poll", "survey", "study", "report", "analysis", "data", "census", "audit", "figure",
                 "statistic", "research", "estimate", "projection"}


def _study_label(speech, text: str) -> bool:
    """A headline opened by a study, a poll or a set of figures as its label ("Fox News Poll:
    Trump leads in Ohio", "Jobs Report: Jobs Up, Labor Force Stagnant", "Study: …"): what
    follows the colon is the study's finding, a report (not a person's claim)."""
    if not speech.speaker_span or speech.cue_tok is not None:
        return False
    s0, s1 = speech.speaker_span
    words = text[s0:s1].split()
    return 1 <= len(words) <= 5 and text[s1:s1 + 1] == ":" \
        and _singular(words[-1].strip(",.").lower()) in _STUDY_LABELS


def _headline_speaker(an: Analysis, sent) -> _HeadlineSpeech | None:
    """A headline 'Name: what they say' whose left side (at most five words) names a
    person of the article ('Priebus: Trump ready to …', 'Sen. Warren: …'); not 'Report:',
    'Watch:' or a place ('Texas: …')."""
    doc, text = an.doc, an.doc.text
    blk = an.seg.blocks[sent.block]
    colon = text.find(": ", blk.start, blk.end)
    if colon < 0 or not sent.start <= blk.start < sent.end or colon - blk.start > 60:
        return None  # the speaker starts the line, in this sentence
    left = [t for t in doc[sent.tok_start:sent.tok_end] if t.idx < colon]
    if 1 <= len(left) <= 4 and left[-1].tag_ in ("NNS", "NNPS") and left[-1].lemma_.lower() in _GROUP_SPEAKERS \
            and all(t.text[:1].isupper() or t.text in ".'’-" for t in left[:-1]) \
            and not any(t.lower_ in OUTLET_WORDS | _NOT_SPEAKERS for t in left):
        # "Key U.S. senators: 'no doubt' Russia sought to interfere …", "GOP lawmakers: …"
        s0 = left[0].idx
        name = text[s0:colon]
        return _HeadlineSpeech(speaker=name, speaker_span=(s0, colon), content=(colon + 2, blk.end),
                               speaker_text=name, speaker_kind="group")
    if 3 <= len(left) <= 6 and left[-1].lower_ in ROLE_NOUNS | _AIDE_NOUNS and left[-2].lower_ in ("'s", "’s") \
            and all(t.text[:1].isupper() or t.text in ".'’-" for t in left[:-2]) \
            and not any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE") or t.lower_ in OUTLET_WORDS | _NOT_SPEAKERS
                        for t in left) \
            and any(t.ent_type_ in ("PERSON", "ORG") for t in left[:-2]):
        # "Kellyanne Conway's husband: Trump administration is a 'dumpster fire'", "Cohen's
        # lawyer: …": someone named by a named person's relation, role or aide
        s0 = left[0].idx
        name = text[s0:colon]
        return _HeadlineSpeech(speaker=name, speaker_span=(s0, colon), content=(colon + 2, blk.end),
                               speaker_text=name, speaker_kind="person")
    if not 1 <= len(left) <= 5 or not all(t.text[:1].isupper() or t.text in ".'’-" for t in left):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE") or t.lower_ in OUTLET_WORDS | _NOT_SPEAKERS for t in left):
        return None
    # a name met again in the body as a person or organisation ('Reince Priebus')
    names = {w for e in entities(doc, an.ents)
             if e.label_ in ("PERSON", "ORG") and e.start_char >= blk.end for w in e.text.split()}
    last = left[-1]
    if not (last.ent_type_ == "PERSON" or last.text in names):
        return None
    for t in left:  # every word belongs to the name or its title ('Homeland Security Secretary John Kelly')
        if not (t.ent_type_ in ("PERSON", "ORG") or t.text in names or t.text in ".'’-"
                or t.lower_.rstrip(".") in ROLE_NOUNS | _TITLES):
            return None  # 'Romney As Governor: …', 'JUST WATCHED Trump: …'
    s0 = left[0].idx
    name = text[s0:colon]
    return _HeadlineSpeech(speaker=an.aliases.canonical(name), speaker_span=(s0, colon),
                           content=(colon + 2, blk.end), speaker_text=name)


_PRONOUN_SUBJECTS = {"he", "she", "they", "it", "we", "i", "that", "his", "her", "their"}
_HEADLINE_ROLES = {"adviser", "advisor", "aide", "nominee", "pick", "spokesman", "spokeswoman", "lawyer",
                   "attorney", "chief", "official", "leader", "senator", "governor", "mayor"}


def _headline_verb_speaker(an: Analysis, sent) -> _HeadlineSpeech | None:
    """A headline 'Name Speech-verb(s) …' ('Trump Claims He Turned Down …', 'Brett Kavanaugh
    dismisses allegations as …', 'White House Denies Report'): at most five title-case
    words naming a person or body of the article, then a present-tense speech verb. A verb
    that is also a noun ('Claims', 'Calls', 'Reports') counts only before a pronoun or
    'that' ('Trump Claims He …')."""
    doc, text = an.doc, an.doc.text
    toks = [t for t in doc[sent.tok_start:sent.tok_end]]
    if len(toks) < 3:
        return None
    names = None
    for k in range(1, min(6, len(toks) - 1)):
        v = toks[k]
        low = v.lower_
        if not low.endswith("s") or low.endswith("ss") or not v.is_alpha:
            continue
        forms = C.headline_verb_forms(low)
        lemma = next((f for f in forms if f in SPEECH or f in HEADLINE_SPEECH), None)
        if lemma is None and k + 1 < len(toks):
            lemma = next((f for f in forms if (f, toks[k + 1].lower_) in SPEECH_PHRASAL), None)
        if lemma is None or lemma in COGNITION or lemma in QUOTE_CUES:
            continue
        if lemma in WEAK_HEAD_SPEECH and toks[k + 1].lower_ not in _PRONOUN_SUBJECTS:
            continue
        left = toks[:k]
        if not all(t.text[:1].isupper() or t.text in ".'’-" or t.lower_ in _HEADLINE_ROLES for t in left):
            return None
        if any(t.lower_ in OUTLET_WORDS | _NOT_SPEAKERS or t.ent_type_ in ("DATE", "TIME") for t in left):
            return None
        if names is None:
            blk = an.seg.blocks[sent.block]
            names = {w for e in entities(doc, an.ents)
                     if e.label_ in ("PERSON", "ORG", "NORP", "GPE") and e.start_char >= blk.end for w in e.text.split()}
        last = left[-1]
        if not (last.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or last.text in names):
            return None
        if not all(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.text in names or t.text in ".'’-"
                   or t.lower_.rstrip(".") in ROLE_NOUNS | _TITLES | _HEADLINE_ROLES for t in left):
            return None
        s0, s1 = left[0].idx, last.idx + len(last)
        name = text[s0:s1]
        # the name after a role ('Trump adviser Navarro' → Navarro)
        roles = [t for t in left if t.lower_ in _HEADLINE_ROLES and t.text[:1].islower()]
        own = text[roles[-1].idx + len(roles[-1]):s1].strip() if roles and roles[-1].i < last.i else name
        return _HeadlineSpeech(speaker=an.aliases.canonical(own), speaker_span=(s0, s1),
                               content=(v.idx + len(v), sent.end), speaker_text=name,
                               cue=(v.idx, v.idx + len(v)), cue_tok=v.i)
    return None


_GROUP_SPEAKERS = {"senator", "lawmaker", "official", "democrat", "republican", "leader", "expert",
                   "economist", "prosecutor", "investigator", "governor", "mayor", "aide", "critic",
                   "activist", "analyst", "doctor", "scientist", "diplomat", "general"}


_TITLES = {"sen", "rep", "gov", "pres", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "u.s",
           "former", "acting", "vice", "deputy", "attorney", "house", "senate", "state"}
#: a named person's relation or helper who speaks in a "X's husband: …" headline
_AIDE_NOUNS = {"husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "widow",
               "aide", "adviser", "advisor", "spokesperson", "campaign", "team", "camp", "allies", "ally"}
_NOT_SPEAKERS = {"report", "reports", "watch", "exclusive", "poll", "analysis", "opinion", "video",
                 "update", "breaking", "live", "editorial", "photos", "review", "explainer",
                 "commentary", "audio", "podcast", "interview", "factbox", "timeline", "study",
                 "special", "survey", "data"}


#: verbs by which a court decides ("the Supreme Court declared the law constitutional", "the
#: jury found that …", "the panel held that …"): a court speaking so rules
_RULING_CUES = {"declare", "find", "hold", "determine", "conclude"}


def _court_speaker(speech: Speech, doc) -> bool:
    words = (speech.speaker_text or "").lower().split()
    return bool(words) and words[-1].rstrip("s") in COURT_NOUNS | {"justice"}


def _ruling_speaker(speech: Speech, doc) -> bool:
    """'The ruling says …', 'the sentence produced by a judge claims …'."""
    words = (speech.speaker_text or "").lower().split()
    return speech.cue_tok is not None and bool(words) and words[-1] in RULING_NOUNS


def _written_in_ruling(speech: Speech, doc) -> bool:
    """'Bates wrote in his 60-page ruling', 'the judge said in the order': the words are
    the court's decision, a court event."""
    if speech.cue_tok is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "within") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in RULING_NOUNS | _RULING_PAPERS and not _sequence_order(g)
        for g in c.children) for c in doc[speech.cue_tok].children)


def _sequence_order(noun) -> bool:
    """"order" as a sequence, not a court's paper: "in that order", "in order", "in no
    particular order" (a ruling paper has an article or a possessor: "in the order", "in his
    order")."""
    return noun.lemma_.lower() == "order" and not any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "a", "an", "its", "his", "her", "their")
        for c in noun.children)


_JUDICIAL_TITLE = r"\b(?:Judge|Justice|Magistrate)\s+(?:[A-Z][\w.'’-]*\s+){0,3}"


def _judge_writes(speech: Speech, doc) -> bool:
    """'“…,” Bates wrote' where the story introduced Bates as 'Judge John Bates': a judge
    writes an opinion, so the words are a court event; not when another medium is named
    ('wrote on Twitter', 'wrote in an op-ed')."""
    if speech.cue_tok is None or not speech.speaker or not speech.speaker_span:
        return False
    cue = doc[speech.cue_tok]
    if cue.lemma_.lower() != "write" or any(c.dep_ in ("prep", "dative") and c.lower_ in ("on", "in", "to")
                                            for c in cue.children):
        return False
    surname = speech.speaker.split()[-1]
    if not surname[:1].isupper():
        return False
    return re.search(_JUDICIAL_TITLE + re.escape(surname) + r"\b", doc.text[:speech.speaker_span[1]]) is not None


#: papers a court decides in besides RULING_NOUNS ("wrote in the order")
_RULING_PAPERS = {"order", "decision", "dissent", "concurrence"}


def _ruling_author(speech: Speech, doc):
    """The judge/court named inside the speaker phrase ('… produced by a Miami-Dade judge')."""
    if speech.cue_tok is None or not speech.speaker_span:
        return None
    subj = next((c for c in doc[speech.cue_tok].children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for t in subj.subtree:
        if t is not subj and t.lemma_.lower() in COURT_NOUNS:
            return t
    return None


def _entity_actor(an: Analysis, ent) -> Actor:
    """The actor a named entity (ORG, PERSON, GPE, NORP) names: a person, a place, else an
    organisation."""
    return Actor(name=ent.text, canonical=an.aliases.canonical(ent.text), span=Span(ent.start_char, ent.end_char),
                 kind={"PERSON": "person", "GPE": "place"}.get(ent.label_, "organisation"))


def _headline_actor(an: Analysis, sent, trig_i: int) -> Actor | None:
    """Headline subject: a leading entity or acronym, else the title-case words right
    before the trigger (after the last comma/colon: run-on teaser lines)."""
    doc = an.doc
    if trig_i + 2 < sent.tok_end and doc[trig_i + 1].lower_ == "by" and doc[trig_i].lower_.endswith("ed"):
        # "DeBartolo Pardoned by Donald Trump": the agent acts
        for ent in entities(doc, an.ents):
            if ent.start == trig_i + 2 and ent.label_ in ("ORG", "PERSON", "GPE", "NORP"):
                return _entity_actor(an, ent)
        agent = doc[trig_i + 2]
        if is_acronym(agent.text):  # "Immigrant Arrested by ICE …" (an acronym NER missed)
            return Actor(name=agent.text, canonical=an.aliases.canonical(agent.text),
                         span=Span(agent.idx, agent.idx + len(agent)), kind="organisation")
    lo = sent.tok_start
    for t in doc[sent.tok_start:trig_i]:
        if t.text in (",", ":", ";", "—", "–"):
            lo = t.i + 1
    if lo >= trig_i or not any(t.text[:1].isupper() for t in doc[lo:trig_i]):
        lo = sent.tok_start  # "Austin, Texas, Dominates List …": the subject is before the commas
    titled = lo + 1 if lo + 1 < trig_i and _title_name(doc[lo]) is not doc[lo] else None
    for ent in entities(doc, an.ents):
        if ent.start == lo and ent.end <= trig_i and ent.label_ in ("ORG", "PERSON", "GPE", "NORP"):
            return _entity_actor(an, ent)
        if ent.start == titled and ent.end <= trig_i and ent.label_ == "PERSON":
            return _entity_actor(an, ent)  # "Senators Jo Roe and Al Doe Oppose …": the first name
    first = doc[lo]
    if first.i < trig_i and is_acronym(first.text):
        return Actor(name=first.text, canonical=an.aliases.canonical(first.text),
                     span=Span(first.idx, first.idx + len(first)), kind="organisation")
    toks = [t for t in doc[lo:trig_i]]
    while toks and toks[-1].text[:1].islower() and (toks[-1].lower_ == "to" or toks[-1].pos_ in ("ADV", "AUX", "PART")):
        toks.pop()  # "Trump to nominate …", "Trump again pushes …", "Ryan will seek …": the name before
    if len(toks) > 5:
        # "Immigration Officials Ramp Up for …": the subject ends at its head noun
        k = next((k for k, t in enumerate(toks[:4]) if re.sub(r"s$", "", t.lower_) in _SUBJECT_HEADS), None)
        toks = toks[:k + 1] if k is not None else toks
    if not 1 <= len(toks) <= 5 or any(t.is_punct and t.text not in ".'’" for t in toks) \
            or not all(t.is_title or t.is_upper or t.text in ".'’" for t in toks):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    name = doc.text[start:end]
    return Actor(name=name, canonical=an.aliases.canonical(name), span=Span(start, end), kind=None)


_SUBJECT_HEADS = ROLE_NOUNS | GENERIC_ORG_HEADS | {"official", "agent", "police", "source", "lawmaker",
                                                  "leader", "worker", "resident", "group", "activist"}


def _headline_planned(doc, sent, t) -> bool:
    """Headline 'ICE to make announcement', 'X Preparing To Arrest', 'Trial set for Monday'."""
    lo = sent.tok_start
    for x in doc[sent.tok_start:t.i]:
        if x.text in (",", ":", ";"):
            lo = x.i + 1  # run-on teaser lines: only the trigger's own headline counts
    for x in doc[lo:t.i + 1]:
        if x.lower_ == "to" and x.i + 1 < sent.tok_end and x.i > lo:
            prev = doc[x.i - 1]
            if prev.pos_ in ("PROPN", "NOUN") or prev.lemma_.lower() in ("prepare", "preparing", "plan", "set", "poise"):
                return True
        if x.lower_ in ("preparing", "plans", "planning", "upcoming", "will"):
            return True
    if t.lemma_.lower() in ("schedule", "slate", "set") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return True  # "Manafort's trial set to start today", "Senate vote set for Thursday"
    return False


_CUT = re.compile(r",\s|;\s|\s—\s|\s–\s|\s(?:and|but|while|although|because|who|which|after|before|as)\s(?=[a-z])")


def trim_text(text: str, max_words: int = 18) -> str:
    """Words of the text as written, cut at a clause boundary (comma, 'and', 'which' …)
    before `max_words` when there is one, else at `max_words` with '…'."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    words = text.split(" ")
    if len(words) <= max_words:
        return text.rstrip(".")
    head = " ".join(words[:max_words])
    cuts = [m.start() for m in _CUT.finditer(head) if len(head[:m.start()].split()) >= 6]
    if cuts:
        return head[:cuts[-1]].rstrip(" ,;:")
    return head.rstrip(" ,;:") + " …"


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _headline_text(an: Analysis, sent, trig, speech) -> str:
    """A short statement made of the sentence's own words: the sentence itself when short,
    'Speaker: what was said' for reported speech, else the trigger's clause trimmed at a
    clause boundary."""
    doc, text = an.doc, an.doc.text
    if sent.is_headline or sent.end - sent.start <= 90:
        return render(list(doc[sent.tok_start:sent.tok_end]), 22)
    if speech is not None and speech.content and (speech.speaker or speech.speaker_span) \
            and trig.how in ("speech", "content"):
        who = speech.speaker if speech.speaker and speech.speaker_kind != "pronoun" else None
        if who is None and speech.speaker_span:
            who = text[speech.speaker_span[0]:speech.speaker_span[1]]
        who = _capital(re.sub(r"^(?:the|a|an)\s+", "", who or "", flags=re.I)) if who and who[:1].islower() else who
        body = trim_text(text[speech.content[0]:speech.content[1]], 16)
        if speech.direct:
            body = "“" + body + "”"
        else:
            body = _capital(body)
        return f"{who}: {body}"
    if trig.tok is not None:
        t = doc[trig.tok]
        head = t
        for _ in range(5):  # up to the clause that has a subject ("X agreed to ban …")
            if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
                break
            if head.head.i == head.i:
                break
            head = head.head
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        lo, hi = max(lo, sent.tok_start), min(hi, sent.tok_end)
        while lo < hi and (doc[lo].is_punct or doc[lo].dep_ in ("cc", "mark")
                           or (doc[lo].tag_ == "WRB" and doc[lo].dep_ == "advmod")):
            lo += 1
        if hi > lo:
            return _capital(trim_text(text[doc[lo].idx: doc[hi - 1].idx + len(doc[hi - 1])], 20))
    return trim_text(text[sent.start:sent.end], 20)


def extract_from_doc(article: Article, doc) -> list[Event]:
    """Events of an article whose text is already parsed into `doc`."""
    if doc.text != article.text:
        raise ValueError("doc was not parsed from this article's text")
    an = analyse(article, doc)
    events: list[Event] = []
    seen = set()

    def keep(e: Event | None) -> None:
        """Add an event once (clause rules may find the same one again)."""
        if e is not None and e.id not in seen:
            seen.add(e.id)
            events.append(e)

    for sent in an.seg.sentences:
        if not sent.usable:
            continue
        first = len(events)
        _sentence_events(an, sent, events, seen, keep)
        # a sentence's events in the order they are told ("Barr, who has appointed a US
        # attorney …, said …": the appointment, then the saying)
        events[first:] = sorted(events[first:], key=lambda e: e.trigger.start)
    return date_headline_acts(an, events)


def _sentence_events(an: Analysis, sent, events: list[Event], seen: set[str], keep) -> None:
    """Add the events of one sentence: its main event and those of its other clauses."""
    ev = event_for_sentence(an, sent)
    at = len(events)
    if ev is None:
        # no main event ("Trump has not released tax documents, so the clues come from a
        # form he released in May"): a clause of its own may still tell one
        extras = clause_speech_events(an, sent, None) + clause_action_events(an, sent, None)
        for extra in extras:
            keep(extra)
        if not extras:
            # a past act no rule names ("the shooting came a week after …"), else a view
            # voiced with a clause or a question put to someone
            keep(fallback_event(an, sent) or view_event(an, sent) or no_comment_event(an, sent))
        for extra in dated_clause_events(an, sent, events[at:]):
            keep(extra)
        for extra in agent_participle_events(an, sent, events[at:]):
            keep(extra)
        return
    if ev.id in seen:
        return
    keep(ev)
    for extra in (relative_speech_event(an, sent, ev), coordinated_event(an, sent, ev),
                  elliptic_event(an, sent, ev)):
        keep(extra)
    for extra in series_speech_events(an, sent, ev):
        keep(extra)
    for extra in clause_speech_events(an, sent, ev) + clause_action_events(an, sent, ev):
        keep(extra)
    for extra in dated_clause_events(an, sent, events[at:]):
        keep(extra)
    for extra in agent_participle_events(an, sent, events[at:]) + dated_noun_events(an, sent, events[at:]):
        keep(extra)
    if ev.id in an.narrowed:  # a clause event took the words before its cue
        events[at] = attrs.evolve(ev, sentence=an.narrowed[ev.id])


def clause_action_events(an: Analysis, sent, main_ev: Event | None) -> list[Event]:
    """Events of other clauses of a sentence whose main event is another: a clause with a
    subject of its own, coordinated ("…, and he won unanimous confirmation"), relative
    ("Kelli Ward, who resigned her seat last year") or subordinate ("after he terrorized the
    area in 2002"), or a verb coordinated with the main one ("supported a candidate,
    retweeted a sympathizer"), whose verb is a trigger of its own or an open-class act
    (`_open_clause_act`); and the root's own act when the main speech is told by a verb
    coordinated with it ("Gates expressed contempt for him and blamed Biden for …").  Not in
    a quotation or in what the main event reports, not negated, hypothetical or a mere
    description."""
    if sent.is_headline:
        return []
    doc = an.doc
    idx = an.clause_verbs()
    k0, k1 = bisect_left(idx, sent.tok_start), bisect_left(idx, sent.tok_end)
    if k0 == k1 or main_ev is not None and k1 - k0 == 1 and doc[idx[k0]].idx == main_ev.trigger.start:
        return []  # (most sentences: nothing more to read)
    toks = list(doc[sent.tok_start:sent.tok_end])
    verbs = [doc[i] for i in idx[k0:k1]]
    blk = an.seg.blocks[sent.block]
    outside = quote_spans(doc.text, blk.start, blk.end) + an.seg.cards_in(sent.start, sent.end)
    att = main_ev.attribution if main_ev is not None else None
    if att is not None and att.content is not None and not _no_content_clause(an, sent, att):
        content = (att.content.start, att.content.end)
    else:
        content = None
    has_number = C._HasNumber(toks)
    taken = {main_ev.trigger.start} if main_ev is not None else set()
    if att is not None and att.cue is not None:
        taken.add(att.cue.start)
    speech_cues = {sp.cue_tok for sp in an.by_sentence.get(sent.index, [])}
    # a main event told in a subordinate clause ("…, Holt, who said he would not be
    # welcome"): the main clause's own action is an event too ("… has clashed with Holt")
    main_tok = next((t for t in toks if t.idx in taken), None)
    # (not a participle of the main verb: "addressed the concerns, saying …" is one act)
    # … nor one told in an "as" clause ("stonewalled the bureau, as Conaway argued, …")
    main_root = main_tok is None or not any(
        a.dep_ == "relcl" or a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in a.children)
        for a in [main_tok, *main_tok.ancestors])
    # a main speech told by a verb coordinated with the sentence's root ("Gates expressed
    # contempt for him and blamed Biden for …"): the root's own act is an event too
    cue_tok = next((t for t in toks if att is not None and att.cue is not None and t.idx == att.cue.start), None)
    conj_root = cue_tok.head.i if cue_tok is not None and cue_tok.dep_ == "conj" and cue_tok.head.dep_ == "ROOT" \
        and cue_tok.head.pos_ == "VERB" and cue_tok.head.i < cue_tok.i else None
    # … also through a chain of conjuncts ("He supported a candidate, retweeted a
    # sympathizer and told a publication, “…”"): the root's act, and the conjuncts after it
    # are read as coordinated acts; so is a main act told by a conjunct of the root ("Trump
    # invited the Bushes to stay at Blair House, and crossed the street to pay them a visit")
    last = cue_tok if cue_tok is not None else main_tok
    if conj_root is None and last is not None and last.dep_ == "conj":
        cur = last
        for _ in range(4):
            if cur.dep_ != "conj" or cur.head.i >= cur.i or cur.head.pos_ != "VERB":
                break
            cur = cur.head
        if cur.dep_ == "ROOT" and cur.i != last.i and cur.pos_ == "VERB" and (
                last is cue_tok or cur.tag_ in ("VBD", "VBN")):  # (not "the states will bear a cost")
            conj_root = cur.i
    # a main event told in a clause of time or cause, fronted or trailing ("In 2016, when
    # Scalia died, McConnell blocked the nomination", "Roe lost the primary because she
    # criticized the chief"): the root's own open-class act is an event too
    time_main = main_tok is not None and main_tok.dep_ in ("advcl", "conj") and any(
        a.dep_ == "advcl" and a.head.dep_ == "ROOT"
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _ACT_MARKS | _CAUSE_MARKS and c.i < a.i for c in a.children)
        for a in [main_tok, *main_tok.ancestors])
    # a main speech told by a participle of the root ("The leader refused appeals to cancel
    # the speech, saying …"): the root's own act (not a verbal one) is an event too
    part_root = _participle_root(cue_tok, main_ev)
    out = []
    for v in verbs:
        if v.idx in taken or v.i in speech_cues or any(a <= v.idx < b for a, b in outside):
            continue
        in_content = content is not None and content[0] <= v.idx < content[1]
        if in_content and not _narrated_in_content(v):
            continue
        # (times inside what is reported date only a clause told there)
        out_times = outside if in_content or content is None else outside + [content]
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        if v.dep_ == "ROOT" and part_root is not None and v.i == part_root.i:
            lemma = v.lemma_.lower()
            vt = None if lemma in _VERBAL_ACTS else C.verb_trigger(v, toks, has_number)
            if vt is None and lemma in C.REFUSAL_VERBS and any(c.dep_ == "dobj" for c in v.children) \
                    and C.action_ok(v):
                vt = ("other", "open")  # "refused appeals from Democrats …, saying …"
            elif vt is not None and vt[1] != "action" and vt[0] not in C.CONCRETE:
                vt = None  # (an open-class act with a participle is mostly a verbal one:
                # "invoked “legitimacy” dozens of times, stressing …", "cheered the passage, calling …")
            subj = C.action_subject(v)
            if vt is None or vt[0] in ("statement", "announcement") or subj is None or not C._agent_ok(subj):
                continue  # ("defended Flynn, saying …", "announced …, saying …": one statement)
            cue = cue_tok
            while cue.i - 1 > v.i and cue.doc[cue.i - 1].is_punct:
                cue = cue.doc[cue.i - 1]
            lo, hi = sent.start, cue.idx
            taken.add(v.idx)
            an.narrowed[main_ev.id] = Span(cue_tok.idx, main_ev.sentence.end)
            out.append(_clause_event(an, sent, v, vt, Span(lo, max(hi, lo + 1)),
                                     an.dater.govern_act(sent, v, out_times), subj, confidence=0.5))
            continue
        if v.dep_ == "ROOT":
            if (main_root and not time_main or not own_subject) and v.i != conj_root:
                continue  # the main event is this clause's
        elif v.dep_ == "conj":
            if not own_subject and v.head.idx not in taken:
                continue
        elif v.dep_ in ("relcl", "advcl"):
            if not own_subject:
                continue
        else:
            continue
        if C.is_negated(v) or C._conditional(v) or not C._finite_ok(v):
            continue
        vt = C.verb_trigger(v, toks, has_number)
        if vt is None and v.dep_ == "relcl" and own_subject and (v.tag_ in ("VBD", "VBN") or v.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ in C._PLAN_MODALS for c in v.children) and C._own_time(v)) \
                and not any(c.dep_ == "auxpass" or c.dep_ == "dobj" and (c.tag_ not in ("WP", "WDT") or not C._own_time(v))
                            for c in v.children) \
                and an.dater.in_range(v.left_edge.idx, v.right_edge.idx + len(v.right_edge)):
            # "a disclosure form he released in May", "the memo Barr wrote last year": a dated
            # act on the noun the clause describes (also with the relative pronoun as its
            # object: "Reed, whom Lane defeated in the May primary", "an event that the
            # governor hosted on Wednesday"); and one planned for a time of its own ("a rally
            # he will hold in Ohio on Friday")
            lemma = v.lemma_.lower()
            light = C._light_kind(v, v.head) if lemma in C.LIGHT_VERBS else None
            if light:
                vt = (light, "light")
            elif C.open_verb(v):
                vt = (C.open_kind(v), "open")  # ("who talked about … in a speech last year": a statement)
            elif lemma in C.ACTION_VERBS:
                vt = ("other", "open")
        if vt is None and _open_clause_act(v, taken) and not (
                v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in v.children)
                and not an.dater.in_range(v.left_edge.idx, v.right_edge.idx + len(v.right_edge))):
            # (an organisation's "which" clause only with a time of its own: "The FBI, which
            # opened its investigation in July 2016", not "…, which advocates for …")
            vt = (C.open_kind(v), "open")
        if vt is None and (time_main or v.i == conj_root) and v.dep_ == "ROOT" and v.tag_ in ("VBD", "VBN") \
                and not any(c.lower_ in _REPEATED for c in v.children):
            # (a past act, once: not "the states will bear a cost", "he often undercut …")
            if C.open_action(v):
                vt = (C.open_kind(v), "open")
            elif v.lemma_.lower() in C.STANCE_VERBS and not C.is_negated(v) \
                    and any(c.dep_ == "dobj" for c in v.children):
                vt = ("other", "open")  # "supported a candidate …, retweeted …": as a main clause's
        if vt is None and v.lemma_.lower() in C.REFUSAL_VERBS and _open_clause_act(v, taken, refusal=True):
            # "after the state refused to appeal the ruling", "because she refused to testify":
            # a refusal is an act; a refused event keeps its own kind
            x = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            if x is not None and x.lemma_.lower() not in C.REFUSAL_NO_COMMENT | {"do"} and x.idx not in taken:
                # (not "declined to do so"; nor a refused act already told: "refused to appeal")
                xt = C.verb_trigger(x, toks, has_number)
                vt = (xt[0] if xt is not None and xt[0] != "statement" else "other", "open")
        saying = _coordinated_saying(v, taken, speech_cues)
        if vt is None and saying:
            vt = ("statement", "coordinated")
        if vt is None or vt[0] == "statement" and vt[1] != "open" and v.i != conj_root \
                and not (time_main and v.dep_ == "ROOT") and not _unspoken_stance(an, sent, v, vt) \
                and not saying:
            continue  # (speech has its own clause events: clause_speech_events)
        subj = C.action_subject(v) or _passive_head_subject(v)
        if subj is not None and subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
            subj = v.head
            if subj.dep_ == "appos" and subj.head.i != subj.i and subj.head.pos_ == "PROPN":
                subj = subj.head  # "Kelli Ward, a doctor who resigned …": Kelli Ward
            elif subj.pos_ != "PROPN":
                # "the director, Dan Roe, who attended …": the name in apposition
                subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                             and c.i < v.i), subj)
        if subj is None or not C._agent_ok(subj):
            continue
        # the clause's own words: a conjunct from its subject (or verb) on, others whole
        lo = min([v.idx] + [c.idx for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]) \
            if v.dep_ == "conj" else v.left_edge.idx
        hi = v.right_edge.idx + len(v.right_edge)
        taken.add(v.idx)
        ev = _clause_event(an, sent, v, vt, Span(lo, max(hi, lo + 1)),
                           an.dater.govern_act(sent, v, out_times), subj, confidence=0.5)
        if vt[1] == "coordinated" and main_ev is not None and not an.dater.in_range(lo, hi):
            ev = attrs.evolve(ev, when=main_ev.when)  # (the same occasion as the first saying)
        out.append(ev)
    return out


#: participles of a state, a post held, a cause or a company kept, not of an act done once
#: ("a group led by Roe", "a firm owned by the family", "protests fueled by anger", "was
#: joined by the vice president"), besides `fallback._STATE_PARTICIPLES`
_AGENT_STATES = {"lead", "own", "run", "head", "chair", "manage", "operate", "hold", "represent", "employ",
                 "back", "support", "favor", "favour", "prefer", "oppose", "endorse", "dominate", "share", "occupy",
                 "inspire", "influence", "cause", "drive", "fuel", "prompt", "motivate", "shape", "mark", "define",
                 "govern", "plague", "haunt", "follow", "precede", "accompany", "flank", "surround", "populate",
                 "affect", "hit", "threaten", "target", "watch", "see", "hear", "read", "love", "hate", "admire",
                 "fear", "trust", "host", "sponsor", "cosponsor", "co-sponsor", "appoint", "nominate", "elect",
                 "hire", "train", "educate", "raise", "bear", "serve", "cover", "dub", "nickname", "accept",
                 "pose", "present", "offer", "make", "do", "have", "get", "take", "put", "find", "include",
                 "advocate", "champion", "promote", "push", "tout", "whip", "stoke", "organize", "organise",
                 "show", "create"}
#: participles of a source getting hold of a paper ("a memo obtained by the AP", "the motion,
#: reviewed by the Daily Caller"): how the story was sourced, not an act of the story
_AGENT_SOURCING = {"obtain", "review", "examine", "acquire", "receive", "see", "read", "verify", "confirm",
                   "compile", "track", "collect", "gather", "analyze", "analyse"}
#: participles that put a paper or a story out ("first reported by the Daily Caller",
#: "a letter printed by The New York Times"): a report
_AGENT_REPORTS = {"report", "publish", "print", "air", "broadcast", "reveal", "disclose"}


def agent_participle_events(an: Analysis, sent, told: list[Event]) -> list[Event]:
    """An act told by a participle or a passive relative clause on a noun, its doer named in a
    "by" phrase right after the verb ("a dossier written by Christopher Steele", "pardons
    issued by President Clinton", "a resolution introduced by Rep. Jo Roe", "the emails,
    which were discovered by the FBI"): the named doer's act, an event of its own beside the
    sentence's main one.  The participle is past (no "is / will be"), not negated, not a
    state, a post held or a cause (`_AGENT_STATES`), not speech (the speech rules read
    those), not a source's getting hold of a paper (`_AGENT_SOURCING`: "a memo obtained by
    the AP"), not a habit or a generic noun ("pummeled by Roe for years", "any bill passed
    by Congress"), not in a quotation or in what a speaker reports; the doer is a name or an
    organisation (`classify._named_agent`).  Its sentence span is the noun with its
    participle phrase; its time one told in that phrase, else none of the sentence's."""
    if sent.is_headline:
        return []
    doc = an.doc
    toks = doc[sent.tok_start:sent.tok_end]
    if not any(t.dep_ == "agent" for t in toks):
        return []
    blk = an.seg.blocks[sent.block]
    outside = quote_spans(doc.text, blk.start, blk.end) + an.seg.cards_in(sent.start, sent.end)
    taken = {e.trigger.start for e in told}
    # (what a speaker reports in a clause or a quotation is the speaker's claim: not
    # "praised the plan, citing a memo drafted by …", the writer's narration)
    contents = [(sp.content[0], sp.content[1]) for sp in an.by_sentence.get(sent.index, [])
                if sp.content and (sp.direct or sp.content_head is None
                                   or doc[sp.content_head].dep_ not in ("dobj", "advcl", "pobj"))]
    out = []
    for v in toks:
        if v.tag_ != "VBN" or v.pos_ != "VERB" or v.idx in taken or any(a <= v.idx < b for a, b in outside + contents):
            continue
        head = v
        if v.dep_ == "conj" and v.head.tag_ == "VBN" and v.head.dep_ in ("acl", "relcl"):
            head = v.head  # "a letter, obtained and printed by the New York Times"
        if head.dep_ == "acl":
            if any(c.dep_ in ("aux", "auxpass") for c in head.children):
                continue  # ("a bill to be signed by …": no act yet)
        elif head.dep_ == "relcl":
            pas = [c for c in head.children if c.dep_ == "auxpass"]
            aux = [c for c in head.children if c.dep_ == "aux"]
            if len(pas) != 1 or not (pas[0].lower_ in ("was", "were") and not aux
                                     or pas[0].lower_ == "been" and [a.lower_ for a in aux] in (["has"], ["have"], ["had"])):
                continue  # ("which is led by …", "that will be reviewed by …": no act told)
        else:
            continue
        noun = head.head
        lemma = v.lemma_.lower()
        if noun.pos_ not in ("NOUN", "PROPN") or (lemma in FALLBACK_STATES or lemma in _AGENT_STATES or lemma in SPEECH
                                                  or lemma in _VERBAL_ACTS) and lemma not in _AGENT_REPORTS \
                or lemma in _AGENT_SOURCING or not C._named_agent(v) or C.is_negated(v):
            continue
        lo = min(noun.left_edge.idx, v.left_edge.idx) if head.dep_ == "acl" else noun.idx
        hi = v.right_edge.idx + len(v.right_edge)
        if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each", "some", "all") or c.dep_ == "amod"
               and c.lower_ in ("annual", "yearly", "weekly", "monthly", "regular") for c in noun.children) \
                or noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) \
                and not an.dater.in_range(lo, hi):
            continue  # no one act: "any legislation passed by Congress", "bills passed by the House"
        if any(c.dep_ == "advmod" and c.lower_ in _REPEATED | {"long", "routinely"} or c.dep_ == "prep"
               and c.lower_ in ("for", "over") and any(g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.lemma_.lower()
                                                                             in ("year", "decade", "month", "week"))
                                                       for g in c.children) for c in v.children):
            continue  # a habit or a stretch ("pummeled by Trump for years")
        agent = next(g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")
        if not C._agent_ok(agent):
            continue
        if lemma in _AGENT_REPORTS:
            kind = "report"
        elif noun.lemma_.lower() in LAW_OBJECTS:
            kind = "law"  # "a resolution introduced by …"
        elif C.NOUN_KIND.get(noun.lemma_.lower()) in ("law", "letter", "report", "policy", "court"):
            kind = C.NOUN_KIND[noun.lemma_.lower()]  # "a memo drafted by …": policy
        else:
            kind = C.open_kind(v)
            if kind == "statement":
                continue
        taken.add(v.idx)
        # (a time of its own, in its phrase: the sentence's is the main event's)
        mention = an.dater.govern_act(sent, v, outside) if an.dater.in_range(lo, hi) else None
        out.append(_clause_event(an, sent, v, (kind, "open"), Span(lo, max(hi, lo + 1)), mention, agent,
                                 confidence=0.5))
    return out


#: verbs whose object or setting is the occasion of their own act ("held a hearing",
#: "spoke at the rally", "won the election")
_OCCASION_CARRIERS = C.LIGHT_VERBS | {"attend", "speak", "skip", "boycott", "cover", "address", "testify", "win",
                                      "lose", "chair", "lead", "host", "call", "schedule", "order", "plan",
                                      "announce", "set", "hold", "conduct", "stage", "launch", "carry", "vote"}


#: verbs whose object is wanted, feared or put off, not done ("demanded Holder's
#: resignation Tuesday", "called for a vote on Friday", "blocked Monday's vote")
_UNREAL_CARRIERS = {"demand", "call", "seek", "want", "urge", "await", "expect", "predict", "forecast", "oppose",
                    "block", "delay", "postpone", "cancel", "prevent", "avoid", "threaten", "propose", "request",
                    "ask", "push", "press", "pressure", "need", "fear", "hope", "anticipate", "prepare", "plan"}


def dated_noun_events(an: Analysis, sent, told: list[Event]) -> list[Event]:
    """An occurrence named by a noun with a time of its own beside the sentence's main event
    ("Roe cited the May 5 ruling of the appeals court", "… after a hearing on Tuesday about
    the budget", "the 2010 Supreme Court ruling that removed limits"): an event of its own,
    as `classify.dated_noun_trigger` makes one in a sentence with no other.  Not a speech
    noun (the speech rules read those), not the object or setting of the main event's verb
    ("held a hearing Tuesday", "spoke at Tuesday's rally": one event), not one whose time is
    a time of a told event (the same occasion), not in a quotation or in what a speaker
    reports, not plural or indefinite (but "a 1974 ruling" is one ruling)."""
    if sent.is_headline or not told:
        return []
    doc = an.doc
    blk = an.seg.blocks[sent.block]
    outside = quote_spans(doc.text, blk.start, blk.end) + an.seg.cards_in(sent.start, sent.end)
    contents = [(sp.content[0], sp.content[1]) for sp in an.by_sentence.get(sent.index, [])
                if sp.content and (sp.direct or sp.content_head is None
                                   or doc[sp.content_head].dep_ not in ("dobj", "advcl", "pobj"))]
    triggers = {e.trigger.start for e in told}
    told_times = {(e.when.span.start, e.when.span.end) for e in told if e.when.span is not None}
    out = []
    for t in doc[sent.tok_start:sent.tok_end]:
        if t.pos_ != "NOUN" or t.tag_ != "NN" or t.idx in triggers \
                or any(a <= t.idx < b for a, b in outside + contents):
            continue
        lem = t.lemma_.lower()
        if lem not in DATED_EVENT_NOUNS or lem in C.DATED_SPEECH_NOUNS or not C._time_anchor(t):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") or c.dep_ == "det"
               and c.lower_ in ("a", "an") and not any(g.dep_ in ("compound", "nmod", "npadvmod") and g.ent_type_ == "DATE"
                                                       for g in t.children) for c in t.children):
            continue
        carrier = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if (t.head.idx in triggers or carrier.idx in triggers) and carrier.lemma_.lower() in _OCCASION_CARRIERS:
            continue  # ("held a hearing Tuesday", "spoke at Tuesday's rally": the main event)
        if carrier.lemma_.lower() in _UNREAL_CARRIERS or t.head.lemma_.lower() in _UNREAL_CARRIERS:
            continue  # ("demanded Holder's resignation Tuesday": wanted, not done)
        mentions = [m for m in an.dater.in_range(t.left_edge.idx, t.right_edge.idx + len(t.right_edge))]
        if not mentions or any((m.start, m.end) in told_times for m in mentions):
            continue
        head = t.head
        while head.dep_ != "ROOT" and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        if head.pos_ in ("VERB", "AUX") and (C.is_negated(head) or C._conditional(head)) and not C._time_landmark(t):
            continue
        kind = C._DATED_NOUN_KIND.get(lem) or C.NOUN_KIND.get(lem, "other")
        if kind not in C.CONCRETE and kind not in ("other", "announcement"):
            kind = "other"
        actor = next((c for c in t.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
                      and c.lower_ not in C.TIME_WORDS and c.pos_ != "PRON" and C._agent_ok(c)), None)
        lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
        triggers.add(t.idx)
        out.append(_clause_event(an, sent, t, (kind, "noun"), Span(lo, max(hi, lo + 1)),
                                 an.dater.govern(sent, t, outside), actor, confidence=0.5))
    return out


#: the clause heads a dated act may have: a verb coordinated with another, a relative
#: clause, a participle on a noun, an adverbial or a reported clause
_DATED_CLAUSE_DEPS = ("conj", "relcl", "acl", "advcl", "ccomp")
#: verbs whose clause tells a state, a post held, a view, a figure, a forecast or the event a
#: noun names, even with a time of its own ("who led the Pentagon from 2006 to 2011", "that
#: was his 2016 campaign promise", "GDP expanded in the quarter", "the river was forecast to
#: crest on Saturday", "which occurred around 9 a.m.")
_DATED_STATES = (C.NOT_ACTIONS - C.DATED_LIGHT_ACTS) | COGNITION | C.STAT_VERBS | _FIGURE_VERBS \
    | {"expand", "shrink", "contract", "slow", "recover", "accelerate", "list", "lock", "appear"} \
    | {"head", "chair", "helm", "oversee", "survive", "outlive", "lead", "serve", "come", "go"} \
    | {"occur", "happen", "recur", "begin", "start", "unfold", "resume", "continue", "end"} \
    | {"forecast", "predict", "project", "estimate", "expect"}
#: verbs that put a paper or a programme out: on a noun with no doer of their own ("a poll
#: released Wednesday", "an interview published last week") they date the paper, not an act
_DATED_PAPERS = {"release", "publish", "post", "air", "broadcast", "print", "conduct", "issue", "take", "run",
                 "write", "send", "put", "file", "produce", "compile", "complete"}


def dated_clause_events(an: Analysis, sent, told: list[Event]) -> list[Event]:
    """Acts of other clauses of a sentence that already tells an event, dated by a time of
    their own that none of the sentence's events has: a conjunct ("She lost in 2010, then
    ran again and won in 2012"), a relative clause or a participle on a noun ("the area
    where dozens were arrested earlier this month", "e-mails released last week by
    legislators"), a clause of time ("… before the official resigned in December") or what a
    speaker reports ("Zoom says it stopped sharing the data in March": claimed).  The verb is
    an act in the past (`_dated_act`).

    A sentence that tells no event of its own is read too: its main clause is a state or a
    view, but a clause with a time of its own may still tell an act ("When Roe was
    diagnosed with cancer in 1994, his wife became his caretaker"; "There has been one trial,
    of an analyst who gave photos to a magazine in 1984"). Its main clause is never dated
    here (`_DATED_CLAUSE_DEPS`), so the sentence's state stays no event."""
    if sent.is_headline:
        return []
    mentions = an.dater.in_range(sent.start, sent.end)
    if not mentions:
        return []  # (most sentences: no quotation scan, no clause reading)
    doc = an.doc
    taken = set()
    for e in told:
        taken.add(e.trigger.start)
        if e.attribution is not None and e.attribution.cue is not None:
            taken.add(e.attribution.cue.start)
    values = {e.when.value for e in told}
    blk = an.seg.blocks[sent.block]
    outside = quote_spans(doc.text, blk.start, blk.end) + an.seg.cards_in(sent.start, sent.end)
    # what the sentence's speakers report in a clause (not the noun a verbal act is on:
    # "praised the officers, who were charged last week", `_no_content_clause`; nor what is
    # announced: "ICE announced that 450 people had been arrested this week" is one event)
    reports = [e.attribution for e in told if e.kind != "announcement"
               and e.attribution is not None and e.attribution.content is not None and not e.attribution.direct
               and (not _no_content_clause(an, sent, e.attribution) or _source_of_clause(an, e.attribution))]
    toks = list(doc[sent.tok_start:sent.tok_end])
    out, seen = [], set()
    for m in mentions:
        if any(a <= m.start < b for a, b in outside):
            continue
        v = _dated_verb(an, m, mentions, taken)
        if v.i in seen or v.pos_ != "VERB" or v.idx in taken:
            continue
        seen.add(v.i)
        told_in = next((a for a in reports if a.content.start <= v.idx < a.content.end), None)
        # (a noun's story or a time clause told there is the writer's: "… when the war broke out")
        claimed = told_in if v.dep_ not in ("relcl", "acl", "advcl") else None
        if v.dep_ not in _DATED_CLAUSE_DEPS and not (v.dep_ == "ROOT" and claimed is not None):
            continue  # (the main clause only as what a source tells: "…, according to officials")
        if not told and not _told_beside_a_state(v):
            continue
        # (a time inside what is reported may have dated the saying too: "Three officers were
        # shot on Sunday, the mayor said" is still the shooting's; not a report's, which
        # tells of that act itself: "… alerted the court Monday, Fox 5 reported")
        inside = told_in is not None and told_in.content.start <= m.start < told_in.content.end \
            and not any(e.attribution is told_in and e.kind == "report" for e in told)
        if an.dater.when(m).value in values and not inside or an.dater.modifies_noun(m, v) or not _dated_act(v) \
                or an.dater.tok_at(m.end - 1).dep_ == "dobj" or _since_perfect(an, m, v):
            continue  # (not a time spent: "Trump spent the weekend warning China")
        source = claimed.cue.start if claimed is not None and claimed.cue is not None else None
        if any(t.idx in taken and t.idx != source for t in v.subtree if t.i != v.i and t.pos_ in ("VERB", "AUX")):
            continue  # (a clause around an event already told; not its source's "according to")
        if v.dep_ == "acl" and v.lemma_.lower() in _DATED_PAPERS and not any(c.dep_ == "agent" for c in v.children):
            continue  # ("an interview published last week": the paper's date)
        if v.dep_ in ("acl", "relcl") and (v.head.idx in taken or v.head.dep_ in ("nsubj", "nsubjpass")
                                           and v.head.head.idx in taken):
            continue  # "A survey released Wednesday found …": the survey's finding is the event
        if v.dep_ == "ccomp" and claimed is None:
            continue
        vt = C.verb_trigger(v, toks, C._HasNumber(toks))
        # (a saying told in the active: "who told lawmakers in May that …"; not "charged
        # last week in the hacking", "was argued in the fall")
        said = v.lemma_.lower() in _VERBS_OF_SAYING and v.dep_ != "acl" and not any(c.dep_ == "auxpass" for c in v.children)
        kind = vt[0] if vt is not None else "statement" if said else C.open_kind(v)
        subj = C.action_subject(v)
        if subj is not None and subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
            subj = v.head
        actor = subj if subj is not None and C._agent_ok(subj) else None
        lo = v.left_edge.idx
        if v.dep_ == "conj":
            lo = min([v.idx] + [c.left_edge.idx for c in v.children if c.dep_ in ("nsubj", "nsubjpass")])
        hi = v.right_edge.idx + len(v.right_edge)
        ev = _clause_event(an, sent, v, (kind, "dated"), Span(lo, max(hi, lo + 1)), m, actor, confidence=0.5)
        if claimed is not None:  # the speaker's claim, attributed to them
            ev = attrs.evolve(ev, status="claimed", attribution=claimed)
        out.append(ev)
    return out


#: relative words that open a clause telling someone's act ("…, who secured the panel last
#: May", "the site where GM broke ground last month", "the day when the two met")
_ACT_RELATIVES = {"who", "where", "when"}


def _told_beside_a_state(v) -> bool:
    """In a sentence that tells no event of its own, a dated clause that still tells an act:
    a clause of time or concession ("When Roe was diagnosed in 1994, …", "Although Lee was
    treated on Friday, …"), a participle on a noun ("aid delivered to Iraq last week"), or a
    relative clause opened by "who / where / when" on a singular or named noun ("…, where GM
    broke ground last month"); not a "that / which" clause, which mostly describes its noun
    ("the mood that pervaded the colonies in 1776"), nor one on a bare plural, a number or a
    pronoun ("voters who voted for Roe in 2012", "of the 61 million who voted …", "those who
    …": a group described), nor a first or second person ("as I wrote in September"). A
    conjunct counts as the clause it joins."""
    first = v
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we", "you") for c in (*v.children, *first.children)):
        return False
    if first.dep_ in ("advcl", "acl"):
        return True
    if first.dep_ != "relcl":
        return False
    rel = next((c for c in first.children if c.tag_ in ("WP", "WRB", "WDT") or c.lower_ == "that"), None)
    noun = first.head
    return rel is not None and rel.lower_ in _ACT_RELATIVES and noun.pos_ in ("NOUN", "PROPN") and not noun.like_num \
        and not (noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children))


def _since_perfect(an: Analysis, m, v) -> bool:
    """A perfect with a "since" time ("women have made up the majority in every election
    since 1984", "who have spent millions since 2010"): a stretch up to now, not one act on
    that date."""
    return any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in v.children) \
        and an.dater.tok_at(m.start).i > 0 and an.doc[an.dater.tok_at(m.start).i - 1].lower_ == "since"


def _dated_verb(an: Analysis, m, mentions, taken: set[int]):
    """The verb whose act time mention `m` dates: the verb of its clause, or the verb an
    infinitive or gerund completes ("it stopped sharing the data in March": the stopping),
    or the first of coordinated verbs with one subject and one time ("were shot and wounded
    on Sunday": one act)."""
    v = an.dater.clause_verb(an.dater.tok_at(m.start))
    while v.dep_ == "xcomp" and v.head.pos_ == "VERB" and v.head.i < v.i:
        v = v.head
    h = v.head
    if v.dep_ == "conj" and h.pos_ == "VERB" and h.idx not in taken and v.tag_ == h.tag_ and _dated_act(v) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
            and not any(an.dater.clause_verb(an.dater.tok_at(x.start)).i == h.i for x in mentions):
        v = h
    return v


def _source_of_clause(an: Analysis, att) -> bool:
    """A source named for a whole clause ("The senator met the donors on Monday, according
    to two aides"): what it tells holds the sentence's main verb."""
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and att.content.start <= t.idx < att.content.end
               for t in an.doc[an.dater.tok_at(att.content.start).i:an.dater.tok_at(att.content.end - 1).i + 1])


#: verbs that give a figure with a number for object ("The county lost 4,000 residents
#: last year", "the firm posted $2 million in profit"): a statistic, not an act
_FIGURE_OBJECT_VERBS = {"lose", "gain", "add", "shed", "earn", "post", "record", "log", "see", "draw"}


def _dated_act(v) -> bool:
    """A verb that tells one past act: the simple past, a past passive or a perfect (also a
    bare participle on a noun or after a conjunction: "e-mails released last week"), not
    negated, conditional or planned, and not a verb of state (`_DATED_STATES`) nor a figure
    (`_FIGURE_OBJECT_VERBS`)."""
    lemma = v.lemma_.lower()
    if lemma in _DATED_STATES or not lemma.isalpha() or C.is_negated(v) or C._conditional(v) or C.planned(v):
        return False
    if lemma in _FIGURE_OBJECT_VERBS and any(c.dep_ == "dobj" and (c.like_num or any(
            g.dep_ in ("nummod", "quantmod") or g.like_num for g in c.children)) for c in v.children):
        return False
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes) and any(
            c.dep_ == "nsubj" and any(g.dep_ in ("nummod", "quantmod") for g in c.children) for c in v.children):
        return False  # a running count: "So far in 2015, more than 367,000 migrants have crossed the sea"
    if v.tag_ == "VBD":
        return not auxes
    # ("was arrested", "had ordered", "has spent"; not "is being targeted", "will be named")
    return v.tag_ == "VBN" and (v.dep_ in ("acl", "conj") and not auxes or bool(auxes) and all(
        a.tag_ in ("VBD", "VBN") or a.lemma_.lower() == "have" for a in auxes))


def _coordinated_saying(v, taken: set[int], speech_cues: set[int]) -> bool:
    """A verb of saying coordinated with one that already tells an event, sharing its
    subject, whose words the attribution finder did not take ("Trump has mocked Sessions as
    weak, said he is disappointed in him and complained that …"; "praised the decision, but
    suggested resistance to the rules"): one statement per clause, by the same speaker."""
    return v.dep_ == "conj" and v.head.idx in taken and v.i not in speech_cues \
        and v.lemma_.lower() in _VERBS_OF_SAYING and v.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in v.children) \
        and any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") for c in v.children)


#: verbs whose act is saying something (not thinking it, nor drawing a reaction)
_VERBS_OF_SAYING = (SPEECH - COGNITION - {"continue", "point", "read", "post", "report", "write"}) \
    | C.PRAISE_BLAME_VERBS | C.PRAISE_BLAME_PERSON_VERBS | C.VERBAL_ATTACK_VERBS


def _narrated_in_content(v) -> bool:
    """A past act told in a relative or time clause inside what a speaker reports ("… the
    damage done by Tillerson, who implemented a reorganization"; "he had dinner with Roe two
    days before the official resigned in December"): the writer's narration of a fact, an
    event of its own (not a present, future or hypothetical clause, nor one whose subject is a
    personal pronoun, which are mostly part of the claim)."""
    # (a doer named there, or "who"/"which" for one: not "when she attempted to scream",
    # mostly part of the account itself)
    return v.dep_ in ("relcl", "advcl") and v.tag_ == "VBD" \
        and any(c.dep_ == "nsubj" and (c.pos_ != "PRON" or c.tag_ in ("WP", "WDT")) for c in v.children)


def _no_content_clause(an: Analysis, sent, att) -> bool:
    """The main statement is a verbal act on a noun ("The senator praised Smith, who resigned
    in December"): its cue has no reported clause or quotation, so the rest of the sentence
    is the writer's narration, not what was said, and its clauses may tell acts of their own."""
    if att.direct or att.cue is None:
        return False
    sp = next((s for s in an.by_sentence.get(sent.index, []) if s.cue is not None and s.cue[0] == att.cue.start), None)
    return sp is not None and not sp.direct and (
        sp.content_head is None or an.doc[sp.content_head].pos_ in ("NOUN", "PROPN", "PRON"))


def _unspoken_stance(an: Analysis, sent, v, vt: tuple[str, str]) -> bool:
    """A public stance told by a coordinated clause with a subject of its own and no speech
    cue ("…, but he also pointed to her lack of experience", "…, and she endorsed Roe"):
    clause_speech_events has no speech to read there, so the clause is a statement here."""
    return v.dep_ == "conj" and vt[1] in ("light", "reaction") and v.tag_ in ("VBD", "VBZ") \
        and any(c.dep_ == "nsubj" for c in v.children) \
        and not any(s.cue_tok == v.i for s in an.speeches if s.sentence == sent.index)


#: verbs whose act is the saying itself ("defended the nominee, noting …", "hit back, saying …")
_VERBAL_ACTS = C.VERBAL_ATTACK_VERBS | C.PRAISE_BLAME_VERBS | C.PRAISE_BLAME_PERSON_VERBS | C.STANCE_VERBS \
    | C.REACTION_VERBS | C.VERBAL_CLASH | C.SPEAKING_VERBS | SPEECH | COGNITION


def _participle_root(cue_tok, main_ev: Event | None):
    """The root verb whose participle ("…, saying …") is the cue of the main statement, with
    the same doer: "The leader refused appeals from Democrats to cancel the speech, saying
    the threat is too great" (the refusal is an act, the saying a statement); else None."""
    if cue_tok is None or main_ev is None or main_ev.kind != "statement" or cue_tok.tag_ != "VBG" \
            or cue_tok.dep_ not in ("advcl", "xcomp", "conj") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark")
                                                                    for c in cue_tok.children):
        return None
    v = cue_tok.head
    if v.dep_ != "ROOT" or v.pos_ != "VERB" or v.i > cue_tok.i or C.is_negated(v) \
            or v.doc[cue_tok.left_edge.i - 1].text != ",":
        return None
    return v


#: the verbs that can head a clause of their own (clause_action_events)
_CLAUSE_DEPS = ("ROOT", "conj", "relcl", "advcl")
#: verbs of holding a post or outlasting something, which a "who" clause uses to describe
#: a person rather than tell an act ("who headed the office", "who chaired the panel")
_HOLDING_VERBS = {"head", "chair", "helm", "oversee", "survive", "outlive"}
#: relative pronouns that stand for a doer ("Muhammad, who indoctrinated Malvo")
_DOER_RELATIVES = {"who"}


def _open_clause_act(v, taken: set[int], refusal: bool = False) -> bool:
    """An open-class act (`classify.open_verb`: no speech, state or verb with rules of its
    own) told in a clause beside the main one: a verb coordinated with a verb that already
    tells an event, sharing its doer ("Clinton won re-election and resubmitted the
    nomination"), or the verb of a relative clause whose subject is "who" standing for a
    named doer ("John Allen Muhammad, who indoctrinated Malvo"), in the simple past or
    the present perfect (not passive, not a modal)."""
    lemma = v.lemma_.lower()
    # (the plain actions of `lexicon.ACTION_VERBS` too: "Dan Coats, who attended the
    # briefings", "a president who pardoned Arpaio"; their own rule reads only main clauses)
    plain = not refusal and not C.open_verb(v)
    # (an everyday light verb with a time of its own too: "Hale, who ran for mayor in 2008")
    if plain and not (lemma in C.ACTION_VERBS and lemma not in C.VOTE_ONLY and lemma != "agree"
                      or v.dep_ in ("relcl", "advcl") and C.light_act(v, clause=True)) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return False
    auxes = [c for c in v.children if c.dep_ == "aux"]
    if plain and (v.dep_ == "relcl" and (auxes or v.tag_ != "VBD") or any(
            c.lower_ in _REPEATED or c.lemma_.lower() == "time" and c.dep_ == "npadvmod" for c in v.subtree)):
        return False  # (a plain action once: not "who had visited the plant twice")
    if v.dep_ == "conj":
        if v.head.idx not in taken or any(c.dep_ == "nsubj" for c in v.children):
            return False
        if auxes:
            return _perfect(v, auxes)
        return v.tag_ in ("VBD", "VBN") and v.head.tag_ in ("VBD", "VBN") and C._tense_ok(v.head)
    if v.dep_ == "relcl":
        if v.lemma_.lower() in _HOLDING_VERBS:
            return False  # "Kemp, who headed the state's election office": a post held, no act
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and _where_when_clause(v, subj):
            return not auxes and v.tag_ == "VBD"
        if subj is None or not (subj.lower_ in _DOER_RELATIVES or subj.lower_ == "which" and _organisation(v.head)):
            return False
        # the relative pronoun right after its noun ("Ward, who …") or after the name in
        # apposition to it ("the director, Dan Roe, who …")
        ends = {v.head.i} | {c.right_edge.i for c in v.head.children if c.dep_ == "appos" and c.i < subj.i}
        if not any(subj.i == e + 1 or subj.i == e + 2 and v.doc[e + 1].text == "," for e in ends):
            return False
        if auxes:
            return _perfect(v, auxes)
        return v.tag_ == "VBD"
    if v.dep_ == "advcl":
        # "after the EU lifted its arms embargo", "though Gates complimented her in his memoir"
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        marks = _ACT_MARKS | {"because"} if refusal else _ACT_MARKS  # ("because she refused to testify")
        if subj is None or not any(c.dep_ == "mark" and c.lower_ in marks or c.dep_ == "advmod"
                                   and c.lower_ in ("when", "while") and c.i < subj.i for c in v.children):
            return False  # ("when" is an adverb to the parser: "when the pair arrived in Rome")
        if auxes:
            return _perfect(v, auxes, past=True) or C.emphatic_past(v)  # ("although Obama did meet …")
        return v.tag_ == "VBD"
    return False


#: words that make a clause's act a habit or a record ("visited twice", "some 500 times")
_REPEATED = {"twice", "often", "repeatedly", "frequently", "regularly", "routinely", "always", "never"}


def _organisation(noun) -> bool:
    """A noun naming an organisation that acts, which "which" can stand for ("The FBI,
    which opened its investigation in July 2016"): a named organisation or a definite
    description headed by an organisation word ("the agency, which …")."""
    if noun.ent_type_ in ("ORG", "NORP"):
        return True
    return noun.lemma_.lower() in C.ORGANISATION_HEADS | C.AGENT_NOUNS and C._agent_ok(noun)


def _passive_head_subject(v):
    """The doer of an active past conjunct of a passive verb: the passive's subject ("Roe was
    recruited by the group, and defeated Lee in the primary": Roe defeated Lee); else None."""
    if v.dep_ != "conj" or v.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children):
        return None
    return next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)


def _where_when_clause(v, subj) -> bool:
    """A relative clause of place or time with a named doer of its own ("Minnesota, where
    the Vikings just opened a stadium", "their encounter of 20 years ago, when the Iowa
    Republican fought the nomination"): the clause tells that doer's act, not the noun's
    (not a saying: "the room where Biden spoke" sets the scene of the sentence's event)."""
    return subj.pos_ in ("PROPN", "NOUN") and C._agent_ok(subj) and C.open_kind(v) != "statement" and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < subj.i for c in v.children)


def _perfect(v, auxes, past: bool = False) -> bool:
    """A perfect ("has indoctrinated"; `past`: only "had …"): a participle whose auxiliaries
    are all "have"."""
    return v.tag_ == "VBN" and all(a.lemma_.lower() == "have" and (not past or a.tag_ == "VBD") for a in auxes)


#: subordinate clauses of time and concession that tell an act of their own
_ACT_MARKS = {"after", "before", "when", "while", "though", "although", "since", "once", "until"}
#: marks of a clause of cause, which like one of time leaves the main clause its own act
_CAUSE_MARKS = {"because"}


def _clause_event(an: Analysis, sent, v, vt: tuple[str, str], clause: Span, mention, subj,
                  confidence: float) -> Event:
    """The event of verb `v` told in `clause` of a sentence (no attribution: an action)."""
    doc = an.doc
    kind, how = vt
    actor = _clean_actor(_actor(an, subj))
    actors = tuple(_past_dateline([actor] if actor else [], doc.text))
    span = Span(v.idx, v.idx + len(v))
    trig = C.Trigger(kind, v.i, (span.start, span.end), how)
    time_spans = [(m.start, m.end) for m in an.dater.in_range(sent.start, sent.end)]
    attribution = None
    if kind == "statement" and actors:  # "Netanyahu has clashed with Obama": the subject speaks
        attribution = Attribution(speaker=actors[0].canonical, speaker_span=actors[0].span, cue=span)
    return Event(
        id=event_id(an.article.id, span, kind), article_id=an.article.id, kind=kind,
        headline=_headline_text(an, sent, trig, None), sentence=clause, trigger=span,
        when=an.dater.when(mention), status="planned" if C.planned(v) else "occurred",
        actors=actors, attribution=attribution, quote=None,
        places=places(doc, sent, an.ents), quantities=quantities(doc, sent, time_spans, an.ents),
        confidence=confidence, from_headline=False, extractor=EXTRACTOR_VERSION)


def fallback_event(an: Analysis, sent) -> Event | None:
    """The low-confidence event of a past act no rule names, in a sentence with no event (`fallback`)."""
    act = past_act(an, sent)
    if act is None:
        return None
    return _clause_event(an, sent, act.verb, (act_kind(act), "open"), Span(sent.start, sent.end),
                         an.dater.govern_act(sent, act.verb, act.quotes),
                         act.doer, confidence=FALLBACK_CONFIDENCE)


#: what a source declines to do when it answers a reporter with nothing ("declined to comment
#: on the arrests", "would not say who attended")
_NO_COMMENT_SPEECH = {"comment", "say", "elaborate", "discuss", "specify", "speculate", "confirm", "detail"}
#: modals of a refusal told by a negated saying ("would not say", "could not confirm")
_REFUSING_MODALS = {"would", "could", "will", "can", "wo", "ca"}


def _no_comment_verb(root):
    """The saying a sentence's main verb refuses: the infinitive of "declined / refused to
    comment / say …", or a saying negated with a modal of refusal ("Roe would not say who
    attended", "wouldn't comment"); else None."""
    lemma = root.lemma_.lower()
    if lemma in C.REFUSAL_VERBS and not C.is_negated(root):
        x = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        return x if x is not None and x.lemma_.lower() in _NO_COMMENT_SPEECH else None
    if lemma in _NO_COMMENT_SPEECH and C.is_negated(root) and any(
            c.dep_ == "aux" and c.lower_ in _REFUSING_MODALS for c in root.children):
        return root
    return None


def _members_of_body(subj) -> bool:
    """"Members of the city council", "members of Congress on the committees": the members
    of a body that can speak speak too."""
    return subj.lemma_.lower() == "member" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and C._agent_ok(o) for o in p.children)
        for p in subj.children)


def no_comment_event(an: Analysis, sent) -> Event | None:
    """A source's answer of no comment, in a sentence that tells nothing else ("The agency
    declined to comment on the shooting", "Roe wouldn't say who attended"): news tells it as
    the source's response to the story, a statement of its named subject.  Only in a main
    clause of its own, with a subject that can speak, outside quotations; not in a headline
    (a verb's refusal in a subordinate clause leaves the main event, "…, though he declined
    to say who", to the other rules)."""
    if sent.is_headline:
        return None
    doc = an.doc
    root = next((t for t in doc[sent.tok_start:sent.tok_end] if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or _no_comment_verb(root) is None:
        return None
    blk = an.seg.blocks[sent.block]
    quotes = quote_spans(doc.text, blk.start, blk.end)
    if any(a <= root.idx < b for a, b in quotes):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("he", "she", "they") \
            or not (C._agent_ok(subj) or _members_of_body(subj)):
        return None
    ev = _clause_event(an, sent, root, ("statement", "refusal"), Span(sent.start, sent.end),
                       an.dater.govern_act(sent, root, quotes), subj, confidence=0.5)
    return ev


#: subjects that name no one who holds a view ("it", "this"), or the writer and reader
_NO_VIEW_HOLDER = {"i", "we", "you", "it", "this", "that", "these", "those", "there", "which", "what", "who"}
#: what a question put to someone asks: "was asked if / whether …"
_QUESTION_MARKS = {"if", "whether"}


def view_event(an, sent) -> Event | None:
    """The statement of a sentence that tells no other event, whose main clause voices a view
    with a finite clause of its own ("Democrats believe public opinion is on their side", "Some
    worry that Trump will …", "the ATF had concluded that bump stocks did not violate federal
    law", "Trump indicated he wants to …"; a study's "show" / "find" / "indicate": a report),
    or puts a question to someone named ("President Obama was asked during the campaign if
    …"): annotators list each as an event, the speech rules read the view only as an
    attribution.  Not negated, modal, conditional or a question; not in a quotation; the
    holder not the writer, the reader or a bare "it"."""
    if sent.is_headline:
        return None
    doc, text = an.doc, an.doc.text
    if not text[sent.start:sent.end].rstrip().rstrip("\"'”’)").endswith((".", "!")):
        return None
    root = next((t for t in doc[sent.tok_start:sent.tok_end] if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or C.is_negated(root) or C._conditional(root):
        return None
    blk = an.seg.blocks[sent.block]
    quotes = quote_spans(text, blk.start, blk.end)
    if any(a <= root.idx < b for a, b in quotes):
        return None
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    lemma = root.lemma_.lower()
    if lemma == "ask":
        subj = _asked_person(root, auxes)
        kind = "statement"
    else:
        subj = _view_holder(root, auxes)
        kind = "report" if subj is not None and (_surveyed(subj) or C._told_in_polls(root)) else "statement"
    if subj is None:
        return None
    return _clause_event(an, sent, root, (kind, "open"), Span(sent.start, sent.end),
                         an.dater.govern_act(sent, root, quotes), subj, confidence=FALLBACK_CONFIDENCE)


#: who answers a survey: their views, counted, are its findings
_SURVEYED = {"respondent", "voter", "american", "adult", "resident"}
#: shares of those asked ("more than 60% of respondents", "all of the respondents")
_SHARES = {"percent", "%", "all", "most", "many", "half", "majority", "share", "third", "quarter"}


def _surveyed(subj) -> bool:
    """The view is a survey's finding: its holder is a study or poll ("Recent polling indicates
    …"), a share of those asked ("more than 60% of respondents believed …") or those asked."""
    noun = _singular(subj.lower_)
    if noun in _STUDY_SPEAKERS or noun in C.FINDING_SUBJECTS or noun == "polling":
        return True
    counted = subj.like_num or subj.ent_type_ in ("PERCENT", "CARDINAL") or noun in _SHARES \
        or any(c.dep_ == "nummod" or c.ent_type_ == "PERCENT" for c in subj.children)
    of = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of:
        return counted and _singular(of[0].lower_) in _SURVEYED  # ("All of the respondents believed …")
    return counted and noun not in _SHARES or noun == "respondent"


def _view_holder(root, auxes):
    """The subject of a view voiced with a finite clause (`view_event`), else None: a verb of
    `lexicon.VOICED_VIEW_VERBS` (a study's "show", "find", "suggest" too) in the present, the
    past or a perfect, with a "that"-clause or a bare clause with a subject of its own."""
    lemma = root.lemma_.lower()
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _NO_VIEW_HOLDER:
        return None
    if lemma not in VOICED_VIEW_VERBS and not (_surveyed(subj) and lemma in C.FINDING_VERBS):
        return None
    if lemma in C.FINDING_VERBS and root.tag_ in ("VBP", "VBZ") and not _one_study(root, subj):
        return None  # "Studies show that …", "The research shows …": what research shows, no one finding
    if any(a.dep_ == "auxpass" or a.tag_ == "MD" for a in auxes) or root.tag_ not in ("VBD", "VBP", "VBZ", "VBN") \
            or root.tag_ == "VBN" and not (auxes and all(a.lemma_.lower() == "have" for a in auxes)):
        return None
    if not any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in root.children):
        return None
    return subj


def _one_study(verb, subj) -> bool:
    """A study's finding told in the present is news of one study (`classify.news_finding`: "a
    new poll shows"), or of one with a source or a date ("Data from the Labor Department shows",
    "Today's report shows", "Recent polling indicates"); not "Studies show", "The research shows"."""
    if C.news_finding(verb, C.Trigger("report", verb.i, (verb.idx, verb.idx + len(verb)), "verb")):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("from", "by") or c.dep_ == "poss"
               or c.dep_ == "amod" and c.lower_ in ("new", "latest", "recent", "fresh")
               or c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children)


def _asked_person(root, auxes):
    """The one a question was put to, in the past passive of "ask" with what was asked ("was
    asked if / whether …", "were asked about …"), a person or a body named or described; else None."""
    if root.tag_ != "VBN" or not any(a.dep_ == "auxpass" and a.lower_ in ("was", "were") for a in auxes) \
            or any(a.dep_ == "aux" for a in auxes):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in _NO_VIEW_HOLDER or not (subj.pos_ == "PROPN" or C._agent_ok(subj)):
        return None
    asked = any(c.dep_ == "prep" and c.lower_ == "about" or c.dep_ in ("ccomp", "advcl") and any(
        m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children) for c in root.children)
    return subj if asked else None


def clause_speech_events(an: Analysis, sent, main_ev: Event | None) -> list[Event]:
    """Statements of other speakers in clauses of their own in a sentence whose main event
    is another: a relative clause ("…, Rice, who said the confrontation was damaging"), a
    participle ("…, saying the threat is great"), a coordinated or subordinate clause ("…
    and told an Austrian publication …", "after telling the Times …").  Not a speech nested
    in what the main event reports, not a quotation's own cue, not a second cue of the
    main speech.  Also when the sentence tells no main event ("Polls show the premier
    neck-and-neck with Isaac Herzog, who has blasted him on the campaign trail")."""
    if sent.is_headline:
        return []
    doc = an.doc
    main_att = main_ev.attribution if main_ev is not None else None
    taken = {main_ev.trigger.start} if main_ev is not None else set()
    if main_att is not None and main_att.cue is not None:
        taken.add(main_att.cue.start)
    inside = []
    if main_att is not None and main_att.content is not None:
        inside.append((main_att.content.start, main_att.content.end))
    out = []
    for sp in an.by_sentence.get(sent.index, []):
        if sp.cue_tok is None or sp.cue is None or not sp.speaker_span or sp.continuation \
                or not sp.event or sp.nested_in is not None or sp.direct:
            continue
        cue = doc[sp.cue_tok]
        if sp.cue[0] in taken:
            continue
        if any(a <= sp.cue[0] < b for a, b in inside):
            hung = _hung_on_content(cue, sp, main_ev, an.by_sentence.get(sent.index, []))
            if hung is not None:
                sp = hung
            elif not (_own_relative_speech(cue, sp, main_att) or _reported_speech(cue, sp, main_att)):
                continue
        if (cue.dep_ not in ("relcl", "advcl", "conj", "acl") and not _named_reported_saying(cue, sp, main_att)) \
                or cue.pos_ != "VERB" or C.is_negated(cue):
            continue
        if cue.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in cue.children):
            continue  # "the materials the committee requested": the noun is what was said, not who
        if cue.tag_ == "VBG" and main_ev is not None and main_ev.kind == "statement" and main_att is not None \
                and main_att.speaker == sp.speaker:
            continue  # "…, he said, adding that …": one statement
        lo = cue.left_edge.idx
        if cue.dep_ == "conj" and cue.head.i == cue.i:
            continue
        taken.add(sp.cue[0])
        out.append(_second_statement(an, sent, sp, cue, lo))
    return out


def _hung_on_content(cue, sp: Speech, main_ev: Event | None, speeches: list[Speech]) -> Speech | None:
    """A second cue of the main speaker that the parser hung on the verb of what the main
    cue reports ("The mayor said he was “very disappointed” in her and criticized her for
    …": "criticized" is the mayor's second act, not part of what he said): a conjunct in the
    past tense, without a subject of its own, of the same speaker as the main statement, or
    of a clause whose subject is no doer ("King insisted that his remarks were taken out of
    context and criticized the decision": King criticized).  The speech, with the main
    speaker, else None."""
    att = main_ev.attribution if main_ev is not None else None
    if att is None or main_ev.kind != "statement" or not att.speaker or att.cue is None:
        return None
    if cue.dep_ != "conj" or cue.tag_ != "VBD" or cue.head.i >= cue.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    head = finite_conj_head(cue)  # the reported clause's verb, itself under the main cue
    if not (head.dep_ == "ccomp" and head.head.idx == att.cue.start and head.head.tag_ in ("VBD", "VBN")):
        return None
    if sp.speaker == att.speaker:
        return sp
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.dep_ == "nsubj" and C._agent_ok(subj) or subj.pos_ in ("PRON", "PROPN"):
        return None  # ("said the governor lied and denied the charges": the governor denied)
    main_sp = next((s for s in speeches if s.cue is not None and s.cue[0] == att.cue.start), None)
    if main_sp is None:
        return None
    return dataclasses.replace(sp, speaker_span=main_sp.speaker_span, speaker_text=main_sp.speaker_text,
                               speaker=main_sp.speaker, speaker_kind=main_sp.speaker_kind, role=main_sp.role,
                               chain=list(main_sp.chain), outlet=main_sp.outlet)


def _reported_speech(cue, sp: Speech, main_att) -> bool:
    """A past statement of another speaker, named as its subject, inside what the main event
    reports ("… even Mr. Obama and congressional Democrats had said they’d be open to tweaks",
    "Brady said … when Russia declared it would send missiles"): an event of its own (not a
    pronoun's or a description's, whose speaker the report may only paraphrase)."""
    return main_att is not None and bool(sp.speaker) and sp.speaker != main_att.speaker \
        and cue.tag_ in ("VBD", "VBN") and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            for c in cue.children)


def _named_reported_saying(cue, sp: Speech, main_att) -> bool:
    """A named person's past saying that is itself what the main cue reports ("Gates said
    Clinton told Obama that she opposed the surge", "Roe wrote that Lee had promised him the
    post"): an earlier statement of its own, told by the writer's source."""
    return cue.dep_ == "ccomp" and main_att is not None and main_att.cue is not None \
        and cue.head.idx == main_att.cue.start and _reported_speech(cue, sp, main_att)


def _own_relative_speech(cue, sp: Speech, main_att) -> bool:
    """A "who" clause of another speaker inside what the main event reports ("Polls show the
    premier neck-and-neck with Jo Roe, who has blasted him on the campaign trail"): the
    named person's own statement, told by the writer, not part of the report."""
    return cue.dep_ == "relcl" and cue.tag_ in ("VBD", "VBN", "VBZ") and main_att is not None \
        and sp.speaker != main_att.speaker and (cue.head.pos_ == "PROPN" or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < cue.i for c in cue.head.children)) \
        and any(c.dep_ == "nsubj" and c.lower_ == "who" and c.i == cue.left_edge.i for c in cue.children) \
        and cue.doc[cue.left_edge.i - 1].text == ","


#: auxiliaries that stand for the main verb in a comparative ellipsis ("…, as did Roe")
_ELLIPTIC_AUX = {"do", "have", "be"}
_ELLIPSIS = re.compile(r"\bas (?:did|does|do|has|have|had|was|were|is|are)\b")


def elliptic_event(an: Analysis, sent, main_ev: Event) -> Event | None:
    """The same act by another doer told by a comparative ellipsis after the main event
    ("Five senators announced opposition Monday, as did Sen. Heidi Heitkamp"; "…, as has the
    Senate"): an event of the main event's kind, its doer the subject after the auxiliary,
    its time the main event's, its sentence span from "as" on."""
    doc = an.doc
    if sent.is_headline or not _ELLIPSIS.search(doc.text, sent.start, sent.end):
        return None
    toks = doc[sent.tok_start:sent.tok_end]
    starts = {main_ev.trigger.start}
    if main_ev.attribution is not None and main_ev.attribution.cue is not None:
        starts.add(main_ev.attribution.cue.start)
    main_tok = next((t for t in toks if t.idx in starts and t.pos_ in ("VERB", "AUX")), None)
    if main_tok is None:
        return None
    for v in main_tok.children:
        if v.dep_ != "advcl" or v.i < main_tok.i or v.lemma_.lower() not in _ELLIPTIC_AUX \
                or any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for c in v.children):
            continue
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "as" and c.i == v.i - 1), None)
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i > v.i), None)
        if subj is not None and subj.pos_ != "PROPN":
            # "as did candidates Andrew Yang and Tulsi Gabbard": the names in apposition
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)
        if mark is None or subj is None or not C._agent_ok(subj) or C.is_negated(v):
            continue
        end = subj.right_edge.idx + len(subj.right_edge)
        return _clause_event(an, sent, v, (main_ev.kind, "ellipsis"), Span(mark.idx, end),
                             an.dater.govern(sent, main_tok), subj, confidence=0.5)
    return None


def coordinated_event(an: Analysis, sent, main_ev: Event) -> Event | None:
    """A second event for a verb coordinated with the main event's verb that tells an event
    of its own: a second claim ("Prosecutors have said they will not …, but have claimed
    they have the authority …"), or an action with a time of its own ("He organized the
    convention in July 2016, but quit the team one month later").  Its sentence span starts
    at the conjunct."""
    if sent.is_headline:
        return None
    doc = an.doc
    at = main_ev.trigger.start
    if main_ev.kind == "statement" and main_ev.attribution is not None and main_ev.attribution.cue is not None:
        at = main_ev.attribution.cue.start
    head = next((t for t in doc[sent.tok_start:sent.tok_end] if t.idx == at), None)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return None
    for c in head.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i < head.i or C.is_negated(c):
            continue
        lo = c.left_edge.idx
        # (a quotation of its own counts too: "called for an audit and warned that “…”")
        sp = next((s for s in an.by_sentence.get(sent.index, []) if s.cue_tok == c.i and s.speaker_span
                   and not s.continuation), None)
        if sp is not None:
            if main_ev.kind == "statement" and c.lemma_.lower() != head.lemma_.lower():
                ev = _second_statement(an, sent, sp, c, lo)
                # the time of saying: one on this cue, else the first claim's (the same occasion);
                # not one inside what is said ("said he expects a rebound in the fourth quarter")
                out = _cue_times_out(an, c.i, sp.content or (c.idx + len(c), sent.end))
                own = [m for m in an.dater.in_range(lo, sent.end) if not any(a <= m.start < b for a, b in out)]
                return attrs.evolve(ev, when=an.dater.when(own[0]) if own else main_ev.when)
            continue
        hi = c.right_edge.idx + len(c.right_edge)
        if not an.dater.in_range(lo, hi) or not an.dater.in_range(sent.start, lo):
            continue  # one time for both: one event
        toks = list(doc[sent.tok_start:sent.tok_end])
        vt = C.verb_trigger(c, toks, C._HasNumber(toks))
        if vt is None or vt[0] == "statement":
            continue
        return _clause_event(an, sent, c, vt, Span(lo, sent.end), an.dater.govern(sent, c, [(sent.start, lo)]),
                             C.action_subject(c), confidence=0.6)
    return None


def series_speech_events(an: Analysis, sent, main_ev: Event) -> list[Event]:
    """The other speech acts of a series whose verbs share the main cue's speaker: the verbs
    after the first conjunct ("Roe said the plan was sound, criticized the council for the
    delay and complained that the auditors were slow": coordinated_event takes "criticized",
    this "complained"), and the clause before a quoted fragment the parser made the main
    cue's content ("Roe has mocked the plan as “a farce,” said she is appalled …": "mocked").
    Each has its sentence span from its own words on."""
    att = main_ev.attribution
    if sent.is_headline or main_ev.kind != "statement" or att is None or att.cue is None:
        return []
    doc = an.doc
    head = next((t for t in doc[sent.tok_start:sent.tok_end] if t.idx == att.cue.start), None)
    if head is None or head.pos_ != "VERB":
        return []
    speeches = an.by_sentence.get(sent.index, [])
    cues = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i]
    # (the verbs the parser hung as content clauses: before a quoted fragment, or subjectless after a comma)
    broken = [c for c in head.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and (
        c.i < head.i and _series_after_fragment(head) is not None or c.i > head.i and _series_subject(c) is not None)]
    cues += broken + [c for b in broken for c in b.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > b.i]
    cues = [c for c in cues if not C.is_negated(c)]
    out = []
    for c in cues:
        sp = next((s for s in speeches if s.cue_tok == c.i and s.speaker_span and not s.continuation), None)
        if sp is None or c.lemma_.lower() == head.lemma_.lower():
            continue
        lo = c.left_edge.idx if c.i > head.i else sent.start
        out.append(_second_statement(an, sent, sp, c, lo))
    return out


def relative_speech_event(an: Analysis, sent, main_ev: Event) -> Event | None:
    """A second event for reported speech inside a relative clause when the main clause has
    its own event: "The court will wade into the controversy over laws that civil rights
    groups contend are …" is a court event and the groups' statement; likewise in a
    concessive clause ("Senators are reintroducing a bill, though McConnell has said such a
    bill isn't needed").  The statement's sentence span starts at that clause."""
    if sent.is_headline or main_ev.kind == "statement" and main_ev.attribution is not None:
        return None
    doc, text = an.doc, an.doc.text
    for sp in an.by_sentence.get(sent.index, []):
        if sp.cue_tok is None or not sp.speaker_span or sp.continuation or sp.direct:
            continue
        cue = doc[sp.cue_tok]
        if cue.dep_ == "advcl" and cue.pos_ == "VERB" and not C.is_negated(cue) and any(
                c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in cue.children):
            # "Senators are reintroducing a bill, though McConnell has said such a bill
            # isn't needed": the counter-statement is an event of its own
            if main_ev.trigger.start <= cue.idx < main_ev.trigger.end or cue.left_edge.idx <= main_ev.trigger.start \
                    or main_ev.kind == "statement":
                continue
            return _second_statement(an, sent, sp, cue, cue.left_edge.idx)
        if cue.dep_ != "relcl" or cue.pos_ != "VERB" or C.is_negated(cue) \
                or any(c.dep_ in ("dobj", "dative") for c in cue.children):
            continue  # "the material that the committee requested": the noun is what was asked for
        nxt = doc[cue.i + 1] if cue.i + 1 < sent.tok_end else None
        if nxt is not None and nxt.lower_ == "that" and nxt.i + 1 < sent.tok_end:
            nxt = doc[nxt.i + 1]
        if nxt is None or nxt.pos_ not in ("VERB", "AUX") or nxt.tag_ in ("VBG", "VBN"):
            continue  # the noun is the subject of what was said: "laws that groups contend are …"
        if main_ev.trigger.start <= cue.idx < main_ev.trigger.end or (
                main_ev.attribution is not None and main_ev.attribution.cue is not None
                and main_ev.attribution.cue.start == sp.cue[0]):
            continue  # the main event is this speech
        if not sp.speaker_span[0] >= cue.left_edge.idx:
            continue  # the speaker is inside the relative clause ("laws that groups contend …")
        lo = cue.left_edge.idx
        if lo <= main_ev.trigger.start:
            continue
        return _second_statement(an, sent, sp, cue, lo)
    return None


_CONCESSIVE = {"though", "although", "while", "whereas"}
#: clauses beside the main one whose speech leaves the main clause's own act an event
#: ("…, as Conaway argued, …"; "17 senators have agreed to meet her, although two have called for …")
_ASIDE_MARKS = {"as", "though", "although", "whereas"}


def _second_statement(an: Analysis, sent, sp: Speech, cue, lo: int) -> Event:
    """The statement of speech `sp` in a clause of its own (from offset `lo`) of a sentence
    whose main event is another."""
    doc, text = an.doc, an.doc.text
    # ("…, as NPR's Jo Doe reported Tuesday": a journalist's reporting is the outlet's report)
    kind = "report" if _journalist_report(sp, cue.lemma_.lower(), text) else "statement"
    if kind == "statement" and any(p.dep_ == "prep" and p.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "letter" for g in p.children) for p in cue.children):
        kind = "letter"  # "…, but in an updated letter Tuesday, he stated that …"
    if kind == "statement" and cue.lemma_.lower() in C.ANNOUNCE and cue.lemma_.lower() != "declare":
        kind = "announcement"  # "…, but Reid announced late Monday the vote would be delayed", as in a main clause
    status, at, span = "occurred", cue, Span(*sp.cue)
    ct = C.content_trigger(doc, sp.content_head) if kind == "statement" and not sp.direct \
        and sp.speaker_kind == "outlet" and cue.lemma_.lower() in C.REPORT_CUES | {"accord"} \
        and sp.content_head is not None and sp.content and sp.content[0] >= lo else None
    if ct is not None and ct.how != "speech":
        # an outlet's report of a concrete event: "…, and Muhammed was sentenced to death, the
        # Times reported" is the sentencing (court), as "ICE said 50 people were arrested" is arrests
        kind, at, span = ct.kind, doc[ct.tok], Span(*ct.span)
        if C.planned(at) or ct.planned:
            status = "planned"
        elif C.anonymous_or_media(sp):
            status = "claimed"
    trig = C.Trigger(kind, at.i, (span.start, span.end), "speech")
    mention = an.dater.govern(sent, at, [], paragraph=sent.paragraph)
    s0, s1 = sp.speaker_span
    actor = _clean_actor(Actor(name=text[s0:s1], canonical=sp.speaker or text[s0:s1], span=Span(s0, s1),
                               kind=SPEAKER_ACTOR_KIND.get(sp.speaker_kind)))
    time_spans = [(m.start, m.end) for m in an.dater.in_range(sent.start, sent.end)]
    return Event(
        id=event_id(an.article.id, span, kind), article_id=an.article.id, kind=kind,
        headline=_headline_text(an, sent, trig, sp), sentence=Span(lo, sent.end), trigger=span,
        when=an.dater.when(mention), status=status, actors=tuple(_past_dateline([actor] if actor else [], text)),
        attribution=to_attribution(sp), quote=None,
        places=places(doc, sent, an.ents), quantities=quantities(doc, sent, time_spans, an.ents),
        confidence=0.7, from_headline=False, extractor=EXTRACTOR_VERSION)


def extract_events(article: Article) -> list[Event]:
    """The events of one article (pure, deterministic)."""
    return extract_from_doc(article, parse(article.text))


def extract_many(articles: Iterable[Article], batch_size: int = 32) -> Iterator[list[Event]]:
    """Events per article, parsing with `nlp.pipe` in batches (same results as one by one)."""
    nlp = get_nlp()
    batch: list[Article] = []

    def flush():
        for art, doc in zip(batch, parse_many([a.text for a in batch], batch_size=batch_size)):
            yield extract_from_doc(art, doc)

    for art in articles:
        batch.append(art)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def find_attributions_doc(doc, seg: Segmentation | None = None) -> list[Attribution]:
    """Attributions of a parsed doc (boilerplate excluded)."""
    seg = seg or segment(doc)
    finder = SpeechFinder(doc, seg, Aliases(doc))
    return [to_attribution(s) for s in finder.run()]


def find_attributions(text: str) -> list[Attribution]:
    """Who says what in `text`: speaker span/name, cue, content, direct, outlet, chain."""
    return find_attributions_doc(get_nlp()(text))
