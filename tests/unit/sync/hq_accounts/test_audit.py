"""The audit log's chain, as an insider with write access to the database would attack it,
on SQLite and PostgreSQL; and two HQ processes appending at once do not fork it."""

from __future__ import annotations

import io
import threading
from datetime import timedelta

import pyotp
from sqlalchemy import Engine, select, text

from sync.hq.accounts import api_tokens, audit, signin, totp, users
from sync.hq.accounts.scope import Role
from sync.hq.tables import HQ_AUDIT
from tests.unit.sync.hq_accounts.conftest import GOOD, RABAT, T0


def real_log(hq: Engine) -> None:
    """What a morning at HQ writes: users made, sign-ins, a token."""
    with hq.begin() as conn:
        users.add_user(conn, "amina", Role.ADMIN, actor="cli:root", password=GOOD, at=T0)
        made = totp.setup(conn, "amina", actor="cli:root", at=T0)
        users.add_user(conn, "rabat", Role.OFFICE, actor="cli:root", offices=[RABAT], at=T0)
    signin.authenticate(hq, "amina", "wrong password!!", "", "10.0.0.1", T0)
    code = pyotp.TOTP(made.secret).at(T0 + timedelta(minutes=1))
    who = signin.authenticate(hq, "amina", GOOD, code, "10.0.0.1", T0 + timedelta(minutes=1))
    assert isinstance(who, signin.SignedIn)
    with hq.begin() as conn:
        api_tokens.create(conn, "amina", actor="user:amina", role=Role.ANALYST)
        audit.append(conn, "user:amina", "export", "events.csv", {"rows": 1200, "note": "é ✓"})


def verified(hq: Engine) -> tuple[int, audit.BadEntry | None]:
    with hq.connect() as conn:
        return audit.verify(conn)


def test_a_real_log_verifies_and_an_edit_names_its_entry(hq_any: Engine) -> None:
    real_log(hq_any)
    assert verified(hq_any) == (7, None)  # 3 changes, 2 sign-ins, a token, an export
    with hq_any.begin() as conn:
        conn.execute(text("UPDATE hq_audit SET detail = :d WHERE seq = 7"), {"d": '{"rows":12}'})
    count, bad = verified(hq_any)
    assert bad is not None and bad.seq == 7 and "altered" in bad.problem and count == 6


def test_a_deleted_middle_entry_is_named(hq_any: Engine) -> None:
    real_log(hq_any)
    with hq_any.begin() as conn:
        conn.execute(text("DELETE FROM hq_audit WHERE seq = 4"))
    _, bad = verified(hq_any)
    assert bad is not None and bad.seq == 4 and "missing" in bad.problem


def test_an_entry_rewritten_with_its_own_hash_breaks_the_next(hq: Engine) -> None:
    """An insider who recomputes the edited entry's hash is caught at the entry after it."""
    real_log(hq)
    with hq.begin() as conn:
        row = conn.execute(select(HQ_AUDIT).where(HQ_AUDIT.c.seq == 3)).one()
        forged = audit.entry_hash(
            row.prev_hash, 3, row.at, "cli:someone-else", row.action, row.target, row.detail
        )
        conn.execute(
            text("UPDATE hq_audit SET actor = 'cli:someone-else', hash = :h WHERE seq = 3"),
            {"h": forged},
        )
    _, bad = verified(hq)
    assert bad is not None and bad.seq == 4


def test_entries_swapped_are_detected(hq: Engine) -> None:
    real_log(hq)
    with hq.begin() as conn:
        conn.execute(text("UPDATE hq_audit SET seq = 100 WHERE seq = 5"))
        conn.execute(text("UPDATE hq_audit SET seq = 5 WHERE seq = 6"))
        conn.execute(text("UPDATE hq_audit SET seq = 6 WHERE seq = 100"))
    _, bad = verified(hq)
    assert bad is not None and bad.seq == 5


def test_two_processes_appending_at_once_keep_one_chain(hq_any: Engine) -> None:
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            barrier.wait()
            for i in range(15):
                with hq_any.begin() as conn:
                    audit.append(conn, name, "export", f"file-{i}", {"i": i})
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"hq-{n}",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert verified(hq_any) == (30, None)


def test_export_is_csv_a_spreadsheet_does_not_run(hq: Engine) -> None:
    with hq.begin() as conn:
        audit.append(conn, "=cmd|' /C calc'!A0", "export", "x", {})
        out = io.StringIO()
        assert audit.export_csv(conn, out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "seq,at,actor,action,target,detail,prev_hash,hash"
    assert lines[1].startswith("1,") and ",'=cmd|" in lines[1] and "0" * 64 in lines[1]
