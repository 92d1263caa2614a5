"""Walk the inputs a user names and yield articles or problems, in a stable order.

Inputs: `.txt` files (first line the headline; optional front matter), sidecar metadata
(`story.json` or `story.meta.json` beside `story.txt`), a directory's `metadata.json` map
(`{"story.txt": {"published": "2018-01-18"}}`), JSON Lines (`.jsonl`, one article per
line), directories (recursive), and `-` for standard input. Precedence of metadata:
command-line flags, then front matter, then sidecar, then the directory's map.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional

from timeline.ingest.decode import NotText, decode_text, describe_size
from timeline.ingest.frontmatter import metadata_from, split_front_matter
from timeline.ingest.items import Loaded, Metadata, Problem, with_metadata
from timeline.model import Article

#: Largest article (or JSON Lines line) accepted, in bytes; huge inputs are refused, never read whole.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
METADATA_MAP = "metadata.json"


def read_inputs(
    paths: Iterable[str],
    *,
    flags: Metadata = Metadata(),
    encoding: Optional[str] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: Optional[BinaryIO] = None,
) -> Iterator[Loaded | Problem]:
    """Yield one `Loaded` or `Problem` per article found in `paths`."""
    reader = _Reader(flags, encoding, max_bytes)
    for name in paths:
        if name == "-":
            yield from reader.stream((stdin or sys.stdin.buffer), "<stdin>")
            continue
        path = Path(name)
        if not path.exists():
            yield Problem(name, "no such file or directory")
        elif path.is_dir():
            yield from reader.directory(path)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from reader.jsonl_file(path)
        else:
            yield from reader.text_file(path)


class _Reader:
    def __init__(self, flags: Metadata, encoding: Optional[str], max_bytes: int):
        self.flags = flags
        self.encoding = encoding
        self.max_bytes = max_bytes
        self._maps: dict[Path, dict] = {}

    def directory(self, root: Path) -> Iterator[Loaded | Problem]:
        found = 0
        for found, item in enumerate(self._walk(root), start=1):
            yield item
        if not found:
            yield Problem(str(root), "no articles found (looked for .txt, .text, .jsonl, .ndjson files)")

    def _walk(self, root: Path) -> Iterator[Loaded | Problem]:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for filename in sorted(filenames):
                path = Path(dirpath) / filename
                suffix = path.suffix.lower()
                if suffix in JSONL_SUFFIXES:
                    yield from self.jsonl_file(path)
                elif suffix in TEXT_SUFFIXES and not filename.startswith("."):
                    yield from self.text_file(path)

    def text_file(self, path: Path) -> Iterator[Loaded | Problem]:
        origin = str(path)
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                yield Problem(origin, f"{describe_size(size)} is over the {describe_size(self.max_bytes)} limit for one article (--max-bytes)")
                return
            raw = path.read_bytes()
        except OSError as err:
            yield Problem(origin, f"cannot read: {err.strerror or err}")
            return
        try:
            file_meta = self._file_metadata(path)
        except ValueError as err:
            yield Problem(origin, str(err))
            return
        yield self._text(raw, origin, file_meta)

    def stream(self, handle: BinaryIO, origin: str) -> Iterator[Loaded | Problem]:
        raw = handle.read(self.max_bytes + 1)
        if len(raw) > self.max_bytes:
            yield Problem(origin, f"more than the {describe_size(self.max_bytes)} limit for one article (--max-bytes)")
            return
        if raw.lstrip().startswith(b"{"):
            yield from self.jsonl(io.BytesIO(raw), origin)
        else:
            yield self._text(raw, origin, Metadata())

    def _text(self, raw: bytes, origin: str, file_meta: Metadata) -> Loaded | Problem:
        try:
            text = decode_text(raw, self.encoding)
            fields, body = split_front_matter(text)
            meta = self.flags.over(metadata_from(fields)).over(file_meta)
        except (NotText, ValueError) as err:
            return Problem(origin, str(err))
        if not body.strip():
            return Problem(origin, "front matter but no article text")
        return Loaded(with_metadata(Article.from_text(body, title=meta.title, origin=origin), meta))

    def _file_metadata(self, path: Path) -> Metadata:
        """Sidecar file, then the directory's metadata map; bad values raise ValueError later."""
        meta = Metadata()
        for sidecar in (path.with_suffix(".json"), path.with_suffix(".meta.json")):
            if sidecar.is_file():
                meta = meta.over(self._metadata_file(sidecar))
        mapping = self._map_for(path.parent)
        if "__error__" in mapping:
            raise ValueError(f"unreadable {METADATA_MAP} beside it: {mapping['__error__']}")
        if path.name in mapping:
            try:
                fields = mapping[path.name]
                if not isinstance(fields, dict):
                    raise ValueError("expected an object")
                meta = meta.over(metadata_from(fields))
            except ValueError as err:
                raise ValueError(f"{err} (in {METADATA_MAP})") from None
        return meta

    def _metadata_file(self, path: Path) -> Metadata:
        try:
            return metadata_from(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, AttributeError) as err:
            raise ValueError(f"{err} (in {path.name})") from None

    def _map_for(self, directory: Path) -> dict:
        """The directory's `metadata.json` map ({} when there is none), read once."""
        if directory not in self._maps:
            mapping: dict = {}
            map_path = directory / METADATA_MAP
            if map_path.is_file():
                try:
                    mapping = json.loads(map_path.read_text(encoding="utf-8"))
                    if not isinstance(mapping, dict):
                        raise ValueError("expected an object mapping file names to metadata")
                except (OSError, ValueError) as err:
                    mapping = {"__error__": str(err)}
            self._maps[directory] = mapping
        return self._maps[directory]

    def jsonl_file(self, path: Path) -> Iterator[Loaded | Problem]:
        try:
            handle = open(path, "rb")
        except OSError as err:
            yield Problem(str(path), f"cannot read: {err.strerror or err}")
            return
        with handle:
            yield from self.jsonl(handle, str(path))

    def jsonl(self, handle: BinaryIO, origin: str) -> Iterator[Loaded | Problem]:
        """One article per line; a bad line is a problem naming its line number."""
        number = 0
        while True:
            raw = handle.readline(self.max_bytes + 1)
            if not raw:
                break
            number += 1
            where = f"{origin}:{number}"
            if len(raw) > self.max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = handle.readline(1024 * 1024)
                yield Problem(where, f"line is over the {describe_size(self.max_bytes)} limit (--max-bytes)")
                continue
            if not raw.strip():
                continue
            yield self._jsonl_record(raw, where)

    def _jsonl_record(self, raw: bytes, where: str) -> Loaded | Problem:
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as err:
            return Problem(where, f"not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start})")
        except json.JSONDecodeError as err:
            return Problem(where, f"not valid JSON ({err.msg} at column {err.colno})")
        if not isinstance(record, dict):
            return Problem(where, "expected a JSON object with 'title' and 'text'")
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            return Problem(where, "no article text (field 'text' is missing or empty)")
        title = (record.get("title") or "").strip()
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        text = body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"
        try:
            meta = self.flags.over(metadata_from(record))
        except ValueError as err:
            return Problem(where, str(err))
        return Loaded(with_metadata(Article.from_text(text, title=title or None, origin=where), meta))

