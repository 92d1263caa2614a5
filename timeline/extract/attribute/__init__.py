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

Modules: `finder` (`SpeechFinder`, `Speech`), `cues` (the grammar around a cue), `speakers`
(naming who speaks), `quotes` (quotation marks and spans), `teasers` (scraper debris),
`words` (word lists and patterns).  The names other modules use are re-exported here.
"""

from .cues import document_verb
from .finder import Speech, SpeechFinder
from .quotes import quote_spans
from .speakers import _name_of, _np_tokens, is_outlet
from .teasers import glued, link_cards

__all__ = ["Speech", "SpeechFinder", "quote_spans", "_name_of", "_np_tokens", "is_outlet", "document_verb",
           "glued", "link_cards"]
