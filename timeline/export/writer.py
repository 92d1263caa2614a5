"""Writing export files: atomically, and never replacing anything without saying so.

Policy (what `timeline export` does when the output file exists):

- same content as the new export: left alone, reported as "unchanged";
- an earlier `timeline export` file (recognised by its content) that differs: replaced,
  and reported as "replaced … (previous version differed)";
- any other file (one that `timeline export` did not write): refused unless `force=True`,
  so a mistyped `--output` cannot clobber someone's document;
- a directory or a path whose parent is a file: refused.

Files are written to a temporary file beside the target and renamed into place, so a
reader never sees half a file and an interrupted export leaves the old file intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from attrs import frozen

from timeline.export.common import GENERATOR


class OutputError(Exception):
    """The export cannot be written where asked; the message says why and what to do."""


@frozen
class WriteResult:
    path: Path
    status: str  # "created", "replaced", "unchanged"

    def message(self, what: str = "") -> str:
        suffix = f" ({what})" if what else ""
        if self.status == "created":
            return f"wrote {self.path}{suffix}"
        if self.status == "replaced":
            return f"replaced {self.path}{suffix}; the previous version differed"
        return f"{self.path} unchanged{suffix}"


def looks_like_export(content: str) -> bool:
    """Was this text written by `timeline export` (any format)?"""
    head = content[:4096]
    if not content.strip():
        return True
    if f'<meta name="generator" content="{GENERATOR}">' in head:
        return True
    stripped = content.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(content)
        except ValueError:
            data = None
        if isinstance(data, dict):
            if data.get("generator") == GENERATOR:
                return True
            title = data.get("title")
            if isinstance(data.get("events"), list) and isinstance(title, dict) and title.get("unique_id") == "title":
                return True  # TimelineJS JSON (it has no room for a generator field)
        first = stripped.split("\n", 1)[0]
        try:
            record = json.loads(first)
        except ValueError:
            return False
        return isinstance(record, dict) and {"id", "kind", "date", "sources"} <= set(record)
    return False


def write_export(path: str | os.PathLike, content: str, *, force: bool = False) -> WriteResult:
    """Write `content` to `path` following the policy above."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is a directory; give a file name")
    if path.exists():
        try:
            old = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            old = None
        if old == content:
            return WriteResult(path, "unchanged")
        if not force and (old is None or not looks_like_export(old)):
            raise OutputError(f"{path} exists and was not written by timeline export; use --force to replace it")
        status = "replaced"
    else:
        status = "created"
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"cannot create {parent}/: a file of that name is in the way") from None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return WriteResult(path, status)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
