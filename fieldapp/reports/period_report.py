"""The period highlights PDF, in the manner of the office's quarterly sheet: headline
figures ("420 individuals trained, 18 workshops organized"), breakdowns by country, outcome,
programme and month with charts, and the list of events.

Every figure comes from `fieldapp.domain.indicators`, the definitions the dashboard, the
CLI and HQ use. Names of participants are printed only when asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldapp.domain.codelists import codelists
from fieldapp.domain.indicators import NOT_RECORDED, Indicators, Period, compute_indicators
from fieldapp.domain.periods import month_text
from fieldapp.reports import blocks, charts, styles
from fieldapp.reports.document import MARGIN, Footer, page_size, write_pdf
from fieldapp.reports.text import para
from fieldapp.store.report_queries import (
    EventListRow,
    held_events,
    people_at_event,
    period_events,
    provenance,
)
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES


def period_title(period: Period) -> str:
    if period.start and period.end:
        return f"From {blocks.long_day(period.start)} to {blocks.long_day(period.end)}"
    if period.start:
        return f"From {blocks.long_day(period.start)}"
    if period.end:
        return f"Up to {blocks.long_day(period.end)}"
    return "All events recorded"


def key_figures(ind: Indicators) -> list[tuple[str, str, str]]:
    """(figure, value, how it is counted), one row per headline indicator."""
    gain = (
        f"{blocks.percent(ind.knowledge_gain_share)} "
        f"(mean gain {blocks.decimal(ind.mean_knowledge_gain, ' points')})"
    )
    return [
        (
            "Individuals trained",
            blocks.count(ind.individuals_trained),
            "distinct people trained at training events, plus head counts",
        ),
        ("Workshops organized", blocks.count(ind.workshops_organized), "held workshops"),
        ("Events held", blocks.count(ind.events_held), "events of every type"),
        (
            "Participations",
            blocks.participation(ind.participation),
            "people registered as participants at held events, plus people counted without names",
        ),
        (
            "Women",
            blocks.percent(ind.women_share),
            f"of individuals trained whose sex is recorded; not recorded: "
            f"{blocks.count(ind.sex_not_recorded)}",
        ),
        ("Person-days of training", blocks.count(ind.person_days), "days attended"),
        (
            "Beneficiary countries reached",
            blocks.count(ind.countries_reached),
            "distinct countries",
        ),
        ("Post-test beats pre-test", gain, "participants with both scores"),
        (
            "Mean satisfaction",
            f"{blocks.decimal(ind.mean_satisfaction)} / 5",
            "participants who rated the event",
        ),
    ]


def _breakdown(
    ind: Indicators, name: str, title: str, width: float, key_label: Any = blocks.label
) -> list[Flowable]:
    rows = ind.breakdowns.get(name, [])
    if not rows:
        return []
    table = blocks.data_table(
        [title, "Events", "Individuals trained", "Participations"],
        [
            (
                key_label(r["key"]),
                blocks.count(r["events_held"]),
                blocks.count(r["individuals_trained"]),
                blocks.count(r["participations"]),
            )
            for r in rows
        ],
        [width - 75 * mm, 20 * mm, 30 * mm, 25 * mm],
        numeric=(1, 2, 3),
    )
    return [blocks.section(f"By {title.lower()}"), table]


def _outcome_label(code: str) -> str:
    titles = {o.code: o.title for o in codelists().outcomes}
    return f"{code} {titles[code]}" if code in titles else code


def _event_list(
    rows: list[EventListRow], width: float, names: dict[str, list[str]] | None
) -> list[Flowable]:
    if not rows:
        return [
            blocks.section("Events"),
            para("No event was held in this period.", styles.BODY),
        ]
    cl = codelists()
    table_rows = []
    for r in rows:
        place = ", ".join(x for x in (r.city, cl.country_name(r.host_country or "")) if x)
        title = r.title
        if names is not None and names.get(r.id):
            title += "\n" + ", ".join(names[r.id])
        table_rows.append(
            (
                blocks.date_range(r.start_date, r.end_date),
                title,
                blocks.label(r.event_type),
                place or "—",
                blocks.participation(r.participation),
            )
        )
    table = blocks.data_table(
        ["Dates", "Event", "Type", "Place", "Participants"],
        table_rows,
        [30 * mm, width - 128 * mm, 22 * mm, 30 * mm, 46 * mm],
        numeric=(4,),
    )
    return [blocks.section(f"Events ({len(rows):,})"), table]


def build_period_story(
    ind: Indicators,
    events: list[EventListRow],
    *,
    office: str,
    period: Period,
    names: dict[str, list[str]] | None = None,
) -> list[Flowable]:
    width = page_size()[0] - 2 * MARGIN
    story: list[Flowable] = [
        para("Capacity-building highlights", styles.TITLE),
        para(f"{office} · {period_title(period)}", styles.SUBTITLE),
        blocks.tiles(
            [
                (blocks.count(ind.individuals_trained), "Individuals trained"),
                (blocks.count(ind.workshops_organized), "Workshops organized"),
                (blocks.percent(ind.women_share), "Women"),
                (blocks.count(ind.countries_reached), "Countries reached"),
            ],
            width,
        ),
        Spacer(1, 4 * mm),
        blocks.section("Key figures"),
        blocks.data_table(
            ["Figure", "Value", "Counted as"],
            key_figures(ind),
            [50 * mm, 50 * mm, width - 100 * mm],
        ),
    ]
    months = [
        (month_text(r["key"]), r["individuals_trained"]) for r in ind.breakdowns.get("month", [])
    ]
    if months:
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4 * mm),
                    charts.column_chart(months, title="Individuals trained by month", width=width),
                ]
            )
        )
    by_type = [(blocks.label(r["key"]), r["events_held"]) for r in ind.breakdowns["event_type"]]
    sex_age = _sex_age_rows(ind)
    if by_type:
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4 * mm),
                    charts.bar_chart(by_type, title="Events held by type", width=width),
                ]
            )
        )
    if sex_age:
        story += [
            blocks.section("Individuals trained by sex and age band"),
            blocks.data_table(
                ["Sex", "Age band", "Individuals trained"],
                sex_age,
                [50 * mm, 50 * mm, 40 * mm],
                numeric=(2,),
            ),
        ]
    cl = codelists()
    # An event for three countries counts once under each: these are events, not people.
    countries = sorted(
        ind.breakdowns.get("country", []), key=lambda r: (-r["events_held"], r["key"])
    )
    if countries:
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4 * mm),
                    charts.bar_chart(
                        [(cl.country_name(r["key"]), r["events_held"]) for r in countries[:15]],
                        title="Events per beneficiary country"
                        + (" (the 15 with most events)" if len(countries) > 15 else ""),
                        width=width,
                    ),
                ]
            )
        )
        story += [
            blocks.section("Events per beneficiary country"),
            para(
                "An event held for several countries counts once under each of them.",
                styles.BODY,
            ),
            blocks.data_table(
                ["Beneficiary country", "Events"],
                [(cl.country_name(r["key"]), blocks.count(r["events_held"])) for r in countries],
                [width - 30 * mm, 30 * mm],
                numeric=(1,),
            ),
        ]
    story += _nationalities(ind, width)
    story += _breakdown(ind, "outcome", "Outcome", width, _outcome_label)
    story += _breakdown(ind, "programme", "Programme", width)
    story += _breakdown(ind, "month", "Month", width, month_text)
    org_types = ind.breakdowns.get("organization_type", [])
    if org_types:
        story += [
            blocks.section("Individuals trained by organization type"),
            blocks.data_table(
                ["Organization type", "Individuals trained"],
                [
                    (blocks.label(r["key"]), blocks.count(r["individuals_trained"]))
                    for r in org_types
                ],
                [width - 40 * mm, 40 * mm],
                numeric=(1,),
            ),
        ]
    story += _event_list(events, width, names)
    return story


def _nationalities(ind: Indicators, width: float) -> list[Flowable]:
    """People per nationality, each once over the period, most first; "Not recorded" last."""
    rows = ind.breakdowns.get("nationality", [])
    if not rows and not ind.participations_counted:
        return []
    cl = codelists()
    known = sorted(
        ((cl.country_name(r["key"]), r["people"]) for r in rows if r["key"] != NOT_RECORDED),
        key=lambda x: (-x[1], x[0]),
    )
    unknown = sum(r["people"] for r in rows if r["key"] == NOT_RECORDED)
    lines = [(name, blocks.count(n)) for name, n in known]
    if unknown:
        lines.append(("Not recorded", blocks.count(unknown)))
    note = "People registered as participants at the period's events, each counted once."
    if ind.participations_counted:
        note += (
            f" The {blocks.count(ind.participations_counted)} people counted without names "
            "have no nationality recorded and are not in this table."
        )
    story: list[Flowable] = [blocks.section("Participants by nationality"), para(note, styles.BODY)]
    if lines:
        story.append(
            blocks.data_table(
                ["Nationality", "People"], lines, [width - 30 * mm, 30 * mm], numeric=(1,)
            )
        )
    return story


def _sex_age_rows(ind: Indicators) -> list[tuple[str, str, str]]:
    return [
        (
            blocks.label(r["sex"]),
            blocks.label(r["age_band"]),
            blocks.count(r["individuals_trained"]),
        )
        for r in ind.breakdowns.get("sex_age", [])
    ]


def write_period_report(
    store: Store, period: Period, output: Path, *, names: bool = False
) -> Indicators:
    """Compute and write the period highlights; returns the figures it printed."""
    with store.engine.connect() as conn:
        ind = compute_indicators(conn, INDICATOR_TABLES, period)
        events = period_events(conn, period)
        source = provenance(conn, held_events(period))
        who = (
            {
                r.id: [p.full_name for p in people_at_event(conn, r.id, participants_only=True)]
                for r in events
            }
            if names
            else None
        )
    story = build_period_story(
        ind, events, office=store.identity.office_name, period=period, names=who
    )
    write_pdf(
        output,
        story,
        title=f"Capacity-building highlights: {period_title(period)}",
        footer=Footer(store.identity.office_name, source),
    )
    return ind
