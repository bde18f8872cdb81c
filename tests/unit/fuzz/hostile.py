"""What the fuzz tests throw at the parsers: hostile JSON as text (so that it can hold what
`json.dumps` never writes: lone surrogates, NUL, NaN, numbers of thousands of digits, nesting
100,000 deep), HQ's and a device's keys, and the settings every property runs under.

Every property is bounded (examples, a deadline per example) so the whole fuzz suite stays
well under a minute of `make test` on two cores; the heaviest inputs run once, as plain tests,
in `test_memory.py`."""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from datetime import timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from sync.seal import INFO, MAGIC, SUITE, raw_public

# Fixed keys: `heavy.py` opens in a child process what the test sealed or signed.
HQ_BOX = X25519PrivateKey.from_private_bytes(hashlib.sha256(b"fuzz: HQ box").digest())
HQ_SIGNING = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"fuzz: HQ signing").digest())
DEVICE = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"fuzz: device").digest())
DEVICE_ID = "device-0001"
DEEP = 100_000  # nesting that overflows any recursive parser


def fuzz(examples: int = 150, *, deadline_s: float = 5.0, fixtures: bool = False) -> settings:
    """A property's bounds: ``examples`` runs, each under ``deadline_s`` (a parser that hangs
    fails here; an example of a people file took 2.9 s on a busy 2-core machine, so 5 s),
    no example database written into the working tree."""
    checks = [HealthCheck.too_slow, HealthCheck.data_too_large]
    if fixtures:  # the fixture (a store, a folder) is reset by the test itself per example
        checks.append(HealthCheck.function_scoped_fixture)
    return settings(
        max_examples=examples,
        deadline=timedelta(seconds=deadline_s),
        database=None,
        print_blob=True,
        suppress_health_check=checks,
    )


# --- JSON as text ---------------------------------------------------------------------------

ODD_NUMBERS = (
    "NaN", "Infinity", "-Infinity", "1e999999", "-1e999999", "1e-999999", "-0", "0.0", "01",
    "1.", ".5", "+1", "0x10", "1" * 5000, "9" * 4301, "-" + "9" * 4300, "2147483647",
    "2147483648", "9223372036854775807", "9223372036854775808", "18446744073709551616",
    "1e308", "1.7976931348623157e309", "5e-324",
)  # fmt: skip
ODD_STRINGS = (
    '"\\u0000"', '"\\ud800"', '"\\udc00\\ud800"', '"\\u"', '"\\x41"', '"\x00"', '"\t"',
    '"2024-02-30T00:00:00Z"', '"2024-01-01T00:00:00+99:99"', '"9999-12-31T23:59:59Z"',
    '"0001-01-01T00:00:00"', '"1e999999"', '"not a date"', '""', '"' + "x" * 70 + '"',
    '"\\u00e9\\u0645\\u0416"', '"\ud800"', '"' + "\U0001f600" * 20 + '"',
)  # fmt: skip
ODD_TEXT = (
    "", " ", "[", "{", "]", "}", '"', "[" * DEEP, "[" * DEEP + "]" * DEEP,
    '{"a":' * 5000 + "1" + "}" * 5000, "[1,]", "{,}", "nul", "tru", "\ufeff{}",
)  # fmt: skip

numbers = st.one_of(
    st.integers().map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(ODD_NUMBERS),
)
strings = st.one_of(
    st.text().map(json.dumps),  # escaped: lone surrogates travel as \udXXX
    st.text().map(lambda s: json.dumps(s, ensure_ascii=False)),  # raw, surrogates and all
    st.sampled_from(ODD_STRINGS),
)
leaves = st.one_of(st.sampled_from(["null", "true", "false"]), numbers, strings)


def _array(items: list[str]) -> str:
    return "[" + ",".join(items) + "]"


def _object(pairs: list[tuple[str, str]]) -> str:
    return "{" + ",".join(f"{k}:{v}" for k, v in pairs) + "}"


def _containers(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(children, max_size=6).map(_array),
        st.lists(st.tuples(strings, children), max_size=6).map(_object),
    )


json_values = st.recursive(leaves, _containers, max_leaves=30)
any_json = st.one_of(json_values, st.sampled_from(ODD_TEXT))  # and some that is not JSON


def objects(fields: dict[str, st.SearchStrategy[str]]) -> st.SearchStrategy[str]:
    """JSON objects with some of ``fields`` (each a plausible value or any JSON at all), in any
    order, now and then with a key twice or a key no model knows."""
    named = [
        st.tuples(st.just(json.dumps(name)), st.one_of(plausible, json_values))
        for name, plausible in fields.items()
    ]
    pair = st.one_of(*named, st.tuples(strings, json_values))
    wanted = st.lists(st.sampled_from(range(len(named))), unique=True).flatmap(
        lambda chosen: st.tuples(*(named[i] for i in chosen))
    )
    extra = st.lists(pair, max_size=2)
    return st.tuples(wanted, extra).flatmap(
        lambda parts: st.permutations([*parts[0], *parts[1]]).map(_object)
    )


def quoted(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return strategy.map(json.dumps)


ids = st.one_of(quoted(st.uuids().map(str)), quoted(st.just(DEVICE_ID)), strings)
small_ints = st.one_of(st.integers(-3, 3), st.sampled_from([2**31 - 1, 2**31, 10_000, 10_001]))
timestamps = st.one_of(
    st.datetimes().map(lambda d: json.dumps(d.isoformat())), st.sampled_from(ODD_STRINGS)
)
record_changes = objects(
    {
        "type": quoted(st.sampled_from(["participant", "event", "attendance", "x" * 21])),
        "id": ids,
        "version": st.one_of(small_ints.map(str), numbers),
        "deleted": st.sampled_from(["true", "false", "0", "null"]),
        "data": json_values,
    }
)
envelopes = objects(
    {
        "protocol": st.sampled_from(["1", "2", "1.0", "true"]),
        "batch_id": ids,
        "device_id": st.one_of(quoted(st.just(DEVICE_ID)), ids),
        "office_id": ids,
        "seq": small_ints.map(str),
        "schema_version": small_ints.map(str),
        "created_at": timestamps,
        "records": st.lists(record_changes, max_size=4).map(_array),
    }
)


def utf8(text: str) -> bytes:
    """Text as bytes, lone surrogates included (as a hostile writer would put them)."""
    return text.encode("utf-8", "surrogatepass")


# --- sealing and signing by hand ------------------------------------------------------------


def seal_raw(device_id: bytes, payload: bytes, *, size: int | None = None) -> bytes:
    """A batch sealed to HQ exactly as ``sync.seal.seal_batch`` does, but around any payload
    (signed for real by `DEVICE`), so that opening it reaches decompression and parsing."""
    length = len(device_id) if size is None else size
    signed = bytes([length]) + device_id + DEVICE.sign(payload) + payload
    return MAGIC + SUITE.encrypt(signed, HQ_BOX.public_key(), info=INFO)


def compress(text: str | bytes) -> bytes:
    return zlib.compress(utf8(text) if isinstance(text, str) else text)


def sign_raw(body: str, key: Ed25519PrivateKey = HQ_SIGNING) -> bytes:
    """HQ's signed message around any body text, as ``sync.seal.sign_message`` writes it."""
    signature = base64.b64encode(key.sign(utf8(body))).decode("ascii")
    return utf8(json.dumps({"signature": signature, "body": body}))


def sign_json(body: Any, key: Ed25519PrivateKey = HQ_SIGNING) -> bytes:
    return sign_raw(json.dumps(body), key)


HQ_SIGNING_KEY = raw_public(HQ_SIGNING.public_key())
HQ_BOX_KEY = raw_public(HQ_BOX.public_key())
