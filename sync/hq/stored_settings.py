"""The settings an admin changes in the console, kept in HQ's database (``hq_setting``) over
the defaults HQ was started with (`sync.hq.settings.HqSettings`): each change audited with
the value before and after, in the change's own transaction.

Today one: ``stale_office_days``, the days without contact after which the offices board
shows an office's last contact in red."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from sync.hq.accounts import audit
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_SETTING

STALE_OFFICE_DAYS = "stale_office_days"
STALE_DAYS_RANGE = (1, 3650)


class SettingRefused(ValueError):
    """A value the setting cannot take, in the admin's words."""


@dataclass(frozen=True)
class ConsoleSettings:
    stale_office_days: int
    changed_at: datetime | None  # None: HQ's default, never changed in the console
    changed_by: str | None


def console_settings(conn: Connection, defaults: HqSettings) -> ConsoleSettings:
    row = conn.execute(select(HQ_SETTING).where(HQ_SETTING.c.name == STALE_OFFICE_DAYS)).first()
    if row is None:
        return ConsoleSettings(defaults.stale_office_days, None, None)
    return ConsoleSettings(int(row.value), row.changed_at, row.changed_by)


def set_stale_office_days(conn: Connection, days: int, *, actor: str) -> None:
    low, high = STALE_DAYS_RANGE
    if not low <= days <= high:
        raise SettingRefused(f"the days must be a whole number from {low} to {high}")
    before = conn.execute(
        select(HQ_SETTING.c.value).where(HQ_SETTING.c.name == STALE_OFFICE_DAYS)
    ).scalar()
    conn.execute(delete(HQ_SETTING).where(HQ_SETTING.c.name == STALE_OFFICE_DAYS))
    conn.execute(
        insert(HQ_SETTING).values(
            name=STALE_OFFICE_DAYS,
            value=str(days),
            changed_at=datetime.now(UTC),
            changed_by=actor,
        )
    )
    detail = {"before": before, "after": str(days)}
    audit.append(conn, actor, "setting.change", f"setting:{STALE_OFFICE_DAYS}", detail)
