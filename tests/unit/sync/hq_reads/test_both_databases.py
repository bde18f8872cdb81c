"""The reads on SQLite and on PostgreSQL: a real HQ where one laptop's batch never arrived,
one record was refused and another laptop was revoked; an office user's figures are still
their laptop's own."""

from __future__ import annotations

from pathlib import Path

from fieldapp.domain.codelists import check_lists, shipped_lists
from fieldapp.domain.indicators import compute_indicators
from fieldapp.domain.records import ParticipantBase
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import seal_pending
from fieldapp.store.tables import INDICATOR_TABLES
from sync.hq.accounts.scope import Role, Scope
from sync.hq.disclosure import suppress_indicators
from sync.hq.enrollment import revoke
from sync.hq.figures import consolidated
from sync.hq.offices import list_offices
from sync.hq.receive import receive_batch
from tests.unit.sync.hq_reads.conftest import TODAY, YEAR, Office, build_hq, close


def add_person(office: Office, name: str, nationality: str) -> None:
    with office.store.transaction() as conn:
        Repository(conn, office.store.identity, today=TODAY).add_participant(
            ParticipantBase(full_name=name, sex="male", nationality=nationality)
        )


def test_offices_board_and_scoped_figures_on_both_databases(hq_db_url: str, tmp_path: Path) -> None:
    hq = build_hq(hq_db_url, tmp_path)
    try:
        rabat = hq.rabat
        keys = hq.keys
        device = hq.devices[rabat.office_id]
        # Batch 2 is sealed but lost on the way; batch 3 arrives, with a nationality HQ's
        # lists no longer have (its record is refused, the batch is kept).
        add_person(rabat, "Omar Tazi", "MAR")
        [lost] = seal_pending(rabat.store, device, keys.box.public_key())
        add_person(rabat, "Karim Idrissi", "MAR")
        [arrived] = seal_pending(rabat.store, device, keys.box.public_key())
        retired = shipped_lists()
        retired["results_framework"]["version"] = 2
        retired["countries"]["countries"] = [
            c for c in retired["countries"]["countries"] if c["code"] != "MAR"
        ]
        receive_batch(
            hq.engine, arrived.path.read_bytes(), keys, today=TODAY, lists=check_lists(retired)
        )
        assert lost.path.exists()  # never delivered
        assert revoke(hq.engine, hq.abuja.store.identity.device_id)

        with hq.engine.connect() as conn:
            board = {o.name: o for o in list_offices(conn, Scope(Role.ANALYST))}
            seen = consolidated(conn, Scope.of(Role.OFFICE, [rabat.office_id]), YEAR)
        with rabat.store.engine.connect() as conn:
            own = compute_indicators(conn, INDICATOR_TABLES, YEAR)
        at_rabat, at_abuja = board["Programme Office Rabat"], board["Liaison Office Abuja"]
        assert (at_rabat.missing_batches, at_rabat.records_refused) == (1, 1)
        assert (at_rabat.devices_enrolled, at_rabat.devices_revoked) == (1, 0)
        assert (at_abuja.devices_enrolled, at_abuja.devices_revoked) == (0, 1)
        assert seen.as_dict() == suppress_indicators(own).as_dict()  # "<5" below admin
    finally:
        close(hq)
