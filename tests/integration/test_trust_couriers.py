"""The network and the USB stick as adversaries (DESIGN.md §10): only an answer signed by HQ
makes a batch final; an unsigned refusal is retried, a signed one seals the records again; a
stick's files are taken only when HQ signed them for a batch of ours, and nothing is read or
written through a symlink. Real `fieldapp` and `fieldapp-hq` processes, a real HQ."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key, enroll
from sync.courier import batch_id_of
from sync.hq.tables import HQ_TABLES
from sync.link import Link
from sync.seal import x25519_public
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.integration.fault_proxy import Fault, FaultProxy
from tests.integration.hq_helpers import RunningHq, running_hq, squat


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[RunningHq]:
    """These boundaries are the device's: one HQ database engine is enough."""
    with running_hq(tmp_path / "hq", f"sqlite:///{tmp_path / 'hq' / 'hq.db'}") as running:
        yield running


def people(store: Store, n: int, prefix: str = "Person") -> None:
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"{prefix} {i}", sex="female") for i in range(n)]
        )


def at_hq(hq: RunningHq) -> dict[str, int]:
    table = HQ_TABLES[RecordType.PARTICIPANT]
    engine = hq.engine()
    with engine.connect() as conn:
        found = dict(conn.execute(select(table.c.id, table.c.version)).all())
    engine.dispose()
    return found


def on_device(store_dir: Path) -> dict[str, int]:
    store = Store.open(store_dir, passphrase=PASSPHRASE)
    with store.engine.connect() as conn:
        found = dict(conn.execute(select(PARTICIPANT.c.id, PARTICIPANT.c.version)).all())
    store.close()
    return found


def sync(store_dir: Path, *args: str, passphrase: str | None = PASSPHRASE) -> tuple[int, str, str]:
    done = fieldapp("sync", "--data-dir", str(store_dir), *args, passphrase=passphrase)
    return done.returncode, done.stdout, done.stderr


def test_unsigned_refusals_are_retried_and_a_changed_link_is_put_back(
    hq: RunningHq, store: Store, store_dir: Path
) -> None:
    link = enroll(store, hq.url, hq.token("Programme Office Rabat")).link
    people(store, 30)
    seal_pending(store, device_signing_key(store), x25519_public(link.hq_box_key), limit=10)
    store.close()
    waiting = sorted(p.name for p in batch_files(store_dir / "outbox"))
    assert len(waiting) == 3

    schedule = [Fault.FORBIDDEN, Fault.CONFLICT, Fault.TOO_LARGE]
    with FaultProxy(hq.url, schedule) as proxy:
        replace(link, hq_url=proxy.url).save(store_dir / "sync.json")  # a proxy took HQ's place
        for _fault, status in zip(schedule, (403, 409, 413), strict=True):
            code, out, err = sync(store_dir, "--once", passphrase=None)  # the courier alone
            assert code == 1, out + err
            assert f"answered {status}" in err and "without HQ's signature" in err, err
            assert "waiting 3" in out
            assert sorted(p.name for p in batch_files(store_dir / "outbox")) == waiting
        status_out = fieldapp("sync", "--status", "--data-dir", str(store_dir)).stdout
        assert "sealed batches waiting: 3" in status_out and "413" in status_out
    assert proxy.injected() == {fault: 1 for fault in schedule}
    assert not list((store_dir / "outbox" / "refused").glob("*"))
    assert at_hq(hq) == {}

    # With the passphrase, the store's pinned link wins over the changed file: the real HQ.
    code, out, err = sync(store_dir)
    assert code == 0, out + err
    assert "sync.json had been changed" in err
    assert Link.load(store_dir / "sync.json") == link
    assert at_hq(hq) == on_device(store_dir)
    assert len(at_hq(hq)) == 30


def test_a_signed_refusal_seals_the_records_again(
    hq: RunningHq, store: Store, store_dir: Path
) -> None:
    link = enroll(store, hq.url, hq.token("Programme Office Rabat")).link
    people(store, 12)
    [sealed] = seal_pending(store, device_signing_key(store), x25519_public(link.hq_box_key))
    squat(hq.url, store, link, sealed.batch_id, sealed.seq)  # a clone of this laptop, say
    store.close()

    code, out, err = sync(store_dir)
    assert code == 1
    assert f"batch {sealed.batch_id[:8]}: batch {sealed.batch_id} was received before" in err
    assert "its records will be sealed again" in err
    assert "their 12 change(s) will be sealed again at the next sync" in out
    assert batch_files(store_dir / "outbox") == []
    assert at_hq(hq) == {}
    status_out = fieldapp("sync", "--status", "--data-dir", str(store_dir)).stdout
    assert "other contents" in status_out

    code, out, err = sync(store_dir)
    assert code == 0, out + err
    assert "sealed 1 batch(es)" in out
    assert at_hq(hq) == on_device(store_dir) and len(at_hq(hq)) == 12
    assert not list((store_dir / "outbox" / "refused").glob("*"))


def hostile(stick: Path, outside: Path, batch_ids: list[str]) -> dict[Path, bytes]:
    """What an attacker leaves on the stick; returns the files outside it that must not change."""
    precious = outside / "precious.txt"
    precious.write_bytes(b"the user's own file\n")
    secret = outside / "secret.txt"
    secret.write_bytes(b"not for the stick\n")
    first, second, third, fourth = batch_ids
    (stick / f"{first}.ack").write_bytes(b"\x00garbage named after a real batch")
    (stick / "*.ack").write_text(json.dumps({"signature": "x", "body": "{}"}))
    (stick / f"{second}.ack").symlink_to(secret)
    (stick / f"{third}.delivered").symlink_to(precious)
    (stick / f"{fourth}.ack").write_text("[" * 100_000 + "]" * 100_000)
    (stick / f"{uuid.uuid4()}.refusal").write_bytes(b"not ours at all")
    carried = next(stick.glob(f"*-{fourth}.fab"))
    carried.unlink()
    carried.symlink_to(precious)  # the next copy must replace the link, not write through it
    return {precious: precious.read_bytes(), secret: secret.read_bytes()}


def test_a_hostile_stick_loses_nothing_and_touches_nothing_outside(
    hq: RunningHq, store: Store, store_dir: Path, tmp_path: Path
) -> None:
    link = enroll(store, hq.url, hq.token("Programme Office Rabat")).link
    people(store, 40, "Участник")
    seal_pending(store, device_signing_key(store), x25519_public(link.hq_box_key), limit=10)
    store.close()
    batches = sorted(batch_files(store_dir / "outbox"))
    batch_ids = [batch_id_of(p) for p in batches]
    assert len(batch_ids) == 4
    stick, outside = tmp_path / "usb", tmp_path / "home"
    outside.mkdir()

    code, out, err = sync(store_dir, "--export", str(stick))
    assert code == 0 and "4 batch(es) written" in out, out + err
    untouched = hostile(stick, outside, batch_ids)

    code, out, err = sync(store_dir, "--export", str(stick))
    assert code == 0, out + err
    assert "brought back 0 answer(s)" in out
    assert f"{batch_ids[0]}.ack: not taken" in err
    assert f"{batch_ids[1]}.ack: left on the stick: it is a symbolic link" in err
    assert f"{batch_ids[3]}.ack: not taken" in err and "nested too deeply" in err
    assert sorted(batch_files(store_dir / "outbox")) == batches  # no batch lost
    assert not (stick / batches[3].name).is_symlink()  # replaced, not written through
    assert all(path.read_bytes() == data for path, data in untouched.items())

    # HQ takes the stick, with more hostile files of its own: where one batch's answer goes,
    # a folder of the same name.
    (stick / "evil.fab").write_bytes(b"FAB1 evil")
    (stick / f"{batch_ids[0]}.ack").unlink()
    (stick / f"{batch_ids[0]}.ack").mkdir()
    (stick / f"00000099-{uuid.uuid4()}.fab").symlink_to("/etc/passwd")
    os.mkfifo(stick / f"00000098-{uuid.uuid4()}.fab")
    with open(stick / f"00000097-{uuid.uuid4()}.fab", "wb") as huge:
        huge.truncate(64 * 1024 * 1024)  # sparse: larger than any batch HQ takes
    done = hq.cli("import", str(stick))
    assert done.returncode == 0, done.stderr
    assert "answered 3 batch(es); refused 0" in done.stdout, done.stdout + done.stderr
    assert f"{batch_ids[0]}.ack: the answer cannot be written" in done.stderr
    assert "evil.fab: left alone" in done.stderr
    assert "it is a symbolic link" in done.stderr and "not a regular file" in done.stderr
    assert "larger than 8 MiB" in done.stderr
    assert "Traceback" not in done.stderr

    code, out, err = sync(store_dir, "--export", str(stick))
    assert code == 0, out + err
    assert "brought back 3 answer(s)" in out
    assert f"{batch_ids[0]}.ack: left on the stick: it is not a regular file" in err
    assert [batch_id_of(p) for p in batch_files(store_dir / "outbox")] == [batch_ids[0]]
    (stick / f"{batch_ids[0]}.ack").rmdir()  # HQ's next round answers it, the same
    done = hq.cli("import", str(stick))
    assert "answered 1 batch(es)" in done.stdout, done.stdout + done.stderr
    code, out, err = sync(store_dir, "--export", str(stick))
    assert code == 0 and "brought back 1 answer(s)" in out, out + err
    assert batch_files(store_dir / "outbox") == []
    assert all(path.read_bytes() == data for path, data in untouched.items())
    assert (stick / f"{batch_ids[2]}.delivered").is_file()
    assert not (stick / f"{batch_ids[2]}.delivered").is_symlink()
    assert (stick / "*.ack").exists()  # not ours: left alone

    # Later syncs are unaffected; the network path ends where the stick did.
    people_after = 5
    again = Store.open(store_dir, passphrase=PASSPHRASE)
    people(again, people_after, "After the stick")
    again.close()
    code, out, err = sync(store_dir)
    assert code == 0, out + err
    assert at_hq(hq) == on_device(store_dir)
    assert len(at_hq(hq)) == 40 + people_after
