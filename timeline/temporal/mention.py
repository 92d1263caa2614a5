"""The records the tagger hands out: a found mention and a resolved calendar value."""

from __future__ import annotations

import attrs
import pendulum

#: Allowed precisions, coarsest last; "time" is finer than "day", "unknown" for refs/durations.
PRECISIONS = ("time", "day", "week", "month", "quarter", "season", "year", "decade",
              "century", "unknown")
TYPES = ("DATE", "TIME", "DURATION", "SET")


@attrs.frozen
class Resolution:
    """What a rule (or an absolute value) means on the calendar.

    ``earliest``/``latest`` bound the denoted interval (inclusive); either is None when the
    expression is open-ended (PAST_REF) or cannot be placed (no anchor).
    """

    value: str
    earliest: pendulum.Date | None
    latest: pendulum.Date | None
    precision: str


@attrs.frozen
class TimeMention:
    """One temporal expression found in a text.

    ``start``/``end`` are character offsets so that ``text[start:end] == self.text``.
    ``rule`` is set for every mention whose value depends on the publication date; with it,
    :func:`timeline.temporal.resolve` re-dates the mention against any anchor without
    re-running extraction. Absolute mentions (and durations/sets) have ``rule=None``.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    earliest: pendulum.Date | None = None
    latest: pendulum.Date | None = None
    precision: str = "unknown"
    rule: str | None = None
    #: TIMEX3 "mod" for approximations/parts: EARLY, MID, LATE, START, END, APPROX, ...
    mod: str | None = None

    def resolved(self, anchor: pendulum.Date | None) -> "TimeMention":
        """The same mention re-dated against ``anchor`` (no-op for absolute mentions)."""
        if self.rule is None:
            return self
        from .resolve import resolve

        r = resolve(self.rule, anchor)
        return attrs.evolve(self, value=r.value, earliest=r.earliest, latest=r.latest,
                            precision=r.precision)
