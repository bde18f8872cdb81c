"""Signing in through the API: the cookie a browser keeps, the CSRF token every signed-in
change carries, lock-out after failed attempts, signing out, changing one's password, a first
password set with a one-time code, and what an attacker's requests get."""

from __future__ import annotations

import threading
from http.cookies import SimpleCookie

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from sync.hq.accounts import passwords, users
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_AUDIT
from tests.unit.sync.hq_api.conftest import PASSWORD, RABAT, Hq, bearer, build

WRONG = "not the password at all 7"


def cookie_of(answer_headers: list[str]) -> SimpleCookie:
    [set_cookie] = [h for h in answer_headers if h.startswith("fhq_session=")]
    jar: SimpleCookie = SimpleCookie()
    jar.load(set_cookie)
    return jar


def attributes(set_cookie: str) -> set[str]:
    """The cookie's attributes as a browser reads them: 'httponly', 'samesite=strict', ..."""
    return {part.strip().lower() for part in set_cookie.split(";")[1:]}


def sign_in_headers(client: TestClient, name: str, code: str = "") -> list[str]:
    answer = client.post("/api/v1/session", json={"name": name, "password": PASSWORD, "code": code})
    assert answer.status_code == 200, answer.text
    return answer.headers.get_list("set-cookie")


def test_the_session_cookie_is_httponly_strict_and_secure_over_https(hq: Hq) -> None:
    plain = sign_in_headers(hq.client(), "omar")  # HQ on loopback, plain HTTP
    [cookie] = [c for c in plain if c.startswith("fhq_session=")]
    assert {"httponly", "samesite=strict", "path=/"} <= attributes(cookie)
    assert "secure" not in attributes(cookie)  # a browser would not send it back over http

    over_tls = sign_in_headers(hq.client(base_url="https://hq.example"), "omar")
    [cookie] = [c for c in over_tls if c.startswith("fhq_session=")]
    assert {"httponly", "samesite=strict", "path=/", "secure"} <= attributes(cookie)


def test_behind_a_tls_proxy_the_cookie_is_secure_even_over_plain_http(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    hq = build(folder, HqSettings(data=folder, host="0.0.0.0"))  # noqa: S104 (a proxy's backend)
    try:
        [cookie] = [c for c in sign_in_headers(hq.client(), "omar") if c.startswith("fhq_")]
        assert "secure" in attributes(cookie)
    finally:
        hq.engine.dispose()


def test_sign_in_answers_who_and_the_csrf_token_and_a_form_works_too(hq: Hq) -> None:
    client = hq.client()
    answer = client.post(
        "/api/v1/session", data={"name": "Salma", "password": PASSWORD, "submit": "Sign in"}
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["user"] == {"name": "salma", "role": "office", "offices": [RABAT], "via": "session"}
    assert len(body["csrf_token"]) >= 40
    assert PASSWORD not in answer.text
    who = client.get("/api/v1/session").json()
    assert who["csrf_token"] == body["csrf_token"] and who["user"]["name"] == "salma"


def test_a_signed_in_change_needs_the_csrf_token_a_token_needs_none(hq: Hq) -> None:
    client = hq.client()
    csrf = hq.sign_in_admin(client)
    make = {"office": RABAT}
    assert client.post("/api/v1/enrollment-tokens", json=make).status_code == 403
    wrong = {"X-CSRF-Token": csrf[:-2] + "xx"}
    assert client.post("/api/v1/enrollment-tokens", json=make, headers=wrong).status_code == 403
    right = {"X-CSRF-Token": csrf}
    assert client.post("/api/v1/enrollment-tokens", json=make, headers=right).status_code == 201
    # A form carries it as a field (here: changing the password, refused for the wrong one).
    form = {"old_password": WRONG, "new_password": "another long passphrase 43"}
    assert client.post("/api/v1/session/password", data=form).status_code == 403
    with_field = client.post("/api/v1/session/password", data={**form, "csrf_token": csrf})
    assert with_field.status_code == 403 and "not accepted" in with_field.text
    # Signing out is a change too: without the token the session survives.
    assert client.delete("/api/v1/session").status_code == 403
    assert client.get("/api/v1/session").status_code == 200
    # The same change with an API token and no CSRF token at all.
    token = hq.client(headers=bearer(hq.tokens["admin"]))
    assert token.post("/api/v1/enrollment-tokens", json=make).status_code == 201


def test_ten_failed_sign_ins_and_the_next_waits_even_with_the_right_password(fresh: Hq) -> None:
    client = fresh.client()
    for _ in range(10):
        answer = client.post("/api/v1/session", json={"name": "omar", "password": WRONG})
        assert answer.status_code == 401, answer.text
        assert answer.json()["detail"] == "The name, password or code was not accepted."
    right = client.post("/api/v1/session", json={"name": "omar", "password": PASSWORD})
    assert right.status_code == 429, right.text
    assert int(right.headers["Retry-After"]) >= 1
    assert "fhq_session" not in right.headers.get("set-cookie", "")
    # Every attempt audited, with why; never the password.
    with fresh.engine.connect() as conn:
        rows = conn.execute(select(HQ_AUDIT).where(HQ_AUDIT.c.action.like("signin%"))).all()
    assert [r.action for r in rows] == ["signin.refused"] * 11
    assert '"reason":"wrong password"' in rows[0].detail
    assert '"reason":"locked out"' in rows[-1].detail
    assert all(WRONG not in r.detail and PASSWORD not in r.detail for r in rows)


def test_a_sign_in_hashing_its_password_holds_up_no_write(
    fresh: Hq, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stranger's guesses must not stall devices' batches: on SQLite one writer at a time."""
    hashing, done = threading.Event(), threading.Event()
    real = passwords.verify

    def slow(stored: str | None, password: str) -> passwords.Checked:
        hashing.set()
        done.wait(10)
        return real(stored, password)

    monkeypatch.setattr(passwords, "verify", slow)
    answers: list[int] = []
    guess = threading.Thread(
        target=lambda: answers.append(
            fresh.client()
            .post("/api/v1/session", json={"name": "omar", "password": WRONG})
            .status_code
        )
    )
    guess.start()
    wrote = threading.Event()

    def write() -> None:
        with fresh.engine.begin() as conn:
            conn.execute(update(HQ_AUDIT).where(HQ_AUDIT.c.seq == -1).values(actor="x"))
        wrote.set()

    try:
        assert hashing.wait(10)
        threading.Thread(target=write, daemon=True).start()
        assert wrote.wait(3), "a write waited for a sign-in's password check"
    finally:
        done.set()
        guess.join(10)
    assert answers == [401]


def test_an_admin_signs_in_with_a_second_factor_only(hq: Hq) -> None:
    client = hq.client()
    answer = client.post("/api/v1/session", json={"name": "amina", "password": PASSWORD})
    assert answer.status_code == 401
    assert client.get("/api/v1/session").status_code == 401
    assert hq.sign_in_admin(client)


def test_signing_out_ends_the_session(hq: Hq) -> None:
    client = hq.client()
    csrf = hq.sign_in(client, "fatou")
    stolen = client.cookies["fhq_session"]
    answer = client.delete("/api/v1/session", headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 204
    assert (
        'fhq_session=""' in answer.headers["set-cookie"]
        or "Max-Age=0" in answer.headers["set-cookie"]
    )
    # The cookie, kept by someone, is worth nothing now.
    replay = hq.client(cookies={"fhq_session": stolen})
    assert replay.get("/api/v1/session").status_code == 401


def test_a_disabled_users_session_is_refused(fresh: Hq) -> None:
    client = fresh.client()
    fresh.sign_in(client, "omar")
    assert client.get("/api/v1/indicators").status_code == 200
    with fresh.engine.begin() as conn:
        users.set_disabled(conn, "omar", True, actor="test")
    assert client.get("/api/v1/indicators").status_code == 401


def test_changing_ones_password_ends_the_other_sessions(fresh: Hq) -> None:
    here, elsewhere = fresh.client(), fresh.client()
    csrf = fresh.sign_in(here, "omar")
    fresh.sign_in(elsewhere, "omar")
    new = "a brand new passphrase 44"
    change = {"old_password": PASSWORD, "new_password": new}
    weak = here.post(
        "/api/v1/session/password",
        json={**change, "new_password": "short"},
        headers={"X-CSRF-Token": csrf},
    )
    assert weak.status_code == 422 and "at least 12 characters" in weak.text
    done = here.post("/api/v1/session/password", json=change, headers={"X-CSRF-Token": csrf})
    assert done.status_code == 204, done.text
    assert here.get("/api/v1/session").status_code == 200
    assert elsewhere.get("/api/v1/session").status_code == 401
    old = fresh.client().post("/api/v1/session", json={"name": "omar", "password": PASSWORD})
    assert old.status_code == 401
    fresh.client().post(
        "/api/v1/session", json={"name": "omar", "password": new}
    ).raise_for_status()
    # With a token, no password is changed (a token does not prove its holder knows it).
    token = fresh.client(headers=bearer(fresh.tokens["analyst"]))
    assert token.post("/api/v1/session/password", json=change).status_code == 403


def test_a_user_added_without_password_sets_it_with_the_one_time_code(fresh: Hq) -> None:
    admin = fresh.client(headers=bearer(fresh.tokens["admin"]))
    added = admin.post("/api/v1/users", json={"name": "nadia", "role": "analyst"})
    assert added.status_code == 201, added.text
    code = added.json()["signin_code"]
    new = "my very own passphrase 45"
    client = fresh.client()
    redeem = {"name": "nadia", "code": code, "new_password": new}
    wrong = client.post("/api/v1/session/redeem", json={**redeem, "code": "AAAA-BBBB-CCCC-DDDD"})
    assert wrong.status_code == 401
    assert client.post("/api/v1/session/redeem", json=redeem).status_code == 204
    assert client.post("/api/v1/session/redeem", json=redeem).status_code == 401  # used
    client.post("/api/v1/session", json={"name": "nadia", "password": new}).raise_for_status()


def test_hostile_sign_ins_get_plain_refusals(hq: Hq) -> None:
    client = hq.client()
    huge = client.post("/api/v1/session", json={"name": "omar", "password": "x" * 10_000_000})
    assert huge.status_code == 413
    long = client.post("/api/v1/session", json={"name": "omar", "password": "x" * 4000})
    assert long.status_code == 401
    for name in ("' OR 1=1 --", "ω" * 64):
        assert (
            client.post("/api/v1/session", json={"name": name, "password": PASSWORD}).status_code
            == 401
        )
    assert (
        client.post(
            "/api/v1/session", content=b"\xff\xfe{", headers={"Content-Type": "application/json"}
        ).status_code
        == 422
    )
    assert client.post("/api/v1/session", json=["omar", PASSWORD]).status_code == 422
    assert (
        client.post(
            "/api/v1/session", content=b"name=omar", headers={"Content-Type": "text/plain"}
        ).status_code
        == 415
    )
    # A sign-in posted from another site's page.
    other_site = {"Origin": "https://evil.example"}
    posted = client.post(
        "/api/v1/session", json={"name": "omar", "password": PASSWORD}, headers=other_site
    )
    assert posted.status_code == 403 and "fhq_session" not in posted.headers.get("set-cookie", "")
    # Forged or odd credentials.
    for headers in (
        {"Authorization": "Basic b21hcjpwYXNz"},
        {"Authorization": "Bearer fhq_000000000000_" + "A" * 43},
        {"Authorization": "Bearer " + "x" * 5000},
        {"Cookie": "fhq_session=" + "x" * 5000},
    ):
        answer = hq.client().get("/api/v1/indicators", headers=headers)
        assert answer.status_code == 401, headers


def test_control_characters_are_refused_before_reaching_the_database(hq: Hq) -> None:
    """PostgreSQL refuses NUL in text (a 500 if it got there): names and ids with a control
    character are 422, in a body, a path or a query, whoever asks."""
    client = hq.client()
    named = client.post("/api/v1/session", json={"name": "omar\x00", "password": PASSWORD})
    assert named.status_code == 422
    reader = hq.client(headers=bearer(hq.tokens["analyst"]))
    for path in (
        "/api/v1/indicators?office_id=%00%C2%91",
        "/api/v1/offices/a%00b/health",
        "/api/v1/audit?actor=user%3Aomar%0A",
    ):
        assert reader.get(path).status_code == 422, path
    admin = hq.client(headers=bearer(hq.tokens["admin"]))
    odd = admin.post("/api/v1/enrollment-tokens", json={"office": "Dakar\x00"})
    assert odd.status_code == 422
    assert admin.post("/api/v1/users/omar%00/disable").status_code == 422
