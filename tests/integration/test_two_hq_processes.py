"""Two HQ processes on one database receive the same batches at the same moment: each
batch is applied once, both answer it with the same signed acknowledgement, and HQ stores
every record once (on SQLite, and on PostgreSQL, which is how HQ grows past one machine)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from sqlalchemy import func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key, enroll
from sync.hq.tables import HQ_BATCH, HQ_TABLES
from sync.protocol import Acknowledgement
from sync.seal import ed25519_public, open_message, x25519_public
from tests.integration.hq_helpers import RunningHq, hq_process

PEOPLE = 3_000
PER_BATCH = 100


def test_two_hq_processes_store_nothing_twice(hq: RunningHq, store: Store, tmp_path: Path) -> None:
    link = enroll(store, hq.url, hq.token("Programme Office Nairobi")).link
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Участник {i}", sex="male") for i in range(PEOPLE)]
        )
    seal_pending(store, device_signing_key(store), x25519_public(link.hq_box_key), limit=PER_BATCH)
    sealed = [path.read_bytes() for path in batch_files(store.data.outbox)]
    assert len(sealed) == PEOPLE // PER_BATCH

    def post_all(url: str) -> list[requests.Response]:
        with requests.Session() as session:
            return [session.post(f"{url}/api/v1/batches", data=b, timeout=60) for b in sealed]

    with (
        hq_process(hq.data, hq.db_url) as second,  # same keys, same database
        ThreadPoolExecutor(2) as pool,
    ):
        first_answers, second_answers = pool.map(post_all, [hq.url, second])
    assert [r.status_code for r in first_answers + second_answers] == [200] * (2 * len(sealed))
    assert [r.content for r in first_answers] == [r.content for r in second_answers]
    signing = ed25519_public(link.hq_signing_key)
    results = [
        r.result
        for answer in first_answers
        for r in open_message(answer.content, Acknowledgement, signing).results
    ]
    assert results == ["accepted"] * PEOPLE  # each record applied by exactly one process

    engine = hq.engine()
    table = HQ_TABLES[RecordType.PARTICIPANT]
    with engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(table)).scalar_one()
        distinct = conn.execute(select(func.count(table.c.id.distinct()))).scalar_one()
        batches = conn.execute(select(func.count()).select_from(HQ_BATCH)).scalar_one()
    engine.dispose()
    assert (rows, distinct, batches) == (PEOPLE, PEOPLE, len(sealed))
