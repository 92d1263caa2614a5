"""Which way a relative expression points, read off the verb that governs it.

"said Wednesday" looks back, "will travel Wednesday" looks ahead, "is meeting Wednesday"
takes the closest. We climb the dependency tree from the time expression to its verb and
read that verb's tense, modals and "plan/expect/schedule to" constructions.
"""

from __future__ import annotations

PAST, FUTURE, PRESENT = "past", "future", "present"

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
    fragments). A past verb says little about a month (``family="month"``) that modifies a
    noun rather than the verb ("announced a cutback in its oil supply in September",
    "November transactions"), so None is returned then (-> nearest occurrence).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    verb = _governing_verb(root, span)
    if verb is None:
        return None
    t = _verb_tense(verb, depth=0)
    if t == PAST and family == "month" and _modifies_noun(root):
        return None
    return t


_NOMINAL_DEPS = ("compound", "nmod", "amod", "poss")


def _modifies_noun(tok) -> bool:
    """'November transactions', 'a cutback in September': attached to a noun, not a verb."""
    if tok.dep_ in _NOMINAL_DEPS:
        return tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.head.pos_ == "NOUN"
    return False


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
    words = {a.lower_ for a in auxes}
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
        if head.lower_ in _FUTURE_GOVERNORS or head.lemma_ in _FUTURE_GOVERNORS or head.lower_ in ("is", "are", "am"):
            # "had been due to expire Friday": a plan made in the past -> nearest; an
            # adjective governor ("due", "likely") takes its tense from its copula
            gov = head.head if head.dep_ == "acomp" and head.head.i != head.i else head
            if _verb_tense(gov, depth + 1) == PAST and gov.lower_ not in ("was", "were"):
                return PRESENT
            return FUTURE
        if depth < 3 and head.pos_ in ("VERB", "AUX"):
            return _verb_tense(head, depth + 1)
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
        if v.tag_ == "VBN":
            return PAST  # "a letter sent Wednesday", "announced Friday, the deal ..."
        if depth < 3 and v.head.i != v.i:
            return _verb_tense(v.head, depth + 1)
        return None
    if v.tag_ == "MD":
        return FUTURE if v.lower_ in _FUTURE_AUX | _MODALS else None
    return None
