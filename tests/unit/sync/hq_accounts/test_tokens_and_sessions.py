"""API tokens and sessions: a token reads no more than its user, and nothing once revoked,
expired or its user disabled; a session slides but ends; CSRF tokens are the session's."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, column, select, table

from sync.hq.accounts import api_tokens, sessions, users
from sync.hq.accounts.scope import Reads, Role, Scope
from sync.hq.accounts.users import UserRefused
from sync.hq.tables import HQ_API_TOKEN, HQ_SESSION
from tests.unit.sync.hq_accounts.conftest import ABUJA, GOOD, RABAT, T0


def add(hq: Engine, name: str, role: Role, offices: list[str] | None = None) -> users.User:
    with hq.begin() as conn:
        return users.add_user(conn, name, role, actor="test", offices=offices or [], password=GOOD)[
            0
        ]


def make(hq: Engine, name: str, **kw: object) -> str:
    with hq.begin() as conn:
        return api_tokens.create(conn, name, actor="test", at=T0, **kw)[1]  # type: ignore[arg-type]


def use(hq: Engine, text: str, at=T0):  # type: ignore[no-untyped-def]
    with hq.connect() as conn:
        return api_tokens.look_up(conn, text, at)


def test_a_token_never_reads_more_than_its_user(hq: Engine) -> None:
    add(hq, "rabat-office", Role.OFFICE, [RABAT])
    add(hq, "ana", Role.ANALYST)
    with hq.begin() as conn:
        for role, offices in ((Role.ANALYST, []), (Role.ADMIN, []), (Role.OFFICE, [ABUJA])):
            with pytest.raises(UserRefused, match="cannot give a token more"):
                api_tokens.create(conn, "rabat-office", actor="t", role=role, offices=offices)
        with pytest.raises(UserRefused, match="more than they may read"):
            api_tokens.create(conn, "ana", actor="t", role=Role.AUDITOR)
        with pytest.raises(UserRefused, match="from a minute to a year"):
            api_tokens.create(conn, "ana", actor="t", lifetime=timedelta(days=366))
        with pytest.raises(UserRefused, match="no office"):
            api_tokens.create(conn, "ana", actor="t", offices=["../../etc/passwd"])

    text = make(hq, "rabat-office")
    assert text.startswith("fhq_")
    found = use(hq, text)
    assert found is not None and found.scope == Scope(Role.OFFICE, frozenset({RABAT}))
    assert found.scope.sees(RABAT) and not found.scope.sees(ABUJA)
    ana_abuja = make(hq, "ana", role=Role.OFFICE, offices=[ABUJA])
    narrowed = use(hq, ana_abuja)
    assert narrowed is not None and narrowed.scope == Scope(Role.OFFICE, frozenset({ABUJA}))

    # The users later lose the offices their tokens name: the tokens read nothing any more.
    with hq.begin() as conn:
        users.set_offices(conn, "rabat-office", [ABUJA], actor="test")
        users.set_role(conn, "ana", Role.OFFICE, actor="test", offices=[RABAT])
    assert use(hq, text) is None
    assert use(hq, ana_abuja) is None


def test_expired_revoked_forged_and_disabled_users_tokens_read_nothing(hq: Engine) -> None:
    add(hq, "ana", Role.ANALYST)
    text = make(hq, "ana", lifetime=timedelta(days=30))
    assert use(hq, text, T0 + timedelta(days=29)) is not None
    assert use(hq, text, T0 + timedelta(days=30)) is None  # expired
    forged = text[:-4] + ("AAAA" if not text.endswith("AAAA") else "BBBB")
    assert use(hq, forged) is None
    assert use(hq, "fhq_" + "x" * 10_000) is None
    token_id = text.split("_")[1]
    with hq.begin() as conn:
        assert api_tokens.revoke(conn, token_id, actor="test")
        assert not api_tokens.revoke(conn, token_id, actor="test")  # already
    assert use(hq, text) is None
    other = make(hq, "ana")
    with hq.begin() as conn:
        users.set_disabled(conn, "ana", True, actor="test")
    assert use(hq, other) is None
    with hq.begin() as conn:
        users.set_disabled(conn, "ana", False, actor="test")
    assert use(hq, other) is not None  # enabled again


def test_only_the_secret_s_hash_is_kept_and_listing_shows_no_secret(hq: Engine) -> None:
    add(hq, "ana", Role.ANALYST)
    text = make(hq, "ana")
    secret = text.split("_", 2)[2]
    with hq.connect() as conn:
        stored = conn.execute(select(HQ_API_TOKEN)).one()
        listed = api_tokens.list_tokens(conn)
    assert secret not in str(tuple(stored)) and secret not in repr(listed)
    with hq.begin() as conn:
        api_tokens.note_use(conn, listed[0].token_id, T0)
        assert api_tokens.list_tokens(conn)[0].last_used_at == T0


def test_sessions_slide_end_and_die_with_a_disabled_user(hq: Engine) -> None:
    user = add(hq, "ana", Role.ANALYST)
    with hq.begin() as conn:
        made = sessions.create(conn, user, T0, idle=timedelta(minutes=30))
    with hq.connect() as conn:
        stored = conn.execute(select(HQ_SESSION.c.session_id)).scalar_one()
    assert made.cookie not in stored and len(made.cookie) >= 43  # 256 bits, kept hashed
    with hq.begin() as conn:
        live = sessions.look_up(conn, made.cookie, T0 + timedelta(minutes=29))
        assert live is not None and live.user.name == "ana"
        sessions.touch(conn, live, T0 + timedelta(minutes=29), idle=timedelta(minutes=30))
        assert sessions.look_up(conn, made.cookie, T0 + timedelta(minutes=50)) is not None
        assert sessions.look_up(conn, made.cookie, T0 + timedelta(minutes=60)) is None
        # Sliding never goes past the lifetime.
        late = T0 + timedelta(hours=7, minutes=50)
        assert sessions.touch(conn, live, late, lifetime=timedelta(hours=8)) == T0 + timedelta(
            hours=8
        )
        assert sessions.csrf_ok(live, made.csrf_token)
        assert not sessions.csrf_ok(live, made.csrf_token[:-1] + "x")
        assert not sessions.csrf_ok(live, None) and not sessions.csrf_ok(live, "")
        assert sessions.look_up(conn, made.cookie + "x", T0) is None
        assert sessions.look_up(conn, "c" * 1_000_000, T0) is None

    with hq.begin() as conn:
        other = sessions.create(conn, user, T0)
        users.set_disabled(conn, "ana", True, actor="test")
        assert sessions.look_up(conn, other.cookie, T0) is None
    with hq.begin() as conn:
        users.set_disabled(conn, "ana", False, actor="test")
        assert sessions.look_up(conn, other.cookie, T0) is None  # ended, not paused
        third = sessions.create(conn, user, T0)
        assert sessions.end(conn, third.cookie)
        assert sessions.look_up(conn, third.cookie, T0) is None


def test_scope_filters_offices_in_the_query_and_roles_read_their_own(hq: Engine) -> None:
    events = table("hq_event", column("office_id"))
    office = Scope(Role.OFFICE, frozenset({RABAT}))
    with hq.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO hq_event (id, version, updated_at, office_id, device_id, recorded_by, "
            "title, event_type, modality, start_date, end_date, status) VALUES "
            f"('e1', 1, '2026-12-01', '{RABAT}', 'd', 'r', 'T', 'workshop', 'in_person', "
            "'2026-12-01', '2026-12-01', 'completed'), "
            f"('e2', 1, '2026-12-01', '{ABUJA}', 'd', 'r', 'T', 'workshop', 'in_person', "
            "'2026-12-01', '2026-12-01', 'completed')"
        )

        def seen(scope: Scope) -> list[str]:
            query = select(events.c.office_id).where(scope.office_filter(events.c.office_id))
            return sorted(conn.execute(query).scalars())

        assert seen(office) == [RABAT]
        assert seen(Scope(Role.ANALYST)) == sorted([RABAT, ABUJA])
        assert seen(Scope(Role.AUDITOR)) == []
        assert seen(Scope(Role.OFFICE, frozenset())) == []
    assert Scope(Role.AUDITOR).may(Reads.AUDIT) and not Scope(Role.AUDITOR).may(Reads.FIGURES)
    assert not Scope(Role.ANALYST).may(Reads.IDENTITIES) and Scope(Role.ADMIN).may(Reads.IDENTITIES)
    assert not office.may(Reads.EXPORTS) and office.may(Reads.HEALTH)
