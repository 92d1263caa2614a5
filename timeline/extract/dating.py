"""Which time mention governs a trigger: same clause, then the sentence, then the
paragraph's established time, else the publication date (marked as such).

Durations and sets ('for 90 days', 'every week') are not dates of events; deadlines
('until June 1', 'by Friday') neither, but a 'By Monday morning,' that opens a sentence told in
the past is the time the story has reached, and dates it; 'as of March 31' is the time a state or a figure holds
for, and dates what reports it.  For a statement the time inside the reported
content dates the content, not the saying, so it is skipped, but for a past time at the end of
the act it asks for ('called on Moore to step aside last week': the act comes after).  A relative offset ('three
days later', 'two weeks earlier', 'a month later') is dated against the last time told before
it (explicit or relative: 'on Tuesday … A day earlier', '… one week before that.') in the
same paragraph or the sentence just before, or against the day right after its 'before' /
'after' ('two days before Saturday's storm'); a short one from a coarser time stays in that time ('last week … A day earlier':
that week), and so does 'the next day' the tagger could not count from a day ('in March …
The next day': March); a year that only modifies a
noun ('a 2017 budget') yields to another time of the same clause, and a 'since' time ('its
first budget since 2009') to another time of the sentence (not for a perfect: 'has recorded …
since 1999'); a time inside a
condition of another clause ('… if the probe is still going on next month') dates nothing
outside it; for a saying, neither does one inside a relative clause or a 'from' phrase of a noun
('referring to the proposal that the governor introduced in 2011', 'the promises from
four years ago', 'testimonies about what they remember from 1982', 'talked about his
Christmas'), unless that noun is the trigger or the occasion of speaking ('the
interview he gave last week').  A same-clause year that only names a thing ('his
November statement') yields to a time of the sentence that does not; a time inside a
comma-bounded appositive ('Clinton, his opponent in the election last year, lied …')
dates only the description, and one inside the description of a time ('on Monday, the last
day of 2018,') is that time's.

With no time in its clause, sentence or paragraph, an event told in the simple past
takes the lead's occasion: the latest day-precise time of the first paragraph after the
headline (not a caption's, nor one of a line repeating the title, a caption line or a byline
of several names, which the lead skips; the next paragraph's when the first tells no time), when it is one or two days
before publication (three from a Monday: Friday's), or else the week just gone when the lead's
main verb tells it ('Johnson fell victim last week to …') ('… after
Thursday's hearing', 'was on the House floor delivering a takedown Tuesday night'); what
the story tells later with no time of its own happened there.  Not a present, future or
past perfect, not one with an occasion of its own ('said in an interview', 'told
CNN'), and not a saying ('police said', 'Reuters reported') unless people spoke at the
occasion (a hearing, a debate, a speech) or the lead tells of a deliberate public act (a
lawsuit, a vote, a ruling, a statement: its parties speak that day, and 'said in a
statement' is issued then too): what is said of a shooting is said when the story is told.
A lead told in the simple past with no time of its own ('… seized the chance during a rally
in El Paso') takes the one recent day the rest of the story tells outside quotations in a
simple past or on a noun ('Flanking the president on Monday were …', even in a line the
selective parse left out), when that day's paragraph tells of an occasion of speaking (a
speech, a memorial service) or names the lead's own subject ('Coburn wrote in a piece posted
Monday evening'); not when the story tells the publication day in anything but a future, or
two recent days (`_story_occasion`).

A paragraph with no time of its own that goes on, in the simple past, with the story the
paragraph before dated ('… the president tweeted on Sunday. ¶ He also cited a story …') keeps
that time: the clause points back (a pronoun or 'that …' subject, 'also', 'added'), the time
was told for a simple-past event at most three sentences before, and it is a day, a week or
a month not after publication (a year is mostly a backstory's).  Not once the paragraph has
told an event with no time, nor for a new subject ('Police arrested a man …'; the same name
as the subject of the dated event goes on: 'Obama called out …' ¶ '“…,” Obama said'; a 'he'
or 'she' there, or a verb joined to a named one, stands for that name).  A paragraph that kept
the time hands it on to the next that goes on with it, until another day is told.

A paragraph's time moves on to a later day its story tells in a main clause of the simple
past that made no event ('Last week's shooting … On Monday, the White House indicated … The
president also singled out …': Monday's, `_moved_on`).

An act a clause or the open-class fallback tells with no time in its sentence takes the
paragraph's time or the lead's occasion too (`govern_act`); one its main clause tells in the
simple past with a time of its own sets the paragraph's time for later simple pasts when no
event did (`_main_act_time`).  'At the time', 'that day', 'argued then' take the period of the
last main-clause time told just before (`_back_reference`).  A speaker's last dated statement
dates the speaker's later undated ones only when told to the day or week (`speaker_time_carries`).
"""

from __future__ import annotations

import bisect
import re

import attrs

from ..model import Span, When
from .lexicon import (ANNOUNCE, HAPPENING_NOUNS, HAPPENING_VERBS, LAW_VERBS, REPORT_CUES, SPEECH,
                      SPEECH_EVENT_NOUNS, VERB_TRIGGERS, VOTE_VERBS)

try:  # the temporal tagger is another component; guard so extraction never breaks
    from .. import temporal as _temporal
except Exception:  # pragma: no cover
    _temporal = None

_NOT_EVENT_DATE = re.compile(r"(?:\buntil|\btill|\bthrough|\bby|\bbefore|\bahead of|\bsince the|\bthan|\bper|\bevery)\s*$", re.I)
_SAYING = SPEECH | REPORT_CUES
_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
# an award's or a title's capitalised period ("Person of the Year", "Lie of the Year",
# "Player of the Week"): a name, not a time
_TITLE_PERIOD = re.compile(r"^(?:[Tt]he\s+)?(?:Year|Week|Month|Day|Decade|Century)$")
_TITLE_OF = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
#: a web page's time stamp line ("Updated at 11:22 a.m. ET", "Posted: Jan. 3, 2018"): not
#: the lead, whose occasion comes after it
_STAMP_LINE = re.compile(r"(?:(?:Last\s+)?Updated|Posted|Published)\b[^\n]{0,60}$", re.I)
#: a byline of several names ("Natalie DiBlasio, and Elizabeth Weise", "Sean Rossman, Karl Etters
#: and John Bacon"): not the lead either
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE_LINE = re.compile(rf"{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}(?:,?\s+and\s+{_NAME})*\s*$")


#: "The next day, Treasury issued a statement": a day counted from the day under discussion
_NEXT_DAY = re.compile(r"(?:the\s+)?(?:next|following|previous|preceding)\s+day", re.I)
#: the direction after an offset ('three days later', 'a week before'); 'before that' / 'after
#: that' closing a clause point back to the time just told ('one week before that.'), while
#: 'two days before the vote' counts from a noun's time, not the last one told
_OFFSET_DIR = re.compile(r"\s+(later|earlier|afterwards?|(?:before|after)\s+that(?=\s*[.,;:!?)—–-])|before)\b"
                         r"(?!\s+(?:the|a|an|his|her|its|their|this|that)\b)", re.I)
_DURATION = re.compile(r"P(\d+)([DWMY])")
#: the words between a time and a time inside its description ('Monday, the last day of 2018',
#: 'Friday, a day after the March 3 primary')
_TIME_APPOSITION = re.compile(r",\s+(?:the|a|an|just|only|exactly|one|two|three)\b[^,;:.!?()“”\"]*")
#: a quotation opening right after a cue ('wrote, “article is out!”', 'said: "…'), and any quote mark
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[\"“]")
_QUOTE_MARK = re.compile(r"[\"“”]")
_SENT_BREAK = re.compile(r"[.!?][\"”’)]*\s+\S")
#: precision of the anchor a duration unit needs ('three days later' needs a day)
_NEEDS = {"D": ("day",), "W": ("day",), "M": ("day", "month"), "Y": ("day", "month", "year")}
#: coarser anchors a short offset stays inside (`_WITHIN`: at most that many units)
_COARSER = {"D": ("week", "month", "year"), "W": ("month", "year"), "M": ("year",)}
_WITHIN = {"D": 2, "W": 1, "M": 1}
_UNIT_NAMES = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _near(text: str, anchor, m) -> bool:
    """The anchor is in the same paragraph, or in the last sentence before it."""
    gap = text[anchor.end:m.start]
    if "\n" not in gap:
        return True
    first, rest = gap.split("\n", 1)
    return not _SENT_BREAK.search(first) and not rest.strip()


#: how many paragraphs back an offset opening a paragraph ('A day earlier, Trump …') may
#: count from, when none of them told a time of its own
_OFFSET_PARAGRAPHS = 2


def _opens_after(text: str, anchor, m) -> bool:
    """`m` opens its paragraph and the anchor was told at most `_OFFSET_PARAGRAPHS` paragraphs
    before (the paragraphs between told no time: the anchor is the last time told)."""
    line = text.rfind("\n", 0, m.start) + 1
    if text[line:m.start].strip():
        return False
    paragraphs = [p for p in text[anchor.end:line].split("\n") if p.strip()]
    return len(paragraphs) <= _OFFSET_PARAGRAPHS


def _date_mention(text: str, start: int, end: int, value, earliest, latest, precision, rule):
    """A DATE mention of `text[start:end]` that this component dates itself (an offset)."""
    return _temporal.TimeMention(start=start, end=end, text=text[start:end], type="DATE", value=value,
                                 earliest=earliest, latest=latest, precision=precision, rule=rule)


def _anchor_period(text: str, start: int, end: int, anchor):
    """`text[start:end]` dated as the anchor's own period (and rule)."""
    return _date_mention(text, start, end, anchor.value, anchor.earliest, anchor.latest, anchor.precision, anchor.rule)


def _shifted_rule(anchor, sign: int, n: int, unit: str, prec: str) -> str | None:
    """The anchor's rule moved by the offset ('weekday:2:past|gran:day|shift:-1:day'), so the
    offset is re-dated with it; None for an anchor with no rule or one already shifted."""
    if not anchor.rule or "shift:" in anchor.rule:
        return None
    count, counted = (n * 7, "day") if unit == "W" else (n, _UNIT_NAMES[unit])
    return f"{anchor.rule}|gran:{prec}|shift:{sign * count}:{counted}"


def _relative_offset(text: str, m, anchor):
    """'three days later' / 'two weeks earlier' (a DURATION the tagger leaves undated)
    dated against the last time told before it (`_near`); None if there is none."""
    d = _DURATION.fullmatch(m.value or "")
    follow = _OFFSET_DIR.match(text, m.end)
    if d is None or follow is None or anchor is None or anchor.earliest is None and not anchor.rule:
        return None
    n, unit = int(d.group(1)), d.group(2)
    if not (_near(text, anchor, m) or _opens_after(text, anchor, m)):
        return None
    end = follow.end()
    if anchor.precision not in _NEEDS[unit]:
        if anchor.precision in _COARSER.get(unit, ()) and n <= _WITHIN[unit]:
            # "Obama said last week … A day earlier, Pfeiffer tweeted": a day or two from a
            # week (a month, a year) is told within it: the anchor's own period
            return _anchor_period(text, m.start, end, anchor)
        return None
    sign = -1 if follow.group(1).split()[0].lower() in ("earlier", "before") else 1
    base = anchor.earliest
    if base is None:
        # an undated article's relative anchor ('on Tuesday'): its rule shifted, resolved
        # when the publication date is known (the value stays unresolved until then)
        prec = "day" if unit in ("D", "W") else _UNIT_NAMES[unit]
        rule = _shifted_rule(anchor, sign, n, unit, prec)
        if rule is None:
            return None
        unresolved = {"day": "XXXX-XX-XX", "month": "XXXX-XX", "year": "XXXX"}[prec]
        return _date_mention(text, m.start, end, unresolved, None, None, prec, rule)
    if unit in ("D", "W"):
        day = base.add(days=sign * n * (7 if unit == "W" else 1))
        value, prec, lo, hi = day.to_date_string(), "day", day, day
    elif unit == "M":
        first = base.start_of("month").add(months=sign * n)
        value, prec, lo, hi = first.format("YYYY-MM"), "month", first, first.end_of("month")
    else:
        first = base.start_of("year").add(years=sign * n)
        value, prec, lo, hi = str(first.year), "year", first, first.end_of("year")
    # counted from a relative anchor ('on Tuesday'): its rule shifted, so it moves with it
    return _date_mention(text, m.start, end, value, lo, hi, prec, _shifted_rule(anchor, sign, n, unit, prec))


#: a time that points back to the one just told ('Macron said at the time', 'Obama said
#: that day', 'Republicans argued then that …'): that time's period
_BACK_REFERENCE = re.compile(
    r"\b(?:at (?:the|that) (?:time|point|moment)|(?<!\bthe )(?<!\bon )that (?:same )?(?:day|night|morning|evening|afternoon|week|month|year)\b(?!\s*(?:'s|’s|,\s*\w+\s+(?:said|says))))"
    r"|\b(?<=[a-z]ed )then\b(?=\s*(?:that\b|,|\.|;|$))", re.I)


def _back_references(text: str):
    """The spans of 'at the time', 'that day' and a 'then' right after a past verb ('argued
    then that …'), in text order."""
    return [(m.start(), m.end()) for m in _BACK_REFERENCE.finditer(text)]


def _just_before(text: str, told: int, at: int) -> bool:
    """The time told at `told` is in the paragraph of `at`, or in the last sentence of the
    paragraph before when `at` is in its paragraph's first sentence."""
    gap = text[told:at]
    if "\n" not in gap:
        return True
    first, rest = gap.split("\n", 1)
    return not _SENT_BREAK.search(first) and not _SENT_BREAK.search(rest.lstrip())


def _quoted(text: str, at: int) -> bool:
    """`at` lies inside a quotation of its line ('“… friendly today, so …”'): a speaker's
    time, not one the story counts on from."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def find_mentions(doc, anchor):
    """Event-date candidates of the whole doc (DATE/TIME only, plus relative offsets
    such as 'three days later' dated against the last explicit date before them)."""
    if _temporal is None:
        return []
    text = doc.text
    out = []
    last = told = None  # the time told last: what 'three days later' counts from
    found = _temporal.find_in_doc(doc, anchor)
    backs = [b for b in _back_references(text) if not any(m.start < b[1] and b[0] < m.end for m in found)]
    for m in found:
        while backs and backs[0][0] < m.start:
            r = _back_reference(text, *backs.pop(0), told)
            if r is not None:
                out.append(r)
        if m.type in ("DURATION", "SET"):  # "a month later" is tagged SET ("a month" = monthly)
            r = _relative_offset(text, m, _offset_anchor(text, m, found, last))
            if r is not None:
                out.append(r)
            continue
        if m.type not in ("DATE", "TIME") or m.value in _REFS:
            continue
        if _NEXT_DAY.fullmatch(m.text) and (m.rule or "").startswith("offset:"):
            # the tagger found no earlier day to count from: not publication ± 1, but the
            # period of the time told just before ("in March … The next day, …"), if any
            if last is not None and last.precision in ("week", "month", "year") \
                    and (last.earliest is not None or last.rule) and _near(text, last, m):
                out.append(_anchor_period(text, m.start, m.end, last))
            continue
        if _BARE_PART_OF_DAY.fullmatch(m.text) and _BARE_TODAY.fullmatch(m.rule or "") \
                and not _COUNTED_PART.match(text, m.end) \
                and last is not None and last.precision in ("day", "time") and last.earliest is not None \
                and not _quoted(text, m.start):
            # "The evening began with a challenge to Trump" (the tagger found no day under
            # discussion: today's evening): the evening of the last day told
            out.append(_part_of_day(text, m, last))
            continue
        if _NOT_EVENT_DATE.search(text[max(0, m.start - 12): m.start]) and not _by_then(doc, m):
            continue
        if _TITLE_PERIOD.match(text[m.start:m.end]) and _TITLE_OF.search(text[max(0, m.start - 8): m.start]):
            continue  # "named “Person of the Year”": no date
        if (m.earliest is not None or m.rule) and m.precision in ("day", "time", "week", "month", "year") \
                and not _quoted(text, m.start):
            last = m  # the time told last, explicit or relative ('on Tuesday', 'last week')
            if not _in_relative_clause(doc, m.start):
                told = m  # … and the last one of a main clause ('at the time' points to it)
        out.append(m)
    for b in backs:
        r = _back_reference(text, *b, told)
        if r is not None:
            out.append(r)
    return out


#: a bare 'the evening' / 'The night' (not 'this evening', 'tonight'), and the tagger's reading
#: of it as today's when it found no day under discussion
_BARE_PART_OF_DAY = re.compile(r"[Tt]he\s+(?:morning|afternoon|evening|night)")
_BARE_TODAY = re.compile(r"offset:0:day\|tod:(MO|AF|EV|NI)")
#: … but not one counted from another time or an event ('the night before', 'the morning after',
#: 'the evening of the vote', 'the night when …')
_COUNTED_PART = re.compile(r"\s+(?:before|after|of|when|that|prior)\b", re.I)


def _part_of_day(text: str, m, last):
    """'The evening' as that part of the last day told ('… the first debate Thursday night …
    The evening began with a challenge from the moderator': Thursday's evening): a story tells
    its occasion's evening as 'the evening', and today's as 'this evening' or 'tonight'."""
    tod = _BARE_TODAY.fullmatch(m.rule).group(1)
    day = last.earliest.start_of("day") if hasattr(last.earliest, "start_of") else last.earliest
    rule = None
    if last.rule:
        rule = re.sub(r"\|tod:\w+", "", last.rule) + f"|tod:{tod}"
    return _date_mention(text, m.start, m.end, f"{day.to_date_string()}T{tod}", last.earliest, last.latest,
                         "time", rule)


#: "By Monday morning, the sheriff said …", "And by Sunday, he was backing off …": a 'by' that
#: opens its sentence, before the time and a comma
_BY_OPENING = re.compile(r"(?:^|\n|[.!?][\"”’)]*\s+)(?:(?:And|But|So|Yet)\s+)?[Bb]y\s+(?:the\s+)?$")


def _by_then(doc, m) -> bool:
    """A time after a 'by' that opens a sentence told in the past ('By Monday morning, the
    sheriff said six people had died', 'By Friday, the river had crested'): the story
    has reached that time, which dates what the sentence tells, not a deadline ('must file
    by Friday', 'By Friday, the House will vote': not past)."""
    text = doc.text
    if not _BY_OPENING.search(text[max(0, m.start - 40):m.start]) or not text.startswith(",", m.end):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span[0].sent.root
    return root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)


#: a bare 'before' / 'after' right after an offset, and a time right after it ('two days
#: before Saturday's storm')
_BARE_DIR = re.compile(r"\s+(?:before|after)\s+$", re.I)


def _offset_anchor(text: str, m, found, last):
    """What an offset counts from: the day told right after its 'before' / 'after' ('Just two
    days before Saturday's storm, engineers inspected the dam': Saturday, not the last time
    told), else the last time told (`last`)."""
    nxt = next((o for o in found if o.start >= m.end), None)
    if nxt is None or nxt.type not in ("DATE", "TIME") or nxt.precision not in ("day", "time") \
            or nxt.earliest is None and not nxt.rule or not _BARE_DIR.fullmatch(text, m.end, nxt.start):
        return last
    return nxt


def _in_relative_clause(doc, offset: int) -> bool:
    """The token at `offset` is inside a relative clause ('Edwards, who left office in 1992'):
    a noun's backstory, not the time the story is at."""
    i = doc.char_span(offset, offset + 1, alignment_mode="expand")
    tok = i[0] if i is not None and len(i) else None
    for _ in range(30):
        if tok is None or tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _back_reference(text: str, start: int, end: int, last):
    """'at the time' / 'that day' / 'argued then' dated as the period of the time told just
    before it (`_just_before`), not inside a quotation; None when there is none."""
    if last is None or last.end > start or _quoted(text, start) or not _just_before(text, last.end, start) \
            or last.earliest is None and not last.rule:
        return None
    return _anchor_period(text, start, end, last)


def _token_starts(doc) -> list[int]:
    """Every token's character offset (no Token objects: one array read)."""
    from spacy.attrs import IDX

    if len(doc) == 0:
        return []
    return doc.to_array([IDX]).ravel().tolist()


class Dater:
    """Holds the doc's mentions and the per-paragraph established time."""

    def __init__(self, doc, mentions, published, skip=()):
        self.doc = doc
        #: line ranges that tell no story (a repeated title, a caption): never the lead
        self.skip = skip
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.tok_starts = _token_starts(doc)
        self.published = published
        self.paragraph_time: dict[int, object] = {}
        self._lead_par = None  # the first body paragraph that tells an event
        self._lead = None  # the lead's dated occasion (`_lead_occasion`)
        self._lead_speaks = False  # … and whether people spoke there (`_speaking`)
        self._story_speaks = False  # … the same for an occasion the story names later (`_story_occasion`)
        self._par = None  # the paragraph of the last event dated with one (`govern`)
        #: per paragraph, the sentence index and trigger of the event that set its time
        self._told: dict[int, tuple] = {}
        self._before = None  # (time, sentence index, trigger) of the story paragraph before `_par`
        #: per paragraph, the time a main-clause act told when no event dated it (`_main_act_time`)
        self._act_time: dict[int, object] = {}
        self._untimed: set[int] = set()  # paragraphs that told an event with no time before
        #: per paragraph, the time it kept from the paragraph before (`_continued`), with the
        #: sentence index and trigger that kept it: the next paragraph may go on with it too
        self._carried: dict[int, tuple] = {}

    def tok_at(self, offset):
        """The token at (or just before) a character offset of the article."""
        i = bisect.bisect_right(self.tok_starts, offset) - 1
        return self.doc[max(i, 0)]

    @classmethod
    def _verb_of(cls, tok):
        """The trigger itself when it is a verb, else the verb of its clause (`clause_verb`)."""
        return tok if tok.pos_ in ("VERB", "AUX") else cls.clause_verb(tok)

    @staticmethod
    def clause_verb(tok):
        """The verb of the clause a token stands in (its nearest verb head, not an auxiliary)."""
        cur = tok
        for _ in range(30):
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
                return cur
            if cur.head.i == cur.i:
                return cur
            cur = cur.head
        return cur

    _CONDITION_MARKS = ("if", "unless", "whether")

    def _conditional(self, tok, tclause) -> bool:
        """The mention is inside a condition of another clause ('if … next month')."""
        cur = tok
        for _ in range(30):
            if cur.i == tclause.i:
                return False
            if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in self._CONDITION_MARKS
                                                    for c in cur.children):
                return True
            if cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    def _as_before(self, tok, tclause) -> bool:
        """The mention is inside a comparison with an earlier time ('although he indicated -
        as he did on Wednesday - that …', 'as it had last year'): the pro-verb's time is the
        earlier occasion, not the act it is compared with."""
        verb = self.clause_verb(tok)
        return verb.i != tclause.i and verb.lemma_.lower() in ("do", "have") and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)

    def modifies_noun(self, m, trigger_tok=None) -> bool:
        """A mention that only modifies a following noun ('a 2017 budget', 'the 2016
        election', 'last week's hearings'); a possessive time of the trigger noun itself
        ('Tuesday's ruling') is the trigger's own."""
        last = self.tok_at(m.end - 1)
        if last.dep_ == "case" and last.i > 0:  # "week 's": the possessive marker
            last = last.doc[last.i - 1]
        deps = ("compound", "nummod", "amod", "nmod", "poss")
        return last.dep_ in deps and last.head.i > last.i \
            and last.head.pos_ in ("NOUN", "PROPN") and last.head.idx >= m.end \
            and not (last.dep_ == "poss" and trigger_tok is not None and last.head.i == trigger_tok.i)

    @classmethod
    def _perfect(cls, tok) -> bool:
        """The trigger's verb is a perfect ('have begun', 'has been recorded')."""
        verb = cls._verb_of(tok)
        return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)

    @classmethod
    def past_perfect(cls, tok) -> bool:
        """The trigger's verb is a past perfect ('had declined on Wednesday'): a look back from
        the story's occasion, whose time dates that act, not the speaker's later sayings ('Asked
        about that document, Kavanaugh said …' is back at the occasion)."""
        verb = cls._verb_of(tok)
        while verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and verb.head.i != verb.i \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            verb = verb.head  # 'had declined to answer': the tense of the verb it completes
        return any(c.dep_ == "aux" and c.lower_ in ("had", "’d", "'d") and c.tag_ == "VBD" for c in verb.children)

    _SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)

    def _since(self, m) -> bool:
        """The mention follows 'since' ('since July 2016', 'ever since last summer')."""
        return self._SINCE.search(self.doc.text, max(0, m.start - 16), m.start) is not None

    def _fiscal_scope(self, m) -> bool:
        """A fiscal year after 'for' on a noun ('voted for the Defense Authorization Act for
        fiscal year 2018', 'a budget for fiscal 2019'): the period the thing covers, never the
        time of what is done with it (a fiscal year starts months after the vote on it)."""
        if not m.text.lower().startswith(("fiscal", "fy")):
            return False
        h = self.tok_at(m.end - 1)
        for _ in range(6):
            if not (m.start <= h.head.idx < m.end) or h.head.i == h.i:
                break
            h = h.head
        return h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.lower_ == "for" \
            and h.head.head.pos_ in ("NOUN", "PROPN")

    #: nouns whose time is the occasion of what is said or done there ('in the interview he
    #: gave last week, he insisted …')
    _OCCASIONS = SPEECH_EVENT_NOUNS | {"meeting", "rally", "hearing", "conference", "briefing", "event",
                                       "session", "debate", "visit", "appearance", "trip", "call", "summit",
                                       "statement", "release", "email", "letter", "tweet", "post", "piece",
                                       "op-ed", "column", "article", "essay", "editorial", "memo", "video",
                                       "message", "filing", "report", "book", "show", "program", "podcast",
                                       "panel", "forum", "ceremony", "convention", "dinner", "luncheon",
                                       "breakfast", "gathering", "roundtable", "town", "hall", "vote"}

    def _noun_bound(self, tok, trigger_tok, tclause) -> bool:
        """The mention sits in a relative clause or a 'from' phrase that modifies a noun
        ('the proposal that the governor introduced in September 2011', 'the promises from
        four years ago') outside the trigger's clause: it dates that noun's story, not the
        trigger (unless the noun is the trigger itself or an occasion, `_OCCASIONS`)."""
        cur = tok
        for _ in range(30):
            if cur.i == tclause.i or cur.i == trigger_tok.i:
                return False
            head = cur.head
            if head.i == cur.i:
                return False
            if cur.dep_ == "prep" and cur.lower_ == "from" and cur.i > 0:
                # the parser often hangs 'the promises from four years ago' on the verb: the
                # noun right before 'from' is what it modifies
                head = cur.doc[cur.i - 1]
                if head.pos_ in ("NOUN", "PROPN") and head.i != trigger_tok.i \
                        and not head.dep_.startswith("nsubj"):  # "a study from 2013 found …"
                    return head.lemma_.lower() not in self._OCCASIONS
                head = cur.head
            if head.pos_ in ("NOUN", "PROPN") and head.i != trigger_tok.i and cur.dep_ in ("relcl", "acl") \
                    and not cur.left_edge.i <= trigger_tok.i <= cur.right_edge.i:
                return head.lemma_.lower() not in self._OCCASIONS
            if (cur.dep_ == "pcomp" or cur.dep_ == "pobj" and cur.i == tok.i) and head.dep_ == "prep" \
                    and head.lower_ in ("about", "regarding", "concerning") \
                    and not cur.left_edge.i <= trigger_tok.i <= cur.right_edge.i:
                # "gave testimonies about what they remember from 1982", "talked about his
                # Christmas": what a saying is about has its own time
                return True
            cur = head
        return False

    #: the days before publication a lead's occasion may lie ('Thursday', 'last night'); a
    #: story that runs later than that is mostly told of reactions, not of the occasion
    _LEAD_DAYS = 2

    #: how many paragraphs after the headline line make the lead (a time in the next one is
    #: mostly a backstory: 'As she did at Wednesday's debate, …')
    _LEAD_PARAGRAPHS = 1

    def _lead_occasion(self):
        """The lead's occasion: the latest day-precise time of the lead (`_LEAD_PARAGRAPHS`)
        not after publication ('flew in on Monday, … a hearing on Tuesday': Tuesday), not one
        of a caption's present ('Protesters clash … on Oct. 7'), when it lies in the day or two
        before publication ('Franks delivered a takedown Tuesday night', '… after Thursday's
        dramatic hearing'), or three for a Monday's story of Friday; None when that time is
        today, or there is none.  A lead that tells no time at all lets the next paragraph
        tell the occasion, outside its adverbial clauses ('As she did at Tuesday's debate')."""
        text = self.doc.text
        lo = text.find("\n")
        if lo < 0 or self.published is None:
            return None
        base = lo
        hi, seen, second = lo, 0, len(text)
        for b in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", text[base:]):
            if seen == 0 and (self.skip and all(any(s <= base + b.start() + ln.start() < e for s, e in self.skip)
                                                 for ln in re.finditer(r"\S[^\n]*", b.group()))
                              or _STAMP_LINE.match(b.group()) or _BYLINE_LINE.match(b.group())):
                lo = base + b.end()  # a repeated title, a caption or a time stamp before the lead
                continue
            if seen == self._LEAD_PARAGRAPHS:
                second = base + b.start()  # the lead told no time: the next paragraph tells its occasion
            hi, seen = base + b.end(), seen + 1
            if seen >= self._LEAD_PARAGRAPHS and (seen > self._LEAD_PARAGRAPHS or self.in_range(lo, hi)):
                break
        best = week = None
        for m in self.in_range(lo, hi):
            if m.precision == "week" and m.latest is not None and week is None \
                    and 0 < (self.published - m.latest).days <= 7 and self._on_main_verb(m):
                week = m  # "Johnson fell victim last week to …": the week just gone
                continue
            if m.precision not in ("day", "time") or m.earliest is None:
                continue
            if m.start >= second and self._in_subordinate(self.tok_at(m.start)):
                continue  # "As she did at Tuesday's debate, …": a backstory, not the occasion
            tok = self.tok_at(m.end - 1)
            while not (tok.head.i == tok.i or tok.head.idx < m.start or tok.head.idx >= m.end):
                tok = tok.head  # the mention's own head word ('April' of 'April 6, 2017')
            if not tok.dep_:
                continue  # a line left unparsed (boilerplate: a caption, a credit)
            if (tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "PROPN")) \
                    and self.clause_verb(tok).tag_ in ("VBZ", "VBP"):
                continue  # a caption's present
            try:
                days = (self.published - m.earliest).days
            except TypeError:  # pragma: no cover - a date and a datetime: no lead, no harm
                return None
            if days >= 0 and (best is None or days < best[0]):
                best = (days, m)
        # a Monday's story of Friday: the weekend between tells nothing
        reach = self._LEAD_DAYS + (1 if self.published.isoweekday() == 1 else 0)
        if best is None:
            return week or self._story_occasion(lo, hi, reach)
        return best[1] if 0 < best[0] <= reach else None

    def _story_occasion(self, lead_lo, start, reach):
        """The occasion a lead with no time of its own tells, when the story names its day only
        later ('… at a rally in El Paso.' … 'Flanking the president on Monday were …'): the
        one recent day (`reach`) the rest of the story tells in a simple past outside
        quotations, or on a noun ('Monday's hearing'); None when it tells two such days, or
        the publication day itself in anything but a future ('said on Tuesday' in a Tuesday
        story: the story is of today, and a past day there is a backstory's)."""
        found = None
        for m in self.in_range(start, len(self.doc.text)):
            if m.precision not in ("day", "time") or m.earliest is None or _quoted(self.doc.text, m.start):
                continue
            try:
                days = (self.published - m.earliest).days
            except TypeError:  # pragma: no cover - a date and a datetime
                return None
            if days < 0 or days > reach:
                continue
            line = self._parsed_line(m)
            tok = line and self._parsed_head(m, line)
            if tok is None:
                continue
            verb = self.clause_verb(tok)
            if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and verb.head.i != verb.i \
                    and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
                verb = self.clause_verb(verb.head)  # 'wrote in a column posted Monday': the tense of 'wrote'
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or verb.tag_ in ("VBZ", "VBP"):
                continue  # 'he'll lie in state on Friday', a caption's present
            if days == 0:
                return None
            on_noun = tok.dep_ in ("poss", "compound", "nmod") and tok.head.pos_ == "NOUN"
            if not (on_noun or verb.pos_ in ("VERB", "AUX") and self._past(verb)):
                continue
            if found is not None and found.earliest != m.earliest:
                return None
            if found is None:
                found, sent, par = m, tok.sent, line[0]
        if found is None:
            return None
        # the day is the lead's occasion when its paragraph tells of an occasion of speaking
        # ('… spoke before the president's speech', 'during a memorial service for him
        # Thursday') or of the lead's own subject ('Coburn wrote in a piece posted Monday
        # evening' after 'Sen. Tom Coburn said …'); a day of another story ('the Commerce
        # Department said Wednesday' in a story of polls) is not
        lead = [t for t in self.doc if lead_lo <= t.idx < start]
        if not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and self._past(t) for t in lead):
            return None  # a lead told in the present ('every House Republican wants in'): no occasion
        if self._speaks_in(par):
            self._story_speaks = True
            return found
        names = {t.lower_ for t in lead if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"}
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
                     and t.lower_ in names), None)
        if subj is not None:  # ('Coburn wrote …': what the subject says is said there)
            self._story_speaks = subj.head.lemma_.lower() in _SAYING or self._speaks_in(lead)
            return found
        return None

    def _parsed_line(self, m):
        """The tokens of the line (paragraph) holding `m`, parsed: the article's own when its
        parse covers the line, else a parse of the line made here (`selective` leaves out
        what tells no event: 'Flanking the president on Monday were …'); None for a long one."""
        text = self.doc.text
        lo = text.rfind("\n", 0, m.start) + 1
        hi = text.find("\n", m.end)
        hi = len(text) if hi < 0 else hi
        toks = [t for t in self.doc[self.tok_at(lo).i:self.tok_at(hi - 1).i + 1] if not t.is_space]
        if all(t.dep_ for t in toks):
            return toks, 0
        if len(toks) > self._PARSED_LINE_TOKENS:
            return None
        from .nlp import get_nlp
        try:
            return list(get_nlp()(text[lo:hi])), lo
        except Exception:  # pragma: no cover - never break extraction over a date
            return None

    #: the longest line `_parsed_line` parses for itself
    _PARSED_LINE_TOKENS = 150

    def _parsed_head(self, m, line):
        """The mention's own head word ('Monday' of 'on Monday') among a line's parsed tokens."""
        toks, base = line
        lo, hi = m.start - base, m.end - base
        tok = next((t for t in reversed(toks) if t.idx < hi), None)
        if tok is None or tok.idx < lo:
            return None
        while not (tok.head.i == tok.i or tok.head.idx < lo or tok.head.idx >= hi):
            tok = tok.head
        return tok if tok.dep_ else None

    def _on_main_verb(self, m) -> bool:
        """The time hangs on its sentence's main verb, in the simple past ('Johnson fell victim
        last week to …'), not on a noun ('Obama's announcement last week') nor another clause
        ('a memorial service held over the weekend')."""
        tok = self.tok_at(m.end - 1)
        while not (tok.head.i == tok.i or tok.head.idx < m.start or tok.head.idx >= m.end):
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        return tok.dep_ in ("npadvmod", "pobj") and head.dep_ == "ROOT" and head.pos_ == "VERB" and self._past(head)

    @staticmethod
    def _in_subordinate(tok) -> bool:
        """The token is inside an adverbial clause opened by a conjunction ('As she did at
        Tuesday's debate', 'after he spoke on Monday')."""
        cur = tok
        for _ in range(30):
            if cur.dep_ == "advcl" and any(c.dep_ == "mark" for c in cur.children):
                return True
            if cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    #: what makes a lead's occasion one where people speak ('Thursday's hearing', 'was on the
    #: House floor delivering a takedown Tuesday night'); a shooting or a standoff is not,
    #: and what is said of it later is said when the story is told
    _SPEAKING_OCCASIONS = SPEECH_EVENT_NOUNS | {"hearing", "debate", "session", "meeting", "rally",
                                                "conference", "briefing", "summit", "forum", "roundtable",
                                                "convention", "funeral", "ceremony", "floor", "memorial",
                                                "vigil", "eulogy"}
    _SPEAKING_VERBS = {"testify", "speak", "debate", "eulogize", "eulogise", "deliver", "preach", "lecture"}

    def _speaking(self, m) -> bool:
        """The lead's sentence holding `m` tells of an occasion of speaking."""
        return self._speaks_in(self.tok_at(m.start).sent)

    def _speaks_in(self, tokens) -> bool:
        """The tokens name an occasion of speaking (`_SPEAKING_OCCASIONS`, `_SPEAKING_VERBS`)."""
        return any(t.lemma_.lower() in self._SPEAKING_OCCASIONS if t.pos_ == "NOUN"
                   else t.pos_ == "VERB" and t.lemma_.lower() in self._SPEAKING_VERBS
                   or t.pos_ == "ADJ" and t.lower_ == "memorial" for t in tokens)  # 'a memorial service'

    #: a lead that tells of a deliberate public act ('16 states sued Trump on Monday', 'the
    #: Senate passed its bill on Monday', 'the White House said on Saturday that …'): its
    #: parties speak that day, so a later undated 'Becerra said in a statement' is said there
    _ACTS = (VERB_TRIGGERS["court"] | VERB_TRIGGERS["law"] | VERB_TRIGGERS["policy"] | ANNOUNCE | LAW_VERBS
             | VOTE_VERBS | SPEECH | {"file", "rule", "issue", "release", "order", "nominate", "pick", "appoint",
                                     "decide", "charge", "approve", "confirm"}) - {"report", "reveal", "disclose"}

    def _acting(self, m) -> bool:
        """The lead's clause holding `m` tells of a deliberate public act (`_ACTS`), not of a
        happening (a shooting, a crash: `HAPPENING_NOUNS`, `HAPPENING_VERBS`)."""
        verb = self.clause_verb(self.tok_at(m.start))
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self._ACTS:
            return False
        sent = verb.sent
        return not any(t.lemma_.lower() in HAPPENING_NOUNS if t.pos_ == "NOUN"
                       else t.pos_ == "VERB" and t.lemma_.lower() in HAPPENING_VERBS for t in sent)

    #: a written statement issued on the day of the lead's occasion ('said in a statement'
    #: after a lawsuit filed Monday): not an occasion of its own
    _WRITTEN = {"statement", "release"}
    _OWN_OCCASIONS = _OCCASIONS - _WRITTEN

    _PAST_AUX = {"be", "do"}
    _OWN_OCCASION_PREPS = {"in", "at", "during", "on"}

    #: how a bare participle hangs on the verb whose tense it shares ('pointed a finger at them,
    #: saying …', 'provided his calendar, arguing that …')
    _PARTICIPLE_DEPS = ("advcl", "xcomp", "conj")

    def _past(self, verb) -> bool:
        """A simple past ('said', 'was delivering', 'did say'; not 'had said', 'will say'),
        also a bare participle of one ('pointed a finger …, saying …')."""
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBG" and not auxes and verb.dep_ in self._PARTICIPLE_DEPS and verb.head.i < verb.i \
                and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBD":
            return not auxes
        return bool(auxes) and all(a.tag_ == "VBD" and a.lemma_.lower() in self._PAST_AUX for a in auxes)

    def _past_at_occasion(self, tok) -> bool:
        """A simple-past act or saying with no occasion of its own: 'she told the panel', 'he
        was delivering …', 'did say'; not a present, future, perfect or past perfect, not
        one 'in an interview' / 'at a news conference' (an occasion of its own) nor one
        'told CNN' (a talk with an outlet)."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else self.clause_verb(tok)
        if verb.pos_ not in ("VERB", "AUX") or not self._past(verb):
            return False
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in self._OWN_OCCASION_PREPS:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() in self._OWN_OCCASIONS \
                        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in obj.children):
                    return False
            if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" and c.ent_type_ == "ORG" \
                    and verb.lemma_.lower() == "tell":
                return False
        return True

    def _lead_time(self, paragraph, trigger_tok, speech):
        """The lead's occasion for an undated simple-past event of a paragraph with no time of
        its own; for a saying, only when people spoke at the occasion (`_speaking`)."""
        if self._lead is None or trigger_tok is None or paragraph < self._lead_par \
                or not self._past_at_occasion(trigger_tok):
            return None
        if not self._lead_speaks and (speech or trigger_tok.lemma_.lower() in _SAYING):
            return None  # 'police said', 'Reuters reported' of a shooting: said when it is told
        return self._lead

    #: how a description opens ("his", "a", "former", "chairman"); not a name, which is more
    #: often a place ("Washington, D.C., office")
    _APPOS_OPENERS = ("DET", "PRON", "ADJ", "NOUN")

    def _appositive(self, m, trigger_tok, sent) -> bool:
        """The mention sits inside a comma-bounded appositive of a noun, with no verb
        ('Clinton, his opponent in the election last year, lied …', 'Smith, a senator since
        2010, said …'): it dates the description, not the trigger outside it.  The bounds
        come from the commas, not the tree: the parser often hangs such a time on the verb."""
        doc = self.doc
        first, last = self.tok_at(m.start), self.tok_at(m.end - 1)
        i = first.i - 1
        while i >= sent.tok_start and doc[i].text != ",":
            if doc[i].pos_ in ("VERB", "AUX") or doc[i].is_punct:
                return False
            i -= 1
        if i <= sent.tok_start or i + 1 >= first.i or doc[i - 1].pos_ not in ("NOUN", "PROPN") \
                or doc[i + 1].pos_ not in self._APPOS_OPENERS:
            return False
        j = last.i + 1
        while j < sent.tok_end and doc[j].text != ",":
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct:
                return False
            j += 1
        return j < sent.tok_end and not i < trigger_tok.i < j \
            and any(doc[k].dep_ == "appos" and doc[k].head.i < i for k in range(i + 1, j))

    def in_range(self, start, end):
        lo = bisect.bisect_left(self.starts, start)
        out = []
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def govern(self, sent, trigger_tok, exclude=(), paragraph=None, speech=False):
        """The governing mention (or None) for a trigger token in a sentence (`speech`: the
        trigger is a saying, which a noun's backstory time does not date)."""
        if speech and trigger_tok is not None and exclude \
                and _QUOTE_NEXT.match(self.doc.text, trigger_tok.idx + len(trigger_tok)):
            # a content that holds its own cue, and a quotation after it, is misread ('On April
            # 22, Strzok wrote, “…”' read whole): the quotation is what was said, not the time
            # before the cue ('“…,” he said, “…”' has its quotation before the cue)
            exclude = [(trigger_tok.idx if s <= trigger_tok.idx < e and not _QUOTE_MARK.search(self.doc.text, s, trigger_tok.idx)
                        else s, e) for s, e in exclude]
        cands = [m for m in self.in_range(sent.start, sent.end)
                 if not any(s <= m.start < e for s, e in exclude)
                 or speech and trigger_tok is not None and self._asked_before(m, trigger_tok)]
        cands = [m for m in cands if not self._fiscal_scope(m)]
        if len(cands) > 1 and not (trigger_tok is not None and self._perfect(trigger_tok)):
            # "added 313,000 jobs in February, the most since July 2016": a 'since' time is
            # where a stretch starts, and yields to a time of the sentence that is not one
            # (not for a perfect, whose stretch it is: 'Since 2010, a majority have begun …')
            cands = [m for m in cands if not self._since(m)] or cands
        if len(cands) > 1:
            # "on Monday, the last day of 2018,": a time inside a description of the time
            # just told is that time's, not another one
            cands = [m for m in cands if not any(_TIME_APPOSITION.fullmatch(self.doc.text, o.end, m.start)
                                                 for o in cands if o.end <= m.start)]
        if cands and trigger_tok is not None:
            # "Clinton, his opponent in the election last year, lied …": the description's time
            cands = [m for m in cands if not self._appositive(m, trigger_tok, sent)]
        if cands and trigger_tok is not None and self.published is not None \
                and any(m.earliest is not None and m.earliest > self.published for m in cands):
            cands = self._not_ahead(cands, trigger_tok)
        if cands and trigger_tok is not None:
            tclause = self.clause_verb(trigger_tok)
            # spaCy makes a new Token object per access: compare positions, not identity
            same = [m for m in cands if self.clause_verb(self.tok_at(m.start)).i == tclause.i
                    or self.clause_verb(self.tok_at(m.end - 1)).i == tclause.i]
            if speech:
                # "said Dudden, referring to the proposal that the governor introduced in
                # 2011": the noun's story, not the saying
                cands = [m for m in cands if not self._noun_bound(self.tok_at(m.start), trigger_tok, tclause)]
                same = [m for m in same if m in cands]
            # another clause's time, but not one of a condition ("… support for the bill if
            # the probe is still going on next month")
            others = [m for m in cands if not self._conditional(self.tok_at(m.start), tclause)
                      and not self._as_before(self.tok_at(m.start), tclause)]
            # "passed a 2017 budget Friday": a year naming the thing is not the event's time;
            # "in contradiction of his November statement, he insisted …" (an interview
            # "last week"): neither is a month naming a statement, when the sentence has a time
            # that names nothing
            if same and all(self.modifies_noun(m, trigger_tok) for m in same):
                pool = [m for m in others if not self.modifies_noun(m, trigger_tok)] or same
            else:
                pool = same or others
                pool = [m for m in pool if not self.modifies_noun(m, trigger_tok)] or pool
            best = min(pool, key=lambda m: abs(m.start - trigger_tok.idx)) if pool else None
        elif cands:
            best = cands[0]
        else:
            best = None
        if paragraph is not None and self._lead_par is None and not sent.is_headline:
            self._lead_par = paragraph
            self._lead = self._lead_occasion()
            self._lead_speaks = self._lead is not None and (self._speaking(self._lead) or self._acting(self._lead)
                                                            or self._story_speaks)
        if paragraph is not None:
            self._enter(paragraph)
        if best is not None:
            if paragraph is not None:
                self.paragraph_time[paragraph] = best
                self._told[paragraph] = (sent.index, trigger_tok)
            return best
        if paragraph is not None:
            found = self._moved_on(self.paragraph_time.get(paragraph), sent) \
                or self._moved_on(self._act_time_for(paragraph, trigger_tok), sent) \
                or self._lead_time(paragraph, trigger_tok, speech) \
                or self._continued(sent, trigger_tok)
            if found is not None:
                return found
        if not sent.is_headline:
            self._untimed.add(sent.paragraph)
        return None

    def _asked_before(self, m, trigger_tok) -> bool:
        """A past time at the end of the act a saying asks for or promises ('called on Moore
        to step aside last week', 'urged her to withdraw on Monday'): that act comes after
        the saying, so a time wholly before publication is the saying's."""
        if m.latest is None or self.published is None or m.latest >= self.published \
                or m.precision not in ("day", "time", "week", "month"):
            return False
        verb = self.clause_verb(self.tok_at(m.start))
        return verb.head.i == trigger_tok.i and verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and self.tok_at(m.start).i > verb.i

    def _moved_on(self, t, sent):
        """The paragraph's time `t`, or a later day its story moved on to before `sent` in a
        main clause of the simple past that told no event ('Last week's shooting prompted
        calls …  On Monday, the White House indicated …  The president also singled out …':
        Monday's)."""
        if t is None or t.latest is None or t.end > sent.start or "\n" in self.doc.text[t.end:sent.start]:
            return t
        for m in reversed(self.in_range(t.end, sent.start)):
            if m.precision not in ("day", "time") or m.earliest is None or m.earliest <= t.latest \
                    or self._ahead(m) or _quoted(self.doc.text, m.start):
                continue
            tok = self.tok_at(m.start)
            verb = self.clause_verb(tok)
            if verb.dep_ == "ROOT" and verb.pos_ in ("VERB", "AUX") and self._past(verb):
                return m
        return t

    def _enter(self, paragraph):
        """Move on to `paragraph`: the time the story paragraph before told is `_before`."""
        if paragraph == self._par:
            return
        if self._par is not None:
            t = self.paragraph_time.get(self._par) or self._act_time.get(self._par)
            self._before = (t, *self._told[self._par]) if t is not None else self._carried.get(self._par)
        self._par = paragraph

    def _main_act_time(self, sent, trigger_tok, best):
        """An act told by the main clause of its sentence with a time of its own ('Back in
        October, Obama … called out …', a verb no rule names) sets its paragraph's time when
        no event did before it, as an event's would."""
        p = sent.paragraph
        if best is None or trigger_tok is None or sent.is_headline or trigger_tok.dep_ != "ROOT" \
                or not sent.start <= best.start < sent.end or p in self.paragraph_time or p in self._act_time \
                or not self._past(trigger_tok) or self._ahead(best):
            return
        self._enter(p)
        self._act_time[p] = best
        self._told[p] = (sent.index, trigger_tok)

    def _ahead(self, m) -> bool:
        """The time lies after publication ('rallies over the next week')."""
        return m.earliest is not None and self.published is not None and m.earliest > self.published

    def _act_time_for(self, paragraph, trigger_tok):
        """The time a main-clause act set for its paragraph (`_main_act_time`), for a simple
        past or a past habit ('At each stop, he would call …') only ('… was decried last
        week. She had tweeted …' is not that week's)."""
        t = self._act_time.get(paragraph)
        if t is None or trigger_tok is None:
            return None
        verb = self._verb_of(trigger_tok)
        habit = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
        return t if verb.pos_ in ("VERB", "AUX") and (self._past(verb) or habit) else None

    def govern_act(self, sent, trigger_tok, exclude=()):
        """The time of an act a clause or the fallback tells (`govern` with no paragraph, so
        it sets no paragraph time): a simple past with no time in its sentence takes the
        paragraph's time or the lead's occasion, like the story's other events ('The attacker
        scrawled a slur' in a paragraph about 'last week's call'), not the publication date;
        not a relative clause's backstory nor a present perfect."""
        best = self.govern(sent, trigger_tok, exclude)
        self._main_act_time(sent, trigger_tok, best)
        if best is not None or trigger_tok is None or sent.is_headline or trigger_tok.dep_ == "relcl" \
                or not self._past_at_occasion(trigger_tok):
            return best  # ('who joined the firm …' tells a noun's backstory; 'have succeeded' no time)
        return self._moved_on(self.paragraph_time.get(sent.paragraph), sent) \
            or self._moved_on(self._act_time_for(sent.paragraph, trigger_tok), sent) \
            or self._lead_time(sent.paragraph, trigger_tok, False)

    #: how precise a speaker's last time must be to date the speaker's later undated sayings
    _SPEAKER_CARRY = ("day", "time", "week")

    def speaker_time_carries(self, last, cue) -> bool:
        """A speaker's last dated statement dates a later undated one when it was told to the
        day or week ('Coburn wrote … Monday' … 'Coburn wrote'); a month or a year is mostly a
        backstory's ('Amash said in May that …', then his op-ed of today), unless the saying
        points back to it ('Trump said then')."""
        return last.precision in self._SPEAKER_CARRY \
            or cue is not None and any(c.dep_ == "advmod" and c.lower_ == "then" for c in cue.children)

    #: participles that set the speaker at an occasion ('Bush, speaking at an event Monday, …')
    _SETTING_PARTICIPLES = {"speak", "appear", "testify", "talk", "address", "campaign", "visit"}

    def _setting(self, c) -> bool:
        """A phrase on the speaker that tells where the saying happened, not who the speaker
        is: 'at a private dinner earlier this year', 'speaking at an event on Monday'."""
        if c.dep_ == "npadvmod":  # a bare time on the name ('Ryan, at a dinner earlier this year, said')
            return True
        if c.dep_ == "acl" and c.tag_ == "VBG":
            return c.lemma_.lower() in self._SETTING_PARTICIPLES
        if c.dep_ == "prep" and c.lower_ in self._OWN_OCCASION_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return obj is not None and obj.lemma_.lower() in self._OCCASIONS
        return False

    def description_spans(self, speaker_tok) -> list[tuple[int, int]]:
        """The character spans of the speaker's description ('an adviser to Romney's 2012
        bid'), whose times are not the saying's, less the phrases that set the saying at an
        occasion ('Ryan, at a private dinner earlier this year, said …')."""
        lo, hi = speaker_tok.left_edge.idx, speaker_tok.right_edge.idx + len(speaker_tok.right_edge)
        out = []
        for c in sorted((c for c in speaker_tok.children if self._setting(c)), key=lambda c: c.i):
            out.append((lo, c.left_edge.idx))
            lo = c.right_edge.idx + len(c.right_edge)
        out.append((lo, hi))
        return [r for r in out if r[0] < r[1]]

    #: how many sentences back the time a continued story keeps may have been told
    _CONTINUED_SENTENCES = 3
    _ANAPHORS = {"he", "she", "they", "it", "we"}
    _DEMONSTRATIVES = {"this", "that", "these", "those"}

    def _continues(self, verb) -> bool:
        """The clause goes on with what was just told: its subject points back ('He also
        cited …', 'That investor then shared …'), or it says 'also', or it adds ('The
        statement added …')."""
        if verb.lemma_.lower() in ("add", "continue"):
            return True
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ == "also":
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and (
                    c.lower_ in self._ANAPHORS
                    or any(d.dep_ == "det" and d.lower_ in self._DEMONSTRATIVES for d in c.children)):
                return True
        return False

    def _continued(self, sent, trigger_tok):
        """The time the story paragraph just before established, for a simple-past event of a
        paragraph with no time of its own that goes on with that story ('… the president
        tweeted on Sunday. ¶ He also cited a story …'): the time was told for a simple-past
        event at most `_CONTINUED_SENTENCES` sentences back, it is a day, a week or a month
        (a year is mostly a backstory's) not after publication, and the event's clause points
        back to it (`_continues`)."""
        if self._before is None or trigger_tok is None or sent.paragraph in self._untimed:
            return None  # (not once the paragraph told an event with no time: 'Doshi says …')
        t, told_at, told_tok = self._before
        if sent.index - told_at > self._CONTINUED_SENTENCES or t.precision not in ("day", "time", "week", "month") \
                or self._ahead(t) \
                or told_tok is None or not self._past_at_occasion(trigger_tok) \
                or not self._past_at_occasion(told_tok):
            return None
        verb = self._verb_of(trigger_tok)
        if not (self._continues(verb) or self._same_subject(verb, told_tok)) or self._day_told_since(t, sent) \
                or self._in_other_content(t, told_tok):
            return None
        subj = self._subject(verb)
        if subj is None or subj.lower_ in self._ANAPHORS or self._same_subject(verb, told_tok):
            self._carry(sent, trigger_tok, t)  # (not past a new name: 'Holt announced … ¶ Lee also told …')
        return t

    def _in_other_content(self, t, told_tok) -> bool:
        """The time lies in the told event's sentence inside a clause another verb reports or
        takes ('Lee allowed that Ray had erred on Tuesday, but insisted …': Tuesday is Ray's
        error, not when Lee insisted), not in the told event's own."""
        tok = self.tok_at(t.start)
        if tok.sent.start != told_tok.sent.start:
            return False
        verb = self._verb_of(told_tok)
        cur = tok
        for _ in range(30):
            if cur.i == verb.i or cur.head.i == cur.i:
                return False
            if cur.dep_ in ("ccomp", "xcomp") and not cur.left_edge.i <= verb.i <= cur.right_edge.i:
                return True
            cur = cur.head
        return False

    def _day_told_since(self, t, sent) -> bool:
        """Another day was told between the time `t` and the sentence, outside a quotation
        ('On Sunday, crews closed the road. ¶ The board's Monday report is long. ¶ They also
        sealed the gates.'): the story is no longer at `t`."""
        return any(m is not t and m.precision in ("day", "time") and not _quoted(self.doc.text, m.start)
                   for m in self.in_range(t.end, sent.start))

    def _carry(self, sent, trigger_tok, t):
        """A paragraph that kept the time of the paragraph before hands it on as its own
        ('On Sunday, Dalton said on the radio … ¶ Dalton argued … ¶ Dalton singled out …': one
        occasion told over paragraphs, each going on with it); its last such event is the one
        the next paragraph's must point back to."""
        self._carried[sent.paragraph] = (t, sent.index, trigger_tok)

    @staticmethod
    def _subject_name(verb):
        """The last word of a verb's proper-name subject ('Obama' of 'Barack Obama said')."""
        subj = Dater._subject(verb)
        return subj.lower_ if subj is not None and subj.pos_ == "PROPN" else None

    @staticmethod
    def _subject(verb):
        """A verb's subject, or for a verb joined to another with none of its own ('Lee wrote
        and spoke about it'), that verb's."""
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ != "conj":
                return subj
            verb = verb.head
        return None

    def _same_subject(self, verb, told_tok) -> bool:
        """The clause's named subject is the one of the event that set the time ('Back in
        October, Barack Obama … called out …' ¶ '“…,” Obama said'): the same person goes on."""
        told = self._verb_of(told_tok)
        name = self._subject_name(verb)
        return name is not None and name == (self._subject_name(told) or self._pronoun_name(told))

    #: how many tokens back a pronoun subject's name may have been told
    _PRONOUN_REACH = 60

    def _pronoun_name(self, verb):
        """The last word of the name a verb's 'he' / 'she' subject stands for: the last
        proper-name subject told before it, not far back ('Ann Lee wrote about it, and she
        also addressed it in a post last week' ¶ '“…,” Lee wrote': 'she' is Lee)."""
        subj = self._subject(verb)
        if subj is None or subj.lower_ not in ("he", "she"):
            return None
        doc = verb.doc
        for i in range(subj.i - 1, max(-1, subj.i - self._PRONOUN_REACH), -1):
            t = doc[i]
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and not _quoted(doc.text, t.idx):
                return t.lower_  # (not a name inside a quotation: 'make America great')
        return None

    def _not_ahead(self, cands, trigger_tok):
        """A simple past ('… Thursday's classified briefings,” Coats said', '… complimented her
        in his memoir' of 2016 in a 2014 story) happened before publication: a time wholly
        after it does not date it.  Not read back either: such a time is mostly another
        clause's ('said, before ordering them to appear June 29', 'was later canceled, days
        before it was meant to start in January')."""
        verb = self._verb_of(trigger_tok)
        if verb.pos_ not in ("VERB", "AUX") or not self._past(verb):
            return cands
        return [m for m in cands if m.earliest is None or not m.earliest > self.published
                or self._scheduled_for(verb, self.tok_at(m.start))]

    #: verbs that put an act on the calendar ('was scheduled to vote Wednesday')
    _SCHEDULE_VERBS = {"schedule", "set", "slate"}

    def _scheduled_for(self, verb, tok) -> bool:
        """The time is the one of the act a schedule verb puts on the calendar ('The Senate
        was scheduled to vote Wednesday'): the event is that act, at that time, even when
        the schedule is told in the past."""
        if verb.lemma_.lower() not in self._SCHEDULE_VERBS:
            return False
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        return xcomp is not None and xcomp.left_edge.i <= tok.i <= xcomp.right_edge.i

    def forward(self, mention):
        """The same weekday read forward: a present tense with a day of its own ('The
        justices begin their term on Monday') is on the calendar, so its 'Monday' is the
        coming one (today included), not the nearest or the last."""
        rule = getattr(mention, "rule", None) or ""
        base, sep, mods = rule.partition("|")
        parts = base.split(":")
        if _temporal is None or self.published is None or len(parts) != 3 or parts[0] != "weekday" \
                or parts[2] not in ("near", "past"):
            return mention
        new_rule = ":".join(parts[:2] + ["future"]) + sep + mods
        try:
            r = _temporal.resolve(new_rule, self.published)
            return attrs.evolve(mention, value=r.value, earliest=r.earliest, latest=r.latest,
                                precision=r.precision, rule=new_rule)
        except Exception:  # pragma: no cover - never break extraction over a date
            return mention

    def when(self, mention) -> When:
        if mention is None:
            return When.publication(self.published)
        relative = bool(mention.rule) or (mention.type == "DATE" and _OFFSET_DIR.search(mention.text) is not None
                                          and _OFFSET_DIR.search(mention.text).end() == len(mention.text))
        return When(value=mention.value, precision=mention.precision,
                    basis="relative" if relative else "explicit",
                    earliest=mention.earliest, latest=mention.latest,
                    span=Span(mention.start, mention.end), text=mention.text, rule=mention.rule)
