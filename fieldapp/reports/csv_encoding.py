"""Which encoding a CSV file is in, as offices save them: UTF-8 (with or without a byte-order
mark), UTF-16 "Unicode text", or the Windows code page of the office's Excel: cp1252 (French,
Spanish), cp1256 (Arabic), cp1251 (Russian, Central Asia).

A byte-order mark decides; else UTF-8 if the bytes are UTF-8 (other text almost never is);
else each code page is tried and the one whose words are most plausible wins: letters of one
script, in one case pattern (Иван, ИВАН, иван, not иВАН), and for the Latin script no run of
three accented letters. Russian read as cp1252 gives "Èâàí", Arabic read as cp1251 "ЫндиЗ":
letters, but no plausible words. What is not text (a picture, a program or a document renamed
.csv) and a file whose lines are in two encodings are refused, with words that say so.
"""

from __future__ import annotations

import codecs
import re

CODE_PAGES = ("cp1252", "cp1256", "cp1251")  # in this order when two read equally well
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SAMPLE = 256 * 1024  # bytes of lines with non-ASCII text that are scored
NO_TEXT = "it holds no text (it may be a picture, a program or a document named .csv)"
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")


class NotText(ValueError):
    """The bytes are no text this importer can read; the message says why, in plain words."""


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding; raises `NotText`."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name), name.removesuffix("-sig")
    sample = data[:4000]  # zero bytes are valid UTF-8, so UTF-16 is recognised first
    for parity, name in ((1, "utf-16-le"), (0, "utf-16-be")):
        zeros, others = sample[parity::2].count(0), sample[1 - parity :: 2].count(0)
        if len(sample) >= 4 and zeros > len(sample) // 4 and others <= len(sample) // 100:
            return _checked(data.decode(name, errors="replace")), "utf-16"
    head = data[: 64 * 1024]
    if len(_CONTROL.findall(head)) > max(2, len(head) // 1000):
        raise NotText(NO_TEXT)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = [line for line in data.split(b"\n") if not line.isascii()]
    _refuse_mixed(data, lines)
    sample_lines = b"\n".join(lines)[:SAMPLE]
    best, best_score = "", -1
    for name in CODE_PAGES:
        try:
            score = plausibility(sample_lines.decode(name))
        except UnicodeDecodeError:  # a byte the code page leaves undefined
            continue
        if not best or score > best_score:
            best, best_score = name, score
    if best_score < 0 and len(sample_lines) > 200:
        raise NotText("its text is in no encoding we know")
    if best_score < 0:  # a stray byte or two: read as Western text, the rules say what is wrong
        best = "cp1252" if _decodes(data, "cp1252") else "latin-1"
    return data.decode(best), best


def _decodes(data: bytes, name: str) -> bool:
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return False
    return True


def _checked(text: str) -> str:
    if text.count("\ufffd") > max(2, len(text) // 1000):
        raise NotText(NO_TEXT)
    return text


def _refuse_mixed(data: bytes, lines: list[bytes]) -> None:
    """Refuse a file whose lines are partly UTF-8 and partly not (rows pasted from two
    files): any single choice would garble some of its names without a word."""
    utf8 = other = None
    for line in lines:
        try:
            line.decode("utf-8")
            utf8 = utf8 or line
        except UnicodeDecodeError:
            other = other or line
        if utf8 and other:
            number = {key: data.count(b"\n", 0, data.index(key)) + 1 for key in (utf8, other)}
            raise NotText(
                f"its lines are in two encodings (line {number[utf8]} is UTF-8, line "
                f"{number[other]} is not)"
            )


def plausibility(text: str) -> int:
    """How much ``text`` reads as words: each non-ASCII letter counts for it if its word is
    plausible, against it if not; characters seldom in text (controls, unassigned) against."""
    score = 0
    for word in _LETTERS.findall(text):
        if word.isascii():
            continue
        foreign = sum(not c.isascii() for c in word)
        score += foreign if _plausible(word) else -foreign
    return score - 2 * sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n")


def _plausible(word: str) -> bool:
    scripts = {_script(c) for c in word}
    if len(scripts) != 1 or "other" in scripts:
        return False
    if "arabic" in scripts:
        return True
    cased = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
    if not cased:
        return False
    if "cyrillic" in scripts:
        return len(word) < 3 or any(c in _VOWELS for c in word)
    return re.search(r"[^\x00-\x7f]{3}", word) is None


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x250:
        return "latin"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0xFB50 <= code < 0xFF00:
        return "arabic"
    return "other"
