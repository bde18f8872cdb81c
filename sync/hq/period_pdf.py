"""HQ's period highlights PDF: the device's generator (`fieldapp.reports.period_report`) run
over HQ's tables, for the offices the reader's scope sees (or one of them).

The quarterly highlights are an HQ product: the same figures, breakdowns and list of events
as an office prints, consolidated. The footer says where they come from: HQ, each office
included and when HQ last heard from it (figures are only as fresh as the last batch). No
names of people are ever printed here: HQ offers no ``--names``. A reader below admin gets
the figures with disclosure control (`sync.hq.disclosure`): "<5" where a count of people is
under 5 or would give one away.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, ClassVar

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.indicators import Indicators, Period
from fieldapp.domain.wording import Wording
from fieldapp.reports.period_report import read_period
from fieldapp.reports.period_source import PeriodSource
from sync.atomic import write_atomic
from sync.hq import aggregates
from sync.hq.accounts.scope import Reads, Scope
from sync.hq.figures import for_reader, offices_to_read
from sync.hq.tables import HQ_BATCH, HQ_DEVICE, HQ_INDICATOR_TABLES, HQ_OFFICE


@dataclass(frozen=True)
class OfficeContact:
    name: str
    last_contact: datetime | None  # the last batch any of its devices delivered


@dataclass(frozen=True)
class HqFooter:
    """The foot of each page of HQ's PDFs: HQ, when it was made, and the offices included
    with their last contact (a `fieldapp.reports.document.PageFooter`)."""

    office: str  # HQ's name: the PDF's author
    offices: tuple[OfficeContact, ...]
    w: Wording
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    numbered: ClassVar[bool] = True

    def lines(self) -> tuple[str, str]:
        w = self.w
        first = w.gettext("{hq} · generated {when} · consolidated from {offices}").format(
            hq=self.office,
            when=w.minute(self.generated_at),
            offices=w.plural("{n} office", "{n} offices", len(self.offices)),
        )
        contacts = " · ".join(  # not "; ": a bracket before it would keep its glyph in Arabic
            w.gettext("{office} (no contact yet)").format(office=self._apart(o.name))
            if o.last_contact is None
            else w.gettext("{office} (last contact {when})").format(
                office=self._apart(o.name), when=w.minute(_utc(o.last_contact))
            )
            for o in self.offices
        )
        return first, w.gettext("Offices included: {offices}").format(offices=contacts or "—")

    def _apart(self, name: str) -> str:
        """An office's name set apart (Unicode isolates) on a right-to-left page, so a Latin
        name keeps its words, and the brackets and separators around it their places."""
        return f"\u2068{name}\u2069" if self.w.rtl else name

    def page(self, number: int) -> str:
        return self.w.gettext("Page {n}").format(n=self.w.number(number))


def hq_called(w: Wording) -> str:
    """HQ as a reader of ``w``'s language calls it (the device's PDFs say the same)."""
    # TRANSLATORS: headquarters, as the offices' own PDFs name it ("synced with HQ").
    return w.gettext("HQ")


def _utc(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)  # HQ keeps UTC; SQLite gives it back naive
    return moment


def offices_included(
    conn: Connection, scope: Scope, offices: Collection[str] | None
) -> tuple[OfficeContact, ...]:
    """The offices a consolidated document covers, by name, with their last contact."""
    o, d, b = HQ_OFFICE, HQ_DEVICE, HQ_BATCH
    cond = [scope.office_filter(o.c.office_id)]
    if offices is not None:
        cond.append(o.c.office_id.in_(sorted(offices)))
    rows = conn.execute(
        select(o.c.name, func.max(b.c.received_at))
        .select_from(
            o.outerjoin(d, d.c.office_id == o.c.office_id).outerjoin(
                b, b.c.device_id == d.c.device_id
            )
        )
        .where(*cond)
        .group_by(o.c.office_id, o.c.name)
        .order_by(o.c.name, o.c.office_id)
    ).all()
    return tuple(OfficeContact(name, last) for name, last in rows)


def write_hq_period_report(
    conn: Connection,
    scope: Scope,
    period: Period,
    output: Path | BinaryIO,
    *,
    lang: str = "en",
    office_id: str | None = None,
    lists: CodeLists | None = None,
    hq_name: str | None = None,
) -> Indicators:
    """Write the period highlights of the offices ``scope`` sees (or ``office_id``'s: `NotFound`
    outside the scope) to ``output``, a path (written atomically) or a binary stream; returns
    the figures it printed. ``hq_name`` None: "HQ" in ``lang``. ``conn`` may be read-only."""
    offices = offices_to_read(conn, scope, Reads.FIGURES, office_id)
    included = offices_included(conn, scope, offices)
    w = Wording(lang)
    name = hq_name if hq_name is not None else hq_called(w)
    heading = (
        f"{name} · {included[0].name}"
        if len(included) == 1
        else f"{name} · {w.plural('{n} office', '{n} offices', len(included))}"
    )
    document = read_period(
        PeriodSource(
            conn,
            HQ_INDICATOR_TABLES,
            offices,
            lists,
            stored=lambda p: aggregates.tally(conn, p, offices, lists, counted=[]),
        ),
        period,
        office=heading,
        lang=lang,
        shown=lambda figures: for_reader(scope, figures),
    )
    pdf = document.render(lambda w: HqFooter(name, included, w))
    if isinstance(output, Path):
        write_atomic(output, pdf)
    else:
        output.write(pdf)
    return document.indicators
