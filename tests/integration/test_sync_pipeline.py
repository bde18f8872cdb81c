"""`fieldapp sync`'s cycle carries each batch as soon as it is sealed (`sync_cycle`): against a
real HQ process, batches reach HQ while later ones are still being sealed, and at the end HQ
holds every record once and the device has every answer; with HQ unreachable, sealing still
ends and every batch waits in the outbox."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import batch_files
from fieldapp.store.store import Store
from fieldapp.store.sync_client import enroll
from fieldapp.store.sync_cycle import sync_cycle
from sync.hq.tables import HQ_TABLES
from tests.integration.hq_helpers import RunningHq, running_hq

PEOPLE = 24_000  # 24 batches of 1,000: three sealing transactions of 8


def fill(store: Store, n: int = PEOPLE) -> None:
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [
                ParticipantBase(
                    full_name=f"Trainee {i}",
                    sex=("female", "male")[i % 2],
                    consent=True,
                    consent_date=date(2026, 3, 2),
                )
                for i in range(n)
            ]
        )


def held_at(hq: RunningHq) -> tuple[int, int]:
    from sqlalchemy import create_engine

    engine = create_engine(hq.db_url)
    try:
        with engine.connect() as conn:
            people = HQ_TABLES[RecordType.PARTICIPANT]
            rows = conn.execute(select(func.count(), func.count(func.distinct(people.c.id)))).one()
            return int(rows[0]), int(rows[1])
    finally:
        engine.dispose()


def test_batches_travel_while_the_next_are_sealed_and_arrive_once(
    hq: RunningHq, store: Store
) -> None:
    enroll(store, hq.url, hq.token("Programme Office Rabat"))
    fill(store)
    cycle = sync_cycle(store.data, store)
    assert cycle.prepared is not None and len(cycle.prepared.sealed) == PEOPLE // 1000
    assert cycle.carried_while_sealing >= 1  # the courier did not wait for the last batch
    assert cycle.report is not None and cycle.report.delivered == PEOPLE // 1000
    assert cycle.report.pending == 0 and batch_files(store.data.outbox) == []
    assert cycle.answers is not None and cycle.answers.accepted == PEOPLE
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 0
    assert held_at(hq) == (PEOPLE, PEOPLE)


def test_with_hq_unreachable_sealing_ends_and_every_batch_waits(
    tmp_path: Path, store: Store, hq_db_url: str
) -> None:
    with running_hq(tmp_path / "hq", hq_db_url) as hq:
        enroll(store, hq.url, hq.token("Programme Office Rabat"))
    fill(store, 5_000)  # HQ has stopped: its port refuses
    cycle = sync_cycle(store.data, store, attempts=1)
    assert cycle.prepared is not None and len(cycle.prepared.sealed) == 5
    assert cycle.report is not None and cycle.report.delivered == 0
    assert cycle.report.pending == 5 and len(batch_files(store.data.outbox)) == 5
    assert cycle.report.last_error is not None and "reached" in cycle.report.last_error
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 5_000
