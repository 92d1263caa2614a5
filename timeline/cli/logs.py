"""Commands that look at the log itself and keep projections in step: log, status, rebuild."""

from __future__ import annotations

import json

import click

from timeline import project
from timeline.cli.common import main_group, open_timeline, reports_errors
from timeline.entries import ENTRY_TYPES


@main_group.command(name="log")
@click.option("--type", "types", multiple=True, type=click.Choice(sorted(ENTRY_TYPES)), help="Only entries of this type (repeatable).")
@click.option("--stream", help="Only this stream (e.g. article-<id>).")
@click.option("--after", type=int, default=0, help="Only entries after this position.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many entries.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, payload included.")
@click.pass_context
@reports_errors
def log_command(ctx, types, stream, after, limit, as_json):
    """List log entries, oldest first.

    Example: timeline log --type ArticleDated --json
    """
    with open_timeline(ctx) as tl:
        for entry in tl.log.read(after=after, types=types or None, stream=stream, limit=limit):
            if as_json:
                click.echo(json.dumps({
                    "position": entry.position, "stream": entry.stream, "version": entry.version,
                    "type": entry.type, "schema": entry.schema, "recorded_at": entry.recorded_at,
                    "entry_id": entry.entry_id, "data": entry.data,
                }, ensure_ascii=False))
            else:
                click.echo(f"{entry.position:>7}  {entry.recorded_at[:19]}  {entry.type:<20} {entry.stream[:40]} v{entry.version}  {_summary(entry)}")


def _summary(entry) -> str:
    data = entry.data
    if entry.type == "ArticleAdded":
        return data["article"]["title"][:60]
    if entry.type == "EventExtracted":
        return f"{data['event']['kind']}: {data['event']['headline'][:50]}"
    if entry.type == "ExtractionCompleted":
        return f"{len(data['event_ids'])} events ({data['extractor']})"
    if entry.type == "ArticleDated":
        return f"published {data['published']}"
    return json.dumps(data, ensure_ascii=False)[:70]


@main_group.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
@reports_errors
def status(ctx, as_json):
    """Counts per entry type, articles, last position, each projection's position and lag.

    Example: timeline status
    """
    with open_timeline(ctx) as tl:
        info = tl.status()
    if as_json:
        click.echo(json.dumps(info, indent=2))
        return
    click.echo(f"database: {info['database']}")
    click.echo(f"articles: {info['articles']}")
    click.echo(f"log: {info['last_position']} entries")
    for kind, count in info["entries"].items():
        click.echo(f"  {kind:<22} {count}")
    click.echo("projections:")
    for row in info["projections"]:
        click.echo(f"  {row['projection']:<22} at {row['position']}  (lag {row['lag']})")


@main_group.command()
@click.pass_context
@reports_errors
def rebuild(ctx):
    """Drop every projection and rebuild it from the log alone.

    Example: timeline rebuild
    """
    with open_timeline(ctx) as tl:
        folded = project.rebuild(tl.log)
    click.echo(f"rebuilt {len(project.PROJECTIONS)} projections from {folded} entry folds")
