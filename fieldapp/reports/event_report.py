"""The event summary PDF: what the event was, who took part (by sex x age band and
organization type, with a chart), what they learnt (test scores), and, when asked for,
the list of participants."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldapp.domain.codelists import codelists
from fieldapp.domain.indicators import (
    Indicators,
    Participation,
    Period,
    compute_indicators,
    event_participation,
)
from fieldapp.domain.records import EventTags
from fieldapp.domain.vocab import EventStatus
from fieldapp.reports import blocks, charts, styles
from fieldapp.reports.document import MARGIN, Footer, page_size, write_pdf
from fieldapp.reports.text import para
from fieldapp.store.report_queries import (
    PersonAtEvent,
    event_details,
    one_event,
    participation_of,
    people_at_event,
    provenance,
)
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES


def place_of(event: dict[str, Any]) -> str:
    country = codelists().country_name(event["host_country"]) if event["host_country"] else ""
    return ", ".join(x for x in (event["venue"], event["city"], country) if x)


def details(event: dict[str, Any], tags: EventTags) -> list[tuple[str, str]]:
    cl = codelists()
    outcomes = {o.code: o.title for o in cl.outcomes}
    pillars = {p.code: p.title for p in cl.pillars}

    def joined(values: list[str], names: dict[str, str] | None = None) -> str:
        return "; ".join(f"{v} {names[v]}" if names and v in names else v for v in values) or "—"

    return [
        ("Type", blocks.label(event["event_type"])),
        ("Modality", blocks.label(event["modality"])),
        ("Dates", blocks.date_range(event["start_date"], event["end_date"])),
        ("Place", place_of(event) or "—"),
        ("Status", blocks.label(event["status"])),
        (
            "Beneficiary countries",
            "; ".join(cl.country_name(c) for c in tags.beneficiary_countries) or "—",
        ),
        ("Programme", event["programme"] or "—"),
        ("Outcomes", joined(tags.outcomes, outcomes)),
        ("GCTS pillars", joined(tags.pillars, pillars)),
        ("Working group", event["working_group"] or "—"),
        ("Partners", joined(tags.partners)),
        ("Donors", joined(tags.donors)),
        ("Language", event["language"] or "—"),
    ]


def _matrix(rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[str, list[int]]]]:
    """Participation as a sex x age band grid (columns: the age bands present)."""
    cl = codelists()
    bands = [b for b in cl.age_bands if any(r["age_band"] == b for r in rows)]
    bands += sorted({r["age_band"] for r in rows} - set(bands))
    cells: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        cells[r["sex"]][r["age_band"]] += r["n"]
    order = [s for s in cl.sexes if s in cells] + sorted(set(cells) - set(cl.sexes))
    return bands, [(s, [cells[s][b] for b in bands]) for s in order]


def _participation(
    rows: list[dict[str, Any]], parts: Participation, width: float
) -> list[Flowable]:
    if not rows:
        return [
            blocks.section("Participation"),
            para("No participant or head count is recorded for this event yet.", styles.BODY),
        ]
    bands, grid = _matrix(rows)
    total = sum(r["n"] for r in rows)
    header = ["Sex", *[blocks.label(b) for b in bands], "Total"]
    body = [
        (blocks.label(s), *[blocks.count(n) for n in ns], blocks.count(sum(ns))) for s, ns in grid
    ]
    body.append(
        (
            "Total",
            *[blocks.count(sum(ns[i] for _, ns in grid)) for i in range(len(bands))],
            blocks.count(total),
        )
    )
    first = 30 * mm
    rest = (width - first) / (len(bands) + 1)
    by_org: dict[str, int] = defaultdict(int)
    for r in rows:
        by_org[r["org_type"]] += r["n"]
    by_sex = [(blocks.label(s), sum(ns)) for s, ns in grid]
    return [
        blocks.section(f"Participants: {blocks.participation(parts)}"),
        blocks.data_table(
            header, body, [first] + [rest] * (len(bands) + 1), numeric=range(1, len(bands) + 2)
        ),
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                charts.bar_chart(by_sex, title="Participants by sex", width=width),
                charts.bar_chart(
                    sorted(((blocks.label(k), n) for k, n in by_org.items()), key=lambda x: -x[1]),
                    title="Participants by organization type",
                    width=width,
                    label_width=130,
                ),
            ]
        ),
    ]


def _results(ind: Indicators, status: str) -> list[Flowable]:
    if status != EventStatus.HELD.value:
        return [
            blocks.section("Results"),
            para(
                f"This event is {status}: the office's figures count held events only.",
                styles.BODY,
            ),
        ]
    rows = [
        ("Individuals trained", blocks.count(ind.individuals_trained)),
        ("Participations", blocks.participation(ind.participation)),
        ("Women", f"{blocks.percent(ind.women_share)} (sex not recorded: {ind.sex_not_recorded})"),
        ("Person-days of training", blocks.count(ind.person_days)),
        (
            "Post-test beats pre-test",
            f"{blocks.percent(ind.knowledge_gain_share)} "
            f"(mean gain {blocks.decimal(ind.mean_knowledge_gain, ' points')})",
        ),
        ("Mean satisfaction", f"{blocks.decimal(ind.mean_satisfaction)} / 5"),
    ]
    width = page_size()[0] - 2 * MARGIN
    return [blocks.section("Results"), blocks.key_value_table(rows, width)]


def _people(people: list[PersonAtEvent], width: float) -> list[Flowable]:
    if not people:
        return []
    return [
        blocks.section(f"People registered ({len(people):,})"),
        blocks.data_table(
            ["#", "Name", "Sex", "Organization", "Position", "Role", "Completed"],
            [
                (
                    i,
                    p.full_name,
                    blocks.label(p.sex),
                    p.organization or "—",
                    p.position or "—",
                    blocks.label(p.role),
                    "yes" if p.completed else "no",
                )
                for i, p in enumerate(people, 1)
            ],
            [9 * mm, width - 133 * mm, 16 * mm, 38 * mm, 28 * mm, 22 * mm, 20 * mm],
            numeric=(0,),
        ),
    ]


def write_event_report(store: Store, event_id: str, output: Path, *, names: bool = False) -> None:
    """Write one event's summary; participants' names only when ``names``."""
    with store.engine.connect() as conn:
        event, tags = event_details(conn, event_id)
        ind = compute_indicators(conn, INDICATOR_TABLES, Period(), event_id=event_id)
        rows = event_participation(conn, INDICATOR_TABLES, event_id)
        parts = participation_of(conn, event_id)
        people = people_at_event(conn, event_id) if names else []
        source = provenance(conn, one_event(event_id))
    width = page_size()[0] - 2 * MARGIN
    office = store.identity.office_name
    story: list[Flowable] = [
        para(event["title"], styles.TITLE),
        para(
            f"{blocks.label(event['event_type'])} · "
            f"{blocks.date_range(event['start_date'], event['end_date'])} · {place_of(event) or office}",
            styles.SUBTITLE,
        ),
        blocks.section("About the event"),
        blocks.key_value_table(details(event, tags), width),
    ]
    if event["narrative"]:
        story += [Spacer(1, 2 * mm), para(event["narrative"], styles.BODY)]
    story += _results(ind, event["status"])
    story += _participation(rows, parts, width)
    story += _people(people, width)
    write_pdf(output, story, title=event["title"], footer=Footer(office, source))
