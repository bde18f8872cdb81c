"""The indicators as plain text, for `fieldapp stats` in a terminal."""

from __future__ import annotations

from fieldapp.domain.indicators import Indicators, Period
from fieldapp.domain.periods import day_text


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.0f}%"


def _num(value: float | None, unit: str = "") -> str:
    return "n/a" if value is None else f"{value:g}{unit}"


def render(ind: Indicators, office: str, period: Period) -> str:
    start = day_text(period.start) if period.start else "the beginning"
    end = day_text(period.end) if period.end else "today"
    lines = [
        f"{office}: events from {start} to {end}",
        "",
        f"  Individuals trained        {ind.individuals_trained}",
        f"  Workshops organized        {ind.workshops_organized}",
        f"  Events held                {ind.events_held}",
        f"  Participations             {ind.participations}",
        f"  Women                      {_pct(ind.women_share)}  (sex not recorded for {ind.sex_not_recorded})",
        f"  Person-days of training    {ind.person_days:g}",
        f"  Countries reached          {ind.countries_reached}",
        f"  Post-test beats pre-test   {_pct(ind.knowledge_gain_share)}  (mean gain {_num(ind.mean_knowledge_gain, ' points')})",
        f"  Mean satisfaction          {_num(ind.mean_satisfaction)} / 5",
    ]
    for name, title in (
        ("event_type", "Events held by type"),
        ("country", "By beneficiary country"),
    ):
        rows = ind.breakdowns.get(name, [])
        if rows:
            lines += ["", f"  {title}:"]
            lines += [
                f"    {row['key']:<28} {row['events_held']:>5} events"
                + (
                    f"  {row['individuals_trained']:>6} trained"
                    if "individuals_trained" in row
                    else ""
                )
                for row in rows
            ]
    return "\n".join(lines)
