"""The reveal over the real path (issue 16): a person recorded on a laptop whose office shares
identities, sealed, applied by HQ (`sync.hq.apply`, which seals the identity with HQ's key),
then revealed through the API; erased on the laptop and synced again, nothing is left to
reveal."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert, select

from fieldapp.domain.codelists import shipped_lists
from fieldapp.domain.privacy import OfficePolicy
from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.erasure import erase_person
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from sync.hq.accounts.scope import Role
from sync.hq.api.main import create_app
from sync.hq.apply import Signer, apply_batch
from sync.hq.database import open_database
from sync.hq.identities import KEY_ENV, KEY_FILE_ENV, IdentityKey, create_key_file
from sync.hq.keys import HqKeys
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_OFFICE, HQ_TABLES
from tests.unit.sync.hq_api.credentials import api_token
from tests.unit.sync.test_hq_apply import sealed_envelopes

TODAY = date(2026, 11, 22)
NAME, EMAIL, PHONE = "Nadia Chraibi", "nadia.chraibi@justice.example", "+212 661 000 777"
PEOPLE = HQ_TABLES[RecordType.PARTICIPANT]
WHY = {"reason": "Subject access request forwarded by the office"}


def sync(hq: Engine, store: Store, key: IdentityKey) -> None:
    for envelope in sealed_envelopes(store):
        with hq.begin() as conn:
            signer = Signer(envelope.device_id, envelope.office_id)
            apply_batch(conn, envelope, signer, today=TODAY, identity_key=key)


def test_a_synced_identity_is_ciphertext_at_hq_revealed_once_asked_gone_once_erased(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    # the laptop took HQ's bundle saying its office shares identities
    monkeypatch.setattr(
        "fieldapp.store.sealing.office_policy", lambda _store: OfficePolicy(identities="shared")
    )
    data = tmp_path / "hq"
    data.mkdir(mode=0o700)
    key_file = tmp_path / "identity.key"
    key = create_key_file(key_file)
    hq = open_database(f"sqlite:///{data / 'hq.db'}")
    office_id = store.identity.office_id
    with hq.begin() as conn:
        conn.execute(
            insert(HQ_OFFICE).values(
                office_id=office_id, name="Rabat", created_at=datetime.now(UTC), identities="shared"
            )
        )
    with store.transaction() as conn:
        person_id = Repository(conn, store.identity).add_participant(
            ParticipantBase(
                full_name=NAME, sex="female", email=EMAIL, phone=PHONE, nationality="MAR"
            )
        )
    sync(hq, store, key)
    with hq.connect() as conn:
        row = conn.execute(select(PEOPLE).where(PEOPLE.c.id == person_id)).one()
    assert row.identity_sealed.startswith("v1.") and NAME not in row.identity_sealed
    assert (row.full_name, row.email, row.phone) in (("", None, None), (None, None, None))

    settings = HqSettings(data=data, identity_key_file=key_file)
    app = create_app(settings, hq, HqKeys.generate(), shipped_lists())
    admin = {"Authorization": f"Bearer {api_token(hq, Role.ADMIN)}"}
    path = f"/api/v1/people/{person_id}/reveal"
    with TestClient(app) as client:
        revealed = client.post(path, json=WHY, headers=admin)
        assert revealed.status_code == 200, revealed.text
        fields = revealed.json()["fields"]
        assert (fields["full_name"], fields["email"], fields["phone"]) == (NAME, EMAIL, PHONE)

        erase_person(store, person_id)
        sync(hq, store, key)
        gone = client.post(path, json=WHY, headers=admin)
    assert gone.status_code == 404 and "was erased" in gone.json()["detail"]
    assert NAME not in gone.text
    with hq.connect() as conn:
        assert (
            conn.execute(
                select(PEOPLE.c.identity_sealed).where(PEOPLE.c.id == person_id)
            ).scalar_one()
            is None
        )
    hq.dispose()
    stored = b"".join(p.read_bytes() for p in data.glob("hq.db*"))
    assert NAME.encode() not in stored and EMAIL.encode() not in stored
