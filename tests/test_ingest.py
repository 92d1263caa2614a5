"""Readers: every input form, and every kind of bad input as one clear problem."""

from __future__ import annotations

import io
import json

import pendulum
import pytest

from timeline.ingest import Loaded, Metadata, Problem, read_inputs


def _read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def _problem(items) -> str:
    (item,) = items
    assert isinstance(item, Problem), item
    return str(item)


def test_seed_directory_reads_metadata_map_and_skips_other_files(seeds_dir):
    items = _read(seeds_dir)
    assert [type(i) for i in items] == [Loaded] * 5
    by_name = {i.article.origin.rsplit("/", 1)[1]: i.article for i in items}
    assert by_name["000_8e8a5630787734e1.txt"].published == pendulum.date(2018, 1, 18)
    assert by_name["001_769cbc7b5d9de9b8.txt"].published is None
    assert by_name["000_8e8a5630787734e1.txt"].title.startswith("Fla. Sheriffs Strike Deal")
    for article in by_name.values():
        assert article.text == (seeds_dir / article.origin.rsplit("/", 1)[1]).read_text(encoding="utf-8")


def test_front_matter_sets_metadata_and_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2018-01-17\nsource: Houston Chronicle\nurl: https://example.org/a\n---\nHeadline here\n\nBody text.\n")
    (item,) = _read(path)
    assert item.article.text == "Headline here\n\nBody text.\n"
    assert (item.article.published, item.article.source, item.article.url) == (
        pendulum.date(2018, 1, 17), "Houston Chronicle", "https://example.org/a")


def test_sidecar_and_flags_with_flags_winning(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody.\n")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2018-01-17", "source": "Sidecar News"}))
    (item,) = _read(tmp_path / "a.txt", flags=Metadata(source="Flag Times"))
    assert item.article.published == pendulum.date(2018, 1, 17)
    assert item.article.source == "Flag Times"


def test_jsonl_keeps_good_lines_and_names_bad_line_numbers(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = {"title": "A headline", "text": "Police said Monday that ten people were arrested.", "published": "2018-01-15", "source": "AP"}
    lines = [json.dumps(good), "{not json", json.dumps({"title": "no text"}), json.dumps({**good, "published": "2018-02-30", "text": "x y"}), "", json.dumps({**good, "text": "Other text."})]
    path.write_text("\n".join(lines) + "\n")
    items = _read(path)
    problems = [str(i) for i in items if isinstance(i, Problem)]
    loaded = [i.article for i in items if isinstance(i, Loaded)]
    assert len(loaded) == 2 and loaded[0].text.startswith("A headline\n\nPolice said")
    assert loaded[0].source == "AP" and loaded[0].published == pendulum.date(2018, 1, 15)
    assert problems[0].startswith(f"{path}:2: not valid JSON")
    assert problems[1] == f"{path}:3: no article text (field 'text' is missing or empty)"
    assert problems[2].startswith(f"{path}:4: impossible date '2018-02-30'")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"   \n\t\n  ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (a PNG image)"),
        (b"text\x00with\x00nuls" * 10, "binary file (contains NUL bytes)"),
        ("Caf\u00e9 society".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_text_files_are_one_clear_problem(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert _problem(_read(path)).startswith(f"{path}: ") and message in _problem(_read(path))


def test_declared_encoding_decodes_latin1(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owner arrested\n\nPolice said so.".encode("latin-1"))
    (item,) = _read(path, encoding="latin-1")
    assert item.article.title == "Caf\u00e9 owner arrested"


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # a sparse 50 MB file: refusing it must not read it
        handle.truncate(50 * 1024 * 1024)
    assert "50.0 MB is over the 5.0 MB limit" in _problem(_read(path))


def test_impossible_date_in_metadata_map_names_the_file(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody.\n")
    (tmp_path / "metadata.json").write_text(json.dumps({"a.txt": {"published": "2018-02-30"}}))
    assert "impossible date '2018-02-30'" in _problem(_read(tmp_path))


def test_missing_path_is_a_problem_and_the_rest_still_reads(tmp_path, seeds_dir):
    items = _read(tmp_path / "nope.txt", seeds_dir / "002_f86ce1d539b51a9f.txt")
    assert str(items[0]) == f"{tmp_path / 'nope.txt'}: no such file or directory"
    assert isinstance(items[1], Loaded)


def test_stdin_text_and_jsonl():
    (item,) = list(read_inputs(["-"], stdin=io.BytesIO(b"Headline\n\nBody said.\n")))
    assert item.article.origin == "<stdin>" and item.article.title == "Headline"
    items = list(read_inputs(["-"], stdin=io.BytesIO(b'{"title": "T", "text": "Body."}\n{"title": "U", "text": "More."}\n')))
    assert [i.article.title for i in items] == ["T", "U"]


def test_crlf_and_bom_are_normalised(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffHeadline\r\n\r\nBody.\r\n".encode("utf-8"))
    (item,) = _read(path)
    assert item.article.text == "Headline\n\nBody.\n"


def test_directory_without_articles_says_so(tmp_path):
    (tmp_path / "notes.md").write_text("# not an article")
    assert _problem(_read(tmp_path)) == f"{tmp_path}: no articles found (looked for .txt, .text, .jsonl, .ndjson files)"
