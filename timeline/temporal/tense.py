"""Which way a relative expression points, read off the verb that governs it.

"said Wednesday" looks back, "will travel Wednesday" looks ahead, "is meeting Wednesday"
takes the closest. We climb the dependency tree from the time expression to its verb and
read that verb's tense, modals and "plan/expect/schedule to" constructions. A time that a
verb sets ("scheduled a hearing for Wednesday") is not the time of setting it; a temporal
clause ("after he arrives Friday") takes the future of its main clause; an infinitive after
a rank ("the first to speak Tuesday") or after "able/unable" keeps the tense of its clause.
"""

from __future__ import annotations

PAST, FUTURE, PRESENT = "past", "future", "present"
#: (months and dates only) a weak future: the month just gone if there is one, else ahead
MAYBE = "maybe"

_FUTURE_AUX = {"will", "wo", "'ll", "ll", "shall", "would", "going", "gonna"}
_MODALS = {"may", "might", "could", "should", "must", "can", "ca"}
_FUTURE_GOVERNORS = {
    "plan", "plans", "planned", "planning", "expect", "expects", "expected", "schedule",
    "scheduled", "slated", "set", "intend", "intends", "intended", "aim", "aims", "hope",
    "hopes", "want", "wants", "prepare", "prepares", "preparing", "due", "going", "likely",
    "poised", "ready", "seek", "seeks", "seeking", "propose", "proposes", "promise",
    "promised", "promises", "vow", "vows", "vowed", "threaten", "threatens", "threatened",
    "decide", "decided", "agree", "agreed", "agrees", "try", "tries", "trying", "able",
    "unlikely", "about", "ought", "need", "needs", "have", "has", "hoping", "wanted",
}


def direction(doc, start: int, end: int, family: str | None = None) -> str | None:
    """Tense of the verb governing the characters ``start:end`` of ``doc``.

    Returns "past", "future", "present", or None when no verb governs it (headlines,
    fragments); "maybe" for a month or date under a modal or a bare infinitive. A past verb says little about a month (``family="month"``) that modifies a
    noun rather than the verb ("announced a cutback in its oil supply in September",
    "November transactions"), so None is returned then (-> nearest occurrence).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    verb = _governing_verb(root, span)
    if verb is None and root.head.i == root.i and root.pos_ not in ("VERB", "AUX"):
        # a parse that cut the sentence inside the expression ("will lie in repose from
        # 7:45 p.m. ET | Wednesday"): another of its words may still hang from the verb
        for tok in span:
            if tok.i != root.i and not (span.start <= tok.head.i < span.end):
                verb = _governing_verb(tok, span)
                if verb is not None:
                    root = tok
                    break
    if _adjective_verb(root, span) or verb is None and _stray_past(root, span):
        # a past verb the parse missed; a month naming a thing stays the nearest, as below
        return None if family == "month" and _modifies_noun(root) else PAST
    if verb is None:
        return None
    verb = _matrix_verb(verb, span)
    t = _verb_tense(verb, depth=0)
    if t in (PAST, PRESENT) and _scheduled_for(root, verb):
        # a weekday set now lies ahead; a month or date only the nearest ("is set for Nov.
        # 2" in a mid-November article is a slip of tense, not next year)
        t = _schedule_tense(verb) if family in (None, "day") else PRESENT
    if t in (PAST, PRESENT) and _future_main_clause(verb, backshifted=t == PAST):
        t = FUTURE
    if t == FUTURE and family in (None, "day") and _noun_infinitive_in_past(verb):
        return PRESENT
    if t == FUTURE and family in (None, "day") and _names_noun_time(root):
        # "will look back on the debate Thursday night": the day of a thing the clause names,
        # not of its verb, which may look back on it -> the nearest
        return PRESENT
    if t == FUTURE and family == "month" and _modifies_noun(root):
        # "will report November numbers", "the shutdown in October will melt away": a month
        # that names a thing is not the verb's time, so the future only says it may lie
        # ahead: the month just gone if there is one, else the coming one
        return MAYBE
    if t == FUTURE and family == "month" and not _strong_future(verb):
        # a month is a year apart either way: only a plain future ("will", "going to", a
        # plan) surely looks ahead; under a modal or a bare infinitive ("could feel Thoreau
        # there in April", "sent a delegation to attend the Olympics in February") a month
        # just gone is meant, else the coming one ("could win in November")
        return MAYBE
    if t == PAST and family == "month" and _present_perfect(verb) and not _after_prep(root, _PAST_PREPS):
        # "have zeroed in on the last week of July": a present perfect takes no date of its
        # own in English, so the month is the verb's target, not its time -> the nearest
        return PRESENT
    if t == PAST and family == "month" and _modifies_noun(root):
        return None
    if t == PAST and family == "month" and _directed(verb):
        # "asked the court to rule in August", "urged Congress to pass it by March 1": the
        # month is the act asked for, which may not have come yet -> the nearest
        return PRESENT
    if t == PRESENT and family in ("quarter", "year_quarter") and _forecast(verb):
        return FUTURE  # "analysts expect a loss in the second quarter", "is forecast to shrink"
    return t


def _adjective_verb(tok, span) -> bool:
    """'Clinton glossed over warnings from Moscow on Thursday that ... could spark a war': the
    parse took a past verb for an adjective modifying the clause ('glossed' JJ advmod). A
    time hanging (through its preposition) from an '-ed' adjective that stands before it and
    before the verb it modifies (or is the root) is that past verb's time; a predicate
    adjective ('was worried on Monday', acomp) takes its copula's tense as usual."""
    t = tok
    for _ in range(3):
        h = t.head
        if h.i == t.i or span.start <= h.i < span.end and h.i != tok.i:
            t = h
            continue
        if h.pos_ in ("VERB", "AUX"):
            return False
        if h.tag_ == "JJ" and h.lower_.endswith("ed") and h.i < tok.i and (
                h.dep_ == "ROOT" or h.dep_ == "advmod" and tok.i < h.head.i):
            return True
        t = h
    return False


def _stray_past(root, span) -> bool:
    """No verb governs the time because the parse took the sentence's verb for an adjective
    ("In March, Trump disavowed David Duke, but only after he stumbled"): an adverbial
    phrase ("in/on/during ...") in a sentence whose finite verbs are all past, with no modal,
    is past; a fragment or an appositive ("this week: September 30") stays without tense."""
    if not (root.dep_ == "pobj" and root.head.dep_ == "prep"):
        return False
    tags = {t.tag_ for t in span.sent if not (span.start <= t.i < span.end)}
    return "VBD" in tags and not tags & {"MD", "VBZ", "VBP"}


def _noun_infinitive_in_past(v) -> bool:
    """'ordered the statement to be released Tuesday', 'her attempt to log in on Sunday was
    spotty': an infinitive that names a thing is set by the clause around its noun; seen from
    the past, a day it names may have come already (-> the nearest; a month keeps the
    future: 'showed their readiness to win in November')."""
    head = v.head
    if v.dep_ not in ("acl", "relcl") or head.i == v.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    if head.lower_ in _FUTURE_GOVERNORS or head.lemma_ in _FUTURE_GOVERNORS:
        return False  # "a plan to open the plant Friday"
    gov = _governing_verb(head, head.doc[head.i:head.i + 1])
    return gov is not None and _verb_tense(gov, depth=1) == PAST


#: verbs that direct someone else to act: their infinitive is the act asked for ("asked X to …")
_DIRECTIVE_LEMMAS = {"ask", "urge", "order", "direct", "instruct", "encourage", "implore", "petition",
                     "request", "authorize", "authorise", "press", "pressure", "invite", "beg", "tell"}


def _directed(v) -> bool:
    """An infinitive under a directive verb with its object ("asked Trump to call on them to
    repeal it", "called on Congress to act"), up a chain of at most three infinitives."""
    for _ in range(3):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) or v.head.i == v.i:
            return False
        head = v.head
        if head.lemma_ in _DIRECTIVE_LEMMAS and any(c.dep_ in ("dobj", "nsubjpass") and c.i < v.i for c in head.children
                                                    if c.i != v.i):
            return True
        if head.lemma_ == "call" and any(c.lower_ == "on" for c in head.children):
            return True
        v = head
    return False


#: verbs of forecasting: in the present they look at a period ahead
_FORECAST_LEMMAS = {"expect", "forecast", "predict", "project", "anticipate", "estimate"}


def _forecast(v) -> bool:
    """A present-tense forecast on the verb or on the verbs its infinitives hang from."""
    for _ in range(3):
        if v.lemma_ in _FORECAST_LEMMAS or v.lower_ in _FORECAST_LEMMAS:
            return True
        if v.head.i == v.i or v.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            return False
        v = v.head
    return False


#: verbs that set a time, and the prepositions that introduce the time set ("pushed the
#: vote to Friday", but "pushed for much of Tuesday" is when the pushing happened)
_SCHEDULE_LEMMAS = {"schedule": ("for", "to", "until", "till"), "reschedule": ("for", "to", "until", "till"),
                    "slate": ("for",), "plan": ("for",), "set": ("for",), "expect": ("for", "until", "till"),
                    "postpone": ("to", "until", "till"), "delay": ("to", "until", "till"),
                    "push": ("to", "until", "till"), "move": ("to", "up to"), "poise": ("for",),
                    "prepare": ("for",), "gear": ("for",), "brace": ("for",)}


def _scheduled_for(tok, verb) -> bool:
    """'has scheduled a hearing for Wednesday', 'a vote scheduled for Monday', 'postponed
    the vote to Friday': the time is the one set, not the time of setting it (-> nearest)."""
    if verb.lemma_ not in _SCHEDULE_LEMMAS:
        return False
    t = tok
    for _ in range(4):
        if t.head.i == t.i or t.i == verb.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in _SCHEDULE_LEMMAS[verb.lemma_] and (
                t.head.head.i == verb.i or t.head.head.dep_ in ("dobj", "nsubjpass", "attr")
                and t.head.head.head.i == verb.i):
            return True
        t = t.head
    return False


def _schedule_tense(verb) -> str:
    """A time set from the past ('was scheduled for Monday', 'cancelled a vote scheduled for
    Monday') may have come already: the nearest; one set now ('has scheduled', 'is set',
    'a vote scheduled for Monday is …') lies ahead."""
    if _past_form(verb):
        return PRESENT
    if verb.dep_ == "acl" and verb.head.i != verb.i:
        h = _verb_above(verb.head, 6)
        if h.pos_ in ("VERB", "AUX") and _verb_tense(h, depth=1) == PAST:
            return PRESENT
    return FUTURE


def _past_form(v) -> bool:
    """A past tense, on the verb or its auxiliary: 'scheduled', 'was scheduled'."""
    return v.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in v.children)


def _verb_above(h, steps: int):
    """``h`` or the first verb above it, climbing at most ``steps`` heads (may stop on a non-verb)."""
    for _ in range(steps):
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            break
        h = h.head
    return h


#: subordinators of a temporal clause, whose verb is never marked for the future in English
_TEMPORAL_MARKS = {"when", "once", "until", "till", "before", "after", "whenever"}


def _future_main_clause(verb, backshifted: bool) -> bool:
    """'will meet after he arrives Friday': a present-tense temporal clause takes the future
    of the clause it depends on; so does a past one in reported speech, when that clause is a
    future in the past ('were likely to buy as soon as trading opened Monday')."""
    if verb.dep_ != "advcl":
        return False
    marks = [c for c in verb.children if c.dep_ == "mark"]
    doc = verb.doc
    if not any(c.lower_ in _TEMPORAL_MARKS or c.lower_ == "as" and (
            c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "soon" or c.i >= 1 and doc[c.i - 1].lower_ == "soon")
            for c in marks):
        return False
    h = _verb_above(verb.head, 3)
    if h.i == verb.i or h.pos_ not in ("VERB", "AUX") or _verb_tense(h, depth=1) != FUTURE:
        return False
    if not backshifted:
        return True
    return _future_in_past(h)


#: words that put an infinitive ahead of a past reference time: "were likely to buy"
_PLAN_WORDS = {"likely", "going", "expected", "due", "set", "scheduled", "slated", "poised",
               "planned", "planning", "about", "intended", "prepared", "preparing"}


def _future_in_past(v) -> bool:
    """'were likely to buy', 'was going to buy', 'planned to buy': a future seen from the
    past (not 'would', which is as often a condition: 'would be the second ... after X
    jumped in')."""
    planned = False
    for _ in range(4):
        if v.lower_ in _PLAN_WORDS:
            planned = True
        if planned and _past_form(v):
            return True
        if v.head.i == v.i or v.dep_ not in ("xcomp", "acomp"):
            return False
        v = v.head
    return False


#: prepositions that put a perfect's time in the past ("have risen since November")
_PAST_PREPS = {"since", "in", "during", "from", "after", "over", "throughout", "through", "before",
               "between", "at", "by", "as", "of"}


def _after_prep(tok, preps) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in preps or tok.dep_ in ("npadvmod", "nsubj", "nsubjpass")


_STRONG_AUX = _FUTURE_AUX - {"would"}  # "would" is as often a condition


def _strong_future(v) -> bool:
    """A future said outright: 'will', 'going to', or a plan ('expected to', 'plans to'),
    on the verb or on the verbs its infinitives hang from."""
    for _ in range(5):
        words = {_word(c) for c in v.children if c.dep_ in ("aux", "auxpass")}
        if words & _STRONG_AUX:
            return True
        if "to" not in words or v.head.i == v.i:
            return "to" in words and v.head.i == v.i  # headline infinitive: "ICE to raid ... in May"
        head = v.head
        if head.lower_ in _FUTURE_GOVERNORS or head.lemma_ in _FUTURE_GOVERNORS:
            return True
        if head.pos_ not in ("VERB", "AUX", "ADJ"):
            return False
        v = head
    return False


def _word(tok) -> str:
    """Lower-case form with a typographic apostrophe made plain ("they’ll" -> "'ll")."""
    return tok.lower_.replace("’", "'")


_RANKS = {"first", "second", "third", "last", "latest", "only", "fourth", "fifth"}


def _ranked(tok) -> bool:
    """'the latest', 'the first candidate': a rank in a series of acts (not 'next', which
    looks ahead, nor 'the best chance to', which is no act)."""
    return tok.lower_ in _RANKS or any(c.dep_ == "amod" and c.lower_ in _RANKS for c in tok.children)


def _present_perfect(v) -> bool:
    auxes = {_word(c) for c in v.children if c.dep_ == "aux"}
    return v.tag_ == "VBN" and bool(auxes & {"has", "have", "'ve"}) and not auxes & (_MODALS | _FUTURE_AUX | {"'d", "had"})


_NOMINAL_DEPS = ("compound", "nmod", "amod", "poss")


def _names_noun_time(tok) -> bool:
    """'the debate Thursday night', 'the vote Tuesday': a day set after a noun (npadvmod),
    the time of that noun's event rather than of the verb."""
    return tok.dep_ == "npadvmod" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i


def _modifies_noun(tok) -> bool:
    """'November transactions', 'a cutback in September': attached to a noun, not a verb."""
    if tok.dep_ in _NOMINAL_DEPS:
        return tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.head.pos_ == "NOUN"
    return False


#: what opens a complement clause: its subject, "that", a fronted adverbial clause's marker
_CLAUSE_OPENERS = ("nsubj", "nsubjpass", "csubj", "expl", "mark")


def _matrix_verb(verb, span):
    """'said Monday the plant will reopen', 'told reporters on Monday he will sign': a time
    between a verb and the start of its complement clause (its subject or "that") belongs to
    that verb, whatever the parse hung it from (the complement begins at its subject)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.pos_ not in ("VERB", "AUX") or head.i >= span.start:
        return verb
    openers = [c.left_edge.i for c in verb.children if c.dep_ in _CLAUSE_OPENERS and c.i < verb.i]
    if openers and span.end <= min(openers):
        return head
    return verb


def _governing_verb(tok, span):
    t = tok
    for _ in range(20):
        if t.pos_ in ("VERB", "AUX") and not (span.start <= t.i < span.end):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _verb_tense(v, depth: int) -> str | None:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i]
    words = {_word(a) for a in auxes}
    if v.tag_ == "VBN" and words & {"have", "'ve"} and words & (_MODALS | {"would", "'d"}) \
            and not words & {"will", "'ll", "shall"}:
        return PAST  # "may have been", "could have seen", "would have expired": a past event
    if words & _FUTURE_AUX:
        return FUTURE
    if "'d" in words and v.tag_ == "VB":
        return FUTURE
    if words & _MODALS:
        return FUTURE
    if "to" in words and v.tag_ in ("VB", "VBN", "VBG"):  # "to sign", "to be published"
        head = v.head
        if head.i == v.i:
            return FUTURE  # headline infinitive: "ICE to target California"
        if v.dep_ in ("relcl", "acl") and _ranked(head):
            # "became the latest to score a goal on Tuesday", "the first candidate to release
            # his returns Monday": an infinitive after a rank reports a done act
            gov = _governing_verb(head, head.doc[head.i:head.i + 1])
            up = _verb_tense(gov, depth + 1) if gov is not None else None
            return PAST if up in (PAST, None) else up
        if head.lower_ in ("able", "unable") and head.dep_ == "acomp" and head.head.i != head.i:
            # ability, not a plan: "was unable to explain Friday's events" is as past as its copula
            return _verb_tense(head.head, depth + 1)
        if head.lower_ in _FUTURE_GOVERNORS or head.lemma_ in _FUTURE_GOVERNORS or head.lower_ in ("is", "are", "am"):
            # "had been due to expire Friday": a plan made in the past -> nearest; an
            # adjective governor ("due", "likely") takes its tense from its copula
            gov = head.head if head.dep_ == "acomp" and head.head.i != head.i else head
            if _verb_tense(gov, depth + 1) == PAST and gov.lower_ not in ("was", "were"):
                return PRESENT
            return FUTURE
        if depth < 3 and head.pos_ in ("VERB", "AUX"):
            return _verb_tense(head, depth + 1)
        if depth < 3 and head.pos_ == "ADJ" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
            # "made it difficult for Sun to meet demand well into the summer": an infinitive
            # after an adjective (not a plan: those are above) is as past as the clause it is in
            return _verb_tense(head.head, depth + 1)
        return FUTURE
    tags = {a.tag_ for a in auxes}
    if "VBD" in tags:
        return PAST
    if v.tag_ == "VBN" and words & {"has", "have", "'ve", "'s", "had", "'d"}:
        return PAST
    if v.tag_ == "VBD":
        return PAST
    if v.tag_ in ("VBZ", "VBP"):
        # "is expected/scheduled ..." as main verb with no infinitive still looks ahead
        return PRESENT
    if v.tag_ in ("VBG", "VBN"):
        if tags & {"VBZ", "VBP"}:
            return PRESENT
        if v.tag_ == "VBN" and tags and tags <= {"VB", "VBG"}:
            # a non-finite passive ("start getting beaten up in the spring", "being held
            # Friday") has no tense of its own: the verb it depends on decides
            # ("after being freed May 4" still looks back; "a plan being released Monday" is
            # a progressive: the nearest)
            if v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
                up = _verb_tense(v.head, depth + 1) if depth < 3 else None
                if up is not None:
                    return up
            elif "VBG" in tags and v.head.pos_ in ("NOUN", "PROPN"):
                return PRESENT
        if v.tag_ == "VBN":
            return PAST  # "a letter sent Wednesday", "announced Friday, the deal ..."
        if depth < 3 and v.head.i != v.i:
            return _verb_tense(v.head, depth + 1)
        return None
    if v.tag_ == "MD":
        return FUTURE if _word(v) in _FUTURE_AUX | _MODALS else None
    return None
