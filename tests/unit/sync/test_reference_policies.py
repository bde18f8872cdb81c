"""Offices' privacy policies in HQ's signed reference bundle: HQ serves each office's policy as
set (without a restart), and a device keeps a bundle only when it moves forward: an older
signed bundle replayed cannot roll a policy back, one HQ did not sign is ignored."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert

from fieldapp.domain.codelists import lists_version, shipped_lists
from fieldapp.domain.privacy import DEFAULT_POLICY, OfficePolicy
from fieldapp.store.office_policy import office_policy
from fieldapp.store.store import LINK_SETTING, SETTINGS, Store
from sync.hq.keys import HqKeys
from sync.hq.policy import set_policy
from sync.hq.tables import HQ_OFFICE
from sync.link import Link
from sync.protocol import ReferenceBundle
from sync.reference import office_policy as kept_policy
from sync.reference import take_bundle
from sync.seal import SealError, open_message, raw_public, sign_message
from tests.unit.sync.test_hq_routes import app_for, engine, keys  # noqa: F401

SHARED = OfficePolicy(identities="shared")


def bundle(
    key: Ed25519PrivateKey, policy_version: int, policies: dict[str, OfficePolicy], lists: int = 0
) -> bytes:
    shipped = shipped_lists()
    version = lists or lists_version(shipped)
    framework = shipped["results_framework"]
    lists_ = {**shipped, "results_framework": {**framework, "version": version}}
    return sign_message(
        ReferenceBundle(
            version=version,
            created_at=datetime.now(UTC),
            lists=lists_,
            policies=policies,
            policy_version=policy_version,
        ),
        key,
    )


def test_hq_serves_each_offices_policy_as_changed(
    engine: Engine,  # noqa: F811
    keys: HqKeys,  # noqa: F811
    tmp_path: Path,
) -> None:
    with engine.begin() as conn:
        for office_id, name in (("rabat", "Rabat"), ("abuja", "Abuja")):
            conn.execute(
                insert(HQ_OFFICE).values(
                    office_id=office_id, name=name, created_at=datetime.now(UTC)
                )
            )
    client = TestClient(app_for(engine, keys, shipped_lists(), tmp_path / "a"))

    def served() -> ReferenceBundle:
        answer = client.get("/api/v1/reference")
        return open_message(answer.content, ReferenceBundle, keys.signing.public_key())

    before = served()
    assert before.policies == {"abuja": DEFAULT_POLICY, "rabat": DEFAULT_POLICY}
    set_policy(engine, "Rabat", identities="shared", identity_key_configured=True, actor="t")
    set_policy(engine, "abuja", birth_year=True, identity_key_configured=False, actor="t")
    after = served()
    assert after.policies["rabat"] == SHARED
    assert after.policies["abuja"] == OfficePolicy(birth_year=True)
    assert after.policy_version > before.policy_version
    assert after.version == before.version and after.lists == before.lists


def test_a_device_keeps_only_a_newer_bundle_and_never_rolls_a_policy_back(
    tmp_path: Path,
) -> None:
    hq = Ed25519PrivateKey.generate()
    public = hq.public_key()
    kept = tmp_path / "reference.json"
    assert kept_policy(kept, public, "rabat") == DEFAULT_POLICY  # nothing kept yet

    shared = bundle(hq, 1, {"rabat": SHARED})
    assert take_bundle(kept, shared, public) is not None
    assert kept_policy(kept, public, "rabat") == SHARED
    assert kept_policy(kept, public, "abuja") == DEFAULT_POLICY

    back_to_none = bundle(hq, 2, {"rabat": DEFAULT_POLICY})
    assert take_bundle(kept, back_to_none, public) is not None
    assert kept_policy(kept, public, "rabat") == DEFAULT_POLICY
    # The older bundle, replayed, would share identities again: refused, even with newer lists.
    assert take_bundle(kept, shared, public) is None
    replay_newer_lists = bundle(hq, 1, {"rabat": SHARED}, lists=lists_version(shipped_lists()) + 5)
    assert take_bundle(kept, replay_newer_lists, public) is None
    assert take_bundle(kept, back_to_none, public) is None  # the same again: nothing new
    assert kept_policy(kept, public, "rabat") == DEFAULT_POLICY

    # A bundle signed by another key is no bundle: the kept one stays.
    impostor = bundle(Ed25519PrivateKey.generate(), 99, {"rabat": SHARED})
    with pytest.raises(SealError, match="signature"):
        take_bundle(kept, impostor, public)
    assert kept_policy(kept, public, "rabat") == DEFAULT_POLICY
    # A kept file altered on disk is no bundle either: the default (nothing shared) holds.
    kept.write_bytes(kept.read_bytes().replace(b'"none"', b'"shared"'))
    assert kept_policy(kept, public, "rabat") == DEFAULT_POLICY


def test_the_store_reads_its_offices_policy_from_the_bundle_of_the_hq_it_pinned(
    store: Store,
) -> None:
    hq = Ed25519PrivateKey.generate()
    assert office_policy(store) == DEFAULT_POLICY  # not enrolled
    link = Link("http://127.0.0.1:9", "x" * 43, raw_public(hq.public_key()), "d")
    with store.transaction() as conn:
        conn.execute(insert(SETTINGS).values(key=LINK_SETTING, value=link.to_json()))
    office = store.identity.office_id
    store.data.reference.write_bytes(bundle(Ed25519PrivateKey.generate(), 5, {office: SHARED}))
    assert office_policy(store) == DEFAULT_POLICY  # signed by another HQ
    take_bundle(store.data.reference, bundle(hq, 5, {office: SHARED}), hq.public_key())
    assert office_policy(store) == SHARED
