"""The subject access report (DESIGN.md §12): everything this device holds on one person, as
a PDF in the reader's language, to hand to that person.

Every field of their record, the events they attended with what they did and scored, the
legal basis and the history of their consent, who recorded and changed what (and on which
device), the files with names that included them, and, when their identity was erased, only
what remains. Read in one transaction, laid out by the same machinery as the other reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table
from sqlalchemy import select
from sqlalchemy.engine import Connection

from fieldapp.domain.privacy import ERASED_BY_RETENTION, IDENTITY_FIELDS
from fieldapp.domain.wording import Wording
from fieldapp.reports import blocks, styles
from fieldapp.reports.document import MARGIN, page_size, write_pdf
from fieldapp.reports.text import para
from fieldapp.store.output_log import LoggedOutput, outputs_of
from fieldapp.store.repository import ATTENDANCE, EVENT, PARTICIPANT, RecordNotFound
from fieldapp.store.store import Store
from fieldapp.store.tables import ConsentEvent, Erasure, table_of

CONSENT_EVENT = table_of(ConsentEvent)
ERASURE = table_of(Erasure)


@dataclass(frozen=True)
class Held:
    """What the store holds on one person."""

    person: dict[str, Any]
    attended: list[dict[str, Any]]
    consents: list[dict[str, Any]]
    erasure: dict[str, Any] | None
    files: list[LoggedOutput]


def held_on(conn: Connection, person_id: str) -> Held:
    """Everything on ``person_id`` (deleted or erased too: what is held is what is shown);
    `RecordNotFound` when the store has no such person."""
    person = conn.execute(select(PARTICIPANT).where(PARTICIPANT.c.id == person_id)).mappings()
    row = person.first()
    if row is None:
        raise RecordNotFound(f"There is no person with the id {person_id} in this store.")
    a, e = ATTENDANCE, EVENT
    attended = conn.execute(
        select(
            e.c.title,
            e.c.start_date,
            e.c.end_date,
            a.c.role,
            a.c.days_attended,
            a.c.completed,
            a.c.pre_test_score,
            a.c.post_test_score,
            a.c.satisfaction,
            a.c.certificate_issued,
            a.c.age_band,
            a.c.recorded_by,
            a.c.updated_at,
            a.c.device_id,
            a.c.version,
            a.c.deleted_at,
            e.c.deleted_at.label("event_deleted_at"),
        )
        .join(e, e.c.id == a.c.event_id)
        .where(a.c.participant_id == person_id)
        .order_by(e.c.start_date, e.c.title, a.c.id)
    ).mappings()
    consents = conn.execute(
        select(CONSENT_EVENT)
        .where(CONSENT_EVENT.c.participant_id == person_id)
        .order_by(CONSENT_EVENT.c.on_date, CONSENT_EVENT.c.recorded_at)
    ).mappings()
    erasure = (
        conn.execute(select(ERASURE).where(ERASURE.c.participant_id == person_id))
        .mappings()
        .first()
    )
    return Held(
        person=dict(row),
        attended=[dict(r) for r in attended],
        consents=[dict(r) for r in consents],
        erasure=dict(erasure) if erasure else None,
        files=outputs_of(conn, person_id),
    )


# --- words ---------------------------------------------------------------------------------


def _field_labels(w: Wording) -> dict[str, str]:
    return {
        "full_name": w.gettext("Full name"),
        "sex": w.gettext("Sex"),
        "birth_year": w.gettext("Birth year"),
        "age_band": w.gettext("Age band"),
        "nationality": w.gettext("Nationality"),
        "organization": w.gettext("Organization"),
        "organization_type": w.gettext("Organization type"),
        "position": w.gettext("Position"),
        "email": w.gettext("E-mail"),
        "phone": w.gettext("Phone"),
        "consent": w.gettext("Consent"),
        "consent_date": w.gettext("Consent date"),
        "legal_basis": w.gettext("Legal basis"),
        "basis_date": w.gettext("Legal basis since"),
        "basis_note": w.gettext("Reason for the legal basis"),
        "erased_at": w.gettext("Identity erased"),
    }


def _basis(w: Wording, value: str | None) -> str:
    names = {
        "consent": w.gettext("consent"),
        "public interest": w.gettext("public interest"),
        "legitimate interest": w.gettext("legitimate interest"),
        "vital interest": w.gettext("vital interest"),
        "legal obligation": w.gettext("legal obligation"),
    }
    if not value:
        return w.gettext("not recorded")
    return names.get(value, value)


def _kind(w: Wording, kind: str) -> str:
    names = {
        "event summary with names": w.gettext("event summary with names"),
        "sign-in sheet": w.gettext("sign-in sheet"),
        "certificates": w.gettext("certificates"),
        "people export": w.gettext("people export"),
        "subject access report": w.gettext("subject access report"),
    }
    return names.get(kind, kind)


def _moment(value: Any) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # the store keeps UTC


def _value(w: Wording, name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return blocks.yes_no(w, value)
    if name == "nationality":
        return f"{w.country(str(value))} ({value})"
    if name == "legal_basis":
        return _basis(w, str(value))
    if name in ("sex", "age_band", "organization_type"):
        return blocks.label(w, str(value))
    if isinstance(value, datetime) or name == "erased_at":
        return w.minute(_moment(value))
    if isinstance(value, date):
        return w.day(value)
    return str(value)


def _score(w: Wording, value: float | None) -> str:
    return "—" if value is None else blocks.decimal(w, value)


def _who(w: Wording, name: str | None) -> str:
    return name or w.gettext("(not recorded)")


# --- the PDF ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubjectFooter:
    """The footer: who holds the data, when the report was made, whose report it is."""

    office: str
    person_id: str
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    w: Wording = field(default_factory=Wording)
    numbered: ClassVar[bool] = True

    def lines(self) -> tuple[str, str]:
        w = self.w
        first = w.gettext("{office} · generated {when}").format(
            office=self.office, when=w.minute(self.generated_at)
        )
        second = w.gettext(
            "Subject access report for the person {id}: it holds personal data, give it to "
            "that person only."
        ).format(id=self.person_id)
        return first, second

    def page(self, number: int) -> str:
        return self.w.gettext("Page {n}").format(n=self.w.number(number))


BASIS_FIELDS = ("legal_basis", "basis_date", "basis_note", "consent", "consent_date")


def pairs_table(w: Wording, pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label: value pairs two to a row (label, value, label, value), mirrored right to left:
    an event's facts in a few lines, whatever the length of the labels in the language."""
    cells = [
        para(text, styles.CELL_BOLD if i % 2 == 0 else styles.CELL, w.rtl)
        for pair in pairs
        for i, text in enumerate(pair)
    ]
    cells += [para("", styles.CELL)] * (-len(cells) % 4)
    rows = [blocks.in_reading_order(w, cells[i : i + 4]) for i in range(0, len(cells), 4)]
    label, value = 34 * mm, width / 2 - 34 * mm
    table = Table(rows, colWidths=blocks.in_reading_order(w, [label, value, label, value]))
    table.setStyle(styles.grid_style(header_rows=0, stripes=True))
    return table


def _details(w: Wording, held: Held, width: float) -> list[Flowable]:
    person = held.person
    labels = _field_labels(w)
    erased = person["erased_at"] is not None
    names = [n for n in labels if n not in BASIS_FIELDS]
    if erased:  # only what remains: the identity fields were overwritten
        names = [n for n in names if n not in IDENTITY_FIELDS]
    else:
        names.remove("erased_at")
    pairs = [(labels[n], _value(w, n, person[n])) for n in names]
    pairs.insert(0, (w.gettext("ID"), person["id"]))
    story: list[Flowable] = [blocks.section(w, w.gettext("Personal details"))]
    if erased:
        story.append(
            blocks.body(
                w,
                w.gettext(
                    "This person's identity was erased on {when}: their name, e-mail, phone, "
                    "position, birth year and the reason for the legal basis are no longer "
                    "held. What remains keeps the figures already published true."
                ).format(when=w.minute(_moment(person["erased_at"]))),
            )
        )
    if person["deleted_at"] is not None:
        story.append(
            blocks.body(
                w,
                w.gettext(
                    "This record was deleted from the registry on {when}; what it held is "
                    "still stored, as shown."
                ).format(when=w.minute(_moment(person["deleted_at"]))),
            )
        )
    story.append(blocks.key_value_table(w, pairs, width))
    return story


def _events(w: Wording, held: Held, width: float) -> list[Flowable]:
    story: list[Flowable] = [blocks.section(w, w.gettext("Events attended"))]
    if not held.attended:
        return [*story, blocks.body(w, w.gettext("No event attended is recorded."))]
    for a in held.attended:
        title = a["title"]
        if a["deleted_at"] is not None or a["event_deleted_at"] is not None:
            title = w.gettext("{title} (deleted)").format(title=title)
        satisfaction = (
            "—"
            if a["satisfaction"] is None
            else w.gettext("{mean} / 5").format(mean=w.number(a["satisfaction"]))
        )
        pairs = [
            (w.gettext("Dates"), w.day_range(a["start_date"], a["end_date"])),
            (w.gettext("Role"), blocks.label(w, a["role"])),
            (w.gettext("Days attended"), _score(w, a["days_attended"])),
            (w.gettext("Age band"), blocks.label(w, a["age_band"])),
            (w.gettext("Pre-test score"), _score(w, a["pre_test_score"])),
            (w.gettext("Post-test score"), _score(w, a["post_test_score"])),
            (w.gettext("Satisfaction"), satisfaction),
            (w.gettext("Completed"), blocks.yes_no(w, bool(a["completed"]))),
            (w.gettext("Certificate issued"), blocks.yes_no(w, bool(a["certificate_issued"]))),
        ]
        story += [
            KeepTogether(
                [
                    para(title, styles.CELL_BOLD, w.rtl),
                    Spacer(1, 1 * mm),
                    pairs_table(w, pairs, width),
                ]
            ),
            Spacer(1, 3 * mm),
        ]
    return story


def _basis_and_consent(w: Wording, held: Held, width: float) -> list[Flowable]:
    person = held.person
    labels = _field_labels(w)
    names = [n for n in BASIS_FIELDS if not (n == "basis_note" and person["erased_at"])]
    pairs = [(labels[n], _value(w, n, person[n])) for n in names]
    story: list[Flowable] = [
        blocks.section(w, w.gettext("Legal basis and consent")),
        blocks.key_value_table(w, pairs, width),
        Spacer(1, 3 * mm),
    ]
    if not held.consents:
        return [*story, blocks.body(w, w.gettext("No consent given or withdrawn is recorded."))]
    header = [w.gettext("Date"), w.gettext("Consent"), w.gettext("Recorded by"), w.gettext("On")]
    rows = [
        [
            w.day(c["on_date"]),
            w.gettext("given") if c["given"] else w.gettext("withdrawn"),
            _who(w, c["recorded_by"]),
            w.minute(_moment(c["recorded_at"])),
        ]
        for c in held.consents
    ]
    widths = [30 * mm, 30 * mm, width - 100 * mm, 40 * mm]
    return [*story, blocks.data_table(w, header, rows, widths)]


def _recorded(w: Wording, held: Held, width: float) -> list[Flowable]:
    person = held.person
    header = [
        w.gettext("Record"),
        w.gettext("Last recorded or changed by"),
        w.gettext("On"),
        w.gettext("Device"),
        w.gettext("Version"),
    ]
    rows = [
        [
            w.gettext("Personal details"),
            _who(w, person["recorded_by"]),
            w.minute(_moment(person["updated_at"])),
            person["device_id"] or "—",
            w.number(int(person["version"])),
        ]
    ]
    for a in held.attended:
        rows.append(
            [
                w.gettext("Attendance: {title}").format(title=a["title"]),
                _who(w, a["recorded_by"]),
                w.minute(_moment(a["updated_at"])),
                a["device_id"] or "—",
                w.number(int(a["version"])),
            ]
        )
    erasure = held.erasure
    if erasure is not None:
        why = (
            w.gettext("by the retention period")
            if erasure["reason"] == ERASED_BY_RETENTION
            else w.gettext("on request")
        )
        rows.append(
            [
                w.gettext("Erasure ({why})").format(why=why),
                _who(w, erasure["erased_by"]),
                w.minute(_moment(erasure["erased_at"])),
                "—",
                "—",
            ]
        )
    fixed = [28 * mm, 32 * mm, 56 * mm, 16 * mm]
    widths = [width - sum(fixed), *fixed]
    return [
        blocks.section(w, w.gettext("Who recorded what")),
        blocks.data_table(w, header, rows, widths, numeric=(4,)),
    ]


def _files(w: Wording, held: Held, width: float) -> list[Flowable]:
    story: list[Flowable] = [blocks.section(w, w.gettext("Files with names that included them"))]
    if not held.files:
        return [*story, blocks.body(w, w.gettext("No file with names has included them."))]
    header = [
        w.gettext("When"),
        w.gettext("Who"),
        w.gettext("What"),
        w.gettext("About"),
        w.gettext("People"),
    ]
    rows = [
        [
            w.minute(_moment(f.at)),
            _who(w, f.recorded_by),
            _kind(w, f.kind),
            f.subject,
            w.number(f.people),
        ]
        for f in held.files
    ]
    fixed = [34 * mm, 28 * mm, 36 * mm, 16 * mm]
    widths = [fixed[0], fixed[1], fixed[2], width - sum(fixed), fixed[3]]
    return [*story, blocks.data_table(w, header, rows, widths, numeric=(4,))]


def write_subject_access(store: Store, person_id: str, output: Path, *, lang: str = "en") -> Held:
    """Write everything held on ``person_id`` to ``output`` in ``lang``; returns what it
    printed. `RecordNotFound` (and no file) when there is no such person."""
    w = Wording(lang)
    with store.engine.connect() as conn, conn.begin():
        held = held_on(conn, person_id)
    width = page_size()[0] - 2 * MARGIN
    person = held.person
    name = person["full_name"] or w.gettext("(identity erased)")
    story: list[Flowable] = [
        para(w.gettext("Personal data held"), styles.TITLE, w.rtl),
        para(name, styles.SUBTITLE, w.rtl),
        blocks.body(
            w,
            w.gettext(
                "Everything {office} holds on this person on this device: every field of their "
                "record, the events they attended, the legal basis for holding their data and "
                "their consent, who recorded what, and the files with names that included them."
            ).format(office=store.identity.office_name),
        ),
        *_details(w, held, width),
        *_events(w, held, width),
        *_basis_and_consent(w, held, width),
        *_recorded(w, held, width),
        *_files(w, held, width),
    ]
    title = w.gettext("Personal data held: {id}").format(id=person_id)
    footer = SubjectFooter(store.identity.office_name, person_id, w=w)
    write_pdf(output, story, title=title, footer=footer)
    return held
