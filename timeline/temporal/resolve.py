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
               | "range:" END ":" END ":" ("a"|"b") ":" dir   one end of a yearless range
                                                              ("from April through June":
                                                               range:4:6:a:past); the whole
                                                              range is placed by dir, then its
                                                              start (a) or end (b) is returned
               | "holiday:" NAME ":" dir                      a holiday on a moving date
                                                              (thanksgiving, laborday, easter …
                                                               see MOVING_HOLIDAYS)
    END       := M | M "-" D                                  a month or a month and day
    unit      := day | week | weekend | month | quarter | half | year | decade | century
    dir       := past    latest occurrence starting on/before the anchor  ("said Wednesday");
                         a calendar date at most 3 days after the anchor is taken as
                         that date (a slipped publication date), not a year back
               | future  earliest occurrence ending on/after the anchor   ("will go Wednesday")
               | prev    latest occurrence wholly before the anchor       ("last Wednesday")
               | soon    as future, unless an occurrence ended at most 45 days before the
                         anchor: that one (a modal's month: "could feel it there in April")
               | done    the occurrence just ended if it ended at most 92 days before the
                         anchor, else as future (a quarter whose results are reported: "will
                         report fourth-quarter results" in February is the last one, "expects
                         second-quarter earnings to fall" in March the coming one)
               | last    (month) as prev, but never the month just before the anchor's:
                         "last February" in March is a year back ("last month" is the other)
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
               | "week:" (1-5 | -1)       the period's Nth (or last) week, counted as ISO counts
                                          a year's: the week holding the first (last) Thursday
                                          ("the last week of March" week:-1)
               | "setmonth:" 1-12 [":" 1-31]  that month (day) of the period's year
                                          ("March of that year" after "in 2016")
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

import attrs
import pendulum

from .mention import Resolution
from .periods import SEASON_START, Period, date, make, parse_value, precision_of

DIRS = ("past", "future", "prev", "next", "near", "last", "soon", "done")

#: how long ago a month or date may have ended and still be what a modal means ("soon")
_JUST_GONE_DAYS = 45
#: how long ago a period may have ended and still be the one whose results are reported ("done")
_JUST_DONE_DAYS = 92
_REF_VALUES = {"past": "PAST_REF", "present": "PRESENT_REF", "future": "FUTURE_REF"}
_UNRESOLVED_OFFSET = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                      "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
                      "year": "XXXX", "decade": "XXX", "century": "XX"}


class RuleError(ValueError):
    """A rule string that does not follow the grammar."""


class OutOfCalendar(RuleError):
    """A well-formed rule whose period lies outside the calendar's years 1–9999 ("3000 years
    ago" in an article of 2000): it resolves to its unresolved form instead."""


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
            if mod.startswith("wd:"):  # "the previous Friday", a range's end: only the weekday is known
                value = f"XXXX-WXX-{int(mod.split(':')[2])}"
            elif mod.startswith("setmonth:"):  # "March of that year": only the month is known
                value = "XXXX" + "".join(f"-{int(x):02d}" for x in mod.split(":")[1:])
            elif (q := re.fullmatch(r"XXXX-([QH])([1-4])", value)) and (
                    s := re.fullmatch(r"shift:(-?\d+):(quarter|half)", mod)) and q.group(1) == s.group(2)[0].upper():
                # "the first and second quarters" undated: the first is still the first
                n = int(q.group(2)) + int(s.group(1))
                if 1 <= n <= (4 if q.group(1) == "Q" else 2):
                    value = f"XXXX-{q.group(1)}{n}"
        for mod in mods:
            value = _time_suffix(value, mod)
        return Resolution(value, None, None, precision_of(value))
    try:
        period = _base_period(head, args, anchor, rule)
        return apply_modifiers(period, mods, anchor)
    except OutOfCalendar:
        return _resolve(rule, None)


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
        elif mod.startswith("week:"):
            n = int(mod[5:])  # "the first week of January" week:1, "the last week of March" week:-1
            if not (1 <= n <= 5 or n == -1):
                raise RuleError(mod)
            # as ISO numbers a year's weeks: the first week holds the 4th (the first
            # Thursday), the last one the last Thursday
            day = period.end.subtract(days=3) if n == -1 else period.start.add(days=3 + 7 * (n - 1))
            period = make("week", min(day, period.end))
        elif mod.startswith("setmonth:"):
            period = _set_month(period, mod)
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


def _set_month(period: Period, mod: str) -> Period:
    """'setmonth:M' / 'setmonth:M:D': that month (day) in the period's year ("March of that
    year")."""
    md = [int(x) for x in mod.split(":")[1:]]
    if not 1 <= len(md) <= 2:
        raise RuleError(mod)
    try:
        return make("day" if len(md) == 2 else "month", date(period.start.year, *md))
    except ValueError as e:
        raise RuleError(mod) from e


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
        if head == "holiday":
            if args[0] not in MOVING_HOLIDAYS:
                raise RuleError(rule)
            return f"XXXX-{MOVING_HOLIDAYS[args[0]][0]:02d}-XX"
        if head == "range":
            md = [int(x) for x in args[0 if args[2] == "a" else 1].split("-")]
            return f"XXXX-{md[0]:02d}" + (f"-{md[1]:02d}" if len(md) > 1 else "")
    except (IndexError, KeyError, ValueError) as e:
        raise RuleError(rule) from e
    raise RuleError(rule)


def _base_period(head: str, args: list[str], anchor: pendulum.Date, rule: str) -> Period:
    try:
        if head == "offset":
            n, unit = int(args[0]), args[1]
            start = make(unit, anchor)
            try:
                return start.shift(n, unit)
            except (ValueError, OverflowError) as e:  # (beyond year 1 or 9999)
                raise OutOfCalendar(rule) from e
        if head == "range":
            return _range_end(args, anchor, rule)
        if head == "holiday":
            if len(args) != 2 or args[0] not in MOVING_HOLIDAYS or args[1] not in DIRS:
                raise RuleError(rule)
            years = ([yy for yy in range(anchor.year - 4, anchor.year + 5) if yy % 4 == 0]
                     if args[0] == "supertuesday"  # only in a presidential election year
                     else range(anchor.year - 1, anchor.year + 2))
            cands = [make("day", holiday_day(args[0], yy)) for yy in years]
            return _choose(cands, args[1], anchor)
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
            # Feb. 29 may fall in none of the three years around the anchor: look four out
            for yy in (y - 1, y, y + 1) if (int(args[0]), int(args[1])) != (2, 29) else range(y - 4, y + 5):
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


#: holidays on a moving date: name -> (month, ISO weekday, nth; -1 = last); Easter's are
#: offsets from Easter Sunday; US Election Day is the Tuesday after the first Monday of November
MOVING_HOLIDAYS = {
    "thanksgiving": (11, 4, 4), "laborday": (9, 1, 1), "memorialday": (5, 1, -1),
    "mlkday": (1, 1, 3), "presidentsday": (2, 1, 3), "columbusday": (10, 1, 2),
    "mothersday": (5, 7, 2), "fathersday": (6, 7, 3), "electionday": (11, 1, 1),
    "easter": (3, 0, 0), "goodfriday": (3, 0, -2), "eastermonday": (3, 0, 1),
    "supertuesday": (3, 2, 1),  # the US primaries' day since 2004: the first Tuesday of March
}


def holiday_day(name: str, year: int) -> pendulum.Date:
    """The day of a moving holiday in ``year`` (see :data:`MOVING_HOLIDAYS`)."""
    month, wd, nth = MOVING_HOLIDAYS[name]
    if wd == 0:  # Easter (Gregorian computus, Meeus/Jones/Butcher) plus an offset in days
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        mon = (h + l_ - 7 * m + 114) // 31
        day = (h + l_ - 7 * m + 114) % 31 + 1
        return date(year, mon, day).add(days=nth)
    if nth > 0:
        first = date(year, month, 1)
        day = first.add(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = date(year, month, 1).add(months=1).subtract(days=1)
        day = last.subtract(days=(last.isoweekday() - wd) % 7)
    return day.add(days=1) if name == "electionday" else day


@attrs.frozen
class _Span:
    """A whole range (its two ends) placed as one interval by :func:`_choose`."""

    start: pendulum.Date
    end: pendulum.Date
    a: Period
    b: Period


def _range_end(args: list[str], anchor: pendulum.Date, rule: str) -> Period:
    """One end of a yearless range, the range placed as a whole ("from Nov. 3 to Jan. 4")."""
    if len(args) != 4 or args[2] not in ("a", "b") or args[3] not in DIRS or args[3] == "last":
        raise RuleError(rule)  # ("last" picks by granularity, which a two-ended span has not)
    ends = [tuple(int(x) for x in e.split("-")) for e in args[:2]]
    if any(len(e) not in (1, 2) or not 1 <= e[0] <= 12 for e in ends):
        raise RuleError(rule)
    (ma, *da), (mb, *db) = ends
    # the end falls in the start's year unless it comes earlier in the calendar
    wrap = mb < ma or (mb == ma and da and db and db[0] < da[0])
    spans = []
    for yy in range(anchor.year - 4, anchor.year + 2):  # four back: Feb. 29
        try:
            pa = make("day", date(yy, ma, da[0])) if da else make("month", date(yy, ma))
            yb = yy + 1 if wrap else yy
            pb = make("day", date(yb, mb, db[0])) if db else make("month", date(yb, mb))
        except ValueError:
            continue  # Feb. 29 in a common year
        spans.append(_Span(pa.start, pb.end, pa, pb))
    if not spans:
        raise RuleError(rule)
    chosen = _choose(spans, args[3], anchor)
    return chosen.a if args[2] == "a" else chosen.b


#: a past-tense calendar date at most this many days after the anchor is this year's
_SLIP_DAYS = 3


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
        ahead = [p for p in cands if p.start > anchor]
        if ahead and getattr(ahead[0], "gran", None) == "day" and anchor.diff(ahead[0].start).in_days() <= _SLIP_DAYS \
                and (not ok or ok[-1].start.diff(anchor).in_days() > 300):
            # "The governor said April 16 ..." in an article dated April 15: the publication
            # date slipped (an updated story), not a year gone by
            return ahead[0]
        return ok[-1] if ok else cands[0]
    if direction in ("soon", "done"):
        gone = [p for p in cands if p.end < anchor]
        reach = _JUST_GONE_DAYS if direction == "soon" else _JUST_DONE_DAYS
        if gone and anchor.diff(gone[-1].end).in_days() <= reach:
            return gone[-1]
        direction = "future"
    if direction == "future":
        ok = [p for p in cands if p.end >= anchor]
        return ok[0] if ok else cands[-1]
    if direction == "last":
        # "last February" written in March is a year back: the month just gone is "last month"
        just_gone = make("month", anchor).start.subtract(days=1)
        ok = [p for p in cands if p.end < anchor and not (p.gran == "month" and p.end == just_gone)]
        return ok[-1] if ok else cands[0]
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
