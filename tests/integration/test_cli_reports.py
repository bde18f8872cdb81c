"""The PDFs, written by the real `fieldapp report` command and read back with pdftotext
(and pdffonts): the figures are the CLI's own, names in three scripts print as glyphs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.domain import formats
from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.reports.fonts import register_fonts
from fieldapp.store.demo import generate
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make system-deps)"
)
NAMES = ["فاطمة الزهراء بن علي", "Иван Петрович Сидоров", "Élodie Müller-Çakır"]


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return fieldapp("--data-dir", str(data), *args, passphrase=PASSPHRASE)


def pdf_text(pdf: Path, *, layout: bool = True) -> str:
    args = ["pdftotext", "-layout", str(pdf), "-"] if layout else ["pdftotext", str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    # Shaped Arabic comes back as presentation forms with direction marks: NFKC and
    # dropping the marks gives the letters as typed.
    out = re.sub("[\u200e\u200f\u202a-\u202e]", "", out)
    return unicodedata.normalize("NFKC", out)


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]


@pytest.fixture
def demo_store(store: Store, store_dir: Path) -> Path:
    with store.transaction() as conn:
        generate(conn, store.identity, events=40, people=400, seed=3, today=date(2026, 6, 30))
    store.close()
    return store_dir


def figure(text: str, label: str) -> str:
    found = re.search(rf"^\s*{re.escape(label)}\s{{2,}}(\S+)", text, re.MULTILINE)
    assert found, f"{label} is not in the PDF"
    return found.group(1)


@pytest.mark.parametrize("period", [(), ("--from", "2025-10-01", "--to", "2026-03-31")])
def test_period_pdf_figures_equal_stats_json(
    demo_store: Path, tmp_path: Path, period: tuple[str, ...]
) -> None:
    pdf = tmp_path / "period.pdf"
    out = run(demo_store, "report", "period", *period, "-o", str(pdf))
    assert out.returncode == 0, out.stderr
    stats = json.loads(run(demo_store, "stats", "--json", *period).stdout)
    text = pdf_text(pdf)
    assert stats["events_held"] > 5, "the demo period holds events"
    assert figure(text, "Individuals trained") == f"{stats['individuals_trained']:,}"
    assert figure(text, "Workshops organized") == f"{stats['workshops_organized']:,}"
    assert figure(text, "Events held") == f"{stats['events_held']:,}"
    assert figure(text, "Participations") == f"{stats['participations']:,}"
    assert figure(text, "Women") == f"{stats['women_share'] * 100:.0f}%"
    assert figure(text, "Person-days of training") == f"{stats['person_days']:,.0f}"
    assert figure(text, "Beneficiary countries reached") == str(stats["countries_reached"])
    assert figure(text, "Post-test beats pre-test") == f"{stats['knowledge_gain_share'] * 100:.0f}%"
    assert figure(text, "Mean satisfaction") == f"{stats['mean_satisfaction']:g}"
    flowing = " ".join(pdf_text(pdf, layout=False).split())
    assert f"not recorded: {stats['sex_not_recorded']}" in flowing
    # Beneficiary countries are events per country (issue 13, item 9), not people.
    countries = text.split("Beneficiary country ")[1].split("Participants by nationality")[0]
    for row in stats["breakdowns"]["country"]:
        name = codelists().country_name(row["key"])
        assert re.search(
            rf"^\s*{re.escape(name)}\s+{row['events_held']}\s*$", countries, re.MULTILINE
        ), f"the row for {name}"
    for row in stats["breakdowns"]["month"]:
        assert re.search(
            rf"^\s*{formats.month(row['key'], 'en')}\s+{row['events_held']}\s+"
            rf"{row['individuals_trained']:,}\s",
            text,
            re.MULTILINE,
        ), f"the row for {row['key']}"
    assert f"Events ({stats['events_held']})" in text
    # The footer: office, generated / data as of, unsynced count, records hash, each page.
    assert text.count("Programme Office Rabat · generated") == pages(pdf)
    assert re.search(r"changes? not yet synced with HQ", text)
    assert re.search(r"Records [0-9a-f]{12} \(\d+ events, \d+ people, [\d,]+ attendances\)", text)


def test_period_pdf_names_are_off_by_default(demo_store: Path, tmp_path: Path) -> None:
    store = Store.open(demo_store, passphrase=PASSPHRASE)
    with store.engine.connect() as conn:
        names = conn.execute(select(PARTICIPANT.c.full_name)).scalars().all()
    store.close()
    plain, named = tmp_path / "plain.pdf", tmp_path / "named.pdf"
    assert run(demo_store, "report", "period", "-o", str(plain)).returncode == 0
    assert run(demo_store, "report", "period", "--names", "-o", str(named)).returncode == 0
    without = pdf_text(plain, layout=False)
    with_names = pdf_text(named, layout=False)
    latin = [n for n in names if n.isascii()]
    assert not any(n in without for n in names), "no name in a period PDF unless asked"
    assert sum(n in with_names for n in latin) > len(latin) // 2


@pytest.fixture
def event_in_three_scripts(store: Store, store_dir: Path) -> tuple[Path, str]:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        event_id = repo.add_event(
            EventBase(
                title="Ателье по расследованию · ورشة عمل حول التحقيق",
                event_type="workshop",
                start_date=date.today() - timedelta(days=9),
                end_date=date.today() - timedelta(days=7),
                city="Rabat",
                host_country="MAR",
                status="held",
            )
        )
        people = repo.add_participants(
            [
                ParticipantBase(full_name=n, sex=s)
                for n, s in zip(NAMES, ["female", "male", "female"], strict=True)
            ]
            + [ParticipantBase(full_name="Not Completed", sex="male")]
        )
        repo.add_attendance(
            [
                AttendanceBase(event_id=event_id, participant_id=p, completed=p != people[-1])
                for p in people
            ]
        )
    store.close()
    return store_dir, event_id


def test_names_in_three_scripts_print_as_real_glyphs(
    event_in_three_scripts: tuple[Path, str], tmp_path: Path
) -> None:
    data, event_id = event_in_three_scripts
    written = {
        "event": ("report", "event", event_id, "--names"),
        "signin": ("report", "signin", event_id, "--blank", "4"),
        "certificates": ("report", "certificates", event_id),
    }
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    covered = pdfmetrics.getFont("FieldSans").face.charToGlyph
    for kind, args in written.items():
        pdf = tmp_path / f"{kind}.pdf"
        out = run(data, *args, "-o", str(pdf))
        assert out.returncode == 0, out.stderr
        text = pdf_text(pdf, layout=False)
        for name in NAMES:
            assert name in text, f"{name} in the {kind} PDF"
            assert all(ord(c) in covered for c in name if not c.isspace()), "the font has them"
        raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert re.search("[\ufe70-\ufeff]", raw), "Arabic letters are joined (shaped)"
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        used = [line.split()[0] for line in fonts.splitlines()[2:]]
        assert used and all("DejaVuSans" in f for f in used), f"only the shipped font: {used}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / kind)],
            check=True,
        )
    assert pages(tmp_path / "certificates.pdf") == 3, "one page per participant who completed"
    certificates = pdf_text(tmp_path / "certificates.pdf", layout=False)
    assert "Not Completed" not in certificates
    signin = pdf_text(tmp_path / "signin.pdf")
    assert re.search(r"^\s*8\s", signin, re.MULTILINE), "4 names and 4 blank rows"
    assert "Day 3" in signin, "a signature column per day"


def test_report_mistakes_are_plain_words(
    event_in_three_scripts: tuple[Path, str], tmp_path: Path
) -> None:
    data, _ = event_in_three_scripts
    out = run(data, "report", "event", "no-such-id", "-o", str(tmp_path / "x.pdf"))
    assert out.returncode == 2
    assert "There is no event with the id no-such-id" in out.stderr
    assert not (tmp_path / "x.pdf").exists()
    store = Store.open(data, passphrase=PASSPHRASE)
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        empty = repo.add_event(
            EventBase(
                title="Planned course",
                event_type="training course",
                start_date=date.today() + timedelta(days=30),
                end_date=date.today() + timedelta(days=31),
            )
        )
    store.close()
    out = run(data, "report", "certificates", empty, "-o", str(tmp_path / "c.pdf"))
    assert out.returncode == 2
    assert "No participant of “Planned course” is marked as having completed it" in out.stderr
    out = run(data, "report", "signin", empty, "-o", str(tmp_path / "s.pdf"))
    assert out.returncode == 0, out.stderr
    assert "0 names, 10 blank rows" in out.stdout
