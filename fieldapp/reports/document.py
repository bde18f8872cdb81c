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
from typing import ClassVar

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Table

from fieldapp.domain.periods import local_minute
from fieldapp.reports import styles
from fieldapp.reports.fonts import REGULAR
from fieldapp.reports.text import para
from fieldapp.store.jobs import Cancelled, Progress, Step, check_cancelled
from fieldapp.store.report_queries import Provenance
from sync.atomic import write_atomic

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


@dataclass(frozen=True)
class Footer:
    office: str
    provenance: Provenance
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    numbered: ClassVar[bool] = True  # "Page 3" (not on a certificate, which is one person's)

    def lines(self) -> tuple[str, str]:
        p = self.provenance
        as_of = p.data_as_of
        if as_of is not None and as_of.tzinfo is None:
            as_of = as_of.replace(tzinfo=UTC)  # the store keeps UTC
        unsynced = (
            "all changes synced with HQ"
            if p.unsynced == 0
            else f"{p.unsynced:,} change{'s' if p.unsynced != 1 else ''} not yet synced with HQ"
        )
        first = (
            f"{self.office} · generated {local_minute(self.generated_at)} · "
            f"data as of {local_minute(as_of, never='(no records)')} · {unsynced}"
        )
        second = (
            f"Records {p.digest} ({p.events:,} events, {p.people:,} people, "
            f"{p.attendances:,} attendances)"
        )
        return first, second


def page_size(wide: bool = False) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def write_pdf(
    path: Path,
    story: Sequence[Flowable],
    *,
    title: str,
    footer: Footer,
    wide: bool = False,
    decorate: Callable[[Canvas, tuple[float, float]], None] | None = None,
) -> None:
    """Lay out ``story`` and write the PDF to ``path`` in one step: a reader never sees a
    half-written file, and a failure leaves any earlier file in place. ``decorate`` draws
    on each page before the footer (a certificate's border)."""
    buffer = io.BytesIO()
    size = page_size(wide)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=title,
        author=footer.office,
        creator="fieldapp",
        initialFontName=REGULAR,  # no Helvetica anywhere: it has no Arabic or Cyrillic
    )
    width = size[0] - 2 * MARGIN
    # A Paragraph, not drawString: an office name in Arabic must be shaped too.
    text = para("\n".join(footer.lines()), styles.FOOTER)
    _, height = text.wrap(width - 20 * mm, 20 * mm)

    def draw_footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        if decorate is not None:
            decorate(canvas, size)
        canvas.saveState()
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        y = MARGIN - 2 * mm
        canvas.line(MARGIN, y + height + 1.5 * mm, size[0] - MARGIN, y + height + 1.5 * mm)
        text.drawOn(canvas, MARGIN, y)
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(styles.MUTED)
        if footer.numbered:
            canvas.drawRightString(size[0] - MARGIN, y, f"Page {doc.page}")
        canvas.restoreState()

    hooks = _FOLLOWED.get()
    if hooks is not None:
        _follow(doc, story, *hooks)
    doc.build(list(story), onFirstPage=draw_footer, onLaterPages=draw_footer)
    write_atomic(Path(path), buffer.getvalue())  # 0600: it may hold names


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
