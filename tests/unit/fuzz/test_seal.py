"""Fuzzing what HQ and the device open: sealed batches, signed answers, reference bundles.
Whatever the bytes, the only error is `SealError`, and it comes quickly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from fieldapp.domain.codelists import lists_version, shipped_lists
from sync.protocol import Acknowledgement, BatchEnvelope, ReferenceBundle, Refusal
from sync.reference import read_bundle
from sync.seal import (
    INFO,
    MAGIC,
    SIGNATURE_BYTES,
    SUITE,
    SealError,
    open_batch,
    open_message,
)
from tests.unit.fuzz.hostile import (
    DEEP,
    DEVICE,
    DEVICE_ID,
    HQ_BOX,
    HQ_SIGNING,
    any_json,
    compress,
    envelopes,
    fuzz,
    json_values,
    objects,
    seal_raw,
    sign_raw,
    strings,
    timestamps,
    utf8,
)

DEVICE_PUBLIC = DEVICE.public_key()
HQ_PUBLIC = HQ_SIGNING.public_key()


def any_device(_device_id: str) -> Any:
    return DEVICE_PUBLIC  # every id is "enrolled": opening always gets past the signature


def opened_batch(sealed: bytes) -> BatchEnvelope | None:
    """The envelope, or None when refused; anything but `SealError` fails the test."""
    try:
        envelope = open_batch(sealed, HQ_BOX, any_device)
    except SealError:
        return None
    assert isinstance(envelope, BatchEnvelope)
    return envelope


# --- sealed batches -------------------------------------------------------------------------


@fuzz(300)
@given(st.binary(max_size=2048))
def test_any_bytes_are_refused(sealed: bytes) -> None:
    assert opened_batch(sealed) is None


@fuzz(300)
@given(st.binary(max_size=2048))
def test_bytes_after_the_magic_are_refused(rest: bytes) -> None:
    assert opened_batch(MAGIC + rest) is None


@fuzz(120)
@given(
    device=st.one_of(st.just(utf8(DEVICE_ID)), st.binary(max_size=255)),
    size=st.one_of(st.none(), st.integers(0, 255)),
    envelope=envelopes,
)
def test_validly_sealed_envelopes_of_any_shape(
    device: bytes, size: int | None, envelope: str
) -> None:
    """Decrypted, signed for real: decompression and JSON parsing are reached every time."""
    opened = opened_batch(seal_raw(device, compress(envelope), size=size))
    if opened is not None:
        assert size is None or size == len(device)
        assert opened.device_id == device.decode("utf-8", "replace")


@fuzz(200)
@given(payload=st.one_of(any_json.map(compress), st.binary(max_size=4096)))
def test_validly_sealed_payloads_of_any_json_or_bytes(payload: bytes) -> None:
    assert opened_batch(seal_raw(utf8(DEVICE_ID), payload)) is None


@fuzz(60)
@given(
    envelope=envelopes,
    cut=st.integers(0, 2**16),
    flip=st.integers(0, 2**16),
    bit=st.integers(0, 7),
)
def test_a_damaged_sealed_batch_is_refused(envelope: str, cut: int, flip: int, bit: int) -> None:
    sealed = bytearray(seal_raw(utf8(DEVICE_ID), compress(envelope)))
    damaged = bytearray(sealed)
    damaged[flip % len(damaged)] ^= 1 << bit
    assert opened_batch(bytes(damaged)) is None
    assert opened_batch(bytes(sealed[: cut % len(sealed)])) is None


@fuzz(60)
@given(
    payload=st.binary(max_size=512),
    signature=st.binary(min_size=SIGNATURE_BYTES, max_size=SIGNATURE_BYTES),
)
def test_a_wrong_signature_or_an_unknown_device_is_refused(
    payload: bytes, signature: bytes
) -> None:
    device = utf8(DEVICE_ID)
    signed = bytes([len(device)]) + device + signature + payload
    sealed = MAGIC + SUITE.encrypt(signed, HQ_BOX.public_key(), info=INFO)
    with pytest.raises(SealError):
        open_batch(sealed, HQ_BOX, any_device)
    with pytest.raises(SealError):
        open_batch(seal_raw(device, payload), HQ_BOX, lambda _device_id: None)


def test_deep_nesting_in_a_sealed_batch_is_refused() -> None:
    for text in ("[" * DEEP, "[" * DEEP + "]" * DEEP, '{"records":' + "[" * DEEP):
        with pytest.raises(SealError):
            open_batch(seal_raw(utf8(DEVICE_ID), compress(text)), HQ_BOX, any_device)


# --- signed messages ------------------------------------------------------------------------

MODELS: list[type[BaseModel]] = [Acknowledgement, Refusal, ReferenceBundle]
models = st.sampled_from(MODELS)
wrappers = objects(
    {"signature": st.one_of(strings, json_values), "body": st.one_of(strings, json_values)}
)
result_objects = objects(
    {
        "type": strings,
        "id": strings,
        "version": st.integers().map(str),
        "result": st.sampled_from(['"accepted"', '"rejected"', '"stale"', '"duplicate"', '"x"']),
        "reason": strings,
    }
)
bodies = st.one_of(
    any_json,
    objects(  # the three models' fields, with plausible or hostile values
        {
            "protocol": st.sampled_from(["1", "2"]),
            "batch_id": strings,
            "device_id": strings,
            "received_at": timestamps,
            "results": st.lists(result_objects, max_size=3).map(lambda x: f"[{','.join(x)}]"),
            "sha256": st.sampled_from(['"' + "0" * 64 + '"', '"' + "0" * 63 + '"']),
            "status": st.integers().map(str),
            "reason": strings,
            "refused_at": timestamps,
            "version": st.integers().map(str),
            "created_at": timestamps,
            "lists": json_values,
        }
    ),
)


def opened_message(data: bytes, model: type[BaseModel]) -> BaseModel | None:
    try:
        message = open_message(data, model, HQ_PUBLIC)
    except SealError:
        return None
    assert isinstance(message, model)
    return message


@fuzz(200)
@given(
    data=st.one_of(st.binary(max_size=1024), any_json.map(utf8), wrappers.map(utf8)), model=models
)
def test_any_bytes_or_wrapper_are_refused_as_a_signed_message(
    data: bytes, model: type[BaseModel]
) -> None:
    assert opened_message(data, model) is None


@fuzz(100)
@given(body=bodies, model=models)
def test_signed_bodies_of_any_shape_give_the_model_or_seal_error(
    body: str, model: type[BaseModel]
) -> None:
    """Signed by HQ's key for real, so parsing the body is reached every time."""
    opened_message(sign_raw(body), model)


@fuzz(60)
@given(body=bodies, model=models, key=st.sampled_from([DEVICE, None]))
def test_a_body_signed_by_another_key_or_not_at_all_is_refused(
    body: str, model: type[BaseModel], key: Any
) -> None:
    data = sign_raw(body, key) if key else utf8(json.dumps({"signature": "", "body": body}))
    with pytest.raises(SealError):
        open_message(data, model, HQ_PUBLIC)


@pytest.mark.parametrize("model", MODELS)
def test_deep_nesting_in_the_wrapper_and_in_the_signed_body_is_refused(
    model: type[BaseModel],
) -> None:
    for text in ("[" * DEEP, "[" * DEEP + "]" * DEEP, '{"body":' + "[" * DEEP):
        with pytest.raises(SealError):
            open_message(utf8(text), model, HQ_PUBLIC)
        with pytest.raises(SealError):
            open_message(sign_raw(text), model, HQ_PUBLIC)


# --- reference bundles ----------------------------------------------------------------------

SHIPPED = shipped_lists()
HOLE = "\x00hole\x00"


def test_the_shipped_lists_signed_by_hq_are_a_bundle() -> None:
    """The fuzzed bundles are these, one spot changed: whole, they are taken."""
    version = lists_version(SHIPPED)
    body = {"version": version, "created_at": "2025-01-01T00:00:00Z", "lists": SHIPPED}
    assert read_bundle(sign_raw(json.dumps(body)), HQ_PUBLIC).version == version


def _replace(lists: Any, path: list[int]) -> Any:
    """``lists`` with `HOLE` at the node reached by following ``path`` (indexes, modulo each
    container's size): a bundle that is whole but for one spot."""
    if not path or not isinstance(lists, dict | list) or not lists:
        return HOLE
    keys = list(lists) if isinstance(lists, dict) else list(range(len(lists)))
    key = keys[path[0] % len(keys)]
    copy = dict(lists) if isinstance(lists, dict) else list(lists)
    copy[key] = _replace(lists[key], path[1:])
    return copy


@st.composite
def bundle_lists(draw: st.DrawFn) -> str:
    """Any JSON, or the shipped lists with one spot (often the version) made anything."""
    if draw(st.booleans()):
        return draw(json_values)
    if draw(st.booleans()):  # the version, the field every device compares
        lists = dict(SHIPPED, results_framework=dict(SHIPPED["results_framework"], version=HOLE))
    else:
        lists = _replace(SHIPPED, draw(st.lists(st.integers(0, 1000), min_size=1, max_size=4)))
    return json.dumps(lists).replace(json.dumps(HOLE), draw(json_values))


@fuzz(150)
@given(
    lists=bundle_lists(),
    version=st.one_of(st.integers(-2, 5).map(str), st.sampled_from(["1e999999", "Infinity"])),
)
def test_a_signed_reference_bundle_with_any_lists_gives_the_bundle_or_seal_error(
    lists: str, version: str
) -> None:
    body = f'{{"version":{version},"created_at":"2025-01-01T00:00:00Z","lists":{lists}}}'
    try:
        bundle = read_bundle(sign_raw(body), HQ_PUBLIC)
    except SealError:
        return
    assert isinstance(bundle, ReferenceBundle)


def test_deep_nesting_in_a_reference_bundle_is_refused() -> None:
    body = '{"version":1,"created_at":"2025-01-01T00:00:00Z","lists":' + "[" * DEEP
    with pytest.raises(SealError):
        read_bundle(sign_raw(body), HQ_PUBLIC)
