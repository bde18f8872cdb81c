"""Signing in as an attacker would try it: names that do not exist, guesses, replayed codes,
a 10 MB password."""

from __future__ import annotations

import time
from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import Engine, select

from sync.hq.accounts import passwords, signin, totp, users
from sync.hq.accounts.scope import Role
from sync.hq.accounts.signin import NOT_ACCEPTED, Refused, SignedIn, authenticate
from sync.hq.accounts.users import User
from sync.hq.tables import HQ_AUDIT
from tests.unit.sync.hq_accounts.conftest import GOOD, RABAT, T0

ADDR = "203.0.113.7"


def add(hq: Engine, name: str, role: Role = Role.ANALYST, **kw: object) -> None:
    offices = [RABAT] if role is Role.OFFICE else []
    with hq.begin() as conn:
        users.add_user(conn, name, role, actor="test", offices=offices, password=GOOD, **kw)  # type: ignore[arg-type]


def sign_in(hq: Engine, name: str, password: str, code: str = "", *, at=T0, addr=ADDR):  # type: ignore[no-untyped-def]
    found = authenticate(hq, name, password, code, addr, at)
    return found.user if isinstance(found, SignedIn) else found


def test_unknown_name_and_wrong_password_get_the_same_answer_for_the_same_work(
    hq: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(hq, "omar")
    verified: list[str] = []
    real = passwords._HASHER.verify

    def counted(stored: str, password: str) -> bool:
        verified.append(stored)
        return real(stored, password)

    monkeypatch.setattr(passwords._HASHER, "verify", counted)
    unknown = sign_in(hq, "nobody", GOOD)
    wrong = sign_in(hq, "omar", "not the password at all")
    assert unknown == wrong == Refused(NOT_ACCEPTED, 0)
    assert len(verified) == 2  # a hash was verified for the unknown name too
    assert isinstance(sign_in(hq, "OMAR", GOOD), User)  # names are not case-sensitive


def test_failures_lock_the_name_out_for_longer_each_time(hq: Engine) -> None:
    add(hq, "omar")
    for i in range(5):  # five guesses are heard at once
        assert sign_in(hq, "omar", f"guess number {i}", addr=f"198.51.100.{i}") == Refused()
    # The sixth, even with the right password, waits 2 s; then 4 s, then 8 s.
    assert sign_in(hq, "omar", GOOD, addr="198.51.100.9").retry_after == 2
    assert sign_in(hq, "omar", "guess 6", at=T0 + timedelta(seconds=2)) == Refused()
    assert sign_in(hq, "omar", GOOD, at=T0 + timedelta(seconds=3)).retry_after == 3
    assert sign_in(hq, "omar", "guess 7", at=T0 + timedelta(seconds=6)) == Refused()
    locked = sign_in(hq, "omar", GOOD, at=T0 + timedelta(seconds=6))
    assert isinstance(locked, Refused) and locked.retry_after == 8
    assert "try again in 8 s" in locked.message
    assert isinstance(sign_in(hq, "omar", GOOD, at=T0 + timedelta(seconds=14)), User)
    # ...and the lock-out is capped at 15 minutes however long the attack goes on.
    assert signin.Lockout().delay(60) == timedelta(minutes=15)


def test_one_address_guessing_many_names_is_locked_out(hq: Engine) -> None:
    add(hq, "omar")
    for name in ("ana", "bob", "cy", "dee", "eve"):
        sign_in(hq, name, "whatever it is")
    refused = sign_in(hq, "omar", GOOD)
    assert isinstance(refused, Refused) and refused.retry_after == 2
    assert isinstance(sign_in(hq, "omar", GOOD, addr="192.0.2.1"), User)


def test_an_admin_cannot_sign_in_before_setting_up_totp(hq: Engine) -> None:
    add(hq, "amina", Role.ADMIN)
    refused = sign_in(hq, "amina", GOOD)
    assert isinstance(refused, Refused) and "fieldapp-hq user totp amina" in refused.message


def test_a_totp_code_works_once_and_a_recovery_code_once(hq: Engine) -> None:
    add(hq, "amina", Role.ADMIN)
    with hq.begin() as conn:
        made = totp.setup(conn, "amina", actor="test")
    assert made.uri.startswith("otpauth://totp/FieldApp%20HQ:amina?secret=")
    assert len(set(made.recovery_codes)) == 10
    code = pyotp.TOTP(made.secret).at(T0)
    assert sign_in(hq, "amina", GOOD) == Refused()  # the password alone is not enough
    assert isinstance(sign_in(hq, "amina", GOOD, code), User)
    later = T0 + timedelta(seconds=20)  # same 30-s step, or the one before: a replay
    assert sign_in(hq, "amina", GOOD, code, at=later) == Refused()
    drifted = pyotp.TOTP(made.secret).at(T0 + timedelta(seconds=30))  # the phone runs ahead
    assert isinstance(sign_in(hq, "amina", GOOD, drifted, at=later), User)
    far = pyotp.TOTP(made.secret).at(T0 + timedelta(minutes=5))
    assert sign_in(hq, "amina", GOOD, far, at=later) == Refused()

    recovery = made.recovery_codes[3].lower().replace("-", " ")  # as someone types it
    assert isinstance(sign_in(hq, "amina", GOOD, recovery, at=later), User)
    assert sign_in(hq, "amina", GOOD, recovery, at=later) == Refused()
    with hq.connect() as conn:
        user = users.get_user(conn, "amina")
        assert user is not None and totp.recovery_codes_left(conn, user.user_id) == 9


def test_a_disabled_user_cannot_sign_in(hq: Engine) -> None:
    add(hq, "omar")
    with hq.begin() as conn:
        users.set_disabled(conn, "omar", True, actor="test")
    assert sign_in(hq, "omar", GOOD) == Refused()


def test_a_user_added_without_password_sets_it_with_the_one_time_code(hq: Engine) -> None:
    with hq.begin() as conn:
        _, code = users.add_user(conn, "lena", Role.ANALYST, actor="test")
    assert code is not None and len(code) == 19
    assert sign_in(hq, "lena", code) == Refused()  # the code is no password
    with hq.begin() as conn:
        assert (
            signin.redeem_signin_code(conn, "lena", "AAAA-BBBB-CCCC-DDDD", GOOD, ADDR, T0)
            == Refused()
        )
        with pytest.raises(passwords.PasswordRefused, match="at least 12"):
            signin.redeem_signin_code(conn, "lena", code, "short", ADDR, T0)
    with hq.begin() as conn:
        assert isinstance(signin.redeem_signin_code(conn, "lena", code, GOOD, ADDR, T0), User)
    with hq.begin() as conn:
        assert signin.redeem_signin_code(conn, "lena", code, GOOD, ADDR, T0) == Refused()
    assert isinstance(sign_in(hq, "lena", GOOD), User)


def test_a_sign_in_code_expires_after_a_day(hq: Engine) -> None:
    with hq.begin() as conn:
        _, code = users.add_user(conn, "lena", Role.ANALYST, actor="test", at=T0)
    assert code is not None
    with hq.begin() as conn:
        late = T0 + timedelta(hours=24, seconds=1)
        assert signin.redeem_signin_code(conn, "lena", code, GOOD, ADDR, late) == Refused()


def test_a_10_mb_password_is_refused_before_hashing(
    hq: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(hq, "omar")
    huge = "x" * 10_000_000

    def no_hashing(*_: object) -> None:
        raise AssertionError("a 10 MB password was hashed")

    monkeypatch.setattr(passwords._HASHER, "verify", no_hashing)
    monkeypatch.setattr(passwords._HASHER, "hash", no_hashing)
    started = time.monotonic()
    assert sign_in(hq, "omar", huge) == Refused()
    with hq.begin() as conn, pytest.raises(passwords.PasswordRefused, match="at most 1024 bytes"):
        users.add_user(conn, "zed", Role.ANALYST, actor="test", password=huge)
    assert time.monotonic() - started < 2


def test_every_attempt_is_in_the_audit_log(hq: Engine) -> None:
    add(hq, "omar")
    sign_in(hq, "nobody", GOOD)
    sign_in(hq, "omar", GOOD)
    with hq.connect() as conn:
        rows = conn.execute(
            select(HQ_AUDIT.c.actor, HQ_AUDIT.c.action, HQ_AUDIT.c.detail).order_by(HQ_AUDIT.c.seq)
        ).all()
    assert [(r.actor, r.action) for r in rows] == [
        ("test", "user.add"),
        ("signin:nobody", "signin.refused"),
        ("user:omar", "signin.ok"),
    ]
    assert '"reason":"unknown name"' in rows[1].detail and ADDR in rows[1].detail


def test_passwords_are_argon2id_with_rfc_9106_parameters_or_stronger() -> None:
    from argon2 import PasswordHasher as Real
    from argon2.profiles import RFC_9106_LOW_MEMORY

    hashed = Real.from_parameters(RFC_9106_LOW_MEMORY).hash(GOOD)
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify(hashed, GOOD).ok  # the cheap test hasher reads it: same scheme
    with pytest.raises(passwords.PasswordRefused, match="name"):
        passwords.check_strength("omar-omar-omar-2026", "omar")
