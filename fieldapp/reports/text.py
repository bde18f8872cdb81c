"""Text as reportlab should draw it: escaped, and right-to-left words in display order.

reportlab shapes each word with HarfBuzz (joining Arabic letters, in the right order inside
the word), but lays the words of a line out left to right; its own bidi package (rlbidi) is
not on PyPI. So the Unicode bidi algorithm (python-bidi) puts the *words* of each line in
display order, and each right-to-left word is handed back in logical order for HarfBuzz to
shape. Display order is a property of a line, so text with right-to-left letters is broken
into lines first (`BidiParagraph`), then each line is reordered.
"""

from __future__ import annotations

import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from fieldapp.reports.styles import shaped

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


def display(text: str) -> str:
    """One line of ``text`` with its words in the order they are seen."""
    if not has_rtl(text):
        return text
    seen = get_display(text)
    return " ".join(w[::-1] if has_rtl(w) else w for w in seen.split(" "))


def markup(text: object) -> str:
    """Plain text made safe for a Paragraph, each line in display order."""
    plain = "" if text is None else str(text)
    return "<br/>".join(escape(display(line)) for line in plain.split("\n"))


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
    to-left text is right-aligned where the style would align left."""

    def __init__(self, text: Any, style: ParagraphStyle, **kw: Any) -> None:
        if kw:  # reportlab splitting a laid-out paragraph across pages
            self._logical: str | None = None
            super().__init__(text, style, **kw)
            return
        self._logical = str(text)
        self._folded_at: float | None = None
        if starts_rtl(self._logical) and style.alignment == TA_LEFT:
            style = ParagraphStyle(f"{style.name}_rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(markup(self._logical), shaped(style))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is not None and availWidth != self._folded_at:
            self._folded_at = availWidth
            s = self.style
            width = availWidth - s.leftIndent - s.rightIndent - max(s.firstLineIndent, 0)
            lines = fold(self._logical, width, s.fontName, s.fontSize)
            super().__init__(markup("\n".join(lines)), s)
        return super().wrap(availWidth, availHeight)


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (a name, a title): shaped and reordered when it holds
    right-to-left letters, a plain Paragraph otherwise."""
    plain = "" if text is None else str(text)
    if has_rtl(plain):
        return BidiParagraph(plain, style)
    return Paragraph(escape(plain).replace("\n", "<br/>"), style)
