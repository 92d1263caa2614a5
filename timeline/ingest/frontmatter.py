"""Optional `---` front matter at the top of a .txt article: published, source, url, title."""

from __future__ import annotations

from timeline.ingest.items import Metadata
from timeline.serialize import parse_date

KNOWN_KEYS = ("published", "source", "url", "title")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(fields, body) — the body is the text after the closing `---`, unchanged."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            raise ValueError("front matter opened with '---' but never closed")
    fields: dict[str, str] = {}
    for number, line in enumerate(text[4:end].split("\n"), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in KNOWN_KEYS:
            raise ValueError(f"front matter line {number}: expected one of {', '.join(KNOWN_KEYS)} as 'key: value'")
        fields[key] = value.strip().strip("'\"")
    return fields, text[end + 5 :]


def metadata_from(fields: dict) -> Metadata:
    """Metadata from a dict (front matter, sidecar, JSON Lines); bad dates raise ValueError."""
    published = fields.get("published")
    return Metadata(
        published=parse_date(published) if published not in (None, "") else None,
        source=fields.get("source") or fields.get("outlet") or None,
        url=fields.get("url") or None,
        title=fields.get("title") or None,
    )
