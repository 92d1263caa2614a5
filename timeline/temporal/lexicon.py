"""Words the grammar needs: month, weekday, season and number vocabularies.

Kept apart from the regexes so the vocabulary can grow without touching the grammar.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}
WEEKDAY_ABBREVS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
#: TIMEX3 part-of-day codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "centurie": "CE", "fortnight": "W",
}
#: units that live after the "T" in an ISO duration
TIME_UNITS = {"second", "minute", "hour"}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "thirtieth": 30, "final": 4, "last": 4,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: quantities that are not numbers: "several days" -> PXD
VAGUE_QUANTITIES = {"several", "few", "a few", "some", "many", "a couple of", "couple of",
                    "a number of", "numerous", "countless"}

NUMBER_WORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred)"
)


def number_value(word: str) -> int | None:
    """'twenty-four' -> 24, '18' -> 18, 'a'/'an' -> 1, vague words -> None."""
    w = word.lower().strip().replace(",", "")
    if w in ("a", "an", "one"):
        return 1
    if w.isdigit():
        return int(w)
    if w in ("a hundred", "one hundred"):
        return 100
    if w in _UNITS_WORDS:
        return _UNITS_WORDS[w]
    parts = re.split(r"[- ]", w)
    if parts and parts[0] in _TENS_WORDS:
        total = _TENS_WORDS[parts[0]]
        if len(parts) == 2 and parts[1] in _UNITS_WORDS:
            total += _UNITS_WORDS[parts[1]]
        return total
    try:
        f = float(w)
    except ValueError:
        return None
    return int(f) if f.is_integer() else None


def spelled_year(text: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000, 'two thousand and one' -> 2001."""
    t = text.lower().strip()
    m = re.fullmatch(r"(nineteen|eighteen|twenty)[ -](.+)", t)
    if m:
        rest = m.group(2)
        if rest.startswith("hundred"):
            return None
        v = number_value(rest)
        if v is not None and 10 <= v < 100:
            return {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m.group(1)] + v
        return None
    m = re.fullmatch(r"two thousand(?:(?: and)? (.+))?", t)
    if m:
        if not m.group(1):
            return 2000
        v = number_value(m.group(1))
        return 2000 + v if v is not None and v < 100 else None
    return None
