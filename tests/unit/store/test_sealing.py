"""Sealing the outbox: every pending change travels once, at its latest version, sealed."""

from __future__ import annotations

import math

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.demo import generate
from fieldapp.store.repository import OUTBOX, Repository
from fieldapp.store.sealing import BATCH_RECORDS, batch_files, seal_pending
from fieldapp.store.store import Store
from sync.protocol import BatchEnvelope
from sync.seal import open_batch


def open_all(store: Store, device: Ed25519PrivateKey, hq: X25519PrivateKey) -> list[BatchEnvelope]:
    public = device.public_key()
    return [
        open_batch(p.read_bytes(), hq, lambda _d: public) for p in batch_files(store.data.outbox)
    ]


def test_pending_changes_are_sealed_once_at_their_latest_version(store: Store) -> None:
    device, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    with store.transaction() as conn:
        generate(conn, store.identity, events=15, people=700, seed=3)
    with store.engine.connect() as conn:
        distinct = conn.execute(
            select(func.count()).select_from(
                select(OUTBOX.c.record_type, OUTBOX.c.record_id).distinct().subquery()
            )
        ).scalar_one()
    batches = seal_pending(store, device, hq.public_key())
    assert len(batches) == math.ceil(distinct / BATCH_RECORDS)
    assert [b.seq for b in batches] == list(range(1, len(batches) + 1))
    envelopes = open_all(store, device, hq)
    ids = [(r.type, r.id) for e in envelopes for r in e.records]
    assert len(ids) == len(set(ids)) == distinct
    assert all(
        e.device_id == store.identity.device_id and e.schema_version == store.schema_version()
        for e in envelopes
    )
    event = next(r for e in envelopes for r in e.records if r.type == "event")
    assert set(event.data["tags"]) == {
        "beneficiary_countries",
        "outcomes",
        "pillars",
        "partners",
        "donors",
    }
    with store.engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count()).select_from(OUTBOX).where(OUTBOX.c.batch_id.is_(None))
            ).scalar()
            == 0
        )
    assert seal_pending(store, device, hq.public_key()) == []  # nothing pending: no empty batch


def test_an_edit_and_a_delete_travel_as_new_versions(store: Store) -> None:
    device, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    with store.transaction() as conn:
        pid = Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="Leïla Haddad", sex="female")
        )
    seal_pending(store, device, hq.public_key())
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        repo.update_participant(pid, {"organization": "Border Guard Service"})
        repo.delete(RecordType.PARTICIPANT, pid)
    [second] = seal_pending(store, device, hq.public_key())
    [first_env, second_env] = open_all(store, device, hq)
    assert second.records == 1
    [record] = second_env.records
    assert (record.id, record.version, record.deleted) == (pid, 3, True)
    assert record.data["organization"] == "Border Guard Service"
    assert first_env.records[0].version == 1


def test_dates_and_moments_travel_as_the_store_holds_them(store: Store) -> None:
    """Read as text and written in ISO (a moment in UTC, with its offset): the same values
    the records' own types give, to the microsecond."""
    from datetime import UTC, date, datetime

    from fieldapp.store.repository import ATTENDANCE, EVENT, PARTICIPANT

    device, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    with store.transaction() as conn:
        generate(conn, store.identity, events=6, people=40, seed=5)
        repo = Repository(conn, store.identity)
        gone = repo.add_participant(ParticipantBase(full_name="Leaving Soon", sex="female"))
        repo.delete(RecordType.PARTICIPANT, gone)
    seal_pending(store, device, hq.public_key())
    sent = {(r.type, r.id): r.data for e in open_all(store, device, hq) for r in e.records}
    tables = {"event": EVENT, "participant": PARTICIPANT, "attendance": ATTENDANCE}
    seen = {"moment": 0, "date": 0, "deleted": 0}
    with store.engine.connect() as conn:
        for kind, table in tables.items():
            for row in conn.execute(select(table)).mappings():
                data = sent[(kind, row["id"])]
                for name, value in row.items():
                    if isinstance(value, datetime):
                        assert value.tzinfo is not None
                        assert datetime.fromisoformat(data[name]) == value  # to the microsecond
                        assert data[name] == value.astimezone(UTC).isoformat().replace(
                            "+00:00", "Z"
                        )
                        seen["moment"] += 1
                    elif isinstance(value, date):
                        assert data[name] == value.isoformat()
                        seen["date"] += 1
                seen["deleted"] += row["deleted_at"] is not None
    assert seen["moment"] > 100 and seen["date"] > 10 and seen["deleted"] == 1
