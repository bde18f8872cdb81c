"""Data tables (`fieldapp.reports.blocks.data_table`): cells that fit on one line are drawn
as plain strings (a long list of events lays out several times faster), and the page looks
as it did when every cell was a Paragraph: each word at the same place, in every script."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table

from fieldapp.domain.wording import Wording
from fieldapp.reports import blocks, styles
from fieldapp.reports.blocks import data_table, in_reading_order
from fieldapp.reports.text import para

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
WIDTHS = [30 * mm, 50 * mm, 22 * mm, 30 * mm, 46 * mm]
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<')


def rows(w: Wording) -> list[tuple[str, ...]]:
    """Cells of every kind: dates with thin and no-break spaces, a title that wraps, a word
    wider than its column, Arabic, numbers in the reader's digits, an empty cell."""
    return [
        (
            w.day_range(date(2024, 7, 1 + i % 20), date(2024, 7, 3 + i % 20)),
            title,
            blocks.label(w, kind),
            place,
            blocks.count(w, 1737 * i),
        )
        for i, (title, kind, place) in enumerate(
            [
                ("Workshop 1", "workshop", "Rabat, Morocco"),
                ("Training course on advance passenger information", "training course", ""),
                ("ورشة عمل حول أمن الحدود", "consultation", "الرباط"),
                ("Семинар по безопасности границ", "conference", "Astana, Kazakhstan"),
            ]
            * 10
        )
    ] + [(w.day_range(date(2024, 6, 30), date(2024, 7, 4)), "", "", "", "0")]


def as_paragraphs(w: Wording, header: list[str], body: list[tuple[str, ...]]) -> Table:
    """The table as it was laid out before: every cell a Paragraph."""

    def cell(i: int, value: str) -> object:
        return para(value, styles.CELL_RIGHT if i == 4 else styles.CELL, w.rtl)

    head = [para(h, styles.CELL_RIGHT if i == 4 else styles.CELL_BOLD, w.rtl) for i, h in enumerate(header)]  # fmt: skip
    table = Table(
        [in_reading_order(w, head)]
        + [in_reading_order(w, [cell(i, v) for i, v in enumerate(r)]) for r in body],
        colWidths=in_reading_order(w, WIDTHS),
        repeatRows=1,
    )
    table.setStyle(styles.grid_style())
    return table


def seen(table: Table, tmp_path: Path, name: str) -> tuple[list[tuple[str, float, float]], bytes]:
    """Each word with its place (pdftotext), and the first page's pixels (pdftoppm)."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([table])
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(buffer.getvalue())
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    image = tmp_path / name
    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-gray", str(pdf), str(image)], check=True)  # fmt: skip
    pixels = next(tmp_path.glob(f"{name}*.pgm")).read_bytes()
    places = [(text, round(float(x), 1), round(float(y), 1)) for x, y, text in WORD.findall(out)]
    return places, pixels


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "ar"])
def test_plain_cells_put_every_word_where_paragraphs_did(lang: str, tmp_path: Path) -> None:
    w = Wording(lang)
    header = ["Dates", "Event", "Type", "Place", "Participants"]
    body = rows(w)
    ours = data_table(w, header, body, WIDTHS, numeric=(4,))
    plain = [c for r in ours._cellvalues[1:] for c in r if isinstance(c, str)]
    assert len(plain) > len(body), "most cells are drawn as plain strings"
    expected, looks = seen(as_paragraphs(w, header, body), tmp_path, "paragraphs")
    assert len(expected) > 200
    places, pixels = seen(ours, tmp_path, "ours")
    assert places == expected
    assert pixels == looks, "the same colours and rules"
