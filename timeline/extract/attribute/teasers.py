"""Scraper debris in the text: words run together by link teasers and The Hill's link cards,
so that their names are not read as speakers.
"""

from __future__ import annotations

import re

from .words import _CARD_SURNAME, _GIVEN_NAME, _GLUE_FUNCTION_WORDS, _GLUED, _GLUE_OK, _MORE, _WORD


def glued(text: str) -> bool:
    """Words run together by a scraper ('TrumpGOP', 'MuellerSpeier'): link-teaser junk."""
    words = text.split()
    return any(_GLUED.search(w) and not _GLUE_OK.match(w) and not w.startswith(("iP", "eB", "YouT"))
               and not (_GIVEN_NAME.match(w) and k + 1 < len(words) and words[k + 1][:1].isupper())
               for k, w in enumerate(words))


def _teaser_glue(text: str, start: int, end: int) -> bool:
    """A link teaser run into the words before a cue: a glued word whose first part
    repeats a name just before it ('Joe Biden Joe BidenSanders poised …'); camel-case
    names and domains ('HealthCare.gov', 'ObamaCare') are not teasers."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1  # whole words only
    for m in _WORD.finditer(text[start:end]):
        w = m.group()
        if "." in w.strip(".,;:") or w.lstrip("“\"‘'(")[:1] in ("@", "#") or not glued(w):
            # (handles and hashtags quoted from a tweet: "@PacificCommand", "#PearlHarbor")
            continue
        sur = _CARD_SURNAME.match(w)
        if sur is None:
            return True
        if sur.group(1) in _GLUE_FUNCTION_WORDS:
            continue  # a brand written as one word ('As TheBlaze reported', 'TheStreet'): no name repeated
        ws = start + m.start()
        if re.search(r"\b" + re.escape(sur.group(1)) + r"\b", text[max(0, ws - 120):ws]):
            return True
    return False


def link_cards(doc, sent) -> list[tuple[int, int, list]]:
    """The Hill's link cards run into the text: 'Sen. Susan Collins Susan Margaret
    CollinsGOP senator: Trump … MORE (R-Maine) told …'.  Each card: (start, end of
    'MORE', the tokens naming the person before the card)."""
    text = doc.text
    line = text[sent.start:sent.end]
    if "MORE" not in line:
        return []
    out = []
    lo = sent.start
    for m in _MORE.finditer(line):
        more_s, more_e = sent.start + m.start(), sent.start + m.end()
        win = text[lo:more_s]
        g = next((w for w in _WORD.finditer(win) if _GLUED.search(w.group()) and _CARD_SURNAME.match(w.group())), None)
        if g is None:
            lo = more_e
            continue
        gs = lo + g.start()
        sur = _CARD_SURNAME.match(g.group()).group(1)
        occ = [x for x in re.finditer(r"\b" + re.escape(sur) + r"\b", text[lo:gs])]
        if not occ:
            lo = more_e
            continue
        name_end = lo + occ[0].end()
        toks = [t for t in doc[sent.tok_start:sent.tok_end] if t.idx < name_end]
        name = []
        for t in reversed(toks):
            if len(name) >= 6 or not (t.is_title or t.is_upper or (t.pos_ == "NOUN" and t.is_lower and name)) \
                    or t.is_punct or t.idx < lo:
                break
            name.insert(0, t)
        if name:
            out.append((name_end, more_e, name))
        lo = more_e
    return out
