"""The last component: a past act told by a sentence in which no other rule found an event.

The trigger lexicon and the open-class rules (`classify`) name the acts news reports most
often, and they stay strict, because they also decide an event's kind. Many real events are
told with verbs no list holds ("DeBartolo dropped out of the casino plan", "the panel asked a
judge for an order", "the shooting came a week after another"). So a body sentence that yields
no event at all still yields one when its main verb is a simple past or a present perfect, and:

- the verb is not a state, a perception or an attitude (`STATES`), not negated, conditional,
  modal or quoted (a passive: see below), takes no that-clause ("agreed that …": a view, not an act), and is
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
- a present perfect does not take a bare plural ("has written poems": a habit, no one act);
- it tells an act, not a view or a stretch of a life: no verb of regarding or of an attitude
  ("has considered running", "viewed himself as", "resembled a rally", "has struggled to"),
  no being as what was managed or begun ("have managed to be …"), no present perfect of
  failing ("have so far failed to pledge any action"), no "spent the decade / 20 years …", no
  "came as a surprise", no object "nothing" ("said nothing"), no subject "neither … nor".

Told otherwise, a past act counts too: "appeared at / before / on …" of a doer showing up
(`_appearance`; "appear" is otherwise a seeming), "would later" + a verb, a past told from
an earlier point of the story (`classify.narrative_would`), and "’s" + a participle with an
object, which is "has" (`_has_clitic`).

A past passive done to a named, counted or definite thing or person ("Acosta's press badge
was returned.", "Three Cabinet officers have been fired.") is such an act too (`_past_passive`),
its doer the "by" agent if any; not a participle of a state, a view or a feeling.

So is an act a named doer will do at a time of its own ("The committee will hear from outside
witnesses on Friday": `_planned_act`), planned; not "would" or "could" (a hypothesis), not a
verb of a state, a trend or a result ("will remain", "will cost").

So is an act under way told by a progressive of a named doer ("Roe is seeking a pardon", "McCain
has been shepherding the bill through Congress": `_ongoing_act`), or by a progressive passive
with its doer in a "by" phrase ("are being interviewed this week by the special counsel":
`_ongoing_passive`); not a verb of a state, a role, an aim, a feeling or a trend.

The pipeline makes the event with the lowest confidence of any event (`CONFIDENCE`), so a
reader can filter these out. Its kind (`act_kind`) is the open class's, the kind of a doer
that is itself an act, a piece of speech or a paper ("The tweet noted …", "the search
warrant offered new details"), or the kind the act's own words give it (`_told_kind`:
"offered some variant of the same answer", "took their stances", "tried to downplay the
results", "sought to have charges dropped", "proposed updating secrecy laws").
"""

from __future__ import annotations

import attrs

from . import classify as C
from .attribute import quote_spans
from .lexicon import COURT_NOUNS, EVALUATIVE, LAW_OBJECTS, NOUN_KIND, PRAISE_BLAME_VERBS, RULING_NOUNS

#: the confidence of a fallback event: the lowest the extractor gives
CONFIDENCE = 0.4
#: main verbs of a state, a perception or an attitude: the sentence describes, it tells no act
STATES = frozenset("""be have seem appear remain stay become exist live know think believe want need like feel look
sound hope wish fear expect own include contain consist involve lack cost owe belong comprise deserve
prove boast feature enjoy face mean matter depend tend""".split())
#: verbs of regarding, weighing and of an attitude: told in the past they describe a view or a
#: bent ("He has considered running", "Pruitt viewed himself as …", "has dabbled in politics",
#: "the protest resembled a rally", "Republicans have struggled for weeks to …")
STATES |= frozenset("""consider view regard deem resemble struggle dabble balk hesitate bristle chafe
dream imagine wonder prefer love hate""".split())
#: being and seeming as what someone managed or began to do ("have managed to be even more …")
_BEING = frozenset("be seem appear remain stay become look sound feel exist".split())
#: how news was taken ("came as a surprise", "came as a blow")
_REACTIONS = frozenset("surprise shock blow relief disappointment".split())
#: stretches of time spent ("spent the decade undermining one president")
_SPANS = frozenset("decade year month week career life lifetime time summer winter spring fall".split())
#: subjects that name no doer: first and second persons, a bare pronoun or quantifier, a number
_NO_DOER = frozenset("i we you it this that one some few many most all what who which".split())
#: quantifiers standing as the subject ("Several of the disclosures resulted from …", "Little of
#: this has played out", "Others found ways …"): an amount, not a doer
_QUANTIFIERS = frozenset("""several others other little much none both each either neither another
any plenty""".split())
#: adverbs of frequency: the verb tells a habit or a trend, not one act
_HABITUAL = frozenset("""often repeatedly frequently occasionally sometimes usually routinely regularly
always consistently increasingly long traditionally historically typically generally""".split())
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
    doer: object = None  # spacy Token: who acted: the subject, or a passive's "by" agent (maybe None)


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
    if lemma in STATES and not _appearance(root) or not lemma.isalpha():
        return None
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if [a.lower_ for a in auxes if a.dep_ == "auxpass"] == ["being"]:
        return _ongoing_passive(an, sent, root, auxes)
    if any(a.dep_ == "auxpass" for a in auxes):
        return _past_passive(an, sent, root, auxes)
    if any(a.tag_ == "MD" for a in auxes) and not C.narrative_would(root):
        return _planned_act(an, sent, root, auxes)  # "could have helped" is no act; "will visit Ohio on Friday" a plan
    perfect = root.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.lower_ != "had" or _has_clitic(a, root)
                                         for a in auxes)
    if _progressive(root, auxes):
        return _ongoing_act(an, sent, root)
    if not (root.tag_ == "VBD" and not auxes or perfect or C.emphatic_past(root) or C.narrative_would(root)):
        return None  # a simple past ("did meet" too) or a present perfect: not "had done", "does"
    if C.is_negated(root) or C._conditional(root) or any(c.dep_ == "ccomp" for c in root.children):
        return None
    if perfect and any(o.dep_ == "dobj" and o.tag_ == "NNS" and not any(
            c.dep_ in ("det", "nummod", "poss") for c in o.children) for o in root.children):
        return None  # "has written poems": a habit
    if any(c.dep_ in ("dobj", "attr") and (c.lower_ in ("nothing", "none") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in root.children):
        return None  # "gave no indication", "provided no reasoning", "said nothing": nothing was done
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL or c.dep_ == "npadvmod" and c.lemma_.lower() == "time"
           and any(d.lower_ in _MANY for d in c.children) for c in root.children):
        return None  # "has repeatedly made such remarks", "has popped up several times": a habit
    wanted = next((c for c in root.children if c.dep_ == "xcomp"), None)
    if wanted is not None and (lemma == "fail" and perfect or wanted.lemma_.lower() in _BEING):
        return None  # "have so far failed to pledge any action": nothing done; "managed to be …": a state
    if lemma == "spend" and any(c.dep_ == "dobj" and (c.ent_type_ == "DATE" or c.lemma_.lower() in _SPANS)
                                for c in root.children):
        return None  # "spent the decade undermining …", "spent 20 years as …": a stretch of a life
    if lemma in C.REFUSAL_VERBS and wanted is not None \
            and wanted.lemma_.lower() in C.REFUSAL_NO_COMMENT | {"confirm", "discuss", "say"}:
        return None  # "police declined to confirm his identity"
    block = an.seg.blocks[sent.block]
    quotes = quote_spans(doc.text, block.start, block.end)
    if any(a <= root.idx < b for a, b in quotes):
        return None
    if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.lemma_.lower() in _REACTIONS for g in c.children) for c in root.children):
        return None  # "the pat on the back came as a surprise to some": how it was taken, no act
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not _can_be_doer(subj) or any(c.lower_ == "neither" for c in subj.children):
        return None
    if lemma in _TRENDS and not C._agent_ok(subj):
        return None  # "Sentiment has declined", "the trend has continued": a trend, no one acts
    return PastAct(root, subj, quotes, doer=subj)


#: verbs whose future tells no act on the calendar: a state, a coming or a happening, a
#: result, a trend, a stance or a verdict of the writer ("will remain", "will go", "will
#: cost", "will face a tough race", "will need", "will help", "will win")
_NOT_PLANNED = STATES | _TRENDS | frozenset("""go come get happen do let keep stay lead win lose try continue
cost take result turn end begin start mean need help hurt benefit allow prevent force lead make see find
face say tell argue""".split())



def _named_doers_act(an, sent, root) -> PastAct | None:
    """The act of `root` when its subject names a doer (not "it" / "they") and its sentence's
    quotations leave it the writer's: the common end of the planned and under-way readings."""
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not _can_be_doer(subj) or not C._agent_ok(subj) or subj.lower_ in ("it", "they"):
        return None
    quotes = _quotes_around(an, sent, root)
    if quotes is None:
        return None
    return PastAct(root, subj, quotes, doer=subj)

def _planned_act(an, sent, root, auxes) -> PastAct | None:
    """An act a named doer will do at a time of its own ("On Friday, the senator will lie in
    state in the Capitol", "The committee will hear from outside witnesses on Friday", "The
    campaign will hold events in Iowa in the coming months"): an act on the calendar, planned,
    as a simple past with a doer is one done.  "will" (not "would", "could", "may": a
    hypothesis), active, the time on the verb itself (`classify._own_time`), the subject an
    actor (`classify._agent_ok`), no verb of a state, a trend or a result (`_NOT_PLANNED`),
    not negated, conditional, a question or quoted."""
    if root.tag_ != "VB" or len(auxes) != 1 or auxes[0].lower_ not in C._PLAN_MODALS \
            or root.lemma_.lower() in _NOT_PLANNED or not C._own_time(root):
        return None
    if C.is_negated(root) or C._conditional(root) or C._in_question(root) \
            or any(c.dep_ in ("ccomp", "acomp", "attr") for c in root.children):
        return None
    return _named_doers_act(an, sent, root)


#: where one appears in person ("appeared at a rally", "appeared before the committee",
#: "appeared on Fox News", "appeared alongside the governor")
_APPEARANCE_PREPS = frozenset("at before on alongside".split())


def _appearance(verb) -> bool:
    """"appear" of a person showing up somewhere ("Kelly appeared at the start of two
    briefings on Thursday"): an act, not a seeming; it takes a doer (not "new articles
    appeared on the site"), a place or an occasion, and no complement ("appeared to be",
    "appeared tired", "appeared that …" are seemings)."""
    return verb.lemma_.lower() == "appear" and any(c.dep_ == "nsubj" and C._agent_ok(c) for c in verb.children) \
        and not any(c.dep_ in ("xcomp", "acomp", "attr", "ccomp", "oprd") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in _APPEARANCE_PREPS for c in verb.children)


def _has_clitic(aux, verb) -> bool:
    """"’s" before a participle with an object is "has" ("He’s employed a three-phase
    strategy", "she's signed the bill"): a present perfect (a passive takes no object)."""
    return aux.lower_ in ("'s", "’s") and aux.dep_ == "aux" and any(c.dep_ == "dobj" for c in verb.children)


#: participles that describe a state, a view or a plan rather than tell an act done to the
#: subject ("was known as", "were expected to", "is based on", "was seen as", "was filled with")
_STATE_PARTICIPLES = frozenset("""know base expect schedule set design aim intend suppose require concern
worry surprise interest locate consider see view regard believe think say report estimate fill make
compose tie link relate associate involve bear raise name call describe label title list rank divide
split mix please disappoint frustrate shock stun alarm convince satisfy prepare poise determine commit
dedicate devote entitle allow permit expose accustom use quote cite tell ask give join control
task lock""".split())
#: … and feelings told by a participle ("Johnson was horrified.", "has been obsessed with …")
_STATE_PARTICIPLES |= frozenset("""horrify obsess thrill delight dismay anger outrage upset amaze embarrass annoy
bother scare terrify frighten startle impress encourage discourage confuse puzzle fascinate excite bore
exhaust offend humiliate disturb trouble irritate anguish sadden overwhelm relieve avow fixate""".split())


def _past_passive(an, sent, root, auxes) -> PastAct | None:
    """A past passive of an act done to a named or definite thing or person, in a sentence no
    rule read (a time of its own or a named agent right after the verb have their rules):
    "Acosta's press badge was returned.", "Each time, votes were canceled.", "Three Cabinet
    officers have been fired."; its doer is the "by" agent, if any (not a state or a
    view: "was known as", "were expected to", "was seen as"; not negated, modal, conditional
    or quoted, not a past perfect or a progressive)."""
    if root.tag_ != "VBN" or root.lemma_.lower() in _STATE_PARTICIPLES \
            or any(c.dep_ in ("conj", "acomp") and c.pos_ == "ADJ" for c in root.children):
        return None  # (nor an adjective: "Fiorina was controlled, crisp and gimlet-eyed")
    pas = [a for a in auxes if a.dep_ == "auxpass"]
    other = [a for a in auxes if a.dep_ == "aux"]
    if len(pas) != 1 or pas[0].lower_ not in ("was", "were", "been"):
        return None
    if pas[0].lower_ == "been" and not (len(other) == 1 and other[0].lower_ in ("has", "have")):
        return None  # ("had been added": a backstory; "will be offered": no act yet)
    if pas[0].lower_ != "been" and other:
        return None
    if C.is_negated(root) or C._conditional(root) or any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None  # ("was told that …", "was forced to …": read by their own rules or none)
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL or c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _SPANS or g.ent_type_ == "DATE") for g in c.children)
           for c in root.children):
        return None  # a habit or a stretch of time ("For years the plan was pushed aside", "… over the years")
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ == "PRON" or not _can_be_doer(subj) \
            or not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children) and subj.pos_ != "PROPN" \
            and subj.tag_ != "NNS":
        return None  # a thing the act befell, named or definite: not "it was done", "Rich was …"
    quotes = _quotes_around(an, sent, root)
    if quotes is None:
        return None
    agent = next((g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return PastAct(root, subj, quotes, doer=agent)


#: progressive auxiliaries of an act under way ("is seeking", "are pushing for", "was backing
#: off", "has been shepherding"); not a past perfect ("had been working": a backstory)
_BE_NOW = frozenset("is are was were 's ’s 're ’re".split())
#: verbs whose progressive tells no act under way: a plan ("is going to"), a coming, waiting or
#: happening, a state or a role ("is living", "is sitting on", "was serving as chairman"), a
#: manner or a drift ("is doing well", "is acting as if", "have been moving toward"), what words
#: meant ("was referring to") or what a thing adds to
_NOT_UNDER_WAY = frozenset("""go come do get happen wait hang sit stand lie live stay hold keep let play watch
lose gain win lead trail run serve act move drift refer mean add""".split())
#: … nor an aim ("are aiming to wrap up the bill", "is planning to"), a feeling, a fortune or a
#: stance told as under way ("is hoping to", "have been suffering
#: with", "is succeeding by a wide margin", "was teetering on", "have been warming to"), a use
#: or show of something ("is using Syria as a distraction", "is demonstrating his unfitness"),
#: a passing through or a rush of many, or a meddling charged by the writer
_NOT_UNDER_WAY |= frozenset("""hope suffer succeed fail teeter warm cool pass rush use demonstrate show
mess meddle benefit profit cling bank count look aim plan intend wish""".split()) | _TRENDS


def _progressive(root, auxes) -> bool:
    """The verb is a present or past progressive, or a present perfect one ('is seeking',
    'were pushing', 'has been shepherding')."""
    if root.tag_ != "VBG" or not auxes or any(a.dep_ == "auxpass" or a.tag_ == "MD" for a in auxes):
        return False
    words = [a.lower_ for a in auxes]
    return len(words) == 1 and words[0] in _BE_NOW \
        or len(words) == 2 and words[0] in ("has", "have", "'s", "’s", "'ve", "’ve") and words[1] == "been"


def _ongoing_act(an, sent, root) -> PastAct | None:
    """An act under way told by a progressive ("Roe is seeking a pardon for …", "Senate Republicans
    are pushing for the confirmation of …", "McCain has been shepherding the bill through
    Congress"): news of what a named doer is doing, as a past act is of what one did. Its doer
    must name an actor (a name, a body, a definite role: `classify._agent_ok`); no verb of a
    state, a plan or a manner (`_NOT_UNDER_WAY`), no role or backdrop ("as …", "at the time"),
    no habit, negation, condition, that-clause or quotation."""
    lemma = root.lemma_.lower()
    if lemma in _NOT_UNDER_WAY or C.is_negated(root) or C._conditional(root) \
            or any(c.dep_ == "ccomp" for c in root.children):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in root.children):
        return None
    if any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "at" and any(
            g.lower_ == "time" for g in c.children)) for c in root.children):
        return None  # a role or a backdrop: "was working as an analyst at the time"
    return _named_doers_act(an, sent, root)


def _ongoing_passive(an, sent, root, auxes) -> PastAct | None:
    """An act under way told by a progressive passive with its doer named ("Three officers are
    being interviewed this week by the special counsel", "the policy is being challenged by
    Abigail Fisher"): the 'by' agent acts (`_ongoing_act` for the active)."""
    other = [a.lower_ for a in auxes if a.dep_ == "aux"]
    if root.tag_ != "VBN" or len(other) != 1 or other[0] not in _BE_NOW or root.lemma_.lower() in _STATE_PARTICIPLES:
        return None
    if C.is_negated(root) or C._conditional(root) or any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None
    agent = next((g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if agent is None or subj is None or not C._agent_ok(agent) or agent.pos_ == "PRON":
        return None
    quotes = _quotes_around(an, sent, root)
    if quotes is None:
        return None
    return PastAct(root, subj, quotes, doer=agent)


def _quotes_around(an, sent, root) -> list | None:
    """The quotations of the sentence's paragraph, or None when the verb itself stands in one
    (words quoted are someone's saying, not the writer's account of an act)."""
    block = an.seg.blocks[sent.block]
    quotes = quote_spans(an.doc.text, block.start, block.end)
    if any(a <= root.idx < b for a, b in quotes):
        return None
    return quotes


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
    "the judge set bail" (court), "the executive order deferred deportation" (policy); else
    the kind the act's own words give it (`_told_kind`)."""
    kind = C.open_kind(act.verb)
    noun = act.subject.lemma_.lower()
    if kind == "other":
        if noun in RULING_NOUNS or noun in COURT_NOUNS:
            return "court"
        if NOUN_KIND.get(noun, "announcement") != "announcement" and not _targeted(act.verb) \
                and not C.metric_noun(act.subject):
            return NOUN_KIND[noun]
        lemma = act.verb.lemma_.lower()
        if noun in _SAID_SUBJECTS and act.subject.tag_ in ("NN", "NNS") and lemma in _TELLING | _SAYING | _SPEECH_ACTS:
            return "statement"  # "The tweet noted …", "Obama's address pointed to a shift"
        if noun in _PAPER_SUBJECTS and act.subject.tag_ in ("NN", "NNS") and lemma in _TELLING:
            return "report"  # "The search warrant offered new details about the inquiry"
        return _told_kind(act.verb)
    if kind == "statement" and noun == "letter" and act.subject.tag_ == "NN":
        return "letter"  # "Meadows' letter to Rosenstein also requested messages …"
    return kind


#: documents and occasions of speech as the doer: what they do is what was said ("The tweet
#: noted …", "Obama's Oval Office address pointed to a shift …")
_SAID_SUBJECTS = frozenset("""tweet post email e-mail op-ed editorial column speech address remarks comment
comments message ad advertisement""".split())
#: papers released or filed that tell what is in them ("the search warrant offered new details")
_PAPER_SUBJECTS = frozenset("warrant affidavit transcript".split())
#: verbs of what a paper tells ("offered new details", "laid out the evidence")
_TELLING = frozenset("offer provide give show detail reveal shed lay outline describe list cite say".split())
#: verbs of what a piece of speech says ("The tweet noted …", "the address pointed to a shift",
#: "the ad accused him of …"); not what it caused ("The tweet played a role in his defeat", "the
#: emails have left some liberals concerned")
_SAYING = frozenset("""note point mention refer reference echo call accuse attack target address question ask
thank praise blame urge warn promise claim suggest highlight""".split())
#: nouns of something said, as what a verb of giving or making hands over ("offered some variant
#: of the same answer", "named a specific example", "drew a comparison", "painted a picture of …")
_SAID_THINGS = frozenset("""answer explanation argument defense defence rebuttal response reply example
reason excuse rationale justification assessment critique prediction assurance reassurance apology
comment remark message plea pitch view opinion theory suggestion observation analogy comparison
parallel distinction picture portrait portrayal detail account interview speech testimony praise
criticism endorsement condolence thought insight hint warning word words""".split())
#: verbs that hand over, make or name what is said ("offered an answer", "made an argument",
#: "named an example", "laid out his reasons", "drew a comparison", "painted a picture")
_SAYING_LIGHT = frozenset("""offer give provide make name cite present lay share deliver pose draw paint
repeat advance put""".split())
#: words of a stance taken ("took a stand", "took their respective stances", "took issue with")
_STANCES_TAKEN = frozenset("stance position stand".split())
#: words said as what someone used ("used the same language on Twitter", "used the word …")
_WORDS_USED = frozenset("language word term phrase rhetoric label slur epithet".split())
#: quantity and form heads whose "of" noun is the thing ("some variant of the same answer",
#: "a number of arguments")
_FORM_HEADS = frozenset("""variant version kind sort form type number lot couple series string host
bit handful""".split())
#: where words go out: done "on Twitter" or "on Facebook", an act is what was said
_SPOKEN_MEDIA = frozenset("twitter facebook instagram tiktok youtube".split())
#: what a legislator offers, files or proposes ("offered the second plank: a “freedom amendment”")
_LAW_OFFER_VERBS = frozenset("offer file propose introduce unveil pass sponsor draft suggest".split())
#: … and the steps a proposal takes on a law ("proposed updating and strengthening secrecy laws")
_LAW_STEPS = _LAW_OFFER_VERBS | {"update", "strengthen", "repeal", "amend", "rewrite"}
#: verbs that cast someone or something as what they are said to be ("framed the issue as a
#: test of …", "portrayed him as petty")
_CASTING = frozenset("frame portray depict cast characterize characterise paint brand label dub".split())
#: where one takes to speak ("took to the Senate floor", "took to Twitter")
_PLATFORMS = frozenset("floor airwaves twitter facebook podium microphone stage pages".split())
#: occasions a speaker holds ("held a conference call for reporters", "held a briefing")
_HELD_TALKS = frozenset("conference briefing".split())
#: chances an act takes ("took the opportunity to once again blast Wolff")
_CHANCES = frozenset("opportunity chance occasion moment".split())
#: operations an act is done in ("seized 4 million files in the searches")
_OPERATION_SETTINGS = frozenset("raid raids search searches sweep operation crackdown".split())


def _targeted(verb) -> bool:
    """The subject is what the act befell, not its doer: "the program has come under fire"."""
    return verb.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)


def _things(tok):
    """The nouns `tok` acts on: its objects, their appositions and conjuncts, and the "of"
    noun of a form or quantity ("some variant of the same answer")."""
    out = []
    todo = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if tok.lemma_.lower() in ("have", "get"):  # "to have the charges dropped"
        todo += [g for c in tok.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    while todo:
        n = todo.pop(0)
        if n in out:
            continue
        out.append(n)
        todo += [c for c in n.children if c.dep_ in ("appos", "conj")]
        if n.lemma_.lower() in _FORM_HEADS:
            todo += [g for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
    return out


def _chain(verb):
    """The verb and the verbs its act runs through: infinitives and gerunds it takes
    ("sought to have charges dropped", "proposed updating and strengthening secrecy laws")."""
    out, todo = [], [verb]
    while todo:
        v = todo.pop(0)
        if v in out or len(out) > 6:
            continue
        out.append(v)
        todo += [c for c in v.children
                 if c.dep_ == "xcomp" or c.dep_ == "conj" and c.pos_ == "VERB" and v is not verb]
        todo += [c for o in v.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "acl" and (
            c.tag_ == "VBN" or o.lemma_.lower() in _CHANCES)]
        ways = [w for p in v.children if p.dep_ == "prep" and p.lower_ == "out" for q in p.children
                if q.lower_ == "of" for w in q.children if w.lemma_.lower() == "way"]
        if ways:  # "went out of his way to portray …" (the parser hangs the infinitive on either word)
            todo += [c for x in (v, *ways) for c in x.children if c.dep_ in ("acl", "relcl", "advcl")
                     and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return out


def _told_kind(verb) -> str:
    """The kind an open-class act's own words give it, beyond its setting (`classify.open_kind`):
    a statement when the verb hands over something said ("offered some variant of the same
    answer", "named a specific example", "took their respective stances", "used the same
    language on Twitter"), when it is done in a piece of writing or on social media, or when
    its infinitive is a verb of speaking ("tried to downplay the results"); a law event when a
    bill is offered, proposed or passed or a vote set; a court event when its act runs to
    charges or a lawsuit ("sought to have charges dropped"); an operation when done in raids or
    searches. (A said thing only as what a verb of giving or making hands over: "passed the
    Support … Act" holds no stance.)"""
    lemma = verb.lemma_.lower()
    things = [t for t in _things(verb) if t.tag_ in ("NN", "NNS")]
    lemmas = {t.lemma_.lower() for t in things} | {t.lower_ for t in things}
    preps = [(c.lower_, g) for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if lemma in _SAYING_LIGHT and lemmas & _SAID_THINGS \
            or lemma == "make" and "case" in lemmas and any(p in ("for", "against") for p, _ in preps) \
            or lemma == "take" and (lemmas & _STANCES_TAKEN
                                    or "issue" in lemmas and any(p == "with" for p, _ in preps)) \
            or lemma == "point" and lemmas & {"finger", "fingers"} \
            or lemma == "use" and lemmas & _WORDS_USED:
        return "statement"
    if any(p == "on" and g.lower_ in _SPOKEN_MEDIA for p, g in preps) or _written_in(verb):
        return "statement"  # "used the same language on Twitter", "named … in an opinion piece"
    if lemma in _SPEECH_ACTS or lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return "statement"  # "Mr. Vilsack hinted at why …", "the paper editorialized in favor of …"
    if lemma == "take" and any(p == "to" and g.lemma_.lower() in _PLATFORMS for p, g in preps) \
            or lemma == "hold" and any(t.lemma_.lower() in _HELD_TALKS or t.lemma_.lower() == "call" and any(
                c.dep_ == "compound" and c.lemma_.lower() in _HELD_TALKS for c in t.children) for t in things):
        return "statement"  # "took to the Senate floor", "held a conference call for reporters"
    chain = [(v, _things(v)) for v in _chain(verb)]  # each verb of the act with the nouns it acts on
    if any(v.lemma_.lower() in _CASTING and any(c.dep_ == "prep" and c.lower_ == "as" for c in (
            *v.children, *(g for o in acted for g in o.children))) for v, acted in chain):
        return "statement"  # "framed the issue as a test of …", "went out of his way to portray …"
    if any(v is not verb and v.lemma_.lower() in _SPEECH_ACTS for v, _ in chain):
        return "statement"  # "tried to downplay the results", "took the opportunity to blast Wolff"
    nouns = {o.lemma_.lower() for _, acted in chain for o in acted}
    if lemma in ("set", "schedule") and "vote" in nouns:
        return "law"  # "Republicans in the House set a vote for Friday on legislation …"
    if any(v.lemma_.lower() in _LAW_STEPS for v, _ in chain) \
            and (nouns & LAW_OBJECTS or any(_names_a_bill(o) for _, acted in chain for o in acted)):
        return "law"  # "offered the second plank: a “freedom amendment”", "proposed updating … laws"
    if nouns & _COURT_THINGS:
        return "court"  # "sought to have charges dropped"
    if any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(
            g.dep_ == "pobj" and g.lower_ in _OPERATION_SETTINGS for g in p.children)
           for h in (verb, *things) for p in h.children):
        return "operation"  # "seized more than 4 million files in the searches"
    return "other"


#: verbs of speaking that tell a statement with no words reported, as the main verb or as the
#: infinitive of an act ("Mr. Vilsack hinted at why …", "tried to downplay the results", "took the
#: opportunity to once again blast Wolff"); not verbs with other senses ("claimed the lives of …",
#: "called the CDC", "posted a photograph", "knocked on doors")
_SPEECH_ACTS = (EVALUATIVE | PRAISE_BLAME_VERBS) | frozenset("""say hint tout boast brag lament complain quip joke
opine testify rebut retort respond reply vow pledge promise urge warn editorialize editorialise celebrate
apologize apologise reassure explain argue insist contend""".split())
#: the papers and steps of a case as what an act runs to
_COURT_THINGS = frozenset("charge lawsuit suit appeal indictment conviction verdict injunction subpoena".split())


def _names_a_bill(noun) -> bool:
    """A title ending in "Act" or "Bill" ("passed the Support for Patients and Communities Act")."""
    return any(t.tag_ == "NNP" and t.text in ("Act", "Bill") and t.i > noun.left_edge.i for t in noun.subtree)


def _written_in(verb) -> bool:
    """Done "in" a piece of writing or speech, also when the parser hangs that phrase on a verb
    inside the object ("named an example of what he considered poor judgment in an opinion
    piece"); not inside a clause of its own subject."""
    for t in verb.subtree:
        if t.dep_ == "prep" and t.lower_ == "in" and any(g.dep_ == "pobj" and C._spoken_setting(g) for g in t.children):
            h, steps = t.head, 0
            while h is not verb and h.head is not h and steps < 40 and h.dep_ not in (
                    "relcl", "advcl", "ccomp", "csubj", "nsubj", "acl", "conj"):
                h, steps = h.head, steps + 1
            if h is verb:
                return True
    return False
