"""The product's records: articles, news events and the parts they are made of.

Everything here is a frozen attrs class that knows nothing of storage; the JSON shape
lives in `timeline.serialize`. Offsets (`Span`) always index the owning article's
stored `text`, so `article.text[span.start:span.end]` is the evidence, exactly.
"""

from __future__ import annotations

import hashlib
from typing import Optional

import pendulum
from attrs import field, frozen, validators

#: Kinds of news event, in the words a timeline editor uses.
EVENT_KINDS = (
    "announcement",  # an organisation or official announces something
    "operation",  # raid, sweep, deployment: planned or carried out
    "arrests",  # people arrested, detained, deported
    "law",  # bill introduced, passed, signed, taking effect
    "court",  # lawsuit, ruling, injunction, appeal
    "statement",  # a quote or reported speech
    "letter",  # a letter sent
    "report",  # a media report, released document, list or statistic
    "policy",  # an order, memo, agreement, detainer policy
    "other",
)

#: How sure we are that an event happened as stated.
EVENT_STATUSES = ("occurred", "planned", "claimed")

#: Where an event's date came from.
DATE_BASES = ("explicit", "relative", "publication", "correction", "unknown")

#: How precisely a date is known, finest first.
PRECISIONS = ("time", "day", "week", "month", "season", "quarter", "year", "decade", "century", "unknown")


def sha256_hex(text: str) -> str:
    """Hex sha256 of UTF-8 text: the identity of an article and the seed of other ids."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _non_negative(instance, attribute, value):
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@frozen(order=True)
class Span:
    """A half-open character range [start, end) into an article's text."""

    start: int = field(validator=[validators.instance_of(int), _non_negative])
    end: int = field(validator=[validators.instance_of(int)])

    def __attrs_post_init__(self):
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")

    def slice(self, text: str) -> str:
        """The words this span points at."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@frozen
class Article:
    """A news article as stored: its text is the reference every offset points into.

    `id` is the sha256 of `text`, so the same text always has the same identity and
    adding it twice adds nothing.
    """

    text: str = field(validator=validators.instance_of(str))
    title: str = ""
    published: Optional[pendulum.Date] = None
    source: Optional[str] = None
    url: Optional[str] = None
    origin: Optional[str] = None
    id: str = field()

    @id.default
    def _id_from_text(self) -> str:
        return sha256_hex(self.text)

    @id.validator
    def _check_id(self, attribute, value):
        if value != sha256_hex(self.text):
            raise ValueError("article id must be the sha256 of its text")

    @classmethod
    def from_text(cls, text: str, **metadata) -> "Article":
        """Build an article whose title, unless given, is its first non-empty line."""
        title = metadata.pop("title", None) or first_line(text)
        return cls(text=text, title=title, **metadata)


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


@frozen
class When:
    """When a news event happened, as precisely as the text allows.

    `value` is TIMEX3-style (`2018-01-17`, `2018-01`, `2018-W03`, `XXXX-10` …);
    `earliest`/`latest` bound the interval it denotes (None while unresolved);
    `rule` is the temporal tagger's resolution rule for relative expressions, kept so a
    later publication date can re-resolve the date without re-running extraction.
    """

    value: str
    precision: str = field(validator=validators.in_(PRECISIONS))
    basis: str = field(validator=validators.in_(DATE_BASES))
    earliest: Optional[pendulum.Date] = None
    latest: Optional[pendulum.Date] = None
    span: Optional[Span] = None
    text: Optional[str] = None
    rule: Optional[str] = None

    @classmethod
    def unknown(cls) -> "When":
        return cls(value="XXXX", precision="unknown", basis="unknown")

    @classmethod
    def publication(cls, published: Optional[pendulum.Date]) -> "When":
        """The fallback date: the article's own publication day (or unknown)."""
        if published is None:
            return cls(value="XXXX-XX-XX", precision="unknown", basis="publication", rule="publication")
        return cls(
            value=published.to_date_string(),
            precision="day",
            basis="publication",
            earliest=published,
            latest=published,
            rule="publication",
        )


@frozen
class Actor:
    """Who acted, as named in the text, with the canonical name shared by its aliases."""

    name: str
    canonical: str
    span: Optional[Span] = None
    kind: Optional[str] = None  # person, organisation, government, place …


@frozen
class Attribution:
    """Who says so.

    `speaker_span` is the words naming the source at the cue (it may be a pronoun,
    "he said"); `speaker` is the resolved name. `chain` keeps second-hand claims
    ("a source" → "the Chronicle"), nearest teller first.
    """

    speaker: Optional[str] = None
    role: Optional[str] = None
    speaker_span: Optional[Span] = None
    cue: Optional[Span] = None
    content: Optional[Span] = None
    direct: bool = False
    outlet: Optional[str] = None
    chain: tuple[str, ...] = ()


@frozen
class Quantity:
    """A stated number: 1,500 targeted, 101 arrested."""

    value: float
    text: str
    span: Span
    unit: Optional[str] = None  # people, arrests, dollars, percent …


@frozen
class Place:
    name: str
    span: Span


@frozen
class Event:
    """A news event: something that happened in the world, with the words it came from."""

    id: str
    article_id: str
    kind: str = field(validator=validators.in_(EVENT_KINDS))
    headline: str
    sentence: Span
    trigger: Span
    when: When
    status: str = field(default="occurred", validator=validators.in_(EVENT_STATUSES))
    actors: tuple[Actor, ...] = ()
    attribution: Optional[Attribution] = None
    quote: Optional[str] = None
    places: tuple[Place, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    confidence: float = 0.5
    from_headline: bool = False
    extractor: str = ""

    def spans(self) -> list[Span]:
        """Every span this event claims, for provenance checks."""
        found = [self.sentence, self.trigger]
        found += [a.span for a in self.actors if a.span]
        if self.attribution:
            a = self.attribution
            found += [s for s in (a.speaker_span, a.cue, a.content) if s]
        found += [p.span for p in self.places] + [q.span for q in self.quantities]
        if self.when.span:
            found.append(self.when.span)
        return found


def event_id(article_id: str, trigger: Span, kind: str) -> str:
    """Deterministic id: same article, same trigger, same kind -> same id."""
    return sha256_hex(f"{article_id}:{trigger.start}:{trigger.end}:{kind}")[:16]
