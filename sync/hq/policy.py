"""Each office's privacy policy at HQ (DESIGN.md §12): whether its trainees' identities reach
HQ (``none`` by default, ``shared`` as ciphertext), whether birth years travel, how long
identities are kept. Set with ``fieldapp-hq office policy``; carried to the office's devices
in HQ's signed reference bundle (`sync.hq.reference`), and enforced again by HQ when it
applies a batch (`sync.hq.apply`), whatever a device sends.

Every change bumps the office's ``policy_version`` and leaves an audit entry; what HQ holds
beyond a narrower policy is dropped at once. The bundle's
``policy_version`` is the sum over offices, so it grows with any change and a device can
refuse an older bundle replayed to it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select, update
from sqlalchemy.engine import Connection

from fieldapp.domain.privacy import DEFAULT_POLICY, Identities, OfficePolicy
from fieldapp.domain.vocab import RecordType
from sync.hq.accounts import audit
from sync.hq.aggregates import office_changed
from sync.hq.tables import HQ_OFFICE, HQ_TABLES


class PolicyRefused(ValueError):
    """A policy change HQ does not make (unknown office, no identity key for ``shared``)."""


@dataclass(frozen=True)
class OfficeRules:
    office_id: str
    name: str
    policy: OfficePolicy
    version: int


def _policy(row: object) -> OfficePolicy:
    identities = getattr(row, "identities", "none")
    return OfficePolicy(
        identities="shared" if identities == "shared" else "none",
        birth_year=bool(getattr(row, "share_birth_year", False)),
        retention_years=int(getattr(row, "retention_years", DEFAULT_POLICY.retention_years)),
    )


_COLUMNS = (
    HQ_OFFICE.c.office_id,
    HQ_OFFICE.c.name,
    HQ_OFFICE.c.identities,
    HQ_OFFICE.c.share_birth_year,
    HQ_OFFICE.c.retention_years,
    HQ_OFFICE.c.policy_version,
)


def office_rules(conn: Connection, office: str) -> OfficeRules:
    """The office whose id or exact name is ``office``, with its policy; `PolicyRefused`
    when there is none, or several of that name."""
    wanted = office.strip()
    rows = conn.execute(
        select(*_COLUMNS).where((HQ_OFFICE.c.office_id == wanted) | (HQ_OFFICE.c.name == wanted))
    ).all()
    by_id = [r for r in rows if r.office_id == wanted]
    rows = by_id or rows
    if not rows:
        raise PolicyRefused(f"HQ has no office “{wanted}” (give its id or exact name)")
    if len(rows) > 1:
        ids = ", ".join(r.office_id for r in rows)
        raise PolicyRefused(f"several offices are named “{wanted}” ({ids}): give its id")
    row = rows[0]
    return OfficeRules(row.office_id, row.name, _policy(row), row.policy_version)


def policy_of(conn: Connection, office_id: str) -> OfficePolicy:
    """The policy HQ holds for ``office_id`` (the default for an office it does not know)."""
    row = conn.execute(select(*_COLUMNS).where(HQ_OFFICE.c.office_id == office_id)).first()
    return DEFAULT_POLICY if row is None else _policy(row)


def all_policies(conn: Connection) -> tuple[dict[str, OfficePolicy], int]:
    """Every office's policy by id, and the stamp that grows with any change of one."""
    rows = conn.execute(select(*_COLUMNS).order_by(HQ_OFFICE.c.office_id)).all()
    stamp = conn.execute(select(func.coalesce(func.sum(HQ_OFFICE.c.policy_version), 0))).scalar()
    return {r.office_id: _policy(r) for r in rows}, int(stamp or 0)


def set_policy(
    engine: Engine,
    office: str,
    *,
    identities: Identities | None = None,
    birth_year: bool | None = None,
    retention_years: int | None = None,
    identity_key_configured: bool,
    actor: str,
) -> tuple[OfficeRules, bool]:
    """Change ``office``'s policy where given; returns it and whether anything changed.

    ``shared`` is refused unless HQ holds an identity key (`sync.hq.identities`): without
    one HQ could only drop the identities it was sent. A change is audited as ``actor``'s,
    with the old and new values; the same values again change nothing and log nothing."""
    with engine.begin() as conn:
        rules = office_rules(conn, office)
        old = rules.policy
        if retention_years is not None and not 1 <= retention_years <= 50:
            raise PolicyRefused(f"retention must be 1 to 50 years, not {retention_years}")
        new = OfficePolicy(
            identities=old.identities if identities is None else identities,
            birth_year=old.birth_year if birth_year is None else birth_year,
            retention_years=old.retention_years if retention_years is None else retention_years,
        )
        if new == old:
            return rules, False
        if new.identities == "shared" and not identity_key_configured:
            raise PolicyRefused(
                "HQ has no identity key configured: identities can only be shared once "
                "HQ can keep them encrypted (set the identity key, then try again)"
            )
        version = rules.version + 1
        purged = _purge(conn, rules.office_id, old, new)
        if purged:  # birth years dropped: its figures are counted again (sync.hq.aggregates)
            office_changed(conn, rules.office_id)
        conn.execute(
            update(HQ_OFFICE)
            .where(HQ_OFFICE.c.office_id == rules.office_id)
            .values(
                identities=new.identities,
                share_birth_year=new.birth_year,
                retention_years=new.retention_years,
                policy_version=version,
            )
        )
        audit.append(
            conn,
            actor,
            "office.policy",
            f"office:{rules.office_id}",
            {
                "office_name": rules.name,
                "policy_version": version,
                "before": old.model_dump(),
                "after": new.model_dump(),
                "people_purged": purged,
            },
        )
        return OfficeRules(rules.office_id, rules.name, new, version), True


def _purge(conn: Connection, office_id: str, old: OfficePolicy, new: OfficePolicy) -> int:
    """What HQ holds of the office's people beyond the new policy, dropped now (not at each
    person's next version): sealed identities when sharing stops, birth years when they stop
    travelling. Returns how many people lost something."""
    people = HQ_TABLES[RecordType.PARTICIPANT]
    here = people.c.office_id == office_id
    purged = 0
    if old.identities == "shared" and new.identities != "shared":
        purged += conn.execute(
            update(people)
            .where(here, people.c.identity_sealed.is_not(None))
            .values(identity_sealed=None)
        ).rowcount
    if new.identities != "shared" and not new.birth_year:
        purged += conn.execute(
            update(people).where(here, people.c.birth_year.is_not(None)).values(birth_year=None)
        ).rowcount
    return int(purged)


def describe(rules: OfficeRules) -> list[str]:
    """The policy in a few lines, as ``fieldapp-hq office policy`` prints it."""
    policy = rules.policy
    if policy.identities == "shared":
        who = "shared with HQ, kept encrypted under HQ's identity key"
    else:
        who = "none: names, e-mails, phones and positions stay on the office's devices"
    year = "shared" if policy.birth_year or policy.identities == "shared" else "withheld"
    return [
        f"Office: {rules.name} (id {rules.office_id})",
        f"Identities: {who}",
        f"Birth year: {year}",
        f"Retention: identities erased {policy.retention_years} years after a person's last event",
        f"Policy version: {rules.version}",
    ]
