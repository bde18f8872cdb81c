"""The indicators as plain text, for `fieldapp stats` in a terminal.

In English, but figures, shares and dates are written by the one formatter (as the English
PDF writes them: "1,127", "41%", "10 Nov 2026"), so the terminal and the PDF agree.
"""

from __future__ import annotations

from fieldapp.domain.indicators import NOT_RECORDED, Indicators, Period
from fieldapp.domain.wording import ENGLISH as W
from fieldapp.reports.blocks import count, decimal, participation, percent


def _counted(n: int, one: str, many: str) -> str:
    return f"{count(W, n):>5} {one if n == 1 else many}"


def render(ind: Indicators, office: str, period: Period) -> str:
    start = W.day(period.start) if period.start else "the beginning"
    end = W.day(period.end) if period.end else "today"
    gain = decimal(W, ind.mean_knowledge_gain)
    lines = [
        f"{office}: events from {start} to {end}",
        "",
        f"  Individuals trained        {count(W, ind.individuals_trained)}",
        f"  Workshops organized        {count(W, ind.workshops_organized)}",
        f"  Events held                {count(W, ind.events_held)}",
        f"  Participations             {participation(W, ind.participation)}",
        f"  Women                      {percent(W, ind.women_share)}  "
        f"(sex not recorded for {count(W, ind.sex_not_recorded)})",
        f"  Person-days of training    {count(W, ind.person_days)}",
        f"  Countries reached          {count(W, ind.countries_reached)}",
        f"  Post-test beats pre-test   {percent(W, ind.knowledge_gain_share)}  "
        f"(mean gain {gain}{'' if ind.mean_knowledge_gain is None else ' points'})",
        f"  Mean satisfaction          {decimal(W, ind.mean_satisfaction)} / 5",
    ]
    # Events, not people: an event for three countries counts once under each.
    for name, title in (
        ("event_type", "Events held by type"),
        ("country", "Events per beneficiary country"),
    ):
        rows = ind.breakdowns.get(name, [])
        if rows:
            lines += ["", f"  {title}:"]
            lines += [
                f"    {W.country(row['key']) if name == 'country' else row['key']:<28} "
                + _counted(row["events_held"], "event", "events")
                for row in rows
            ]
    people = ind.breakdowns.get("nationality", [])
    if people:
        lines += ["", "  Participants by nationality (each person once):"]
        lines += [
            f"    {'Not recorded' if row['key'] == NOT_RECORDED else W.country(row['key']):<28} "
            + _counted(row["people"], "person", "people")
            for row in sorted(people, key=lambda r: (r["key"] == NOT_RECORDED, -r["people"]))
        ]
    return "\n".join(lines)
