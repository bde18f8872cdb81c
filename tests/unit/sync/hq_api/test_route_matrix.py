"""Each route × each kind of caller × own or another office's id: the status a user gets.

The table is written by hand from issue 15's rules, not read from the app: every read needs
credentials (401 without, or with a disabled user's, a revoked or an expired token); a role
that reads no such thing is 403; an office outside the caller's scope is 404, as an unknown
one is; liveness and the signed code lists stay open; a token cannot mint tokens.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.unit.sync.hq_api.conftest import ABUJA, RABAT, Hq, bearer

A, B = RABAT, ABUJA  # the office user sees A only
WHY = {"reason": "reissue a certificate"}  # a reveal's reason

# kinds of callers, in the table's column order; "refused" stands for no credentials and for
# a disabled user's, a revoked and an expired token (each tried)
KINDS = ("admin", "admin-session", "analyst", "office", "auditor", "refused")
REFUSED = ("none", "disabled", "revoked", "expired")

MATRIX: list[tuple[str, str, dict[str, Any] | None, tuple[int, ...]]] = [
    # method, path, JSON body   admin, admin-session, analyst, office A, auditor, refused
    ("GET", "/api/v1/health", None, (200, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/reference", None, (200, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/indicators", None, (200, 200, 200, 200, 403, 401)),
    ("GET", f"/api/v1/indicators?office_id={A}", None, (200, 200, 200, 200, 403, 401)),
    ("GET", f"/api/v1/indicators?office_id={B}", None, (200, 200, 200, 404, 403, 401)),
    ("GET", "/api/v1/indicators?office_id=nowhere", None, (404, 404, 404, 404, 403, 401)),
    ("GET", f"/api/v1/offices/{A}/health", None, (200, 200, 200, 200, 403, 401)),
    ("GET", f"/api/v1/offices/{B}/health", None, (200, 200, 200, 404, 403, 401)),
    ("GET", "/api/v1/offices/nowhere/health", None, (404, 404, 404, 404, 403, 401)),
    ("GET", "/docs", None, (200, 200, 200, 200, 200, 401)),
    ("GET", "/openapi.json", None, (200, 200, 200, 200, 200, 401)),
    ("GET", "/docs/openapi.json", None, (200, 200, 200, 200, 200, 401)),
    ("GET", "/docs/assets/swagger-ui-bundle.js", None, (200, 200, 200, 200, 200, 401)),
    ("GET", "/redoc", None, (404, 404, 404, 404, 404, 404)),
    ("GET", "/api/v1/session", None, (200, 200, 200, 200, 200, 401)),
    ("GET", "/api/v1/users", None, (200, 200, 403, 403, 403, 401)),
    ("GET", "/api/v1/tokens", None, (200, 200, 200, 200, 200, 401)),
    ("GET", "/api/v1/tokens?user=omar", None, (200, 200, 200, 403, 403, 401)),
    ("GET", "/api/v1/audit", None, (200, 200, 403, 403, 200, 401)),
    ("GET", "/api/v1/audit/verify", None, (200, 200, 403, 403, 200, 401)),
    ("POST", "/api/v1/tokens", {}, (403, 201, 403, 403, 403, 401)),
    ("POST", "/api/v1/enrollment-tokens", {"office": A}, (201, 201, 403, 403, 403, 401)),
    ("POST", "/api/v1/devices/nowhere/revoke", None, (404, 404, 403, 403, 403, 401)),
    ("POST", "/api/v1/users/nobody/disable", None, (404, 404, 403, 403, 403, 401)),
    ("PUT", "/api/v1/users/nobody/role", {"role": "analyst"}, (404, 404, 403, 403, 403, 401)),
    ("DELETE", "/api/v1/tokens/000000000000", None, (404, 404, 404, 404, 404, 401)),
    ("POST", "/api/v1/people/nobody/reveal", WHY, (404, 404, 403, 403, 403, 401)),
]


def cases() -> list[Any]:
    found = []
    for method, path, body, statuses in MATRIX:
        for kind, status in zip(KINDS, statuses, strict=True):
            for who in REFUSED if kind == "refused" else (kind,):
                found.append(
                    pytest.param(method, path, body, who, status, id=f"{method} {path} {who}")
                )
    return found


@pytest.fixture(scope="module")
def admin_session(hq: Hq) -> tuple[TestClient, str]:
    client = hq.client()
    return client, hq.sign_in_admin(client)


@pytest.mark.parametrize(("method", "path", "body", "who", "expected"), cases())
def test_each_route_answers_each_caller_as_the_rules_say(
    hq: Hq,
    admin_session: tuple[TestClient, str],
    method: str,
    path: str,
    body: dict[str, Any] | None,
    who: str,
    expected: int,
) -> None:
    if who == "admin-session":
        client, csrf = admin_session
        headers = {"X-CSRF-Token": csrf}
    else:
        client = hq.client()
        headers = {} if who == "none" else bearer(hq.tokens[who])
    answer = client.request(method, path, json=body, headers=headers)
    assert answer.status_code == expected, answer.text[:300]
    if expected == 401:
        assert answer.headers["WWW-Authenticate"] == "Bearer"
        assert "individuals_trained" not in answer.text and "devices" not in answer.text


def test_an_office_user_reads_their_office_and_nothing_of_another(hq: Hq) -> None:
    office = hq.client(headers=bearer(hq.tokens["office"]))
    mine = office.get(f"/api/v1/offices/{A}/health").json()
    assert mine["office_name"] == "Programme Office Rabat"
    assert [d["device_id"] for d in mine["devices"]] == [hq.devices[A]]
    other = office.get(f"/api/v1/offices/{B}/health")
    unknown = office.get("/api/v1/offices/nowhere/health")
    # Another office answers exactly as one that does not exist: nothing to enumerate.
    assert other.status_code == unknown.status_code == 404
    assert hq.devices[B] not in other.text and "Abuja" not in other.text
    me = office.get("/api/v1/session").json()["user"]
    assert (me["role"], me["offices"], me["via"]) == ("office", [A], "token")
