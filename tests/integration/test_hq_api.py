"""HQ's read side and reference data, over HTTP with a real HQ process: the signed reference
bundle reaches the device and is used from the next unlock; a record HQ refuses lands in the
device's quarantine with its reason while the rest of the queue is delivered; each office's
sync health; and consolidated indicators equal to the device's own (one definition)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from fieldapp.domain.codelists import codelists, shipped_lists, use_lists
from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.records import ParticipantBase
from fieldapp.store.acks import apply_inbox, quarantined
from fieldapp.store.demo import generate
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.sealing import seal_pending
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key, enroll
from fieldapp.store.tables import INDICATOR_TABLES
from sync.courier import Courier
from sync.hq.disclosure import suppress_indicators
from sync.protocol import ReferenceBundle
from sync.seal import ed25519_public, open_message, x25519_public
from tests.conftest import PASSPHRASE
from tests.integration.hq_helpers import RunningHq, hq_process

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def shipped_code_lists() -> Iterator[None]:
    yield
    use_lists(None)  # the lists HQ published must not outlive this test's process state


def test_reference_quarantine_health_and_indicators(
    hq: RunningHq, store: Store, store_dir: Path, tmp_path: Path
) -> None:
    with store.transaction() as conn:
        generate(conn, store.identity, events=12, people=120, seed=4, today=TODAY)
    with store.engine.connect() as conn:
        used = set(conn.execute(select(PARTICIPANT.c.nationality)).scalars())
    retired = next(code for code in sorted(codelists().countries) if code not in used)

    # HQ publishes version 2 of the code lists, in which one country code is retired.
    lists = shipped_lists()
    lists["results_framework"]["version"] = 2
    lists["countries"]["countries"] = [
        c for c in lists["countries"]["countries"] if c["code"] != retired
    ]
    folder = tmp_path / "reference-v2"
    folder.mkdir()
    for key, name in (
        ("results_framework", "results_framework.json"),
        ("countries", "countries.json"),
    ):
        (folder / name).write_text(json.dumps(lists[key], ensure_ascii=False), encoding="utf-8")

    with hq_process(hq.data, hq.db_url, "--reference", str(folder)) as url:
        link = enroll(store, url, hq.token("Programme Office Rabat")).link
        with store.transaction() as conn:
            refused_id = Repository(conn, store.identity).add_participant(
                ParticipantBase(full_name="Нурлан Сейтказиев", sex="male", nationality=retired)
            )
        sealed = seal_pending(
            store, device_signing_key(store), x25519_public(link.hq_box_key), limit=50
        )
        assert len(sealed) > 3
        courier = Courier(store.data.outbox, store.data.inbox, link, reference=store.data.reference)
        report = courier.run(max_attempts=1)
        assert (report.delivered, report.pending, report.refused) == (len(sealed), 0, [])
        assert report.reference_version == 2

        summary = apply_inbox(store, ed25519_public(link.hq_signing_key))
        with store.engine.connect() as conn:
            [(kind, record_id, version, reason)] = quarantined(conn)
            assert unsynced_count(conn) == 0
        assert (kind, record_id, version, summary.rejected) == ("participant", refused_id, 1, 1)
        assert "Nationality" in reason and retired in reason

        # The bundle is HQ's, signed; the device uses it from the next unlock.
        signed = requests.get(f"{url}/api/v1/reference", timeout=10).content
        bundle = open_message(signed, ReferenceBundle, ed25519_public(link.hq_signing_key))
        assert bundle.version == 2
        store.close()
        assert retired in codelists().countries
        Store.open(store_dir, passphrase=PASSPHRASE).close()
        assert retired not in codelists().countries

        reader = hq.reader()
        health = requests.get(
            f"{url}/api/v1/offices/{store.identity.office_id}/health", headers=reader, timeout=10
        ).json()
        assert (health["batches"], health["rejected"], health["missing_batches"]) == (
            len(sealed),
            1,
            0,
        )
        assert health["office_name"] == "Programme Office Rabat"
        assert [d["device_id"] for d in health["devices"]] == [store.identity.device_id]
        nowhere = requests.get(f"{url}/api/v1/offices/nowhere/health", headers=reader, timeout=10)
        assert nowhere.status_code == 404

        def read(**params: str) -> requests.Response:
            return requests.get(
                f"{url}/api/v1/indicators", params=params, headers=reader, timeout=30
            )

        figures = read()
        assert figures.status_code == 200, figures.text
        of_office = read(office_id=store.identity.office_id).json()
        elsewhere = read(office_id="another-office")
        bad = read(start="2026-12-01", end="2026-01-01")
        # Without credentials, nothing.
        assert requests.get(f"{url}/api/v1/indicators", timeout=30).status_code == 401
    reopened = Store.open(store_dir, passphrase=PASSPHRASE)
    with reopened.engine.connect() as conn:
        exact = compute_indicators(conn, INDICATOR_TABLES, Period())
    device = suppress_indicators(exact).as_dict()  # as an analyst reads it ("<5" below 5)
    reopened.close()
    device = json.loads(json.dumps(device, default=str))
    assert device["individuals_trained"] > 0
    assert figures.json() == device == of_office
    assert elsewhere.status_code == 404  # an office HQ does not know
    assert bad.status_code == 422 and "before start" in bad.text
