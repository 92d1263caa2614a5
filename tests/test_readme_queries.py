"""Every example query the README shows runs against a real database and finds what it says."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils.cli import cli as sqlite_utils_cli

from project_support import keyword_extractor
from timeline.app import Timeline
from timeline.ingest import read_inputs
from timeline.project.examples import README_QUERIES

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    path = tmp_path_factory.mktemp("readme") / "events.db"
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    with Timeline.open(path) as tl:
        tl.add(read_inputs([seeds]), extractor=keyword_extractor, extractor_version="keyword-test")
        tl.log.conn.execute("SELECT 1")
    return path


def run_query(command: str, database: Path) -> list[dict]:
    """Run a README sqlite-utils command (with its --table swapped for JSON output) on `database`."""
    args = shlex.split(command)
    assert args[0] == "sqlite-utils" and "events.db" in args
    args = [str(database) if a == "events.db" else a for a in args[1:] if a != "--table"]
    result = CliRunner().invoke(sqlite_utils_cli, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("command", README_QUERIES)
def test_query_runs(command, database):
    assert isinstance(run_query(command, database), list)
    table = CliRunner().invoke(sqlite_utils_cli, [str(database) if a == "events.db" else a for a in shlex.split(command)[1:]])
    assert table.exit_code == 0


def test_queries_find_what_they_say(database):
    q = {i: run_query(c, database) for i, c in enumerate(README_QUERIES)}
    assert len(q[0]) == 10
    assert q[1] and all(r["date"].startswith("2018") for r in q[1])
    assert q[2] and all(r["quote"] or r["headline"] for r in q[2])
    assert q[3] and len(q[3]) >= 5
    assert q[4]  # the FTS index finds "detainer" in a sentence
    assert q[5] and len(q[5]) >= 3
    assert q[6] and q[6][0]["events"] >= q[6][-1]["events"]
    assert isinstance(q[7], list)


def test_readme_quotes_every_query():
    text = README.read_text(encoding="utf-8")
    assert "## Querying" in text, "README.md has no '## Querying' section"
    section = text[text.index("## Querying"):]
    missing = [c for c in README_QUERIES if c not in section]
    assert not missing, "README lacks: " + "\n".join(missing)
