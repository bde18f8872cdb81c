"""Per-day attendance (schema 8): ticks stored with the attendance, checked against the event,
carried to HQ (and older devices that do not send them still accepted); people quick-added on
an event are written with it, or not at all."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, func, select, text

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase, new_id
from fieldapp.domain.validation import ValidationError, validate_attendance
from fieldapp.domain.vocab import RecordType
from fieldapp.store.event_drafts import AttendanceLine, EventDraft, load_event, save_event
from fieldapp.store.repository import ATTENDANCE, PARTICIPANT, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from sync.hq.apply import Signer, apply_batch
from sync.hq.database import open_database
from sync.hq.tables import HQ_TABLES
from sync.protocol import BatchEnvelope, RecordChange
from sync.seal import open_batch
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "stores"
TODAY = date(2026, 11, 22)


def three_days() -> EventBase:
    return EventBase(
        title="Border security, three days",
        event_type="workshop",
        start_date=date(2026, 3, 10),
        end_date=date(2026, 3, 12),
    )


def messages(row: AttendanceBase, event: EventBase | None) -> list[str]:
    return [str(p) for p in validate_attendance(row, event)]


def test_ticks_are_one_per_day_and_make_the_days_attended() -> None:
    event = three_days()
    ok = AttendanceBase(event_id="e", participant_id="p", days_present="101", days_attended=2)
    assert messages(ok, event) == []
    short = ok.model_copy(update={"days_present": "11"})
    assert messages(short, event) == ["Days present: has 2 day(s), but the event lasts 3 day(s)."]
    assert messages(ok.model_copy(update={"days_attended": 3}), event) == [
        "Days attended: is 3, but 2 day(s) are ticked."
    ]
    assert messages(ok.model_copy(update={"days_present": "1x1"}), None) == [
        "Days present: must be one tick (1) or no tick (0) per day of the event."
    ]


def test_a_draft_with_a_new_person_and_ticks_is_saved_whole_or_not_at_all(store: Store) -> None:
    newcomer = ParticipantBase(full_name="Nour Haddad", sex="female")
    line = AttendanceLine(
        new_id(),
        newcomer.full_name,
        {"role": "participant", "days_present": "110", "days_attended": 2.0},
        new_person=newcomer,
    )
    draft = EventDraft(event=three_days().model_dump(), attendance=[line])
    bad = EventDraft(
        event=three_days().model_dump(),
        attendance=[
            AttendanceLine(
                line.participant_id,
                "Nour Haddad",
                {**line.values, "days_present": "11"},
                new_person=newcomer,
            )
        ],
    )
    with pytest.raises(ValidationError, match="lasts 3 day"), store.transaction() as conn:
        save_event(Repository(conn, store.identity, today=TODAY), bad)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(PARTICIPANT)).scalar() == 0

    with store.transaction() as conn:
        event_id = save_event(Repository(conn, store.identity, today=TODAY), draft)
    with store.engine.connect() as conn:
        [saved] = load_event(conn, event_id).attendance
        names = conn.execute(select(PARTICIPANT.c.full_name)).scalars().all()
    assert names == ["Nour Haddad"]
    assert saved.full_name == "Nour Haddad" and saved.participant_id != line.participant_id
    assert (saved.values["days_present"], saved.values["days_attended"]) == ("110", 2.0)


def test_a_schema_7_store_keeps_its_days_and_has_no_ticks(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "v7", tmp_path / "v7")
    manifest = json.loads((FIXTURES / "v7" / "manifest.json").read_text(encoding="utf-8"))
    store = Store.open(tmp_path / "v7", passphrase=PASSPHRASE)
    try:
        assert store.schema_version() >= 8
        with store.engine.connect() as conn:
            total, ticked, days = conn.execute(
                text("SELECT count(*), count(days_present), sum(days_attended) FROM attendance")
            ).one()
        assert (total, ticked) == (manifest["counts"]["attendance"], 0)
        assert days is not None and days > 0  # typed days are kept as they were
    finally:
        store.close()


@pytest.fixture
def hq(tmp_path: Path) -> Engine:
    return open_database(f"sqlite:///{tmp_path / 'hq.db'}")


def test_ticks_travel_to_hq_and_a_device_without_them_is_accepted(store: Store, hq: Engine) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=TODAY)
        event_id = repo.add_event(three_days())
        people = repo.add_participants(
            [ParticipantBase(full_name=n, sex="male") for n in ("Omar Tazi", "Karim Alaoui")]
        )
        [ticked, _] = repo.add_attendance(
            [
                AttendanceBase(
                    event_id=event_id,
                    participant_id=people[0],
                    days_present="011",
                    days_attended=2,
                ),
                AttendanceBase(event_id=event_id, participant_id=people[1], days_attended=3),
            ]
        )
    device, hq_key = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    seal_pending(store, device, hq_key.public_key())
    [path] = batch_files(store.data.outbox)
    envelope = open_batch(path.read_bytes(), hq_key, lambda _d: device.public_key())
    # An older device's batch: its attendance records carry no days_present at all.
    older = BatchEnvelope(
        **{
            **envelope.model_dump(),
            "records": [
                RecordChange(
                    **{
                        **r.model_dump(),
                        "data": {k: v for k, v in r.data.items() if k != "days_present"},
                    }
                )
                if r.type == "attendance" and r.id != ticked
                else r
                for r in envelope.records
            ],
        }
    )
    signer = Signer(envelope.device_id, envelope.office_id)
    with hq.begin() as conn:
        results = [r.result for r in apply_batch(conn, older, signer, today=TODAY)]
    assert set(results) == {"accepted"}
    table = HQ_TABLES[RecordType.ATTENDANCE]
    with hq.connect() as conn:
        rows = dict(conn.execute(select(table.c.participant_id, table.c.days_present)).all())
    assert rows == {people[0]: "011", people[1]: None}
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ATTENDANCE)).scalar() == 2
    hq.dispose()
