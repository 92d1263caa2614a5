"""Exports as pure functions of timeline rows: dates at their precision, every format, escaping, the writer."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timeline.export import FORMATS, render
from timeline.export.common import date_label, safe_url
from timeline.export.html import ExportError, check_timelinejs_url, script_json, to_html
from timeline.export.jsonfull import dumps_jsonl, to_full
from timeline.export.timelinejs import date_objects, to_timelinejs
from timeline.export.vis import to_vis
from timeline.export.writer import OutputError, looks_like_export, write_export

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8e8a5630787734e1.txt"
TEXT = SEED.read_text(encoding="utf-8")
SENTENCE = "USA immigration agents are planning to detain and deport more than 1,500 illegal immigrants"
S_START = TEXT.index(SENTENCE)
S_END = TEXT.index(".", S_START) + 1
T_START = TEXT.index("detain", S_START)

ARTICLE = "8e8a5630787734e1" + "0" * 48
HOSTILE = {
    "headline": '<script>window.__pwned=1</script>Raid <img src=x onerror="window.__pwned=2"> <b>unclosed',
    "quote": '</blockquote><svg onload=window.__pwned=6></svg>We "enforce" the law\u2028& more</p></div>',
    "speaker": "<iframe src=javascript:alert(1)>Sheriff",
    "speaker_role": "<a href='javascript:alert(1)'>role</a>",
    "title": "<script>alert('title')</script>",
    "outlet": '"><img src=x onerror=alert(4)>',
    "url": "javascript:window.__pwned=3",
}


def make_row(id="e1", **over) -> dict:
    """A timeline row as `select_timeline` returns it, built on a real seed sentence."""
    row = {
        "id": id, "date": "2018-01-17", "date_start": "2018-01-17", "date_end": "2018-01-17",
        "precision": "day", "basis": "relative", "kind": "operation", "status": "planned",
        "headline": "ICE plans to detain more than 1,500 immigrants in California",
        "actors": [{"name": "ICE", "canonical": "ICE"}], "speaker": "the Houston Chronicle", "speaker_role": None,
        "quote": None, "places": ["California"], "quantities": [{"value": 1500, "text": "more than 1,500", "unit": "people"}],
        "sources": 1, "article_id": ARTICLE, "source_title": TEXT.splitlines()[0], "source_outlet": "Fox News",
        "source_published": "2018-01-18", "source_url": "https://example.com/story?a=1&b=2",
        "sentence_start": S_START, "sentence_end": S_END, "trigger_start": T_START, "trigger_end": T_START + 6,
        "evidence": TEXT[S_START:S_END], "conflicts": None, "confidence": 0.8, "from_headline": 0, "corrected": 0,
        "sort_order": 1, "date_text": "Wednesday", "extractor": "extract-1",
    }
    row.update(over)
    row.setdefault("source_list", [{
        "event_id": row["id"], "rank": 1, "extracted_event_id": row["id"], "article_id": row["article_id"],
        "article_title": row["source_title"], "outlet": row["source_outlet"], "published": row["source_published"],
        "url": row["source_url"], "sentence_start": row["sentence_start"], "sentence_end": row["sentence_end"],
        "trigger_start": row["trigger_start"], "trigger_end": row["trigger_end"], "evidence": row["evidence"],
        "quote": row["quote"], "date": row["date"], "speaker": row["speaker"], "quantities": row["quantities"],
    }])
    return row


def hostile_row(id="evil") -> dict:
    return make_row(
        id, headline=HOSTILE["headline"], quote=HOSTILE["quote"], speaker=HOSTILE["speaker"],
        speaker_role=HOSTILE["speaker_role"], source_title=HOSTILE["title"], source_outlet=HOSTILE["outlet"],
        source_url=HOSTILE["url"], actors=[{"name": "<script>x</script>", "canonical": "<script>x</script>"}],
        places=["<img src=x onerror=alert(5)>"], date_text="<b>Wednesday</b>", kind="statement", status="occurred",
    )


def undated_row(id="u1") -> dict:
    return make_row(id, date="XXXX-XX-XX", date_start=None, date_end=None, precision="unknown", basis="publication",
                    source_published=None, sort_order=99)


class Tags(HTMLParser):
    """Every element and attribute in an HTML fragment or page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)

    @property
    def text(self) -> str:
        return "".join(self.data)


#: Elements our own markup uses in TimelineJS text and in the page's list.
OUR_TAGS = {"p", "blockquote", "strong", "em", "small", "ol", "li", "cite", "a", "br", "code"}


def assert_only_our_markup(fragment: str):
    parsed = Tags(fragment)
    for tag, attrs in parsed.tags:
        assert tag in OUR_TAGS, f"unexpected <{tag}> in {fragment[:200]!r}"
        assert not any(name.startswith("on") for name in attrs), attrs
        if tag == "a":
            assert attrs["href"].startswith(("https://", "http://")), attrs
    return parsed


# -- dates at their precision --------------------------------------------------------------------

@pytest.mark.parametrize("over, start, end, label", [
    ({}, {"year": 2018, "month": 1, "day": 17}, None, "Jan. 17, 2018"),
    ({"basis": "publication"}, {"year": 2018, "month": 1, "day": 17}, None, "reported Jan. 17, 2018"),
    ({"precision": "time", "date": "2018-01-15T15:30", "date_start": "2018-01-15", "date_end": "2018-01-15"},
     {"year": 2018, "month": 1, "day": 15, "hour": 15, "minute": 30}, None, "3:30 p.m., Jan. 15, 2018"),
    ({"precision": "time", "date": "2018-01-24TAF", "date_start": "2018-01-24", "date_end": "2018-01-24"},
     {"year": 2018, "month": 1, "day": 24}, None, "afternoon of Jan. 24, 2018"),
    ({"precision": "week", "date": "2018-W03", "date_start": "2018-01-15", "date_end": "2018-01-21"},
     {"year": 2018, "month": 1, "day": 15}, {"year": 2018, "month": 1, "day": 21}, "week of Jan. 15, 2018"),
    ({"precision": "week", "date": "2018-W02-WE", "date_start": "2018-01-13", "date_end": "2018-01-14"},
     {"year": 2018, "month": 1, "day": 13}, {"year": 2018, "month": 1, "day": 14}, "weekend of Jan. 13, 2018"),
    ({"precision": "month", "date": "2017-10", "date_start": "2017-10-01", "date_end": "2017-10-31"},
     {"year": 2017, "month": 10}, None, "October 2017"),
    ({"precision": "season", "date": "2018-SP", "date_start": "2018-03-01", "date_end": "2018-05-31"},
     {"year": 2018, "month": 3}, {"year": 2018, "month": 5}, "spring 2018"),
    ({"precision": "quarter", "date": "2018-Q1", "date_start": "2018-01-01", "date_end": "2018-03-31"},
     {"year": 2018, "month": 1}, {"year": 2018, "month": 3}, "first quarter of 2018"),
    ({"precision": "quarter", "date": "2017-H1", "date_start": "2017-01-01", "date_end": "2017-06-30"},
     {"year": 2017, "month": 1}, {"year": 2017, "month": 6}, "first half of 2017"),
    ({"precision": "year", "date": "1979", "date_start": "1979-01-01", "date_end": "1979-12-31", "basis": "explicit"},
     {"year": 1979}, None, "1979"),
    ({"precision": "decade", "date": "199", "date_start": "1990-01-01", "date_end": "1999-12-31"},
     {"year": 1990}, {"year": 1999}, "the 1990s"),
    ({"precision": "century", "date": "19", "date_start": "1900-01-01", "date_end": "1999-12-31"},
     {"year": 1900}, {"year": 1999}, "the 20th century"),
])
def test_dates_carry_only_what_the_precision_supports(over, start, end, label):
    row = make_row(**over)
    first, last = date_objects(row)
    assert first == {**start, "display_date": label}
    assert (last is None) == (end is None)
    if end:
        assert last == {**end, "display_date": label}
    assert date_label(row) == label


@pytest.mark.parametrize("value, label", [("XXXX-XX-XX", "date unknown"), ("XXXX", "date unknown"),
                                          ("XXXX-10", "October (year unknown)")])
def test_unknown_dates_have_no_place_on_the_axis(value, label):
    row = make_row(date=value, date_start=None, date_end=None, precision="unknown", basis="unknown")
    assert date_objects(row) is None
    assert date_label(row) == label


# -- TimelineJS ----------------------------------------------------------------------------------

def test_timelinejs_title_slide_one_slide_per_dated_event_and_year_eras():
    rows = [make_row("a", precision="year", date="2017", date_start="2017-01-01", date_end="2017-12-31"),
            make_row("b"), make_row("c", status="occurred"), undated_row("u")]
    data = to_timelinejs(rows, "ICE raids")
    assert data["title"]["text"]["headline"] == "ICE raids" and data["title"]["unique_id"] == "title"
    assert [s["unique_id"] for s in data["events"]] == ["a", "b", "c"]
    assert "1 event has no known date" in data["title"]["text"]["text"]
    slide = data["events"][1]
    assert slide["group"] == "operation" and slide["autolink"] is False
    assert slide["display_date"] == "Jan. 17, 2018" and "end_date" not in slide
    body = slide["text"]["text"]
    assert "<em>Planned.</em>" in body and "characters %d–%d" % (S_START, S_END) in body
    assert '<a href="https://example.com/story?a=1&amp;b=2"' in body
    assert "Fox News" in body and "more than 1,500 people" in body
    assert [e["text"]["headline"] for e in data["eras"]] == ["2017", "2018"]
    assert "eras" not in to_timelinejs(rows, eras="none")
    assert "eras" not in to_timelinejs([make_row("x")])  # a single year needs no eras


def test_timelinejs_quote_speaker_sources_and_conflicts():
    second = {**make_row()["source_list"][0], "rank": 2, "article_id": "f" * 64, "article_title": "Other paper",
              "outlet": None, "url": None, "sentence_start": 5, "sentence_end": 90}
    row = make_row(kind="statement", quote="We will enforce the law", speaker="Thomas Homan", speaker_role="acting director",
                   sources=2, conflicts={"date": ["2018-01-17", "2018-01-18"], "quantities": {"people": [1500, 2000]}})
    row["source_list"].append(second)
    body = to_timelinejs([row])["events"][0]["text"]["text"]
    assert "<blockquote>“We will enforce the law”</blockquote><p>— Thomas Homan, acting director</p>" in body
    assert "Sources (2)" in body and "<cite>Other paper</cite>" in body and "characters 5–90" in body
    assert "Sources disagree:" in body and "2018-01-17, 2018-01-18" in body and "people: 1500, 2000" in body


def test_low_confidence_events_say_so_on_their_slide():
    low, sure = to_timelinejs([make_row("low", confidence=0.4), make_row("sure", confidence=0.8)])["events"]
    assert "Low confidence" in low["text"]["text"] and "Low confidence" not in sure["text"]["text"]


def test_hostile_text_is_escaped_in_timelinejs():
    data = to_timelinejs([hostile_row(), make_row("ok")], title="<script>t</script>")
    assert data["title"]["text"]["headline"] == "&lt;script&gt;t&lt;/script&gt;"
    slide = data["events"][0]
    assert Tags(slide["text"]["headline"]).tags == []
    assert Tags(slide["text"]["headline"]).text == HOSTILE["headline"]  # shown as the very text
    parsed = assert_only_our_markup(slide["text"]["text"])
    assert HOSTILE["speaker"] in parsed.text and HOSTILE["title"] in parsed.text
    assert "javascript:" not in "".join(a.get("href", "") for _, a in parsed.tags)
    for s in data["events"]:
        assert Tags(s["display_date"]).tags == [] and s["group"] in ("statement", "operation")


# -- full JSON and JSON Lines ------------------------------------------------------------------------

def test_full_json_has_provenance_and_stable_fields():
    rows = [make_row("a"), undated_row("u")]
    full = to_full(rows, title="T", filters={"kind": ["operation"]}, log_position=12)
    assert full["format"] == "timeline-full" and full["schema_version"] == 1 and full["log_position"] == 12
    assert full["counts"] == {"events": 2, "dated": 1, "undated": 1, "articles": 1}
    event = full["events"][0]
    assert list(event) == ["id", "order", "kind", "status", "headline", "date", "actors", "speaker", "speaker_role",
                           "quote", "places", "quantities", "confidence", "from_headline", "corrected", "conflicts",
                           "extractor", "sources"]
    assert event["date"] == {"value": "2018-01-17", "start": "2018-01-17", "end": "2018-01-17", "precision": "day",
                             "basis": "relative", "text": "Wednesday", "label": "Jan. 17, 2018"}
    source = event["sources"][0]
    assert source["article"] == {"id": ARTICLE, "title": TEXT.splitlines()[0], "outlet": "Fox News",
                                 "published": "2018-01-18", "url": "https://example.com/story?a=1&b=2"}
    assert TEXT[source["sentence"]["start"]:source["sentence"]["end"]] == source["evidence"]
    assert TEXT[source["trigger"]["start"]:source["trigger"]["end"]] == "detain"
    assert full["events"][1]["date"]["label"] == "date unknown"


def test_jsonl_is_one_event_per_line_with_the_same_fields():
    rows = [make_row("a"), hostile_row(), undated_row()]
    text = dumps_jsonl(rows)
    lines = text.splitlines()  # splits on U+2028 too: the quote's separator must be escaped
    assert len(lines) == 3 and text.endswith("\n")
    records = [json.loads(line) for line in lines]
    assert records == to_full(rows)["events"]
    assert records[1]["quote"] == HOSTILE["quote"]  # data, unescaped: JSON is not markup


# -- vis-timeline ------------------------------------------------------------------------------------

def test_vis_points_for_days_ranges_for_intervals():
    rows = [make_row("d"), make_row("m", precision="month", date="2017-10", date_start="2017-10-01", date_end="2017-10-31"),
            make_row("t", precision="time", date="2018-01-15T09:05", date_start="2018-01-15", date_end="2018-01-15"),
            hostile_row(), undated_row()]
    vis = to_vis(rows)
    items = {i["id"]: i for i in vis["items"]}
    assert items["d"]["type"] == "point" and items["d"]["start"] == "2018-01-17" and "end" not in items["d"]
    assert items["m"] == {**items["m"], "type": "range", "start": "2017-10-01", "end": "2017-11-01"}
    assert items["t"]["start"] == "2018-01-15T09:05"
    assert [u["id"] for u in vis["undated"]] == ["u1"]
    assert vis["groups"] == [{"id": "operation", "content": "operation"}, {"id": "statement", "content": "statement"}]
    for item in vis["items"] + vis["undated"]:
        assert Tags(item["content"]).tags == [] and Tags(item["title"]).tags == []
    assert Tags(items["evil"]["content"]).text == HOSTILE["headline"]


# -- the HTML page ------------------------------------------------------------------------------------

def test_html_page_escapes_everything_and_embeds_the_timelinejs_json_safely():
    rows = [make_row("a"), hostile_row(), undated_row()]
    page = to_html(rows, title='<b>"T"</b>', timelinejs_url="../timelinejs")
    parsed = Tags(page)
    scripts = [a for tag, a in parsed.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "timeline-data"},
                       {"id": "timelinejs-script", "src": "../timelinejs/js/timeline.js"}, {}]
    for tag, attrs in parsed.tags:
        assert tag not in ("img", "iframe", "svg", "b"), tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert attrs["href"].startswith("https://"), attrs
    embedded = page.split('<script type="application/json" id="timeline-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in embedded and "\u2028" not in embedded
    assert json.loads(embedded) == to_timelinejs(rows, '<b>"T"</b>')
    assert HOSTILE["headline"] in parsed.text and HOSTILE["quote"].replace("\u2028", "") in parsed.text.replace("\u2028", "")
    assert 'id="undated"' in page and "Date unknown (1)" in page and "Events (2)" in page
    csp = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "script-src 'self' 'sha256-" in csp and "default-src 'none'" in csp
    assert "https://cdn.knightlab.com/libs/timeline3/latest/js/timeline.js" in to_html(rows)


def test_script_json_cannot_close_the_script_element():
    text = script_json({"a": "</script><!-- \u2028 & >"})
    assert "</" not in text and "<!--" not in text and json.loads(text) == {"a": "</script><!-- \u2028 & >"}


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/javascript,alert(1)", 'x" onload="alert(1)', "", "https://"])
def test_unsafe_timelinejs_urls_are_refused(url):
    with pytest.raises(ExportError):
        check_timelinejs_url(url)


@pytest.mark.parametrize("url, ok", [("https://a.example/x", True), ("http://a.example", True), ("javascript:alert(1)", False),
                                     (" JavaScript:alert(1)", False), ("data:text/html,x", False), ("//evil.example", False),
                                     ("https://a.example/\nx", False), ("ftp://a.example", False), (None, False)])
def test_only_http_urls_become_links(url, ok):
    assert (safe_url(url) is not None) == ok


def test_every_format_renders_and_hostile_text_never_becomes_markup():
    rows = [make_row("a"), hostile_row(), undated_row()]
    for fmt in FORMATS:
        text = render(fmt, rows, title="<i>t</i>")
        if fmt in ("json", "jsonl"):  # plain data: the article's own characters, for programs
            assert HOSTILE["headline"] in text.replace("\\\"", '"')
        else:  # rendered as HTML by TimelineJS, vis-timeline or the browser: escaped
            assert "<script>window" not in text and "<img src=x" not in text and "<svg" not in text, fmt
        assert looks_like_export(text), fmt


# -- writing files ------------------------------------------------------------------------------------

def test_writer_creates_leaves_unchanged_replaces_its_own_and_refuses_others(tmp_path):
    path = tmp_path / "exports" / "timeline.json"
    first = render("timelinejs", [make_row("a")])
    assert write_export(path, first).status == "created"
    assert write_export(path, first).status == "unchanged"
    second = render("timelinejs", [make_row("a"), make_row("b")])
    result = write_export(path, second)
    assert result.status == "replaced" and "previous version differed" in result.message()
    assert path.read_text() == second
    mine = tmp_path / "notes.json"
    mine.write_text('{"my": "notes"}')
    with pytest.raises(OutputError, match="--force"):
        write_export(mine, first)
    assert mine.read_text() == '{"my": "notes"}'
    assert write_export(mine, first, force=True).status == "replaced"
    with pytest.raises(OutputError, match="directory"):
        write_export(tmp_path, first)
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temporary files left


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_is_recognised_as_ours(fmt):
    assert looks_like_export(render(fmt, [make_row("a")]))
    assert not looks_like_export("# my notes\n") and not looks_like_export('{"events": [1]}')
