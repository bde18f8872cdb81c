"""An office's sync health reads its own devices' batches from an index alone: not every
office's batches, and never the rows, whose signed answers (the ack blobs) SQLite would read
past to reach the counts stored after them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert

from sync.hq.accounts.scope import Role, Scope
from sync.hq.database import open_database
from sync.hq.health import office_health
from sync.hq.tables import HQ_BATCH, HQ_DEVICE


def test_office_health_reads_one_office_s_batches_from_an_index(tmp_path: Path) -> None:
    hq = open_database(f"sqlite:///{tmp_path / 'hq.db'}")
    now = datetime.now(UTC)
    with hq.begin() as conn:
        for device, office in (("d1", "rabat"), ("d2", "abuja")):
            conn.execute(
                insert(HQ_DEVICE).values(
                    device_id=device,
                    office_id=office,
                    office_name=office,
                    public_key="k",
                    enrolled_at=now,
                )
            )
            conn.execute(
                insert(HQ_BATCH),
                [
                    {
                        "batch_id": f"{device}-{seq}",
                        "device_id": device,
                        "seq": seq,
                        "sha256": "0" * 64,
                        "ack": b"x" * 20_000,  # past a page: overflow pages
                        "received_at": now,
                        "records": 10,
                        "rejected": seq % 2,
                    }
                    for seq in range(1, 41)
                    if seq != 7
                ],
            )
    statements: list[tuple[str, Any]] = []

    def seen(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        if "hq_batch" in statement:
            statements.append((statement, params))

    event.listen(hq, "before_cursor_execute", seen)
    with hq.connect() as conn:
        health = office_health(conn, "rabat", Scope(Role.ADMIN))
    event.remove(hq, "before_cursor_execute", seen)
    assert health is not None
    assert (health.batches, health.records, health.rejected, health.missing_batches) == (
        39,
        390,
        19,
        1,
    )
    [(statement, params)] = statements
    with hq.connect() as conn:
        plan = " / ".join(
            str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
        )
    assert "COVERING INDEX ix_hq_batch_device_health" in plan, plan
    assert "SCAN hq_batch" not in plan.replace("USING COVERING INDEX", ""), plan
    hq.dispose()
