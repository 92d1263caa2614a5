"""Event extraction: news text → dated, attributed, traceable events.

Public API::

    extract_events(article) -> list[Event]
    extract_many(articles, batch_size=32) -> Iterator[list[Event]]
    find_attributions(text) -> list[Attribution]
    find_attributions_doc(doc) -> list[Attribution]
    EXTRACTOR_VERSION

The order of the components is in :mod:`timeline.extract.pipeline`.
"""

from .pipeline import (EXTRACTOR_VERSION, analyse, extract_events, extract_from_doc,
                       extract_many, find_attributions, find_attributions_doc)

__all__ = ["EXTRACTOR_VERSION", "extract_events", "extract_many", "extract_from_doc",
           "find_attributions", "find_attributions_doc", "analyse"]
