"""One HTML page: the timeline in TimelineJS, and under it a plain, printable list of every event.

- The TimelineJS JSON is embedded in the page (`<script type="application/json">`, with
  `<`, `>`, `&`, U+2028/2029 escaped), so the page works from `file://` and needs no
  second request. TimelineJS comes from Knight Lab's CDN unless `timelinejs_url` names
  another copy (a URL, or a path relative to the page, of the directory holding
  `js/timeline.js` and `css/timeline.css`).
- The list below the timeline shows every event, including those with an unknown date
  (a section of their own), with quotes, speakers and links to the sources; it is readable
  without JavaScript and prints cleanly (the interactive part is hidden in print).
- Article text is escaped everywhere; only http(s) URLs become links; a Content Security
  Policy allows scripts only from the TimelineJS location plus the page's own inline
  script (by hash), so even markup that slipped through could not run.
- TimelineJS's own fonts would come from Google; the page uses the `georgia-helvetica`
  font set (system fonts), so it makes no third-party requests besides TimelineJS itself.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Optional
from urllib.parse import urlsplit

from timeline.export.common import GENERATOR, date_label, esc, is_dated
from timeline.export.timelinejs import slide_text, to_timelinejs

#: Knight Lab's CDN (the location their embed instructions use).
DEFAULT_TIMELINEJS_URL = "https://cdn.knightlab.com/libs/timeline3/latest"


class ExportError(ValueError):
    """An export option that cannot be used (e.g. an unsafe TimelineJS URL)."""


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, code)
    return text


def check_timelinejs_url(url: str) -> str:
    """The base URL of a TimelineJS copy: http(s) or relative; anything else is refused."""
    url = (url or "").strip().rstrip("/")
    if not url:
        raise ExportError("--timelinejs-url is empty")
    if any(ord(ch) < 32 for ch in url) or any(ch in url for ch in "\"'<>` \\"):
        raise ExportError(f"--timelinejs-url {url!r}: not a usable URL")
    parts = urlsplit(url)
    if parts.scheme and parts.scheme.lower() not in ("http", "https"):
        raise ExportError(f"--timelinejs-url {url!r}: only http(s) URLs or paths relative to the page are allowed")
    if parts.scheme and not parts.netloc:
        raise ExportError(f"--timelinejs-url {url!r}: no host")
    return url


def _source_expression(url: str) -> str:
    """The CSP source that allows loading from `url`."""
    parts = urlsplit(url)
    if parts.scheme:
        return f"{parts.scheme.lower()}://{parts.netloc}"
    return "'self'"


# The page's only script. Constant text, so its CSP hash is constant too.
INLINE_SCRIPT = """
(function () {
  var box = document.getElementById("timeline-embed");
  var status = document.getElementById("timeline-status");
  function say(message) { status.textContent = message; status.hidden = false; box.hidden = true; }
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  if (!data.events.length) { say("No event has a known date, so there is no interactive timeline; every event is listed below."); return; }
  if (typeof TL === "undefined") { say("TimelineJS could not be loaded; every event is listed below."); return; }
  var src = document.getElementById("timelinejs-script").src;
  window.timeline = new TL.Timeline(box, data, {
    script_path: src.slice(0, src.lastIndexOf("/") + 1),
    font: "georgia-helvetica",
    hash_bookmark: false,
    timenav_position: "bottom",
    initial_zoom: 2
  });
})();
"""

CSS = """
body { font: 16px/1.5 Georgia, "Times New Roman", serif; margin: 0; color: #222; background: #fff; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
header h1 { font-family: Helvetica, Arial, sans-serif; margin: 1.2rem 0 .3rem; }
#timeline-embed { width: 100%; height: 640px; margin: 1rem 0; }
.note { max-width: 52rem; margin: 1rem auto; padding: .6rem 1rem; background: #fff6d5; }
ol.events { list-style: none; padding: 0; }
li.event { border-top: 1px solid #ddd; padding: .8rem 0; }
li.event h3 { font-family: Helvetica, Arial, sans-serif; font-size: 1.05rem; margin: .2rem 0 .4rem; }
.when { font-family: Helvetica, Arial, sans-serif; font-size: .85rem; color: #555; margin: 0; }
.kind { text-transform: uppercase; letter-spacing: .04em; }
blockquote { margin: .4rem 0 .4rem 1rem; padding-left: .8rem; border-left: 3px solid #bbb; }
li.event ol { margin: .2rem 0; font-size: .9rem; }
footer { color: #666; font-size: .85rem; padding-bottom: 2rem; }
@media print {
  #timeline-embed, #timeline-status, noscript { display: none !important; }
  body { font-size: 11pt; }
  li.event { break-inside: avoid; }
  a[href]::after { content: " <" attr(href) ">"; font-size: .8em; word-break: break-all; }
}
"""


def _event_item(row: dict) -> str:
    status = f" · {esc(row['status'])}" if row.get("status") and row["status"] != "occurred" else ""
    when = esc(date_label(row))
    if is_dated(row):
        when = f'<time datetime="{esc(row["date_start"][:10])}">{when}</time>'
    return (
        f'<li class="event kind-{esc(row.get("kind") or "other")}" id="event-{esc(row["id"])}">'
        f'<p class="when">{when} · <span class="kind">{esc(row.get("kind") or "other")}</span>{status}</p>'
        f"<h3>{esc(row.get('headline') or '(no headline)')}</h3>"
        f"{slide_text(row)}</li>"
    )


def to_html(
    rows: list[dict],
    title: str = "Timeline",
    *,
    timelinejs_url: Optional[str] = None,
    description: Optional[str] = None,
    eras: str = "year",
) -> str:
    """The page for these timeline rows (chronological order is kept)."""
    base = check_timelinejs_url(timelinejs_url or DEFAULT_TIMELINEJS_URL)
    js_url, css_url = f"{base}/js/timeline.js", f"{base}/css/timeline.css"
    data = to_timelinejs(rows, title, description=description, eras=eras)
    dated = [row for row in rows if is_dated(row)]
    undated = [row for row in rows if not is_dated(row)]
    origin = _source_expression(base)
    script_hash = base64.b64encode(hashlib.sha256(INLINE_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    csp = (
        f"default-src 'none'; script-src {origin} 'sha256-{script_hash}'; "
        f"style-src {origin} 'unsafe-inline'; font-src {origin} data:; img-src {origin} data: https:; "
        f"connect-src {origin}; frame-src https:; base-uri 'none'; form-action 'none'"
    )
    summary = f"{len(rows)} news event{'s' if len(rows) != 1 else ''}"
    if dated:
        summary += f", {date_label(dated[0], reported=False)} to {date_label(dated[-1], reported=False)}"
    if undated:
        summary += f"; {len(undated)} with no known date (listed at the end)"
    parts = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{esc(GENERATOR)}">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">',
        '<meta name="referrer" content="no-referrer">',
        '<link rel="icon" href="data:,">',
        f"<title>{esc(title)}</title>",
        f'<link rel="stylesheet" href="{esc(css_url)}">',
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{esc(title)}</h1>" + (f"<p>{esc(description)}</p>" if description else "") + f"<p>{esc(summary)}.</p></header>",
        '<div id="timeline-embed"></div>',
        '<p id="timeline-status" class="note" role="status" hidden></p>',
        '<noscript><p class="note">The interactive timeline needs JavaScript; every event is listed below.</p></noscript>',
        "<main>",
        f'<h2 id="events">Events ({len(dated)})</h2>',
        '<ol class="events">' + "".join(_event_item(row) for row in dated) + "</ol>",
    ]
    if undated:
        parts += [
            f'<h2 id="undated">Date unknown ({len(undated)})</h2>',
            "<p>These events could not be placed in time: their article gives no usable date for them and has no publication date.</p>",
            '<ol class="events">' + "".join(_event_item(row) for row in undated) + "</ol>",
        ]
    parts += [
        "</main>",
        f"<footer><p>Written by <code>{esc(GENERATOR)}</code>. Interactive timeline by "
        f'<a href="https://timeline.knightlab.com/" rel="noopener noreferrer">TimelineJS</a> (Knight Lab), '
        f"loaded from <code>{esc(base)}</code>.</p></footer>",
        f'<script type="application/json" id="timeline-data">{script_json(data)}</script>',
        f'<script id="timelinejs-script" src="{esc(js_url)}"></script>',
        f"<script>{INLINE_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"
