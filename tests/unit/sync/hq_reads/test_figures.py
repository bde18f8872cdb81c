"""HQ's figures in a caller's scope: an office user reads exactly their office's own figures
(the laptop's, computed by the laptop), nothing of another office, and cannot tell another
office's id from an id that does not exist."""

from __future__ import annotations

import pytest

from fieldapp.domain.indicators import compute_indicators
from fieldapp.store.tables import INDICATOR_TABLES
from sync.hq.accounts.scope import Role, Scope
from sync.hq.disclosure import suppress_indicators
from sync.hq.figures import Forbidden, NotFound, consolidated
from tests.unit.sync.hq_reads.conftest import YEAR, Hq, Office


def device_figures(office: Office) -> dict[str, object]:
    """The office's own figures, as a reader below admin sees them ("<5": sync.hq.disclosure)."""
    with office.store.engine.connect() as conn:
        return suppress_indicators(compute_indicators(conn, INDICATOR_TABLES, YEAR)).as_dict()


def test_an_office_user_reads_their_office_s_own_figures_and_nothing_of_another(hq: Hq) -> None:
    rabat_user = Scope.of(Role.OFFICE, [hq.rabat.office_id])
    rabat, abuja = device_figures(hq.rabat), device_figures(hq.abuja)
    with hq.engine.connect() as conn:
        seen = consolidated(conn, rabat_user, YEAR).as_dict()
        asked_for_own = consolidated(conn, rabat_user, YEAR, hq.rabat.office_id).as_dict()
        everyone = consolidated(conn, Scope(Role.ANALYST), YEAR)
    assert seen == rabat
    assert asked_for_own == rabat
    assert seen != abuja
    assert rabat["events_held"] and abuja["events_held"]  # both offices held events
    # The analyst's total is both offices' events; the office user's is Rabat's alone.
    assert everyone.events_held == int(str(rabat["events_held"])) + int(str(abuja["events_held"]))
    assert everyone.individuals_trained > int(str(seen["individuals_trained"]))


@pytest.mark.parametrize(
    "office_id",
    ["abuja", "nowhere", "' OR '1'='1", "%", "x" * 10_000],
    ids=["another office", "unknown", "sql", "wildcard", "huge"],
)
def test_another_office_is_not_found_exactly_like_one_that_does_not_exist(
    hq: Hq, office_id: str
) -> None:
    office_id = hq.abuja.office_id if office_id == "abuja" else office_id
    rabat_user = Scope.of(Role.OFFICE, [hq.rabat.office_id])
    with hq.engine.connect() as conn, pytest.raises(NotFound) as refused:
        consolidated(conn, rabat_user, YEAR, office_id)
    assert type(refused.value) is NotFound  # the same exception either way: no enumeration


def test_an_analyst_asking_for_an_unknown_office_gets_not_found_too(hq: Hq) -> None:
    with hq.engine.connect() as conn, pytest.raises(NotFound):
        consolidated(conn, Scope(Role.ANALYST), YEAR, "00000000-0000-0000-0000-000000000000")


def test_an_office_user_without_offices_reads_zeros_and_an_auditor_no_figures(hq: Hq) -> None:
    with hq.engine.connect() as conn:
        nothing = consolidated(conn, Scope.of(Role.OFFICE, []), YEAR)
        with pytest.raises(Forbidden):
            consolidated(conn, Scope(Role.AUDITOR), YEAR)
    assert (nothing.events_held, nothing.individuals_trained, nothing.participations) == (0, 0, 0)
    assert all(rows == [] for rows in nothing.breakdowns.values())
