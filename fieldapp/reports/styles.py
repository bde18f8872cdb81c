"""The look shared by every PDF: paragraph styles, colours and table styles."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from fieldapp.reports.fonts import BOLD, REGULAR, register_fonts

UN_BLUE = colors.HexColor("#009EDB")
DARK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
RULE = colors.HexColor("#CBD2D9")
STRIPE = colors.HexColor("#F0F4F8")
# Distinct, print-safe colours for chart series.
SERIES = [
    colors.HexColor(c) for c in ("#009EDB", "#F5A623", "#7B61FF", "#2BB673", "#E04F5F", "#52606D")
]

register_fonts()


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": 9.5,
        "leading": 12.5,
        "textColor": DARK,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


TITLE = _style("title", fontName=BOLD, fontSize=18, leading=23, textColor=UN_BLUE, spaceAfter=2)
SUBTITLE = _style("subtitle", fontSize=11, leading=15, textColor=MUTED, spaceAfter=10)
HEADING = _style(
    "heading",
    fontName=BOLD,
    fontSize=12,
    leading=16,
    textColor=UN_BLUE,
    spaceBefore=10,
    spaceAfter=4,
    keepWithNext=1,  # never alone at the foot of a page
)
BODY = _style("body")
SMALL = _style("small", fontSize=8, leading=10, textColor=MUTED)
CELL = _style("cell", fontSize=8.5, leading=10.5)
CELL_BOLD = _style("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.5)
CELL_RIGHT = _style("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
FIGURE = _style(
    "figure", fontName=BOLD, fontSize=26, leading=30, textColor=UN_BLUE, alignment=TA_CENTER
)
FIGURE_LABEL = _style(
    "figure_label", fontName=BOLD, fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER
)


def derived(name: str, parent: ParagraphStyle, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


FOOTER = _style("footer", fontSize=7, leading=9, textColor=MUTED)


def grid_style(header_rows: int = 1, *, stripes: bool = True) -> TableStyle:
    """A plain data table: bold header on a rule, light stripes, numbers right-aligned by
    the cells' own styles."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        last = header_rows - 1
        commands += [
            ("FONT", (0, 0), (-1, last), BOLD, 8.5),
            ("TEXTCOLOR", (0, 0), (-1, last), MUTED),
            ("LINEBELOW", (0, last), (-1, last), 0.8, UN_BLUE),
        ]
    if stripes:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, STRIPE]))
    return TableStyle(commands)


@cache
def shaped(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with HarfBuzz shaping on, for text with right-to-left letters (shaping
    every Latin word too would cost time and gain nothing visible)."""
    return ParagraphStyle(f"{style.name}_shaped", parent=style, shaping=1)


@cache
def mirrored(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` for a right-to-left page: what it aligns left is aligned right and the
    reverse (a centred style stays centred)."""
    flip = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}
    if style.alignment not in flip:
        return style
    return ParagraphStyle(f"{style.name}_mirrored", parent=style, alignment=flip[style.alignment])
