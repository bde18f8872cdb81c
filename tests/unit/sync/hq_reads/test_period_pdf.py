"""HQ's period highlights PDF, read back as a reader would (pdftotext): the headline figures
are those of `consolidated` for the same scope and period, the footer names HQ and each
office included with its last contact, and no trainee's name is printed."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from sync.hq.accounts.scope import Role, Scope
from sync.hq.figures import Forbidden, NotFound, consolidated
from sync.hq.period_pdf import write_hq_period_report
from tests.unit.sync.hq_reads.conftest import YEAR, Hq

HEADLINES = {
    "individuals_trained": "Individuals trained",
    "workshops_organized": "Workshops organized",
    "events_held": "Events held",
    "participations": "Participations",
    "countries_reached": "Beneficiary countries reached",
}


def pdf_text(pdf: bytes, tmp_path: Path, *, layout: bool) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def key_figures(text: str) -> dict[str, int | str]:
    """The first figure after each headline label in the Key figures table."""
    table = text.split("Key figures", 1)[1]
    found: dict[str, int | str] = {}
    for name, label in HEADLINES.items():
        match = re.search(rf"^\s*{label}\s+([\d,]+)", table, re.MULTILINE)
        assert match, f"{label} is not in the Key figures table"
        found[name] = int(match.group(1).replace(",", ""))
    women = re.search(r"^\s*Women\s+(\d+%|<5)", table, re.MULTILINE)
    assert women
    found["women_percent"] = women.group(1)  # "<5": withheld below admin (sync.hq.disclosure)
    return found


def flat(text: str) -> str:
    return " ".join(text.split())


def test_an_office_user_s_pdf_shows_their_figures_and_names_their_office(
    hq: Hq, tmp_path: Path
) -> None:
    rabat_user = Scope.of(Role.OFFICE, [hq.rabat.office_id])
    with hq.engine.connect() as conn:
        write_hq_period_report(conn, rabat_user, YEAR, tmp_path / "rabat.pdf")
        figures = consolidated(conn, rabat_user, YEAR)
    pdf = (tmp_path / "rabat.pdf").read_bytes()
    printed = key_figures(pdf_text(pdf, tmp_path, layout=True))
    assert printed == {
        "individuals_trained": figures.individuals_trained,
        "workshops_organized": figures.workshops_organized,
        "events_held": figures.events_held,
        "participations": figures.participations,
        "countries_reached": figures.countries_reached,
        "women_percent": figures.women_share
        if isinstance(figures.women_share, str)
        else f"{round((figures.women_share or 0) * 100)}%",
    }
    text = flat(pdf_text(pdf, tmp_path, layout=False))
    assert "HQ · Programme Office Rabat" in text  # the heading
    assert re.search(r"HQ · generated .* · consolidated from 1 office\b", text)
    assert re.search(r"Offices included: Programme Office Rabat \(last contact \d", text)
    assert "Abuja" not in text and "Dakar" not in text
    assert "Zaynab" not in text and "Qasimi" not in text


def test_an_analyst_s_pdf_consolidates_every_office_and_lists_them(hq: Hq, tmp_path: Path) -> None:
    analyst = Scope(Role.ANALYST)
    stream = io.BytesIO()
    with hq.engine.connect() as conn:
        written = write_hq_period_report(conn, analyst, YEAR, stream, lang="fr")
        figures = consolidated(conn, analyst, YEAR)
        rabat_only = consolidated(conn, analyst, YEAR, hq.rabat.office_id)
    assert written.as_dict() == figures.as_dict()
    assert figures.events_held > rabat_only.events_held
    text = flat(pdf_text(stream.getvalue(), tmp_path, layout=False))
    assert "Personnes formées" in text  # written in French
    # The offices in the footer, by name, each with its last contact (Dakar never synced).
    assert re.search(r"Siège · produit le .* · données consolidées de 3 bureaux\b", text)
    footer = text[text.index("Bureaux inclus :") :]
    assert footer.index("Liaison Office Abuja (dernier contact le ") < footer.index(
        "Programme Office Rabat (dernier contact le "
    )
    assert "Regional Office Dakar (pas encore de contact)" in footer
    assert "Zaynab" not in text


def test_another_office_s_pdf_is_not_found_and_an_auditor_gets_none(hq: Hq, tmp_path: Path) -> None:
    rabat_user = Scope.of(Role.OFFICE, [hq.rabat.office_id])
    with hq.engine.connect() as conn:
        with pytest.raises(NotFound):
            write_hq_period_report(
                conn, rabat_user, YEAR, tmp_path / "x.pdf", office_id=hq.abuja.office_id
            )
        with pytest.raises(Forbidden):
            write_hq_period_report(conn, Scope(Role.AUDITOR), YEAR, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
