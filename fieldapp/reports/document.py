"""The frame every PDF shares: page size, margins, the provenance footer, atomic writing.

The footer answers the question a reader of a printed page asks first: where do these
figures come from? The office, when the PDF was made, the data it saw (as of its latest
change, and a short hash of the records), and how many changes HQ has not received yet.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Table

from fieldapp.domain.wording import ENGLISH, Wording
from fieldapp.reports import styles
from fieldapp.reports.fonts import REGULAR
from fieldapp.reports.text import para
from fieldapp.store.jobs import Cancelled, Progress, Step, check_cancelled
from sync.atomic import write_atomic

if TYPE_CHECKING:  # HQ lays out PDFs too, and has no SQLCipher (the store's modules need it)
    from fieldapp.store.report_queries import Provenance

MARGIN = 16 * mm
# Set by `followed` around a job: the PDF written on this thread reports its layout and stops
# when cancelled (a context variable, so report modules need not pass it along).
_FOLLOWED: ContextVar[tuple[Progress, Cancelled] | None] = ContextVar("followed", default=None)


@contextmanager
def followed(progress: Progress, cancelled: Cancelled) -> Iterator[None]:
    """Within it, every PDF laid out on this thread says how far it got (``Step`` of unit
    "page") and raises `JobCancelled` once ``cancelled()``: the PDF is built in memory, so a
    cancelled one never reaches the disk."""
    token = _FOLLOWED.set((progress, cancelled))
    try:
        yield
    finally:
        _FOLLOWED.reset(token)


def _weight(flowable: Flowable) -> int:
    """How much laying out ``flowable`` costs, in rows: a table counts its rows (a table
    split across pages counts each part's), a group its members, anything else one."""
    if isinstance(flowable, Table):
        return max(1, len(flowable._cellvalues))
    if isinstance(flowable, KeepTogether):
        return sum(_weight(f) for f in flowable._content) or 1
    return 1


class PageFooter(Protocol):
    """What `write_pdf` prints at the foot of each page: `Footer`, or HQ's own."""

    @property
    def office(self) -> str: ...  # the PDF's author
    @property
    def w(self) -> Wording: ...
    @property
    def numbered(self) -> bool: ...
    def lines(self) -> tuple[str, str]: ...
    def page(self, number: int) -> str: ...


@dataclass(frozen=True)
class Footer:
    office: str
    provenance: Provenance
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    w: Wording = ENGLISH  # the reader's language: the whole PDF is written in it
    numbered: ClassVar[bool] = True  # "Page 3" (not on a certificate, which is one person's)

    def lines(self) -> tuple[str, str]:
        w, p = self.w, self.provenance
        as_of = p.data_as_of
        if as_of is not None and as_of.tzinfo is None:
            as_of = as_of.replace(tzinfo=UTC)  # the store keeps UTC
        unsynced = (
            w.gettext("all changes synced with HQ")
            if p.unsynced == 0
            else w.plural(
                "{n} change not yet synced with HQ",
                "{n} changes not yet synced with HQ",
                p.unsynced,
            )
        )
        first = w.gettext("{office} · generated {when} · data as of {as_of} · {unsynced}").format(
            office=self.office,
            when=w.minute(self.generated_at),
            as_of=w.minute(as_of, never=w.gettext("(no records)")),
            unsynced=unsynced,
        )
        second = w.gettext("Records {digest} ({events}, {people}, {attendances})").format(
            digest=p.digest,
            events=w.plural("{n} event", "{n} events", p.events),
            people=w.plural("{n} person", "{n} people", p.people),
            attendances=w.plural("{n} attendance", "{n} attendances", p.attendances),
        )
        return first, second

    def page(self, number: int) -> str:
        return self.w.gettext("Page {n}").format(n=self.w.number(number))


def page_size(wide: bool = False) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def write_pdf(
    path: Path,
    story: Sequence[Flowable],
    *,
    title: str,
    footer: PageFooter,
    wide: bool = False,
    decorate: Callable[[Canvas, tuple[float, float]], None] | None = None,
) -> None:
    """Lay out ``story`` and write the PDF to ``path`` in one step: a reader never sees a
    half-written file, and a failure leaves any earlier file in place. ``decorate`` draws
    on each page before the footer (a certificate's border)."""
    pdf = render_pdf(story, title=title, footer=footer, wide=wide, decorate=decorate)
    write_atomic(Path(path), pdf)  # 0600: it may hold names


def render_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    footer: PageFooter,
    wide: bool = False,
    decorate: Callable[[Canvas, tuple[float, float]], None] | None = None,
) -> bytes:
    """The PDF `write_pdf` writes, as bytes (HQ streams it to a browser)."""
    buffer = io.BytesIO()
    size = page_size(wide)
    width = size[0] - 2 * MARGIN
    # Paragraphs, not drawString: an office name in Arabic must be shaped too, and on a
    # right-to-left page the footer starts on the right and the page number is on the left.
    rtl = footer.w.rtl
    text = para("\n".join(footer.lines()), styles.FOOTER, rtl)
    _, height = text.wrap(width - 20 * mm, 20 * mm)
    number = styles.derived("page_number", styles.FOOTER, alignment=TA_RIGHT)
    y = MARGIN - 2 * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        # Room for the footer, however many lines its language takes.
        bottomMargin=max(MARGIN + 8 * mm, y + height + 3.5 * mm),
        title=title,
        author=footer.office,
        creator="fieldapp",
        initialFontName=REGULAR,  # no Helvetica anywhere: it has no Arabic or Cyrillic
        lang=footer.w.lang,  # screen readers and search read the PDF in its language
    )

    def draw_footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        if decorate is not None:
            decorate(canvas, size)
        canvas.saveState()
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + height + 1.5 * mm, size[0] - MARGIN, y + height + 1.5 * mm)
        text.drawOn(canvas, MARGIN + (20 * mm if rtl else 0), y)
        if footer.numbered:
            page = para(footer.page(doc.page), number, rtl)
            page.wrap(20 * mm, 20 * mm)
            page.drawOn(canvas, MARGIN if rtl else size[0] - MARGIN - 20 * mm, y)
        canvas.restoreState()

    hooks = _FOLLOWED.get()
    if hooks is not None:
        _follow(doc, story, *hooks)
    doc.build(list(story), onFirstPage=draw_footer, onLaterPages=draw_footer)
    return buffer.getvalue()


def _follow(
    doc: SimpleDocTemplate, story: Sequence[Flowable], progress: Progress, cancelled: Cancelled
) -> None:
    total = sum(_weight(f) for f in story)
    done = 0

    def after(flowable: Flowable) -> None:
        nonlocal done
        done = min(total, done + _weight(flowable))
        check_cancelled(cancelled)
        progress(Step(done, total, "page", doc.page))
        time.sleep(0)  # let the window and the database worker have the interpreter

    doc.afterFlowable = after
