"""Projections: plain tables folded from the log, always rebuildable from it alone.

Each projection remembers the last log position it folded (`projection_state`), catches
up incrementally after every write, and can be dropped and rebuilt from scratch with
identical results.
"""

from timeline.project.runner import PROJECTIONS, catch_up, rebuild, projection_status

__all__ = ["PROJECTIONS", "catch_up", "rebuild", "projection_status"]
