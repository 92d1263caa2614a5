"""Which sentence reports an event, of what kind, with which trigger, and how sure.

A sentence's main event is decided in this order (the pipeline adds the events of its
other clauses):

1. speech in the sentence (from `attribute`): announcements stay announcements; for other
   cues, if the reported clause is itself a concrete event ("ICE said 50 people were
   arrested") the event takes that kind with the attribution kept; else a statement;
2. otherwise the first verb trigger of the main clause (lexicon lemmas, court subjects,
   statistics verbs, light verb + event noun, "the order takes effect"), and, failing a
   listed one, an open-class action (`open_action`: any past, perfect, "will" or present
   progressive main verb of a named actor that is not one of `lexicon.NOT_ACTIONS`);
3. headline-shaped lines (title case confuses the tagger) match words regardless of POS.

Status: planned (modal, plan verbs, 'upcoming'), claimed (second-hand media/anonymous
claim, 'reportedly'), else occurred.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import (ACTION_VERBS, AGENT_NOUNS, VERB_TRIGGERS, ANNOUNCE, ANONYMOUS, ASPECT_VERBS, ROLE_NOUNS, CLAIM_ADVS, COURT_NOUNS, COURT_OBJECTS,
                      FINDING_SUBJECTS, FINDING_VERBS, FINDING_AGENTS, FINDING_AGENT_VERBS, FUTURE_MODALS, LAW_OBJECTS,
                      LIGHT_VERBS, NOUN_KIND, NOUN_TRIGGERS, PLAN_ADJ, POLICY_CHANGE, POLICY_OBJECTS, PLAN_NOUNS, PLAN_WORDS, REPORT_CUES, REPORT_OBJECT_VERBS, SPEECH, STAT_VERBS,
                      SUBJECT_EVENT_VERBS, VERB_KIND, WEAK_OPERATION, VOTE_VERBS, LEGISLATIVE_SUBJECTS,
                      NOT_LAW_OBJECTS, HAPPENING_NOUNS, VOTE_ONLY, EMERGENCY_NOUNS, CHARGE_OBJECTS,
                      LAW_VERBS, LAW_SUBJECTS, LAW_EFFECT_VERBS, BILL_FATE_VERBS, COURT_OUTCOMES, OUTCOME_VERBS,
                      EXPRESS_VERBS, STANCE_NOUNS, SCHEDULED_NOUNS, NOT_COURT_HEARING, LAW_EFFECT_ONLY, QUOTE_CUES,
                      EVASION_VERBS, EVASION_OBJECTS, REFUSAL_VERBS, REFUSAL_OBJECTS, REFUSAL_NO_COMMENT, DATED_EVENT_NOUNS, TIME_WORDS,
                      SPEECH_EVENT_NOUNS, SPEECH_LIGHT_VERBS, CALENDAR_VERBS,
                      REACTION_VERBS, REACTION_NOUNS, INTENSIFY_VERBS, INTENSIFY_OBJECTS, INTENSIFY_OPERATION,
                      VIEW_NOUNS, CLOSURE_VERBS, CLOSURE_OBJECTS, STEP_DOWN_VERBS, TRANSITIVE_ACTS, NEGATION_CLITICS, PARTICLES, CANCEL_VERBS, NOT_ACTIONS, HEADLINE_SPEECH, WEAK_HEAD_SPEECH, SPEECH_PHRASAL, SPEAKING_VERBS,
                      AGENT_HEADS, COURT_FILINGS, VERBAL_CLASH, TOPIC_TALK_VERBS, TOPIC_TALK_PREPS,
                      PERSONAL_ACTS, VERBAL_ATTACK_VERBS, SPEECH_MEDIA, OUTLET_BRANDS, OUTLET_WORDS, OUTLET_ACCOUNT_CUES,
                      ORGANISATION_HEADS, COGNITION, DATED_LIGHT_ACTS, AUTHORED_WORKS, AUTHOR_VERBS,
                      PRAISE_BLAME_VERBS, PRAISE_BLAME_PERSON_VERBS)

CONCRETE = {"arrests", "operation", "law", "court", "letter", "policy", "report"}
_OP_NOUNS = {"raid", "sweep", "operation", "crackdown", "enforcement", "op", "roundup"}


@dataclass
class Trigger:
    kind: str
    tok: int | None  # token index (None for headline speech without a verb token)
    span: tuple[int, int]
    how: str  # verb, light, noun, subject, speech, content, headline
    actor_tok: int | None = None
    planned: bool = False  # content triggers: reached through a modal / plan / infinitive


def _stem(word: str) -> str:
    w = word.lower()
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)]
            if suf == "es" and base + "e" in VERB_KIND:
                return base + "e"
            if suf in ("ed", "ing") and base + "e" in VERB_KIND:
                return base + "e"
            return base
    return w


def _obj_nouns(tok):
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("into", "on", "onto", "against", "for"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prt":
            out += [g for g in tok.children if g.dep_ == "dobj"]
    return out


# Light verbs that name an event only with their own kind of object.
#: what is "raised" when raising is saying: a matter put to others ("raised the issue of
#: whether …", "raised questions about …", "raised the possibility that …"; not money or taxes)
_RAISED_MATTERS = {"issue", "question", "possibility", "prospect", "specter", "spectre"}
_OWN_OBJECT_VERBS = {**{v: STANCE_NOUNS | VIEW_NOUNS for v in EXPRESS_VERBS - {"renew", "extend"}},
                     "raise": STANCE_NOUNS | VIEW_NOUNS | _RAISED_MATTERS,
                     "reintroduce": LAW_OBJECTS, "sponsor": LAW_OBJECTS, "cosponsor": LAW_OBJECTS,
                     "co-sponsor": LAW_OBJECTS, "author": LAW_OBJECTS,
                     "secure": COURT_OUTCOMES, "obtain": COURT_OUTCOMES, "net": COURT_OUTCOMES,
                     **{v: frozenset() for v in LAW_EFFECT_ONLY}}


_MEMOS = {"memo", "memorandum"}


def _memo_directs(noun) -> bool:
    """A memo is a policy when it is said to do something: a participle or a relative clause
    on it ("a memo directing the agency to …", "a memo announcing its plan", "a memo that
    ordered …", "wrote a memo to staff reminding them to …"); a memo only written, given or
    released is a paper, no policy."""
    if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.tag_ != "VBN" for c in noun.children):
        return True
    # (the parser often hangs the participle on the verb: "wrote a memo to staff Saturday
    # reminding them to …")
    return noun.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > noun.i for c in noun.head.children)


#: written messages other than a letter that are sent to someone as a letter is (not a
#: statement released to all: "emailed reporters a statement")
_CORRESPONDENCE = {"telegram", "missive", "email", "e-mail", "postcard", "note"}


def _to_someone(verb) -> bool:
    """An active verb of sending or writing with its addressee ("sent Trump a telegram", "wrote
    a note to the families"); not "the email was sent", "the server she sent emails on"."""
    if verb.dep_ in ("relcl", "acl", "amod") or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON") or c.dep_ in ("prep", "dative")
               and c.lower_ == "to" and any(g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON") for g in c.children)
               for c in verb.children)


def _light_kind(verb, noun) -> str | None:
    v, n = verb.lemma_.lower(), noun.lemma_.lower()
    if v in _OWN_OBJECT_VERBS and n not in _OWN_OBJECT_VERBS[v]:
        return None  # "expressed apprehension" is no arrest, "secured funding" no event
    if v == "sign":
        if any(c.lower_ == "into" for c in verb.children) or n in LAW_OBJECTS:
            return "law"
        if n in ("order", "memo", "memorandum", "agreement", "deal", "proclamation", "directive"):
            return "policy"
        if n in ("brief", "petition", "lawsuit", "suit", "complaint"):
            return "court"  # "signed onto a brief urging the Supreme Court …"
        return None
    if v in LAW_VERBS and n in LAW_OBJECTS:
        return "law"
    if v in EXPRESS_VERBS and (n in STANCE_NOUNS or v == "raise" and n in _RAISED_MATTERS or n in VIEW_NOUNS and any(
            c.dep_ == "poss" for c in noun.children)):  # "reasserted his view that …"
        if verb.dep_ in ("acl", "xcomp", "advcl", "pcomp", "amod") and not _voiced_catenative(verb) \
                or _subject_head(verb) is None:
            return None  # "a document expressing support", "the first Republican to raise concerns"
        return "statement"  # "expressed support for …", "reiterated his concern"
    if v in OUTCOME_VERBS and n in COURT_OUTCOMES:
        return "court"  # "secured a conviction", "netted seven guilty pleas"
    if v in ("file", "seek", "grant", "deny", "reject") and n in COURT_OBJECTS:
        return "court"
    if n == "stay" and (v in ("issue", "grant", "deny", "lift", "extend") and _subject_is_court(verb)
                        or v in ("seek", "request") and _subject_head(verb) is not None):
        return "court"  # "the court issued a temporary stay", "his lawyers sought a stay" (not "extended his stay in Paris")
    if v == "serve":  # "the order was served", "deputies served him with a subpoena"
        return "court" if n in ("order", "subpoena", "summons", "injunction", "lawsuit", "suit", "complaint") else None
    if v in ("settle", "drop", "win", "lose", "dismiss") and n in ("lawsuit", "suit", "case", "charge", "appeal", "claim"):
        return "court"  # "the company settled the lawsuit", "prosecutors dropped the charges"
    if n == "letter" and v in ("send", "write", "pen", "deliver", "sign", "release"):
        return "letter"
    if v in ("issue", "order", "enact", "extend", "lift", "end") and n in ("lockdown", "curfew", "quarantine"):
        return "policy"  # "the governor issued a statewide lockdown", "the mayor lifted the curfew"
    if n in _CORRESPONDENCE and v in ("send", "write", "pen", "deliver") and _to_someone(verb):
        return "letter"  # "Putin sent Trump a telegram", "the mayor sent an email to staff": written to someone
    if v in ("write", "pen") and n in _OPINION_PIECES and _subject_head(verb) is not None \
            and verb.dep_ not in ("acl", "amod", "relcl", "pcomp"):
        return "statement"  # "penned a piece for CNN on Sunday", "wrote an op-ed": views in print
    if v in ("announce", "unveil"):
        return "announcement"
    if v in SPEECH_LIGHT_VERBS and (n in SPEECH_EVENT_NOUNS or v == "offer" and n in STANCE_NOUNS) \
            and verb.dep_ not in ("acl", "amod", "relcl", "pcomp") and _subject_head(verb) is not None:
        # ("offered support for their leaders", "offered condolences": a stance voiced)
        return "statement"  # "delivered a speech on the floor", "gave an interview to CNN"
    if v in _SAYING_VERBS and n in _SAID_NOUNS and verb.dep_ not in ("acl", "amod", "relcl", "pcomp") \
            and _subject_head(verb) is not None and not is_negated(verb) \
            and not (verb.dep_ == "advcl" and verb.tag_ in ("VBP", "VBZ", "VB")) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children if n == "point"):
        # "made the case for a wage rise", "made his usual points", "issued a sharp rebuke",
        # "gave assurances": a claim, argument or plea voiced (not "made a point of visiting")
        return "statement"
    if v in ("issue", "make", "deliver", "release", "put") and n in ("warning", "announcement", "statement"):
        return "announcement" if n != "statement" else "statement"
    if v == "hold" and n in ("conference", "briefing", "rally", "meeting", "hearing", "election", "referendum",
                             "primary", "summit", "talks", "vote", "funeral", "ceremony", "vigil", "protest"):
        return "announcement" if n in ("conference", "briefing") else ("court" if n == "hearing" else "other")
    if v in ("release", "publish") and NOUN_KIND.get(n) == "report":
        return "report"
    kind = NOUN_KIND.get(n)
    if kind in (None, "statement", "announcement"):
        return None
    if n in _MEMOS and v not in ("issue", "sign") and not _memo_directs(noun):
        return None  # "Barr wrote the memo as a private citizen", "plans to release the memo": a paper, no order
    if n in SCHEDULED_NOUNS and n not in _ORIGINAL_NOUNS:
        # an occasion: an event when it is held, won, planned, begun or ended
        return SCHEDULED_NOUNS[n] if v in _OCCASION_VERBS else None
    if kind == "report" and v not in ("release", "publish", "issue", "compile"):
        return None
    if kind == "law" and v not in LAW_VERBS:
        return None
    if kind == "court" and v not in ("file", "issue", "grant", "deny", "reject", "seek", "hear", "block"):
        return None
    return kind


def _voiced_catenative(verb) -> bool:
    """A stance voiced as the complement of a verb of beginning or managing ("Democrats began
    to raise concerns privately", "tried to voice their support"): the voicing is the act,
    its tense and subject the main verb's, as for any catenative act (not a plan or a wish:
    "wants to express support")."""
    return verb.dep_ == "xcomp" and catenative_act(verb)


_ORIGINAL_NOUNS = {n for ns in NOUN_TRIGGERS.values() for n in ns}
#: light verbs that voice a claim, an argument or a plea when their object names one
_SAYING_VERBS = {"make", "issue", "offer", "give", "deliver"}
#: what such a verb voices: a statement by its subject ("made the case for …")
_SAID_NOUNS = {"case", "point", "argument", "claim", "assertion", "accusation", "allegation", "promise",
               "pledge", "vow", "plea", "appeal", "rebuke", "denial", "assurance", "prediction", "demand"}
#: what a writer's views appear in ("penned a piece for CNN", "wrote an op-ed"): a statement
_OPINION_PIECES = {"op-ed", "oped", "piece", "column", "essay", "editorial", "commentary"}
#: "came to X's defense": words in someone's support, a statement (verb_trigger)
_DEFENCE = {"defense", "defence"}
_OCCASION_VERBS = {"hold", "plan", "prepare", "begin", "start", "end", "win", "lose", "conduct",
                   "launch", "propose", "finalize"}


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _subject_is_court(tok) -> bool:
    """The verb's subject is a court, a judge or justices: its head is a court noun, or the
    court noun is the modifier nearest the head ("Supreme Court Justice Sonia Sotomayor",
    "the court's majority"), not one that an intervening common noun claims ("Supreme
    Court nominee Brett Kavanaugh" is a nominee, "Supreme Court litigator Paul Clement" a
    lawyer)."""
    for c in tok.children:
        if c.dep_ in ("nsubj",):
            if c.lemma_.lower() in COURT_NOUNS:
                return True
            if c.lemma_.lower() in ORGANISATION_HEADS:
                continue  # "the Justice Department": a department, not a court
            for x in reversed([x for x in c.subtree if x.i < c.i]):
                if x.lemma_.lower() in COURT_NOUNS:
                    return True
                if x.pos_ == "NOUN" and x.dep_ == "compound":
                    break
    return False


def _headline_verb(tok) -> bool:
    """A headline's main verb the tagger took for a plural noun ('Court orders new map':
    'orders' a NOUN at the root with an object of its own)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "NNS" and any(
        c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "compound" and c.i < tok.i for c in tok.children)


#: participles that make the noun they follow an event ("the lawsuit filed Monday", "the
#: bill passed by the House"), with the kinds of noun each makes
_MADE_VERBS = {"file": ("court",), "bring": ("court",), "pass": ("law", "policy"), "enact": ("law", "policy"),
               "introduce": ("law",), "approve": ("law", "policy"), "sign": ("law", "policy", "letter"),
               "adopt": ("law", "policy"), "strike": ("policy",), "reach": ("policy",), "broker": ("policy",),
               "negotiate": ("policy",)}


#: what a party or a team sweeps when it wins them all ("swept the midterm elections")
_WON_CONTESTS = {"election", "midterm", "midterms", "primary", "race", "seat", "vote", "state", "series",
                 "award", "title", "district", "poll", "contest", "caucus", "ballot", "county", "precinct"}


def verb_trigger(tok, sent_toks, has_number: bool, headline: bool = False) -> tuple[str, str] | None:
    """(kind, how) if this token triggers an event (`headline`: a headline's present tense
    tells what happened: 'Trump visits troops', 'Court orders new map')."""
    if not headline and trailing_noun_cue(tok):
        return "statement", "light"  # "…, Franks muses." (the cue tagged a plural noun)
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "VBZ") \
            and not (headline and _headline_verb(tok)):
        return None
    lemma = tok.lemma_.lower()
    if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        if any(c.dep_ == "dobj" for c in tok.children) and not any(
                c.dep_ in ("ccomp", "oprd", "xcomp") for c in tok.children) and not _subject_is_court(tok):
            return None  # "ruling her caucus with unquestioned authority": governing, no ruling
        return "court", "verb"
    if lemma == "sweep" and (any(o.lemma_.lower() in _WON_CONTESTS for o in _obj_nouns(tok)) or any(
            c.dep_ == "prep" and c.lower_ in ("into", "to") and any(g.lemma_.lower() in ("office", "power", "victory")
                                                                 for g in c.children) for c in tok.children)):
        return "other", "verb"  # "Democrats swept the midterms", "swept into power": a win, no sweep
    if lemma == "plead" and any(c.dep_ == "prep" and c.lower_ in ("for", "with") for c in tok.children) \
            and not any(c.lower_ in ("guilty", "innocent", "contest") for c in tok.subtree):
        # "the governor pleads for federal aid", "pleaded with lawmakers to act": a plea in words,
        # not a plea to a charge
        return ("statement", "light") if action_ok(tok, headline) or headline else None
    if lemma in COURT_SUBJECT_VERBS and _subject_is_court(tok) and not is_negated(tok) and _finite_ok(tok):
        return "court", "verb"  # "when the court decided Bush v. Gore", "the panel sided with the city"
    if lemma in CALENDAR_PERSON_VERBS and tok.tag_ == "VBN":
        k = _scheduled_person(tok)
        if k:
            return k, "verb"  # "the attorney general is scheduled to testify on Wednesday"
        h = tok.head
        if tok.dep_ == "acl" and h.dep_ == "dobj" and h.lemma_.lower() in SCHEDULED_NOUNS \
                and h.head.lemma_.lower() == "have" and not is_negated(h.head) and _agent_ok_subject(h.head):
            subj = _clause_subject(h.head)
            if h.lemma_.lower() == "hearing" and subj.lemma_.lower() in NOT_COURT_HEARING | LEGISLATIVE_SUBJECTS:
                return "other", "verb"  # "the committee has a hearing scheduled"
            return _scheduled_kind(h), "verb"  # "He has a September trial scheduled in Washington"
    if _trailing_attribution(tok):
        return "statement", "light"  # "…, they have a whopper in that scandal, Franks offered."
    if lemma == "testify" and tok.pos_ == "VERB" and not is_negated(tok) and _finite_ok(tok) and _agent_ok_subject(tok):
        return "statement", "light"  # "the director testified before the committee on Tuesday"
    if tok.dep_ in ("ROOT", "conj") and _voiced_purpose(tok) and action_ok(tok, headline):
        return "statement", "light"  # "went on Fox News on Monday to defend the plan"
    if lemma in NAMING_VERBS and _names_to_role(tok) and _outlet_subject(tok):
        return "report", "verb"  # "ABC News named her as Melyda Corado": the outlet identifies her
    if lemma in NAMING_VERBS and _names_to_role(tok):
        # "Roe was named acting director": an appointment; "was named “Person of the Year”",
        # "the paper named her as Jane Roe": an honour or an identification
        post = any(x.lemma_.lower() in ROLE_NOUNS | _POSTS for c in tok.children
                   if c.dep_ in ("oprd", "attr", "xcomp", "prep", "dobj") for x in c.subtree)
        return ("announcement" if post or lemma == "tap" else "other"), "verb"
    if lemma in EVASION_VERBS and not is_negated(tok) and _agent_ok_subject(tok) and any(
            o.lemma_.lower() in EVASION_OBJECTS for o in _obj_nouns(tok)):
        return "statement", "light"  # "the spokesman on Monday deflected questions on …"
    if lemma in REFUSAL_VERBS and action_ok(tok, headline):
        x = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if x is not None and x.lemma_.lower() not in REFUSAL_NO_COMMENT \
                and verb_trigger(x, sent_toks, has_number, headline) is None:
            if _legislature(action_subject(tok)) and _legislative_business(tok):
                return "law", "action"  # "Congress declined to fund the request": the legislature's act
            return "other", "action"  # "Biden declined to run for president last cycle"
        if x is None and any(o.lemma_.lower() in REFUSAL_OBJECTS for o in _obj_nouns(tok)):
            return "other", "action"  # "the governor declined an interview request"
    if lemma in STEP_DOWN_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" and c.i == tok.i + 1 for c in tok.children) \
            and not is_negated(tok) and _finite_ok(tok) and tok.dep_ not in _EMBEDDED_VERB_DEPS:
        return "other", "verb"  # "stepped down as owner in 1997": leaving a post
    if lemma in ("bring", "put") and _to_the_floor(tok) and action_ok(tok, headline):
        return "law", "verb"  # "McConnell brought the bill to the floor Tuesday": a legislature's step
    if lemma == "drop" and any(c.dep_ in ("prt", "prep") and c.lower_ == "out" and c.i == tok.i + 1 for c in tok.children) \
            and action_ok(tok, headline):
        return "other", "verb"  # "the senator dropped out of the race": leaving it (no statistic)
    if lemma in CLOSURE_VERBS and not is_negated(tok) and any(o.lemma_.lower() in CLOSURE_OBJECTS
                                                              for o in _obj_nouns(tok)) \
            and _agent_ok_actor(tok):
        return "policy", "verb"  # "Guatemala tried to close its border"
    if lemma in _LABEL_VERBS and (tok.tag_ == "VBN" or tok.dep_ == "acl") \
            and not any(c.dep_ == "nsubj" for c in tok.children) and _quoted_label(tok):
        return "statement", "light"  # "the president's comments, called ‘disgraceful’ by …"
    if lemma == "argue" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and not is_negated(tok):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None and tok.dep_ == "xcomp" and tok.head.dep_ == "acl" and tok.head.lemma_.lower() in _PLAN_HEADS | {"slate"}:
            subj = tok.head.head  # "The case …, set to be argued Oct. 10, …"
        if subj is not None and subj.lemma_.lower() in _ARGUED_NOUNS:
            return "court", "verb"  # "the appeal was argued Tuesday": a court hears it
    if lemma in CANCEL_VERBS and not is_negated(tok) and _finite_ok(tok):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and (subj.tag_ == "NN" or subj.lower_ == "votes") \
                and (subj.lemma_.lower() in SCHEDULED_NOUNS or NOUN_KIND.get(subj.lemma_.lower())):
            k = _scheduled_kind(subj) if subj.lemma_.lower() in SCHEDULED_NOUNS else NOUN_KIND.get(subj.lemma_.lower())
            # "The press conference was later canceled": the occasion's fate, not a new announcement
            return ("other" if k in ("announcement", "statement") else k), "subject"
    if lemma in REACTION_VERBS and _reaction(tok, headline):
        return "statement", "reaction"  # "the remarks drew condemnation from both parties"
    if lemma in INTENSIFY_VERBS:
        k = _intensified(tok)
        if k:
            return k, "verb"  # "the administration is stepping up efforts to curb …"
    if lemma in STANCE_VERBS and _stance_on_measure(tok):
        return "statement", "light"  # "the American Cancer Society supports the legislation"
    if lemma == "endorse" and tok.pos_ == "VERB" and not is_negated(tok):
        return "statement", "light"  # "Governor Lee endorsed Reyes": a public stance, said
    if tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "conj") and any(c.dep_ == "auxpass" for c in tok.children) \
            and lemma not in SPEECH and not is_negated(tok) and _finite_ok(tok) and any(
                c.dep_ == "agent" and any(g.dep_ == "pobj" and g.lemma_.lower() in COURT_NOUNS - {"panel"} for g in c.children)
                for c in tok.children):
        return "court", "verb"  # "the policy was reversed by a federal judge": a court's decision
    if lemma in ("deny", "grant", "block", "strike", "dismiss", "reject", "hear", "order", "throw", "halt", "allow") and (
            _subject_is_court(tok) or headline and _headline_verb(tok) and any(
                c.dep_ == "compound" and c.lemma_.lower() in COURT_NOUNS for c in tok.children)):
        return "court", "verb"
    if lemma == "vote" and yes_no_vote(tok):
        return "law", "verb"  # "… passed the budget. Yet a mix of conservatives voted “no.”"
    if lemma in VOTE_VERBS and legislative_vote(tok):
        return "law", "verb"  # "the Senate approved the plan", "voters rejected a proposal"
    if lemma in LAW_EFFECT_VERBS | {"pass", "clear"} and bill_subject(tok):
        objs = _obj_nouns(tok)
        if lemma not in ("pass", "clear") or any(
                o.lemma_.lower() in LEGISLATIVE_SUBJECTS | _VOTE_HURDLES or any(
                    x.lemma_.lower() in LEGISLATIVE_SUBJECTS for x in o.children if x.dep_ == "compound")
                for o in objs) or not any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "prt") for c in tok.children):
            # "the bill passed on Thursday", "the bill cleared a key hurdle"
            return "law", "verb"  # "the bill would force restaurants to …", "the bill passed the Senate"
    if lemma in _SURVEILLANCE_VERBS and _finite_ok(tok) and not is_negated(tok) and tok.dep_ in ("ROOT", "conj") \
            and _state_surveillance(tok):
        return "operation", "verb"  # "the Justice Department secretly monitored reporters' phone records"
    if (lemma == "poll" and tok.pos_ == "VERB" or _standing_in_polls(tok)) and _finite_ok(tok) \
            and not is_negated(tok) and tok.dep_ in ("ROOT", "conj"):
        return "report", "verb"  # "candidates are polling ahead", "she trailed by 20 points in polling"
    if lemma in BILL_FATE_VERBS and _finite_ok(tok) and not is_negated(tok) and bill_subject(tok):
        return "law", "verb"  # "the immigration bill died in Congress", "the measure stalled"
    if lemma in _ENACTING_VERBS and _enacts_legislation(tok):
        return "law", "verb"  # "the government passed a set of reforms": whoever passes it legislates
    if lemma in LAW_VERBS and tok.tag_ == "VBN" and _finite_ok(tok) and not is_negated(tok) \
            and _passive_bill(tok):
        return "law", "verb"  # "the legislation, which was defeated in a filibuster", "the bill was tabled"
    if lemma == "confirm" and confirmation_vote(tok):
        return "other", "verb"  # "the Senate confirmed Brett Kavanaugh": a vote on a person
    if lemma == "charge" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ in ("pobj", "pcomp") and (g.lemma_.lower() in CHARGE_OBJECTS or any(
                x.lower_ == "false" for x in g.subtree)) for g in c.children)
            for c in tok.children):
        return "court", "verb"  # "he was charged with two counts of murder", "… with lying to the FBI"
    if lemma == "charge" and any(c.dep_ == "nsubjpass" for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "connection" for g in c.children)
            for c in tok.children):
        return "court", "verb"  # "two guards were charged in connection with the death"
    if lemma in ("release", "publish", "issue", "unveil") and tok.dep_ == "acl" and tok.tag_ == "VBN" \
            and NOUN_KIND.get(tok.head.lemma_.lower()) in ("report", "policy", "law", "letter") \
            and tok.head.lemma_.lower() not in ("data", "figure", "list", "document"):
        # "an independent poll released last weekend had the candidate ahead", "a report
        # published Tuesday found …": the publication is the event
        return NOUN_KIND[tok.head.lemma_.lower()], "light"
    if lemma in _MADE_VERBS and tok.dep_ == "acl" and tok.tag_ == "VBN" and not is_negated(tok) \
            and NOUN_KIND.get(tok.head.lemma_.lower()) in _MADE_VERBS[lemma] \
            and not (tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i != tok.head.i
                     and verb_trigger(tok.head.head, sent_toks, has_number, headline) is not None):
        # "the lawsuit filed in U.S. District Court", "a budget deal passed by Congress", "a
        # bill introduced by Rep. Roe": a bill, a suit, a deal made, passed or filed is the
        # event (a measure passed or enacted is a law, whatever its noun); not when the noun's
        # own verb is a trigger, which tells the news ("Federal complaints filed Tuesday gave
        # a glimpse into …")
        k = NOUN_KIND[tok.head.lemma_.lower()]
        return ("law" if lemma in ("pass", "enact") else k), "light"
    if lemma == "declare" and any(c.dep_ == "dobj" and any(x.lemma_.lower() in EMERGENCY_NOUNS for x in c.subtree)
                                  for c in tok.children):
        return "policy", "verb"  # "the governor declared a state of emergency"
    if lemma in ("declare", "hold") and _subject_is_court(tok) and not is_negated(tok) and _finite_ok(tok) \
            and any(c.dep_ in ("ccomp", "oprd", "xcomp") or c.dep_ == "dobj" and lemma == "declare" for c in tok.children):
        return "court", "verb"  # "the Supreme Court declared the law constitutional", "the panel held that …"
    if lemma == "hold" and _legislative_subject(tok) and any(
            o.lemma_.lower() in ("hearing", "vote", "session") for o in _obj_nouns(tok)):
        return "other", "verb"  # "lawmakers held a hearing": not a court
    if lemma == "be" and tok.dep_ == "ROOT":
        k = _dated_copula(tok)
        if k:
            return k, "subject"  # "The vice presidential debate is Oct. 11"
    if lemma == "be" and tok.tag_ == "VBD" and any(c.dep_ == "expl" for c in tok.children):
        k = _happening(tok)
        if k:
            return k, "verb"  # "There was a mass shooting in Hesston"
    if lemma == "come" and tok.dep_ in ("ROOT", "conj") and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in _DEFENCE
                                                          for g in c.children) for c in tok.children) \
            and action_ok(tok, headline):
        return "statement", "light"  # "Palin came to the senator's defense in an opinion piece"
    for obj in _obj_nouns(tok):
        if lemma in LIGHT_VERBS:
            k = _light_kind(tok, obj)
            if k:
                return k, "light"
        elif lemma in SPEECH_LIGHT_VERBS and not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children) \
                and _light_kind(tok, obj) == "statement" and action_ok(tok, headline):
            return "statement", "light"  # "offered a rebuttal", "offered his support for Kemp"
    if lemma == "adopt" and not any(o.lemma_.lower() in POLICY_OBJECTS | LAW_OBJECTS or NOUN_KIND.get(o.lemma_.lower())
                                    in ("policy", "law") for o in _obj_nouns(tok)):
        return None  # "adopted a softer tone", not a rule
    if lemma == "appeal" and any(c.dep_ == "prep" and c.lower_ == "to" and not any(
            g.lemma_.lower() in COURT_NOUNS or g.lower_ in ("justices",) for g in c.subtree) for c in tok.children):
        return None  # "designed to appeal to senators", not "appealed to the Supreme Court"
    if lemma == "expel" and (_legislative_subject(tok) or any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in LEGISLATIVE_SUBJECTS | {"party"}
                                                           for g in c.subtree) for c in tok.children)):
        return "other", "verb"  # "the Senate should expel Moore": no arrest
    if lemma in VERBAL_ATTACK_VERBS and tok.dep_ in ("ROOT", "conj") and _verbal_attack(tok) and action_ok(tok, headline):
        return "statement", "light"  # "the spokeswoman defended Biden", "attacked them on Twitter"
    if lemma in AUTHOR_VERBS and _authored_work(tok) and not is_negated(tok) \
            and (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) or action_ok(tok, headline)):
        return "other", "action"  # "Ham and I published End of Discussion", "has written a new book"
    if lemma == "publish" and not _outlet_publisher(tok) and not _published_news(tok) and not is_negated(tok):
        return "other", "verb"  # "the bureau published a guide last month", "who has published two books"
    if lemma in VERB_KIND and lemma not in ACTION_VERBS:
        k = VERB_KIND[lemma]
        if k == "policy" and lemma in _SANCTION_VERBS and _done_to_person(tok):
            return "other", "verb"  # "was suspended for a year by the NFL": a sanction, no policy
        if lemma == "order" and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children):
            return None
        if k == "other" and (tok.tag_ in ("VB", "VBG") and not _tense_ok(tok) and not _result_participle(tok)
                             and not (tok.lower_ in HAPPENING_NOUNS and tok.dep_ in ("compound", "nsubj", "nsubjpass"))
                             and not (headline and tok.dep_ == "ROOT")
                             or tok.dep_ == "amod" and not _misparsed_past(tok)):
            # "candidates promise everything to win", "an award-winning film" (not a past
            # tense the parser hung on a noun root: "Trump nominated Barr in December")
            return None
        return k, "verb"
    if lemma in WEAK_OPERATION and any(t.lemma_.lower() in _OP_NOUNS for t in sent_toks):
        if lemma == "target" or any(c.lemma_.lower() in _OP_NOUNS for c in tok.children):
            return "operation", "verb"
    if lemma in ("report", "publish", "reveal") and any(
            c.dep_ == "nsubj" and (c.lower_ in ("paper", "newspaper", "outlet", "network", "report")
                                   or c.ent_type_ == "ORG" or c.lower_ in OUTLET_BRANDS) for c in tok.children):
        return "report", "verb"
    if lemma in ("report", "record", "post") and tok.dep_ in ("ROOT", "conj") and not is_negated(tok) \
            and _finite_ok(tok) and any(o.lemma_.lower() in _REPORTED_FIGURES for o in tok.children if o.dep_ == "dobj"):
        # "platforms are reporting a sharp price increase", "Nike recorded sales of $847
        # million", "the bank posted a loss": figures told
        return "report", "verb"
    if lemma in STAT_VERBS and has_number and not any(c.dep_ == "prt" for c in tok.children) \
            and _stat_number(tok):
        if _event_tally(tok):
            return "other", "verb"  # "the death toll rose to 64", "the caravan grew to 7,000": the event grows
        return "report", "verb"  # ("doubling down on …" is no statistic)
    if lemma in POLICY_CHANGE and any(o.lemma_.lower() in POLICY_OBJECTS for o in _obj_nouns(tok)):
        return "policy", "verb"  # "broadened the categories of people to target"
    if lemma in FINDING_VERBS or lemma in REPORT_OBJECT_VERBS:
        for c in tok.children:
            if c.dep_ == "nsubj" and c.lemma_.lower() in FINDING_SUBJECTS:
                return "report", "verb"  # "the survey found that …", "the report detailed 17 errors"
            if lemma in FINDING_VERBS and c.dep_ == "prep" and c.lower_ == "in" and any(
                    g.dep_ == "pobj" and NOUN_KIND.get(g.lemma_.lower()) == "report" for g in c.children):
                return "report", "verb"  # "the inspector general found in a December report that …"
        if _poll_participle(tok):
            return "report", "verb"  # "a new poll showing Roe ahead", "with a survey finding that …"
    if lemma == "have" and poll_standing(tok):
        return "report", "verb"  # "the latest poll has the governor leading by three points"
    if _share_in_poll(tok):
        return "report", "verb"  # "In the latest poll, only 4 percent of Americans picked …"
    if lemma in FINDING_AGENT_VERBS and _finding_by_inquirer(tok):
        return "report", "verb"  # "investigators found that …", "the website Pressline found that …"
    if (lemma == "cite" or lemma == "point" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)) \
            and tok.dep_ in ("ROOT", "conj") and not is_negated(tok):
        subj = _subject_head(tok)
        if subj is not None and subj.dep_ == "nsubj" and subj.lemma_.lower() not in FINDING_SUBJECTS and _agent_ok(subj):
            return "statement", "light"  # "Coburn cited the rollout of …", "she pointed to the report"
    if (tok.dep_ == "ROOT" or tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH and (
            lemma in _PLAN_HEADS or any(c.dep_ == "aux" and c.lower_ in _PLAN_MODALS for c in tok.children))) \
            and tok.pos_ == "VERB" \
            and lemma not in SPEECH and lemma not in ("be", "have") \
            and lemma not in PERSONAL_ACTS and _subject_is_court(tok) and _finite_ok(tok) and not is_negated(tok):
        return "court", "verb"  # "the justices will take up a pair of cases"
    if lemma in _PUT_OFF_VERBS and tok.pos_ == "VERB" and action_ok(tok, headline):
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in SCHEDULED_NOUNS), None)
        if obj is not None:
            return _scheduled_kind(obj), "verb"  # "Reid delayed the vote", "the judge postponed the hearing"
    if lemma == "go" and _into_force(tok):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        k = NOUN_KIND.get(subj.lemma_.lower()) if subj is not None else None
        if k and k != "statement":
            return k, "subject"  # "the bill goes into effect on Jan. 1", as "takes effect"
    if lemma in SUBJECT_EVENT_VERBS:
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if lemma in CALENDAR_VERBS and (subj is None or subj.dep_ != "nsubjpass") \
                and not (headline and _headline_scheduled(tok, subj)) and not phrasal_act(tok):
            return None  # "the vote is scheduled for …", not "he set a record"
        if subj is not None:
            k = NOUN_KIND.get(subj.lemma_.lower())
            obj = [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "attr")]
            # (an event noun's "take" / "come" tells its event only as "took place / effect",
            # "came into force"; a person's is read by the rules below: "Trump took a victory
            # lap on Thursday" is a dated act)
            noun_event = k or subj.lemma_.lower() in SCHEDULED_NOUNS
            if lemma == "take" and not set(obj) & {"place", "effect", "hold"} and noun_event:
                return None
            if lemma == "come" and not any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children) \
                    and noun_event:
                return None
            if subj.lemma_.lower() in SCHEDULED_NOUNS and subj.lemma_.lower() not in _ORIGINAL_NOUNS:
                if lemma in ("continue", "resume", "come") or is_negated(tok) \
                        or tok.dep_ not in ("ROOT", "conj", "ccomp"):
                    return None  # "the debate continues", "when the primary was just beginning"
                return _scheduled_kind(subj), "subject"
            if k == "statement":
                return None
            if k:
                return k, "subject"
    if (lemma in TOPIC_TALK_VERBS and any(c.dep_ == "prep" and c.lower_ in TOPIC_TALK_PREPS for c in tok.children)
            or speech_particle(tok, loose=True)) \
            and tok.dep_ in ("ROOT", "conj") and action_ok(tok, headline):
        # "Cruz talked about religious liberty", "Paul fired back a jab at Christie": speech
        # told as an act, the subject's statement (not "fire" as in firing someone)
        return "statement", "light"
    if lemma in ("release", "publish") and _released_papers(tok) and not is_negated(tok) and (
            tok.dep_ == "acl" and tok.tag_ == "VBN" or action_ok(tok, headline)):
        return "report", "light"  # "the committee released the transcript", "e-mails released last week"
    if (lemma in _INQUIRY_VERBS or _opens_inquiry(tok)) and _police_inquiry(tok) and action_ok(tok, headline):
        return "operation", "action"  # "the FBI has been investigating the senator for two years"
    if _ad_campaign(tok) and action_ok(tok, headline):
        return "operation", "action"  # "the committee reserved $2 million in TV advertising"
    if _emailed_person(tok) and action_ok(tok, headline):
        return "letter", "action"  # "Roe emailed his local congressman seeking help"
    if _announced_plan(tok) and action_ok(tok, headline):
        return "announcement", "action"  # "Trump launched his campaign in June", "Biden is offering his own plan"
    if lemma == "propose" and _proposal(tok) and action_ok(tok, headline):
        return "announcement", "action"  # "the governor proposed cutting the sales tax"
    if lemma in ACTION_VERBS and lemma not in VOTE_ONLY and action_ok(tok, headline):
        if lemma == "agree":
            if not (any(c.dep_ == "xcomp" for c in tok.children) or any(
                    c.dep_ == "prep" and c.lower_ in ("on", "to") for c in tok.children)):
                return None  # "the parties agreed that …", "X agreed: “…”": speech, not a deal
            if _subject_is_court(tok):
                return "court", "action"  # "the full 9th Circuit agreed to reconsider the decision"
            return "policy", "action"  # "negotiators agreed to lift the debt ceiling"
        if speech_particle(tok, loose=True) or _on_words(tok):
            return "statement", "action"  # "were quick to fire back at Reid's move", "launched into an argument"
        return "other", "action"
    if open_action(tok, headline):
        return open_kind(tok), "open"
    if not headline and passive_act(tok):
        return ("statement" if lemma in _TAKING_SIDES else "other"), "open"  # ("was backed by Ann Roe": a stance)
    if not headline and unread_speech(tok):
        if lemma in OUTLET_ACCOUNT_CUES and _outlet_named_subject(tok) or _told_in_polls(tok):
            return "report", "open"  # "…, Fox 5 DC noted.": the outlet's account; "… in some polls"
        return "statement", "open"
    return None


#: papers whose release is a released document, a report ("released the transcript", "e-mails
#: released last week", "released 300 pages of records"); not people or things set free
#: ("a number of prisoners" and "300 pages" name no papers themselves: "pages of records" does)
_PAPERS = {"email", "e-mail", "mail", "record", "transcript", "document", "file", "footage", "tape",
           "recording", "cable", "dossier", "minutes", "log", "text", "filing", "note",
           "memo", "memorandum", "data", "figure", "statistic", "list", "report", "finding",
           "audit", "analysis", "assessment", "estimate", "excerpt"}


def _released_papers(tok) -> bool:
    """What is released or published (its object, its passive subject, or the noun the
    participle describes) is papers: a released document, which the kinds call a report
    (releasing prisoners, a hostage or funds is no report)."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl":
        if tok.head.dep_ == "pobj" and tok.head.head.head.pos_ in ("VERB", "AUX"):
            return False  # "In a document released last week, Kelly ordered …": the setting of the main act
        things.append(tok.head)
    for o in things:
        if o.lemma_.lower() in _PAPERS or o.lower_ in _PAPERS:
            return True
        # "released 300 pages of records", "published a trove of e-mails"
        if any(g.dep_ == "pobj" and g.lemma_.lower() in _PAPERS for c in o.children if c.dep_ == "prep"
               and c.lower_ == "of" for g in c.children):
            return True
    return False


#: verbs of inquiry whose doer, when it is the police, makes the inquiry an operation
_INQUIRY_VERBS = {"investigate", "probe"}
#: the police and agencies of law enforcement (not a committee, a newspaper or a regulator)
_POLICE = {"fbi", "police", "bureau", "agent", "officer", "investigator", "detective", "sheriff",
           "deputy", "cia", "nsa", "ice", "atf", "dea", "interpol", "constabulary", "gendarmerie"}
_ENFORCEMENT_WORDS = {"enforcement", "police", "intelligence", "counterterrorism", "counter-terrorism"}
_ENFORCEMENT_BODIES = {"agency", "department", "official", "service", "force", "unit", "authority", "officer"}


_INQUIRIES = {"investigation", "probe", "inquiry"}


def _opens_inquiry(tok) -> bool:
    """"opened / launched / began / conducted an investigation (into …)": the inquiry told
    through a light verb, as "investigated" tells it."""
    return tok.lemma_.lower() in ("open", "launch", "begin", "start", "conduct") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _INQUIRIES for c in tok.children)


def _police_inquiry(tok) -> bool:
    """An investigation run by the police or a law-enforcement agency ("the FBI has been
    investigating the senator", "the federal law enforcement agency investigated her email
    server"): an operation of that agency, like a raid or a wiretap, not a mere act (a
    committee's or a newspaper's inquiry stays an act of its own kind)."""
    subj = action_subject(tok)
    if subj is None:
        return False
    if subj.lemma_.lower() in _POLICE or subj.lower_ in _POLICE:
        return True
    # "the federal law enforcement agency", "police officials" (not "the Senate Intelligence
    # Committee": a legislature's inquiry)
    return subj.lemma_.lower() in _ENFORCEMENT_BODIES and any(x.lower_ in _ENFORCEMENT_WORDS for x in subj.lefts)


#: what a campaign puts on the air: ads and the air time bought for them
_AD_NOUNS = {"ad", "ads", "advert", "advertisement", "advertising", "commercial", "airtime"}
#: putting ads on the air or buying the time for them (not making one: "produced an ad")
_AD_PLACING = {"air", "run", "launch", "reserve", "book", "buy", "place"}


def _ad_campaign(tok) -> bool:
    """Airing, running or launching ads, or reserving or booking time for them ("the NRCC
    launched ads there in mid-September", "has reserved advertising time in Syracuse",
    "started airing ads this week", "is going up with new ads"): a campaign's operation,
    carried out in the field like a deployment (making an ad, or an ad that accuses someone,
    is not)."""
    lemma = tok.lemma_.lower()
    if lemma in _AD_PLACING:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    elif lemma == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in tok.children):
        objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    else:
        return False
    return any(x.lemma_.lower() in _AD_NOUNS or x.lower_ in _AD_NOUNS
               for o in objs for x in o.subtree if x.pos_ == "NOUN")


#: a candidate's own run for office, which launching announces ("launched his campaign")
_RUNS = {"campaign", "bid", "candidacy", "run"}
#: a plan put before the public by its author ("is offering his own plan for …")
_PLANS_OFFERED = {"plan", "blueprint", "agenda", "roadmap", "framework"}


def _announced_plan(tok) -> bool:
    """Launching or kicking off one's own campaign, bid or candidacy ("Trump launched his
    campaign with a speech", "kicked off her presidential bid"), or offering, presenting or
    rolling out a plan ("Biden is offering his own plan for …", "rolled out a blueprint"):
    the doer makes public what it will do, an announcement (not "launched a campaign to
    recall the mayor": a drive, whose act is the doer's own)."""
    lemma = tok.lemma_.lower()
    prt = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod") and c.i == tok.i + 1}
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma == "launch" or lemma == "kick" and "off" in prt:
        return any(o.lemma_.lower() in _RUNS and (any(c.dep_ == "poss" for c in o.children) or any(
            c.dep_ == "amod" and c.lower_ in ("presidential", "reelection", "re-election") for c in o.children))
            and not any(c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("to", "against")
                        for c in o.children)
            for o in objs)
    if lemma in ("offer", "present", "unveil") or lemma == "roll" and "out" in prt:
        return any(o.lemma_.lower() in _PLANS_OFFERED for o in objs) and _subject_head(tok) is not None
    return False


def _proposal(tok) -> bool:
    """A doer proposes something that is no bill or rule ("Roe proposed cutting tax breaks
    for the team", "Bush proposed it"): putting forward a plan in public, an announcement (a
    bill or a rule proposed is read by the law and policy rules)."""
    if not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children):
        return False
    subj = _subject_head(tok)
    # (the tokenizer splits "op-ed": its pieces joined name the subject)
    word = "".join(t.text for t in subj.lefts if t.dep_ in ("compound", "punct") and t.i >= subj.i - 2).lower() \
        + subj.lower_ if subj is not None else ""
    if subj is not None and (word in _OPINION_PIECES | _SPOKEN_SETTINGS or subj.lemma_.lower() in _OPINION_PIECES
                             | _SPOKEN_SETTINGS or NOUN_KIND.get(subj.lemma_.lower())):
        return False  # "The op-ed proposed an outside-the-box solution": what a piece of writing says
    return not any(o.lemma_.lower() in LAW_OBJECTS | POLICY_OBJECTS or NOUN_KIND.get(o.lemma_.lower()) in ("law", "policy")
                   for o in _obj_nouns(tok))


def _to_the_floor(tok) -> bool:
    """"brought / put (the bill) to / on the floor", "to a vote", "up for a vote": a measure
    taken to the legislature's vote (its object, if any, not a person: "put him on the floor")."""
    if any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them", "me", "us") for c in tok.children):
        return False
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # ("the bill to the floor": on the noun)
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on", "for") and any(
        g.dep_ == "pobj" and (g.lower_ == "floor" and any(d.lower_ in ("the", "house", "senate") for d in g.children)
                              or g.lemma_.lower() == "vote" and c.lower_ != "on")
        for g in c.children) for h in heads for c in h.children)


def _misparsed_past(tok) -> bool:
    """A past tense the parser hung as an adjective on the noun after it, its subject made
    the sentence's root ("Trump nominated Barr for attorney general in December": root
    "Trump", "nominated" an amod of "Barr")."""
    head = tok.head
    root = head if head.dep_ == "ROOT" else head.head
    if tok.tag_ not in ("VBD", "VBN") or head.i != tok.i + 1 or tok.i == 0 or root.dep_ != "ROOT" \
            or root.pos_ not in ("NOUN", "PROPN"):
        return False
    prev = tok.doc[tok.i - 1]  # the subject: the root itself, or a compound of the object's phrase
    return prev.pos_ in ("NOUN", "PROPN") and (prev.i == root.i or prev.head.i in (head.i, root.i))


def unread_speech(tok) -> bool:
    """A verb of saying as the past or perfect main (or coordinated) verb of a named speaker
    whose words the attribution finder did not take ("Bush responded: …", "Kavanaugh assured
    senators", "said Tuesday, hinting at the tension", "and blamed Biden for …"): the
    saying is the event, a statement by the subject, when the verb has an object, a clause,
    a time of its own or a quotation beside it.  Not a belief (COGNITION), not in a
    relative or subordinate clause, not negated, not a question or a condition (action_ok).
    (A verb whose speech the finder did take is that speech's event, found first.)"""
    lemma = tok.lemma_.lower()
    if lemma not in SPEECH or lemma in COGNITION or lemma in SPEAKING_VERBS or lemma in NOT_ACTIONS \
            or lemma in _OTHER_SENSES:
        return False
    if tok.dep_ == "xcomp" and tok.tag_ == "VB" and _able_head(tok.head):
        pass  # "Republicans were quick to criticize the plan": the main "be" gives tense and subject
    elif tok.dep_ not in ("ROOT", "conj"):
        return False
    elif not (tok.tag_ in ("VBD", "VBN") or tok.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children)) \
            or any(c.dep_ in ("auxpass", "neg") for c in tok.children):
        return False  # (a progressive is saying now: "the campaign is hammering any connection")
    if tok.dep_ == "conj" and any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in tok.head.children):
        return False  # "was bashed by advocates and rejected by the commission": done to it
    if lemma in ("write", "pen") and any(c.dep_ == "dobj" for c in tok.children):
        return False  # "has written poems", "wrote a book": no words reported
    if _added_thing(tok):
        return False  # "the government has added hundreds of miles of walls": adding a thing, no saying
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if not (any(c.dep_ in ("dobj", "ccomp", "dative") or c.dep_ == "npadvmod" and _one_time(c) for c in tok.children)
            or nxt is not None and nxt.text in (":", ".", "“", '"') or any(t.text in ("“", "”", '"') for t in tok.sent)):
        return False  # what was said, to whom, when, or a quotation: not "opined on the matter for an hour"
    return action_ok(tok)


#: what is "added" when adding is saying ("added a caveat", "added his voice to …")
_ADDED_WORDS = {"caveat", "note", "voice", "warning", "detail", "qualifier", "twist", "line", "word", "words"}
def _added_thing(tok) -> bool:
    """"add" with a thing as its object ("has added hundreds of miles of fencing", "added 300
    officers"): an act, not "he added that …" / "added a caveat"."""
    if tok.lemma_.lower() != "add" or any(t.text in ("“", '"', ":") for t in tok.doc[tok.i + 1:tok.sent.end]):
        return False  # ('He added the government “immediately … destroyed …”': a clause misparsed)
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in _SAID_WORDS | _ADDED_WORDS
               and not (c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].pos_ in ("VERB", "AUX", "ADV"))
               for c in tok.children)


#: verbs of saying with a common sense that is no saying ("called the CDC" on the phone,
#: "requested the files", "read the report")
_OTHER_SENSES = {"call", "request", "read", "ask", "post", "report"}


def _into_force(tok) -> bool:
    """'goes into effect / into force': the subject's event taking effect (not "went into the
    building"); "take effect" and "come into force" are subject-event verbs already."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("effect", "force") for g in c.children) for c in tok.children)


#: verbs whose own rules above decide when they are events (and reject the rest: "ramped
#: those efforts up", "Boehner rejected criticism", "the study found"): never open-class
_RULED_VERBS = (STAT_VERBS | INTENSIFY_VERBS | STEP_DOWN_VERBS | REFUSAL_VERBS | REACTION_VERBS
                | WEAK_OPERATION | SUBJECT_EVENT_VERBS | FINDING_VERBS | REPORT_OBJECT_VERBS | VOTE_VERBS
                | CANCEL_VERBS | {"call", "brand", "label", "dub", "deem", "name", "tap", "appeal", "adopt",
                                  "expel", "rule", "argue", "testify", "charge", "hold", "declare", "order",
                                  "cite", "point", "schedule", "slate"})


#: policy verbs that, done to one person, are a sanction rather than a rule
_SANCTION_VERBS = {"suspend", "ban", "bar", "revoke"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}


def _one_person(n) -> bool:
    """'he', or a name of two words or more ('Jim Acosta'; a lone word the tagger calls a
    person may be a programme: 'rescinded Daca')."""
    return n.lower_ in _PERSON_PRONOUNS or n.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in n.children)


def _done_to_person(tok) -> bool:
    """The verb's patient is one person ('he was suspended', 'suspended Jones') or a
    person's own thing ('revoked Acosta's press badge', 'suspended his party membership')."""
    for c in tok.children:
        if c.dep_ == "nsubjpass" and _one_person(c):
            return True
        if c.dep_ == "dobj" and (_one_person(c) or any(p.dep_ == "poss" and (_one_person(p) or p.lower_ in ("his", "her"))
                                                        for p in c.children)):
            return True
    if any(c.dep_ == "auxpass" for c in tok.children):
        cur = tok  # "He avoided prison, was fined … and was suspended …": the first conjunct's subject
        for _ in range(4):
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return _one_person(subj)
            if cur.dep_ != "conj" or cur.head.i == cur.i:
                break
            cur = cur.head
    return False


def _verbal_attack(tok) -> bool:
    """'defended Biden' / 'defended himself' (a person as object), or 'attacked X on Twitter
    and at rallies' (a medium of speech): words, not force."""
    if tok.lemma_.lower() == "defend" and any(
            o.dep_ == "dobj" and (o.ent_type_ == "PERSON" or o.lower_ in ("him", "her", "them", "himself", "herself",
                                                                         "themselves", "me", "us", "myself"))
            for o in tok.children):
        return True
    # (the parser often hangs the medium on the object: "attacked both couples on Twitter")
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    for c in [*tok.children, *(x for o in objs for x in o.children)]:
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "during", "via"):
            for g in c.children:
                if g.dep_ == "pobj" and (g.lower_ in SPEECH_MEDIA or g.lemma_.lower() in SPEECH_MEDIA):
                    return True
    return False


def speech_particle(tok, loose: bool = False) -> bool:
    """A phrasal verb of saying (`lexicon.SPEECH_PHRASAL`: "pushed back", "has spoken out");
    `loose`: also a particle the parser tagged as an adverb right after the verb ("fired back
    a jab")."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in tok.children):
        return False  # "they were pushed back by police in riot gear": done to them, no words
    return any((c.dep_ == "prt" or loose and c.dep_ == "advmod" and c.i == tok.i + 1)
               and (lemma, c.lower_) in SPEECH_PHRASAL for c in tok.children)


def open_kind(tok) -> str:
    """The kind an open-class action's setting gives it: done "in court briefs / a lawsuit"
    it is a court event, a verbal clash ("Netanyahu has clashed with Obama") a statement.
    (Not the object's kind: "defended the bill" is no law.)"""
    if any(c.dep_ == "prep" and c.lower_ in ("in", "through", "with") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in COURT_FILINGS for g in c.children) for c in tok.children):
        return "court"
    if _told_in_polls(tok):
        return "report"  # "College-educated women have indicated they prefer Roe by 20 points in some polls"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.ent_type_ not in ("PERSON", "ORG", "NORP") and (subj.lemma_.lower() in _SAID_DOERS or (
            subj.tag_ in ("NNS", "NNPS") and subj.lower_[:-1] in _SAID_DOERS)):  # ("Tributes": NNPS at the start)
        return "statement"  # "Tributes have poured in from across the country", "Criticism mounted"
    lemma = tok.lemma_.lower()
    if lemma in VERBAL_CLASH or lemma in SPEAKING_VERBS or lemma in _VOICING_VERBS or speech_particle(tok, loose=True):
        return "statement"  # "has clashed with", "spoke at a rally", "outlined other steps", "fire back at"
    if lemma in _TAKING_SIDES and not any(c.dep_ == "prt" for c in tok.children) and any(
            c.dep_ in ("dobj", "agent") for c in tok.children):
        return "statement"  # "They opposed the stimulus package", "was backed by Ann Roe": a stance
    if _speaking_participle(tok):
        return "statement"  # "Bush choked back tears eulogizing his father": the act is the speech
    if _interview_or_outline(tok):
        return "statement"  # "sat down with Yahoo News", "Democrats have laid out four actions"
    if lemma in _SAYING_ACTS and not is_negated(tok) and not _recalled_thing(tok):
        return "statement"  # "Biden recalled growing up in Scranton", "Republicans professed to be stunned"
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in _CASTING_VERBS and objs and any(c.dep_ == "prep" and c.lower_ == "as"
                                                for c in (*tok.children, *(g for o in objs for g in o.children))):
        return "statement"  # "the White House cast the president as …", "singled out Warren as …"
    if lemma == "agree" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return "statement"  # "agreed with the decision": a view declared (not "agreed to": a deal)
    if lemma == "come" and _came_out_on(tok):
        return "statement"  # "came out against the bill", "came out in favor of the stadium": a stance declared
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and _spoken_setting(g) for g in c.children) for c in tok.children):
        return "statement"  # "indicated in a statement …", "went into depth in an interview"
    if _legislature(action_subject(tok)) and _legislative_business(tok):
        return "law"  # "the Senate cleared an initial hurdle", "state lawmakers eliminated the law"
    if bill_subject(tok):
        return "law"  # "the health care bill headed for an overhaul": what a bill undergoes
    obj_lemmas = [o.lemma_.lower() for o in objs]
    if lemma in _DEAL_MAKING and any(o in _DEALS for o in obj_lemmas):
        return "policy"  # "Trump cut a temporary deal with the Democrats"
    if (lemma in _RULE_CHANGES or lemma == "roll" and any(c.lower_ == "back" for c in tok.children)) \
            and any(o in _RULES for o in obj_lemmas):
        return "policy"  # "the administration lifted some restrictions", "has expanded voter eligibility"
    if lemma in DATED_LIGHT_ACTS and any(o.lemma_.lower() in SPEECH_EVENT_NOUNS | {"conference", "briefing"}
                                         for o in _obj_nouns(tok)):
        return "statement"  # "gave a press conference on March 19": speaking on an occasion
    if lemma in PRAISE_BLAME_VERBS or lemma in PRAISE_BLAME_PERSON_VERBS and any(
            c.dep_ == "dobj" and _agent_ok(c) for c in tok.children):
        return "statement"  # "Gates also complimented her in his memoir", "has hammered officials"
    if lemma == "refer" and not any(c.dep_ == "dobj" for c in tok.children) \
            and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return "statement"  # "In April, she referred to the whistleblower as …" (not "referred the case to")
    if lemma in ("take", "make", "fire", "aim") and any(
            o.lemma_.lower() in _JAB_NOUNS and (o.lemma_.lower() != "shot" or any(
                c.dep_ == "prep" and c.lower_ == "at" for c in (*tok.children, *o.children)))
            for o in tok.children if o.dep_ == "dobj"):
        return "statement"  # "took a clear swipe at the administration", "took a shot at Democrats"
    if lemma in ("go", "appear", "come") and any(o.lemma_.lower() in SPEECH_MEDIA for o in _obj_nouns(tok)):
        return "statement"  # "went on national television Tuesday": speaking on the air
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in _SAID_WORDS or _content_clause(c) or _call_for(c))
           for c in tok.children):
        # "backed McConnell's remarks", "tweeted messages", "disputed the claims", "brushed
        # aside a question", "broke his silence", "cast blame toward Putin"
        return "statement"
    if _on_words(tok):
        return "statement"  # "launched into an argument for …", "came forward with allegations"
    if _on_study(tok):
        return "report"  # "commissioned a polling firm for a survey", "did an evaluation of the program"
    x = _catenative_complement(tok)
    if x is not None:
        return open_kind(x)  # "the NFL scrambled to change its policies": what it rushed to do
    return "other"


def _catenative_complement(tok):
    """The act a catenative verb's complement tells ("scrambled to change its policies",
    "managed to strike a deal"): that act's setting and objects name the kind, as they
    would if it were told alone."""
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and catenative_act(c)), None)


#: studies and surveys an act makes, orders or covers: a report
_STUDIES = {"poll", "survey", "study", "analysis", "evaluation", "audit"}


def _on_study(tok) -> bool:
    """The act's object, or what it is "for", is a study or a survey ("Fox News covered a
    Washington Post poll", "commissioned a firm for a survey", "did an evaluation of …",
    "wrote up a private survey"): making or telling findings, a report."""
    if tok.lemma_.lower() in SPEECH_LIGHT_VERBS:
        return False  # "gave a stark assessment / analysis of ISIS": said
    things = [c for c in tok.children if c.dep_ == "dobj"]
    things += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _STUDIES and t.tag_ in ("NN", "NNS") for t in things)


#: things said as the doer of an act: what they do is others' saying ("Tributes have poured in",
#: "Condolences flooded social media", "Criticism mounted"; not "the backlash" or "the fire")
_SAID_DOERS = (REACTION_NOUNS - {"backlash", "outcry", "outrage", "ire", "fire"}) | {
    "tribute", "condolence", "praise", "reaction", "denunciation", "accolade", "plaudit", "eulogy"}


def _told_in_polls(tok) -> bool:
    """The act, or the view it tells, is measured "in (the / some / recent) polls" or "in a
    survey": what polls found, a report (not "the poll" as a place: "voters went to the polls")."""
    for x in (tok, *(c for c in tok.children if c.dep_ in ("ccomp", "xcomp"))):
        for p in x.children:
            if p.dep_ == "prep" and p.lower_ == "in" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _POLL_NOUNS for g in p.children):
                return True
    return False


def _call_for(noun) -> bool:
    """A call "for" something or "to" do it ("embraced Roe's call for the party to fight",
    "heeded calls to resign"): a demand put into words, not a telephone call ("returned the
    call")."""
    return noun.lemma_.lower() == "call" and noun.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("acl", "relcl", "advcl") and c.tag_ == "VB"
        and any(a.tag_ == "TO" or a.dep_ == "mark" and a.lower_ == "for" for a in c.children) for c in noun.children)


#: writing by e-mail: an e-mail sent to someone is a letter, as a letter written to them is
_EMAIL_VERBS = {"email", "e-mail"}


def _emailed_person(tok) -> bool:
    """"Roe emailed his local congressman seeking help", "e-mailed the senator on Monday": a
    message written and sent to a person, a letter (not "emailed reporters a statement": its
    words are the statement; nor mail back and forth with no one named)."""
    if tok.lemma_.lower() not in _EMAIL_VERBS and tok.lower_ not in ("emailed", "e-mailed"):
        return False
    if any(c.dep_ == "dative" for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "them")
                                     or c.lemma_.lower() in ROLE_NOUNS | AGENT_NOUNS | _MEMBERS)
               for c in tok.children)


def _content_clause(noun) -> bool:
    """A noun whose clause says what it holds ("revived the argument that presidential
    systems fail", "pushed the notion that …"): an idea put in words, not a thing."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) for c in noun.children)


#: verbs of saying that tell a statement even with no words reported ("Biden recalled growing
#: up in Scranton", "Republicans professed to be stunned", "she insinuated as much"): the
#: subject speaks; none has a common sense that is not speech
_SAYING_ACTS = {"recall", "recount", "reminisce", "profess", "insinuate", "mention", "concede",
                "acknowledge", "quip", "joke", "muse", "retort", "rebut", "opine", "hint", "vow",
                "lament", "boast", "brag", "apologize", "apologise", "reiterate", "elaborate"}
#: what is "recalled" to be called back, not remembered aloud (envoys, troops, products): `_recalled_thing`
_RECALLED = {"ambassador", "envoy", "diplomat", "vehicle", "car", "truck", "product", "model", "unit",
             "troop", "soldier", "force", "legislature", "parliament"}
#: verbs that present someone or something "as" what they are said to be ("cast the president
#: as swayed", "singled out Warren as …", "portrayed him as petty"): a characterisation, said
_CASTING_VERBS = {"cast", "single", "portray", "depict", "paint", "frame", "characterize", "characterise",
                  "brand", "label", "dub", "hail", "tout", "describe", "quote"}


def _interview_or_outline(tok) -> bool:
    """"sat down with Yahoo News" (an interview with an outlet) or "laid out four steps" (an
    idea put forward, like "outlined"): what the subject said."""
    lemma = tok.lemma_.lower()
    prt = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}
    if lemma == "lay" and "out" in prt and any(c.dep_ == "dobj" for c in tok.children):
        return True
    if lemma == "sit" and "down" in prt:
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and any(x.lower_ in OUTLET_BRANDS or x.lower_ in OUTLET_WORDS and x.is_title
                                     for x in g.subtree) for g in c.children) for c in tok.children)
    return False


def _recalled_thing(tok) -> bool:
    """"recalled its ambassador", "recalled 1 million vehicles": calling back, not remembering aloud."""
    return tok.lemma_.lower() == "recall" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _RECALLED or any(g.like_num for g in c.children))
        for c in tok.children)


#: taking a side for or against someone or something, a public stance (not "backed down")
_TAKING_SIDES = {"oppose", "back"}
#: making a deal ("cut a deal", "struck an agreement"): a policy, like "agreed to …"
_DEAL_MAKING = {"cut", "strike", "reach", "seal", "ink", "clinch", "hammer", "forge", "finalize"}
_DEALS = {"deal", "agreement", "pact", "accord", "compromise", "truce", "ceasefire", "bargain"}
#: changing what a rule allows ("lifted some restrictions", "eased sanctions", "expanded
#: eligibility"): a policy act, done by whoever sets the rule
_RULE_CHANGES = {"lift", "ease", "loosen", "relax", "tighten", "waive", "expand", "extend", "scrap",
                 "reverse", "end", "reinstate", "renew", "raise", "lower",
                 # changing what the rule says ("the league changed its policies", "revised its guidelines")
                 "change", "revise", "update", "rewrite", "alter"}
_RULES = {"restriction", "sanction", "ban", "rule", "regulation", "requirement", "eligibility",
          "limit", "cap", "mandate", "policy", "tariff", "embargo", "moratorium", "guideline",
          "curfew", "quota", "exemption", "waiver"}


#: what one comes out "in": a stance ("came out in opposition to the plan")
_STANCE_NOUNS = {"opposition", "favor", "favour", "support", "defense", "defence"}


def _came_out_on(tok) -> bool:
    """"came out against / for / in favor of / in support of …": a stance declared (not
    "came out of the meeting", "the report came out Tuesday")."""
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in tok.children):
        return False
    for p in tok.children:
        if p.dep_ != "prep" or p.i < tok.i:
            continue
        if p.lower_ in ("against", "for") and any(g.dep_ == "pobj" for g in p.children):
            return True
        if p.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in _STANCE_NOUNS for g in p.children):
            return True
    return False


#: objects that are someone's words: an act done to them is itself said ("quickly backed
#: McConnell's remarks", "tweeted messages attacking …", "disputed the allegations")
_WORDS_OBJECTS = {"remark", "remarks", "comment", "claim", "allegation", "assertion", "accusation",
                  "statement", "message", "tweet", "characterization", "rhetoric", "criticism",
                  # arguments and verdicts put into words ("revived an argument", "challenged the
                  # findings", "issued a rebuke")
                  "argument", "theme", "critique", "rebuke", "denial", "insult",
                  "complaint", "objection", "rationale", "explanation", "excuse", "praise",
                  "finding", "conclusion"}


#: prepositions through which an act works on someone's words: into (an argument), with
#: (allegations), on (a claim), to (the criticism), of / from (his remarks), against, about
_WORDS_PREPS = {"into", "with", "on", "to", "of", "from", "against", "about",
                # standing by one's words ("has stood by his remarks", "stands by her claims")
                "by"}
#: things said, as what an act works on through a preposition (`_on_words`)
#: and as its object: questions put or dodged, silence broken, blame cast (not a promise kept
#: or a warning heeded: acts on words that are no saying)
_SAID_WORDS = _WORDS_OBJECTS | {"question", "prediction", "silence", "blame", "contention", "insistence",
                                "admission", "suggestion"}


def _on_words(tok) -> bool:
    """The act works on words through a preposition: "launched into a lengthy argument for gun
    control", "came forward with allegations", "doubled down on his claim", "reacted to the
    president's assertion", "backed away from his remarks"; the words are the act's own
    object, not a place or a person."""
    return any(c.dep_ == "prep" and c.lower_ in _WORDS_PREPS and c.i > tok.i and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _SAID_WORDS and g.tag_ in ("NN", "NNS") for g in c.children)
        for c in (*tok.children, *_verb_complements(tok)))


def _verb_complements(tok):
    """The children of the verb's adjective or adverb complement ("steered clear of
    predictions", "stayed silent on the allegations", "kept quiet about the claims"): a
    preposition there tells what the verb's act works on, as one on the verb would."""
    return [g for c in tok.children if c.dep_ in ("acomp", "oprd", "advmod") and c.i > tok.i
            and c.pos_ in ("ADJ", "ADV") for g in c.children]


#: verbs that put forward an idea or another's words: what they tell is said ("The president
#: outlined other steps", "Republicans have floated moving the date", "retweeted a post")
_VOICING_VERBS = {"outline", "float", "retweet", "reiterate", "rehash", "sketch", "preview"}
#: where words are delivered: done "in a statement", the act is what was said ("indicated in a
#: statement that …", "named an example in an opinion piece"); "post" and "piece" only as a
#: kind of one ("a Facebook post", "an opinion piece"; not "in a post as ambassador")
_SPOKEN_SETTINGS = {"statement", "interview", "speech", "remarks", "address", "testimony", "op-ed",
                    "tweet", "column", "essay", "editorial", "podcast", "memoir"}
_SPOKEN_SETTINGS_MODIFIED = {"post", "piece", "message", "video"}
#: a legislature, its chambers and its members as a body: their open-class acts are the
#: legislature's business ("the Senate cleared an initial hurdle", "Congress declined to fund
#: the wall", "Senate Republicans are contemplating measures")
_LEGISLATURES = {"senate", "house", "congress", "legislature", "parliament", "assembly", "chamber"}
_LEGISLATORS = {"lawmaker", "legislator"}
_CAUCUS_MEMBERS = {"republican", "democrat", "senator", "member"}
#: the business a legislature's act is about, beside LAW_OBJECTS: its procedure and the
#: requests and money it grants or refuses ("cleared a procedural hurdle", "declined to fulfill
#: his request for $5.7 billion")
_LEGISLATIVE_BUSINESS = LAW_OBJECTS | {"hurdle", "vote", "debate", "request", "funding", "exception",
                                       "provision", "package", "rule", "filibuster", "motion",
                                       "procedure", "appropriation", "spending", "deadline",
                                       # a veto the legislature overrides or sustains
                                       "veto"}


def _legislative_business(tok) -> bool:
    """The act's object, or its infinitive's object, is a bill or the legislature's business."""
    for x in (tok, *(c for c in tok.children if c.dep_ == "xcomp")):
        if any(o.lemma_.lower() in _LEGISLATIVE_BUSINESS for o in _obj_nouns(x)):
            return True
    return False


def _spoken_setting(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _SPOKEN_SETTINGS or lemma in _SPOKEN_SETTINGS_MODIFIED and any(
        c.dep_ in ("compound", "amod") and c.lower_ not in ("previous", "new", "top", "senior") for c in noun.children)


def _legislature(subj) -> bool:
    """A subject naming a legislature or its members as a body (not the White House, not a
    committee, not one senator)."""
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    mods = {c.lower_ for c in subj.children if c.dep_ in ("compound", "amod")}
    if lemma in _LEGISLATURES:
        return "white" not in mods and not (lemma == "house" and subj.i and subj.doc[subj.i - 1].lower_ == "white")
    if lemma in _LEGISLATORS:
        return True
    if subj.tag_ == "NNPS" and lemma.endswith("s"):
        lemma = lemma[:-1]  # the tagger keeps "Republicans" as its own lemma
    return lemma in _CAUCUS_MEMBERS and subj.tag_ in ("NNS", "NNPS") and bool(mods & {"senate", "house"})


def open_verb(tok) -> bool:
    """A verb of the open class: none of NOT_ACTIONS, speech or a verb with rules of its own."""
    lemma = tok.lemma_.lower()
    return not (lemma in NOT_ACTIONS or lemma in SPEECH and lemma not in SPEAKING_VERBS and not _added_thing(tok)
                or lemma in VERB_KIND or lemma in _RULED_VERBS or not lemma.isalpha())


#: what is published as news or findings ("published a story / the transcript / its data"),
#: beside the report nouns: a report by whoever publishes it
_NEWS_PUBLISHED = {"story", "article", "piece", "investigation", "information", "database", "excerpt",
                   "transcript", "finding", "result", "photo", "image", "video", "account", "detail",
                   "expose", "exposé", "series", "editorial", "op-ed", "column", "interview", "report",
                   "number", "estimate", "ranking", "index", "forecast", "projection", "record", "news",
                   "profile", "obituary", "feature", "review", "reporting", "cartoon", "essay", "commentary"}


def _outlet_publisher(tok) -> bool:
    """Who publishes is a news outlet: the subject of the verb or, for a participle or an
    infinitive, of the verb it depends on ("The Post was mocked after publishing a profile"),
    or a passive's "by" agent ("articles published by the website")."""
    x = tok
    for _ in range(3):
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.dep_ == "nsubj" and x is tok and _outlet_named_subject(tok) or _outlet_noun(subj)
        agent = next((g for c in x.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return _outlet_noun(agent)
        if x.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or x.head.i == x.i:
            return False
        x = x.head if x.dep_ != "pcomp" else x.head.head
    return False


def _outlet_noun(noun) -> bool:
    """A noun naming a news outlet: a brand, a site word ("the website"), or a name with an
    outlet word ("The Washington Post", "NBC News"; not a person: "Jo Fox")."""
    if noun.lower_ in OUTLET_BRANDS or noun.lemma_.lower() in _SITE_WORDS:
        return True
    if noun.pos_ != "PROPN" or noun.ent_type_ == "PERSON":
        return False
    name = [noun] + [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return any(t.lower_ in OUTLET_BRANDS or t.lower_ in OUTLET_WORDS and (t.is_title or t.is_upper) for t in name)


def _published_news(tok) -> bool:
    """The object (passive subject, or the noun a participle describes) of "publish" is news
    or findings: a report noun or one of `_NEWS_PUBLISHED` ("published a story", "published
    its annual report", "articles published by the website")."""
    things = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl":
        things.append(tok.head)  # "articles published by the website"
    if tok.dep_ in ("ccomp", "xcomp", "oprd"):
        things += [o for o in tok.head.children if o.dep_ == "dobj"]  # "wanted the stories published"
    if tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        things.append(tok.head.head)  # "the stories they wanted published"
    return any(o.lemma_.lower() in _NEWS_PUBLISHED or NOUN_KIND.get(o.lemma_.lower()) == "report" for o in things)


def _authored_work(tok) -> bool:
    """The verb's object (or passive subject) is a work an author makes: a book, a memoir,
    an album (`lexicon.AUTHORED_WORKS`), or a title the tagger marks as a work of art."""
    return any((o.lemma_.lower() in AUTHORED_WORKS or o.ent_type_ == "WORK_OF_ART")
               and not (o.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children))
               for o in tok.children if o.dep_ in ("dobj", "nsubjpass"))  # ("has written poems": a habit)


#: light verbs of DATED_LIGHT_ACTS that tell an act only with an object ("spent $310,000",
#: "gave her a tour"; not "spent last week", "made it")
#: where a light-verb act may stand: the main clause (root or a conjunct), and with
#: `clause=True` also a relative or adverbial clause ("Hale, who ran for mayor in 2008")
_MAIN_ACT_DEPS = ("ROOT", "conj")
_CLAUSE_ACT_DEPS = ("ROOT", "conj", "relcl", "advcl")
_LIGHT_TRANSITIVE = {"make", "take", "give", "bring", "offer", "receive", "spend", "pay", "earn"}


def dated_light_act(tok, clause: bool = False) -> bool:
    """An everyday light or motion verb (`lexicon.DATED_LIGHT_ACTS`) told once: the simple past
    of a main clause with a time of its own ("She lost one week after the election", "Mr.
    Grassley led the battle in 1995", "This year, San Francisco spent $310,000 …"), not in a
    headline.  Without a time ("Republicans lost ground", "he led the party") it tells a state
    or a habit, and stays out.  (`clause`: also the verb of a clause beside the main one, whose
    own rules are the pipeline's: "Hale, who ran for mayor in 2008, …", "before she took over
    the campaign in mid-2016".)"""
    deps = _CLAUSE_ACT_DEPS if clause else _MAIN_ACT_DEPS
    if tok.tag_ == "VB" and tok.lemma_.lower() in DATED_LIGHT_ACTS and planned_light_act(tok, deps):
        return True  # "The governor will make a visit to the border on Friday"
    if tok.tag_ != "VBD" or tok.dep_ not in deps or tok.lemma_.lower() not in DATED_LIGHT_ACTS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # "did lose", "was given"
    if tok.lemma_.lower() in _LIGHT_TRANSITIVE and not any(
            c.dep_ == "dobj" and not _one_time(c) and c.lower_ not in TIME_WORDS for c in tok.children):
        return False  # "He spent last week …": the time is all that was spent
    return _own_time(tok) or _light_object(tok) or any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and _phrase_time(g) for g in c.children) for c in tok.children)


def planned_light_act(tok, deps) -> bool:
    """A light verb of `lexicon.DATED_LIGHT_ACTS` planned for a time of its own: after "will"
    in a main clause ("The governor will make a visit to the border on Friday", "the mayor
    will take questions Thursday") or as the infinitive of "is expected / set / scheduled to"
    ("She is expected to give a speech in Ohio next week"): an act on the calendar, as its
    simple past with a time is one.  Not "will take time", "would make" (a hypothesis) or
    "will lead the party" (no time: a state to come)."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.dep_ == "xcomp":
        head = tok.head
        if head.lemma_.lower() not in _SCHEDULE_HEADS or head.dep_ not in deps or not any(
                c.dep_ == "auxpass" for c in head.children) or any(a.dep_ == "auxpass" for a in auxes):
            return False
    elif tok.dep_ not in deps or len(auxes) != 1 or auxes[0].lower_ not in _PLAN_MODALS:
        return False
    if tok.lemma_.lower() in _LIGHT_TRANSITIVE and not any(
            c.dep_ == "dobj" and not _one_time(c) and c.lower_ not in TIME_WORDS for c in tok.children):
        return False  # "will spend next week …": the time is all that is spent
    return _own_time(tok)


def _phrase_time(noun) -> bool:
    """A time one step inside the verb's phrase ("went into depth in an interview Friday",
    "appeared at the start of two briefings on Thursday"): the noun's own time word or its
    "on / in" phrase of one time (not a clause of its own)."""
    for c in noun.children:
        if c.dep_ == "npadvmod" and _one_time(c):
            return True
        if c.dep_ == "prep" and c.lower_ in _ONE_TIME_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and (_one_time(g) or any(
                        x.dep_ == "prep" and x.lower_ in _ONE_TIME_PREPS and any(
                            y.dep_ == "pobj" and _one_time(y) for y in x.children) for x in g.children)):
                    return True
    return False


#: phrasal verbs of a light verb that tell no act of their own doer ("it turned out", "ended
#: up" is `catenative_act`'s, "went on" / "kept up" go on with something, "grew up")
_NOT_PHRASAL_ACTS = {("turn", "out"), ("end", "up"), ("grow", "up"), ("go", "on"), ("keep", "up"),
                     ("come", "up"), ("go", "up"), ("go", "down"), ("come", "down"), ("come", "back"),
                     ("go", "back"), ("stay", "on"), ("look", "back"), ("get", "back")}


def phrasal_act(tok, clause: bool = False) -> bool:
    """A light or motion verb of NOT_ACTIONS made an act by its particle ("sat down with Yahoo
    News", "took over the campaign", "set up a fund", "turned up flaws in the software",
    "gave up the seat"): an open-class action (its tense, clause and doer checked by
    `action_ok`), without the time a bare light verb needs (`dated_light_act`).  (`clause`:
    also the verb of a clause beside the main one, as `dated_light_act`'s: "When Trump sat
    down with Macron, …")"""
    lemma = tok.lemma_.lower()
    deps = _CLAUSE_ACT_DEPS if clause else _MAIN_ACT_DEPS
    if lemma not in DATED_LIGHT_ACTS | _PHRASAL_LIGHT or tok.dep_ not in deps:
        return False
    return any((c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in PARTICLES) and c.i == tok.i + 1
               and (lemma, c.lower_) not in _NOT_PHRASAL_ACTS for c in tok.children)


#: light verbs whose headline present with an object tells one act ("EU ends Syria arms
#: embargo", "Scalia takes swipe at …", "House Dems make Clinton 2016 pitch"); not "leads",
#: "helps", "gets", "gains" (a standing or a trend)
_HEADLINE_LIGHT = {"make", "take", "give", "bring", "offer", "end", "begin", "start"}


def headline_light_act(tok) -> bool:
    """A light verb of `_HEADLINE_LIGHT` as a sentence-case headline's present main verb with
    a noun object: a headline tells one act, the time its body's ("EU ends Syria arms
    embargo"); not a pronoun or a time for object ("makes it", "takes time", "takes years")."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBZ", "VBP") or tok.lemma_.lower() not in _HEADLINE_LIGHT:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not _one_time(c) and c.lower_ not in TIME_WORDS
               and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)  # ("offers no hints")
               and c.lemma_.lower() not in _DURATIONS | {"time", "place", "part", "care", "look", "note", "aim", "credit"}
               for c in tok.children)


def light_act(tok, clause: bool = False) -> bool:
    """A verb of NOT_ACTIONS that tells an act here: dated (`dated_light_act`), made one by its
    particle (`phrasal_act`) or, for `lexicon.TRANSITIVE_ACTS`, by its object (`transitive_act`)."""
    return dated_light_act(tok, clause) or phrasal_act(tok, clause) or transitive_act(tok, clause)


def transitive_act(tok, clause: bool = False) -> bool:
    """A verb of `lexicon.TRANSITIVE_ACTS` with an object ("Stanford has changed the name of
    two buildings"): done to something, an act (not "prices changed"); `clause` as in
    `phrasal_act`."""
    deps = _CLAUSE_ACT_DEPS if clause else _MAIN_ACT_DEPS
    return tok.lemma_.lower() in TRANSITIVE_ACTS and tok.dep_ in deps and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)


_PHRASAL_LIGHT = {"put", "set", "sit", "stand", "turn", "get", "hold", "keep", "back", "do", "show", "pass",
                  "follow"}


_DURATIONS = {"year", "month", "week", "day", "hour", "minute", "decade", "time", "night", "weekend", "career"}
#: verbal blows a light verb deals ("took a swipe at Democrats", "took a jab at the press"): words
_JAB_NOUNS = {"swipe", "jab", "dig", "potshot", "shot"}


def _light_object(tok) -> bool:
    """A transitive light verb's object that makes it one act: a thing counted or singled
    out ("took a victory lap", "earned $60 million", "made a petulant reference to Kelly",
    "received an absentee ballot"), not a bare noun or a definite one ("lost ground",
    "led the party", "made it")."""
    if tok.lemma_.lower() not in _LIGHT_TRANSITIVE:
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM", "SYM") and not _one_time(c) \
                and c.lemma_.lower() not in _DURATIONS:  # ("spent more than 20 years as …")
            if any(d.dep_ == "det" and d.lower_ in ("a", "an") or d.dep_ == "nummod" for d in c.children) \
                    or c.pos_ in ("NUM", "SYM") or c.text == "$":
                return True
    return False


def _own_time(tok) -> bool:
    """The verb has a time of its own, once ("on January 1", "in 1995", "Tuesday"): an act on
    the calendar, not a habit or a state."""
    return any(c.dep_ == "npadvmod" and _one_time(c) or c.dep_ == "prep" and c.lower_ in _ONE_TIME_PREPS and any(
        g.dep_ == "pobj" and _one_time(g) for g in c.children) for c in tok.children)


#: adjectives of a person or body due to act ("Rice is due to speak", "McConnell is ready to
#: release his version Thursday", "The bank is poised to raise rates")
_DUE_ADJS = {"due", "ready", "poised", "set", "slated", "scheduled"}


def due_to_act(tok) -> bool:
    """An open-class act a named actor is due, ready or poised to do ("Rice is also due to
    speak at the AIPAC meeting", "McConnell is ready to release his version Thursday"): a
    planned act.  The infinitive of such an adjective after a present or past "be" of the
    main clause, not negated, not a question or condition, the subject an actor."""
    adj = tok.head
    if tok.dep_ != "xcomp" or tok.tag_ != "VB" or adj.i == tok.i or adj.dep_ != "acomp" \
            or adj.lemma_.lower() not in _DUE_ADJS or adj.pos_ not in ("ADJ", "VERB"):
        return False
    be = adj.head
    if be.lemma_.lower() != "be" or be.dep_ != "ROOT" or is_negated(be) or _conditional(be) \
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in be.children) \
            or any(c.dep_ == "auxpass" for c in tok.children) or _in_question(tok):
        return False
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return subj is not None and _agent_ok(subj)


def open_action(tok, headline: bool = False) -> bool:
    """Any other verb of a named actor's main clause, in the simple past, the present
    perfect, with 'will' or in the present progressive ("Klobuchar packed it in Monday",
    "Pelosi has rebuffed efforts to oust her", "the union eventually lost its fight",
    "House Republicans are pushing a bill"): the lexicon's verb lists cannot name every act
    news reports, so the open class is an event unless its verb tells no event
    (`lexicon.NOT_ACTIONS`), is a speech, statistics or kind verb with rules of its own, or
    is passive or a past progressive (a state more than an act); also the act "moved to"
    leads to (`means_of`)."""
    lemma = tok.lemma_.lower()
    if not open_verb(tok):
        if headline:
            return headline_light_act(tok) and action_ok(tok, headline)
        return light_act(tok) and action_ok(tok, headline)
    if tok.dep_ == "xcomp" and tok.tag_ == "VB" and tok.head.lemma_.lower() in _SCHEDULE_HEADS:
        # "the committee is expected to advance the nomination Friday": a planned act
        return not any(c.dep_ == "auxpass" for c in tok.children) and action_ok(tok, headline)
    if due_to_act(tok):
        return True  # "Rice is also due to speak at the AIPAC meeting": a planned act
    if not headline and catenative_act(tok):
        return action_ok(tok, headline)  # "Johnson managed to finish his presentation"
    if means_of(tok):
        return action_ok(tok, headline)  # "GOP leaders moved Monday to remove Rep. King"
    if tok.dep_ not in ("ROOT", "conj") and not after_label(tok):
        return False
    if headline and (lemma in HEADLINE_SPEECH or speech_particle(tok)):
        return False  # "Navarro defends police response", "Cheney pushes back on …": headline speech
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" for a in auxes):
        return False
    if tok.tag_ == "VBD":
        pass
    elif tok.tag_ == "VBN":
        if not any(a.lemma_.lower() == "have" for a in auxes):
            return False
    elif tok.tag_ == "VB":
        if not any(a.lower_ in _PLAN_MODALS for a in auxes) and not narrative_would(tok) and not emphatic_past(tok):
            return False
    elif tok.tag_ == "VBG":
        # a present progressive of the main clause ("House Republicans are pushing a bill",
        # "Flynn is cooperating with the probe"): an act under way, news of now
        # (not one that leads to another verb: "is preparing to release reports", "is hoping
        # the virus doesn't …" tell their act, or none, by that verb)
        if headline or not auxes or not all(a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes) \
                or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) \
                or tok.lower_[:-3] in NOT_ACTIONS or tok.lower_[:-3] + "e" in NOT_ACTIONS:
            return False
    elif not (headline and tok.tag_ in ("VBZ", "VBP")):
        return False
    return action_ok(tok, headline)


#: participles of a passive that tell a state, not an act done ("was born in Ohio", "was
#: based in Texas", "were surprised", "is located")
_STATE_PARTICIPLES = {"bear", "base", "locate", "surprise", "concern", "involve", "design", "compose",
                      "suppose", "entitle", "associate", "qualify", "interest", "tie", "link", "divide",
                      "split", "mix", "scare", "shock", "disappoint", "satisfy", "please",
                      "inspire", "raise", "educate", "marry", "name", "title", "dub", "label", "credit",
                      "blame", "call", "accuse", "allege", "rate", "rank", "poise", "position", "set",
                      "prepare", "force", "tell", "ask", "say", "report", "employ"}
_PASSIVE_NOT_SUBJECTS = {"it", "this", "that", "which", "what", "there", "who"}


def passive_act(tok) -> bool:
    """An open-class act told in the past passive of the main clause with a time of its own
    ("The market was shut down on January 1", "In March he was exonerated by a national
    inquiry", "They were erected in 1870"): an event of kind "other", its "by" agent (if
    any) the doer.  (Undated passives are left out: "For years the plan was pushed aside",
    "the document was leaked" tell states and backstory as often as acts; but not one whose
    "by" agent right after the verb names its doer: "The pardon was backed by Ann Roe",
    `_named_agent`.)  Not
    a state told as a participle (`_STATE_PARTICIPLES`: "was born", "were surprised"), not a
    present passive ("is located"), a modal, a question or a condition.  Also the passive of
    a "who" clause, done to the person it describes ("Hale, who was ousted from the
    committee on Friday, …"; a listed action verb too), with the same need of a time."""
    if tok.tag_ != "VBN":
        return False
    relative = tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in tok.children)
    if tok.dep_ != "ROOT" and not relative or tok.pos_ != "VERB" \
            or not (open_verb(tok) or relative and tok.lemma_.lower() in ACTION_VERBS) \
            or tok.lemma_.lower() in _STATE_PARTICIPLES or is_negated(tok):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    passes = [a for a in auxes if a.dep_ == "auxpass"]
    if len(passes) != 1 or passes[0].lemma_.lower() != "be":
        return False
    if passes[0].tag_ == "VBD":
        if any(a.dep_ == "aux" for a in auxes):
            return False
    elif passes[0].tag_ == "VBN":
        if not any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in auxes) or any(
                a.tag_ == "MD" for a in auxes):
            return False
    else:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if relative:
        subj = tok.head  # "Hale, who was ousted from the committee on Friday, …": done to the antecedent
        if subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ in ("NNS", "NNPS") and not any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("some", "many", "any", "all") for c in subj.children):
            return False  # a person or a definite group ("the person who …"), not "people who were …"
    elif subj is None or subj.lower_ in _PASSIVE_NOT_SUBJECTS or subj.tag_ in ("EX", "WP", "WDT"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in tok.children):
        return False  # "was asked to leave", "was told that …", "was deemed unfit"
    if any(c.dep_ == "mark" and c.lower_ in _NOT_FINAL for c in tok.children):
        return False
    if not _own_time(tok) and (relative or not _named_agent(tok)):
        return False  # an act on the calendar has its own time ("was shut down on January 1")
    return not _in_question(tok)


def _named_agent(tok) -> bool:
    """A passive's "by" agent that names its doer ("The pardon was backed by Sylvester
    Stallone", "the plan has been rejected by the Senate"): a name or organisation, so the
    act is told of someone, not a state or a backstory of something."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is None or tok.lemma_.lower() in _COMPANY_VERBS \
            or any(not (t.pos_ in ("ADV", "PART") or t.dep_ == "prt") for t in tok.doc[tok.i + 1:agent.i]):
        return False  # "by" right after the verb (not "fixated on the book by Bolton"); not "was joined by"
    obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
    return obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP")) \
        and obj.ent_type_ not in ("DATE", "TIME", "GPE", "MONEY", "PERCENT", "CARDINAL")


#: verbs of keeping someone company: "was joined by the vice president" tells who was there
_COMPANY_VERBS = {"join", "accompany", "flank"}



_ONE_TIME_PREPS = {"in", "on", "at"}


#: verbs whose court subject makes a court event in any clause ("when the court decided
#: the case", "the appeals court sided with the state"): a court's decision on a case
COURT_SUBJECT_VERBS = {"decide", "side"}
#: calendar verbs whose (passive) subject is a person or body due to act: "X is
#: scheduled / slated to appear before the committee on Wednesday" (a planned event)
CALENDAR_PERSON_VERBS = {"schedule", "slate"}
#: verbs of taking a position on a measure ("the society supports the legislation",
#: "the union opposes the bill"): the holder's public stance, a statement
STANCE_VERBS = {"support", "oppose", "back"}
#: verbs never read as a trailing speech cue ("…, Smith was.", "…, he had.")
_NOT_TRAILING = {"be", "have", "do", "get", "go", "come", "make", "take", "see", "let", "seem",
                 "appear", "become", "remain", "stay", "leave", "win", "lose", "die"}


#: a verb that modifies a noun or fills a preposition ("the remarks, drawing criticism",
#: "after stepping up patrols"): it tells no event of its own
_EMBEDDED_VERB_DEPS = ("amod", "acl", "relcl", "pcomp")
#: what is argued before a court ("the case is set to be argued Oct. 10")
_ARGUED_NOUNS = {"case", "appeal", "lawsuit", "suit", "challenge", "petition", "motion"}
_LABEL_VERBS = {"call", "brand", "label", "dub", "deem"}
_OPEN_QUOTES = {"“", "‘", '"', "'"}


def _quoted_label(tok) -> bool:
    """A passive 'called ‘disgraceful’' / 'was branded “a disaster” by …': someone's words
    in quotation marks as the label."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in _OPEN_QUOTES or not doc[tok.i + 2].is_lower:
        return False  # (a capitalised quotation is a name: "a podcast called “The Real Dirt”")
    return any(c.dep_ in ("oprd", "xcomp", "attr", "acomp", "dobj", "npadvmod", "advmod", "ccomp")
               and c.i > tok.i for c in tok.children)


def _reaction(tok, headline: bool = False) -> bool:
    """'The remarks drew condemnation from across the spectrum', 'the ruling sparked an
    outcry', 'the plan drew fire from Democrats': a public reaction (its object a reaction
    noun; "fire" only after "draw"), in a clause that happened (past, perfect, progressive;
    not negated, not a modal's; a headline's present: 'Nominee draws criticism from left')."""
    if is_negated(tok) or tok.dep_ in _EMBEDDED_VERB_DEPS or not (
            _finite_ok(tok) or headline and tok.tag_ in ("VBZ", "VBP") and tok.dep_ == "ROOT"):
        return False
    lemma = tok.lemma_.lower()
    return any(o.dep_ == "dobj" and (o.lemma_.lower() in REACTION_NOUNS - {"fire"}
                                     or lemma == "draw" and o.lower_ == "fire")
               for o in tok.children)


#: nouns of a remark made by someone named in a "from"/"by" phrase ("a vehement denial
#: from Judge Kavanaugh", "the response Friday from the Romney team"; not "challenge", also
#: a contest: "facing a challenge from Rep. Cheney")
REMARK_NOUNS = REACTION_NOUNS - {"fire", "backlash", "outcry", "outrage", "ire"} | {
    "rebuttal", "denial", "accusation", "statement", "response", "reply", "retort",
    "warning", "apology", "endorsement", "critique", "objection"}  # (not "appeal", "plea": court)


def sourced_remark(doc, sent, exclude) -> Trigger | None:
    """A sentence with no other trigger that names a remark with its source ("It began with
    an emotional accusation, followed by a vehement denial from Judge Kavanaugh", "That was
    the response Friday from the Romney team"): a statement by
    the one named after "from" (or "by"), who must name an actor.  One remark, not a plural
    ("statements from the president are newsworthy"); not a negated or modal clause, not in
    a quotation."""
    for t in doc[sent.tok_start:sent.tok_end]:
        if t.tag_ != "NN" or t.lemma_.lower() not in REMARK_NOUNS or (exclude and any(s <= t.idx < e for s, e in exclude)):
            continue
        src = _remark_source(t)
        if src is None or not _agent_ok(src):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in t.children):
            continue
        head = t.head
        while head.dep_ != "ROOT" and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        if head.pos_ in ("VERB", "AUX") and (is_negated(head) or _conditional(head) or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)):
            continue
        return Trigger("statement", t.i, (t.idx, t.idx + len(t)), "reaction")
    return None


def _remark_source(noun):
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None and g.pos_ in ("PROPN", "NOUN"):
                return g
    return None


def reaction_source(tok):
    """Who reacts: the 'from' phrase of the reaction verb or of its object ('drew
    criticism from Democrats'), else no one named (for a remark noun itself, its 'from'
    or 'by' phrase: sourced_remark)."""
    if tok.pos_ == "NOUN":
        return _remark_source(tok)
    for x in [tok] + [o for o in tok.children if o.dep_ == "dobj"]:
        for c in x.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is not None and g.pos_ in ("PROPN", "NOUN") and g.lower_ not in ("across", "both"):
                    return g
    return None


def _intensified(tok) -> str | None:
    """'stepping up efforts to curb …', 'ramped up patrols', 'beefed up security': the verb
    with the particle 'up' and an effort as its object, in a clause that happened or is
    under way (not a habit, not negated): an operation for an enforcement object, else a
    policy."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) or is_negated(tok):
        return None
    if tok.dep_ in _EMBEDDED_VERB_DEPS or not (_finite_ok(tok) or tok.tag_ in ("VBZ", "VBP")):
        return None
    for o in tok.children:
        if o.dep_ == "dobj" and not any(d.dep_ == "det" and d.lower_ in ("this", "that", "these", "those")
                                        for d in o.children):
            # ("ramped those efforts up": efforts told before, not news of their own)
            k = _effort_kind(o.lemma_.lower())
            if k:
                return k
    return None


def headline_intensified(toks) -> Trigger | None:
    """A headline's 'Ramps Up Scrutiny of …' / 'steps up patrols' by word form (the tagger
    reads 'ramps' there as a plural noun): the verb, 'up', and an effort within the next
    three words."""
    for i, t in enumerate(toks[1:-2], 1):
        if _stem(t.lower_) not in INTENSIFY_VERBS or toks[i + 1].lower_ != "up" or toks[i - 1].lower_ in ("a", "an", "the"):
            continue
        for o in toks[i + 2:i + 5]:
            k = _effort_kind(o.lemma_.lower() if o.lemma_ else o.lower_, _stem(o.lower_))
            if k:
                return Trigger(k, t.i, (t.idx, t.idx + len(t)), "headline")
    return None


def _effort_kind(*forms) -> str | None:
    """The kind of an effort stepped up, by any of its word forms: an operation for an
    enforcement object (INTENSIFY_OPERATION), else a policy; None for no effort."""
    if not any(f in INTENSIFY_OBJECTS for f in forms):
        return None
    return "operation" if any(f in INTENSIFY_OPERATION for f in forms) else "policy"


def _headline_scheduled(tok, subj) -> bool:
    """A headline's calendar verb with its "is" dropped ("Manafort's trial set to start
    today", "Senate vote set for Thursday"): an occasion as active subject, no object, an
    infinitive or a 'for' phrase."""
    return subj is not None and subj.lemma_.lower() in SCHEDULED_NOUNS \
        and not any(c.dep_ == "dobj" for c in tok.children) \
        and any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def _scheduled_person(tok) -> str | None:
    """'Holder is scheduled to appear before the committee on Wednesday': the kind of the
    planned act (its own verb's kind, else 'other') when the scheduled subject is an actor
    and the passive calendar verb takes an infinitive."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    xc = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if subj is None or xc is None or is_negated(tok) or not _agent_ok(subj):
        return None
    if subj.lemma_.lower() in SCHEDULED_NOUNS or NOUN_KIND.get(subj.lemma_.lower()):
        return None  # "the vote is scheduled to take place …": the noun's own rule
    if xc.lemma_.lower() == "vote" and subj.lemma_.lower() in LEGISLATIVE_SUBJECTS:
        return "law"  # "The Senate was scheduled to vote Wednesday on the motion": a legislature's vote
    k = VERB_KIND.get(xc.lemma_.lower())
    return k if k and k != "statement" else "other"


#: pronoun subjects of an inverted trailing source ("…, he offered.", "…, she mused.")
_TRAILING_PRONOUNS = {"he", "she", "they"}
_NOT_BEFORE_PRONOUN_SOURCE = {"until", "when", "before", "after", "because", "unless", "once", "since",
                              "while", "then", "and", "but", "so", "course", "instead", "eventually", "finally"}


def trailing_noun_cue(tok) -> bool:
    """'…, Franks muses.' with the cue tagged a plural noun (whatever its attachment): a
    lower-case -s speech word last in the sentence, right after one to three capitalised
    name words that follow a comma, with a finite verb in the clause before the comma."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not (tok.is_lower and tok.is_alpha) or not tok.lower_.endswith("s"):
        return False
    if tok.lemma_.lower() not in SPEECH and tok.lower_[:-1] not in SPEECH:
        return False  # ("…, Apple products.": a listed noun phrase; the cue is a speech word)
    doc = tok.doc
    sent = tok.sent
    if any(not (t.is_punct or t.is_space) for t in doc[tok.i + 1:sent.end]):
        return False
    first = tok.i
    while first - 1 > sent.start and tok.i - first < 4 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
        first -= 1
    if not 1 <= tok.i - first <= 3 or any(c.i > tok.i and not c.is_punct for c in tok.children):
        return False
    if first - sent.start < 4 or doc[first - 1].text not in (",", "—", "–"):
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[sent.start:first - 1])


def _trailing_attribution(tok) -> bool:
    """An inverted source at the end of the sentence, whatever its verb: '<clause>, Franks
    offered.', '…, the senator mused.' — a simple past / present verb, last in the sentence,
    right after its named (or role-noun) subject, which follows a comma, with the clause
    before the comma as its complement.  Speech by position, not by lexicon."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") or tok.lemma_.lower() in _NOT_TRAILING:
        return False
    if tok.lemma_.lower() in SPEECH - QUOTE_CUES or is_negated(tok):
        return False  # known cues are attribute's (quote-only cues need a quotation there)
    doc = tok.doc
    sent_end = tok.sent.end
    if any(not (t.is_punct or t.is_space) for t in doc[tok.i + 1:sent_end]):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i != tok.i - 1 or subj.left_edge.i < 1:
        return False
    if not (subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG") or subj.lower_ in _TRAILING_PRONOUNS
            or subj.lemma_.lower() in ROLE_NOUNS and any(c.dep_ in ("det", "poss", "compound") for c in subj.children)):
        return False  # ("…, he offered.": the pronoun's antecedent speaks)
    if doc[subj.left_edge.i - 1].text not in (",", "—", "–"):
        return False
    if subj.lower_ in _TRAILING_PRONOUNS and any(
            t.lower_ in _NOT_BEFORE_PRONOUN_SOURCE for t in doc[max(tok.sent.start, subj.i - 7):subj.i]):
        return False  # "…, until, of course, they revolted.": a clause of time, not a source
    if any(c.dep_ in ("dobj", "prep", "xcomp", "advmod", "prt") for c in tok.children if c.i > tok.i):
        return False
    comp = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i < subj.left_edge.i]
    return bool(comp) and any(c.pos_ in ("VERB", "AUX") for c in comp)


#: verbs that give someone a post or a title ("was named acting director", "named her as its
#: new chief executive", "was tapped to lead the agency")
NAMING_VERBS = {"name", "tap"}
_POSTS = {"nominee", "ceo", "adviser", "advisor", "coach", "manager", "editor", "czar", "envoy",
          "successor", "replacement", "member", "partner", "officer", "counsel", "secretary"}


def _outlet_subject(tok) -> bool:
    """The verb's active subject is a news outlet ('ABC News', 'The Daily Star', 'Politico',
    'the paper')."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in OUTLET_BRANDS or subj.lemma_.lower() in ("paper", "newspaper", "outlet", "network"):
        return True
    return subj.pos_ == "PROPN" and subj.lower_ in OUTLET_WORDS and subj.ent_type_ in ("ORG", "")


def _outlet_named_subject(tok) -> bool:
    """As `_outlet_subject`, also for a name whose outlet word comes before its head ("Fox 5 DC",
    "NBC News")."""
    if _outlet_subject(tok):
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON":
        return False  # (not "Jo Fox noted")
    name = [subj]
    for t in reversed(subj.doc[max(0, subj.i - 3):subj.i]):  # the name's words before its head
        if not (t.pos_ in ("PROPN", "NUM") and (t.is_title or t.is_upper or t.like_num)):
            break
        name.append(t)
    return any(t.lower_ in OUTLET_BRANDS or t.lower_ in OUTLET_WORDS and (t.is_title or t.is_upper) for t in name)


_SITE_WORDS = {"website", "site", "outlet", "paper", "newspaper", "magazine", "publication", "blog"}
#: nouns a name may follow as a second subject ("The website Motherboard found …": `named_subject`)
_NAMED_NOUNS = _SITE_WORDS | ORGANISATION_HEADS


def named_subject(subj):
    """'The website Motherboard found …' parsed with two subjects, the noun and the name right
    after it: the name is the doer. Any other subject is returned as it is."""
    if subj.pos_ != "NOUN" or subj.dep_ != "nsubj" or subj.lemma_.lower() not in _NAMED_NOUNS:
        return subj
    return next((c for c in subj.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and c.left_edge.i == subj.i + 1), subj)


def _finding_by_inquirer(tok) -> bool:
    """A past finding of an inquiry: 'found (that) …' / 'uncovered …' whose active subject is
    an investigator-like agent ('federal investigators', 'the inspector') or a news outlet
    ('The website Pressline found that …', 'the Courier found …'), with a clause or an object.
    Not a person's 'he found that …' (cognition), not 'hope to find'."""
    if tok.tag_ not in ("VBD", "VBN") or tok.dep_ in ("xcomp", "amod", "acl") or not _finite_ok(tok):
        return False
    if not any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in FINDING_AGENTS:
        return subj.tag_ == "NNS" or any(c.dep_ in ("det", "poss", "compound") for c in subj.children)
    if _outlet_subject(tok):
        return True
    # "The website Motherboard found that …" parsed as "the website [that] Motherboard found"
    # or with two subjects: the site word and the name right after it
    site = tok.head if tok.dep_ == "relcl" and tok.head.dep_ == "ROOT" else subj
    name = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i != site.i), None)
    if name is not None and site.lemma_.lower() in _SITE_WORDS and name.left_edge.i == site.i + 1:
        return True
    return subj.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "appos", "nmod") and c.lemma_.lower() in _SITE_WORDS for c in subj.children) \
        or subj.lemma_.lower() in _SITE_WORDS and any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                                                       for c in subj.children)


def _names_to_role(tok) -> bool:
    """A naming verb of a clause (not 'a man named Smith') that gives a post or title:
    passive with a predicate or 'as'/'to' phrase ('was named (as) “Person of the Year”'),
    or active with an object and one ('named Roe as its new chief')."""
    if tok.pos_ != "VERB" or tok.dep_ in ("acl", "amod", "compound", "relcl") or is_negated(tok) or not _finite_ok(tok):
        return False  # ("Sanders, whom they named as their second choice": a poll's answer)
    kids = list(tok.children)
    role = any(c.dep_ in ("oprd", "attr") for c in kids) or any(
        c.dep_ == "prep" and c.lower_ in ("as", "to") for c in kids) or any(
        c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN", "VERB") for c in kids)
    role = role or any(c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children)
                       for c in kids)  # "named Roe as its chief" (the 'as' phrase on the object)
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    active = any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ == "dobj" for c in kids)
    if tok.lemma_.lower() == "tap" and not any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("as", "for")
                                               for c in kids):
        return False  # "tapped the phone"
    return role and (passive or active)


def _clause_subject(tok):
    """The verb's active subject, or that of the verb it is coordinated with."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj" and tok.head.i != tok.i:
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj


def _agent_ok_subject(tok) -> bool:
    subj = _clause_subject(tok)
    return subj is not None and _agent_ok(subj)


def _agent_ok_actor(tok) -> bool:
    """As `_agent_ok_subject`, for the doer (`action_subject`: also a conjunct's or aspect
    verb's subject, or a passive's 'by' agent)."""
    subj = action_subject(tok)
    return subj is not None and _agent_ok(subj)


def present_stance(tok) -> bool:
    """A present-tense statement by position or stance ('…, Franks muses.', 'the society
    supports the legislation'): it speaks now, no habit."""
    return _trailing_attribution(tok) or tok.lemma_.lower() in STANCE_VERBS and _stance_on_measure(tok)


def _stance_on_measure(tok) -> bool:
    """'The American Cancer Society also supports the legislation', 'the union opposed the
    bill': a named actor's (not a pronoun's) stance on a bill or measure, main clause."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "conj") or is_negated(tok) or _conditional(tok):
        return False
    if tok.tag_ not in ("VBD", "VBZ", "VBP") and not (tok.tag_ == "VBN" and any(
            a.dep_ == "aux" and a.lemma_.lower() == "have" for a in tok.children)):
        return False
    subj = _clause_subject(tok)
    if subj is None or subj.lower_ in _AGENT_PRONOUNS or not _agent_ok(subj):
        return False
    return any(o.lemma_.lower() in LAW_OBJECTS | _STANCE_OBJECTS for o in tok.children if o.dep_ == "dobj")


#: what a stance is taken on besides LAW_OBJECTS ("have publicly supported a deal")
_STANCE_OBJECTS = {"proposal", "plan", "nomination", "nominee", "deal", "agreement", "policy", "treaty",
                   "idea", "effort", "move", "decision", "candidacy", "candidate", "measure", "package"}


def _dated_copula(tok) -> str | None:
    """'The vice presidential debate is Oct. 11', 'the vote is on Tuesday': an occasion
    (a definite, singular scheduled or dated noun) whose complement is a date: that
    occasion, of its kind."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NN" or is_negated(tok) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return None
    lem = subj.lemma_.lower()
    if lem not in SCHEDULED_NOUNS and lem not in DATED_EVENT_NOUNS:
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no", "every", "each") for c in subj.children):
        return None
    for c in tok.children:
        if c.dep_ in ("attr", "npadvmod") and _one_time(c) and c.pos_ in ("PROPN", "NOUN"):
            break
        if c.dep_ == "prep" and c.lower_ in ("on", "for") and any(g.dep_ == "pobj" and _one_time(g) for g in c.children):
            break
    else:
        return None
    kind = _scheduled_kind(subj) if lem in SCHEDULED_NOUNS else (NOUN_KIND.get(lem) or "other")
    return kind if kind in CONCRETE or kind == "other" else "other"


def _scheduled_kind(noun) -> str:
    """Kind of an occasion on the calendar: a hearing is a court's unless a legislature
    holds it ('confirmation hearing', 'committee hearing', 'a hearing before the Senate')."""
    n = noun.lemma_.lower()
    kind = SCHEDULED_NOUNS.get(n, "other")
    if n == "vote":
        return "other" if _vote_on_person(noun) else "law"  # "a procedural vote was delayed", not "the confirmation vote"
    if n == "hearing":
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        mods |= {x.lemma_.lower() for c in noun.children if c.dep_ == "poss" for x in c.subtree}
        mods |= {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "before"
                 for g in c.subtree}
        if mods & (NOT_COURT_HEARING | LEGISLATIVE_SUBJECTS):
            return "other"
    return kind


def _vote_on_person(noun) -> bool:
    """A vote on a person or an election ("Kavanaugh's confirmation vote", "the vote on her
    nomination", "the leadership vote"), not on a measure: a legislature's votes on the calendar
    are law events."""
    for c in noun.children:
        words = [c] if c.dep_ in ("compound", "amod") else list(c.subtree) if c.dep_ in ("poss", "prep") else []
        if any(w.lemma_.lower() in NOT_LAW_OBJECTS | {"election", "primary", "runoff", "leadership"}
               or w.ent_type_ == "PERSON" for w in words):
            return True
    return False


#: verbs that make what they take law, whoever does it ("the government passed reforms")
_ENACTING_VERBS = {"pass", "enact"}
#: what a government passes besides LAW_OBJECTS: reforms and packages of them
_ENACTED_OBJECTS = LAW_OBJECTS | {"reform", "overhaul", "package", "legislation"}
#: collections named before what they hold ("a set of reforms", "a package of measures")
_COLLECTIONS = {"set", "series", "package", "raft", "slew", "batch", "bundle", "number"}


#: what is reported as a figure ("reported a 20 percent increase", "reported record
#: profits", "reported 40 new cases"): a report of numbers, not a statement
_REPORTED_FIGURES = {"increase", "rise", "jump", "drop", "decline", "decrease", "fall", "gain", "loss",
                     "profit", "revenue", "sale", "earnings", "surge", "spike", "shortage", "case",
                     "death", "rate", "growth", "deficit", "surplus", "number", "high", "low"}


#: acts of watching or taking people's papers: a state agency's are an operation ("the FBI
#: surveilled him for months", "the government seized those records", "the IRS targeted
#: conservative groups"); anyone else's ("she monitored the race") are not
_SURVEILLANCE_VERBS = {"surveil", "surveille", "wiretap", "eavesdrop", "spy", "snoop", "monitor", "seize", "confiscate",
                       "target"}
#: those of them with no everyday sense: any object will do (`_state_surveillance`)
_COVERT_VERBS = {"surveil", "surveille", "wiretap", "eavesdrop", "spy", "snoop"}
#: heads and names of the state's agencies (a capitalised acronym counts too: "the IRS")
_STATE_AGENCIES = {"department", "bureau", "agency", "government", "administration", "police", "fbi",
                   "authority", "agent", "officer", "investigator", "prosecutor", "military", "army",
                   "regime", "ministry", "service", "nsa", "cia", "irs", "ice", "dhs"}
#: what an agency obtains or seizes as an operation: people's papers and communications
_SEIZED_PAPERS = {"record", "file", "document", "email", "e-mail", "phone", "communication", "data",
                  "computer", "device", "message", "paper", "line", "log"}


def _state_surveillance(tok) -> bool:
    """The doer is a state agency and, for the verbs with an everyday sense (monitor, seize,
    target), the object is people's papers or people ("monitored dozens of journalists'
    phone records", "targeted conservative groups"; not "monitored the situation")."""
    subj = action_subject(tok)
    if subj is None or subj.lemma_.lower() not in _STATE_AGENCIES:
        return False
    lemma = tok.lemma_.lower()
    if lemma in _COVERT_VERBS:
        return True
    for o in (c for c in tok.children if c.dep_ == "dobj"):
        words = {x.lemma_.lower() for x in o.subtree if x.pos_ == "NOUN"}
        if words & _SEIZED_PAPERS:
            return True
        if lemma == "target" and o.tag_ == "NNS" and (o.lemma_.lower() in ("group", "organization", "organisation")
                                                      or o.lemma_.lower() in AGENT_NOUNS | ROLE_NOUNS):
            return True
    return False


#: where candidates stand in surveys ("trailed by 20 points in head-to-head polling", "is
#: leading in the polls"): a poll's finding
_POLL_NOUNS = {"poll", "polls", "polling", "survey", "surveys"}


def _standing_in_polls(tok) -> bool:
    """A verb of standing whose setting is the polls ("trailed … in polling", "led in the polls")."""
    return tok.lemma_.lower() in ("trail", "lead", "lag", "surge", "slip", "climb", "rise", "fall", "drop") \
        and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ in _POLL_NOUNS for g in c.children) for c in tok.children)


def _poll_participle(tok) -> bool:
    """'with a recent poll showing that most voters …', 'a number of polls showing the
    governor ahead': a finding verb's participle hung on a poll or survey is its finding
    (polls are of the moment: see `news_finding`)."""
    return tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" \
        and tok.head.lemma_.lower() in _POLL_NOUNS and tok.lemma_.lower() in ("show", "find") \
        and not is_negated(tok) and any(c.dep_ in ("ccomp", "dobj") for c in tok.children)


#: what tells a poll's numbers besides the poll itself ("Figures from the … Tracker have him up")
_POLL_FIGURES = _POLL_NOUNS | {"tracker", "figure", "figures", "number", "numbers", "poll", "polls"}
#: where a poll puts a candidate: "has him up", "had the Republican ahead", "has Roe behind"
_STANDING_WORDS = {"up", "ahead", "behind", "down", "even", "tied", "level", "neck"}
#: participles of a standing in a poll ("has the governor leading by three points")
_STANDING_VERBS = {"lead", "trail", "win", "lose", "edge", "beat", "top", "run"}


def poll_standing(tok) -> bool:
    """'The latest poll has the governor leading by three points', 'Figures from the … Tracker
    has him up by 6 points', 'An independent poll had the Republican ahead': a poll's finding
    told with "have", a candidate its object and where it stands (a participle, 'up / ahead /
    behind', or 'at' a share)."""
    if tok.lemma_.lower() != "have" or is_negated(tok) or any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS
                                                               for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _POLL_FIGURES and subj.lower_ not in _POLL_FIGURES:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    near = list(tok.children) + list(obj.children)
    return any(c.lower_ in _STANDING_WORDS and c.dep_ in ("prt", "advmod", "acomp", "oprd", "amod") for c in near) \
        or any(c.tag_ == "VBG" and c.lemma_.lower() in _STANDING_VERBS and c.dep_ in ("acl", "xcomp", "ccomp", "advcl")
               for c in near) \
        or any(c.dep_ == "prep" and c.lower_ == "at" and any(g.like_num or g.ent_type_ == "PERCENT" or g.lower_ == "percent"
                                                             for g in c.subtree) for c in near)


def _share_in_poll(tok) -> bool:
    """'In the latest Times poll, only 4 percent of Americans picked foreign policy …': a share
    of those asked, told 'in' a poll or survey hung on the verb, is its finding."""
    if tok.dep_ not in ("ROOT", "conj") or tok.pos_ != "VERB" or is_negated(tok):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in ("percent", "%") or subj.ent_type_ == "PERCENT"
                            or subj.lemma_.lower() in ("majority", "third", "quarter", "half", "plurality")):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "according") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _POLL_NOUNS for g in c.children) for c in tok.children)


def _enacts_legislation(tok) -> bool:
    """"passed a set of reforms", "enacted the measure": the object (or what a collection
    object holds) is legislation; active, finite, not negated, not a person's passing."""
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) or not _finite_ok(tok) \
            or is_negated(tok) or tok.dep_ not in ("ROOT", "conj", "relcl", "advcl", "ccomp"):
        return False
    for o in (c for c in tok.children if c.dep_ == "dobj"):
        heads = [o]
        if o.lemma_.lower() in _COLLECTIONS:
            heads += [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if any(h.lemma_.lower() in _ENACTED_OBJECTS and h.pos_ == "NOUN" for h in heads):
            return True
    return False


def _passive_bill(tok) -> bool:
    """A law verb in the passive whose subject is a bill, or "which/that" standing for one
    ("the legislation, which was defeated …", "the amendment was tabled")."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in ("which", "that") and tok.dep_ == "relcl":
        subj = tok.head
    return subj is not None and (subj.pos_ == "NOUN" and subj.tag_ == "NN" and subj.lemma_.lower() in LAW_SUBJECTS
                                 or named_law(subj))


def named_law(tok) -> bool:
    """The name of a law or bill ending in 'Act' ('the Davis-Oliver Act', 'the Dream Act',
    'the Affordable Care Act'): a proper noun with a name before it (never a person's)."""
    return tok.pos_ == "PROPN" and tok.text in ("Act", "ACT") and any(
        c.dep_ == "compound" and c.i < tok.i and c.pos_ in ("PROPN", "NOUN", "ADJ") for c in tok.children)


#: what a bill passes or clears besides a chamber: a vote ("the bill passed its first big test")
_VOTE_HURDLES = {"hurdle", "test", "vote"}


def metric_noun(noun) -> bool:
    """"The broader U-6 measure of unemployment": a measure of something is a metric, no bill."""
    return noun.lemma_.lower() == "measure" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def bill_subject(tok) -> bool:
    """The verb's (active) subject is a bill: 'the bill would force …', 'newly passed
    legislation would prohibit …', 'Senate Bill 1192 passed the Assembly'."""
    if tok.dep_ not in ("ROOT", "conj", "ccomp") or _conditional(tok):
        return False  # "a provision that helped the bill pass the House", "if … the bill would …"
    subj = _clause_subject(tok)
    if subj is None or subj.lemma_.lower() not in LAW_SUBJECTS or subj.tag_ in ("NNS", "NNPS"):
        return False  # ("tougher measures could …": measures of another kind)
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") for c in subj.children):
        return False  # "than any statute can …"
    if metric_noun(subj):
        return False  # "the broader measure of unemployment ticked higher": a metric, no bill
    nxt = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
    return subj.pos_ == "NOUN" or (nxt is not None and nxt.like_num) or named_law(subj)
    # ("Senate Bill 1192", "the Dream Act", not "Bill O'Reilly")


def _conditional(tok) -> bool:
    """The verb or a clause above it is a condition ('if the bill would …')."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _subject_head(tok):
    """The verb's own subject, or that of the verb it is coordinated with / the aspect,
    plan or modal-like verb it depends on ('could vote', 'plans to approve')."""
    x = tok
    for _ in range(3):
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if x.dep_ not in ("conj", "xcomp") or x.head.i == x.i:
            return None
        x = x.head
    return None


_MEMBERS = {"senator", "representative", "delegate", "congressman", "congresswoman", "councilman",
            "councilwoman", "lawmaker", "legislator", "voter"}


def _legislative_subject(tok) -> bool:
    subj = _subject_head(tok)
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    head = subj.lemma_.lower()
    words = {head}
    if subj.ent_type_ != "PERSON" and subj.pos_ != "PROPN" or subj.ent_type_ in ("ORG", "NORP"):
        words |= {c.lemma_.lower() for c in subj.children if c.dep_ == "compound"}  # "House Republicans"
    if not words & LEGISLATIVE_SUBJECTS:
        return False
    return not (head in _MEMBERS and subj.tag_ != "NNS")  # one senator is no vote of the chamber


#: people put in office by a vote: "confirm" on them is no speech ("will focus on confirming
#: the new president's nominees", "angling to confirm Trump's national security team")
_CONFIRMED = {"nominee", "nomination", "pick", "appointee", "team", "cabinet"}


def _confirmed_object(c) -> bool:
    """A person or nominee as the object of "confirm" (also "some of the nominees")."""
    if c.ent_type_ == "PERSON" or c.lemma_.lower() in _CONFIRMED:
        return True
    return c.pos_ in ("DET", "NUM", "PRON") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _CONFIRMED for g in p.children) for p in c.children)


def confirmation_vote(tok) -> bool:
    """'The Senate confirmed Brett Kavanaugh (to the Supreme Court)': a chamber's vote on a
    person, not speech; a nominee confirmed is a vote whoever the subject ("The Senate will
    focus on confirming nominees": the gerund has none of its own)."""
    if tok.lemma_.lower() != "confirm":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if any(c.lemma_.lower() in _CONFIRMED or (c.pos_ in ("DET", "NUM", "PRON") and _confirmed_object(c))
           for c in objs):
        return True
    return _legislative_subject(tok) and any(_confirmed_object(c) for c in objs)


def legislative_vote(tok) -> bool:
    """A vote of a legislature or an electorate on something that is not a person or a
    nomination: 'the House passed a 2017 budget', 'the Senate approved the plan',
    'Colorado voters rejected a $1 billion tax increase', 'voters in 11 counties voted down
    a proposal', 'the House could vote on the agreement'."""
    if not _legislative_subject(tok):
        return False
    objs = _obj_nouns(tok) + [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "down"
                              for g in c.children if g.dep_ == "pobj"]  # "voted down a proposal"
    if any(o.lemma_.lower() in NOT_LAW_OBJECTS or o.ent_type_ == "PERSON" for o in objs):
        return False
    if tok.lemma_.lower() == "vote":
        return bool(objs) or any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) \
            or any(c.dep_ == "xcomp" and _procedural_step(c) for c in tok.children)
    return bool(objs)


#: steps of a chamber's procedure voted as an infinitive ("voted to proceed", "voted Tuesday to
#: begin the debate"): the vote is the chamber's legislation
_PROCEDURE_VERBS = {"proceed", "advance", "adjourn", "override", "repeal", "table", "invoke", "overturn"}


def _procedural_step(x) -> bool:
    objs = _obj_nouns(x)
    if any(o.lemma_.lower() in NOT_LAW_OBJECTS or o.ent_type_ == "PERSON" for o in objs):
        return False  # "voted to confirm Roe": a vote on a person
    return x.lemma_.lower() in _PROCEDURE_VERBS | VOTE_VERBS or any(
        o.lemma_.lower() in _LEGISLATIVE_BUSINESS for o in objs)


_BALLOTS = {"no", "yes", "nay", "aye", "yea"}
_PERSON_VOTE_WORDS = {"nomination", "nominee", "nominees", "confirmation", "confirm", "confirmed"}


def yes_no_vote(tok) -> bool:
    """A group's 'voted “no”' on a measure the sentence or the two before it names ('The
    House passed the budget on Thursday. Yet a mix of conservatives … voted “no.”'): a
    vote on a bill, not on a person (no nomination in that window)."""
    if not any(c.lower_ in _BALLOTS and c.dep_ in ("intj", "advmod", "dobj", "npadvmod", "oprd", "attr")
               for c in tok.children) or is_negated(tok) or not _finite_ok(tok):
        return False
    subj = _subject_head(tok)
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    if not (subj.tag_ in ("NNS", "NNPS") or subj.lemma_.lower() in _COLLECTIVE or subj.ent_type_ == "NORP"):
        return False  # a group or a body, not one member
    doc = tok.doc
    window = [t.lower_ for t in doc[max(0, tok.sent.start - 80):tok.sent.end]]
    if any(w in _PERSON_VOTE_WORDS for w in window):
        return False
    return any(w in LAW_OBJECTS or w.endswith("s") and w[:-1] in LAW_OBJECTS for w in window)


def _happening(be) -> str | None:
    """Kind of the noun an existential 'there was/were …' introduces, if it is an event."""
    for c in be.children:
        if c.dep_ in ("attr", "nsubj"):
            n = c.lemma_.lower()
            k = NOUN_KIND.get(n)
            if k in CONCRETE:
                return k
            if n in HAPPENING_NOUNS or c.lower_ in HAPPENING_NOUNS:
                return "other"
    return None


def _numeric(t) -> bool:
    return t.like_num or t.ent_type_ in ("PERCENT", "MONEY", "CARDINAL") or t.text in ("%", "$")


#: running counts of an event under way: its toll or its crowd, told as the event unfolds
_TALLIES = {"toll", "caravan", "crowd", "convoy", "procession", "march"}


def _event_tally(tok) -> bool:
    """The number that rises is an event's own running count ("the death toll rose to 64",
    "the caravan grew to as large as 7,000", "the crowd swelled to 5,000"): the event
    growing, told as news of it, not a statistic released by anyone."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _TALLIES for c in tok.children)


def _stat_number(tok) -> bool:
    """A statistics verb measures something only with a number of its own: 'claims jumped
    12 percent', 'rose by 4%', 'fell to 5,000', 'the number of arrests doubled' (a number
    in the subject) — not 'jumping off a cliff without a net for 20 million people'."""
    for c in tok.children:
        if c.dep_ in ("dobj", "npadvmod", "advmod", "attr", "oprd", "nsubj", "nsubjpass") or (
                c.dep_ == "prep" and c.lower_ in ("by", "to", "from", "than")):
            if any(_numeric(t) for t in c.subtree):
                return True
    return False


# Modals that keep a plain action a plan rather than a hypothesis ("will host" yes,
# "would host" / "could host" no).
_PLAN_MODALS = {"will", "'ll", "’ll", "shall"}
_NOT_FINAL = {"if", "unless", "whether", "though", "although", "because", "when", "while",
              "before", "after", "until", "once", "since"}
_AGENT_PRONOUNS = {"he", "she", "they"}
_DEFINITE = {"the", "this", "that", "these", "those"}


def _agent_ok(subj) -> bool:
    """A subject that names an actor: an entity or proper name, 'he/she/they', or a definite
    description of a role or organisation ('the agency', 'police', 'the company's CEO')."""
    if subj.lower_ in _AGENT_PRONOUNS:
        return True
    if subj.tag_ in ("PRP", "WP", "WDT", "EX", "DT"):
        return False
    if (subj.like_num or subj.lemma_.lower() in _CROWD_NUMBERS) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in AGENT_NOUNS | _CROWD_NOUNS for g in c.children)
            for c in subj.children):
        return True  # "Thousands of protesters marched …", "Hundreds of people rallied …"
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.pos_ == "PROPN":
        return True
    if subj.is_title and subj.tag_ == "NN" and _name_elsewhere(subj):
        return True  # "Trump fired Comey last month" with "Trump" tagged a common noun
    if subj.lemma_.lower() in _COLLECTIVE and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and _member_noun(g) for g in c.children)
            for c in subj.children):
        return True  # "a group of senators visited …", "a mix of conservatives and centrists voted …"
    head = subj.lemma_.lower()
    if (head in _PEOPLE_HEADS or head in ROLE_NOUNS and subj.tag_ == "NNS") and _marked_people(subj):
        return True  # "the Democratic nominee", "31 senators", "Obama's allies"
    if head not in AGENT_HEADS:
        return False
    if head in ("police",) and not any(c.dep_ == "det" for c in subj.children):
        return True  # "Police arrested …"
    for c in subj.children:
        if c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss":
            return True
        if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_):
            return True  # "Trump administration", "ICE officials"
    return subj.tag_ == "NNS" and head in AGENT_NOUNS and not any(
        c.dep_ in ("det", "amod", "nummod") and c.lower_ in ("some", "many", "few", "several", "most", "other")
        for c in subj.children)  # "officials said" yes, "some officials" no


#: people named by what they do or are to the news, beside ROLE_NOUNS ("the Democratic
#: nominee", "Obama's allies", "31 volunteers"): doers when marked (`_marked_people`)
_PEOPLE_HEADS = {"nominee", "ally", "rival", "critic", "researcher", "volunteer", "investor",
                 "challenger", "reporter", "activist", "opponent", "supporter", "donor", "scientist",
                 "doctor", "publication", "contender", "incumbent", "hopeful"}


def _marked_people(subj) -> bool:
    """People told as one known group or person: a definite or possessive description, a
    name or nationality beside them ("Democratic senators", "Victory volunteers") or a
    count ("31 senators"); not "some critics", "many doctors", "experts"."""
    if any(c.dep_ in ("det", "amod") and c.lower_ in ("some", "many", "few", "several", "most", "other", "any", "no")
           for c in subj.children):
        return False
    for c in subj.children:
        if c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss":
            return True
        if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG", "GPE")):
            return True
        if c.dep_ == "nummod" and subj.tag_ == "NNS":
            return True
    return False


def _name_elsewhere(tok) -> bool:
    """The word is a name elsewhere in the article (a proper noun or a named entity there):
    the tagger's common noun at a sentence start ("Trump fired Comey …") is that name."""
    names = tok.doc.user_data.get("_classify_names")
    if names is None:
        names = {t.text for t in tok.doc if t.pos_ == "PROPN" and t.is_title}
        tok.doc.user_data["_classify_names"] = names
    return tok.text in names


_CROWD_NUMBERS = {"thousand", "hundred", "dozen", "million", "scores", "score", "ten"}
#: heads of a collective subject that acts through its members ("a group of senators",
#: "a handful of Republicans", "a mix of conservatives and GOP centrists")
_COLLECTIVE = {"group", "coalition", "handful", "bloc", "delegation", "contingent", "mix",
               "pair", "trio", "team", "caucus", "dozen", "dozens", "hundreds", "thousands",
               "band", "alliance"}  # not "majority of Democrats …": a poll's share
_MEMBER_WORDS = {"conservative", "liberal", "moderate", "centrist", "progressive", "activist",
                 "advocate", "member", "voter", "legislator", "protester", "protestor"}


def _member_noun(tok) -> bool:
    """A plural of people who can act: 'senators', 'Republicans', 'GOP centrists',
    'protesters', or a named group ('Democrats')."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("NORP", "ORG"):
        return True
    lem = tok.lemma_.lower()
    return tok.tag_ in ("NNS", "NNPS") and (lem in ROLE_NOUNS or lem in AGENT_NOUNS or lem in _CROWD_NOUNS
                                            or lem in _MEMBER_WORDS)
_CROWD_NOUNS = {"people", "person", "resident", "worker", "student", "supporter", "demonstrator",
                "protester", "protestor", "migrant", "immigrant", "refugee", "employee", "member"}


_PLAN_HEADS = {"plan", "intend", "prepare", "schedule", "expect", "set", "aim"}
#: the plan heads whose open-class act is on the calendar ("is expected / set / scheduled to
#: advance the nomination Friday", "plans to overhaul the agency"), not an aim
_SCHEDULE_HEADS = _PLAN_HEADS - {"prepare", "aim"} | {"slate"}


def _finite_ok(verb) -> bool:
    """Past, perfect, progressive, 'will' or a present plan ('plans to'): an action that
    happened or is planned, not a habit ('donates') or a hypothesis ('would donate')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    if narrative_would(verb) or emphatic_past(verb):
        return True  # "McConnell would later make a similar rule change": a past act told ahead
    if any(a.tag_ == "MD" and a.lower_ not in _PLAN_MODALS for a in auxes):
        return False
    if any(a.tag_ == "MD" for a in auxes):
        return verb.tag_ == "VB"
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        if not auxes and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children):
            return True  # "the commander in chief left Italy": a past tense tagged as participle
        return any(a.lemma_.lower() in ("have", "be") for a in auxes)
    if verb.tag_ == "VBG":
        return any(a.lemma_.lower() == "be" for a in auxes)
    if verb.tag_ in ("VBZ", "VBP"):
        return verb.lemma_.lower() in _PLAN_HEADS or dated_present(verb)
    return False


#: adverbs that make "would" a past told ahead of its time ("would later resign"; not
#: "would eventually / ultimately …", as often a forecast)
_LATER_ADVERBS = {"later"}


def narrative_would(verb) -> bool:
    """"would later V" in a past narrative ("McConnell would later make a similar rule
    change", "She would later resign the seat"): the act happened, after the time just told;
    not a hypothesis ("would make"), a question or a condition."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _LATER_ADVERBS and c.i < verb.i for c in verb.children) \
        and not _conditional(verb) and not _in_question(verb) and not any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            or c.lower_ in ("if", "unless") for c in verb.children)  # ("If elected, she would later …")


def emphatic_past(verb) -> bool:
    """"did" + a bare verb after its subject, not negated ("Obama did meet Tuesday with 18
    mayors", "Observers did raise the issue"): the simple past, stressed, an act done as
    "met" or "raised" tells it; not a question or an inversion ("Did he …?", "nor did he …",
    "Not only did she …"), a condition, or "did" with another auxiliary."""
    if verb.tag_ != "VB":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return len(auxes) == 1 and auxes[0].lower_ == "did" and subj is not None and subj.i < auxes[0].i < verb.i \
        and not is_negated(verb) and not _conditional(verb) and not _in_question(verb)


def _one_time(t) -> bool:
    """A time word or date naming one day or period ('Monday', 'next week', 'Oct. 10'), not
    a recurring plural ('on Sundays')."""
    if t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.lower_[:-1] in TIME_WORDS:
        return False
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_WORDS


def dated_present(tok) -> bool:
    """A present tense with a time of its own ('The justices begin their term on Monday',
    'the president travels to Asia next week'): news of one occasion on the calendar, not a
    habit."""
    if tok.tag_ not in ("VBZ", "VBP") or tok.lemma_.lower() in ("be", "have", "do"):
        return False
    for c in tok.children:
        if c.dep_ == "npadvmod" and _one_time(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and _one_time(g) for g in c.children):
            return True
    return False


def _tense_ok(tok) -> bool:
    """The action's own tense, or that of the verb it shares it with ('has had dinner … and
    hosted', 'began investigating', 'plans to host')."""
    own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") and c.tag_ != "TO" for c in tok.children)
    if tok.dep_ == "xcomp" or _purpose_of_intransitive(tok) or _able_head(tok):
        return _tense_ok(tok.head)
    if not own and tok.dep_ == "conj" and tok.head.i != tok.i:
        return tok.tag_ == "VBD" or _tense_ok(tok.head)
    return _finite_ok(tok)


def action_ok(tok, headline: bool = False) -> bool:
    """A plain action is an event only as the main (or coordinated main) verb of a past,
    perfect, progressive or 'will' clause, not negated, not in a question or condition,
    with an agent subject that names someone ('Zuckerberg hosted a fundraiser'; not 'who
    had visited', 'if he donated', 'some donors gave', 'Did she attend?')."""
    if tok.pos_ != "VERB" or is_negated(tok):
        return False
    if _in_question(tok):
        return False
    cur = tok
    for _ in range(4):
        if cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head
        elif cur.dep_ == "xcomp" and (cur.head.lemma_.lower() in ASPECT_VERBS | _PLAN_HEADS | _RAISING
                                      or _catenative_head(cur.head)) \
                or means_of(cur):
            cur = cur.head  # "began investigating", "plans to host", "appeared to bow", "moved to remove"
        elif _purpose_of_intransitive(cur):
            cur = cur.head  # "Macron swerved to greet Merkel": the purpose is the action
        elif _able_head(cur):
            cur = cur.head  # "Nixon was able to purge …": the main "be"
        else:
            break
        if is_negated(cur):
            return False
    if cur.dep_ != "ROOT" and not after_label(cur) or any(c.dep_ == "mark" and c.lower_ in _NOT_FINAL
                                                          for c in cur.children):
        return False
    if not (_tense_ok(tok) or headline and tok.tag_ in ("VBZ", "VBP") and cur.dep_ == "ROOT"):
        return False
    subj = action_subject(tok)
    return subj is not None and _agent_ok(subj)


_RAISING = {"appear", "seem"}
#: main verbs whose infinitive or gerund tells the act itself, done or under way: "managed
#: to finish", "ended up backing down", "are trying to ramp up pressure", "sought to have the
#: charges dropped", "has worked to fix the flaws" (not "failed to", "refused to": no act)
_CATENATIVE = ASPECT_VERBS | _RAISING | {"manage", "try", "seek", "attempt", "work", "rush",
                                         "scramble", "hurry", "race", "decide"}


def _catenative_head(h) -> bool:
    """A head of `_CATENATIVE` ("end" only as "ended up"), or an adjective of a done act
    (`_able_head`: "was able to purge", "were quick to fire back")."""
    lemma = h.lemma_.lower()
    return lemma in _CATENATIVE or lemma == "end" and any(c.dep_ == "prt" and c.lower_ == "up" for c in h.children) \
        or _able_head(h)


#: adjectives of a past "be" whose infinitive tells an act done: "Nixon was able to purge two
#: Republicans", "Republicans were quick to fire back", "has been quick to criticize" (not
#: "is able to": an ability; not "eager / ready to": a wish or a plan)
_ABLE_ADJS = {"able", "quick", "swift"}


def _able_head(adj) -> bool:
    """`adj` is "able / quick / swift" complementing a past or present-perfect main "be" with
    no modal ("was able to", "have been quick to"; not "is able to", "would be able to")."""
    if adj.lemma_.lower() not in _ABLE_ADJS or adj.dep_ != "acomp" or adj.head.i == adj.i:
        return False
    be = adj.head
    if be.lemma_.lower() != "be" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in be.children):
        return False
    return be.tag_ == "VBD" or be.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                        for c in be.children)


def catenative_act(tok) -> bool:
    """An open-class act told as the complement of a catenative main verb ("Johnson managed
    to finish his presentation", "The White House ended up backing down", "Obama and his
    allies are trying to ramp up pressure", "the president seemed to back off the proposal"):
    the complement is the act; its tense, subject and clause are the main verb's
    (`action_ok` climbs to it).  Not a passive complement ("tried to be elected")."""
    if tok.dep_ != "xcomp" or tok.tag_ not in ("VB", "VBG") or tok.head.i == tok.i or tok.head.i > tok.i:
        return False
    if tok.tag_ == "VB" and not any(c.tag_ == "TO" for c in tok.children):
        return False
    if tok.tag_ == "VBG" and tok.head.lemma_.lower() not in ("end", "begin", "start", "continue"):
        return False
    return _catenative_head(tok.head) and not any(c.dep_ == "auxpass" for c in tok.children)


def _in_question(tok) -> bool:
    """Is the token's sentence a question ("?" among its last three tokens)?"""
    return any(t.text == "?" for t in tok.sent[-3:])


def after_label(tok) -> bool:
    """The main verb of a sentence run in after a label and a colon ("Non-Citizen Voting:
    California has expanded voter eligibility"), which the parser hangs on the label as a
    modifier: a verb with a subject of its own after the colon and a finite auxiliary."""
    if tok.dep_ not in ("acl", "amod", "appos", "dep") or tok.head.i >= tok.i:
        return False
    colon = next((t for t in tok.doc[tok.head.i + 1:tok.i] if t.text == ":"), None)
    return colon is not None and any(c.dep_ == "nsubj" and c.i > colon.i for c in tok.children) and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in tok.children)


def means_of(tok) -> bool:
    """The act a main verb of taking steps leads to, its infinitive: "moved (Monday) to
    remove Rep. King" (not "used the money to greet voters": a purpose, see
    `_purpose_of_intransitive`)."""
    if tok.dep_ != "xcomp" or tok.tag_ != "VB" or not any(c.tag_ == "TO" for c in tok.children):
        return False
    h = tok.head
    return h.i < tok.i and h.pos_ == "VERB" and h.lemma_.lower() == "move" \
        and not any(c.dep_ == "dobj" for c in h.children)


def _purpose_of_intransitive(tok) -> bool:
    """A bare 'to'-infinitive of purpose after an intransitive main verb of the same subject
    ('swerved to greet', 'stepped forward to hug'): no subject of its own, the main verb
    without an object or clause of its own."""
    h = tok.head
    return (tok.dep_ == "advcl" and h.i != tok.i and h.pos_ == "VERB"
            and any(c.tag_ == "TO" for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative") for c in h.children))


#: what an intransitive verb's purpose can voice ("returned to Twitter to explain"): a saying
_SAYING_PURPOSES = (SPEECH - COGNITION - ANNOUNCE) | VERBAL_ATTACK_VERBS | PRAISE_BLAME_VERBS \
    | PRAISE_BLAME_PERSON_VERBS | SPEAKING_VERBS | VERBAL_CLASH


#: verbs that keep someone from the act their participle names ("avoided talking about …")
_AVOIDING = {"avoid", "refuse", "decline", "stop", "quit", "resist", "deny", "evade", "dodge", "escape"}


def _speaking_participle(tok) -> bool:
    """An act told with a participle of speaking that has no subject of its own ("choked back
    tears eulogizing his father", "spent the evening criticizing the plan"): what the act
    was is the speech."""
    if tok.dep_ in ("acl", "amod") or tok.lemma_.lower() in _AVOIDING or tok.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # ("doctors denied admitting privileges", "avoided talking about …")
    if any(o.dep_ == "dobj" and o.lemma_.lower() in NOUN_KIND for o in tok.children):
        return False  # a document's words ("submitted a report saying …")
    # (the parser may hang it on the object: "tears eulogizing"; not on a document, whose
    # words they are: "submitted a report saying …")
    parts = [c for c in tok.children if c.dep_ in ("advcl", "xcomp")] + [
        g for o in tok.children if o.dep_ == "dobj" for g in o.children if g.dep_ == "acl"]
    return any(c.tag_ == "VBG" and c.i > tok.i
               and (c.lemma_.lower() in _SAYING_PURPOSES or c.lemma_.lower() in ("eulogize", "eulogise"))
               and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
               for c in parts)


def _voiced_purpose(tok) -> bool:
    """An intransitive main verb of going, appearing or taking the floor whose purpose is to
    say something ("went on Fox News to defend the plan", "returned to Twitter on Monday to
    explain", "interrupted to ask"): the act is what was said, a statement by the subject."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in _SAYING_PURPOSES and c.i > tok.i
               and _purpose_of_intransitive(c) for c in tok.children)


def action_subject(tok):
    """The doer of a plain action: its subject, a conjunct's or aspect verb's subject, or
    the 'by' agent of a passive."""
    x, subj = tok, None
    for _ in range(4):
        subj = next((c for c in x.children if c.dep_ == "nsubj" and c.lower_ not in NEGATION_CLITICS
                     or c.dep_ == "nsubjpass" and (any(
            a.dep_ == "auxpass" and a.lower_ in ("'s", "’s") for a in x.children)  # "he's had …"
            or x is not tok and x.lemma_.lower() in _PLAN_HEADS)), None)  # "X is expected / set to act"
        if subj is not None or not (x.dep_ in ("conj", "xcomp") or _purpose_of_intransitive(x)
                                    or x.dep_ == "acomp" and (x.lemma_.lower() in _DUE_ADJS or _able_head(x))) \
                or x.head.i == x.i:
            break
        x = x.head
    if subj is None:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    else:
        subj = named_subject(subj)  # "The website Motherboard found …": the name
    return subj


def planned(tok, sent_toks=None) -> bool:
    """Future modal, plan verb or 'upcoming'-like modifier on the trigger or its xcomp chain."""
    if tok.lemma_.lower() in ("plan", "prepare", "schedule", "propose", "intend", "slate", "reschedule"):
        return True
    if tok.lemma_.lower() == "set" and any(c.dep_ == "nsubjpass" for c in tok.children):
        return True  # "the vote is set for Thursday"
    if due_to_act(tok):
        return True  # "Rice is due to speak at the meeting"
    for o in tok.children:
        if o.dep_ in ("dobj", "nsubjpass") and any(a.dep_ == "amod" and a.lower_ in PLAN_ADJ for a in o.children):
            return True
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_MODALS and not narrative_would(cur):
                return True
            if c.dep_ == "amod" and c.lower_ in PLAN_ADJ:
                return True
            if c.dep_ == "aux" and c.lower_ == "to" and cur.head.i == cur.i:
                return True
        if cur.i != tok.i and cur.lemma_.lower() in PLAN_WORDS:
            return True
        if cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    if cur.lemma_.lower() in PLAN_WORDS and cur.i != tok.i:
        return True
    # "going to arrest"
    if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 2].lower_ == "going":
        return True
    return False


_DETERMINERS_H = {"a", "an", "the", "of", "to", "for", "in", "on", "his", "her", "their", "its"}


#: words that end a headline's noun phrase after its verb
_NP_STOPS = {"of", "to", "for", "in", "on", "with", "as", "after", "before", "that", "and", ",", ":", "by", "into"}


#: words before a headline verb's base form ("Court to Rule on …", "Justices Could Rule …")
_BASE_VERB_BEFORE = {"to", "will", "could", "may", "might", "must", "would", "should", "can", "cannot", "not",
                     "won't", "won’t", "didn't", "didn’t", "doesn't", "doesn’t", "did", "does"}


def headline_trigger(doc, sent, start: int | None = None) -> Trigger | None:
    """Title-case lines: match by word form, verbs first, then event nouns (from token
    `start` on: the content of 'Report: …')."""
    toks = list(doc[start if start is not None else sent.tok_start:sent.tok_end])
    best = None
    hi = headline_intensified(toks)
    if hi is not None:
        return hi  # "Trump Ramps Up Scrutiny of Legal Immigrants"
    tail = court_source_tail(toks)
    if tail is not None:
        return tail  # "McGahn Must Testify to Congress, Judge Rules"
    if any(t.lemma_.lower() in COURT_NOUNS or t.lower_ in ("justices", "judge", "court") for t in toks[:4]):
        for t in toks[1:]:
            if _stem(t.lower_) in ("deny", "deni", "block", "grant", "reject", "strike", "uphold", "halt", "allow", "order", "rule", "side", "hear", "overturn", "dismiss"):
                return Trigger("court", t.i, (t.idx, t.idx + len(t)), "headline")
    action = None
    for i, t in enumerate(toks):
        low = t.lower_
        cands = {t.lemma_.lower(), _stem(low), low}
        prev = toks[i - 1].lower_ if i else ""
        if prev in ("a", "an", "the", "of", "before", "after", "since", "until"):
            continue  # (… "a Year Before Raid": a time anchor, not the news)
        if low == "order" and prev == "in" and i + 1 < len(toks) and toks[i + 1].lower_ == "to":
            continue  # "Paid $400,000 … in Order to Secure a License": a purpose, no order
        if (_stem(low) == "plead" or t.lemma_.lower() == "plead") and i + 1 < len(toks) \
                and toks[i + 1].lower_ in ("for", "with"):
            return Trigger("statement", t.i, (t.idx, t.idx + len(t)), "headline")  # "Governor Pleads for Aid": a plea in words
        if i and low.endswith("ing") and prev in LAW_OBJECTS and prev != "act" \
                and ({_stem(low), t.lemma_.lower()} & (LAW_EFFECT_VERBS | VERB_TRIGGERS["policy"] | VERB_TRIGGERS["law"])):
            # "Rep. Roe's Bill Prohibiting Drone Sales Passes House", "Law Banning Bump Stocks
            # Takes Effect": the participle tells what the bill does; the news is the bill's
            p = toks[i - 1]
            return Trigger("law", p.i, (p.idx, p.idx + len(p)), "headline")
        for c in cands:
            if c == "hold":  # "Councilmember Holds Meeting", "Sheriff Holds News Conference"
                for o in toks[i + 1: i + 5]:
                    ok = {"meeting": "other", "rally": "other", "town": "other", "conference": "announcement",
                          "briefing": "announcement", "hearing": "court"}.get(o.lower_.rstrip("s"))
                    if ok:
                        return Trigger(ok, t.i, (t.idx, t.idx + len(t)), "headline")
            if c in VERB_KIND and VERB_KIND[c] != "other" or c in ("sign", "rule", "sue", "issue", "release", "pen", "strike", "expand", "tell"):
                kind = VERB_KIND.get(c)
                if c in ("sign", "issue", "release", "pen", "strike", "expand", "tell"):
                    window = toks[i + 1: i + 6]
                    if c in ("sign", "pen"):
                        # the noun phrase's head comes last: "Signs Juvenile Sentencing Law" is a
                        # law signed, not a sentencing
                        stop = next((k for k, o in enumerate(window) if o.lower_ in _NP_STOPS), len(window))
                        if any(o.lower_ in LAW_OBJECTS or _stem(o.lower_) in LAW_OBJECTS for o in window[:stop]):
                            return Trigger("law", t.i, (t.idx, t.idx + len(t)), "headline")
                    for o in window:
                        ok = NOUN_KIND.get(_stem(o.lower_)) or NOUN_KIND.get(o.lower_)
                        if c in ("sign", "strike") and _stem(o.lower_) in ("deal", "order", "agreement", "memo"):
                            ok = "policy"
                        if c == "sign" and o.lower_ in LAW_OBJECTS:
                            ok = "law"
                        if c == "expand" and _stem(o.lower_) in ("protection", "program", "policy"):
                            ok = "policy"
                        if o.lower_ == "letter":
                            ok = "letter"
                        if c == "release" and o.lower_ in ("list", "report", "data", "figures"):
                            ok = "report"
                        if ok and ok not in ("statement",):
                            kind = ok
                            break
                    else:
                        kind = None
                    if c == "tell" and kind != "letter":
                        kind = "policy" if any(x.lower_ == "not" for x in toks[i + 1: i + 6]) else None
                if c == "rule":
                    kind = "court"
                    if low == "rule" and prev not in _BASE_VERB_BEFORE:
                        kind = None  # "A History of the Senate Rule That …": the noun (the verb is "Rules", "to Rule")
                if c == "sue":
                    kind = "court"
                if kind:
                    return Trigger(kind, t.i, (t.idx, t.idx + len(t)), "headline")
        if best is None:
            nk = NOUN_KIND.get(_stem(low)) or NOUN_KIND.get(low)
            if (_stem(low) in SCHEDULED_NOUNS or low in SCHEDULED_NOUNS) and not (
                    _stem(low) in _ORIGINAL_NOUNS or low in _ORIGINAL_NOUNS):
                nk = None  # "Senate Vote", "Trial": an occasion named, not an event reported
            if low == "action" and prev in ("enforcement", "military", "police"):
                nk = "operation"  # "Large Scale Enforcement Action"
            elif low == "action" and prev == "executive":
                nk = "policy"  # "Obama Takes Executive Action on Guns": a president's order
            if low == "polls" and prev in ("to", "at"):
                nk = "other"  # "Voters Flock to Polls": a vote cast at the voting places, no survey
            if nk and nk not in ("statement",) and (low not in ("plan", "program", "action", "list", "data", "measure", "statement")
                                                   or low == "action" and nk in ("operation", "policy")):
                best = Trigger(nk, t.i, (t.idx, t.idx + len(t)), "noun")
            elif low in ("list",) and i and toks[i - 1].lower_ not in ("the", "a"):
                best = Trigger("report", t.i, (t.idx, t.idx + len(t)), "noun")
        if action is None and i and low.endswith("s") and not low.endswith("ss") and prev not in _DETERMINERS_H:
            # "Trump Wins Electoral College", "Pope Visits Iraq": a name, then an action verb
            # in the headline present
            if _named_then_action(toks[i - 1], cands | {low[:-1], low[:-2] if low.endswith("es") else low}):
                action = Trigger("other", t.i, (t.idx, t.idx + len(t)), "headline")
        if action is None and i and low.endswith("s") and prev not in _DETERMINERS_H and (cands | {low[:-1]}) & _HEADLINE_NAMING \
                and not toks[i - 1].is_stop and (toks[i - 1].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                                 or toks[i - 1].pos_ == "PROPN") \
                and any(o.lower_ in ("as", "to", "for") for o in toks[i + 2: i + 7]):
            # "Trump Names Priebus as Chief of Staff", "Governor Taps Aide for Senate Seat": a
            # name, then a naming verb in the headline present, its object, then the post
            action = Trigger("other", t.i, (t.idx, t.idx + len(t)), "headline")
        if action is None and i and low.endswith("ed") and i + 1 < len(toks) and toks[i + 1].lower_ == "by" \
                and prev not in _DETERMINERS_H:
            # "Ex-Owner DeBartolo Pardoned by Trump", "Mayor Ousted by Council": a name, then
            # an action verb in the headline passive with its agent
            if _named_then_action(toks[i - 1], cands):
                action = Trigger("other", t.i, (t.idx, t.idx + len(t)), "headline")
    if best is not None and best.how == "noun":
        for i, t in enumerate(toks[:-1]):
            if t.i >= best.tok:
                break
            nxt = toks[i + 1]
            if t.lower_ in SPEECH_EVENT_NOUNS and nxt.i < best.tok and nxt.text[:1].isupper() \
                    and nxt.lower_.endswith("s") and not nxt.lower_.endswith("ss") and nxt.lower_ not in SPEECH_EVENT_NOUNS:
                # "Netanyahu Congress Speech Targets Iran Deal": the speech does it, a statement
                return Trigger("statement", t.i, (t.idx, t.idx + len(t)), "headline")
    return best or action


#: what may follow a headline's "dead": its setting, never more of a name ("Dead Sea")
_AFTER_DEAD = {"at", "in", "after", "amid", "following", "from", "as", ",", ":", "—", "–", "-", "on", "near"}


def headline_dead(toks) -> Trigger | None:
    """A headline that drops its "is/are" before "dead" ("Jane Roe Dead at 94", "Three
    Officers Dead After Ambush", "2 dead in crash"): a death, told of its subject."""
    for i, t in enumerate(toks):
        if t.lower_ != "dead" or i == 0 or toks[i - 1].pos_ not in ("NOUN", "PROPN", "NUM") \
                or toks[i - 1].lower_ in ("the", "undead"):
            continue
        if i + 1 < len(toks) and toks[i + 1].lower_ not in _AFTER_DEAD:
            continue  # "… Dead Sea Scrolls", "dead heat"
        return Trigger("other", t.i, (t.idx, t.idx + len(t)), "headline")
    return None


def court_source_tail(toks, title: bool = True) -> Trigger | None:
    """A headline that ends with its court as an inverted source ("…, Judge Rules", "…,
    Supreme Court Rules", "…, Appeals Court Finds"): a ruling whatever the words before the
    comma say (the verb, not a noun before it, is the news: not a law for "Voting Law Is
    Unconstitutional, Court Rules"); `title`: its words title-case, else as written ("…,
    judge rules")."""
    words = [t for t in toks if not (t.is_punct and t.text != ",")]
    k = max((j for j, t in enumerate(words) if t.text == ","), default=None)
    if k is None or k == 0 or not 2 <= len(words) - k - 1 <= 4:
        return None
    tail = words[k + 1:]
    verb = tail[-1]
    if verb.lower_ not in ("rules", "ruled", "finds", "found") or title and not all(t.text[:1].isupper() for t in tail):
        return None
    if not any(t.lemma_.lower() in COURT_NOUNS or t.lower_ in ("judge", "judges", "court", "courts", "justices")
               for t in tail[:-1]):
        return None
    return Trigger("court", verb.i, (verb.idx, verb.idx + len(verb)), "headline")


#: calendar verbs whose active use by a doer puts off an occasion ("the Senate delayed the
#: vote", "the judge postponed the hearing"): an act, of the occasion's kind
_PUT_OFF_VERBS = {"delay", "postpone", "reschedule"}
#: naming verbs of a headline's "X Names Y as Z" (an appointment: kind "other", like appoint)
_HEADLINE_NAMING = {"name", "tap", "pick", "choose", "select"}


_VERB_WORDS: frozenset | None = None


def _verb_words() -> frozenset:
    """The base forms English uses as verbs (the lemmatizer's own verb index, loaded once)."""
    global _VERB_WORDS
    if _VERB_WORDS is None:
        from .nlp import get_nlp
        _VERB_WORDS = frozenset(get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    return _VERB_WORDS


def headline_verb_forms(low: str) -> set[str]:
    """Lemma candidates of a third-person verb form read off a headline ('Denies' → deny)."""
    out = {low, _stem(low)}
    if low.endswith("ies"):
        out.add(low[:-3] + "y")
    if low.endswith("es"):
        out.add(low[:-2])
    if low.endswith("s"):
        out.add(low[:-1])
    return out


def _third_person_bases(low: str) -> list[str]:
    """Base forms a headline present ('delays', 'flexes', 'denies') may come from."""
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or len(low) < 4:
        return []
    out = [low[:-1]]
    if low.endswith("es"):
        out.append(low[:-2])
    if low.endswith("ies"):
        out.append(low[:-3] + "y")
    return out


#: words that open a headline's question or frame, not its subject
_NOT_HEADLINE_SUBJECTS = {"what", "why", "how", "who", "when", "where", "will", "do", "does", "is", "are",
                          "can", "should", "opinion", "analysis", "editorial", "watch", "video"}
_VERB_TAGS = ("VB", "VBP", "VBZ", "VBD", "VBN", "MD")


def headline_clause(toks) -> Trigger | None:
    """A sentence-case headline whose subject is a name and whose verb the tagger missed,
    read by headline grammar: the present for a past act ('Senate delays Syria vote', 'Trump
    flexes power of pardon', 'Senate votes to proceed onto health bill'), 'to' + verb for a
    coming one ('Trump to nominate Carson as HUD secretary') and a progressive without its
    "are" before "to / for" ('Republicans pushing to confirm nominees', 'Mayor pressing for
    a recount').  The subject is a run of
    capitalized words (after a short label and colon: 'ISIS fight: Congress to vote …'), the
    verb a lower-case word the lemmatizer knows as a verb, and a present is not followed by
    another verb ('Tax cuts undermine …': 'cuts' is then a noun)."""
    lo = 0
    for k, t in enumerate(toks):
        if t.text == ":" and k <= 4:
            lo = k + 1
    while lo < len(toks) and (toks[lo].is_punct or toks[lo].is_quote):
        lo += 1
    k = lo
    if k < len(toks) and toks[k].lower_ in ("the", "a") and toks[k].text[:1].isupper():
        k += 1
    start = k
    while k < len(toks) and (toks[k].text[:1].isupper() or toks[k].tag_ == "POS" and k > start):
        k += 1
    if k == start or k + 1 >= len(toks) or toks[start].lower_ in _NOT_HEADLINE_SUBJECTS:
        return None
    subject = toks[start:k]
    if len(subject) == 1 and not (subject[0].pos_ == "PROPN" or subject[0].ent_type_ or _name_elsewhere(subject[0])):
        return None  # a capitalized first word only: "Tax cuts undermine …"
    verbs = _verb_words()
    v = toks[k]
    if v.lower_ == "to":
        w = toks[k + 1]
        if w.text[:1].isupper() or w.lower_ not in verbs or w.lower_ == "be":
            return None
        verb, base = w, w.lower_
    elif v.tag_ == "VBG" and v.text[:1].islower() and v.lemma_.lower() in verbs and toks[k + 1].lower_ in ("to", "for"):
        verb, base = v, v.lemma_.lower()  # "Republicans pushing to confirm nominees": "are" dropped
    else:
        plural = subject[-1].tag_ in ("NNS", "NNPS") and subject[-1].lower_.endswith("s")
        if plural and v.lower_ in verbs and v.tag_ in ("VBP", "VB", "NN"):
            bases = [v.lower_]  # a plural takes the bare verb: "Democrats slam tax plan"
        else:
            bases = [b for b in _third_person_bases(v.text) if b in verbs]
        nxt = toks[k + 1]
        if v.text[:1].isupper() or not bases or nxt.tag_ in _VERB_TAGS and nxt.text[:1].islower() \
                and nxt.lower_ != "to":
            return None
        verb, base = v, bases[0]
    if base in NOT_ACTIONS:
        return None
    if (base in SPEECH or base in HEADLINE_SPEECH) and VERB_KIND.get(base, "other") in ("other", "statement"):
        if verb.lower_ != base or base in WEAK_HEAD_SPEECH:
            return None  # "FBI condemns Nunes memo": a speaker's headline, attribution's; "charge": which?
        return Trigger("statement", verb.i, (verb.idx, verb.idx + len(verb)), "headline")  # "Liberals rip …"
    kind = VERB_KIND.get(base) or "other"
    words = {t.lemma_.lower() for t in subject}
    if words & _LEGISLATURES and "white" not in words and (
            base in VOTE_VERBS or any(t.lemma_.lower() in _LEGISLATIVE_BUSINESS for t in toks[verb.i - toks[0].i:])):
        kind = "law"  # "Senate delays Syria vote"
    return Trigger(kind, verb.i, (verb.idx, verb.idx + len(verb)), "headline")


#: prepositions after a headline participle that tell a state or feeling ("Democrats
#: focused on jobs", "voters worried about prices", "GOP united behind Ryan")
_STATE_PREPS = {"about", "on", "with", "over", "behind", "to", "toward", "towards"}


def headline_participle(toks) -> Trigger | None:
    """A sentence-case headline told by a bare past participle right after its subject
    ("Embassy in Kabul evacuated as fighting nears", "Voting machines seized in Georgia
    county", "Dallas lab worker quarantined aboard cruise ship"): headline grammar drops
    "was", so the participle is a passive act (kind "other", or the verb's own kind of
    `VERB_KIND`; not a speech verb nor one with rules of its own); the parser makes it the
    root or a modifier of the noun.  Not a state (`_STATE_PARTICIPLES`, or a participle
    before "about / on / with …": "Democrats focused on jobs"), not one with its own
    auxiliary, not after a determiner's noun in a longer clause ("The plan unveiled by …
    faces …": the finite verb is the news)."""
    for t in toks:
        if t.tag_ != "VBN" or t.pos_ != "VERB":
            continue
        if t.dep_ == "ROOT":
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in t.children):
                return None
        elif t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i:
            root = t.head if t.head.dep_ == "ROOT" else t.head.head
            if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() not in ("say", "report"):
                return None  # ("The plan unveiled by X faces …": the finite verb is the news)
            if any(x.tag_ in ("VBZ", "VBP", "VBD", "MD") and x.i < t.i for x in toks):
                return None
        else:
            return None
        lemma = t.lemma_.lower()
        kind = "other" if open_verb(t) else VERB_KIND.get(lemma) if lemma not in _RULED_VERBS | SPEECH else None
        if kind is None or any(c.dep_ in ("aux", "auxpass") for c in t.children) \
                or lemma in _STATE_PARTICIPLES or is_negated(t):
            return None
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.lower_ in _STATE_PREPS:
            return None
        return Trigger(kind, t.i, (t.idx, t.idx + len(t)), "headline")
    return None


def _named_then_action(prev, lemmas) -> bool:
    """A headline's name (`prev`, not a stop word) right before a word one of whose
    `lemmas` is an action verb ('Pope Visits Iraq', 'DeBartolo Pardoned by Trump')."""
    return any(c in ACTION_VERBS and c not in VOTE_ONLY or VERB_KIND.get(c) == "other" for c in lemmas) \
        and (prev.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or prev.pos_ == "PROPN") and not prev.is_stop


class _HasNumber:
    """Whether the sentence has a number, computed on first use (truth value only)."""

    __slots__ = ("toks", "value")

    def __init__(self, toks):
        self.toks = toks
        self.value = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = any(t.like_num or t.ent_type_ in ("PERCENT", "MONEY", "CARDINAL") for t in self.toks)
        return self.value


def body_trigger(doc, sent, exclude, headline: bool = False) -> Trigger | None:
    """The first verb trigger of a body sentence (outside quotes / excluded spans).

    First in word order, not highest in the parse: on the seeds and the dev gold, ordering
    by depth picked a deeper clause's kind ("made it clear that ICE needs … a warrant" →
    court) more often than it helped."""
    toks = list(doc[sent.tok_start:sent.tok_end])
    has_number = _HasNumber(toks)
    found = []
    for t in toks:
        pos = t.pos_
        cue = pos == "NOUN" and not headline and trailing_noun_cue(t)
        if pos not in ("VERB", "AUX") and not (pos == "NOUN" and t.dep_ == "ROOT" and t.tag_ in ("VBZ", "NNS")) \
                and not cue:
            continue  # verb_trigger's own first test, without the call
        if exclude and any(s <= t.idx < e for s, e in exclude):
            continue
        if _describes(t) and not cue:
            continue
        r = verb_trigger(t, toks, has_number, headline)
        if r and not _conditional(t):  # "if the election were held today, …": no event
            found.append((t.i, r, t))
    if not found:
        return None
    found.sort(key=lambda x: x[0])
    if len(found) > 1 and _in_relative(found[0][2]):
        # "a federal judge, whom Trump appointed, ruled on Friday …": the relative clause
        # is background, the main clause's trigger is the news
        main = next((f for f in found[1:] if not _in_relative(f[2])), None)
        if main is not None:
            found.remove(main)
            found.insert(0, main)
    _, (kind, how), t = found[0]
    if how == "open":
        # "The Senate joined the House in passing a resolution": any listed trigger of the
        # main clause names the event better than an unlisted verb
        better = next((f for f in found[1:] if f[1][1] not in ("action", "open") and not _in_relative(f[2])), None)
        if better is not None:
            _, (kind, how), t = better
        else:
            how = "action"
    if how == "action":
        # "voted to pass the bill", "hosted … and signed an order": the specific event
        # the plain action leads to is the event
        inner = next((f for f in found[1:] if f[1][1] != "action" and _reaches(f[2], t)
                      and not _in_time_clause(f[2], t)), None)
        if inner is not None:
            _, (kind, how), t = inner
    if kind == "arrests" and t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in NOUN_TRIGGERS["operation"]:
        kind = "operation"  # "an operation this week to arrest hundreds": the operation
    return Trigger(kind, t.i, (t.idx, t.idx + len(t)), how)


def _time_anchor(noun) -> bool:
    """The noun carries its own time: a possessive time ('Tuesday's ruling', 'last week's
    shooting', 'this week's attack'), a date compound ('the Nov. 6 election') or an 'on /
    in / during' phrase with a date ('the raid on Monday')."""
    for c in noun.children:
        if c.dep_ == "poss" and (c.lower_ in TIME_WORDS or c.lemma_.lower() in TIME_WORDS or c.ent_type_ in ("DATE", "TIME")):
            return True
        if c.dep_ in ("compound", "nmod", "npadvmod") and c.ent_type_ == "DATE":
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "during", "last", "this") and any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and (g.lower_ in TIME_WORDS or g.like_num or any(
                    x.lower_ in TIME_WORDS or x.like_num for x in g.subtree)) for g in c.children):
            return True
    return False


_DATED_NOUN_KIND = {"resignation": "announcement", "nomination": "announcement", "vote": "other",
                    "hearing": "other", "confirmation": "other"}


#: what someone said on a day, told by a noun with its own time ("Boehner's statement
#: Wednesday declaring …", "Tuesday's speech", "his testimony on Thursday"): a statement
DATED_SPEECH_NOUNS = {"statement", "speech", "testimony", "interview", "tweet", "announcement"}


def dated_noun_trigger(doc, sent, exclude) -> Trigger | None:
    """A sentence with no verb trigger that names an occurrence with its own time ("Last
    week's shooting in Ohio left 10 dead", "Tuesday's ruling was a blow to the
    administration", "this week's sarin-gas attack … can be tied to …"): that occurrence,
    of the noun's kind.  Not a plural or an indefinite noun ('attacks', 'a vote'), not a
    negated or conditional clause, not inside a quotation."""
    for t in doc[sent.tok_start:sent.tok_end]:
        if t.pos_ != "NOUN" or t.tag_ != "NN" or (exclude and any(s <= t.idx < e for s, e in exclude)):
            continue
        lem = t.lemma_.lower()
        if lem not in DATED_EVENT_NOUNS and t.lower_ not in DATED_EVENT_NOUNS:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no", "every", "each") for c in t.children):
            continue
        if not _time_anchor(t):
            continue
        head = t.head
        while head.dep_ not in ("ROOT",) and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        if head.pos_ in ("VERB", "AUX") and (is_negated(head) or _conditional(head) or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)) and not _time_landmark(t):
            continue  # "the November election will need to adapt …": talk about it, not the event
        kind = _DATED_NOUN_KIND.get(lem) or NOUN_KIND.get(lem, "other")
        if lem in DATED_SPEECH_NOUNS:
            kind = "announcement" if lem == "announcement" else "statement"
        elif kind not in CONCRETE and kind not in ("other", "announcement"):
            kind = "other"
        return Trigger(kind, t.i, (t.idx, t.idx + len(t)), "noun")
    return None


#: prepositions that make an occurrence a landmark in time ("before Comey's firing on May 9");
#: not "until" (a limit: "will be on the court until the November election"), "by" (a deadline)
#: or "without" (what did not happen)
_LANDMARK_PREPS = {"before", "after", "since", "following", "during", "amid", "upon"}


def _time_landmark(noun) -> bool:
    """The occurrence is the object of a preposition of time ("was not under investigation
    before Comey's firing on May 9", "prior to the vote on Friday"): it happened whatever
    the main clause's negation or modal says of the rest."""
    p = noun.head
    if noun.dep_ != "pobj" or p.i == noun.i:
        return False
    return p.lower_ in _LANDMARK_PREPS or p.lower_ == "to" and p.i > 0 and p.doc[p.i - 1].lower_ == "prior"


def _result_participle(tok) -> bool:
    """'Bombers blew themselves up in Baghdad, killing 24 people': an '-ing' clause of a
    past-tense main verb tells what that event did."""
    h = tok.head
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp") and h.i != tok.i and (
        h.tag_ == "VBD" or h.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in h.children))


def _in_relative(tok) -> bool:
    """The token is in a relative clause or an '-ing' participle modifying a noun ('flights
    deporting Guatemalans'); not a past participle, which often carries the news ('a
    proposal unveiled on Tuesday would …'), unless it describes a person ('a judge
    appointed by President Trump ruled …', 'Mendez, nominated by Bush in 2007, denied …')."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "relcl" or cur.dep_ == "acl" and (cur.tag_ == "VBG" or cur.tag_ == "VBN" and _person(cur.head)):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _person(noun) -> bool:
    """A person named or described by role ('Mendez', 'a federal judge', 'the senator')."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in ROLE_NOUNS


#: prepositions whose gerund is an event in the story's time ("after arresting 50 people")
_TIME_PREPS = {"after", "before", "by", "since", "upon", "while", "when", "following", "without"}


def _describes(t) -> bool:
    """A verb form that describes rather than reports: a participle used as an adjective ("convicted
    felons", "elected officials", "the ruling party"), or a gerund with its own object naming an
    activity ("a law barring plastic bags", "the likelihood of Democrats nabbing the majority",
    "interest in restricting gun rights", "passing the bill would be a huge lift"). A gerund
    after a time preposition or a verb's preposition ("after arresting 50 people", "joined
    them in passing a resolution") or with no object ("the Giffords
    shooting six years ago") still reports; so does a participle in a sentence the parser gave
    no verb root ("Trump nominated Barr …" parsed as a noun phrase). An infinitive under a noun
    of ability or attempt ("the inability to win", "attempts to pass laws") is no event either."""
    if t.dep_ == "acl" and t.tag_ == "VB" and t.head.lemma_.lower() in CAPACITY_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return True  # "the inability to win", "attempts to pass federal laws", "threats to attack"
    if t.dep_ == "amod":  # a past tense or a subject of its own makes it a misparsed verb
        return t.tag_ != "VBD" and t.sent.root.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    if t.tag_ != "VBG" or t.dep_ not in ("csubj", "acl", "pcomp") or _poll_participle(t):
        return False  # ("a poll showing Roe ahead" reports the poll's finding)
    if t.dep_ == "pcomp" and (t.head.lower_ in _TIME_PREPS or t.head.head.pos_ in ("VERB", "AUX")):
        return False  # "after arresting 50 people", "joined the Democrats in passing a resolution"
    return any(c.dep_ in _VERBAL_OBJECTS for c in t.children)


_VERBAL_OBJECTS = ("dobj", "ccomp", "xcomp", "dative")
#: nouns whose infinitive names what could or might be done, not what was: "the power to veto"
CAPACITY_NOUNS = {"ability", "inability", "potential", "capacity", "power", "right", "authority", "chance",
                  "opportunity", "way", "means", "need", "desire", "willingness", "unwillingness",
                  "reluctance", "failure", "refusal", "threat", "attempt", "race", "temptation", "incentive",
                  "pressure", "courage", "freedom", "reason", "leverage", "quest", "bid", "struggle"}


_REACH = ("xcomp", "advcl", "ccomp", "conj")


#: marks of a clause of time: the bounded ones (TIME_MARKS: "after newspapers reported …") and
#: those of a time alongside ("when", "while", "as")
TIME_MARKS = {"before", "after", "since", "until", "till", "once"}
_TIME_CLAUSE_MARKS = TIME_MARKS | {"when", "while", "as"}


def _in_time_clause(u, t) -> bool:
    """On the way from u up to t there is a clause of time ('was investigating … before agents
    raided his home'): it dates t, it is not what t led to."""
    for _ in range(5):
        if u.i == t.i or u.head.i == u.i:
            return False
        if u.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_MARKS for c in u.children):
            return True
        u = u.head
    return False


def _reaches(u, t) -> bool:
    """u hangs under t through verbal complements and conjuncts only (spaCy makes a new
    Token object per access: compare indices)."""
    for _ in range(5):
        if u.i == t.i:
            return True
        if u.dep_ not in ("xcomp", "conj", "advcl") or u.head.i == u.i:
            return False
        u = u.head
    return u.i == t.i


def content_trigger(doc, head_i: int) -> Trigger | None:
    """A concrete event named by the reported clause: its head (or the head's xcomp
    chain) for any concrete kind; deeper in the clause (infinitive purpose clauses,
    complements: "the plan calls for officers … to help carry out the operation", "agents
    may look to arrest 1,500") for an operation or arrests — a claim *about* an operation
    is that operation.  `planned` is set when the way down passes a modal, a plan word
    or an infinitive (the event is not said to have happened yet)."""
    head = doc[head_i]
    sent_toks = list(head.subtree)
    has_number = any(t.like_num for t in sent_toks)
    chain = [head]
    cur = head
    for _ in range(3):
        nxt = next((c for c in cur.children if c.dep_ in ("xcomp",)), None)
        if nxt is None:
            break
        chain.append(nxt)
        cur = nxt
    for t in chain:
        if is_negated(t) or generic_present(t):
            break
        r = verb_trigger(t, sent_toks, has_number)
        if r and r[0] in CONCRETE:
            return Trigger(r[0], t.i, (t.idx, t.idx + len(t)), "content",
                           planned=_unrealised(head, t))
    if is_negated(head):
        return None
    # breadth-first through the clause's verbal complements (not relative clauses:
    # "the people who were arrested" is background)
    frontier, depth = [head], 0
    while frontier and depth < 4:
        nxt = []
        for x in frontier:
            for c in x.children:
                if c.dep_ not in _REACH or c.pos_ not in ("VERB", "AUX") or is_negated(c):
                    continue
                if c.dep_ == "advcl" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    continue  # "… if raids happen": conditions are not the claim
                r = verb_trigger(c, sent_toks, has_number)
                if r and r[1] == "light" and any(_bare_plural(o) for o in _obj_nouns(c)):
                    r = None  # "conduct large-scale operations": generic, not one operation
                if r and r[0] in ("operation", "arrests") and not generic_present(c):
                    return Trigger(r[0], c.i, (c.idx, c.idx + len(c)), "content",
                                   planned=_unrealised(head, c))
                nxt.append(c)
        frontier, depth = nxt, depth + 1
    return None


def _bare_plural(noun) -> bool:
    """'operations' with no determiner, number or possessor: a kind of thing, not one."""
    return noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod", "poss", "quantmod") for c in noun.children)


def _unrealised(head, tok) -> bool:
    """Between the content head and the trigger: a modal, a plan word or subject ("the
    plan calls for …"), or an infinitive."""
    if planned(tok):
        return True
    cur = tok
    for _ in range(6):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_MODALS | {"to"} for c in cur.children):
            return True
        if cur.lemma_.lower() in PLAN_WORDS or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in PLAN_NOUNS for c in cur.children):
            return True
        if cur.i == head.i or cur.head.i == cur.i:
            break
        cur = cur.head
    return False


_NEG_SUBJECTS = {"nobody", "none", "nothing", "neither"}


def is_negated(tok) -> bool:
    """'not'/'never' on the verb, or a negative subject ('no Democrats voted for …', 'No
    one … has won', 'nobody was arrested')."""
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in NEGATION_CLITICS:  # (a curly "isn’t" is misparsed: "n’t" the subject)
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NEG_SUBJECTS or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    return False


#: studies that are always of the moment ("polls show …"), unlike "studies show …"
_CURRENT_STUDIES = {"poll", "survey"}


#: words before "polls" that still name the polls of the day ("some polls show …", "generic
#: ballot polls show …"), not studies in general ("past polls", "many polls over the years")
_SOME_POLLS = {"some", "several", "other", "these", "the", "both", "two", "three", "four", "generic",
               "national", "statewide", "state", "public", "private", "internal", "independent", "early"}


def news_finding(tok, trig) -> bool:
    """'A new poll shows the candidate ahead', 'the survey finds …': a study's finding is
    told in the present; not a bare plural's habit ('studies show …')."""
    if trig.kind == "report" and poll_standing(tok):
        return True  # "the latest poll has the governor leading": a finding of the day
    if trig.kind != "report" or tok.lemma_.lower() not in FINDING_VERBS | REPORT_OBJECT_VERBS:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "NNS" and subj.lemma_.lower() in _CURRENT_STUDIES \
            and tok.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("det", "amod") and c.lower_ not in _SOME_POLLS
                                                       for c in subj.children):
        return True  # "Polls show the premier neck-and-neck", "some polls show him fading", "generic
        # ballot polls show …": the polls of the day, not a habit of studies
    if subj is None or subj.lemma_.lower() not in FINDING_SUBJECTS or subj.tag_ not in ("NN", "NNP", "NNS"):
        return False
    # one new study: 'a poll', 'a new survey', 'the latest report', 'Gallup's poll', 'a Pew survey'
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "amod" and c.lower_ in (
            "new", "latest", "recent", "fresh") or c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
            for c in subj.children):
        return True
    # papers this story is about: 'the figures show …', 'these records show …', 'data from the
    # Labor Department show …', 'documents released Tuesday show …' (not 'studies show …')
    if subj.lemma_.lower() in ("research", "evidence", "model"):
        return False  # "the research shows …": a general claim, not one paper's finding
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") or c.dep_ == "acl" and c.tag_ == "VBN"
               or c.dep_ == "prep" and c.lower_ in ("from", "by", "of") and any(
                   g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "GPE")) for g in c.children)
               for c in subj.children)


def generic_present(tok) -> bool:
    """'Sanctuary cities do not hold immigrants …': habitual present, not an event; so is
    what someone can do ('immigrants can always file an appeal', 'officers can detain
    people for 48 hours'): an ability or a permission, not something that happened."""
    if tok.tag_ in ("VBP", "VBZ"):
        if tok.lemma_.lower() in _PLAN_HEADS and any(c.dep_ == "xcomp" for c in tok.children):
            return False  # "the court plans to issue opinions Monday": a plan, not a habit
        return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_MODALS for c in tok.children) \
            and not dated_present(tok)
    if tok.tag_ == "VB":
        auxes = [c for c in tok.children if c.dep_ in ("aux",)]
        return bool(auxes) and all(a.lower_ in ("do", "does", "can", "ca") for a in auxes)
    return False


def anonymous_or_media(speech) -> bool:
    if speech is None:
        return False
    if speech.outlet or speech.chain:
        return True
    words = (speech.speaker_text or "").lower().split()
    return bool(words) and words[-1] in ANONYMOUS and speech.speaker_kind == "group"


def claim_adverb(doc, sent) -> bool:
    return any(t.lower_ in CLAIM_ADVS for t in doc[sent.tok_start:sent.tok_end])


__all__ = ["Trigger", "headline_trigger", "body_trigger", "content_trigger", "planned",
           "is_negated", "generic_present", "anonymous_or_media", "claim_adverb", "CONCRETE",
           "ANNOUNCE", "REPORT_CUES"]
