"""Canonical names: acronym ↔ full name ↔ 'the agency', 'Mr. Kelly' ↔ 'John F. Kelly'.

Built once per article from its named entities; `canonical()` maps any mention to the
fullest form the article (or a short list of well-known US/intl bodies) gives.
"""

from __future__ import annotations

import re

from .details import entities
from .lexicon import ROLE_NOUNS

# Well-known acronyms, so the canonical name is the same across articles.
KNOWN = {
    "ICE": "Immigration and Customs Enforcement", "DHS": "Department of Homeland Security",
    "DOJ": "Department of Justice", "FBI": "Federal Bureau of Investigation",
    "CIA": "Central Intelligence Agency", "EPA": "Environmental Protection Agency",
    "CBP": "Customs and Border Protection", "GOP": "Republican Party",
    "NSA": "National Security Agency", "IRS": "Internal Revenue Service",
    "CDC": "Centers for Disease Control and Prevention", "FDA": "Food and Drug Administration",
    "NRA": "National Rifle Association", "ACLU": "American Civil Liberties Union",
    "UN": "United Nations", "NATO": "North Atlantic Treaty Organization",
    "LAPD": "Los Angeles Police Department", "NYPD": "New York Police Department",
    "SCOTUS": "Supreme Court", "HHS": "Department of Health and Human Services",
    "USCIS": "U.S. Citizenship and Immigration Services", "DOD": "Department of Defense",
    "DNC": "Democratic National Committee", "RNC": "Republican National Committee",
    "FEC": "Federal Election Commission", "FCC": "Federal Communications Commission",
    "SEC": "Securities and Exchange Commission", "WHO": "World Health Organization",
    "EU": "European Union", "DEA": "Drug Enforcement Administration",
    "ATF": "Bureau of Alcohol, Tobacco, Firearms and Explosives",
    "LCSO": "LCSO", "CBO": "Congressional Budget Office", "GAO": "Government Accountability Office",
    "OMB": "Office of Management and Budget", "TSA": "Transportation Security Administration",
}
_STRIP = re.compile(r"^(?:the|The|THE)\s+|^(?:U\.S\.|US|USA|U\.S)\s+")
_POSS = re.compile(r"\s*['’]s?$")
_HON = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Sens|Rep|Reps|Gov|President|Pres|Gen|Judge|Justice|"
                  r"Secretary|Senator|Representative|Mayor|Sheriff|Chief|Attorney General|Speaker|"
                  r"Leader|Prof|Rev|Col|Lt|Sgt|Maj|Capt|Adm|Cmdr|Cpl)\.?\s+")
_SMALL = {"of", "and", "the", "for", "on", "in", "&", "de"}
#: quantifiers before a group noun: "Most officials" names the officials, not "Most"
_HOW_MANY = {"most", "many", "several", "some", "few", "all", "other", "both", "numerous", "multiple", "dozens",
             "hundreds", "thousands"}
_ROLE_STOP = {"by", "the", "a", "an", "and", "or", "said", "says", "to", "with", "for", "from",
              "that", "as", "on", "in", "at", "of", "when", "while", "after", "before", "but"}
_KNOWN_AS = re.compile(r",\s+(?:(?:also\s+)?known\s+as\s+|called\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}),")
_APPOS = re.compile(r",\s+(?:the|a|an)\s+([^,.;:“”\"()]{3,60}?)\s*[,.;]")
#: heads an acronym's long form names an agency by ("the bureau" after "the FBI"); not "the
#: state" or "the party", which stand for more than one thing in a story
_AGENCY_HEADS = {"agency", "bureau", "department", "administration", "service", "commission"}
GENERIC_ORG_HEADS = {"agency", "department", "bureau", "administration", "office", "service",
                     "company", "firm", "organization", "organisation", "group", "committee",
                     "court", "commission", "council", "board", "campaign", "party", "union",
                     "ministry", "government", "city", "county", "state", "network", "paper"}


def clean(name: str) -> str:
    name = name.strip(" ,.;:\"“”'’")
    for _ in range(2):
        name = _STRIP.sub("", name)
    name = _POSS.sub("", name) if re.search(r"['’]s?$", name) else name
    return name.strip()


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w not in _SMALL and w not in ("U.S.", "US")]
    return "".join(w[0] for w in words if w[0].isupper())


def is_acronym(name: str) -> bool:
    return 2 <= len(name) <= 6 and name.isupper() and name.isalpha()


class Aliases:
    """Alias table of one article."""

    def __init__(self, doc, ents=None):
        self.orgs: list[tuple[int, str]] = []
        self.people: list[tuple[int, str]] = []
        self.text = doc.text
        self._person_spans: list[tuple[int, int, str]] = []  # (start, end, name)
        self._roles: dict[int, set[str]] = {}
        acr: dict[str, str] = {}
        for ent in entities(doc, ents):
            if ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
                self.orgs.append((ent.start_char, clean(ent.text)))
            elif ent.label_ == "PERSON":
                self.people.append((ent.start_char, _HON.sub("", clean(ent.text))))
                self._person_spans.append((ent.start_char, ent.end_char, self.people[-1][1]))
        text = doc.text
        # NER often splits long agency names ("U.S. Immigration" + "Customs Enforcement")
        for m in re.finditer(r"\b[A-Z][\w.’'-]+(?:\s+(?:(?:of|and|for|on|the)\s+)*[A-Z][\w.’'-]+){1,7}", text):
            name = clean(m.group())
            if len(name.split()) >= 2 and not is_acronym(name):
                self.orgs.append((m.start(), name))
        self.orgs.sort()
        for m in re.finditer(r"((?:[A-Z][\w.&'’-]*\s+(?:(?:of|and|for|the|on)\s+)*){1,8})\(([A-Z]{2,6})\)", text):
            full = clean(m.group(1))
            a = m.group(2)
            # keep the trailing words whose initials make the acronym
            words = full.split()
            for k in range(len(words)):
                cand = " ".join(words[k:])
                if initials(cand) == a:
                    acr[a] = cand
                    break
        for _, o in self.orgs:
            if not is_acronym(o):
                ini = initials(o)
                if is_acronym(ini) and ini not in acr and len(o.split()) >= 2:
                    acr[ini] = o
        self.acronyms = acr
        self._cache: dict = {}

    def canonical(self, name: str, offset: int | None = None) -> str:
        key = (name, offset if name.lower().startswith(("the ", "a ", "an ")) else None)
        if key in self._cache:
            return self._cache[key]
        result = self._canonical(name, offset)
        self._cache[key] = result
        return result

    # --- descriptions: "the state's top cop" → Xavier Becerra ----------------------
    def _role_words(self, start: int, end: int) -> set[str]:
        """Lower-case words of the title before a person's name ("state Attorney General
        Xavier Becerra", "U.S. District Judge Dana Sabraw") and of an apposition after it
        ("Ro Khanna, the congressman from …,")."""
        got = self._roles.get(start)
        if got is not None:
            return got
        words: list[str] = []
        for w in reversed(re.findall(r"[^\s]+|\s+", self.text[max(0, start - 60):start])):
            if w.isspace():
                continue
            bare = w.strip(".")
            if not bare or not re.fullmatch(r"[A-Za-z][\w.'’-]*", w) or bare.lower() in _ROLE_STOP:
                break
            words.append(re.sub(r"['’]s$", "", bare.lower()))
            if len(words) >= 5:
                break
        m = _APPOS.match(self.text, end)
        if m:
            words += [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", m.group(1))]
        got = set(words)
        self._roles[start] = got
        return got

    def describe(self, name: str, offset: int | None) -> str | None:
        """The person a description stands for: 'the sheriff' → the latest person before
        it introduced as a sheriff; else the first person named as a <head> within the next
        ~1,000 characters ("A federal judge said … U.S. District Judge Dana Sabraw"); a
        description opening its line ("The state's top cop issued …") also takes the first
        titled person named soon after it (the lede names them in the next paragraph)."""
        if offset is None or not self._person_spans:
            return None
        words = name.strip(" ,").split()
        if len(words) < 2 or words[0].lower() not in ("the", "a", "an") or len(words) > 6:
            return None
        head = re.sub(r"['’]s?$", "", words[-1]).lower()
        if head not in ROLE_NOUNS or any(w[:1].isupper() for w in words[1:]):
            return None
        before = [p for p in self._person_spans if p[1] <= offset and offset - p[0] < 3000]
        for ps, pe, pn in reversed(before):
            if head in self._role_words(ps, pe):
                return self.canonical(pn)
        after = [p for p in self._person_spans if p[0] > offset and p[0] - offset < 1000]
        for ps, pe, pn in after:
            if head in self._role_words(ps, pe):
                return self.canonical(pn)
        line_start = self.text.rfind("\n", 0, offset) + 1
        if offset - line_start <= 20:
            for ps, pe, pn in after:
                if ps - offset < 700 and self._role_words(ps, pe) & ROLE_NOUNS:
                    return self.canonical(pn)
        return None

    def _canonical(self, name: str, offset: int | None) -> str:
        n = clean(name)
        if not n:
            return name
        if offset is not None and name[:1] in "TtAa":
            d = self.describe(name, offset)
            if d is not None:
                return d
        if n.split()[0].lower() not in _HOW_MANY:  # ("Most officials" is no "Most")
            n = re.sub(r"\s+(?:agents?|officials?|officers?|agency|spokesman|spokeswoman)$", "", n) or n
        if is_acronym(n):
            return KNOWN.get(n) or self.acronyms.get(n) or n
        ini = initials(n)
        if is_acronym(ini) and ini in KNOWN and len(n.split()) >= 2:
            full = KNOWN[ini]
            if set(full.lower().split()) - _SMALL <= set(n.lower().split()) | {"u.s."}:
                return full
        if ini in self.acronyms and ini in KNOWN:
            return KNOWN[ini]
        nh = _HON.sub("", n)
        words = nh.split()
        if len(words) >= 3 and words[0][0].isupper():
            # a title before a person's full name ("Senate Minority Leader Chuck Schumer",
            # "Homeland Security Secretary John Kelly"): the person
            for _, p in self.people:
                pw = p.split()
                if len(pw) >= 2 and len(pw) < len(words) and words[-len(pw):] == pw:
                    return self.canonical(p)
        if words and words[0][0].isupper():
            last = words[-1]
            best = nh
            for _, p in self.people:
                pw = p.split()
                if pw and pw[-1] == last and len(p) > len(best) and (len(words) == 1 or pw[0] == words[0] or len(words) == 2 and len(words[0]) <= 2):
                    best = p
            if best != nh or any(p == nh for _, p in self.people):
                return best
        low = n.lower()
        if low in ("justices", "high court") and any("Supreme Court" in o for _, o in self.orgs):
            return "Supreme Court"
        if low.split() and low.split()[-1] in GENERIC_ORG_HEADS and len(low.split()) <= 2 and name.lower().startswith("the ") and offset is not None:
            head = low.split()[-1]
            # "The agency, known as ICE, …", "the department, DHS, …": the apposition names it
            m = _KNOWN_AS.match(self.text, offset + len(name.rstrip()))
            if m:
                return self.canonical(m.group(1))
            for off, o in reversed(self.orgs):
                # (an acronym by what it stands for: "the bureau" after "the FBI")
                full = (KNOWN.get(o) or self.acronyms.get(o) or o) if is_acronym(o) and head in _AGENCY_HEADS else o
                if off < offset and (head in full.lower() or head == "agency" and not is_acronym(o) and "agency" in o.lower()):
                    return self.canonical(o)
            if head == "agency":
                for off, o in reversed(self.orgs):
                    if off < offset and (is_acronym(o) and (len(o) >= 3 or o in KNOWN) or o in KNOWN.values()):
                        return self.canonical(o)
        return n
