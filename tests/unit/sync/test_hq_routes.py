"""HQ's routes through FastAPI's TestClient: two HQ apps in one process check records with
their own code lists; a test can give an app another database through its dependencies; the
consolidated indicators are the device's own definition, key for key and in the same order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert

from fieldapp.domain.codelists import codelists, shipped_lists
from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.records import ParticipantBase
from fieldapp.store.demo import generate
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import seal_pending
from fieldapp.store.store import Store
from sync.hq.api.deps import get_engine
from sync.hq.api.main import create_app
from sync.hq.database import open_database
from sync.hq.disclosure import suppress_indicators
from sync.hq.keys import HqKeys
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_DEVICE, HQ_INDICATOR_TABLES
from sync.protocol import Acknowledgement, ReferenceBundle
from sync.seal import open_message, raw_public
from tests.unit.sync.hq_api.credentials import bearer

TODAY = date(2026, 11, 22)
OCTETS = {"Content-Type": "application/octet-stream"}


@pytest.fixture
def keys() -> HqKeys:
    return HqKeys.generate()


def hq_engine(folder: Path) -> Iterator[Engine]:
    engine = open_database(f"sqlite:///{folder / 'hq.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    (tmp_path / "a").mkdir()
    yield from hq_engine(tmp_path / "a")


@pytest.fixture
def other_engine(tmp_path: Path) -> Iterator[Engine]:
    (tmp_path / "b").mkdir()
    yield from hq_engine(tmp_path / "b")


def app_for(engine: Engine, keys: HqKeys, lists: dict[str, object], data: Path) -> FastAPI:
    return create_app(HqSettings(data=data), engine, keys, lists)


def enrol(
    engine: Engine, store: Store, device: Ed25519PrivateKey | None = None
) -> Ed25519PrivateKey:
    """The store's device (with ``device``'s key, else a new one), enrolled at this HQ for
    the store's office."""
    device = device or Ed25519PrivateKey.generate()
    with engine.begin() as conn:
        conn.execute(
            insert(HQ_DEVICE).values(
                device_id=store.identity.device_id,
                office_id=store.identity.office_id,
                office_name=store.identity.office_name,
                public_key=raw_public(device.public_key()),
                enrolled_at=datetime.now(UTC),
            )
        )
    return device


def results(client: TestClient, sealed: bytes, keys: HqKeys) -> list[tuple[str, str | None]]:
    answer = client.post("/api/v1/batches", content=sealed, headers=OCTETS)
    assert answer.status_code == 200, answer.text
    ack = open_message(answer.content, Acknowledgement, keys.signing.public_key())
    return [(r.result, r.reason) for r in ack.results]


def test_two_hq_apps_check_records_with_their_own_code_lists(
    store: Store, engine: Engine, other_engine: Engine, keys: HqKeys, tmp_path: Path
) -> None:
    shipped = shipped_lists()
    # The second HQ publishes lists in which Morocco's code is retired.
    retired = shipped_lists()
    retired["results_framework"]["version"] = 2
    retired["countries"]["countries"] = [
        c for c in retired["countries"]["countries"] if c["code"] != "MAR"
    ]
    first = TestClient(app_for(engine, keys, shipped, tmp_path / "a"))
    second = TestClient(app_for(other_engine, keys, retired, tmp_path / "b"))
    device = enrol(engine, store)
    enrol(other_engine, store, device)  # the same device, with the same key, at both HQs
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="Youssef Benali", sex="male", nationality="MAR")
        )
    [batch] = seal_pending(store, device, keys.box.public_key())
    sealed = batch.path.read_bytes()

    assert results(second, sealed, keys) == [
        ("rejected", "Nationality: “MAR” is not a country code (ISO 3166 alpha-3).")
    ]
    assert results(first, sealed, keys) == [("accepted", None)]
    assert results(second, sealed, keys)[0][0] == "rejected"  # the same answer again
    # Neither app changed the lists the rest of the process (a device) uses.
    assert "MAR" in codelists().countries
    published = [
        open_message(c.get("/api/v1/reference").content, ReferenceBundle, keys.signing.public_key())
        for c in (first, second)
    ]
    assert [b.version for b in published] == [1, 2]


def test_a_test_can_give_the_app_another_database(
    store: Store, engine: Engine, other_engine: Engine, keys: HqKeys, tmp_path: Path
) -> None:
    enrol(other_engine, store)  # known to the other database only
    app = app_for(engine, keys, shipped_lists(), tmp_path / "a")
    client = TestClient(app)
    path = f"/api/v1/offices/{store.identity.office_id}/health"
    reader = bearer(engine)
    assert client.get(path, headers=reader).status_code == 404

    # The other database: its records, and its users (this one's token is unknown there).
    app.dependency_overrides[get_engine] = lambda: other_engine
    assert client.get(path, headers=reader).status_code == 401
    found = client.get(path, headers=bearer(other_engine))
    assert found.status_code == 200, found.text
    assert found.json()["office_name"] == store.identity.office_name
    assert [d["device_id"] for d in found.json()["devices"]] == [store.identity.device_id]
    app.dependency_overrides.clear()
    assert client.get(path, headers=reader).status_code == 404


def test_indicators_are_the_device_definition_key_for_key(
    store: Store, engine: Engine, keys: HqKeys, tmp_path: Path
) -> None:
    with store.transaction() as conn:
        generate(conn, store.identity, events=8, people=60, seed=3, today=TODAY)
    device = enrol(engine, store)
    client = TestClient(app_for(engine, keys, shipped_lists(), tmp_path / "a"))
    client.headers.update(bearer(engine))
    for batch in seal_pending(store, device, keys.box.public_key()):
        assert {r for r, _ in results(client, batch.path.read_bytes(), keys)} == {"accepted"}

    answer = client.get("/api/v1/indicators")
    assert answer.status_code == 200, answer.text
    with engine.begin() as conn:
        exact = compute_indicators(conn, HQ_INDICATOR_TABLES, Period())
    expected = suppress_indicators(exact).as_dict()  # an analyst's token: "<5" below 5
    assert expected["individuals_trained"] > 0
    assert json.dumps(answer.json()) == json.dumps(expected)  # same keys, values and order

    # An HQ whose lists count no event type as training trains nobody, whatever this
    # process's lists say.
    no_training = shipped_lists()
    no_training["results_framework"]["training_event_types"] = []
    other = TestClient(app_for(engine, keys, no_training, tmp_path / "a")).get(
        "/api/v1/indicators", headers=client.headers
    )
    assert other.json()["events_held"] == expected["events_held"]
    assert (other.json()["individuals_trained"], other.json()["person_days"]) == (0, 0.0)

    schema = client.get("/openapi.json").json()
    ok = schema["paths"]["/api/v1/indicators"]["get"]["responses"]["200"]
    name = ok["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert list(schema["components"]["schemas"][name]["properties"]) == list(expected)


def test_liveness_says_nothing_else(engine: Engine, keys: HqKeys, tmp_path: Path) -> None:
    client = TestClient(app_for(engine, keys, shipped_lists(), tmp_path / "a"))
    answer = client.get("/api/v1/health")
    assert (answer.status_code, answer.json()) == (200, {"status": "ok"})
