"""Period choices and the one way dates are written."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.indicators import Period
from fieldapp.domain.periods import day_text, month_text, named_periods, range_text


def test_this_month_and_last_month_across_a_year() -> None:
    periods = named_periods(date(2026, 1, 15))
    assert periods["This month"] == Period(date(2026, 1, 1), date(2026, 1, 31))
    assert periods["Last month"] == Period(date(2025, 12, 1), date(2025, 12, 31))
    assert named_periods(date(2028, 3, 3))["Last month"] == Period(
        date(2028, 2, 1), date(2028, 2, 29)
    )


def test_dates_are_written_one_way() -> None:
    assert day_text(date(2026, 11, 10)) == "10 Nov 2026"
    assert range_text(date(2026, 11, 10), date(2026, 11, 12)) == "10–12 Nov 2026"
    assert range_text(date(2026, 2, 28), date(2026, 3, 2)) == "28 Feb – 2 Mar 2026"
    assert range_text(date(2025, 12, 30), date(2026, 1, 2)) == "30 Dec 2025 – 2 Jan 2026"
    assert month_text("2026-11") == "Nov 2026"
    months = (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    )
    assert day_text(date(2026, 2, 1), months) == "1 févr. 2026"
