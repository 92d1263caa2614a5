"""Temporal tagger for English news: find time expressions and put them on the calendar.

Public API::

    find(text, anchor=None) -> list[TimeMention]
    find_in_doc(doc, anchor=None) -> list[TimeMention]     # reuse an existing spaCy Doc
    resolve(rule, anchor) -> Resolution                     # re-date a stored rule

Relative mentions carry ``rule`` (grammar in :mod:`timeline.temporal.resolve`), so that
``resolve(m.rule, anchor)`` reproduces what ``find(text, anchor)`` gives, for any anchor.
"""

from .mention import PRECISIONS, TYPES, Resolution, TimeMention
from .resolve import RuleError, resolve
from .tagger import find, find_in_doc

__all__ = ["find", "find_in_doc", "resolve", "TimeMention", "Resolution", "RuleError",
           "PRECISIONS", "TYPES"]
