"""HQ's bounds, in process: rate-limit buckets, bounded inflation of a batch, reads that take no
write lock (SQLite) or are read-only (PostgreSQL), and HQ's files private whatever the umask."""

from __future__ import annotations

import asyncio
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
from starlette.responses import JSONResponse

from fieldapp.domain.indicators import Period, compute_indicators
from sync.hq.database import open_database, read_only
from sync.hq.keys import HqKeys
from sync.hq.limits import BodyTimeout, TokenBuckets
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
        with read_only(hq) as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 0")
            figures = compute_indicators(conn, HQ_INDICATOR_TABLES, Period())
            devices = conn.execute(select(func.count()).select_from(HQ_DEVICE)).scalar_one()
        assert (figures.events_held, devices) == (0, 0)  # the writer's row is not committed
        with pytest.raises(OperationalError, match="database is locked"), hq.connect() as conn:
            # on the driver's connection: a statement through SQLAlchemy would begin first
            conn.connection.driver_connection.execute("PRAGMA busy_timeout = 0")  # type: ignore[union-attr]
            with conn.begin():  # what every read did before: BEGIN IMMEDIATE
                pass
    with read_only(hq) as conn:
        assert conn.execute(select(func.count()).select_from(HQ_DEVICE)).scalar_one() == 1


def test_read_only_writes_nothing_but_indicators_still_run(hq: Engine) -> None:
    with read_only(hq) as conn:
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


def _call(
    middleware: BodyTimeout, path: str, chunks: list[bytes], gap: float, length: int | None
) -> tuple[int, int]:
    """Send ``chunks`` ``gap`` seconds apart through ``middleware`` to an app that reads the
    whole body; returns (status, how many chunks were asked for)."""
    asked = 0
    sent: list[dict[str, object]] = []

    async def app(scope: dict[str, object], receive: object, send: object) -> None:
        while True:
            message = await receive()  # type: ignore[operator]
            if not message.get("more_body"):
                break
        await JSONResponse({"ok": True})(scope, receive, send)  # type: ignore[arg-type]

    async def receive() -> dict[str, object]:
        nonlocal asked
        await asyncio.sleep(gap)
        asked += 1
        more = asked < len(chunks)
        return {"type": "http.request", "body": chunks[asked - 1], "more_body": more}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    headers = [] if length is None else [(b"content-length", str(length).encode())]
    scope = {"type": "http", "method": "POST", "path": path, "headers": headers}
    middleware.app = app
    asyncio.run(middleware(scope, receive, send))
    return int(sent[0]["status"]), asked  # type: ignore[call-overload]


def test_a_body_that_trickles_in_is_cut_off() -> None:
    """A byte now and then keeps no connection: after the grace period a body must average a
    minimum rate (a 64 kbit/s link does 12 times the real floor)."""
    slow = BodyTimeout(None, 5.0, grace=0.2, min_rate=1000)  # type: ignore[arg-type]
    status, asked = _call(slow, "/api/v1/batches", [b"x" * 10] * 40, 0.02, None)
    assert status == 408 and asked < 40
    steady = BodyTimeout(None, 5.0, grace=0.2, min_rate=1000)  # type: ignore[arg-type]
    assert _call(steady, "/api/v1/batches", [b"x" * 1000] * 20, 0.02, None) == (200, 20)


def test_every_body_is_capped_before_it_is_read() -> None:
    """An enrollment is a few hundred bytes: a gigabyte is refused without a byte read, and a
    body without a length is cut at the cap."""
    guard = BodyTimeout(None, 5.0)  # type: ignore[arg-type]
    assert _call(guard, "/api/v1/enroll", [b"{}"], 0, 2**30) == (413, 0)
    status, asked = _call(guard, "/api/v1/enroll", [b"x" * 1024] * 100, 0, None)
    assert status == 413 and asked == 5
    assert _call(guard, "/api/v1/indicators", [b"x" * 1024] * 100, 0, None)[0] == 413
    assert _call(guard, "/api/v1/enroll", [b"x" * 1024] * 3, 0, 3072) == (200, 3)
