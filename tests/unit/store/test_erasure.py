"""Erasing a person: nowhere on the device afterwards (registry, search, export, the database
file read in clear, batches waiting to go, a backup restored), yet every figure unchanged."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, insert, select, update

from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.privacy import ERASED_ON_REQUEST
from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.domain.validation import MESSAGES, ValidationError
from fieldapp.domain.vocab import RecordType
from fieldapp.reports.export import people_sheet
from fieldapp.store.erasure import AlreadyErased, ErasureError, erase_person
from fieldapp.store.queries import count_people, list_people, possible_duplicates
from fieldapp.store.report_queries import participation_of, people_at_event
from fieldapp.store.repository import ATTENDANCE, OUTBOX, PARTICIPANT, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES
from sync.protocol import BatchEnvelope
from sync.seal import open_batch

NAME, EMAIL, PHONE = "Aïcha Benkirane", "aicha.benkirane@example.org", "+212 661 234 987"
ORG = "Direction Générale Sûreté"
NEW_ORG = "Cellule anti-fraude de Tanger"


def fill(store: Store) -> tuple[str, list[str]]:
    """Aïcha (born 1990, no band given) at two training events, two others beside her."""
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        aicha, *others = repo.add_participants(
            [
                ParticipantBase(
                    full_name=NAME,
                    sex="female",
                    birth_year=1990,
                    email=EMAIL,
                    phone=PHONE,
                    organization=ORG,
                    organization_type="government",
                    nationality="MAR",
                    position="Inspectrice",
                    consent=True,
                    consent_date=date(2024, 1, 10),
                    legal_basis="consent",
                    basis_date=date(2024, 1, 10),
                    basis_note=f"{NAME} signed the form",
                ),
                ParticipantBase(full_name="Omar Haddad", sex="male", age_band="25-34"),
                ParticipantBase(full_name="Leïla Naciri", sex="female", birth_year=1960),
            ]
        )
        events = [
            repo.add_event(
                EventBase(
                    title=f"Workshop {n}",
                    event_type="workshop",
                    start_date=start,
                    end_date=start,
                    status="held",
                )
            )
            for n, start in enumerate((date(2024, 3, 4), date(2025, 6, 2)))
        ]
        repo.add_attendance(
            [
                AttendanceBase(event_id=e, participant_id=p, days_attended=1)
                for e in events
                for p in (aicha, *others)
            ]
        )
    return aicha, others


def figures(store: Store) -> dict[str, Any]:
    """The office's figures, every breakdown (by nationality too: an erased person keeps
    theirs, so a published table does not move)."""
    with store.engine.connect() as conn:
        return compute_indicators(conn, INDICATOR_TABLES, Period()).as_dict()


def age_breakdown(store: Store) -> list[Any]:
    with store.engine.connect() as conn:
        found = compute_indicators(conn, INDICATOR_TABLES, Period()).as_dict()
    return list(found["breakdowns"]["sex_age"])


def plaintext_dump(store: Store, target: Path) -> bytes:
    """The whole store exported to a plain (unencrypted) SQLite file, as an attacker with
    the key would read it."""
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        raw.execute("SELECT sqlcipher_export('plain')")
        raw.execute("DETACH DATABASE plain")
    return target.read_bytes()


def outbox_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one())


def test_an_erased_person_is_nowhere_and_every_figure_stays(store: Store, tmp_path: Path) -> None:
    aicha, _ = fill(store)
    with store.transaction() as conn:  # as attendance recorded before schema 9 is
        conn.execute(update(ATTENDANCE).values(age_band=None))
    before = figures(store)
    dump = plaintext_dump(store, tmp_path / "before.db")
    assert NAME.encode() in dump and EMAIL.encode() in dump  # the dump can fail
    outbox_before = outbox_count(store)

    done = erase_person(store, aicha)

    assert (done.person_id, done.attendances) == (aicha, 2)
    assert figures(store) == before
    with store.engine.connect() as conn:
        names = {p.full_name for p in list_people(conn, limit=1000)}
        assert NAME not in names and {"Omar Haddad", "Leïla Naciri"} <= names
        for typed in ("Benkirane", "aicha", "Aï", "example.org", "Sûreté"):
            assert NAME not in {p.full_name for p in list_people(conn, typed)}, typed
        assert count_people(conn, "Benkirane") == 0
        assert count_people(conn, "Haddad") == 1  # the index still works for others
        conn.exec_driver_sql("INSERT INTO person_search(person_search) VALUES ('integrity-check')")
        exported = [list(map(str, row)) for row in people_sheet(conn).rows]
        row = conn.execute(select(PARTICIPANT).where(PARTICIPANT.c.id == aicha)).mappings().one()
        bands = conn.execute(
            select(ATTENDANCE.c.age_band).where(ATTENDANCE.c.participant_id == aicha)
        ).scalars()
        assert sorted(bands) == ["25-34", "35-44"]  # 34 in 2024, 35 in 2025: her band at each
        travelling = conn.execute(
            select(OUTBOX.c.record_type, OUTBOX.c.version).where(OUTBOX.c.record_id == aicha)
        ).all()
    assert not any(NAME in cell or EMAIL in cell or PHONE in cell for r in exported for cell in r)
    assert len(exported) == 2  # the registry's others: no blank row where she was
    # Only what the figures need stays; the erasure itself travels as a new version.
    assert row["full_name"] == "" and row["name_key"] == "" and row["consent"] is False
    for field in ("email", "phone", "birth_year", "organization", "position", "basis_note"):
        assert row[field] is None, field
    assert (row["sex"], row["organization_type"], row["erased_at"]) == (
        "female",
        "government",
        done.erased_at,
    )
    assert travelling == [("participant", 1), ("participant", 2)]
    assert outbox_count(store) == outbox_before + 3  # the person and her two attendances

    dump = plaintext_dump(store, tmp_path / "after.db")
    for secret in (NAME, EMAIL, PHONE, "Benkirane", "Inspectrice", ORG):
        assert secret.encode() not in dump, secret
    listed = json.loads(store.data.erasures.read_text())
    assert [(e["id"], e["reason"]) for e in listed["erasures"]] == [(aicha, ERASED_ON_REQUEST)]
    assert NAME.encode() not in store.data.erasures.read_bytes()


def test_the_age_breakdown_stays(store: Store) -> None:
    aicha, _ = fill(store)
    before = age_breakdown(store)
    assert any(row["age_band"] == "25-34" and row["sex"] == "female" for row in before)
    erase_person(store, aicha)
    assert age_breakdown(store) == before


def test_erasing_twice_or_an_unknown_id_says_so_and_writes_nothing(store: Store) -> None:
    aicha, _ = fill(store)
    erase_person(store, aicha)
    count = outbox_count(store)
    with pytest.raises(AlreadyErased, match="already erased"):
        erase_person(store, aicha)
    for hostile in ("no-such-id", "' OR 1=1 --", "", "x" * 5000):
        with pytest.raises(ErasureError, match="no person with the id"):
            erase_person(store, hostile)
    assert outbox_count(store) == count


def test_a_deleted_person_still_holding_a_name_can_be_erased(store: Store) -> None:
    aicha, _ = fill(store)
    with store.transaction() as conn:
        Repository(conn, store.identity).delete(RecordType.PARTICIPANT, aicha)
    erase_person(store, aicha)
    with store.engine.connect() as conn:
        row = conn.execute(select(PARTICIPANT).where(PARTICIPANT.c.id == aicha)).mappings().one()
    assert row["full_name"] == "" and row["email"] is None


def open_batches(
    store: Store, device: Ed25519PrivateKey, hq: X25519PrivateKey
) -> list[BatchEnvelope]:
    public = device.public_key()
    return [
        open_batch(p.read_bytes(), hq, lambda _d: public) for p in batch_files(store.data.outbox)
    ]


def test_an_unsent_batch_is_sealed_again_without_them_a_sent_one_is_left(store: Store) -> None:
    device, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    aicha, others = fill(store)
    [sent] = seal_pending(store, device, hq.public_key())
    # That batch reached HQ and was acknowledged: its file is gone, its rows acked.
    sent.path.unlink()
    with store.transaction() as conn:
        conn.execute(
            update(OUTBOX).where(OUTBOX.c.batch_id == sent.batch_id).values(acked_at=func.now())
        )
    with store.transaction() as conn:  # an edit after it: sealed, not yet sent
        Repository(conn, store.identity).update_participant(aicha, {"organization": NEW_ORG})
        Repository(conn, store.identity).update_participant(others[0], {"position": "Chef"})
    [waiting] = seal_pending(store, device, hq.public_key())
    # (Under the default policy names stay here; what travels, organization, still tells.)
    assert NEW_ORG in open_batches(store, device, hq)[0].model_dump_json()

    done = erase_person(store, aicha)

    assert done.batches_resealed == 1 and not waiting.path.exists()
    with store.engine.connect() as conn:
        acked = conn.execute(
            select(func.count())
            .select_from(OUTBOX)
            .where(OUTBOX.c.batch_id == sent.batch_id, OUTBOX.c.acked_at.is_not(None))
        ).scalar_one()
    assert acked > 0  # the sent batch's rows are as they were
    seal_pending(store, device, hq.public_key())
    [again] = open_batches(store, device, hq)
    records = {(r.type, r.id): r for r in again.records}
    assert records[("participant", aicha)].data["full_name"] == ""
    assert records[("participant", aicha)].data["organization"] is None
    assert ("participant", others[0]) in records  # the other person's edit still travels
    assert NAME not in again.model_dump_json() and NEW_ORG not in again.model_dump_json()


def test_the_store_zeroes_what_it_frees(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_no_erasure_while_a_courier_is_sending(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch being posted cannot be deleted under the courier: the erasure waits, then says
    so, and writes nothing."""
    import fcntl

    from fieldapp.store import unsent_batches

    aicha, _ = fill(store)
    monkeypatch.setattr(unsent_batches, "COURIER_WAIT", 0.3)
    fd = os.open(store.data.outbox / ".courier.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        count = outbox_count(store)
        with pytest.raises(ErasureError, match="being sent to HQ right now"):
            erase_person(store, aicha)
        assert outbox_count(store) == count
    finally:
        os.close(fd)
    assert erase_person(store, aicha).attendances == 2  # once it is done


def test_files_with_names_list_nobody_erased(store: Store) -> None:
    """Her events' sign-in sheets, certificates and lists of names go on without her (no blank
    line where she was), while she still counts at them."""
    aicha, _ = fill(store)
    with store.engine.connect() as conn:
        events = conn.execute(
            select(ATTENDANCE.c.event_id).where(ATTENDANCE.c.participant_id == aicha)
        ).scalars()
        events = list(events)
        before = {e: [p.full_name for p in people_at_event(conn, e)] for e in events}
    assert all(NAME in names for names in before.values())
    erase_person(store, aicha)
    with store.engine.connect() as conn:
        after = {e: [p.full_name for p in people_at_event(conn, e)] for e in events}
        counted = {e: participation_of(conn, e).named for e in events}
    assert after == {e: [n for n in names if n != NAME] for e, names in before.items()}
    assert all(counted[e] == len(before[e]) for e in events if before[e])


def test_the_search_index_stays_sound_when_an_erased_record_changes(store: Store) -> None:
    """The index keeps the erased (blank) record: its triggers take it out again on the next
    change, and an entry missing there would damage the index ("disk image is malformed")."""
    with store.transaction() as conn:
        [lone] = Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=NAME, sex="female")]
        )
    erase_person(store, lone)
    with store.transaction() as conn:  # a later change of the record (a sync fix-up...)
        conn.execute(update(PARTICIPANT).where(PARTICIPANT.c.id == lone).values(sex="male"))
    with store.transaction() as conn:
        Repository(conn, store.identity).delete(RecordType.PARTICIPANT, lone)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO person_search(person_search) VALUES ('integrity-check')")
        assert count_people(conn, "Benkirane") == 0


def test_the_search_index_keeps_no_piece_of_the_name(store: Store, tmp_path: Path) -> None:
    """The index stores names as three-letter pieces; those of an erased name leave it (its
    segments are merged), not only the name in its table."""
    rare = ("qzx", "zxj", "xjv", "jvw", "vwk")  # of "Qzxjvwk", and of nobody else
    with store.transaction() as conn:
        ids = Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Person {i} Abc", sex="male") for i in range(20)]
            + [ParticipantBase(full_name="Zineb Qzxjvwk", sex="female")]
        )
    for i in range(10):  # one index segment per transaction
        with store.transaction() as conn:
            Repository(conn, store.identity).update_participant(ids[i], {"organization": f"O{i}"})
    dump = plaintext_dump(store, tmp_path / "before.db")
    assert all(piece.encode() in dump for piece in rare)
    erase_person(store, ids[-1])
    dump = plaintext_dump(store, tmp_path / "after.db")
    assert [piece for piece in rare if piece.encode() in dump] == []


def test_an_erased_person_is_never_written_again(store: Store) -> None:
    """No edit names them again, no merge brings their records under a name, no event
    registers them: the repository refuses, saying why, and writes nothing."""
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        erased = repo.add_participant(ParticipantBase(full_name="Amina Haddad", sex="female"))
        other = repo.add_participant(ParticipantBase(full_name="Youssef Benali", sex="male"))
        event = repo.add_event(
            EventBase(
                title="Border workshop",
                event_type="workshop",
                start_date=date(2026, 3, 2),
                end_date=date(2026, 3, 2),
                status="held",
            )
        )
    erase_person(store, erased)
    with store.engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one()
    attempts = [
        lambda repo: repo.update_participant(erased, {"full_name": "Amina Haddad"}),
        lambda repo: repo.merge_people(other, erased),
        lambda repo: repo.merge_people(erased, other),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as refused, store.transaction() as conn:
            attempt(Repository(conn, store.identity))
        assert "identity was erased" in str(refused.value)
    with pytest.raises(ValidationError) as refused, store.transaction() as conn:
        Repository(conn, store.identity).add_attendance(
            [AttendanceBase(event_id=event, participant_id=erased)]
        )
    assert [p.template for p in refused.value.problems] == [MESSAGES["no_such_person"]]
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one() == before
        name = conn.execute(select(PARTICIPANT.c.full_name).where(PARTICIPANT.c.id == erased))
        assert name.scalar_one() == ""


def test_erased_people_are_not_possible_duplicates_of_each_other(store: Store) -> None:
    """Erased people share a blank name and no birth year: still nobody to merge."""
    with store.transaction() as conn:
        ids = Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Person {n}", sex="female") for n in range(3)]
        )
    for person in ids[:2]:
        erase_person(store, person)
    with store.engine.connect() as conn:
        assert possible_duplicates(conn) == []


def test_a_person_deleted_or_merged_away_keeps_no_identity(store: Store, tmp_path: Path) -> None:
    """A duplicate merged into another, or a person deleted, is a tombstone without a name,
    e-mail or phone: nothing the erasure of the person kept could miss."""
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        keep, twin, gone = repo.add_participants(
            [
                ParticipantBase(full_name=NAME, sex="female", email=EMAIL),
                ParticipantBase(full_name="Aicha BENKIRANE", sex="female", phone=PHONE),
                ParticipantBase(full_name="Hamid Gone", sex="male", email="hamid@example.org"),
            ]
        )
        repo.merge_people(keep, twin)
        repo.delete(RecordType.PARTICIPANT, gone)
    erase_person(store, keep)
    dump = plaintext_dump(store, tmp_path / "after.db")
    for trace in (NAME, "BENKIRANE", EMAIL, PHONE, "Hamid Gone", "hamid@example.org"):
        assert trace.encode() not in dump, trace


def test_hq_s_reasons_for_refusing_them_go_too(store: Store) -> None:
    """A quarantine entry holds HQ's reason, which an older HQ wrote with the refused values
    in it: erasing the person removes it."""
    from fieldapp.store.acks import quarantined
    from fieldapp.store.tables import Quarantine, table_of

    aicha, _ = fill(store)
    with store.transaction() as conn:
        conn.execute(
            insert(table_of(Quarantine)).values(
                record_type="participant",
                record_id=aicha,
                version=1,
                batch_id="b",
                reason=f"E-mail: “{EMAIL}” is not an e-mail address.",
            )
        )
    erase_person(store, aicha)
    with store.engine.connect() as conn:
        assert quarantined(conn) == []
