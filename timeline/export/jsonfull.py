"""The full timeline as plain JSON (`--format json`) and JSON Lines (`--format jsonl`).

Every news event with its whole provenance: each source passage (article metadata,
sentence and trigger offsets into the stored article text, the evidence sentence, the
quote), the date with its TIMEX3 value, interval, precision and basis, and any conflicts
between sources. This is data, not markup: strings are the article's own text, unescaped.

Schema `timeline-full/1` (field names are stable; new fields may be added, none renamed)::

    {
      "format": "timeline-full", "schema_version": 1, "generator": "timeline export",
      "title": str, "filters": {kind, actor, since, until, search, article, as_of, min_confidence},
      "log_position": int | null,       # the log position this export reflects
      "counts": {"events": int, "dated": int, "undated": int, "articles": int},
      "events": [event, ...]            # chronological (undated last)
    }

    event = {
      "id": str,                        # stable event id (TimelineJS unique_id, vis id)
      "order": int,                     # position in the chronological order
      "kind": str, "status": "occurred" | "planned" | "claimed",
      "headline": str,
      "date": {"value": str | null,     # TIMEX3: 2018-01-17, 2018-01, 2018-W03, 2018-SP, XXXX-10 …
               "start": "YYYY-MM-DD" | null, "end": "YYYY-MM-DD" | null,
               "precision": str,        # time day week month season quarter year decade century unknown
               "basis": str,            # explicit relative publication correction unknown
               "text": str | null,      # the words the date came from
               "label": str},           # "week of Jan. 15, 2018", "date unknown" …
      "actors": [str], "speaker": str | null, "speaker_role": str | null, "quote": str | null,
      "places": [str], "quantities": [{"value": number, "text": str, "unit": str | null}],
      "confidence": number, "from_headline": bool, "corrected": bool,
      "conflicts": null | {"date": [str], "quantities": {unit: [number]}},
      "extractor": str | null,
      "sources": [{"rank": int, "extracted_event_id": str,
                   "article": {"id": str, "title": str | null, "outlet": str | null,
                               "published": "YYYY-MM-DD" | null, "url": str | null},
                   "sentence": {"start": int, "end": int}, "trigger": {"start": int, "end": int},
                   "evidence": str, "quote": str | null, "date": str | null,
                   "speaker": str | null, "quantities": [...]}]
    }

JSON Lines: one `event` object per line, nothing else (same fields).
"""

from __future__ import annotations

import json
from typing import Optional

from timeline.export.common import (
    GENERATOR,
    actor_names,
    article_count,
    date_label,
    is_dated,
    json_list,
    json_obj,
    place_names,
    source_list,
)

FORMAT = "timeline-full"
#: Characters some line readers (str.splitlines, JavaScript) treat as line ends; json.dumps keeps them raw.
LINE_BREAKS = ("\x85", "\u2028", "\u2029")
SCHEMA_VERSION = 1


def _span(start, end) -> Optional[dict]:
    if start is None and end is None:
        return None
    return {"start": start, "end": end}


def source_record(source: dict) -> dict:
    return {
        "rank": source.get("rank", 1),
        "extracted_event_id": source.get("extracted_event_id"),
        "article": {
            "id": source.get("article_id"),
            "title": source.get("article_title"),
            "outlet": source.get("outlet"),
            "published": source.get("published"),
            "url": source.get("url"),
        },
        "sentence": _span(source.get("sentence_start"), source.get("sentence_end")),
        "trigger": _span(source.get("trigger_start"), source.get("trigger_end")),
        "evidence": source.get("evidence"),
        "quote": source.get("quote"),
        "date": source.get("date"),
        "speaker": source.get("speaker"),
        "quantities": json_list(source.get("quantities")),
    }


def event_record(row: dict, order: Optional[int] = None) -> dict:
    """One timeline row as a `timeline-full` event (see the module docstring)."""
    return {
        "id": row["id"],
        "order": order if order is not None else row.get("sort_order"),
        "kind": row.get("kind"),
        "status": row.get("status") or "occurred",
        "headline": row.get("headline"),
        "date": {
            "value": row.get("date"),
            "start": row.get("date_start"),
            "end": row.get("date_end"),
            "precision": row.get("precision") or "unknown",
            "basis": row.get("basis") or "unknown",
            "text": row.get("date_text"),
            "label": date_label(row),
        },
        "actors": actor_names(row),
        "speaker": row.get("speaker"),
        "speaker_role": row.get("speaker_role"),
        "quote": row.get("quote"),
        "places": place_names(row),
        "quantities": json_list(row.get("quantities")),
        "confidence": row.get("confidence"),
        "from_headline": bool(row.get("from_headline")),
        "corrected": bool(row.get("corrected")),
        "conflicts": json_obj(row.get("conflicts")) or None,
        "extractor": row.get("extractor"),
        "sources": [source_record(s) for s in source_list(row)],
    }


def to_full(rows: list[dict], *, title: str = "Timeline", filters: Optional[dict] = None,
            log_position: Optional[int] = None) -> dict:
    events = [event_record(row, i) for i, row in enumerate(rows, 1)]
    dated = sum(1 for row in rows if is_dated(row))
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "generator": GENERATOR,
        "title": title,
        "filters": filters or {},
        "log_position": log_position,
        "counts": {"events": len(rows), "dated": dated, "undated": len(rows) - dated, "articles": article_count(rows)},
        "events": events,
    }


def dumps_full(rows: list[dict], **kwargs) -> str:
    return json.dumps(to_full(rows, **kwargs), ensure_ascii=False, indent=2) + "\n"


def dumps_jsonl(rows: list[dict]) -> str:
    """One event per line (compact; U+0085/2028/2029 escaped so no line reader splits a record)."""
    lines = []
    for i, row in enumerate(rows, 1):
        line = json.dumps(event_record(row, i), ensure_ascii=False, separators=(",", ":"))
        for ch in LINE_BREAKS:
            line = line.replace(ch, f"\\u{ord(ch):04x}")
        lines.append(line)
    return "".join(line + "\n" for line in lines)
