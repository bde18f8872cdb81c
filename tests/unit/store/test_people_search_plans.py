"""People's search reads a page one of two ways (issue 17): many matches walk the names in
order, few are looked up by the text and sorted. Both must give the same people, in the
same order, without the deleted or the erased."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from fieldapp.domain.records import ParticipantBase
from fieldapp.store import queries
from fieldapp.store.queries import count_people, list_people
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.store import Store

ORGS = ["National Police", "Border Guard", "Ministry of Justice", "Customs"]


def fill(store: Store) -> tuple[str, str]:
    """60 people, a third with "Police" in their organization; one police officer deleted
    and one erased (their row stays, its identity blanked, as an erasure leaves it)."""
    people = [
        ParticipantBase(
            full_name=f"{'ZYXWVUTSRQ'[n % 10]}{n:02d} Haddad",
            organization=ORGS[n % 3],
            email=f"p{n}@police.example" if n % 7 == 0 else None,
        )
        for n in range(60)
    ]
    with store.transaction() as conn:
        ids = Repository(conn, store.identity, today=date(2026, 1, 1)).add_participants(people)
    deleted, erased = ids[0], ids[3]  # both police (n % 3 == 0)
    with store.transaction() as conn:
        when = datetime(2026, 1, 2, tzinfo=UTC)
        conn.execute(update(PARTICIPANT).where(PARTICIPANT.c.id == deleted).values(deleted_at=when))
        conn.execute(
            update(PARTICIPANT)
            .where(PARTICIPANT.c.id == erased)
            .values(erased_at=when, full_name="", name_key="", organization=None, email=None)
        )
    return deleted, erased


@pytest.mark.parametrize("text", ["police", "Haddad", "zz-none", "x' OR 1=1 --", '"pol"'])
def test_both_ways_of_reading_a_page_give_the_same_people(
    store: Store, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    deleted, erased = fill(store)
    with store.engine.connect() as conn:
        total = count_people(conn, text)
        pages = {}
        for many in (1, 10_000):  # every search "many", then none
            monkeypatch.setattr(queries, "MANY", many)
            got = [
                p.id
                for offset in range(0, max(total, 1), 7)
                for p in list_people(conn, text, offset=offset, limit=7)
            ]
            pages[many] = got
            assert len(got) == total == len(set(got))
            assert deleted not in got and erased not in got
            names = [p.full_name for p in list_people(conn, text, limit=1_000)]
            assert names == sorted(names)
        assert pages[1] == pages[10_000]
    if text == "police":
        assert total == 20 - 2 + 6  # the police, less the deleted and the erased; e-mails
    if text == "Haddad":
        assert total == 58


def test_many_matches_are_found_walking_the_names_in_order(store: Store) -> None:
    """The plan is chosen by a bounded count of the matches: "Haddad" (all 60) is many once
    the bound is under 60, "police" (26 rows, with the deleted and the erased) is not."""
    fill(store)
    with store.engine.connect() as conn:
        assert queries._many_match(conn, "Haddad") is (len(ORGS) * 15 >= queries.MANY)
        old = queries.MANY
        try:
            queries.MANY = 30
            assert queries._many_match(conn, "Haddad")
            assert not queries._many_match(conn, "police")
            assert not queries._many_match(conn, "Ha")  # two letters: the prefix search
        finally:
            queries.MANY = old
