"""Print how long the projections take: rebuild (set-based, and entry by entry), full select, time travel, search.

Usage: .venv/bin/python bench/projections.py events.db [more.db …]
"""

from __future__ import annotations

import sys
import time

from timeline import project
from timeline.project import runner
from timeline.query import Filters, select_timeline
from timeline.store import EventLog


def measure(path: str) -> None:
    with EventLog(path) as log:
        runner.BULK = False
        t = time.perf_counter(); project.rebuild(log); by_entry = time.perf_counter() - t
        runner.BULK = True
        t = time.perf_counter(); project.rebuild(log); rebuild = time.perf_counter() - t
        t = time.perf_counter(); rows = select_timeline(log, Filters()); select = time.perf_counter() - t
        t = time.perf_counter(); project.fold_until(log, log.last_position() // 2).close(); as_of = time.perf_counter() - t
        t = time.perf_counter(); project.catch_up(log); noop = time.perf_counter() - t
        merges = log.counts().get("EventsMerged", 0)
        multi = log.conn.execute("SELECT count(*) FROM timeline WHERE sources > 1").fetchone()[0]
        print(f"{path}: {log.last_position()} entries, {len(rows)} rows ({multi} multi-source, {merges} merges); "
              f"rebuild {rebuild:.2f}s (entry by entry {by_entry:.2f}s), select all {select:.3f}s, "
              f"as-of half {as_of:.2f}s, idle catch-up {noop * 1000:.2f}ms")


if __name__ == "__main__":
    for path in sys.argv[1:] or ["events.db"]:
        measure(path)
