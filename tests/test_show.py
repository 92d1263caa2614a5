"""`timeline show`: the readable table, its filters, --json, --as-of, and clear errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from project_support import keyword_extractor, run  # noqa: F401  (`run`: the seeded CLI fixture)
from timeline import app
from timeline.cli import cli




def test_show_prints_a_chronological_table(run):
    result = run("show")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "DATE", "KIND", "HEADLINE", "SPEAKER", "SOURCE"]
    assert any(" Oct 2017 " in line and "law" in line for line in lines)
    assert any("+2" in line and "operation" in line for line in lines)  # the merged sweep
    assert lines[-1].split()[1] == "undated"


def test_show_json_has_rows_with_sources(run):
    rows = json.loads(run("show", "--json").stdout)
    assert rows and all(r["sources"] == len(r["source_list"]) for r in rows)
    assert [r["sort_order"] for r in rows] == sorted(r["sort_order"] for r in rows)


@pytest.mark.parametrize("args, check", [
    (["--kind", "letter"], lambda r: r["kind"] == "letter"),
    (["--kind", "law", "--kind", "letter"], lambda r: r["kind"] in ("law", "letter")),
    (["--actor", "Feinstein"], lambda r: "Dianne Feinstein" in r["actors"] or r["speaker"] == "Dianne Feinstein"),
    (["--since", "2018-01-18"], lambda r: r["date_end"] >= "2018-01-18"),
    (["--until", "2017"], lambda r: r["date_start"] <= "2017-12-31"),
    (["--search", "letter"], lambda r: "letter" in json.dumps(r).lower()),
    (["--article", "003_e278757b7fe60643.txt"], lambda r: r["date"].startswith("2020")),
    (["--min-confidence", "0.5"], lambda r: r["confidence"] >= 0.5),
])
def test_filters(run, args, check):
    rows = json.loads(run("show", "--json", *args).stdout)
    assert rows and all(check(r) for r in rows)


def test_as_of_shows_the_past(run):
    rows = json.loads(run("show", "--json").stdout)
    first = rows[0]["id"]
    position = json.loads(run("status", "--json").stdout)["last_position"]
    assert run("retract", first, "--why", "test").exit_code == 0
    assert first not in {r["id"] for r in json.loads(run("show", "--json").stdout)}
    assert first in {r["id"] for r in json.loads(run("show", "--json", "--as-of", position).stdout)}


@pytest.mark.parametrize("args, message", [
    (["--since", "2018-13"], "impossible date '2018-13'"),
    (["--until", "January"], "bad date 'January'"),
    (["--article", "nope.txt"], "no article matches 'nope.txt'"),
    (["--as-of", "yesterday-ish"], "--as-of 'yesterday-ish'"),
])
def test_bad_filters_fail_in_one_line(run, args, message):
    result = run("show", *args)
    assert result.exit_code == 1 and message in result.stderr and len(result.stderr.splitlines()) == 1


def test_unknown_kind_is_a_usage_error(run):
    result = run("show", "--kind", "party")
    assert result.exit_code == 2


@pytest.mark.parametrize("value", ["1.5", "sure"])
def test_min_confidence_outside_zero_to_one_is_a_usage_error(run, value):
    result = run("show", "--min-confidence", value)
    assert result.exit_code == 2 and "--min-confidence" in result.stderr


def test_nothing_matches(run):
    result = run("show", "--search", "xylophone")
    assert result.exit_code == 0 and result.stdout == "" and "no events match" in result.stderr
