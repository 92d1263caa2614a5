"""The README's example queries against the projections, kept here so a test runs every one.

`tests/test_readme_queries.py` runs each command (against a database built from the seeds)
and checks that the README's `## Querying` section quotes them verbatim.
"""

README_QUERIES: tuple[str, ...] = (
    # the timeline, readable, first ten rows
    'sqlite-utils events.db "select date, kind, headline, source_title from timeline_readable limit 10" --table',
    # all raids and other operations in 2018, in chronological order
    "sqlite-utils events.db \"select date, precision, headline, sources from timeline"
    " where kind = 'operation' and date_start >= '2018-01-01' and date_start <= '2018-12-31'"
    " order by sort_order\" --table",
    # every statement by a given person (speaker), with the quote and where it was reported
    "sqlite-utils events.db \"select t.date, t.quote, t.headline, t.source_title from event_actors a"
    " join timeline t on t.id = a.event_id where a.actor = :who and a.role = 'speaker'"
    " order by a.sort_order\" -p who 'Thomas Homan' --table",
    # every event an actor took part in (an index range scan of event_actors, in date order)
    "sqlite-utils events.db \"select t.date, t.kind, t.headline from event_actors a"
    " join timeline t on t.id = a.event_id where a.actor = 'ICE' and a.role = 'actor' order by a.sort_order\" --table",
    # full-text search over headlines, sentences, actors and quotes
    "sqlite-utils events.db \"select t.date, t.kind, t.headline from timeline_fts"
    " join timeline t on t.rowid = timeline_fts.rowid where timeline_fts match 'detainer' order by t.sort_order\" --table",
    # events reported by more than one source, with every passage
    "sqlite-utils events.db \"select t.date, t.headline, s.outlet, s.article_title, s.evidence from timeline t"
    " join sources s on s.event_id = t.id where t.sources > 1 order by t.sort_order, s.rank\" --table",
    # the busiest actors
    'sqlite-utils events.db "select name, kind, events, statements, aliases from actors order by events desc, name limit 10" --table',
    # sources that disagree (different dates or numbers)
    "sqlite-utils events.db \"select date, headline, conflicts from timeline where conflicts is not null order by sort_order\" --table",
    # the extractor's least sure events (its fallback's past acts, confidence 0.4), to review
    "sqlite-utils events.db \"select date, kind, headline, evidence from timeline where confidence < 0.5 order by sort_order\" --table",
)
