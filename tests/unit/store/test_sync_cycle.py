"""One sync cycle: prepare → carry → apply, in `fieldapp.store.sync_cycle` only. The CLI, the
background runner and the Sync screen call it (none of them seals, delivers or applies
answers itself any more); what one cycle does, by hand and over the link."""

from __future__ import annotations

import ast
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import insert

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import batch_files
from fieldapp.store.store import LINK_SETTING, SETTINGS, Store, StoreError
from fieldapp.store.sync_client import device_signing_key
from fieldapp.store.sync_cycle import SyncCycle, sync_cycle
from sync.link import Link
from sync.protocol import Acknowledgement, RecordResult
from sync.seal import open_batch, raw_public, sign_message

ROOT = Path(__file__).resolve().parents[3]
CALLERS = ["fieldapp/cli_sync.py", "fieldapp/ui/sync_runner.py", "fieldapp/ui/sync_page.py"]
# What the cycle does; written in one of the callers, it would be a copy of the cycle.
CYCLE_STEPS = {"prepare", "apply_inbox", "exchange_folder", "seal_pending", "reseal_unanswered"}


def called_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            f = node.func
            names.add(
                f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            )
    return names


@pytest.mark.parametrize("caller", CALLERS)
def test_the_cli_the_runner_and_the_sync_screen_run_the_one_cycle(caller: str) -> None:
    called = called_names(ROOT / caller)
    assert called & CYCLE_STEPS == set(), f"{caller} repeats a step of the cycle"
    assert called & {"sync_cycle", "SyncCycle", "cycle_through"}, f"{caller} runs no cycle"
    run_courier = [
        n
        for n in ast.walk(ast.parse((ROOT / caller).read_text(encoding="utf-8")))
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "run"
        and isinstance(n.func.value, ast.Name) and n.func.value.id == "courier"
    ]  # fmt: skip
    assert run_courier == [], f"{caller} delivers by itself"


def enrolled(
    store: Store, url: str = "http://127.0.0.1:9"
) -> tuple[X25519PrivateKey, Ed25519PrivateKey, Link]:
    """Pin a link to an HQ whose keys the test holds, as enrollment does."""
    box, signing = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    link = Link(
        url,
        raw_public(box.public_key()),
        raw_public(signing.public_key()),
        store.identity.device_id,
    )
    with store.transaction() as conn:
        conn.execute(insert(SETTINGS).values(key=LINK_SETTING, value=link.to_json()))
    link.save(store.data.link)
    return box, signing, link


def add_person(store: Store, name: str) -> None:
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name=name, sex="female")
        )


def test_by_hand_the_cycle_seals_copies_and_takes_hq_s_answers_back(
    store: Store, tmp_path: Path
) -> None:
    box, signing, _ = enrolled(store)
    add_person(store, "Leïla Haddad")
    stick = tmp_path / "stick"
    stick.mkdir()
    cycle = sync_cycle(store.data, store, by_hand=stick)
    assert cycle.prepared is not None and len(cycle.prepared.sealed) == 1
    assert cycle.stick is not None and cycle.stick.written == 1
    assert cycle.answers is None, "nothing came back from HQ yet"
    (sealed,) = [p for p in stick.iterdir() if p.is_file()]

    # HQ answers on the stick; the next cycle brings the answer back and applies it.
    device = device_signing_key(store).public_key()
    envelope = open_batch(sealed.read_bytes(), box, lambda _d: device)
    ack = Acknowledgement(
        batch_id=envelope.batch_id,
        device_id=envelope.device_id,
        received_at=datetime.now(UTC),
        results=[
            RecordResult(type=r.type, id=r.id, version=r.version, result="accepted")
            for r in envelope.records
        ],
    )
    (stick / f"{envelope.batch_id}.ack").write_bytes(sign_message(ack, signing))
    steps: list[str] = []
    again = sync_cycle(store.data, store, by_hand=stick, after=lambda step, _c: steps.append(step))
    assert steps == ["prepared", "carried", "applied"]
    assert again.stick is not None and again.stick.answers == 1
    assert again.answers is not None and again.answers.accepted == 1
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 0


def test_a_changed_link_file_is_put_back_and_said(store: Store, tmp_path: Path) -> None:
    _, _, link = enrolled(store)
    Link(
        "https://elsewhere.example.org", link.hq_box_key, link.hq_signing_key, link.device_id
    ).save(store.data.link)
    stick = tmp_path / "stick"
    stick.mkdir()
    cycle = sync_cycle(store.data, store, by_hand=stick)
    assert cycle.link == link
    assert Link.load(store.data.link) == link
    assert any("sync.json had been changed" in p for p in cycle.problems)


def test_over_the_link_an_unreachable_hq_leaves_the_batch_waiting(store: Store) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    enrolled(store, f"http://127.0.0.1:{port}")
    add_person(store, "Иван Петров")
    cycle = sync_cycle(store.data, store, attempts=1)
    assert cycle.report is not None
    assert (cycle.report.delivered, cycle.pending) == (0, 1)
    assert len(batch_files(store.data.outbox)) == 1, "kept for the next try"
    assert cycle.answers is not None and cycle.answers.applied == 0


def test_without_a_store_only_the_carrying_happens_and_a_lost_link_is_said(store: Store) -> None:
    with pytest.raises(StoreError, match="not enrolled"):
        sync_cycle(store.data, None)
    assert SyncCycle(store.data).prepared is None
