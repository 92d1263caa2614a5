"""End to end in a real browser: the exported page shows the timeline in TimelineJS, and hostile text stays text.

Needs Debian's Chromium (/usr/bin/chromium) and, in tests/browser/node_modules, TimelineJS
(@knight-lab/timelinejs) and playwright-core; `bash .ci/browser-deps` installs all three.
Without them the test is skipped with a loud message, except when $CI is set: then it fails.

The flow: `timeline add` the seed articles plus a hostile article (script tags, onerror
handlers, a javascript: URL, unbalanced tags) → `timeline export` the HTML page and the
TimelineJS JSON with `--timelinejs-url` pointing at the local TimelineJS copy → serve them
on 127.0.0.1 → drive.js opens the page in headless Chromium (every non-local request is
blocked) and reports what it saw. A screenshot goes to exports/timeline-browser.png.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from static_server import serve
from timeline.cli import cli
from timeline.export.common import date_label, is_dated

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULES = HERE / "node_modules"
TIMELINEJS_DIST = MODULES / "@knight-lab" / "timelinejs" / "dist"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOT = ROOT / "exports" / "timeline-browser.png"


def missing_requirements() -> list[str]:
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"Chromium ({CHROMIUM})")
    if not shutil.which("node"):
        missing.append("node")
    if not (TIMELINEJS_DIST / "js" / "timeline.js").exists():
        missing.append(f"TimelineJS ({TIMELINEJS_DIST.relative_to(ROOT)})")
    if not (MODULES / "playwright-core" / "package.json").exists():
        missing.append("playwright-core (tests/browser/node_modules)")
    return missing


@pytest.fixture(scope="module")
def requirements():
    missing = missing_requirements()
    if missing:
        message = (
            "BROWSER TEST NOT RUN: missing " + ", ".join(missing) + ". "
            "Install them with `bash .ci/browser-deps` (apt-get chromium + npm install in tests/browser)."
        )
        if os.environ.get("CI"):
            pytest.fail(message + " ($CI is set, so this is a failure.)")
        print("\n" + "!" * 100 + "\n" + message + "\n" + "!" * 100, file=sys.stderr)
        pytest.skip(message)


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.fixture(scope="module")
def site(requirements, tmp_path_factory):
    """A served directory: exports/ (the page, the JSON) and timelinejs/ (the npm copy)."""
    work = tmp_path_factory.mktemp("browser")
    root = work / "site"
    root.mkdir()
    (root / "timelinejs").symlink_to(TIMELINEJS_DIST, target_is_directory=True)
    runner = CliRunner()

    def timeline(*args):
        result = runner.invoke(cli, ["--db", str(work / "events.db"), *map(str, args)])
        assert result.exit_code == 0, result.output
        return result

    timeline("add", ROOT / "seeds", HERE / "hostile.txt")
    timeline("export", "-f", "html", "-f", "timelinejs", "--dir", root / "exports",
             "--timelinejs-url", "../timelinejs", "--title", "ICE raids <i>and</i> sanctuary cities")
    rows = json.loads(timeline("show", "--json").stdout)
    return root, rows


#: A bare page that hands TimelineJS the exported JSON file by URL, as Knight Lab's embed does.
BY_URL_PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="timelinejs/css/timeline.css"><script src="timelinejs/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width:100%;height:600px"></div><script>
window.timeline = new TL.Timeline("timeline-embed", "exports/timeline.json",
  {script_path: new URL("timelinejs/js/", location.href).href, font: "georgia-helvetica"});
</script></body></html>
"""


def drive(url: str, screenshot: str = "-", *visit: str) -> dict:
    done = subprocess.run(
        ["node", str(HERE / "drive.js"), url, screenshot, *visit],
        cwd=HERE, capture_output=True, text=True, timeout=120, env={**os.environ, "CHROMIUM": CHROMIUM},
    )
    assert done.stdout.strip(), f"drive.js printed nothing; stderr: {done.stderr[-2000:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "fatal" not in result, result.get("fatal")
    return result


@pytest.fixture(scope="module")
def seen(site):
    root, rows = site
    data = json.loads((root / "exports" / "timeline.json").read_text())
    hostile = [s["unique_id"] for s in data["events"] if "__pwned" in s["text"]["headline"]]
    SCREENSHOT.parent.mkdir(exist_ok=True)
    (root / "by-url.html").write_text(BY_URL_PAGE)
    with serve(root) as base:
        result = drive(f"{base}/exports/timeline.html", str(SCREENSHOT), *hostile)
        result["byUrl"] = drive(f"{base}/by-url.html")
    return result, data, rows, hostile


def test_timeline_loads_without_errors_or_outside_requests(seen):
    result, *_ = seen
    assert result["consoleErrors"] == []
    assert result["pageErrors"] == []
    assert result["failedRequests"] == [] and result["badResponses"] == []
    assert result["blockedRequests"] == []  # everything came from 127.0.0.1: the local TimelineJS
    assert result["statusText"] is None  # the page's fallback message is not showing


def test_one_slide_per_exported_event_plus_title(seen):
    result, data, rows, _ = seen
    dated = [r for r in rows if is_dated(r)]
    assert len(data["events"]) == len(dated)
    assert result["slides"] == len(data["events"]) + 1 == result["configSlides"]
    assert result["markers"] == len(data["events"])
    assert result["titleHeadline"] == "ICE raids <i>and</i> sanctuary cities"
    assert result["dom"]["served"] == {"events": len(data["events"]), "sameIds": True}


def test_first_event_headline_and_date_are_shown(seen):
    result, data, rows, _ = seen
    first = next(r for r in rows if is_dated(r))
    shown = result["firstEvent"]
    assert shown["id"] == first["id"] == data["events"][0]["unique_id"]
    assert shown["visible"]
    assert norm(shown["headline"]) == norm(first["headline"])
    assert shown["date"] == date_label(first)


def test_hostile_article_did_not_execute_and_shows_as_text(seen):
    result, data, rows, hostile = seen
    assert result["pwned"] is None and result["dialogs"] == []
    dom = result["dom"]
    assert dom["onerror"] == dom["onload"] == dom["iframes"] == dom["svgs"] == dom["javascriptLinks"] == 0
    assert dom["scripts"] == 3 and dom["scriptsWithoutSrc"] == 2  # the JSON data and our one inline script
    assert dom["listItems"] == len(rows)
    assert hostile, "the hostile article yielded no slide"
    for visit in result["visited"]:
        slide = next(s for s in data["events"] if s["unique_id"] == visit["id"])
        assert visit["found"] and norm(visit["headline"]) == norm(html.unescape(slide["text"]["headline"]))
    assert any("<script>window.__pwned=1</script>" in (v["headline"] or "") for v in result["visited"])
    assert "<script>window.__pwned=1</script>" in dom["listText"]
    assert "javascript:window.__pwned=3" in dom["listText"]  # shown, not linked


def test_timelinejs_reads_the_exported_json_file_itself(seen):
    result, data, _, _ = seen
    by_url = result["byUrl"]
    assert by_url["consoleErrors"] == [] and by_url["pageErrors"] == [] and by_url["badResponses"] == []
    assert by_url["blockedRequests"] == []
    assert by_url["slides"] == len(data["events"]) + 1
    assert by_url["firstEvent"]["id"] == data["events"][0]["unique_id"]
    assert by_url["pwned"] is None
