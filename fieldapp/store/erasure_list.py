"""The erasures kept outside the store, in ``<data>/erasures.json`` (ids, when, why; never a
name): a backup holds the store as it was, so every unlock and restore erases again anyone
listed there whom the store does not hold as erased (`fieldapp.store.erasure.reapply_erasures`)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from fieldapp.domain.privacy import ERASED_BY_RETENTION, ERASED_ELSEWHERE, ERASED_ON_REQUEST
from fieldapp.store.layout import DataDir
from fieldapp.store.tables import Erasure, table_of
from sync.atomic import write_atomic

log = logging.getLogger(__name__)

ERASURE = table_of(Erasure)
REASONS = (ERASED_ON_REQUEST, ERASED_BY_RETENTION, ERASED_ELSEWHERE)
FILE_FORMAT = 1


@dataclass(frozen=True)
class Recorded:
    person_id: str
    erased_at: datetime
    reason: str


def recorded_in(conn: Connection) -> dict[str, Recorded]:
    return {
        pid: Recorded(pid, at if at.tzinfo else at.replace(tzinfo=UTC), reason)
        for pid, at, reason in conn.execute(
            select(ERASURE.c.participant_id, ERASURE.c.erased_at, ERASURE.c.reason)
        )
    }


def read_erasures_file(path: Path) -> dict[str, Recorded] | None:
    """The erasures listed in ``path``; None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found: dict[str, Recorded] = {}
        for item in data["erasures"]:
            pid, reason = str(item["id"]), str(item["reason"])
            at = datetime.fromisoformat(str(item["erased_at"]))
            if len(pid) > 36 or reason not in REASONS:
                continue
            found[pid] = Recorded(pid, at if at.tzinfo else at.replace(tzinfo=UTC), reason)
        return found
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def write_erasures_file(
    engine: Engine, data: DataDir, extra: dict[str, Recorded] | None = None
) -> None:
    """``<data>/erasures.json``: every erasure the store holds (and ``extra``), no names."""
    with engine.connect() as conn:
        recorded = {**(extra or {}), **recorded_in(conn)}
    items = [
        {"id": r.person_id, "erased_at": r.erased_at.isoformat(), "reason": r.reason}
        for r in sorted(recorded.values(), key=lambda r: (r.erased_at, r.person_id))
    ]
    body = json.dumps({"format": FILE_FORMAT, "erasures": items}, indent=1)
    write_atomic(data.erasures, body.encode("utf-8"))


def keep_list(engine: Engine, data: DataDir, extra: dict[str, Recorded] | None = None) -> None:
    """Write ``erasures.json``; the erasure is done whether or not this works (a full disk...):
    the file is written again, from the store, at the next unlock."""
    try:
        write_erasures_file(engine, data, extra)
    except OSError as exc:
        log.warning(
            "Could not write %s (%s); it is written at the next unlock",
            data.erasures.name,
            exc.strerror or exc,
        )
