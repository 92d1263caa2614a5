"""Rules: how a relative expression is turned into a calendar value once an anchor is known.

A rule is a small serialisable string, stored on each relative mention so an article whose
publication date is learned (or corrected) later can be re-dated without re-extraction.

Grammar (``|`` separates a base from its modifiers, applied left to right)::

    rule      := base ("|" modifier)*
    base      := "ref:" ("past" | "present" | "future")      PAST_REF / PRESENT_REF / FUTURE_REF
               | "offset:" INT ":" unit                       the anchor's unit moved INT units
                                                              ("yesterday" offset:-1:day,
                                                               "this week" offset:0:week,
                                                               "two years ago" offset:-2:year)
               | "weekday:" 1-7 ":" dir                       ISO weekday (1 = Monday)
               | "weekend:" dir
               | "month:" 1-12 ":" dir
               | "date:" 1-12 ":" 1-31 ":" dir                month and day, year from anchor
               | "season:" ("SP"|"SU"|"FA"|"WI") ":" dir
               | "quarter:" 1-4 ":" dir
               | "half:" 1-2 ":" dir
    unit      := day | week | weekend | month | quarter | half | year | decade | century
    dir       := past    latest occurrence starting on/before the anchor  ("said Wednesday")
               | future  earliest occurrence ending on/after the anchor   ("will go Wednesday")
               | prev    latest occurrence wholly before the anchor       ("last Wednesday")
               | next    earliest occurrence wholly after the anchor      ("next Wednesday")
               | near    the occurrence containing or closest to the anchor
               | y+N     the one in the anchor's year plus N  ("last year's third quarter"
                         quarter:3:y-1)
               | wd1-7   (date only) the occurrence falling on that ISO weekday, nearest
                         the anchor; "near" if none does ("Saturday, April 25" date:4:25:wd6)
    modifier  := "shift:" INT ":" unit    move the resolved period, keep its granularity
                                          ("a year earlier" after "the third quarter")
               | "gran:" unit             re-express the period at another granularity
                                          ("the following year" after "May 22, 1995")
               | "setyear:" YEAR          same period in another year ("the 1988 quarter")
               | "wd:" ("prev"|"next") ":" 1-7   the day with that ISO weekday just before the
                                          period starts / just after it ends ("the previous
                                          Friday" after "Friday, Oct. 27")
               | "part:" ("early"|"mid"|"late")   first/middle/last third of the interval
               | "part:" ("half1"|"half2")        first/second half of it ("the last half of the '80s")
               | "upto"                   interval cut at the anchor ("earlier this month")
               | "from"                   interval starts at the anchor ("later this year")
               | "tod:" ("MO"|"AF"|"EV"|"NI")     part of day, value gets "TMO" etc.
               | "at:" HH ":" MM          clock time, value gets "T10:30"

Without an anchor a rule yields an unresolved TIMEX3 value ("XXXX-WXX-3", "XXXX-10") with
``earliest``/``latest`` None.
"""

from __future__ import annotations

import functools
import re

import pendulum

from .mention import Resolution
from .periods import SEASON_START, Period, date, make, parse_value, precision_of

DIRS = ("past", "future", "prev", "next", "near")
_REF_VALUES = {"past": "PAST_REF", "present": "PRESENT_REF", "future": "FUTURE_REF"}
_UNRESOLVED_OFFSET = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                      "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
                      "year": "XXXX", "decade": "XXX", "century": "XX"}


class RuleError(ValueError):
    """A rule string that does not follow the grammar."""


def resolve(rule: str, anchor: pendulum.Date | None) -> Resolution:
    """Resolve ``rule`` against ``anchor`` (a publication date); None gives the unresolved form."""
    if anchor is not None and not isinstance(anchor, pendulum.Date):
        anchor = pendulum.date(anchor.year, anchor.month, anchor.day)
    return _resolve(rule, anchor)


@functools.lru_cache(maxsize=4096)
def _resolve(rule: str, anchor: pendulum.Date | None) -> Resolution:
    base, *mods = rule.split("|")
    head, *args = base.split(":")
    if head == "ref":
        if args[0] not in _REF_VALUES:
            raise RuleError(rule)
        return _ref(args[0], anchor)
    if anchor is None:
        value = _unresolved(head, args, rule)
        for mod in mods:
            value = _time_suffix(value, mod)
        return Resolution(value, None, None, precision_of(value))
    period = _base_period(head, args, anchor, rule)
    return apply_modifiers(period, mods, anchor)


def absolute(value: str, mods: tuple[str, ...] = ()) -> Resolution:
    """Resolution of an absolute value (no anchor needed), with optional modifiers."""
    period = parse_value(value)
    if period is None:
        for mod in mods:
            value = _time_suffix(value, mod)
        return Resolution(value, None, None, precision_of(value))
    return apply_modifiers(period, list(mods), None)


def apply_modifiers(period: Period, mods: list[str], anchor: pendulum.Date | None) -> Resolution:
    """Shift/narrow a period and add time-of-day; one code path for rules and absolutes."""
    for mod in mods:
        if mod.startswith("shift:"):
            _, n, unit = mod.split(":")
            period = period.shift(int(n), unit)
        elif mod.startswith("gran:"):
            period = make(mod[5:], period.start)
        elif mod.startswith("setyear:"):
            period = period.shift(int(mod[8:]) - period.start.year, "year")
        elif mod.startswith("wd:"):
            _, way, wd = mod.split(":")
            day = period.start.subtract(days=1) if way == "prev" else period.end.add(days=1)
            step = -1 if way == "prev" else 1
            while day.isoweekday() != int(wd):
                day = day.add(days=step)
            period = make("day", day)
    value, earliest, latest = period.value, period.start, period.end
    precision = precision_of(value)
    for mod in mods:
        if mod.startswith("part:"):
            earliest, latest = _narrow(earliest, latest, mod[5:])
        elif mod == "upto" and anchor is not None:
            latest = max(earliest, min(latest, anchor))
        elif mod == "from" and anchor is not None:
            earliest = min(latest, max(earliest, anchor))
        elif mod.startswith(("tod:", "at:")):
            value = _time_suffix(value, mod)
            precision = "time"
    return Resolution(value, earliest, latest, precision)


def _ref(which: str, anchor: pendulum.Date | None) -> Resolution:
    value = _REF_VALUES[which]
    if anchor is None:
        return Resolution(value, None, None, "unknown")
    if which == "past":
        return Resolution(value, None, anchor, "unknown")
    if which == "future":
        return Resolution(value, anchor, None, "unknown")
    return Resolution(value, anchor, anchor, "day")


def _time_suffix(value: str, mod: str) -> str:
    if mod.startswith("tod:"):
        return f"{value}T{mod[4:]}"
    if mod.startswith("at:"):
        _, hh, mm = mod.split(":")
        return f"{value}T{int(hh):02d}:{int(mm):02d}"
    return value


def _narrow(earliest: pendulum.Date, latest: pendulum.Date, part: str):
    days = earliest.diff(latest).in_days() + 1
    third = max(days // 3, 1)
    if part == "early":
        return earliest, earliest.add(days=third - 1)
    if part == "late":
        return latest.subtract(days=third - 1), latest
    if part == "mid":
        return earliest.add(days=third), latest.subtract(days=third)
    if part in ("half1", "half2"):  # "the first/last half of the '80s"
        half = max(days // 2, 1)
        return (earliest, earliest.add(days=half - 1)) if part == "half1" else (latest.subtract(days=half - 1), latest)
    raise RuleError(f"part:{part}")


def _unresolved(head: str, args: list[str], rule: str) -> str:
    try:
        if head == "offset":
            return _UNRESOLVED_OFFSET[args[1]]
        if head == "weekday":
            return f"XXXX-WXX-{int(args[0])}"
        if head == "weekend":
            return "XXXX-WXX-WE"
        if head == "month":
            return f"XXXX-{int(args[0]):02d}"
        if head == "date":
            return f"XXXX-{int(args[0]):02d}-{int(args[1]):02d}"
        if head == "season":
            return f"XXXX-{args[0]}"
        if head == "quarter":
            return f"XXXX-Q{int(args[0])}"
        if head == "half":
            return f"XXXX-H{int(args[0])}"
    except (IndexError, KeyError, ValueError) as e:
        raise RuleError(rule) from e
    raise RuleError(rule)


def _base_period(head: str, args: list[str], anchor: pendulum.Date, rule: str) -> Period:
    try:
        if head == "offset":
            n, unit = int(args[0]), args[1]
            gran = unit
            return make(gran, anchor).shift(n, unit)
        direction = args[-1]
        if direction not in DIRS and not re.fullmatch(r"y[+-]\d+|wd[1-7]", direction):
            raise RuleError(rule)
        y = anchor.year
        if head == "weekday":
            wd = int(args[0])
            days = [anchor.add(days=k) for k in range(-7, 8)]
            cands = [make("day", d) for d in days if d.isoweekday() == wd]
        elif head == "weekend":
            cands = [make("weekend", anchor.add(weeks=k)) for k in range(-2, 3)]
        elif head == "month":
            cands = [make("month", date(yy, int(args[0]))) for yy in (y - 1, y, y + 1)]
        elif head == "date":
            cands = []
            for yy in (y - 1, y, y + 1):
                try:
                    cands.append(make("day", date(yy, int(args[0]), int(args[1]))))
                except ValueError:
                    pass
            if not cands:
                raise RuleError(rule)
        elif head == "season":
            start = SEASON_START[args[0]]
            cands = [make("season", date(yy, start)) for yy in (y - 2, y - 1, y, y + 1)]
        elif head == "quarter":
            cands = [make("quarter", date(yy, 3 * int(args[0]) - 2)) for yy in (y - 1, y, y + 1)]
        elif head == "half":
            cands = [make("half", date(yy, 6 * int(args[0]) - 5)) for yy in (y - 1, y, y + 1)]
        else:
            raise RuleError(rule)
    except (IndexError, KeyError, ValueError) as e:
        if isinstance(e, RuleError):
            raise
        raise RuleError(rule) from e
    return _choose(cands, direction, anchor)


def _choose(cands: list[Period], direction: str, anchor: pendulum.Date) -> Period:
    cands = sorted(cands, key=lambda p: p.start)
    if direction.startswith("wd"):
        same_day = [p for p in cands if p.start.isoweekday() == int(direction[2:])]
        cands, direction = (same_day or cands), "near"
    if direction.startswith("y"):
        want = anchor.year + int(direction[1:])
        ok = [p for p in cands if p.value[:4] == f"{want:04d}"]
        if ok:
            return ok[0]
        return cands[0].shift(want - int(cands[0].value[:4]), "year")
    if direction == "past":
        ok = [p for p in cands if p.start <= anchor]
        return ok[-1] if ok else cands[0]
    if direction == "future":
        ok = [p for p in cands if p.end >= anchor]
        return ok[0] if ok else cands[-1]
    if direction == "prev":
        ok = [p for p in cands if p.end < anchor]
        return ok[-1] if ok else cands[0]
    if direction == "next":
        ok = [p for p in cands if p.start > anchor]
        return ok[0] if ok else cands[-1]

    def distance(p: Period) -> int:
        if p.start <= anchor <= p.end:
            return 0
        if p.start > anchor:
            return anchor.diff(p.start).in_days()
        return p.end.diff(anchor).in_days()

    return min(cands, key=distance)  # stable: ties go to the earlier (past) occurrence
