"""The HQ service as it runs: uvicorn on 127.0.0.1 in its own process, spoken to over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import seal_pending
from fieldapp.store.store import Store
from fieldapp.store.sync_client import join_office
from sync.protocol import Acknowledgement, BatchEnvelope, Refusal
from sync.seal import ed25519_public, open_message, raw_public, seal_batch, x25519_public
from tests.integration.hq_helpers import RunningHq

ROOT = Path(__file__).resolve().parents[2]


def test_enroll_send_replay_tamper_revoke(hq: RunningHq, store: Store) -> None:
    url = hq.url
    token = hq.token("Programme Office Rabat", "--ttl", "1h")
    device = Ed25519PrivateKey.generate()
    request = {
        "token": token,
        "device_id": store.identity.device_id,
        "office_id": store.identity.office_id,
        "device_public_key": raw_public(device.public_key()),
    }
    enrolled = requests.post(f"{url}/api/v1/enroll", json=request, timeout=10)
    assert enrolled.status_code == 200, enrolled.text
    assert enrolled.json()["office_name"] == "Programme Office Rabat"
    again = requests.post(f"{url}/api/v1/enroll", json=request, timeout=10)
    assert again.status_code == 403 and "already used" in again.json()["detail"]
    hq_box = x25519_public(enrolled.json()["hq_box_key"])
    hq_signing = ed25519_public(enrolled.json()["hq_signing_key"])
    with store.transaction() as conn:  # the device takes HQ's id for its office
        assert join_office(conn, store, enrolled.json()["office_id"])
    store.reload_identity()

    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [
                ParticipantBase(full_name=n, sex="female")
                for n in ("Amina El Amrani", "Айгерим Ахметова", "فاطمة العلي")
            ]
        )
    [batch] = seal_pending(store, device, hq_box)
    sealed = batch.path.read_bytes()
    first = requests.post(f"{url}/api/v1/batches", data=sealed, timeout=10)
    assert first.status_code == 200
    ack = open_message(first.content, Acknowledgement, hq_signing)
    assert (ack.batch_id, [r.result for r in ack.results]) == (batch.batch_id, ["accepted"] * 3)
    replays = [requests.post(f"{url}/api/v1/batches", data=sealed, timeout=10) for _ in range(4)]
    assert {r.content for r in replays} == {first.content}
    assert hq_rows(hq) == (3, 1)  # no new rows: 3 people, 1 batch

    other_bytes = requests.post(
        f"{url}/api/v1/batches",
        data=same_id_other_records(batch.batch_id, store, device, hq_box),
        timeout=10,
    )
    assert (
        other_bytes.status_code == 409
        and "other contents" in refusal_of(other_bytes, hq_signing).reason
    )

    tampered = bytearray(sealed)
    tampered[40] ^= 1
    refused = requests.post(f"{url}/api/v1/batches", data=bytes(tampered), timeout=10)
    assert refused.status_code == 403
    assert hq_rows(hq) == (3, 1)  # nothing stored

    assert hq.cli("device", "revoke", store.identity.device_id).returncode == 0
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="After Revocation", sex="male")
        )
    [later] = seal_pending(store, device, hq_box)
    revoked = requests.post(f"{url}/api/v1/batches", data=later.path.read_bytes(), timeout=10)
    assert revoked.status_code == 403 and "revoked" in refusal_of(revoked, hq_signing).reason
    assert hq_rows(hq) == (3, 1)


def refusal_of(response: requests.Response, hq_signing: Ed25519PublicKey) -> Refusal:
    """HQ's signed refusal in ``response``, read with HQ's key (an unsigned one fails)."""
    return open_message(response.content, Refusal, hq_signing)


def same_id_other_records(
    batch_id: str, store: Store, device: Ed25519PrivateKey, hq_box: X25519PublicKey
) -> bytes:
    """A properly sealed batch that reuses ``batch_id`` for other contents."""
    envelope = BatchEnvelope(
        batch_id=batch_id,
        device_id=store.identity.device_id,
        office_id=store.identity.office_id,
        seq=1,
        schema_version=1,
        created_at=datetime.now(UTC),
        records=[],
    )
    return seal_batch(envelope, device, hq_box)


def hq_rows(hq: RunningHq) -> tuple[int, int]:
    """(people, batches) stored at HQ."""
    from sqlalchemy import func, select

    from fieldapp.domain.vocab import RecordType
    from sync.hq.tables import HQ_BATCH, HQ_TABLES

    engine = hq.engine()
    with engine.connect() as conn:
        people = conn.execute(
            select(func.count()).select_from(HQ_TABLES[RecordType.PARTICIPANT])
        ).scalar_one()
        batches = conn.execute(select(func.count()).select_from(HQ_BATCH)).scalar_one()
    engine.dispose()
    return people, batches


def test_enroll_and_sync_from_the_command_line(
    hq: RunningHq, new_store: tuple[Store, str], store_dir: Path
) -> None:

    from tests.conftest import PASSPHRASE
    from tests.integration.cli_helpers import fieldapp

    url = hq.url
    new_store[0].close()
    token = hq.token("Liaison Office Astana")
    out = fieldapp(
        "enroll", "--data-dir", str(store_dir), "--hq", url, "--token", token, passphrase=PASSPHRASE
    )
    assert out.returncode == 0, out.stderr
    assert (
        fieldapp(
            "demo",
            "--data-dir",
            str(store_dir),
            "--people",
            "60",
            "--events",
            "8",
            passphrase=PASSPHRASE,
        ).returncode
        == 0
    )
    out = fieldapp("sync", "--data-dir", str(store_dir), passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    assert "delivered" in out.stdout and "refused 0" in out.stdout
    status = fieldapp("sync", "--status", "--data-dir", str(store_dir))  # no passphrase needed
    assert "sealed batches waiting: 0" in status.stdout
    assert_in_sync(hq, store_dir, people=60)
    out = fieldapp("sync", "--data-dir", str(store_dir / "elsewhere"))
    assert out.returncode == 2 and "not enrolled" in out.stderr


def test_by_hand_through_a_folder_reaches_the_same_end(
    hq: RunningHq, new_store: tuple[Store, str], store_dir: Path, tmp_path: Path
) -> None:

    from tests.conftest import PASSPHRASE
    from tests.integration.cli_helpers import fieldapp

    url = hq.url
    new_store[0].close()
    token = hq.token("Programme Office Abuja")
    assert (
        fieldapp(
            "enroll",
            "--data-dir",
            str(store_dir),
            "--hq",
            url,
            "--token",
            token,
            passphrase=PASSPHRASE,
        ).returncode
        == 0
    )
    assert (
        fieldapp(
            "demo",
            "--data-dir",
            str(store_dir),
            "--people",
            "40",
            "--events",
            "6",
            passphrase=PASSPHRASE,
        ).returncode
        == 0
    )
    stick = tmp_path / "usb"
    out = fieldapp(
        "sync", "--export", str(stick), "--data-dir", str(store_dir), passphrase=PASSPHRASE
    )
    assert out.returncode == 0 and "batch(es) written" in out.stdout, out.stderr
    assert list(stick.glob("*.fab"))
    out = hq.cli("import", str(stick))
    assert out.returncode == 0 and "refused 0" in out.stdout, out.stdout + out.stderr
    out = fieldapp(
        "sync", "--export", str(stick), "--data-dir", str(store_dir), passphrase=PASSPHRASE
    )
    assert out.returncode == 0 and "refused 0" in out.stdout, out.stdout + out.stderr
    assert list(stick.glob("*.fab")) == []
    assert_in_sync(hq, store_dir, people=40)
    assert list((store_dir / "outbox").glob("*.fab")) == []


def assert_in_sync(hq: RunningHq, store_dir: Path, *, people: int) -> None:
    """HQ holds the device's people and the device has nothing left to send."""
    from sqlalchemy import func, select

    from fieldapp.domain.vocab import RecordType
    from fieldapp.store.queries import unsynced_count
    from sync.hq.tables import HQ_TABLES
    from tests.conftest import PASSPHRASE

    engine = hq.engine()
    with engine.connect() as conn:
        count = conn.execute(
            select(func.count()).select_from(HQ_TABLES[RecordType.PARTICIPANT])
        ).scalar()
    engine.dispose()
    assert count == people
    store = Store.open(store_dir, passphrase=PASSPHRASE)
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 0
    store.close()
