"""What every export format shares: dates at their precision, escaping, safe links.

Rows are `timeline.query.select_timeline` rows (the `timeline` table's columns with JSON
decoded, plus `source_list`). Everything here is a pure function of a row.

Article text is data, never markup: `esc` is applied to every article-derived string that
goes into a format that is rendered as HTML (TimelineJS `text.headline`/`text.text`,
vis-timeline `content`/`title`, the HTML page), and `safe_url` lets only http(s) URLs
become links.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from typing import Optional
from urllib.parse import urlsplit

#: Marks files written by `timeline export` (so re-exporting may replace them).
GENERATOR = "timeline export"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: AP style month abbreviations, as newsrooms write dates ("Jan. 15, 2018", "March 3, 2018").
MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "fall", "AU": "fall", "WI": "winter"}
PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime", "MI": "midday"}
QUARTERS = {"Q1": "first quarter", "Q2": "second quarter", "Q3": "third quarter", "Q4": "fourth quarter",
            "H1": "first half", "H2": "second half"}

#: Precisions shown as a span of time (start and end), not a point.
RANGE_PRECISIONS = ("week", "season", "quarter", "decade", "century")


def esc(text) -> str:
    """Text as HTML that displays exactly that text (quotes escaped too: safe in attributes)."""
    if text is None:
        return ""
    return html.escape(str(text), quote=True)


def safe_url(url) -> Optional[str]:
    """The URL if it may become a link (absolute http or https with a host), else None."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ch in url for ch in "\x00\r\n\t") or any(ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def parse_day(value) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def is_dated(row: dict) -> bool:
    """Does the event have a place on a time axis (a known interval)?"""
    return row.get("precision") != "unknown" and parse_day(row.get("date_start")) is not None


def ap_day(d: date) -> str:
    return f"{MONTHS_AP[d.month - 1]} {d.day}, {d.year}"


def _time_of_day(value: str) -> tuple[Optional[int], Optional[int], Optional[str]]:
    """(hour, minute, part-of-day word) from a TIMEX time value like 2018-01-15T15:30 or 2018-01-17TAF."""
    m = re.search(r"T(\d{1,2})(?::(\d{2}))?", value or "")
    if m:
        hour, minute = int(m[1]), int(m[2] or 0)
        if 0 <= hour <= 24 and 0 <= minute < 60:
            return hour % 24, minute, None
    m = re.search(r"T([A-Z]{2})$", value or "")
    if m and m[1] in PARTS_OF_DAY:
        return None, None, PARTS_OF_DAY[m[1]]
    return None, None, None


def clock(hour: int, minute: int) -> str:
    """AP style time: 3:30 p.m., 9 a.m., noon, midnight."""
    if (hour, minute) == (12, 0):
        return "noon"
    if (hour, minute) == (0, 0):
        return "midnight"
    suffix = "a.m." if hour < 12 else "p.m."
    h = hour % 12 or 12
    return f"{h}:{minute:02d} {suffix}" if minute else f"{h} {suffix}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def unknown_label(value: Optional[str]) -> str:
    """Label for an event with no place on the axis: 'date unknown', or what little is known."""
    m = re.fullmatch(r"XXXX-(\d{2})(?:-(\d{2}))?", value or "")
    if m and 1 <= int(m[1]) <= 12:
        month = MONTHS[int(m[1]) - 1]
        if m[2] and m[2].isdigit():
            return f"{month} {int(m[2])} (year unknown)"
        return f"{month} (year unknown)"
    return "date unknown"


def date_label(row: dict, *, reported: bool = True) -> str:
    """The event's date in words, at its precision.

    "Jan. 17, 2018", "3:30 p.m., Jan. 15, 2018", "afternoon of Jan. 17, 2018",
    "week of Jan. 15, 2018", "January 2018", "spring 2018", "first quarter of 2018",
    "2018", "the 1990s", "the 20th century", "date unknown"; a date that is only the
    article's publication date reads "reported Jan. 18, 2018" (unless `reported=False`).
    """
    precision = row.get("precision") or "unknown"
    value = row.get("date") or ""
    start, end = parse_day(row.get("date_start")), parse_day(row.get("date_end"))
    if precision == "unknown" or start is None:
        return unknown_label(value)
    end = end or start
    if precision == "time":
        hour, minute, part = _time_of_day(value)
        if hour is not None:
            label = f"{clock(hour, minute)}, {ap_day(start)}"
        elif part:
            label = f"{part} of {ap_day(start)}"
        else:
            label = ap_day(start)
    elif precision == "day":
        label = ap_day(start)
    elif precision == "week":
        label = ("weekend of " if value.endswith("-WE") else "week of ") + ap_day(start)
    elif precision == "month":
        label = f"{MONTHS[start.month - 1]} {start.year}"
    elif precision == "season":
        m = re.search(r"-(SP|SU|FA|AU|WI)$", value)
        season = SEASONS[m[1]] if m else "season"
        label = f"{season} {value[:4] if value[:4].isdigit() else start.year}"
    elif precision == "quarter":
        m = re.search(r"-(Q[1-4]|H[12])$", value)
        year = value[:4] if value[:4].isdigit() else str(start.year)
        label = f"{QUARTERS[m[1]]} of {year}" if m else f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]} {end.year}"
    elif precision == "year":
        label = str(start.year)
    elif precision == "decade":
        label = f"the {start.year // 10 * 10}s"
    elif precision == "century":
        label = f"the {_ordinal(start.year // 100 + 1)} century"
    else:
        label = ap_day(start)
    if reported and row.get("basis") == "publication":
        return f"reported {label}"
    return label


def day_after(value) -> Optional[str]:
    d = parse_day(value)
    return (d + timedelta(days=1)).isoformat() if d else None


def source_list(row: dict) -> list[dict]:
    """The event's source passages; a row without `source_list` counts its own first source."""
    sources = row.get("source_list")
    if sources:
        return list(sources)
    return [{
        "event_id": row.get("id"), "rank": 1, "extracted_event_id": row.get("id"),
        "article_id": row.get("article_id"), "article_title": row.get("source_title"),
        "outlet": row.get("source_outlet"), "published": row.get("source_published"),
        "url": row.get("source_url"), "sentence_start": row.get("sentence_start"),
        "sentence_end": row.get("sentence_end"), "trigger_start": row.get("trigger_start"),
        "trigger_end": row.get("trigger_end"), "evidence": row.get("evidence"),
        "quote": row.get("quote"), "date": row.get("date"), "speaker": row.get("speaker"),
        "quantities": row.get("quantities") or [],
    }]


def json_list(value) -> list:
    """A JSON column as a list (rows from the query are decoded already; raw rows are not)."""
    if value is None:
        return []
    if isinstance(value, str):
        import json

        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return list(value) if isinstance(value, (list, tuple)) else [value]


def json_obj(value):
    if isinstance(value, str):
        import json

        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def actor_names(row: dict) -> list[str]:
    names = []
    for actor in json_list(row.get("actors")):
        name = actor.get("canonical") or actor.get("name") if isinstance(actor, dict) else actor
        if name and name not in names:
            names.append(str(name))
    return names


def place_names(row: dict) -> list[str]:
    return [str(p.get("name") if isinstance(p, dict) else p) for p in json_list(row.get("places"))]


def quantity_texts(row: dict) -> list[str]:
    out = []
    for q in json_list(row.get("quantities")):
        if isinstance(q, dict):
            text = q.get("text") or str(q.get("value"))
            out.append(f"{text} {q['unit']}" if q.get("unit") and q["unit"] not in text else text)
        else:
            out.append(str(q))
    return out


def source_name(source: dict) -> str:
    return source.get("outlet") or source.get("article_title") or (source.get("article_id") or "")[:12] or "source"


def offsets_label(source: dict) -> str:
    start, end = source.get("sentence_start"), source.get("sentence_end")
    if start is None or end is None:
        return ""
    return f"characters {start}–{end}"


def article_count(rows: list[dict]) -> int:
    return len({s.get("article_id") for row in rows for s in source_list(row)})
