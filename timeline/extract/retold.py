"""The headline's act told again in the story's lead.

A headline tells its act in the present with no time ("U.S. states sue Trump
administration", "Obama approves pay raise for Congress") and often names its doer by a
bare title ("Attorney General Admits …") or not at all; the lead tells the same act with its
day and its doer's full name ("A coalition of 16 U.S. states … sued … on Monday", "Obama
signed an executive order last week"). The headline event takes the time and the doer
of that body act.

The body act is the first event of the lead paragraphs (`LEAD_PARAGRAPHS` after the
headline) whose verb is the headline's (lemma: "sue" / "sued", "Admits" / "admitted"), else
the first whose doer is the headline's and whose kind fits ("Obama approves …" / "Obama
signed …").  Only a time told to the day or week, wholly before publication and at most
`_RECENT_DAYS` before it, is carried (a week that holds the publication day says less than
the day; an older time is mostly a backstory's: "Trump pardoned Arpaio in 2017", "the May 25
death" in a July story).  A headline saying in the present ("Barr claims …") speaks on the
publication day, like a body "X says", and keeps it; so does a coming act ("ICE to make
arrests", dated "this week" in the lead).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs

from ..model import Event
from .classify import headline_verb_forms
from .lexicon import ROLE_NOUNS

#: how many body paragraphs after the headline make the lead that retells the headline's act
LEAD_PARAGRAPHS = 3
#: the precisions of a body time that dates the headline's act
_CARRIED = ("time", "day", "week")
#: how many days before publication the headline's act may lie (a headline tells news)
_RECENT_DAYS = 10
#: words of a title, not of a name ("Attorney General", "Sen.", "former U.S."): no doer's own
_TITLE_WORDS = ROLE_NOUNS | {"sen", "rep", "gov", "gen", "attorney", "u.s.", "us", "state", "federal",
                             "top", "former", "acting", "chief"}


def _forms(word: str) -> set[str]:
    """Lemma candidates of a headline verb form ('Sues' → sue, 'Denies' → deny, 'Closed' → close)."""
    low = word.lower()
    return headline_verb_forms(low) | ({low[:-1]} if low.endswith("d") else set())


def _words(name: str | None) -> set[str]:
    """A name's words that can tell one doer from another: not titles, not short words."""
    return {w for w in re.findall(r"[\w'’-]+", (name or "").lower()) if len(w) > 2 and w not in _TITLE_WORDS}


def _doers(e: Event) -> set[str]:
    """The words of the names of an event's actors and speaker (`_words`)."""
    names = [a.canonical for a in e.actors]
    if e.attribution is not None:
        names.append(e.attribution.speaker)
    return set().union(*(_words(n) for n in names)) if names else set()


def _bare_title(name: str | None) -> bool:
    """'Attorney General', 'governor': a role without the person's name."""
    words = re.findall(r"[\w.'’-]+", (name or "").lower())
    return bool(words) and all(w.strip(".") in _TITLE_WORDS for w in words)


def _verb_form(tok) -> bool:
    """A headline word in a verb's form: its present ('Sues', 'sue'), or after 'to' (not the
    noun of "… in March Report", which the tagger may read either way)."""
    return tok.tag_.startswith("VB") or tok.lower_.endswith("s") or tok.i > 0 and tok.nbor(-1).lower_ == "to"


def _same_verb(doc, h: Event, b: Event) -> bool:
    """The body event's verb is the headline event's, told in another form ("Sues" / "sued")."""
    ht = doc.char_span(h.trigger.start, h.trigger.end, alignment_mode="expand")
    bt = doc.char_span(b.trigger.start, b.trigger.end, alignment_mode="expand")
    if ht is None or bt is None or len(ht) != 1 or len(bt) != 1 or bt[0].pos_ != "VERB" or not _verb_form(ht[0]):
        return False
    return bt[0].lemma_.lower() in _forms(ht[0].text) | {ht[0].lemma_.lower()}


def _retelling(doc, h: Event, lead: list[Event]) -> Event | None:
    """The lead event that tells the headline's act: the same verb, else the same doer
    with a kind that fits."""
    same = [b for b in lead if b.status == h.status and _same_verb(doc, h, b)]
    if same:
        return same[0]
    doers = _doers(h)
    if not doers:
        return None
    return next((b for b in lead if b.status == h.status and doers & _doers(b)
                 and (b.kind == h.kind or h.kind == "other" and b.kind != "statement")), None)


def _carried(h: Event, b: Event, published) -> bool:
    """The retelling's time dates the headline's act (see the module docstring)."""
    w = b.when
    if h.when.basis != "publication" or h.kind == "statement" or h.status != "occurred":
        return False
    if w.basis in ("publication", "unknown") or w.precision not in _CARRIED or w.earliest is None or w.latest is None:
        return False
    return published is None or w.latest < published and (published - w.earliest).days <= _RECENT_DAYS


def _with_body_doer(h: Event, b: Event) -> Event:
    """A headline with no doer, or a bare title for one, takes the body act's doer."""
    if h.attribution is not None and _bare_title(h.attribution.speaker) and b.attribution is not None \
            and not _bare_title(b.attribution.speaker):
        att = attrs.evolve(h.attribution, speaker=b.attribution.speaker)
        actors = tuple(attrs.evolve(a, canonical=b.attribution.speaker) if _bare_title(a.canonical) else a
                       for a in h.actors)
        return attrs.evolve(h, attribution=att, actors=actors)
    if h.attribution is None and b.actors and (not h.actors or all(_bare_title(a.canonical) for a in h.actors)) \
            and not any("\n" in a.name for a in b.actors):
        return attrs.evolve(h, actors=b.actors)
    return h


def date_headline_acts(an, events: list[Event]) -> list[Event]:
    """Events with the article headline's acts dated and named from the lead's retelling."""
    sents = an.seg.sentences
    if not any(e.from_headline for e in events) or not any(s.role == "headline" for s in sents):
        return events
    starts = [s.start for s in sents]

    def sentence_of(e: Event):
        return sents[max(bisect_right(starts, e.trigger.start) - 1, 0)]

    body_pars = sorted({s.paragraph for s in sents if s.role == "body"})[:LEAD_PARAGRAPHS]
    lead = [e for e in events if not e.from_headline and sentence_of(e).paragraph in body_pars]
    if not lead:
        return events
    out = []
    for e in events:
        if e.from_headline and sentence_of(e).role == "headline":
            b = _retelling(an.doc, e, lead)
            if b is not None:
                if _carried(e, b, an.article.published):
                    e = attrs.evolve(e, when=b.when)
                e = _with_body_doer(e, b)
        out.append(e)
    return out

