"""Quantities, places and the short readable headline of an event."""

from __future__ import annotations

import bisect
import re

from ..model import Place, Quantity, Span

_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
          "dozen": 12, "thousand": 1000}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _value(text: str) -> float | None:
    m = _NUM.search(text)
    low = text.lower()
    if m:
        try:
            v = float(m.group().replace(",", ""))
        except ValueError:
            return None
    else:
        v = next((float(n) for w, n in _WORDS.items() if re.search(rf"\b{w}\b", low)), None)
        if v is None:
            return None
    for w, s in _SCALE.items():
        if re.search(rf"\b{w}\b", low) and not (m is None and w == "thousand" and v == 1000):
            v *= s
            break
    return v


class DocEnts:
    """`doc.ents` built once (spaCy rebuilds every Span on each access), with each
    entity's token start/end and label, for looking up the entities of a sentence."""

    def __init__(self, doc):
        self.ents = list(doc.ents)
        self.starts = [e.start for e in self.ents]
        self.ends = [e.end for e in self.ents]
        self.labels = [e.label_ for e in self.ents]

    def within(self, tok_start: int, tok_end: int, labels) -> list:
        """Entities inside tokens [tok_start, tok_end) with a label in `labels`, in order."""
        out = []
        starts, ends, labs, ents = self.starts, self.ends, self.labels, self.ents
        for k in range(bisect.bisect_left(starts, tok_start), len(starts)):
            if starts[k] >= tok_end:
                break
            if ends[k] <= tok_end and labs[k] in labels:
                out.append(ents[k])
        return out


def entities(doc, ents=None):
    """The named entities of `doc`: those of `ents` (a DocEnts or a list of spans) when
    given, else `doc.ents`."""
    if ents is None:
        return doc.ents
    return ents.ents if isinstance(ents, DocEnts) else ents


_QUANTITY_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def quantities(doc, sent, time_spans, ents: DocEnts | None = None) -> tuple[Quantity, ...]:
    out = []
    if ents is None:
        ents = DocEnts(doc)
    for ent in ents.within(sent.tok_start, sent.tok_end, _QUANTITY_LABELS):
        if any(s < ent.end_char and ent.start_char < e for s, e in time_spans):
            continue
        v = _value(ent.text)
        if v is None:
            continue
        unit = {"MONEY": "dollars", "PERCENT": "percent"}.get(ent.label_)
        if unit is None:
            head = ent.root.head if ent.root.dep_ in ("nummod", "quantmod") else None
            if head is not None and head.pos_ == "NOUN":
                unit = head.lemma_.lower()
        out.append(Quantity(value=v, text=ent.text, span=Span(ent.start_char, ent.end_char), unit=unit))
    return tuple(out)


def places(doc, sent, ents: DocEnts | None = None) -> tuple[Place, ...]:
    seen, out = set(), []
    if ents is None:
        ents = DocEnts(doc)
    for ent in ents.within(sent.tok_start, sent.tok_end, _PLACE_LABELS):
        if ent.text in seen:
            continue
        seen.add(ent.text)
        out.append(Place(name=ent.text, span=Span(ent.start_char, ent.end_char)))
    return tuple(out)


_KEEP = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj", "dative", "attr",
         "acomp", "oprd", "xcomp", "agent", "ccomp", "npadvmod"}


def _np(tok, limit=8):
    """A noun phrase shortened: left modifiers + head + flat names, no clauses."""
    toks = [t for t in tok.subtree if t.i <= tok.i or t.dep_ in ("compound", "flat", "nummod", "prep", "pobj", "case")]
    toks = [t for t in toks if not any(a.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp") and a.i != tok.i and a in list(t.ancestors) and tok in list(a.ancestors) for a in [t] + list(t.ancestors))]
    toks = sorted(toks, key=lambda t: t.i)
    if len(toks) > limit:
        # keep the end (head side) of the phrase
        toks = [t for t in toks if t.i <= tok.i][-limit:]
    return toks


def clause_tokens(trig, depth=0, limit=16):
    """Subject + auxiliaries + verb + objects of the trigger's clause, trimmed."""
    toks = [trig]
    for c in trig.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            toks += _np(c)
        elif c.dep_ in ("aux", "auxpass", "neg", "prt"):
            toks.append(c)
        elif c.dep_ in ("dobj", "dative", "attr", "oprd", "acomp"):
            toks += _np(c, 10)
        elif c.dep_ == "agent":
            toks.append(c)
            toks += [x for g in c.children if g.dep_ == "pobj" for x in _np(g, 6)]
        elif c.dep_ == "xcomp" and depth < 2:
            toks += clause_tokens(c, depth + 1, limit)
        elif c.dep_ == "prep" and c.lower_ in ("into", "to", "in", "against", "on") and depth < 1 and c.i > trig.i:
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj and len(list(c.subtree)) <= 6:
                toks += list(c.subtree)
    toks = sorted(set(toks), key=lambda t: t.i)
    return toks[:limit]


def render(toks, max_words=22) -> str:
    """Join tokens as they appear in the text; gaps become one space; long → '…'."""
    if not toks:
        return ""
    toks = sorted(set(toks), key=lambda t: t.i)
    parts = []
    for k, t in enumerate(toks):
        if t.is_punct and t.text in ("“", "”", '"', "(", ")") or t.is_space:
            if parts and (t.is_space or t.whitespace_):
                parts.append(" ")  # '“It works,” he said' → 'It works, he said', not 'works,he'
            continue
        parts.append(t.text)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None:
            parts.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
    s = re.sub(r"\s+", " ", "".join(parts)).strip(" ,;:")
    s = re.sub(r"\s+([,.;:])", r"\1", s)
    words = s.split()
    if len(words) > max_words:
        s = " ".join(words[:max_words]) + " …"
    return s
