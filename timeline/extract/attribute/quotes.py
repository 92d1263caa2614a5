"""Quotation marks and character spans: pairing the marks of a paragraph into quotations,
telling a quotation from a title, and testing offsets against spans.
"""

from __future__ import annotations

from bisect import bisect_right

from .words import _CLOSE_NEXT, _OPEN_PREV, _TITLE_APPOS, _TITLE_BEFORE, _TITLE_POSS


def _glue(between: str) -> str:
    """The narration between two quotations, without their closing and opening marks
    ('," and "' -> ' and ')."""
    g = between.lstrip(",.!?;:")
    if g[:1] in "”\"":
        g = g[1:]
    if g[-1:] in "“\"":
        g = g[:-1]
    return g


def _joining_glue(between: str) -> bool:
    """Narration that joins two quotations of one speaker: short, with no quotation of
    its own, opening with a conjunction (' and to urge more exits ') or set off by commas
    (', the most liberal part of the state, '); not a noun phrase's start (' and a ') nor
    someone else's words (" at Reid's complaint that ")."""
    g = _glue(between)
    words = g.split()
    if len(between) > 90 or any(ch in g for ch in "\n“”\"") or not words:
        return False
    if words[-1].lower() in ("a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "that") \
            or "that" in (w.lower() for w in words) or "'s" in g or "’s" in g:
        return False
    return words[0].lower().strip(",") in ("and", "but", "or", "then") \
        or (between.lstrip(".!?")[:1] == "," and g.rstrip().endswith(","))


def _overlaps_content(q, speeches) -> bool:
    """The span q overlaps the content of one of the speeches."""
    return any(x.content and x.content[0] < q[1] and q[0] < x.content[1] for x in speeches)


def _pair_quotes(text: str, start: int, end: int, unclosed: bool = True) -> list[tuple[int, int]]:
    """Inner spans of the outermost double-quoted stretches in text[start:end].

    “ opens and ” closes; a straight " opens when nothing is open, and inside a quote it
    opens a nested one when it stands like an opener (space before, a word after: every
    "t" to be crossed) — else it closes.  A nested quotation (curly or straight) stays
    inside the outer one; mixed styles ("…,” he said) pair up.  An unclosed quote runs to
    the end of the range when `unclosed`."""
    spans = []
    stack: list[int] = []  # inner start offsets of the open quotations
    find = text.find
    # wire copy's typewriter marks: ``…'' and "…'' (two apostrophes close a quotation)
    wire = find("''", start, end) >= 0 or find("``", start, end) >= 0
    straight = False  # the open outermost quotation was opened by a straight mark
    pos = start
    while True:
        cands = (find("“", pos, end), find("”", pos, end), find('"', pos, end))
        if wire:
            cands += (find("''", pos, end), find("``", pos, end))
        nxt = [i for i in cands if i >= 0]
        if not nxt:
            break
        pos = min(nxt)
        ch = text[pos]
        width = 1
        if ch in "'`":
            width = 2
        prev = text[pos - 1] if pos > start else " "
        after = text[pos + width] if pos + width < end else " "
        opener = prev in _OPEN_PREV and after not in " \t\n"
        closer = prev not in " \t\n" and after in _CLOSE_NEXT
        if ch == "“":
            if not stack:
                straight = False
            if stack and closer and not opener:
                ch = "”"  # a mistyped closer: “Hello,“ he said
            else:
                stack.append(pos + 1)
        elif ch == '"':
            if len(stack) == 1 and straight and opener and not closer and text[pos + 1].isupper() \
                    and text[start:pos].rstrip()[-1:] in (".", "!", "?") and text[pos - 1] in " \t" \
                    and text.count('"', pos, end) % 2 == 0:
                # '"… she could not go. "And that's …"': a straight mark opening a new
                # sentence inside a straight quotation reopens it (the paragraphs of one
                # quotation run together), it does not nest — when the marks left pair up
                spans.append((stack.pop(), pos))
                stack.append(pos + 1)
            elif not stack or (opener and not closer):
                if not stack:
                    straight = True
                stack.append(pos + 1)
            else:
                ch = "”"
        elif ch == "”":
            if not stack and opener and not closer:
                stack.append(pos + 1)  # a mistyped opener at a paragraph's start: ”One of …,” he says
                ch = ""
        elif ch == "`":
            stack.append(pos + 2)
        elif ch == "'":
            if stack and closer:
                ch = "”"
            else:
                ch = ""
        if ch == "”" and stack:
            s0 = stack.pop()
            if not stack:
                spans.append((s0, pos))
        pos += width
    if stack and unclosed:
        spans.append((stack[0], end))
    return spans


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inner spans of double-quoted stretches in text[start:end] (curly or straight).

    Marks pair as in `_pair_quotes` (nested quotations stay inside the outer one, mixed
    styles pair up); an unclosed quote runs to the end of the range.  Scare quotes
    ("sanctuary") are not speech: a quote needs four words, or fewer ending like an
    utterance ("Or we might not,”)."""
    spans = _pair_quotes(text, start, end)
    out = []
    for s, e in spans:
        raw_end = e
        while s < e and text[s] in " \t\n,":
            s += 1
        while e > s and text[e - 1] in " \t\n,.;:":
            e -= 1
        if e <= s:
            continue
        n = len(text[s:e].split())
        utterance = text[e:raw_end].strip() != "" or (raw_end < len(text) and text[raw_end - 1:raw_end] in ",.?!")
        if text[e - 1:e] in "?!" :
            utterance = True
        if n >= 4 or (utterance and n >= 2 and text[s].isupper()):
            out.append((s, e))
    return out


def _raw_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every double-quoted stretch in text[start:end] (no length rule, for one-word
    quotes next to a cue: "“Panic,” says …"), inner span without edge punctuation."""
    out = []
    for s, e in _pair_quotes(text, start, end, unclosed=False):
        while s < e and text[s] in " \t\n,":
            s += 1
        while e > s and text[e - 1] in " \t\n,.;:":
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _title_quote(text: str, q) -> bool:
    """A short quoted stretch right after a preposition or a naming word ('speaking on
    “Fox & Friends,”', 'the study, titled “…”') names a work or a show; so does a title in
    brackets."""
    s, e = q
    if text[max(0, s - 2):s] in ("(“", "(\"") and text[e:e + 3].lstrip(",.?!")[:2] in ("”)", "\")"):
        # a title in brackets: 'Rich’s essay (“Nuke ’Em: Why …”), he argues' (title and
        # subtitle, or title case), not '(“some people call me Liberty”)'
        words = text[s:e].split()
        if ":" in text[s:e] or sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
            return True
    if len(text[s:e].split()) > 12:
        return False
    if _TITLE_POSS.search(text[max(0, s - 25):s]) and len(text[s:e].split()) <= 8:
        # a network's programme: 'told CNN’s “State of the Union” that …'
        words = [w for w in text[s:e].split() if w[:1].isalpha() and (len(w) > 3 or w[:1].isupper())]
        if words and sum(w[:1].isupper() for w in words) >= 0.8 * len(words):
            return True
    if _TITLE_APPOS.search(text[max(0, s - 25):s]):
        words = [w for w in text[s:e].split() if w[:1].isalpha() and len(w) > 3]
        if words and sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
            return True  # (title case: 'the column, “Why We Lost”', not 'the book, “a disgrace”')
    return bool(_TITLE_BEFORE.search(text[max(0, s - 25):s]))


def _inside(offset: int, spans) -> bool:
    return any(s <= offset < e for s, e in spans)


def _merged(spans) -> tuple[list[int], list[int]]:
    """Starts and ends of the union of half-open `spans`, sorted and disjoint (for
    `_inside_merged`: the same answer as `_inside` on the original spans)."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if ends and s <= ends[-1]:
            if e > ends[-1]:
                ends[-1] = e
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _inside_merged(offset: int, starts: list[int], ends: list[int]) -> bool:
    k = bisect_right(starts, offset) - 1
    return k >= 0 and offset < ends[k]


def _span_of(toks) -> tuple[int, int]:
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _trim(doc, a: int, b: int) -> tuple[int, int] | None:
    """Token range [a, b) as a char span without leading 'that'/punct or trailing punct."""
    while a < b and (doc[a].is_punct or doc[a].is_space or (doc[a].dep_ == "mark" and doc[a].lower_ in ("that", "if", "whether"))):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    if b <= a:
        return None
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
