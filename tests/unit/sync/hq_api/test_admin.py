"""What admins and auditors do through the API: users, API tokens, the audit log, enrollment
tokens and device revocation; every change leaves an audit entry naming who made it (the
user, or ``token:<id>``); a token's use for an export is audited."""

from __future__ import annotations

import json
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import APIRouter
from sqlalchemy import select, update

from sync.hq.api.auth import ExportReader
from sync.hq.tables import HQ_AUDIT, HQ_DEVICE, HQ_USER
from sync.seal import raw_public
from tests.unit.sync.hq_api.conftest import ABUJA, RABAT, Hq, bearer


def token_id(token: str) -> str:
    return token.split("_")[1]


def last_entries(hq: Hq, n: int) -> list[Any]:
    with hq.engine.connect() as conn:
        rows = conn.execute(select(HQ_AUDIT).order_by(HQ_AUDIT.c.seq.desc()).limit(n)).all()
    return list(reversed(rows))


def test_an_admin_manages_users_and_each_change_is_audited(fresh: Hq) -> None:
    admin = fresh.client(headers=bearer(fresh.tokens["admin"]))
    actor = f"token:{token_id(fresh.tokens['admin'])}"
    added = admin.post(
        "/api/v1/users", json={"name": "Idrissa", "role": "office", "offices": [ABUJA]}
    )
    assert added.status_code == 201, added.text
    assert added.json()["user"]["offices"] == [ABUJA] and added.json()["signin_code"]
    again = admin.post("/api/v1/users", json={"name": "idrissa", "role": "analyst"})
    assert again.status_code == 409
    no_office = admin.post("/api/v1/users", json={"name": "kofi", "role": "office"})
    assert no_office.status_code == 422 and "at least one office" in no_office.text
    unknown = admin.post("/api/v1/users", json={"name": "kofi", "role": "office", "offices": ["x"]})
    assert unknown.status_code == 422

    moved = admin.put(
        "/api/v1/users/idrissa/role", json={"role": "office", "offices": [RABAT, ABUJA]}
    )
    assert moved.json()["offices"] == sorted([RABAT, ABUJA])
    assert admin.post("/api/v1/users/idrissa/disable").json()["disabled"] is True
    assert admin.post("/api/v1/users/idrissa/enable").json()["disabled"] is False
    reset = admin.post("/api/v1/users/idrissa/reset-password")
    assert reset.status_code == 200 and len(reset.json()["signin_code"]) == 19
    listed = {u["name"]: u for u in admin.get("/api/v1/users").json()}
    assert listed["idrissa"]["role"] == "office" and not listed["idrissa"]["has_password"]
    assert "password_hash" not in json.dumps(listed) and "totp_secret" not in json.dumps(listed)

    entries = [(e.actor, e.action, e.target) for e in last_entries(fresh, 5)]
    assert entries == [
        (actor, "user.add", "user:idrissa"),
        (actor, "user.set-role", "user:idrissa"),
        (actor, "user.disable", "user:idrissa"),
        (actor, "user.enable", "user:idrissa"),
        (actor, "user.reset-password", "user:idrissa"),
    ]
    assert all(reset.json()["signin_code"] not in e.detail for e in last_entries(fresh, 5))


def test_an_admin_cannot_disable_themselves(fresh: Hq) -> None:
    client = fresh.client()
    csrf = fresh.sign_in_admin(client)
    answer = client.post("/api/v1/users/amina/disable", headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 422 and "yourself" in answer.text
    # Disabling another user stops their token at once; the actor is the admin by name.
    client.post("/api/v1/users/omar/disable", headers={"X-CSRF-Token": csrf}).raise_for_status()
    assert (
        fresh.client(headers=bearer(fresh.tokens["analyst"])).get("/api/v1/indicators").status_code
        == 401
    )
    assert last_entries(fresh, 1)[0].actor == "user:amina"


def test_users_keep_their_own_tokens_and_see_a_new_one_once(fresh: Hq) -> None:
    analyst = fresh.client()
    csrf = fresh.sign_in(analyst, "omar")
    made = analyst.post(
        "/api/v1/tokens",
        json={"expires_days": 7, "role": "office", "offices": [ABUJA]},
        headers={"X-CSRF-Token": csrf},
    )
    assert made.status_code == 201, made.text
    text = made.json()["token"]
    assert text.startswith("fhq_") and made.json()["role"] == "office"
    # The new token reads what it names, nothing more.
    narrow = fresh.client(headers=bearer(text))
    assert narrow.get(f"/api/v1/offices/{ABUJA}/health").status_code == 200
    assert narrow.get(f"/api/v1/offices/{RABAT}/health").status_code == 404
    more = analyst.post("/api/v1/tokens", json={"role": "admin"}, headers={"X-CSRF-Token": csrf})
    assert more.status_code == 422

    mine = analyst.get("/api/v1/tokens").json()
    assert {t["user"] for t in mine} == {"omar"} and "token" not in json.dumps(mine).replace(
        '"token_id"', ""
    )
    assert analyst.get("/api/v1/tokens?user=amina").status_code == 403
    admins = token_id(fresh.tokens["admin"])
    not_mine = analyst.delete(f"/api/v1/tokens/{admins}", headers={"X-CSRF-Token": csrf})
    assert not_mine.status_code == 404
    assert (
        fresh.client(headers=bearer(fresh.tokens["admin"])).get("/api/v1/users").status_code == 200
    )

    own = token_id(text)
    assert (
        analyst.delete(f"/api/v1/tokens/{own}", headers={"X-CSRF-Token": csrf}).status_code == 204
    )
    assert narrow.get(f"/api/v1/offices/{ABUJA}/health").status_code == 401
    assert [(e.actor, e.action) for e in last_entries(fresh, 2)] == [
        ("user:omar", "token.create"),
        ("user:omar", "token.revoke"),
    ]
    # An admin lists and revokes anyone's.
    admin = fresh.client(headers=bearer(fresh.tokens["admin"]))
    everyone = {t["user"] for t in admin.get("/api/v1/tokens").json()}
    assert {"amina", "omar", "salma", "fatou"} <= everyone
    salmas = token_id(fresh.tokens["office"])
    assert admin.delete(f"/api/v1/tokens/{salmas}").status_code == 204
    assert (
        fresh.client(headers=bearer(fresh.tokens["office"])).get("/api/v1/indicators").status_code
        == 401
    )


def test_the_audit_log_pages_filters_and_names_a_tampered_entry(fresh: Hq) -> None:
    client = fresh.client()
    for _ in range(3):
        client.post("/api/v1/session", json={"name": "omar", "password": "wrong guess here 1"})
    auditor = fresh.client(headers=bearer(fresh.tokens["auditor"]))
    refused = auditor.get("/api/v1/audit", params={"action": "signin"}).json()
    assert [e["action"] for e in refused["entries"]] == ["signin.refused"] * 3
    assert refused["next_after"] is None
    first = auditor.get("/api/v1/audit", params={"limit": 2}).json()
    assert [e["seq"] for e in first["entries"]] == [1, 2] and first["next_after"] == 2
    second = auditor.get("/api/v1/audit", params={"limit": 2, "after": 2}).json()
    assert [e["seq"] for e in second["entries"]] == [3, 4]
    by_actor = auditor.get("/api/v1/audit", params={"actor": "signin:omar"}).json()["entries"]
    assert len(by_actor) == 3
    assert auditor.get("/api/v1/audit", params={"limit": 0}).status_code == 422

    assert auditor.get("/api/v1/audit/verify").json()["intact"] is True
    with fresh.engine.begin() as conn:
        conn.execute(update(HQ_AUDIT).where(HQ_AUDIT.c.seq == 3).values(actor="user:nobody"))
    check = auditor.get("/api/v1/audit/verify").json()
    assert (check["intact"], check["first_bad"]) == (False, 3)
    assert "altered" in check["problem"]


def test_enrollment_tokens_and_revocation_through_the_api(fresh: Hq) -> None:
    admin = fresh.client(headers=bearer(fresh.tokens["admin"]))
    actor = f"token:{token_id(fresh.tokens['admin'])}"
    made = admin.post(
        "/api/v1/enrollment-tokens", json={"office": "Regional Office Dakar", "ttl_hours": 2}
    )
    assert made.status_code == 201, made.text
    office_id = made.json()["office_id"]
    device_id = str(uuid.uuid4())
    enrolled = fresh.client().post(
        "/api/v1/enroll",
        json={
            "token": made.json()["token"],
            "device_id": device_id,
            "device_public_key": raw_public(Ed25519PrivateKey.generate().public_key()),
        },
    )
    assert enrolled.status_code == 200, enrolled.text
    assert enrolled.json()["office_id"] == office_id

    revoked = admin.post(f"/api/v1/devices/{device_id}/revoke")
    assert revoked.status_code == 200 and revoked.json()["device_id"] == device_id
    with fresh.engine.connect() as conn:
        when = conn.execute(
            select(HQ_DEVICE.c.revoked_at).where(HQ_DEVICE.c.device_id == device_id)
        ).scalar()
    assert when is not None
    entries = [(e.actor, e.action, e.target) for e in last_entries(fresh, 2)]
    assert entries == [
        (actor, "enrollment-token.create", f"office:{office_id}"),
        (actor, "device.revoke", f"device:{device_id}"),
    ]
    assert made.json()["token"].split("-")[0] not in last_entries(fresh, 2)[0].detail
    assert admin.post("/api/v1/enrollment-tokens", json={"office": " "}).status_code == 422


def test_a_tokens_use_for_an_export_is_audited(fresh: Hq) -> None:
    """The helper the exports' routes take: a token's every use is written before the route
    runs; a signed-in user's is not a token use; a role without exports is refused."""
    extra = APIRouter()

    @extra.get("/api/v1/exports-probe")
    def probe(caller: ExportReader) -> dict[str, str]:
        return {"actor": caller.actor}

    fresh.app.include_router(extra)
    analyst = fresh.tokens["analyst"]
    answer = fresh.client(headers=bearer(analyst)).get("/api/v1/exports-probe?start=2026-01-01")
    assert answer.status_code == 200, answer.text
    [entry] = last_entries(fresh, 1)
    assert (entry.actor, entry.action, entry.target) == (
        f"token:{token_id(analyst)}",
        "token.use",
        f"token:{token_id(analyst)}",
    )
    assert json.loads(entry.detail) == {
        "method": "GET",
        "path": "/api/v1/exports-probe",
        "query": "start=2026-01-01",
    }
    office = fresh.client(headers=bearer(fresh.tokens["office"])).get("/api/v1/exports-probe")
    assert office.status_code == 403
    session = fresh.client()
    fresh.sign_in(session, "omar")
    seq = last_entries(fresh, 1)[0].seq
    assert session.get("/api/v1/exports-probe").status_code == 200
    assert last_entries(fresh, 1)[0].seq == seq  # no token used: no token.use entry


def test_require_role_lets_the_roles_named_through_only(fresh: Hq) -> None:
    from fastapi import Depends

    from sync.hq.accounts.scope import Role
    from sync.hq.api.auth import Caller, require_role

    extra = APIRouter()

    @extra.get("/api/v1/auditors-probe")
    def probe(caller: Caller = Depends(require_role(Role.AUDITOR, Role.ADMIN))) -> dict[str, str]:  # noqa: B008
        return {"role": caller.scope.role.value}

    fresh.app.include_router(extra)
    got = {
        kind: fresh.client(headers=bearer(fresh.tokens[kind]))
        .get("/api/v1/auditors-probe")
        .status_code
        for kind in ("admin", "analyst", "office", "auditor", "revoked")
    }
    assert got == {"admin": 200, "analyst": 403, "office": 403, "auditor": 200, "revoked": 401}


def test_a_password_only_session_promoted_to_admin_is_refused(fresh: Hq) -> None:
    analyst = fresh.client()
    fresh.sign_in(analyst, "omar")  # a password alone: no second factor
    assert analyst.get("/api/v1/session").status_code == 200
    admin = fresh.client(headers=bearer(fresh.tokens["admin"]))
    assert admin.put("/api/v1/users/omar/role", json={"role": "admin"}).status_code == 200
    assert analyst.get("/api/v1/users").status_code == 401
    assert json.loads(last_entries(fresh, 1)[0].detail)["sessions_ended"] == 1


def test_an_admins_session_made_without_a_second_factor_is_worth_nothing(fresh: Hq) -> None:
    """Made as an analyst, promoted by some way that did not end it: still refused."""
    client = fresh.client()
    fresh.sign_in(client, "omar")
    with fresh.engine.begin() as conn:
        conn.execute(update(HQ_USER).where(HQ_USER.c.name == "omar").values(role="admin"))
    assert client.get("/api/v1/users").status_code == 401
    admin = fresh.client()
    fresh.sign_in_admin(admin)  # with a recovery code: still an admin's session
    assert admin.get("/api/v1/users").status_code == 200


def test_resetting_a_password_revokes_the_users_api_tokens(fresh: Hq) -> None:
    omar = fresh.client(headers=bearer(fresh.tokens["analyst"]))
    assert omar.get("/api/v1/session").status_code == 200
    admin = fresh.client(headers=bearer(fresh.tokens["admin"]))
    assert admin.post("/api/v1/users/omar/reset-password").status_code == 200
    assert omar.get("/api/v1/session").status_code == 401
    entry = last_entries(fresh, 1)[0]
    assert entry.action == "user.reset-password"
    assert json.loads(entry.detail)["tokens_revoked"] == 2  # his live token and one expired
