"""The date an event has now: extracted, re-resolved against the article's current date, or corrected.

Rules (`When.rule`): `None` is an absolute date and never moves; `"publication"` is the
article's publication day; any other rule is re-resolved with `timeline.temporal.resolve`
against the current publication date (no re-extraction). A correction wins over all.
"""

from __future__ import annotations

import re
from typing import Optional

import pendulum

try:  # the temporal tagger is developed alongside; without it relative dates keep their extracted value
    from timeline.temporal import resolve as _resolve
except Exception:  # pragma: no cover - only while timeline.temporal is missing
    _resolve = None

PRECISION_RANK = {p: i for i, p in enumerate(
    ("time", "day", "week", "month", "season", "quarter", "year", "decade", "century", "unknown")
)}


def period(value: str) -> tuple[Optional[str], Optional[str], str]:
    """(first day, last day, precision) of a TIMEX3-style date value; (None, None, …) if not placeable."""
    try:
        from timeline.temporal.periods import parse_value, precision_of
    except Exception:  # pragma: no cover
        parse_value = precision_of = None
    text = value.strip()
    if parse_value is not None:
        found = parse_value(text.split("T")[0])
        if found is not None:
            return found.start.to_date_string(), found.end.to_date_string(), precision_of(text)
        return None, None, precision_of(text)
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not m:
        return None, None, "unknown"
    y = int(m[1])
    if m[3]:
        d = pendulum.date(y, int(m[2]), int(m[3]))
        return d.to_date_string(), d.to_date_string(), "day"
    if m[2]:
        d = pendulum.date(y, int(m[2]), 1)
        return d.to_date_string(), d.end_of("month").to_date_string(), "month"
    return f"{y}-01-01", f"{y}-12-31", "year"


def check_correction(value: str) -> str:
    """A date a user may set: a placeable TIMEX3 value (2018-01-17, 2018-01, 2018-W03, 2018 …)."""
    text = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            pendulum.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as err:
            raise ValueError(f"impossible date {value!r}: {err}") from None
    try:
        start, _, _ = period(text)
    except ValueError as err:
        raise ValueError(f"impossible date {value!r}: {err}") from None
    if start is None:
        raise ValueError(f"bad date {value!r}: expected e.g. 2018-01-17, 2018-01, 2018-W03 or 2018")
    return text


def _iso(d) -> Optional[str]:
    if d is None:
        return None
    return d if isinstance(d, str) else d.to_date_string()


def effective_when(when: dict, published: Optional[str], corrected: Optional[str] = None) -> dict:
    """{value, start, end, precision, basis} for an event's stored `When` (a JSON dict)."""
    if corrected:
        start, end, precision = period(corrected)
        return {"value": corrected, "start": start, "end": end, "precision": precision, "basis": "correction"}
    rule = when.get("rule")
    if rule == "publication":
        if published:
            return {"value": published, "start": published, "end": published, "precision": "day", "basis": "publication"}
        return {"value": "XXXX-XX-XX", "start": None, "end": None, "precision": "unknown", "basis": "publication"}
    if rule and _resolve is not None:
        anchor = pendulum.parse(published).date() if published else None
        try:
            r = _resolve(rule, anchor)
        except ValueError:
            r = None
        if r is not None:
            return {
                "value": r.value, "start": _iso(r.earliest), "end": _iso(r.latest),
                "precision": r.precision, "basis": when.get("basis") or "relative",
            }
    return {
        "value": when["value"], "start": _iso(when.get("earliest")), "end": _iso(when.get("latest")),
        "precision": when["precision"], "basis": when["basis"],
    }


def overlaps(a: dict, b: dict) -> bool:
    """Whether two dates can denote the same moment (unknown bounds are compatible with anything)."""
    if not (a["start"] and a["end"] and b["start"] and b["end"]):
        return True
    return a["start"] <= b["end"] and b["start"] <= a["end"]
