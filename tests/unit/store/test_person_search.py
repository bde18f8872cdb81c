"""Search finds every living person, whatever was done to them, and no one else.

Any sequence of additions, edits (the name, or only the birth year with every field passed, as
the editor saves), merges and deletions leaves each living person findable by three or more
characters of their name, organization or e-mail, and the deleted or merged-away by none.
Each person carries tags no one else has, so "no one else" is exact."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.engine import make_engine
from fieldapp.store.queries import count_people, list_people, search_matches
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store, StoreKey
from fieldapp.store.vault import Vault
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "stores"
LETTERS = "bcdfghjklmnpqrstvwxz"
_tags = itertools.count(1)
KNOWN: dict[int, People] = {}


def tag() -> str:
    """Five letters no other person's name, organization or e-mail holds."""
    n, out = next(_tags), ""
    for _ in range(5):
        n, r = divmod(n, len(LETTERS))
        out += LETTERS[r]
    return out


class People:
    """The people the test made, with the tags each now carries (or had)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.alive: dict[str, list[str]] = {}
        self.gone: list[str] = []  # tags of names, organizations, e-mails no longer held

    def repo(self, conn: Any) -> Repository:
        return Repository(conn, self.store.identity)

    def add(self, script: str) -> None:
        name, org, mail = tag(), tag(), tag()
        with self.store.transaction() as conn:
            pid = self.repo(conn).add_participant(
                ParticipantBase(
                    full_name=f"{script} {name}",
                    organization=f"Unit {org}",
                    email=f"{mail}@example.org",
                    sex="female",
                )
            )
        self.alive[pid] = [name, org, mail]

    def edit(self, n: int, what: str) -> None:
        if not self.alive:
            return
        pid = sorted(self.alive)[n % len(self.alive)]
        with self.store.transaction() as conn:
            repo = self.repo(conn)
            current = repo.current(RecordType.PARTICIPANT, pid)
            fields = {k: current[k] for k in ParticipantBase.model_fields}  # as the editor does
            tags = self.alive[pid]
            if what == "name":
                self.gone.append(tags[0])
                tags[0] = tag()
                fields["full_name"] = f"Renamed {tags[0]}"
            elif what == "organization":
                self.gone.append(tags[1])
                tags[1] = tag()
                fields["organization"] = f"Unit {tags[1]}"
            else:
                fields["birth_year"] = 1970 + n % 30
            repo.update_participant(pid, fields)

    def delete(self, n: int) -> None:
        if self.alive:
            pid = sorted(self.alive)[n % len(self.alive)]
            with self.store.transaction() as conn:
                self.repo(conn).delete(RecordType.PARTICIPANT, pid)
            self.gone += self.alive.pop(pid)

    def merge(self, n: int, m: int) -> None:
        if len(self.alive) < 2:
            return
        ids = sorted(self.alive)
        keep, other = ids[n % len(ids)], ids[m % len(ids)]
        if keep != other:
            with self.store.transaction() as conn:
                self.repo(conn).merge_people(keep, other)
            self.gone += self.alive.pop(other)

    def check(self) -> None:
        with self.store.engine.connect() as conn:
            for pid, tags in self.alive.items():
                for found in tags:
                    for whole in (found, found.upper()):  # a tag: this person and no one else
                        assert [p.id for p in list_people(conn, whole)] == [pid], (whole, tags)
                        assert count_people(conn, whole) == 1
                    piece = found[1:4]  # any three characters: among the living found
                    matches = {p.id for p in list_people(conn, piece, limit=10_000)}
                    assert pid in matches and matches <= set(self.alive), (piece, tags)
            for lost in self.gone:
                assert list_people(conn, lost) == [], lost
                assert count_people(conn, lost) == 0


SCRIPTS = st.sampled_from(["Amina", "محمد عبد الله", "Айгерим", "Éloïse"])
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), SCRIPTS),
        st.tuples(
            st.just("edit"),
            st.integers(0, 50),
            st.sampled_from(["name", "organization", "birth year"]),
        ),
        st.tuples(st.just("delete"), st.integers(0, 50)),
        st.tuples(st.just("merge"), st.integers(0, 50), st.integers(0, 50)),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_every_living_person_is_found_and_no_one_else(
    store: Store, steps: list[tuple[Any, ...]]
) -> None:
    # The store lives across examples: so does what the test knows of its people.
    people = KNOWN.setdefault(id(store), People(store))
    for step in steps:
        getattr(people, step[0])(*step[1:])
    people.check()


def test_a_store_whose_index_lost_people_finds_them_after_the_upgrade(tmp_path: Path) -> None:
    """A schema-6 store in which an edit hid a person (the old triggers): after the upgrade to
    schema 7 they are found again."""
    shutil.copytree(FIXTURES / "v6", tmp_path / "v6")
    raw_key = Vault.load(tmp_path / "v6" / "vault.json").unlock(PASSPHRASE)
    engine = make_engine(tmp_path / "v6" / "store.db", StoreKey(raw_key))
    with engine.begin() as conn:
        name = conn.execute(
            text("SELECT full_name FROM participant WHERE deleted_at IS NULL LIMIT 1")
        ).scalar_one()
        conn.execute(
            text(
                "UPDATE participant SET full_name = full_name, birth_year = 1990 WHERE full_name = :n"
            ),
            {"n": name},
        )
    with engine.connect() as conn:
        # hidden by schema 6 (asked of the index alone: this schema has no erased_at yet)
        assert conn.execute(search_matches(name)).all() == []
    engine.dispose()
    store = Store.open(tmp_path / "v6", passphrase=PASSPHRASE)
    with store.engine.connect() as conn:
        assert [p.full_name for p in list_people(conn, name)] == [name]
    assert store.schema_version() >= 7  # and any later schema
    store.close()
