"""Issue 16's must-show for minimisation, with a real HQ process (on SQLite, then PostgreSQL)
and a real laptop store syncing to it: after a sync under the default policy, no trainee's
name, e-mail or phone is in any file of HQ's folder (database, WAL, logs) nor in its database,
while HQ's figures equal the office's own; a device that sends names anyway is stripped; under
``shared``, identities reach HQ only as ciphertext HQ's identity key opens."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.vocab import RecordType
from fieldapp.store.demo import generate
from fieldapp.store.repository import PARTICIPANT
from fieldapp.store.sealing import FIELDS, SUFFIX
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key, enroll, pinned_link
from fieldapp.store.sync_cycle import sync_cycle
from fieldapp.store.tables import INDICATOR_TABLES
from sync.hq.identities import IdentityKey, open_sealed
from sync.hq.tables import HQ_INDICATOR_TABLES, HQ_TABLES
from sync.protocol import BatchEnvelope, RecordChange
from sync.seal import seal_batch, x25519_public
from tests.integration.hq_helpers import hq_cli, hq_process

TODAY = date(2026, 11, 22)
HQ_PEOPLE = HQ_TABLES[RecordType.PARTICIPANT]


def jsonable(value: object) -> object:
    """A typed value as a record carries it (ISO; a moment in UTC)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value.isoformat() if isinstance(value, date) else value


def _trainees(store: Store) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(PARTICIPANT)).mappings()]


def _secrets(people: list[dict[str, object]]) -> set[bytes]:
    found = {
        str(p[k]).encode("utf-8") for p in people for k in ("full_name", "email", "phone") if p[k]
    }
    assert len(found) > 50
    return found


def _figures(indicators: dict[str, object]) -> dict[str, object]:
    breakdowns = indicators["breakdowns"]
    assert isinstance(breakdowns, dict)
    return {
        "individuals": indicators["individuals_trained"],
        "participations": indicators["participations"],
        "women": indicators["women_share"],
        "sex_age": breakdowns["sex_age"],
    }


def _device_figures(store: Store) -> dict[str, object]:
    with store.engine.connect() as conn:
        return _figures(compute_indicators(conn, INDICATOR_TABLES, Period()).as_dict())


def _hq_figures(db_url: str, store: Store) -> dict[str, object]:
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            return _figures(
                compute_indicators(
                    conn, HQ_INDICATOR_TABLES, Period(), office_ids=[store.identity.office_id]
                ).as_dict()
            )
    finally:
        engine.dispose()


def _hq_rows(db_url: str) -> list[dict[str, object]]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(HQ_PEOPLE)).mappings()]
    finally:
        engine.dispose()


def _found_in_files(folder: Path, secrets: set[bytes]) -> list[tuple[str, str]]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [(path.name, s.decode()) for s in secrets if s in data]
    return found


def _hostile_batch(store: Store, people: list[dict[str, object]], seq: int) -> bytes:
    """A batch as a device ignoring its office's policy seals it: every person in full."""
    columns = FIELDS[RecordType.PARTICIPANT]
    records = [
        RecordChange(
            type="participant",
            id=str(p["id"]),
            version=int(str(p["version"])) + 1,
            data={k: jsonable(p[k]) for k in columns} | {"version": int(str(p["version"])) + 1},
        )
        for p in people[:50]
    ]
    envelope = BatchEnvelope(
        batch_id=str(uuid.uuid4()),
        device_id=store.identity.device_id,
        office_id=store.identity.office_id,
        seq=seq,
        schema_version=9,
        created_at=datetime.now(UTC),
        records=records,
    )
    with store.engine.connect() as conn:
        pinned = pinned_link(conn)
    assert pinned is not None
    return seal_batch(envelope, device_signing_key(store), x25519_public(pinned.hq_box_key))


def test_hq_holds_no_trainee_s_identity_and_counts_them_all_the_same(
    store: Store, tmp_path: Path, hq_db_url: str
) -> None:
    data = tmp_path / "hq-data"
    # On SQLite, HQ's database in HQ's folder, where an intruder would copy it from.
    db_url = f"sqlite:///{data / 'hq.db'}" if hq_db_url.startswith("sqlite") else hq_db_url
    with hq_process(data, db_url) as url:
        token = hq_cli(data, "--db", db_url, "token", "create", "--office", "Rabat")
        enroll(store, url, token.stdout.strip().splitlines()[-1])
        with store.transaction() as conn:
            generate(conn, store.identity, events=8, people=80, seed=16, today=TODAY)
        cycle = sync_cycle(store.data, store)
        assert cycle.report is not None and cycle.report.delivered > 0, cycle
        people = _trainees(store)
        secrets = _secrets(people)

        # A device that ignores the policy and sends 50 people in full: stripped at HQ.
        hostile = _hostile_batch(store, people, seq=1000)
        store.data.outbox.joinpath(f"{1000:08d}-{uuid.uuid4()}{SUFFIX}").write_bytes(hostile)
        sync_cycle(store.data, None)
        running = _found_in_files(data, secrets)  # the database, its WAL and -shm in use
        in_use = sorted(p.name for p in data.rglob("*"))
    # (HQ stopped: its log is complete.)
    assert running == []
    rows = _hq_rows(db_url)
    assert len(rows) == len(people)
    assert {(r["full_name"], r["email"], r["phone"], r["birth_year"]) for r in rows} == {
        ("", None, None, None)
    }
    assert sum(r["version"] == 2 for r in rows) == 50  # the hostile versions were taken…
    assert all(r["identity_sealed"] is None for r in rows)
    assert _found_in_files(data, secrets) == []  # …and nothing of them is in any HQ file
    if db_url.startswith("sqlite"):
        assert {"hq.db", "hq.db-wal", "hq.db-shm"} <= set(in_use)
    assert any(p.suffix == ".log" for p in data.rglob("*"))  # HQ's output, read too
    assert _hq_figures(db_url, store) == _device_figures(store)


def test_under_shared_identities_reach_hq_as_ciphertext_only(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = IdentityKey.generate()
    monkeypatch.setenv("FIELDAPP_HQ_IDENTITY_KEY", base64.b64encode(key.secret).decode())
    data = tmp_path / "hq-data"
    db_url = f"sqlite:///{data / 'hq.db'}"
    with hq_process(data, db_url) as url:
        token = hq_cli(data, "token", "create", "--office", "Rabat")
        enroll(store, url, token.stdout.strip().splitlines()[-1])
        shared = hq_cli(data, "office", "policy", "Rabat", "--identities", "shared")
        assert shared.returncode == 0, shared.stderr
        sync_cycle(store.data, store)  # nothing to send yet: takes HQ's bundle
        with store.transaction() as conn:
            generate(conn, store.identity, events=4, people=40, seed=17, today=TODAY)
        sync_cycle(store.data, store)
    people = {str(p["id"]): p for p in _trainees(store)}
    rows = _hq_rows(db_url)
    assert len(rows) == len(people)
    assert {(r["full_name"], r["email"], r["phone"]) for r in rows} == {("", None, None)}
    assert all(r["identity_sealed"] for r in rows)
    assert _found_in_files(data, _secrets(list(people.values()))) == []
    for row in rows[:5]:
        opened = open_sealed(
            key, store.identity.office_id, str(row["id"]), str(row["identity_sealed"])
        )
        assert opened["full_name"] == people[str(row["id"])]["full_name"]
    assert _hq_figures(db_url, store) == _device_figures(store)
