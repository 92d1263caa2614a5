"""`timeline export` end to end through the CLI: seeds + a hostile article, every format, filters, files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

HOSTILE = Path(__file__).resolve().parent / "browser" / "hostile.txt"
PAYLOADS = ("<script>window.__pwned", "<img src=x", "<svg", "<iframe", 'href="javascript:')


@pytest.fixture(scope="module")
def built(tmp_path_factory, seeds_dir_module):
    """A database of the seed articles and the hostile article, made by `timeline add` (real extractor)."""
    db = tmp_path_factory.mktemp("export") / "events.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "add", str(seeds_dir_module), str(HOSTILE)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def seeds_dir_module():
    return Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def run(built, tmp_path, monkeypatch):
    """Run `timeline --db <built> …` in an empty working directory."""
    db = tmp_path / "events.db"
    shutil.copy(built, db)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, ["--db", str(db), *map(str, args)])

    return invoke


def rows_of(run, *filters):
    result = run("show", "--json", *filters)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_default_export_is_timelinejs_in_exports(run, tmp_path):
    result = run("export")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("wrote exports/timeline.json (")
    data = json.loads((tmp_path / "exports" / "timeline.json").read_text())
    rows = rows_of(run)
    dated = [r for r in rows if r["date_start"] and r["precision"] != "unknown"]
    assert [s["unique_id"] for s in data["events"]] == [r["id"] for r in dated]
    assert data["title"]["unique_id"] == "title"
    assert {s["group"] for s in data["events"]} <= {r["kind"] for r in rows}


def test_all_formats_to_their_files_and_rerun_says_unchanged(run, tmp_path):
    result = run("export", "--format", "all")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "exports").iterdir())
    assert names == ["timeline-full.json", "timeline-vis.json", "timeline.html", "timeline.json", "timeline.jsonl"]
    rows = rows_of(run)
    full = json.loads((tmp_path / "exports" / "timeline-full.json").read_text())
    assert [e["id"] for e in full["events"]] == [r["id"] for r in rows]
    assert full["counts"]["events"] == len(rows) and full["log_position"] > 0
    lines = (tmp_path / "exports" / "timeline.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == full["events"]
    for event in full["events"]:
        for source in event["sources"]:
            assert source["sentence"]["start"] <= source["trigger"]["start"] <= source["trigger"]["end"] <= source["sentence"]["end"]
            assert source["evidence"]
    again = run("export", "-f", "all")
    assert again.exit_code == 0 and again.stderr.count("unchanged") == 5, again.stderr


def test_filters_are_the_same_as_show(run):
    for filters in (["--kind", "operation"], ["--since", "2018-01-18"], ["--actor", "ICE"], ["--search", "sanctuary"]):
        result = run("export", "-f", "json", "-o", "-", *filters)
        assert result.exit_code == 0, result.output
        exported = json.loads(result.stdout)
        assert [e["id"] for e in exported["events"]] == [r["id"] for r in rows_of(run, *filters)], filters
        assert exported["filters"]["kind"] == (["operation"] if "--kind" in filters else [])


def test_stdout_output_is_only_the_export(run, tmp_path):
    result = run("export", "-f", "jsonl", "-o", "-")
    assert result.exit_code == 0 and result.stderr == ""
    assert all(json.loads(line)["id"] for line in result.stdout.splitlines())
    assert not (tmp_path / "exports").exists()


def test_replacing_is_announced_and_foreign_files_need_force(run, tmp_path):
    assert run("export", "-f", "json").exit_code == 0
    narrower = run("export", "-f", "json", "--kind", "statement")
    assert narrower.exit_code == 0
    assert "replaced exports/timeline-full.json" in narrower.stderr and "previous version differed" in narrower.stderr
    notes = tmp_path / "notes.html"
    notes.write_text("<p>my notes</p>")
    refused = run("export", "-f", "html", "-o", notes)
    assert refused.exit_code == 1 and "--force" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert notes.read_text() == "<p>my notes</p>"
    forced = run("export", "-f", "html", "-o", notes, "--force")
    assert forced.exit_code == 0 and "replaced" in forced.stderr


@pytest.mark.parametrize("args, message", [
    (["-f", "json", "-f", "html", "-o", "x.json"], "--output takes a single --format"),
    (["-f", "html", "--timelinejs-url", "javascript:alert(1)"], "only http(s) URLs"),
    (["--since", "yesterday"], "bad date"),
])
def test_bad_options_are_one_line(run, args, message):
    result = run("export", *args)
    assert result.exit_code != 0 and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_local_timelinejs_directory_becomes_a_relative_url(run, tmp_path):
    dist = tmp_path / "vendor" / "tl" / "dist"
    (dist / "js").mkdir(parents=True)
    (dist / "js" / "timeline.js").write_text("")
    result = run("export", "-f", "html", "--timelinejs-url", tmp_path / "vendor" / "tl")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "exports" / "timeline.html").read_text()
    assert 'src="../vendor/tl/dist/js/timeline.js"' in page and 'href="../vendor/tl/dist/css/timeline.css"' in page
    missing = run("export", "-f", "html", "--timelinejs-url", tmp_path)
    assert missing.exit_code == 1 and "no js/timeline.js" in missing.stderr


def test_hostile_article_is_text_in_every_rendered_format(run, tmp_path):
    assert run("export", "-f", "all").exit_code == 0
    full = json.loads((tmp_path / "exports" / "timeline-full.json").read_text())
    hostile = [e for e in full["events"] if "__pwned" in json.dumps(e)]
    assert hostile, "the hostile article yielded no events"
    assert any("<script>" in e["headline"] for e in hostile)  # plain data keeps the text as it is
    for name in ("timeline.json", "timeline-vis.json", "timeline.html"):
        text = (tmp_path / "exports" / name).read_text()
        for payload in PAYLOADS:
            assert payload not in text, (name, payload)
        assert "__pwned" in text, name  # present, as escaped text
    page = (tmp_path / "exports" / "timeline.html").read_text()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "javascript:window.__pwned=3" in page and 'href="javascript' not in page


def test_readme_main_job_writes_timeline_json_and_html(tmp_path, monkeypatch, seeds_dir_module):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for args in (["add", str(seeds_dir_module)], ["export"], ["export", "--format", "html"]):
        result = runner.invoke(cli, ["--db", "events.db", *args])
        assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "exports" / "timeline.json").read_text())["events"]
    assert "TL.Timeline" in (tmp_path / "exports" / "timeline.html").read_text()
