"""Record ids (`new_id`): UUIDs of version 7, unique, in the order they were made, with the
moment they were made, so new records land at the end of the indexes that start with them."""

from __future__ import annotations

import time
import uuid

from fieldapp.domain.records import new_id


def test_ids_are_version_7_uuids_in_their_canonical_text() -> None:
    made = new_id()
    parsed = uuid.UUID(made)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert str(parsed) == made and len(made) == 36


def test_ids_made_later_sort_later_and_hold_the_moment() -> None:
    before = time.time_ns() // 1_000_000
    ids = []
    for _ in range(20):
        ids.append(new_id())
        time.sleep(0.002)
    after = time.time_ns() // 1_000_000
    assert ids == sorted(ids)
    moments = [uuid.UUID(i).int >> 80 for i in ids]
    assert before <= moments[0] <= moments[-1] <= after


def test_a_hundred_thousand_ids_made_at_once_never_repeat() -> None:
    made = [new_id() for _ in range(100_000)]
    assert len(set(made)) == len(made)
    # within one millisecond the rest is random: 74 bits, not a counter an office could guess
    tails = {uuid.UUID(i).int & ((1 << 62) - 1) for i in made}
    assert len(tails) == len(made)
