"""Bytes to article text, refusing what is not text: empty, binary, undecodable, huge.

Decision on encodings: text must be UTF-8 (a BOM is allowed and dropped). Anything else
is refused with the offending byte's offset, unless the user declares the encoding
(`--encoding cp1252`), so no article is ever silently mis-decoded.
"""

from __future__ import annotations

from typing import Optional

#: File signatures of common binary formats people drop into a folder by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx?)",
    b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3": "a SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


class NotText(ValueError):
    """The bytes are not an article's text; the message says why, in one line."""


def describe_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def decode_text(raw: bytes, encoding: Optional[str] = None) -> str:
    """Decode and normalise newlines; raise NotText for anything that is not an article."""
    if not raw:
        raise NotText("empty file")
    for signature, what in BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise NotText(f"binary file ({what}), not text")
    if b"\x00" in raw[:65536]:
        raise NotText("binary file (contains NUL bytes), not text")
    if encoding:
        try:
            text = raw.decode(encoding)
        except LookupError:
            raise NotText(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as err:
            raise NotText(f"not valid {encoding} (byte 0x{raw[err.start]:02x} at offset {err.start})") from None
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise NotText(
                f"not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start}); "
                "convert it to UTF-8 or pass --encoding (e.g. --encoding cp1252)"
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise NotText("only whitespace, no text")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > 0.01 * min(len(text), 65536) + 2:
        raise NotText("binary file (too many control characters), not text")
    return text
