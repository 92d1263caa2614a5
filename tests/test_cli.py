"""The `timeline` command: one clear line per problem, true exit status, nothing lost."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import said_extractor
from timeline import app
from timeline.cli import cli


@pytest.fixture
def run(db_path, monkeypatch):
    """Invoke the CLI against a fresh database, with the cheap extractor."""
    monkeypatch.setattr(app, "default_extractor", lambda: (said_extractor, "said-test"))
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, ["--db", str(db_path), *map(str, args)], input=input)

    return invoke


def test_add_batch_with_bad_files_stores_the_good_ones_and_fails_truthfully(run, tmp_path, seeds_dir):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.txt").write_text("Mayor hires officers\n\nThe mayor said ten officers were hired.\n")
    result = run("add", seeds_dir, tmp_path, tmp_path / "missing.txt")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("timeline: error:")]
    assert errors == [
        f"timeline: error: {tmp_path / 'binary.txt'}: binary file (contains NUL bytes), not text",
        f"timeline: error: {tmp_path / 'empty.txt'}: empty file",
        f"timeline: error: {tmp_path / 'missing.txt'}: no such file or directory",
    ]
    assert "added 6 articles" in result.stdout and "3 failed" in result.stdout
    again = run("add", seeds_dir)
    assert again.exit_code == 0 and "added 0 articles (0 events), 5 already present, 0 failed" in again.stdout


def test_add_single_file_with_flags_and_bad_flag_date(run, tmp_path, db_path):
    story = tmp_path / "story.txt"
    story.write_text("Sheriff signs deal\n\nThe sheriff said the deal was signed.\n")
    bad = run("add", story, "--published", "2018-02-30")
    assert bad.exit_code == 2 and "impossible date '2018-02-30'" in bad.stderr
    ok = run("add", story, "--published", "2018-01-17", "--source", "Tampa Bay Times")
    assert ok.exit_code == 0
    row = sqlite3.connect(db_path).execute("SELECT published, source FROM articles").fetchone()
    assert row == ("2018-01-17", "Tampa Bay Times")


def test_unknown_option_is_refused(run, seeds_dir):
    result = run("add", seeds_dir, "--frobnicate")
    assert result.exit_code == 2 and "No such option '--frobnicate'" in result.stderr


def test_non_sqlite_database_is_one_line_and_untouched(tmp_path, seeds_dir):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    result = CliRunner().invoke(cli, ["--db", str(notes), "add", str(seeds_dir)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"timeline: error: {notes}: not a SQLite database (refusing to touch it)"
    assert notes.read_text() == "my notes"


def test_stdin_article(run):
    result = run("add", "-", "--published", "2018-01-17", input="Raid in Oakland\n\nAgents said they arrested 12 people.\n")
    assert result.exit_code == 0 and "added 1 article" in result.stdout


def test_date_log_status_rebuild(run, seeds_dir):
    assert run("add", seeds_dir).exit_code == 0
    dated = run("date", "001_769cbc7b5d9de9b8.txt", "2017-06-02", "--why", "wire copy")
    assert dated.exit_code == 0 and dated.stdout.strip().endswith("published 2017-06-02")
    bad = run("date", "001_769cbc7b5d9de9b8.txt", "2017-13-01")
    assert bad.exit_code == 1 and "impossible date" in bad.stderr
    entries = [json.loads(line) for line in run("log", "--type", "ArticleDated", "--json").stdout.splitlines()]
    assert [(e["type"], e["data"]["published"], e["data"]["reason"]) for e in entries] == [
        ("ArticleDated", "2017-06-02", "wire copy")]
    status = json.loads(run("status", "--json").stdout)
    assert status["articles"] == 5 and status["entries"]["ArticleAdded"] == 5
    assert all(p["lag"] == 0 for p in status["projections"])
    assert run("rebuild").exit_code == 0


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.stdout, f"`timeline {name} --help` shows no example"
