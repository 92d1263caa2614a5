"""Canonical names: acronym ↔ full name ↔ 'the agency', 'Mr. Kelly' ↔ 'John F. Kelly'.

Built once per article from its named entities; `canonical()` maps any mention to the
fullest form the article (or a short list of well-known US/intl bodies) gives.
"""

from __future__ import annotations

import functools
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
#: words before a role that name no one ("a spokesman", "his spokeswoman", "another official")
_DETERMINERS = {"a", "an", "another", "one", "his", "her", "its", "their", "our", "my", "your",
                "this", "that", "some", "any", "each", "every", "no"}
#: a nationality or party adjective alone ("American", "Israeli", "Democratic") names no body
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|i)")
#: words before a title that mark no other country ("American", a party)
_HOME_WORDS = {"American", "Republican", "Democratic", "Democrat", "Catholic", "Islamic", "Public", "Academic"}
#: quantifiers before a group noun: "Most officials" names the officials, not "Most"
_HOW_MANY = {"most", "many", "several", "some", "few", "all", "other", "both", "numerous", "multiple", "dozens",
             "hundreds", "thousands"}
_ROLE_STOP = {"by", "the", "a", "an", "and", "or", "said", "says", "to", "with", "for", "from",
              "that", "as", "on", "in", "at", "of", "when", "while", "after", "before", "but"}
_KNOWN_AS = re.compile(r",\s+(?:(?:also\s+)?known\s+as\s+|called\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}),")
#: a body's name in apposition closing its clause or sentence (", Xinhua." / ", Xinhua, reported")
_NAMED_AS = re.compile(r",\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})(?:[,;]|\.(?:\s|$))")
_APPOS = re.compile(r",\s+(?:the|a|an)\s+([^,.;:“”\"()]{3,60}?)\s*[,.;]")
#: an apposition's title ends at its first preposition or relative word ("Roe, the attorney for
#: a film star who …": an attorney), however long the rest of it runs
_APPOS_LONG = re.compile(r",\s+(?:the|a|an)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:for|of|at|to|from|with|in|on|"
                         r"who|whose|which|that)\b")
#: title abbreviations and the role nouns they stand for ("Sen. Jo Roe" is a senator and a
#: lawmaker; "the attorney" and "the lawyer" are one)
_ROLE_SYNONYMS = {
    "sen": {"senator", "lawmaker"}, "sens": {"senator", "lawmaker"}, "senator": {"lawmaker"},
    "rep": {"representative", "congressman", "congresswoman", "lawmaker"},
    "reps": {"representative", "congressman", "congresswoman", "lawmaker"},
    "representative": {"congressman", "congresswoman", "lawmaker"},
    "congressman": {"representative", "lawmaker"}, "congresswoman": {"representative", "lawmaker"},
    "assemblyman": {"lawmaker"}, "assemblywoman": {"lawmaker"}, "legislator": {"lawmaker"},
    "gov": {"governor"}, "gen": {"general"}, "lt": {"lieutenant"}, "capt": {"captain"},
    "cmdr": {"commander"}, "adm": {"admiral"}, "supt": {"superintendent"}, "sec": {"secretary"},
    "pres": {"president"}, "atty": {"attorney", "lawyer"}, "attorney": {"lawyer"}, "lawyer": {"attorney"},
    "advisor": {"adviser"}, "adviser": {"advisor"}, "gop": {"republican"},
    # a head of state or government is "the leader" ("Syrian President Jo Roe" … "the Syrian leader")
    "president": {"leader"}, "minister": {"leader"}, "premier": {"leader"}, "chancellor": {"leader"},
    "king": {"leader"}, "queen": {"leader"}, "dictator": {"leader"},
}
#: the presidents of the United States a story may call "the president" without ever giving
#: them the title (by the surname the alias table keeps): the one the story names most
_PRESIDENTS = {"Trump", "Obama", "Biden"}
#: a party's nominee for the presidency, said of someone: the story is of a campaign
_NOMINEE = re.compile(r"\b(?:Republican|Democratic|GOP|[Pp]residential)\s+(?:[Pp]residential\s+)?nominee")
#: the abbreviations news style gives US states after a name ("Sen. Jo Roe, R-Ariz.")
_STATES = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
    "ind": "indiana", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland",
    "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri",
    "mont": "montana", "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire", "n.j": "new jersey",
    "n.m": "new mexico", "n.y": "new york", "n.c": "north carolina", "n.d": "north dakota", "okla": "oklahoma",
    "ore": "oregon", "pa": "pennsylvania", "r.i": "rhode island", "s.c": "south carolina", "s.d": "south dakota",
    "tenn": "tennessee", "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington",
    "w.va": "west virginia", "wis": "wisconsin", "wyo": "wyoming"}
#: heads beyond ROLE_NOUNS a description names a person by, when the story introduced someone so
#: ("Jo Roe, a Republican strategist, …" … "the GOP strategist added")
DESCRIPTION_HEADS = ROLE_NOUNS | {
    "strategist", "adviser", "advisor", "aide", "analyst", "consultant", "pollster", "professor", "historian",
    "economist", "activist", "counsel", "nominee", "legislator", "assemblyman", "assemblywoman", "admiral",
    "columnist", "commentator", "host", "anchor", "correspondent", "negotiator", "investigator", "inspector",
    "publisher", "owner", "businessman", "businesswoman", "billionaire", "entrepreneur", "physician",
    "surgeon", "scientist", "researcher", "scholar", "author", "novelist", "actor", "actress", "singer",
    "rapper", "comedian", "coach", "quarterback", "athlete", "pastor", "priest", "rabbi", "imam", "bishop",
    "cardinal", "archbishop", "detective", "trooper", "marshal", "warden", "auditor", "treasurer",
    "comptroller", "clerk", "manager", "president-elect", "lobbyist", "organizer", "veteran", "whistleblower",
}
#: what a story calls a named storm after naming it ("Typhoon Mangkhut … the storm", "the super-typhoon")
_STORM_WORDS = {"storm", "hurricane", "typhoon", "super-typhoon", "cyclone", "tornado"}
_STORM_NAME = re.compile(r"\b((?:[Tt]ropical |[Ss]uper[- ])?(?:[Ss]torm|Hurricane|[Tt]yphoon|Cyclone))\s+([A-Z][a-z]+)\b")
#: heads of an epithet for a person the story is about ("the retired neurosurgeon", "the
#: subdued doctor"); no offices ("the press secretary" holds one the story has not named), no
#: kin words ("the father" is someone else's)
_EPITHET_HEADS = {
    "businessman", "businesswoman", "billionaire", "entrepreneur", "physician", "surgeon", "scientist", "scholar",
    "author", "novelist", "actor", "actress", "singer", "rapper", "comedian", "athlete", "veteran", "nominee",
    "president-elect", "doctor", "neurosurgeon", "mogul", "tycoon", "star", "politician", "jurist", "populist", "firebrand",
    "incumbent", "challenger", "front-runner", "frontrunner", "hopeful", "contender", "newcomer", "maverick",
    "conservative", "liberal", "progressive", "moderate", "centrist", "dealmaker", "developer"}
#: heads an acronym's long form names an agency by ("the bureau" after "the FBI"); not "the
#: state" or "the party", which stand for more than one thing in a story
_AGENCY_HEADS = {"agency", "bureau", "department", "administration", "service", "commission"}
GENERIC_ORG_HEADS = {"agency", "department", "bureau", "administration", "office", "service",
                     "company", "firm", "organization", "organisation", "group", "committee",
                     "court", "commission", "council", "board", "campaign", "party", "union",
                     "ministry", "government", "city", "county", "state", "network", "paper"}


#: a sentence's end inside a run of capitalised words: after an acronym or a word ("… by the FBI.
#: The agency …", "… of Investigation. The …"), not after an initial or a short abbreviation
_NEXT_SENTENCE = re.compile(r"(?:(?<=[A-Z]{2})|(?<=[a-z]{3}))[.!?]\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bSt)(?<!\bJr)[.!?]\s+(?=[A-Z])")  # (not "U.S. Circuit")
#: words a story calls a body by, grouped with the ones that stand for the same ("EMILY's List,
#: a political organization …" is "the group" later)
_BODY_KIND_SETS = [{"group", "organization", "organisation", "nonprofit", "non-profit", "coalition", "association"},
                   {"company", "firm", "corporation", "business", "retailer", "manufacturer", "maker", "startup",
                    "giant", "chain", "carrier", "airline", "automaker", "bank", "insurer", "publisher"},
                   {"committee", "panel"}, {"agency", "office", "department", "bureau", "administration"},
                   {"union"}, {"network", "outlet", "newspaper", "paper", "publication", "site", "website"}]
_BODY_KINDS = {w: ks for ks in _BODY_KIND_SETS for w in ks}
#: heads a body's own name ends in, that stand for it alone after the story has named it ("the
#: Tax Policy Center recommends …" … "the center notes"): as GENERIC_ORG_HEADS, by name only
_NAMED_BODY_HEADS = {"center", "centre", "institute", "foundation", "association", "coalition", "university"}


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
        self._raw_roles: dict[int, set[str]] = {}  # (the same, without the synonyms)
        self._titles: dict[int, str] = {}  # person start -> title words inside its entity
        #: (start, name, kind words) of bodies introduced with a description ("EMILY's List, a
        #: political organization that …"): what "the group" may later stand for
        self._described_bodies: list[tuple[int, str, set[str]]] = []
        acr: dict[str, str] = {}
        for ent in entities(doc, ents):
            if ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
                self.orgs.append((ent.start_char, clean(ent.text)))
                if ent.label_ == "ORG":
                    kinds = self._body_kinds(ent.end_char)
                    if kinds:
                        self._described_bodies.append((ent.start_char, clean(ent.text), kinds))
            elif ent.label_ == "PERSON":
                self.people.append((ent.start_char, _HON.sub("", clean(ent.text))))
                self._person_spans.append((ent.start_char, ent.end_char, self.people[-1][1]))
                title = clean(ent.text)[:-len(self.people[-1][1])] if self.people[-1][1] else ""
                if title.strip():
                    # "Attorney General William Barr" as one entity: its title is a role
                    self._titles[ent.start_char] = title
        text = doc.text
        # NER often splits long agency names ("U.S. Immigration" + "Customs Enforcement")
        for m in re.finditer(r"\b[A-Z][\w.’'-]+(?:\s+(?:(?:of|and|for|on|the)\s+)*[A-Z][\w.’'-]+){1,7}", text):
            name = clean(_NEXT_SENTENCE.split(m.group())[0])  # ("the FBI. The agency": the FBI)
            if name in KNOWN and m.group() != name and not any(o[0] == m.start() for o in self.orgs):
                self.orgs.append((m.start(), name))  # (a known acronym NER left out)
            if len(name.split()) >= 2 and not is_acronym(name):
                self.orgs.append((m.start(), name))
                kinds = self._body_kinds(m.end()) if not any(p[0] == m.start() for p in self._person_spans) else set()
                if kinds and not any(b[0] == m.start() for b in self._described_bodies):
                    self._described_bodies.append((m.start(), name, kinds))
        self.orgs.sort()
        self._described_bodies.sort()
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

    def _body_kinds(self, end: int) -> set[str]:
        """The kind of body an apposition right after an organisation's name calls it
        ("Acme, a Denver software company, …": company), with its synonyms; empty if none."""
        m = _APPOS_LONG.match(self.text, end) or _APPOS.match(self.text, end)
        if not m:
            return set()
        head = re.sub(r"['’]s$", "", m.group(1).split()[-1].lower())
        return _BODY_KINDS.get(head, set())

    # --- descriptions: "the state's top cop" → Xavier Becerra ----------------------
    def _role_words(self, start: int, end: int) -> set[str]:
        """Lower-case words of the title before a person's name ("state Attorney General
        Xavier Becerra", "U.S. District Judge Dana Sabraw") and of an apposition after it
        ("Ro Khanna, the congressman from …,")."""
        got = self._roles.get(start)
        if got is not None:
            return got
        words: list[str] = []
        before = [w for w in reversed(self.text[max(0, start - 60):start].split())]
        for k, w in enumerate(before):
            bare = w.strip(".")
            if bare == "of" and words and before[k - 1][:1].isupper() and k + 1 < len(before) \
                    and before[k + 1].strip(".").lower() in ROLE_NOUNS and before[k + 1][:1].isupper():
                continue  # ("Secretary of State Jo Roe", "Director of National Intelligence Al Doe")
            if not bare or not re.fullmatch(r"[A-Za-z][\w.'’-]*", w) or bare.lower() in _ROLE_STOP:
                break
            words.append(re.sub(r"['’]s$", "", bare.lower()))
            if len(words) >= 5:
                break
        m = _APPOS.match(self.text, end) or _APPOS_LONG.match(self.text, end)
        if m:
            words += [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", m.group(1))]
        words += [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", self._titles.get(start, ""))]
        got = set(words)
        if "leader" in got or "whip" in got or "speaker" in got:
            # "Senate Minority Leader Jo Roe" is a senator; "House Majority Leader Al Doe" a representative
            got |= {"senator", "lawmaker"} if "senate" in got else \
                {"representative", "congressman", "congresswoman", "lawmaker"} if "house" in got else set()
        for w in words:
            got |= _ROLE_SYNONYMS.get(w, set())
            if w.startswith("co-"):
                got.add(w[3:])  # (a co-founder is a founder)
        self._roles[start] = got
        self._raw_roles[start] = set(words)
        return got

    def describe(self, name: str, offset: int | None) -> str | None:
        """`_describe`, else, for an epithet ("the retired neurosurgeon", "the presumptive
        Democratic nominee": a modified description of one whom the story never titled so), the
        person the story is about at that point (`_topical`)."""
        if offset is None or not self._person_spans:
            return None
        found = self._describe(name, offset)
        if found is not None:
            return found
        words = name.strip(" ,").split()
        head = re.sub(r"['’]s$", "", words[-1])
        if 3 <= len(words) <= 5 and words[0].lower() == "the" and not head.endswith("s") and head in _EPITHET_HEADS \
                and all(w.islower() and not re.search(r"['’]s?$", w) for w in words[1:]):
            # (not one with a name in it, "the Iowa Republican": that says whom, and may say another;
            # nor someone's: "the department's inspector general")
            return self._topical(offset)
        return None

    def _topical(self, offset: int) -> str | None:
        """The person most named before `offset` (at least twice, and more than any other),
        provided the last 1,500 characters name them."""
        counts: dict[str, int] = {}
        near = set()
        for ps, pe, pn in self._person_spans:
            if pe > offset:
                break
            c = self.canonical(pn)
            counts[c] = counts.get(c, 0) + 1
            if offset - ps < 1500:
                near.add(c)
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        top = max(counts, key=counts.get)
        if ranked[0] < 2 or len(ranked) > 1 and ranked[1] == ranked[0] or top not in near:
            return None
        return top

    def _describe(self, name: str, offset: int | None) -> str | None:
        """The person a description stands for: 'the sheriff' → the latest person before
        it introduced as a sheriff; else the first person named as a <head> within the next
        ~1,000 characters ("A federal judge said … U.S. District Judge Dana Sabraw"); a
        description opening its line ("The state's top cop issued …") also takes the first
        titled person named soon after it (the lede names them in the next paragraph)."""
        if offset is None or not self._person_spans:
            return None
        words = name.strip(" ,").split()
        if 1 <= len(words) <= 3 and words[0].lower() not in ("the", "a", "an") and all(w[:1].isupper() for w in words[:1]) \
                and re.sub(r"['’]s?$", "", words[-1]).lower() in DESCRIPTION_HEADS:
            return self._bare_title(words, offset, offset + len(name.rstrip()))
        if len(words) < 2 or words[0].lower() not in ("the", "a", "an") or len(words) > 6:
            return None
        head = re.sub(r"['’]s?$", "", words[-1]).lower()
        head = head[3:] if head.startswith("co-") else head
        if head in DESCRIPTION_HEADS and words[0].lower() == "the":
            named = self._named_after(name, offset)
            if named is not None:
                return named
        if head not in DESCRIPTION_HEADS or words[-1][:1].isupper() and not (len(words) == 2 and head in ROLE_NOUNS):
            return None  # (a title capitalised alone is still one: "The Speaker", "the President")
        # capitalised modifiers ("the Ohio senator", "the GOP strategist") must be said of the person
        marks = {w.lower() for w in re.findall(r"[A-Z][\w'’-]*", " ".join(words[1:-1]))}
        if any(w[:1].isupper() for w in words[1:] if w is not words[-1] or head not in ROLE_NOUNS) and (not marks or len(marks) > 2 or words[0].lower() != "the"):
            return None
        named = self._named_after(name, offset)
        if named is not None:
            return named
        former = "former" in {w.lower() for w in words}
        titled = lambda ps, pe: head in self._role_words(ps, pe) and (former or "former" not in self._role_words(ps, pe)) \
            and (marks or head != "president" or not self._foreign(ps, pe)) \
            and (marks or head != "leader" or "leader" in self._raw_roles.get(ps, ()))  # (a leader of where?)
        fits = (lambda ps, pe: titled(ps, pe) and self._marked(marks, ps, pe)) if marks else titled
        before = [p for p in self._person_spans if p[1] <= offset and offset - p[0] < 3000]
        fit = [p for p in reversed(before) if fits(p[0], p[1])]
        if fit and not marks:
            # an unmarked "the secretary" is not one who holds the title in another country
            # ("Secretary of State Jo Roe … British Foreign Secretary Al Doe … the secretary said")
            fit = [p for p in fit if not self._foreign(p[0], p[1])] or fit
        if fit:
            return self.canonical(fit[0][2])
        if marks:
            # "the Ohio senator", "the Republican governor" for the one senator or governor the
            # story has named lately, though it never said the state or party of them
            heads = {self.canonical(pn) for ps, pe, pn in before if titled(ps, pe)}
            if len(heads) > 1:  # (several named so: the one of the last few sentences)
                heads = {self.canonical(pn) for ps, pe, pn in before if titled(ps, pe) and offset - ps < 1000}
            if len(heads) != 1 or any(self._marked(marks, ps, pe) for ps, pe, _ in self._person_spans):
                return None  # (none or several such, or the story said the state or party of someone)
            return heads.pop()
        # introduced long before and still talked of: "President Jo Roe" in the lede, "the
        # president" ten paragraphs on, with Roe named in the last few
        for ps, pe, pn in reversed([p for p in self._person_spans if p[1] <= offset and offset - p[0] >= 3000]):
            if fits(ps, pe):
                last = pn.split()[-1] if pn.split() else ""
                if last and any(p[2].split()[-1:] == [last] for p in before):
                    return self.canonical(pn)
                break
        after = [p for p in self._person_spans if p[0] > offset and p[0] - offset < 1000]
        for ps, pe, pn in after:
            if titled(ps, pe):
                return self.canonical(pn)
        line_start = self.text.rfind("\n", 0, offset) + 1
        if marks:
            return None
        if [w.lower() for w in words] == ["the", "president"] or [w.lower() for w in words] == ["the", "president’s"] \
                or [w.lower() for w in words] == ["the", "president's"]:
            known = self._known_president
            if known is not None:
                return known
        if offset - line_start <= 20 and words[0].lower() == "the" and head in ROLE_NOUNS:
            for ps, pe, pn in after:
                if ps - offset < 700 and self._role_words(ps, pe) & ROLE_NOUNS \
                        and not (head == "president" and self._foreign(ps, pe)):
                    return self.canonical(pn)
        return None

    @functools.cached_property
    def _known_president(self) -> str | None:
        """The US president the story names most often, by surname ("Donald Trump … Trump …
        the president said"), when it names any and speaks of no party's nominee: "the
        president" of a US story is them. (Once per article: the whole text is searched.)"""
        if _NOMINEE.search(self.text):
            return None  # (a campaign story: "the president" may be one the story never names)
        counts: dict[str, int] = {}
        for _, p in self.people:
            last = p.split()[-1] if p.split() else ""
            if last in _PRESIDENTS:
                counts[last] = counts.get(last, 0) + 1
        if not counts:
            return None
        top = max(counts, key=counts.get)
        if sum(1 for v in counts.values() if v == counts[top]) > 1:
            return None  # (as often one as the other: no telling)
        return self.canonical(top)

    def _storm(self, offset: int) -> str | None:
        """The storm the story named last before `offset` ("Typhoon Mangkhut … the storm")."""
        found = None
        for m in _STORM_NAME.finditer(self.text, max(0, offset - 5000), offset):
            found = m
        return f"{found.group(1).split()[-1].capitalize()} {found.group(2)}" if found else None

    def _foreign(self, start: int, end: int) -> bool:
        """The person at start…end holds their title in another country ("Russian President Jo
        Roe", "President Jo Roe of Russia"): an unmarked "the president" is not them."""
        for w in reversed(self.text[max(0, start - 40):start].split()):
            if not w[:1].isupper():
                break
            if _NATIONALITY.fullmatch(w.strip(".,")) and w.strip(".,") not in _HOME_WORDS:
                return True
        m = re.match(r",?\s+of\s+([A-Z][a-z]+)", self.text[end:end + 30])
        return bool(m) and m.group(1).lower() not in _STATES.values() and m.group(1) not in _HOME_WORDS

    def _bare_title(self, words: list[str], offset: int, end: int | None = None) -> str | None:
        """'Attorney General Admits …' (a headline), 'Attorney general asserts …' (a subhead):
        a bare title names the person the story gives all of that title, the latest before it
        or else the first after it."""
        title = {re.sub(r"['’]s?$", "", w).lower().strip(".") for w in words}
        if any(p.split()[-1:] == [re.sub(r"['’]s?$", "", words[-1])] for _, p in self.people):
            return None  # ("King said": a surname, not a title)
        if end is not None:
            for ps, pe, pn in self._person_spans:
                if end <= ps <= end + 2:
                    return self.canonical(pn)  # "Justice Jo Roe": the title of the name after it
        before_name = self.text[offset - 40:offset] if offset else ""
        if re.search(r"[A-Z][\w.’'-]*\s*$", before_name) and not re.search(r"[.!?:;\n]\s*$", before_name):
            return None  # ("Former Vice President", a part of a longer title-case name)
        before = [p for p in self._person_spans if p[1] <= offset and offset - p[0] < 3000]
        after = [p for p in self._person_spans if p[0] > offset and p[0] - offset < 1500]
        for ps, pe, pn in list(reversed(before)) + after:
            if title <= self._role_words(ps, pe):
                return self.canonical(pn)
        return None

    def _marked(self, marks: set[str], start: int, end: int) -> bool:
        """Each capitalised word of a description said of the person at start…end: in their
        title or apposition, or right after their name ("Sen. Jo Roe, R-Ohio" for "the Ohio senator")."""
        after = self.text[end:end + 25].split("\n")[0]
        near = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", after)} | self._role_words(start, end)
        near |= {x for w in near for x in _ROLE_SYNONYMS.get(w, ())}
        near |= {w.split("-")[-1] for w in near}  # ("R-Ohio": Ohio)
        near |= {_STATES[w.rstrip(".")] for w in near if w.rstrip(".") in _STATES}  # ("R-Ariz.": Arizona)
        return all(m in near or _ROLE_SYNONYMS.get(m, set()) & near for m in marks)

    def _named_after(self, name: str, offset: int) -> str | None:
        """'the director of national intelligence, Dan Coats, said': the apposition right after
        the description names the person."""
        end = offset + len(name.rstrip())
        for ps, pe, pn in self._person_spans:
            if ps < end:
                continue
            if ps - end > 80:
                break
            gap = self.text[end:ps]
            # (a title may open the apposition: "the third-ranking House Republican, GOP Whip Jo
            # Roe, R-Calif., said"; the name may end the sentence: "according to the mayor, Jo Roe.")
            if re.fullmatch(r"(?:\s+(?:of|in|for|at|on|to|with)\s[^,.;:()“”\"\n]{1,60})?,\s+"
                            r"(?:(?:[A-Z][a-z]+|[A-Z]{2,5})\.?\s+){0,3}", gap) \
                    and re.match(r"\s*(?:,|\(|—|–|\.(?:\s|$))", self.text[pe:pe + 3]):
                return self.canonical(pn)
            break
        return None

    def _canonical(self, name: str, offset: int | None) -> str:
        n = clean(name)
        if not n:
            return name
        if offset is not None and (name[:1] in "TtAa" or name.split()[-1].lower().rstrip("'’s") in DESCRIPTION_HEADS):
            d = self.describe(name, offset)
            if d is not None:
                return d
        if offset is not None and n.lower().split() and (n.lower().split()[-1] in GENERIC_ORG_HEADS or n.lower().split()[-1] in _BODY_KINDS) \
                and len(n.lower().split()) <= 5:
            # "according to China's state news agency, Xinhua.": the apposition names the body
            m = _NAMED_AS.match(self.text, offset + len(name.rstrip()))
            if m:
                return self.canonical(m.group(1))
        if n.split()[0].lower() not in _HOW_MANY:  # ("Most officials" is no "Most")
            m = re.fullmatch(r"(.+?)\s+(?:agents?|officials?|officers?|agency|spokesman|spokeswoman)", n)
            if m and not _NATIONALITY.fullmatch(m.group(1)) and m.group(1).lower() not in _DETERMINERS \
                    and not (n.islower() and n.endswith("agency")):  # ("the federal law enforcement agency")
                # ("American officials" are no "American"; "A spokesman", "his spokesman" no "A" or "his")
                n = m.group(1)
                if re.search(r"['’]s?$", n):
                    # "the senator's spokesman" speaks for the senator: "the senator" as said
                    whose = re.sub(r"['’]s?$", "", name.strip(" ,.;:\"“”"))
                    whose = re.sub(r"\s+\S+$", "", whose)
                    whose = re.sub(r"['’]s?$", "", whose)
                    d = self.describe(whose, offset) if offset is not None and name[:1] in "Tt" else None
                    if d is not None:
                        return d
                    n = clean(n)
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
        if offset is not None and name.lower().startswith("the ") and low.split() and low.split()[-1] in _STORM_WORDS:
            storm = self._storm(offset)
            if storm is not None:
                return storm
        if low.split() and (low.split()[-1] in GENERIC_ORG_HEADS and len(low.split()) <= 2
                            or low.split()[-1] in _AGENCY_HEADS | {"company", "firm"} and len(low.split()) <= 4
                            and n == low and not any(w in _HOW_MANY for w in low.split())
                            or low in _NAMED_BODY_HEADS and n == low) \
                and name.lower().startswith("the ") and offset is not None:
            head = low.split()[-1]
            # "The agency, known as ICE, …", "the department, DHS, …": the apposition names it
            m = _KNOWN_AS.match(self.text, offset + len(name.rstrip()))
            if m:
                return self.canonical(m.group(1))
            kinds = _BODY_KINDS.get(head, {head})
            for off, o, said in reversed(self._described_bodies):
                # "EMILY's List, a political organization that …" … "the group says": the body
                # the story introduced as one, within the last few paragraphs
                if off < offset and offset - off < 3000 and said & kinds:
                    return o
            for off, o in reversed(self.orgs):
                o = _SENTENCE_END.split(o)[0]  # ("… Tax Policy Center. These": the name, not the next sentence)
                # (an acronym by what it stands for: "the bureau" after "the FBI")
                full = (KNOWN.get(o) or self.acronyms.get(o) or o) if is_acronym(o) and head in _AGENCY_HEADS else o
                if off < offset and (head in full.lower() or head == "agency" and not is_acronym(o) and "agency" in o.lower()):
                    return self.canonical(o)
            if head == "agency":
                for off, o in reversed(self.orgs):
                    if off < offset and (is_acronym(o) and (len(o) >= 3 or o in KNOWN) or o in KNOWN.values()
                                         or o in _KNOWN_BARE):
                        return _KNOWN_BARE.get(o) or self.canonical(o)
        return n


#: the well-known bodies' names as `clean` leaves them in the alias table ("U.S. Citizenship and
#: Immigration Services" is found as "Citizenship and Immigration Services")
_KNOWN_BARE = {clean(v): v for v in KNOWN.values()}
