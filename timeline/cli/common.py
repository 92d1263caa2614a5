"""The command group, shared options, and how errors reach the user: one line, true exit status."""

from __future__ import annotations

import functools
import sys

import click

from timeline.app import Timeline, UserError
from timeline.parallel import limit_blas_threads
from timeline.store import DB_ENV, DEFAULT_DB, StoreError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="timeline")
@click.option(
    "--db",
    "db_path",
    envvar=DB_ENV,
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help=f"The timeline database (also ${DB_ENV}).",
)
@click.pass_context
def main_group(ctx: click.Context, db_path: str) -> None:
    """Turn news articles into a sourced, chronological record of what happened.

    Articles go into an append-only event log (events.db); the timeline, articles,
    actors and sources tables are projections of it that you can query with
    sqlite-utils or Datasette.

    Example: timeline add seeds/ && timeline show
    """
    ctx.obj = {"db_path": db_path}
    limit_blas_threads(1)  # extraction in this process is faster with one BLAS thread (see there)


def fail(message: str, code: int = 1):
    click.echo(f"timeline: error: {message}", err=True)
    sys.exit(code)


def open_timeline(ctx: click.Context) -> Timeline:
    try:
        return Timeline.open(ctx.obj["db_path"])
    except StoreError as err:
        fail(str(err))


def reports_errors(command):
    """Turn expected failures into one clear line on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (UserError, StoreError) as err:
            fail(str(err))

    return wrapper
