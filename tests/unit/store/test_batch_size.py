"""Batches fit the link (issue 17): the courier measures how fast batches and answers travel,
sealing notes a record's bytes, and the next batches take about `BATCH_SECONDS` on the link;
a request's time limits grow with its bytes, so a slow link is not cut off mid-batch."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from fieldapp.store.sealing import BATCH_RECORDS
from fieldapp.store.store import Store
from fieldapp.store.sync_cycle import (
    BATCH_SECONDS,
    MIN_BATCH_RECORDS,
    batch_records,
    sync_cycle,
)
from sync.courier import SLOWEST_LINK, TIMEOUT, Contact, Report, Transfer, timeouts
from tests.unit.store.test_sync_cycle import add_person, enrolled

RECORD = 50.0  # bytes a sealed record weighs, about


def test_slow_answers_make_small_batches_and_fast_ones_large() -> None:
    assert batch_records(Contact()) == BATCH_RECORDS, "the link not known yet: as before"
    satellite = Contact(link_rate=2_500, record_bytes=RECORD)  # 64 kbit/s, answers included
    assert batch_records(satellite) == int(2_500 * BATCH_SECONDS / RECORD) == 400
    office = Contact(link_rate=2_000_000, record_bytes=RECORD)
    assert batch_records(office) == BATCH_RECORDS
    two_g = Contact(link_rate=300, record_bytes=RECORD)  # 2.4 kbit/s of batches
    assert batch_records(two_g) == MIN_BATCH_RECORDS, "never fewer than the round trip is worth"


def test_the_courier_s_measures_include_answers_lost_on_the_way() -> None:
    report = Report(
        transfers=[
            Transfer(sent=20_000, received=16_000, seconds=6.0),
            Transfer(sent=20_000, received=0, seconds=20.0),  # no answer: the batch goes again
            Transfer(sent=20_000, received=16_000, seconds=6.0),
        ]
    )
    assert report.link_rate() == pytest.approx(40_000 / 32.0), "batches delivered per second"
    assert report.answer_seconds() == pytest.approx(6.0)
    assert Report(transfers=[Transfer(20_000, 0, 20.0)]).link_rate() is None, "nothing learnt"
    known = Contact(link_rate=4_000.0, answer_seconds=5.0, record_bytes=RECORD)
    after = known.after(report)
    assert after.link_rate == pytest.approx((4_000 + 1_250) / 2), "blended with what was known"
    assert after.record_bytes == RECORD
    assert known.after(Report()).link_rate == 4_000.0, "a run that learnt nothing keeps it"


def test_the_link_s_measures_are_kept_and_an_edited_file_is_not_believed(tmp_path: Path) -> None:
    path = tmp_path / "contact.json"
    Contact(link_rate=3_500.0, answer_seconds=6.5, record_bytes=48.0).save(path)
    kept = Contact.load(path)
    assert (kept.link_rate, kept.answer_seconds, kept.record_bytes) == (3_500.0, 6.5, 48.0)
    for hostile in (-1, 0, "fast", True, None, [1], 1e400):
        data = json.loads(path.read_text())
        data |= {"link_rate": hostile, "record_bytes": hostile}
        path.write_text(json.dumps(data).replace("Infinity", "1e400"))
        edited = Contact.load(path)
        assert (edited.link_rate, edited.record_bytes) == (None, None), hostile
        assert batch_records(edited) == BATCH_RECORDS
    path.write_text('{"link_rate": NaN, "record_bytes": 1e-300}')
    odd = Contact.load(path)
    assert odd.link_rate is None
    assert batch_records(Contact(link_rate=1e308, record_bytes=1e-300)) == BATCH_RECORDS


def test_a_request_s_time_limits_grow_with_the_batch() -> None:
    connect, small = timeouts(10_000)
    assert connect >= TIMEOUT[0] and small >= TIMEOUT[1]
    eight_mib = 8 * 1024 * 1024
    _, large = timeouts(eight_mib)
    at_64_kbit = eight_mib / 8_000
    assert large > 2 * at_64_kbit, "a batch HQ takes whole has time to cross a 64 kbit/s link"
    assert large >= eight_mib / SLOWEST_LINK
    assert math.isfinite(large)


def test_the_cycle_seals_batches_the_link_suits_and_notes_what_a_record_weighs(
    store: Store, tmp_path: Path
) -> None:
    enrolled(store)
    for i in range(130):
        add_person(store, f"Trainee {i}")
    Contact(link_rate=375.0, record_bytes=RECORD).save(store.data.contact)  # 60 records a batch
    stick = tmp_path / "stick"
    stick.mkdir()
    cycle = sync_cycle(store.data, store, by_hand=stick)
    assert cycle.prepared is not None
    assert cycle.batch_records == 60 == int(375.0 * BATCH_SECONDS / RECORD)
    assert [b.records for b in cycle.prepared.sealed] == [60, 60, 10]
    weighed = Contact.load(store.data.contact).record_bytes
    sizes = sum(p.stat().st_size for p in stick.iterdir() if p.is_file())
    assert weighed == pytest.approx(sizes / 130)
