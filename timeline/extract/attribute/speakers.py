"""Who a speaker is: the noun phrase at a cue, its name and kind, outlets, and the words
that mark a person's gender.
"""

from __future__ import annotations

from ..actors import DESCRIPTION_HEADS
from ..lexicon import ANONYMOUS, NOT_OUTLET_HEADS, ORGANISATION_HEADS, OUTLET_WORDS, PRONOUNS, ROLE_NOUNS
from .words import _HONORIFIC, _POSSESSIVE_S, _TITLE_WORDS


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
    end = max(end, _titled_name_end(head))
    end = max(end, _named_body_end(head, end), _part_of_end(head, end), _examples_end(head, end))
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


def _examples_end(head, end: int) -> int:
    """The end of the first person a group is exemplified by ("liberal lawyers, such as Jo Roe
    and Al Doe, argued", "writers like Jo Roe wrote"): the named ones are who speaks; the group
    alone names no one."""
    doc = head.doc
    if head.tag_ not in ("NNS", "NNPS"):
        return end
    for c in head.rights:
        if c.dep_ != "prep" or c.i < end or c.i > end + 2:
            continue
        if not (c.lower_ == "like" or c.lower_ == "as" and doc[c.i - 1].lower_ == "such"):
            return end
        if any(not (t.is_punct or t.lower_ == "such") for t in doc[end:c.i]):
            return end
        o = next((g for g in c.children if g.dep_ == "pobj"), None)
        if o is None or o.ent_type_ != "PERSON":
            return end
        return o.i + 1 if o.i + 1 - end <= 8 else end  # (the first of several, as `counted_members`)
    return end


#: words that name a part of a group ("one of the senators", "most of the workers")
_PART_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "some",
               "most", "many", "several", "few", "all", "both", "none", "each", "any", "majority", "members"}


def _part_of_end(head, end: int) -> int:
    """The end of a part of a group with the group ("One of Roe's close friends", "Most of the
    workers", "Two of the senators"): a count or quantifier and its "of" phrase, which names
    who speaks (the count alone names no one)."""
    doc = head.doc
    if head.lower_ not in _PART_WORDS or end >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != head.i:
        return end
    obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return end
    last = _np_tokens(doc, obj)[-1].i + 1
    return last if last - end <= 8 else end


def counted_members(head):
    """The first of the people a counted group names in apposition ("Two Democratic senators,
    Jo Roe of Ohio and Al Doe of Utah, declared …", "two Republicans — Sen. Jo Roe and Al Doe —
    joined …"): that person's name token, else None."""
    if head.tag_ not in ("NNS", "NNPS") or not any(c.dep_ == "nummod" and c.i < head.i for c in head.children):
        return None
    doc = head.doc
    for c in head.rights:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.left_edge.i > head.i + 1 \
                and doc[c.left_edge.i - 1].text in (",", "—", "–", "--"):
            return c
    return None


def _named_body_end(head, end: int) -> int:
    """The end of a body's name that runs on through a preposition ("the Department of Defense",
    "the Institute for Justice", "the Office of the Director of National Intelligence"): the
    organisation entity the head starts, when it goes on past `end` with "of" / "for" / "on"."""
    doc = head.doc
    if head.ent_type_ != "ORG" or not head.is_title or end >= len(doc) or doc[end].lower_ not in ("of", "for", "on") \
            or doc[end].ent_type_ != "ORG" or doc[end].ent_iob_ != "I":
        return end
    k = end
    while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "ORG" and k - end < 8 \
            and not doc[k].is_punct:  # ("… National Intelligence (ODNI)": the name ends at the bracket)
        k += 1
    if doc[k - 1].text in ("'s", "’s", "'", "’"):
        k -= 1  # ("the Department of Labor's survey": the body, not its possessive)
    return k


def _titled_name_end(head) -> int:
    """The end of a name that closes a run of bare titles the parser headed by the first
    title ("AP President and Chief Executive Officer Jo Roe", "Historian and biographer Jo
    Roe": the name hung on it as apposition or conjunct, no comma or determiner between)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON" or head.tag_ in ("NNS", "NNPS") \
            or head.lemma_.lower() not in DESCRIPTION_HEADS or any(c.dep_ in ("det", "poss") for c in head.children):
        return head.i + 1
    doc, end = head.doc, head.i + 1
    for c in head.rights:  # (the last such name: "Historian and Bush biographer Jo Roe")
        if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" \
                and not any(t.is_punct or t.pos_ == "DET" for t in doc[head.i + 1:c.i]):
            end = c.i + 1
    return end


def _name_of(toks) -> tuple[str, str | None, str]:
    """(name, role, kind) from the speaker tokens."""
    text = toks[0].doc.text[toks[0].idx: toks[-1].idx + len(toks[-1])]
    person = [t for t in toks if t.ent_type_ == "PERSON"]
    if len(toks) == 1 and toks[0].lower_ in PRONOUNS:
        return text, None, "pronoun"
    if len(toks) > 2 and toks[0].lower_ in _PART_WORDS and toks[1].lower_ == "of":
        return text, None, "group"  # ("One of Roe's close friends" is not Roe)
    titled = _name_after_title(toks, person)
    if titled is not None:
        return titled
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


def _name_after_title(toks, person) -> tuple[str, str | None, str] | None:
    """("Roe lawyer Ann Lee", "ACME lawyer Ann Lee", the second name untagged or tagged as an
    organisation): the name after a role noun is the one who speaks, not the name before it."""
    if person and person[-1] is toks[-1]:
        return None
    role = next((k for k in range(len(toks) - 2, 0, -1) if toks[k].pos_ == "NOUN"), None)
    if role is None or toks[role].lemma_.lower() not in DESCRIPTION_HEADS or toks[role - 1].pos_ != "PROPN":
        return None
    rest = toks[role:]
    if len(rest) < (2 if person else 3) or not all(t.pos_ == "PROPN" and t.is_title for t in rest[1:]):
        return None  # (untagged, a given name and a surname: "ACME lawyer Ann Lee")
    text = toks[0].doc.text
    name = text[rest[1].idx: rest[-1].idx + len(rest[-1])]
    role = text[toks[0].idx: rest[0].idx + len(rest[0])]
    return _HONORIFIC.sub("", _POSSESSIVE_S.sub("", name)), role, "person"


def _gender_words(name: str) -> list[str]:
    """A person's name as lowercase words, without honorific or possessive ("Sen. Jane
    Roe's" → ["jane", "roe"])."""
    name = _POSSESSIVE_S.sub("", _HONORIFIC.sub("", (name or "").strip()))
    words = [w.lower().strip(".,") for w in name.split() if len(w.strip(".,")) > 1 or w.isalpha()]
    while len(words) > 1 and (words[0] in ROLE_NOUNS or words[0] in _TITLE_WORDS):
        words = words[1:]  # "President Trump", "Vice President Biden"
    return words


def _possessor_tokens(poss) -> list:
    """The words of a noun cue's holder, without the possessive ending ("Cruz's" → "Cruz")."""
    return [x for x in _np_tokens(poss.doc, poss) if not (x.dep_ == "case" or x.text in ("'", "’"))] or [poss]


#: nouns for what a body publishes or compiles: "reporting by the Post", "data from the
#: Kauffman Foundation", "the FEC's own data" speak for the body that made them
SOURCE_DOCUMENTS = {"report", "reporting", "data", "analysis", "survey", "poll", "study", "review", "audit",
                    "figures", "statistics", "findings", "estimates", "records", "tally", "count",
                    # what one writes or files: "Meadows' letter stated", "Roe's lawsuit argues"
                    "letter", "memo", "memorandum", "story", "op-ed", "editorial", "column", "tweet", "email",
                    "lawsuit", "complaint", "filing", "motion", "brief", "book", "memoir", "essay", "article",
                    # what a body issues: "according to a statement from the White House"
                    "statement", "release"}


def _phrase_head(toks):
    """The token of a phrase whose head lies outside it (the last token when none does)."""
    return next((t for t in toks if t.head not in toks or t.head is t), toks[-1])


def _hyphened(tok) -> str:
    """A noun the tokenizer split at its hyphen, whole again ("op - ed": "op-ed")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def document_source(toks):
    """The named body behind a document speaker ("according to reporting by The Washington
    Post": the Post), or None: a possessor, or the object of 'by'/'from' (of 'in' for an outlet:
    "a report in the Times"), that is a proper name."""
    if not toks:
        return None
    head = _phrase_head(toks)
    if head.lemma_.lower() not in SOURCE_DOCUMENTS and head.lower_ not in SOURCE_DOCUMENTS \
            and _hyphened(head) not in SOURCE_DOCUMENTS:
        return None
    named = lambda o: o is not None and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "PERSON", "NORP")) \
        and o.ent_type_ not in ("DATE", "TIME", "GPE", "CARDINAL", "PERCENT")
    for c in head.children:
        # (a capitalised possessor the tagger took for a plural: "Meadows' letter")
        if c.dep_ == "poss" and (named(c) or c.is_title and c.tag_ == "NNS" and c.ent_type_ == ""):
            return c
    for c in head.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "in"):
            o = next((g for g in c.children if g.dep_ == "pobj"), None)
            if named(o) and (c.lower_ != "in" or is_outlet(_np_tokens(o.doc, o))):
                return o
            # a maker the tagger took for a place ("a tally by Bloomberg"; not "a report from
            # Texas", where the place is where it comes from), or a body described in lower
            # case ("a statement from the sheriff's office")
            if o is not None and c.lower_ in ("by", "from") and (
                    c.lower_ == "by" and o.ent_type_ == "GPE" and o.pos_ == "PROPN"
                    or o.lemma_.lower() in ORGANISATION_HEADS and o.pos_ == "NOUN"
                    and any(g.dep_ in ("poss", "compound", "amod") for g in o.children)):
                return o
    # "a CNN poll", "an NBC News/Marist survey": the maker named before the noun
    maker = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and named(c)
             and c.ent_type_ in ("ORG", "PERSON") and c.i == head.i - 1]
    return maker[0] if maker else None

