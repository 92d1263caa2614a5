"""Candidate grammar: compiled regexes for English news time expressions.

Each pattern is paired with a builder that turns the match into a :class:`Candidate`
carrying either an absolute value or a relative rule (see :mod:`.resolve`). A rule may hold
``{dir}``: the direction is filled in later from the governing verb's tense (:mod:`.tense`).
Extents follow TimeML habits: determiners and modifiers ("the", "early", "last") are inside,
prepositions ("in", "on", "since") are outside.
"""

from __future__ import annotations

import re
from typing import Callable

import attrs

from . import lexicon as lx
from .resolve import holiday_day


@attrs.frozen
class Candidate:
    start: int
    end: int
    type: str
    value: str | None = None          # absolute value (DATE/TIME), or DURATION/SET value
    rule: str | None = None           # relative rule, may contain "{dir}"
    family: str | None = None         # tense family for "{dir}": day / month / quarter / year_quarter
    mods: tuple[str, ...] = ()        # resolve modifiers for absolute values
    mod: str | None = None            # TIMEX3 mod attribute
    anaphoric: str | None = None      # shift applied to the discourse reference, e.g. "shift:-1:year"
    ref_kind: str | None = None       # "quarter": needs the last mentioned quarter; "any": last date
    ref_gran: str | None = None       # the reference must be at least this fine ("that day")


# ---------------------------------------------------------------- regex vocabulary
def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
MONTH_ABBR = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?)"
MONTH = rf"(?:{MONTH_NAMES}|{MONTH_ABBR})"
WEEKDAY = r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
DAYNUM = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})"
YEAR_END = r"(?![0-9%])(?!,[0-9])(?!\.[0-9])"
SPELLED_YEAR = rf"(?:(?:nineteen|twenty|eighteen)[ -](?:[a-z]+(?:[ -][a-z]+)?)|two thousand(?:(?: and)? {lx.NUMBER_WORD_RE}\b)?)"
ORD_DAY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}
ORD_DAY = rf"(?:{_alt(ORD_DAY_WORDS)})"
NUM = rf"(?:\d+(?:\.\d+)?|{lx.NUMBER_WORD_RE}|a|an|several|a few|few|a couple of|couple of|some|many|a number of)"
UNIT = r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century|centurie)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
APPROX = r"(?:nearly|almost|about|some|more than|less than|at least|roughly|over|under|up to|only|just|around|approximately|fewer than|no more than|at most|barely)"
#: approximators TimeBank leaves out of a duration's extent ("over three years", "just a few minutes")
_LEFT_OUT = ("over", "only", "just", "barely")
PRE_PART = r"(?:(?i:early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of|the turn of|end of|start of|beginning of|middle of)(?:[ ]|-(?=\w)|[ ]-[ ]?))"
ORD_QUARTER = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"

_PART = {"early": "early", "earlier": "early", "beginning of": "early", "start of": "early",
         "the beginning of": "early", "the start of": "early", "mid": "mid", "middle of": "mid",
         "the middle of": "mid", "late": "late", "later": "late", "end of": "late",
         "the end of": "late", "the turn of": "late"}
_TIMEX_MOD = {"early": "START", "mid": "MID", "late": "END"}
_REL_SHIFT = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1,
              "the last": -1, "the previous": -1, "this": 0, "the current": 0, "current": 0,
              "next": 1, "the next": 1, "the coming": 1, "coming": 1, "this coming": 1,
              "the following": 1}
_DIR_OF_REL = {"last": "prev", "this past": "prev", "past": "prev", "previous": "prev",
               "next": "next", "this coming": "future", "coming": "future", "this": "near"}


def _part_mods(pre: str | None) -> tuple[tuple[str, ...], str | None]:
    if not pre:
        return (), None
    key = re.sub(r"[\s-]+$", "", pre.lower()).strip()
    part = _PART.get(key)
    return ((f"part:{part}",), _TIMEX_MOD[part]) if part else ((), None)


def _month_num(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return lx.MONTHS.get(w) or lx.MONTH_ABBREVS.get(w)


def _day_num(word: str) -> int:
    w = word.lower()
    if w in ORD_DAY_WORDS:
        return ORD_DAY_WORDS[w]
    return int(re.sub(r"\D", "", w))


def _year_of(word: str) -> int | None:
    w = word.strip().lstrip("'’")
    if w.isdigit():
        if len(w) == 2:
            n = int(w)
            return 2000 + n if n < 50 else 1900 + n
        return int(w)
    return lx.spelled_year(w)


def _ymd(y: int, m: int, d: int) -> str | None:
    import calendar

    if not (1 <= m <= 12) or not (1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


# ---------------------------------------------------------------- builders
PATTERNS: list[tuple[re.Pattern, Callable]] = []


def pattern(rx: str, flags: int = 0):
    def deco(fn):
        PATTERNS.append((re.compile(rx, flags), fn))
        return fn

    return deco


def _cand(m: re.Match, group: int | str = 0, **kw) -> Candidate:
    return Candidate(m.start(group), m.end(group), **kw)


#: "this coming Sunday, March 8": the relative word is part of the date's extent
_WD_PREFIX = rf"(?:(?:(?i:this\s+coming|this\s+past|this|next|last|coming)\s+)?(?P<wd>{WEEKDAY}),?\s+)?"


@pattern(rf"\b{_WD_PREFIX}(?:{PRE_PART})?(?P<mon>{MONTH})\s+(?P<day>{DAYNUM}|{ORD_DAY})\b(?!\s*(?::\d|%|\d))(?:(?:,\s*|\s+)(?P<year>{YEAR}){YEAR_END}|(?:,\s*|\s+)(?P<sy>{SPELLED_YEAR}))?")
def month_day(m: re.Match, text: str) -> Candidate | None:
    return _month_day(m, text)


@pattern(rf"\b{_WD_PREFIX}(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}){YEAR_END})?")
def day_month(m: re.Match, text: str) -> Candidate | None:
    return _month_day(m, text)


@pattern(rf"\b(?P<mon>{MONTH})\s+(?P<d1>{DAYNUM})\s*,?\s+(?i:and|or|&|to|through|thru)\s+(?P<day>{DAYNUM})\b"
         rf"(?:,\s*(?P<year>{YEAR}){YEAR_END})?"
         r"(?=\s*$|\s*[,.;:)\"”'’]|\s+(?i:and|or|in|at|on|to|from|for|when|with|as|after|before|by|the|that|this|respectively|next|last)\b)")
def month_day_and_day(m: re.Match, text: str) -> Candidate | None:
    """'Jan. 5 and 6', 'March 3 through 10, 1997': the second day of the month named before
    (placed with the first by the tagger's ranges); the first is tagged by :func:`month_day`."""
    mon = _month_num(m["mon"])
    if mon is None or _day_num(m["day"]) <= _day_num(m["d1"]):
        return None
    return _md_candidate(m.start("day"), m.end(), mon, _day_num(m["day"]), int(m["year"]) if m["year"] else None)


def _month_day(m: re.Match, text: str) -> Candidate | None:
    mon = _month_num(m["mon"])
    if mon is None:
        return None
    day = _day_num(m["day"])
    y = None
    if m.group("year"):
        y = int(m["year"])
    elif "sy" in m.groupdict() and m["sy"]:
        y = _year_of(m["sy"])
        if y is None:  # spelled words that are not a year: drop them from the extent
            end = m.start("sy")
            text_span = text[m.start():end].rstrip(" ,")
            return _md_candidate(m.start(), m.start() + len(text_span), mon, day, None)
    wd = lx.WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    return _md_candidate(m.start(), m.end(), mon, day, y, wd)


def _md_candidate(start: int, end: int, mon: int, day: int, y: int | None,
                  wd: int | None = None) -> Candidate | None:
    if not 1 <= day <= 31:
        return None
    if y is not None:
        v = _ymd(y, mon, day)
        return Candidate(start, end, "DATE", value=v) if v else None
    if _ymd(2000, mon, day) is None:
        return None
    if wd is not None:
        # "Saturday, April 25": the year in which April 25 is a Saturday (nearest the anchor)
        return Candidate(start, end, "DATE", rule=f"date:{mon}:{day}:wd{wd}")
    return Candidate(start, end, "DATE", rule=f"date:{mon}:{day}:{{dir}}", family="month")


@pattern(rf"\b(?:(?P<pre>{PRE_PART}))?(?P<mon>{MONTH_NAMES}|{MONTH_ABBR})(?:,?\s+|\s+of\s+)(?:(?P<year>{YEAR}){YEAR_END}|(?P<sy>{SPELLED_YEAR})\b)")
def month_year(m: re.Match, text: str) -> Candidate | None:
    mon = _month_num(m["mon"])
    y = int(m["year"]) if m["year"] else lx.spelled_year(m["sy"])
    if y is None:
        return None
    mods, mod = _part_mods(m["pre"])
    return _cand(m, type="DATE", value=f"{y:04d}-{mon:02d}", mods=mods, mod=mod)


@pattern(r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])(?:T(?P<hh>\d\d):(?P<mm>\d\d))?")
def iso_date(m: re.Match, text: str) -> Candidate | None:
    v = _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    if not v:
        return None
    if m["hh"]:
        return _cand(m, type="TIME", value=v, mods=(f"at:{m['hh']}:{m['mm']}",))
    return _cand(m, type="DATE", value=v)


@pattern(r"(?<![\w/.$-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/])")
def slash_date(m: re.Match, text: str) -> Candidate | None:
    a, b, y = int(m["a"]), int(m["b"]), _year_of(m["y"])
    v = _ymd(y, a, b) or _ymd(y, b, a)  # US month/day first, else day/month
    return _cand(m, type="DATE", value=v) if v else None


_YEAR_PREFIX = r"(?:(?P<fiscal>(?i:fiscal(?:\s+year)?|calendar(?:\s+year)?|model\s+year|the\s+year|FY|the\s+fiscal\s+year))\s*)?"


@pattern(rf"(?<![\w$#£€.,/:-])(?:(?P<pre>{PRE_PART}))?{_YEAR_PREFIX}(?P<year>{YEAR}){YEAR_END}(?!-[0-9]{{2}}-)")
def year(m: re.Match, text: str) -> Candidate | None:
    y = int(m["year"])
    if not m["fiscal"] and not m["pre"] and not _plausible_year(m, text, y):
        return None
    mods, mod = _part_mods(m["pre"])
    return _cand(m, type="DATE", value=f"{y:04d}", mods=mods, mod=mod)


_YEAR_BEFORE_OK = re.compile(
    r"(?i:\b(?:in|since|by|of|from|to|until|till|through|thru|during|before|after|early|late|"
    r"mid|the|and|or|between|circa|around|about|for|than|at|on|year|as|last|until|'s|his|her|"
    r"its|their|our)\s+$|[(\[,;:\"“]\s*$|^\s*$|\n\s*$)")
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+\s+){0,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|"
    r"Ln|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|Square|Terrace|Suite)\b|"
    r"(?:people|votes|voters|immigrants|employees|workers|students|members|jobs|units|cars|"
    r"vehicles|residents|homes|houses|troops|soldiers|cases|arrests|deaths|shares|barrels|"
    r"tons|miles|feet|pounds|acres|times|points|percent|dollars|persons|individuals|"
    r"children|officers|agents|inmates|prisoners|aliens|illegals|families|patients|copies)\b)")


def _plausible_year(m: re.Match, text: str, y: int) -> bool:
    """Bare four-digit numbers are years only in year-like company (not '1,500', '$2000')."""
    before = text[max(0, m.start() - 30):m.start()]
    after = text[m.end():m.end() + 40]
    if _NOT_YEAR_AFTER.match(after):
        return False
    if re.search(r"(?i:\b(?<!['’])(?:no|number|room|suite|flight|route|highway|section|rule|bill|"
                 r"article|chapter|page|pages|model|version|item|exit|gate|unit|apartment|apt|"
                 r"interstate|code|ps|hr|sb|ab|s|h\.r)\.?\s*$)", before):
        return False
    if 1900 <= y <= 2099:
        return True
    return bool(_YEAR_BEFORE_OK.search(before))


@pattern(r"(?<![\w$#£€.,/:-])(?P<fy>FY|(?i:fiscal)\s+)'?(?P<y>\d{2}|\d{4})(?![\w%])")
def fiscal_short(m: re.Match, text: str) -> Candidate | None:
    return _cand(m, type="DATE", value=f"{_year_of(m['y']):04d}")


@pattern(rf"(?:\b(?:the\s+)?(?:(?P<pre>(?i:early|mid|late))[\s-]+)?|(?<![\w'’]))(?:(?P<c>1[5-9]|20)(?P<d>\d)0|['’](?P<d2>\d)0)['’]?s\b")
def decade(m: re.Match, text: str) -> Candidate | None:
    if m["c"]:
        dec = int(m["c"]) * 10 + int(m["d"])
    else:
        d2 = int(m["d2"])
        dec = (200 if d2 <= 2 else 190) + d2
    mods, mod = _part_mods(m["pre"])
    return _cand(m, type="DATE", value=f"{dec:03d}", mods=mods, mod=mod)


@pattern(rf"(?i:\bthe\s+(?P<ord>first|second|last|latter|final)\s+half\s+of\s+the\s+)(?:(?P<c>1[5-9]|20)(?P<d>\d)0['’]?s\b|['’](?P<d2>\d)0['’]?s\b|(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-](?i:century)\b)")
def half_of_period(m: re.Match, text: str) -> Candidate | None:
    """'the last half of the '80s', 'the first half of the 20th century': a part of the decade
    or century (TimeBank: value 198, mod END), not a half-year."""
    if m["n"]:
        value = f"{int(m['n']) - 1:02d}"
    elif m["c"]:
        value = f"{int(m['c']) * 10 + int(m['d']):03d}"
    else:
        d2 = int(m["d2"])
        value = f"{(200 if d2 <= 2 else 190) + d2:03d}"
    first = m["ord"].lower() == "first"
    return _cand(m, type="DATE", value=value, mods=("part:half1" if first else "part:half2",),
                 mod="START" if first else "END")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@pattern(rf"\bthe\s+(?:(?P<pre>(?i:early|mid|late))[\s-]+)?(?:(?P<c>nineteen)[\s-])?(?P<w>{_alt(_DECADE_WORDS)})\b")
def decade_words(m: re.Match, text: str) -> Candidate | None:
    mods, mod = _part_mods(m["pre"])
    return _cand(m, type="DATE", value=f"19{_DECADE_WORDS[m['w']]}", mods=mods, mod=mod)


_CENT_WORDS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
               "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
               "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}


@pattern(rf"\b(?:the\s+)?(?:(?P<pre>(?i:early|mid|late))[\s-]+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:{_alt(_CENT_WORDS)})))[\s-](?i:century)\b")
def century(m: re.Match, text: str) -> Candidate | None:
    n = int(m["n"]) if m["n"] else _CENT_WORDS[m["w"].lower()]
    mods, mod = _part_mods(m["pre"])
    return _cand(m, type="DATE", value=f"{n - 1:02d}", mods=mods, mod=mod)


# --- quarters and halves
_Q_OF = rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal|calendar)\s+(?:year\s+)?)?(?:(?P<qy>{YEAR}){YEAR_END}|(?P<qrel>last|this|next|the\s+previous|the\s+current)\s+(?:fiscal\s+)?year|(?P<qthe>the\s+year)\b(?![-'’]\w)(?!\s+(?:before|earlier|ago|prior|after|later)\b)))?"
_Q_POSS = rf"(?:(?P<possrel>(?i:last|this|next))\s+year['’]s\s+|(?P<possy>{YEAR})['’]?s?\s+|(?P<fy>fiscal\s+(?P<fyy>{YEAR})\s+))"


@pattern(rf"(?i:\b(?:the\s+)?(?:(?:same|comparable|latest|most\s+recent)\s+)?){_Q_POSS}?(?i:(?:fiscal\s+)?(?P<ord>{ORD_QUARTER})[\s-]+(?:fiscal\s+)?(?:-?\s*)?(?P<unit>quarter|half|period)s?\b){_Q_OF}")
def quarter(m: re.Match, text: str) -> Candidate | None:
    c = _quarter(m, text)
    if c is not None and re.match(r"(?i)the\s+(?:fiscal\s+)?" + ORD_QUARTER + r"-(?:fiscal\s+)?(?:quarter|half)\b", m[0]) \
            and not m["qy"] and not m["qrel"] and not m["qthe"]:
        # "the third-quarter results": the hyphenated adjective's determiner belongs to the
        # noun, as TimeBank annotates it (3 of 3), unlike "the third quarter" (33 of 34)
        return attrs.evolve(c, start=m.start() + len(re.match(r"(?i)the\s+", m[0])[0]))
    return c


#: "the first half of that sentence", "the fourth quarter of the game": a part of a thing
_PART_OF_THING = re.compile(
    r"\s+of\s+(?:the|that|this|these|those|a|an|his|her|its|their|our|my|your)\s+"
    r"(?!(?:year|fiscal|calendar|financial|decade|century|month|week|current|next|last|same|"
    r"previous|following|coming|past|\d|['’]\d|(?:\w+\s+)?year\b))", re.I)


_ENDED = re.compile(rf"\s+(?:that\s+|which\s+)?(?P<w>(?i:ended|ending))\s+(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})\b(?:,\s+(?P<y>{YEAR}){YEAR_END})?")


def _quarter(m: re.Match, text: str) -> Candidate | None:
    ordw = m["ord"].lower()
    if not (m["qy"] or m["qrel"] or m["possy"] or m["possrel"] or m["fyy"]) \
            and _PART_OF_THING.match(text, m.end()):
        return None
    n = lx.ORDINALS[ordw]
    unit = m["unit"].lower()
    if unit == "period":
        return None
    if unit == "half":
        if n > 2:
            n = 2
        gran, head = "H", "half"
    else:
        gran, head = "Q", "quarter"
    y = m["qy"] or m["possy"] or m["fyy"]
    if ordw == "last" and gran == "Q" and not (y or m["qrel"] or m["qthe"] or m["possrel"]):
        # "(the) last quarter" with no year is the quarter before this one, as "last month" is
        # the month before; "the last quarter of 2019" and "the final quarter" are the fourth
        return _cand(m, type="DATE", rule="offset:-1:quarter")
    if y:
        return _cand(m, type="DATE", value=f"{int(y):04d}-{gran}{n}")
    rel = (m["qrel"] or m["possrel"] or "").lower().replace("the ", "").strip()
    ended = _ENDED.match(text, m.end()) if head == "quarter" and not rel else None
    mon = _month_num(ended["mon"]) if ended else None
    if mon and _ymd(2000, mon, day := _day_num(ended["day"])):
        # "the second quarter ended Oct. 31": a fiscal quarter is of the year its end date is in
        if ended["y"]:
            return _cand(m, type="DATE", value=f"{int(ended['y']):04d}-Q{n}")
        way = "past" if ended["w"].lower().endswith("ed") else "near"
        shift_q = n - ((mon - 1) // 3 + 1)
        return _cand(m, type="DATE", rule=f"date:{mon}:{day}:{way}|gran:quarter|shift:{shift_q}:quarter")
    shift = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}.get(rel)
    if shift is not None:
        return _cand(m, type="DATE", rule=f"{head}:{n}:y{shift:+d}")
    if m["qthe"]:
        # "the second quarter of the year": this year's unless a past verb says it was
        # before this year's began (tagger: family "year_quarter")
        return _cand(m, type="DATE", rule=f"{head}:{n}:{{dir}}", family="year_quarter")
    return _cand(m, type="DATE", rule=f"{head}:{n}:{{dir}}", family="quarter")


_QUARTER_RX = next(rx for rx, fn in PATTERNS if fn is quarter)


@pattern(r"(?i:\b(?:the\s+)?(?P<ord>first|second|third|1st|2nd|3rd)(?=-?(?:\s*,\s*(?:second|third|2nd|3rd)-?)*"
         r"\s*,?\s+(?:and|or|&)\s+(?P<head>(?:second|third|fourth|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(?:quarter|half)s?\b)))")
def quarter_coordinated(m: re.Match, text: str) -> Candidate | None:
    """'the third and fourth quarters', 'the second, third and fourth quarters of 1988',
    'first- and second-half results': every ordinal names its own quarter (or half), of the
    year the shared head gives (the head itself is tagged by :func:`quarter`)."""
    hm = _QUARTER_RX.match(text, m.start("head"))
    head = quarter(hm, text) if hm else None
    if head is None:
        return None
    n_head, n = lx.ORDINALS[hm["ord"].lower()], lx.ORDINALS[m["ord"].lower()]
    if n >= n_head:
        return None
    if head.value:
        value = re.sub(r"(?<=[QH])\d$", str(n), head.value)
        if value == head.value:
            return None
        return _cand(m, type="DATE", value=value, mods=head.mods)
    # the head's own placement, moved back: both ends stay in the year the head is in
    unit = "half" if hm["unit"].lower() == "half" else "quarter"
    rule = f"{head.rule}|shift:{n - n_head}:{unit}"
    return _cand(m, type="DATE", rule=rule, family=head.family)


@pattern(rf"(?i:\b(?:the\s+)?(?P<ord>first|last|final)\s+(?P<n>two|three|six|nine)\s+(?P<unit>months|quarters)\s+of\s+)(?:(?P<qy>{YEAR}){YEAR_END}|(?P<qrel>(?i:last|this|next))\s+year)")
def first_months(m: re.Match, text: str) -> Candidate | None:
    n = lx.number_value(m["n"])
    months = n * (3 if m["unit"].lower().startswith("q") else 1)
    first = m["ord"].lower() == "first"
    if months == 3:
        code = f"Q{1 if first else 4}"
    elif months == 6:
        code = f"H{1 if first else 2}"
    else:
        return None
    gran, num = code[0], int(code[1])
    if m["qy"]:
        return _cand(m, type="DATE", value=f"{int(m['qy']):04d}-{gran}{num}")
    shift = {"last": -1, "this": 0, "next": 1}[m["qrel"].lower()]
    head = "quarter" if gran == "Q" else "half"
    return _cand(m, type="DATE", rule=f"{head}:{num}:y{shift:+d}")


@pattern(rf"\bQ(?P<q>[1-4])(?:\s+|\s*['’]|-)?(?:(?P<y>{YEAR})|(?P<y2>\d\d))?\b")
def q_code(m: re.Match, text: str) -> Candidate | None:
    y = m["y"] or m["y2"]
    if y:
        return _cand(m, type="DATE", value=f"{_year_of(y):04d}-Q{m['q']}")
    return _cand(m, type="DATE", rule=f"quarter:{m['q']}:{{dir}}", family="quarter")


@pattern(rf"(?i:\b(?:the\s+)(?:(?:latest|most\s+recent|current|same|comparable|recent|latest\s+fiscal|fiscal)\s+)?(?P<u>quarter|period)\b)(?!-)(?!\s+(?:century|of\b))(?:(?P<ended>\s+(?i:ended|ending|that\s+ended|which\s+ended)\s+)(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})\b(?:,\s+(?P<y>{YEAR}))?)?")
def the_quarter(m: re.Match, text: str) -> Candidate | None:
    if m["ended"]:
        # "the quarter ended Sept. 30": the calendar quarter holding most of the 3 months
        mon, day = _month_num(m["mon"]), _day_num(m["day"])
        if mon is None or _ymd(2000, mon, day) is None:
            return None
        end = m.start("ended")
        if m["y"]:
            v = _ymd(int(m["y"]), mon, day)
            if v is None:
                return None
            return Candidate(m.start(), end, "DATE", value=v, mods=("shift:-45:day", "gran:quarter"))
        return Candidate(m.start(), end, "DATE", rule=f"date:{mon}:{day}:past|shift:-45:day|gran:quarter")
    if m["u"].lower() == "period" and not re.search(r"(?i)latest|recent|comparable|same", m[0]):
        return None
    if m["u"].lower() == "quarter" and re.search(r"(?i)latest|most\s+recent", m[0]):
        # "the latest quarter": the last completed quarter, whatever was mentioned before
        # (TimeBank: 8 of 9 are the quarter before the publication date)
        return _cand(m, type="DATE", rule="offset:-1:quarter")
    if m["u"].lower() == "quarter" and re.search(r"(?i)current", m[0]):
        # "the current quarter" is the one in progress, not the one under discussion
        return _cand(m, type="DATE", rule="offset:0:quarter")
    return _cand(m, type="DATE", rule="offset:-1:quarter", ref_kind="quarter", ref_gran="quarter")


# --- year-ago / a year earlier
@pattern(rf"(?i:\b(?:the\s+)?(?:(?:same|comparable)\s+)?(?P<n>year|two-year|month|quarter)[- ](?:ago|earlier)(?:\s+(?:(?:{ORD_QUARTER})[\s-]+)?(?:fiscal\s+)?(?P<noun>quarter|period|month|year)|\s+(?:first\s+)?(?P<span>{lx.NUMBER_WORD_RE}|\d{{1,2}})\s+(?P<su>months|weeks|years))?\b)")
def year_ago_adj(m: re.Match, text: str) -> Candidate | None:
    if m["span"]:
        # "the year-earlier nine months": the noun is a span, so the phrase is a duration
        n = lx.number_value(m["span"])
        if not n:
            return None
        return _cand(m, type="DURATION", value=f"P{n}{m['su'][0].upper()}")
    unit = {"year": "year", "two-year": "year", "month": "month", "quarter": "quarter"}[m["n"].lower()]
    n = -2 if m["n"].lower() == "two-year" else -1
    c = _cand(m, type="DATE", rule=f"offset:{n}:{unit}", anaphoric=f"shift:{n}:{unit}",
              ref_kind="quarter")
    lead = re.match(r"(?i)the\s+", m[0])
    if lead and not m["noun"] and re.search(r"(?i)[- ](?:ago|earlier)$", m[0]):
        # "The year-ago results": the determiner belongs to the noun the adjective modifies,
        # as for "the third-quarter results" (TimeBank: 3 of 3); "the year-ago quarter" keeps it
        c = attrs.evolve(c, start=m.start() + lead.end())
    return c


@pattern(rf"(?i:(?<![\d.,$])\b(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})s?\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|before|after|back)\b)")
def ago(m: re.Match, text: str) -> Candidate | None:
    unit = m["unit"].lower().replace("centurie", "century").replace("fortnight", "week")
    n = lx.number_value(m["num"])
    d = m["dir"].lower()
    sign = 1 if d in ("later", "from now", "hence", "after") else -1
    if d in ("before", "after"):
        after = text[m.end():m.end() + 3]
        if re.match(r"\s*\w", after):
            return None  # "two days before the election": relative to an event -> duration
    if d == "later" or d == "earlier" and unit in ("second", "minute", "hour", "day", "week", "month"):
        # "three days later", "a few days earlier": TimeML tags the duration "three days"
        # (the duration pattern) and leaves "later" as a signal (TimeBank: 3 of 3). "Later"
        # counts from the story's own time, never from the publication date ("four years
        # later, he ..."), so it is a duration for every unit; "a year earlier" in earnings
        # news stays a date (TimeBank: 27 of 28)
        return None
    if n is None or unit in ("second", "minute", "hour"):
        return _cand(m, type="DATE", rule="ref:past" if sign < 0 else "ref:future")
    if unit == "weekend":
        unit = "week"
    mod = "APPROX" if m["approx"] else None
    if d in ("earlier", "later", "before", "after"):
        return _cand(m, type="DATE", rule=f"offset:{sign * n}:{unit}", mod=mod,
                     anaphoric=f"shift:{sign * n}:{unit}", ref_kind="quarter" if unit == "year" else None)
    return _cand(m, type="DATE", rule=f"offset:{sign * n}:{unit}", mod=mod,
                 anaphoric=f"shift:{sign * n}:{unit}" if unit == "year" and n == 1 else None,
                 ref_kind="quarter" if unit == "year" and n == 1 else None)


# --- relative calendar units: this week, last month, earlier this year, late last year
_REL = r"(?:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+previous|the\s+current|the\s+coming|the\s+next|the\s+following|this|last|next|past|previous|current|coming)"


@pattern(rf"(?i:\b(?P<pre>{PRE_PART})?(?P<rel>{_REL})\s+(?P<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)(?P<or>\s+or\s+so)?\b)(?!\s+(?:or|and)\s+(?:two|so|more))")
def relative_unit(m: re.Match, text: str) -> Candidate | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    pre = (m["pre"] or "").lower().strip(" -")
    if m["unit"][0].isupper() and m["rel"][0].isupper() and not re.search(r"(?:^|[.!?\n][\"”’']?\s*)$", text[max(0, m.start() - 3):m.start()]):
        return None  # a title: "This Week With David Brinkley"
    if rel in ("the following", "the previous", "the next") and unit in ("day", "week", "month", "year"):
        n = -1 if rel == "the previous" else 1
        return _cand(m, type="DATE", rule=f"offset:{n}:{unit}", anaphoric=f"gran:{unit}|shift:{n}:{unit}", ref_kind="any", ref_gran=unit)
    mods: list[str] = []
    mod = None
    if pre in ("earlier", "later"):
        mods.append("upto" if pre == "earlier" else "from")
    elif pre:
        pm, mod = _part_mods(m["pre"])
        mods.extend(pm)
    suffix = "".join("|" + x for x in mods)
    if unit in lx.SEASONS:
        code = lx.SEASONS[unit]
        if rel in ("the past", "the last", "the current", "the next", "the coming", "the following", "current", "past", "coming"):
            return None
        d = _DIR_OF_REL.get(rel, "near")
        if rel == "this" and code != "WI":
            d = "y+0"  # "this spring" is this year's, as "this May" is (TimeBank: "began trading this summer" in November)
        return _cand(m, type="DATE", rule=f"season:{code}:{d}{suffix}", mod=mod)
    if unit == "weekend":
        if rel == "this" and not mods:
            # "said this weekend" in a Monday story is the weekend just gone, "will march this
            # weekend" the coming one: the verb's tense decides (no verb: the coming one)
            return _cand(m, type="DATE", rule="weekend:{dir}", mod=mod, family="weekend")
        d = {"last": "prev", "this past": "prev", "past": "prev", "the past": "prev",
             "the last": "prev", "previous": "prev", "the previous": "prev", "next": "next",
             "the next": "next", "the following": "next"}.get(rel, "future")
        return _cand(m, type="DATE", rule=f"weekend:{d}{suffix}", mod=mod)
    shift = _REL_SHIFT.get(rel)
    if shift is None:
        return None
    return _cand(m, type="DATE", rule=f"offset:{shift}:{unit}{suffix}", mod=mod)


@pattern(rf"(?i:\b(?P<pre>{PRE_PART})?(?P<rel>this|last|next)\s+year['’]s\b)(?!\s+(?:{ORD_QUARTER}|fiscal))")
def year_possessive(m: re.Match, text: str) -> Candidate | None:
    shift = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return Candidate(m.start(), m.end() - 2, "DATE", rule=f"offset:{shift}:year")


@pattern(r"(?i:\b(?P<pre>earlier|later)\s+(?:in\s+)?the\s+(?P<unit>week|month|year)\b)")
def earlier_in_the(m: re.Match, text: str) -> Candidate | None:
    unit = m["unit"].lower()
    mod = "upto" if m["pre"].lower() == "earlier" else "from"
    return _cand(m, type="DATE", rule=f"offset:0:{unit}|{mod}")


# --- seasons
@pattern(rf"(?i:\b(?:(?P<det>the|this|last|next|this\s+past|this\s+coming)\s+)?(?:(?P<pre>early|mid|late)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)\b)(?:(?:\s+of)?\s+(?P<y>{YEAR}){YEAR_END}|\s+of\s+(?P<sy>{SPELLED_YEAR}))?")
def season(m: re.Match, text: str) -> Candidate | None:
    s = m["s"].lower()
    code = lx.SEASONS[s]
    if m["s"][0].isupper() and not m["y"] and not m["sy"] and re.match(r"[ \t]+[A-Z][a-z]", text[m.end():m.end() + 3]) \
            and not re.match(r"[ \t]+(?:Of|In)\b", text[m.end():m.end() + 4]):
        return None  # "Spring Hill, Florida", "the Summer Olympics", "Fall River": a name
    mods, mod = _part_mods(m["pre"])
    y = int(m["y"]) if m["y"] else (_year_of(m["sy"]) if m["sy"] else None)
    if m["sy"] and y is None:
        return None
    if y is not None:
        return _cand(m, type="DATE", value=f"{y:04d}-{code}", mods=mods, mod=mod)
    if s == "fall" and re.match(r"\s+of\s+(?!(?:this|last|next|that|the\s+same)\s+year\b)", text[m.end():m.end() + 30]):
        return None  # "the fall of the Berlin Wall", "The Fall of Rome": the noun, not autumn
    det = (m["det"] or "").lower()
    if s == "fall" and det == "the" and not m["pre"] and re.match(r"\s+(?:in|from|to|below|off)\s", text[m.end():m.end() + 8]) \
            and not re.search(r"(?i:\b(?:in|for|during|by|since|until|till|through|throughout|over|before|after|into|of)\s+$)",
                              text[max(0, m.start() - 12):m.start()]):
        return None  # "the fall in oil prices", "the fall from grace": a drop, unless a time word leads in
    if not det:
        before = text[max(0, m.start() - 12):m.start()]
        if s in ("fall", "spring") and not re.search(r"(?i:\b(?:in|this|last|next|since|until|by|during|through)\s+$)", before):
            return None
        if not re.search(r"(?i:\b(?:in|since|until|by|during|through|over|this|last|next|early|late)\s+$)", before) and not m["pre"]:
            return None
    if det in ("", "the"):
        rule = f"season:{code}:{{dir}}"
        return _cand(m, type="DATE", rule=rule + "".join("|" + x for x in mods), family="month", mod=mod)
    return None  # "this/last/next summer" is handled by relative_unit


# --- weekdays
#: names of papers and programmes that hold a weekday ("Fox News Sunday", "The Sunday Times",
#: "Mail on Sunday", "Sunday Morning Futures"); "told Fox News Tuesday" is a date
_MEDIA_BEFORE = re.compile(r"\bMail\s+on\s+$")
_MEDIA_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Independent|Morning\s+Futures|Night\s+Live)\b")


@pattern(rf"\b(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|coming|past|early|late|earlier|later|mid))\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?\b(?:\s+(?P<tod>(?i:morning|afternoon|evening|night|overnight))(?P<todpl>s(?!\w))?)?(?!-?\w)(?!['’](?!s\b)\w)")
def weekday(m: re.Match, text: str) -> Candidate | None:
    wd = lx.WEEKDAYS[m["wd"].lower()]
    if m["wd"][0].islower() and not m["rel"]:
        return None
    if not m["rel"] and (_MEDIA_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                         or _MEDIA_AFTER.match(text[m.end("wd"):m.end("wd") + 20])
                         or wd == 7 and re.search(r"\bFox\s+News\s+$", text[max(0, m.start() - 12):m.start()])):
        return None  # "Fox News Sunday", "The Sunday Times": a programme or paper's name
    shows = re.match(r"(?P<mod>(?:\s+(?:morning|political|talk|news|television|TV|interview))*)\s+shows(?P<poss>['’])?(?!\w)",
                     text[m.end("wd"):m.end("wd") + 50])
    if not m["rel"] and not m["pl"] and shows and (shows["mod"] or shows["poss"] or re.search(
            r"(?i:\b(?:the|different|several|all|both|two|three|four|network|weekend)\s+$)", text[max(0, m.start() - 12):m.start()])):
        # "the Sunday shows", "Sunday talk shows": the programmes aired every Sunday
        return Candidate(m.start(), m.end("wd"), "SET", value=f"XXXX-WXX-{wd}")
    tod = lx.PARTS_OF_DAY.get((m["tod"] or "").lower())
    if not m["tod"] and not m["pl"]:
        # "Monday and Tuesday nights": the plural part of day makes both a recurring set
        co = re.match(rf"\s+(?:and|or|&)\s+{WEEKDAY}\s+(?P<t>(?i:morning|afternoon|evening|night))s\b", text[m.end():m.end() + 40])
        if co and not m["rel"]:
            return _cand(m, type="SET", value=f"XXXX-WXX-{wd}T{lx.PARTS_OF_DAY[co['t'].lower()]}")
    if m["pl"] or m["todpl"]:
        v = f"XXXX-WXX-{wd}" + (f"T{tod}" if tod else "")
        return _cand(m, type="SET", value=v)
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    suffix = f"|tod:{tod}" if tod else ""
    typ = "TIME" if tod else "DATE"
    if rel in ("last", "this past", "past"):
        return _cand(m, type=typ, rule=f"weekday:{wd}:prev{suffix}")
    if rel == "next":
        return _cand(m, type=typ, rule=f"weekday:{wd}:next{suffix}")
    if rel in ("this coming", "coming"):
        return _cand(m, type=typ, rule=f"weekday:{wd}:future{suffix}")
    if rel == "earlier":
        # "filed a reply earlier Monday": earlier than the time of writing, never ahead
        return _cand(m, type=typ, rule=f"weekday:{wd}:past{suffix}")
    return Candidate(m.start(), m.end(), typ, rule=f"weekday:{wd}:{{dir}}{suffix}", family="day")


@pattern(rf"(?i:\bthe\s+(?P<rel>previous|preceding|prior|following|next)\s+)(?P<wd>{WEEKDAY})\b(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?(?![-\w])(?!['’]\w\w)")
def anaphoric_weekday(m: re.Match, text: str) -> Candidate | None:
    """'the previous Friday', 'the following Monday': the weekday before/after the day under
    discussion (the last calendar day mentioned), else before/after the publication date."""
    wd = lx.WEEKDAYS[m["wd"].lower()]
    way = "prev" if m["rel"].lower() in ("previous", "preceding", "prior") else "next"
    tod = lx.PARTS_OF_DAY.get((m["tod"] or "").lower())
    suffix = f"|tod:{tod}" if tod else ""
    return _cand(m, type="TIME" if tod else "DATE", rule=f"weekday:{wd}:{way}{suffix}",
                 anaphoric=f"wd:{way}:{wd}{suffix}", ref_kind="any", ref_gran="day")


# --- deictic words
_DEICTIC = {
    "today": ("DATE", "offset:0:day"), "yesterday": ("DATE", "offset:-1:day"),
    "tomorrow": ("DATE", "offset:1:day"), "tonight": ("TIME", "offset:0:day|tod:NI"),
    "overnight": ("TIME", "offset:-1:day|tod:NI"),
    "now": ("DATE", "ref:present"), "right now": ("DATE", "ref:present"),
    "currently": ("DATE", "ref:present"), "current": ("DATE", "ref:present"),
    "at present": ("DATE", "ref:present"), "presently": ("DATE", "ref:present"),
    "nowadays": ("DATE", "ref:present"), "these days": ("DATE", "ref:present"),
    "the present": ("DATE", "ref:present"), "at the moment": ("DATE", "ref:present"),
    "at this time": ("DATE", "ref:present"), "for now": ("DATE", "ref:present"),
    "recently": ("DATE", "ref:past"),
    "lately": ("DATE", "ref:past"),
    "the past": ("DATE", "ref:past"),
    "once": ("DATE", "ref:past"), "earlier": ("DATE", "ref:past"),
    "the future": ("DATE", "ref:future"),
        "a later date": ("DATE", "ref:future"), "as soon as possible": ("DATE", "ref:future"),
    "in the near future": ("DATE", "ref:future"), "the near future": ("DATE", "ref:future"),
    "the coming days": ("DATE", "ref:future"), "future": ("DATE", "ref:future"),
    "the near term": ("DATE", "ref:future"), "the short term": ("DATE", "ref:future"),
    "the long term": ("DATE", "ref:future"),
}
_DEICTIC_STRICT = {"once", "earlier", "future", "current", "shortly"}
#: nouns after "today's"/"tomorrow's" that name an era, not the day ("today's world")
_GENERIC_NOW = re.compile(r"\s+(?:(?:fast-changing|changing|modern|global|digital|young|younger|new)\s+)?"
                          r"(?:world|society|societies|age|era|generation|generations|youth|young|children|kids|"
                          r"teenagers|standards|terms|dollars|economy|culture|"
                          r"workforce|workplace|marketplace|technology|technologies|leaders)\b")
#: "the people of tomorrow", "the cities of tomorrow" (not "the end of tomorrow's session")
_GENERIC_OF = re.compile(r"(?i:\b(?!(?:end|start|beginning|rest|morning|afternoon|evening|night|eve|noon|"
                         r"part|half|close|opening|session|meeting|events|results|edition|issue)\s)[a-z]{3,}s?\s+of\s+$)")
#: "many of today's computers": a quantifier before "today's" makes it an era
_SOME_OF = re.compile(r"(?i:\b(?:many|most|some|all|much|none|one|few)\s+of\s+$)")
#: "Now for the weather": "Now" opening a sentence (after a stop, a line break or a quote)
_NOW_FOR = re.compile(r"\s+for\s+(?:the|a|an|our|today['’]s|some|more)\b")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]['\"”’]*\s+|\n\s*|^['\"“‘]|\s['\"“‘])$")
#: "the current account": a term, not a time
_CURRENT_TERM = re.compile(r"\s+(?:account|accounts|affairs|events|density|flow|flows|carrying)\b")
#: "the future looks bleak": the prospects, not a time (unless after a preposition: "fears
#: about the future remain")
_FUTURE_PROSPECTS = re.compile(
    r"\s+(?:(?:still|now|also)\s+)?(?:looks?|seems?|appears?|remains?|is|was|lies|hangs|holds)\s+"
    r"(?:(?:very|so|too|quite|pretty|rather|increasingly|far|less|more|much)\s+)?"
    r"(?:anything|bright|bleak|grim|dim|uncertain|unclear|promising|rosy|murky|cloudy|good|bad|"
    r"brighter|bleaker|dimmer|hopeless|secure|in\s+doubt|up\s+in\s+the\s+air)\b")
_PREP_BEFORE = re.compile(r"(?i:\b(?:in|into|for|about|of|to|toward|towards)\s+$)")


#: "overnight" meaning "suddenly": after a hedge ("seemingly overnight"), before a noun of
#: fame ("an overnight sensation"), or in a clause that denies or supposes a sudden change
#: ("won't disappear overnight", "do not mature overnight", "would turn the world upside down
#: overnight", "unless it changes overnight") when it is an adverb, not before its noun ("could
#: rise if overnight gains hold" keeps the night); a reported past stays a night ("no arrests
#: were made overnight", "did not report injuries overnight")
_OVERNIGHT_HEDGE = re.compile(r"(?i:\b(?:seemingly|virtually|almost|literally|practically|nearly|basically|"
                              r"essentially|effectively|just|not)\s+$)")
_OVERNIGHT_FAME = re.compile(r"(?i:\s+(?:sensation|success|successes|celebrity|star|stardom|hit|phenomenon)\b)")
_OVERNIGHT_UNREAL = re.compile(
    r"(?i:(?:\b(?:would|could|might|unless|if)|\b(?:wo|ca|do|does|would|could)n['’]t|"
    r"\b(?:will|do|does|can|would|could)\s+not|\bcannot)\b(?:,\s*|(?:(?![.!?;:\n,]).)*)$)")
#: what follows an adverb "overnight": a stop, a comma, a preposition, a conjunction or a new clause
_OVERNIGHT_ADVERB = re.compile(
    r"(?i:[ \t]*(?:$|[\n.,;:!?)\"”’'—–-]|(?:in|into|at|on|for|to|because|and|or|but|as|if|when|while|with|"
    r"without|from|after|before|since|until|unless|so|than|the|a|an|his|her|their|its|our|this|that)\b))")


def _overnight_means_suddenly(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 70):m.start()]
    return bool(_OVERNIGHT_HEDGE.search(before) or _OVERNIGHT_FAME.match(text, m.end())
                or _OVERNIGHT_UNREAL.search(before) and _OVERNIGHT_ADVERB.match(text, m.end()) is not None)


#: the anaphoric shift of "overnight" before its noun: the night before the day under discussion
OVERNIGHT_BEFORE = "gran:day|shift:-1:day|tod:NI"


#: a capitalised word right before, inside a sentence (not after a full stop, colon or dash)
_NAME_BEFORE = re.compile(r"(?<![.!?:;—–-]\s)(?<![.!?:;—–-])\b[A-Z]\w*(?:\.\w+)*[ \t]+$")


@pattern(rf"(?i:\b(?:(?P<pre>early|earlier|late|later|mid|just)[\s-]+)?(?P<w>{_alt(_DEICTIC)})\b)(?:(?P<poss>['’]s)|\s+(?P<tod>morning|afternoon|evening|night))?(?![-\w])")
def deictic(m: re.Match, text: str) -> Candidate | None:
    w = m["w"].lower()
    typ, rule = _DEICTIC[w]
    if w == "today" and re.search(r"(?i:\bUSA\s+$)", text[max(0, m.start() - 5):m.start()]) \
            or m["w"] in ("Today", "Tonight") and re.match(r"\s+(?:show|Show)\b", text[m.end():m.end() + 6]):
        return None  # "USA Today", "the Today show", "The Tonight Show": names
    if m["w"] in ("Today", "Tomorrow", "Now", "Tonight", "Yesterday") and not m["pre"] \
            and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
            and not re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 2]):
        return None  # "Russia Today began", "told Democracy Now.", "The World Tomorrow had": a
        # name ends in the capital word (a title-case headline capitalises the next word too)
    if m["w"] == "Overnight" and re.match(r"[ \t]+[A-Z][a-z]", text[m.end():m.end() + 3]):
        return None  # "Overnight Defense", "Overnight Energy": newsletter names
    if w == "overnight" and not m["pre"] and _overnight_means_suddenly(text, m):
        return None  # "won't happen overnight", "seemingly overnight": suddenly, not a night
    pre = (m["pre"] or "").lower()
    if w in _DEICTIC_STRICT:
        if pre:
            return None
        after = text[m.end():m.end() + 20]
        before = text[max(0, m.start() - 20):m.start()]
        if w == "once" and not re.match(r"\s+(?:was|were|had|a|an|the|been|more|again)\b", after):
            return None
        if w == "once":
            return None
        if w == "earlier" and not re.match(r"\s*(?:[.,;]|\s+(?:this|that|in|on|today|yesterday))", after):
            return None
        if w == "earlier" and re.search(r"(?i:\b(?:second|minute|hour|day|week|month|year|quarter)s?\s+$)", before):
            return None  # "a day earlier": the duration is the mention, "earlier" a signal
        if w == "future" and not re.search(r"(?i:\b(?:the|in)\s+(?:near\s+|distant\s+|foreseeable\s+)?$)", before):
            return None
    if w in ("future", "the future") and (re.search(r"(?i:\bforeseeable\s+$)", before if w in _DEICTIC_STRICT else text[max(0, m.start() - 20):m.start()])
                                          or re.match(r"\s+of\b", text[m.end():m.end() + 5])):
        return None  # "the future of our peoples" (prospects); "the foreseeable future": unannotated idiom
    if m[0] == "Now" and _NOW_FOR.match(text[m.end():m.end() + 20]) \
            and _SENTENCE_OPENS.search(text[max(0, m.start() - 4):m.start()]):
        return None  # "Now for the weather": a discourse marker opening a sentence
    if w == "current" and _CURRENT_TERM.match(text[m.end():m.end() + 20]):
        return None  # "the current account": a term, not a time
    if w == "the future" and _FUTURE_PROSPECTS.match(text[m.end():m.end() + 50]) \
            and not _PREP_BEFORE.search(text[max(0, m.start() - 10):m.start()]):
        return None  # "the future looks bleak": the prospects, not a time
    if w in ("today", "tomorrow") and (m["poss"] and _GENERIC_NOW.match(text[m.end():m.end() + 30])
                                       or _SOME_OF.search(text[max(0, m.start() - 15):m.start()]) and m["poss"]
                                       or w == "tomorrow" and not m["poss"] and _GENERIC_OF.search(text[max(0, m.start() - 30):m.start()])):
        return None  # "in today's world", "many of today's computers", "the leaders of tomorrow": an era
    if w == "current" and re.search(r"(?i:(?<!\w)then[ -]$)", text[max(0, m.start() - 6):m.start()]):
        return Candidate(m.start() - 5, m.end("w"), "DATE", rule="ref:past")  # "the then current price"
    if w in ("the past", "the future") and re.match(rf"(?i:\s+(?:\d|{lx.NUMBER_WORD_RE}\b|few\b|several\b|couple\b|many\b))", text[m.end():m.end() + 20]):
        return None  # "the past three summers": a counted span, not PAST_REF
    if m["tod"] and rule.startswith("offset"):
        tod = lx.PARTS_OF_DAY[m["tod"].lower()]
        return _cand(m, type="TIME", rule=f"{rule.split('|')[0]}|tod:{tod}")
    if m["tod"]:
        return Candidate(m.start(), m.end("w"), typ, rule=rule)
    end = m.end("w")
    if w == "overnight" and not pre and not _OVERNIGHT_ADVERB.match(text, end):
        # "London shares fell Friday, depressed by overnight losses in New York": before its
        # noun, the night before the day under discussion (tagger: only a day named close by)
        return Candidate(m.start(), end, typ, rule=rule, anaphoric=OVERNIGHT_BEFORE,
                         ref_kind="any", ref_gran="day")
    if pre in ("early", "late", "mid") and rule.startswith("offset"):
        return Candidate(m.start(), end, typ, rule=rule, mod=_TIMEX_MOD[_PART[pre]])
    start = m.start() if pre in ("early", "earlier", "late", "later", "mid") else m.start("w")
    return Candidate(start, end, typ, rule=rule)


@pattern(r"(?i:\b(?:(?P<pre>early|late|mid)[\s-]+)?this\s+(?P<tod>morning|afternoon|evening)\b)")
def this_morning(m: re.Match, text: str) -> Candidate | None:
    if m["tod"][0].isupper() and m[0][0].isupper() and not re.search(r"(?:^|[.!?\n][\"”’']?\s*)$", text[max(0, m.start() - 3):m.start()]):
        return None  # a title mid-sentence: CBS' "This Morning" (as "This Week" in relative_unit)
    tod = lx.PARTS_OF_DAY[m["tod"].lower()]
    return _cand(m, type="TIME", rule=f"offset:0:day|tod:{tod}")


@pattern(rf"(?i:\b(?:(?P<pre>early|late)\s+)?the\s+(?P<tod>morning|afternoon|evening|night)\s+of\s+)(?:(?P<wd>{WEEKDAY})(?:,?\s+|\b))?(?:(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})\b(?!\s*(?::\d|%|\d))(?:,?\s+(?P<year>{YEAR}){YEAR_END})?)?")
def tod_of_date(m: re.Match, text: str) -> Candidate | None:
    """'the morning of Oct. 27', 'the night of Monday, Sept. 10': one TIME, the day's part."""
    tod = lx.PARTS_OF_DAY[m["tod"].lower()]
    if m["mon"]:
        mon, day = _month_num(m["mon"]), _day_num(m["day"])
        if mon is None or _ymd(2000, mon, day) is None:
            return None
        if m["year"]:
            v = _ymd(int(m["year"]), mon, day)
            return _cand(m, type="TIME", value=v, mods=(f"tod:{tod}",)) if v else None
        if m["wd"]:
            return _cand(m, type="TIME", rule=f"date:{mon}:{day}:wd{lx.WEEKDAYS[m['wd'].lower()]}|tod:{tod}")
        return _cand(m, type="TIME", rule=f"date:{mon}:{day}:{{dir}}|tod:{tod}", family="month")
    if m["wd"]:
        if m["wd"][0].islower():
            return None
        return Candidate(m.start(), m.end("wd"), "TIME", rule=f"weekday:{lx.WEEKDAYS[m['wd'].lower()]}:{{dir}}|tod:{tod}",
                         family="day")
    return None


@pattern(r"(?i:\b(?:last|yesterday)\s+(?P<tod>night|evening)\b)")
def last_night(m: re.Match, text: str) -> Candidate | None:
    tod = lx.PARTS_OF_DAY[m["tod"].lower()]
    return _cand(m, type="TIME", rule=f"offset:-1:day|tod:{tod}")


@pattern(r"(?i:\b(?P<tod>mid[- ]?afternoon|early\s+morning|late\s+night|mid[- ]?morning|late\s+afternoon|early\s+afternoon|early\s+evening|late\s+evening)\s+(?P<w>yesterday|today|tomorrow)\b)")
def tod_deictic(m: re.Match, text: str) -> Candidate | None:
    tod_word = m["tod"].lower().split()[-1].replace("mid-", "").replace("mid", "")
    tod = lx.PARTS_OF_DAY.get(tod_word.strip("- "), "AF")
    off = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["w"].lower()]
    return _cand(m, type="TIME", rule=f"offset:{off}:day|tod:{tod}")


# --- clock times
_CLOCK = r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)|(?P<noon>noon|midnight)"
_TZ = r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|PT|GMT|UTC|BST|CET|local\s+time|Eastern(?:\s+time)?|Pacific(?:\s+time)?))?"
_DAYREF = rf"(?P<dwd>{WEEKDAY})|(?P<dw>(?i:today|yesterday|tomorrow|tonight))|(?P<dmon>{MONTH})\s+(?P<dday>{DAYNUM})(?:,\s*(?P<dy>{YEAR}))?"


@pattern(rf"(?i:\b(?:(?P<approx>about|around|at\s+about|shortly\s+after|shortly\s+before|just\s+after|just\s+before|approximately)\s+)?)(?:{_CLOCK}){_TZ}(?:,?\s+(?:on\s+)?(?:{_DAYREF}))?")
def clock(m: re.Match, text: str) -> Candidate | None:
    if m["noon"]:
        hh, mi = (12, 0) if m["noon"].lower() == "noon" else (24, 0)
    else:
        hh, mi = int(m["h"]), int(m["mi"] or 0)
        if hh > 12 or mi > 59:
            return None
        pm = m["ampm"].lower().startswith("p")
        if pm and hh != 12:
            hh += 12
        if not pm and hh == 12:
            hh = 0
    at = f"at:{hh:02d}:{mi:02d}"
    start = m.start()
    if m["dwd"]:
        wd = lx.WEEKDAYS[m["dwd"].lower()]
        return Candidate(start, m.end(), "TIME", rule=f"weekday:{wd}:{{dir}}|{at}", family="day")
    if m["dw"]:
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["dw"].lower()]
        return Candidate(start, m.end(), "TIME", rule=f"offset:{off}:day|{at}")
    if m["dmon"]:
        mon, day = _month_num(m["dmon"]), _day_num(m["dday"])
        if mon is None:
            return None
        if m["dy"]:
            v = _ymd(int(m["dy"]), mon, day)
            return Candidate(start, m.end(), "TIME", value=v, mods=(at,)) if v else None
        if _ymd(2000, mon, day) is None:
            return None
        return Candidate(start, m.end(), "TIME", rule=f"date:{mon}:{day}:{{dir}}|{at}", family="day")
    if m["noon"] and not m["approx"]:
        before = text[max(0, m.start() - 10):m.start()]
        if not re.search(r"(?i:\b(?:at|by|until|before|after|around|about|since)\s+$)", before):
            return None
    if _DAY_THEN_CLOCK.search(text[max(0, start - 40):start]):
        # "Friday at 3 p.m.", "Jan. 5 at noon": the clock time is on the day just named
        return Candidate(start, m.end(), "TIME", rule=f"offset:0:day|{at}", anaphoric=at,
                         ref_kind="any", ref_gran="day")
    return Candidate(start, m.end(), "TIME", rule=f"offset:0:day|{at}")


_DAY_THEN_CLOCK = re.compile(
    rf"(?:\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|day)|{MONTH}\s+{DAYNUM}(?:,\s*{YEAR})?)"
    r"(?:\s+(?i:morning|afternoon|evening|night))?,?\s+(?i:at|by|from|until|before|after|around|about)\s+$")


# --- weekday/date + part of day written as "Wednesday at 10 a.m." is two mentions; fine.


# --- durations
_DUR_Q = r"(?:the\s+|a\s+|an\s+)?(?:(?:past|last|next|first|coming|previous|following|latest|final|initial|remaining|entire|whole|full|same|preceding|ensuing|succeeding|subsequent|additional|further|another|other)\s+)?"


#: a count of a plural noun just before "a day" / "a year": "3 million jobs", "thousands of
#: new cases", "40,000 barrels of oil"
_COUNTED_PLURAL = re.compile(
    r"(?i:(?:\d|\b(?:hundreds|thousands|millions|billions|dozens|tens))[\d,.]*(?:\s+(?:of|million|billion|new|more|additional|\w+ed|[a-z]+))?"
    r"(?:\s+(?:of\s+)?[a-z-]+){0,2}?\s+[a-z]+s(?:\s+of\s+[a-z]+)?\s*$)")


@pattern(rf"(?i:\b{_DUR_Q}(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM})(?:\s+(?:more|additional|full|straight|consecutive|long))?\s+(?P<unit>{UNIT})s?(?P<half>\s+and\s+a\s+half)?\b)(?![-'’]\w)(?!\s+old\b)")
def duration(m: re.Match, text: str) -> Candidate | None:
    unit = m["unit"].lower()
    if unit == "weekend":
        return None
    raw = m["num"].lower()
    n = lx.number_value(raw)
    head = m[0].lower()
    if n is None and raw not in ("several", "a few", "few", "a couple of", "couple of", "some", "many", "a number of"):
        return None
    if n is not None and ("." in raw):
        return None
    if re.search(r"\d[.,]$", text[max(0, m.start("num") - 2):m.start("num")]):
        return None  # "1.05 years": the digits after a decimal point are not a number
    after = text[m.end():m.end() + 20]
    if raw in ("a", "an") and unit == "second" and re.match(r"[ \t]+[A-Za-z]", after) \
            and not _NOT_NOUN.match(after) and not re.match(r"\s+(?:later|earlier|ago|longer|apart|or|too|more|less)\b", after):
        return None  # "a second term", "A second helicopter": the ordinal, not 1 s (TimeBank 1 of 1)
    if unit == "quarter" and n == 1 and re.match(r"\s+of\b", after) \
            and not re.match(r"\s+of\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:fiscal\s+|calendar\s+)?year\b", after):
        return None  # "more than a quarter of the market": a fraction (TimeBank 1 of 1)
    if raw in ("a", "an") and unit in ("hour", "day", "week", "month", "year", "quarter"):
        before = text[max(0, m.start() - 40):m.start()]
        # "$5 million a year", "twice a day", "10 percent a year", "3 million jobs a year",
        # "thousands of new cases a day", "60 cents an hour" -> frequency
        if (re.search(r"(?i:(?:\d|million|billion|percent|%|times|twice|once|dollars|cents|hours|miles|meals|tons|barrels|units|cars|pounds)\W*$)", before)
                or _COUNTED_PLURAL.search(before)) \
                and not re.match(r"(?i:\s+(?:earlier|later|ago|before|after|prior|back|apart|from\s+now|of)\b)", after):
            # ... but not "29% a week earlier", "on Oct. 2, 2014, a day after": a distance in
            # time, nor "a 245-182 vote that includes a year of spending": a span of something
            return _cand(m, type="SET", value=_dur_value(1, unit))
    if raw in ("couple of", "a couple of"):
        n = 2
    q = re.match(r"(?:the\s+|a\s+|an\s+)?(past|last|recent|coming|next|following)\s", head)
    if q and n is None and q.group(1) in ("past", "last", "recent"):
        return _cand(m, type="DATE", rule="ref:past")
    # "the next few days", "the coming several weeks": a TimeML duration (PXD), not
    # FUTURE_REF (TimeBank: 3 of 3; "the past few months" is PAST_REF in 2 of 3)
    start = m.start()
    if (m["approx"] or "").lower() in _LEFT_OUT and m.start("approx") == m.start():
        start = m.start("num")  # "over three years", "just a few minutes": TimeBank 8 of 9 leave it out
    elif n is not None and n > 1 and re.match(r"(?i)(?:a|an|the)\s", head) and m["num"][0].isalnum() \
            and not text[m.end("unit"):m.end("unit") + 1].lower() == "s":
        start = m.start("num")  # "a five-year plan", "a two day visit": the article is the noun's (16 of 17)
    if m["half"] and n is not None:
        return Candidate(start, m.end(), "DURATION", value=_dur_value(n, unit, half=True))
    return Candidate(start, m.end(), "DURATION", value=_dur_value(n, unit))


@pattern(rf"(?i:(?<![\d.,$])\b(?:(?P<approx>{APPROX})\s+)?(?P<n>\d+|{lx.NUMBER_WORD_RE})(?:\s+1/2|\.5|\s+and\s+a\s+half|-and-a-half)[\s-](?P<unit>year|day|hour|minute)s?\b)(?![-'’]\w)(?!\s+(?:old|ago|earlier|later|from\s+now)\b)")
def and_a_half(m: re.Match, text: str) -> Candidate | None:
    """'2 1/2 years', 'two and a half years', '2.5 hours': P2Y6M, PT2H30M (TimeBank writes
    the half in the next unit: P2Y6M, PT1M30S)."""
    n = lx.number_value(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    value = {"year": f"P{n}Y6M", "day": f"P{n}DT12H", "hour": f"PT{n}H30M", "minute": f"PT{n}M30S"}[unit]
    start = m.start("n") if (m["approx"] or "").lower() in _LEFT_OUT else m.start()
    return Candidate(start, m.end(), "DURATION", value=value)


#: "half a century" = 50 years, "a quarter of an hour" = 15 minutes: (count, smaller unit)
_FRACTIONS = {("half", "century"): (50, "year"), ("half", "decade"): (5, "year"),
              ("half", "year"): (6, "month"), ("half", "day"): (12, "hour"),
              ("half", "hour"): (30, "minute"), ("quarter", "century"): (25, "year"),
              ("quarter", "year"): (3, "month"), ("quarter", "hour"): (15, "minute")}


@pattern(rf"(?i:\b(?:(?P<approx>{APPROX})\s+)?(?P<frac>half(?:\s+an?\s+|-)|an?\s+half[\s-]|an?\s+quarter(?:\s+of\s+an?\s+|[\s-])|one\s+quarter\s+of\s+an?\s+|the\s+(?:past|last|next|previous|first)\s+quarter[\s-](?=century))(?P<unit>century|decade|year|day|hour)(?:\s+(?P<dir>ago|later|from\s+now))?\b)(?![-'’]\w)")
def fraction_unit(m: re.Match, text: str) -> Candidate | None:
    """'half a century ago', 'a quarter-century', 'half an hour': the span in the next smaller
    unit (TIMEX3 values are whole numbers: P50Y, PT30M), not 'a century' with 'half' left out."""
    if re.search(r"(?i:\band[- ]an?[- ]$)", text[max(0, m.start() - 7):m.start()]):
        return None  # "a seven-and-a-half-year sentence": part of a larger number
    frac = "half" if "half" in m["frac"].lower() else "quarter"
    got = _FRACTIONS.get((frac, m["unit"].lower()))
    if got is None:
        return None
    n, unit = got
    start = m.start()
    if (m["approx"] or "").lower() in _LEFT_OUT:
        start = m.start("frac")
    d = (m["dir"] or "").lower()
    if d in ("ago", "from now"):
        sign = -1 if d == "ago" else 1
        if unit in ("hour", "minute"):
            return Candidate(start, m.end(), "DATE", rule="ref:past" if sign < 0 else "ref:future")
        return Candidate(start, m.end(), "DATE", rule=f"offset:{sign * n}:{unit}",
                         mod="APPROX" if m["approx"] else None)
    end = m.start("dir") - 1 if d else m.end()
    end = len(text[:end].rstrip())
    return Candidate(start, end, "DURATION", value=_dur_value(n, unit))


def _dur_value(n: int | None, unit: str, half: bool = False) -> str:
    unit = unit.replace("centurie", "century")
    code = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
            "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
            "century": "CE"}[unit]
    if n is not None and unit == "fortnight":
        n *= 2
    t = "T" if unit in lx.TIME_UNITS else ""
    if n is None:
        return f"P{t}X{code}"
    if half:
        if unit == "year":
            return f"P{n * 12 + 6}M"
        if unit == "day":
            return f"PT{n * 24 + 12}H"
        if unit == "hour":
            return f"PT{n * 60 + 30}M"
        if unit == "minute":
            return f"PT{n}M30S"
    return f"P{t}{n}{code}"


@pattern(rf"(?i:(?<![\d.,$])\b(?P<num>\d+|{lx.NUMBER_WORD_RE}|half)[- ](?P<unit>second|minute|hour|day|week|month|year|decade|century)(?:s)?(?P<tail>-?\s*(?:old|long))?\b)(?![-'’]\w|\s+(?:old|ago|earlier|later|before|after)\b)")
def duration_adj(m: re.Match, text: str) -> Candidate | None:
    if m["tail"] and "old" in m["tail"].lower():
        return None
    if m["num"].lower() == "half":
        return None
    if re.search(r"\d[.,]$", text[max(0, m.start() - 2):m.start()]):
        return None  # "1.05 years"
    n = lx.number_value(m["num"])
    if n is None:
        return None
    return _cand(m, type="DURATION", value=_dur_value(n, m["unit"].lower()))


@pattern(r"(?i:\b(?:(?P<pre>recent|coming|past|many|several|those|these)\s+)?(?P<unit>days|weeks|months|years|decades|centuries|hours|minutes|(?<=coming\s)quarters|(?<=future\s)quarters)\b)(?!\s+(?:ago|earlier|later|old)\b)")
def vague_plural(m: re.Match, text: str) -> Candidate | None:
    before = text[max(0, m.start() - 12):m.start()]
    pre = (m["pre"] or "").lower()
    if not pre and not re.search(r"(?i:\b(?:for|in|over|within|after)\s+$)", before):
        return None
    if pre in ("those", "these"):
        return None
    unit = m["unit"].lower().rstrip("s").replace("centurie", "century")
    if pre == "coming":
        return _cand(m, type="DATE", rule="ref:future")
    if pre == "recent" or pre == "past":
        return _cand(m, type="DATE", rule="ref:past")
    return _cand(m, type="DURATION", value=_dur_value(None, unit))


# --- sets
_SET_UNITS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
              "semiannually": "P6M", "bimonthly": "P2M"}
_NOT_NOUN = re.compile(
    r"\s+(?:and|or|but|nor|since|through|until|till|to|in|on|at|for|by|with|from|as|than|during|"
    r"over|after|before|while|when|if|because|so|the|a|an|this|that|these|those|his|her|its|"
    r"their|our|is|are|was|were|will|would|has|have|had)\b")


@pattern(rf"(?i:\b(?P<w>{_alt(_SET_UNITS)})\b)")
def set_adverb(m: re.Match, text: str) -> Candidate | None:
    """'met weekly' is a SET; but a frequency word that classifies a noun ("quarterly
    dividend", "daily volume") or gives a rate ("rose 20% annually", "10,000 units annually")
    is not a time: TimeBank leaves those untagged (16 of 20)."""
    after = text[m.end():m.end() + 20]
    if re.match(r"[ \t]+[A-Za-z]", after) and not _NOT_NOUN.match(after):
        return None  # prenominal adjective, also in a name ("Sign up for Daily Newsletters")
    if re.search(r"(?i:(?:\d|%|million|billion|percent|units|shares|cents|dollars)\W*$)", text[max(0, m.start() - 25):m.start()]):
        return None  # a rate
    if m["w"][0].isupper() and re.search(r"\b[A-Z][\w.&'’-]*\s+$", text[max(0, m.start() - 30):m.start()]):
        return None  # the end of a title-case name: "China Daily", "The Weekly"
    return _cand(m, type="SET", value=_SET_UNITS[m["w"].lower()])


@pattern(rf"(?i:\b(?:every|each|per)\s+(?:other\s+)?(?:(?P<unit>second|minute|hour|day|week|month|quarter|year|decade|morning|night|evening|afternoon|weekend)|(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)|(?P<season>spring|summer|fall|autumn|winter))\b)")
def set_every(m: re.Match, text: str) -> Candidate | None:
    other = "other" in m[0].lower()
    if m["wd"]:
        return _cand(m, type="SET", value=f"XXXX-WXX-{lx.WEEKDAYS[m['wd'].lower()]}")
    if m["mon"]:
        return _cand(m, type="SET", value=f"XXXX-{lx.MONTHS[m['mon'].lower()]:02d}")
    if m["season"]:
        return _cand(m, type="SET", value=f"XXXX-{lx.SEASONS[m['season'].lower()]}")
    unit = m["unit"].lower()
    if unit in ("morning", "night", "evening", "afternoon"):
        return _cand(m, type="SET", value=f"XXXX-XX-XXT{lx.PARTS_OF_DAY[unit]}")
    if unit == "weekend":
        return _cand(m, type="SET", value="XXXX-WXX-WE")
    return _cand(m, type="SET", value=_dur_value(2 if other else 1, unit))


@pattern(rf"(?i:\bevery\s+(?P<num>\d+|{lx.NUMBER_WORD_RE}|few|couple\s+of|several)\s+(?P<unit>second|minute|hour|day|week|month|quarter|year|decade|centurie|century)s\b)")
def set_every_n(m: re.Match, text: str) -> Candidate | None:
    """'every two years', 'every 10 minutes', 'every few months': a SET whose value is the
    period (TimeML: value P2Y), not a duration."""
    w = m["num"].lower()
    if w in ("few", "several"):
        n = None
    elif w.startswith("couple"):
        n = 2
    else:
        n = lx.number_value(w)
        if not n:
            return None
    return _cand(m, type="SET", value=_dur_value(n, m["unit"].lower()))


# --- bare month names (last: least reliable)
_MONTH_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|by|until|till|through|thru|during|before|after|from|to|of|last|next|"
    r"this|early|late|mid|between|and|or|since|each|every|around|until|the\s+end\s+of|"
    r"beginning\s+of|start\s+of|starting|ending|as\s+of|effective|for)\s*-?\s*$)")


@pattern(rf"(?<![\w.-])(?:(?P<pre>{PRE_PART}))?(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|coming))\s+)?(?P<mon>{MONTH_NAMES}|Sept\.|Sept\b)(?![-\w])(?!['’](?!s\b))(?!\s+\d)")
def bare_month(m: re.Match, text: str) -> Candidate | None:
    mon = _month_num(m["mon"])
    word = m["mon"]
    if word[0].islower():
        return None
    before = text[max(0, m.start() - 25):m.start()]
    if word in ("May", "March", "MAY", "MARCH") and not (m["pre"] or m["rel"]):
        if not _MONTH_CONTEXT.search(before):
            return None
        if word in ("May", "MAY") and re.match(r"\s+(?:be|have|not|also|seek|need|want|face|take|make|get|lose|well)\b", text[m.end():m.end() + 10]):
            return None
        if word == "March" and re.match(rf"\s+(?:on|for|against)\s+(?:the\s+)?(?!{WEEKDAY}\b|{MONTH_NAMES}\b)[A-Z]", text[m.end():m.end() + 40]):
            return None  # "the March on Washington", "March for Life": an event's name
    elif not (m["pre"] or m["rel"]):
        # "August Wilson", "April Ryan": a capitalised word after the month reads as a name
        if re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]) and not _MONTH_CONTEXT.search(before):
            return None
    mods, mod = _part_mods(m["pre"])
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    suffix = "".join("|" + x for x in mods)
    if rel:
        d = "y+0" if rel == "this" else "last" if rel == "last" else _DIR_OF_REL.get(rel, "near")
        return _cand(m, type="DATE", rule=f"month:{mon}:{d}{suffix}", mod=mod)
    return _cand(m, type="DATE", rule=f"month:{mon}:{{dir}}{suffix}", family="month", mod=mod)


@pattern(rf"(?i:\b(?:the\s+(?:year\s+)?)?(?P<y>{SPELLED_YEAR})\b)")
def spelled_year(m: re.Match, text: str) -> Candidate | None:
    y = lx.spelled_year(m["y"])
    if y is None or not 1800 <= y <= 2099:
        return None
    if not m["y"].lower().startswith(("nineteen", "two thousand")) and not re.match(r"(?i)the\s", m[0]):
        return None
    if not re.match(r"(?i)the\s+year", m[0]) and re.match(
            r"\s+(?!(?:was|has|does|his|this|its|is|as|us|plus|versus)\b)[a-z]{2,}s\b", text[m.end():m.end() + 20]):
        return None  # "two thousand years", "nineteen fifty dollars": a number
    if m[0].lower().startswith("the ") and not m[0].lower().startswith("the year") and not m["y"].lower().startswith("two thousand"):
        return Candidate(m.start("y"), m.end(), "DATE", value=f"{y:04d}")
    return _cand(m, type="DATE", value=f"{y:04d}")


#: words without which a pattern cannot match (lower case): the pattern is skipped when the
#: text holds none of them, which keeps whole-document tagging fast as the grammar grows
#: the first word of every moving holiday's name (moving_holiday's keywords)
_MOVING_WORDS = ("thanksgiving", "labor", "memorial", "martin", "mlk", "president",
                 "washington", "columbus", "mother", "father", "election", "good", "easter", "super")

_NEEDS: dict[str, tuple[str, ...]] = {
    "century": ("centur",), "decade": ("0s", "0's", "0’s"), "decade_words": ("ties",),
    "quarter": ("quarter", "half", "period"), "first_months": ("month", "quarter"),
    "quarter_coordinated": ("quarter", "half"),
    "the_quarter": ("quarter", "period"), "year_ago_adj": ("ago", "earlier"),
    "ago": ("ago", "earlier", "later", "now", "hence", "before", "after", "back"),
    "year_possessive": ("year",), "earlier_in_the": ("earlier", "later"),
    "season": ("spring", "summer", "fall", "autumn", "winter"), "weekday": ("day",),
    "this_morning": ("this",), "last_night": ("night", "evening"),
    "tod_deictic": ("yesterday", "today", "tomorrow"),
    "clock": ("am", "pm", "a.", "p.", "noon", "midnight"), "fiscal_short": ("fy", "fiscal"),
    "vague_plural": ("days", "weeks", "months", "years", "decades", "centuries", "hours",
                     "minutes", "quarters"),
    "set_adverb": ("ly",), "set_every": ("every", "each", "per"), "iso_date": ("-",), "slash_date": ("/",),
    "spelled_year": ("nineteen", "twenty", "eighteen", "two thousand"),
    "the_weekend": ("weekend",), "mid_part_of_day": ("mid",),
    "anaphoric_day": ("day", "morning", "afternoon", "evening", "night"),
    "month_rel_year": ("year",), "month_of_story_year": ("year",), "year_end": ("end",), "the_year": ("year", "month", "week", "decade"),
    "modal_one_day": ("day",), "soon": ("soon",), "for_the_year": ("year",),
    "period_last_year": ("year",), "nth_day": ("day",), "year_ended": ("year",),
    "latest_year": ("year",), "elliptic_last": ("last",), "the_next_day": ("day",),
    "holiday": ("christmas", "year", "halloween", "valentine", "veterans", "july"),
    "fraction_unit": ("half", "quarter"),
    "anaphoric_weekday": ("previous", "preceding", "prior", "following", "next"),
    "and_a_half": ("1/2", ".5", "half"),
    "tod_of_date": (" of ",),
    "half_of_period": ("half",),
    "week_of_month": ("week",), "week_of_date": ("week",), "day_before_yesterday": ("day",),
    "set_every_n": ("every",),
    "moving_holiday": _MOVING_WORDS,
}


def candidates(text: str, windowed: bool = True) -> list[Candidate]:
    """Every match of every pattern (overlaps allowed; the tagger picks among them).

    `windowed=False` scans every pattern over the whole text, skipping no pattern: the
    reference the keyword windows and the word pre-filter must equal (tested)."""
    out: list[Candidate] = []
    low = text.lower()
    setup = _SCAN.get("setup") or _SCAN.setdefault("setup", _scan_setup())
    hits = None
    runs: dict = {}
    windows: dict = {}
    n = len(text)
    for rx, build, name, keys, reach in setup["plan"]:
        needs = _NEEDS.get(name)
        if windowed and needs and not any(w in low for w in needs):
            continue
        if reach is None or not windowed:
            matches = rx.finditer(text)
        else:
            if hits is None:
                hits = _keyword_hits(text, setup)
            reach_n = reach[""]
            for cls, k in reach.items():
                if cls:
                    if cls not in runs:
                        runs[cls] = max(map(len, _RUN_RX[cls].findall(text)), default=0)
                    reach_n += k * runs[cls]
            wkey = (keys, reach_n)
            wins = windows.get(wkey)
            if wins is None:
                wins = windows[wkey] = _windows(hits, keys, reach_n)
            matches = _scan(rx, text, wins, reach_n, n)
        for m in matches:
            if m.end() == m.start():
                continue
            c = build(m, text)
            if c is not None and c.end > c.start:
                out.append(c)
    return out


def _keyword_hits(text: str, setup: dict) -> list[tuple[int, int, frozenset]]:
    """(first, last possible start of a keyword occurrence, keywords there), in text order."""
    prefixes = setup["prefixes"]
    digit = frozenset(("digit",))
    out = []
    for m in setup["kw"].finditer(text):
        w = m.group("w")
        if w is None:
            out.append((m.start(), m.end() - 1, digit))
        else:
            p = m.start()
            low = w.lower()
            ks = prefixes.get(low)
            out.append((p, p, ks if ks is not None and len(low) == len(w) else setup["all_words"]))
    return out


def _windows(hits, keys: frozenset, reach: int) -> list[tuple[int, int]]:
    """Merged ranges [lo, hi] of the start positions a match may have."""
    out: list[list[int]] = []
    for a, b, ks in hits:
        if keys.isdisjoint(ks):
            continue
        lo = a - reach
        if out and lo <= out[-1][1] + 1:
            if b > out[-1][1]:
                out[-1][1] = b
        else:
            out.append([lo, b])
    return out


def _scan(rx: re.Pattern, text: str, wins, reach: int, n: int):
    """rx.finditer(text) for a pattern whose matches all start inside ``wins``."""
    pos = 0
    for lo, hi in wins:
        if hi < pos:
            continue
        p = lo if lo > pos else pos
        end = hi + reach + 2
        if end > n:
            end = n
        while True:
            m = rx.search(text, p, end)
            if m is None or m.start() > hi:
                break
            yield m
            p = m.end()
        pos = p


@pattern(r"(?i:\bthe\s+weekend\b)")
def the_weekend(m: re.Match, text: str) -> Candidate | None:
    return _cand(m, type="DATE", rule="weekend:{dir}", family="day")


@pattern(r"(?i:\b(?:mid[- ]?afternoon|mid[- ]?morning)\b)(?!\s+(?:yesterday|today|tomorrow)\b)")
def mid_part_of_day(m: re.Match, text: str) -> Candidate | None:
    tod = "AF" if "afternoon" in m[0].lower() else "MO"
    return _cand(m, type="TIME", rule=f"offset:0:day|tod:{tod}")


#: a relative clause with no "that" after "the night": its subject starts right away
_EVENT_CLAUSE = re.compile(
    rf"\s+(?:(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|our|my)\b|(?!{WEEKDAY}\b|{MONTH_NAMES}\b|Of\b)[A-Z][a-z]+\b)")


@pattern(r"(?i:\b(?:(?:later|earlier)\s+(?:in\s+)?the\s+(?P<day>day)|(?:the|that)\s+(?P<tod>morning|afternoon|evening|night)|(?:the\s+same|that)\s+(?P<day2>day))\b)")
def anaphoric_day(m: re.Match, text: str) -> Candidate | None:
    """'in the morning', 'later in the day': the day under discussion, else the anchor day."""
    if m["tod"]:
        if m["tod"][0].isupper() and m[0][0].islower():
            return None  # a name mid-sentence: "the Morning Consult poll", "the Evening Standard"
        if m[0][:3].lower() == "the" and _EVENT_CLAUSE.match(text, m.end()):
            return None  # "the night he died", "the morning the Patriots won": an event's time
            # the anchor cannot give (TimeBank leaves "the night the TWA Flight ... went down")
        tod = lx.PARTS_OF_DAY[m["tod"].lower()]
        return _cand(m, type="TIME", rule=f"offset:0:day|tod:{tod}", anaphoric=f"gran:day|tod:{tod}", ref_kind="any", ref_gran="day")
    return _cand(m, type="DATE", rule=None, anaphoric="gran:day", ref_kind="any", ref_gran="day")


@pattern(rf"\b(?P<mon>{MONTH_NAMES})(?:\s+of)?\s+(?P<rel>(?i:last|this|next))\s+year\b")
def month_rel_year(m: re.Match, text: str) -> Candidate | None:
    shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return _cand(m, type="DATE", rule=f"month:{_month_num(m['mon'])}:y{shift:+d}")


#: "(in) March of that year", "September the following year": the year of the date under
#: discussion, moved by the relative word
_STORY_YEAR_SHIFT = {"that": 0, "the same": 0, "the following": 1, "the next": 1,
                     "the previous": -1, "the prior": -1, "the preceding": -1}
_STORY_YEAR_REL = "|".join(k.replace(" ", r"\s+") for k in _STORY_YEAR_SHIFT)


@pattern(rf"\b(?P<mon>{MONTH_NAMES}|{MONTH_ABBR}|Sept\b)(?:\s+(?P<day>{DAYNUM})\b,?)?(?:\s+of)?\s+(?P<rel>(?i:{_STORY_YEAR_REL}))\s+(?i:year)\b(?![-'’]\w)")
def month_of_story_year(m: re.Match, text: str) -> Candidate | None:
    """'in March of that year', 'in May the following year': one date in the year of the
    date under discussion (not this March, with "that year" pointing back to it)."""
    mon = _month_num(m["mon"])
    shift = _STORY_YEAR_SHIFT[re.sub(r"\s+", " ", m["rel"].lower())]
    if m["day"]:
        day = _day_num(m["day"])
        if _ymd(2001, mon, day) is None:
            return None  # no Feb. 29: the story year may not have one
        at, fallback, family = f"{mon}:{day}", f"date:{mon}:{day}:{{dir}}", "day"
    else:
        at, fallback, family = f"{mon}", f"month:{mon}:{{dir}}", "month"
    return _cand(m, type="DATE", rule=fallback, family=family, ref_kind="any", ref_gran="year",
                 anaphoric=f"gran:year|shift:{shift}:year|setmonth:{at}")


@pattern(r"(?i:\b(?:(?:around|by|at|before|until|after|since)\s+)?(?:the\s+)?(?P<this>this\s+)?year(?:[- ]|['’]s\s+)end\b)")
def year_end(m: re.Match, text: str) -> Candidate | None:
    start = m.start()
    lead = re.match(r"(?i)(?:around|by|at|before|until|after|since)\s+", m[0])
    if lead and not m[0].lower().startswith("around"):
        start += lead.end()
    if lead and lead[0].lower().startswith("since") and not m["this"]:
        # "since year-end": "since" needs a time gone by, so the end of last year
        return Candidate(start, m.end(), "DATE", rule="offset:-1:year|part:late", mod="END")
    return Candidate(start, m.end(), "DATE", rule="offset:0:year|part:late", mod="END")


@pattern(rf"(?i:\b(?P<pre>{PRE_PART})?the\s+(?P<q>full\s+|fiscal\s+|current\s+fiscal\s+|current\s+|calendar\s+)?(?P<unit>year|month|week|decade)\b)(?!['’-])")
def the_year(m: re.Match, text: str) -> Candidate | None:
    if not (m["pre"] or m["q"]):
        return None
    if m["unit"].lower() in ("week", "decade") and not m["pre"]:
        return None  # "the current week" is relative_unit's; "the fiscal week" is not a date
    if m["unit"].lower() == "year" and not m["pre"] and re.match(r"\s+(?:that\s+|which\s+)?end(?:ed|ing|s)\b", text[m.end():m.end() + 20]):
        return None  # "the fiscal year ended Jan. 31": a duration (year_ended)
    mods, mod = _part_mods(m["pre"])
    n = 0
    if mods == ("part:late",) and not m["q"] and re.search(r"(?i:\bsince\s+$)", text[max(0, m.start() - 8):m.start()]):
        n = -1  # "since the end of the year": "since" needs a time gone by (also for a month)
    return _cand(m, type="DATE", rule=f"offset:{n}:{m['unit'].lower()}" + "".join("|" + x for x in mods), mod=mod)


@pattern(r"(?i:\bat\s+(?P<w>this\s+(?:[a-z]+\s+)?moment)\b)(?!\s+(?:of|when|in)\b)")
def this_moment(m: re.Match, text: str) -> Candidate | None:
    """'would be traveling at this crucial moment': the present, as "at the moment" is (but
    "at this moment of crisis", "at this moment in history" name the moment by something else)."""
    return _cand(m, "w", type="DATE", rule="ref:present")


@pattern(r"(?i:\b(?:until|till|by|before)\s+(?P<w>then)\b)(?![-'’])")
def then_anaphor(m: re.Match, text: str) -> Candidate | None:
    """'The rights terminate on Nov. 30. Until then, the stock remains convertible': "then"
    after a bound is the date just named (tagger: only one named close before it)."""
    return _cand(m, "w", type="DATE", rule=None, ref_kind="any")


@pattern(rf"(?i:\b(?:the|that)\s+(?:(?P<y>{YEAR})\s+)?(?P<u>quarter|period|year|month|week)\b)(?!-)")
def that_period(m: re.Match, text: str) -> Candidate | None:
    u = m["u"].lower()
    if m["y"]:
        if u not in ("quarter", "period"):
            return None
        y = int(m["y"])
        return _cand(m, type="DATE", value=f"{y:04d}", anaphoric=f"setyear:{y}", ref_kind="quarter")
    if not m[0].lower().startswith("that"):
        return None
    if u == "period":
        return None
    if u == "quarter":
        return _cand(m, type="DATE", rule=None, ref_kind="quarter")
    return _cand(m, type="DATE", rule=None, anaphoric=f"gran:{u}", ref_kind="any", ref_gran=u)


@pattern(r"(?i:\b(?:will|would|could|may|might|can|should|must|'ll)\s+(?:(?:also|still|even|not)\s+)?(?P<w>one\s+day|someday|some\s+day)\b)")
def modal_one_day(m: re.Match, text: str) -> Candidate | None:
    """'will one day be': an indefinite future time (FUTURE_REF), not the duration P1D."""
    return _cand(m, "w", type="DATE", rule="ref:future")


@pattern(r"(?i:(?<!\bas\s)\b(?P<w>soon)\b)(?!\s+(?:after|afterwards?|before|as|thereafter|enough|to\s+be)\b)(?![-\w])")
def soon(m: re.Match, text: str) -> Candidate | None:
    """'may soon seek', 'it soon will begin': TimeML FUTURE_REF (not 'soon after', 'as soon as')."""
    if re.search(r"(?i:\b(?:too|how|so|very|as)\s+$)", text[max(0, m.start() - 6):m.start()]):
        return None
    return _cand(m, "w", type="DATE", rule="ref:future")


@pattern(r"(?i:\b(?:for|of|through|throughout|during)\s+(?P<w>the\s+(?:(?:full|whole|entire)\s+)?year)\b)(?![-'’]|\s+(?:ended|ending|earlier|ago|before|after|to\s+date|in|that|when)\b|\s+\d)")
def for_the_year(m: re.Match, text: str) -> Candidate | None:
    """'for the year', 'the first nine months of the year': the year under discussion."""
    if m[0][:2] == "of" and re.fullmatch(r"the\s+Year", m["w"]) and re.search(r"\b[A-Z][a-z]+\s+$", text[max(0, m.start() - 20):m.start()]):
        return None  # a title: "Person of the Year", "Coach of the Year"
    return _cand(m, "w", type="DATE", rule="offset:0:year", anaphoric="gran:year", ref_kind="any",
                 ref_gran="year")


@pattern(r"(?i:\b(?:(?:the\s+)?(?:same|corresponding|comparable|like)\s+(?P<u1>quarter|period)\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year(?:\s+(?:ago|earlier|before))?|last\s+year['’]s\s+(?:(?:same|corresponding|comparable)\s+)?(?P<u2>quarter|period)|(?:the|that)\s+(?P<u3>quarter|period)\s+(?:a|one)\s+year\s+(?:ago|earlier|before))\b)")
def period_last_year(m: re.Match, text: str) -> Candidate | None:
    """'the corresponding period last year', "last year's quarter": the quarter under
    discussion one year earlier (falls back to the previous year)."""
    return _cand(m, type="DATE", rule="offset:-1:year", anaphoric="shift:-1:year", ref_kind="quarter")


@pattern(rf"(?i:\b(?:today|it|this|tuesday|monday|wednesday|thursday|friday|saturday|sunday)\s*(?:is|['’]s|marks|marked|was)\s+(?P<w>the\s+(?:{ORD_DAY}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day)\b)")
def nth_day(m: re.Match, text: str) -> Candidate | None:
    """'Today is the eighth day of the strike': the running count names the day itself."""
    if m[0].lower().startswith(("today", "it", "this")) and re.search(r"(?i)\bwas\s", m[0]):
        return None  # "it was the second day": some earlier day, not placeable
    if not m[0].lower().startswith(("today", "it", "this")):
        wd = lx.WEEKDAYS[re.match(r"\w+", m[0])[0].lower()]
        return _cand(m, "w", type="DATE", rule=f"weekday:{wd}:{{dir}}", family="day")
    return _cand(m, "w", type="DATE", rule="offset:0:day")


@pattern(r"(?i:\bthe\s+(?:(?:fiscal|full|financial|calendar)\s+)?year)(?=\s+(?:that\s+|which\s+)?end(?:ed|ing|s)\b)")
def year_ended(m: re.Match, text: str) -> Candidate | None:
    """'for the year ended June 30': TimeML tags the twelve-month span as the duration P1Y
    (TimeBank: 7 of 8), the end date as its own DATE."""
    return _cand(m, type="DURATION", value="P1Y")


@pattern(r"(?i:\bthe\s+(?:latest|most\s+recent)\s+(?:(?:fiscal|full|calendar)\s+)?year\b)(?!['’-])(?!\s+(?:that\s+|which\s+)?end(?:ed|ing|s)\b)")
def latest_year(m: re.Match, text: str) -> Candidate | None:
    """'sales in the latest fiscal year': the last completed year, as 'the latest quarter'."""
    return _cand(m, type="DATE", rule="offset:-1:year")


@pattern(r"(?i:\bthis\s+(?P<unit>year|month|week|quarter)\s+(?:than|as|and|or|compared\s+with)\s+(?P<w>last)\b)(?=\s*(?:[.,;:!?)\"\u201d]|$))")
def elliptic_last(m: re.Match, text: str) -> Candidate | None:
    """'twice as high this year as last': the elided noun is the one just named."""
    return _cand(m, "w", type="DATE", rule=f"offset:-1:{m['unit'].lower()}")


@pattern(r"(?i:\bthe\s+(?P<rel>previous|following|next|preceding|prior)\s+day\b)(?![-’']\w)")
def the_next_day(m: re.Match, text: str) -> Candidate | None:
    """'the next day', 'the previous day': a day before/after the day under discussion (the
    last calendar date mentioned), else before/after the publication date."""
    n = -1 if m["rel"].lower() in ("previous", "preceding", "prior") else 1
    return _cand(m, type="DATE", rule=f"offset:{n}:day", anaphoric=f"gran:day|shift:{n}:day",
                 ref_kind="any", ref_gran="day")


#: fixed-date holidays (TimeML: a DATE with the calendar day, e.g. XXXX-12-25)
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
             "new year's eve": (12, 31), "new year's day": (1, 1), "new year's": (1, 1),
             "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
             "fourth of july": (7, 4)}


@pattern(rf"\b(?P<h>Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s(?:\s+(?:Eve|Day))?|Halloween|Valentine['’]s\s+Day|Veterans['’]?\s+Day|(?:the\s+)?Fourth\s+of\s+July)(?:,?\s+(?P<y>{YEAR}){YEAR_END})?(?!\s+(?:Island|[Tt]rees?|[Cc]ards?|[Cc]arols?|[Ss]ongs?|[Pp]resents?|[Gg]ifts?|[Dd]ecorations?|[Ll]ights|[Rr]esolutions?|[Ss]hopping|[Ss]eason|[Hh]olidays?|[Pp]art(?:y|ies)|[Dd]inner|[Mm]arket|[Bb]onus(?:es)?|[Ss]ales?)\b)")
def holiday(m: re.Match, text: str) -> Candidate | None:
    key = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'")).removeprefix("the ").replace("veterans' day", "veterans day")
    mon, day = _HOLIDAYS[key]
    if m["y"]:
        return _cand(m, type="DATE", value=_ymd(int(m["y"]), mon, day))
    return _cand(m, type="DATE", rule=f"date:{mon}:{day}:{{dir}}", family="month")


@pattern(r"(?i:\bthe\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)\b)")
def day_before_yesterday(m: re.Match, text: str) -> Candidate | None:
    """'the day before yesterday' is two days back, one expression (not 'yesterday')."""
    n = -2 if m["w"].lower().startswith("before") else 2
    return _cand(m, type="DATE", rule=f"offset:{n}:day")


_WEEK_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@pattern(rf"(?i:\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+)(?:(?P<mon>{MONTH_NAMES}|{MONTH_ABBR})(?:,?\s+(?P<y>{YEAR}){YEAR_END})?)(?![-\w])(?!\s+\d)")
def week_of_month(m: re.Match, text: str) -> Candidate | None:
    """'the first week of January', 'the last week of March 2018': that ISO week."""
    mon = _month_num(m["mon"])
    wk = f"week:{_WEEK_ORD[m['ord'].lower()]}"
    if mon is None:
        return None
    if m["y"]:
        return _cand(m, type="DATE", value=f"{int(m['y']):04d}-{mon:02d}", mods=(wk,))
    return _cand(m, type="DATE", rule=f"month:{mon}:{{dir}}|{wk}", family="month")


@pattern(rf"(?i:\bthe\s+week\s+of\s+)(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})\b(?!\s*(?::\d|%|\d))(?:,?\s+(?P<year>{YEAR}){YEAR_END})?")
def week_of_date(m: re.Match, text: str) -> Candidate | None:
    """'the week of Jan. 15': the ISO week holding that day."""
    mon, day = _month_num(m["mon"]), _day_num(m["day"])
    if mon is None or not 1 <= day <= 31 or _ymd(2000, mon, day) is None:
        return None
    if m["year"]:
        v = _ymd(int(m["year"]), mon, day)
        return _cand(m, type="DATE", value=v, mods=("gran:week",)) if v else None
    return _cand(m, type="DATE", rule=f"date:{mon}:{day}:{{dir}}|gran:week", family="month")


_MOVING_KEY = [
    (r"Thanksgiving", "thanksgiving"), (r"Labor\s+Day", "laborday"), (r"Memorial\s+Day", "memorialday"),
    (r"Martin\s+Luther\s+King(?:,?\s+Jr\.?)?(?:['’]s)?\s+(?:Day|Birthday)|MLK\s+Day", "mlkday"),
    (r"Presidents['’]?\s+Day|President['’]s\s+Day|Washington['’]s\s+Birthday", "presidentsday"),
    (r"Columbus\s+Day", "columbusday"), (r"Mother['’]s\s+Day", "mothersday"),
    (r"Father['’]s\s+Day", "fathersday"), (r"[Ee]lection\s+[Dd]ay", "electionday"),
    (r"Good\s+Friday", "goodfriday"), (r"Easter\s+Monday", "eastermonday"),
    (r"Easter(?:\s+Sunday)?", "easter"), (r"Super\s+Tuesday", "supertuesday"),
]


@pattern(rf"\b(?:(?P<h>{'|'.join(f'(?P<{k}>{rx})' for rx, k in _MOVING_KEY)})(?:\s+Day)?(?!\s+Day\b))(?:,?\s+(?P<y>{YEAR}){YEAR_END})?(?![-\w])(?!\s+(?:Island|[Ee]ggs?|[Bb]unny|[Rr]ising|[Pp]arade|[Ss]ervices?|[Vv]igil|[Mm]ass|[Mm]essage|[Bb]askets?|[Cc]ards?|[Ss]ales?|[Dd]inner|[Tt]urkey|[Pp]art(?:y|ies)|[Ff]east|[Tt]able|Act|[Cc]ommission|[Ll]aw)\b)")
def moving_holiday(m: re.Match, text: str) -> Candidate | None:
    """Holidays on a moving date: "Thanksgiving" (the fourth Thursday of November), "Labor
    Day", "Memorial Day", "Election Day", "Easter" … (TimeML: a DATE with the calendar day)."""
    key = next(k for _, k in _MOVING_KEY if m[k])
    if m["y"]:
        d = holiday_day(key, int(m["y"]))
        return _cand(m, type="DATE", value=d.isoformat())
    return _cand(m, type="DATE", rule=f"holiday:{key}:{{dir}}", family="month")


# ---------------------------------------------------------------- keyword-anchored scanning
# A pattern listed in _KEYS cannot match without consuming one of its keywords (a letter
# word below, or "digit"), so its matches start at most ``_reach`` characters before a
# keyword occurrence. candidates() finds all keyword occurrences with one scan and runs such
# a pattern only over windows around them. This is exactly equivalent to rx.finditer(text):
# ``_reach`` bounds how far the engine reads from a start position (lookarounds included),
# with each unbounded single-character repeat bounded by the longest run of such characters
# in this text, and searches are cut (endpos) only beyond what a start in the window can read.
_UNITK = ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year",
          "decade", "centur")
_SEASONK = ("spring", "summer", "fall", "autumn", "winter")
_MONTHK = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WDK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TODK = ("morning", "afternoon", "evening", "night")
_KEYS: dict[str, tuple[str, ...]] = {
    "duration": _UNITK, "ago": _UNITK, "duration_adj": _UNITK, "vague_plural": _UNITK,
    "relative_unit": _UNITK + _SEASONK, "deictic": tuple(_DEICTIC),
    "month_day": _MONTHK, "day_month": _MONTHK, "month_day_and_day": _MONTHK, "month_year": _MONTHK, "bare_month": _MONTHK,
    "month_rel_year": _MONTHK, "month_of_story_year": _MONTHK, "year": ("digit",), "the_year": _UNITK, "weekday": _WDK,
    "year_end": _UNITK, "year_possessive": _UNITK, "clock": ("digit", "noon", "midnight"),
    "nth_day": _UNITK, "season": _SEASONK, "this_morning": _TODK,
    "quarter": ("quarter", "half", "period"), "set_adverb": tuple(_SET_UNITS),
    "modal_one_day": _UNITK, "for_the_year": _UNITK, "anaphoric_day": _UNITK + _TODK,
    "period_last_year": _UNITK, "year_ago_adj": _UNITK, "iso_date": ("digit",),
    "q_code": ("q1", "q2", "q3", "q4"), "first_months": _UNITK, "latest_year": _UNITK,
    "holiday": ("christmas", "new", "halloween", "valentine", "veterans", "fourth"),
    "tod_deictic": ("yesterday", "today", "tomorrow"), "century": _UNITK, "soon": ("soon",),
    "the_next_day": _UNITK, "decade": ("digit",), "slash_date": ("digit",),
    "that_period": _UNITK + ("period",), "then_anaphor": ("then",), "this_moment": ("moment",), "year_ended": _UNITK, "the_quarter": ("quarter", "period"),
    "fraction_unit": ("century", "decade", "year", "day", "hour"),
    "anaphoric_weekday": _WDK,
    "and_a_half": ("year", "day", "hour", "minute"),
    "tod_of_date": _TODK,
    "half_of_period": ("half",),
    "week_of_month": ("week",), "week_of_date": ("week",), "day_before_yesterday": _UNITK,
    "set_every_n": _UNITK,
    "moving_holiday": _MOVING_WORDS,
}
_RUN_CLASSES = {  # the unbounded single-character repeats used by the grammar
    "[(IN, [(CATEGORY, CATEGORY_SPACE)])]": r"\s+",
    "[(IN, [(RANGE, (97, 122))])]": r"(?i:[a-z])+",
    "[(IN, [(CATEGORY, CATEGORY_SPACE), (LITERAL, 45)])]": r"[\s-]+",
    "[(IN, [(CATEGORY, CATEGORY_DIGIT)])]": r"\d+",
}
_RUN_RX = {k: re.compile(v) for k, v in _RUN_CLASSES.items()}
_SCAN: dict = {}


def _reach(sp) -> dict | None:
    """Upper bound on the characters read from a start position, as {run class: coefficient,
    "": constant}; None when some unbounded repeat is not a known single-character class."""
    from re import _constants as C

    out: dict = {"": 0}

    def add(d, k=1):
        for key, v in d.items():
            out[key] = out.get(key, 0) + v * k

    def hull(ds):
        h: dict = {}
        for d in ds:
            for key, v in d.items():
                h[key] = max(h.get(key, 0), v)
        return h

    for op, av in sp.data if hasattr(sp, "data") else sp:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY):
            out[""] += 1
        elif op is C.AT:
            pass
        elif op is C.BRANCH:
            subs = [_reach(b) for b in av[1]]
            if any(s is None for s in subs):
                return None
            add(hull(subs))
        elif op is C.SUBPATTERN:
            s = _reach(av[3])
            if s is None:
                return None
            add(s)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            s = _reach(av[1])
            if s is None:
                return None
            add(s)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, item = av
            if hi != C.MAXREPEAT:
                s = _reach(item)
                if s is None:
                    return None
                add(s, hi)
            else:
                key = str(list(item))
                if key not in _RUN_CLASSES:
                    return None
                out[key] = out.get(key, 0) + 1
        else:
            return None
    return out


def _trie_rx(words) -> str:
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            return f"(?:{'|'.join(alts)})?" if alts else ""
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return emit(tree)


def _scan_setup() -> dict:
    """Per pattern: (reach or None, key classes); the combined keyword regex; word -> keys."""
    from re import _parser

    words = sorted({w for ks in _KEYS.values() for w in ks if w != "digit"})
    assert all(w[:1].isalpha() and w == w.lower() for w in words)
    plan = []
    for rx, build in PATTERNS:
        keys = _KEYS.get(build.__name__)
        reach = None
        if keys:
            p = _parser.parse(rx.pattern, rx.flags)
            if p.getwidth()[0] > 0:   # never an empty match
                reach = _reach(p)
        plan.append((rx, build, build.__name__, frozenset(keys) if reach else None, reach))
    # every keyword occurrence (overlaps too, via the lookahead); all keywords that occur at
    # one position are prefixes of the longest one, which the alternation reports
    kw_rx = re.compile(rf"(?i)(?=(?P<w>{_trie_rx(words)}))|(?P<d>\d+)")
    prefixes = {w: frozenset(x for x in words if w.startswith(x)) for w in words}
    return {"plan": plan, "kw": kw_rx, "prefixes": prefixes, "all_words": frozenset(words)}
