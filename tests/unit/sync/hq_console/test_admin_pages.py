"""The console's admin pages through HQ's app (TestClient): enrollment tokens shown once (as
text and QR code) that enroll a laptop, devices revoked after a question, users added,
changed, disabled and reset with one-time codes shown once, API tokens, the stale-office
setting kept in HQ's database; each change asked about first, refused without the session's
CSRF token, refused to other roles, and written in the audit log."""

from __future__ import annotations

import re
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from sync.hq import enrollment
from sync.hq.accounts import audit
from sync.hq.keys import HqKeys
from sync.hq.tables import HQ_DEVICE
from sync.seal import raw_public
from tests.unit.sync.hq_api.conftest import ABUJA, PASSWORD, RABAT, Hq, bearer
from tests.unit.sync.hq_console.test_signin_and_board import read, sign_in

ADMIN_PAGES = (
    "/admin/users",
    "/admin/api-tokens",
    "/admin/enrollment",
    "/admin/devices",
    "/admin/settings",
    "/admin/users/omar",
)


def as_admin(hq: Hq) -> tuple[TestClient, str]:
    """A client signed in as the admin, and its session's CSRF token."""
    client = hq.client()
    sign_in(hq, client, "amina", hq.recovery.pop())
    return client, read(client.get("/admin/users").text).csrf[0]


def actions(hq: Hq, action: str) -> list[audit.Entry]:
    with hq.engine.connect() as conn:
        return audit.search(conn, action=action, limit=1000)


def test_admin_pages_are_for_admins_only(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "omar")  # an analyst
    for address in ADMIN_PAGES:
        answer = client.get(address)
        assert answer.status_code == 403, address
        assert "Not for your role" in answer.text
    token = read(client.get("/offices").text).csrf[0]
    tried = client.post(
        f"/admin/devices/{hq.devices[RABAT]}/revoke",
        data={"csrf_token": token, "confirmed": "yes"},
    )
    assert tried.status_code == 403
    assert "Admin" not in re.sub(r"<main.*", "", client.get("/offices").text, flags=re.S)
    assert client.get("/audit").status_code == 403
    nobody = hq.client()
    assert nobody.get("/admin/users", follow_redirects=False).headers["location"] == "/"


def test_an_auditor_starts_at_the_audit_log_and_sees_no_office(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "fatou", home="/audit")
    log = client.get("/audit")
    assert log.status_code == 200 and "signin.ok" in log.text
    assert client.get("/offices").status_code == 403
    assert client.get("/admin/users").status_code == 403


def test_every_admin_page_shows_in_both_languages(hq: Hq) -> None:
    client, _token = as_admin(hq)
    for address in ADMIN_PAGES:
        english = client.get(address, headers={"Accept-Language": "en"})
        assert english.status_code == 200, address
    for address in ("/audit", "/account"):
        assert client.get(address).status_code == 200, address


def test_an_enrollment_token_is_shown_once_and_enrolls_one_laptop(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    made = client.post(
        "/admin/enrollment",
        data={
            "csrf_token": token,
            "office": "",
            "new_office": "Liaison Office Nairobi",
            "hours": "24",
        },
    )
    assert made.status_code == 200, made.text
    text = re.search(r'id="token" class="secret" value="([^"]+)"', made.text)
    assert text is not None
    secret = text.group(1)
    assert re.fullmatch(r"[A-Z2-7]{24}-[A-Z2-7]{16}", secret), secret
    assert "<svg" in made.text and "Enrollment token for Liaison Office Nairobi" in made.text
    listed = client.get("/admin/enrollment")
    assert secret not in listed.text and secret.split("-")[0] not in listed.text
    assert "Liaison Office Nairobi" in listed.text and "waiting for a laptop" in listed.text

    device = str(uuid.uuid4())
    office = enrollment.enroll(
        fresh.engine,
        secret,
        device_id=device,
        public_key=raw_public(HqKeys.generate().signing.public_key()),
    )
    assert office.name == "Liaison Office Nairobi"
    assert "used on" in client.get("/admin/enrollment").text
    devices = client.get("/admin/devices").text
    assert device in devices and "Liaison Office Nairobi" in devices
    assert [e.target for e in actions(fresh, "enrollment-token.create")][-1] == (
        f"office:{office.office_id}"
    )


def test_an_enrollment_token_can_be_ended_after_a_question(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    made = client.post(
        "/admin/enrollment",
        data={"csrf_token": token, "office": RABAT, "new_office": "", "hours": "1"},
    )
    secret = re.search(r'class="secret" value="([^"]+)"', made.text)
    assert secret is not None
    listed = client.get("/admin/enrollment").text
    token_id = re.search(r'name="token_id" value="([0-9a-f]{64})"', listed)
    assert token_id is not None
    fields = {"csrf_token": token, "token_id": token_id.group(1), "office_name": "x"}
    asked = client.post("/admin/enrollment/expire", data=fields)
    assert asked.status_code == 200 and "End this enrollment token now?" in asked.text
    assert 'name="confirmed" value="yes"' in asked.text
    assert "waiting for a laptop" in client.get("/admin/enrollment").text  # not yet
    ended = client.post(
        "/admin/enrollment/expire", data={**fields, "confirmed": "yes"}, follow_redirects=False
    )
    assert ended.headers["location"] == "/admin/enrollment?done=token-expired"
    after = client.get("/admin/enrollment?done=token-expired").text
    assert "no device can enroll with it" in after and "waiting for a laptop" not in after
    with pytest.raises(enrollment.EnrollmentRefused, match="expired"):
        enrollment.enroll(
            fresh.engine,
            secret.group(1),
            device_id=str(uuid.uuid4()),
            public_key=raw_public(HqKeys.generate().signing.public_key()),
        )
    assert len(actions(fresh, "enrollment-token.expire")) == 1


def test_a_token_needs_an_office_and_a_lifetime_the_form_offers(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    none = client.post("/admin/enrollment", data={"csrf_token": token, "hours": "24"})
    assert none.status_code == 422 and "Choose the office, or name a new one." in none.text
    odd = client.post(
        "/admin/enrollment", data={"csrf_token": token, "office": RABAT, "hours": "99999"}
    )
    assert odd.status_code == 422 and "Choose how long the token lasts." in odd.text
    forged = client.post(
        "/admin/enrollment", data={"office": RABAT, "hours": "24"}, follow_redirects=False
    )
    assert forged.status_code == 303 and forged.headers["location"] == "/"
    assert actions(fresh, "enrollment-token.create") == []


def test_a_device_is_revoked_after_a_question_and_only_with_the_csrf_token(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    device = fresh.devices[ABUJA]
    address = f"/admin/devices/{device}/revoke"

    def revoked() -> object:
        with fresh.engine.connect() as conn:
            return conn.execute(
                select(HQ_DEVICE.c.revoked_at).where(HQ_DEVICE.c.device_id == device)
            ).scalar()

    forged = client.post(address, data={"confirmed": "yes"}, follow_redirects=False)
    assert forged.headers["location"] == "/" and revoked() is None
    asked = client.post(address, data={"csrf_token": token, "office_name": "Liaison Office Abuja"})
    assert "Revoke this laptop of Liaison Office Abuja?" in asked.text and revoked() is None
    done = client.post(address, data={"csrf_token": token, "confirmed": "yes"})
    assert done.status_code == 200 and "HQ refuses its batches from now on" in done.text
    assert revoked() is not None
    assert "revoked on" in client.get("/admin/devices").text
    assert [e.target for e in actions(fresh, "device.revoke")] == [f"device:{device}"]
    unknown = client.post(
        "/admin/devices/no-such-device/revoke", data={"csrf_token": token, "confirmed": "yes"}
    )
    assert unknown.status_code == 404


def test_a_user_is_added_chooses_a_password_and_signs_in(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    nameless = client.post(
        "/admin/users", data={"csrf_token": token, "name": "k", "role": "analyst"}
    )
    assert nameless.status_code == 422 and "A user name has 2 to 64 characters" in nameless.text
    officeless = client.post(
        "/admin/users", data={"csrf_token": token, "name": "karim", "role": "office"}
    )
    assert "An office user needs at least one office: tick it." in officeless.text
    assert 'value="karim"' in officeless.text  # what was typed is kept
    added = client.post(
        "/admin/users",
        data={"csrf_token": token, "name": "karim", "role": "office", "offices": [RABAT]},
    )
    assert added.status_code == 201
    code = re.search(r'class="secret" value="([^"]+)"', added.text)
    assert code is not None
    assert code.group(1) not in client.get("/admin/users").text
    taken = client.post(
        "/admin/users", data={"csrf_token": token, "name": "Karim", "role": "analyst"}
    )
    assert "There is already a user with this name." in taken.text

    karim = fresh.client()
    differ = karim.post(
        "/welcome",
        data={"name": "karim", "code": code.group(1), "new_password": PASSWORD, "repeated": "x"},
    )
    assert differ.status_code == 422 and "The two new passwords differ" in differ.text
    wrong = karim.post(
        "/welcome",
        data={"name": "karim", "code": "WRONG", "new_password": PASSWORD, "repeated": PASSWORD},
    )
    assert wrong.status_code == 401 and "one-time code was not accepted" in wrong.text
    chosen = karim.post(
        "/welcome",
        data={
            "name": "karim",
            "code": code.group(1),
            "new_password": PASSWORD,
            "repeated": PASSWORD,
        },
        follow_redirects=False,
    )
    assert chosen.headers["location"] == "/?done=password-set"
    assert "Your password is set: sign in with it." in karim.get(chosen.headers["location"]).text
    sign_in(fresh, karim, "karim")
    board = karim.get("/offices").text
    assert "Programme Office Rabat" in board and "Liaison Office Abuja" not in board


def test_a_user_s_role_changes_after_a_question_and_their_sessions_end(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    salma = fresh.client()
    sign_in(fresh, salma, "salma")
    address = "/admin/users/salma/role"
    asked = client.post(address, data={"csrf_token": token, "role": "office", "offices": [ABUJA]})
    assert "Give salma the role “office”?" in asked.text
    assert f'name="offices" value="{ABUJA}"' in asked.text
    assert salma.get("/offices").status_code == 200  # nothing changed yet
    changed = client.post(
        address,
        data={"csrf_token": token, "role": "office", "offices": [ABUJA], "confirmed": "yes"},
        follow_redirects=False,
    )
    assert changed.headers["location"] == "/admin/users/salma?done=user-changed"
    page = client.get(changed.headers["location"]).text
    assert re.search(rf'value="{ABUJA}" checked', page) and not re.search(
        rf'value="{RABAT}" checked', page
    )
    sign_in(fresh, salma, "salma")
    board = salma.get("/offices").text
    assert "Liaison Office Abuja" in board and "Programme Office Rabat" not in board


def test_disabling_and_resetting_a_user(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    omar = fresh.client()
    sign_in(fresh, omar, "omar")
    asked = client.post("/admin/users/omar/disable", data={"csrf_token": token})
    assert "Disable omar?" in asked.text and omar.get("/offices").status_code == 200
    client.post("/admin/users/omar/disable", data={"csrf_token": token, "confirmed": "yes"})
    assert omar.get("/offices", follow_redirects=False).headers["location"] == "/"
    assert (
        fresh.client().get("/api/v1/offices", headers=bearer(fresh.tokens["analyst"])).status_code
        == 401
    )
    client.post("/admin/users/omar/enable", data={"csrf_token": token, "confirmed": "yes"})
    sign_in(fresh, omar, "omar")

    myself = client.post(
        "/admin/users/amina/disable", data={"csrf_token": token, "confirmed": "yes"}
    )
    assert myself.status_code == 422 and "You cannot disable yourself" in myself.text

    reset = client.post("/admin/users/omar/reset", data={"csrf_token": token, "confirmed": "yes"})
    code = re.search(r'class="secret" value="([^"]+)"', reset.text)
    assert code is not None and "The password of omar is reset." in reset.text
    refused = omar.post("/signin", data={"name": "omar", "password": PASSWORD})
    assert refused.status_code == 401
    assert [e.action for e in actions(fresh, "user") if e.target == "user:omar"][-3:] == [
        "user.disable",
        "user.enable",
        "user.reset-password",
    ]


def test_an_api_token_shown_once_works_until_revoked(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    made = client.post(
        "/admin/api-tokens", data={"csrf_token": token, "user": "omar", "days": "30"}
    )
    assert made.status_code == 201
    text = re.search(r'class="secret" value="([^"]+)"', made.text)
    assert text is not None
    api = fresh.client()
    assert api.get("/api/v1/offices", headers=bearer(text.group(1))).status_code == 200
    listed = client.get("/admin/api-tokens").text
    assert text.group(1) not in listed
    token_id = text.group(1).split("_")[1]  # fhq_ID_SECRET
    revoke = f'action="/admin/api-tokens/{token_id}/revoke"'
    assert revoke in listed
    address = f"/admin/api-tokens/{token_id}/revoke"
    asked = client.post(address, data={"csrf_token": token, "user": "omar"})
    assert f"Revoke the API token {token_id} of omar?" in asked.text
    assert api.get("/api/v1/offices", headers=bearer(text.group(1))).status_code == 200
    client.post(address, data={"csrf_token": token, "confirmed": "yes"})
    assert revoke not in client.get("/admin/api-tokens").text
    assert api.get("/api/v1/offices", headers=bearer(text.group(1))).status_code == 401
    odd = client.post(
        "/admin/api-tokens", data={"csrf_token": token, "user": "omar", "days": "9999"}
    )
    assert odd.status_code == 422


def test_the_stale_office_threshold_is_kept_in_hq_s_database(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    assert "Last contact in red: none for more than 14 days." in client.get("/offices").text
    for bad in ("0", "3651", "two", "-1", ""):
        refused = client.post(
            "/admin/settings", data={"csrf_token": token, "stale_office_days": bad}
        )
        assert refused.status_code == 422, bad
        assert "a whole number from 1 to 3650" in refused.text
    asked = client.post("/admin/settings", data={"csrf_token": token, "stale_office_days": "3"})
    assert "Show offices in red after 3 days without contact?" in asked.text
    client.post(
        "/admin/settings",
        data={"csrf_token": token, "stale_office_days": "3", "confirmed": "yes"},
    )
    assert "Last contact in red: none for more than 3 days." in client.get("/offices").text
    assert "Set by user:amina on" in client.get("/admin/settings").text
    (entry,) = actions(fresh, "setting.change")
    assert entry.detail == '{"after":"3","before":null}'


def test_hq_keeps_an_enabled_admin(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    demoted = client.post(
        "/admin/users/amina/role",
        data={"csrf_token": token, "role": "analyst", "confirmed": "yes"},
    )
    assert (
        demoted.status_code == 422
        and "last enabled admin: make another admin first" in demoted.text
    )
    api = fresh.client().put(
        "/api/v1/users/amina/role",
        json={"role": "analyst"},
        headers=bearer(fresh.tokens["admin"]),
    )
    assert api.status_code == 422
    client.post(
        "/admin/users/omar/role", data={"csrf_token": token, "role": "admin", "confirmed": "yes"}
    )
    moved = client.post(
        "/admin/users/amina/role",
        data={"csrf_token": token, "role": "analyst", "confirmed": "yes"},
        follow_redirects=False,
    )
    assert moved.status_code == 303  # omar is an admin now: amina may step down


def test_a_question_names_the_real_target_and_a_change_is_made_once(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    device = fresh.devices[ABUJA]
    asked = client.post(
        f"/admin/devices/{device}/revoke",
        data={"csrf_token": token, "office_name": "Programme Office Rabat"},  # a forged name
    )
    assert "Revoke this laptop of Liaison Office Abuja?" in asked.text
    for _ in range(2):
        client.post(
            f"/admin/devices/{device}/revoke", data={"csrf_token": token, "confirmed": "yes"}
        )
    assert len(actions(fresh, "device.revoke")) == 1  # revoked once, audited once
    bad = client.post(
        "/admin/enrollment",
        data={"csrf_token": token, "new_office": "Nairobi\x1b[31m\x00", "hours": "24"},
    )
    assert bad.status_code == 422 and "name cannot hold control characters" in bad.text
    unknown = client.post(
        "/admin/enrollment/expire", data={"csrf_token": token, "token_id": "0" * 64}
    )
    assert unknown.status_code == 404
