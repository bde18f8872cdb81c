"""A device enrolled at a real HQ over HTTP, that seals batches by hand: true ones, and ones a
compromised device could make (a zlib bomb signed with its real key)."""

from __future__ import annotations

import uuid
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from sync.protocol import BatchEnvelope, RecordChange
from sync.seal import INFO, MAGIC, SUITE, raw_public, seal_batch, x25519_public


@dataclass
class FakeDevice:
    url: str
    device_id: str
    office_id: str
    key: Ed25519PrivateKey
    hq_box: X25519PublicKey
    hq_signing_key: str  # HQ's public signing key, as the device pins it
    seq: int = 0
    events: list[str] = field(default_factory=list)

    @classmethod
    def enroll(cls, url: str, token: str, *, verify: bool | str = True) -> FakeDevice:
        key = Ed25519PrivateKey.generate()
        device_id = str(uuid.uuid4())
        request = {
            "token": token,
            "device_id": device_id,
            "office_id": "office-of-the-token",  # HQ assigns the office; older HQs took this
            "device_public_key": raw_public(key.public_key()),
        }
        answer = requests.post(f"{url}/api/v1/enroll", json=request, timeout=10, verify=verify)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        office = body.get("office_id", request["office_id"])
        return cls(
            url, device_id, office, key, x25519_public(body["hq_box_key"]), body["hq_signing_key"]
        )

    def _envelope(self, records: list[RecordChange]) -> BatchEnvelope:
        self.seq += 1
        return BatchEnvelope(
            batch_id=str(uuid.uuid4()),
            device_id=self.device_id,
            office_id=self.office_id,
            seq=self.seq,
            schema_version=1,
            created_at=datetime.now(UTC),
            records=records,
        )

    def _synced(self, record_id: str) -> dict[str, Any]:
        return {
            "id": record_id,
            "version": 1,
            "updated_at": datetime.now(UTC).isoformat(),
            "deleted_at": None,
            "office_id": self.office_id,
            "device_id": self.device_id,
            "recorded_by": "tester",
        }

    def batch(self, people: int = 20) -> bytes:
        """A true batch: a held training event, ``people`` participants and their
        attendances (so HQ's indicators have something to count)."""
        event = str(uuid.uuid4())
        records = [
            RecordChange(
                type="event",
                id=event,
                version=1,
                data={
                    **self._synced(event),
                    "title": f"Workshop {self.seq + 1}",
                    "event_type": "training course",
                    "start_date": date(2026, 3, 2).isoformat(),
                    "end_date": date(2026, 3, 4).isoformat(),
                    "status": "held",
                    "tags": {"beneficiary_countries": ["MAR"]},
                },
            )
        ]
        for n in range(people):
            person, seat = str(uuid.uuid4()), str(uuid.uuid4())
            records.append(
                RecordChange(
                    type="participant",
                    id=person,
                    version=1,
                    data={
                        **self._synced(person),
                        "full_name": f"Person {n}",
                        "sex": "female" if n % 2 else "male",
                    },
                )
            )
            records.append(
                RecordChange(
                    type="attendance",
                    id=seat,
                    version=1,
                    data={
                        **self._synced(seat),
                        "event_id": event,
                        "participant_id": person,
                        "pre_test_score": 40,
                        "post_test_score": 70,
                        "satisfaction": 4,
                    },
                )
            )
        return seal_batch(self._envelope(records), self.key, self.hq_box)

    def bomb(self, chunks: int = 512, chunk: int = 4 * 1024 * 1024) -> bytes:
        """A batch signed with this device's real key whose payload inflates to ``chunks`` x
        ``chunk`` bytes (2 GiB by default): the start of an envelope, then spaces.

        Each chunk is deflated after a full flush, so its compressed form is the same every
        time and is repeated rather than recomputed (the checksum is computed over the
        whole); the test never holds the inflated bytes."""
        head = self._envelope([]).model_dump_json().encode()[:-2] + b'{"type":"participant"'
        block = b" " * chunk
        compressor = zlib.compressobj(9)
        first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
        middle = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
        end = compressor.flush()
        check = zlib.adler32(head)
        for _ in range(chunks):
            check = zlib.adler32(block, check)
        payload = first + middle * chunks + end[:-4] + check.to_bytes(4, "big")
        device = self.device_id.encode()
        signed = len(device).to_bytes(1, "big") + device + self.key.sign(payload) + payload
        return MAGIC + SUITE.encrypt(signed, self.hq_box, info=INFO)
