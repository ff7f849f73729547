"""Plain text files: detect the encoding, decode, and cut the text into pages.

Vietnamese text files come in UTF-8 (with or without a BOM), UTF-16 (Windows "Unicode" files,
usually with a BOM) and the 8-bit encodings of the 1990s: Windows-1258, TCVN3 (ABC) and VNI.
The 8-bit ones cannot be told apart by their bytes alone, so each is decoded and the one whose
words are most often valid Vietnamese syllables wins (plain Windows-1252 wins when none gives
Vietnamese: Western text).

A text file has no pages, so pages are made: about ``LINES_PER_PAGE`` lines of
``CHARS_PER_LINE`` characters, as a printed page holds (a form feed forces a new page). The
preview of such a page is drawn from exactly the text of that page (textimages.py).

Example:
    >>> decode_text("Thư viện".encode("utf-16"))
    ('Thư viện', 'utf-16')
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata

from thuvien.text.legacy_codecs import cp1258_decode, tcvn3_decode, vni_decode
from thuvien.text.legacy_tables import cp1252_char
from thuvien.text.syllables import is_syllable

__all__ = [
    "CHARS_PER_LINE",
    "LINES_PER_PAGE",
    "decode_text",
    "heading_line",
    "looks_like_text",
    "paginate",
    "paragraphs_from_lines",
]

CHARS_PER_LINE = 90
LINES_PER_PAGE = 45
# Bytes of an 8-bit file weighed to choose its encoding.
_SAMPLE_BYTES = 200_000
_CP1252_TABLE = "".join(cp1252_char(byte) for byte in range(256))
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


def _tcvn3_text(text: str) -> str:
    """TCVN3 text decoded, capitals restored where the line or the word is in capitals.

    TCVN3 (ABC) has no capital letters with tones: a ".VnTimeH" font draws the small letters'
    codes as capitals. A word or line written in capitals shows it by its plain letters.
    """
    lines = []
    for line in text.split("\n"):
        letters = [c for c in line if c.isascii() and c.isalpha()]
        if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
            lines.append(tcvn3_decode(line, upper=True))
            continue
        lines.append(_TOKEN.sub(_tcvn3_token, line))
    return "\n".join(lines)


def _tcvn3_token(match: re.Match[str]) -> str:
    token = match.group()
    letters = [c for c in token if c.isascii() and c.isalpha()]
    return tcvn3_decode(token, upper=len(letters) >= 2 and all(c.isupper() for c in letters))


_TOKEN = re.compile(r"\S+")
_LEGACY_DECODERS = (
    ("cp1258", cp1258_decode),
    ("tcvn3", _tcvn3_text),
    ("vni", vni_decode),
)
_WORD = re.compile(r"[^\W\d_]+")
# Control bytes that never occur in text (tab, line feed, form feed, carriage return and the
# DOS end-of-file mark 0x1A do).
_BINARY_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1A}


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when every other byte is mostly zero (ASCII in UTF-16)."""
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_zero = even.count(0) / len(even)
    odd_zero = odd.count(0) / len(odd)
    if odd_zero > 0.3 and even_zero < 0.02:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.02:
        return "utf-16-be"
    return None


def looks_like_text(head: bytes) -> bool:
    """True for the start of a text file in any encoding decode_text reads.

    Example:
        >>> looks_like_text("Việt".encode("utf-16")), looks_like_text(bytes(range(256)))
        (True, False)
    """
    if not head:
        return False
    if head.startswith(tuple(bom for bom, _, _ in _BOMS)) or _utf16_without_bom(head[:4096]):
        return True
    sample = head[:4096]
    binary = sum(1 for byte in sample if byte in _BINARY_BYTES)
    return b"\x00" not in sample and binary <= len(sample) // 200


def _vietnamese_score(text: str) -> int:
    """Valid Vietnamese words with a diacritic, minus non-ASCII words that are not syllables."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        score += 1 if is_syllable(word) else -1
    return score


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes; the text is NFC with "\\n" line ends.

    Example:
        >>> decode_text(b"Qua\\xd2ng Ninh")
        ('Quảng Ninh', 'cp1258')
        >>> decode_text(b"Qu\\xb6ng Ninh")
        ('Quảng Ninh', 'tcvn3')
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _tidy(data[len(bom) :].decode(codec, errors="replace")), name
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return _tidy(data.decode(utf16, errors="replace")), utf16
    try:
        return _tidy(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as error:
        # A file cut in the middle of a character is still UTF-8.
        if error.start >= len(data) - 3:
            return _tidy(data.decode("utf-8", errors="replace")), "utf-8"
    as_cp1252 = data.decode("latin-1").translate(
        {byte: char for byte, char in enumerate(_CP1252_TABLE)}
    )
    sample = as_cp1252[:_SAMPLE_BYTES]
    best_name, best_score = "cp1252", _vietnamese_score(sample)
    for name, decoder in _LEGACY_DECODERS:
        score = _vietnamese_score(decoder(sample))
        if score > best_score:
            best_name, best_score = name, score
    if best_name == "cp1252":
        return _tidy(as_cp1252), "cp1252"
    decoder = dict(_LEGACY_DECODERS)[best_name]
    return _tidy(decoder(as_cp1252)), best_name


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text.replace("\x1a", ""))


def paragraphs_from_lines(text: str) -> str:
    """Text with a blank line between paragraphs, as the rest of thuvien expects.

    A text file with blank lines already separates paragraphs that way (its other line breaks
    only wrap). One without any holds a paragraph (or a verse) per line, so each line becomes
    a paragraph; otherwise the repair step would run the whole file together.

    Example:
        >>> paragraphs_from_lines("Dòng một.\\nDòng hai.")
        'Dòng một.\\n\\nDòng hai.'
    """
    lines = text.split("\n")
    if any(not line.strip() for line in lines[1:-1]):
        return text
    return "\n\n".join(line for line in lines if line.strip())


def _line_count(line: str) -> int:
    return max(1, math.ceil(len(line) / CHARS_PER_LINE))


def _cut(line: str, chars: int) -> tuple[str, str]:
    """Cut a long line at the last space before ``chars`` characters (or at ``chars``)."""
    cut = line.rfind(" ", 0, chars + 1)
    if cut <= chars // 2:
        cut = chars
    return line[:cut].rstrip(), line[cut:].lstrip()


def paginate(text: str) -> list[str]:
    """Cut text into pages of about LINES_PER_PAGE wrapped lines; "\\f" starts a new page.

    Example:
        >>> pages = paginate("Một dòng.\\n" * 100)
        >>> len(pages), pages[0].count("\\n") + 1
        (3, 45)
    """
    pages: list[str] = []
    for chunk in text.split("\f"):
        page: list[str] = []
        used = 0
        for line in chunk.strip("\n").split("\n"):
            while True:
                need = _line_count(line)
                if used + need <= LINES_PER_PAGE:
                    page.append(line)
                    used += need
                    break
                room = LINES_PER_PAGE - used
                if room > 0 and len(line) > CHARS_PER_LINE:
                    # A long paragraph continues on the next page, cut between two words.
                    head, line = _cut(line, room * CHARS_PER_LINE)
                    page.append(head)
                pages.append("\n".join(page))
                page, used = [], 0
                if not line:
                    break
        pages.append("\n".join(page))
    pages = [page.strip("\n") for page in pages]
    while pages and not pages[-1].strip():
        pages.pop()
    return pages


def heading_line(text: str) -> str:
    """The first line when it reads like a title (short, no closing full stop), else "".

    Example:
        >>> heading_line("\\nNỘI QUY THƯ VIỆN\\n\\nĐiều 1. Giờ mở cửa.")
        'NỘI QUY THƯ VIỆN'
    """
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        words = line.split()
        if len(words) <= 15 and len(line) <= 150 and line[-1] not in ".,;:":
            return line
        return ""
    return ""
