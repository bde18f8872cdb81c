"""Text as reportlab should draw it: escaped, and right-to-left words in display order.

reportlab shapes each word with HarfBuzz (joining Arabic letters, in the right order inside
the word), but lays the words of a line out left to right; its own bidi package (rlbidi) is
not on PyPI. So the Unicode bidi algorithm (python-bidi) puts the *words* of each line in
display order, and each right-to-left word is handed back in logical order for HarfBuzz to
shape. Display order is a property of a line, so text with right-to-left letters is broken
into lines first (`BidiParagraph`), then each line is reordered.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from fieldapp.reports.styles import mirrored, shaped

OPENING, CLOSING = "([{«", ")]}»"
# Separators between the parts of a line (a place, a subtitle): on a right-to-left page a
# right-to-left mark on each side keeps Latin parts from running together ("Rabat, Amman").
SEPARATOR = re.compile(r"\s·\s|[,،;؛](?=\s)")
RLM = "\u200f"
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # no glyph in any font
MIRROR = str.maketrans(OPENING + CLOSING, CLOSING + OPENING)
SAFETY = 0.97  # joined Arabic letters are a little wider or narrower than isolated ones


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return any(_is_rtl(c) for c in text)


def starts_rtl(text: str) -> bool:
    """Whether the first strong letter is right to left (the paragraph's direction)."""
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def display(text: str, rtl: bool = False) -> str:
    """One line of ``text`` with its words in the order they are seen; ``rtl``: on a right-
    to-left page (else the line's first strong letter sets its direction)."""
    if not has_rtl(text):
        return text
    if rtl:  # "Rabat, المغرب", "Office · Workshop · 10–12 مارس": each part read in turn
        text = SEPARATOR.sub(lambda m: f"{RLM}{m.group(0)}{RLM}", text)
    seen = MARKS.sub("", get_display(text, base_dir="R" if rtl else None))
    return " ".join(w[::-1] if has_rtl(w) else _mirrored(w) for w in seen.split(" "))


def _mirrored(word: str) -> str:
    """A word of digits or Latin letters as seen in right-to-left text: python-bidi moves a
    bracket beside it ("609 (403" is seen "403( 609") without mirroring it, and HarfBuzz
    mirrors only within right-to-left words; a bracket that opens at a word's end or closes
    at its start is such a one."""
    if word[-1:] in OPENING or word[:1] in CLOSING:
        return word.translate(MIRROR)
    return word


def markup(text: object, rtl: bool = False) -> str:
    """Plain text made safe for a Paragraph, each line in display order."""
    plain = "" if text is None else str(text)
    return "<br/>".join(escape(display(line, rtl)) for line in plain.split("\n"))


def fold(text: str, width: float, font: str, size: float) -> list[str]:
    """Break logical ``text`` into lines no wider than ``width`` (greedy, by words)."""
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = stringWidth(word, font, size)
            if line and used + space + w > width * SAFETY:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used += (space if line else 0) + w
            line.append(word)
        lines.append(" ".join(line))
    return lines


class BidiParagraph(Paragraph):
    """A Paragraph of plain text with right-to-left letters: shaped, broken into lines in
    logical order at the width it is given, then each line put in display order. Right-
    to-left text is right-aligned where the style would align left. ``rtl``: the page is
    right to left (its lines start on the right whatever their first letter)."""

    def __init__(self, text: Any, style: ParagraphStyle, rtl: bool = False, **kw: Any) -> None:
        self._rtl = rtl
        if kw:  # reportlab splitting a laid-out paragraph across pages
            self._logical: str | None = None
            super().__init__(text, style, **kw)
            return
        self._logical = str(text)
        self._folded_at: float | None = None
        if not rtl and starts_rtl(self._logical) and style.alignment == TA_LEFT:
            style = ParagraphStyle(f"{style.name}_rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(markup(self._logical, rtl), shaped(style))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is not None and availWidth != self._folded_at:
            self._folded_at = availWidth
            s = self.style
            width = availWidth - s.leftIndent - s.rightIndent - max(s.firstLineIndent, 0)
            lines = fold(self._logical, width, s.fontName, s.fontSize)
            super().__init__(markup("\n".join(lines), self._rtl), s)
        return super().wrap(availWidth, availHeight)


def para(text: object, style: ParagraphStyle, rtl: bool = False) -> Paragraph:
    """A Paragraph of plain text (a name, a title): shaped and reordered when it holds
    right-to-left letters, a plain Paragraph otherwise. On a right-to-left page (``rtl``)
    its alignment is mirrored."""
    plain = "" if text is None else str(text)
    if rtl:
        style = mirrored(style)
    if has_rtl(plain):
        return BidiParagraph(plain, style, rtl)
    return Paragraph(escape(plain).replace("\n", "<br/>"), style)
