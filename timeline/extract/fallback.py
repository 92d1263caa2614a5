"""The last component: a past act told by a sentence in which no other rule found an event.

The trigger lexicon and the open-class rules (`classify`) name the acts news reports most
often, and they stay strict, because they also decide an event's kind. Many real events are
told with verbs no list holds ("DeBartolo dropped out of the casino plan", "the panel asked a
judge for an order", "the shooting came a week after another"). So a body sentence that yields
no event at all still yields one when its main verb is a simple past or a present perfect, and:

- the verb is not a state, a perception or an attitude (`STATES`), not negated, conditional,
  modal, passive or quoted, takes no that-clause ("agreed that …": a view, not an act), and is
  not a refusal to comment ("declined to confirm");
- the sentence is a statement of fact: it ends with a full stop, not a question mark or a colon;
- its subject can be a doer: not a first or second person, a bare pronoun, a number, an
  indefinite quantity ("some analysts", "a number of issues", "several of them"; but most or
  several people of a role or a body do: "several senators", "most officials") or a measure
  ("prices");
- a verb of a trend ("has declined", "continued", "thrived") has a doer for subject, not a
  thing ("Sentiment has declined", "The trend has continued");
- it tells one act: no adverb of frequency ("has repeatedly made …": a habit) and no object
  denied by "no" ("gave no indication": nothing was done);
- a present perfect does not take a bare plural ("has written poems": a habit, no one act).

The pipeline makes the event with the lowest confidence of any event (`CONFIDENCE`), so a
reader can filter these out; its kind is the open class's (`act_kind`).
"""

from __future__ import annotations

import attrs

from . import classify as C
from .attribute import quote_spans
from .lexicon import COURT_NOUNS, NOUN_KIND, RULING_NOUNS

#: the confidence of a fallback event: the lowest the extractor gives
CONFIDENCE = 0.4
#: main verbs of a state, a perception or an attitude: the sentence describes, it tells no act
STATES = frozenset("""be have seem appear remain stay become exist live know think believe want need like feel look
sound hope wish fear expect own include contain consist involve lack cost owe belong comprise deserve
prove boast feature enjoy face mean matter depend tend""".split())
#: subjects that name no doer: first and second persons, a bare pronoun or quantifier, a number
_NO_DOER = frozenset("i we you it this that one some few many most all what who which".split())
#: quantifiers standing as the subject ("Several of the disclosures resulted from …", "Little of
#: this has played out", "Others found ways …"): an amount, not a doer
_QUANTIFIERS = frozenset("""several others other little much none both each either neither another
any plenty""".split())
#: adverbs of frequency: the verb tells a habit or a trend, not one act
_HABITUAL = frozenset("""often repeatedly frequently occasionally sometimes usually routinely regularly
always consistently increasingly long""".split())
#: verbs of a trend or a change of state: told of a thing, not of someone who acts ("Sentiment
#: has declined", "The trend has continued", "Late-night television morphed into …")
_TRENDS = frozenset("""continue decline increase rise grow shrink thrive improve worsen deteriorate soar
plunge persist intensify morph transform contribute evolve deepen widen narrow ease fade""".split())
#: quantifiers of a repeated act ("has popped up several times": a habit)
_MANY = frozenset("several many numerous multiple countless".split())
#: quantities of a group large enough to act as one ("several senators walked out", "most
#: officials skipped the dinner"; not "some negotiators agreed": who?)
_MANY_OF = frozenset("several many most all both".split())
#: determiners of an indefinite quantity: "some analysts attended" names no one
_INDEFINITE = _NO_DOER | {"several", "any", "no"}
#: heads of a quantity whose doer, if any, is the "of" noun ("a number of issues arose")
_QUANTITY_HEADS = frozenset("""number lot couple handful majority minority percent share rest half dozen
hundreds thousands millions variety range series""".split())
#: measures that move but do nothing ("prices changed quickly")
_MEASURES = frozenset("""price rate cost sale stock market index value level temperature turnout
unemployment inflation""".split())
_NUMBER_ENTITIES = ("PERCENT", "CARDINAL", "MONEY", "QUANTITY")
_CLOSING = "\"'”’)"


@attrs.frozen
class PastAct:
    """A sentence's main verb telling a past act, with its subject and the quotes around it."""

    verb: object  # spacy Token
    subject: object  # spacy Token
    quotes: list[tuple[int, int]]


def past_act(an, sent) -> PastAct | None:
    """The act `sent`'s main verb tells, if it is a past act of a doer (see the module doc)."""
    if sent.is_headline:
        return None
    doc = an.doc
    if not doc.text[sent.start:sent.end].rstrip().rstrip(_CLOSING).endswith((".", "!")):
        return None  # a question, a subhead or a page's furniture ("Min read time Share:")
    root = next((t for t in doc[sent.tok_start:sent.tok_end] if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None
    lemma = root.lemma_.lower()
    if lemma in STATES or not lemma.isalpha():
        return None
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" or a.tag_ == "MD" for a in auxes):
        return None  # a passive is read by its own rules; "could have helped" is no act
    perfect = root.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.lower_ != "had" for a in auxes)
    if not (root.tag_ == "VBD" and not auxes or perfect):
        return None  # a simple past or a present perfect: not "had done", "is doing", "does"
    if C.is_negated(root) or C._conditional(root) or any(c.dep_ == "ccomp" for c in root.children):
        return None
    if perfect and any(o.dep_ == "dobj" and o.tag_ == "NNS" and not any(
            c.dep_ in ("det", "nummod", "poss") for c in o.children) for o in root.children):
        return None  # "has written poems": a habit
    if any(c.dep_ in ("dobj", "attr") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in root.children):
        return None  # "gave no indication", "provided no reasoning": nothing was done
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL or c.dep_ == "npadvmod" and c.lemma_.lower() == "time"
           and any(d.lower_ in _MANY for d in c.children) for c in root.children):
        return None  # "has repeatedly made such remarks", "has popped up several times": a habit
    wanted = next((c for c in root.children if c.dep_ == "xcomp"), None)
    if lemma in C.REFUSAL_VERBS and wanted is not None \
            and wanted.lemma_.lower() in C.REFUSAL_NO_COMMENT | {"confirm", "discuss", "say"}:
        return None  # "police declined to confirm his identity"
    block = an.seg.blocks[sent.block]
    quotes = quote_spans(doc.text, block.start, block.end)
    if any(a <= root.idx < b for a, b in quotes):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not _can_be_doer(subj):
        return None
    if lemma in _TRENDS and not C._agent_ok(subj):
        return None  # "Sentiment has declined", "the trend has continued": a trend, no one acts
    return PastAct(root, subj, quotes)


def _can_be_doer(subj) -> bool:
    """Whether the subject may name who acted (see the module doc)."""
    if subj.lower_ in _NO_DOER or subj.lower_ in _QUANTIFIERS or subj.text[:1] in "'’" or subj.like_num \
            or subj.ent_type_ in _NUMBER_ENTITIES:
        return False
    if any(c.dep_ in ("det", "amod") and c.lower_ in _INDEFINITE and not (
            c.lower_ in _MANY_OF and subj.tag_ in ("NNS", "NNPS") and C._member_noun(subj)) for c in subj.children):
        return False  # (but "several lawmakers proposed …", "most officials skipped …" act)
    noun = subj.lemma_.lower()
    if noun in _MEASURES:
        return False
    if noun in _QUANTITY_HEADS:
        of = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        return bool(of) and C._agent_ok(of[0])  # "a handful of senators" acts
    return True


def act_kind(act: PastAct) -> str:
    """The open class's kind ("other", a statement for a verb of speaking), or, when the doer
    is itself an act told by a noun, that noun's kind: "a 5-4 ruling eliminated limits" and
    "the judge set bail" (court), "the executive order deferred deportation" (policy)."""
    kind = C.open_kind(act.verb)
    noun = act.subject.lemma_.lower()
    if kind == "other":
        if noun in RULING_NOUNS or noun in COURT_NOUNS:
            return "court"
        if NOUN_KIND.get(noun, "announcement") != "announcement":
            return NOUN_KIND[noun]
    return kind
