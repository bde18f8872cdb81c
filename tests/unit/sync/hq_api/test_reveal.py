"""``POST /api/v1/people/{id}/reveal`` (issue 16): an identity HQ holds only sealed is revealed
to an admin or a user granted the right, with a reason, and every attempt is audited; the
grant is given and taken back with ``fieldapp-hq user grant-reveal | revoke-reveal``."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select, update

from fieldapp.domain.vocab import RecordType
from sync.hq.accounts import api_tokens, audit, users
from sync.hq.accounts.reveal_right import set_granted
from sync.hq.accounts.scope import Role, Scope
from sync.hq.accounts.users import get_user
from sync.hq.cli import main
from sync.hq.database import open_database
from sync.hq.identities import KEY_ENV, KEY_FILE_ENV, IdentityKey, create_key_file, seal
from sync.hq.reveal import Refusal, Revealed, reveal
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_OFFICE, HQ_TABLES
from tests.hq_databases import hq_database
from tests.unit.sync.hq_api.conftest import ABUJA, RABAT, Hq, bearer, build

AMINA = {"full_name": "Amina Benali", "email": "amina.b@example.org", "phone": "+212 600 11"}
KARIM = {"full_name": "Karim Idrissi", "email": "karim@example.org", "phone": "+234 80 22"}
REASON = {"reason": "Certificate reissue requested by the office (ticket 4411)"}
PEOPLE = HQ_TABLES[RecordType.PARTICIPANT]


@pytest.fixture(autouse=True)
def _no_key_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)


def add_person(
    engine: Engine, office_id: str, fields: dict[str, Any], key: IdentityKey | None
) -> str:
    """A person as HQ holds them under ``shared``: identity fields blank, sealed beside."""
    person_id = str(uuid.uuid4())
    sealed = seal(key, office_id, person_id, fields) if key is not None else None
    with engine.begin() as conn:
        conn.execute(
            insert(PEOPLE).values(
                id=person_id,
                full_name="",
                sex="female",
                office_id=office_id,
                device_id="d",
                recorded_by="",
                updated_at=datetime(2026, 11, 30, tzinfo=UTC),
                identity_sealed=sealed,
            )
        )
    return person_id


def share(engine: Engine, office_id: str, policy: str = "shared") -> None:
    with engine.begin() as conn:
        conn.execute(
            update(HQ_OFFICE).where(HQ_OFFICE.c.office_id == office_id).values(identities=policy)
        )


def entries_after(engine: Engine, seq: int) -> list[audit.Entry]:
    with engine.connect() as conn:
        return audit.entries(conn, after=seq)


def last_seq(engine: Engine) -> int:
    with engine.connect() as conn:
        found = audit.entries(conn)
    return found[-1].seq if found else 0


class Keyed:
    """An HQ started with an identity key: Rabat shares identities, Abuja does not."""

    def __init__(self, folder: Path) -> None:
        self.key_file = folder.parent / f"{folder.name}-identity.key"
        folder.mkdir(mode=0o700)
        self.key = create_key_file(self.key_file)
        self.data = folder
        self.hq: Hq = build(folder, HqSettings(data=folder, identity_key_file=self.key_file))
        self.engine = self.hq.engine
        share(self.engine, RABAT)
        self.amina = add_person(self.engine, RABAT, AMINA, self.key)
        self.karim = add_person(self.engine, ABUJA, KARIM, self.key)

    def cli(self, *args: str) -> int:
        return main(["--data", str(self.data), *args])

    def post(self, person: str, body: Any = REASON, who: str = "admin") -> Any:
        with self.hq.client() as client:
            return client.post(
                f"/api/v1/people/{person}/reveal", json=body, headers=bearer(self.hq.tokens[who])
            )


@pytest.fixture
def keyed(tmp_path: Path) -> Iterator[Keyed]:
    made = Keyed(tmp_path / "hq")
    yield made
    made.engine.dispose()


def test_admin_reveals_with_a_reason_and_the_audit_names_no_one(keyed: Keyed) -> None:
    before = last_seq(keyed.engine)
    answer = keyed.post(keyed.amina)
    assert answer.status_code == 200, answer.text
    assert answer.json()["fields"] == AMINA
    assert answer.headers["cache-control"] == "no-store"
    [entry] = entries_after(keyed.engine, before)
    assert (entry.action, entry.target) == ("identity.reveal", f"person:{keyed.amina}")
    assert entry.actor.startswith("token:") and answer.json()["audit_seq"] == entry.seq
    assert json.loads(entry.detail) == {"office_id": RABAT, "reason": REASON["reason"]}
    with keyed.engine.connect() as conn:
        log = "".join(e.detail + e.target for e in audit.entries(conn))
    for value in AMINA.values():
        assert value not in log
    # HQ's database holds the identity only as ciphertext (the WAL checkpointed into it)
    keyed.engine.dispose()
    stored = b"".join(p.read_bytes() for p in keyed.data.glob("hq.db*"))
    assert b"Amina" not in stored and b"amina.b@" not in stored


def test_a_session_reveals_only_with_its_csrf_token(keyed: Keyed) -> None:
    with keyed.hq.client() as client:
        csrf = keyed.hq.sign_in_admin(client)
        path = f"/api/v1/people/{keyed.amina}/reveal"
        assert client.post(path, json=REASON).status_code == 403
        answer = client.post(path, json=REASON, headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 200 and answer.json()["fields"]["full_name"] == "Amina Benali"
    assert answer.headers["cache-control"] == "no-store"


def test_analyst_is_refused_and_audited_until_granted(
    keyed: Keyed, capsys: pytest.CaptureFixture[str]
) -> None:
    before = last_seq(keyed.engine)
    refused = keyed.post(keyed.amina, who="analyst")
    assert refused.status_code == 403 and "grant-reveal" in refused.json()["detail"]
    assert "Amina" not in refused.text
    [entry] = entries_after(keyed.engine, before)
    assert (entry.action, entry.target) == ("identity.reveal-refused", f"person:{keyed.amina}")
    assert json.loads(entry.detail)["status"] == 403
    assert keyed.post(keyed.amina, who="auditor").status_code == 403

    assert keyed.cli("user", "grant-reveal", "omar") == 0
    assert "omar may now reveal" in capsys.readouterr().out
    assert keyed.cli("user", "list") == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split()[5] == "reveal"
    rows = {line.split()[0]: line.split() for line in listed[1:]}
    assert (rows["omar"][5], rows["amina"][5], rows["salma"][5]) == ("yes", "role", "no")
    allowed = keyed.post(keyed.amina, who="analyst")
    assert allowed.status_code == 200 and allowed.json()["fields"] == AMINA
    assert keyed.post(keyed.karim, who="analyst").status_code == 409  # Abuja shares nothing

    assert keyed.cli("user", "revoke-reveal", "omar") == 0
    assert keyed.post(keyed.amina, who="analyst").status_code == 403  # at once
    assert keyed.cli("user", "grant-reveal", "fatou") == 2  # an auditor sees no one
    assert "auditor" in capsys.readouterr().err
    with keyed.engine.connect() as conn:
        actions = [e.action for e in audit.entries(conn) if e.target.startswith("user:")]
    assert actions[-2:] == ["user.grant-reveal", "user.revoke-reveal"]


def test_a_token_narrowed_below_its_users_role_carries_no_grant(keyed: Keyed) -> None:
    with keyed.engine.begin() as conn:
        set_granted(conn, "omar", True, actor="test")
        _, narrowed = api_tokens.create(
            conn, "omar", actor="test", role=Role.OFFICE, offices=[RABAT]
        )
    keyed.hq.tokens["narrowed"] = narrowed
    assert keyed.post(keyed.amina, who="narrowed").status_code == 403
    assert keyed.post(keyed.amina, who="analyst").status_code == 200


BAD_REASONS: list[Any] = [
    None,
    {},
    {"reason": ""},
    {"reason": "because   "},  # 7 characters once trimmed
    {"reason": "x" * 501},
    {"reason": "line one\nline two is here"},
    {"reason": 1234567890123},
    {"reason": "a long enough reason", "fields": ["full_name"]},
]


def test_no_reason_or_a_bad_one_is_422_and_reveals_nothing(keyed: Keyed) -> None:
    before = last_seq(keyed.engine)
    for body in BAD_REASONS:
        answer = keyed.post(keyed.amina, body=body)
        assert answer.status_code == 422, body
        assert "Amina" not in answer.text
    assert entries_after(keyed.engine, before) == []


def test_another_offices_person_is_unknown_to_an_office_user(keyed: Keyed) -> None:
    with keyed.engine.begin() as conn:
        set_granted(conn, "salma", True, actor="test")  # an office user of Rabat
    share(keyed.engine, ABUJA)
    other = keyed.post(keyed.karim, who="office")
    unknown = keyed.post(str(uuid.uuid4()), who="office")
    assert other.status_code == unknown.status_code == 404
    assert other.json()["detail"].replace(keyed.karim, "?") == unknown.json()["detail"].replace(
        unknown.url.path.split("/")[-2], "?"
    )
    assert "Karim" not in other.text
    assert keyed.post(keyed.amina, who="office").json()["fields"] == AMINA
    assert keyed.post(keyed.karim, who="admin").json()["fields"] == KARIM


def test_tampered_or_moved_ciphertext_is_a_clear_refusal(keyed: Keyed) -> None:
    other = add_person(keyed.engine, RABAT, KARIM, keyed.key)
    with keyed.engine.begin() as conn:
        sealed = conn.execute(
            select(PEOPLE.c.identity_sealed).where(PEOPLE.c.id == keyed.amina)
        ).scalar_one()
        conn.execute(  # Amina's ciphertext copied onto another person's row
            update(PEOPLE).where(PEOPLE.c.id == other).values(identity_sealed=sealed)
        )
        flipped = sealed[:10] + ("A" if sealed[10] != "A" else "B") + sealed[11:]
        conn.execute(
            update(PEOPLE).where(PEOPLE.c.id == keyed.amina).values(identity_sealed=flipped)
        )
    for person in (other, keyed.amina):
        before = last_seq(keyed.engine)
        answer = keyed.post(person)
        assert answer.status_code == 409
        assert "does not open" in answer.json()["detail"] and "Traceback" not in answer.text
        assert "Amina" not in answer.text
        [entry] = entries_after(keyed.engine, before)
        assert entry.action == "identity.reveal-refused"


def test_erased_and_unsealed_people_say_why(keyed: Keyed) -> None:
    bare = add_person(keyed.engine, RABAT, AMINA, None)
    with keyed.engine.begin() as conn:
        conn.execute(
            update(PEOPLE)
            .where(PEOPLE.c.id == keyed.amina)
            .values(identity_sealed=None, erased_at=datetime(2026, 11, 30, tzinfo=UTC))
        )
    erased = keyed.post(keyed.amina)
    assert erased.status_code == 404 and "was erased on 2026-11-30" in erased.json()["detail"]
    nothing = keyed.post(bare)
    assert nothing.status_code == 409 and "holds no identity" in nothing.json()["detail"]


def test_without_a_usable_key_nothing_is_revealed(tmp_path: Path) -> None:
    # no key configured: 503 saying how to give one; a caller without the right still 403
    (tmp_path / "nokey").mkdir()
    hq = build(tmp_path / "nokey")
    try:
        share(hq.engine, RABAT)
        person = add_person(hq.engine, RABAT, AMINA, IdentityKey.generate())
        with hq.client() as client:
            path = f"/api/v1/people/{person}/reveal"
            answer = client.post(path, json=REASON, headers=bearer(hq.tokens["admin"]))
            assert answer.status_code == 503 and KEY_FILE_ENV in answer.json()["detail"]
            analyst = client.post(path, json=REASON, headers=bearer(hq.tokens["analyst"]))
            assert analyst.status_code == 403
    finally:
        hq.engine.dispose()
    # a key file others may read: refused, naming the file and the fix
    keyed = Keyed(tmp_path / "hq")
    try:
        keyed.key_file.chmod(0o644)
        answer = keyed.post(keyed.amina)
        assert answer.status_code == 503
        assert f"chmod 600 {keyed.key_file}" in answer.json()["detail"]
        assert "Amina" not in answer.text
    finally:
        keyed.engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_reveal_and_grant_on_both_databases(backend: str, tmp_path: Path) -> None:
    with hq_database(backend, tmp_path / "db") as url:
        engine = open_database(url)
        try:
            key = IdentityKey.generate()
            moment = datetime(2026, 12, 1, tzinfo=UTC)
            with engine.begin() as conn:
                conn.execute(
                    insert(HQ_OFFICE).values(
                        office_id=RABAT, name="Rabat", created_at=moment, identities="shared"
                    )
                )
                users.add_user(conn, "omar", Role.ANALYST, actor="test")
            person = add_person(engine, RABAT, AMINA, key)

            def attempt() -> Revealed | Refusal:
                with engine.begin() as conn:
                    user = get_user(conn, "omar")
                    assert user is not None
                    return reveal(
                        conn,
                        user=user,
                        scope=Scope(Role.ANALYST),
                        actor="user:omar",
                        person_id=person,
                        reason=REASON["reason"],
                        key=key,
                    )

            for _ in range(2):  # refused, and audited each time
                refused = attempt()
                assert isinstance(refused, Refusal) and refused.status == 403
            with engine.begin() as conn:
                set_granted(conn, "omar", True, actor="test")
            done = attempt()
            assert isinstance(done, Revealed) and done.fields == AMINA
            with engine.connect() as conn:
                found = [(e.action, e.target) for e in audit.entries(conn)][-4:]
                _, bad = audit.verify(conn)
            assert found == [
                ("identity.reveal-refused", f"person:{person}"),
                ("identity.reveal-refused", f"person:{person}"),
                ("user.grant-reveal", "user:omar"),
                ("identity.reveal", f"person:{person}"),
            ]
            assert bad is None
        finally:
            engine.dispose()
