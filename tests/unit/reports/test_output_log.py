"""The log of files with names (issue 16, accountability): every PDF or export that carries
names, written by the desktop app's jobs, appends one entry (who, what, about what, how many
people) and nothing else does; a file that failed is not logged; the entry syncs to HQ
without the people it named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from fieldapp.domain.indicators import Period
from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.reports.certificates import NoCertificates
from fieldapp.reports.jobs import (
    ExportJob,
    certificates_job,
    event_job,
    period_job,
    signin_job,
)
from fieldapp.store.jobs import Job, run_job
from fieldapp.store.output_log import (
    OUTPUT_PERSON,
    log_output,
    output_count,
    outputs,
    outputs_of,
)
from fieldapp.store.repository import OUTBOX, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from sync.seal import open_batch

TITLE = "Border security workshop, Rabat"
NAMES = ["Amina El Amrani", "Youssef Benali", "Khadija Alaoui", "Omar Tazi"]


@pytest.fixture
def event(store: Store) -> tuple[Store, str, list[str]]:
    """A held event: three people registered (two participants who completed, one trainer),
    and a fourth person in the registry who was not there."""
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=date(2026, 11, 20))
        event_id = repo.add_event(
            EventBase(
                title=TITLE,
                event_type="workshop",
                start_date=date(2026, 10, 5),
                end_date=date(2026, 10, 6),
                status="held",
            )
        )
        ids = repo.add_participants([ParticipantBase(full_name=n, sex="female") for n in NAMES])
        repo.add_attendance(
            [
                AttendanceBase(event_id=event_id, participant_id=ids[0], completed=True),
                AttendanceBase(event_id=event_id, participant_id=ids[1], completed=True),
                AttendanceBase(event_id=event_id, participant_id=ids[2], role="trainer"),
            ]
        )
    return store, event_id, ids


def run(store: Store, job: Job) -> object:
    assert job.prepare() is None
    return run_job(job, store, lambda _s: None, lambda: False).value


def logged(store: Store) -> list[tuple[str, str, int]]:
    with store.engine.connect() as conn:
        return [(o.kind, o.subject, o.people) for o in reversed(outputs(conn))]


def test_each_file_with_names_is_logged_once_with_how_many_it_named(
    event: tuple[Store, str, list[str]], tmp_path: Path
) -> None:
    store, event_id, ids = event
    run(store, event_job(tmp_path / "summary.pdf", event_id))  # no names: not logged
    run(store, ExportJob(tmp_path / "events.csv", "events", Period()))  # no names
    assert logged(store) == []

    run(store, event_job(tmp_path / "named.pdf", event_id, names=True))
    run(store, signin_job(tmp_path / "sign-in.pdf", event_id, lang="ar"))
    assert run(store, certificates_job(tmp_path / "certificates.pdf", event_id)) == 2
    # (a file named after a trainee: the log, which HQ receives, never takes the file's name)
    run(store, ExportJob(tmp_path / "Amina Haddad list.xlsx", "people", Period()))
    run(store, period_job(tmp_path / "period.pdf", Period(), names=True))
    assert logged(store) == [
        ("event summary with names", TITLE, 3),
        ("sign-in sheet", TITLE, 3),
        ("certificates", TITLE, 2),  # those who completed
        ("people export", "people export, all dates", 4),  # the whole registry
        ("event summary with names", "all dates", 2),  # participants, not the trainer
    ]
    with store.engine.connect() as conn:
        newest = outputs(conn, limit=1)[0]
        assert newest.recorded_by == store.identity.recorded_by
        assert newest.device_id == store.identity.device_id
        assert output_count(conn) == 5
        # Who each file named stays on the device, for the person's subject access report.
        assert [o.kind for o in outputs_of(conn, ids[0])] == [
            "event summary with names",
            "people export",
            "certificates",
            "sign-in sheet",
            "event summary with names",
        ]
        assert [o.kind for o in outputs_of(conn, ids[3])] == ["people export"]
    assert not any(n in s for n in NAMES for _k, s, _p in logged(store))


def test_a_file_that_failed_is_not_logged(
    event: tuple[Store, str, list[str]], tmp_path: Path
) -> None:
    store, event_id, _ids = event
    nobody = tmp_path / "nobody.pdf"
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=date(2026, 11, 20))
        empty = repo.add_event(
            EventBase(
                title="Nobody completed",
                event_type="workshop",
                start_date=date(2026, 9, 1),
                end_date=date(2026, 9, 1),
                status="held",
            )
        )
    with pytest.raises(NoCertificates):
        run(store, certificates_job(nobody, empty))
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    with pytest.raises(OSError):  # the folder is a file: the sign-in sheet cannot be written
        run_job(signin_job(blocked / "sheet.pdf", event_id), store, lambda _s: None, lambda: False)
    assert not nobody.exists() and logged(store) == []


def test_the_log_syncs_without_the_people_it_named(event: tuple[Store, str, list[str]]) -> None:
    store, _event_id, ids = event
    device, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    seal_pending(store, device, hq.public_key())  # what was there before
    with store.transaction() as conn:
        entry = log_output(
            conn,
            store.identity,
            kind="people export",
            subject="registry.csv",
            people_ids=[ids[0], ids[1], ids[0]],  # the same person twice counts once
        )
    with store.engine.connect() as conn:
        pending = conn.execute(
            select(OUTBOX.c.record_type, OUTBOX.c.record_id, OUTBOX.c.version).where(
                OUTBOX.c.batch_id.is_(None)
            )
        ).all()
        named = conn.execute(
            select(OUTPUT_PERSON.c.participant_id).where(OUTPUT_PERSON.c.output_id == entry)
        ).all()
    assert pending == [("output", entry, 1)]
    assert sorted(r[0] for r in named) == sorted(ids[:2])
    [batch] = seal_pending(store, device, hq.public_key())
    envelope = open_batch(batch.path.read_bytes(), hq, lambda _d: device.public_key())
    [record] = envelope.records
    assert (record.type, record.id) == ("output", entry)
    assert record.data["kind"] == "people export" and record.data["people"] == 2
    assert record.data["recorded_by"] == store.identity.recorded_by
    sent = batch.path.parent / "sent.json"
    sent.write_text(envelope.model_dump_json())
    assert not any(i in sent.read_text() for i in ids), "HQ learns how many, not who"
    assert len(batch_files(store.data.outbox)) == 2


def test_an_unknown_kind_is_refused_and_nothing_is_logged(store: Store) -> None:
    with (
        pytest.raises(ValueError, match="not a kind of file with names"),
        store.transaction() as conn,
    ):
        log_output(
            conn, store.identity, kind="'; DROP TABLE output; --", subject="x", people_ids=[]
        )
    with store.engine.connect() as conn:
        assert output_count(conn) == 0
        assert outputs(conn, limit=-5, offset=-1) == []
