"""Who says so: speech cues, quotes, speakers, second-hand chains, outlets.

Works on a parsed Doc and its segmentation.  Forms handled (news in general):

* ``X said (that) …`` / ``… , X said`` / ``said X`` / ``X told the paper …`` (ccomp content)
* ``“…,” he said`` and quotes adjacent to a cue (direct; content = the words inside quotes)
* continuation quotes: a quote-only sentence right after a quoted speaker in the paragraph
* ``according to X`` (content = the rest of the clause); ``citing X`` adds to the chain
* participle cues inherit the subject: ``…, adding that …`` / ``…, saying …``
* object-content cues: ``warned X not to …``, ``accused X of …``
* headline forms: ``Report: …``, ``…: report``, ``Name: …``, ``Name: ‘quote’``
* wire copy's ``…'' / "…'' quote marks; a ” typed as the opener at a paragraph's start
* pull quotes signed after a dash (``“…” — Jane Doe, state senator``)
* cues in relative clauses (``the issues some Republicans warn ran …``), ``as X told Y, …``,
  ``objected to …``, ``rejected/celebrated Y as “…”``, a cue far from a paragraph-closing
  colon taking the next paragraph's quote
* a quotation after a colon closing a clause about a person, whatever its verb (``Roe put the
  pledge in perspective: “…”``, ``Roe added in her closing remarks:`` ¶ ``“…”``)
* a quote-only sentence right after a sentence about a person in the same paragraph (``The
  mayor kept up her attack. “…”``), and quotes after what a named person believes
* not speech: video-player captions (``JUST WATCHED … MUST WATCH``), titles in brackets,
  cues in conditions (``if they find that …``, ``assuming she wins``), a stance inside what
  someone says (``said he's skeptical that …`` is one attribution)

* a title and a name with no comma between (``Senate Minority Leader Jane Roe on Monday
  said``) are one speaker, whatever apposition the parser made of them; a speaker followed by
  a name in apposition (``Roe’s lawyer, Ann Lee, told …``) has the name as speaker name and
  the span runs through it
* ``told NBC’s “Today” that …``: a network's programme title is no quotation, and the
  ``that`` clause the parser hung on it is the content
* ``X may have said it best: “…”`` (modal perfect before a colon quote) is a report
* a finding in a relative clause of a study-like noun (``a report … that found …``)
* ``Accept the deal, Senator Roe tells colleagues`` (a sentence-initial clause, a comma, the
  speaker and the cue)
* not speech: a speaker made of function words alone (``Let's say …``), an infinitive cue on
  a reason-like noun (``no reason to believe that …``), imagined speech (``Imagine the
  president had said: …``); a paragraph-closing colon does not take the next paragraph's
  quotation when that quotation has a cue of its own (``“…,” she said``)

* ``X tweeted that:`` ¶ ``“…”``, ``Here is what X said:`` ¶ ``“…”``, a dash list of quotes
  after a colon (``… saying:`` ¶ ``-- “…”`` ¶ ``-- “…”``); a straight-quoted quotation
  reopened at a sentence start (``"… could not go. "And …"``) is two quotations
* a quote-only sentence after one sentence of narration about no one continues a quoted
  speaker (``“…,” Roe said. The breach brought that home. “…?”``); a new paragraph opening
  with narration (three words or more) before its quotation does not
* a quotation running over sentences up to ``,” he adds`` is that cue's; ``“…,” the
  endorsement in part states`` (the cue read as a noun after "in part")
* denials of claims (``denied the allegations``, ``denied reports that …``), stances voiced
  with their topic (``raised concerns about …``, ``expressed frustration with …``),
  apologies (``apologized for …``), ``bashed / faulted X for …``; a definite institution
  noun (``the agency``, ``the campaign``) speaks
* not speech: ``according to plan``, a headline's passive (``Prince X called uncooperative
  in probe``), a bracketed aside as reported content (``said about her (a transcript is
  posted here):``)

* split quotations with a one-word first part (``“Ford,” reported Time, “shares …”``); a
  quotation ending in a condition is still a belief cue's clause (``“… If A, we B,” they
  concluded``); a cognition verb right after a quotation voices it (``“…,” worries X``);
  ``emailed`` / ``texted`` / ``commented`` and loud voicings (``shrieked``, ``screamed``) cue
  quotes; ``made the argument, …, that …``; ``polling that demonstrates that …``; a headline
  ``Surname: …`` when the story names that person in full (an apostrophe is no quotation);
  a name in -ing tagged as a participle before a cue; a quotation running past its sentence
  goes to its own cue after it; ``as they say`` is an idiom, not speech
* a sentence pointing back at the quotation before it (``“…”`` ¶ ``So says Jo Doe, who …``,
  ``That’s what Jo Doe told reporters.``); a sentence opening with its cue (``Said Corker:
  “…”``); a speaker the parser hung elsewhere (``In October, Jo Doe, 63, told …``, ``Asked
  whether …, Jo Doe, a spokesman for Roe, replied: “…”``)

The speaker span is the words at the cue (possibly a pronoun); the speaker name is
resolved: a pronoun goes back to the latest compatible subject/speaker before it, and a
name to its fullest form in the article (via the alias table).  "he"/"she" skip a person
the article itself marks as the other gender (an honorific, a gendered title or kin word
next to the name, or his/her on the object of the verb the person is subject of), and
prefer the main-clause subject of a sentence to a person in one of its subordinate clauses.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, LEMMA, LOWER
from spacy.strings import get_string_id

from .lexicon import (ANONYMOUS, COGNITION, EVALUATIVE, FINDING_SUBJECTS, FINDING_VERBS,
                      NOT_OUTLET_HEADS, OBJECT_SPEECH, OUTLET_WORDS, PRONOUNS, QUOTE_CUES,
                      ROLE_NOUNS, SPEECH_NOUNS, STANCE_ADJ, WEAK_HEAD_SPEECH)
from .lexicon import SPEECH as _LEXICON_SPEECH
from .lexicon import WEAK_SPEECH as _LEXICON_WEAK_SPEECH

# Reporting verbs read as cues here on top of the shared lexicon, all of them only with a
# clause, a quotation, an 'as' phrase or a speech context ("“…,” he answered", "mentioned
# that …", "reminded reporters that …", "reasoned that …", "characterized the bill as “a
# disaster”").  (Not "underscore": mostly said of events — "the vote underscores how …";
# not "portray": an actor's — "a character he has portrayed (“…”)".)
# ("“…,” Obama reassured supporters": "reassure" beside the lexicon's "assure"; "aides
# fretted that …" beside "worry"; "“…,” Miller emailed", "she texted that …", "the agent
# commented: “…”": written or typed messages and remarks)
_MORE_CUES = {"answer", "mention", "remind", "reason", "elaborate", "characterize", "characterise",
              "reassure", "fret", "email", "e-mail", "text", "comment"}
# Evaluative speech acts beside the lexicon's, their content the object ("She bashed
# Republicans for …", "assailed the plan as …", "faulted the agency for …")
_MORE_EVALUATIVE = {"bash", "assail", "castigate", "excoriate", "fault", "pillory", "disparage", "belittle"}
EVALUATIVE = EVALUATIVE | _MORE_EVALUATIVE
# an apology is said, its content what it is for ("apologized for a message that …")
_APOLOGY = {"apologize", "apologise"}
OBJECT_SPEECH = OBJECT_SPEECH | _APOLOGY
# loud or sharp voicings, cues only next to a quotation ("…and shrieked, “…!”", "“…,” she
# screamed"), beside the lexicon's "shout", "yell", "bellow"
_MORE_QUOTE_CUES = {"shriek", "scream", "holler", "bark", "wail"}
QUOTE_CUES = QUOTE_CUES | _MORE_QUOTE_CUES
# verbs that report words only with an 'as' phrase holding a quotation ("attacked X as a
# “con artist”", not "attacked the base")
_AS_QUOTE_CUES = {"attack", "label", "brand"}
SPEECH = _LEXICON_SPEECH | _MORE_CUES | _MORE_EVALUATIVE | _APOLOGY | _MORE_QUOTE_CUES | _AS_QUOTE_CUES
# finding verbs beside the lexicon's: "polling that demonstrates (clearly) that …"
FINDING_VERBS = FINDING_VERBS | {"demonstrate"}
# subjects whose "shows / finds" reports a finding: the shared list, and "recent polling shows …"
_FINDING_SUBJECTS = FINDING_SUBJECTS | {"polling", "polls"}
WEAK_SPEECH = _LEXICON_WEAK_SPEECH | _MORE_CUES | _APOLOGY

_OPEN = "“\""
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Sens|Reps|Pres|Gen|Lt|Col|Sgt|Prof|Rev)\.?\s+")
_HEAD_REPORT = re.compile(r"^(Reports?|Poll|Study|Sources?|Survey|Official|Officials)\s*:\s*", re.I)
_TAIL_REPORT = re.compile(r"[:,]\s*(reports?|sources?|poll|study|survey|officials?)\s*$", re.I)
# headline labels before a colon that name no speaker ("Watch: “…”", "Exclusive: …")
_NOT_HEAD_SPEAKERS = {"watch", "video", "exclusive", "breaking", "update", "updated", "opinion",
                      "analysis", "editorial", "live", "listen", "photos", "read", "poll", "report",
                      "reports", "fact", "explainer", "quiz", "podcast", "commentary", "review",
                      "correction", "transcript", "full", "audio", "op-ed", "new", "just", "column"}
_NAME_COLON = re.compile(r"^([^:]{2,70}?):\s+(\S.*)$")
_STATEMENT_NOUNS = {"statement", "interview", "release", "email", "letter", "tweet",
                    "post", "conference", "briefing", "speech", "op-ed", "remarks", "memo",
                    "call", "hearing", "video", "message", "filing", "report", "testimony"}
# an embedded tweet's signature line: "… — Maxine Waters (@RepMaxineWaters) March 5, 2019"
_TWEET_SIG = re.compile(r"(?:^|\s)([—–]|--?)\s*([A-Z][^()\n—–]{1,60}?)\s*\(@\w{1,30}\)\s*"
                        r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\s*$")
# sentence adverbs in -ly that can stand before a cue ("Finally said …" is not a name)
_LY_WORDS = {"only", "early", "finally", "really", "simply", "similarly", "separately", "likewise",
             "ironically", "notably", "reportedly", "previously", "initially", "recently", "originally",
             "publicly", "privately", "repeatedly", "frequently", "usually", "generally", "clearly",
             "apparently", "allegedly", "supposedly", "bluntly", "flatly", "angrily", "quickly",
             "later", "lately", "shortly", "formerly", "subsequently", "additionally", "likely"}
# a pull quote's signature: '…” — Jane Doe, state senator'
# (a title before the name, "Harvard economist Kenneth Rogoff"; the outlet after it, "… to
# Politico", ", labor union president, to the Guardian")
_DASH_SIG = re.compile(r"(?:^|[”\"’'.!?])\s*(—|–|--)\s*((?:[A-Z][\w.'’-]*\s)?(?:[a-z][\w'’-]*\s){0,2}(?:[A-Z][\w.'’-]*\s?){1,4}?)"
                       r"\s*(,\s*[^,;“”\"]{1,80}?)?(,?\s+(?:to|on|in)\s+(?:the\s+)?[A-Z][^,;“”\"]{0,60})?\s*$")
# a paragraph signing the quotation before it: "-- Jo Doe in …", "— Sen. Jo Doe, …"
_SIGNOFF = re.compile(r"\s*(—|–|--|―)\s*(?=[A-Z])")
# the first word of an inverted cue pointing back at the quotation before it: 'So says X'
_SO_WORDS = {"so", "thus"}
# a sentence opening with its cue, the speaker, then a quotation: 'Said Corker: “…'
_SAID_FIRST = re.compile(r"Said\s+([^:;“\"\n]{2,120}?)\s*[,:]\s*[“\"]")
# Kin nouns: with a possessive ('his daughter', 'Smith's wife') they name a person.
_KIN_NOUNS = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "granddaughter",
              "grandson", "grandmother", "grandfather", "niece", "nephew", "cousin", "uncle", "aunt", "widow",
              "widower", "fiancee", "fiancée", "fiance", "stepfather", "stepmother", "stepson", "stepdaughter"}
# personal pronouns: a sentence with one is about someone (see SpeechFinder._bridge)
_PERSONAL = {"he", "she", "they", "him", "her", "them", "his", "their", "i", "we", "you", "me", "us", "my", "our"}
# an institution named by its kind, definite ("the agency denied reports that …"): a speaker
_INSTITUTION_NOUNS = {"agency", "department", "ministry", "company", "campaign", "committee", "administration",
                      "government", "party", "union", "organization", "organisation", "firm", "bureau",
                      "office", "palace", "embassy", "council", "commission", "court", "network", "group"}
# bare nouns of a norm or a plan: "according to plan / schedule / custom" is how, not who
_NORM_NOUNS = {"plan", "schedule", "script", "protocol", "procedure", "tradition", "custom", "design",
               "expectation", "expectations", "form"}
_FIRST_SECOND = {"i", "we", "you", "me", "us", "it", "this", "that", "one"}
# a video player's captions in scraped text ("JUST WATCHED … Replay More Videos ... MUST WATCH …")
_VIDEO_CHROME = re.compile(r"\b(?:JUST WATCHED|MUST WATCH)\b|\bReplay More Videos\b")
# the end of a quotation, then the title words the sentence splitter cut off the name after
# them at an abbreviation (',” retired Air Force Maj.' before 'Gen. Jo Doe …')
_SPLIT_TITLE_GAP = re.compile(r"^[,.?!]?\s*[”\"’]\s*(?:[A-Za-z][\w\-]*\s+){0,4}[A-Z][a-z]{1,4}\.\s*$")
# one whitespace-delimited word
_WORD = re.compile(r"\S+")
# a run of Latin letters (a word of narration, counted before a quotation)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# a single mark opening a quotation: at the start or after a space (an apostrophe in
# "Doesn't" opens none)
_SINGLE_QUOTE_OPEN = re.compile(r"(?:^|\s)[‘']\S")
# what may stand between a quotation's end and the words after it: '“…,” the group', '“…?”'
# (_QUOTE_CLOSE_GAP: the closing mark is required; _QUOTE_GAP: it may be missing)
_QUOTE_CLOSE_GAP = re.compile(r"^[,.?!]?\s*[”\"][,.?!]?\s*$")
_QUOTE_GAP = re.compile(r"^[,.?!]?\s*[”\"]?[,.?!]?\s*$")
# a gap after a quotation holding its closing mark and then a full stop: '“…”. In May, …'
_CLOSED_QUOTE_GAP = re.compile(r"^[^.?!]*[”\"]\s*\.")
# a quotation's end up to the space before a name: '“…,” former leader …'
_QUOTE_TO_NAME_GAP = re.compile(r"^[,.?!]?\s*[”\"’]?[,.?!]?[ \t]")
# a cue up to the quotation it opens: 'said: “…', 'says, "…'
# a list item's mark before a quotation that opens a paragraph ('-- “…”', '• “…”')
_BULLET = re.compile(r"[ \t]*(?:--|—|–|•)[ \t]*(?=[“\"])")
_CUE_TO_QUOTE_GAP = re.compile(r"^\s*(?:that\s*)?[,:]\s*[“\"]?$")  # ('tweeted that:' ¶ '“…')
# a possessive ending ("Trump's" → "Trump")
_POSSESSIVE_S = re.compile(r"['’]s$")
_SPEECH_CONTEXT = {"twitter", "facebook", "reporters", "reporter", "statement", "interview",
                   "conference", "briefing", "cnn", "fox", "msnbc"}


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


@dataclass
class Speech:
    """One attribution found in the doc, with the tokens it came from."""

    sentence: int
    cue: tuple[int, int] | None
    cue_tok: int | None
    speaker_span: tuple[int, int] | None
    speaker_text: str | None
    speaker: str | None
    speaker_kind: str | None  # person, org, group, outlet, pronoun, None
    role: str | None
    content: tuple[int, int] | None
    content_head: int | None  # token index of the content clause head (indirect)
    direct: bool
    chain: list[str] = field(default_factory=list)
    outlet: str | None = None
    continuation: bool = False
    nested_in: int | None = None  # index of an enclosing speech in the same sentence
    main: bool = True
    event: bool = True  # False: a belief, finding or nominal claim, no statement event of its own
    tentative: bool = False  # a quotation given for want of a cue: a cue found for it later wins


_CLOSE_NEXT = set(" \t\n,.;:!?)]}—–-'’”\"")
_OPEN_PREV = set(" \t\n([{—–-/:")


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


def _finite_clause(tok, head, wh: bool = False) -> bool:
    """The cue's own complement is a finite clause ("believes (that) X will …"): a ccomp
    (or 'that' clause) with a subject; 'whether'/'if'/wh-clauses only when `wh`."""
    if head.head.i != tok.i or head.dep_ not in ("ccomp", "advcl"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children) and not wh:
        return False
    first = head.doc[head.left_edge.i]
    # ("“If the bill fails, we lose the House,” they concluded": the 'if' opens a condition
    # inside the clause, whose own subject follows; it is no 'whether' question)
    conditioned = first.dep_ in ("mark", "advmod") and first.head.i != head.i and first.head.dep_ == "advcl" \
        and first.head.head.i == head.i and first.head.i < head.i \
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and first.head.right_edge.i < c.i < head.i for c in head.children)
    if not wh and not conditioned and (first.lower_ in ("whether", "if", "how", "what", "why", "when", "where", "who", "which")
                   or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children)):
        return False
    return True


def _that_clause(tok):
    """The cue's complement clause introduced by an explicit 'that' (its head), else None."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                                  or c.doc[c.left_edge.i].lower_ == "that") \
                and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            return c
    return None


_TITLE_BEFORE = re.compile(r"(?:\b(?:on|in|at|of|from|to|titled|entitled|headlined|called|dubbed|named|show|program|"
                           r"programme|book|film|movie|song|column|article|op-ed|episode|report|series))\s*[“\"]$", re.I)
# a work named in apposition after a comma ('the Atlantic piece, “Trump’s Crime against America”')
_TITLE_APPOS = re.compile(r"\b(?:book|film|movie|song|column|article|op-ed|episode|series|piece|essay|"
                          r"documentary|novel|memoir|album|podcast)\s*,\s*[“\"]$", re.I)


_TITLE_POSS = re.compile(r"\b(?:[A-Z]{2,6}|Fox(?: News)?)['’]s\s*[“\"]$")
_TITLE_PREP = re.compile(r"\b(?:on|in|at|titled|entitled)\s*[“\"]$", re.I)


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


def is_outlet(tokens) -> bool:
    """A news organisation named by these tokens (not a person at one: 'Fox News host')."""
    if not tokens:
        return False
    head = tokens[-1]
    for t in tokens:
        if t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "dative", "appos") or t.head not in tokens:
            head = t
            break
    if head.lemma_.lower() in NOT_OUTLET_HEADS or head.text.lower() in NOT_OUTLET_HEADS:
        return False
    words = {t.text.lower().strip(".") for t in tokens}
    if head.text.lower() in ("paper", "newspaper", "outlet", "publication", "network", "broadcaster"):
        return True
    has_name = any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in tokens)
    named_outlet = any(t.is_title and t.text.lower() in OUTLET_WORDS for t in tokens)
    if named_outlet and tokens[0].lower_ == "the":
        return True
    return has_name and bool(words & OUTLET_WORDS) and not any(t.ent_type_ == "PERSON" for t in tokens)


def _np_tokens(doc, head):
    """The compact noun phrase of `head`: its left part (titles, names) up to the head,
    plus flat name parts after it; no relative clauses or appositions."""
    left = head
    for t in head.lefts:
        if t.dep_ in ("det", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "advmod", "case") \
                or (t.dep_ == "punct" and t.text in "'’"):
            left = t
            break
    start = left.left_edge.i if left is not head else head.i
    if left is not head:
        start = min(left.left_edge.i, left.i)
    end = head.i + 1
    for t in head.rights:
        if t.dep_ in ("compound", "flat") or (t.dep_ == "case" and t.text in ("'s", "’s")):
            end = t.i + 1
        elif t.dep_ == "appos" and t.left_edge.i == end and t.ent_type_ == "PERSON" and head.pos_ == "PROPN" \
                and all(x.pos_ == "PROPN" for x in head.doc[end:t.i + 1]):
            # "Senate Minority Leader Chuck Schumer on Wednesday said": the parser hangs the
            # name, with no comma before it, on the title as an apposition — it is the name
            end = t.i + 1
        else:
            break
    if head.lemma_.lower() in ROLE_NOUNS and head.pos_ in ("NOUN", "PROPN"):
        # "the Acting Director of ICE", "the mayor of Chicago": the 'of' names the office
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and of.i == end:
            o = next((g for g in of.children if g.dep_ == "pobj"), None)
            if o is not None and o.pos_ == "PROPN" and o.right_edge.i - of.i <= 5:
                end = o.right_edge.i + 1
    toks = [t for t in doc[start:end]]
    # a quotation the parser hung on a modifier ('“…,” retired Gen. X told …', the quote as the
    # complement of "retired") is not part of the name: start after its closing mark
    ends = [k for k, t in enumerate(toks[1:], 1) if t.text in ("”", '"') and t.i < head.i and toks[k - 1].text in ",.!?"]
    if ends:
        toks = toks[ends[-1] + 1:]
    # never start inside a quotation or at punctuation
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    return toks or [head]


def _name_of(toks) -> tuple[str, str | None, str]:
    """(name, role, kind) from the speaker tokens."""
    text = toks[0].doc.text[toks[0].idx: toks[-1].idx + len(toks[-1])]
    person = [t for t in toks if t.ent_type_ == "PERSON"]
    if len(toks) == 1 and toks[0].lower_ in PRONOUNS:
        return text, None, "pronoun"
    if person:
        pe = person[-1]
        k = len(person) - 1
        while k > 0 and person[k - 1].i == person[k].i - 1:
            k -= 1
        ps = person[k]
        name = text[ps.idx - toks[0].idx: pe.idx + len(pe) - toks[0].idx]
        name = _POSSESSIVE_S.sub("", name)
        role = text[: ps.idx - toks[0].idx].strip(" ,") or None
        return _HONORIFIC.sub("", name), role, "person"
    if is_outlet(toks):
        return text, None, "outlet"
    orgs = [t for t in toks if t.ent_type_ in ("ORG", "GPE", "NORP")]
    if orgs and toks[-1].ent_type_ in ("ORG", "GPE", "NORP"):
        return text, None, "org"
    # "Mr. Kelly" without an entity label still names a person
    if _HONORIFIC.match(text) and toks[-1].pos_ == "PROPN":
        return _HONORIFIC.sub("", text), None, "person"
    if all(t.pos_ == "PROPN" or not t.is_alpha for t in toks) and toks[-1].pos_ == "PROPN":
        return text, None, "person" if len(toks) >= 2 and toks[-1].ent_type_ == "" else "org"
    head = toks[-1].lemma_.lower()
    if head in ANONYMOUS or toks[-1].tag_ in ("NNS", "NNPS"):
        return text, None, "group"
    return text, None, "org"


_WH = {"which", "who", "that", "whom", "what"}
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]|[a-z]{3}[A-Z]{2}")
_GLUE_OK = re.compile(r"^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])")
# parts of speech that never name a speaker on their own (a particle, a determiner, an adverb …)
_FUNCTION_POS = {"PART", "DET", "ADV", "ADP", "CCONJ", "SCONJ", "AUX", "PUNCT", "INTJ", "SPACE", "SYM"}
_QUANTIFIER_SPEAKERS = {"both", "all", "some", "many", "few", "several", "most", "each", "neither",
                        "either", "others", "none", "another", "this", "that", "these", "those"}
_TITLE_WORDS = {"vice", "deputy", "acting", "former", "rep", "sen", "gov", "gen", "lt", "col", "adm", "sgt",
                "dr", "prof", "rev", "mr", "mrs", "ms", "miss", "state", "u.s", "us", "chief", "first", "lady"}
_CAPITAL_FUNCTION = {"then", "now", "also", "still", "meanwhile", "however", "but", "and", "or", "the", "a",
                     "an", "there", "here", "so", "yet", "not", "n't", "instead", "later", "earlier", "again"}
_MODAL_PERFECT_QUOTE = re.compile(r"[^“\"\n:]{0,25}:\s*[“\"]")
# nouns an infinitive cue can modify without naming who speaks ("no reason to believe that …")
_NON_AGENT_HEADS = {"reason", "right", "way", "time", "need", "chance", "opportunity", "ability", "tendency",
                    "temptation", "urge", "pressure", "effort", "attempt", "ground", "grounds", "basis",
                    "evidence", "cause", "place", "moment", "incentive", "freedom", "power", "authority",
                    "courage", "nerve", "audacity", "license", "licence", "excuse", "occasion", "point"}
_MALE_HON = {"mr", "sir", "king", "prince", "lord"}
_FEMALE_HON = {"mrs", "ms", "miss", "madam", "madame", "dame", "queen", "princess", "lady"}
_MALE_WORDS = {"congressman", "councilman", "businessman", "assemblyman",
               "husband", "father", "son", "brother", "grandfather", "uncle", "nephew", "boyfriend", "widower"}
_FEMALE_WORDS = {"spokeswoman", "congresswoman", "councilwoman", "businesswoman", "assemblywoman",
                 "chairwoman", "wife", "mother", "daughter", "sister", "grandmother", "aunt", "niece",
                 "girlfriend", "widow", "actress", "congresswomen"}


def _gender_words(name: str) -> list[str]:
    """A person's name as lowercase words, without honorific or possessive ("Sen. Jane
    Roe's" → ["jane", "roe"])."""
    name = _POSSESSIVE_S.sub("", _HONORIFIC.sub("", (name or "").strip()))
    words = [w.lower().strip(".,") for w in name.split() if len(w.strip(".,")) > 1 or w.isalpha()]
    while len(words) > 1 and (words[0] in ROLE_NOUNS or words[0] in _TITLE_WORDS):
        words = words[1:]  # "President Trump", "Vice President Biden"
    return words


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
        ws = start + m.start()
        if re.search(r"\b" + re.escape(sur.group(1)) + r"\b", text[max(0, ws - 120):ws]):
            return True
    return False


# compound given names before a surname ("AnnaLee Saxenian", "MaryBeth Smith")
_GIVEN_NAME = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]{1,3}$")


def document_verb(tok):
    """(verb, document noun) when a participle cue belongs to a document the verb
    sends/issues: 'sent a letter to Y asking …', 'issued a memo saying …'."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "pcomp"):
        return None
    cur = tok
    for _ in range(4):
        cur = cur.head
        if cur.pos_ == "VERB":
            noun = next((c for c in cur.children if c.dep_ in ("dobj", "nsubjpass")
                         and c.lemma_.lower() in _STATEMENT_NOUNS), None)
            if noun is None and cur.tag_ == "VBG" and cur.dep_ in ("acl", "advcl", "pcomp", "conj") \
                    and cur.head.i != cur.i:
                continue  # 'penned a letter to Y noting …, saying …': up through the participle
            return (cur, noun) if noun is not None else None
        if cur.lemma_.lower() in _STATEMENT_NOUNS and cur.head.pos_ == "VERB" and cur.dep_ in ("dobj", "nsubjpass"):
            return cur.head, cur
        if cur.head.i == cur.i:
            return None
    return None


# passive verbs whose subject is the one speaking in a participle under them ("was overheard
# saying", "was caught on tape telling", "was recorded saying", "was quoted as saying")
_HEARD_SAYING = {"quote", "overhear", "hear", "record", "catch", "tape", "film", "videotape",
                 "see", "spot", "photograph", "capture"}


def _own_subject(tok):
    subs = [c for c in tok.children if c.dep_ == "nsubj"]
    named = [c for c in subs if c.lower_ not in _WH]
    # the nearest one: '“The whole reason …,” he told' has the quote's subject too
    return min(named, key=lambda c: abs(c.i - tok.i)) if named else None


def _quote_before(tok) -> bool:
    """The cue stands right after a closing quotation mark ('“…,” said …')."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and (prev.text in ("”", "\"", "’", "''") or (
        prev.text == "," and tok.i > 1 and tok.doc[tok.i - 2].text in ("”", "\"", "’", "''")))


def _inverted_subject(tok):
    """"said X" / "…, added Yellen" where the inverted subject was parsed as dobj: after a
    cue whose reported clause (or quotation) stands before it."""
    quote_before = _quote_before(tok)
    clause_before = quote_before or any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children)
    for c in tok.children:
        if c.dep_ in ("dobj", "attr") and c.i > tok.i and (
                (c.ent_type_ == "PERSON" and tok.lemma_ == "say")
                or (clause_before and (tok.lemma_.lower() not in _ADDRESSEE_OBJ or quote_before) and (
                    c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.pos_ == "PROPN"
                    or c.lemma_.lower() in ROLE_NOUNS or c.lemma_.lower() in ANONYMOUS))
                or (quote_before and tok.lemma_.lower() not in _ADDRESSEE_OBJ and c.i - tok.i <= 3
                    and (c.pos_ == "NOUN" or c.lower_ in ("another", "one", "others")))):
            # '“…,” yelled one protester', '“…,” shouted another': the inverted speaker
            return c
    return None


def _opening_appos_subject(tok):
    """"In October, Jo Doe, 63, told …": the name of a subjectless main verb misread as an
    apposition of the opening date or place, else None."""
    if tok.dep_ != "ROOT" or tok.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.i < tok.i:
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME", "GPE"):
                    a = next((x for x in p.children if x.dep_ == "appos" and x.pos_ == "PROPN" and x.i < tok.i), None)
                    if a is not None:
                        return a
    return None


def _subject(tok):
    """The subject of a cue: its own, else (participles: ', adding that …', ', saying …')
    the subject of the nearest speech verb above it, else of the clause it hangs from."""
    dv = document_verb(tok)
    if dv is not None:
        # "X sent a letter to Y asking …": the letter's senders ask
        sender = _own_subject(dv[0])
        if sender is not None:
            return sender
        v = dv[0]
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in v.children):
            return v.head  # "Doctors Without Borders, which issued a statement saying, “…”"
    own = _own_subject(tok)
    if own is not None:
        return own
    opening_appos = _opening_appos_subject(tok)
    if opening_appos is not None:
        return opening_appos
    if tok.dep_ == "conj" and tok.lemma_.lower() in SPEECH and tok.lemma_.lower() not in COGNITION:
        # "Esper said that he had lost confidence … and alleged that …": a speech verb
        # conjoined inside what a speaker says, its subject a pronoun there, is a second
        # speech act of the same speaker
        h = tok.head
        outer = h.head
        if h.dep_ == "ccomp" and outer.pos_ == "VERB" and outer.lemma_.lower() in SPEECH \
                and outer.lemma_.lower() not in COGNITION:
            hs = _own_subject(h)
            if hs is not None and (hs.lower_ in PRONOUNS or not (
                    hs.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or hs.pos_ == "PROPN"
                    or hs.lemma_.lower() in ROLE_NOUNS or hs.lemma_.lower() in ANONYMOUS)):
                # ("Roe said the bill was “a disaster” and vowed to fight it": bills don't vow)
                os_ = _own_subject(outer)
                if os_ is not None and os_.lower_ not in PRONOUNS:
                    return os_
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i < tok.i and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in tok.children):
        return tok.head  # "The senator called on Roe to …" read as one noun phrase: a past tense is its verb
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
        return _own_subject(tok.head)  # "Democrats remain hopeful that …"
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ == "VBG":
        h = tok.head
        if h.lemma_.lower() in _STATEMENT_NOUNS and h.dep_ == "appos" and h.head.pos_ == "PROPN" \
                and h.head.ent_type_ in ("PERSON", "ORG"):
            return h.head  # 'Jo Doe, the director, added tweets saying': the parser's apposition
        return h  # "Arne Duncan saying that …", "a memo alleging …"
    if tok.tag_ == "VBG" and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.ent_type_ == "PERSON" and prev.dep_ in ("pobj", "dobj") and prev.i < tok.i:
            return prev  # "pointed to the example of Arne Duncan saying that …" (misparsed as advcl)
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in tok.children):
        return tok.head  # "a card that read: …", "officials who said …": the antecedent
    if tok.dep_ in ("advcl", "conj", "xcomp", "acl", "pcomp", "relcl"):
        participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "pcomp")
        cur = tok
        fallback = None
        for _ in range(6):
            if cur.head.i == cur.i:
                break
            if cur.dep_ not in ("advcl", "conj", "xcomp", "acl", "prep", "relcl", "pcomp") \
                    and not (participle and cur.dep_ == "ccomp"):
                break
            cur = cur.head
            if cur.pos_ not in ("VERB", "AUX"):
                continue
            subj = _own_subject(cur)
            if subj is None:  # ('She was upbeat …, telling …': the subject hung on the auxiliary)
                subj = next((s for a in cur.children if a.dep_ in ("aux", "auxpass") and a.i < cur.i
                             for s in [_own_subject(a)] if s is not None and s.i < a.i), None)
            if subj is None and cur.lemma_.lower() in _HEARD_SAYING:
                # "X was quoted as saying …", "Clinton was overheard saying …": the one
                # quoted / heard says it
                subj = next((c for c in cur.children if c.dep_ == "nsubjpass" and c.lower_ not in _WH), None)
                if subj is not None and participle and cur.lemma_.lower() != "quote":
                    return subj  # not the subject of a clause above ("X bristled when Y was overheard saying")
            if subj is None and participle and tok.dep_ == "advcl" and tok.lemma_.lower() in SPEECH \
                    and tok.lemma_.lower() not in COGNITION and tok.doc[tok.i - 1].text == "," \
                    and not any(x.lower_ in _MODALS for x in cur.children):
                # "Trump was put on the defense …, saying …": the passive subject speaks
                subj = next((c for c in cur.children if c.dep_ == "nsubjpass" and c.i < cur.i and (
                    c.ent_type_ == "PERSON" or c.lower_ in ("he", "she", "they")
                    or c.lemma_.lower() in ROLE_NOUNS)), None)
            if subj is None and tok.dep_ == "conj" and cur.dep_ == "relcl" and (
                    cur.head.ent_type_ in ("PERSON", "ORG", "NORP") or cur.head.lemma_.lower() in ROLE_NOUNS
                    or cur.head.lemma_.lower() in ANONYMOUS) \
                    and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in cur.children):
                return cur.head  # "Clinton, who favored tweaks and derided his ideas": the antecedent
            if subj is None and tok.dep_ == "conj" and cur.dep_ == "acl" and cur.head.dep_ == "ROOT" \
                    and cur.head.pos_ in ("NOUN", "PROPN") and cur.tag_ in ("VBD", "VBN") and cur.i > cur.head.i \
                    and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cur.children):
                # 'The writer — who … — picked up on it and tweeted that: …': a sentence the
                # parser read as one noun phrase; its noun is the subject of the verbs
                return cur.head
            if subj is None:
                continue
            if cur.lemma_.lower() in SPEECH and cur.lemma_.lower() not in COGNITION:
                return subj  # (a belief verb is no speech turn: "said he expects …, saying")
            if not participle:
                return subj
            fallback = subj  # ', saying …' belongs to the outermost clause's subject
        if fallback is not None:
            return fallback
    inv = _inverted_subject(tok)
    if inv is not None:
        return inv
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    quote_before = _quote_before(tok)
    if prev is not None and prev.head.i == tok.i and prev.dep_ == "compound" \
            and (prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.is_title)) \
            and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # 'Trump joked, "How much …?"': the name hung on the cue as a compound
        k = prev.i
        while k > 0 and tok.doc[k - 1].pos_ == "PROPN" and tok.doc[k - 1].head.i in (tok.i, prev.i):
            k -= 1
        if k == 0 or tok.doc[k - 1].is_space or tok.doc[k - 1].text in (",", ".", ";", "”", '"', "“"):
            return prev
    if quote_before and tok.i + 1 < len(tok.doc) and tok.lemma_.lower() not in _ADDRESSEE_OBJ:
        # '“…,” said Gilmore, who co-owns …': the inverted name right after the cue,
        # whatever the parser hung it on
        k = tok.i + 1
        while k < len(tok.doc) and tok.doc[k].pos_ == "PROPN" and k - tok.i <= 5:
            k += 1
        if k > tok.i + 1 and any(x.ent_type_ in ("PERSON", "ORG") for x in tok.doc[tok.i + 1:k]):
            return tok.doc[k - 1]
    return None


_MORE = re.compile(r"\bMORE\b")
_CARD_SURNAME = re.compile(r"^((?:Mc|Mac|O['’])?[A-Z][a-z'’\-]+)(?=[A-Z])")
_AFTER_CARD = re.compile(r"^(?:['’]s)?\s*(?:\([^()]{1,25}\))?\s*(?:,[^,;“\"]{1,90},)?\s*(?:[a-z]+ly\s+|also\s+)?$")


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


_COURT_ACTS = {"deny", "order", "reject", "grant", "block", "rule", "uphold", "dismiss"}


def _court_subject(tok) -> bool:
    from .lexicon import COURT_NOUNS
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in COURT_NOUNS or any(
        x.lemma_.lower() in COURT_NOUNS for x in c.subtree if x.i <= c.i)) for c in tok.children)


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


_OBJ_PREPS = ("of", "for", "about", "against", "over")
# what a denial denies when it is speech ("denied the allegations", "denied any knowledge
# that …", "denied reports that …"), not a refusal ("denied a request / a permit")
_DENIABLE = {"allegation", "accusation", "charge", "claim", "report", "knowledge", "wrongdoing",
             "involvement", "intent", "intention", "rumor", "rumour", "story", "account", "assertion",
             "suggestion", "characterization", "link", "connection", "misconduct", "impropriety"}
# Directives whose object alone is what was asked for ("urging the completion of a fence",
# "requesting an audit", "demanded an apology").
_DIRECTIVE = {"urge", "demand", "request"}
# Heads whose infinitive complement is a speech act not (yet) performed ("was checking to
# confirm …", "plans to announce …", "declined to say …", "wants to tell …").
_UNREALISED = {"try", "check", "plan", "want", "seek", "intend", "decline", "refuse", "fail",
               "attempt", "wish", "need", "aim", "prepare", "hope", "expect", "offer", "agree",
               "wait", "hesitate", "struggle", "like", "love", "prefer", "choose", "decide",
               "forget", "remember", "have", "get"}
# Modals that make a speech act possible or future, not performed ("can request", "will
# announce"); 'would' stays (habitual or reported: "he would say …").
_MODALS = {"can", "could", "may", "might", "must", "should", "will", "shall", "'ll", "’ll", "wo", "ca"}
# Cues whose content is an 'as' phrase ("described the attack as an act of terror", "what
# critics describe as a deficient challenger").
_AS_CUES = {"describe", "characterize", "characterise", "portray"}
# Cues whose object is the addressee, not the content ("told reporters …").
_ADDRESSEE_OBJ = {"tell", "ask", "inform", "notify", "assure", "instruct", "direct", "urge", "warn",
                  "thank", "remind"}


# Nouns of stance or speech that a light verb makes someone's ("expressed hope that …",
# "raised concerns that …", "made the case that …", "voiced fears that …").
_STANCE_NOUNS = {"hope", "concern", "fear", "worry", "doubt", "confidence", "case", "view",
                 "belief", "claim", "argument", "assurance", "warning", "expectation",
                 "optimism", "frustration", "skepticism", "scepticism", "opinion", "suspicion",
                 "conviction", "assessment", "point", "prediction", "promise", "pledge"}
_LIGHT_SPEECH_VERBS = {"express", "voice", "raise", "make", "share", "reiterate", "repeat",
                       "offer", "give", "convey", "air", "register", "state", "stress", "press",
                       "renew", "echo", "underscore", "emphasize", "emphasise"}


# The light verbs (of _LIGHT_SPEECH_VERBS) that voice a stance noun with just its topic
# ("raised concerns about …", "expressed frustration with …"), and the feelings voiced that
# way besides _STANCE_NOUNS ("voiced support for …").
_EXPRESS_LIGHT = {"express", "voice", "raise", "air", "register", "reiterate", "repeat", "renew", "echo"}
_EXPRESSED_NOUNS = {"indifference", "displeasure", "dismay", "anger", "outrage", "disappointment", "alarm",
                    "reservation", "objection", "opposition", "support", "regret", "unease", "misgiving",
                    "gratitude", "sympathy", "condolence", "appreciation", "irritation", "annoyance"}
# prepositions introducing a voiced stance's topic ("concerns about …", "frustration with …")
_TOPIC_PREPS = ("about", "over", "with", "regarding", "at", "to", "for")


def _voices_stance_on_topic(t, light, poss) -> bool:
    """"raised concerns about …", "expressed frustration with …", "voiced support for …": the
    stance noun t, object of the light verb, has a topic, and the verb's subject poss is a
    person, group or role.  Not the parser's subjectless conjunct inside a reported clause
    ('McDonald said Darroch had been the target … and expressed gratitude …')."""
    if light.lemma_.lower() not in _EXPRESS_LIGHT or not (
            t.lemma_.lower() in _STANCE_NOUNS or t.lemma_.lower() in _EXPRESSED_NOUNS):
        return False
    if not any(c.dep_ == "prep" and c.i > t.i and c.lower_ in _TOPIC_PREPS
               for c in list(t.children) + list(light.children)):
        return False
    if not (poss.ent_type_ in ("PERSON", "ORG", "NORP") or poss.lower_ in ("he", "she", "they")
            or poss.lemma_.lower() in ROLE_NOUNS or poss.lemma_.lower() in ANONYMOUS):
        return False
    return not (_own_subject(light) is None and light.dep_ == "conj"
                and light.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl"))


def _possessor_tokens(poss) -> list:
    """The words of a noun cue's holder, without the possessive ending ("Cruz's" → "Cruz")."""
    return [x for x in _np_tokens(poss.doc, poss) if not (x.dep_ == "case" or x.text in ("'", "’"))] or [poss]


def _object_clause(tok):
    """A clause complement without 'that' misparsed as object + reduced relative:
    'suggested the demonstrations there led to …' (dobj 'demonstrations', acl 'led' in
    the past tense) is 'suggested (that) the demonstrations there led to …'; after a cue
    whose object is the addressee, 'told the paper the plan worked' (relcl 'worked' with
    a subject of its own and no relative word) is 'told the paper (that) the plan worked'."""
    addressee = tok.lemma_.lower() in _ADDRESSEE_OBJ
    for c in tok.children:
        if c.dep_ not in ("dobj", "dative") or c.i < tok.i or c.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if addressee:
            rel = next((r for r in c.children if r.dep_ == "relcl" and r.i > c.i and r.tag_ in ("VBD", "VBZ", "VBP", "MD")
                        or (r.dep_ == "relcl" and any(x.dep_ == "aux" and x.tag_ == "MD" for x in r.children))), None)
            if rel is None:
                continue
            subj = next((x for x in rel.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            first = rel.doc[rel.left_edge.i]
            if subj is None or subj.i < c.i or subj.lower_ in _WH or first.lower_ in _WH or first.dep_ == "mark":
                continue
            return rel, rel.left_edge.i, rel.right_edge.i + 1
        if c.pos_ == "PRON":
            continue
        acl = next((a for a in c.children if a.dep_ == "acl" and a.i > c.i and (
            a.tag_ in ("VBD", "VBZ", "VBP") or any(x.dep_ == "aux" and x.tag_ == "MD" for x in a.children))), None)
        if acl is not None:
            return acl, c.left_edge.i, max(acl.right_edge.i, c.right_edge.i) + 1
    return None


def _as_quote(tok) -> bool:
    """The cue's 'as' phrase holds a quotation ("attacked Roe as a “con artist”")."""
    ap = _as_phrase(tok)
    return ap is not None and any(x.text in ("“", "\"", "‘") for x in ap.subtree)


def _as_phrase(tok):
    """The cue's 'as' phrase after an object ("rejected the report as “fake news”"), else None."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:
        return None
    return next((c for c in list(tok.children) + list(obj.children)  # (or hung on the object)
                 if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)


# Cues that report a clause, not a thing: in a relative clause with nothing after them
# the gap is the reported clause's subject ("the issues some Republicans warn ran the party
# aground", "laws critics say are unfair").
_GAP_CUES = {"say", "warn", "contend", "argue", "claim", "insist", "allege", "assert", "maintain",
             "predict", "suggest", "charge", "complain", "acknowledge", "concede", "admit"}


def _content_clause(tok):
    """The complement clause (or object content) of a cue token: (head, start_i, end_i)."""
    ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
    if ccomps:
        # "Still, voters expect …: 64 percent … said gun control should …": of clauses on
        # both sides, the one after the cue (with a subject) is what was said
        after = [c for c in ccomps if c.i > tok.i and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
        c = after[0] if after and ccomps[0].i < tok.i else ccomps[0]
        if not (c.i < tok.i and tok.lemma_.lower() in WEAK_SPEECH and tok.lemma_.lower() not in _ADDRESSEE_OBJ
                and any(x.dep_ == "nsubj" and x.i < tok.i for x in tok.children) and any(
                d.dep_ == "dobj" and d.i > tok.i for d in tok.children)):
            if c.i > tok.i and c.left_edge.i < tok.i:
                return c, tok.i + 1, c.right_edge.i + 1  # "laws that critics say are unfair": not the 'that'
            return c, c.left_edge.i, c.right_edge.i + 1
        # "…; Breyer has questioned the constitutionality of …": a verb with an object
        # of its own does not report the clause before it
    lemma = tok.lemma_.lower()
    if lemma in SPEECH and lemma not in EVALUATIVE:
        # "said in a statement that the order would take effect": the 'that' clause
        # misparsed as a modifier of the statement noun
        for p in tok.children:
            if p.dep_ != "prep" or p.i < tok.i:
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                for c in o.children:
                    if c.dep_ in ("acl", "relcl", "ccomp") and c.i > o.i and tok.doc[c.left_edge.i].lower_ == "that" \
                            and any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.lower_ not in _WH for x in c.children):
                        return c, c.left_edge.i, c.right_edge.i + 1
    if lemma in SPEECH and lemma not in EVALUATIVE:
        # "told NBC’s “Today” that her client …": the 'that' clause misparsed as a relative
        # clause of the quoted programme title
        doc = tok.doc
        for o in tok.children:
            if o.i < tok.i or o.dep_ not in ("dobj", "npadvmod", "dative", "attr", "dep", "oprd"):
                continue
            for c in o.children:
                if c.dep_ not in ("relcl", "acl") or c.i < o.i:
                    continue
                k = c.left_edge.i
                if doc[k].lower_ == "that" and k > 0 and doc[k - 1].text in ("”", '"') \
                        and any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.i != k for x in c.children):
                    # (the quoted words a title: "“Face the Nation”", not "what he called “the
                    # triumph of liberalism” that he said was …")
                    j = k - 2
                    while j > o.left_edge.i and doc[j].text not in ("“", '"'):
                        j -= 1
                    words = [x.text for x in doc[j + 1:k - 1] if x.is_alpha and (len(x.text) > 3 or x.text[:1].isupper())]
                    if words and len(words) <= 6 and all(w[:1].isupper() for w in words):
                        return c, k + 1, c.right_edge.i + 1
    if lemma in SPEECH and lemma not in EVALUATIVE and tok.i > 0:
        # "Accept the deal, Senator Roe tells colleagues": a sentence-initial clause, a comma,
        # then the speaker and the cue (the parser reads the clause as an adverbial)
        doc = tok.doc
        for c in tok.children:
            if c.dep_ != "advcl" or c.i > tok.i or not doc[c.left_edge.i].is_sent_start \
                    or any(m.dep_ in ("mark", "advmod") and m.i < c.i and m.lower_ not in ("now", "just") for m in c.children) \
                    or c.right_edge.i + 1 >= tok.i or doc[c.right_edge.i + 1].text != ",":
                continue
            imperative = c.tag_ == "VB" and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children)
            finite = c.tag_ in ("VBZ", "VBD", "VBP", "MD") and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
            if imperative or finite:
                return c, c.left_edge.i, c.right_edge.i + 1
    for c in tok.children:  # "said in April, …, that there was no indication …" (parsed as advcl)
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i), None) \
            if c.dep_ == "advcl" and c.i > tok.i and lemma in SPEECH and lemma not in EVALUATIVE else None
        if mark is not None:
            return c, mark.i + 1, c.right_edge.i + 1
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
        h = tok.head
        left = min([tok.left_edge.i] + [c.i for c in tok.children if c.dep_ == "nsubj"]) if tok.i > h.i else None
        if left is not None and left > h.left_edge.i:
            return h, h.left_edge.i, left  # "…, Saxenian says, but …": the words before the cue
        return h, h.left_edge.i, h.right_edge.i + 1
    for c in tok.children:  # "has said have been slowed", "vowed to fight"
        if c.dep_ == "xcomp" and c.i > tok.i and (lemma in OBJECT_SPEECH or lemma == "say"):
            start = c.left_edge.i
            objs = [d for d in tok.children if d.dep_ in ("dobj", "dative") and tok.i < d.i < c.i]
            if objs and lemma in OBJECT_SPEECH:
                start = objs[0].left_edge.i
            return c, start, c.right_edge.i + 1
    if lemma in SPEECH and lemma not in EVALUATIVE and lemma not in QUOTE_CUES:
        oc = _object_clause(tok)
        if oc is not None:
            return oc
    as_eval = (lemma in ("reject", "celebrate") and _as_phrase(tok) is not None  # "rejected the claim as “absurd”"
               or lemma in _AS_QUOTE_CUES and _as_quote(tok))
    if lemma in OBJECT_SPEECH or lemma in EVALUATIVE or lemma in _AS_CUES or as_eval:
        preps = _OBJ_PREPS + (("at", "on", "as") if lemma in EVALUATIVE or as_eval else ()) \
            + (("as",) if lemma in _AS_CUES else ()) + (("to",) if lemma == "object" else ())
        parts = [c for c in tok.children if c.i > tok.i and (
            c.dep_ in ("dobj", "dative", "advcl") or (c.dep_ == "prep" and c.lower_ in preps)
            or (c.dep_ == "oprd" and lemma in ("call", "describe")))]
        if parts and any(p.dep_ != "dobj" or lemma in ("allege", "confirm") or lemma in EVALUATIVE or as_eval
                         or (lemma == "deny" and p.lemma_.lower() in _DENIABLE and p.pos_ == "NOUN")
                         or (lemma in _DIRECTIVE and p.pos_ == "NOUN") for p in parts):
            head = next((p for p in parts if p.dep_ in ("advcl",)), parts[0])
            return head, min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts) + 1
    if tok.dep_ == "relcl" and lemma in _GAP_CUES \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        # "the issues some Republicans warn ran the party aground": the relative noun is
        # the subject of what they say, the finite verb right after the cue its predicate
        doc = tok.doc
        k = tok.i + 1
        while k < len(doc) and doc[k].dep_ in ("advmod", "neg") and doc[k].head.i != tok.i:
            k += 1
        if k < len(doc):
            v = doc[k]
            if v.pos_ in ("VERB", "AUX") and v.tag_ in ("VBD", "VBZ", "VBP", "MD") and v.head.i != tok.i \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and not c.left_edge.i <= tok.i <= c.right_edge.i
                                for c in v.children) \
                    and v.right_edge.i > v.i:
                return v, v.i, v.right_edge.i + 1
    return None


# Documents that 'say', 'read' or 'state' a quotation ("“…,” the statement read").
_DOCUMENT_NOUNS = _STATEMENT_NOUNS | {
    "lawsuit", "suit", "complaint", "ad", "advertisement", "document", "order", "ruling",
    "petition", "sign", "card", "banner", "note", "caption", "indictment", "motion",
    "editorial", "endorsement", "website", "page", "book", "article", "column", "notice",
    "decision", "opinion", "brief", "affidavit", "warrant", "resolution", "proclamation",
    "agreement", "guidance", "policy", "text", "transcript", "citation", "placard", "flyer",
    "leaflet", "poster", "notification", "announcement", "bulletin", "summary", "declaration"}
# Speech verbs in forms the tagger takes for nouns at the end of a sentence ("the lawsuit
# states", "the statement read").
_NOUNLIKE_CUES = {"states", "reads", "read", "says", "notes", "adds", "writes", "continues",
                  "warns", "argues", "claims", "concludes", "explains", "asserts", "alleges"}


# "in the president's words, “…”", "in her own words: “…”"
_IN_WORDS = re.compile(r"\b[Ii]n ((?:his|her|their)|(?:the )?(?:[A-Z][\w.\-]*\s){0,3}(?:[A-Z][\w.\-]*|[a-z]+)['’]s?)"
                       r"\s(?:own\s)?(words)\s*[,:]\s*[“\"]")
# a speech verb up to the quotation right after it: 'saying, “…', 'state: "…'
_CUE_QUOTE_OPEN = re.compile(r"\s*[,:]\s*[“\"]")
# speech verbs the tagger can take for nouns mid-sentence ("with Earnest saying, “…”")
_MISREAD_VERB_FORMS = {"saying", "says", "said", "state", "states", "stated", "writes", "wrote", "adds",
                       "added", "tweeted", "tweets", "declares", "declared", "warns", "warned", "insists"}


def _in_part_cue(tok) -> bool:
    """'“…,” the endorsement in part states.': the cue read as the object of "in part",
    hung on the noun before it."""
    doc = tok.doc
    return tok.lower_ in _NOUNLIKE_CUES and tok.dep_ == "pobj" and tok.i >= 3 and doc[tok.i - 2].lower_ == "in" \
        and doc[tok.i - 1].lower_ == "part" and tok.head.i == tok.i - 2 and tok.head.head.pos_ in ("NOUN", "PROPN") \
        and tok.head.head.i < tok.i - 2


def _misread_cue(tok, raw):
    """'“…,” the lawsuit states.': a speech verb tagged as a noun, heading a short noun
    phrase that closes the sentence right after a quotation (or read as the object of
    "in part" after that noun phrase).  The speaker token (the noun before it), else None."""
    doc = tok.doc
    in_part = _in_part_cue(tok)
    if not in_part and (tok.lower_ not in _NOUNLIKE_CUES or tok.head.i != tok.i and tok.dep_ not in ("ROOT", "appos", "dep")):
        return None
    nxt = tok.i + 1
    while nxt < len(doc) and (doc[nxt].is_space or doc[nxt].text in ".!”\""):
        if doc[nxt].text in ".!":
            break
        nxt += 1
    if nxt < len(doc) and not (doc[nxt].text in ".!" or doc[nxt].is_space):
        return None  # the cue closes the sentence
    owner = tok.head.head if in_part else tok  # the noun phrase's head
    punct = [c.i for c in owner.lefts if c.is_punct]
    np_ = [c for c in owner.lefts if not punct or c.i > punct[-1]]  # the words after the quote
    if in_part:
        np_ = np_ + [owner]
        spk = [owner]
    else:
        # (a document noun the tagger took for an adjective: "the editorial states")
        spk = [c for c in np_ if c.dep_ in ("compound", "nsubj", "amod", "nmod") and (
            c.pos_ in ("NOUN", "PROPN") or (c.pos_ == "ADJ" and c.lower_ in _DOCUMENT_NOUNS))]
    if not spk or len(tok.doc[np_[0].left_edge.i:tok.i]) > 6:
        return None
    head = spk[-1]
    left = np_[0].i if in_part else min([head.left_edge.i] + [c.left_edge.i for c in np_])
    before = doc.text[:doc[left].idx].rstrip()
    if not before.endswith((",”", ",\"", "”", "\"")) or not any(q[1] <= doc[left].idx and doc[left].idx - q[1] <= 5 for q in raw):
        return None
    return head


def _acl_cue(tok):
    """'Sarah Sanders, Trump's spokeswoman, tweeted Thursday the Jones Act would be
    waived': the cue misparsed as a participle modifying the speaker, the clause after
    it taken for the main clause whose subject the speaker then seems to be.  (speaker
    token, (clause head, start, end)) when the main verb has a second subject of its own
    after the cue, else None."""
    lemma = tok.lemma_.lower()
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or lemma not in SPEECH \
            or lemma in EVALUATIVE or lemma in QUOTE_CUES or lemma in COGNITION:
        return None
    h = tok.head
    root = h.head
    if h.dep_ not in ("nsubj", "nsubjpass") or h.pos_ not in ("PROPN", "NOUN") or root.i <= tok.i \
            or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass", "agent") for c in tok.children):
        return None
    start = tok.right_edge.i + 1
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and start <= c.i < root.i for c in root.children):
        return None
    return h, (root, start, root.right_edge.i + 1)


def _quote_acl_cue(tok, raw, text):
    """'“…,” Loren D. Schulman, a former senior aide to Rice, tweeted on Monday.': after a
    quotation, the cue misparsed as a participle modifying the name right after the quote.
    (speaker token, quote span) or None."""
    h = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or h.i >= tok.i or h.pos_ not in ("PROPN", "NOUN") \
            or any(c.dep_ in ("auxpass", "agent", "dobj") for c in tok.children) \
            or tok.i < 1 or tok.doc[tok.i - 1].text != ",":
        return None
    k = h.i  # the name's first word (its subtree may hold the quote itself)
    while k > 0 and tok.doc[k - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM") \
            and tok.doc[k - 1].text not in ("“", "”", '"'):
        k -= 1
    lo = tok.doc[k].idx
    q = max((q for q in raw if q[1] <= lo), key=lambda q: q[1], default=None)
    if q is None or not _QUOTE_CLOSE_GAP.match(text[q[1]:lo]):
        return None
    return h, q


def _swallowed_subject(tok, sent, quotes):
    """A cue left without a subject because the parser hung the name on a phrase before it
    ('when asked about airstrikes inside Syria, Dempsey and Defense Secretary Chuck Hagel
    have said …', 'In a letter to Mr. Issa, Thomas B. Gibbons, assistant secretary …,
    said: “…”'): the nearest person name before the cue with no verb between."""
    doc = tok.doc
    # (or a cue the parser hung on the quotation before it: '“…,” former leader of the UK
    # Independence Party Nigel Farage, now a Fox News contributor, said on …')
    main = tok.dep_ == "ROOT" or (tok.dep_ in ("ccomp", "conj", "parataxis") and tok.head.i < tok.i
                                  and not _inside(tok.idx, quotes) and any(
                                      doc[j].text in ("”", '"', "''") and doc[j].tag_ == "''"
                                      for j in range(tok.head.i + 1, tok.i)))
    if not main and tok.dep_ in ("ccomp", "conj", "parataxis") and tok.head.i < tok.i \
            and tok.head.tag_ in ("VBN", "VBD") and tok.head.lower_.endswith("ed") and not _inside(tok.idx, quotes) \
            and all(x.is_space or x.is_punct for x in doc[sent.tok_start:tok.head.i]) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
        # 'Asked whether …, Jo Doe, a spokesman for Roe, replied: “…”': the parser made the
        # opening participle the root and hung the name on its clause
        main = True
    if not main or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None  # a finite main verb only ("Smith, asked to …, said": not 'asked')
    for k in range(tok.i - 1, max(sent.tok_start, tok.i - 15) - 1, -1):
        x = doc[k]
        if x.pos_ in ("VERB",) or (x.pos_ == "AUX" and x.head.i != tok.i) or x.text in (";", ":", "“", "”", '"'):
            return None
        if x.ent_type_ == "PERSON" and x.pos_ == "PROPN" and not _inside(x.idx, quotes) \
                and (k + 1 >= len(doc) or doc[k + 1].ent_type_ != "PERSON" or k + 1 == tok.i):
            a = x
            for _ in range(4):  # '…, Jo Doe, a spokesman for Roe, said': Doe, not Roe
                if a.head.i == a.i or a.dep_ not in ("pobj", "prep", "appos", "compound"):
                    break
                if a.dep_ == "appos" and a.head.ent_type_ == "PERSON" and a.head.pos_ == "PROPN" and a.head.i < x.i:
                    return a.head
                a = a.head
            return x
    return None


def _has_context(tok) -> bool:
    """'said in a statement', 'told reporters', 'wrote on Twitter' make a bare cue speech."""
    for c in tok.subtree:
        if c.lower_ in _SPEECH_CONTEXT or (c.lemma_.lower() in _STATEMENT_NOUNS and c.head.dep_ == "prep"):
            return True
    return False


# cues of belief or stance ("thinks that …", "is confident that …")
_BELIEF_CUES = COGNITION | STANCE_ADJ

#: {cue lemma set: {lemma hash: whether the lowercased lemma is in the set}}
_CUE_LEMMAS: dict[frozenset, dict[int, bool]] = {}


class SpeechFinder:
    """Find attributions sentence by sentence; keeps the history used for pronouns."""

    def __init__(self, doc, seg, aliases=None):
        self.doc = doc
        self.seg = seg
        self.aliases = aliases
        self.text = doc.text
        self.history: list[tuple[int, str, str]] = []  # (offset, name, kind)
        self._back_cue = None  # the cue of a back-pointing sentence, see _previous_quote
        self._minor: set[int] = set()  # history offsets of subjects of subordinate clauses
        self._spoke: set[int] = set()  # offsets of speaker spans found ("…, Bergen reports")
        self._sent_starts = sorted(x.start for x in seg.sentences)
        self.outlets: list[tuple[int, str]] = []
        self._bq: dict[int, list[tuple[int, int]]] = {}  # block index -> its quote spans
        self._chrome: dict[int, bool] = {}  # block index -> whether it is a video player's captions
        self._gender_cache: dict[str, str] | None = None  # see _genders
        self._surname_cache: set[str] | None = None  # see _surnames
        self._person_word_cache: set[str] | None = None  # see _person_words
        self._gender_by_name: dict[str | None, str | None] = {}  # memo of _gender_of
        self._cue_offs: list[int] | None = None  # char offsets of the _cue_idx tokens (lazy)
        self._conts: dict[tuple[int, int], Speech] = {}
        self.used_quotes: set[tuple[int, int]] = set()
        self._columns()

    def _columns(self):
        """Per-doc token columns read once (the doc does not change during a run):
        sorted indices of the tokens each per-sentence scan can act on."""
        doc = self.doc
        if not len(doc):
            self._cue_idx = self._according_idx = self._cite_idx = self._subj_idx = []
            return
        arr = doc.to_array([LEMMA, LOWER, DEP, ENT_TYPE, ENT_IOB])
        lemmas = arr[:, 0]
        # lemmas whose lowercase can be a cue, decided once per distinct lemma
        cand = set(STANCE_ADJ) | set(SPEECH_NOUNS) | set(FINDING_VERBS) | set(SPEECH) | {"put"} | _STANCE_NOUNS \
            | _EXPRESSED_NOUNS
        known = _CUE_LEMMAS.setdefault(frozenset(cand), {})
        strings = doc.vocab.strings
        u, inv = np.unique(lemmas, return_inverse=True)
        ok = []
        for h in u.tolist():
            v = known.get(h)
            if v is None:
                v = known[h] = (strings[h] if h else "").lower() in cand
            ok.append(v)
        cue = np.array(ok, dtype=bool)[inv.reshape(-1)]
        dep = arr[:, 2]
        subj = (dep == get_string_id("nsubj")) | (dep == get_string_id("nsubjpass")) | (
            (arr[:, 3] == get_string_id("ORG")) & (arr[:, 4] == 3))  # ENT_IOB 3: "B"
        self._cue_idx = np.flatnonzero(cue).tolist()
        self._according_idx = np.flatnonzero(arr[:, 1] == get_string_id("according")).tolist()
        self._cite_idx = np.flatnonzero(lemmas == get_string_id("cite")).tolist()
        self._subj_idx = np.flatnonzero(subj).tolist()

    @staticmethod
    def _in_sent(idx: list[int], sent) -> list[int]:
        return idx[bisect_left(idx, sent.tok_start):bisect_left(idx, sent.tok_end)]

    # --- antecedents -------------------------------------------------------------
    def _note_subjects(self, sent, contents=()):
        doc = self.doc
        starts, ends = _merged(list(contents) + self._block_quotes(sent))
        for i in self._in_sent(self._subj_idx, sent):
            t = doc[i]
            if _inside_merged(t.idx, starts, ends):
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in PRONOUNS and t.lower_ not in _WH \
                    and (t.head.dep_ == "ROOT" or t.ent_type_ == "PERSON"):
                toks = _np_tokens(doc, t)
                name, _, kind = _name_of(toks)
                if kind == "org" and len(toks) == 1 and t.pos_ == "PROPN" and name in self._surnames():
                    kind = "person"  # ('Trump has contradicted …' tagged ORG, a Donald Trump elsewhere)
                if kind in ("person", "org", "group", "outlet"):
                    self.history.append((t.idx, name, kind))
                    if t.head.dep_ != "ROOT":
                        self._minor.add(t.idx)  # a person in a subordinate clause
            if t.ent_type_ == "ORG" and t.ent_iob_ == "B":
                j = 1
                while i + j < sent.tok_end and doc[i + j].ent_iob_ == "I":
                    j += 1
                ent = [x for x in doc[i:i + j]]
                if is_outlet(ent):
                    self.outlets.append((t.idx, self.text[t.idx: ent[j - 1].idx + len(ent[j - 1])]))

    def _surnames(self) -> set[str]:
        """Last words of the article's two-or-more-word person names ("Jane Roe" → "Roe")."""
        if self._surname_cache is None:
            people = self.aliases.people if self.aliases is not None else []
            self._surname_cache = {p.split()[-1] for _, p in people if len(p.split()) >= 2}
        return self._surname_cache

    def _resolve_pronoun(self, word: str, before: int) -> str | None:
        low = word.lower()
        want = {"he": ("person",), "she": ("person",), "i": ("person",), "him": ("person",),
                "her": ("person",), "it": ("org", "outlet"), "they": ("group", "org"),
                "we": ("org", "group"), "them": ("group", "org")}.get(low, ())
        sex = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(low)
        best = None
        for off, name, kind in self.history:
            if off >= before or before - off > 2500 or kind not in want:
                continue
            if sex and (self._gender_of(name) or sex) != sex:
                continue  # "she" is never a man the article calls "he" / "Mr."
            if best is None or off > best[0]:
                best = (off, name)
        if best is not None and best[0] in self._minor and best[0] not in self._spoke:
            # "Stefanik summed up why Trump should not be impeached: ¶ …, she said": the
            # subject of the main clause (or its speaker) before a subordinate one
            k = bisect_right(self._sent_starts, best[0]) - 1
            lo = self._sent_starts[k] if k >= 0 else 0
            for off, name, kind in self.history:
                if lo <= off < best[0] and (off not in self._minor or off in self._spoke) and kind in want \
                        and not (sex and (self._gender_of(name) or sex) != sex):
                    best = (off, name)
                    break
        return best[1] if best else None

    def _genders(self) -> dict[str, str]:
        """{name key: 'm' | 'f'} from what the article itself says about each named person:
        an honorific ("Mr.", "Ms."), a gendered title or kin word next to the name
        ("spokeswoman Jane Roe", "his wife, Jane Roe"), or a his/her on the object of the
        verb the person is the subject of ("Roe defended her budget").  Keys are the full
        name and, when one first name goes with it in the article, the bare surname.
        Conflicting evidence leaves a key unknown."""
        if self._gender_cache is not None:
            return self._gender_cache
        doc, votes, firsts = self.doc, {}, {}
        quotes = []
        for b in range(len(self.seg.blocks)):
            quotes += self._quotes_of_block(b)
        starts, ends = _merged(quotes)
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = _gender_words(ent.text)
            if len(words) >= 2:
                firsts.setdefault(words[-1], set()).add(words[0])
            if _inside_merged(ent.start_char, starts, ends):
                continue
            g = set()
            before = [t.lower_.rstrip(".") for t in doc[max(0, ent.start - 3):ent.start]]
            if before and before[-1] in _MALE_HON:
                g.add("m")
            elif before and before[-1] in _FEMALE_HON:
                g.add("f")
            near = before + [t.lower_ for t in doc[ent.end:min(len(doc), ent.end + 4)] if t.dep_ == "appos"]
            g.update("m" for w in near if w in _MALE_WORDS)
            g.update("f" for w in near if w in _FEMALE_WORDS)
            root = ent.root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
                verb = root.head
                for o in verb.children:
                    if o.i < root.i or o.dep_ not in ("dobj", "dative"):
                        continue
                    if o.lower_ in ("himself", "herself"):
                        g.add("m" if o.lower_ == "himself" else "f")
                    for t in o.children:  # "defended her budget"
                        if t.dep_ == "poss" and t.lower_ in ("his", "her") and not _inside_merged(t.idx, starts, ends):
                            g.add("m" if t.lower_ == "his" else "f")
                for c in verb.children:  # "Roe said she would run", "Roe resigned, but he …"
                    if c.i < verb.i or c.dep_ not in ("ccomp", "advcl", "conj"):
                        continue
                    x = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if x is not None and x.lower_ in ("he", "she") and not _inside_merged(x.idx, starts, ends):
                        g.add("m" if x.lower_ == "he" else "f")
            if len(g) == 1 and words:
                votes.setdefault(" ".join(words), set()).update(g)
                votes.setdefault(words[-1], set()).update(g)
        out = {}
        for k, v in votes.items():
            if len(v) != 1:
                continue
            if " " not in k and len(firsts.get(k, ())) > 1:
                continue  # "Trump" with a Donald and a Melania in the article: no telling
            out[k] = next(iter(v))
        self._gender_cache = out
        return out

    def _gender_of(self, name: str | None) -> str | None:
        # (memoised: called for every earlier person each time a "he"/"she" is resolved)
        if name in self._gender_by_name:
            return self._gender_by_name[name]
        g, words = self._genders(), _gender_words(name or "")
        out = (g.get(" ".join(words)) or g.get(words[-1])) if words else None
        self._gender_by_name[name] = out
        return out

    def _resolve_outlet(self, name: str, before: int) -> str:
        low = name.lower()
        generic = low.split()[-1] if low.split() else low
        for off, full in reversed(self.outlets):
            if off >= before:
                continue
            if generic in ("paper", "newspaper", "outlet", "publication", "network") or generic in full.lower():
                if len(full) >= len(name):
                    return full
        return name

    def _canon(self, name: str, kind: str, offset=None) -> str:
        if self.aliases is not None and kind in ("person", "org", "outlet"):
            return self.aliases.canonical(name, offset)
        return name

    # --- finding --------------------------------------------------------------
    def run(self) -> list[Speech]:
        found: list[Speech] = []
        prev_direct: Speech | None = None
        prev_sent = None
        prev_sent_paragraph = -1
        conts: dict[tuple[int, int], Speech] = {}
        self._conts = conts  # quotes given to the previous speaker for want of a cue
        self.used_quotes: set[tuple[int, int]] = set()
        for sent in self.seg.sentences:
            if not sent.usable:
                continue  # captions, sign-up boxes: neither speech nor an interruption
            speeches = self._sentence(sent)
            self._spoke.update(sp.speaker_span[0] for sp in speeches if sp.speaker_span)
            for sp in speeches:  # '“…?” she said.': the quote was taken for a continuation
                if sp.direct and sp.content in conts and not sp.tentative:
                    found.remove(conts.pop(sp.content))
            self._note_subjects(sent, [sp.content for sp in speeches if sp.content])
            if not speeches and prev_direct is not None and sent.role == "body":
                cont = self._continuation(sent, prev_direct)
                if cont:
                    speeches = [cont]
                    conts[cont.content] = cont
            if not speeches and prev_direct is None and sent.role == "body":
                intro = self._introduced_quote(sent, prev_sent)
                if intro:
                    speeches = [intro]
            for sp in speeches:  # (given up when a cue for the quote turns up after all)
                if sp.tentative and sp.content is not None:
                    conts[sp.content] = sp
            if speeches:
                # the speaker goes on in quotes after a quotation or after reported speech
                # ("Smith said the plan was dead. ¶ “We tried everything.”"), or after what a
                # named person believes ("Scott believes the party can change. ¶ “…”")
                last = [s for s in speeches if s.direct and s.speaker_span] or [
                    s for s in speeches if s.speaker_span and s.cue_tok is not None
                    and (s.event or s.speaker_kind == "person")]
                prev_direct = last[-1] if last else None
            elif not any(ch.isalnum() for ch in self.text[sent.start:sent.end]):
                pass  # a stray mark split off as a sentence ('--' before '“…”') is no narration
            elif sent.role != "body" or not (self._in_quote(sent) or self._aside(sent)) or (
                    sent.paragraph != prev_sent_paragraph and not self._opens_in_quote(sent)):
                if not self._bridge(sent, prev_direct):
                    prev_direct = None  # narration between quotes ends the speaker's turn
                # (so does a later paragraph opening with narration: 'The senator was not
                # happy: “…”' is no continuation)
                # (a bracketed aside does not: '“…” (No relation to the senator.) “…”')
            prev_sent, prev_sent_paragraph = sent, sent.paragraph
            for sp in speeches:
                if sp.direct and sp.content:
                    self.used_quotes.add(sp.content)
                elif sp.content:  # quoted fragments of reported speech are used too
                    self.used_quotes.update(q for q in self._block_quotes(sent)
                                            if sp.content[0] <= q[0] and q[1] <= sp.content[1])
            found.extend(speeches)
        found = self._split_fragments(self._run_on_quotes(found))
        return [sp for sp in found if not self._function_word_speaker(sp) and not self._bracketed_content(sp)]

    def _bracketed_content(self, sp: Speech) -> bool:
        """Reported content that is a bracketed aside away from its cue ('what the president
        said about her (a full transcript is posted here):') is the writer's note."""
        if sp.direct or sp.content is None or sp.cue is None:
            return False
        text = self.text
        a, b = sp.content
        o = text.rfind("(", max(0, a - 3), a + 1)
        if o < 0 or text[o + 1:a].strip():
            return False
        c = text.find(")", b, b + 3)
        if c < 0 or "(" in text[a:b] or ")" in text[a:b]:
            return False
        return not (o <= sp.cue[0] < c)

    def _bridge(self, sent, prev: Speech | None) -> bool:
        """One sentence of narration about no one, between a quoted speaker's quotation and
        a quote-only sentence of the same paragraph ('“…,” Martin said on his show. The
        breach brought that home. “…?”'): the speaker's turn goes on.  Not when the
        sentence names a person, has a pronoun or a named subject, or a speech verb, and only
        after a quotation with a cue of its own (not one given to a speaker for want of one)."""
        if prev is None or not prev.direct or prev.tentative or prev.continuation or sent.role != "body" \
                or not 0 <= prev.sentence < len(self.seg.sentences) \
                or self.seg.sentences[prev.sentence].block != sent.block \
                or sent.index + 1 >= len(self.seg.sentences):
            return False
        nxt = self.seg.sentences[sent.index + 1]
        if nxt.block != sent.block or not nxt.usable or not self._opens_in_quote(nxt):
            return False
        bq = self._block_quotes(sent)
        if any(a < sent.end and b > sent.start for a, b in bq):
            return False
        if not any(a <= nxt.start + 2 and b >= nxt.end - 3 and (a, b) not in self.used_quotes for a, b in bq):
            return False  # the next sentence is one quotation, not yet anyone's
        for t in self.doc[sent.tok_start:sent.tok_end]:
            if t.ent_type_ in ("PERSON", "NORP") or t.lower_ in _PERSONAL \
                    or (t.dep_ in ("nsubj", "nsubjpass") and (t.ent_type_ or t.pos_ == "PROPN"
                                                              or t.lemma_.lower() in ROLE_NOUNS
                                                              or t.lemma_.lower() in ANONYMOUS)) \
                    or (t.pos_ == "VERB" and t.lemma_.lower() in SPEECH):
                return False
        return True

    def _function_word_speaker(self, sp: Speech) -> bool:
        """A speaker span of function words alone ("n't", "then", "the") is a misparse."""
        if sp.speaker_span is None:
            return False
        span = self.doc.char_span(sp.speaker_span[0], sp.speaker_span[1], alignment_mode="expand")
        if span is None or not len(span):
            return False
        # (a capitalised word the tagger took for an adverb may be a surname: "Neily said")
        return all(t.lower_ in ("'s", "’s") or t.pos_ in _FUNCTION_POS and t.lower_ not in PRONOUNS and t.lower_ not in _QUANTIFIER_SPEAKERS
                   and (not t.text[:1].isupper() or t.lower_ in _LY_WORDS or t.lower_ in _CAPITAL_FUNCTION
                        or (t.is_upper and len(t.text) > 1))  # ("MORE": a link teaser's label)
                   for t in span)

    def _split_fragments(self, found: list[Speech]) -> list[Speech]:
        """Content made of two or more quotations and only a short stretch of narration
        between them ('“For us to cheer Brexit” and to urge more exits “is folly,” he
        said'; 'told him that “this is not over,” and “hate will lose”'): each quotation
        is one direct attribution of the speaker, not one span of reported speech."""
        text, out, changed = self.text, [], False
        for sp in found:
            c = sp.content
            if c is None or sp.speaker_span is None or sp.sentence >= len(self.seg.sentences):
                out.append(sp)
                continue
            sent = self.seg.sentences[sp.sentence]
            qs = [q for q in self._block_quotes(sent) if c[0] <= q[0] and q[1] <= c[1]]
            if len(qs) < 2 or qs[0][0] != c[0] or qs[-1][1] != c[1] \
                    or not all(_joining_glue(text[a[1]:b[0]]) for a, b in zip(qs, qs[1:])) \
                    or any(len(text[q[0]:q[1]].split()) < 3 for q in qs):
                out.append(sp)
                continue
            changed = True
            for k, q in enumerate(qs):
                out.append(replace(sp, content=q, content_head=None, direct=True, chain=list(sp.chain),
                                   main=sp.main if k == 0 else False))
        return out if changed else found

    def _run_on_quotes(self, found: list[Speech]) -> list[Speech]:
        """A quotation running over paragraphs: a paragraph that opens a quote and never
        closes it goes on in the next one ('“We tried everything. ¶ “We are out of
        options,” he said.'), so it is the speaker's of the next paragraph's quote."""
        text, blocks = self.text, self.seg.blocks
        by_start = {}
        for sp in found:
            if sp.direct and sp.content and sp.speaker_span:
                by_start.setdefault(sp.content[0], sp)
        covered = [sp.content for sp in found if sp.content]
        out = list(found)
        for k in range(len(blocks) - 1):
            b, nb = blocks[k], blocks[k + 1]
            body = text[b.start:b.end]
            lead = len(body) - len(body.lstrip())
            if not body.strip() or body.lstrip()[0] not in "“\"" or "”" in body or body.count('"') > 1:
                continue
            if text[b.end:nb.start].strip():
                continue
            nxt = text[nb.start:nb.end]
            if not nxt.lstrip() or nxt.lstrip()[0] not in "“\"":
                continue
            qs = b.start + lead + 1
            qe = b.end
            while qe > qs and text[qe - 1] in " \t\n":
                qe -= 1
            if len(text[qs:qe].split()) < 4 or any(c[0] < qe and qs < c[1] for c in covered):
                continue
            nq = nb.start + (len(nxt) - len(nxt.lstrip())) + 1
            sp = by_start.get(nq)
            if sp is None:
                continue
            sent = next((x for x in self.seg.sentences if x.start <= qs < x.end), None)
            if sent is None or not sent.usable or sent.role != "body":
                continue
            out.append(Speech(sentence=sent.index, cue=sp.cue, cue_tok=sp.cue_tok,
                              speaker_span=sp.speaker_span, speaker_text=sp.speaker_text,
                              speaker=sp.speaker, speaker_kind=sp.speaker_kind, role=sp.role,
                              content=(qs, qe), content_head=None, direct=True, chain=list(sp.chain),
                              outlet=sp.outlet, continuation=True))
        if len(out) > len(found):
            out.sort(key=lambda x: (x.sentence, x.content[0] if x.content else 0))
        return out

    def _video_chrome(self, sent) -> bool:
        """A video player's captions run into the text ('JUST WATCHED Obama: Parts 'I
        really do not like' Replay More Videos ... MUST WATCH …'): titles, not speech."""
        v = self._chrome.get(sent.block)
        if v is None:
            blk = self.seg.blocks[sent.block]
            v = self._chrome[sent.block] = _VIDEO_CHROME.search(self.text, blk.start, blk.end) is not None
        return v

    def _block_quotes(self, sent):
        """The quote spans of the sentence's block (cached per block; callers do not
        mutate the list)."""
        return self._quotes_of_block(sent.block)

    def _quotes_of_block(self, b: int):
        """The quote spans of block b (cached; callers do not mutate the list)."""
        q = self._bq.get(b)
        if q is None:
            blk = self.seg.blocks[b]
            q = self._bq[b] = quote_spans(self.text, blk.start, blk.end)
        return q

    def _opens_in_quote(self, sent) -> bool:
        """The sentence starts inside a quotation (or with its opening mark, maybe after a
        list's dash or bullet: '-- “…”')."""
        bullet = _BULLET.match(self.text, sent.start, sent.end)
        start = bullet.end() if bullet else sent.start
        return any(s <= start + 2 < e for s, e in self._block_quotes(sent))

    def _in_quote(self, sent) -> bool:
        return any(s <= sent.start + 2 and sent.end - 2 <= e or (s < sent.end and e > sent.start)
                   for s, e in self._block_quotes(sent))

    def _aside(self, sent) -> bool:
        """A sentence wholly in brackets: '(No relation to the senator.)'."""
        line = self.text[sent.start:sent.end].strip()
        return len(line) > 2 and line[0] == "(" and line.rstrip(".")[-1:] == ")" and line.count("(") == 1

    def _introduced_quote(self, sent, prev_sent) -> Speech | None:
        """A quotation standing alone as a sentence, with no cue, right after a sentence of
        the same paragraph about a person (its main verb's subject): 'The mayor kept up
        her attack on the council. “They are wasting your money.”' — the person speaks."""
        if prev_sent is None or prev_sent.block != sent.block or prev_sent.index != sent.index - 1 \
                or not prev_sent.usable or prev_sent.role != "body":
            return None
        text, doc = self.text, self.doc
        qs = [q for q in self._block_quotes(sent) if q[0] < sent.end and q[1] > sent.start
              and q not in self.used_quotes]
        if not qs:
            return None
        q = qs[0]
        if q[0] > sent.start + 1 or q[1] < sent.end - 3 or q[0] < sent.start:
            return None  # the whole sentence is the quotation
        if any((prev_sent.start <= a < prev_sent.end or prev_sent.start < b <= prev_sent.end)
               and len(text[a:b].split()) > 3 for a, b in _raw_quotes(text, prev_sent.start, prev_sent.end)):
            return None  # quotes in the sentence before are its own business (not a name: 'On “This Week,” …')
        root = next((t for t in doc[prev_sent.tok_start:prev_sent.tok_end] if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ not in ("VERB", "AUX"):
            return None
        subj = _own_subject(root)
        if subj is None or subj.i > root.i:
            return None
        low = subj.lower_
        person = (subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN") or low in ("he", "she") \
            or (subj.pos_ == "NOUN" and subj.lemma_.lower() in ROLE_NOUNS and subj.tag_ == "NN")
        if not person:
            return None
        stoks = _np_tokens(doc, subj)
        sspan = _span_of(stoks)
        if _teaser_glue(text, sspan[0], sspan[1]):
            return None
        stext, speaker, skind, role = self._make_speaker(stoks, root.idx)
        return Speech(sentence=sent.index, cue=(root.idx, root.idx + len(root)), cue_tok=root.i,
                      speaker_span=sspan, speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=q, content_head=None,
                      direct=True, continuation=True, tentative=True)

    def _continuation(self, sent, prev: Speech) -> Speech | None:
        """A quotation with no cue of its own, right after a quoted speaker (same or next
        paragraph): the speaker goes on talking."""
        qs = [q for q in self._block_quotes(sent) if q[0] < sent.end and q[1] > sent.start
              and q not in self.used_quotes]
        if not qs:
            return None
        q = qs[0]
        if prev.content and q[0] < prev.content[1] and q[1] > prev.content[0]:
            return None
        if q[0] > sent.start + 3 and 2 * (min(q[1], sent.end) - q[0]) < sent.end - sent.start:
            return None  # a short quote inside narration ("the party’s “Franz Josef,” the …")
        if 0 <= prev.sentence < len(self.seg.sentences) and self.seg.sentences[prev.sentence].block != sent.block \
                and not self._opens_in_quote(sent) and len(_LATIN_WORD.findall(self.text[sent.start:q[0]])) >= 3:
            return None  # a new paragraph opening with narration ('The company followed with a
            # message expressing its “…”') is someone else's
        if prev.direct and 0 <= prev.sentence < len(self.seg.sentences) \
                and self.seg.sentences[prev.sentence].block != sent.block:
            # ('“…,” agreed Professor Early.' in a new paragraph: a cue of its own, unread,
            # right after the quotation — someone else speaks)
            bq, blk = self._block_quotes(sent), self.seg.blocks[sent.block]
            first = min((a for a, _ in bq), default=q[0])
            if any(blk.start <= self.doc[i].idx < blk.end and self.doc[i].idx > first and self.doc[i].pos_ == "VERB"
                   and self.doc[i].lemma_.lower() in SPEECH and not _inside(self.doc[i].idx, bq)
                   and any(abs(self.doc[i].idx - b) <= 6 for _, b in bq)
                   for i in self._cue_idx):
                return None
        if not prev.direct:
            blk = self.seg.blocks[sent.block]
            # (the previous speaker's own cue, and cues inside what they said, are theirs:
            # "Graves says he has no idea why … “I don’t know the answer to that.”")
            own = [prev.content] if prev.content else []
            # (a cue in a later sentence of the paragraph that introduces a quotation of its
            # own does not count: 'Roe slammed the deal. “…” She added, “…”'; one after the
            # quotation's end does: '“… I was uptown. When I got there, …,” she told …')
            bq = self._block_quotes(sent)
            # (the verb the cue hangs from is the speaker's too: "Roe continued to slam the deal")
            mine = {prev.cue_tok} if prev.cue_tok is None else {prev.cue_tok, self.doc[prev.cue_tok].head.i}
            for x in self.seg.sentences[sent.index + 1:]:
                if x.block != sent.block:
                    break
                if x.start < q[1]:
                    continue
                a = min((a for a, _ in bq if x.start + 1 < a < x.end), default=None)
                if a is not None and not any(x.start < b < a for _, b in bq):
                    own.append((x.start, a))
            # (cues before the previous speaker's sentence are earlier speakers', not this
            # quote's: 'Roe said the deal was dead. Its cost, Lee said, was too high. “…”')
            lo = max(blk.start, self.seg.sentences[prev.sentence].start) \
                if 0 <= prev.sentence < len(self.seg.sentences) else blk.start
            if any(lo <= self.doc[i].idx < blk.end and self.doc[i].pos_ == "VERB"
                   and i not in mine and not _inside(self.doc[i].idx, own)
                   and self.doc[i].lemma_.lower() in SPEECH and not _inside(self.doc[i].idx, bq)
                   for i in self._cue_idx):
                return None  # the quote has a cue of its own in its paragraph (one we could not read)
        return Speech(sentence=sent.index, cue=prev.cue, cue_tok=prev.cue_tok,
                      speaker_span=prev.speaker_span, speaker_text=prev.speaker_text,
                      speaker=prev.speaker, speaker_kind=prev.speaker_kind, role=prev.role,
                      content=q, content_head=None, direct=True, chain=list(prev.chain),
                      outlet=prev.outlet, continuation=True)

    def _make_speaker(self, toks, cue_offset):
        name, role, kind = _name_of(toks)
        resolved = name
        if kind == "pronoun":
            resolved = self._resolve_pronoun(name, cue_offset)
            rk = None
            if resolved is not None:
                for _, n, k in reversed(self.history):
                    if n == resolved:
                        rk = k
                        break
            return name, resolved, rk or "pronoun", role
        if kind != "person" and self.aliases is not None:
            described = self.aliases.describe(name, toks[0].idx)
            if described is not None:  # "the state's top cop" → the person named as such
                return name, described, "person", role
        if kind == "outlet":
            resolved = self._resolve_outlet(name, cue_offset)
            self.outlets.append((toks[0].idx, resolved))
        elif kind in ("person", "org"):
            resolved = self._canon(name, kind, toks[0].idx)
        return name, resolved, kind, role

    def _sentence(self, sent) -> list[Speech]:
        doc, text = self.doc, self.text
        if self._video_chrome(sent):
            return []
        quotes = [q for q in self._block_quotes(sent) if q[0] < sent.end and q[1] > sent.start]
        out: list[Speech] = []
        if sent.is_headline:
            h = self._headline(sent)
            if h:
                return [h]
        sig = self._tweet_signature(sent) or self._dash_signature(sent, quotes) or self._signoff_paragraph(sent)
        if sig is not None:
            return [sig]
        raw = _raw_quotes(text, sent.start, sent.end)
        # a quotation opened in an earlier sentence of the paragraph (split at '. . .' or
        # after the opening mark) and closed in this one: '…,” the statement read.'
        raw += [q for q in quotes if q[0] <= sent.start + 1 < q[1] and q not in raw]
        # … and one opened here that runs on past a split ('a card that read: “Merry Christmas! Get …”')
        raw += [q for q in quotes if sent.start + 1 < q[0] < sent.end < q[1] and q not in raw]
        prevq = self._previous_quote(sent)
        if prevq is not None:
            quotes = [prevq] + quotes
            raw = [prevq] + raw
        cards = link_cards(doc, sent)
        for i in self._in_sent(self._cue_idx, sent):  # only tokens whose lemma can be a cue
            t = doc[i]
            lemma = t.lemma_.lower()
            finding = False
            if lemma in STANCE_ADJ:
                if t.pos_ != "ADJ" or t.dep_ not in ("acomp", "oprd") or not any(c.dep_ == "ccomp" for c in t.children):
                    continue  # only "X remain hopeful that …", with a clause
            elif t.pos_ == "NOUN" and _misread_cue(t, raw) is not None:
                pass  # "“…,” the lawsuit states.": the cue tagged as a plural noun
            elif (lemma in SPEECH_NOUNS or lemma in _STANCE_NOUNS or lemma in _EXPRESSED_NOUNS) and t.pos_ == "NOUN":
                if not _inside(t.idx, quotes) and not any(cs < t.idx < ce for cs, ce, _ in cards):
                    sp = self._noun_cue(t, sent, quotes)  # (not a word of a link card: '… MORE')
                    if sp is not None:
                        out.append(sp)
                continue
            elif t.pos_ == "VERB" and lemma in FINDING_VERBS and lemma not in SPEECH:
                # "The survey found that …", "The records show …": a study-like subject;
                # "Bail and his colleagues found that …": anyone's finding, with 'that'
                study = any(c.dep_ == "nsubj" and c.lemma_.lower() in _FINDING_SUBJECTS for c in t.children) \
                    or (t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in _FINDING_SUBJECTS and any(
                        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in t.children)
                        and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children))
                # ("a report last year that found …": the relative clause of a study-like noun)
                if not study and not (lemma in ("find", "indicate") and _that_clause(t) is not None and any(
                        c.dep_ == "nsubj" and c.lower_ not in _FIRST_SECOND and c.lower_ not in _WH for c in t.children)):
                    continue
                finding = "study" if study else True
            elif t.pos_ not in ("VERB", "AUX") or (lemma not in SPEECH and lemma != "put"):
                continue
            as_clause = t.dep_ == "advcl" and t.head.i != t.i and any(
                c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i for c in t.children)
            if lemma == "put" and not (as_clause and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)
                                       and not any(c.dep_ in ("prep", "prt", "advmod") and c.i > t.i and not _has_context(c)
                                                   for c in t.children)):
                continue  # only "as X put it (in an interview)", not "as X put it on the table"
            if any(c.dep_ == "aux" and c.lower_ in _MODALS and not _inside(c.idx, quotes) for c in t.children) \
                    and not (t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in t.children)
                             and _MODAL_PERFECT_QUOTE.match(text, t.idx + len(t))):
                continue  # "the administration can request a re-hearing": not (yet) said
                # (but "X may have said it best: “…”" quotes what was said)
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") and c.i < t.i and not _inside(c.idx, quotes)
                   for c in t.children) and not _inside(t.idx, quotes):
                continue  # "if they find that a witness lied, …": a condition, not a report
            if lemma in ("assume", "suppose") and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "prep") \
                    and not any(c.dep_ in ("nsubj", "aux") for c in t.children):
                continue  # "…, assuming she wins": a condition
            if lemma in ("call", "describe") and t.tag_ in ("VBD", "VBN") and any(
                    c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and not any(
                        doc[k].pos_ in ("NOUN", "PROPN", "PRON") for k in range(t.i + 1, c.i))
                    for c in t.children) and not any(
                    c.dep_ in ("dobj", "dative") or (c.dep_ in ("ccomp", "xcomp", "prep", "prt") and c.i > t.i
                                                      and not (c.dep_ == "prep" and c.lower_ in ("in", "at", "during", "after")))
                    for c in t.children):  # (not "the act, which he called archaic")
                continue  # "Prince Andrew called uncooperative in probe": a headline's passive
            if lemma in _MORE_EVALUATIVE and (t.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                                              or not any(c.dep_ == "dobj" and c.i > t.i for c in t.children)):
                continue  # "sought to use the memo to bash the FBI": an aim, not (yet) said; and
                # "the members Trump has excoriated on impeachment": the target is elsewhere
            if lemma in _AS_QUOTE_CUES and not _as_quote(t):
                continue  # "attacked Roe as a “con artist”", not "attacked the base"
            if lemma == "celebrate" and _as_phrase(t) is None:
                continue  # "celebrated the trip as a “home run”", not "celebrated the win"
            if lemma == "reject" and _that_clause(t) is None and _as_phrase(t) is None:
                continue  # a denial only with 'that': "reject that they are a minority"
            if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                continue  # "pointed out (that) …", not "pointed to"
            if _inside(t.idx, quotes):
                continue
            if any(a.lemma_.lower() in ("imagine", "suppose", "pretend") and a.tag_ in ("VB", "VBP")
                   and a.left_edge.i == a.i and not any(c.dep_ in ("nsubj", "aux") for c in a.children)
                   for a in t.ancestors):
                continue  # "Imagine the president had begun by saying: …": nobody did
            if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in _NON_AGENT_HEADS \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue  # "there is no reason to believe that …": nobody says so
            card = None
            if cards:
                if any(cs < t.idx < ce for cs, ce, _ in cards):
                    continue  # a word of a link card ("… Obama warns against … MORE")
                card = next((c for c in cards if c[1] <= t.idx and _AFTER_CARD.match(text[c[1]:t.idx])), None)
            if lemma == "add" and any(c.dep_ in ("dobj",) for c in t.children) and not any(c.dep_ == "ccomp" for c in t.children):
                continue
            if t.dep_ == "pcomp" and t.head.lower_ in ("from", "of", "without", "against"):
                continue  # "prohibiting officers from asking …" is not speech
            if any((c.dep_ == "neg" or c.lower_ in ("n't", "n’t", "not", "never")) and not _inside(c.idx, quotes)
                   for c in t.children) \
                    and lemma not in COGNITION:
                continue  # "did not say how many …" reports no content ("doesn't think X" does)
            if lemma in _COURT_ACTS and _court_subject(t):
                continue  # "The Supreme Court denied a request …" is a ruling, not speech
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in OBJECT_SPEECH and t.head.pos_ == "VERB" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue  # "instructed tracers to ask …", "vowed to tell …": the outer cue's content
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in _UNREALISED and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                continue  # "was checking to confirm …", "plans to announce …": not (yet) said
            acl = _acl_cue(t)
            quote_acl = _quote_acl_cue(t, raw, text) if acl is None else None
            if acl is None and quote_acl is None and (t.tag_ == "VBN" or (t.tag_ == "VBD" and t.dep_ == "advcl" and t.left_edge.i == t.i)) \
                    and (any(c.dep_ == "auxpass" for c in t.children)
                         or not any(c.dep_ in ("aux", "nsubj") for c in t.children)):
                continue  # passive / participle: "was asked", "Asked if …," has no speaker here
            quote_only = lemma in QUOTE_CUES and lemma not in OBJECT_SPEECH and not (
                # "Without a quorum, he continued, the House will decide": a parenthetical cue
                lemma == "continue" and t.dep_ == "parataxis" and t.i + 1 < len(doc) and doc[t.i + 1].text == ","
                and min([t.i] + [c.i for c in t.lefts if not c.is_punct]) > 0
                and doc[min([t.i] + [c.i for c in t.lefts if not c.is_punct]) - 1].text == ",")
            clause = None if quote_only else (acl[1] if acl is not None else _content_clause(t))
            if lemma == "point" and clause is None:
                obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
                if obj is not None:
                    clause = (obj, obj.left_edge.i, obj.right_edge.i + 1)  # "pointed out the risks"
            if as_clause and clause is None and lemma not in COGNITION and lemma not in QUOTE_CUES and not any(
                    c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in ("it", "so")
                    and not (c.dep_ == "dobj" and lemma in _ADDRESSEE_OBJ)  # "as X told Vox, …"
                    for c in t.children):
                # "as Smith put it, …", "…, as Jones notes in the Week": the main clause
                h = t.head
                a0, a1 = t.left_edge.i, t.right_edge.i + 1
                lo_, hi_ = h.left_edge.i, h.right_edge.i + 1
                left, right = (lo_, a0), (a1, hi_)
                part = left if left[1] - left[0] > right[1] - right[0] else right
                if part[1] - part[0] >= 3:
                    clause = (h, part[0], part[1])
            if any(c.lower_ in ("what", "whatever") and c.i < t.i and c.dep_ in ("dobj", "dep") for c in t.children) \
                    and lemma not in OBJECT_SPEECH and lemma not in _AS_CUES and (clause is None or not any(
                        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause[0].children)):
                continue  # "What Experts Say May Depend on …": a free relative names no content
            if sent.is_headline and clause is None and lemma in SPEECH and lemma not in WEAK_HEAD_SPEECH \
                    and lemma not in WEAK_SPEECH \
                    and lemma not in EVALUATIVE and lemma not in OBJECT_SPEECH and t.tag_ in ("VBZ", "VBD", "VBP") \
                    and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children):
                # "Trump Says He Will Veto Border Bill": a title-case headline the parser
                # leaves without a clause; the rest of the line is what was said
                end = sent.tok_end
                while end > t.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                    end -= 1
                if end - t.i - 1 >= 2:
                    clause = (doc[t.i + 1], t.i + 1, end)
            if sent.is_headline and lemma in EVALUATIVE and (clause is None or clause[0].dep_ != "ccomp"):
                continue  # "Judge praises effort": a headline's verb, not a report of speech
            if finding == "study" and lemma in ("find", "show", "reveal") and (clause is None or clause[0].dep_ != "ccomp"):
                # "A study … found no overall rise in infections": the finding is the object
                obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
                if obj is not None:
                    clause = (obj, obj.left_edge.i, obj.right_edge.i + 1)
            believe = lemma in COGNITION or bool(finding)
            tag_quote = None
            if believe and (clause is None or not (_finite_clause(t, clause[0], wh=bool(finding) or lemma == "wonder")
                                                   or (finding == "study" and clause[0].dep_ == "dobj"))):
                if not finding and lemma in SPEECH:
                    tag_quote = self._quote_voiced_before(t, clause, raw)  # '“…,” worries Taibbi'
                if tag_quote is None:
                    continue  # "thinks about", "expects to", "found him guilty": no reported clause
            near_quote = None if (quote_only or believe) else self._near_quote(t, quotes, sent)
            if tag_quote is not None:
                near_quote = tag_quote
            subj = _subject(t) if acl is None else acl[0]
            if tag_quote is not None and subj is None:
                subj = _inverted_subject(t)
            if quote_acl is not None:
                subj, near_quote = quote_acl
            if t.pos_ == "NOUN":
                subj = _misread_cue(t, raw)
            if subj is not None and _inside(subj.idx, raw):
                # "“Panic,” says Democratic consultant Chris Lapetina": the quote is no subject
                subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i > t.i
                             and not _inside(c.idx, raw)), None)
                if subj is None and (t.dep_ == "conj" and t.head.i < t.i or t.dep_ == "parataxis"):
                    # '“…,” tweeted one such critic, Jo Doe': the cue hung on the quote's
                    # verb, its inverted subject read as an object (also '“Ford,” reported
                    # Time magazine, “shares …”': the cue an aside of the quotation's verb)
                    subj = _inverted_subject(t)
            if clause is None and near_quote is None and subj is not None and not believe:
                near_quote = self._adjacent_quote(t, subj, raw)  # short or inverted quotes
            if clause is None and near_quote is None and not believe and text[sent.start:sent.end].rstrip().endswith(":") \
                    and (t.i >= sent.tok_end - 6 or (subj is not None and t.dep_ == "ROOT" and not any(
                        k > t.i and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in SPEECH
                        for k in self._in_sent(self._cue_idx, sent)))):
                # "In a statement, the mayor said:" ¶ “…”; "In his op-ed, he wrote about his
                # experience with immigration and the push FWD.us would incorporate:" ¶ “…”
                near_quote = self._next_block_quote(sent)
            if clause is None and near_quote is None:
                if lemma in WEAK_SPEECH or not _has_context(t):
                    continue
            if subj is None and t.dep_ in ("relcl",) and t.head.pos_ in ("NOUN", "PROPN"):
                subj = t.head
            if subj is None and t.i - 1 > sent.tok_start:
                prev = doc[t.i - 1]  # "…, Saxenian says, …" with the name mis-tagged (amod)
                if prev.head.i == t.i and prev.dep_ in ("amod", "compound", "npadvmod", "dep", "nmod") \
                        and prev.is_alpha and prev.text[:1].isupper() and (prev.ent_type_ or prev.pos_ == "PROPN" or prev.tag_ == "JJ") \
                        and doc[t.i - 2].is_punct:
                    subj = prev
            name_ly = False
            if subj is None and t.i - 1 >= sent.tok_start and t.i >= 1:
                # "Neily said", "“…,” Daly says": a surname in -ly tagged as an adverb
                prev = doc[t.i - 1]
                if prev.head.i == t.i and prev.dep_ == "advmod" and prev.is_title \
                        and prev.lower_.endswith("ly") and len(prev) > 3 and prev.lower_ not in _LY_WORDS \
                        and (t.i - 1 == sent.tok_start or doc[t.i - 2].is_punct or doc[t.i - 2].is_space) \
                        and (near_quote is not None or clause is not None):
                    subj, name_ly = prev, True
            if subj is not None and not name_ly and subj.pos_ in ("PART", "ADV", "AUX", "VERB", "PUNCT", "CCONJ", "SCONJ", "ADP") and subj.ent_type_ == "" \
                    and not (subj.dep_ == "nsubj" and subj.tag_ == "VBG" and subj.is_title and subj.i + 1 == t.i
                             and subj.i > sent.tok_start and doc[subj.i - 1].is_punct):
                subj = None  # a parse slip ("they don’t declare": "n’t" is nobody)
                # (but '“…,” Kaeding writes': a name in -ing the tagger took for a participle)
            if subj is not None and card is None and cards:
                # "Clinton Hillary Diane Rodham Clinton… NYT MORE, who derided …": a subject
                # inside a link card is the name before the card
                card = next((c for c in cards if c[0] <= subj.idx < c[1]), None)
            if subj is None and (clause is not None or near_quote is not None) and card is None:
                subj = _swallowed_subject(t, sent, quotes)
            elif subj is None and clause is None and near_quote is None and card is None and raw:
                # '“…,” former leader of the UK Independence Party Nigel Farage, now a Fox
                # News contributor, said on …': the cue hung on the quote, its subject lost
                sw = _swallowed_subject(t, sent, quotes)
                q = max((q for q in raw if sw is not None and q[1] <= sw.idx), key=lambda q: q[1], default=None)
                if q is not None:
                    gap = text[q[1]:sw.idx]
                    if len(gap) <= 120 and _QUOTE_TO_NAME_GAP.match(gap) \
                            and not any(ch in "“”\"\n;:" for ch in gap.lstrip(",.?!”\"’ ")):
                        subj, near_quote = sw, q
            if card is not None:
                subj = card[2][-1]  # "Name Full NameTeaser… MORE (R-Maine) said": the name before the card
                ns = card[2][0].idx
                adj = next((q for q in raw if q[1] <= ns and len(text[q[1]:ns]) <= 5
                            and all(ch in " \t,.?!”\"’'" for ch in text[q[1]:ns])), None)
                if adj is not None:
                    near_quote, clause = adj, None  # '“…,” Name Card… MORE said'
                elif clause is None and near_quote is None:
                    continue
            if subj is None:
                continue
            if as_clause and subj.lower_ in ("i", "we", "you"):
                continue  # "as I have noted": the writer
            if as_clause and subj.lower_ == "they" and lemma == "say" and t.tag_ == "VBP" \
                    and not any(c.dep_ not in ("nsubj", "mark", "punct") for c in t.children):
                continue  # "The rest, as they say, is history": an idiom, nobody's words
            if _inside(subj.idx, quotes):
                continue
            if lemma in COGNITION and subj.lower_ in _FIRST_SECOND:
                continue  # "I think …" outside quotes is the writer's own view
            clause_has_subject = clause is not None and (
                any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause[0].children)
                or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause[0].children))
            if (lemma in WEAK_SPEECH or clause is None or lemma == "call") and subj.pos_ == "NOUN" \
                    and not (clause_has_subject and lemma not in ("call", "describe", "charge")) \
                    and subj.lemma_.lower() not in ANONYMOUS and subj.lemma_.lower() not in ROLE_NOUNS \
                    and not (subj.lemma_.lower() in _KIN_NOUNS and t.tag_ in ("VBD", "VBZ", "VBP")
                             and any(c.dep_ == "poss" for c in subj.children)) \
                    and not (subj.lemma_.lower() in _INSTITUTION_NOUNS and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in subj.children)) \
                    and subj.ent_type_ == "" \
                    and subj.tag_ != "NNS" and not any(c.ent_type_ in ("ORG", "PERSON") for c in subj.children) \
                    and not (near_quote is not None and subj.lemma_.lower() in _DOCUMENT_NOUNS) \
                    and not (near_quote is not None and lemma not in ("call", "describe", "charge") and (
                        near_quote[1] <= t.idx < subj.idx  # '“…,” yelled a protester'
                        or (subj.i < t.i and _CUE_TO_QUOTE_GAP.match(text[t.idx + len(t):near_quote[0]]))
                        or (near_quote[1] <= subj.left_edge.idx < t.idx  # '“…!” the group posted'
                            and subj.head.i == t.i and subj.dep_ in ("nsubj", "compound")
                            and _QUOTE_GAP.match(text[near_quote[1]:subj.left_edge.idx]))
                    )) \
                    and not is_outlet(_np_tokens(doc, subj)):
                continue  # ("the newspaper called Obama the “more likable …”" is the paper's)
            stoks = card[2] if card is not None else _np_tokens(doc, subj)
            if card is None and stoks[0].i <= t.i < stoks[-1].i:
                stoks = [x for x in stoks if x.i > t.i]  # '…,” tweeted Corker': not the cue
            sspan = _span_of(stoks)
            if card is None and (_teaser_glue(text, sspan[0], sspan[1]) or _teaser_glue(text, max(sent.start, t.idx - 30), t.idx)):
                continue  # link-teaser junk run into the sentence
            stext, speaker, skind, role = self._make_speaker(stoks, t.idx)
            if card is None and skind not in ("person", "pronoun", "outlet") and subj.tag_ in ("NN", "NNP") \
                    and not any(c.dep_ == "nummod" for c in subj.children):
                # "Ford’s attorney, Debra Katz, told …": the apposition names the speaker
                ap = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                           and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
                if ap is not None:
                    atoks = [x for x in doc[ap.left_edge.i:ap.i + 1] if x.ent_type_ == "PERSON" or x.pos_ == "PROPN"]
                    aname, _, akind = _name_of(atoks or [ap])
                    if akind == "person":
                        speaker, skind, role = self._canon(aname, "person", ap.idx), "person", stext
            if card is None and subj.pos_ == "NOUN" and sspan[1] <= subj.idx + len(subj) and not _inside(t.idx, quotes):
                # "Another pro-Trump group, Great America Alliance, used …": the speaker's words
                # run on through the name in apposition
                ap = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN"
                           and c.ent_type_ in ("PERSON", "ORG") and c.right_edge.i < t.i
                           and c.right_edge.i - subj.i <= 8), None)
                if ap is not None and all(x.pos_ in ("PROPN", "PUNCT", "DET") or x.i >= ap.left_edge.i
                                          for x in doc[subj.i + 1:ap.left_edge.i]):
                    end = ap.right_edge.i + 1
                    if not any(x.pos_ in ("VERB", "AUX") for x in doc[ap.i:end]):
                        sspan = (sspan[0], doc[end - 1].idx + len(doc[end - 1]))
            if role is None:
                for c in subj.children:
                    if c.dep_ == "appos":
                        role = text[c.left_edge.idx: c.right_edge.idx + len(c.right_edge)].strip(" ,")[:80] or None
                        break
            # cue span: the verb plus particles / "in a statement" is not needed
            cue = (t.idx, t.idx + len(t))
            if t.pos_ == "ADJ" and t.head.i < t.i:
                cue = (t.head.idx, t.idx + len(t))  # "remain hopeful"
            chain: list[str] = []
            outlet = None
            # "X told the paper", "X told CNN", "the source who spoke to The Chronicle"
            for c in list(t.children) + [x for x in subj.subtree if x.lemma_ in ("speak", "talk")]:
                target = None
                if c.dep_ in ("dobj", "dative") and lemma == "tell":
                    target = c
                elif c.lemma_ in ("speak", "talk"):
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                            target = next((g for g in p.children if g.dep_ == "pobj"), None)
                if target is not None:
                    ttoks = _np_tokens(doc, target)
                    if is_outlet(ttoks):
                        oname = self._resolve_outlet(text[ttoks[0].idx: ttoks[-1].idx + len(ttoks[-1])], t.idx)
                        chain = [stext, oname]
                        outlet = oname
            if skind == "outlet":
                outlet = speaker
            content, content_head, direct = None, None, False
            ccontent = _trim(doc, clause[1], clause[2]) if clause is not None else None
            if ccontent is not None and near_quote is not None and ccontent[0] <= sspan[0] < ccontent[1] \
                    and near_quote[1] <= t.idx:
                ccontent = None  # a 'clause' holding the speaker is a misparse: the quote is the content
            if near_quote is not None and ccontent is not None and not (
                    near_quote[0] < ccontent[1] and near_quote[1] > ccontent[0]):
                near_quote = None  # 'said her staff …, but added that “…”': the clause is hers
            head_q = self._split_head(sent, raw, min(t.idx, sspan[0]), max(t.idx + len(t), sspan[1])) \
                if ccontent is not None and ccontent[0] <= t.idx < ccontent[1] else None
            if head_q is not None:
                # '“Ford,” reported Time, “shares the fears …”' parsed as one clause around its
                # own cue: the quotation's first part (the second joins it below)
                ccontent, near_quote = None, head_q
            if near_quote is not None and ccontent is not None:
                # the quote is (part of) the clause: direct when it is most of it
                covered = sum(max(0, min(e, ccontent[1]) - max(s, ccontent[0])) for s, e in quotes)
                pieces = [q for q in quotes if ccontent[0] <= q[0] < ccontent[1] and not _title_quote(text, q)] \
                    if not ccontent[0] <= t.idx < ccontent[1] else []  # '“A,” says X, “B.”' stays two quotes
                if covered >= 0.7 * (ccontent[1] - ccontent[0]) and len(pieces) < 2:
                    content, direct = near_quote, True
                else:  # reported speech, or quoted fragments joined by the reporter's words
                    # (up to the end of a fragment that runs on past the sentence)
                    content, content_head = (ccontent[0], max([ccontent[1]] + [q[1] for q in pieces])), clause[0].i
            elif near_quote is not None:
                content, direct = near_quote, True
            elif ccontent is not None:
                content, content_head = ccontent, clause[0].i
                # “…,” she said, “…”: the clause is itself the first quotation
                for qs_, qe_ in quotes:
                    if min(qe_, ccontent[1]) - max(qs_, ccontent[0]) >= 0.7 * (ccontent[1] - ccontent[0]):
                        content, content_head, direct = (qs_, qe_), None, True
                        break
            if content is None:
                content = _trim(doc, sent.tok_start, sent.tok_end)
            out.append(Speech(sentence=sent.index, cue=cue, cue_tok=t.i, speaker_span=sspan,
                              speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                              content=content, content_head=content_head, direct=direct,
                              chain=chain, outlet=outlet, event=not believe))
            if speaker and skind in ("person", "org", "group", "outlet"):
                self.history.append((sspan[0], speaker, skind))
            # further quotes in the same sentence go to the same cue ("… ,” adding “…”)
        out = self._dedupe(out)
        # "Spencer said he had concluded that …", "Roe said she is confident that …": a
        # belief or stance inside what someone says is part of the reported content, not a
        # second attribution
        out = [sp for sp in out if not (
            sp.cue_tok is not None and doc[sp.cue_tok].lemma_.lower() in _BELIEF_CUES and any(
                o is not sp and o.event and o.cue_tok is not None and not o.direct and o.content
                and o.content[0] <= sp.cue[0] < o.content[1] for o in out))]
        out += self._according(sent, quotes)
        colon = self._colon_quote(sent, quotes, out)
        if colon is not None:
            out.append(colon)
        self._misread_verb_quote(sent, raw, out)
        self._said_first(sent, out)
        if prevq is not None and self._back_cue is not None and not _overlaps_content(prevq, out):
            self._back_quote(sent, prevq, out)
        self._in_words_quote(sent, out)
        self._nest(out, sent)
        self._citing(out, sent)
        if raw and out:
            # '“Without her,” warned Douthat, “the deluge.”': the quote resumed after the cue
            for sp in list(out):
                if not sp.direct or not sp.cue or not sp.content or sp.content[1] > sp.cue[0]:
                    continue
                after = max(sp.cue[1], sp.speaker_span[1] if sp.speaker_span else 0)
                q = next((q for q in raw if q[0] >= after), None)
                gap = text[after:q[0]] if q is not None else ""
                if q is not None and len(gap) <= 4 and "," in gap and any(ch in "“\"" for ch in gap) \
                        and q not in quotes and not any(x.content == q for x in out):
                    quotes = quotes + [q]
            # '“Ford,” reported Time magazine, “shares …”': a split quotation's one-word first
            # part, before the cue whose content is the part after it
            for sp in list(out):
                if not sp.direct or not sp.cue or not sp.content or sp.content[0] < sp.cue[1] or not sp.speaker_span:
                    continue
                q = self._split_head(sent, raw, min(sp.cue[0], sp.speaker_span[0]), max(sp.cue[1], sp.speaker_span[1]))
                if q is not None and q not in quotes and not any(x.content == q for x in out):
                    quotes = quotes + [q]
        if quotes and out:
            used = {s.content for s in out}
            for q in quotes:
                if _title_quote(text, q):
                    continue  # 'speaking on “Fox & Friends,”': a name, not speech
                host = next((s for s in out if s.direct and s.content and s.content[0] <= q[0] < s.content[1] < q[1]), None)
                if host is not None and q[1] > sent.end and "\n" not in text[sent.end:q[1]] and q not in used:
                    # ('according to the complaint, “X was famous . . . [and] related to …”': a
                    # quotation the sentence split cut at an ellipsis goes on in the same
                    # attribution, not in a second one)
                    host.content = (host.content[0], q[1])
                    continue
                held = q in self.used_quotes and not (q in self._conts and any(
                    s.direct and s.speaker_span and q[1] <= s.speaker_span[0] and s.cue and s.speaker_span[0] < s.cue[0]
                    and _QUOTE_GAP.match(text[q[1]:s.speaker_span[0]].rstrip() or ",")
                    and any(ch in ",?!" for ch in text[q[1]:s.speaker_span[0]]) for s in out))
                # ('“… If they do the practical stuff,” he adds, “…”': a quotation opened in an
                # earlier sentence, given to the previous speaker for want of a cue, is this cue's)
                if q not in used and not held and not any(s.content and s.content[0] <= q[0] and q[1] <= s.content[1] for s in out):
                    # attach to the nearest cue
                    best = min(out, key=lambda s: abs((s.cue or (0, 0))[0] - q[0]))
                    if best.cue and not best.continuation:
                        out.append(Speech(sentence=sent.index, cue=best.cue, cue_tok=best.cue_tok,
                                          speaker_span=best.speaker_span, speaker_text=best.speaker_text,
                                          speaker=best.speaker, speaker_kind=best.speaker_kind,
                                          role=best.role, content=q, content_head=None, direct=True,
                                          chain=list(best.chain), outlet=best.outlet, main=False,
                                          tentative=q[1] > sent.end + 1))
                        # (a quotation running on past this sentence, given to a cue before it
                        # for want of one, gives way to its own cue in the next sentence:
                        # '… back and forth.""I have a …,” the governor said')
        return out

    def _split_head(self, sent, raw, lo: int, hi: int):
        """The first part of a quotation split by its cue and speaker (text[lo:hi]): a quote
        opening the sentence and closing with a comma right before them, the quotation going
        on after them in lower case ('“Ford,” reported Time magazine, “shares the fears …”');
        else None."""
        text = self.text
        qa = next((q for q in raw if q[1] <= lo and not text[q[1]:lo].strip(" ,”\"’")
                   and "," in text[q[1]:lo]), None)
        if qa is None or text[sent.start:qa[0]].strip(" “\"\n"):
            return None
        qb = next((q for q in raw if q[0] >= hi), None)
        if qb is None or text[hi:qb[0]].strip(" ,“\"") or "," not in text[hi:qb[0]] \
                or not any(ch in "“\"" for ch in text[hi:qb[0]]):
            return None
        first = text[qb[0]:qb[0] + 2]
        if not (first[:1].islower() or first in ("I ", "I’", "I'")):
            return None
        return qa

    def _in_words_quote(self, sent, out) -> None:
        """'in the president's words, “…”', 'In her words: “…”': the possessor says it."""
        text, doc = self.text, self.doc
        for m in _IN_WORDS.finditer(text, sent.start, sent.end):
            q = next((q for q in self._block_quotes(sent) if 0 <= q[0] - m.end() <= 1), None)
            if q is None or q in self.used_quotes or len(text[q[0]:q[1]].split()) < 3 \
                    or _overlaps_content(q, out):
                continue
            ps, pe = m.span(1)
            toks = [t for t in doc[sent.tok_start:sent.tok_end] if ps <= t.idx < pe and not t.is_punct
                    and t.lower_ not in ("'s", "’s", "the")]
            if not toks:
                continue
            stext, speaker, skind, role = self._make_speaker(toks, toks[0].idx)
            sspan = _span_of(toks)
            out.append(Speech(sentence=sent.index, cue=m.span(2), cue_tok=None, speaker_span=sspan,
                              speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                              content=q, content_head=None, direct=True))

    def _back_quote(self, sent, q, out) -> None:
        """'“…” ¶ That’s what Jo Doe told reporters.': the cue of a sentence pointing back
        at the quotation before it, with its own subject, says it."""
        cue = self._back_cue
        subj = _own_subject(cue) or _inverted_subject(cue)
        if subj is None or subj.lower_ in _FIRST_SECOND or subj.i < sent.tok_start:
            return
        stoks = _np_tokens(self.doc, subj)
        stext, speaker, skind, role = self._make_speaker(stoks, cue.idx)
        sspan = _span_of(stoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        out.append(Speech(sentence=sent.index, cue=(cue.idx, cue.idx + len(cue)), cue_tok=cue.i, speaker_span=sspan,
                          speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                          content=q, content_head=None, direct=True))

    def _said_first(self, sent, out) -> None:
        """'Said Corker: “…”', 'Said the president, “…”': a sentence opening with the cue,
        its speaker and a quotation (the tagger often reads 'Said' as a name or the
        speaker as its object)."""
        doc, text = self.doc, self.text
        m = _SAID_FIRST.match(text, sent.start, sent.end)
        if m is None:
            return
        bq = self._block_quotes(sent)
        q = next((q for q in bq if q[0] >= m.end() - 1), None)
        if q is None or q[0] > m.end() or q in self.used_quotes or _overlaps_content(q, out) \
                or len(text[q[0]:q[1]].split()) < 3:
            return
        said = next((t for t in doc[sent.tok_start:sent.tok_end] if t.idx == m.start()), None)
        stoks = [t for t in doc[sent.tok_start:sent.tok_end] if m.start(1) <= t.idx < m.end(1)]
        if said is None or not stoks:
            return
        cut = next((k for k, t in enumerate(stoks) if t.text in (",", "(") or t.lower_ in _WH), len(stoks))
        stoks = stoks[:cut]  # 'Said Jo Doe, now an analyst: “…”': the name before the apposition
        if not stoks or stoks[0].pos_ in ("VERB", "AUX") or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in stoks) \
                or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.lemma_.lower() in ROLE_NOUNS
                           or t.lemma_.lower() in ANONYMOUS for t in stoks):
            return  # not 'Said another way: …'
        stext, speaker, skind, role = self._make_speaker(stoks, said.idx)
        if speaker and speaker.startswith("Said "):
            speaker = speaker[5:]  # the tagger's person 'Said Corker'
        sspan = _span_of(stoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        out.append(Speech(sentence=sent.index, cue=(said.idx, said.idx + len(said)), cue_tok=said.i, speaker_span=sspan,
                          speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                          content=q, content_head=None, direct=True))

    def _misread_verb_quote(self, sent, raw, out) -> None:
        """A speech verb the tagger took for a noun, yet with a subject of its own, right
        before a quotation: '…, with spokesman Josh Earnest saying, “…”', 'The rules
        state: “…”'.  The subject says the quotation."""
        doc, text, bq = self.doc, self.text, self._block_quotes(sent)
        for t in doc[sent.tok_start:sent.tok_end]:
            if t.pos_ != "NOUN" or t.lower_ not in _MISREAD_VERB_FORMS or _inside(t.idx, bq):
                continue
            subj = next((c for c in t.lefts if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
            if subj is None or subj.lower_ in _FIRST_SECOND:
                continue
            after = t.idx + len(t)
            q = next((q for q in bq if q[0] >= after), None)
            if q is None or not _CUE_QUOTE_OPEN.fullmatch(text[after:q[0]]) \
                    or q in self.used_quotes or _overlaps_content(q, out) \
                    or len(text[q[0]:q[1]].split()) < 3:
                continue
            toks = _np_tokens(doc, subj)
            if not toks or _inside(toks[0].idx, bq):
                continue
            stext, speaker, skind, role = self._make_speaker(toks, t.idx)
            sspan = _span_of(toks)
            if speaker and skind in ("person", "org", "group"):
                self.history.append((sspan[0], speaker, skind))
            out.append(Speech(sentence=sent.index, cue=(t.idx, after), cue_tok=t.i, speaker_span=sspan,
                              speaker_text=stext, speaker=speaker, speaker_kind=skind, role=role,
                              content=q, content_head=None, direct=True))

    @staticmethod
    def _dedupe(out: list[Speech]) -> list[Speech]:
        keep: list[Speech] = []
        for sp in out:
            twin = next((k for k in keep if k.content == sp.content), None)
            if twin is None:
                keep.append(sp)
                continue
            dist = lambda x: min(abs(x.cue[0] - x.content[1]), abs(x.cue[0] - x.content[0])) if x.cue and x.content else 10 ** 9
            if dist(sp) < dist(twin):
                keep[keep.index(twin)] = sp
        return keep

    def _colon_quote(self, sent, quotes, out) -> Speech | None:
        """'He followed up: “…”', 'a card that read: “…”': a quotation right after a
        colon that closes a short clause of subject and verb (any verb) is that
        subject's, when no cue took it."""
        doc, text = self.doc, self.text
        cands = list(quotes)
        if not out and text[sent.start:sent.end].rstrip().endswith(":"):
            nq = self._next_block_quote(sent)  # 'Obama added in his closing remarks:' ¶ “…”
            if nq is not None and nq not in self.used_quotes:
                cands.append(nq)
        for q in cands:
            if _overlaps_content(q, out):
                continue
            if sent.start < q[0] < sent.end:
                c = q[0] - 1
                while c > sent.start and text[c] in " \t“\"":
                    c -= 1
                if text[c] != ":" or q[0] - c > 4:
                    continue
            elif q[0] >= sent.end and not quotes:
                c = sent.start + len(text[sent.start:sent.end].rstrip()) - 1  # the paragraph's last colon
            else:
                continue
            pre = [t for t in doc[sent.tok_start:sent.tok_end] if t.idx < c]
            while pre and (pre[-1].dep_ in ("prt", "advmod") or pre[-1].is_space):
                pre.pop()
            if not pre:
                continue
            verb = pre[-1]
            subj = None
            tentative = False
            if verb.pos_ != "VERB" or verb.lemma_.lower() in ("be", "have") or verb.tag_ == "VBN" \
                    or _inside(verb.idx, quotes) or any(x.dep_ in ("dobj", "ccomp", "neg") and not (
                        x.dep_ == "dobj" and x.lower_ in ("what", "whatever") and x.i < verb.i
                        and verb.lemma_.lower() in SPEECH)  # "Here is what the governor said:" ¶ “…”
                        for x in verb.children):
                # 'Sen. Roe put the pledge in perspective: “…”', 'Roe shouted into the
                # crowd: “…”': the main verb of a clause about a person, whatever its object
                # (the top verb of the words before the colon: the parser often hangs
                # that clause on the quotation's verb)
                # ('One Republican was blunt: “…”': a copula with an adjective of manner too)
                verb = next((t for t in pre if (t.pos_ == "VERB" or (t.lemma_ == "be" and any(
                    x.dep_ == "acomp" and x.idx < c for x in t.children))) and (t.head.i == t.i or t.head.idx >= c)), None)
                tentative = True
                copula = verb is not None and verb.lemma_ == "be"
                if verb is None or not (copula or (verb.pos_ == "VERB" and verb.lemma_.lower() != "have")) \
                        or verb.tag_ == "VBN" or _inside(verb.idx, quotes) \
                        or any(x.dep_ == "neg" or x.lower_ in _MODALS or (x.dep_ == "ccomp" and x.idx < c)
                               for x in verb.children):
                    continue
                subj = _own_subject(verb)
                if subj is None or not ((subj.ent_type_ in ("PERSON", "ORG") and subj.pos_ == "PROPN")
                                        or subj.lower_ in ("he", "she")
                                        # ('Trump celebrated the verdict with a tweet: “…”': a name
                                        # the tagger missed here but reads as a person elsewhere)
                                        or (subj.pos_ == "PROPN" and subj.ent_type_ == "" and subj.is_title
                                            and subj.text in self._person_words())
                                        or (subj.lemma_.lower() in ROLE_NOUNS and subj.pos_ in ("NOUN", "PROPN"))):
                    continue
            if subj is None:
                subj = _own_subject(verb)
            if subj is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                subj = verb.head  # 'a card that read: “…”'
            if subj is None or subj.i > verb.i or subj.i < sent.tok_start or _inside(subj.idx, quotes):
                continue
            stoks = _np_tokens(doc, subj)
            sspan = _span_of(stoks)
            if _teaser_glue(text, sspan[0], sspan[1]):
                continue
            stext, speaker, skind, role = self._make_speaker(stoks, verb.idx)
            if speaker and skind in ("person", "org", "group", "outlet"):
                self.history.append((sspan[0], speaker, skind))
            return Speech(sentence=sent.index, cue=(verb.idx, verb.idx + len(verb)), cue_tok=verb.i,
                          speaker_span=sspan, speaker_text=stext, speaker=speaker,
                          speaker_kind=skind, role=role, content=q, content_head=None,
                          direct=True, outlet=speaker if skind == "outlet" else None, tentative=tentative)
        return None

    def _person_words(self) -> set[str]:
        """The last words of the doc's tagged multi-word person names ("Trump" of "Donald
        Trump"; not a lone word the tagger called a person), read off the tagger, unlike
        _surnames, which reads the alias table."""
        if self._person_word_cache is None:
            doc = self.doc
            self._person_word_cache = {t.text for t in doc if t.ent_type_ == "PERSON" and t.ent_iob_ == "I"
                                       and t.is_title and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ != "I"}
        return self._person_word_cache

    def _tweet_signature(self, sent) -> Speech | None:
        """An embedded tweet: its text, then '— Name (@handle) Month D, YYYY' in the same
        paragraph; the content is the paragraph's text before the dash."""
        text = self.text
        line = text[sent.start:sent.end]
        if "(@" not in line:
            return None
        m = _TWEET_SIG.search(line)
        if m is None:
            return None
        blk = self.seg.blocks[sent.block]
        dash = sent.start + m.start(1)
        cs, ce = blk.start, dash
        while cs < ce and text[cs] in " \t\n\"“":
            cs += 1
        while ce > cs and text[ce - 1] in " \t\n":
            ce -= 1
        if len(text[cs:ce].split()) < 3:
            return None
        ns, ne = sent.start + m.start(2), sent.start + m.end(2)
        ntoks = [t for t in self.doc[sent.tok_start:sent.tok_end] if ns <= t.idx < ne]
        if not ntoks:
            return None
        stext, speaker, skind, role = self._make_speaker(ntoks, dash)
        if skind == "pronoun":
            return None
        sspan = _span_of(ntoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        return Speech(sentence=sent.index, cue=(dash, dash + len(m.group(1))), cue_tok=None,
                      speaker_span=sspan, speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=(cs, ce), content_head=None,
                      direct=True)

    def _dash_signature(self, sent, quotes) -> Speech | None:
        """A pull quote signed after a dash: '“We are not going to stop.” — Jane Doe, state
        senator' (the quotation closes right before the dash; the name follows it)."""
        text = self.text
        line = text[sent.start:sent.end]
        if "—" not in line and "–" not in line and "--" not in line:
            return None
        m = _DASH_SIG.search(line)
        if m is None:
            return None
        dash = sent.start + m.start(1)
        blk = self.seg.blocks[sent.block]
        q = next((q for q in self._block_quotes(sent) if not text[blk.start:q[0]].strip(" \t\n“\"")
                  and 0 <= dash - q[1] <= 4 and not text[q[1]:dash].strip(" \t\n.!?”\"’'")), None)
        if q is None:
            return None
        ns, ne = sent.start + m.start(2), sent.start + m.end(2)
        ntoks = [t for t in self.doc[sent.tok_start:sent.tok_end] if ns <= t.idx < ne]
        if not ntoks or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in ntoks):
            return None
        stext, speaker, skind, role = self._make_speaker(ntoks, dash)
        if m.group(3):
            role = m.group(3).strip(" ,") or role
        sspan = _span_of(ntoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        return Speech(sentence=sent.index, cue=(dash, dash + len(m.group(1))), cue_tok=None,
                      speaker_span=sspan, speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=q, content_head=None, direct=True)

    def _signoff_paragraph(self, sent) -> Speech | None:
        """An epigraph: a paragraph that is one quotation, then a paragraph of its own
        signing it after a dash ('“We will not stop.” ¶ -- Sen. Jo Doe in a floor speech,
        May 2.', '¶ — Jo Doe on “Meet the Press.”'): the quotation is the name's."""
        text = self.text
        k = sent.block
        if k <= 0 or sent.role != "body":
            return None
        blk, prev = self.seg.blocks[k], self.seg.blocks[k - 1]
        lead = text[blk.start:sent.start].strip()
        if lead and lead not in ("—", "–", "--", "―"):
            return None
        m = _SIGNOFF.match(text, sent.start if not lead else blk.start, sent.end)
        if m is None or blk.end - blk.start > 200 or text[prev.end:blk.start].strip():
            return None
        body = text[prev.start:prev.end].strip()
        if not body or body[0] not in "“\"" or body[-1] not in "”\"":
            return None
        q = next((q for q in self._quotes_of_block(k - 1)
                  if not text[prev.start:q[0]].strip(" \t\n“\"") and not text[q[1]:prev.end].strip(" \t\n.!?,”\"")), None)
        if q is None or len(text[q[0]:q[1]].split()) < 4:
            return None
        ns = m.end()
        ntoks = []
        for t in self.doc[sent.tok_start:sent.tok_end]:
            if t.idx < ns:
                continue
            if not (t.is_title or t.is_upper or t.pos_ == "PROPN") or t.is_punct or len(ntoks) >= 6:
                break
            ntoks.append(t)
        if not ntoks or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in ntoks):
            return None
        dash = sent.start + (len(text[sent.start:ns]) - len(text[sent.start:ns].lstrip()))
        stext, speaker, skind, role = self._make_speaker(ntoks, dash)
        sspan = _span_of(ntoks)
        if speaker and skind in ("person", "org", "group"):
            self.history.append((sspan[0], speaker, skind))
        return Speech(sentence=sent.index, cue=(m.start(1), m.end(1)), cue_tok=None,
                      speaker_span=sspan, speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=q, content_head=None, direct=True)

    def _previous_quote(self, sent):
        """'“… here?” she said.' split after the question mark: the quotation that ends
        right before a sentence opening with its cue ('she said', 'said Smith').  A sentence
        pointing back ('So says X', 'That’s what X said') may take the quotation closing the
        paragraph before; its cue is kept in self._back_cue (else None) for _back_quote."""
        doc = self.doc
        self._back_cue = None
        if sent.role != "body":
            return None
        # ('Virginia Sen. Mark Warner asked Sunday …'; 'Stephen L. Miller, host of the “Versus
        # Media Podcast” on Patreon, tweeted …', 'Jo Doe, now at Duke, told …': a name and its
        # appositive, then the cue)
        hi = min(sent.tok_end, sent.tok_start + 30)
        cues = self._cue_idx
        k = bisect_left(cues, sent.tok_start)
        if k == len(cues) or cues[k] >= hi:
            return None  # no token among the first words can be the cue
        words = [t for t in doc[sent.tok_start:hi] if not (t.is_punct or t.is_space)]
        if not words:
            return None
        # ('“…” ¶ That’s what Jo Doe told reporters.': the copula of the cleft does not count)
        what_said = len(words) > 3 and words[0].lower_ in ("that", "this") \
            and (words[1].lemma_ == "be" or words[1].lower_ in ("’s", "'s")) and words[2].lower_ == "what"
        cue = next((t for t in words[:10 if what_said else 7]
                    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH), None)
        # ('McCain, who suffered torture himself, asked.': the verbs of a relative clause on
        # the name do not count)
        in_rel = lambda t: any(a.dep_ == "relcl" and a.i > words[0].i for a in [t, *t.ancestors])
        if cue is None:
            cue = next((t for t in words if t.pos_ in ("VERB", "AUX") and not in_rel(t)), None)
            if cue is None or cue.lemma_.lower() not in SPEECH or doc[cue.i - 1].text != "," or not any(
                    c.dep_ == "nsubj" and c.left_edge.i == words[0].i and c.pos_ == "PROPN"
                    and any(a.dep_ in ("appos", "prep", "relcl") for a in c.children) for c in cue.children):
                return None
        if cue is None or any(t.pos_ in ("VERB", "AUX") and not in_rel(t) and not (what_said and t.i == words[1].i)
                              for t in words if t.i < cue.i):
            return None
        inverted = cue.i + 1 < sent.tok_end and doc[cue.i + 1].pos_ == "PROPN"  # ',” said Gilmore, who …'
        if not (inverted or any(c.dep_ == "nsubj" for c in cue.children)) or any(
                c.dep_ == "ccomp" and c.left_edge.i > cue.i + 1 for c in cue.children):
            return None
        # '“…” ¶ So says Jo Doe, who …': the inverted 'so says X' points back at the
        # quotation closing the paragraph before
        points_back = len(words) > 1 and words[0].lower_ in _SO_WORDS and words[0].head.i == cue.i \
            and words[1].i == cue.i
        points_back = points_back or (what_said and cue.i > words[2].i and any(c.dep_ == "nsubj" for c in cue.children))
        self._back_cue = cue if points_back else None
        blockq = self._block_quotes(sent)
        if points_back and sent.block > 0 and not any(q[1] <= sent.start for q in blockq):
            blockq = self._quotes_of_block(sent.block - 1)
        for q in reversed(blockq):
            if q[1] <= sent.start:
                gap = self.text[q[1]:sent.start]
                # (or title words cut off the name by a wrong split: '…,” retired Maj. | Gen. Jo Doe …')
                # ('In December he proposed “…”. In May, he called that “…”': a full stop after
                # the closing mark ended the quotation's own sentence; no cue after it is its)
                if (len(gap) <= 6 and all(ch in " \t,.?!”\"’'…" for ch in gap) and not _CLOSED_QUOTE_GAP.search(gap)
                        or points_back and len(gap) <= 8 and gap.count("\n") <= 2 and all(ch in " \t\n,.?!”\"’'…" for ch in gap)
                        or len(gap) <= 40 and _SPLIT_TITLE_GAP.match(gap)) and (
                        q not in self.used_quotes or q in self._conts):
                    return q
                return None
        return None

    def _next_block_quote(self, sent):
        """The quotation that opens the next paragraph (a cue ending its paragraph with a
        colon introduces it)."""
        if sent.block + 1 >= len(self.seg.blocks):
            return None
        blk = self.seg.blocks[sent.block + 1]
        if self.text[sent.end:blk.start].strip():
            return None
        if self.text[sent.start:sent.end] != self.text[sent.start:self.seg.blocks[sent.block].end].rstrip():
            return None  # the colon must close the paragraph
        qs = self._quotes_of_block(sent.block + 1)
        bullet = _BULLET.match(self.text, blk.start, blk.end)  # '… saying:' ¶ '-- “…”' ¶ '-- “…”'
        if qs and qs[0][0] - blk.start <= 2 + (bullet.end() - blk.start if bullet else 0):
            # '… by making two points:' ¶ '“For the millions …,” she said, “…”': a quotation
            # with a cue of its own right after it is that cue's
            qe = qs[0][1]
            if self._cue_offs is None:
                self._cue_offs = [self.doc[i].idx for i in self._cue_idx]
            k = bisect_left(self._cue_offs, qe)
            for i in self._cue_idx[k:k + 3]:
                t = self.doc[i]
                if t.idx > qe + 40 or _inside(t.idx, qs):
                    break
                if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH and _QUOTE_TO_NAME_GAP.match(self.text[qe:t.idx + 1]) is not None:
                    return None
            return qs[0]
        return None

    def _quote_voiced_before(self, t, clause, raw):
        """'“Nothing … will be believed,” worries Taibbi': a finite verb with nothing after it
        (but maybe its inverted name, parsed as the object) voices the quotation of three
        words or more closing right before it; else None."""
        if clause is not None and clause[2] > t.i or t.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.i > t.i and c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "advcl", "dative", "advmod")
                and not (c.dep_ == "dobj" and c.i == t.i + 1 and c.pos_ == "PROPN"
                         and not any(x.dep_ == "nsubj" for x in t.children))
                for c in t.children):
            return None
        tq = self._adjacent_quote(t, _subject(t) or _inverted_subject(t), raw)
        if tq is not None and tq[1] <= t.idx and len(self.text[tq[0]:tq[1]].split()) >= 3:
            return tq
        return None

    def _adjacent_quote(self, t, subj, raw):
        """A quotation right against the cue and its subject: '“…,” she continued',
        '“Panic,” says X', 'He followed up: “…”', 'a card that read: “…”'."""
        doc, text = self.doc, self.text
        left = t.i
        if subj is not None and subj.i < t.i and subj.head.i == t.i:
            left = min(left, subj.left_edge.i)
            if t.pos_ == "NOUN":  # '“…,” the email read.' with the cue read as a noun: its determiner
                left = min([left] + [c.left_edge.i for c in t.lefts
                                     if c.dep_ in ("det", "amod", "poss", "compound", "nummod")])
        right = t.i
        for c in t.children:
            if c.i > t.i and (c.dep_ == "prt" or (subj is not None and c.i == subj.i and c.dep_ == "nsubj")):
                right = max(right, c.right_edge.i)
        lo, hi = doc[left].idx, doc[right].idx + len(doc[right])
        for qs, qe in raw:
            if qe <= lo:
                gap = text[qe:lo]
                if len(gap) <= 5 and all(ch in " \t,.?!”\"’'—–-" for ch in gap) \
                        or len(gap) <= 40 and _SPLIT_TITLE_GAP.match(gap):
                    return qs, qe
            elif qs >= hi:
                gap = text[hi:qs]
                if len(gap) <= 4 and all(ch in " \t,:“\"—–-" for ch in gap) and any(ch in ":,“\"" for ch in gap) \
                        and (any(ch in ":," for ch in gap) or len(text[qs:qe].split()) >= 3):
                    return qs, qe  # (not a scare-quoted object: 'economists who emphasize “fairness”')
        return None

    def _stance_on_topic(self, t, light, poss, sent, quotes) -> Speech | None:
        """'raised concerns about …': the stance noun t voiced by the light verb, with its
        topic, is the content; the subject of the verb (poss) holds it."""
        doc = self.doc
        topic = [c for c in light.children if c.dep_ == "prep" and c.i > t.i and c.lower_ in _TOPIC_PREPS]
        content = _trim(doc, t.left_edge.i, max([t.right_edge.i] + [c.right_edge.i for c in topic]) + 1)
        if content is None or _MORE.search(self.text, content[0], content[1] + 8):
            return None  # (a link teaser's headline: '… lawmakers express concerns about … MORE')
        stoks = _possessor_tokens(poss)
        if _inside(stoks[0].idx, quotes) or _inside(t.idx, quotes):
            return None
        stext, speaker, skind, role = self._make_speaker(stoks, t.idx)
        covered = sum(max(0, min(e, content[1]) - max(s, content[0])) for s, e in quotes)
        return Speech(sentence=sent.index, cue=(light.idx, t.idx + len(t)), cue_tok=t.i,
                      speaker_span=_span_of(stoks), speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=content, content_head=t.i,
                      direct=covered >= 0.7 * (content[1] - content[0]), event=False)

    def _noun_cue(self, t, sent, quotes) -> Speech | None:
        """'critics' claims that …', 'Cruz's contention that …': the possessor holds the
        claim; the content is its 'that' clause.  Also a light verb's object ('expressed
        hope that …', 'raised concerns about …'), held by the verb's subject."""
        doc = self.doc
        poss = next((c for c in t.children if c.dep_ == "poss" and (c.pos_ in ("PROPN", "NOUN") or (
            c.pos_ == "PRON" and c.lower_ in ("his", "her", "their")))), None)
        light = None
        if poss is None:
            # "expressed hope that …", "raised concerns that …", "made the case that …":
            # the subject of the verb holds what the noun carries
            v = t.head
            if t.dep_ != "dobj" or v.pos_ != "VERB" or v.lemma_.lower() not in _LIGHT_SPEECH_VERBS:
                return None
            if any(c.dep_ == "neg" for c in v.children):
                return None
            poss = _subject(v)
            if poss is None or poss.lower_ in _FIRST_SECOND or poss.lower_ in _WH or poss.pos_ not in ("PROPN", "NOUN", "PRON"):
                return None
            light = v
        elif t.lemma_.lower() not in SPEECH_NOUNS:
            return None
        clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > t.i
                       and doc[c.left_edge.i].lower_ == "that" and (c.dep_ != "relcl" or any(
                           x.dep_ in ("nsubj", "nsubjpass", "expl") and x.lower_ != "that" for x in c.children))
                       and (c.dep_ != "relcl" or not any(x.dep_ == "dobj" and x.lower_ == "that" for x in c.children))
                       and any(m.lower_ == "that" and m.i == c.left_edge.i and m.dep_ in ("mark", "det", "nsubj") for m in c.subtree)), None)
        start_i = None
        if clause is None and light is not None and light.i < t.i:
            # "makes the argument, credible in its particulars, that he can …": the noun's
            # 'that' clause hung on the light verb past an aside
            clause = next((c for c in light.children if c.dep_ == "ccomp" and c.i > t.i and any(
                x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
                and any(m.dep_ == "mark" and m.lower_ == "that" and t.i < m.i < c.i for m in c.children)), None)
            if clause is not None:
                start_i = next(m.i for m in clause.children if m.dep_ == "mark" and m.lower_ == "that") + 1
        if clause is None and light is not None and _voices_stance_on_topic(t, light, poss):
            return self._stance_on_topic(t, light, poss, sent, quotes)
        if clause is None:
            return None
        if light is None and not any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children):
            return None  # the possessive form keeps its strict 'that' clause
        content = _trim(doc, clause.left_edge.i if start_i is None else start_i, clause.right_edge.i + 1)
        if content is None:
            return None
        if doc[clause.left_edge.i].lower_ == "that" and content[0] == doc[clause.left_edge.i].idx:
            content = _trim(doc, clause.left_edge.i + 1, clause.right_edge.i + 1)
            if content is None:
                return None
        stoks = _possessor_tokens(poss)
        if _inside(stoks[0].idx, quotes):
            return None
        stext, speaker, skind, role = self._make_speaker(stoks, t.idx)
        covered = sum(max(0, min(e, content[1]) - max(s, content[0])) for s, e in quotes)
        cue = (t.idx, t.idx + len(t)) if light is None else (light.idx, t.idx + len(t))
        return Speech(sentence=sent.index, cue=cue, cue_tok=t.i,
                      speaker_span=_span_of(stoks), speaker_text=stext, speaker=speaker,
                      speaker_kind=skind, role=role, content=content, content_head=clause.i,
                      direct=covered >= 0.7 * (content[1] - content[0]), event=False)

    def _near_quote(self, t, quotes, sent):
        """The quote a cue introduces or closes: adjacent to the cue's clause."""
        if not quotes:
            return None
        best, dist = None, 10 ** 9
        clause_l = t.left_edge.idx
        clause_r = t.right_edge.idx + len(t.right_edge)
        for s, e in quotes:
            if _TITLE_PREP.search(self.text[max(0, s - 25):s]) and len(self.text[s:e].split()) <= 6:
                continue  # 'speaking on “Fox & Friends,”', 'a book titled “…”': a name
            if e <= t.idx:
                d = t.idx - e
            elif s >= t.idx:
                d = s - t.idx - len(t)
            else:
                continue
            inside_clause = clause_l <= s and e <= clause_r
            if inside_clause or d < 60:
                if d < dist:
                    best, dist = (s, e), d
        return best

    def _according(self, sent, quotes) -> list[Speech]:
        doc, text = self.doc, self.text
        out = []
        for i in self._in_sent(self._according_idx, sent):
            t = doc[i]
            to = next((c for c in t.children if c.lower_ == "to"), None)
            if to is None and t.i + 1 < sent.tok_end and doc[t.i + 1].lower_ == "to":
                to = doc[t.i + 1]
            if to is None:
                continue
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.lower_ in _NORM_NOUNS and pobj.tag_ == "NN" and not pobj.ent_type_ and not any(
                    c.dep_ in ("det", "poss", "amod", "compound") for c in pobj.children):
                continue  # "spent according to plan": a manner, nobody's word
            stoks = _np_tokens(doc, pobj)
            sspan = _span_of(stoks)
            stext, speaker, skind, role = self._make_speaker(stoks, t.idx)
            phrase_l = t.i
            phrase_r = max(pobj.right_edge.i, to.right_edge.i) + 1
            # content: the clause on the other side of the phrase
            if phrase_l - sent.tok_start > sent.tok_end - phrase_r:
                content = _trim(doc, sent.tok_start, phrase_l)
            else:
                content = _trim(doc, phrase_r, sent.tok_end)
            head = None
            if content:
                for x in doc[sent.tok_start:sent.tok_end]:
                    if x.dep_ == "ROOT":
                        head = x.i
            out.append(Speech(sentence=sent.index, cue=(t.idx, to.idx + len(to)), cue_tok=t.i,
                              speaker_span=sspan, speaker_text=stext, speaker=speaker,
                              speaker_kind=skind, role=role, content=content, content_head=head,
                              direct=bool(content and any(s <= content[0] and content[1] <= e for s, e in quotes)),
                              outlet=speaker if skind == "outlet" else None))
        return out

    def _nest(self, out: list[Speech], sent):
        """'X said …, the Chronicle reported': the inner speaker is the source, the outer
        one joins the chain (nearest teller first)."""
        for i, a in enumerate(out):
            for j, b in enumerate(out):
                if i == j or a.cue is None or b.content is None or not b.main:
                    continue
                outer_report = b.speaker_kind == "outlet" or (b.cue_tok is not None and self.doc[b.cue_tok].lemma_ in ("report", "reveal"))
                if not outer_report:
                    continue
                if b.content[0] <= a.cue[0] < b.content[1] and a.content != b.content:
                    a.nested_in = j
                    b.main = False
                    teller = b.speaker or b.speaker_text
                    if teller and teller not in a.chain:
                        if not a.chain:
                            a.chain = [a.speaker_text or a.speaker or ""]
                        a.chain.append(teller)
                    if b.outlet and not a.outlet:
                        a.outlet = b.outlet

    def _citing(self, out: list[Speech], sent):
        """'The paper, citing an anonymous source, reported …' → chain (source, paper)."""
        doc = self.doc
        for i in self._in_sent(self._cite_idx, sent):
            t = doc[i]
            if t.tag_ != "VBG":
                continue
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            src = self.text[obj.left_edge.idx: obj.right_edge.idx + len(obj.right_edge)]
            for s in out:
                if s.cue_tok is not None and (t.head.i == s.cue_tok or t.head.i == (s.cue_tok if s.cue_tok is not None else -1)
                                               or (s.speaker_span and s.speaker_span[0] <= t.head.idx < s.speaker_span[1] + 2)):
                    teller = s.speaker or s.speaker_text or ""
                    s.chain = [src] + ([teller] if teller else []) + [c for c in s.chain if c not in (src, teller)]
                    break

    def _headline(self, sent) -> Speech | None:
        """'Report: …', '…: report', 'Name: …' in headline-shaped lines."""
        text = self.text
        line = text[sent.start:sent.end]
        m = _HEAD_REPORT.match(line)
        if m:
            word = m.group(1)
            return Speech(sentence=sent.index, cue=(sent.start + m.end(1), sent.start + m.end(1) + 1),
                          cue_tok=None, speaker_span=(sent.start, sent.start + len(word)),
                          speaker_text=word, speaker=word, speaker_kind="group", role=None,
                          content=(sent.start + m.end(), sent.end), content_head=None,
                          direct=False)
        m = _TAIL_REPORT.search(line)
        if m:
            ws = sent.start + m.start(1)
            return Speech(sentence=sent.index, cue=(sent.start + m.start(), sent.start + m.start() + 1),
                          cue_tok=None, speaker_span=(ws, ws + len(m.group(1))),
                          speaker_text=m.group(1), speaker=m.group(1), speaker_kind="group",
                          role=None, content=(sent.start, sent.start + m.start()), content_head=None,
                          direct=False)
        m = _NAME_COLON.match(line)
        if m:
            prefix = m.group(1)
            ps = sent.start
            pe = ps + len(prefix)
            ptoks = [t for t in self.doc[sent.tok_start:sent.tok_end] if t.idx < pe]
            words = [t for t in ptoks if not t.is_punct]
            is_name = bool(words) and len(words) <= 5 and all(
                t.is_title or t.is_upper or _HONORIFIC.match(t.text + " ") for t in words) \
                and any(t.pos_ == "PROPN" for t in words)
            ends_entity = bool(words) and words[-1].ent_type_ in ("PERSON", "ORG") and len(words) <= 8
            if not is_name and not ends_entity and words and len(words) <= 3 \
                    and all(t.is_title for t in words) and words[0].lower_ not in _NOT_HEAD_SPEAKERS:
                # "Christie: Clinton Doesn't Know …": a lone surname the tagger took for a
                # noun is a name when the story names that person with it
                ends_entity = words[-1].text in self._person_words()
            # "Giuliani backtracks:", "Pelosi warns:" — a name and a verb
            name_verb = len(words) >= 2 and words[0].ent_type_ in ("PERSON", "ORG", "") \
                and words[0].pos_ == "PROPN" and words[-1].is_lower and words[-1].tag_ in ("VBZ", "NNS") \
                and words[-1].text.endswith("s") and len(words) <= 3
            # "Trump: ‘We will build the wall’": a quotation after the colon makes the short
            # capitalised prefix its speaker, however the tagger read a lone name
            quoted = m.group(2)[:1] in "“‘\"'" and bool(words) and len(words) <= 4 \
                and all(t.is_title or t.is_upper or t.text in ("'s", "’s") for t in words) \
                and words[0].lower_ not in _NOT_HEAD_SPEAKERS
            if quoted or name_verb or ((is_name or ends_entity) and not any(t.pos_ == "NOUN" and t.is_lower for t in words)):
                if name_verb:
                    k = len(words) - 1
                    while k > 0 and (words[k - 1].is_lower or words[k - 1].tag_ in ("VBZ", "RB")):
                        k -= 1
                    ptoks = words[:k] if k else words
                name, role, kind = _name_of(ptoks)
                speaker = self._canon(name, kind) if kind in ("person", "org") else name
                cs, ce = sent.start + m.start(2), sent.end
                body = m.group(2).rstrip()
                if quoted and body[-1:] in "”’\"'" and len(body) > 2:
                    cs, ce = cs + 1, sent.start + m.start(2) + len(body) - 1  # the words inside the marks
                return Speech(sentence=sent.index, cue=(pe, pe + 1), cue_tok=None,
                              speaker_span=(ps, pe), speaker_text=prefix, speaker=speaker,
                              speaker_kind=kind, role=role, content=(cs, ce),
                              content_head=None, direct=any(c in m.group(2) for c in "“\"")
                              or _SINGLE_QUOTE_OPEN.search(m.group(2)) is not None)
        return None
