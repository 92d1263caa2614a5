"""TimelineJS 3 JSON (Knight Lab): a title slide, one slide per dated news event, eras per year.

Format: https://timeline.knightlab.com/docs/json-format.html — `{"title": slide, "events":
[slide …], "eras": [era …], "scale": "human"}`; a slide has `start_date` (and `end_date`)
date objects `{year, month, day, hour, minute, display_date}`, `text: {headline, text}`,
`group`, `display_date`, `unique_id`, `autolink`.

- Dates carry only the parts the event's precision supports: a month-precision event has
  `{year, month}`, a year `{year}`; weeks (Monday–Sunday), seasons, quarters, decades and
  centuries are ranges (`end_date`). Every slide has a `display_date` in words
  ("week of Jan. 15, 2018", "January 2018", "reported Jan. 18, 2018" for a publication-date
  fallback), so TimelineJS never shows a false day.
- TimelineJS needs a start date, so events whose date is unknown are **not slides**; the
  title slide says how many there are, and the HTML page and `--format json` list them.
  Slides = exported dated events + 1 (the title).
- TimelineJS renders `text.headline` and `text.text` as HTML: every article-derived string
  is HTML-escaped here, and only http(s) URLs become links.
"""

from __future__ import annotations

from typing import Optional

from timeline.export.common import (
    RANGE_PRECISIONS,
    _time_of_day,
    actor_names,
    article_count,
    date_label,
    esc,
    is_dated,
    json_obj,
    offsets_label,
    parse_day,
    place_names,
    quantity_texts,
    safe_url,
    source_list,
    source_name,
)

BASIS_NOTES = {
    "explicit": "Dated from {text} in the article.",
    "relative": "Dated from {text} in the article, counted from its publication date.",
    "publication": "The article gives no date for this; the date shown is the article's publication date.",
    "correction": "Date set by an editor's correction.",
    "unknown": "The date is unknown.",
}


#: events below this confidence (the extractor's fallback gives 0.4) carry `LOW_CONFIDENCE_NOTE`
SURE = 0.5
LOW_CONFIDENCE_NOTE = ("Low confidence: a past act that no extraction rule names; "
                       "read the source before relying on it.")


def date_objects(row: dict) -> Optional[tuple[dict, Optional[dict]]]:
    """(start_date, end_date or None) at the event's precision; None for an undated event."""
    if not is_dated(row):
        return None
    precision = row["precision"]
    start = parse_day(row["date_start"])
    end = parse_day(row.get("date_end")) or start
    label = date_label(row)

    def ymd(d, parts):
        obj = {"year": d.year}
        if "month" in parts:
            obj["month"] = d.month
        if "day" in parts:
            obj["day"] = d.day
        return obj

    if precision == "time":
        first = ymd(start, ("month", "day"))
        hour, minute, _ = _time_of_day(row.get("date") or "")
        if hour is not None:
            first.update(hour=hour, minute=minute)
        last = None
    elif precision == "day":
        first, last = ymd(start, ("month", "day")), None
    elif precision == "week":
        first, last = ymd(start, ("month", "day")), ymd(end, ("month", "day"))
    elif precision == "month":
        first, last = ymd(start, ("month",)), None
    elif precision in ("season", "quarter"):
        first, last = ymd(start, ("month",)), ymd(end, ("month",))
    elif precision == "year":
        first, last = ymd(start, ()), None
    elif precision in ("decade", "century"):
        first, last = ymd(start, ()), ymd(end, ())
    else:
        first, last = ymd(start, ("month", "day")), None
    first["display_date"] = label
    if last is not None:
        if precision not in RANGE_PRECISIONS or last == {k: v for k, v in first.items() if k != "display_date"}:
            last = None
        else:
            last["display_date"] = label
    return first, last


def _join(items: list[str]) -> str:
    return ", ".join(esc(i) for i in items)


def source_html(source: dict) -> str:
    """One source passage as HTML: linked title (http/https only), outlet, date, offsets."""
    title = source.get("article_title") or source_name(source)
    url = safe_url(source.get("url"))
    name = f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(title)}</a>' if url else f"<cite>{esc(title)}</cite>"
    details = []
    if source.get("outlet") and source.get("outlet") != title:
        details.append(esc(source["outlet"]))
    if source.get("published"):
        details.append(f"published {esc(source['published'])}")
    offsets = offsets_label(source)
    if offsets:
        details.append(esc(offsets))
    if source.get("url") and not url:
        details.append(f"address not linked (not http/https): {esc(source['url'])}")
    article = (source.get("article_id") or "")[:12]
    if article:
        details.append(f"article {esc(article)}")
    return name + (f" ({'; '.join(details)})" if details else "")


def conflicts_html(conflicts) -> str:
    conflicts = json_obj(conflicts)
    if not conflicts:
        return ""
    parts = []
    if isinstance(conflicts, dict):
        if conflicts.get("date"):
            parts.append("dates " + _join([str(d) for d in conflicts["date"]]))
        for unit, values in (conflicts.get("quantities") or {}).items():
            parts.append(f"{esc(unit or 'numbers')}: " + _join([f"{v:g}" if isinstance(v, (int, float)) else str(v) for v in values]))
    else:
        parts.append(esc(str(conflicts)))
    return f"<p><strong>Sources disagree:</strong> {'; '.join(parts)}.</p>"


def slide_text(row: dict) -> str:
    """The slide's body as escaped HTML: status, quote and speaker, evidence, details, sources."""
    out = []
    if row.get("status") and row["status"] != "occurred":
        out.append(f"<p><em>{esc(row['status'].capitalize())}.</em></p>")
    speaker = row.get("speaker")
    who = esc(speaker) + (f", {esc(row['speaker_role'])}" if row.get("speaker_role") else "") if speaker else ""
    if row.get("quote"):
        out.append(f"<blockquote>“{esc(row['quote'])}”</blockquote>")
        if who:
            out.append(f"<p>— {who}</p>")
    else:
        if who:
            out.append(f"<p>According to {who}.</p>")
        if row.get("evidence") and row["evidence"] != row.get("headline"):
            out.append(f"<p>“{esc(row['evidence'])}”</p>")
    details = []
    actors = actor_names(row)
    if actors:
        details.append(f"<strong>Who:</strong> {_join(actors)}")
    places = place_names(row)
    if places:
        details.append(f"<strong>Where:</strong> {_join(places)}")
    numbers = quantity_texts(row)
    if numbers:
        details.append(f"<strong>Numbers:</strong> {_join(numbers)}")
    if details:
        out.append("<p>" + "<br>".join(details) + "</p>")
    out.append(conflicts_html(row.get("conflicts")))
    if row.get("confidence") is not None and row["confidence"] < SURE:
        out.append(f"<p><small>{LOW_CONFIDENCE_NOTE}</small></p>")
    note = BASIS_NOTES.get(row.get("basis") or "unknown", "")
    if note:
        words = row.get("date_text")
        out.append("<p><small>" + note.format(text=f"“{esc(words)}”" if words else "a date") + "</small></p>")
    sources = source_list(row)
    label = "Source" if len(sources) == 1 else f"Sources ({len(sources)})"
    items = "".join(f"<li>{source_html(s)}</li>" for s in sources)
    out.append(f"<p><strong>{label}:</strong></p><ol>{items}</ol>")
    return "".join(part for part in out if part)


def to_slide(row: dict) -> Optional[dict]:
    dates = date_objects(row)
    if dates is None:
        return None
    start, end = dates
    slide = {
        "unique_id": row["id"],
        "start_date": start,
        "display_date": start["display_date"],
        "text": {"headline": esc(row.get("headline") or "(no headline)"), "text": slide_text(row)},
        "group": row.get("kind") or "other",
        "autolink": False,
    }
    if end is not None:
        slide["end_date"] = end
    return slide


def year_eras(slides: list[dict]) -> list[dict]:
    """One era per calendar year that has events (only when there are two or more years)."""
    years = sorted({s["start_date"]["year"] for s in slides})
    if len(years) < 2:
        return []
    return [
        {"start_date": {"year": y, "month": 1, "day": 1}, "end_date": {"year": y, "month": 12, "day": 31},
         "text": {"headline": str(y)}}
        for y in years
    ]


def to_timelinejs(rows: list[dict], title: str = "Timeline", *, description: Optional[str] = None, eras: str = "year") -> dict:
    """The TimelineJS 3 JSON object for timeline rows (chronological order is kept)."""
    slides, undated = [], 0
    for row in rows:
        slide = to_slide(row)
        if slide is None:
            undated += 1
        else:
            slides.append(slide)
    summary = [f"{len(rows)} news event{'s' if len(rows) != 1 else ''} from {article_count(rows)} article{'s' if article_count(rows) != 1 else ''}"]
    dated = [row for row in rows if is_dated(row)]
    if dated:
        summary.append(f", {date_label(dated[0], reported=False)} to {date_label(dated[-1], reported=False)}")
    text = f"<p>{esc(''.join(summary))}.</p>"
    if description:
        text = f"<p>{esc(description)}</p>" + text
    if undated:
        text += (
            f"<p>{undated} event{' has' if undated == 1 else 's have'} no known date and "
            f"{'is' if undated == 1 else 'are'} not on this timeline; the full export "
            "(<code>timeline export --format json</code>) and the HTML page list "
            f"{'it' if undated == 1 else 'them'}.</p>"
        )
    text += "<p>Each event links back to the article passage it comes from (character offsets into the stored text).</p>"
    data = {
        "title": {"unique_id": "title", "text": {"headline": esc(title), "text": text}},
        "events": slides,
        "scale": "human",
    }
    if eras == "year":
        found = year_eras(slides)
        if found:
            data["eras"] = found
    return data


def undated_rows(rows: list[dict]) -> list[dict]:
    return [row for row in rows if not is_dated(row)]
