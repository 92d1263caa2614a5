"""Paragraphs and sentences with offsets, and which of them are boilerplate.

Real clippings carry more than the story: teaser headlines of other stories, "Related
Posts" blocks, "READ MORE" links, captions, bylines, newsletter and advert lines.  Every
line of the text is a block; each block gets a role:

* ``headline`` – the article's own first line (events allowed, flagged from_headline);
* ``teaser``   – a headline-shaped line inside the text (events allowed, from_headline);
* ``body``     – ordinary prose;
* ``boilerplate`` – never yields events.

A body line may end in a link tail ("… – READ MORE") which is cut off.  A line repeating
the title, a link line ("( PHOTOS: …)", "(Also on POLITICO: …)", "Read: …") and a caption
are boilerplate; when story text follows a caption on the same line ("FILE - This … file
photo shows … . The administration is …") only the caption is.  A caption line whose credit
follows a pipe ("… probe. | Win McNamee/Getty Images congress Dems to …") and a media
player's text ("JUST WATCHED … MUST WATCH … 01:20", "… Listen · 4:11") are boilerplate too.

Inside a sentence, a link card (`link_cards`: a name glued to the headlines of other
stories, ending in "MORE": "Rep. Steve King Steven Arnold KingWhy the GOP … MORE (R-Iowa)
said") is no part of the story: no trigger, speech or time is read in it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_BOILER_LINE = re.compile(
    r"""^(?:
        (?:advertisement|ad)(?:\s*:)?(?:\s+(?:advertisement|continue\ reading\ the\ main\ story))*
      | story\ continued\ below
      | (?:sign\ up|subscribe)\b.*
      | .*\bnewsletters?\b.*\b(?:sign\ up|subscribe|inbox)\b.*
      | manage\ newsletters
      | (?:copyright|©).*
      | .*all\ rights\ reserved.*
      | .*\bcontributed\ to\ this\ report\.?
      | (?:additional\ )?reporting\ by\ .{1,80}
      | (?:[-–—•]\s*)?follow\ (?:us|the|@|him|her|on)\b.*
      | .*click\ here\b.*
      | send\ this\ to\ a\ friend
      | share\ (?:this|on|via)\b.*
      | (?:share|tweet|email|print|comments?)(?:\s*[|/]\s*\w+)*
      | loading\.*
      | (?:photo|photos|video|videos|youtube|close|image|audio|watch|listen|gallery)s?:?
      | slideshow.*
      | this\ article\ is\ more\ than\ .*
      | editor['’]s\ note:?
      | support\ \w+['’]s\ .*journalism.*
      | visit\ .*homepage.*
      | can['’]t\ see\ the\ video.*
      | \[[^\]]*\]
      | [\W_]+
      | \d+\ (?:years?|months?|weeks?|days?|hours?|minutes?)\ ago
      | what['’]s\ (?:happening|next)
      | why\ there['’]s\ debate
      | perspectives
      | latest\ news
      | (?:urgent|analysis/opinion|opinion|analysis|commentary|exclusive)\s*:?
      | opinion\ contributor
      | special\ coverage:.*
      | (?:[-–—]\s*)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}
      | (?:by\s+)[\w.'’-]+(?:\s+[\w.'’-]+){0,4}
      | speaking\ about\ news
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATED_HEAD = re.compile(
    r"^(?:related(?:\s+(?:posts?|articles?|stories|story|coverage|content|links?|news|reading))?"
    r"|more\s+on\s+this\.*|read\s+more|see\s+also|also\s+read|recommended(?:\s+for\s+you)?"
    r"|trending(?:\s+now)?|most\s+popular|most\s+read|you\s+may\s+also\s+like|more\s+from\s+.{1,40}"
    r"|more\s+stories|top\s+stories|latest\s+news|further\s+reading)\s*:?\s*$",
    re.IGNORECASE,
)
# A whole line that points to another story or asset: "( PHOTOS: 21 landmark SCOTUS
# rulings)", "(Also on POLITICO: …)", "Read: Peter King: Ted Cruz 'is a fraud'", "WATCH: …",
# "NOW WATCH: …", "READ NEXT: …".
_LINK_LINE = re.compile(
    r"^(?:\(\s*[^:()]{2,40}:\s*.+\)\.?"
    r"|(?:read(?:\s+next)?|(?:now\s+)?watch|related|see(?:\s+also)?|also\s+read|also\s+on\s+\w+|more|photos?|video)"
    r"\s*:\s+\S.*)$",
    re.IGNORECASE)
_CAPTION = re.compile(
    r"(?:REUTERS/|\(AP Photo|AP Photo/|Getty Images|/AFP|AFP/|\bPhoto:|\bPhoto by\b|\(Photo|"
    r"\bImage:|\bCredit:|/Bloomberg|Photographer:|\bFile photo\b|\(File\)|Pool via AP|/Getty)",
    re.IGNORECASE,
)
# A caption sentence, a pipe and the photo credit after it, on one line ("Sen. X said he'll
# ask Barr … probe. | Win McNamee/Getty Images congress Dems to use …"): the whole line is
# the picture's caption block (credit, section kicker, repeated title and dek follow it).
_PIPE_CREDIT = re.compile(r"[.!?…][\"”’')]*\s+\|\s+[A-Z]")
# A video or audio player's text run into the page: "JUST WATCHED <title> Replay More Videos
# ... MUST WATCH <title> 01:20", "<title> Listen · 4:11 4:11", a clip title ending in its
# running time ("Trump all but endorsed Roy Moore 01:01").
_PLAYER_LINE = re.compile(r"\bJUST WATCHED\b|\bMUST WATCH\b|\bReplay More Videos\b|\bListen\s*·\s*\d")
_RUNNING_TIME = re.compile(r"\s\d{1,2}:[0-5]\d$")
# After a photographer's credit ("REUTERS/Andrew Cullen", "Joe Raedle/Getty Images"): the
# name, then where the caption ends.
_CREDIT_NAME = re.compile(r"(?:[A-Z][\w.'’-]*(?:/[A-Z][\w.'’-]*)*\s?){0,3}")
_CAPTION_SENT_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z“\"])")


def _caption_part(line: str, m) -> int | None:
    """Where the caption that `m` (a _CAPTION match) belongs to ends in `line`: after
    the credit name for a slash credit, else at the end of the sentence holding the match.
    None when the match is no credit at all ("a Reuters/Ipsos poll", "Getty Images' Alex
    Wong captured …": a lower-case word or a possessive follows)."""
    tag = m.group()
    if "/" in tag or tag.lower() == "getty images":
        end = m.end()
        if tag.lower() == "/getty" and line[end:end + 7] == " Images":
            end += 7
        elif tag.endswith("/"):
            end = _CREDIT_NAME.match(line, m.end()).end()
        rest = line[end:].lstrip()
        if rest[:1] in ("'", "’") or (rest[:1].islower() and not rest.startswith(("via ", "for "))):
            return None
        return end
    if tag.startswith("(") and ")" in line[m.end():]:
        return line.index(")", m.end()) + 1  # "(Photo: John Smith/AP) Officers arrested …"
    e = _CAPTION_SENT_END.search(line, m.end())
    return e.end() if e else len(line)


def _caption_split(line: str, m):
    """(caption_end, None) when the whole line is a caption; (caption_end, rest_start) when
    a sentence follows the caption on the same line (six words or more); None when the
    match `m` (of _CAPTION in `line`) is no caption."""
    end = _caption_part(line, m)
    if end is None:
        return None
    rest = line[end:]
    if len(rest.split()) >= 6 and _TERMINAL.search(rest) and _CAPTION.search(rest) is None:
        return end, end + (len(rest) - len(rest.lstrip()))
    return len(line), None


_LINK_TAIL = re.compile(r"(?:\s*[-–—|]\s*|\s+)(?:READ MORE|Read more|Read More)(?:\s*[:.»>…]*)?\s*$")
# (a title-case line ending in a closing quote is still a title: "Rice Said He Was ‘the
# Main Reason’"; a sentence that ends in one has its own stop before it, or a comma)
_TITLE_END = re.compile(r"[.!?…,][\"”’')\]]*\s*$")
_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*\s*$|[\"”’]\s*$")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with",
          "from", "as", "is", "are", "vs", "up", "off", "out", "over", "into", "after", "its",
          "not", "but", "be", "his", "her", "their", "over", "about"}


@dataclass
class Block:
    """One line of the text."""

    index: int
    start: int
    end: int  # content end (a trailing link tail is excluded)
    role: str  # headline, teaser, body, boilerplate
    paragraph: int = 0
    why: str = ""


@dataclass
class Sentence:
    """A sentence clipped to its block, with token bounds into the Doc."""

    index: int
    start: int
    end: int
    tok_start: int
    tok_end: int
    block: int
    paragraph: int
    role: str

    @property
    def is_headline(self) -> bool:
        return self.role in ("headline", "teaser")

    @property
    def usable(self) -> bool:
        return self.role != "boilerplate"


@dataclass
class Segmentation:
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    #: (start, end) of link cards inside sentences (`link_cards`)
    cards: list[tuple[int, int]] = field(default_factory=list)

    def in_card(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.cards)

    def cards_in(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(s, e) for s, e in self.cards if s < end and e > start]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(self.blocks[i].end, self.blocks[i].start + 1):
            return self.blocks[i]
        return None


def headline_shaped(line: str) -> bool:
    """A title-like line: no closing punctuation, short, mostly capitalised words."""
    if _TITLE_END.search(line) or line.endswith((":", ",", ";")):
        return False
    words = _WORD.findall(line)
    if not 2 <= len(words) <= 30:
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.6 or (": " in line and len(words) <= 20)


def _byline(line: str) -> bool:
    words = line.rstrip(",").split()
    if not 1 <= len(words) <= 4 or any(c in line for c in ":;!?\"“”"):
        return False
    alpha = [w for w in words if w[0].isalpha()]
    return len(alpha) == len(words) and (all(w[0].isupper() for w in words) or line.islower())


def classify_lines(text: str) -> list[Block]:
    """Split into line blocks and give each its role (see module docstring)."""
    blocks: list[Block] = []
    paragraph = 0
    in_related = False
    last_end = 0
    first = True
    title = None
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if not line:
            continue
        start = m.start() + lead
        end = start + len(line)
        if text.count("\n", last_end, start) >= 2:
            paragraph += 1
        last_end = end
        role, why = "body", ""
        m_cap = None if first else _CAPTION.search(line)  # (one search per line: long lines)
        cap = _caption_split(line, m_cap) if m_cap is not None else None
        if cap is not None and cap[1] is not None:
            # "FILE - This … file photo shows … . The administration is rolling back …":
            # the caption is boilerplate, the story text after it on the same line is not
            blocks.append(Block(len(blocks), start, start + cap[0], "boilerplate", paragraph, "caption"))
            start += cap[1]
            line = line[cap[1]:]
            cap = None
        # (cap is None also for a credit-like string that is no caption: "a Reuters/Ipsos poll")
        # (_LINK_TAIL needs one of its three literal forms: test for them before scanning)
        tail = _LINK_TAIL.search(line) if ("READ MORE" in line or "Read more" in line or "Read More" in line) else None
        if first:
            role, why = "headline", "first line"
            first = False
            title = line
        elif line == title:
            role, why = "boilerplate", "repeated title"
        elif _PLAYER_LINE.search(line) or (_RUNNING_TIME.search(line) and len(line.split()) < 20):
            role, why = "boilerplate", "media player"
        elif _RELATED_HEAD.match(line):
            role, why, in_related = "boilerplate", "related header", True
        elif _BOILER_LINE.match(line):
            role, why = "boilerplate", "boilerplate line"
        elif _LINK_LINE.match(line):
            role, why = "boilerplate", "link line"
        elif cap or ("|" in line and _PIPE_CREDIT.search(line)):
            role, why = "boilerplate", "caption"
        elif tail and not re.search(r"[.!?\"”’)]\s*$", line[: tail.start()]) and not re.search(r"[-–—|]", tail.group()):
            role, why = "boilerplate", "truncated teaser"
        elif in_related and (headline_shaped(line) or tail or len(line.split()) <= 8):
            role, why = "boilerplate", "related block"
        elif _byline(line):
            role, why = "boilerplate", "byline"
        elif headline_shaped(line):
            role, why = "teaser", "headline-shaped line"
        else:
            in_related = False
        if role == "body" and tail:
            end = start + tail.start()
        blocks.append(Block(len(blocks), start, end, role, paragraph, why))
        if role not in ("boilerplate",) and not in_related:
            pass
    return blocks


def token_arrays(doc) -> tuple[list[int], list[int], list[int]]:
    """Character offset, length and is_space flag of every token, read in one go (no
    Token objects: spaCy builds a new one on every access)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    if len(doc) == 0:
        return [], [], []
    return doc.to_array(IDX).tolist(), doc.to_array(LENGTH).tolist(), doc.to_array(IS_SPACE).tolist()


_BLOCKS_KEY = "timeline_line_blocks"


def line_blocks(doc) -> list[Block]:
    """`classify_lines(doc.text)`, computed once per Doc (selective parsing's plan needs the
    roles before the parse, `segment` after it; the blocks are never modified)."""
    blocks = doc.user_data.get(_BLOCKS_KEY)
    if blocks is None:
        blocks = doc.user_data[_BLOCKS_KEY] = classify_lines(doc.text)
    return blocks


#: a link card: a name glued to another story's headline ("KingWhy the GOP …",
#: "PelosiOvernight Health Care: …"), headlines separated by "|" or nothing, up to "MORE"
_LINK_CARD = re.compile(r"\b[A-Z][a-z'’]+[a-z](?=[A-Z][a-z])[^\n]{0,700}?\sMORE\b")


def link_cards(text: str) -> list[tuple[int, int]]:
    """Spans of link cards (a news site's hover cards flattened into the text: "Rep. Maxine
    Waters Maxine Moore WatersDivides over China … MORE (D-Calif.) has …"), from the glued
    name to "MORE"."""
    if " MORE" not in text:
        return []
    return [(m.start(), m.end()) for m in _LINK_CARD.finditer(text)]


def segment(doc) -> Segmentation:
    """Blocks from the text, sentences from the parse, each sentence clipped to its block."""
    seg = Segmentation(blocks=line_blocks(doc), cards=link_cards(doc.text))
    seg._starts = [b.start for b in seg.blocks]
    idx, length, space = token_arrays(doc)
    starts, blocks = seg._starts, seg.blocks
    bisect_right = bisect.bisect_right
    # the block of every non-space token (None outside all blocks): Segmentation.block_at
    tok_block: list = [None] * len(idx)
    for i, off in enumerate(idx):
        if space[i]:
            continue
        k = bisect_right(starts, off) - 1
        if k >= 0:
            b = blocks[k]
            if b.start <= off < max(b.end, b.start + 1):
                tok_block[i] = b
    for sent in doc.sents:
        # a parsed sentence may still span two lines if the parser overrode a start: split
        groups: list[list] = []
        for i in range(sent.start, sent.end):
            b = tok_block[i]
            if b is None:
                continue
            if groups and groups[-1][0] is b:
                groups[-1][1].append(i)
            else:
                groups.append([b, [i]])
        for b, ts in groups:
            ts = [i for i in ts if idx[i] + length[i] <= b.end]
            if not ts:
                continue
            first, last = ts[0], ts[-1]
            seg.sentences.append(Sentence(
                index=len(seg.sentences), start=idx[first], end=idx[last] + length[last],
                tok_start=first, tok_end=last + 1, block=b.index, paragraph=b.paragraph,
                role=b.role))
    return seg
