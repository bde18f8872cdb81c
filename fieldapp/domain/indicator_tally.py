"""The sums behind the indicators (`Tally`), which add up across offices, and the figures
they give (`finish`).

Every indicator of DESIGN.md §4 is a count, a sum, or a ratio of two of them, over the events
of one office in one period. A person belongs to one office (HQ refuses attendance that names
another office's person), so the distinct counts of two offices' tallies add up too: HQ keeps
one tally per office and period (`sync.hq.aggregates`) and answers any set of offices by
`merge`-ing them, the same figures as counting from scratch (tests say so). The ratios are
kept as their numerator and denominator and divided only in `finish`.

A tally travels as JSON (`to_json` / `from_json`): breakdown keys are strings, and sex x age
rows are kept as "sex|age band".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

# The breakdowns per event label: [events held, individuals trained, participations] per key.
EVENT_GROUPS = (
    "country",
    "outcome",
    "pillar",
    "programme",
    "working_group",
    "month",
    "quarter",
)
_SEP = "|"


@dataclass
class Tally:
    """The additive sums of one office (or one event) over one period."""

    trained_named: int = 0  # distinct registered people at training events
    trained_counted: int = 0  # people counted without names at training events
    women: int = 0  # among the individuals trained (both kinds)
    sex_not_recorded: int = 0
    participations_named: int = 0
    participations_counted: int = 0
    person_days: float = 0.0
    with_scores: int = 0  # participants of training events with both scores
    gained: int = 0  # of them, post-test above pre-test
    gain_sum: float = 0.0
    satisfaction_sum: float = 0.0
    satisfaction_n: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)
    sex_age: dict[str, int] = field(default_factory=dict)  # "sex|age band" -> trained
    organization_type: dict[str, int] = field(default_factory=dict)  # -> trained
    nationality: dict[str, int] = field(default_factory=dict)  # -> people
    groups: dict[str, dict[str, list[int]]] = field(
        default_factory=lambda: {name: {} for name in EVENT_GROUPS}
    )

    def add_sex_age(self, sex: str, band: str, n: int) -> None:
        key = f"{sex}{_SEP}{band}"
        self.sex_age[key] = self.sex_age.get(key, 0) + n

    def add_group(self, name: str, key: str, events: int, trained: int, took_part: int) -> None:
        row = self.groups[name].setdefault(key, [0, 0, 0])
        row[0] += events
        row[1] += trained
        row[2] += took_part

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tally:
        groups = {name: dict(data["groups"].get(name, {})) for name in EVENT_GROUPS}
        return cls(**{**data, "groups": groups})


def _add(into: dict[str, int], more: dict[str, int]) -> None:
    for key, n in more.items():
        into[key] = into.get(key, 0) + n


def merge(tallies: Iterable[Tally]) -> Tally:
    """The tally of several offices (or periods of distinct people: never two tallies
    that may count the same person)."""
    out = Tally()
    for t in tallies:
        out.trained_named += t.trained_named
        out.trained_counted += t.trained_counted
        out.women += t.women
        out.sex_not_recorded += t.sex_not_recorded
        out.participations_named += t.participations_named
        out.participations_counted += t.participations_counted
        out.person_days += t.person_days
        out.with_scores += t.with_scores
        out.gained += t.gained
        out.gain_sum += t.gain_sum
        out.satisfaction_sum += t.satisfaction_sum
        out.satisfaction_n += t.satisfaction_n
        _add(out.events_by_type, t.events_by_type)
        _add(out.sex_age, t.sex_age)
        _add(out.organization_type, t.organization_type)
        _add(out.nationality, t.nationality)
        for name in EVENT_GROUPS:
            for key, (events, trained, took_part) in t.groups[name].items():
                out.add_group(name, key, events, trained, took_part)
    return out


def breakdowns(t: Tally) -> dict[str, list[dict[str, Any]]]:
    """The breakdowns as `Indicators.breakdowns` shows them, each sorted by its key."""
    sex_age = sorted((tuple(k.split(_SEP, 1)), n) for k, n in t.sex_age.items())
    out: dict[str, list[dict[str, Any]]] = {
        "sex_age": [{"sex": s, "age_band": b, "individuals_trained": n} for (s, b), n in sex_age],
        "organization_type": [
            {"key": k, "individuals_trained": n} for k, n in sorted(t.organization_type.items())
        ],
        "event_type": [{"key": k, "events_held": n} for k, n in sorted(t.events_by_type.items())],
        "nationality": [{"key": k, "people": n} for k, n in sorted(t.nationality.items())],
    }
    for name in EVENT_GROUPS:
        out[name] = [
            {"key": k, "events_held": ev, "individuals_trained": ind, "participations": par}
            for k, (ev, ind, par) in sorted(t.groups[name].items())
        ]
    return out
