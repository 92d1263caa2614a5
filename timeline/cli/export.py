"""`timeline export`: write the timeline as TimelineJS JSON, full JSON, JSON Lines, vis-timeline or HTML."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import quote

import attrs
import click

from timeline.app import UserError
from timeline.cli.common import main_group, open_timeline, reports_errors
from timeline.export import (
    DEFAULT_DIR,
    DEFAULT_FORMAT,
    DEFAULT_TIMELINEJS_URL,
    FORMATS,
    ExportError,
    OutputError,
    render,
    write_export,
)
from timeline.export.common import is_dated
from timeline.query import QueryError, add_filter_options, filters_from_options, position_for, select_timeline


def local_timelinejs(value: str, page_dir: Path) -> str:
    """`--timelinejs-url`: a local directory becomes a URL relative to the page; anything else is a URL."""
    path = Path(value).expanduser()
    if not path.is_dir():
        return value
    for base in (path, path / "dist"):
        if (base / "js" / "timeline.js").is_file():
            relative = os.path.relpath(base.resolve(), page_dir.resolve())
            return quote(Path(relative).as_posix())
    raise UserError(f"--timelinejs-url {value}: no js/timeline.js in that directory (or in its dist/)")


def describe(fmt: str, rows: list[dict]) -> str:
    dated = sum(1 for row in rows if is_dated(row))
    if fmt in ("timelinejs", "html", "vis") and dated < len(rows):
        where = {"timelinejs": "not slides", "html": "listed under 'Date unknown'", "vis": "under 'undated'"}[fmt]
        return f"{dated} dated events; {len(rows) - dated} with unknown dates {where}"
    return f"{len(rows)} events"


@main_group.command("export")
@add_filter_options
@click.option(
    "-f", "--format", "formats", multiple=True, type=click.Choice(list(FORMATS) + ["all"]),
    help=f"Output format (repeatable; 'all' for every one). Default: {DEFAULT_FORMAT}.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
    help="Write to this file ('-' for standard output); only with a single format.",
)
@click.option(
    "--dir", "directory", default=DEFAULT_DIR, show_default=True, type=click.Path(file_okay=False),
    help="Directory for the default file names.",
)
@click.option("--force", is_flag=True, help="Replace an existing file even if timeline export did not write it.")
@click.option("--title", default="Timeline", show_default=True, help="Title of the timeline (title slide, page heading).")
@click.option("--description", default=None, help="A sentence under the title.")
@click.option(
    "--timelinejs-url", default=DEFAULT_TIMELINEJS_URL, show_default=True, metavar="URL|DIR",
    help="Where the HTML page loads TimelineJS from: a URL, or a local copy's directory "
    "(holding js/timeline.js and css/timeline.css, e.g. node_modules/@knight-lab/timelinejs/dist).",
)
@click.option("--eras", type=click.Choice(["year", "none"]), default="year", show_default=True,
              help="TimelineJS eras: one per calendar year, or none.")
@click.pass_context
@reports_errors
def export(ctx, formats, output, directory, force, title, description, timelinejs_url, eras, **options):
    """Write the timeline to exports/ (or --output), with the same filters as `timeline show`.

    \b
    Formats and default files:
      timelinejs  exports/timeline.json       TimelineJS 3 JSON (default)
      json        exports/timeline-full.json  every event with full provenance
      jsonl       exports/timeline.jsonl      one event per line, same fields
      vis         exports/timeline-vis.json   vis-timeline items and groups
      html        exports/timeline.html       TimelineJS page + printable list

    An existing file is replaced only if timeline export wrote it (you are told so);
    other files need --force. Unchanged files are left alone.

    \b
    Example:
      timeline export
      timeline export --format html --kind operation --since 2018-01
      timeline export -f json -o - | jq '.events[0].sources'
      timeline export -f html --timelinejs-url node_modules/@knight-lab/timelinejs/dist
    """
    formats = list(dict.fromkeys(formats or (DEFAULT_FORMAT,)))
    if "all" in formats:
        formats = list(FORMATS)
    if output and len(formats) > 1:
        raise UserError("--output takes a single --format; without --output each format goes to its own file in --dir")
    try:
        filters = filters_from_options(**options)
        with open_timeline(ctx) as tl:
            rows = select_timeline(tl.log, filters)
            position = position_for(tl.log, filters.as_of) if filters.as_of else tl.log.last_position()
    except QueryError as err:
        raise UserError(str(err)) from None
    if not rows:
        click.echo("timeline: warning: no events match; the export is empty", err=True)
    filter_record = {k: (list(v) if isinstance(v, tuple) else v) for k, v in attrs.asdict(filters).items()}
    for fmt in formats:
        target = output or str(Path(directory) / FORMATS[fmt])
        tljs = timelinejs_url
        if fmt == "html":
            tljs = local_timelinejs(timelinejs_url, Path.cwd() if target == "-" else Path(target).parent)
        try:
            text = render(fmt, rows, title=title, description=description, timelinejs_url=tljs, eras=eras,
                          filters=filter_record, log_position=position)
        except ExportError as err:
            raise UserError(str(err)) from None
        if target == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            continue
        try:
            result = write_export(target, text, force=force)
        except OutputError as err:
            raise UserError(str(err)) from None
        except OSError as err:
            raise UserError(f"cannot write {target}: {err.strerror or err}") from None
        click.echo(result.message(describe(fmt, rows)), err=True)
