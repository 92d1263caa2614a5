"""`timeline show`: the timeline as a readable table (or JSON), with the shared filters."""

from __future__ import annotations

import json
import shutil

import click

from timeline.cli.common import main_group, open_timeline, reports_errors
from timeline.query import QueryError, filters_from_options, add_filter_options, select_timeline
from timeline.app import UserError

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_label(row: dict) -> str:
    """The date at its precision: 2018-01-17, Jan 2018, 2018-W03, 2018; '?' marks publication-date fallbacks."""
    value, precision = row["date"] or "", row["precision"]
    if precision == "unknown" or not row["date_start"]:
        return "undated" if not value or value.startswith("X") else value
    if precision == "month" and len(value) == 7 and value[5:].isdigit():
        label = f"{MONTHS[int(value[5:]) - 1]} {value[:4]}"
    else:
        label = value
    return label + ("?" if row["basis"] == "publication" else "")


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def source_label(row: dict, width: int) -> str:
    """The first source (outlet, else title), then '+N' further sources and '!' for conflicts: never cut off."""
    name = row["source_outlet"] or row["source_title"] or row["article_id"][:12]
    tail = (f" +{row['sources'] - 1}" if row["sources"] > 1 else "") + ("!" if row["conflicts"] else "")
    return _cut(name, max(width - len(tail), 8)) + tail


def render_table(rows: list[dict], width: int) -> list[str]:
    fixed = 8 + 13 + 12 + 18 + 5
    rest = max(width - fixed, 40)
    headline_w = max(rest * 3 // 5, 24)
    source_w = max(rest - headline_w, 14)
    lines = [f"{'ID':<8} {'DATE':<12} {'KIND':<12} {'HEADLINE':<{headline_w}} {'SPEAKER':<18} SOURCE"]
    for row in rows:
        lines.append(
            f"{row['id'][:8]:<8} {date_label(row):<12} {row['kind']:<12} {_cut(row['headline'], headline_w):<{headline_w}} "
            f"{_cut(row['speaker'], 18):<18} {source_label(row, source_w)}"
        )
    return lines


@main_group.command()
@add_filter_options
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON (with every source).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many rows.")
@click.pass_context
@reports_errors
def show(ctx, as_json, limit, **options):
    """Print the timeline in chronological order: date (at its precision), kind, headline, speaker, source.

    A '?' after a date means it is the article's publication date (no date in the text);
    '+N' counts further sources; '!' flags sources that disagree (see `conflicts`).

    Example: timeline show --kind operation --since 2018-01 --actor ICE
    """
    try:
        filters = filters_from_options(**options)
        with open_timeline(ctx) as tl:
            rows = select_timeline(tl.log, filters)
    except QueryError as err:
        raise UserError(str(err)) from None
    if limit:
        rows = rows[:limit]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no events match", err=True)
        return
    width = shutil.get_terminal_size((120, 24)).columns
    for line in render_table(rows, width):
        click.echo(line)
