"""Sealed batches: only HQ reads them, only an enrolled device's signature passes, and any
changed byte is refused."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.protocol import Acknowledgement, BatchEnvelope, RecordChange, RecordResult
from sync.seal import (
    SealError,
    ed25519_public,
    open_batch,
    open_message,
    raw_public,
    seal_batch,
    sign_message,
)

DEVICE = "device-7f3a"


def envelope(n: int = 3) -> BatchEnvelope:
    return BatchEnvelope(
        batch_id=str(uuid.uuid4()),
        device_id=DEVICE,
        office_id="office-1",
        seq=1,
        schema_version=5,
        created_at=datetime(2026, 11, 22, 12, 0, tzinfo=UTC),
        records=[
            RecordChange(
                type="participant",
                id=str(uuid.uuid4()),
                version=1,
                data={"full_name": f"Айгерим Ахметова {i}", "sex": "female"},
            )
            for i in range(n)
        ],
    )


@pytest.fixture
def keys() -> tuple[Ed25519PrivateKey, X25519PrivateKey]:
    return Ed25519PrivateKey.generate(), X25519PrivateKey.generate()


def lookup(device_key: Ed25519PrivateKey):  # type: ignore[no-untyped-def]
    public = device_key.public_key()
    return lambda device_id: public if device_id == DEVICE else None


def test_round_trip_and_nothing_in_clear(keys: tuple[Ed25519PrivateKey, X25519PrivateKey]) -> None:
    device, hq = keys
    batch = envelope()
    sealed = seal_batch(batch, device, hq.public_key())
    assert "Ахметова".encode() not in sealed and b"participant" not in sealed
    assert open_batch(sealed, hq, lookup(device)) == batch


def test_every_changed_byte_is_refused(keys: tuple[Ed25519PrivateKey, X25519PrivateKey]) -> None:
    device, hq = keys
    sealed = bytearray(seal_batch(envelope(), device, hq.public_key()))
    for position in (0, 5, 30, len(sealed) // 2, len(sealed) - 1):
        tampered = bytearray(sealed)
        tampered[position] ^= 0x01
        with pytest.raises(SealError):
            open_batch(bytes(tampered), hq, lookup(device))


def test_other_hq_unknown_device_and_forged_signature(
    keys: tuple[Ed25519PrivateKey, X25519PrivateKey],
) -> None:
    device, hq = keys
    sealed = seal_batch(envelope(), device, hq.public_key())
    with pytest.raises(SealError, match="another HQ"):
        open_batch(sealed, X25519PrivateKey.generate(), lookup(device))
    with pytest.raises(SealError, match="not signed by an enrolled device") as unknown:
        open_batch(sealed, hq, lambda _d: None)
    impostor = Ed25519PrivateKey.generate()
    forged = seal_batch(envelope(), impostor, hq.public_key())  # right device id, wrong key
    with pytest.raises(SealError, match="not signed by an enrolled device") as bad_signature:
        open_batch(forged, hq, lookup(device))
    # One answer for both: a prober cannot tell which device ids are enrolled.
    assert str(unknown.value) == str(bad_signature.value)


def test_bytes_per_record_are_small(keys: tuple[Ed25519PrivateKey, X25519PrivateKey]) -> None:
    device, hq = keys
    sealed = seal_batch(envelope(500), device, hq.public_key())
    assert len(sealed) / 500 < 150


def test_signed_acknowledgement(keys: tuple[Ed25519PrivateKey, X25519PrivateKey]) -> None:
    hq_signing = Ed25519PrivateKey.generate()
    ack = Acknowledgement(
        batch_id="b1",
        device_id=DEVICE,
        received_at=datetime(2026, 11, 22, tzinfo=UTC),
        results=[
            RecordResult(
                type="participant",
                id="p1",
                version=1,
                result="rejected",
                reason="sex: “F” is not a known value",
            )
        ],
    )
    data = sign_message(ack, hq_signing)
    hq_public: Ed25519PublicKey = ed25519_public(raw_public(hq_signing.public_key()))
    assert open_message(data, Acknowledgement, hq_public) == ack
    with pytest.raises(SealError, match="signature"):
        open_message(data.replace(b"rejected", b"accepted"), Acknowledgement, hq_public)
    with pytest.raises(SealError, match="malformed"):
        open_message(b"not json", Acknowledgement, hq_public)


def test_hostile_input_is_refused_not_crashed(
    keys: tuple[Ed25519PrivateKey, X25519PrivateKey],
) -> None:
    from sync.seal import MAGIC, SUITE

    device, hq = keys
    for plaintext in (b"", b"\x05abc", b"\x00" + b"x" * 10):
        sealed = MAGIC + SUITE.encrypt(plaintext, hq.public_key(), info=b"fieldapp sealed batch v1")
        with pytest.raises(SealError):
            open_batch(sealed, hq, lookup(device))
    with pytest.raises(SealError):
        open_message(
            b'{"signature": "AAAA", "body": 5}',
            Acknowledgement,
            Ed25519PrivateKey.generate().public_key(),
        )
