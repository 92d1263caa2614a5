"""Selective parsing: run the statistical pipeline only on sentences that can yield events.

The extractor reads the parse (POS, lemmas, dependencies, entities) only in sentences that
hold an event trigger, a speech cue or a headline; every other sentence yields no event
whatever its parse. So for each article:

1. tokenize the whole text (the one `Doc` the components will see; offsets exact);
2. split sentences by rule (after ``.``/``!``/``?`` and closing quotes; a newline always
   starts a sentence, as the ``line_breaks`` component forces in the full parse);
3. choose the sentences to parse: headline and teaser lines (`segment.line_blocks`, once per Doc;
   headline triggers match by word form), never boilerplate lines; body sentences holding
   a surface form of a trigger/cue lemma of the lexicon (inflections from the model's own
   lemmatizer tables; not after a determiner: "the report" is a noun), "according to", an
   event noun with a verb that can carry it ("signed an order", "the raid took place"), a
   statistics verb with a number, a finding verb with a study-like noun, an occurrence
   or scheduled noun with a time word ("Tuesday's ruling", "the debate is Oct. 11":
   `lexicon.DATED_EVENT_NOUNS`, `lexicon.SCHEDULED_NOUNS`), a past participle after
   "was / were / been" with a time word ("the pier was rebuilt in March"), "due / ready /
   poised to" before a verb ("is due to speak"), "was / were able / quick to" after a doer
   ("Nixon was able to purge"), a passive participle then "by" and a capitalised name ("was
   backed by Ann Roe"), a past participle then "by" and a capitalised name ("a dossier written
   by Christopher Steele"), "will / 'll" after a doer with a time word ("the board will tour
   the site on Friday"), "to / on the floor" after a doer, "made (it) clear", an inverted
   source at the end whatever its verb ("…, Franks offered." `trailing_source`), "as X put it",
   a progressive after a doer ("Roe is seeking a pardon"), "has / had" after a poll word,
   "would later" after a doer ("Roe would later sell the farm"), "appeared at /
   before / on / alongside" after a doer ("Kelly appeared at two briefings");
   plus, for a sentence with a subject pronoun, the sentence before it (the speaker of "he said" is
   resolved to a subject parsed there), and `CONTEXT` neighbours on each side (default 0);
4. parse those runs of sentences with ``nlp.pipe`` (one Doc of runs per article, each
   run starting a sentence; ``line_breaks`` still splits at newlines), and run NER alone on
   the other sentences that hold a capitalised name (the alias table reads every PERSON of
   the article: "Taylor" is the "John Taylor" of an unparsed sentence);
5. write tags, morphs, lemmas, heads/deps, sentence starts and entities back into the whole
   `Doc` (``Doc.from_array``). Tokens outside the runs keep no POS / lemma / dep (head =
   self, dep missing); their sentence starts come from the rule split.

Non-candidate sentences therefore yield no event; the components cope with unannotated
tokens (no POS → no trigger, no cue; head = self → depth 0; the temporal tagger finds no
governing verb → no tense).
"""

from __future__ import annotations

from typing import Iterator

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc

from ..temporal.lexicon import MONTH_ABBREVS
from . import lexicon as L
from .nlp import PASS_TOKENS, joins_first_word, token_groups
from .segment import Segmentation, line_blocks

#: neighbouring sentences (same line) parsed with each candidate, on each side (1 costs
#: ~12% more parsed text for ~0.4% more events identical to the full parse)
CONTEXT = 0
_ANNOT = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"”", "’", '"', "'", ")", "]", "»"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}  # subjects: a speaker or an actor


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                "their", "our", "my", "your", "each", "every", "any", "no", "some", "of",
                "whose", "another", "which", "first", "last", "new", "recent", "latest"}
#: sentence-initial words that name no doer (a capitalised first word otherwise may)
_FUNCTION_WORDS = {"the", "a", "an", "this", "that", "these", "those", "it", "its", "there", "in", "on",
                   "at", "by", "for", "from", "with", "but", "and", "or", "so", "as", "after", "before",
                   "when", "while", "if", "since", "some", "many", "most", "all", "no", "what", "why",
                   "how", "which", "here", "now", "then", "yet", "still", "also", "even", "only", "just",
                   "more", "such", "last", "next", "according", "under", "over", "during", "despite",
                   "although", "though", "because", "until", "to", "of", "one", "both", "each", "other"}
_NUMBER_WORDS = {"percent", "%", "$", "million", "billion", "thousand", "hundred", "dozen",
                 "half", "doubled", "tripled"}

_MONTH_ABBREVIATIONS = {a + "." for a in MONTH_ABBREVS}  # "Oct." (a time word: "the debate is Oct. 11")
# bits of a word form's flags
STRONG, NOUN, CARRIER, STAT, FINDING, FIND_SUBJ, STRONG_NOUN, DATED_NOUN, TIME, PAST = 1, 2, 4, 8, 16, 32, 64, 128, 256, 512
PASSIVE = 1024  # a past participle after "was / were / been" (a dated passive act with a time word)
LIGHT = 2048  # a past form of a light verb told once with a time ("lost one week after …": classify.dated_light_act)
YEAR = 4096  # a year ("in 1995"): a time for LIGHT
#: a past form of a light verb before an indefinite or counted object or a particle ("took a
#: swipe", "sat down": classify._light_object, classify.phrasal_act); a catenative verb's
#: form before "to" ("managed to finish": classify.catenative_act) — read by the next word
LIGHTP, CATEN = 8192, 16384
_PEND = LIGHTP | CATEN
#: a form of a verb in lexicon.NOT_ACTIONS (read for a passive's named agent: `is_candidate`)
NOT_ACTION = 32768
#: "will / 'll" after a doer: with a time word, an act on the calendar (fallback._planned_act)
WILL = 65536
_WILL_FORMS = {"will", "'ll", "’ll"}
#: "X is due / ready / poised to <verb>": a planned act (classify.due_to_act)
_DUE_WORDS = {"due", "ready", "poised"}
#: "X was able / quick to <verb>": an act done (classify._able_head)
_ABLE_WORDS = {"able", "quick", "swift"}
_MAKE_FORMS = {"make", "makes", "made", "making"}
#: adverbs after "would" of a past told from an earlier point ("would later resign":
#: classify.narrative_would)
_LATER = {"later"}
#: prepositions after "appeared" of a person showing up (fallback._APPEARANCE_PREPS)
_APPEARANCE_PREPS = {"at", "before", "on", "alongside"}
#: words after "did" that make no stressed past of an act ("did not", "did so", "did it")
_NOT_AFTER_DID = {"not", "never", "so", "it", "this", "that", "the", "a", "an", "what", "nothing",
                  "anything", "something", "just", "well", "too", "more", "less", "much", "little"}
_PASSIVE_AUX = {"was", "were", "been"}
#: forms of catenative verbs whose infinitive is the act ("managed to finish", "has tried to
#: amp up pressure", "are trying to", "seemed to back off": classify.catenative_act)
_CATENATIVE_FORMS = {"managed", "tried", "sought", "attempted", "worked", "began", "begun", "started",
                     "seemed", "appeared", "decided", "rushed", "scrambled", "hurried", "raced",
                     "trying", "seeking", "attempting", "working", "scrambling", "rushing", "racing"}
#: words after a light verb's past form that make it one act: an indefinite or counted
#: object ("took a swipe", "earned $60 million": classify._light_object) or a particle
#: ("sat down with", "took over", "put forward": classify.phrasal_act)
_LIGHT_NEXT = frozenset({"a", "an", "$"}) | L.PARTICLES
#: light verbs made acts by a particle beside DATED_LIGHT_ACTS (classify._PHRASAL_LIGHT)
_PHRASAL_PAST = {"put", "set", "sat", "stood", "turned", "held", "kept", "backed", "showed", "passed", "got",
                 "followed"}
#: past participles that are their verb's base form (not in the lemmatizer's exceptions)
_SAME_FORM_PARTICIPLES = {"shut", "put", "set", "cut", "hit", "quit", "cast", "spread", "split", "shed",
                          "upset", "reset", "bid"}


#: words for a poll or its figures, before "has / had" (classify.poll_standing)
_POLL_WORDS = {"poll", "polls", "polling", "survey", "surveys", "tracker", "figures", "numbers"}
#: auxiliaries of a progressive ("is seeking", "has been pushing": fallback._ongoing_act)
_PROGRESSIVE_AUX = {"is", "are", "was", "were", "been", "'s", "’s", "'re", "’re"}
#: adverbs between the auxiliary and the participle ("is now taking on", "is also looking into")
_PROGRESSIVE_ADVERBS = {"now", "also", "still", "already", "again", "not", "quietly", "reportedly"}
#: participles of no act under way (fallback._NOT_UNDER_WAY): not worth a parse for it
_NOT_UNDER_WAY_FORMS = {"going", "coming", "doing", "getting", "happening", "waiting", "hanging", "sitting",
                        "standing", "lying", "living", "staying", "holding", "keeping", "letting", "playing",
                        "watching", "losing", "gaining", "winning", "leading", "trailing", "running", "being",
                        "having", "trying", "serving", "acting", "moving", "drifting", "referring", "meaning",
                        "adding", "hoping", "suffering", "succeeding", "using", "showing", "looking", "passing",
                        "aiming", "planning", "intending"}


def _lex(name: str) -> set[str]:
    """A word list of the lexicon (its keys for a dict); empty if it was renamed: the
    selection then only widens or narrows, extraction never fails."""
    return set(getattr(L, name, ()) or ())


def _strong_lemmas() -> set[str]:
    """Lemmas that make a sentence a candidate on their own (as verbs)."""
    out = _lex("SPEECH") | _lex("VERB_KIND") | _lex("ANNOUNCE") | _lex("REPORT_CUES")
    out |= {"rule", "according", "cite"}
    # a court's decision ("when the court decided the case"), a person on the calendar
    # ("Holder is scheduled to appear …"): see classify.COURT_SUBJECT_VERBS, _scheduled_person
    out |= {"decide", "schedule", "slate", "name", "tap"} | _lex("EVASION_VERBS")
    out |= _lex("REFUSAL_VERBS")  # "Biden declined to run …" (classify: a refusal is an act)
    out |= _lex("VOICED_VIEW_VERBS")  # "Trump indicated he wants …" (pipeline.view_event)
    # surveillance by an agency ("the FBI surveilled him"), standing in polls ("is polling
    # ahead", "trailed in polling"): classify._state_surveillance, _standing_in_polls
    out |= {"surveil", "surveille", "wiretap", "eavesdrop", "monitor", "poll", "trail"}
    return out


def _noun_lemmas() -> set[str]:
    """Event nouns: a candidate only with a verb that can carry them."""
    out = _lex("NOUN_KIND") | _lex("COURT_NOUNS") | _lex("LAW_OBJECTS") | _lex("COURT_OBJECTS") \
        | _lex("FINDING_SUBJECTS")
    out |= {"proclamation", "rally", "meeting", "hearing", "conference", "briefing", "letter",
            "warning", "announcement", "statement", "enforcement", "roundup", "justices",
            "deal", "agreement", "directive", "memo", "memorandum", "effect", "place", "hold"}
    out |= set(getattr(L, "WEAK_OPERATION", ()))  # "launch an operation" pairs
    out |= _lex("SPEECH_EVENT_NOUNS")  # "delivered a speech", "gave an interview"
    out |= _lex("REACTION_NOUNS") | _lex("INTENSIFY_OBJECTS")  # "drew criticism", "stepped up patrols"
    out |= _lex("VIEW_NOUNS") | _lex("CLOSURE_OBJECTS") | {"down"}  # "reasserted his view", "closed the border", "stepped down"
    return out


def _carrier_lemmas() -> set[str]:
    """Verbs that make an event of a noun (light verbs, subject-event verbs, court verbs,
    'target/conduct/launch' + operation nouns)."""
    out = _lex("LIGHT_VERBS") | _lex("SUBJECT_EVENT_VERBS") | _lex("WEAK_OPERATION")
    out |= {"deny", "grant", "block", "strike", "dismiss", "reject", "hear", "order", "throw",
            "halt", "allow", "sign", "file", "seek", "compile", "release", "publish", "vote"}
    out |= {"support", "oppose", "back"}  # a stance on a bill (classify.STANCE_VERBS)
    out |= {"go"}  # "the bill goes into effect" (classify._into_force)
    out |= _lex("SPEECH_LIGHT_VERBS")
    out |= _lex("REACTION_VERBS") | _lex("INTENSIFY_VERBS") | _lex("CLOSURE_VERBS")
    out |= _lex("STEP_DOWN_VERBS") | _lex("CANCEL_VERBS")  # "stepped down", "the briefing was scrapped"
    out |= _lex("BILL_FATE_VERBS")  # "the bill stalled in the Senate"
    return out


class Selector:
    """Decides which sentences of a tokenized Doc to parse (cached per word form)."""

    def __init__(self, nlp):
        lem = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        self.rules, self.exc, self.index = {}, {}, {}
        if lem is not None and getattr(lem, "mode", "") == "rule":
            rules = lem.lookups.get_table("lemma_rules")
            exc = lem.lookups.get_table("lemma_exc")
            for pos in ("verb", "noun"):
                self.rules[pos] = list(rules.get(pos, []))
                self.exc[pos] = exc.get(pos, {})
        self.strong = _strong_lemmas()
        self.nouns = _noun_lemmas()
        self.carriers = _carrier_lemmas()
        self.stat = _lex("STAT_VERBS") | {"record", "post"}  # figures told ("recorded sales of $8 million")
        self.finding = _lex("FINDING_VERBS") | _lex("REPORT_OBJECT_VERBS")
        self.find_subj = _lex("FINDING_SUBJECTS")
        # rare event nouns that count on their own, after a determiner too ("a letter to X")
        self.strong_nouns = set(getattr(L, "NOUN_TRIGGERS", {}).get("letter", ()))
        # occurrences named with a time of their own ("Tuesday's ruling", "the raid on
        # Monday"): a candidate with a time word (classify.dated_noun_trigger)
        # ("the debate is Oct. 11": a scheduled occasion with a date, classify._dated_copula)
        self.dated = _lex("DATED_EVENT_NOUNS") | _lex("SCHEDULED_NOUNS")
        self.time_words = _lex("TIME_WORDS") | _MONTH_ABBREVIATIONS
        # past forms of open-class actions ("Klobuchar packed it in", "Rodham married …":
        # classify.open_action): a regular -ed form or an irregular past of the model's
        # tables, of a verb not in lexicon.NOT_ACTIONS
        self.irregular_past = {form for form, lemmas in self.exc.get("verb", {}).items()
                               if not form.endswith("s") and form not in lemmas}
        self.not_actions = _lex("NOT_ACTIONS")
        self.light = _lex("DATED_LIGHT_ACTS")
        self.transitive = _lex("TRANSITIVE_ACTS")  # "has changed the name of …" (classify.transitive_act)
        agents = _lex("AGENT_HEADS") | {"he", "she", "they", "police"}
        self.agents = agents | {a + "s" for a in agents}
        self._cache: dict[str, int] = {}

    def _lemmas(self, low: str) -> set[str]:
        out = {low}
        for pos, rules in self.rules.items():
            exc = self.exc[pos].get(low)
            if exc:
                out.update(exc)
            for old, new in rules:
                if low.endswith(old):
                    out.add(low[: len(low) - len(old)] + new)
        # doubled consonant ("banned", "planning"), -ied/-ies
        if low.endswith(("ed", "ing")):
            base = low[:-2] if low.endswith("ed") else low[:-3]
            if len(base) >= 3 and base[-1] == base[-2]:
                out.add(base[:-1])
        return out

    def _past_form(self, low: str) -> bool:
        return low.endswith("ed") and len(low) > 4 or low in self.irregular_past

    def _open_past(self, low: str, lemmas: set[str]) -> bool:
        """A past form ('packed', 'married', 'won') of a verb that may be an open-class action."""
        if not self._past_form(low):
            return False
        return not lemmas & self.not_actions or bool(lemmas & self.transitive)  # "stayed" (stay), not "staye"; "changed"

    def flags(self, low: str) -> int:
        """1 strong lemma, 2 event noun, 4 carrier verb (bit set) for one lower-case form."""
        f = self._cache.get(low)
        if f is None:
            lem = self._lemmas(low)
            f = (STRONG if lem & self.strong else 0) | (NOUN if lem & self.nouns else 0) \
                | (CARRIER if lem & self.carriers else 0) | (STAT if lem & self.stat else 0) \
                | (FINDING if lem & self.finding else 0) | (FIND_SUBJ if lem & self.find_subj else 0) \
                | (STRONG_NOUN if lem & self.strong_nouns else 0) \
                | (DATED_NOUN if low in self.dated else 0) | (TIME if low in self.time_words else 0) \
                | (PAST if self._open_past(low, lem) else 0) \
                | (LIGHT if lem & self.light and self._past_form(low) else 0) \
                | (LIGHTP if (lem & self.light and self._past_form(low) or low in _PHRASAL_PAST) else 0) \
                | (CATEN if low in _CATENATIVE_FORMS else 0) \
                | (NOT_ACTION if lem & self.not_actions else 0)
            if len(self._cache) < 500_000:
                self._cache[low] = f
        return f

    def is_candidate(self, doc, start: int, end: int) -> bool:
        """Could tokens [start, end) hold a trigger or cue?

        A verb-trigger / cue form counts unless a determiner makes it a noun ("the
        report"); an event noun counts with a carrier verb ("signed an order"); statistics
        verbs need a number, finding verbs a study-like subject. Capitalised words after
        the first word are names (PROPN: never a trigger lemma)."""
        acc = 0
        number = False
        flags = self.flags
        first = True
        prev = prev2 = ""
        agent = False  # a name, he/she/they or an agent noun so far: an open-class action's doer
        pend = 0  # the last word's LIGHTP / CATEN, read by this one
        by_agent = False  # a passive participle, then "by (the)": a named agent may follow
        as_seen = False  # an "as" so far ("as Roe put it")
        prog = False  # "is / are / was / were / been" after a doer, maybe then adverbs: a progressive may follow
        for t in doc[start:end]:
            if t.is_space or t.is_punct:
                if t.text in ("%", "$"):
                    number = True
                continue
            low = t.lower_
            if not first and (t.is_title or t.is_upper) and len(t) > 1:
                if by_agent and (prev == "by" or prev == "the" and prev2 == "by"):
                    return True  # "the pardon was backed by Ann Roe" (classify._named_agent)
                if low in self.time_words:
                    acc |= TIME  # "Monday's", "on Friday" (capitalised: otherwise skipped as a name)
                    if acc & (DATED_NOUN | PASSIVE | LIGHT | WILL):
                        return True
                else:
                    agent = True
                prev2, prev = prev, low
                continue
            if first and t.is_title and low not in _FUNCTION_WORDS or low in self.agents:
                agent = True
            first = False
            if t.like_num or low in _NUMBER_WORDS:
                number = True
                if len(low) == 4 and low.isdigit() and "1900" <= low <= "2099":
                    acc |= YEAR
            if low == "clear" and (prev in _MAKE_FORMS or prev2 in _MAKE_FORMS):
                return True  # "made (it) clear that …": a speech cue (attribute: _made_clear)
            if prev == "being" and prev2 in _PROGRESSIVE_AUX and agent and (low.endswith(("ed", "en")) or low in self.irregular_past):
                return True  # "are being interviewed by …": an act under way (fallback._ongoing_passive)
            if prog and low.endswith("ing") and len(low) > 5 and t.is_alpha and low not in _NOT_UNDER_WAY_FORMS:
                return True  # "Roe is seeking a pardon", "has been shepherding": an act under way (fallback)
            if low in _PROGRESSIVE_AUX and agent:
                prog = True
            elif not (low in _PROGRESSIVE_ADVERBS or low.endswith("ly")):
                prog = False
            if low in ("has", "had", "have") and prev in _POLL_WORDS:
                return True  # "the latest poll has the governor leading" (classify.poll_standing)
            if low in _WILL_FORMS and agent:
                acc |= WILL  # "the board will tour the site on Friday" (with a time word below)
            if low == "as":
                as_seen = True
            elif low == "it" and prev == "put" and as_seen and agent:
                return True  # "as Roe put it (to reporters)": a speech cue (attribute: _put_it_setting)
            f = flags(low)
            if prev in _DETERMINERS:
                f &= ~(STRONG | PAST | LIGHT | _PEND)  # "the report", "the embattled senator"
            elif not agent:
                f &= ~(PAST | LIGHT | _PEND)  # an open-class action needs its doer before it
            if pend and (pend & LIGHTP and (low in _LIGHT_NEXT or t.like_num) or pend & CATEN and low == "to"):
                return True  # "took a swipe at", "sat down with", "managed to finish"
            pend = f & _PEND
            if low != "by" and low != "the":
                by_agent = False
            elif low == "by" and self._past_form(prev) and not flags(prev) & NOT_ACTION:
                by_agent = True  # "a dossier written by Christopher Steele" (pipeline.agent_participle_events)
            if prev in _PASSIVE_AUX and (len(low) > 4 and low.endswith(("ed", "en")) or low in self.irregular_past
                                         or low in _SAME_FORM_PARTICIPLES):
                f |= PASSIVE  # "the market was shut down on January 1" (classify.passive_act)
                by_agent = not flags(low) & NOT_ACTION  # (the cached flags: `f` is masked above)
            elif prev == "to" and prev2 in _DUE_WORDS and t.is_alpha and low not in _DETERMINERS:
                return True  # "is due to speak at the summit"
            elif low == "to" and prev in _ABLE_WORDS and prev2 in _PASSIVE_AUX and agent:
                return True  # "Nixon was able to purge …" (classify._able_head)
            elif prev == "did" and agent and t.is_alpha and low not in _NOT_AFTER_DID \
                    and not flags(low) & NOT_ACTION:
                return True  # "Obama did meet Tuesday with …" (classify.emphatic_past)
            elif low == "floor" and prev == "the" and prev2 in ("to", "on") and agent:
                return True  # "McConnell brought the bill to the floor" (classify._to_the_floor)
            elif prev in _LATER and prev2 in ("would", "'d", "’d") and agent and t.is_alpha:
                return True  # "Roe would later sell the farm": a past act (classify.narrative_would)
            elif prev == "appeared" and low in _APPEARANCE_PREPS and agent:
                return True  # "Kelly appeared at two briefings" (fallback._appearance)
            acc |= f
            prev2, prev = prev, low
            if acc & (STRONG | STRONG_NOUN | PAST) or (acc & (NOUN | CARRIER)) == (NOUN | CARRIER) \
                    or (acc & (DATED_NOUN | TIME)) == (DATED_NOUN | TIME) or (acc & (PASSIVE | TIME)) == (PASSIVE | TIME) \
                    or acc & LIGHT and acc & (TIME | YEAR) or (acc & (WILL | TIME)) == (WILL | TIME):
                return True
        if acc & STAT and number:
            return True
        if acc & FINDING and acc & FIND_SUBJ:
            return True
        return False


def trailing_source(doc, start: int, end: int) -> bool:
    """The sentence ends in an inverted source whatever its verb ('…, Franks offered.',
    '…, Sen. Jane Doe mused.'): a comma, one to four capitalised words, one lower-case
    verb form in -ed / -s, then only punctuation (classify._trailing_attribution)."""
    i = end - 1
    while i >= start and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < start + 3:
        return False
    verb = doc[i]
    if not (verb.is_lower and verb.is_alpha and verb.lower_.endswith(("ed", "s"))):
        return False
    if doc[i - 1].lower_ in ("he", "she", "they") and doc[i - 2].text in (",", "—", "–"):
        return True  # "…, he offered."
    j = i - 1
    n = 0
    while j > start and n < 5 and (doc[j].is_title or doc[j].text in (".", "-") or doc[j].lower_ in ("sen.", "rep.", "gov.")):
        j -= 1
        n += 1
    return 0 < n < 5 and doc[j].text in (",", "—", "–")


def rule_sentences(doc) -> list[tuple[int, int]]:
    """(start, end) token ranges: split after terminal punctuation (+ closing quotes) and
    at every newline; whitespace tokens stay with the sentence before them."""
    bounds = []
    n = len(doc)
    start = 0
    i = 0
    while i < n:
        t = doc[i]
        brk = None
        if t.is_space and "\n" in t.text:
            brk = i + 1
        elif t.text in _TERMINAL or (t.is_punct and t.text.endswith((".", "!", "?"))):
            j = i + 1
            while j < n and (doc[j].text in _CLOSERS or doc[j].text in _TERMINAL):
                j += 1
            while j < n and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            if j < n and doc[j].is_space:  # newline right after: split after it
                j += 1
            brk = j
        if brk is not None and brk > start:
            bounds.append((start, brk))
            start = brk
            i = brk
            continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return bounds


def _line_of(doc, sents):
    """Line number of each rule sentence (newline count before its first token)."""
    out, line, k = [], 0, 0
    for s, _e in sents:
        while k < s:
            tok = doc[k]
            if tok.is_space:
                line += tok.text.count("\n")
            k += 1
        out.append(line)
    return out


def plan(doc, selector: Selector, context: int | None = None):
    """(rule sentences, runs to parse, runs for entities only) as token ranges."""
    context = CONTEXT if context is None else context
    sents = rule_sentences(doc)
    lines = _line_of(doc, sents)
    seg = Segmentation(blocks=line_blocks(doc))
    seg._starts = [b.start for b in seg.blocks]
    pick = [False] * len(sents)
    usable = [True] * len(sents)
    for k, (s, e) in enumerate(sents):
        first = next((t for t in doc[s:e] if not t.is_space), None)
        if first is None:
            usable[k] = False
            continue
        block = seg.block_at(first.idx)
        role = block.role if block is not None else "body"
        if role in ("headline", "teaser"):
            pick[k] = True  # headline triggers match by word form: always parsed
        elif role == "boilerplate" and (block is None or block.end >= doc[e - 1].idx):
            usable[k] = False  # never yields events
        else:
            pick[k] = selector.is_candidate(doc, s, e) or trailing_source(doc, s, e)
    chosen = list(pick)
    for k, p in enumerate(pick):
        if not p:
            continue
        # a pronoun is resolved to a subject of an earlier sentence: parse the one before
        if k and any(t.lower_ in _PRONOUNS for t in doc[sents[k][0]:sents[k][1]]):
            j = k - 1
            while j >= 0 and not usable[j]:
                j -= 1
            if j >= 0:
                chosen[j] = True
        for d in range(1, context + 1):
            for j in (k - d, k + d):
                if 0 <= j < len(sents) and lines[j] == lines[k] and usable[j]:
                    chosen[j] = True
    runs = _runs([r for k, r in enumerate(sents) if chosen[k]])
    # the other sentences: entities only where a name may be (the alias table reads
    # every PERSON/ORG of the article: 'Taylor' is 'John Taylor' met earlier)
    names = _runs([r for k, r in enumerate(sents) if not chosen[k] and _has_name(doc, *r)])
    return sents, runs, names


def _runs(ranges):
    runs: list[tuple[int, int]] = []
    for s, e in ranges:
        if runs and runs[-1][1] == s:
            runs[-1] = (runs[-1][0], e)
        else:
            runs.append((s, e))
    return runs


def _has_name(doc, start: int, end: int) -> bool:
    """Two capitalised words in a row, not at the start of the sentence."""
    prev = False
    for t in doc[start + 1:end]:
        cap = t.is_title and t.is_alpha
        if cap and prev:
            return True
        prev = cap
    return False


def _first_word(doc, s: int) -> bool:
    """A run starting a line with a word followed by a word (see `nlp.line_breaks`)."""
    return (s == 0 or "\n" in doc[s - 1].text) and s + 1 < len(doc) and doc[s].is_alpha \
        and joins_first_word(doc[s + 1].text)


def _runs_doc(doc, runs) -> tuple[Doc, numpy.ndarray]:
    """One Doc of the runs' tokens (each run starts a sentence) and the token map."""
    idx = numpy.concatenate([numpy.arange(s, e, dtype=numpy.int64) for s, e in runs]) if runs \
        else numpy.zeros(0, dtype=numpy.int64)
    words, spaces, starts = [], [], []
    for s, e in runs:
        for k in range(s, e):
            t = doc[k]
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
            starts.append(True if k == s else False if k == s + 1 and _first_word(doc, s) else None)
        if spaces and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True  # keep runs apart
    sub = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
    return sub, idx


def merge(doc, sents, runs, idx, sub, ner_idx=None, ner_sub=None) -> None:
    """Write the annotations of `sub` (parsed runs) into `doc` at token positions `idx`."""
    n = len(doc)
    arr = numpy.zeros((n, len(_ANNOT)), dtype=numpy.uint64)
    col = {a: k for k, a in enumerate(_ANNOT)}
    # rule sentence starts everywhere, parsed ones inside runs
    ss = numpy.full(n, -1, dtype=numpy.int64)
    for s, _e in sents:
        ss[s] = 1
    arr[:, col[ENT_IOB]] = 2  # "O": no entity outside runs
    if len(idx):
        a = sub.to_array([TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]).astype(numpy.int64)
        rel = a[:, 5]
        head_abs = idx[numpy.arange(len(idx)) + rel]
        a[:, 5] = head_abs - idx
        # an entity never continues across a run boundary
        run_first = numpy.zeros(len(idx), dtype=bool)
        run_first[0] = True
        run_first[1:] = numpy.diff(idx) != 1
        iob = a[:, 6]
        iob[(iob == 1) & run_first] = 3
        a[:, 8][run_first] = 1
        for k, attr in enumerate([TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]):
            arr[idx, col[attr]] = a[:, k].astype(numpy.uint64)
        ss[idx] = a[:, 8]
    if ner_idx is not None and len(ner_idx):
        b = ner_sub.to_array([ENT_IOB, ENT_TYPE]).astype(numpy.int64)
        first = numpy.zeros(len(ner_idx), dtype=bool)
        first[0] = True
        first[1:] = numpy.diff(ner_idx) != 1
        b[:, 0][(b[:, 0] == 1) & first] = 3
        arr[ner_idx, col[ENT_IOB]] = b[:, 0].astype(numpy.uint64)
        arr[ner_idx, col[ENT_TYPE]] = b[:, 1].astype(numpy.uint64)
    arr[:, col[SENT_START]] = ss.astype(numpy.uint64)
    attrs = [a for a in _ANNOT if a != SENT_START]
    doc.from_array(attrs, arr[:, [col[a] for a in attrs]])
    # from_array recomputed sentence starts from the trees (unparsed tokens have none):
    # restore the rule starts outside runs
    doc.from_array([SENT_START], ss.astype(numpy.uint64).reshape(-1, 1))


def in_passes(pipe, docs: list, batch_size: int, max_tokens: int = PASS_TOKENS) -> Iterator:
    """`pipe(docs)`, in consecutive passes of at most `batch_size` docs and `max_tokens`
    tokens (a longer doc goes alone; see `nlp.PASS_TOKENS`). Each doc's annotations do not
    depend on the other docs of its pass; the token encoders inside bound their own memory
    (`nlp.bounded_predict`)."""
    for group in token_groups(docs, max_tokens, max_docs=batch_size):
        yield from pipe(group, batch_size=len(group))


def parse_docs(nlp, docs: list, batch_size: int = 32, selector: Selector | None = None,
               context: int | None = None, stats: dict | None = None,
               max_tokens: int = PASS_TOKENS) -> Iterator:
    """Selectively parse tokenized `docs` in place (yielded in order), `max_tokens` at most
    through the models at once (see `in_passes`)."""
    selector = selector or get_selector(nlp)
    plans, subs, ner_subs = [], [], []
    for doc in docs:
        sents, runs, names = plan(doc, selector, context)
        sub, idx = _runs_doc(doc, runs)
        ner_sub, ner_idx = _runs_doc(doc, names)
        plans.append((sents, runs, idx, ner_idx))
        subs.append(sub)
        ner_subs.append(ner_sub)
        if stats is not None:
            stats["tokens"] = stats.get("tokens", 0) + len(doc)
            stats["parsed"] = stats.get("parsed", 0) + len(idx)
            stats["ner_only"] = stats.get("ner_only", 0) + len(ner_idx)
            stats["sentences"] = stats.get("sentences", 0) + len(sents)
    # line_breaks: a newline starts a sentence
    parsed = in_passes(nlp.pipe, subs, batch_size, max_tokens)
    from .nlp import ner_component

    ner = ner_component(nlp)
    if ner is not None:
        ner_subs = in_passes(ner.pipe, ner_subs, batch_size, max_tokens)
    for doc, (sents, runs, idx, ner_idx), sub, ner_sub in zip(docs, plans, parsed, ner_subs):
        merge(doc, sents, runs, idx, sub, ner_idx, ner_sub)
        yield doc


_SELECTORS: dict[int, Selector] = {}


def get_selector(nlp) -> Selector:
    sel = _SELECTORS.get(id(nlp))
    if sel is None:
        sel = _SELECTORS[id(nlp)] = Selector(nlp)
    return sel
