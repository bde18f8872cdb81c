"""What an operation changed (after Anki's OpChanges): every write returns a change set, and
the session tells every screen with one signal, so each refreshes only what it shows.

Screens written before the change set compared a word (``what == "participant"``); a change
set still answers such a comparison (``Changes(people=True) == "participant"``) so they keep
working while they move to the flags.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# The words screens used before the change set, and the flag each stands for.
WORDS = {
    "event": "events",
    "participant": "people",
    "attendance": "attendance",
    "settings": "settings",
    "sync": "sync",
}

# What a write of each word may change beyond its own kind: an event is saved whole, with its
# participant list and the people quick-added for it (new in the registry).
ALSO = {"event": ("attendance", "people")}


@dataclass(frozen=True, eq=False)
class Changes:
    """What changed: records of each kind, this computer's settings, HQ's answers."""

    events: bool = False
    people: bool = False
    attendance: bool = False
    settings: bool = False
    sync: bool = False

    @classmethod
    def of(cls, *words: str) -> Changes:
        """The change set a word (or words) of the older screens stands for."""
        unknown = [w for w in words if w not in WORDS]
        if unknown:
            raise ValueError(f"Unknown kind of change: {', '.join(unknown)}")
        flags = {WORDS[w] for w in words} | {f for w in words for f in ALSO.get(w, ())}
        return cls(**dict.fromkeys(flags, True))

    @classmethod
    def coerce(cls, changes: Changes | str) -> Changes:
        """A change set, from one or from a word of the older screens."""
        return changes if isinstance(changes, Changes) else cls.of(changes)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def records(self) -> bool:
        """Records changed: what HQ has not received may have grown, figures may differ."""
        return self.events or self.people or self.attendance or self.sync

    def touches(self, *words: str) -> bool:
        return any(getattr(self, WORDS[w]) for w in words if w in WORDS)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):  # an older screen asking "is it a participant?"
            return self.touches(other)
        if isinstance(other, Changes):
            return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(self))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, f.name) for f in fields(self)))

    def __repr__(self) -> str:
        on = [f.name for f in fields(self) if getattr(self, f.name)]
        return f"Changes({', '.join(on) or 'nothing'})"


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """An operation's result and what it changed."""

    value: T
    changes: Changes = NO_CHANGES


Operation = Callable[[Any], Outcome[Any]]
