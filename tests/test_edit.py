"""The correction commands: correct, retract, merge, split, history (and rebuild keeps them)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from project_support import keyword_extractor, run  # noqa: F401  (`run`: the seeded CLI fixture)
from timeline import app
from timeline.cli import cli




def show(run, *args):
    return json.loads(run("show", "--json", *args).stdout)


def test_correct_then_history_then_rebuild(run, db_path):
    row = show(run, "--kind", "letter")[0]
    result = run("correct", row["id"][:8], "--date", "2018-01-17", "--headline", "Senators write to ICE", "--why", "checked")
    assert result.exit_code == 0 and result.stdout.strip() == f"corrected {row['id']}"
    now = next(r for r in show(run) if r["id"] == row["id"])
    assert (now["date"], now["basis"], now["headline"], now["corrected"]) == ("2018-01-17", "correction", "Senators write to ICE", 1)
    history = run("history", row["id"]).stdout.splitlines()
    assert "extracted" in history[0] and "corrected" in history[1] and "checked" in history[1]
    before = sqlite3.connect(db_path).execute("SELECT * FROM timeline ORDER BY id").fetchall()
    assert run("rebuild").exit_code == 0
    assert sqlite3.connect(db_path).execute("SELECT * FROM timeline ORDER BY id").fetchall() == before


def test_merge_and_split(run):
    a, b = show(run, "--kind", "statement")[:2]
    assert run("merge", a["id"], b["id"], "--why", "same remark").exit_code == 0
    merged = next(r for r in show(run) if r["id"] == a["id"])
    assert merged["sources"] == 2 and b["id"] not in {r["id"] for r in show(run)}
    history = run("history", b["id"]).stdout
    assert "merged " + b["id"] + " into " + a["id"] + " — same remark" in history
    result = run("split", a["id"], b["id"])
    assert result.exit_code == 0 and b["id"] in {r["id"] for r in show(run)}


def test_automatic_merge_is_in_history_and_can_be_split(run):
    sweep = next(r for r in show(run) if r["sources"] == 3)
    assert "automatically merged" in run("history", sweep["id"]).stdout
    assert run("split", sweep["id"]).exit_code == 0
    assert all(r["sources"] == 1 for r in show(run))


def test_retract(run, db_path):
    row = show(run)[0]
    result = run("retract", row["id"], "--why", "teaser headline")
    assert result.exit_code == 0 and row["id"] not in {r["id"] for r in show(run)}
    again = run("retract", row["id"])
    assert again.exit_code == 1 and "already retracted" in again.stderr
    log = sqlite3.connect(db_path).execute("SELECT count(*) FROM log WHERE data LIKE ?", (f'%{row["id"]}%',)).fetchone()[0]
    assert log >= 2


@pytest.mark.parametrize("args, message", [
    (["correct", "ffffffffff", "--kind", "law"], "no event matches"),
    (["correct", "0", "--kind", "law"], "matches several events"),
    (["merge", "0"], "Missing argument"),
    (["split", "zzz"], "no event matches"),
])
def test_errors(run, args, message):
    result = run(*args)
    assert result.exit_code in (1, 2) and message in result.stderr


def test_nothing_to_split_or_correct(run):
    row = show(run, "--kind", "law")[0]
    split = run("split", row["id"])
    assert split.exit_code == 1 and "has no merged events" in split.stderr
    correct = run("correct", row["id"])
    assert correct.exit_code == 1 and "nothing to correct" in correct.stderr


def test_help_has_examples():
    runner = CliRunner()
    for command in ("show", "correct", "retract", "merge", "split", "history"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example: timeline " + command in result.stdout
