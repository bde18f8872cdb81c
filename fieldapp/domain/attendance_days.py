"""Per-day attendance of a multi-day event: a tick per day per attendee.

An attendance's ``days_present`` holds one character per day of its event, Day 1 first:
"1" present, "0" absent ("110" = came on the first two days of three). Its days attended is
the number of "1"s, so indicators keep reading ``days_attended`` and never the ticks.

Days are counted from the event's start: Day 1 is the first day, whatever its date. Moving
both dates keeps every tick on its Day; lengthening the event adds unticked days at its end;
shortening it removes the ticks of the days cut off. An event of one day, or longer than
`MAX_TICKED_DAYS`, has no ticks: days attended are typed.
"""

from __future__ import annotations

from datetime import date, timedelta

MAX_TICKED_DAYS = 31  # beyond a month, a column per day would be unusable: days are typed
PRESENT, ABSENT = "1", "0"


def event_days(start: date, end: date) -> int:
    """How many days an event lasts (0 when the end is before the start)."""
    return max(0, (end - start).days + 1)


def ticked_by_day(days: int) -> bool:
    """Whether an event of ``days`` days records attendance with a tick per day."""
    return 2 <= days <= MAX_TICKED_DAYS


def day_dates(start: date, days: int) -> list[date]:
    return [start + timedelta(days=n) for n in range(days)]


def days_from_ticks(ticks: str) -> float:
    return float(ticks.count(PRESENT))


def shown_ticks(ticks: str | None, days_attended: float | None, days: int) -> str | None:
    """The ticks to show for an attendance: its own, or for one recorded before ticks, every
    day when it attended the whole event (no days given, or all of them); None when that
    cannot be told (a part of the event, typed)."""
    if ticks is not None:
        return refit(ticks, days)
    if days_attended is None or days_attended >= days:
        return PRESENT * days
    return None


def refit(ticks: str, days: int) -> str:
    """``ticks`` for an event now ``days`` long: cut at its end, or unticked days added."""
    return (ticks + ABSENT * days)[:days]


def ticks_problem(ticks: str) -> bool:
    """True when ``ticks`` holds anything but "0" and "1", or nothing."""
    return not ticks or set(ticks) - {PRESENT, ABSENT} != set()
