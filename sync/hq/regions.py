"""The regions HQ's offices are grouped in, as the office's programme reports them: an admin
puts each office in one (`set_region`, audited), and figures, events and reports can then be
asked for a region: the reader's scope narrowed to that region's offices (`within`), so every
read keeps its own checks and nobody sees more than their scope."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from sync.hq.accounts import audit
from sync.hq.accounts.scope import Scope
from sync.hq.tables import HQ_OFFICE

REGIONS = (
    "Africa",
    "Americas and the Caribbean",
    "Asia and the Pacific",
    "Europe and Central Asia",
    "Middle East and North Africa",
)
PREFIX = "region:"  # how a region is told from an office in a chooser's value


class RegionRefused(ValueError):
    pass


def set_region(conn: Connection, office_id: str, region: str | None, *, actor: str) -> bool:
    """Put the office in ``region`` (None: in none); False if HQ has no such office."""
    if region is not None and region not in REGIONS:
        raise RegionRefused(f"“{region[:100]}” is not one of HQ's regions")
    before = conn.execute(
        select(HQ_OFFICE.c.region).where(HQ_OFFICE.c.office_id == office_id)
    ).first()
    if before is None:
        return False
    conn.execute(update(HQ_OFFICE).where(HQ_OFFICE.c.office_id == office_id).values(region=region))
    detail = {"before": before.region, "after": region}
    audit.append(conn, actor, "office.region", f"office:{office_id}", detail)
    return True


def region_of(conn: Connection, office_id: str) -> str | None:
    return conn.execute(
        select(HQ_OFFICE.c.region).where(HQ_OFFICE.c.office_id == office_id)
    ).scalar()


def regions_seen(conn: Connection, scope: Scope) -> list[str]:
    """The regions of the offices ``scope`` sees, in `REGIONS`' order."""
    found = set(
        conn.execute(
            select(HQ_OFFICE.c.region)
            .where(HQ_OFFICE.c.region.is_not(None), scope.office_filter(HQ_OFFICE.c.office_id))
            .distinct()
        ).scalars()
    )
    return [r for r in REGIONS if r in found]


def within(conn: Connection, scope: Scope, region: str) -> Scope:
    """``scope`` narrowed to the offices of ``region`` (none, for a region it has no office
    in, or one HQ does not have)."""
    offices = frozenset(
        conn.execute(select(HQ_OFFICE.c.office_id).where(HQ_OFFICE.c.region == region)).scalars()
    )
    seen = offices if scope.office_ids is None else offices & scope.office_ids
    return Scope(scope.role, seen)
