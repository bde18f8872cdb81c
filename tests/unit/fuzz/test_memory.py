"""The heaviest hostile inputs, each once, in a fresh process (`heavy.py`): the parser
refuses them with its documented error, without its peak memory growing past `MAX_GROWTH_MB`
and quickly. A decompression bomb in a validly signed batch, JSON nested 100,000 deep in a
batch and in HQ's signed messages, envelopes of the largest size HQ inflates, a sheet that
claims a million rows."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from sync.protocol import Acknowledgement, BatchEnvelope
from sync.seal import (
    MAX_ENVELOPE_BYTES,
    MAX_JSON_CONTAINERS,
    json_containers,
    seal_batch,
    sign_message,
)
from tests.unit.fuzz.hostile import (
    DEEP,
    DEVICE,
    DEVICE_ID,
    HQ_BOX,
    HQ_SIGNING,
    seal_raw,
    sign_raw,
    utf8,
)

ROOT = Path(__file__).resolve().parents[3]
MAX_GROWTH_MB = 200
MAX_SECONDS = 10


def heavy(tmp_path: Path, kind: str, data: bytes, *extra: str) -> dict[str, Any]:
    file = tmp_path / "input"
    file.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "tests.unit.fuzz.heavy", kind, str(file), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def assert_refused(found: dict[str, Any], error: str) -> None:
    assert found["error"] == error, found
    assert found["growth_mb"] < MAX_GROWTH_MB, found
    assert found["seconds"] < MAX_SECONDS, found


def bomb(size: int) -> bytes:
    """zlib of ``size`` bytes of JSON-ish zeros, made a MiB at a time (about 1 MiB per GiB)."""
    deflate = zlib.compressobj(9)
    chunk = b"0" * 2**20
    parts = [deflate.compress(b'{"records":[')]
    parts += [deflate.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join([*parts, deflate.flush()])


def test_the_child_opens_a_real_batch_and_a_real_answer(tmp_path: Path) -> None:
    """What the child is given is sealed and signed with the keys it opens with."""
    envelope = BatchEnvelope(
        batch_id=str(uuid.uuid4()),
        device_id=DEVICE_ID,
        office_id="office",
        seq=1,
        schema_version=1,
        created_at=datetime.now(UTC),
        records=[],
    )
    sealed = seal_batch(envelope, DEVICE, HQ_BOX.public_key())
    assert heavy(tmp_path, "batch", sealed)["error"] is None
    answer = Acknowledgement(
        batch_id=envelope.batch_id, device_id=DEVICE_ID, received_at=datetime.now(UTC), results=[]
    )
    signed = sign_message(answer, HQ_SIGNING)
    assert heavy(tmp_path, "message:Acknowledgement", signed)["error"] is None


def test_a_decompression_bomb_in_a_validly_signed_batch(tmp_path: Path) -> None:
    sealed = seal_raw(utf8(DEVICE_ID), bomb(2**28))  # 256 MiB once inflated, 32 times the cap
    assert len(sealed) < 2**20
    assert_refused(heavy(tmp_path, "batch", sealed), "SealError")


def test_json_nested_100000_deep_in_a_validly_signed_batch(tmp_path: Path) -> None:
    sealed = seal_raw(utf8(DEVICE_ID), zlib.compress(b"[" * DEEP + b"]" * DEEP))
    assert_refused(heavy(tmp_path, "batch", sealed), "SealError")


@pytest.mark.parametrize(
    ("model", "where"), [("Acknowledgement", "wrapper"), ("ReferenceBundle", "signed body")]
)
def test_json_nested_100000_deep_in_a_signed_message(
    tmp_path: Path, model: str, where: str
) -> None:
    deep = "[" * DEEP + "]" * DEEP
    data = utf8(deep) if where == "wrapper" else sign_raw(deep)
    assert_refused(heavy(tmp_path, f"message:{model}", data), "SealError")


def largest_envelope(item: bytes, start: bytes = b'{"records":[', end: bytes = b"]}") -> bytes:
    """An envelope of nothing but ``item`` repeated, as large as HQ inflates (or a few bytes
    under)."""
    count = (MAX_ENVELOPE_BYTES - 64 - len(start) - len(end)) // (len(item) + 1)
    return start + b",".join([item] * count) + end


def envelope_of_keys(values: int) -> bytes:
    """An envelope of keys no model has: ``values`` of them, or as many as HQ inflates."""
    keys, size, n = [], 2, 0
    while size < MAX_ENVELOPE_BYTES - 64 and n < values:
        key = b'"%x":0' % n
        keys.append(key)
        size, n = size + len(key) + 1, n + 1
    return b"{" + b",".join(keys[:-1]) + b"}"


def costliest_envelope(item: bytes) -> bytes:
    """``item`` repeated as often as HQ parses before it refuses on what parsing may cost
    (`json_containers`): the most validation errors a signed batch can make of it."""
    start, end = b'{"records":[', b"]}"
    each = json_containers(item) + 1  # and the comma between two
    count = (MAX_JSON_CONTAINERS - json_containers(start + end)) // each
    envelope = start + b",".join([item] * count) + end
    assert json_containers(envelope) <= MAX_JSON_CONTAINERS
    return envelope


BAD_RECORD = b'{"type":0,"id":0,"version":"","deleted":"","data":0}'
TWENTY_KEYS = b"{" + b",".join(b'"%c":0' % (ord("a") + n) for n in range(20)) + b"}"
FLOODS = {
    "8 MiB of empty objects": lambda: largest_envelope(b"{}"),
    "8 MiB of zeros": lambda: largest_envelope(b"0"),
    "as many empty objects as HQ parses": lambda: costliest_envelope(b"{}"),
    "as many bad records as HQ parses": lambda: costliest_envelope(BAD_RECORD),
    "as many zeros as HQ parses": lambda: costliest_envelope(b"0"),
    "as many unknown keys as HQ parses": lambda: envelope_of_keys(MAX_JSON_CONTAINERS - 10),
    "as many records of 20 unknown keys": lambda: costliest_envelope(TWENTY_KEYS),
    "as many records holding a list": lambda: costliest_envelope(b'{"zz":[0]}'),
}


@pytest.mark.parametrize("flood", FLOODS)
def test_the_costliest_envelopes_are_refused_within_bounds(tmp_path: Path, flood: str) -> None:
    envelope = FLOODS[flood]()
    assert len(envelope) <= MAX_ENVELOPE_BYTES
    sealed = seal_raw(utf8(DEVICE_ID), zlib.compress(envelope, 9))
    assert_refused(heavy(tmp_path, "batch", sealed), "SealError")


def test_a_sheet_claiming_a_million_rows_and_every_column(tmp_path: Path) -> None:
    from tests.unit.fuzz.test_tables import HEADER_ROW, SHEET, TEMPLATE, sheet_xml, zipped

    last = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    book = zipped({**TEMPLATE, SHEET: sheet_xml(HEADER_ROW + last, "A1:XFD1048576")})
    path = tmp_path / "people.xlsx"
    path.write_bytes(book)
    assert zipfile.is_zipfile(path)
    assert_refused(heavy(tmp_path, "table", b"", str(path)), "ExchangeError")
