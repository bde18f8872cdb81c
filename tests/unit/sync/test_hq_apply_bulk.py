"""HQ applies a batch of records it already holds in bulk, and still decides each one as the
version rules say: newer written, same version a duplicate, older stale, far ahead or another
office's id or the same id twice refused; an edited event's tags replace its old ones. On
both databases (PostgreSQL takes the unnest path, SQLite executemany)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, insert, select

from fieldapp.domain.records import EventBase, EventTags, ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from sync.hq.apply import Signer, apply_batch
from sync.hq.database import open_database
from sync.hq.tables import HQ_EVENT_TAG, HQ_TABLES
from sync.protocol import BatchEnvelope, RecordChange
from sync.seal import open_batch

TODAY = date(2026, 11, 22)
PEOPLE = HQ_TABLES[RecordType.PARTICIPANT]


@pytest.fixture
def hq(hq_db_url: str) -> Iterator[Engine]:
    engine = open_database(hq_db_url)
    yield engine
    engine.dispose()


def _at(change: RecordChange, version: int, **data: Any) -> RecordChange:
    return change.model_copy(
        update={"version": version, "data": {**change.data, **data, "version": version}}
    )


def _apply(hq: Engine, envelope: BatchEnvelope, records: list[RecordChange]) -> list[Any]:
    with hq.begin() as conn:
        results = apply_batch(
            conn,
            envelope.model_copy(update={"records": records}),
            Signer(envelope.device_id, envelope.office_id),
            today=TODAY,
        )
    return [(r.result, r.reason) for r in results]


def test_known_records_in_bulk_follow_the_version_rules(store: Store, hq: Engine) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=TODAY)
        repo.add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="female") for i in range(6)]
        )
        repo.add_event(
            EventBase(
                title="Border management",
                event_type="workshop",
                start_date=date(2026, 10, 1),
                end_date=date(2026, 10, 2),
            ),
            EventTags(donors=["Canada"], pillars=["II"]),
        )
    device, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    seal_pending(store, device, box.public_key())
    [envelope] = [
        open_batch(p.read_bytes(), box, lambda _: device.public_key())
        for p in batch_files(store.data.outbox)
    ]
    people = [r for r in envelope.records if r.type == RecordType.PARTICIPANT.value]
    [event] = [r for r in envelope.records if r.type == RecordType.EVENT.value]
    assert {r for r, _ in _apply(hq, envelope, envelope.records)} == {"accepted"}
    assert _apply(hq, envelope, [_at(people[2], 3)]) == [("accepted", None)]
    with hq.begin() as conn:  # an id HQ holds for another office
        row = dict(conn.execute(select(PEOPLE).where(PEOPLE.c.id == people[5].id)).mappings().one())
        conn.execute(PEOPLE.delete().where(PEOPLE.c.id == people[5].id))
        conn.execute(insert(PEOPLE).values({**row, "office_id": "another-office"}))

    results = _apply(
        hq,
        envelope,
        [
            _at(people[0], 2, organization="Customs"),  # newer
            people[1],  # the version HQ holds
            _at(people[2], 2),  # older than HQ's 3
            _at(people[3], 1 + 1_001),  # too far ahead
            _at(people[4], 2),
            _at(people[4], 2),  # the same id twice
            _at(people[5], 2),
            _at(event, 2, tags={**event.data["tags"], "donors": ["Japan"]}),
        ],
    )
    assert [r for r, _ in results] == [
        "accepted",
        "duplicate",
        "stale",
        "rejected",
        "accepted",
        "rejected",
        "rejected",
        "accepted",
    ]
    assert results[2][1] == "HQ already holds a newer version (3)"
    assert "too far ahead" in str(results[3][1])
    assert results[5][1] == "the record appears twice in the batch"
    assert results[6][1] == "this record id belongs to another office"
    with hq.connect() as conn:
        stored = dict(conn.execute(select(PEOPLE.c.id, PEOPLE.c.version)).all())
        changed = conn.execute(
            select(PEOPLE.c.organization).where(PEOPLE.c.id == people[0].id)
        ).scalar_one()
        tags = set(conn.execute(select(HQ_EVENT_TAG.c.kind, HQ_EVENT_TAG.c.code)).all())
    assert [stored[p.id] for p in people] == [2, 1, 3, 1, 2, 1]
    assert changed == "Customs"
    assert tags == {("donor", "Japan"), ("pillar", "II")}


def test_every_value_is_stored_as_sent_whatever_the_server_s_time_zone(
    store: Store, hq_db_url: str
) -> None:
    """Written in bulk (on PostgreSQL, arrays in binary): each column as the device sent it,
    moments to the microsecond, even where the database server's sessions run in another
    time zone."""
    from datetime import datetime

    from sqlalchemy import event

    from fieldapp.store.demo import generate

    engine = open_database(hq_db_url)
    if engine.dialect.name == "postgresql":

        def far_east(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("SET TIME ZONE 'Asia/Tokyo'")
            dbapi_connection.commit()

        engine.dispose()
        event.listen(engine, "connect", far_east)
    with store.transaction() as conn:
        generate(conn, store.identity, events=8, people=60, seed=7, today=TODAY)
    device, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    seal_pending(store, device, box.public_key())
    envelopes = [
        open_batch(p.read_bytes(), box, lambda _: device.public_key())
        for p in batch_files(store.data.outbox)
    ]
    try:
        for envelope in envelopes:
            assert {r for r, _ in _apply(engine, envelope, envelope.records)} == {"accepted"}
        checked = {"moment": 0, "date": 0, "float": 0}
        with engine.connect() as conn:
            for envelope in envelopes:
                for record in envelope.records:
                    table = HQ_TABLES[RecordType(record.type)]
                    row = (
                        conn.execute(select(table).where(table.c.id == record.id)).mappings().one()
                    )
                    for name, sent in record.data.items():
                        if name not in row or name == "tags":
                            continue
                        held = row[name]
                        if isinstance(held, datetime):
                            assert held == datetime.fromisoformat(sent), (record.type, name)
                            checked["moment"] += 1
                        elif isinstance(held, date):
                            assert held.isoformat() == sent, (record.type, name)
                            checked["date"] += 1
                        else:
                            assert held == sent, (record.type, name)
                            checked["float"] += isinstance(held, float)
        assert min(checked.values()) > 5, checked
    finally:
        engine.dispose()


def test_an_edit_is_stored_whole_whichever_columns_it_changes(store: Store, hq: Engine) -> None:
    """On SQLite, rows whose indexed columns an edit leaves as they were are written without
    them (`sync.hq.bulk.update_newer`): an edit that does change one (sex, birth year, a
    deletion) is still stored whole, beside edits that change none, in one batch."""
    with store.transaction() as conn:
        ids = Repository(conn, store.identity, today=TODAY).add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="female") for i in range(4)]
        )
    device, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    seal_pending(store, device, box.public_key())
    [envelope] = [
        open_batch(p.read_bytes(), box, lambda _: device.public_key())
        for p in batch_files(store.data.outbox)
    ]
    people = sorted(envelope.records, key=lambda r: ids.index(r.id))
    assert {r for r, _ in _apply(hq, envelope, people)} == {"accepted"}
    deleted = "2026-11-20T10:00:00+00:00"
    edits = [
        _at(people[0], 2, organization="Customs"),  # no indexed column
        _at(people[1], 2, sex="male", age_band="25-34", organization="Police"),
        _at(people[2], 2, deleted_at=deleted),
        _at(people[3], 2, nationality="TUN"),
    ]
    assert _apply(hq, envelope, edits) == [("accepted", None)] * 4
    with hq.connect() as conn:
        rows = {
            r.id: r
            for r in conn.execute(
                select(
                    PEOPLE.c.id,
                    PEOPLE.c.version,
                    PEOPLE.c.sex,
                    PEOPLE.c.age_band,
                    PEOPLE.c.organization,
                    PEOPLE.c.nationality,
                    PEOPLE.c.deleted_at,
                )
            )
        }
        if hq.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            by_index = dict(  # what the dashboard's covering index holds
                conn.exec_driver_sql(
                    "SELECT id, sex || ' ' || coalesce(age_band, '-') || ' ' "
                    "|| coalesce(nationality, '-') "
                    "|| ' ' || (deleted_at IS NULL) FROM hq_participant "
                    "INDEXED BY ix_hq_participant_office_facts WHERE office_id = ?",
                    (envelope.office_id,),
                ).all()
            )
            assert [by_index[p.id] for p in people] == [
                "female - - 1",
                "male 25-34 - 1",
                "female - - 0",
                "female - TUN 1",
            ]
    first, second, third, fourth = (rows[p.id] for p in people)
    assert {r.version for r in rows.values()} == {2}
    assert (first.organization, first.sex, first.age_band) == ("Customs", "female", None)
    assert (second.sex, second.age_band, second.organization) == ("male", "25-34", "Police")
    assert third.deleted_at is not None and first.deleted_at is None
    assert fourth.nationality == "TUN"
