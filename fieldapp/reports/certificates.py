"""Certificates: one landscape page per participant who completed the event."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from fieldapp.reports import blocks, styles
from fieldapp.reports.document import Footer, write_pdf
from fieldapp.reports.event_report import place_of
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


class NoCertificates(ValueError):
    """Nobody at this event is marked as having completed it."""


def _border(canvas: Canvas, size: tuple[float, float]) -> None:
    canvas.saveState()
    canvas.setStrokeColor(styles.UN_BLUE)
    canvas.setLineWidth(3)
    canvas.rect(10 * mm, 10 * mm, size[0] - 20 * mm, size[1] - 20 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(13 * mm, 13 * mm, size[0] - 26 * mm, size[1] - 26 * mm)
    canvas.restoreState()


def write_certificates(store: Store, event_id: str, output: Path) -> int:
    """Write a certificate for each participant who completed; returns how many."""
    with store.engine.connect() as conn:
        event, _ = event_details(conn, event_id)
        people = people_at_event(conn, event_id, completed_only=True, participants_only=True)
        source = provenance(conn, one_event(event_id))
    if not people:
        raise NoCertificates(
            f"No participant of “{event['title']}” is marked as having completed it, so there "
            "is no certificate to print. Tick “completed” on the event's participants first."
        )
    office = store.identity.office_name
    when = blocks.date_range(event["start_date"], event["end_date"])
    where = place_of(event)
    story: list[Flowable] = []
    for person in people:
        if story:
            story.append(PageBreak())
        story += [
            Spacer(1, 18 * mm),
            para("Certificate of completion", KIND),
            Spacer(1, 8 * mm),
            para("This is to certify that", LINE),
            Spacer(1, 5 * mm),
            para(person.full_name, NAME),
            Spacer(1, 5 * mm),
            para(f"has completed the {blocks.label(event['event_type']).lower()}", LINE),
            Spacer(1, 3 * mm),
            para(event["title"], EVENT),
            Spacer(1, 3 * mm),
            para(f"{when}{' · ' + where if where else ''}", LINE),
            Spacer(1, 22 * mm),
            para("_______________________________", SIGN),
            para(office, SIGN),
        ]
    write_pdf(
        output,
        story,
        title=f"Certificates: {event['title']}",
        footer=Footer(office, source),
        wide=True,
        decorate=_border,
    )
    return len(people)
