"""The indicators as plain text, for `fieldapp stats` in a terminal."""

from __future__ import annotations

from fieldapp.domain.codelists import codelists
from fieldapp.domain.indicators import NOT_RECORDED, Indicators, Period
from fieldapp.domain.periods import day_text
from fieldapp.reports.blocks import participation


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
        f"  Participations             {participation(ind.participation)}",
        f"  Women                      {_pct(ind.women_share)}  (sex not recorded for {ind.sex_not_recorded})",
        f"  Person-days of training    {ind.person_days:g}",
        f"  Countries reached          {ind.countries_reached}",
        f"  Post-test beats pre-test   {_pct(ind.knowledge_gain_share)}  (mean gain {_num(ind.mean_knowledge_gain, ' points')})",
        f"  Mean satisfaction          {_num(ind.mean_satisfaction)} / 5",
    ]
    cl = codelists()
    # Events, not people: an event for three countries counts once under each.
    for name, title in (
        ("event_type", "Events held by type"),
        ("country", "Events per beneficiary country"),
    ):
        rows = ind.breakdowns.get(name, [])
        if rows:
            lines += ["", f"  {title}:"]
            lines += [
                f"    {cl.country_name(row['key']) if name == 'country' else row['key']:<28} "
                f"{row['events_held']:>5} events"
                for row in rows
            ]
    people = ind.breakdowns.get("nationality", [])
    if people:
        lines += ["", "  Participants by nationality (each person once):"]
        lines += [
            f"    {'Not recorded' if row['key'] == NOT_RECORDED else cl.country_name(row['key']):<28} "
            f"{row['people']:>5} people"
            for row in sorted(people, key=lambda r: (r["key"] == NOT_RECORDED, -r["people"]))
        ]
    return "\n".join(lines)
