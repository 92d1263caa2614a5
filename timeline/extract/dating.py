"""Which time mention governs a trigger: same clause, then the sentence, then the
paragraph's established time, else the publication date (marked as such).

Durations and sets ('for 90 days', 'every week') are not dates of events; deadlines
('until June 1', 'by Friday') neither.  For a statement the time inside the reported
content dates the content, not the saying, so it is skipped.
"""

from __future__ import annotations

import bisect
import re

from ..model import Span, When

try:  # the temporal tagger is another component; guard so extraction never breaks
    from .. import temporal as _temporal
except Exception:  # pragma: no cover
    _temporal = None

_NOT_EVENT_DATE = re.compile(r"(?:\buntil|\btill|\bthrough|\bby|\bbefore|\bahead of|\bsince the|\bthan|\bas of|\bper|\bevery)\s*$", re.I)
_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def find_mentions(doc, anchor):
    """Event-date candidates of the whole doc (DATE/TIME only)."""
    if _temporal is None:
        return []
    text = doc.text
    out = []
    for m in _temporal.find_in_doc(doc, anchor):
        if m.type not in ("DATE", "TIME") or m.value in _REFS:
            continue
        if _NOT_EVENT_DATE.search(text[max(0, m.start - 12): m.start]):
            continue
        out.append(m)
    return out


def _token_starts(doc) -> list[int]:
    """Every token's character offset (no Token objects: one array read)."""
    from spacy.attrs import IDX

    if len(doc) == 0:
        return []
    return doc.to_array([IDX]).ravel().tolist()


class Dater:
    """Holds the doc's mentions and the per-paragraph established time."""

    def __init__(self, doc, mentions, published):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.tok_starts = _token_starts(doc)
        self.published = published
        self.paragraph_time: dict[int, object] = {}

    def _tok_at(self, offset):
        i = bisect.bisect_right(self.tok_starts, offset) - 1
        return self.doc[max(i, 0)]

    @staticmethod
    def _clause(tok):
        cur = tok
        for _ in range(30):
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
                return cur
            if cur.head.i == cur.i:
                return cur
            cur = cur.head
        return cur

    def in_range(self, start, end):
        lo = bisect.bisect_left(self.starts, start)
        out = []
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def govern(self, sent, trigger_tok, exclude=(), paragraph=None):
        """The governing mention (or None) for a trigger token in a sentence."""
        cands = [m for m in self.in_range(sent.start, sent.end)
                 if not any(s <= m.start < e for s, e in exclude)]
        if cands and trigger_tok is not None:
            tclause = self._clause(trigger_tok)
            # spaCy makes a new Token object per access: compare positions, not identity
            same = [m for m in cands if self._clause(self._tok_at(m.start)).i == tclause.i
                    or self._clause(self._tok_at(m.end - 1)).i == tclause.i]
            pool = same or cands
            best = min(pool, key=lambda m: abs(m.start - trigger_tok.idx))
        elif cands:
            best = cands[0]
        else:
            best = None
        if best is not None:
            if paragraph is not None:
                self.paragraph_time[paragraph] = best
            return best
        if paragraph is not None:
            return self.paragraph_time.get(paragraph)
        return None

    def when(self, mention) -> When:
        if mention is None:
            return When.publication(self.published)
        return When(value=mention.value, precision=mention.precision,
                    basis="relative" if mention.rule else "explicit",
                    earliest=mention.earliest, latest=mention.latest,
                    span=Span(mention.start, mention.end), text=mention.text, rule=mention.rule)
