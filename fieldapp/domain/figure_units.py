"""The periods whose figures are kept counted (HQ per office, the device for its own office):
all time (``all``), a calendar year (``2025``), a quarter (``2025-Q3``), a month (``2025-07``).

Tallies of different units never add up (a person trained in two months is one person in the
quarter), so each unit is counted, and stored, on its own. Pure: no SQL.
"""

from __future__ import annotations

import calendar
import hashlib
import json
from datetime import date

from fieldapp.domain.codelists import CodeLists, codelists
from fieldapp.domain.indicators import Period

# One more whenever what a stored tally holds, or how it is counted, changes: every stored
# tally is then stale and counted again when next read.
FORMULA = 2  # 2: breakdowns by pillar and by working group
ALL_TIME = "all"


def unit_of(period: Period) -> str | None:
    """The unit ``period`` is exactly (all time, a calendar year, quarter or month), else None."""
    start, end = period.start, period.end
    if start is None and end is None:
        return ALL_TIME
    if start is None or end is None or start.day != 1 or start.year != end.year:
        return None
    if end.day != calendar.monthrange(end.year, end.month)[1]:
        return None
    months = end.month - start.month + 1
    if months == 12:
        return f"{start.year:04d}"
    if months == 3 and start.month % 3 == 1:
        return f"{start.year:04d}-Q{start.month // 3 + 1}"
    if months == 1:
        return f"{start.year:04d}-{start.month:02d}"
    return None


def period_of(unit: str) -> Period:
    """The period a unit stands for (the inverse of `unit_of`)."""
    if unit == ALL_TIME:
        return Period()
    year = int(unit[:4])
    if len(unit) == 4:
        return Period(date(year, 1, 1), date(year, 12, 31))
    if unit[5] == "Q":
        first = 3 * int(unit[6]) - 2
        last = first + 2
    else:
        first = last = int(unit[5:7])
    return Period(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))


def dashboard_units(today: date) -> list[str]:
    """The units a dashboard reads first: all time, this year, this quarter."""
    return [ALL_TIME, f"{today.year:04d}", f"{today.year:04d}-Q{(today.month - 1) // 3 + 1}"]


def lists_digest(lists: CodeLists | None) -> str:
    """What of the code lists a tally depends on (which event types are training), with the
    `FORMULA` it was counted by, as a digest stored beside it."""
    lists = codelists() if lists is None else lists
    basis = {"formula": FORMULA, "training": sorted(lists.training_event_types)}
    return hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()
