"""The offices list and an office's health in a caller's scope: only the offices they see,
each with its devices, last contact, missing batches and refused records."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from fieldapp.store.repository import EVENT
from sync.hq.accounts.scope import Role, Scope
from sync.hq.figures import Forbidden
from sync.hq.health import office_health
from sync.hq.offices import list_offices
from tests.unit.sync.hq_reads.conftest import Hq, Office


def main_host_country(office: Office) -> str:
    with office.store.engine.connect() as conn:
        countries = Counter(
            conn.execute(
                select(EVENT.c.host_country).where(
                    EVENT.c.deleted_at.is_(None), EVENT.c.host_country.is_not(None)
                )
            ).scalars()
        )
    return sorted(countries.items(), key=lambda item: (-item[1], item[0]))[0][0]


def test_an_analyst_sees_every_office_with_its_devices_and_last_contact(hq: Hq) -> None:
    with hq.engine.connect() as conn:
        offices = list_offices(conn, Scope(Role.ANALYST))
    assert [o.name for o in offices] == [
        "Liaison Office Abuja",
        "Programme Office Rabat",
        "Regional Office Dakar",
    ]
    abuja, rabat, dakar = offices
    assert (rabat.office_id, abuja.office_id, dakar.office_id) == (
        hq.rabat.office_id,
        hq.abuja.office_id,
        hq.empty_office_id,
    )
    for synced in (abuja, rabat):
        assert (synced.devices_enrolled, synced.devices_revoked) == (1, 0)
        assert synced.last_contact is not None
        assert (synced.missing_batches, synced.records_refused) == (0, 0)
    assert (rabat.country, abuja.country) == (
        main_host_country(hq.rabat),
        main_host_country(hq.abuja),
    )
    # An office HQ made a token for, whose laptop never came: listed, with nothing yet.
    assert (dakar.devices_enrolled, dakar.last_contact, dakar.country) == (0, None, None)


def test_an_office_user_sees_their_office_only(hq: Hq) -> None:
    rabat_user = Scope.of(Role.OFFICE, [hq.rabat.office_id])
    with hq.engine.connect() as conn:
        listed = list_offices(conn, rabat_user)
        own = office_health(conn, hq.rabat.office_id, rabat_user)
        other = office_health(conn, hq.abuja.office_id, rabat_user)
        none_at_all = list_offices(conn, Scope.of(Role.OFFICE, []))
        with pytest.raises(Forbidden):
            list_offices(conn, Scope(Role.AUDITOR))
        auditor_health = office_health(conn, hq.rabat.office_id, Scope(Role.AUDITOR))
    assert [o.name for o in listed] == ["Programme Office Rabat"]
    assert own is not None
    assert [d.device_id for d in own.devices] == [hq.rabat.store.identity.device_id]
    assert other is None  # the same answer as for an office HQ does not know
    assert none_at_all == []
    assert auditor_health is None
