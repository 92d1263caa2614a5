"""`SpeechFinder`: every attribution in a parsed doc, from cues, quotations and headline forms
to resolved speaker names (see the package docstring for the forms handled).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, LEMMA, LOWER
from spacy.strings import get_string_id

from ..actors import DESCRIPTION_HEADS, GENERIC_ORG_HEADS
from ..lexicon import (AGENT_NOUNS, ANONYMOUS, COGNITION, NEGATION_CLITICS, PRONOUNS, ROLE_NOUNS, SPEECH_NOUNS,
                       STANCE_ADJ, WEAK_HEAD_SPEECH)
from .cues import (contrast_tail, _acl_cue, _as_phrase, _closing_source_comma, _rejected_claim, _prep_speech_object, _as_quote, _content_clause, _court_subject, _finite_clause,
                   _has_context, _speech_setting, _inverted_subject, _misread_cue, _own_subject, _quote_acl_cue, _subject,
                   _swallowed_subject, _that_clause, _voices_stance_on_topic)
from .quotes import (_inside, _inside_merged, _joining_glue, _merged, _overlaps_content, _raw_quotes,
                     _span_of, _title_quote, _trim, quote_spans)
from .speakers import counted_members, _gender_words, _hyphened, _name_of, _np_tokens, _phrase_head, _possessor_tokens, document_source, is_outlet
from .teasers import _teaser_glue, link_cards
from .words import (EVALUATIVE, FINDING_VERBS, OBJECT_SPEECH, QUOTE_CUES, SPEECH, WEAK_SPEECH, _ADDRESSEE_OBJ,
                    _AFTER_CARD, _AS_CUES, _AS_QUOTE_CUES, _BELIEF_CUES, _BULLET, _CAPITAL_FUNCTION,
                    _CLOSED_QUOTE_GAP, _COURT_ACTS, _RULING_VERBS, _CLAUSE_CUES, _PREP_SPEECH, _FORECAST, _CUE_QUOTE_OPEN, _CUE_TO_QUOTE_GAP, _DASH_SIG,
                    _DOCUMENT_NOUNS, _EXPRESSED_NOUNS, _FEMALE_GIVEN, _FEMALE_HON, _FEMALE_WORDS, _FINDING_SUBJECTS,
                    _FIRST_SECOND, _FUNCTION_POS, _HEAD_REPORT, _HONORIFIC, _INSTITUTION_NOUNS, _IN_WORDS,
                    _KIN_NOUNS, _LATIN_WORD, _LIGHT_SPEECH_VERBS, _LY_WORDS, _MALE_GIVEN, _MALE_HON, _MALE_WORDS,
                    _MISREAD_VERB_FORMS, _MODALS, _MODAL_PERFECT_QUOTE, _MORE, _MORE_EVALUATIVE, _NAME_COLON,
                    _NON_AGENT_HEADS, _NORM_NOUNS, _NOT_HEAD_SPEAKERS, _PERSONAL, _QUANTIFIER_SPEAKERS,
                    _QUOTE_GAP, _QUOTE_TO_NAME_GAP, _SAID_FIRST, _SIGNOFF, _SINGLE_QUOTE_OPEN, _SO_WORDS,
                    _SPLIT_TITLE_GAP, _STANCE_NOUNS, _TAIL_REPORT, _TITLE_PREP, _TOPIC_PREPS, _TWEET_SIG,
                    _UNREALISED, _VIDEO_CHROME, _WH)


@dataclass
class Speech:
    """One attribution found in the doc, with the tokens it came from."""

    sentence: int
    cue: tuple[int, int] | None
    cue_tok: int | None
    speaker_span: tuple[int, int] | None
    speaker_text: str | None
    speaker: str | None
    speaker_kind: str | None  # person, org, group, outlet, pronoun, None
    role: str | None
    content: tuple[int, int] | None
    content_head: int | None  # token index of the content clause head (indirect)
    direct: bool
    chain: list[str] = field(default_factory=list)
    outlet: str | None = None
    continuation: bool = False
    nested_in: int | None = None  # index of an enclosing speech in the same sentence
    main: bool = True
    event: bool = True  # False: a belief, finding or nominal claim, no statement event of its own
    tentative: bool = False  # a quotation given for want of a cue: a cue found for it later wins


#: {cue lemma set: {lemma hash: whether the lowercased lemma is in the set}}
_CUE_LEMMAS: dict[frozenset, dict[int, bool]] = {}


def _word_edge(tok):
    """The first word of a noun's own phrase: its left edge, not a quotation the parser hung
    on it ('“…,” one senior operative … said': the quotation is no word of the speaker's)."""
    return _np_tokens(tok.doc, tok)[0]


#: a party member named by party and place ("the New York Democrat", "the Texas Republican")
_PARTY_EPITHET = re.compile(r"^[Tt]he\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:Democrat|Republican)$")

#: titles abbreviated with a full stop inside a name's phrase ("Delaware Democratic Sen. Chris Coons")
_TITLE_ABBR = {"sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "dr.", "mr.", "mrs.", "ms.", "st.", "u.s."}
#: a definite paper as speaker ("the report", "the new study"), see SpeechFinder._maker_of
_THE_DOCUMENT = re.compile(r"^[Tt]he\s+(?:[a-z-]+\s+)?(report|study|survey|poll|analysis|story|article|op-ed|letter"
                           r"|memo|lawsuit|complaint|review|audit|investigation|column|editorial)$")
#: a cue of reporting ("…, Bloomberg reported"): the speaker made a report a later "the report" may stand for
_REPORTED = re.compile(r"report(?:s|ed|ing)?\b")
#: a share of those polled as speaker ("62 percent said", "only 38 percent of voters say", "nearly
#: six in 10 … said"): the words are the poll's finding, see SpeechFinder._pollster
_SHARE = re.compile(r"(?:(?:only|just|nearly|almost|about|around|roughly|some|more\s+than|fewer\s+than|less\s+than|"
                    r"over|under|fully|at\s+least)\s+)?(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|"
                    r"[A-Za-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)\b|"
                    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:10|ten)\b|"
                    r"(?:a|the)\s+(?:majority|plurality)\b|half\b|(?:a|one)[\s-]third\b|two[\s-]thirds\b|"
                    r"(?:a|one)[\s-]quarter\b|three[\s-]quarters\b)", re.I)
_SHARE_REST = re.compile(r"\s+(?:in|out\s+of)\s+(?:10|ten)\b", re.I)
#: words for a kind of poll that open a sentence capitalised ("Exit polls showed …"), no maker
_POLL_KINDS = {"exit", "new", "recent", "latest", "internal", "national", "statewide", "early", "public",
               "private", "online", "independent", "several", "other", "both", "most", "many", "some"}
#: counts and quantifiers that stand for part of a group named before ("only two", "some")
_BARE_PARTS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "most",
               "many", "several", "few", "both", "others"}
#: a headline's paper named by its noun alone ("…, report says", "New study finds …")
_BARE_PAPER = re.compile(r"^(?:(?:[Aa]|[Tt]he|[Nn]ew|[Aa] new)\s+)?(report|study|survey|poll|analysis)$")
#: papers whose findings are shares of those asked
_POLL_NOUNS = {"poll", "survey", "polling", "study", "report", "analysis", "data", "findings", "research"}
#: a text standing for whoever issued it ("the statement said", "the letter read")
_ISSUED_TEXT = re.compile(r"^[Tt]he\s+(?:(?:joint|written|prepared|press)\s+)?(?:statement|release|letter)$")


#: who a possessive names as a headline's speaker ("Roe's lawyer: …", "Roe's campaign: …")
_POSSESSED_SPEAKERS = ROLE_NOUNS | AGENT_NOUNS | {"husband", "wife", "son", "daughter", "father", "mother", "brother",
                                                 "sister", "widow", "aide", "adviser", "advisor", "campaign",
                                                 "team", "camp", "ally", "allies", "office", "family"}


#: first words of a headline's colon prefix that make it a label, not a speaker ("After
#: Mueller: …", "Inside the White House: …", "Why Trump Won: …", "Trending: …")
_LABEL_OPENERS = {"after", "before", "inside", "beyond", "since", "despite", "amid", "without", "during",
                  "behind", "until", "why", "how", "what", "when", "where", "trending"}


def _possessed_thing(ptoks) -> bool:
    """A headline's colon prefix that names a thing of someone's ("Roe's Businesses And
    Possible Conflicts"), not a person of theirs ("Roe's lawyer")."""
    k = next((i for i, t in enumerate(ptoks) if t.lower_ in ("'s", "’s", "'", "’")), None)
    if k is None or k + 1 >= len(ptoks):
        return False
    head = ptoks[-1]
    return head.lower_ not in _POSSESSED_SPEAKERS and head.lemma_.lower() not in _POSSESSED_SPEAKERS


#: common nouns for people or bodies a later "he", "she", "it" or "they" can stand for ("The
#: agent was surprised … ¶ “…,” he said", "Lawmakers blame …, which they say …"); a subject
#: headed by anything else ("the fact", "a few factors", "his support") is no antecedent
_ANTECEDENT_NOUNS = ANONYMOUS | AGENT_NOUNS | DESCRIPTION_HEADS | GENERIC_ORG_HEADS | {
    "agency", "ministry", "palace", "embassy", "organization", "organisation", "member", "resident", "critic",
    "supporter", "opponent", "worker", "employee", "staffer", "student", "parent", "expert", "skeptic", "sceptic",
    "advocate", "citizen", "immigrant", "migrant", "refugee", "investor", "donor", "victim", "witness", "family",
    "doctor", "nurse", "teacher", "officer", "conservative", "liberal", "progressive", "moderate", "centrist",
    "delegate", "ally", "rival", "challenger", "incumbent", "nominee", "appointee", "player", "fan", "user",
    "customer", "man", "woman", "men", "women", "child", "children", "boy", "girl", "friend", "colleague",
    "partner", "owner", "colleague", "crowd", "audience", "public", "industry", "bank", "school", "university",
    "hospital", "city", "county", "state", "country", "nation", "team", "jury", "panel", "chamber", "caucus",
    "majority", "minority", "leadership", "staff", "lawyer", "defendant", "plaintiff", "suspect", "agent",
    "writer", "blogger", "reporter", "journalist", "editor", "commenter", "caller", "reader", "viewer", "listener"}
#: words before a capitalised pair that make it no given name and surname ("the House
#: Republicans", "and Senate Democrats")
_FUNCTION_BEFORE_NAME = {"the", "and", "for", "with", "from", "that", "this", "these", "those", "their", "his",
                         "her", "its", "our", "your", "into", "onto", "over", "under", "about", "against", "than",
                         "then", "but", "nor", "yet", "all", "both", "some", "many", "most", "other", "any", "each",
                         "every", "between", "among", "across", "through", "via", "per", "like", "including"}
#: papers that can be an "it" ("The report found … It also said …")
_ANTECEDENT_DOCUMENTS = {"report", "study", "survey", "poll", "analysis", "review", "audit", "memo", "letter",
                         "statement", "complaint", "lawsuit", "suit", "filing", "ruling", "order", "opinion",
                         "decision", "story", "article", "editorial", "document", "bill", "measure", "proposal",
                         "plan", "law", "ad", "advertisement", "video", "tweet", "post", "release", "book"}


#: the kinds of antecedent each pronoun can stand for
_PRONOUN_KINDS = {"he": ("person",), "she": ("person",), "i": ("person",), "him": ("person",), "her": ("person",),
                  "it": ("org", "outlet"), "they": ("group", "org"), "we": ("org", "group"), "them": ("group", "org")}


def _document_noun(toks) -> str:
    """The head noun of a document speaker, lower case ("a report in the Times": "report")."""
    return _hyphened(_phrase_head(toks))


def _given_gender(word: str) -> str | None:
    """'m' or 'f' for a common given name of one gender ("paul", "elizabeth"), else None."""
    return "m" if word in _MALE_GIVEN else "f" if word in _FEMALE_GIVEN else None


def _antecedent(t) -> bool:
    """A subject a later pronoun can stand for: a name, or a noun for people, a body or a paper."""
    if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "FAC") or t.pos_ == "PROPN":
        return True
    lem = t.lemma_.lower()
    return lem in _ANTECEDENT_NOUNS or t.lower_ in _ANTECEDENT_NOUNS or lem in _ANTECEDENT_DOCUMENTS \
        or lem.endswith(("ist", "ician"))


def _agentive(subj) -> bool:
    """A subject that can speak: a person, organisation or group by name, a personal
    pronoun, a role, an anonymous source or a definite institution ("the agency")."""
    lem = subj.lemma_.lower()
    return subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lower_ in ("he", "she", "they", "who") \
        or lem in ROLE_NOUNS or lem in ANONYMOUS or lem in _INSTITUTION_NOUNS


def _plural_subject_cue(t):
    """'Jones was fired, the Journal's Jo Doe and Al Roe report.', 'CNN's Jo Doe and Al Roe
    report that …': a speech verb right after two coordinated names, which the tagger took
    for a noun.  What it reports (head, start_i, end_i): its 'that' clause, or the clause
    before the comma ahead of the names when it closes the sentence; else None."""
    if t.tag_ != "NN" or t.dep_ not in ("ROOT", "conj") or t.lemma_.lower() not in SPEECH \
            or any(c.dep_ in ("det", "amod", "compound") for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    if subj is None or subj.pos_ != "PROPN" or subj.right_edge.i != t.i - 1 \
            or not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subj.children):
        return None
    if t.dep_ == "ROOT":
        after = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i and any(
            x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)), None)
        if after is not None:
            return after, after.left_edge.i, after.right_edge.i + 1
    k = _closing_source_comma(t, subj)
    if k is None:
        return None
    head = next((c for c in t.children if c.dep_ == "ccomp" and c.i < k), None) if t.dep_ == "ROOT" \
        else (t.head if t.head.i < k and t.head.pos_ in ("VERB", "AUX") else None)
    return (head, t.sent.start, k) if head is not None else None


def _belief_inside_saying(belief: Speech, saying: Speech) -> bool:
    """Of two cues of one quotation, a belief told inside the saying of it ('the senator said
    he felt he could “make a contribution”'): the quotation is the saying's, whose cue
    comes first, though the belief's cue is the nearer."""
    return not belief.event and saying.event and bool(belief.cue and saying.cue and saying.content) \
        and saying.cue[1] <= belief.cue[0] and belief.cue[1] <= saying.content[0]


#: verbs of telling someone something, whose passive names the teller in a "by" phrase
_TOLD_PASSIVES = {"tell", "warn", "inform", "assure", "advise", "notify", "reassure", "caution", "remind"}


def _passive_teller(t):
    """'Trump has been warned by close advisers that …', 'The mayor was told by aides that the
    plan would fail': a passive of telling with a 'by' agent and a reported clause: the
    agent is the speaker (the listener is the subject)."""
    if t.tag_ != "VBN" or t.lemma_.lower() not in _TOLD_PASSIVES or not any(c.dep_ == "auxpass" for c in t.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > t.i and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
               for c in t.children):
        return None
    agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is None or agent.pos_ not in ("NOUN", "PROPN") or agent.i > min(
            c.i for c in t.children if c.dep_ == "ccomp"):
        return None
    return agent


#: where or when "as X put it" was said: an occasion ("at a fund-raiser", "during the debate")
_PUT_IT_OCCASIONS = {"fund-raiser", "fundraiser", "raiser", "rally", "hearing", "debate", "speech", "event",
                     "dinner", "luncheon", "breakfast", "forum", "town", "hall", "meeting", "summit", "session",
                     "appearance", "address", "ceremony", "convention", "gathering", "roundtable", "panel"}


def _put_it_setting(c) -> bool:
    """A phrase after "as X put it" that tells when, where or to whom it was said, not where
    a thing was put: a time ("a few days ago", "last month"), an addressee ("to Breitbart
    News", "to reporters") or an occasion ("at a California fund-raiser")."""
    if any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree) or c.lower_ in ("ago", "once", "recently", "later"):
        return True
    if c.dep_ != "prep":
        return False
    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
    if obj is None:
        return False
    if c.lower_ == "to":
        return obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP") \
            or obj.lemma_.lower() in ("reporter", "journalist", "supporter", "audience", "crowd", "voter", "lawmaker")
    return c.lower_ in ("at", "during", "in") and (obj.lemma_.lower() in _PUT_IT_OCCASIONS
                                                   or obj.lower_ in _PUT_IT_OCCASIONS)


def _made_clear(t):
    """'The mayor made (it) clear that she would run', 'Obama made clear he is opposed': "make
    clear" reports a clause as "say" does.  The clause (head, start_i, end_i), else None."""
    if t.pos_ != "VERB":
        return None
    doc = t.doc
    clear = None
    for k in range(t.i + 1, min(t.i + 4, len(doc))):
        w = doc[k]
        if w.lower_ == "clear":
            clear = w
            break
        if not (w.lower_ == "it" or w.pos_ == "ADV"):
            return None
    if clear is None:
        return None
    for c in list(t.children) + list(clear.children):
        if c.dep_ in ("ccomp", "advcl") and c.i > clear.i and c.pos_ in ("VERB", "AUX") \
                and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            return c, c.left_edge.i, c.right_edge.i + 1
    return None


class SpeechFinder:
    """Find attributions sentence by sentence; keeps the history used for pronouns."""

    def __init__(self, doc, seg, aliases=None):
        self.doc = doc
        self.seg = seg
        self.aliases = aliases
        self.text = doc.text
        self.history: list[tuple[int, str, str]] = []  # (offset, name, kind)
        self._back_cue = None  # the cue of a back-pointing sentence, see _previous_quote
        self._minor: set[int] = set()  # history offsets of subjects of subordinate clauses
        self._inert: set[int] = set()  # history offsets of subjects no pronoun stands for ("the fact")
        self._introduced: list[tuple[int, str]] = []  # people brought in with a description, see _note_introduced
        self._asked: list[tuple[int, str]] = []  # people a sentence's subject asked, see _answerer
        self._person_ents = None  # the doc's PERSON entities, read once by _note_introduced
        self._person_ent_starts: list[int] = []
        self._spoke: set[int] = set()  # offsets of speaker spans found ("…, Bergen reports")
        self._sent_starts = sorted(x.start for x in seg.sentences)
        self.outlets: list[tuple[int, str]] = []
        self._bq: dict[int, list[tuple[int, int]]] = {}  # block index -> its quote spans
        self._chrome: dict[int, bool] = {}  # block index -> whether it is a video player's captions
        self._gender_cache: dict[str, str] | None = None  # see _genders
        self._surname_cache: set[str] | None = None  # see _surnames
        self._full_name_cache: dict[str, bool] = {}  # see _full_name
        self._person_word_cache: set[str] | None = None  # see _person_words
        self._one_word_cache: set[str] | None = None  # see _one_word_people
        self._gender_by_name: dict[str | None, str | None] = {}  # memo of _gender_of
        self._cue_offs: list[int] | None = None  # char offsets of the _cue_idx tokens (lazy)
        self._conts: dict[tuple[int, int], Speech] = {}
        self.used_quotes: set[tuple[int, int]] = set()
        self._made: list[tuple[int, str, str, str]] = []  # (offset, document noun, maker, kind), see _maker_of
        self._columns()

    def _columns(self):
        """Per-doc token columns read once (the doc does not change during a run):
        sorted indices of the tokens each per-sentence scan can act on."""
        doc = self.doc
        if not len(doc):
            self._cue_idx = self._according_idx = self._cite_idx = self._subj_idx = self._agent_idx = []
            return
        arr = doc.to_array([LEMMA, LOWER, DEP, ENT_TYPE, ENT_IOB])
        lemmas = arr[:, 0]
        # lemmas whose lowercase can be a cue, decided once per distinct lemma
        cand = set(STANCE_ADJ) | set(SPEECH_NOUNS) | set(FINDING_VERBS) | set(SPEECH) | {"put", "make"} | _STANCE_NOUNS \
            | _EXPRESSED_NOUNS | _RULING_VERBS | set(_PREP_SPEECH)
        known = _CUE_LEMMAS.setdefault(frozenset(cand), {})
        strings = doc.vocab.strings
        u, inv = np.unique(lemmas, return_inverse=True)
        ok = []
        for h in u.tolist():
            v = known.get(h)
            if v is None:
                v = known[h] = (strings[h] if h else "").lower() in cand
            ok.append(v)
        cue = np.array(ok, dtype=bool)[inv.reshape(-1)]
        dep = arr[:, 2]
        subj = (dep == get_string_id("nsubj")) | (dep == get_string_id("nsubjpass")) | (
            (arr[:, 3] == get_string_id("ORG")) & (arr[:, 4] == 3))  # ENT_IOB 3: "B"
        self._cue_idx = np.flatnonzero(cue).tolist()
        self._according_idx = np.flatnonzero(arr[:, 1] == get_string_id("according")).tolist()
        self._cite_idx = np.flatnonzero(lemmas == get_string_id("cite")).tolist()
        self._subj_idx = np.flatnonzero(subj).tolist()
        self._agent_idx = np.flatnonzero(dep == get_string_id("agent")).tolist()

    @staticmethod
    def _in_sent(idx: list[int], sent) -> list[int]:
        return idx[bisect_left(idx, sent.tok_start):bisect_left(idx, sent.tok_end)]

    # --- antecedents -------------------------------------------------------------
    def _note_subjects(self, sent, contents=()):
        doc = self.doc
        starts, ends = _merged(list(contents) + self._block_quotes(sent))
        for i in self._in_sent(self._subj_idx, sent):
            t = doc[i]
            if _inside_merged(t.idx, starts, ends):
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in PRONOUNS and t.lower_ not in _WH \
                    and t.lower_ not in NEGATION_CLITICS \
                    and (t.head.dep_ == "ROOT" or t.ent_type_ == "PERSON"):  # (not a curly "n’t" misparsed)
                toks = _np_tokens(doc, t)
                if t.lower_ in _QUANTIFIER_SPEAKERS and len(toks) == 1:
                    continue  # ("None of the above makes …", "This is …": no one a later "it" or "they" stands for)
                name, _, kind = _name_of(toks)
                kind = self._subject_kind(t, toks, name, kind)
                if kind == "person" and t.pos_ == "NOUN":
                    name = self._described(name, toks[0].idx)  # ("the rookie lawmaker": Ocasio-Cortez)
                if kind in ("person", "org", "group", "outlet"):
                    self.history.append((t.idx, name, kind))
                    if t.head.dep_ != "ROOT":
                        self._minor.add(t.idx)  # a person in a subordinate clause
                    if not _antecedent(t) and kind != "person":
                        self._inert.add(t.idx)  # ("the fact", "a few factors"; not "Jo Roe's operation")
            if t.ent_type_ == "ORG" and t.ent_iob_ == "B":
                j = 1
                while i + j < sent.tok_end and doc[i + j].ent_iob_ == "I":
                    j += 1
                ent = [x for x in doc[i:i + j]]
                if is_outlet(ent):
                    self.outlets.append((t.idx, self.text[t.idx: ent[j - 1].idx + len(ent[j - 1])]))
        self._note_agents(sent, starts, ends)
        self._note_introduced(sent, starts, ends)
        self._note_asked(sent)

    def _note_agents(self, sent, starts, ends):
        """The person a main-clause passive is done by, when its subject is no person
        ("But everyone was topped by Gov. Jo Roe. “…,” he promised."): a later "he" or
        "she" may stand for that person."""
        doc = self.doc
        for i in self._in_sent(self._agent_idx, sent):
            verb = doc[i].head
            obj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ != "PERSON" or verb.dep_ != "ROOT" or _inside_merged(obj.idx, starts, ends):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and (subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.pos_ == "PROPN"
                                     or subj.lemma_.lower() in DESCRIPTION_HEADS):
                continue  # (a named subject stays the one a pronoun is about)
            name, _, kind = _name_of(_np_tokens(doc, obj))
            if kind == "person":
                self.history.append((obj.idx, name, kind))

    def _subject_kind(self, t, toks, name: str, kind: str) -> str:
        """The kind of a subject as an antecedent: a surname tagged ORG that the article gives a
        person ('Trump has contradicted …') and a singular role noun ("the second agent",
        "the official") are persons a later "he" or "she" can stand for."""
        if kind == "org" and len(toks) == 1 and t.pos_ == "PROPN" and (
                name in self._surnames() or t.tag_ == "NNP" and t.ent_type_ in ("", "ORG") and self._full_name(name)
                or t.ent_type_ != "GPE" and name in self._one_word_people()):
            return "person"  # ('Trump has contradicted …' tagged ORG, a Donald Trump elsewhere)
        if kind == "org" and t.pos_ == "PROPN" and all(x.pos_ == "PROPN" for x in toks) and any(
                c.dep_ == "appos" and c.lemma_.lower() in DESCRIPTION_HEADS for c in t.children):
            return "person"  # ("Reince Priebus, chairman of the RNC, …", the name untagged)
        if kind == "org" and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in DESCRIPTION_HEADS \
                and not any(x.ent_type_ in ("ORG", "GPE", "NORP") for x in toks if x.i > t.i) \
                and self._described(name, toks[0].idx) != name:
            return "person"  # (only one the story names: a bare "the president" may be anyone)
        return kind

    def _full_name(self, word: str) -> bool:
        """The story gives this one word, which the tagger took for an organisation, as a
        person's last name after a description ("prolific blogger Judson Phillips" … "Phillips
        wrote")."""
        got = self._full_name_cache.get(word)
        if got is None:
            got = False
            if re.fullmatch(r"[A-Z][a-z]+", word):
                for m in re.finditer(r"(?:(?<![.!?:]\s)\b([a-z]{3,})|\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms)\.)\s+[A-Z][a-z]+\s+"
                                     + word + r"\b(?!\s+[A-Z&])", self.text):
                    if m.group(1) not in _FUNCTION_BEFORE_NAME:  # ("the House Republicans": no given name)
                        got = True
                        break
            self._full_name_cache[word] = got
        return got

    def _one_word_people(self) -> set[str]:
        """One-word names the tagger takes for a person somewhere in the article ("Cooper",
        never given a first name): a person where it tags the same word otherwise."""
        if self._one_word_cache is None:
            people = self.aliases.people if self.aliases is not None else []
            self._one_word_cache = {p for _, p in people if len(p.split()) == 1}
        return self._one_word_cache

    def _surnames(self) -> set[str]:
        """Last words of the article's two-or-more-word person names ("Jane Roe" → "Roe")."""
        if self._surname_cache is None:
            people = self.aliases.people if self.aliases is not None else []
            self._surname_cache = {p.split()[-1] for _, p in people if len(p.split()) >= 2}
        return self._surname_cache

    def _placed_person(self, place: list[str], before: int) -> str | None:
        """The latest person named before `before` with these place words just before the
        name ("Delaware Democratic Sen. Chris Coons", "Rep. Jo Doe, D-Del." is not read)."""
        if not place or self.aliases is None:
            return None
        for off, name in reversed(self.aliases.people):
            if off < before and before - off < 5000:
                words = self.text[max(0, off - 60):off].split()[-4:]  # the name's own phrase
                if not any(w.endswith((".", ",", ";", ":")) and w.lower() not in _TITLE_ABBR for w in words[:-1]) \
                        and all(w in words for w in place):
                    return name
        return None

    def pronoun_antecedent(self, tok, before: int | None = None, agents: bool = True) -> str | None:
        """Who the pronoun `tok` stands for: the subject of a clause that governs its own
        ("McCarthy is turning the world upside down when he calls …", "Lawmakers blame the
        news, which they say …"), else the latest fitting antecedent before `before`.  With
        `agents` off, an "it" may be a thing ("The deficit grew. It climbed to …")."""
        got = self._governing_subject(tok, agents)
        return got if got is not None else self._resolve_pronoun(tok.text, tok.idx if before is None else before,
                                                                 agents=agents)

    def _governing_subject(self, tok, agents: bool = True) -> str | None:
        """The named subject of the nearest clause above a subordinate clause whose subject is
        the pronoun `tok`, when it fits the pronoun; None when the pronoun's clause is the main
        one, or that subject does not fit (then the story before decides)."""
        low = tok.lower_
        want = _PRONOUN_KINDS.get(low, ())
        if low not in ("he", "she", "they", "it") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        sex = {"he": "m", "she": "f"}.get(low)
        cur = tok.head
        for _ in range(6):
            if cur.head.i == cur.i or cur.dep_ == "parataxis" or cur.dep_ == "relcl" and low != "they":
                # (the main clause, or a clause set beside it: "…, he said"; a "he" in a relative
                # clause may be anyone: "Cruz won, an outcome he described as unfair")
                return None
            cur = cur.head
            if cur.pos_ not in ("VERB", "AUX") and not (cur.dep_ == "ROOT" and cur.tag_.startswith("NN")):
                continue  # (a root noun with a subject is a verb the tagger missed: "Roe did hint …")
            near = list(cur.children) + [g for c in cur.children if c.dep_ == "aux" for g in c.children]
            subj = next((c for c in near if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subj is None:  # (a subject hung on the auxiliary of a misread verb: "Roe did hint …")
                continue
            if subj.tag_ in ("WP", "WDT") and cur.dep_ == "relcl" and cur.head.i != cur.i:
                subj = cur.head  # ("Roe, who resigned after she …": Roe)
            if subj.lower_ in PRONOUNS or subj.tag_ in ("WP", "WDT", "PRP") or agents and not _antecedent(subj):
                return None
            toks = _np_tokens(self.doc, subj)
            name, _, kind = _name_of(toks)
            kind = self._subject_kind(subj, toks, name, kind)
            if kind not in want or sex and (self._gender_of(name) or sex) != sex:
                return None
            return self._described(name, toks[0].idx)
        return None

    def _described(self, name: str, offset: int) -> str:
        """A description as the person or body it names ("the second agent" stays as it is
        when the story names no one so)."""
        if self.aliases is not None and name[:4].lower() in ("the ", "a ", "an "):
            return self.aliases.describe(name, offset) or name
        return name

    def _resolve_pronoun(self, word: str, before: int, want: tuple[str, ...] | None = None,
                         agents: bool = True) -> str | None:
        low = word.lower()
        want = want or _PRONOUN_KINDS.get(low, ())
        sex = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(low)
        best = None
        for off, name, kind in self.history:
            if off >= before or before - off > 2500 or kind not in want or agents and off in self._inert:
                continue
            if sex and (self._gender_of(name) or sex) != sex:
                continue  # "she" is never a man the article calls "he" / "Mr."
            if best is None or off > best[0]:
                best = (off, name)
        if best is not None and best[0] in self._minor and best[0] not in self._spoke:
            # "Stefanik summed up why Trump should not be impeached: ¶ …, she said": the
            # subject of the main clause (or its speaker) before a subordinate one
            k = bisect_right(self._sent_starts, best[0]) - 1
            lo = self._sent_starts[k] if k >= 0 else 0
            for off, name, kind in self.history:
                if lo <= off < best[0] and (off not in self._minor or off in self._spoke) and kind in want \
                        and not (agents and off in self._inert) \
                        and not (sex and (self._gender_of(name) or sex) != sex):
                    best = (off, name)
                    break
        if sex and not self._named_subject_before(before):
            best = self._answerer(before, sex) or self._newcomer(best, before, sex) or best
        return best[1] if best else None

    def _answerer(self, before: int, sex: str):
        """The person the sentence before says was asked ("Tapper asked Nadler if he had any
        problem with it. He said …": Nadler answers), when the "he" or "she" fits them."""
        if not self._asked:
            return None
        off, name = self._asked[-1]
        if off < before and self._sentence_of(before) - self._sentence_of(off) == 1 \
                and (self._gender_of(name) or sex) == sex:
            return off, name
        return None

    def _named_subject_before(self, offset: int) -> bool:
        """The sentence at `offset` has a named subject before it ("Bannon has courted
        candidates who he accuses …"), the likelier antecedent of a pronoun after it."""
        k = self._sentence_of(offset)
        if k < 0:
            return False
        doc = self.doc
        return any(doc[i].idx < offset and doc[i].dep_ == "nsubj" and (doc[i].ent_type_ == "PERSON" or doc[i].pos_ == "PROPN")
                   for i in self._in_sent(self._subj_idx, self.seg.sentences[k]))

    def _sentence_of(self, offset: int) -> int:
        return bisect_right(self._sent_starts, offset) - 1

    def _newcomer(self, best, before: int, sex: str):
        """A person the sentence before brought in with a description, not as its subject
        ("McCain faces Kelli Ward, a doctor who … . She is touting …"), when no subject of
        that sentence or later fits the "he" or "she": that person, not an older subject."""
        here = self._sentence_of(before)
        for off, name in reversed(self._introduced):
            if off >= before:
                continue
            if here - self._sentence_of(off) > 1:
                break
            if best is not None and self._sentence_of(best[0]) >= self._sentence_of(off):
                return None
            if (self._gender_of(name) or sex) == sex:
                return off, name
        return None

    def _note_asked(self, sent):
        """The person a sentence's main verb "asked" ("Tapper asked Nadler if …"), for `_answerer`."""
        root = self.doc[sent.tok_start:sent.tok_end].root
        if root.lemma_.lower() != "ask" or not any(c.dep_ == "nsubj" for c in root.children):
            return
        obj = next((c for c in root.children if c.dep_ in ("dobj", "dative")), None)
        if obj is None or obj.pos_ != "PROPN":
            return
        name = _name_of(_np_tokens(self.doc, obj))[0]
        if obj.ent_type_ == "PERSON" or name in self._surnames():  # ("Nadler" tagged ORG, a Jerry Nadler before)
            self._asked.append((obj.idx, self._canon(name, "person", obj.idx)))

    def _note_introduced(self, sent, starts, ends):
        """People the sentence names with a description in apposition outside its subject
        ("… opposition from Kelli Ward, a doctor who …"), for `_newcomer`."""
        if self._person_ents is None:
            self._person_ents = [e for e in self.doc.ents if e.label_ == "PERSON"]
            self._person_ent_starts = [e.start for e in self._person_ents]
        lo = bisect_left(self._person_ent_starts, sent.tok_start)
        hi = bisect_left(self._person_ent_starts, sent.tok_end)
        for ent in self._person_ents[lo:hi]:
            root = ent.root
            if root.dep_ not in ("pobj", "dobj") or _inside_merged(ent.start_char, starts, ends):
                continue
            if any(c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN" and (
                    c.lemma_.lower() in DESCRIPTION_HEADS or any(d.dep_ == "det" for d in c.children))
                   for c in root.children):
                self._introduced.append((ent.start_char, self._canon(_name_of(list(ent))[0], "person", ent.start_char)))

    def _genders(self) -> dict[str, str]:
        """{name key: 'm' | 'f'} from what the article itself says about each named person:
        an honorific ("Mr.", "Ms."), a gendered title or kin word next to the name
        ("spokeswoman Jane Roe", "his wife, Jane Roe"), or a his/her on the object of the
        verb the person is the subject of ("Roe defended her budget").  Keys are the full
        name and, when one first name goes with it in the article, the bare surname.
        Conflicting evidence leaves a key unknown."""
        if self._gender_cache is not None:
            return self._gender_cache
        doc, votes, firsts = self.doc, {}, {}
        quotes = []
        for b in range(len(self.seg.blocks)):
            quotes += self._quotes_of_block(b)
        starts, ends = _merged(quotes)
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = _gender_words(ent.text)
            if len(words) >= 2:
                firsts.setdefault(words[-1], set()).add(words[0])
            if _inside_merged(ent.start_char, starts, ends):
                continue
            g = set()
            before = [t.lower_.rstrip(".") for t in doc[max(0, ent.start - 3):ent.start]]
            if before and before[-1] in _MALE_HON:
                g.add("m")
            elif before and before[-1] in _FEMALE_HON:
                g.add("f")
            near = before + [t.lower_ for t in doc[ent.end:min(len(doc), ent.end + 4)] if t.dep_ == "appos"]
            g.update("m" for w in near if w in _MALE_WORDS)
            g.update("f" for w in near if w in _FEMALE_WORDS)
            root = ent.root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
                verb = root.head
                for o in verb.children:
                    if o.i < root.i or o.dep_ not in ("dobj", "dative"):
                        continue
                    if o.lower_ in ("himself", "herself"):
                        g.add("m" if o.lower_ == "himself" else "f")
                    for t in o.children:  # "defended her budget"
                        if t.dep_ == "poss" and t.lower_ in ("his", "her") and not _inside_merged(t.idx, starts, ends):
                            g.add("m" if t.lower_ == "his" else "f")
                for c in verb.children:  # "Roe said she would run", "Roe resigned, but he …"
                    if c.i < verb.i or c.dep_ not in ("ccomp", "advcl", "conj"):
                        continue
                    x = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if x is not None and x.lower_ in ("he", "she") and not _inside_merged(x.idx, starts, ends):
                        g.add("m" if x.lower_ == "he" else "f")
            if len(g) == 1 and words:
                votes.setdefault(" ".join(words), set()).update(g)
                votes.setdefault(words[-1], set()).update(g)
        out = {}
        for k, v in votes.items():
            if len(v) != 1:
                continue
            if " " not in k and len(firsts.get(k, ())) > 1:
                continue  # "Trump" with a Donald and a Melania in the article: no telling
            out[k] = next(iter(v))
        self._gender_cache = out
        return out

    def _gender_of(self, name: str | None) -> str | None:
        # (memoised: called for every earlier person each time a "he"/"she" is resolved)
        if name in self._gender_by_name:
            return self._gender_by_name[name]
        g, words = self._genders(), _gender_words(name or "")
        out = (g.get(" ".join(words)) or g.get(words[-1])) if words else None
        if out is None and len(words) >= 2:  # the article does not say: a given name that does
            out = _given_gender(words[0])
        elif out is None and len(words) == 1:  # a bare surname: the given name the article gives it
            out = self._surname_gender(words[0])
        self._gender_by_name[name] = out
        return out

    def _surname_gender(self, surname: str) -> str | None:
        """The gender of the given names the article puts before this surname ("Jake Tapper"
        … "Tapper asked"), when they all agree; None when they differ or say nothing."""
        if self.aliases is None:
            return None
        found = {_given_gender(w[0]) for w in (_gender_words(p) for _, p in self.aliases.people)
                 if len(w) >= 2 and w[-1] == surname}
        return found.pop() if len(found) == 1 else None

    def _resolve_outlet(self, name: str, before: int) -> str:
        low = name.lower()
        generic = low.split()[-1] if low.split() else low
        for off, full in reversed(self.outlets):
            if off >= before:
                continue
            if generic in ("paper", "newspaper", "outlet", "publication", "network") or generic in full.lower():
                if len(full) >= len(name):
                    return full
        return name

    def _canon(self, name: str, kind: str, offset=None) -> str:
        if self.aliases is not None and kind in ("person", "org", "outlet"):
            return self.aliases.canonical(name, offset)
        return name

    # --- finding --------------------------------------------------------------
    def run(self) -> list[Speech]:
        found: list[Speech] = []
        prev_direct: Speech | None = None
        prev_sent = None
        prev_sent_paragraph = -1
        conts: dict[tuple[int, int], Speech] = {}
        self._conts = conts  # quotes given to the previous speaker for want of a cue
        self.used_quotes: set[tuple[int, int]] = set()
        for sent in self.seg.sentences:
            if not sent.usable:
                continue  # captions, sign-up boxes: neither speech nor an interruption
            speeches = self._sentence(sent)
            self._spoke.update(sp.speaker_span[0] for sp in speeches if sp.speaker_span)
            for sp in speeches:  # '“…?” she said.': the quote was taken for a continuation
                if sp.direct and sp.content in conts and not sp.tentative:
                    found.remove(conts.pop(sp.content))
            self._note_subjects(sent, [sp.content for sp in speeches if sp.content])
            if not speeches and prev_direct is not None and sent.role == "body":
                cont = self._continuation(sent, prev_direct)
                if cont:
                    speeches = [cont]
                    conts[cont.content] = cont
            if not speeches and prev_direct is None and sent.role == "body":
                intro = self._introduced_quote(sent, prev_sent)
                if intro:
                    speeches = [intro]
            for sp in speeches:  # (given up when a cue for the quote turns up after all)
                if sp.tentative and sp.content is not None:
                    conts[sp.content] = sp
            if speeches:
                # the speaker goes on in quotes after a quotation or after reported speech
                # ("Smith said the plan was dead. ¶ “We tried everything.”"), or after what a
                # named person believes ("Scott believes the party can change. ¶ “…”")
                last = [s for s in speeches if s.direct and s.speaker_span] or [
                    s for s in speeches if s.speaker_span and s.cue_tok is not None
                    and (s.event or s.speaker_kind == "person")]
                prev_direct = last[-1] if last else None
            elif not any(ch.isalnum() for ch in self.text[sent.start:sent.end]):
                pass  # a stray mark split off as a sentence ('--' before '“…”') is no narration
            elif sent.role != "body" or not (self._in_quote(sent) or self._aside(sent)) or (
                    sent.paragraph != prev_sent_paragraph and not self._opens_in_quote(sent)):
                if not self._bridge(sent, prev_direct):
                    prev_direct = None  # narration between quotes ends the speaker's turn
                # (so does a later paragraph opening with narration: 'The senator was not
                # happy: “…”' is no continuation)
                # (a bracketed aside does not: '“…” (No relation to the senator.) “…”')
            prev_sent, prev_sent_paragraph = sent, sent.paragraph
            for sp in speeches:
                if sp.direct and sp.content:
                    self.used_quotes.add(sp.content)
                elif sp.content:  # quoted fragments of reported speech are used too
                    self.used_quotes.update(q for q in self._block_quotes(sent)
                                            if sp.content[0] <= q[0] and q[1] <= sp.content[1])
            found.extend(speeches)
        found = self._split_fragments(self._run_on_quotes(found))
        found = [self._quoted_as(self._headline_paper(sp)) for sp in found]
        return [sp for sp in found if not self._function_word_speaker(sp) and not self._bracketed_content(sp)]

    def _quoted_as(self, sp: Speech) -> Speech:
        """'The Chronicle quoted Roe as saying …', 'One e-mail quoted her as describing …': the
        one quoted speaks (the participle's subject is no longer the teller's); the teller
        joins the chain."""
        if sp.cue is None or sp.speaker_span is None:
            return sp
        doc = self.doc
        cue = doc[sp.cue_tok] if sp.cue_tok is not None else doc.char_span(sp.cue[0], sp.cue[1])
        if cue is None:
            return sp
        t = cue if sp.cue_tok is not None else cue.root
        while t.dep_ == "conj" and t.tag_ == "VBG" and t.head.tag_ == "VBG":
            t = t.head  # ("… as describing X and adding, “…”")
        if t.lemma_.lower() in ("quote", "cite"):  # (the cue is "quoted" itself)
            t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), t)
        if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ != "as" or t.head.dep_ != "prep":
            return sp
        verb = t.head.head
        if verb.lemma_.lower() not in ("quote", "cite") or verb.i > t.i:
            return sp
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < t.i), None)
        if obj is None or not (obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN" or obj.lower_ in ("him", "her", "them")):
            return sp
        otoks = _np_tokens(doc, obj)
        if otoks[0].idx <= sp.speaker_span[0] < otoks[-1].idx + len(otoks[-1]):
            return sp  # (already the one quoted)
        if len(otoks) == 1 and obj.lower_ in ("him", "her", "them"):
            resolved = self.pronoun_antecedent(obj, otoks[0].idx) or self._resolve_pronoun(
                {"him": "he", "her": "she", "them": "they"}[obj.lower_], otoks[0].idx)
            name, kind = obj.text, ("person" if obj.lower_ != "them" else "group") if resolved else "pronoun"
        else:
            name, resolved, kind, _ = self._make_speaker(otoks, sp.cue[0])
        teller = sp.speaker or sp.speaker_text
        return replace(sp, speaker_span=(otoks[0].idx, otoks[-1].idx + len(otoks[-1])), speaker_text=name,
                       speaker=resolved, speaker_kind=kind, role=None,
                       chain=[teller] + [c for c in sp.chain if c != teller] if teller else list(sp.chain))

    def _headline_paper(self, sp: Speech) -> Speech:
        """A headline's bare paper as speaker ("Prices jump after remarks, report says", "…,
        study finds"): the body credits that paper to its maker soon after ("…, Bloomberg
        reported"): the maker speaks."""
        if sp.speaker_text is None or sp.speaker != sp.speaker_text or sp.cue is None \
                or self.seg.sentences[sp.sentence].role != "headline":
            return sp
        m = _BARE_PAPER.match(sp.speaker_text)
        if m is None:
            return sp
        noun = m.group(1).lower()
        for off, n, maker, kind in self._made:
            if sp.cue[0] < off < sp.cue[0] + 2500 and n == noun:
                return replace(sp, speaker=maker, speaker_kind=kind)
        return sp

    def _bracketed_content(self, sp: Speech) -> bool:
        """Reported content that is a bracketed aside away from its cue ('what the president
        said about her (a full transcript is posted here):') is the writer's note."""
        if sp.direct or sp.content is None or sp.cue is None:
            return False
        text = self.text
        a, b = sp.content
        o = text.rfind("(", max(0, a - 3), a + 1)
        if o < 0 or text[o + 1:a].strip():
            return False
        c = text.find(")", b, b + 3)
        if c < 0 or "(" in text[a:b] or ")" in text[a:b]:
            return False
        return not (o <= sp.cue[0] < c)

    def _bridge(self, sent, prev: Speech | None) -> bool:
        """One sentence of narration about no one, between a quoted speaker's quotation and
        a quote-only sentence of the same paragraph ('“…,” Martin said on his show. The
        breach brought that home. “…?”'): the speaker's turn goes on.  Not when the
        sentence names a person, has a pronoun or a named subject, or a speech verb, and only
        after a quotation with a cue of its own (not one given to a speaker for want of one)."""
        if prev is None or not prev.direct or prev.tentative or prev.continuation or sent.role != "body" \
                or not 0 <= prev.sentence < len(self.seg.sentences) \
                or self.seg.sentences[prev.sentence].block != sent.block \
                or sent.index + 1 >= len(self.seg.sentences):
            return False
        nxt = self.seg.sentences[sent.index + 1]
        if nxt.block != sent.block or not nxt.usable or not self._opens_in_quote(nxt):
            return False
        bq = self._block_quotes(sent)
        if any(a < sent.end and b > sent.start for a, b in bq):
            return False
        if not any(a <= nxt.start + 2 and b >= nxt.end - 3 and (a, b) not in self.used_quotes for a, b in bq):
            return False  # the next sentence is one quotation, not yet anyone's
        for t in self.doc[sent.tok_start:sent.tok_end]:
            if t.ent_type_ in ("PERSON", "NORP") or t.lower_ in _PERSONAL \
                    or (t.dep_ in ("nsubj", "nsubjpass") and (t.ent_type_ or t.pos_ == "PROPN"
                                                              or t.lemma_.lower() in ROLE_NOUNS
                                                              or t.lemma_.lower() in ANONYMOUS)) \
                    or (t.pos_ == "VERB" and t.lemma_.lower() in SPEECH):
                return False
        return True

    def _function_word_speaker(self, sp: Speech) -> bool:
        """A speaker span of function words alone ("n't", "then", "the") is a misparse."""
        if sp.speaker_span is None:
            return False
        span = self.doc.char_span(sp.speaker_span[0], sp.speaker_span[1], alignment_mode="expand")
        if span is None or not len(span):
            return False
        # (a capitalised word the tagger took for an adverb may be a surname: "Neily said")
        return all(t.lower_ in ("'s", "’s") or t.pos_ in _FUNCTION_POS and t.lower_ not in PRONOUNS and t.lower_ not in _QUANTIFIER_SPEAKERS
                   and (not t.text[:1].isupper() or t.lower_ in _LY_WORDS or t.lower_ in _CAPITAL_FUNCTION
                        or (t.is_upper and len(t.text) > 1))  # ("MORE": a link teaser's label)
                   for t in span)

    def _split_fragments(self, found: list[Speech]) -> list[Speech]:
        """Content made of two or more quotations and only a short stretch of narration
        between them ('“For us to cheer Brexit” and to urge more exits “is folly,” he
        said'; 'told him that “this is not over,” and “hate will lose”'): each quotation
        is one direct attribution of the speaker, not one span of reported speech."""
        text, out, changed = self.text, [], False
        for sp in found:
            c = sp.content
            if c is None or sp.speaker_span is None or sp.sentence >= len(self.seg.sentences):
                out.append(sp)
                continue
            sent = self.seg.sentences[sp.sentence]
            qs = [q for q in self._block_quotes(sent) if c[0] <= q[0] and q[1] <= c[1]]
            if len(qs) < 2 or qs[0][0] != c[0] or qs[-1][1] != c[1] \
                    or not all(_joining_glue(text[a[1]:b[0]]) for a, b in zip(qs, qs[1:])) \
                    or any(len(text[q[0]:q[1]].split()) < 3 for q in qs):
                out.append(sp)
                continue
            changed = True
            for k, q in enumerate(qs):
                out.append(replace(sp, content=q, content_head=None, direct=True, chain=list(sp.chain),
                                   main=sp.main if k == 0 else False))
        return out if changed else found

    def _run_on_quotes(self, found: list[Speech]) -> list[Speech]:
        """A quotation running over paragraphs: a paragraph that opens a quote and never
        closes it goes on in the next one ('“We tried everything. ¶ “We are out of
        options,” he said.'), so it is the speaker's of the next paragraph's quote."""
        text, blocks = self.text, self.seg.blocks
        by_start = {}
        for sp in found:
            if sp.direct and sp.content and sp.speaker_span:
                by_start.setdefault(sp.content[0], sp)
        covered = [sp.content for sp in found if sp.content]
        out = list(found)
        for k in range(len(blocks) - 1):
            b, nb = blocks[k], blocks[k + 1]
            body = text[b.start:b.end]
            lead = len(body) - len(body.lstrip())
            if not body.strip() or body.lstrip()[0] not in "“\"" or "”" in body or body.count('"') > 1:
                continue
            if text[b.end:nb.start].strip():
                continue
            nxt = text[nb.start:nb.end]
            if not nxt.lstrip() or nxt.lstrip()[0] not in "“\"":
                continue
            qs = b.start + lead + 1
            qe = b.end
            while qe > qs and text[qe - 1] in " \t\n":
                qe -= 1
            if len(text[qs:qe].split()) < 4 or any(c[0] < qe and qs < c[1] for c in covered):
                continue
            nq = nb.start + (len(nxt) - len(nxt.lstrip())) + 1
            sp = by_start.get(nq)
            if sp is None:
                continue
            sent = next((x for x in self.seg.sentences if x.start <= qs < x.end), None)
            if sent is None or not sent.usable or sent.role != "body":
                continue
            out.append(Speech(sentence=sent.index, cue=sp.cue, cue_tok=sp.cue_tok,
                              speaker_span=sp.speaker_span, speaker_text=sp.speaker_text,
                              speaker=sp.speaker, speaker_kind=sp.speaker_kind, role=sp.role,
                              content=(qs, qe), content_head=None, direct=True, chain=list(sp.chain),
                              outlet=sp.outlet, continuation=True))
        if len(out) > len(found):
            out.sort(key=lambda x: (x.sentence, x.content[0] if x.content else 0))
        return out

    def _video_chrome(self, sent) -> bool:
        """A video player's captions run into the text ('JUST WATCHED Obama: Parts 'I
        really do not like' Replay More Videos ... MUST WATCH …'): titles, not speech."""
        v = self._chrome.get(sent.block)
        if v is None:
            blk = self.seg.blocks[sent.block]
            v = self._chrome[sent.block] = _VIDEO_CHROME.search(self.text, blk.start, blk.end) is not None
        return v

    def _block_quotes(self, sent):
        """The quote spans of the sentence's block (cached per block; callers do not
        mutate the list)."""
        return self._quotes_of_block(sent.block)

    def _quotes_of_block(self, b: int):
        """The quote spans of block b (cached; callers do not mutate the list)."""
        q = self._bq.get(b)
        if q is None:
            blk = self.seg.blocks[b]
            q = self._bq[b] = quote_spans(self.text, blk.start, blk.end)
        return q

    def _opens_in_quote(self, sent) -> bool:
        """The sentence starts inside a quotation (or with its opening mark, maybe after a
        list's dash or bullet: '-- “…”')."""
        bullet = _BULLET.match(self.text, sent.start, sent.end)
        start = bullet.end() if bullet else sent.start
        return any(s <= start + 2 < e for s, e in self._block_quotes(sent))

    def _in_quote(self, sent) -> bool:
        return any(s <= sent.start + 2 and sent.end - 2 <= e or (s < sent.end and e > sent.start)
                   for s, e in self._block_quotes(sent))

    def _aside(self, sent) -> bool:
        """A sentence wholly in brackets: '(No relation to the senator.)'."""
        line = self.text[sent.start:sent.end].strip()
        return len(line) > 2 and line[0] == "(" and line.rstrip(".")[-1:] == ")" and line.count("(") == 1

    def _introduced_quote(self, sent, prev_sent) -> Speech | None:
        """A quotation standing alone as a sentence, with no cue, right after a sentence of
        the same paragraph about a person (its main verb's subject): 'The mayor kept up
        her attack on the council. “They are wasting your money.”' — the person speaks."""
        if prev_sent is None or prev_sent.block != sent.block or prev_sent.index != sent.index - 1 \
                or not prev_sent.usable or prev_sent.role != "body":
            return None
        text, doc = self.text, self.doc
        qs = [q for q in self._block_quotes(sent) if q[0] < sent.end and q[1] > sent.start
              and q not in self.used_quotes]
        if not qs:
            return None
        q = qs[0]
        if q[0] > sent.start + 1 or q[1] < sent.end - 3 or q[0] < sent.start:
            return None  # the whole sentence is the quotation
        if any((prev_sent.start <= a < prev_sent.end or prev_sent.start < b <= prev_sent.end)
               and len(text[a:b].split()) > 3 for a, b in _raw_quotes(text, prev_sent.start, prev_sent.end)):
            return None  # quotes in the sentence before are its own business (not a name: 'On “This Week,” …')
        root = next((t for t in doc[prev_sent.tok_start:prev_sent.tok_end] if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ not in ("VERB", "AUX"):
            return None
        subj = _own_subject(root)
        if subj is None or subj.i > root.i:
            return None
        low = subj.lower_
        person = (subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN") or low in ("he", "she") \
            or (subj.pos_ == "NOUN" and subj.lemma_.lower() in ROLE_NOUNS and subj.tag_ == "NN") \
            or self._named_before(subj)
        if not person:
            return None
        stoks = _np_tokens(doc, subj)
        sspan = _span_of(stoks)
        if _teaser_glue(text, sspan[0], sspan[1]):
            return None
        stext, speaker, skind, role = self._make_speaker(stoks, root.idx)
        return Speech(sentence=sent.index, cue=(root.idx, root.idx + len(root)), cue_tok=root.i,
                      speaker_span=sspan, speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=q, content_head=None,
                      direct=True, continuation=True, tentative=True)

    def _named_before(self, tok) -> bool:
        """A surname alone ('Furman, however, is optimistic.') whose person the article named
        in full before it, whatever entity type the tagger gave it here."""
        if self.aliases is None or tok.pos_ != "PROPN" or not tok.is_title or len(tok) < 3:
            return False
        return any(off < tok.idx and len(name.split()) >= 2 and name.split()[-1] == tok.text
                   for off, name in getattr(self.aliases, "people", ()))

    def _continuation(self, sent, prev: Speech) -> Speech | None:
        """A quotation with no cue of its own, right after a quoted speaker (same or next
        paragraph): the speaker goes on talking."""
        qs = [q for q in self._block_quotes(sent) if q[0] < sent.end and q[1] > sent.start
              and q not in self.used_quotes]
        if not qs:
            return None
        q = qs[0]
        if prev.content and q[0] < prev.content[1] and q[1] > prev.content[0]:
            return None
        if q[0] > sent.start + 3 and 2 * (min(q[1], sent.end) - q[0]) < sent.end - sent.start:
            return None  # a short quote inside narration ("the party’s “Franz Josef,” the …")
        if 0 <= prev.sentence < len(self.seg.sentences) and self.seg.sentences[prev.sentence].block != sent.block \
                and not self._opens_in_quote(sent) and len(_LATIN_WORD.findall(self.text[sent.start:q[0]])) >= 3:
            return None  # a new paragraph opening with narration ('The company followed with a
            # message expressing its “…”') is someone else's
        if prev.direct and 0 <= prev.sentence < len(self.seg.sentences) \
                and self.seg.sentences[prev.sentence].block != sent.block:
            # ('“…,” agreed Professor Early.' in a new paragraph: a cue of its own, unread,
            # right after the quotation — someone else speaks)
            bq, blk = self._block_quotes(sent), self.seg.blocks[sent.block]
            first = min((a for a, _ in bq), default=q[0])
            if any(blk.start <= self.doc[i].idx < blk.end and self.doc[i].idx > first and self.doc[i].pos_ == "VERB"
                   and self.doc[i].lemma_.lower() in SPEECH and not _inside(self.doc[i].idx, bq)
                   and any(abs(self.doc[i].idx - b) <= 6 for _, b in bq)
                   for i in self._cue_idx):
                return None
        if not prev.direct:
            blk = self.seg.blocks[sent.block]
            # (the previous speaker's own cue, and cues inside what they said, are theirs:
            # "Graves says he has no idea why … “I don’t know the answer to that.”")
            own = [prev.content] if prev.content else []
            # (a cue in a later sentence of the paragraph that introduces a quotation of its
            # own does not count: 'Roe slammed the deal. “…” She added, “…”'; one after the
            # quotation's end does: '“… I was uptown. When I got there, …,” she told …')
            bq = self._block_quotes(sent)
            # (the verb the cue hangs from is the speaker's too: "Roe continued to slam the deal")
            mine = {prev.cue_tok} if prev.cue_tok is None else {prev.cue_tok, self.doc[prev.cue_tok].head.i}
            for x in self.seg.sentences[sent.index + 1:]:
                if x.block != sent.block:
                    break
                if x.start < q[1]:
                    continue
                a = min((a for a, _ in bq if x.start + 1 < a < x.end), default=None)
                if a is not None and not any(x.start < b < a for _, b in bq):
                    own.append((x.start, a))
            # (cues before the previous speaker's sentence are earlier speakers', not this
            # quote's: 'Roe said the deal was dead. Its cost, Lee said, was too high. “…”')
            lo = max(blk.start, self.seg.sentences[prev.sentence].start) \
                if 0 <= prev.sentence < len(self.seg.sentences) else blk.start
            if any(lo <= self.doc[i].idx < blk.end and self.doc[i].pos_ == "VERB"
                   and i not in mine and not _inside(self.doc[i].idx, own)
                   and self.doc[i].lemma_.lower() in SPEECH and not _inside(self.doc[i].idx, bq)
                   for i in self._cue_idx):
                return None  # the quote has a cue of its own in its paragraph (one we could not read)
        return Speech(sentence=sent.index, cue=prev.cue, cue_tok=prev.cue_tok,
                      speaker_span=prev.speaker_span, speaker_text=prev.speaker_text,
                      speaker=prev.speaker, speaker_kind=prev.speaker_kind, role=prev.role,
                      content=q, content_head=None, direct=True, chain=list(prev.chain),
                      outlet=prev.outlet, continuation=True)

    def _make_speaker(self, toks, cue_offset):
        name, role, kind = _name_of(toks)
        if kind == "org" and len(toks) == 1:
            kind = self._subject_kind(toks[0], toks, name, kind)  # ("Pelosi said", tagged ORG)
        src = document_source(toks) if kind in ("org", "group") or kind == "outlet" and not toks[-1].is_title else None
        if src is not None:
            # "according to reporting by The Washington Post": the Post speaks
            stoks = _possessor_tokens(src) if src.dep_ == "poss" else _np_tokens(self.doc, src)
            sname, _, skind = _name_of(stoks)
            if skind == "group" and src.is_title and src.tag_ == "NNS":
                skind = "person" if sname in self._surnames() else "org"  # ("Meadows' letter")
            if skind in ("outlet", "org", "person"):
                maker = self._resolve_named(sname, skind, stoks[0].idx, cue_offset)
                self._made.append((cue_offset, _document_noun(toks), maker, skind))
                return name, maker, skind, role
        resolved = name
        if kind == "pronoun":
            resolved = self.pronoun_antecedent(toks[0], cue_offset)
            rk = None
            if resolved is not None:
                for _, n, k in reversed(self.history):
                    if n == resolved:
                        rk = k
                        break
                if rk is None:  # (a subject of this sentence, not in the history yet)
                    rk = _PRONOUN_KINDS.get(name.lower(), ("pronoun",))[0]
            return name, resolved, rk or "pronoun", role
        if _PARTY_EPITHET.match(name):
            # "the New York Democrat wrote": a party member the story has already named: the
            # latest introduced with that place ("Delaware Democratic Sen. Chris Coons"), else
            # the latest person it made the subject of a sentence (as for "he", without a gender)
            resolved = self._placed_person(name.split()[1:-1], cue_offset) \
                or self._resolve_pronoun("they", cue_offset, want=("person",))
            if resolved is not None:
                return name, self._canon(resolved, "person", toks[0].idx), "person", role
        if kind != "person" and self._share(toks):
            poll = self._pollster(toks, cue_offset)
            if poll is not None:  # "In a CNN poll, 38 percent of voters said …": CNN
                return name, poll[0], poll[1], role
        member = counted_members(_phrase_head(toks)) if kind == "group" else None
        if member is not None:  # "Two Democratic senators, Jo Roe of Ohio and Al Doe …, declared …"
            mtoks = _np_tokens(self.doc, member)
            mname, _, mkind = _name_of(mtoks)
            if mkind == "person":
                return name, self._canon(mname, "person", mtoks[0].idx), "person", role
        whole = self._elided_group(toks)
        if whole is not None:  # "At least 17 senators agreed …, although only two have called …"
            return name, whole, "group", role
        made = self._maker_of(name, cue_offset)
        if made is not None:  # "Bloomberg reported … ¶ … the report said": Bloomberg
            return name, made[0], made[1], role
        if _ISSUED_TEXT.match(name):
            # "“…,” the statement said": whoever the story last had speaking
            last = next(((n, k) for off, n, k in reversed(self.history)
                         if off < cue_offset and off in self._spoke and k in ("person", "org")), None)
            if last is not None:
                return name, self._canon(last[0], last[1], toks[0].idx), last[1], role
        if kind != "person" and self.aliases is not None:
            described = self.aliases.describe(name, toks[0].idx)
            if described is not None:  # "the state's top cop" → the person named as such
                return name, described, "person", role
        if kind in ("outlet", "person", "org"):
            resolved = self._resolve_named(name, kind, toks[0].idx, cue_offset)
            if kind == "outlet":
                self.outlets.append((toks[0].idx, resolved))
            if kind in ("outlet", "org") and _REPORTED.match(self.text, cue_offset) \
                    and any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in toks):
                self._made.append((cue_offset, "report", resolved, kind))  # ("…, Bloomberg reported")
        return name, resolved, kind, role

    def _elided_group(self, toks) -> str | None:
        """The group a bare count or quantifier speaker is part of, named as the plural subject
        before it in its sentence ("Centrists warn that …, and some have even said …", "At least
        17 GOP senators have agreed …, although only two have called …"): that group."""
        words = [t for t in toks if t.lower_ not in ("only", "just", "at", "least", "nearly", "about", "almost")]
        if len(words) != 1 or words[0].lower_ not in _BARE_PARTS or words[0].pos_ not in ("NUM", "PRON", "DET", "ADJ", "NOUN"):
            return None
        doc = self.doc
        sent = self.seg.sentences[self._sentence_of(toks[0].idx)]
        for t in reversed(doc[sent.tok_start:toks[0].i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and t.lower_ not in _BARE_PARTS \
                    and t.head.dep_ in ("ROOT", "conj") and (_agentive(t) or _antecedent(t)) \
                    and t.lemma_.lower() not in _ANTECEDENT_DOCUMENTS:
                group = [x for x in _np_tokens(doc, t) if x.pos_ != "NUM" and x.lower_ not in ("at", "least", "the", "all")]
                if group:
                    return self.text[group[0].idx:group[-1].idx + len(group[-1])]
        return None

    def _share(self, toks) -> bool:
        """The speaker is a share of those polled ("Sixty-two percent", "only 38 percent of
        voters", "nearly six in 10")."""
        text = self.text
        first, last = toks[0].idx, toks[-1].idx + len(toks[-1])
        name = text[first:last]
        m = _SHARE.match(name)
        if m is None:
            m = _SHARE.match(name + text[last:last + 12]) if _SHARE_REST.match(text, last) else None
            return m is not None and m.end() > len(name)
        return True

    def _pollster(self, toks, before: int) -> tuple[str, str] | None:
        """(maker, kind) of the poll a share of respondents speaks for: a poll or survey with a
        named maker earlier in the speaker's sentence ("In a CNN poll released Tuesday, …",
        "A Gallup survey found that …"), else the latest poll, survey or report credited to a
        named body in the paragraph ("Pew reported that 70 percent … . Sixty-two percent said …")."""
        doc = self.doc
        sent = self.seg.sentences[self._sentence_of(toks[0].idx)]
        for t in doc[sent.tok_start:toks[0].i]:
            if t.lemma_.lower() in _POLL_NOUNS and t.pos_ in ("NOUN", "PROPN"):
                src = document_source(_np_tokens(doc, t))
                if src is None:
                    continue
                stoks = _possessor_tokens(src) if src.dep_ == "poss" else _np_tokens(doc, src)
                if len(stoks) == 1 and stoks[0].lower_ in _POLL_KINDS:
                    continue  # ("Exit polls showed …": a kind of poll, capitalised, no maker)
                sname, _, skind = _name_of(stoks)
                if skind in ("outlet", "org", "person"):
                    return self._resolve_named(sname, skind, stoks[0].idx, before), skind
        for off, noun, maker, kind in reversed(self._made):
            if off >= before or before - off > 800:
                continue
            if noun in _POLL_NOUNS and self.seg.sentences[self._sentence_of(off)].paragraph == sent.paragraph:
                return maker, kind
            break
        return None

    def _maker_of(self, name: str, before: int) -> tuple[str, str] | None:
        """(maker, kind) of a definite document speaker the story has already credited to
        someone ("a report in the Times said …" or "the Times reported …", then "the report
        said …"): the latest such maker of that kind of paper in the last few paragraphs."""
        m = _THE_DOCUMENT.match(name.strip("\u200b\ufeff "))
        if m is None:
            return None
        noun = m.group(1).lower()
        for off, n, maker, kind in reversed(self._made):
            if off < before and before - off < 3000 and n == noun:
                return maker, kind
        return None

    def _resolve_named(self, name: str, kind: str, start: int, cue_offset: int) -> str:
        """The name an outlet (the one the story cites there), organisation or person (its
        canonical form) speaks as."""
        if kind == "outlet":
            return self._resolve_outlet(name, cue_offset)
        return self._canon(name, kind, start)

    def _sentence(self, sent) -> list[Speech]:
        doc, text = self.doc, self.text
        if self._video_chrome(sent):
            return []
        quotes = [q for q in self._block_quotes(sent) if q[0] < sent.end and q[1] > sent.start]
        out: list[Speech] = []
        if sent.is_headline:
            h = self._headline(sent)
            if h:
                return [h]
        sig = self._tweet_signature(sent) or self._dash_signature(sent, quotes) or self._signoff_paragraph(sent)
        if sig is not None:
            return [sig]
        raw = _raw_quotes(text, sent.start, sent.end)
        # a quotation opened in an earlier sentence of the paragraph (split at '. . .' or
        # after the opening mark) and closed in this one: '…,” the statement read.'
        raw += [q for q in quotes if q[0] <= sent.start + 1 < q[1] and q not in raw]
        # … and one opened here that runs on past a split ('a card that read: “Merry Christmas! Get …”')
        raw += [q for q in quotes if sent.start + 1 < q[0] < sent.end < q[1] and q not in raw]
        prevq = self._previous_quote(sent)
        if prevq is not None:
            quotes = [prevq] + quotes
            raw = [prevq] + raw
        cards = link_cards(doc, sent)
        for i in self._in_sent(self._cue_idx, sent):  # only tokens whose lemma can be a cue
            t = doc[i]
            lemma = t.lemma_.lower()
            given_clause = None  # a cue's clause found by a rule of its own
            if lemma == "make":
                given_clause = _made_clear(t)
                if given_clause is None:
                    continue  # only "made (it) clear that …"
            finding = False
            # "pushed back on the idea that …", "took aim at Romney": the topic is the content
            prep_topic = _prep_speech_object(t) if lemma in _PREP_SPEECH and t.pos_ == "VERB" else None
            if lemma in STANCE_ADJ:
                if t.pos_ != "ADJ" or t.dep_ not in ("acomp", "oprd") or not any(c.dep_ == "ccomp" for c in t.children):
                    continue  # only "X remain hopeful that …", with a clause
            elif t.pos_ == "NOUN" and _misread_cue(t, raw) is not None:
                pass  # "“…,” the lawsuit states.": the cue tagged as a plural noun
            elif t.pos_ == "NOUN" and (plural := _plural_subject_cue(t)) is not None:
                given_clause = plural  # "…, the Journal's Jo Doe and Al Roe report.": the cue tagged as a noun
            elif (lemma in SPEECH_NOUNS or lemma in _STANCE_NOUNS or lemma in _EXPRESSED_NOUNS) and t.pos_ == "NOUN":
                if not _inside(t.idx, quotes) and not any(cs < t.idx < ce for cs, ce, _ in cards):
                    sp = self._noun_cue(t, sent, quotes)  # (not a word of a link card: '… MORE')
                    if sp is not None:
                        out.append(sp)
                continue
            elif t.pos_ == "VERB" and lemma in FINDING_VERBS and lemma not in SPEECH:
                # "The survey found that …", "The records show …": a study-like subject;
                # "Bail and his colleagues found that …": anyone's finding, with 'that'
                study = any(c.dep_ == "nsubj" and c.lemma_.lower() in _FINDING_SUBJECTS for c in t.children) \
                    or (t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in _FINDING_SUBJECTS and any(
                        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in t.children)
                        and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children))
                # ("a report last year that found …": the relative clause of a study-like noun)
                if not study and not (lemma in ("find", "indicate") and _that_clause(t) is not None and any(
                        c.dep_ == "nsubj" and c.lower_ not in _FIRST_SECOND and c.lower_ not in _WH for c in t.children)):
                    continue
                finding = "study" if study else True
            elif t.pos_ == "VERB" and lemma in _RULING_VERBS:
                # "the court ruled (that) the ban …", "the justices held that …": a court's
                # holding is reported like a finding (no statement event), only with a clause
                if not _court_subject(t) or not any(
                        c.dep_ == "ccomp" and c.i > t.i and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
                        for c in t.children):
                    continue
                finding = True
            elif prep_topic is not None:
                pass  # "took aim at Romney": a speech told with a preposition and its topic
            elif t.pos_ not in ("VERB", "AUX") or (lemma not in SPEECH and lemma != "put" and given_clause is None):
                continue
            as_clause = (t.dep_ == "advcl" and t.head.i != t.i or t.dep_ == "ROOT") and any(
                c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i for c in t.children)
            # (a ROOT: "As Roe put it to the Gazette:" ¶ the passage)
            if lemma == "put" and not (as_clause and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)
                                       and not any(c.dep_ in ("prep", "prt", "advmod") and c.i > t.i and not _has_context(c)
                                                   and not _put_it_setting(c) for c in t.children)):
                continue  # only "as X put it (in an interview)", not "as X put it on the table"
            if any(c.dep_ == "aux" and c.lower_ in _MODALS and not _inside(c.idx, quotes) for c in t.children) \
                    and not (t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in t.children)
                             and _MODAL_PERFECT_QUOTE.match(text, t.idx + len(t))):
                continue  # "the administration can request a re-hearing": not (yet) said
                # (but "X may have said it best: “…”" quotes what was said)
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") and c.i < t.i and not _inside(c.idx, quotes)
                   for c in t.children) and not _inside(t.idx, quotes):
                continue  # "if they find that a witness lied, …": a condition, not a report
            if lemma in ("assume", "suppose") and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "prep") \
                    and not any(c.dep_ in ("nsubj", "aux") for c in t.children):
                continue  # "…, assuming she wins": a condition
            if lemma in ("call", "describe") and t.tag_ in ("VBD", "VBN") and any(
                    c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and not any(
                        doc[k].pos_ in ("NOUN", "PROPN", "PRON") for k in range(t.i + 1, c.i))
                    for c in t.children) and not any(
                    c.dep_ in ("dobj", "dative") or (c.dep_ in ("ccomp", "xcomp", "prep", "prt") and c.i > t.i
                                                      and not (c.dep_ == "prep" and c.lower_ in ("in", "at", "during", "after")))
                    for c in t.children):  # (not "the act, which he called archaic")
                continue  # "Prince Andrew called uncooperative in probe": a headline's passive
            if lemma in _MORE_EVALUATIVE and (t.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                                              or not any(c.dep_ == "dobj" and c.i > t.i for c in t.children)):
                continue  # "sought to use the memo to bash the FBI": an aim, not (yet) said; and
                # "the members Trump has excoriated on impeachment": the target is elsewhere
            if lemma in _AS_QUOTE_CUES and not _as_quote(t):
                continue  # "attacked Roe as a “con artist”", not "attacked the base"
            if lemma == "celebrate" and _as_phrase(t) is None:
                continue  # "celebrated the trip as a “home run”", not "celebrated the win"
            if lemma == "reject" and _that_clause(t) is None and _as_phrase(t) is None and _rejected_claim(t) is None:
                continue  # a denial only with 'that': "reject that they are a minority"
                # (or of a claim: "rejected claims that the army fired first")
            if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                continue  # "pointed out (that) …", not "pointed to"
            if _inside(t.idx, quotes):
                continue
            if any(a.lemma_.lower() in ("imagine", "suppose", "pretend") and a.tag_ in ("VB", "VBP")
                   and a.left_edge.i == a.i and not any(c.dep_ in ("nsubj", "aux") for c in a.children)
                   for a in t.ancestors):
                continue  # "Imagine the president had begun by saying: …": nobody did
            if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in _NON_AGENT_HEADS \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue  # "there is no reason to believe that …": nobody says so
            card = None
            if cards:
                if any(cs < t.idx < ce for cs, ce, _ in cards):
                    continue  # a word of a link card ("… Obama warns against … MORE")
                card = next((c for c in cards if c[1] <= t.idx and _AFTER_CARD.match(text[c[1]:t.idx])), None)
            if lemma == "add" and any(c.dep_ in ("dobj",) for c in t.children) and not any(c.dep_ == "ccomp" for c in t.children):
                continue
            if t.dep_ == "pcomp" and t.head.lower_ in ("from", "of", "without", "against"):
                continue  # "prohibiting officers from asking …" is not speech
            if any((c.dep_ == "neg" or c.lower_ in NEGATION_CLITICS or c.lower_ in ("not", "never")) and not _inside(c.idx, quotes)
                   and not contrast_tail(t, c) for c in t.children) \
                    and lemma not in COGNITION:
                continue  # "did not say how many …" reports no content ("doesn't think X" does)
            if lemma in _COURT_ACTS and _court_subject(t) and not finding:
                continue  # "The Supreme Court denied a request …" is a ruling, not speech
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in OBJECT_SPEECH and t.head.pos_ == "VERB" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue  # "instructed tracers to ask …", "vowed to tell …": the outer cue's content
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in _UNREALISED and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                continue  # "was checking to confirm …", "plans to announce …": not (yet) said
            acl = _acl_cue(t)
            quote_acl = _quote_acl_cue(t, raw, text) if acl is None else None
            told_by = _passive_teller(t) if acl is None and quote_acl is None else None
            if acl is None and quote_acl is None and told_by is None \
                    and (t.tag_ == "VBN" or (t.tag_ == "VBD" and t.dep_ == "advcl" and t.left_edge.i == t.i)) \
                    and (any(c.dep_ == "auxpass" for c in t.children)
                         or not any(c.dep_ in ("aux", "nsubj") for c in t.children)):
                continue  # passive / participle: "was asked", "Asked if …," has no speaker here
            quote_only = lemma in QUOTE_CUES and lemma not in OBJECT_SPEECH and not (
                # "Without a quorum, he continued, the House will decide": a parenthetical cue
                lemma == "continue" and t.dep_ == "parataxis" and t.i + 1 < len(doc) and doc[t.i + 1].text == ","
                and min([t.i] + [c.i for c in t.lefts if not c.is_punct]) > 0
                and doc[min([t.i] + [c.i for c in t.lefts if not c.is_punct]) - 1].text == ",")
            clause = None if quote_only else (acl[1] if acl is not None else given_clause or _content_clause(t))
            if clause is None and prep_topic is not None:
                clause = prep_topic
            else:
                prep_topic = None  # (a cue of its own sort: "argued that …")
            if lemma == "point" and clause is None:
                obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
                if obj is not None:
                    clause = (obj, obj.left_edge.i, obj.right_edge.i + 1)  # "pointed out the risks"
            if as_clause and clause is None and lemma not in COGNITION and lemma not in QUOTE_CUES and not any(
                    c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in ("it", "so")
                    and not (c.dep_ == "dobj" and lemma in _ADDRESSEE_OBJ)  # "as X told Vox, …"
                    for c in t.children):
                # "as Smith put it, …", "…, as Jones notes in the Week": the main clause
                h = t.head
                a0, a1 = t.left_edge.i, t.right_edge.i + 1
                lo_, hi_ = h.left_edge.i, h.right_edge.i + 1
                left, right = (lo_, a0), (a1, hi_)
                part = left if left[1] - left[0] > right[1] - right[0] else right
                if part[1] - part[0] >= 3:
                    clause = (h, part[0], part[1])
            if any(c.lower_ in ("what", "whatever") and c.i < t.i and c.dep_ in ("dobj", "dep") for c in t.children) \
                    and lemma not in OBJECT_SPEECH and lemma not in _AS_CUES and (clause is None or not any(
                        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause[0].children)):
                continue  # "What Experts Say May Depend on …": a free relative names no content
            if sent.is_headline and clause is None and lemma in SPEECH and lemma not in WEAK_HEAD_SPEECH \
                    and lemma not in WEAK_SPEECH \
                    and lemma not in EVALUATIVE and lemma not in OBJECT_SPEECH and t.tag_ in ("VBZ", "VBD", "VBP") \
                    and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children):
                # "Trump Says He Will Veto Border Bill": a title-case headline the parser
                # leaves without a clause; the rest of the line is what was said
                end = sent.tok_end
                while end > t.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                    end -= 1
                if end - t.i - 1 >= 2:
                    clause = (doc[t.i + 1], t.i + 1, end)
                elif end == t.i + 1:
                    # "Feds close to filing charges against Rep. Jo Doe, officials say": the
                    # words before the comma ahead of the closing speaker and cue
                    sj = next(c for c in t.children if c.dep_ == "nsubj" and c.i < t.i)
                    k = sj.left_edge.i - 1
                    if k - sent.tok_start >= 3 and doc[k].text == "," and all(x.i >= sj.left_edge.i for x in sj.subtree):
                        clause = (doc[sent.tok_start], sent.tok_start, k)
            if sent.is_headline and lemma in EVALUATIVE and (clause is None or clause[0].dep_ != "ccomp"):
                continue  # "Judge praises effort": a headline's verb, not a report of speech
            if finding == "study" and lemma in ("find", "show", "reveal") and (clause is None or clause[0].dep_ != "ccomp"):
                # "A study … found no overall rise in infections": the finding is the object
                obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
                if obj is not None:
                    clause = (obj, obj.left_edge.i, obj.right_edge.i + 1)
            believe = lemma in COGNITION or bool(finding)
            tag_quote = None
            if believe and (clause is None or not (_finite_clause(t, clause[0], wh=bool(finding) or lemma == "wonder")
                                                   or (finding == "study" and clause[0].dep_ == "dobj"))):
                if not finding and lemma in SPEECH:
                    tag_quote = self._quote_voiced_before(t, clause, raw)  # '“…,” worries Taibbi'
                if tag_quote is None:
                    continue  # "thinks about", "expects to", "found him guilty": no reported clause
            if lemma in _CLAUSE_CUES and (clause is None or not _finite_clause(t, clause[0])):
                continue  # "assessed that …", not "voices assessing race relations”"
            near_quote = None if (quote_only or believe) else self._near_quote(t, quotes, sent)
            if tag_quote is not None:
                near_quote = tag_quote
            subj = _subject(t) if acl is None else acl[0]
            if told_by is not None:
                subj = told_by  # "Roe was warned by aides that …": the aides speak
            if tag_quote is not None and subj is None:
                subj = _inverted_subject(t)
            if quote_acl is not None:
                subj, near_quote = quote_acl
            if t.pos_ == "NOUN":
                subj = _subject(t) if given_clause is not None else _misread_cue(t, raw)
            if subj is not None and _inside(subj.idx, raw):
                # "“Panic,” says Democratic consultant Chris Lapetina": the quote is no subject
                subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i > t.i
                             and not _inside(c.idx, raw)), None)
                if subj is None and (t.dep_ == "conj" and t.head.i < t.i or t.dep_ == "parataxis"):
                    # '“…,” tweeted one such critic, Jo Doe': the cue hung on the quote's
                    # verb, its inverted subject read as an object (also '“Ford,” reported
                    # Time magazine, “shares …”': the cue an aside of the quotation's verb)
                    subj = _inverted_subject(t)
            if clause is None and near_quote is None and subj is not None and not believe:
                near_quote = self._adjacent_quote(t, subj, raw)  # short or inverted quotes
            if clause is None and near_quote is None and not believe and text[sent.start:sent.end].rstrip().endswith(":") \
                    and (t.i >= sent.tok_end - 6 or (subj is not None and t.dep_ == "ROOT" and not any(
                        k > t.i and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in SPEECH
                        for k in self._in_sent(self._cue_idx, sent)))):
                # "In a statement, the mayor said:" ¶ “…”; "In his op-ed, he wrote about his
                # experience with immigration and the push FWD.us would incorporate:" ¶ “…”
                near_quote = self._next_block_quote(sent)
                if near_quote is None and subj is not None and sent.end - t.idx <= 70 \
                        and (t.dep_ == "ROOT" or as_clause) and lemma not in COGNITION:
                    near_quote = self._next_block_passage(sent)
            if clause is None and near_quote is None:
                if lemma in WEAK_SPEECH or (card is None and (
                        cards or _MORE.search(text, sent.start, sent.end) or not _speech_setting(t))):
                    continue  # (a link card's name takes the quotation right before it, below;
                    # another cue in a sentence holding link cards may be a teaser's)
            if subj is None and t.dep_ in ("relcl",) and t.head.pos_ in ("NOUN", "PROPN"):
                subj = t.head
            if subj is None and t.i - 1 > sent.tok_start:
                prev = doc[t.i - 1]  # "…, Saxenian says, …" with the name mis-tagged (amod)
                if prev.head.i == t.i and prev.dep_ in ("amod", "compound", "npadvmod", "dep", "nmod") \
                        and prev.is_alpha and prev.text[:1].isupper() and (prev.ent_type_ or prev.pos_ == "PROPN" or prev.tag_ == "JJ") \
                        and doc[t.i - 2].is_punct:
                    subj = prev
            name_ly = False
            if subj is None and t.i - 1 >= sent.tok_start and t.i >= 1:
                # "Neily said", "“…,” Daly says": a surname in -ly tagged as an adverb
                prev = doc[t.i - 1]
                if prev.head.i == t.i and prev.dep_ == "advmod" and prev.is_title \
                        and prev.lower_.endswith("ly") and len(prev) > 3 and prev.lower_ not in _LY_WORDS \
                        and (t.i - 1 == sent.tok_start or doc[t.i - 2].is_punct or doc[t.i - 2].is_space) \
                        and (near_quote is not None or clause is not None):
                    subj, name_ly = prev, True
            if subj is not None and not name_ly and subj.pos_ in ("PART", "ADV", "AUX", "VERB", "PUNCT", "CCONJ", "SCONJ", "ADP") and subj.ent_type_ == "" \
                    and not (subj.dep_ == "nsubj" and subj.tag_ == "VBG" and subj.is_title and subj.i + 1 == t.i
                             and subj.i > sent.tok_start and doc[subj.i - 1].is_punct) \
                    and not (subj.dep_ == "nsubj" and subj.is_upper and subj.is_alpha and len(subj) >= 2):
                subj = None  # a parse slip ("they don’t declare": "n’t" is nobody)
                # (but '“…,” Kaeding writes': a name in -ing the tagger took for a participle;
                # '“…,” PETA said': an acronym the tagger took for a verb)
            if subj is not None and card is None and cards:
                # "Clinton Hillary Diane Rodham Clinton… NYT MORE, who derided …": a subject
                # inside a link card is the name before the card
                card = next((c for c in cards if c[0] <= subj.idx < c[1]), None)
            if subj is None and (clause is not None or near_quote is not None) and card is None:
                subj = _swallowed_subject(t, sent, quotes)
            elif subj is None and clause is None and near_quote is None and card is None and raw:
                # '“…,” former leader of the UK Independence Party Nigel Farage, now a Fox
                # News contributor, said on …': the cue hung on the quote, its subject lost
                sw = _swallowed_subject(t, sent, quotes)
                q = max((q for q in raw if sw is not None and q[1] <= sw.idx), key=lambda q: q[1], default=None)
                if q is not None:
                    gap = text[q[1]:sw.idx]
                    if len(gap) <= 120 and _QUOTE_TO_NAME_GAP.match(gap) \
                            and not any(ch in "“”\"\n;:" for ch in gap.lstrip(",.?!”\"’ ")):
                        subj, near_quote = sw, q
            if card is not None:
                subj = card[2][-1]  # "Name Full NameTeaser… MORE (R-Maine) said": the name before the card
                ns = card[2][0].idx
                adj = next((q for q in raw if q[1] <= ns and len(text[q[1]:ns]) <= 5
                            and all(ch in " \t,.?!”\"’'" for ch in text[q[1]:ns])), None)
                if adj is not None:
                    near_quote, clause = adj, None  # '“…,” Name Card… MORE said'
                elif clause is None and near_quote is None:
                    continue
            if subj is None:
                continue
            if prep_topic is not None and not _agentive(subj):
                continue  # "the bill takes aim at sanctuary cities": no one speaks
            if lemma in _FORECAST and (clause is None or clause[0].dep_ != "ccomp") and (
                    not _agentive(subj) or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
                continue  # a forecast as object is someone's ("experts predicted a slump"), not a
                # model's ("models predicting the effects of …") nor "it is hard to predict …"
            if as_clause and subj.lower_ in ("i", "we", "you"):
                continue  # "as I have noted": the writer
            if as_clause and subj.lower_ == "they" and lemma == "say" and t.tag_ == "VBP" \
                    and not any(c.dep_ not in ("nsubj", "mark", "punct") for c in t.children):
                continue  # "The rest, as they say, is history": an idiom, nobody's words
            if _inside(subj.idx, quotes):
                continue
            if lemma in COGNITION and subj.lower_ in _FIRST_SECOND:
                continue  # "I think …" outside quotes is the writer's own view
            clause_has_subject = clause is not None and (
                any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause[0].children)
                or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause[0].children))
            # ("a lawsuit charging that the firm lied": a 'that' clause is what was charged)
            charged_that = lemma == "charge" and clause is not None and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause[0].children)
            if (lemma in WEAK_SPEECH or clause is None or lemma == "call") and subj.pos_ == "NOUN" \
                    and not (clause_has_subject and (lemma not in ("call", "describe", "charge") or charged_that)) \
                    and subj.lemma_.lower() not in ANONYMOUS and subj.lemma_.lower() not in ROLE_NOUNS \
                    and not (subj.lemma_.lower() in _KIN_NOUNS and t.tag_ in ("VBD", "VBZ", "VBP")
                             and any(c.dep_ == "poss" for c in subj.children)) \
                    and not (subj.lemma_.lower() in _INSTITUTION_NOUNS and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in subj.children)) \
                    and subj.ent_type_ == "" \
                    and subj.tag_ != "NNS" and not any(c.ent_type_ in ("ORG", "PERSON") for c in subj.children) \
                    and not (near_quote is not None and subj.lemma_.lower() in _DOCUMENT_NOUNS) \
                    and not (near_quote is not None and lemma not in ("call", "describe", "charge") and (
                        near_quote[1] <= t.idx < subj.idx  # '“…,” yelled a protester'
                        or (subj.i < t.i and _CUE_TO_QUOTE_GAP.match(text[t.idx + len(t):near_quote[0]]))
                        or (near_quote[1] <= _word_edge(subj).idx < t.idx  # '“…!” the group posted'
                            and subj.head.i == t.i and subj.dep_ in ("nsubj", "compound")
                            and _QUOTE_GAP.match(text[near_quote[1]:_word_edge(subj).idx]))
                    )) \
                    and not is_outlet(_np_tokens(doc, subj)):
                continue  # ("the newspaper called Obama the “more likable …”" is the paper's)
            stoks = card[2] if card is not None else _np_tokens(doc, subj)
            if card is None and stoks[0].i <= t.i < stoks[-1].i:
                stoks = [x for x in stoks if x.i > t.i]  # '…,” tweeted Corker': not the cue
            sspan = _span_of(stoks)
            if card is None and (_teaser_glue(text, sspan[0], sspan[1]) or _teaser_glue(text, max(sent.start, t.idx - 30), t.idx)):
                continue  # link-teaser junk run into the sentence
            stext, speaker, skind, role = self._make_speaker(stoks, t.idx)
            if card is None and skind not in ("person", "pronoun", "outlet") and subj.tag_ in ("NN", "NNP") \
                    and not any(c.dep_ == "nummod" for c in subj.children):
                # "Ford’s attorney, Debra Katz, told …", "The group, Jo Doe Action, said …": the
                # apposition names the speaker
                ap = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                           and c.ent_type_ in ("PERSON", "ORG") and c.pos_ == "PROPN"), None)
                if ap is not None:
                    atoks = [x for x in doc[ap.left_edge.i:ap.i + 1] if x.ent_type_ == ap.ent_type_ or x.pos_ == "PROPN"]
                    aname, _, akind = _name_of(atoks or [ap])
                    if akind == "person" or akind == "org" and ap.ent_type_ == "ORG" and subj.pos_ == "NOUN":
                        speaker, skind, role = self._canon(aname, akind, ap.idx), akind, stext
            if card is None and subj.pos_ == "NOUN" and sspan[1] <= subj.idx + len(subj) and not _inside(t.idx, quotes):
                # "Another pro-Trump group, Great America Alliance, used …": the speaker's words
                # run on through the name in apposition
                ap = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN"
                           and c.ent_type_ in ("PERSON", "ORG") and c.right_edge.i < t.i
                           and c.right_edge.i - subj.i <= 8), None)
                if ap is not None and all(x.pos_ in ("PROPN", "PUNCT", "DET") or x.i >= ap.left_edge.i
                                          for x in doc[subj.i + 1:ap.left_edge.i]):
                    end = ap.right_edge.i + 1
                    if not any(x.pos_ in ("VERB", "AUX") for x in doc[ap.i:end]):
                        sspan = (sspan[0], doc[end - 1].idx + len(doc[end - 1]))
            if role is None:
                for c in subj.children:
                    if c.dep_ == "appos":
                        role = text[c.left_edge.idx: c.right_edge.idx + len(c.right_edge)].strip(" ,")[:80] or None
                        break
            # cue span: the verb plus particles / "in a statement" is not needed
            cue = (t.idx, t.idx + len(t))
            if t.pos_ == "ADJ" and t.head.i < t.i:
                cue = (t.head.idx, t.idx + len(t))  # "remain hopeful"
            if prep_topic is not None and prep_topic[0].head.i > t.i:
                p_ = prep_topic[0].head
                cue = (t.idx, p_.idx + len(p_))  # "pushed back on"
            chain: list[str] = []
            outlet = None
            # "X told the paper", "X told CNN", "the source who spoke to The Chronicle"
            for c in list(t.children) + [x for x in subj.subtree if x.lemma_ in ("speak", "talk")]:
                target = None
                if c.dep_ in ("dobj", "dative") and lemma == "tell":
                    target = c
                elif c.lemma_ in ("speak", "talk"):
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                            target = next((g for g in p.children if g.dep_ == "pobj"), None)
                if target is not None:
                    ttoks = _np_tokens(doc, target)
                    if is_outlet(ttoks):
                        oname = self._resolve_outlet(text[ttoks[0].idx: ttoks[-1].idx + len(ttoks[-1])], t.idx)
                        chain = [stext, oname]
                        outlet = oname
            if skind == "outlet":
                outlet = speaker
            content, content_head, direct = None, None, False
            ccontent = _trim(doc, clause[1], clause[2]) if clause is not None else None
            if ccontent is not None and near_quote is not None and ccontent[0] <= sspan[0] < ccontent[1] \
                    and near_quote[1] <= t.idx:
                ccontent = None  # a 'clause' holding the speaker is a misparse: the quote is the content
            if near_quote is not None and ccontent is not None and not (
                    near_quote[0] < ccontent[1] and near_quote[1] > ccontent[0]):
                near_quote = None  # 'said her staff …, but added that “…”': the clause is hers
            head_q = self._split_head(sent, raw, min(t.idx, sspan[0]), max(t.idx + len(t), sspan[1])) \
                if ccontent is not None and ccontent[0] <= t.idx < ccontent[1] else None
            if head_q is not None:
                # '“Ford,” reported Time, “shares the fears …”' parsed as one clause around its
                # own cue: the quotation's first part (the second joins it below)
                ccontent, near_quote = None, head_q
            if near_quote is not None and ccontent is not None:
                # the quote is (part of) the clause: direct when it is most of it
                covered = sum(max(0, min(e, ccontent[1]) - max(s, ccontent[0])) for s, e in quotes)
                pieces = [q for q in quotes if ccontent[0] <= q[0] < ccontent[1] and not _title_quote(text, q)] \
                    if not ccontent[0] <= t.idx < ccontent[1] else []  # '“A,” says X, “B.”' stays two quotes
                if covered >= 0.7 * (ccontent[1] - ccontent[0]) and len(pieces) < 2:
                    content, direct = near_quote, True
                else:  # reported speech, or quoted fragments joined by the reporter's words
                    # (up to the end of a fragment that runs on past the sentence)
                    content, content_head = (ccontent[0], max([ccontent[1]] + [q[1] for q in pieces])), clause[0].i
            elif near_quote is not None:
                content, direct = near_quote, True
            elif ccontent is not None:
                content, content_head = ccontent, clause[0].i
                # “…,” she said, “…”: the clause is itself the first quotation
                for qs_, qe_ in quotes:
                    if min(qe_, ccontent[1]) - max(qs_, ccontent[0]) >= 0.7 * (ccontent[1] - ccontent[0]):
                        content, content_head, direct = (qs_, qe_), None, True
                        break
            if content is None:
                content = _trim(doc, sent.tok_start, sent.tok_end)
            out.append(Speech(sentence=sent.index, cue=cue, cue_tok=t.i, speaker_span=sspan,
                              speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                              content=content, content_head=content_head, direct=direct,
                              chain=chain, outlet=outlet, event=not believe))
            if speaker and skind in ("person", "org", "group", "outlet"):
                self.history.append((sspan[0], speaker, skind))
            # further quotes in the same sentence go to the same cue ("… ,” adding “…”)
        out = self._dedupe(out)
        # "Spencer said he had concluded that …", "Roe said she is confident that …": a
        # belief or stance inside what someone says is part of the reported content, not a
        # second attribution
        out = [sp for sp in out if not (
            sp.cue_tok is not None and doc[sp.cue_tok].lemma_.lower() in _BELIEF_CUES and any(
                o is not sp and o.event and o.cue_tok is not None and not o.direct and o.content
                and o.content[0] <= sp.cue[0] < o.content[1] for o in out))]
        out += self._according(sent, quotes)
        colon = self._colon_quote(sent, quotes, out)
        if colon is not None:
            out.append(colon)
        self._misread_verb_quote(sent, raw, out)
        self._said_first(sent, out)
        if prevq is not None and self._back_cue is not None and not _overlaps_content(prevq, out):
            self._back_quote(sent, prevq, out)
        self._in_words_quote(sent, out)
        self._nest(out, sent)
        self._citing(out, sent)
        if raw and out:
            # '“Without her,” warned Douthat, “the deluge.”': the quote resumed after the cue
            for sp in list(out):
                if not sp.direct or not sp.cue or not sp.content or sp.content[1] > sp.cue[0]:
                    continue
                after = max(sp.cue[1], sp.speaker_span[1] if sp.speaker_span else 0)
                q = next((q for q in raw if q[0] >= after), None)
                gap = text[after:q[0]] if q is not None else ""
                if q is not None and len(gap) <= 4 and "," in gap and any(ch in "“\"" for ch in gap) \
                        and q not in quotes and not any(x.content == q for x in out):
                    quotes = quotes + [q]
            # '“Ford,” reported Time magazine, “shares …”': a split quotation's one-word first
            # part, before the cue whose content is the part after it
            for sp in list(out):
                if not sp.direct or not sp.cue or not sp.content or sp.content[0] < sp.cue[1] or not sp.speaker_span:
                    continue
                q = self._split_head(sent, raw, min(sp.cue[0], sp.speaker_span[0]), max(sp.cue[1], sp.speaker_span[1]))
                if q is not None and q not in quotes and not any(x.content == q for x in out):
                    quotes = quotes + [q]
        if quotes and out:
            used = {s.content for s in out}
            for q in quotes:
                if _title_quote(text, q):
                    continue  # 'speaking on “Fox & Friends,”': a name, not speech
                host = next((s for s in out if s.direct and s.content and s.content[0] <= q[0] < s.content[1] < q[1]), None)
                if host is not None and q[1] > sent.end and "\n" not in text[sent.end:q[1]] and q not in used:
                    # ('according to the complaint, “X was famous . . . [and] related to …”': a
                    # quotation the sentence split cut at an ellipsis goes on in the same
                    # attribution, not in a second one)
                    host.content = (host.content[0], q[1])
                    continue
                held = q in self.used_quotes and not (q in self._conts and any(
                    s.direct and s.speaker_span and q[1] <= s.speaker_span[0] and s.cue and s.speaker_span[0] < s.cue[0]
                    and _QUOTE_GAP.match(text[q[1]:s.speaker_span[0]].rstrip() or ",")
                    and any(ch in ",?!" for ch in text[q[1]:s.speaker_span[0]]) for s in out))
                # ('“… If they do the practical stuff,” he adds, “…”': a quotation opened in an
                # earlier sentence, given to the previous speaker for want of a cue, is this cue's)
                if q not in used and not held and not any(s.content and s.content[0] <= q[0] and q[1] <= s.content[1] for s in out):
                    # attach to the nearest cue
                    best = min(out, key=lambda s: abs((s.cue or (0, 0))[0] - q[0]))
                    if best.cue and not best.continuation:
                        out.append(Speech(sentence=sent.index, cue=best.cue, cue_tok=best.cue_tok,
                                          speaker_span=best.speaker_span, speaker_text=best.speaker_text,
                                          speaker=best.speaker, speaker_kind=best.speaker_kind,
                                          role=best.role, content=q, content_head=None, direct=True,
                                          chain=list(best.chain), outlet=best.outlet, main=False,
                                          tentative=q[1] > sent.end + 1))
                        # (a quotation running on past this sentence, given to a cue before it
                        # for want of one, gives way to its own cue in the next sentence:
                        # '… back and forth.""I have a …,” the governor said')
        return out

    def _split_head(self, sent, raw, lo: int, hi: int):
        """The first part of a quotation split by its cue and speaker (text[lo:hi]): a quote
        opening the sentence and closing with a comma right before them, the quotation going
        on after them in lower case ('“Ford,” reported Time magazine, “shares the fears …”');
        else None."""
        text = self.text
        qa = next((q for q in raw if q[1] <= lo and not text[q[1]:lo].strip(" ,”\"’")
                   and "," in text[q[1]:lo]), None)
        if qa is None or text[sent.start:qa[0]].strip(" “\"\n"):
            return None
        qb = next((q for q in raw if q[0] >= hi), None)
        if qb is None or text[hi:qb[0]].strip(" ,“\"") or "," not in text[hi:qb[0]] \
                or not any(ch in "“\"" for ch in text[hi:qb[0]]):
            return None
        first = text[qb[0]:qb[0] + 2]
        if not (first[:1].islower() or first in ("I ", "I’", "I'")):
            return None
        return qa

    def _in_words_quote(self, sent, out) -> None:
        """'in the president's words, “…”', 'In her words: “…”': the possessor says it."""
        text, doc = self.text, self.doc
        for m in _IN_WORDS.finditer(text, sent.start, sent.end):
            q = next((q for q in self._block_quotes(sent) if 0 <= q[0] - m.end() <= 1), None)
            if q is None or q in self.used_quotes or len(text[q[0]:q[1]].split()) < 3 \
                    or _overlaps_content(q, out):
                continue
            ps, pe = m.span(1)
            toks = [t for t in doc[sent.tok_start:sent.tok_end] if ps <= t.idx < pe and not t.is_punct
                    and t.lower_ not in ("'s", "’s", "the")]
            if not toks:
                continue
            stext, speaker, skind, role = self._make_speaker(toks, toks[0].idx)
            sspan = _span_of(toks)
            out.append(Speech(sentence=sent.index, cue=m.span(2), cue_tok=None, speaker_span=sspan,
                              speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                              content=q, content_head=None, direct=True))

    def _quote_by(self, sent, stoks, at: int, cue: tuple[int, int], cue_tok, content) -> Speech:
        """The direct quotation `content`, said by the speaker the tokens `stoks` name (`at`:
        where the cue is, for resolving them); a named speaker is remembered for later pronouns."""
        stext, speaker, skind, role = self._make_speaker(stoks, at)
        sspan = _span_of(stoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        return Speech(sentence=sent.index, cue=cue, cue_tok=cue_tok, speaker_span=sspan,
                      speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                      content=content, content_head=None, direct=True)

    def _back_quote(self, sent, q, out) -> None:
        """'“…” ¶ That’s what Jo Doe told reporters.': the cue of a sentence pointing back
        at the quotation before it, with its own subject, says it."""
        cue = self._back_cue
        subj = _own_subject(cue) or _inverted_subject(cue)
        if subj is None or subj.lower_ in _FIRST_SECOND or subj.i < sent.tok_start:
            return
        out.append(self._quote_by(sent, _np_tokens(self.doc, subj), cue.idx, (cue.idx, cue.idx + len(cue)), cue.i, q))

    def _said_first(self, sent, out) -> None:
        """'Said Corker: “…”', 'Said the president, “…”', 'Added a State Department source:
        “…”': a sentence opening with the cue,
        its speaker and a quotation (the tagger often reads 'Said' as a name or the
        speaker as its object)."""
        doc, text = self.doc, self.text
        m = _SAID_FIRST.match(text, sent.start, sent.end)
        if m is None:
            return
        bq = self._block_quotes(sent)
        q = next((q for q in bq if q[0] >= m.end() - 1), None)
        if q is None or q[0] > m.end() or q in self.used_quotes or _overlaps_content(q, out) \
                or len(text[q[0]:q[1]].split()) < 3:
            return
        said = next((t for t in doc[sent.tok_start:sent.tok_end] if t.idx == m.start()), None)
        stoks = [t for t in doc[sent.tok_start:sent.tok_end] if m.start(1) <= t.idx < m.end(1)]
        if said is None or not stoks:
            return
        cut = next((k for k, t in enumerate(stoks) if t.text in (",", "(") or t.lower_ in _WH), len(stoks))
        stoks = stoks[:cut]  # 'Said Jo Doe, now an analyst: “…”': the name before the apposition
        if not stoks or stoks[0].pos_ in ("VERB", "AUX") or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in stoks) \
                or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.lemma_.lower() in ROLE_NOUNS
                           or t.lemma_.lower() in ANONYMOUS for t in stoks):
            return  # not 'Said another way: …'
        stext, speaker, skind, role = self._make_speaker(stoks, said.idx)
        first = said.text + " "
        if speaker and speaker.startswith(first):
            speaker = speaker[len(first):]  # the tagger's person 'Said Corker', 'Added Corker'
        sspan = _span_of(stoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        out.append(Speech(sentence=sent.index, cue=(said.idx, said.idx + len(said)), cue_tok=said.i, speaker_span=sspan,
                          speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                          content=q, content_head=None, direct=True))

    def _misread_verb_quote(self, sent, raw, out) -> None:
        """A speech verb the tagger took for a noun, yet with a subject of its own, right
        before a quotation: '…, with spokesman Josh Earnest saying, “…”', 'The rules
        state: “…”'.  The subject says the quotation."""
        doc, text, bq = self.doc, self.text, self._block_quotes(sent)
        for t in doc[sent.tok_start:sent.tok_end]:
            if t.pos_ != "NOUN" or t.lower_ not in _MISREAD_VERB_FORMS or _inside(t.idx, bq):
                continue
            subj = next((c for c in t.lefts if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
            if subj is None or subj.lower_ in _FIRST_SECOND:
                continue
            after = t.idx + len(t)
            q = next((q for q in bq if q[0] >= after), None)
            if q is None or not _CUE_QUOTE_OPEN.fullmatch(text[after:q[0]]) \
                    or q in self.used_quotes or _overlaps_content(q, out) \
                    or len(text[q[0]:q[1]].split()) < 3:
                continue
            toks = _np_tokens(doc, subj)
            if not toks or _inside(toks[0].idx, bq):
                continue
            out.append(self._quote_by(sent, toks, t.idx, (t.idx, after), t.i, q))

    @staticmethod
    def _dedupe(out: list[Speech]) -> list[Speech]:
        keep: list[Speech] = []
        for sp in out:
            twin = next((k for k in keep if k.content == sp.content), None)
            if twin is None:
                keep.append(sp)
                continue
            dist = lambda x: min(abs(x.cue[0] - x.content[1]), abs(x.cue[0] - x.content[0])) if x.cue and x.content else 10 ** 9
            if _belief_inside_saying(sp, twin):
                continue  # 'Roe said he felt he could “make a difference”': Roe's saying
            if _belief_inside_saying(twin, sp) or dist(sp) < dist(twin):
                keep[keep.index(twin)] = sp
        return keep

    def _colon_quote(self, sent, quotes, out) -> Speech | None:
        """'He followed up: “…”', 'a card that read: “…”': a quotation right after a
        colon that closes a short clause of subject and verb (any verb) is that
        subject's, when no cue took it."""
        doc, text = self.doc, self.text
        cands = list(quotes)
        if not out and text[sent.start:sent.end].rstrip().endswith(":"):
            nq = self._next_block_quote(sent)  # 'Obama added in his closing remarks:' ¶ “…”
            if nq is not None and nq not in self.used_quotes:
                cands.append(nq)
        for q in cands:
            if _overlaps_content(q, out):
                continue
            if sent.start < q[0] < sent.end:
                c = q[0] - 1
                while c > sent.start and text[c] in " \t“\"":
                    c -= 1
                if text[c] != ":" or q[0] - c > 4:
                    continue
            elif q[0] >= sent.end and not quotes:
                c = sent.start + len(text[sent.start:sent.end].rstrip()) - 1  # the paragraph's last colon
            else:
                continue
            pre = [t for t in doc[sent.tok_start:sent.tok_end] if t.idx < c]
            while pre and (pre[-1].dep_ in ("prt", "advmod") or pre[-1].is_space):
                pre.pop()
            if not pre:
                continue
            verb = pre[-1]
            subj = None
            tentative = False
            if verb.pos_ != "VERB" or verb.lemma_.lower() in ("be", "have") or verb.tag_ == "VBN" \
                    or _inside(verb.idx, quotes) or any(x.dep_ in ("dobj", "ccomp", "neg") and not (
                        x.dep_ == "dobj" and x.lower_ in ("what", "whatever") and x.i < verb.i
                        and verb.lemma_.lower() in SPEECH)  # "Here is what the governor said:" ¶ “…”
                        for x in verb.children):
                # 'Sen. Roe put the pledge in perspective: “…”', 'Roe shouted into the
                # crowd: “…”': the main verb of a clause about a person, whatever its object
                # (the top verb of the words before the colon: the parser often hangs
                # that clause on the quotation's verb)
                # ('One Republican was blunt: “…”': a copula with an adjective of manner too)
                verb = next((t for t in pre if (t.pos_ == "VERB" or (t.lemma_ == "be" and any(
                    x.dep_ == "acomp" and x.idx < c for x in t.children))) and (t.head.i == t.i or t.head.idx >= c)), None)
                tentative = True
                copula = verb is not None and verb.lemma_ == "be"
                if verb is None or not (copula or (verb.pos_ == "VERB" and verb.lemma_.lower() != "have")) \
                        or verb.tag_ == "VBN" or _inside(verb.idx, quotes) \
                        or any(x.dep_ == "neg" or x.lower_ in _MODALS or (x.dep_ == "ccomp" and x.idx < c)
                               for x in verb.children):
                    continue
                subj = _own_subject(verb)
                if subj is None or not ((subj.ent_type_ in ("PERSON", "ORG") and subj.pos_ == "PROPN")
                                        or subj.lower_ in ("he", "she")
                                        # ('Trump celebrated the verdict with a tweet: “…”': a name
                                        # the tagger missed here but reads as a person elsewhere)
                                        or (subj.pos_ == "PROPN" and subj.ent_type_ == "" and subj.is_title
                                            and subj.text in self._person_words())
                                        or (subj.lemma_.lower() in ROLE_NOUNS and subj.pos_ in ("NOUN", "PROPN"))):
                    continue
            if subj is None:
                subj = _own_subject(verb)
            if subj is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                subj = verb.head  # 'a card that read: “…”'
            if subj is None or subj.i > verb.i or subj.i < sent.tok_start or _inside(subj.idx, quotes):
                continue
            stoks = _np_tokens(doc, subj)
            sspan = _span_of(stoks)
            if _teaser_glue(text, sspan[0], sspan[1]):
                continue
            stext, speaker, skind, role = self._make_speaker(stoks, verb.idx)
            if speaker and skind in ("person", "org", "group", "outlet"):
                self.history.append((sspan[0], speaker, skind))
            return Speech(sentence=sent.index, cue=(verb.idx, verb.idx + len(verb)), cue_tok=verb.i,
                          speaker_span=sspan, speaker_text=stext, speaker=speaker,
                          speaker_kind=skind, role=role, content=q, content_head=None,
                          direct=True, outlet=speaker if skind == "outlet" else None, tentative=tentative)
        return None

    def _person_words(self) -> set[str]:
        """The last words of the doc's tagged multi-word person names ("Trump" of "Donald
        Trump"; not a lone word the tagger called a person), read off the tagger, unlike
        _surnames, which reads the alias table."""
        if self._person_word_cache is None:
            doc = self.doc
            self._person_word_cache = {t.text for t in doc if t.ent_type_ == "PERSON" and t.ent_iob_ == "I"
                                       and t.is_title and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ != "I"}
        return self._person_word_cache

    def _tweet_signature(self, sent) -> Speech | None:
        """An embedded tweet: its text, then '— Name (@handle) Month D, YYYY' in the same
        paragraph; the content is the paragraph's text before the dash."""
        text = self.text
        line = text[sent.start:sent.end]
        if "(@" not in line:
            return None
        m = _TWEET_SIG.search(line)
        if m is None:
            return None
        blk = self.seg.blocks[sent.block]
        dash = sent.start + m.start(1)
        cs, ce = blk.start, dash
        while cs < ce and text[cs] in " \t\n\"“":
            cs += 1
        while ce > cs and text[ce - 1] in " \t\n":
            ce -= 1
        if len(text[cs:ce].split()) < 3:
            return None
        ns, ne = sent.start + m.start(2), sent.start + m.end(2)
        ntoks = [t for t in self.doc[sent.tok_start:sent.tok_end] if ns <= t.idx < ne]
        if not ntoks:
            return None
        stext, speaker, skind, role = self._make_speaker(ntoks, dash)
        if skind == "pronoun":
            return None
        sspan = _span_of(ntoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        return Speech(sentence=sent.index, cue=(dash, dash + len(m.group(1))), cue_tok=None,
                      speaker_span=sspan, speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=(cs, ce), content_head=None,
                      direct=True)

    def _dash_signature(self, sent, quotes) -> Speech | None:
        """A pull quote signed after a dash: '“We are not going to stop.” — Jane Doe, state
        senator' (the quotation closes right before the dash; the name follows it)."""
        text = self.text
        line = text[sent.start:sent.end]
        if "—" not in line and "–" not in line and "--" not in line:
            return None
        m = _DASH_SIG.search(line)
        if m is None:
            return None
        dash = sent.start + m.start(1)
        blk = self.seg.blocks[sent.block]
        q = next((q for q in self._block_quotes(sent) if not text[blk.start:q[0]].strip(" \t\n“\"")
                  and 0 <= dash - q[1] <= 4 and not text[q[1]:dash].strip(" \t\n.!?”\"’'")), None)
        if q is None:
            return None
        ns, ne = sent.start + m.start(2), sent.start + m.end(2)
        ntoks = [t for t in self.doc[sent.tok_start:sent.tok_end] if ns <= t.idx < ne]
        if not ntoks or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in ntoks):
            return None
        stext, speaker, skind, role = self._make_speaker(ntoks, dash)
        if m.group(3):
            role = m.group(3).strip(" ,") or role
        sspan = _span_of(ntoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        return Speech(sentence=sent.index, cue=(dash, dash + len(m.group(1))), cue_tok=None,
                      speaker_span=sspan, speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=q, content_head=None, direct=True)

    def _signoff_paragraph(self, sent) -> Speech | None:
        """An epigraph: a paragraph that is one quotation, then a paragraph of its own
        signing it after a dash ('“We will not stop.” ¶ -- Sen. Jo Doe in a floor speech,
        May 2.', '¶ — Jo Doe on “Meet the Press.”'): the quotation is the name's."""
        text = self.text
        k = sent.block
        if k <= 0 or sent.role != "body":
            return None
        blk, prev = self.seg.blocks[k], self.seg.blocks[k - 1]
        lead = text[blk.start:sent.start].strip()
        if lead and lead not in ("—", "–", "--", "―"):
            return None
        m = _SIGNOFF.match(text, sent.start if not lead else blk.start, sent.end)
        if m is None or blk.end - blk.start > 200 or text[prev.end:blk.start].strip():
            return None
        body = text[prev.start:prev.end].strip()
        if not body or body[0] not in "“\"" or body[-1] not in "”\"":
            return None
        q = next((q for q in self._quotes_of_block(k - 1)
                  if not text[prev.start:q[0]].strip(" \t\n“\"") and not text[q[1]:prev.end].strip(" \t\n.!?,”\"")), None)
        if q is None or len(text[q[0]:q[1]].split()) < 4:
            return None
        ns = m.end()
        ntoks = []
        for t in self.doc[sent.tok_start:sent.tok_end]:
            if t.idx < ns:
                continue
            if not (t.is_title or t.is_upper or t.pos_ == "PROPN") or t.is_punct or len(ntoks) >= 6:
                break
            ntoks.append(t)
        if not ntoks or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in ntoks):
            return None
        dash = sent.start + (len(text[sent.start:ns]) - len(text[sent.start:ns].lstrip()))
        return self._quote_by(sent, ntoks, dash, (m.start(1), m.end(1)), None, q)

    def _previous_quote(self, sent):
        """'“… here?” she said.' split after the question mark: the quotation that ends
        right before a sentence opening with its cue ('she said', 'said Smith').  A sentence
        pointing back ('So says X', 'That’s what X said') may take the quotation closing the
        paragraph before; its cue is kept in self._back_cue (else None) for _back_quote."""
        doc = self.doc
        self._back_cue = None
        if sent.role != "body":
            return None
        # ('Virginia Sen. Mark Warner asked Sunday …'; 'Stephen L. Miller, host of the “Versus
        # Media Podcast” on Patreon, tweeted …', 'Jo Doe, now at Duke, told …': a name and its
        # appositive, then the cue)
        hi = min(sent.tok_end, sent.tok_start + 30)
        cues = self._cue_idx
        k = bisect_left(cues, sent.tok_start)
        if k == len(cues) or cues[k] >= hi:
            return None  # no token among the first words can be the cue
        words = [t for t in doc[sent.tok_start:hi] if not (t.is_punct or t.is_space)]
        if not words:
            return None
        # ('“…” ¶ That’s what Jo Doe told reporters.': the copula of the cleft does not count)
        what_said = len(words) > 3 and words[0].lower_ in ("that", "this") \
            and (words[1].lemma_ == "be" or words[1].lower_ in ("’s", "'s")) and words[2].lower_ == "what"
        cue = next((t for t in words[:10 if what_said else 7]
                    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH), None)
        # ('McCain, who suffered torture himself, asked.': the verbs of a relative clause on
        # the name do not count)
        in_rel = lambda t: any(a.dep_ == "relcl" and a.i > words[0].i for a in [t, *t.ancestors])
        if cue is None:
            cue = next((t for t in words if t.pos_ in ("VERB", "AUX") and not in_rel(t)), None)
            if cue is None or cue.lemma_.lower() not in SPEECH or doc[cue.i - 1].text != "," or not any(
                    c.dep_ == "nsubj" and c.left_edge.i == words[0].i and c.pos_ == "PROPN"
                    and any(a.dep_ in ("appos", "prep", "relcl") for a in c.children) for c in cue.children):
                return None
        if cue is None or any(t.pos_ in ("VERB", "AUX") and not in_rel(t) and not (what_said and t.i == words[1].i)
                              and t.dep_ != "amod"  # ('a sitting Cabinet secretary asked', 'a leading …')
                              for t in words if t.i < cue.i):
            return None
        inverted = cue.i + 1 < sent.tok_end and doc[cue.i + 1].pos_ == "PROPN"  # ',” said Gilmore, who …'
        if not (inverted or any(c.dep_ == "nsubj" for c in cue.children)) or any(
                c.dep_ == "ccomp" and c.left_edge.i > cue.i + 1 for c in cue.children):
            return None
        # '“…” ¶ So says Jo Doe, who …': the inverted 'so says X' points back at the
        # quotation closing the paragraph before
        points_back = len(words) > 1 and words[0].lower_ in _SO_WORDS and words[0].head.i == cue.i \
            and words[1].i == cue.i
        points_back = points_back or (what_said and cue.i > words[2].i and any(c.dep_ == "nsubj" for c in cue.children))
        self._back_cue = cue if points_back else None
        blockq = self._block_quotes(sent)
        if points_back and sent.block > 0 and not any(q[1] <= sent.start for q in blockq):
            blockq = self._quotes_of_block(sent.block - 1)
        for q in reversed(blockq):
            if q[1] <= sent.start:
                gap = self.text[q[1]:sent.start]
                # (or title words cut off the name by a wrong split: '…,” retired Maj. | Gen. Jo Doe …')
                # ('In December he proposed “…”. In May, he called that “…”': a full stop after
                # the closing mark ended the quotation's own sentence; no cue after it is its)
                if (len(gap) <= 6 and all(ch in " \t,.?!”\"’'…" for ch in gap) and not _CLOSED_QUOTE_GAP.search(gap)
                        or points_back and len(gap) <= 8 and gap.count("\n") <= 2 and all(ch in " \t\n,.?!”\"’'…" for ch in gap)
                        or len(gap) <= 40 and _SPLIT_TITLE_GAP.match(gap)) and (
                        q not in self.used_quotes or q in self._conts):
                    return q
                return None
        return None

    def _next_block_passage(self, sent):
        """The next paragraph as a passage quoted without quotation marks (a block quotation
        whose indent was lost: "Michael Grunwald reported for Time:" ¶ "Vice President Biden
        told me …"; "As Roe put it to the Gazette:" ¶ "Every rally …"): a body paragraph of a
        sentence or more, right after a cue's paragraph that the colon closes."""
        if sent.block + 1 >= len(self.seg.blocks) or sent.is_headline:
            return None
        blk = self.seg.blocks[sent.block + 1]
        if self.text[sent.end:blk.start].strip() or blk.role != "body":
            return None
        if self.text[sent.start:sent.end] != self.text[sent.start:self.seg.blocks[sent.block].end].rstrip():
            return None  # the colon must close the paragraph
        passage = self.text[blk.start:blk.end].strip()
        if len(passage.split()) < 8 or passage[:1] in "“\"‘'" or not passage[:1].isupper() \
                or _BULLET.match(self.text, blk.start, blk.end):
            return None  # (a quotation of its own or a list: other rules)
        return (blk.start, blk.end)

    def _next_block_quote(self, sent):
        """The quotation that opens the next paragraph (a cue ending its paragraph with a
        colon introduces it)."""
        if sent.block + 1 >= len(self.seg.blocks):
            return None
        blk = self.seg.blocks[sent.block + 1]
        if self.text[sent.end:blk.start].strip():
            return None
        if self.text[sent.start:sent.end] != self.text[sent.start:self.seg.blocks[sent.block].end].rstrip():
            return None  # the colon must close the paragraph
        qs = self._quotes_of_block(sent.block + 1)
        bullet = _BULLET.match(self.text, blk.start, blk.end)  # '… saying:' ¶ '-- “…”' ¶ '-- “…”'
        if qs and qs[0][0] - blk.start <= 2 + (bullet.end() - blk.start if bullet else 0):
            # '… by making two points:' ¶ '“For the millions …,” she said, “…”': a quotation
            # with a cue of its own right after it is that cue's
            qe = qs[0][1]
            if self._cue_offs is None:
                self._cue_offs = [self.doc[i].idx for i in self._cue_idx]
            k = bisect_left(self._cue_offs, qe)
            for i in self._cue_idx[k:k + 3]:
                t = self.doc[i]
                if t.idx > qe + 40 or _inside(t.idx, qs):
                    break
                if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH and _QUOTE_TO_NAME_GAP.match(self.text[qe:t.idx + 1]) is not None:
                    return None
            return qs[0]
        return None

    def _quote_voiced_before(self, t, clause, raw):
        """'“Nothing … will be believed,” worries Taibbi': a finite verb with nothing after it
        (but maybe its inverted name, parsed as the object) voices the quotation of three
        words or more closing right before it; else None."""
        if clause is not None and clause[2] > t.i or t.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.i > t.i and c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "advcl", "dative", "advmod")
                and not (c.dep_ == "dobj" and c.i == t.i + 1 and c.pos_ == "PROPN"
                         and not any(x.dep_ == "nsubj" for x in t.children))
                for c in t.children):
            return None
        tq = self._adjacent_quote(t, _subject(t) or _inverted_subject(t), raw)
        if tq is not None and tq[1] <= t.idx and len(self.text[tq[0]:tq[1]].split()) >= 3:
            return tq
        return None

    def _adjacent_quote(self, t, subj, raw):
        """A quotation right against the cue and its subject: '“…,” she continued',
        '“Panic,” says X', 'He followed up: “…”', 'a card that read: “…”'."""
        doc, text = self.doc, self.text
        left = t.i
        if subj is not None and subj.i < t.i and subj.head.i == t.i:
            left = min(left, subj.left_edge.i)
            if t.pos_ == "NOUN":  # '“…,” the email read.' with the cue read as a noun: its determiner
                left = min([left] + [c.left_edge.i for c in t.lefts
                                     if c.dep_ in ("det", "amod", "poss", "compound", "nummod")])
        right = t.i
        for c in t.children:
            if c.i > t.i and (c.dep_ == "prt" or (subj is not None and c.i == subj.i and c.dep_ == "nsubj")):
                right = max(right, c.right_edge.i)
        lo, hi = doc[left].idx, doc[right].idx + len(doc[right])
        for qs, qe in raw:
            if qe <= lo:
                gap = text[qe:lo]
                if len(gap) <= 5 and all(ch in " \t,.?!”\"’'—–-" for ch in gap) \
                        or len(gap) <= 40 and _SPLIT_TITLE_GAP.match(gap):
                    return qs, qe
            elif qs >= hi:
                gap = text[hi:qs]
                if len(gap) <= 4 and all(ch in " \t,:“\"—–-" for ch in gap) and any(ch in ":,“\"" for ch in gap) \
                        and (any(ch in ":," for ch in gap) or len(text[qs:qe].split()) >= 3):
                    return qs, qe  # (not a scare-quoted object: 'economists who emphasize “fairness”')
        return None

    def _stance_on_topic(self, t, light, poss, sent, quotes) -> Speech | None:
        """'raised concerns about …': the stance noun t voiced by the light verb, with its
        topic, is the content; the subject of the verb (poss) holds it."""
        doc = self.doc
        topic = [c for c in light.children if c.dep_ == "prep" and c.i > t.i and c.lower_ in _TOPIC_PREPS]
        content = _trim(doc, t.left_edge.i, max([t.right_edge.i] + [c.right_edge.i for c in topic]) + 1)
        if content is None or _MORE.search(self.text, content[0], content[1] + 8):
            return None  # (a link teaser's headline: '… lawmakers express concerns about … MORE')
        stoks = _possessor_tokens(poss)
        if _inside(stoks[0].idx, quotes) or _inside(t.idx, quotes):
            return None
        stext, speaker, skind, role = self._make_speaker(stoks, t.idx)
        covered = sum(max(0, min(e, content[1]) - max(s, content[0])) for s, e in quotes)
        return Speech(sentence=sent.index, cue=(light.idx, t.idx + len(t)), cue_tok=t.i,
                      speaker_span=_span_of(stoks), speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=content, content_head=t.i,
                      direct=covered >= 0.7 * (content[1] - content[0]), event=False)

    def _noun_cue(self, t, sent, quotes) -> Speech | None:
        """'critics' claims that …', 'Cruz's contention that …': the possessor holds the
        claim; the content is its 'that' clause.  Also a light verb's object ('expressed
        hope that …', 'raised concerns about …'), held by the verb's subject."""
        doc = self.doc
        poss = next((c for c in t.children if c.dep_ == "poss" and (c.pos_ in ("PROPN", "NOUN") or (
            c.pos_ == "PRON" and c.lower_ in ("his", "her", "their")))), None)
        light = None
        if poss is None:
            # "expressed hope that …", "raised concerns that …", "made the case that …":
            # the subject of the verb holds what the noun carries
            v = t.head
            if t.dep_ != "dobj" or v.pos_ != "VERB" or v.lemma_.lower() not in _LIGHT_SPEECH_VERBS:
                return None
            if any(c.dep_ == "neg" for c in v.children):
                return None
            poss = _subject(v)
            if poss is None or poss.lower_ in _FIRST_SECOND or poss.lower_ in _WH or poss.pos_ not in ("PROPN", "NOUN", "PRON"):
                return None
            light = v
        elif t.lemma_.lower() not in SPEECH_NOUNS:
            # "expressed his hope that …", "repeated his assessment that …": a stance noun
            # with the holder's own pronoun, voiced by a light verb, is the verb's subject's
            v = t.head
            if not (poss.pos_ == "PRON" and t.dep_ == "dobj" and v.pos_ == "VERB"
                    and v.lemma_.lower() in _LIGHT_SPEECH_VERBS and v.lemma_.lower() not in SPEECH
                    and not any(c.dep_ == "neg" for c in v.children)):
                return None  # ("reiterated her view that …" is the verb's own report)
            poss = _subject(v)
            if poss is None or poss.lower_ in _FIRST_SECOND or poss.lower_ in _WH or poss.pos_ not in ("PROPN", "NOUN", "PRON"):
                return None
            light = v
        clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > t.i
                       and doc[c.left_edge.i].lower_ == "that" and (c.dep_ != "relcl" or any(
                           x.dep_ in ("nsubj", "nsubjpass", "expl") and x.lower_ != "that" for x in c.children))
                       and (c.dep_ != "relcl" or not any(x.dep_ == "dobj" and x.lower_ == "that" for x in c.children))
                       and any(m.lower_ == "that" and m.i == c.left_edge.i and m.dep_ in ("mark", "det", "nsubj") for m in c.subtree)), None)
        start_i = None
        if clause is None and light is not None and light.i < t.i:
            # "makes the argument, credible in its particulars, that he can …": the noun's
            # 'that' clause hung on the light verb past an aside
            clause = next((c for c in light.children if c.dep_ == "ccomp" and c.i > t.i and any(
                x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
                and any(m.dep_ == "mark" and m.lower_ == "that" and t.i < m.i < c.i for m in c.children)), None)
            if clause is not None:
                start_i = next(m.i for m in clause.children if m.dep_ == "mark" and m.lower_ == "that") + 1
        if clause is None and light is not None and _voices_stance_on_topic(t, light, poss):
            return self._stance_on_topic(t, light, poss, sent, quotes)
        if clause is None:
            return None
        if light is None and not any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children):
            return None  # the possessive form keeps its strict 'that' clause
        content = _trim(doc, clause.left_edge.i if start_i is None else start_i, clause.right_edge.i + 1)
        if content is None:
            return None
        if doc[clause.left_edge.i].lower_ == "that" and content[0] == doc[clause.left_edge.i].idx:
            content = _trim(doc, clause.left_edge.i + 1, clause.right_edge.i + 1)
            if content is None:
                return None
        stoks = _possessor_tokens(poss)
        if _inside(stoks[0].idx, quotes):
            return None
        stext, speaker, skind, role = self._make_speaker(stoks, t.idx)
        covered = sum(max(0, min(e, content[1]) - max(s, content[0])) for s, e in quotes)
        cue = (t.idx, t.idx + len(t)) if light is None else (light.idx, t.idx + len(t))
        return Speech(sentence=sent.index, cue=cue, cue_tok=t.i,
                      speaker_span=_span_of(stoks), speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=content, content_head=clause.i,
                      direct=covered >= 0.7 * (content[1] - content[0]), event=False)

    def _near_quote(self, t, quotes, sent):
        """The quote a cue introduces or closes: adjacent to the cue's clause."""
        if not quotes:
            return None
        best, dist = None, 10 ** 9
        clause_l = t.left_edge.idx
        clause_r = t.right_edge.idx + len(t.right_edge)
        for s, e in quotes:
            if _TITLE_PREP.search(self.text[max(0, s - 25):s]) and len(self.text[s:e].split()) <= 6:
                continue  # 'speaking on “Fox & Friends,”', 'a book titled “…”': a name
            if e <= t.idx:
                d = t.idx - e
            elif s >= t.idx:
                d = s - t.idx - len(t)
            else:
                continue
            inside_clause = clause_l <= s and e <= clause_r
            if inside_clause or d < 60:
                if d < dist:
                    best, dist = (s, e), d
        return best

    def _according(self, sent, quotes) -> list[Speech]:
        doc, text = self.doc, self.text
        out = []
        for i in self._in_sent(self._according_idx, sent):
            t = doc[i]
            to = next((c for c in t.children if c.lower_ == "to"), None)
            if to is None and t.i + 1 < sent.tok_end and doc[t.i + 1].lower_ == "to":
                to = doc[t.i + 1]
            if to is None:
                continue
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.lower_ in _NORM_NOUNS and pobj.tag_ == "NN" and not pobj.ent_type_ and not any(
                    c.dep_ in ("det", "poss", "amod", "compound") for c in pobj.children):
                continue  # "spent according to plan": a manner, nobody's word
            stoks = _np_tokens(doc, pobj)
            sspan = _span_of(stoks)
            stext, speaker, skind, role = self._make_speaker(stoks, t.idx)
            phrase_l = t.i
            phrase_r = max(pobj.right_edge.i, to.right_edge.i) + 1
            # content: the clause on the other side of the phrase
            if phrase_l - sent.tok_start > sent.tok_end - phrase_r:
                content = _trim(doc, sent.tok_start, phrase_l)
            else:
                content = _trim(doc, phrase_r, sent.tok_end)
            head = None
            if content:
                for x in doc[sent.tok_start:sent.tok_end]:
                    if x.dep_ == "ROOT":
                        head = x.i
            out.append(Speech(sentence=sent.index, cue=(t.idx, to.idx + len(to)), cue_tok=t.i,
                              speaker_span=sspan, speaker_text=stext, speaker=speaker,
                              speaker_kind=skind, role=role, content=content, content_head=head,
                              direct=bool(content and any(s <= content[0] and content[1] <= e for s, e in quotes)),
                              outlet=speaker if skind == "outlet" else None))
        return out

    def _nest(self, out: list[Speech], sent):
        """'X said …, the Chronicle reported': the inner speaker is the source, the outer
        one joins the chain (nearest teller first)."""
        for i, a in enumerate(out):
            for j, b in enumerate(out):
                if i == j or a.cue is None or b.content is None or not b.main:
                    continue
                outer_report = b.speaker_kind == "outlet" or (b.cue_tok is not None and self.doc[b.cue_tok].lemma_ in ("report", "reveal"))
                if not outer_report:
                    continue
                if b.content[0] <= a.cue[0] < b.content[1] and a.content != b.content:
                    a.nested_in = j
                    b.main = False
                    teller = b.speaker or b.speaker_text
                    if teller and teller not in a.chain:
                        if not a.chain:
                            a.chain = [a.speaker_text or a.speaker or ""]
                        a.chain.append(teller)
                    if b.outlet and not a.outlet:
                        a.outlet = b.outlet

    def _citing(self, out: list[Speech], sent):
        """'The paper, citing an anonymous source, reported …' → chain (source, paper)."""
        doc = self.doc
        for i in self._in_sent(self._cite_idx, sent):
            t = doc[i]
            if t.tag_ != "VBG":
                continue
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            src = self.text[obj.left_edge.idx: obj.right_edge.idx + len(obj.right_edge)]
            for s in out:
                if s.cue_tok is not None and (t.head.i == s.cue_tok or t.head.i == (s.cue_tok if s.cue_tok is not None else -1)
                                               or (s.speaker_span and s.speaker_span[0] <= t.head.idx < s.speaker_span[1] + 2)):
                    teller = s.speaker or s.speaker_text or ""
                    s.chain = [src] + ([teller] if teller else []) + [c for c in s.chain if c not in (src, teller)]
                    break

    def _headline(self, sent) -> Speech | None:
        """'Report: …', '…: report', 'Name: …' in headline-shaped lines."""
        text = self.text
        line = text[sent.start:sent.end]
        m = _HEAD_REPORT.match(line)
        if m:
            word = m.group(1)
            return Speech(sentence=sent.index, cue=(sent.start + m.end(1), sent.start + m.end(1) + 1),
                          cue_tok=None, speaker_span=(sent.start, sent.start + len(word)),
                          speaker_text=word, speaker=word, speaker_kind="group", role=None,
                          content=(sent.start + m.end(), sent.end), content_head=None,
                          direct=False)
        m = _TAIL_REPORT.search(line)
        if m:
            ws = sent.start + m.start(1)
            return Speech(sentence=sent.index, cue=(sent.start + m.start(), sent.start + m.start() + 1),
                          cue_tok=None, speaker_span=(ws, ws + len(m.group(1))),
                          speaker_text=m.group(1), speaker=m.group(1), speaker_kind="group",
                          role=None, content=(sent.start, sent.start + m.start()), content_head=None,
                          direct=False)
        m = _NAME_COLON.match(line)
        if m:
            prefix = m.group(1)
            ps = sent.start
            pe = ps + len(prefix)
            ptoks = [t for t in self.doc[sent.tok_start:sent.tok_end] if t.idx < pe]
            words = [t for t in ptoks if not t.is_punct]
            is_name = bool(words) and len(words) <= 5 and all(
                t.is_title or t.is_upper or _HONORIFIC.match(t.text + " ") for t in words) \
                and any(t.pos_ == "PROPN" for t in words)
            ends_entity = bool(words) and words[-1].ent_type_ in ("PERSON", "ORG") and len(words) <= 8
            if not is_name and not ends_entity and words and len(words) <= 3 \
                    and all(t.is_title for t in words) and words[0].lower_ not in _NOT_HEAD_SPEAKERS:
                # "Christie: Clinton Doesn't Know …": a lone surname the tagger took for a
                # noun is a name when the story names that person with it
                ends_entity = words[-1].text in self._person_words()
            # "Giuliani backtracks:", "Pelosi warns:" — a name and a verb
            name_verb = len(words) >= 2 and words[0].ent_type_ in ("PERSON", "ORG", "") \
                and words[0].pos_ == "PROPN" and words[-1].is_lower and words[-1].tag_ in ("VBZ", "NNS") \
                and words[-1].text.endswith("s") and len(words) <= 3
            # "Trump: ‘We will build the wall’": a quotation after the colon makes the short
            # capitalised prefix its speaker, however the tagger read a lone name
            quoted = m.group(2)[:1] in "“‘\"'" and bool(words) and len(words) <= 4 \
                and all(t.is_title or t.is_upper or t.text in ("'s", "’s") for t in words) \
                and words[0].lower_ not in _NOT_HEAD_SPEAKERS
            if not quoted and _possessed_thing(ptoks):
                return None  # "Roe's Farms And Possible Losses: A Guide": a label, no one speaks
            if words and words[0].lower_ in _LABEL_OPENERS:
                return None  # "After Mueller: …", "Inside the Caucus: …", "Trending: …": a label, no one speaks
            if quoted or name_verb or ((is_name or ends_entity) and not any(t.pos_ == "NOUN" and t.is_lower for t in words)):
                if name_verb:
                    k = len(words) - 1
                    while k > 0 and (words[k - 1].is_lower or words[k - 1].tag_ in ("VBZ", "RB")):
                        k -= 1
                    ptoks = words[:k] if k else words
                name, role, kind = _name_of(ptoks)
                speaker = self._canon(name, kind) if kind in ("person", "org") else name
                cs, ce = sent.start + m.start(2), sent.end
                body = m.group(2).rstrip()
                if quoted and body[-1:] in "”’\"'" and len(body) > 2:
                    cs, ce = cs + 1, sent.start + m.start(2) + len(body) - 1  # the words inside the marks
                return Speech(sentence=sent.index, cue=(pe, pe + 1), cue_tok=None,
                              speaker_span=(ps, pe), speaker_text=prefix, speaker=speaker,
                              speaker_kind=kind, role=role, content=(cs, ce),
                              content_head=None, direct=any(c in m.group(2) for c in "“\"")
                              or _SINGLE_QUOTE_OPEN.search(m.group(2)) is not None)
        return None
