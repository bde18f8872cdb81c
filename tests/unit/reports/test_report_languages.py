"""Every PDF in the reader's language (issue 14): `fieldapp report … --lang`, through the
command line on a real store. The headings are in that language and the figures are those
`fieldapp stats` prints; certificates default to the event's language; Arabic pages are
mirrored (first column on the right, page number on the left)."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fieldapp.cli import main
from fieldapp.domain import formats
from fieldapp.domain.records import AttendanceBase, EventBase, EventTags, ParticipantBase
from fieldapp.reports.text import has_rtl
from fieldapp.store.demo import generate
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.reports.pdf_text import pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A closed store with demo events and a French-language workshop whose three
    participants completed it; and the ids of the events made here."""
    folder = tmp_path_factory.mktemp("office") / "data"
    store, _ = Store.create(
        folder, passphrase=PASSPHRASE, office_name="Programme Office Rabat", country="MAR",
        kdf=FAST_KDF,
    )  # fmt: skip
    ids = {}
    with store.transaction() as conn:
        generate(conn, store.identity, events=12, people=90, seed=14)
        repo = Repository(conn, store.identity)
        people = repo.add_participants(
            [
                ParticipantBase(full_name="Aïssata Diallo", sex="female", nationality="GIN"),
                ParticipantBase(full_name="ليلى حداد", sex="female", nationality="JOR"),
            ]
        )
        for key, language in (("french", "Français"), ("swahili", "Kiswahili")):
            ids[key] = repo.add_event(
                EventBase(
                    title="Atelier sur la sécurité des frontières",
                    event_type="workshop",
                    status="held",
                    start_date=date(2026, 3, 10),
                    end_date=date(2026, 3, 12),
                    city="Nouakchott",
                    host_country="MRT",
                    language=language,
                ),
                EventTags(beneficiary_countries=["MRT", "GIN"]),
            )
            repo.add_attendance(
                [
                    AttendanceBase(event_id=ids[key], participant_id=p, completed=True)
                    for p in people
                ]
            )
    store.close()
    yield folder, ids
    for handler in logging.getLogger().handlers[:]:  # the log each command opened
        if isinstance(handler, logging.FileHandler) and str(folder) in handler.baseFilename:
            logging.getLogger().removeHandler(handler)
            handler.close()


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", PASSPHRASE)


def stats_figures(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """What `fieldapp stats` prints, by figure: {'Individuals trained': '361', ...}."""
    assert run(folder, "stats") == 0
    out = capsys.readouterr().out
    found = dict(re.findall(r"^  (\S.*?)\s{2,}(\S.*?)$", out, flags=re.M))
    assert {"Individuals trained", "Workshops organized", "Women", "Events held"} <= set(found)
    return found


def integer(english: str) -> int:
    return int(english.split()[0].rstrip("%").replace(",", ""))


# The headings a reader sees, and where each figure of `fieldapp stats` stands.
HEADINGS = {
    "fr": ["Faits saillants du renforcement des capacités", "Chiffres clés", "Événements ("],
    "ru": ["Основные итоги наращивания потенциала", "Ключевые показатели", "Мероприятия ("],
    "ar": ["أبرز نتائج بناء القدرات", "الأرقام الرئيسية", "الفعاليات المنعقدة حسب النوع"],
}
ROWS = {
    "fr": ("Personnes formées", "Ateliers organisés", "Événements tenus", "Femmes"),
    "ru": ("Обученные лица", "Проведённые семинары", "Проведённые мероприятия", "Женщины"),
}


@pytest.mark.parametrize("lang", ["fr", "ru", "ar"])
def test_period_report_speaks_the_language_and_prints_the_stats_figures(
    office: tuple[Path, dict[str, str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    folder, _ = office
    figures = stats_figures(folder, capsys)
    trained, workshops, held = (
        integer(figures[k]) for k in ("Individuals trained", "Workshops organized", "Events held")
    )
    women = integer(figures["Women"]) / 100
    pdf = tmp_path / f"period_{lang}.pdf"
    assert run(folder, "report", "period", "--lang", lang, "-o", str(pdf)) == 0
    assert f"Wrote the period highlights to {pdf}." in capsys.readouterr().out
    text = pdf_text(pdf)
    for heading in HEADINGS[lang]:
        assert heading in text
    assert "Key figures" not in text and "Individuals trained" not in text

    def n(value: float) -> str:  # as the language writes it; NFKC makes its spaces plain
        return " ".join(formats.number(value, lang).split())

    women_text = " ".join(formats.percent(women, lang).split())
    if lang == "ar":
        # The tiles, read from the right: trained, workshops, women, countries.
        assert f"{n(trained)} {n(workshops)} {women_text} " in text
        assert f"الفعاليات المنعقدة {n(held)} " in text
        return
    label_trained, label_workshops, label_held, label_women = ROWS[lang]
    assert f"{label_trained} {n(trained)} " in text
    assert f"{label_workshops} {n(workshops)} " in text
    assert f"{label_held} {n(held)} " in text
    assert f"{label_women} {women_text} " in text


def words_at(pdf: Path, page: int = 1) -> dict[str, float]:
    """The left edge of each word on a page, as pdftotext places them (Arabic words come in
    the order their glyphs are seen: turned back here, NFKC, to read as written)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    found: dict[str, float] = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', out):
        plain = unicodedata.normalize("NFKC", word)
        found.setdefault(plain[::-1] if has_rtl(plain) else plain, float(x))
    return found


def test_an_arabic_page_is_mirrored(office: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, ids = office
    pdf = tmp_path / "event_ar.pdf"
    args = ["report", "event", ids["french"], "--names", "--lang", "ar", "-o", str(pdf)]
    assert run(folder, *args) == 0
    x = words_at(pdf)
    # A4 portrait is 595 points wide, with 45-point margins.
    assert x["Atelier"] > 150  # a Latin title is aligned right too
    assert x["الصفحة"] < 100  # the page number on the left
    people = next(words for page in (1, 2) if "#" in (words := words_at(pdf, page)))
    assert people["#"] > 500 and people["Aïssata"] < people["#"]  # first column on the right
    assert people["الجنس"] > people["الدور"] > people["مكتمل"]  # Sex, Role, Completed leftwards


def test_certificates_default_to_the_events_language(
    office: tuple[Path, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ids = office
    french, english, chosen = (tmp_path / f"{k}.pdf" for k in ("fr", "sw", "ru"))
    assert run(folder, "report", "certificates", ids["french"], "-o", str(french)) == 0
    assert "Wrote 2 certificates" in capsys.readouterr().out
    text = pdf_text(french)
    assert text.count("Attestation de participation") == 2
    assert "La présente atteste que Aïssata Diallo a suivi avec succès" in text
    assert "Délivrée le " in text and "Certificate" not in text
    # An event in a language the reports do not speak: English.
    assert run(folder, "report", "certificates", ids["swahili"], "-o", str(english)) == 0
    assert "Certificate of completion" in pdf_text(english)
    # --lang wins over the event's language.
    args = ["report", "certificates", ids["french"], "--lang", "ru", "-o", str(chosen)]
    assert run(folder, *args) == 0
    assert "Сертификат об окончании" in pdf_text(chosen)


@pytest.mark.parametrize("lang", ["xx", "french", "", "ar;rm -rf"])
def test_an_unknown_language_is_refused(
    office: tuple[Path, dict[str, str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    folder, _ = office
    pdf = tmp_path / "period.pdf"
    with pytest.raises(SystemExit) as refused:
        run(folder, "report", "period", "--lang", lang, "-o", str(pdf))
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert f"“{lang}” is not a language the reports are written in" in err
    assert "fr (Français), ar (العربية), ru (Русский)" in err
    assert not pdf.exists()


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Français", "fr"), ("french", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("en français", "fr"),
        ("arabe", "ar"), ("العربية", "ar"), ("عربي", "ar"), ("Árabe", "ar"),
        ("Русский", "ru"), ("на русском языке", "ru"), ("English", "en"), ("Anglais", "en"),
        ("Arabic / French", "ar"),
        (None, None), ("", None), ("   ", None), ("Kiswahili", None), ("Formation en ligne", None),
        ("es-ES", None), ("x" * 10_000, None), ("<b>ru</b>", None),
    ],
)  # fmt: skip
def test_an_events_language_is_read_as_offices_write_it(
    typed: str | None, code: str | None
) -> None:
    from fieldapp.reports.reader_language import language_code

    assert language_code(typed) == code
