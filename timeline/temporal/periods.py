"""Calendar periods: the bridge between TIMEX3 value strings and date intervals.

A :class:`Period` is a granularity plus the first day it covers. Every value the tagger emits
goes through here, so ``value``, ``earliest``, ``latest`` and ``precision`` can never
disagree, whichever path (absolute text or relative rule) produced them.
"""

from __future__ import annotations

import re

import attrs
import pendulum

GRANULARITIES = ("day", "week", "weekend", "month", "quarter", "half", "season", "year",
                 "decade", "century")
#: precision reported for each granularity
PRECISION = {"day": "day", "week": "week", "weekend": "week", "month": "month",
             "quarter": "quarter", "half": "quarter", "season": "season", "year": "year",
             "decade": "decade", "century": "century"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_OF_MONTH = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def date(y: int, m: int = 1, d: int = 1) -> pendulum.Date:
    return pendulum.date(y, m, d)


def week_start(d: pendulum.Date) -> pendulum.Date:
    """Monday of the ISO week containing ``d``."""
    return d.subtract(days=d.isoweekday() - 1)


@attrs.frozen
class Period:
    """``gran`` plus the first day of the period (normalised by :func:`make`)."""

    gran: str
    start: pendulum.Date

    @property
    def end(self) -> pendulum.Date:
        s, g = self.start, self.gran
        if g == "day":
            return s
        if g == "week":
            return s.add(days=6)
        if g == "weekend":
            return s.add(days=1)
        if g == "month":
            return s.add(months=1).subtract(days=1)
        if g in ("quarter", "season"):
            return s.add(months=3).subtract(days=1)
        if g == "half":
            return s.add(months=6).subtract(days=1)
        if g == "year":
            return s.add(years=1).subtract(days=1)
        if g == "decade":
            return s.add(years=10).subtract(days=1)
        return s.add(years=100).subtract(days=1)

    @property
    def value(self) -> str:
        s, g = self.start, self.gran
        if g == "day":
            return f"{s.year:04d}-{s.month:02d}-{s.day:02d}"
        if g in ("week", "weekend"):
            iy, iw, _ = s.isocalendar()
            return f"{iy:04d}-W{iw:02d}" + ("-WE" if g == "weekend" else "")
        if g == "month":
            return f"{s.year:04d}-{s.month:02d}"
        if g == "quarter":
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if g == "half":
            return f"{s.year:04d}-H{(s.month - 1) // 6 + 1}"
        if g == "season":
            return f"{s.year:04d}-{_SEASON_OF_MONTH[s.month]}"
        if g == "year":
            return f"{s.year:04d}"
        if g == "decade":
            return f"{s.year // 10:03d}"
        return f"{s.year // 100:02d}"

    def shift(self, n: int, unit: str) -> "Period":
        """Move by ``n`` units (day/week/month/quarter/year/decade/century), keep granularity."""
        d = self.start
        if unit == "day":
            d = d.add(days=n)
        elif unit in ("week", "weekend"):
            d = d.add(weeks=n)
        elif unit == "month":
            d = d.add(months=n)
        elif unit == "quarter":
            d = d.add(months=3 * n)
        elif unit == "half":
            d = d.add(months=6 * n)
        elif unit in ("year", "season"):
            d = d.add(years=n)
        elif unit == "decade":
            d = d.add(years=10 * n)
        elif unit == "century":
            d = d.add(years=100 * n)
        return make(self.gran, d)


def make(gran: str, d: pendulum.Date) -> Period:
    """The period of granularity ``gran`` that contains day ``d``."""
    if gran == "day":
        return Period(gran, d)
    if gran == "week":
        return Period(gran, week_start(d))
    if gran == "weekend":
        return Period(gran, week_start(d).add(days=5))
    if gran == "month":
        return Period(gran, date(d.year, d.month))
    if gran == "quarter":
        return Period(gran, date(d.year, 3 * ((d.month - 1) // 3) + 1))
    if gran == "half":
        return Period(gran, date(d.year, 6 * ((d.month - 1) // 6) + 1))
    if gran == "season":
        # winter runs Dec-Feb and is labelled with the year of its December
        if d.month <= 2:
            return Period(gran, date(d.year - 1, 12))
        return Period(gran, date(d.year, 3 * (d.month // 3)))
    if gran == "year":
        return Period(gran, date(d.year))
    if gran == "decade":
        return Period(gran, date(d.year - d.year % 10))
    if gran == "century":
        return Period(gran, date(d.year - d.year % 100))
    raise ValueError(f"unknown granularity {gran!r}")


_VALUE_RES = [
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)"), lambda m: make("day", date(int(m[1]), int(m[2]), int(m[3])))),
    (re.compile(r"(\d{4})-W(\d\d)-WE"), lambda m: make("weekend", _iso_week(int(m[1]), int(m[2])))),
    (re.compile(r"(\d{4})-W(\d\d)"), lambda m: make("week", _iso_week(int(m[1]), int(m[2])))),
    (re.compile(r"(\d{4})-(\d\d)"), lambda m: make("month", date(int(m[1]), int(m[2])))),
    (re.compile(r"(\d{4})-Q([1-4])"), lambda m: make("quarter", date(int(m[1]), 3 * int(m[2]) - 2))),
    (re.compile(r"(\d{4})-H([12])"), lambda m: make("half", date(int(m[1]), 6 * int(m[2]) - 5))),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), lambda m: make("season", date(int(m[1]), SEASON_START[m[2]]))),
    (re.compile(r"(\d{4})"), lambda m: make("year", date(int(m[1])))),
    (re.compile(r"(\d{3})"), lambda m: make("decade", date(int(m[1]) * 10))),
    (re.compile(r"(\d{2})"), lambda m: make("century", date(int(m[1]) * 100))),
]


def _iso_week(year: int, week: int) -> pendulum.Date:
    jan4 = date(year, 1, 4)
    return week_start(jan4).add(weeks=week - 1)


def parse_value(value: str) -> Period | None:
    """A fully specified date value (no time part) as a Period, else None."""
    for rx, build in _VALUE_RES:
        m = rx.fullmatch(value)
        if m:
            try:
                return build(m)
            except ValueError:
                return None
    return None


def precision_of(value: str) -> str:
    """Precision implied by a value's shape, also for unresolved 'XXXX-10' style values."""
    if "T" in value and not value.endswith("REF"):
        return "time"
    shape = re.sub(r"[0-9X]", "9", value)
    return {
        "9999-99-99": "day", "9999-W99-9": "day", "9999-W99": "week", "9999-W99-WE": "week",
        "9999-99": "month", "9999-Q9": "quarter", "9999-QX": "quarter", "9999-H9": "quarter",
        "9999-HX": "quarter", "9999": "year", "999": "decade", "99": "century",
    }.get(shape, "season" if re.fullmatch(r"[0-9X]{4}-(SP|SU|FA|WI)", value) else "unknown")
