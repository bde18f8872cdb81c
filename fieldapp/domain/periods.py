"""Period choices shared by the dashboard and the events filter (no Qt: plain dates)."""

from __future__ import annotations

from datetime import date, datetime

from fieldapp.domain.indicators import Period


def quarter_of(day: date) -> Period:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = date(day.year + (first_month + 3 > 12), (first_month + 2) % 12 + 1, 1)
    return Period(start, date.fromordinal(end.toordinal() - 1))


def named_periods(today: date) -> dict[str, Period]:
    """The periods offered in pickers, by their (untranslated) names."""
    this_quarter = quarter_of(today)
    assert this_quarter.start is not None
    last_quarter = quarter_of(date.fromordinal(this_quarter.start.toordinal() - 1))
    return {
        "This quarter": this_quarter,
        "Last quarter": last_quarter,
        "This year": Period(date(today.year, 1, 1), date(today.year, 12, 31)),
        "Last year": Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
        "Last 12 months": Period(date(today.year - 1, today.month, 1), today),
        "All time": Period(None, None),
    }


def local_minute(moment: datetime | None, never: str = "") -> str:
    """A moment in the user's time zone, to the minute (``never`` when there is none)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else never
