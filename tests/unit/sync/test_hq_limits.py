"""HQ's bounds, in process: rate-limit buckets, bounded inflation of a batch, reads that take no
write lock (SQLite) or are read-only (PostgreSQL), and HQ's files private whatever the umask."""

from __future__ import annotations

import base64
import json
import os
import stat
import uuid
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import DBAPIError, OperationalError

from fieldapp.domain.indicators import Period, compute_indicators
from sync.hq.database import open_database, read_only
from sync.hq.keys import HqKeys
from sync.hq.limits import TokenBuckets
from sync.hq.private import private_folder
from sync.hq.tables import HQ_DEVICE, HQ_INDICATOR_TABLES
from sync.protocol import BatchEnvelope
from sync.seal import (
    INFO,
    MAGIC,
    MAX_ENVELOPE_BYTES,
    SUITE,
    SealError,
    open_batch,
    raw_private,
    seal_batch,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_ten_a_minute_then_wait_for_the_next_token() -> None:
    clock = Clock()
    buckets = TokenBuckets(10, clock=clock)
    assert [buckets.take("10.0.0.1") for _ in range(10)] == [0.0] * 10
    assert buckets.take("10.0.0.1") == pytest.approx(6.0)  # one token every 6 s
    assert buckets.take("10.0.0.2") == 0.0  # another address has its own bucket
    clock.now += 6
    assert buckets.take("10.0.0.1") == 0.0
    assert buckets.take("10.0.0.1") > 0


def test_buckets_forget_clients_rather_than_grow_without_bound() -> None:
    clock = Clock()
    buckets = TokenBuckets(10, clock=clock, max_clients=100)
    for n in range(1000):
        buckets.take(f"10.0.{n // 256}.{n % 256}")
    assert len(buckets.buckets) <= 100


# --- bounded inflation ---------------------------------------------------------------------

DEVICE = "device-7f3a"


def _sealed_payload(payload: bytes, device: Ed25519PrivateKey, hq: X25519PrivateKey) -> bytes:
    name = DEVICE.encode()
    signed = len(name).to_bytes(1, "big") + name + device.sign(payload) + payload
    return MAGIC + SUITE.encrypt(signed, hq.public_key(), info=INFO)


def _envelope() -> BatchEnvelope:
    return BatchEnvelope(
        batch_id=str(uuid.uuid4()),
        device_id=DEVICE,
        office_id="office-1",
        seq=1,
        schema_version=1,
        created_at=datetime.now(UTC),
        records=[],
    )


def test_a_batch_that_inflates_past_the_bound_is_refused_not_inflated() -> None:
    device, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    lookup = {DEVICE: device.public_key()}.get
    head = _envelope().model_dump_json().encode()[:-2]
    compressor = zlib.compressobj(9)
    payload = compressor.compress(head)
    payload += compressor.compress(b" " * (MAX_ENVELOPE_BYTES + 1)) + compressor.flush()
    with pytest.raises(SealError, match="inflates to more than 8 MiB"):
        open_batch(_sealed_payload(payload, device, hq), hq, lookup)

    # Just under the bound (whitespace is valid JSON) still opens; a cut stream does not.
    fits = head + b" " * (MAX_ENVELOPE_BYTES - len(head) - 2) + b"]}"
    assert open_batch(_sealed_payload(zlib.compress(fits), device, hq), hq, lookup).records == []
    cut = zlib.compress(fits)[:-100]
    with pytest.raises(SealError, match="malformed"):
        open_batch(_sealed_payload(cut, device, hq), hq, lookup)
    whole = seal_batch(_envelope(), device, hq.public_key())
    assert open_batch(whole, hq, lookup).device_id == DEVICE


# --- reads without the write lock ----------------------------------------------------------


@pytest.fixture
def hq(hq_db_url: str) -> Iterator[Engine]:
    engine = open_database(hq_db_url)
    yield engine
    engine.dispose()


def _a_device() -> dict[str, object]:
    return {
        "device_id": str(uuid.uuid4()),
        "office_id": "office-1",
        "office_name": "Programme Office Rabat",
        "public_key": "A" * 44,
        "enrolled_at": datetime.now(UTC),
    }


def test_reads_go_on_while_a_batch_holds_the_write_lock(hq: Engine) -> None:
    """On SQLite a batch being applied holds the write lock; readers (indicators with their
    temporary tables, sync health) do not wait for it. Were reads to take the lock, this test
    would see "database is locked" at once (no busy wait)."""
    if hq.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's readers never wait for a writer")
    with hq.connect() as writer, writer.begin():  # BEGIN IMMEDIATE: the write lock
        writer.execute(insert(HQ_DEVICE).values(_a_device()))
        with read_only(hq, scratch_tables=True) as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 0")
            figures = compute_indicators(conn, HQ_INDICATOR_TABLES, Period())
            devices = conn.execute(select(func.count()).select_from(HQ_DEVICE)).scalar_one()
        assert (figures.events_held, devices) == (0, 0)  # the writer's row is not committed
        with pytest.raises(OperationalError, match="database is locked"), hq.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 0")
            with conn.begin():  # what every read did before: BEGIN IMMEDIATE
                pass
    with read_only(hq) as conn:
        assert conn.execute(select(func.count()).select_from(HQ_DEVICE)).scalar_one() == 1


def test_read_only_writes_nothing_but_indicators_still_run(hq: Engine) -> None:
    with read_only(hq, scratch_tables=True) as conn:
        assert compute_indicators(conn, HQ_INDICATOR_TABLES, Period()).events_held == 0
    if hq.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="read-only transaction"), read_only(hq) as conn:
            conn.execute(insert(HQ_DEVICE).values(_a_device()))
    with hq.begin() as conn:  # writes still go through
        conn.execute(insert(HQ_DEVICE).values(_a_device()))


# --- HQ's files are its own ----------------------------------------------------------------


@pytest.fixture
def loose_umask() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _private_modes(folder: Path, *names: str) -> dict[str, int]:
    return {name: mode(folder / name) for name in names}


@pytest.mark.usefixtures("loose_umask")
def test_the_database_and_keys_are_private_under_a_loose_umask(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'hq.db'}")
    HqKeys.load_or_create(tmp_path / "keys" / "hq_keys.json")
    try:
        assert _private_modes(tmp_path, "hq.db", "hq.db-wal", "hq.db-shm", "keys/hq_keys.json") == {
            "hq.db": 0o600,
            "hq.db-wal": 0o600,
            "hq.db-shm": 0o600,
            "keys/hq_keys.json": 0o600,
        }
        assert mode(tmp_path / "keys") == 0o700
    finally:
        engine.dispose()


@pytest.mark.usefixtures("loose_umask")
def test_what_an_earlier_hq_left_readable_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "hq"
    folder.mkdir(mode=0o755)
    (folder / "hq.db").touch(mode=0o644)
    keys = HqKeys.generate()
    text = {
        k: base64.b64encode(raw_private(v)).decode()
        for k, v in (("box", keys.box), ("signing", keys.signing))
    }
    (folder / "hq_keys.json").write_text(json.dumps(text))
    (folder / "hq_keys.json").chmod(0o644)
    private_folder(folder)
    engine = open_database(f"sqlite:///{folder / 'hq.db'}")
    try:
        assert HqKeys.load_or_create(folder / "hq_keys.json").public() == keys.public()
        assert mode(folder) == 0o700
        assert _private_modes(folder, "hq.db", "hq.db-wal", "hq_keys.json") == dict.fromkeys(
            ("hq.db", "hq.db-wal", "hq_keys.json"), 0o600
        )
    finally:
        engine.dispose()
