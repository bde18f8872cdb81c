"""Fuzzing what the device reads from outside: answers in its inbox, and a USB stick.

Whatever the files, `apply_inbox` never raises and sets aside every answer that is not HQ's;
`exchange_folder` never raises (but for an unusable folder) and gives up a batch only on HQ's
signed answer to it, and writes nothing outside the stick's folder and its own."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.store.acks import apply_inbox
from fieldapp.store.store import Store
from sync.foreign_files import ForeignFileError
from sync.link import Link
from sync.protocol import Acknowledgement, RecordResult, Refusal
from sync.seal import sign_message
from sync.stick import exchange_folder
from tests.unit.fuzz.hostile import (
    DEVICE,
    HQ_BOX_KEY,
    HQ_SIGNING,
    HQ_SIGNING_KEY,
    any_json,
    fuzz,
    sign_raw,
    utf8,
)

HQ_PUBLIC = HQ_SIGNING.public_key()
NOW = datetime(2025, 1, 1, tzinfo=UTC)
SQLITE_INTEGER = (-(2**63), 2**63 - 1)

results = st.builds(
    RecordResult,
    type=st.text(max_size=30),
    id=st.text(max_size=40),
    version=st.integers(*SQLITE_INTEGER),  # beyond: see test_a_signed_ack_with_a_huge_version
    result=st.sampled_from(["accepted", "duplicate", "stale", "rejected"]),
    reason=st.none() | st.text(max_size=50),
)


def ack(batch_id: str, device_id: str, found: list[RecordResult], key: Any = HQ_SIGNING) -> bytes:
    message = Acknowledgement(
        batch_id=batch_id, device_id=device_id, received_at=NOW, results=found
    )
    return sign_message(message, key)


def refusal(batch_id: str | None, sha256: str, key: Any = HQ_SIGNING) -> bytes:
    message = Refusal(
        sha256=sha256, batch_id=batch_id, status=422, reason="refused", refused_at=NOW
    )
    return sign_message(message, key)


@dataclass(frozen=True)
class Answer:
    name: str
    content: bytes
    hqs: bool  # HQ's signed answer that applies (the rest must be set aside)


@st.composite
def inbox_answers(draw: st.DrawFn, device_id: str) -> Answer:
    batch_id = str(draw(st.uuids()))
    suffix = draw(st.sampled_from([".ack", ".refusal"]))
    kind = draw(st.sampled_from(["bytes", "json", "signed", "forged", "ours", "other device"]))
    hqs = False
    if kind == "bytes":
        content = draw(st.binary(max_size=512))
    elif kind == "json":
        content = utf8(draw(any_json))
    elif kind == "signed":  # HQ's key, any body: reaches parsing every time
        content = sign_raw(draw(any_json))
    elif kind == "forged":  # a well-formed answer, signed by another key or tampered with
        if suffix == ".ack":
            content = ack(batch_id, device_id, [], key=DEVICE)
        else:
            content = refusal(batch_id, "0" * 64, key=DEVICE)
        if draw(st.booleans()):
            content = content.replace(b"refused", b"Refused").replace(b"2025", b"2024")
    elif suffix == ".refusal":  # HQ's refusal is taken whatever batch it names
        content, hqs = refusal(draw(st.none() | st.just(batch_id)), "0" * 64), True
    else:
        owner = device_id if kind == "ours" else "someone-else"
        named = batch_id if draw(st.booleans()) else str(draw(st.uuids()))
        content = ack(named, owner, draw(st.lists(results, max_size=5)))
        hqs = kind == "ours" and named == batch_id
    return Answer(batch_id + suffix, content, hqs)


@fuzz(100, fixtures=True)
@given(data=st.data())
def test_apply_inbox_never_raises_and_sets_aside_what_is_not_hqs(
    store: Store, data: st.DataObject
) -> None:
    inbox = store.data.inbox
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir()
    answers = data.draw(
        st.lists(inbox_answers(store.identity.device_id), max_size=4, unique_by=lambda a: a.name)
    )
    for answer in answers:
        (inbox / answer.name).write_bytes(answer.content)
    summary = apply_inbox(store, HQ_PUBLIC)
    for answer in answers:
        assert not (inbox / answer.name).exists()
        assert (inbox / "refused" / answer.name).exists() is not answer.hqs
    assert summary.refused_files == sum(not a.hqs for a in answers)


def test_a_signed_ack_with_a_huge_version_is_set_aside(store: Store) -> None:
    """Even HQ's own signature cannot make the device store a version beyond SQLite's
    integers: such an answer is set aside, and the unlock goes on."""
    batch_id = str(uuid.uuid4())
    result = RecordResult(type="participant", id="x", version=1, result="rejected")
    message = Acknowledgement(
        batch_id=batch_id, device_id=store.identity.device_id, received_at=NOW, results=[result]
    )
    body = message.model_dump_json().replace('"version":1', f'"version":{2**63}')
    assert f'"version":{2**63}' in body
    signature = base64.b64encode(HQ_SIGNING.sign(body.encode())).decode()
    signed = json.dumps({"signature": signature, "body": body}).encode()
    (store.data.inbox / f"{batch_id}.ack").write_bytes(signed)
    summary = apply_inbox(store, HQ_PUBLIC)
    assert (summary.applied, summary.refused_files) == (0, 1)
    assert (store.data.inbox / "refused" / f"{batch_id}.ack").exists()


# --- the stick ------------------------------------------------------------------------------

DEVICE_ID = "device-on-the-stick"
LINK = Link(
    hq_url="https://hq.example.org",
    hq_box_key=HQ_BOX_KEY,
    hq_signing_key=HQ_SIGNING_KEY,
    device_id=DEVICE_ID,
)
BATCHES = [f"{n:08d}-{uuid.UUID(int=n)}" for n in (1, 2, 3)]  # <seq>-<batch id>, no suffix


def batch_id(batch: str) -> str:
    return batch.split("-", 1)[1]


def batch_bytes(batch: str) -> bytes:
    return f"sealed {batch}".encode()


SHA = {b: hashlib.sha256(batch_bytes(b)).hexdigest() for b in BATCHES}
file_names = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=["Cs"]), min_size=1
).filter(lambda n: n not in (".", "..") and len(n.encode()) < 200)
stick_names = st.one_of(
    st.sampled_from(BATCHES).flatmap(
        lambda b: st.sampled_from(
            [f"{batch_id(b)}.ack", f"{batch_id(b)}.refusal", f"{b}.fab", f"{batch_id(b)}.ACK",
             f"{batch_id(b).upper()}.ack", f" {batch_id(b)}.ack", f"{batch_id(b)}.delivered"]
        )
    ),
    file_names,
)  # fmt: skip


@st.composite
def stick_contents(draw: st.DrawFn) -> bytes:
    batch = draw(st.sampled_from(BATCHES))
    return draw(
        st.one_of(
            st.binary(max_size=256),
            any_json.map(utf8),
            st.builds(sign_raw, any_json),
            st.just(ack(batch_id(batch), DEVICE_ID, [])),
            st.just(ack(batch_id(batch), "another device", [])),
            st.just(refusal(batch_id(batch), SHA[batch])),
            st.just(refusal(None, "0" * 64)),
            st.just(sign_raw('{"batch_id":"' + batch_id(batch) + '"}', DEVICE)),
        )
    )


KINDS = ["file", "file", "file", "folder", "symlink out", "symlink to batch", "fifo", "dangling"]


@dataclass(frozen=True)
class StickFile:
    name: str
    kind: str
    content: bytes


stick_files = st.lists(
    st.builds(StickFile, stick_names, st.sampled_from(KINDS), stick_contents()),
    max_size=8,
    unique_by=lambda f: f.name,
)


def lay_out(root: Path, files: list[StickFile], waiting: list[str]) -> tuple[Path, Path, Path]:
    outbox, inbox, stick, outside = (root / n for n in ("outbox", "inbox", "stick", "outside"))
    for folder in (outbox, inbox, stick, outside):
        folder.mkdir()
    for batch in waiting:
        (outbox / f"{batch}.fab").write_bytes(batch_bytes(batch))
    (outside / "precious").write_bytes(b"precious")
    for found in files:
        path = stick / found.name
        if found.kind == "file":
            path.write_bytes(found.content)
        elif found.kind == "folder":
            path.mkdir()
            (path / "inside").write_bytes(found.content)
        elif found.kind == "symlink out":
            (outside / f"target {len(os.listdir(outside))}").write_bytes(found.content)
            path.symlink_to(outside / f"target {len(os.listdir(outside)) - 1}")
        elif found.kind == "symlink to batch":
            path.symlink_to(outbox / f"{waiting[0]}.fab" if waiting else outside / "precious")
        elif found.kind == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to(root / "nowhere")
    return outbox, inbox, stick


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def answered(files: list[StickFile], batch: str) -> tuple[bool, bool]:
    """Whether the stick holds, as a plain file, HQ's signed ack (for this device) or refusal
    (of these very bytes) of ``batch``: only then may the batch leave the outbox."""
    plain = {f.name: f.content for f in files if f.kind == "file"}
    acked = plain.get(f"{batch_id(batch)}.ack") == ack(batch_id(batch), DEVICE_ID, [])
    refused = plain.get(f"{batch_id(batch)}.refusal") == refusal(batch_id(batch), SHA[batch])
    return acked, refused


@fuzz(100)
@given(files=stick_files, waiting=st.lists(st.sampled_from(BATCHES), unique=True, max_size=3))
def test_a_hostile_stick_never_crashes_the_export_and_takes_only_hqs_answers(
    files: list[StickFile], waiting: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        outbox, inbox, stick = lay_out(root, files, sorted(waiting))
        outside = snapshot(root / "outside")
        report = exchange_folder(outbox, inbox, stick, LINK)
        assert snapshot(root / "outside") == outside
        assert sorted(os.listdir(root)) == ["inbox", "outbox", "outside", "stick"]
        for batch in waiting:
            acked, refused = answered(files, batch)
            name = f"{batch}.fab"
            if (outbox / name).exists():
                assert (outbox / name).read_bytes() == batch_bytes(batch)
                assert not acked and not refused
                if (stick / name).is_dir():  # a folder in the way: said, not fatal
                    assert any(p.startswith(name) for p in report.problems)
                else:
                    assert (stick / name).read_bytes() == batch_bytes(batch)  # copied for HQ
            elif (outbox / "refused" / name).exists():
                assert refused
                assert (inbox / f"{batch_id(batch)}.refusal").exists()
            else:
                assert acked
                assert (inbox / f"{batch_id(batch)}.ack").exists()
        assert report.answers + report.refusals == len(waiting) - sum(
            (outbox / f"{b}.fab").exists() for b in waiting
        )


def test_a_stick_that_is_no_folder_is_refused(tmp_path: Path) -> None:
    outbox, inbox = tmp_path / "outbox", tmp_path / "inbox"
    outbox.mkdir()
    (tmp_path / "a file").write_bytes(b"")
    (tmp_path / "a link").symlink_to(tmp_path / "outbox")
    for folder in (tmp_path / "a file", tmp_path / "a link", tmp_path / "a file" / "below"):
        with pytest.raises(ForeignFileError):
            exchange_folder(outbox, inbox, folder, LINK)


def test_an_ack_and_a_refusal_for_one_batch(tmp_path: Path) -> None:
    """HQ's ack is taken; the refusal beside it, of a batch now gone, is left and said."""
    batch = BATCHES[0]
    files = [
        StickFile(f"{batch_id(batch)}.ack", "file", ack(batch_id(batch), DEVICE_ID, [])),
        StickFile(f"{batch_id(batch)}.refusal", "file", refusal(batch_id(batch), SHA[batch])),
    ]
    outbox, inbox, stick = lay_out(tmp_path, files, [batch])
    report = exchange_folder(outbox, inbox, stick, LINK)
    assert (report.answers, report.refusals) == (1, 0)
    assert not (outbox / f"{batch}.fab").exists()
    assert (inbox / f"{batch_id(batch)}.ack").exists()
    assert not (inbox / f"{batch_id(batch)}.refusal").exists()


@pytest.mark.parametrize("acked", [False, True])
def test_a_folder_named_like_a_batch(tmp_path: Path, acked: bool) -> None:
    """A folder where the batch would be copied is said, and blocks nothing."""
    batch = BATCHES[0]
    files = [StickFile(f"{batch}.fab", "folder", b"")]
    if acked:
        files.append(
            StickFile(f"{batch_id(batch)}.ack", "file", ack(batch_id(batch), DEVICE_ID, []))
        )
    outbox, inbox, stick = lay_out(tmp_path, files, [batch])
    report = exchange_folder(outbox, inbox, stick, LINK)
    assert report.answers == int(acked)
    assert (outbox / f"{batch}.fab").exists() is not acked
    assert acked or report.problems
    assert (stick / f"{batch}.fab" / "inside").exists()
