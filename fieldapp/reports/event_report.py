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
from fieldapp.domain.wording import ENGLISH, Wording
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


def place_of(event: dict[str, Any], w: Wording = ENGLISH) -> str:
    country = w.country(event["host_country"]) if event["host_country"] else ""
    return blocks.joined(w, [event["venue"] or "", event["city"] or "", country])


def details(w: Wording, event: dict[str, Any], tags: EventTags) -> list[tuple[str, str]]:
    cl = codelists()
    outcomes = {o.code: o.title for o in cl.outcomes}
    pillars = {p.code: p.title for p in cl.pillars}

    def joined(values: list[str], names: dict[str, str] | None = None) -> str:
        return (
            blocks.series(
                w,
                [
                    f"{v} {w.label(names[v])}" if names and v in names else w.label(v)
                    for v in values
                ],
            )
            or "—"
        )

    def given(value: str | None) -> str:
        return w.label(value) if value else "—"

    return [
        (w.gettext("Type"), blocks.label(w, event["event_type"])),
        (w.gettext("Modality"), blocks.label(w, event["modality"])),
        (w.gettext("Dates"), w.day_range(event["start_date"], event["end_date"])),
        (w.gettext("Place"), place_of(event, w) or "—"),
        (w.gettext("Status"), blocks.label(w, event["status"])),
        (
            w.gettext("Beneficiary countries"),
            blocks.series(w, [w.country(c) for c in tags.beneficiary_countries]) or "—",
        ),
        (w.gettext("Programme"), given(event["programme"])),
        (w.gettext("Outcomes"), joined(tags.outcomes, outcomes)),
        (w.gettext("GCTS pillars"), joined(tags.pillars, pillars)),
        (w.gettext("Working group"), given(event["working_group"])),
        (w.gettext("Partners"), joined(tags.partners)),
        (w.gettext("Donors"), joined(tags.donors)),
        (w.gettext("Language"), event["language"] or "—"),
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
    w: Wording, rows: list[dict[str, Any]], parts: Participation, width: float
) -> list[Flowable]:
    if not rows:
        return [
            blocks.section(w, w.gettext("Participation")),
            blocks.body(
                w, w.gettext("No participant or head count is recorded for this event yet.")
            ),
        ]
    bands, grid = _matrix(rows)
    total = sum(r["n"] for r in rows)
    header = [w.gettext("Sex"), *[blocks.label(w, b) for b in bands], w.gettext("Total")]
    body = [
        (blocks.label(w, s), *[blocks.count(w, n) for n in ns], blocks.count(w, sum(ns)))
        for s, ns in grid
    ]
    body.append(
        (
            w.gettext("Total"),
            *[blocks.count(w, sum(ns[i] for _, ns in grid)) for i in range(len(bands))],
            blocks.count(w, total),
        )
    )
    first = 30 * mm
    rest = (width - first) / (len(bands) + 1)
    by_org: dict[str, int] = defaultdict(int)
    for r in rows:
        by_org[r["org_type"]] += r["n"]
    by_sex = [(blocks.label(w, s), sum(ns)) for s, ns in grid]
    by_type = sorted(((blocks.label(w, k), n) for k, n in by_org.items()), key=lambda x: -x[1])
    heading = w.gettext("Participants: {participation}").format(
        participation=blocks.participation(w, parts)
    )
    return [
        blocks.section(w, heading),
        blocks.data_table(
            w, header, body, [first] + [rest] * (len(bands) + 1), numeric=range(1, len(bands) + 2)
        ),
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                charts.bar_chart(w, by_sex, title=w.gettext("Participants by sex"), width=width),
                charts.bar_chart(
                    w,
                    by_type,
                    title=w.gettext("Participants by organization type"),
                    width=width,
                    label_width=130,
                ),
            ]
        ),
    ]


def _results(w: Wording, ind: Indicators, status: str) -> list[Flowable]:
    if status != EventStatus.HELD.value:
        return [
            blocks.section(w, w.gettext("Results")),
            blocks.body(
                w,
                w.gettext("This event is {status}: the office's figures count held events only.")
                .format(status=w.label(status)),
            ),
        ]  # fmt: skip
    women = w.gettext("{share} (sex not recorded: {n})").format(
        share=blocks.percent(w, ind.women_share), n=blocks.count(w, ind.sex_not_recorded)
    )
    rows = [
        (w.gettext("Individuals trained"), blocks.count(w, ind.individuals_trained)),
        (w.gettext("Participations"), blocks.participation(w, ind.participation)),
        (w.gettext("Women"), women),
        (w.gettext("Person-days of training"), blocks.count(w, ind.person_days)),
        (w.gettext("Post-test beats pre-test"), blocks.gain(w, ind)),
        (w.gettext("Mean satisfaction"), blocks.satisfaction(w, ind)),
    ]
    width = page_size()[0] - 2 * MARGIN
    return [blocks.section(w, w.gettext("Results")), blocks.key_value_table(w, rows, width)]


def _people(w: Wording, people: list[PersonAtEvent], width: float) -> list[Flowable]:
    if not people:
        return []
    heading = w.gettext("People registered ({n})").format(n=blocks.count(w, len(people)))
    return [
        blocks.section(w, heading),
        blocks.data_table(
            w,
            [
                "#",
                w.gettext("Name"),
                w.gettext("Sex"),
                w.gettext("Organization"),
                w.gettext("Position"),
                w.gettext("Role"),
                w.gettext("Completed"),
            ],
            [
                (
                    w.number(i),
                    p.full_name,
                    blocks.label(w, p.sex),
                    p.organization or "—",
                    p.position or "—",
                    blocks.label(w, p.role),
                    blocks.yes_no(w, p.completed),
                )
                for i, p in enumerate(people, 1)
            ],
            [9 * mm, width - 133 * mm, 16 * mm, 38 * mm, 28 * mm, 22 * mm, 20 * mm],
            numeric=(0,),
        ),
    ]


def write_event_report(
    store: Store, event_id: str, output: Path, *, names: bool = False, lang: str = "en"
) -> None:
    """Write one event's summary in ``lang``; participants' names only when ``names``."""
    w = Wording(lang)
    with store.engine.connect() as conn:
        event, tags = event_details(conn, event_id)
        ind = compute_indicators(conn, INDICATOR_TABLES, Period(), event_id=event_id)
        rows = event_participation(conn, INDICATOR_TABLES, event_id)
        parts = participation_of(conn, event_id)
        people = people_at_event(conn, event_id) if names else []
        source = provenance(conn, one_event(event_id))
    width = page_size()[0] - 2 * MARGIN
    office = store.identity.office_name
    subtitle = " · ".join(
        (
            blocks.label(w, event["event_type"]),
            w.day_range(event["start_date"], event["end_date"]),
            place_of(event, w) or office,
        )
    )
    story: list[Flowable] = [
        para(event["title"], styles.TITLE, w.rtl),
        para(subtitle, styles.SUBTITLE, w.rtl),
        blocks.section(w, w.gettext("About the event")),
        blocks.key_value_table(w, details(w, event, tags), width),
    ]
    if event["narrative"]:
        story += [Spacer(1, 2 * mm), blocks.body(w, event["narrative"])]
    story += _results(w, ind, event["status"])
    story += _participation(w, rows, parts, width)
    story += _people(w, people, width)
    write_pdf(output, story, title=event["title"], footer=Footer(office, source, w=w))
