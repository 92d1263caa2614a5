"""Exports of the timeline: pure functions from timeline rows to text, plus a careful file writer.

Rows come from `timeline.query.select_timeline` (chronological, with `source_list`).

| format      | default file                 | what                                                   |
| ----------- | ---------------------------- | ------------------------------------------------------ |
| timelinejs  | exports/timeline.json        | TimelineJS 3 JSON (`timelinejs.to_timelinejs`)         |
| json        | exports/timeline-full.json   | every event with full provenance (`jsonfull.to_full`)  |
| jsonl       | exports/timeline.jsonl       | one event per line, same fields (`jsonfull`)           |
| vis         | exports/timeline-vis.json    | vis-timeline items and groups (`vis.to_vis`)           |
| html        | exports/timeline.html        | TimelineJS page + printable list (`html.to_html`)      |

Example::

    from timeline.export import render
    from timeline.query import Filters, select_timeline
    from timeline.store import EventLog

    with EventLog("events.db") as log:
        page = render("html", select_timeline(log, Filters()), title="ICE raids")
"""

from __future__ import annotations

import json
from typing import Optional

from timeline.export.html import DEFAULT_TIMELINEJS_URL, ExportError, to_html
from timeline.export.jsonfull import dumps_full, dumps_jsonl, to_full
from timeline.export.timelinejs import to_timelinejs
from timeline.export.vis import to_vis
from timeline.export.writer import OutputError, WriteResult, write_export

#: Format name -> default file name (in the exports directory).
FORMATS = {
    "timelinejs": "timeline.json",
    "json": "timeline-full.json",
    "jsonl": "timeline.jsonl",
    "vis": "timeline-vis.json",
    "html": "timeline.html",
}
DEFAULT_FORMAT = "timelinejs"
DEFAULT_DIR = "exports"


def render(
    fmt: str,
    rows: list[dict],
    *,
    title: str = "Timeline",
    description: Optional[str] = None,
    timelinejs_url: Optional[str] = None,
    eras: str = "year",
    filters: Optional[dict] = None,
    log_position: Optional[int] = None,
) -> str:
    """The export of `rows` in format `fmt`, as text (ending in a newline)."""
    if fmt == "timelinejs":
        data = to_timelinejs(rows, title, description=description, eras=eras)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "json":
        return dumps_full(rows, title=title, filters=filters, log_position=log_position)
    if fmt == "jsonl":
        return dumps_jsonl(rows)
    if fmt == "vis":
        return json.dumps(to_vis(rows), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        return to_html(rows, title, timelinejs_url=timelinejs_url, description=description, eras=eras)
    raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = [
    "FORMATS", "DEFAULT_FORMAT", "DEFAULT_DIR", "DEFAULT_TIMELINEJS_URL", "render", "write_export",
    "WriteResult", "OutputError", "ExportError", "to_timelinejs", "to_full", "to_vis", "to_html",
]
