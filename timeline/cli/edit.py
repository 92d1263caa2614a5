"""Corrections: correct, retract, merge, split, history. Each appends an entry; nothing is erased."""

from __future__ import annotations

import click

from timeline.cli.common import main_group, open_timeline, reports_errors
from timeline.edit import Editor, describe
from timeline.model import EVENT_KINDS


@main_group.command()
@click.argument("event")
@click.option("--date", metavar="DATE", help="The right date: 2018-01-17, 2018-01, 2018-W03, 2018 …")
@click.option("--kind", type=click.Choice(EVENT_KINDS), help="The right kind.")
@click.option("--headline", help="A better headline.")
@click.option("--speaker", help="Who really said it.")
@click.option("--why", help="Why (kept in the log).")
@click.pass_context
@reports_errors
def correct(ctx, event, date, kind, headline, speaker, why):
    """Correct an event's date, kind, headline or speaker (EVENT: id or unique id prefix).

    Example: timeline correct 3f2a9c --date 2018-01-17 --why "the Chronicle's Wednesday"
    """
    with open_timeline(ctx) as tl:
        row = Editor(tl.log).correct(event, date=date, kind=kind, headline=headline, speaker=speaker, why=why)
    click.echo(f"corrected {row}")


@main_group.command()
@click.argument("event")
@click.option("--why", help="Why it should not be on the timeline (kept in the log).")
@click.pass_context
@reports_errors
def retract(ctx, event, why):
    """Take an event off the timeline; the log keeps it (a merged source's id drops only that source).

    Example: timeline retract 3f2a9c --why "teaser headline of another story"
    """
    with open_timeline(ctx) as tl:
        event_id = Editor(tl.log).retract(event, why)
    click.echo(f"retracted {event_id}")


@main_group.command()
@click.argument("target")
@click.argument("others", nargs=-1, required=True)
@click.option("--why", "reason", default="", help="Why they are the same news event.")
@click.pass_context
@reports_errors
def merge(ctx, target, others, reason):
    """Merge events that report the same news event into TARGET's row (it keeps its id).

    Example: timeline merge 3f2a9c 9c1b02 77de10 --why "same letter"
    """
    with open_timeline(ctx) as tl:
        row = Editor(tl.log).merge(target, others, reason)
    click.echo(f"merged {len(others)} into {row}")


@main_group.command()
@click.argument("target")
@click.argument("members", nargs=-1)
@click.option("--why", help="Why they are different news events.")
@click.pass_context
@reports_errors
def split(ctx, target, members, why):
    """Undo merges: MEMBERS (default: all) of TARGET's row stand on their own again.

    Example: timeline split 3f2a9c 9c1b02 --why "different letters"
    """
    with open_timeline(ctx) as tl:
        row, split_off = Editor(tl.log).split(target, members, why)
    click.echo(f"split {len(split_off)} from {row}: {', '.join(split_off)}")


@main_group.command()
@click.argument("event")
@click.pass_context
@reports_errors
def history(ctx, event):
    """Every log entry about an event's row: extractions, datings, corrections, merges, splits.

    Example: timeline history 3f2a9c
    """
    with open_timeline(ctx) as tl:
        entries = Editor(tl.log).history(event)
    for entry in entries:
        click.echo(f"{entry.position:>7}  {entry.recorded_at[:19]}  {describe(entry)}")
