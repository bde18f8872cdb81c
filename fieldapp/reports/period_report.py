"""The period highlights PDF, in the manner of the office's quarterly sheet: headline
figures ("420 individuals trained, 18 workshops organized"), breakdowns by country, outcome,
programme and month with charts, and the list of events.

Every figure comes from `fieldapp.domain.indicators`, the definitions the dashboard, the
CLI and HQ use. Names of participants are printed only when asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldapp.domain.codelists import codelists
from fieldapp.domain.indicators import (
    NOT_RECORDED,
    Indicators,
    Period,
    compute_indicators,
    finish,
)
from fieldapp.domain.wording import Wording
from fieldapp.reports import blocks, charts, styles
from fieldapp.reports.document import MARGIN, Footer, PageFooter, page_size, render_pdf
from fieldapp.reports.period_source import ListedEvent, PeriodSource, period_events
from fieldapp.reports.text import para
from sync.atomic import write_atomic

if TYPE_CHECKING:  # HQ draws this document too, and has no SQLCipher: the store's modules
    # are imported where the device's document is written
    from fieldapp.store.store import Store


def period_title(w: Wording, period: Period) -> str:
    if period.start and period.end:
        return w.gettext("From {start} to {end}").format(
            start=w.day(period.start), end=w.day(period.end)
        )
    if period.start:
        return w.gettext("From {start}").format(start=w.day(period.start))
    if period.end:
        return w.gettext("Up to {end}").format(end=w.day(period.end))
    return w.gettext("All events recorded")


def key_figures(w: Wording, ind: Indicators) -> list[tuple[str, str, str]]:
    """(figure, value, how it is counted), one row per headline indicator."""
    return [
        (
            w.gettext("Individuals trained"),
            blocks.count(w, ind.individuals_trained),
            w.gettext("distinct people trained at training events, plus head counts"),
        ),
        (
            w.gettext("Workshops organized"),
            blocks.count(w, ind.workshops_organized),
            w.gettext("held workshops"),
        ),
        (
            w.gettext("Events held"),
            blocks.count(w, ind.events_held),
            w.gettext("events of every type"),
        ),
        (
            w.gettext("Participations"),
            blocks.participation(w, ind.participation),
            w.gettext(
                "people registered as participants at held events, plus people counted "
                "without names"
            ),
        ),
        (
            w.gettext("Women"),
            blocks.percent(w, ind.women_share),
            w.gettext("of individuals trained whose sex is recorded; not recorded: {n}").format(
                n=blocks.count(w, ind.sex_not_recorded)
            ),
        ),
        (
            w.gettext("Person-days of training"),
            blocks.count(w, ind.person_days),
            w.gettext("days attended"),
        ),
        (
            w.gettext("Beneficiary countries reached"),
            blocks.count(w, ind.countries_reached),
            w.gettext("distinct countries"),
        ),
        (
            w.gettext("Post-test beats pre-test"),
            blocks.gain(w, ind),
            w.gettext("participants with both scores"),
        ),
        (
            w.gettext("Mean satisfaction"),
            blocks.satisfaction(w, ind),
            w.gettext("participants who rated the event"),
        ),
    ]


def _breakdown(
    w: Wording, ind: Indicators, name: str, title: str, heading: str, width: float,
    key_label: Any = None,
) -> list[Flowable]:  # fmt: skip
    rows = ind.breakdowns.get(name, [])
    if not rows:
        return []
    shown = key_label or (lambda key: blocks.label(w, key))
    table = blocks.data_table(
        w,
        [title, w.gettext("Events"), w.gettext("Individuals trained"), w.gettext("Participations")],
        [
            (
                shown(r["key"]),
                blocks.count(w, r["events_held"]),
                blocks.count(w, r["individuals_trained"]),
                blocks.count(w, r["participations"]),
            )
            for r in rows
        ],
        [width - 75 * mm, 20 * mm, 30 * mm, 25 * mm],
        numeric=(1, 2, 3),
    )
    return [blocks.section(w, heading), table]


def _outcome_label(w: Wording, code: str) -> str:
    titles = {o.code: o.title for o in codelists().outcomes}
    return f"{code} {w.label(titles[code])}" if code in titles else code


def _event_list(
    w: Wording, rows: list[ListedEvent], width: float, names: dict[str, list[str]] | None
) -> list[Flowable]:
    if not rows:
        return [
            blocks.section(w, w.gettext("Events")),
            blocks.body(w, w.gettext("No event was held in this period.")),
        ]
    # Thousands of events share a few hundred date ranges, places and types: each is
    # written once in the reader's language.
    dates = cache(w.day_range)
    kind = cache(lambda code: blocks.label(w, code))
    place = cache(lambda city, country: blocks.joined(w, [city, w.country(country)]) or "—")
    table_rows = []
    for r in rows:
        title = r.title
        if names is not None and names.get(r.id):
            title += "\n" + blocks.joined(w, names[r.id])
        table_rows.append(
            (
                dates(r.start_date, r.end_date),
                title,
                kind(r.event_type),
                place(r.city or "", r.host_country or ""),
                blocks.participation(w, r.participation),
            )
        )
    table = blocks.data_table(
        w,
        [
            w.gettext("Dates"),
            w.gettext("Event"),
            w.gettext("Type"),
            w.gettext("Place"),
            w.gettext("Participants"),
        ],
        table_rows,
        [30 * mm, width - 128 * mm, 22 * mm, 30 * mm, 46 * mm],
        numeric=(4,),
    )
    heading = w.gettext("Events ({n})").format(n=blocks.count(w, len(rows)))
    return [blocks.section(w, heading), table]


def _charts(w: Wording, ind: Indicators, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    months = [
        (w.month(r["key"]), r["individuals_trained"]) for r in ind.breakdowns.get("month", [])
    ]
    if months:
        chart = charts.column_chart(
            w, months, title=w.gettext("Individuals trained by month"), width=width
        )
        story.append(KeepTogether([Spacer(1, 4 * mm), chart]))
    by_type = [(blocks.label(w, r["key"]), r["events_held"]) for r in ind.breakdowns["event_type"]]
    if by_type:
        chart = charts.bar_chart(w, by_type, title=w.gettext("Events held by type"), width=width)
        story.append(KeepTogether([Spacer(1, 4 * mm), chart]))
    return story


def build_period_story(
    ind: Indicators,
    events: list[ListedEvent],
    *,
    office: str,
    period: Period,
    names: dict[str, list[str]] | None = None,
    w: Wording,
) -> list[Flowable]:
    width = page_size()[0] - 2 * MARGIN
    story: list[Flowable] = [
        para(w.gettext("Capacity-building highlights"), styles.TITLE, w.rtl),
        para(f"{office} · {period_title(w, period)}", styles.SUBTITLE, w.rtl),
        blocks.tiles(
            w,
            [
                (blocks.count(w, ind.individuals_trained), w.gettext("Individuals trained")),
                (blocks.count(w, ind.workshops_organized), w.gettext("Workshops organized")),
                (blocks.percent(w, ind.women_share), w.gettext("Women")),
                (blocks.count(w, ind.countries_reached), w.gettext("Countries reached")),
            ],
            width,
        ),
        Spacer(1, 4 * mm),
        blocks.section(w, w.gettext("Key figures")),
        blocks.data_table(
            w,
            [w.gettext("Figure"), w.gettext("Value"), w.gettext("Counted as")],
            key_figures(w, ind),
            [50 * mm, 50 * mm, width - 100 * mm],
        ),
    ]
    story += _charts(w, ind, width)
    sex_age = _sex_age_rows(w, ind)
    if sex_age:
        story += [
            blocks.section(w, w.gettext("Individuals trained by sex and age band")),
            blocks.data_table(
                w,
                [w.gettext("Sex"), w.gettext("Age band"), w.gettext("Individuals trained")],
                sex_age,
                [50 * mm, 50 * mm, 40 * mm],
                numeric=(2,),
            ),
        ]
    story += _countries(w, ind, width)
    story += _nationalities(w, ind, width)
    story += _breakdown(
        w, ind, "outcome", w.gettext("Outcome"), w.gettext("By outcome"), width,
        lambda code: _outcome_label(w, code),
    )  # fmt: skip
    story += _breakdown(
        w, ind, "programme", w.gettext("Programme"), w.gettext("By programme"), width
    )
    story += _breakdown(w, ind, "month", w.gettext("Month"), w.gettext("By month"), width, w.month)
    org_types = ind.breakdowns.get("organization_type", [])
    if org_types:
        story += [
            blocks.section(w, w.gettext("Individuals trained by organization type")),
            blocks.data_table(
                w,
                [w.gettext("Organization type"), w.gettext("Individuals trained")],
                [
                    (blocks.label(w, r["key"]), blocks.count(w, r["individuals_trained"]))
                    for r in org_types
                ],
                [width - 40 * mm, 40 * mm],
                numeric=(1,),
            ),
        ]
    story += _event_list(w, events, width, names)
    return story


def _countries(w: Wording, ind: Indicators, width: float) -> list[Flowable]:
    """Events per beneficiary country: an event for three countries counts once under each
    (these are events, not people)."""
    countries = sorted(
        ind.breakdowns.get("country", []), key=lambda r: (-r["events_held"], r["key"])
    )
    if not countries:
        return []
    title = w.gettext("Events per beneficiary country")
    if len(countries) > 15:
        title = w.gettext("Events per beneficiary country (the 15 with most events)")
    chart = charts.bar_chart(
        w,
        [(w.country(r["key"]), r["events_held"]) for r in countries[:15]],
        title=title,
        width=width,
    )
    return [
        KeepTogether([Spacer(1, 4 * mm), chart]),
        blocks.section(w, w.gettext("Events per beneficiary country")),
        blocks.body(
            w, w.gettext("An event held for several countries counts once under each of them.")
        ),
        blocks.data_table(
            w,
            [w.gettext("Beneficiary country"), w.gettext("Events")],
            [(w.country(r["key"]), blocks.count(w, r["events_held"])) for r in countries],
            [width - 30 * mm, 30 * mm],
            numeric=(1,),
        ),
    ]


def _nationalities(w: Wording, ind: Indicators, width: float) -> list[Flowable]:
    """People per nationality, each once over the period, most first; "Not recorded" last."""
    rows = ind.breakdowns.get("nationality", [])
    if not rows and not ind.participations_counted:
        return []
    known = sorted(
        ((w.country(r["key"]), r["people"]) for r in rows if r["key"] != NOT_RECORDED),
        key=lambda x: (-x[1] if isinstance(x[1], int) else 0, x[0]),  # "<5" (HQ) last
    )
    unknown = next((r["people"] for r in rows if r["key"] == NOT_RECORDED), 0)
    lines = [(name, blocks.count(w, n)) for name, n in known]
    if unknown:
        lines.append((w.gettext("Not recorded"), blocks.count(w, unknown)))
    note = w.gettext("People registered as participants at the period's events, each counted once.")
    if ind.participations_counted:
        note += " " + w.plural(
            "The {n} person counted without a name has no nationality recorded and is not in "
            "this table.",
            "The {n} people counted without names have no nationality recorded and are not in "
            "this table.",
            ind.participations_counted,
        )
    story: list[Flowable] = [
        blocks.section(w, w.gettext("Participants by nationality")),
        blocks.body(w, note),
    ]
    if lines:
        story.append(
            blocks.data_table(
                w,
                [w.gettext("Nationality"), w.gettext("People")],
                lines,
                [width - 30 * mm, 30 * mm],
                numeric=(1,),
            )
        )
    return story


def _sex_age_rows(w: Wording, ind: Indicators) -> list[tuple[str, str, str]]:
    return [
        (
            blocks.label(w, r["sex"]),
            blocks.label(w, r["age_band"]),
            blocks.count(w, r["individuals_trained"]),
        )
        for r in ind.breakdowns.get("sex_age", [])
    ]


@dataclass(frozen=True)
class PeriodDocument:
    """A period highlights document laid out but not yet rendered: rendering (the slow part)
    needs no connection, so the store's is given back first."""

    story: list[Flowable]
    title: str
    indicators: Indicators  # the figures it prints
    w: Wording

    def render(self, footer: Callable[[Wording], PageFooter]) -> bytes:
        """The PDF, with ``footer`` (given the reader's language) at the foot of each page."""
        return render_pdf(self.story, title=self.title, footer=footer(self.w))


def read_period(
    source: PeriodSource,
    period: Period,
    *,
    office: str,
    lang: str = "en",
    names: Callable[[list[ListedEvent]], dict[str, list[str]]] | None = None,
    shown: Callable[[Indicators], Indicators] | None = None,
) -> PeriodDocument:
    """The period highlights in ``lang`` over ``source``: the device's store or HQ's tables,
    by the same code. ``office`` heads it beside the period; ``names`` (the device's, when
    asked) lists who attended each event; ``shown`` (HQ's) gives the figures as the reader
    may see them (counts under 5 withheld)."""
    w = Wording(lang)
    if source.stored is not None:
        ind = finish(source.stored(period))
    else:
        ind = compute_indicators(
            source.conn,
            source.tables,
            period,
            office_ids=source.office_ids,
            lists=source.lists,
        )
    if shown is not None:
        ind = shown(ind)
    events = period_events(source, period)
    who = names(events) if names is not None else None
    story = build_period_story(ind, events, office=office, period=period, names=who, w=w)
    title = w.gettext("Capacity-building highlights: {period}").format(
        period=period_title(w, period)
    )
    return PeriodDocument(story, title, ind, w)


def write_period_report(
    store: Store, period: Period, output: Path, *, names: bool = False, lang: str = "en"
) -> Indicators:
    """Compute and write the period highlights in ``lang``; returns the figures it printed."""
    from fieldapp.store import figures
    from fieldapp.store.report_queries import held_events, names_at_events
    from fieldapp.store.tables import INDICATOR_TABLES

    office = store.identity.office_name
    with store.engine.connect() as conn:
        origin = figures.period_provenance(conn, period)

        def who(events: list[ListedEvent]) -> dict[str, list[str]]:
            return names_at_events(conn, held_events(period))  # the events listed

        document = read_period(
            PeriodSource(conn, INDICATOR_TABLES, stored=lambda p: figures.tally(conn, p)),
            period,
            office=office,
            lang=lang,
            names=who if names else None,
        )
    write_atomic(output, document.render(lambda w: Footer(office, origin, w=w)))  # 0600: names
    return document.indicators
