"""The open store: locking really locks; two writers wait for each other instead of failing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.store import Store, StoreError
from tests.conftest import PASSPHRASE


def test_a_closed_store_opens_no_connection(store: Store) -> None:
    engine = store.engine
    assert "x'" not in str(engine.url)  # the key is never part of the engine's URL
    store.close()
    with pytest.raises(StoreError, match="locked"):
        engine.connect()
    with pytest.raises(StoreError, match="locked"):
        _ = store.raw_key


def test_two_writers_wait_for_each_other(new_store: tuple[Store, str], store_dir: Path) -> None:
    first = new_store[0]
    second = Store.open(store_dir, passphrase=PASSPHRASE)
    errors: list[BaseException] = []

    def write(store: Store, name: str, hold: float) -> None:
        try:
            with store.transaction() as conn:
                repo = Repository(conn, store.identity)
                conn.execute(select(func.count()).select_from(PARTICIPANT)).scalar()  # read first
                time.sleep(hold)
                repo.add_participant(ParticipantBase(full_name=name, sex="female"))
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(first, "First Writer", 0.3)),
        threading.Thread(target=write, args=(second, "Second Writer", 0.0)),
    ]
    threads[0].start()
    time.sleep(0.05)
    threads[1].start()
    for t in threads:
        t.join()
    second.close()
    assert errors == []
    with first.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(PARTICIPANT)).scalar() == 2
