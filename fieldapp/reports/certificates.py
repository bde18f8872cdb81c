"""Certificates: one landscape page per participant who completed the event.

A certificate is the participant's: it carries who signs it (name and title, typed when the
certificates are made) and a discreet reference (office, event, dates, day of issue), not the
office's sync state that the other PDFs' footers give.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from fieldapp.domain.wording import Wording
from fieldapp.reports import blocks, styles
from fieldapp.reports.document import Footer, write_pdf
from fieldapp.reports.event_report import place_of
from fieldapp.reports.reader_language import language_code
from fieldapp.reports.text import para
from fieldapp.store.report_queries import event_details, one_event, people_at_event, provenance
from fieldapp.store.store import Store

KIND = styles.derived("cert_kind", styles.TITLE, fontSize=30, leading=36, alignment=TA_CENTER)
LINE = styles.derived("cert_line", styles.BODY, fontSize=13, leading=18, alignment=TA_CENTER)
NAME = styles.derived(
    "cert_name", styles.TITLE, fontSize=28, leading=36, textColor=styles.DARK, alignment=TA_CENTER
)
EVENT = styles.derived("cert_event", styles.TITLE, fontSize=17, leading=22, alignment=TA_CENTER)
SIGN = styles.derived("cert_sign", styles.BODY, fontSize=10, leading=13, alignment=TA_CENTER)
SIGNER = styles.derived("cert_signer", SIGN, fontSize=11, leading=14, textColor=styles.DARK)


class NoCertificates(ValueError):
    """Nobody at this event is marked as having completed it."""


@dataclass(frozen=True)
class Signatory:
    """Who signs the certificates; blank parts leave the line to be written by hand."""

    name: str = ""
    title: str = ""


@dataclass(frozen=True)
class Reference(Footer):
    """A certificate's footer: where it comes from, for whoever checks it later."""

    event: str = ""
    dates: str = ""
    numbered: ClassVar[bool] = False

    def lines(self) -> tuple[str, str]:
        issued = self.w.day(self.generated_at.astimezone().date())
        return (
            f"{self.office} · {self.event} · {self.dates}",
            self.w.gettext("Issued {day}").format(day=issued),
        )


def _signature(signatory: Signatory, office: str) -> list[Flowable]:
    lines = [para("_______________________________", SIGN)]
    if signatory.name.strip():
        lines.append(para(signatory.name.strip(), SIGNER))
    if signatory.title.strip():
        lines.append(para(signatory.title.strip(), SIGN))
    lines.append(para(office, SIGN))
    return lines  # centred: the same on a right-to-left page


def _border(canvas: Canvas, size: tuple[float, float]) -> None:
    canvas.saveState()
    canvas.setStrokeColor(styles.UN_BLUE)
    canvas.setLineWidth(3)
    canvas.rect(10 * mm, 10 * mm, size[0] - 20 * mm, size[1] - 20 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(13 * mm, 13 * mm, size[0] - 26 * mm, size[1] - 26 * mm)
    canvas.restoreState()


def write_certificates(
    store: Store,
    event_id: str,
    output: Path,
    *,
    signatory: Signatory | None = None,
    lang: str | None = None,
) -> int:
    """Write a certificate for each participant who completed, in ``lang`` (by default the
    event's own language, English when it names none the reports speak); returns how many."""
    with store.engine.connect() as conn:
        event, _ = event_details(conn, event_id)
        people = people_at_event(conn, event_id, completed_only=True, participants_only=True)
        source = provenance(conn, one_event(event_id))
    if not people:
        raise NoCertificates(
            f"No participant of “{event['title']}” is marked as having completed it, so there "
            "is no certificate to print. Tick “completed” on the event's participants first."
        )
    w = Wording(lang or language_code(event["language"]) or "en")
    office = store.identity.office_name
    when = w.day_range(event["start_date"], event["end_date"])
    about = " · ".join(
        x for x in (blocks.label(w, event["event_type"]), when, place_of(event, w)) if x
    )
    story: list[Flowable] = []
    for person in people:
        if story:
            story.append(PageBreak())
        story += [
            Spacer(1, 18 * mm),
            para(w.gettext("Certificate of completion"), KIND, w.rtl),
            Spacer(1, 8 * mm),
            para(w.gettext("This is to certify that"), LINE, w.rtl),
            Spacer(1, 5 * mm),
            para(person.full_name, NAME, w.rtl),
            Spacer(1, 5 * mm),
            para(w.gettext("has completed"), LINE, w.rtl),
            Spacer(1, 3 * mm),
            para(event["title"], EVENT, w.rtl),
            Spacer(1, 3 * mm),
            para(about, LINE, w.rtl),
            Spacer(1, 16 * mm),
            *_signature(signatory or Signatory(), office),
        ]
    write_pdf(
        output,
        story,
        title=w.gettext("Certificates: {title}").format(title=event["title"]),
        footer=Reference(office, source, w=w, event=event["title"], dates=when),
        wide=True,
        decorate=_border,
    )
    return len(people)
