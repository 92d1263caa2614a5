"""Projections: plain tables folded from the log, always rebuildable from it alone.

Each projection remembers the last log position it folded (`projection_state`), catches
up incrementally after every write, and can be dropped and rebuilt from scratch with
identical results. `fold_until` folds a prefix of the log into memory (time travel);
`after_append` runs automatic merging after an article's events were appended.
"""

from timeline.project.runner import PROJECTIONS, catch_up, fold_until, projection_status, rebuild


def after_append(log, article_id: str, cache=None) -> int:
    """Merge the article's events with the timeline rows that report the same news event
    (`cache`: a `merge.ProfileCache` kept between the articles of a batch)."""
    from timeline.project.merge import merge_article

    return merge_article(log, article_id, cache)


__all__ = ["PROJECTIONS", "catch_up", "rebuild", "fold_until", "projection_status", "after_append"]
