"""Fuzzing the spreadsheet readers (people imports arrive from anywhere): whatever the bytes
in a .csv or .xlsx file, `read_table` and `plan_import` give a table, a plan with row errors,
or `ExchangeError`, and quickly."""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.reports.people_import import ImportPlan, RowError, plan_import
from fieldapp.reports.tabular import ExchangeError, Table, read_table
from fieldapp.store.store import Store
from tests.unit.fuzz.hostile import ODD_NUMBERS, fuzz

# openpyxl warns about what it skips in a damaged workbook (no stylesheet, unknown extensions):
# a warning, not an error, whatever pytest's "error" filter would make of it.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:openpyxl")
TODAY = date(2025, 6, 1)
SHEET = "xl/worksheets/sheet1.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _template() -> dict[str, bytes]:
    """The parts of a real workbook (openpyxl's), one sheet; style 1 is a date format."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Full name", "Date of birth"])
    sheet.append(["Amina Benali", date(1990, 1, 1)])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


TEMPLATE = _template()


def zipped(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def sheet_xml(rows: str, dimension: str | None = "A1:B2") -> bytes:
    dim = f"<dimension ref={quoteattr(dimension)}/>" if dimension is not None else ""
    return f'<worksheet xmlns="{MAIN}">{dim}<sheetData>{rows}</sheetData></worksheet>'.encode()


@contextmanager
def written(data: bytes, suffix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"people{suffix}"
        path.write_bytes(data)
        yield path


def read_or_refuse(path: Path) -> Table | None:
    """The table, or None when refused; anything but `ExchangeError` fails the test."""
    try:
        table = read_table(path, is_header=lambda cells: "Full name" in cells)
    except ExchangeError:
        return None
    assert isinstance(table, Table)
    assert all(isinstance(number, int) and isinstance(row, list) for number, row in table.rows)
    return table


# --- cells, rows and sheets -----------------------------------------------------------------

xml_text = st.one_of(  # mostly text XML can hold; now and then a control character
    st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20),
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=20),
).map(escape)
cell_refs = st.one_of(
    st.sampled_from(
        ["A1", "B2", "XFD1", "XFD1048576", "A1048577", "ZZZZ1", "A0", "1A", "", "$A$1"]
    ),
    st.from_regex(r"[A-Z]{1,3}[0-9]{1,7}", fullmatch=True),
)
cell_values = st.one_of(st.sampled_from(ODD_NUMBERS), st.integers().map(str), xml_text)


@st.composite
def cells(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from([None, "n", "s", "str", "b", "e", "d", "inlineStr", "x"]))
    attrs = ""
    if draw(st.booleans()):
        attrs += f" r={quoteattr(draw(cell_refs))}"
    if kind:
        attrs += f' t="{kind}"'
    if draw(st.booleans()):
        attrs += f' s="{draw(st.sampled_from(["0", "1", "2", "99", "-1", "x"]))}"'
    if kind == "inlineStr" and draw(st.booleans()):
        return f"<c{attrs}><is><t>{draw(xml_text)}</t></is></c>"
    return f"<c{attrs}><v>{draw(cell_values)}</v></c>"


rows = st.tuples(
    st.one_of(  # rows far down are rare: each costs a million empty rows (~0.15 s)
        st.none(), st.integers(-2, 30), st.integers(-2, 30), st.sampled_from([1048577, 2**31])
    ),
    st.lists(cells(), max_size=4),
).map(lambda r: (f'<row r="{r[0]}">' if r[0] is not None else "<row>") + "".join(r[1]) + "</row>")
HEADER_ROW = "".join(
    ['<row r="1">']
    + [f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in ("Full name", "Date of birth")]
    + ["</row>"]
)
dimensions = st.one_of(
    st.none(), st.sampled_from(["A1:B2", "A1", "A1:XFD1048576", "B2:A1", "A1:A1048577", "x", ""])
)
sheets = st.builds(
    lambda header, body, dim: sheet_xml((HEADER_ROW if header else "") + "".join(body), dim),
    st.booleans(),
    st.lists(rows, max_size=6),
    dimensions,
)


@st.composite
def zips(draw: st.DrawFn) -> bytes:
    """A real workbook with one part replaced by anything (or gone, or one added), or a zip
    of anything at all."""
    if draw(st.booleans()):
        # (no NUL: zipfile cuts a member's name at one, and an empty name fails in writestr)
        any_name = st.text(st.characters(exclude_characters="\x00"), min_size=1, max_size=30)
        names = st.one_of(st.sampled_from(sorted(TEMPLATE)), any_name)
        return zipped(draw(st.dictionaries(names, st.binary(max_size=200), max_size=5)))
    parts = dict(TEMPLATE)
    name = draw(st.sampled_from(sorted(TEMPLATE)))
    action = draw(st.sampled_from(["replace", "drop", "truncate"]))
    if action == "replace":
        parts[name] = draw(st.one_of(st.binary(max_size=300), sheets))
    elif action == "drop":
        del parts[name]
    else:
        parts[name] = parts[name][: draw(st.integers(0, len(parts[name])))]
    return zipped(parts)


@fuzz(150)
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".CSV"]))
def test_any_bytes_are_a_table_or_exchange_error(data: bytes, suffix: str) -> None:
    with written(data, suffix) as path:
        read_or_refuse(path)


@fuzz(80)
@given(data=st.one_of(zips(), sheets.map(lambda s: zipped({**TEMPLATE, SHEET: s}))))
def test_any_zip_or_workbook_is_a_table_or_exchange_error(data: bytes) -> None:
    with written(data, ".xlsx") as path:
        read_or_refuse(path)


csv_cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["=1+1", "'=1", "@SUM(A1)", "+1", "-1", "05/03/1984", "1984-03-05", "36526", "F",
         "أنثى", "oui", "MAR", "Morocco", "under 18", "", " ", '"', "\r"]
    ),
)  # fmt: skip
HEADERS = ["Full name", "Sex", "Birth year", "Nationality", "Organization", "Consent", "Email"]


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """CSV as offices write it (any delimiter, encoding, a sep= line, a title), cells anything."""
    delimiter = draw(st.sampled_from(list(",;\t|")))
    headers = draw(st.one_of(st.just(HEADERS), st.lists(csv_cells, max_size=6)))
    body = draw(st.lists(st.lists(csv_cells, max_size=8), max_size=8))
    text = io.StringIO()
    if draw(st.booleans()):
        text.write(f"sep={delimiter}\n")
    writer = csv.writer(text, delimiter=delimiter)
    for row in [headers, *body]:
        writer.writerow(row)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
    return text.getvalue().encode(encoding, "replace")


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    """A real workbook (written by openpyxl) with any cell values, or a hand-made sheet."""
    if draw(st.booleans()):
        return zipped({**TEMPLATE, SHEET: draw(sheets)})
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    text = st.text(st.characters(blacklist_categories=["Cc", "Cs"]), max_size=20)  # as Excel can
    sheet.append(draw(st.one_of(st.just(HEADERS), st.lists(text, max_size=6))))
    value = st.one_of(
        st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.floats(allow_nan=False),
        st.dates(), st.datetimes(), text,
    )  # fmt: skip
    for row in draw(st.lists(st.lists(value, max_size=8), max_size=8)):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@fuzz(100, fixtures=True)
@given(
    data=st.one_of(
        csv_files().map(lambda d: (d, ".csv")),
        workbooks().map(lambda d: (d, ".xlsx")),
        st.binary(max_size=1024).map(lambda d: (d, ".csv")),
    )
)
def test_any_people_file_gives_a_plan_or_exchange_error(
    store: Store, data: tuple[bytes, str]
) -> None:
    content, suffix = data
    with written(content, suffix) as path, store.engine.connect() as conn:
        try:
            plan = plan_import(conn, path, today=TODAY)
        except ExchangeError:
            return
    assert isinstance(plan, ImportPlan)
    assert all(isinstance(e, RowError) and str(e) for e in plan.errors)
    assert {r.row for r in plan.rows} >= set(plan.bad_rows)


# --- what must not take long ----------------------------------------------------------------

LONG_FIELD = b"Full name,Sex\n" + b"x" * 200_000 + b",F\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\xef\xbb\xbfFull name,Sex\n\xff\xfe\n", id="utf-8 BOM, not UTF-8"),
        pytest.param(b"\xff\xfe\x00\x00abc", id="utf-32 BOM, truncated"),
        pytest.param(b"\xfe\xffa", id="utf-16 BOM, odd length"),
        pytest.param(LONG_FIELD, id="a field over csv's limit"),
        pytest.param(b'Full name\n"' + b"x" * 200_000, id="an unclosed quote"),
        pytest.param(b"PK\x03\x04 not a zip", id="zip magic in a .csv"),
    ],
)
def test_hostile_csv_is_refused(data: bytes) -> None:
    with written(data, ".csv") as path:
        read_or_refuse(path)


LAST_ROW = '<row r="1048576"><c r="A1048576"><v>1</v></c></row>'
FAR_RIGHT = "".join(f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>' for n in range(2, 20_000))
HUGE = [
    pytest.param(sheet_xml(HEADER_ROW, "A1:XFD1048576"), id="a dimension of the whole sheet"),
    pytest.param(
        sheet_xml(HEADER_ROW + LAST_ROW, "A1:XFD1048576"), id="the last row, the widest dimension"
    ),
    pytest.param(sheet_xml(HEADER_ROW + FAR_RIGHT, None), id="20,000 rows, a cell in column XFD"),
    pytest.param(sheet_xml(HEADER_ROW + LAST_ROW, None), id="the last row, no dimension"),
]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("sheet", HUGE)
def test_a_sheet_claiming_a_huge_size_is_read_quickly(sheet: bytes) -> None:
    import time

    with written(zipped({**TEMPLATE, SHEET: sheet}), ".xlsx") as path:
        start = time.perf_counter()
        read_or_refuse(path)
        assert time.perf_counter() - start < 5


def _central_entry(data: bytes, name: str, offset: int, value: bytes) -> bytes:
    """``data`` with ``value`` written at ``offset`` of ``name``'s central directory entry
    (8: flags, 10: compression method)."""
    found = bytearray(data)
    at = 0
    while (at := data.find(b"PK\x01\x02", at + 1)) >= 0:
        size = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + size] == name.encode():
            found[at + offset : at + offset + len(value)] = value
    return bytes(found)


def _damaged_stream(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    found = bytearray(data)
    for at in range(start, start + min(20, info.compress_size)):
        found[at] ^= 0xFF
    return bytes(found)


BOOK = zipped(TEMPLATE)
ENTITIES = "".join(
    f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10)
)
LAUGHS = (
    f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">{ENTITIES}]>'
    f'<worksheet xmlns="{MAIN}"><sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c>'
    "</row></sheetData></worksheet>"
)


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_damaged_stream(BOOK, SHEET), id="a damaged deflate stream"),
        pytest.param(_central_entry(BOOK, SHEET, 10, b"\x63\x00"), id="compression method 99"),
        pytest.param(_central_entry(BOOK, SHEET, 10, b"\x0c\x00"), id="bzip2 that is not"),
        pytest.param(_central_entry(BOOK, SHEET, 10, b"\x0e\x00"), id="lzma that is not"),
        pytest.param(_central_entry(BOOK, SHEET, 8, b"\x01\x00"), id="encrypted"),
        pytest.param(BOOK[: len(BOOK) // 2] + BOOK[-22:], id="truncated"),
        pytest.param(zipped({**TEMPLATE, SHEET: LAUGHS.encode()}), id="billion laughs"),
        pytest.param(zipped({}), id="an empty zip"),
    ],
)
def test_a_damaged_workbook_is_refused(data: bytes) -> None:
    with written(data, ".xlsx") as path:
        assert read_or_refuse(path) is None
    with written(data, ".csv") as path:  # read as a workbook when it starts like a zip
        read_or_refuse(path)
