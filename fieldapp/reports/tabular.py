"""Spreadsheets as a header and rows: reading CSV and XLSX as people really save them, and
writing CSV that Excel opens and XLSX.

Sign-up sheets arrive as Excel files, as CSV saved by Excel on a French, Arabic or Russian
Windows (cp1252, cp1256, cp1251; semicolons), as UTF-16 "Unicode text" (tabs), or as UTF-8
with or without a byte-order mark (`csv_encoding` tells which).

Rows keep the number the user sees in the spreadsheet (the header is row 1), so every
message can point at a row that exists.
"""

from __future__ import annotations

import csv
import io
import lzma
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from fieldapp.reports.csv_encoding import NotText, decode
from fieldapp.store import jobs

Progress = Callable[[int, int], None]  # (done, total); total is 0 when not known beforehand
CancelFlag = Callable[[], bool]

CSV_DELIMITERS = ",;\t|"
# What makes Excel, LibreOffice or Google Sheets read a cell as a formula (or DDE command):
# = + - @, a tab or carriage return, and the full-width forms of the first four.
FORMULA_LEADS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
HEADER_SEARCH = 10
# A sheet may claim any size, or put one cell in column XFD of row 1,048,576; openpyxl pads
# every row it yields to that size. The claim is ignored, rows stop at Excel's last, and a
# cell beyond MAX_COLUMNS is refused: a list of people has a few dozen columns.
MAX_COLUMNS = 1000
EXCEL_ROWS = 1_048_576
# What reading a damaged workbook raises: the zip (a bad CRC, a damaged or truncated stream,
# an unknown compression, a password), the XML (xml.etree's ParseError is a SyntaxError), and
# openpyxl on parts that are not what it expects (it raises OSError for a missing workbook).
XLSX_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
    SyntaxError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
)
SEP_LINE = re.compile(r"sep=(.)")


class ExchangeError(Exception):
    """A file cannot be read or written as asked; the message says why in plain words."""


class JobCancelled(ExchangeError, jobs.JobCancelled):
    """The user cancelled a long import or export; nothing was written."""


def check_cancel(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel():
        raise JobCancelled("Cancelled; nothing was written.")


@dataclass
class Table:
    """A sheet as read: its header cells and its non-blank rows, each with its row number."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    source: str = ""  # how it was read, for the report: "cp1252, ';' separated", "sheet 'Liste'"
    # The same in parts, for a screen to say in its language: format ("CSV", "Excel"), and a
    # CSV's encoding and delimiter, or a workbook's sheet.
    read_as: dict[str, str] = field(default_factory=dict)


def described(read_as: dict[str, str]) -> str:
    """How a file was read, in English: "CSV, cp1252, “;” separated", "Excel, sheet “Liste”"."""
    if "sheet" in read_as:
        return f"{read_as['format']}, sheet “{read_as['sheet']}”"
    delimiter = read_as["delimiter"]
    shown = "tab" if delimiter == "\t" else f"“{delimiter}”"
    return f"{read_as['format']}, {read_as['encoding']}, {shown} separated"


# --- reading --------------------------------------------------------------------------------


def read_table(
    path: Path,
    *,
    sheet: str | None = None,
    is_header: Callable[[list[str]], bool] | None = None,
    cancel: CancelFlag | None = None,
) -> Table:
    """A sheet's header and every later non-blank row, from CSV or XLSX.

    The header is the first non-blank row, or, given ``is_header``, the first of the first
    `HEADER_SEARCH` non-blank rows it accepts: sign-up sheets often start with a title line
    ("Liste des participants — Atelier de Rabat") above the real header."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(4)
    except FileNotFoundError:
        raise ExchangeError(f"There is no file {path}.") from None
    if path.suffix.lower() in (".xls", ".ods"):
        raise ExchangeError(
            f"{path.name}: this kind of spreadsheet cannot be read; save it as .xlsx or .csv."
        )
    if start.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        rows, read_as = _xlsx_rows(path, sheet)
    else:
        rows, read_as = _csv_rows(path.read_bytes(), path.name)
    numbered: list[tuple[int, list[Any]]] = []
    for number, row in enumerate(rows, start=1):
        if number % 1000 == 0:
            check_cancel(cancel)
        if not row:  # a row the sheet skips (openpyxl yields it empty)
            continue
        values = [_clean(v) for v in row]
        if any(v is not None for v in values):
            numbered.append((number, values))
    if not numbered:
        raise ExchangeError(f"{path.name} is empty: it has no header row.")
    at = 0
    if is_header is not None:
        candidates = numbered[:HEADER_SEARCH]
        at = next((n for n, (_, r) in enumerate(candidates) if is_header(_texts(r))), 0)
    headers = _texts(numbered[at][1])
    while headers and not headers[-1]:
        headers.pop()
    return Table(
        headers=headers, rows=numbered[at + 1 :], source=described(read_as), read_as=read_as
    )


def _texts(row: list[Any]) -> list[str]:
    return [str(v).strip() if v is not None else "" for v in row]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon, tab or bar: the one that splits the first lines into rows as wide
    as the header most consistently (then the widest). A comma inside a name ("Benali,
    Amina") does not fool it the way a count of characters would."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ",", (0.0, 1)
    for delimiter in CSV_DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        except csv.Error:  # a field over csv's limit: not this delimiter's rows, anyway
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        score = (sum(len(r) == width for r in rows) / len(rows), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(data: bytes, name: str) -> tuple[Iterator[Sequence[Any]], dict[str, str]]:
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as exc:  # a byte-order mark names an encoding the rest is not in
        raise ExchangeError(
            f"{name} starts like {exc.encoding} text but is not ({exc.reason}); "
            "save it again as CSV UTF-8."
        ) from None
    except NotText as exc:
        raise ExchangeError(
            f"{name} cannot be imported: {exc}. Save the list of people as .xlsx, or as "
            "CSV UTF-8, and import that file; nothing was written."
        ) from None
    first, _, rest = text.partition("\n")
    if hint := SEP_LINE.fullmatch(first.strip()):
        # Excel's "sep=;" line: it names the delimiter, and Excel does not show it as a row.
        text, delimiter = rest, hint[1]
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _csv_checked(reader, name), {
        "format": "CSV",
        "encoding": encoding,
        "delimiter": delimiter,
    }


def _csv_checked(reader: Any, name: str) -> Iterator[Sequence[Any]]:
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS and any(row[MAX_COLUMNS:]):
                raise ExchangeError(
                    f"{name}: line {reader.line_num} has cells beyond column {MAX_COLUMNS:,}; "
                    "a list of people has far fewer columns."
                )
            yield row[:MAX_COLUMNS]
    except csv.Error as exc:  # a cell over csv's size limit, most often a quote never closed
        raise ExchangeError(f"{name}: line {reader.line_num} cannot be read ({exc}).") from None


def _xlsx_rows(path: Path, sheet: str | None) -> tuple[Iterator[Sequence[Any]], dict[str, str]]:
    import openpyxl

    # Opened here, not by name: openpyxl refuses a name not ending in .xlsx, and leaves a file
    # open when the workbook is damaged.
    handle = open(path, "rb")  # noqa: SIM115  (closed below, or once the rows are read)
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        try:
            ws = _worksheet(book, path, sheet)
        except BaseException:
            book.close()
            raise
    except XLSX_ERRORS as exc:
        handle.close()
        raise ExchangeError(f"{path.name} is not an Excel workbook we can read ({exc}).") from None
    except BaseException:
        handle.close()
        raise

    def rows() -> Iterator[Sequence[Any]]:
        try:
            for row in ws.iter_rows(max_row=EXCEL_ROWS, values_only=True):
                if len(row) > MAX_COLUMNS:
                    beyond = row[MAX_COLUMNS:]
                    if beyond.count(None) != len(beyond):
                        raise ExchangeError(
                            f"{path.name}: sheet “{ws.title}” has cells beyond column "
                            f"{MAX_COLUMNS:,}; a list of people has far fewer columns."
                        )
                    row = row[:MAX_COLUMNS]
                yield row
        except XLSX_ERRORS as exc:
            raise ExchangeError(f"{path.name} is damaged: {exc}.") from None
        finally:
            book.close()
            handle.close()

    return rows(), {"format": "Excel", "sheet": str(ws.title)}


def _worksheet(book: Any, path: Path, sheet: str | None) -> Any:
    """The sheet asked for (or the first), its claimed size ignored."""
    if sheet is not None and sheet not in book.sheetnames:
        names = ", ".join(f"“{n}”" for n in book.sheetnames)
        raise ExchangeError(f"{path.name} has no sheet “{sheet}” (it has {names}).")
    if not book.worksheets:
        raise ExchangeError(f"{path.name} has no sheet of cells.")
    ws = book[sheet] if sheet is not None else book.worksheets[0]
    if not hasattr(ws, "reset_dimensions"):
        raise ExchangeError(f"{path.name}: sheet “{sheet}” is a chart, not cells.")
    ws.reset_dimensions()
    return ws


# --- writing --------------------------------------------------------------------------------


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    total: int = 0,
) -> int:
    """Write a header and rows to ``path`` (.csv or .xlsx); returns the number of rows.
    ``progress`` hears (rows written, ``total``) as it goes; ``total`` 0 means not known.

    The file is written beside its final name and renamed at the end, so a failed or
    cancelled export never leaves half a file under the name the user asked for."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExchangeError(f"{path.name}: give a file name ending in .csv or .xlsx.")
    partial = path.with_name(path.name + ".part")
    try:
        with _private_file(partial) as handle:
            if suffix == ".csv":
                count = _write_csv(handle, headers, _counted(rows, progress, cancel, total))
            else:
                from fieldapp.reports.xlsx_writer import write_xlsx

                count = write_xlsx(handle, headers, _counted(rows, progress, cancel, total))
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _private_file(path: Path) -> BinaryIO:
    """A new file only its owner can read (0600, whatever the umask): exports hold names."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    if hasattr(os, "fchmod"):  # a .part left by a killed export may have had another mode
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


def _counted(
    rows: Iterable[Sequence[Any]],
    progress: Progress | None,
    cancel: CancelFlag | None,
    total: int = 0,
) -> Iterator[Sequence[Any]]:
    n = 0
    for n, row in enumerate(rows, start=1):
        if n % 200 == 0:
            check_cancel(cancel)
            if progress is not None:
                progress(n, max(total, n))
        yield row
    check_cancel(cancel)  # the last rows too: a cancel never renames the file into place
    if progress is not None:
        progress(n, max(total, n))


def neutralised(text: str) -> str:
    """Text a spreadsheet will not run as a formula: a quote before a leading `FORMULA_LEADS`
    character (OWASP's advice for CSV injection; the importer takes the quote off again)."""
    return "'" + text if text[:1] in FORMULA_LEADS else text


def csv_text(value: Any) -> str:
    """A cell as CSV text: dates in ISO form, yes/no, numbers as they are (a real -5 stays
    -5), and text `neutralised` so Excel or LibreOffice do not run it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float | Decimal):
        return str(value)
    return neutralised(str(value))


def _write_csv(handle: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    # UTF-8 with a byte-order mark: the only way Excel opens UTF-8 CSV without mangling it.
    count = 0
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow([neutralised(h) for h in headers])
        for row in rows:
            writer.writerow([csv_text(v) for v in row])
            count += 1
        text.flush()
    finally:
        text.detach()  # the caller closes the file
    return count
