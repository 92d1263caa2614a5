"""The README cannot lie: its set-up commands, CLI calls and Python examples are executed here."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def block_after(marker: str) -> str:
    """The first fenced block after `marker`."""
    rest = README[README.index(marker):]
    match = re.search(r"```[a-z]*\n(.*?)```", rest, re.S)
    return match.group(1)


def python_block(containing: str) -> str:
    for block in re.findall(r"```python\n(.*?)```", README, re.S):
        if containing in block:
            return block
    raise AssertionError(f"no python block with {containing!r}")


def test_main_command_installs_then_runs_timeline_on_the_seeds(tmp_path, monkeypatch):
    command = block_after("<!-- main-command -->").strip()
    steps = [s.strip() for s in command.split("&&")]
    assert steps[0] == "python3 -m venv .venv" and "pip install" in steps[1]
    timeline_steps = [shlex.split(s)[1:] for s in steps if s.startswith(".venv/bin/timeline ")]
    assert timeline_steps[0][:2] == ["add", "seeds/"]
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    for args in timeline_steps:
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, (args, result.output)
    assert (tmp_path / "events.db").exists()
    assert (tmp_path / "exports" / "timeline.json").exists()
    assert (tmp_path / "exports" / "timeline.html").exists()


def test_test_command_is_what_ci_runs():
    command = block_after("<!-- test-command -->").strip()
    assert "pytest" in command and "browser-deps" in command
    ci = (ROOT / ".ci" / "run").read_text()
    assert "<!-- test-command -->" in ci  # CI reads the line from the README


def test_temporal_example_prints_what_the_readme_says():
    block = python_block("from timeline.temporal import")
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    code_lines = [line for line in block.splitlines() if not line.startswith("# ")]
    out = io.StringIO()
    namespace: dict = {}
    with contextlib.redirect_stdout(out):
        exec("\n".join(code_lines), namespace)
    assert out.getvalue().splitlines() == expected
    assert eval(block.splitlines()[-1].split("#")[0], namespace) == "2018-01-17"


def test_python_api_example_runs(tmp_path, monkeypatch):
    block = python_block("from timeline.app import Timeline\nfrom timeline.ingest import Loaded")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(block, namespace)
    assert namespace["report"].added == 5 and not namespace["report"].failed
    assert all(row["date_start"] >= "2018" for row in namespace["rows"])
    assert all(row["kind"] == "operation" for row in namespace["rows"])


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_in_the_tour(name):
    assert f"`timeline {name}" in README, f"README's command tour does not mention `timeline {name}`"
