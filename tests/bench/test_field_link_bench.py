"""Sync over the field link (issue 17), the full version: the issue's link (64 kbit/s each
way, 600 ms round trip, 2% loss, a 30 s drop mid-sync) between a device and HQ, both real
processes in two network namespaces (tests/field_link.py, tests/link_emulator.py), with more
records than the short test in make test. It completes, loses and doubles nothing; its time is
printed beside the bound the bytes on the wire set at the link's bandwidth.

Needs root (network namespaces, TUN devices); skipped elsewhere, saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.store.sealing import BATCH_RECORDS
from tests.bench.summary import row
from tests.field_link import sync_over_field_link, unavailable

WHY_NOT = unavailable()
pytestmark = pytest.mark.skipif(WHY_NOT is not None, reason=WHY_NOT or "")
FIRST = 200  # the first sync, the link not known yet
RECORDS = 8_000  # the sync the link drops in
DROP = 30.0
MEASURE = "sync over the field link (64 kbit/s, 600 ms RTT, 2% loss, 30 s drop)"


def test_field_link_benchmark(tmp_path: Path) -> None:
    done, device, hq, unsynced = sync_over_field_link(
        tmp_path, first=FIRST, records=RECORDS, drop_after=120_000, drop=DROP, timeout=1200
    )
    print(f"\n[field link bench] {done.describe(DROP)}")
    whole = unsynced == 0 and hq == device and len(device) == FIRST + RECORDS
    once = sum(done.first_batches) == FIRST and sum(done.batches) == RECORDS
    ratio = done.seconds / (done.bound + DROP)
    row(
        "speed",
        MEASURE,
        f"{done.seconds:,.0f} s, {RECORDS:,} records",
        "completes, none lost or doubled; <= 2 x (bytes / 8,000 B/s + drop)",
        whole and once and ratio <= 2,
        f"bound {done.bound:,.0f} s + {DROP:.0f} s drop; x{ratio:.2f};"
        f" batches of {max(done.batches)} (LAN: {BATCH_RECORDS})",
    )
    assert len(done.outages) == 1
    assert whole, "every record at HQ at its version, nothing left to send"
    assert once, "each record applied in exactly one batch"
    assert max(done.batches) < BATCH_RECORDS
