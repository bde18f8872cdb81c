"""Writing an XLSX file without a plaintext copy in the temp folder.

openpyxl writes each worksheet's XML to a named temporary file before zipping it, even in
write-only mode; for an export of the person registry that would put every name, e-mail
and phone number in clear in ``/tmp`` (and leave it there if the process is killed), which
DESIGN.md §5 rules out. Here the worksheet XML goes to memory instead, and from memory into
the file the user asked for.
"""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Iterable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Font
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from fieldapp.reports.tabular import FORMULA_LEADS

MAX_WIDTH = 60


class _InMemoryExcelWriter(ExcelWriter):
    """openpyxl's writer, taking each worksheet's XML from memory (see the module's text)."""

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if not ws.closed:
            ws.close()
        writer = ws._writer
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def _cell(ws: Any, value: Any, bold: bool = False) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        # Text stays text: openpyxl would store "=…" as a formula (and "#N/A" as an error).
        cell.data_type = "s"
        if value[:1] in FORMULA_LEADS:
            # Excel's own mark for text typed after a quote: shown as is, and editing the cell
            # keeps it text instead of turning "=…" or "+…" into a formula. The value is intact.
            cell.quotePrefix = True
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_xlsx(
    target: Path | BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """One sheet: a bold, frozen header row and the rows; returns the number of rows."""
    book = Workbook(write_only=True)
    ws = book.create_sheet("Data")
    ws._writer = WorksheetWriter(ws, out=BytesIO())
    ws.freeze_panes = "A2"
    for n, header in enumerate(headers):
        letter = _column_letter(n)
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(10, len(header) + 4))
    ws._writer.write_top()
    ws.append([_cell(ws, h, bold=True) for h in headers])
    count = 0
    try:
        for row in rows:
            ws.append([_cell(ws, v) for v in row])
            count += 1
    except BaseException:
        ws.close()  # end the sheet's XML while its buffer is open (cancelled, or a failure)
        raise
    book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _InMemoryExcelWriter(book, archive).save()
    return count


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
