"""Items and groups for vis-timeline (https://visjs.github.io/vis-timeline/docs/timeline/).

    {"format": "vis-timeline", "generator": "timeline export",
     "groups": [{"id": kind, "content": kind}],
     "items": [{"id", "group", "content", "title", "start", "end"?, "type", "className"}],
     "undated": [{"id", "group", "content", "title"}]}

Use: `new vis.Timeline(el, new vis.DataSet(data.items), new vis.DataSet(data.groups))`.

- A day (or a time of day) is a `"point"`; anything coarser is a `"range"` over its whole
  interval (`end` is the day after the last day, as vis-timeline's end is exclusive).
- Events with an unknown date cannot be placed: they are in `undated`, not `items`.
- vis-timeline renders `content` and `title` as HTML, so both are escaped text.
"""

from __future__ import annotations

from timeline.export.common import (
    GENERATOR,
    _time_of_day,
    date_label,
    day_after,
    esc,
    is_dated,
    source_list,
    source_name,
)


def _title(row: dict) -> str:
    sources = source_list(row)
    origin = source_name(sources[0]) if sources else ""
    more = f" (+{len(sources) - 1} more)" if len(sources) > 1 else ""
    parts = [date_label(row), row.get("headline") or ""]
    if row.get("speaker"):
        parts.append(f"speaker: {row['speaker']}")
    parts.append(f"source: {origin}{more}")
    return esc(" — ".join(p for p in parts if p))


def to_item(row: dict) -> dict:
    item = {
        "id": row["id"],
        "group": row.get("kind") or "other",
        "content": esc(row.get("headline") or "(no headline)"),
        "title": _title(row),
        "className": f"kind-{row.get('kind') or 'other'} status-{row.get('status') or 'occurred'}",
    }
    if not is_dated(row):
        return item
    precision = row["precision"]
    if precision in ("day", "time"):
        start = row["date_start"][:10]
        hour, minute, _ = _time_of_day(row.get("date") or "") if precision == "time" else (None, None, None)
        item["start"] = f"{start}T{hour:02d}:{minute:02d}" if hour is not None else start
        item["type"] = "point"
    else:
        item["start"] = row["date_start"][:10]
        item["end"] = day_after(row.get("date_end") or row["date_start"])
        item["type"] = "range"
    return item


def to_vis(rows: list[dict]) -> dict:
    items, undated, kinds = [], [], []
    for row in rows:
        item = to_item(row)
        (items if "start" in item else undated).append(item)
        if item["group"] not in kinds:
            kinds.append(item["group"])
    return {
        "format": "vis-timeline",
        "generator": GENERATOR,
        "groups": [{"id": kind, "content": esc(kind)} for kind in sorted(kinds)],
        "items": items,
        "undated": undated,
    }
