"""Commands that bring articles in and fix their metadata: add, date."""

from __future__ import annotations

import contextlib
import sys
import time

import click

from timeline.app import Timeline
from timeline.cli.common import fail, main_group, open_timeline, reports_errors
from timeline.ingest import DEFAULT_MAX_BYTES, Metadata, Problem, read_inputs
from timeline.parallel import default_workers
from timeline.serialize import parse_date


def _date_option(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


@main_group.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date_option, metavar="YYYY-MM-DD", help="Publication date for these articles.")
@click.option("--source", help="Outlet that published them.")
@click.option("--url", help="Where they were published.")
@click.option("--encoding", help="Decode text files with this encoding instead of requiring UTF-8.")
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
    help="Refuse articles (or JSON Lines lines) larger than this.",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=None,
    help="Processes for extraction [default: number of cores; small batches run in-process].",
)
@click.option(
    "--dask", "dask_address", metavar="ADDRESS",
    help="Extract on a Dask cluster (scheduler address, e.g. tcp://host:8786); needs timeline[dask].",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the summary.")
@click.pass_context
@reports_errors
def add(ctx, paths, published, source, url, encoding, max_bytes, workers, dask_address, quiet):
    """Add articles (files, directories, JSON Lines, or - for stdin) and extract their events.

    A .txt article's first line is its headline. Dates and outlets come from front
    matter, a sidecar story.json, the directory's metadata.json, or the flags.
    Adding an article that is already stored adds nothing.

    Example: timeline add seeds/ ../shared/data/corpus/articles.jsonl
    """
    flags = Metadata(published=published, source=source, url=url)
    items = read_inputs(paths, flags=flags, encoding=encoding, max_bytes=max_bytes)
    tl = open_timeline(ctx)
    with tl, _dask_client(dask_address) as client:
        report = _add_with_progress(tl, items, workers or default_workers(), quiet, client)
    for problem in report.failed:
        click.echo(f"timeline: error: {problem}", err=True)
    click.echo(
        f"added {report.added} article{'s' if report.added != 1 else ''} ({report.events} events), "
        f"{report.present} already present, {len(report.failed)} failed"
    )
    if report.failed:
        raise SystemExit(1)


@contextlib.contextmanager
def _dask_client(address):
    """A Dask client for --dask, or None; a missing dask is one clear error."""
    if not address:
        yield None
        return
    try:
        from dask.distributed import Client
    except ImportError:
        fail("--dask needs dask.distributed: pip install 'timeline[dask]'")
    try:
        client = Client(address, timeout="10s")
    except OSError as err:
        fail(f"cannot reach the Dask scheduler at {address}: {err}")
    with client:
        yield client


def _add_with_progress(tl: Timeline, items, workers: int, quiet: bool, client=None):
    """Show a running count on a terminal (stderr), nothing when piped."""
    show = not quiet and sys.stderr.isatty()
    seen = {"n": 0}
    started = time.monotonic()

    def on_item(item, outcome):
        seen["n"] += 1
        if show:
            name = item.origin if isinstance(item, Problem) else (item.article.origin or item.article.id[:12])
            rate = seen["n"] / max(time.monotonic() - started, 1e-6)
            click.echo(f"\r\x1b[K{seen['n']} articles, {rate:.1f}/s — {outcome}: {name[-50:]}", nl=False, err=True)

    if client is not None:
        from timeline.distributed import add_on_dask

        report = add_on_dask(tl, items, client, on_item=on_item)
    else:
        report = tl.add(items, workers=workers, on_item=on_item)
    if show and seen["n"]:
        click.echo("", err=True)
    return report


@main_group.command()
@click.argument("article")
@click.argument("published")
@click.option("--why", help="Why the date is set or changed (kept in the log).")
@click.pass_context
@reports_errors
def date(ctx, article, published, why):
    """Set or correct an article's publication date (YYYY-MM-DD, or 'none').

    Appends an ArticleDated entry; relative dates in the article ("Wednesday",
    "last month") are re-resolved against the new date.

    Example: timeline date 001_769cbc7b5d9de9b8.txt 2017-06-02
    """
    with open_timeline(ctx) as tl:
        row, changed = tl.date_article(article, None if published.lower() == "none" else published, why)
    name = row["origin"] or row["id"][:12]
    if changed:
        click.echo(f"{name}: published {row['published'] or 'unknown'}")
    else:
        click.echo(f"{name}: already published {row['published'] or 'unknown'}; nothing to do")


@main_group.command()
@click.pass_context
@reports_errors
def reextract(ctx):
    """Re-run the current extractor over every stored article it has not processed yet.

    The new extraction run is appended; the old one stays in the log, and the
    projections switch to the latest run. Corrections made to events that the new
    run finds again (same id) still apply.

    Example: timeline reextract
    """
    with open_timeline(ctx) as tl:
        articles, events = tl.reextract()
    click.echo(f"re-extracted {articles} article{'s' if articles != 1 else ''} ({events} events)")
