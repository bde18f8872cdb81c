"""Period choices shared by the dashboard and the events filter (no Qt: plain dates)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from fieldapp.domain.indicators import Period


def quarter_of(day: date) -> Period:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = date(day.year + (first_month + 3 > 12), (first_month + 2) % 12 + 1, 1)
    return Period(start, date.fromordinal(end.toordinal() - 1))


def month_of(day: date) -> Period:
    after = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return Period(date(day.year, day.month, 1), date.fromordinal(after.toordinal() - 1))


def named_periods(today: date) -> dict[str, Period]:
    """The periods offered in pickers, by their (untranslated) names."""
    this_quarter = quarter_of(today)
    assert this_quarter.start is not None
    last_quarter = quarter_of(date.fromordinal(this_quarter.start.toordinal() - 1))
    this_month = month_of(today)
    assert this_month.start is not None
    return {
        "This month": this_month,
        "Last month": month_of(date.fromordinal(this_month.start.toordinal() - 1)),
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


# Dates are written one way, in the UI and the PDFs: "10 Nov 2026", "10–12 Nov 2026",
# "Nov 2026". The UI passes its language's month names (`fieldapp.ui.labels`); the PDFs,
# written in English, use these. ISO dates stay in file names and exports only.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_text(day: date, months: Sequence[str] = MONTHS) -> str:
    return f"{day.day} {months[day.month - 1]} {day.year}"


def range_text(start: date, end: date, months: Sequence[str] = MONTHS) -> str:
    """'3 Mar 2026', '3–5 Mar 2026', '28 Feb – 2 Mar 2026', '30 Dec 2025 – 2 Jan 2026'."""
    if start == end:
        return day_text(start, months)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{day_text(end, months)}"
    if start.year == end.year:
        return f"{start.day} {months[start.month - 1]} – {day_text(end, months)}"
    return f"{day_text(start, months)} – {day_text(end, months)}"


def month_text(key: str, months: Sequence[str] = MONTHS) -> str:
    """A month as the indicators key it ('2026-11') written for a reader: 'Nov 2026'."""
    year, month = key.split("-")[:2]
    return f"{months[int(month) - 1]} {year}"
