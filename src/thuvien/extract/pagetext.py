"""Read one PDF page's text as lines with positions, using pypdfium2.

Three readers share the Line shape (see layout.py):

- ``read_lines`` (the one the pipeline uses): pdfium's own text, which already has a space at
  most word gaps and a line break wherever the baseline changes, plus one box per line for
  paragraph and heading detection. Where a token cannot be a single Vietnamese syllable
  ("thểcán": a consonant between two vowels, two tone marks, a lower-case letter before a
  capital, a letter right after a full stop) its character boxes are read and a space goes in
  at every visible gap pdfium missed. Vietnamese words are single syllables, so a Vietnamese page
  pays for very few box reads.
- ``read_lines_from_pdfium``: the same without the repair (pdfium's text as is).
- ``read_lines_from_chars``: every character's advance box and our own word gaps and line
  breaks (layout.lines_from_chars); about 1.5 us of ctypes calls per character, and it splits
  letter-spaced words into letters.

benchmarks/bench_engines.py measures all three against pdfminer.six and pypdf (glued words on
generated normal, word-by-word, squeezed and letter-spaced PDFs; pages/s). ``read_lines`` glues
no words on normal, word-by-word and letter-spaced pages and about 1% at gaps squeezed to half
a space (pdfium alone: 29% at 0.7 of a space, 92% at half), breaks none, at about 70-90% of
pdfium's bare speed.
"""

from __future__ import annotations

import bisect
import ctypes
import dataclasses
import re
import unicodedata

import pypdfium2.raw as pdfium_c

from thuvien.extract.layout import GAP_FRACTION, SAME_LINE_FRACTION, Line, lines_from_chars

__all__ = ["read_lines", "read_lines_from_chars", "read_lines_from_pdfium", "read_text"]

_GET_UNICODE = pdfium_c.FPDFText_GetUnicode
_GET_LOOSE_BOX = pdfium_c.FPDFText_GetLooseCharBox
_GET_CHAR_BOX = pdfium_c.FPDFText_GetCharBox
_GET_FONT_SIZE = pdfium_c.FPDFText_GetFontSize
_GET_FONT_WEIGHT = pdfium_c.FPDFText_GetFontWeight
# Lines of one font whose heights spread wider than this are given one size (see
# _steady_sizes).
_STEADY = 1.1
_BREAKS = frozenset(" \t\r\n\xa0")

_PLAIN_VOWELS = "aeiouyăâêôơư"
_TONED_VOWELS = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_V = _PLAIN_VOWELS + _TONED_VOWELS + (_PLAIN_VOWELS + _TONED_VOWELS).upper()
_T = _TONED_VOWELS + _TONED_VOWELS.upper()
# Shapes one Vietnamese syllable never has, so a token showing one may be words glued together:
# a consonant between two vowels ("thểcán"), two tone marks ("chịuảnh"), a lower-case letter
# before a capital ("mặnThư") or punctuation followed by a letter ("cương.Thể").
_LOWER = "a-zđ" + _PLAIN_VOWELS + _TONED_VOWELS
_UPPER = "A-ZĐ" + (_PLAIN_VOWELS + _TONED_VOWELS).upper()
_JOIN_RULES = (
    f"[{_T}]\\S*[{_T}]",
    f"[{_LOWER}][{_UPPER}]",
    "[.,;:!?)\\]][^\\W\\d_]",
)
_SUSPECT = re.compile("|".join((f"[{_V}][^{_V}\\W\\d_]+[{_V}]", *_JOIN_RULES)))
_SUSPECT_JOIN = re.compile("|".join(_JOIN_RULES))
# Letters no other Latin-script language uses; Vietnamese prose has one in every few words.
_VIETNAMESE_ONLY = re.compile(
    "[ăơưđĂƠƯĐạảẹẻẽịỉọỏụủỳỷỹỵẠẢẸẺẼỊỈỌỎỤỦỲỶỸỴằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự]"
)
_VIETNAMESE_DENSITY = 0.02
# Characters _clean_line has work on (\r and \n only end lines and are split off first).
_CONTROLS = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TRAILING_DIGITS = re.compile(r"[^\W\d_]([0-9]{1,3})$")
_HYPHEN_MARK = re.compile("\ufffe(.?)", re.DOTALL)
# Tabs become spaces; other control codes are glyphs pdfium could not map to text.
_DROP_CONTROLS = {code: None for code in range(0x20) if code != 0x09} | {
    0x09: " ",
    0xFFFE: None,
    0xFFFF: None,
}


def read_text(textpage: pdfium_c.FPDF_TEXTPAGE, count: int) -> str:
    """All ``count`` characters of a text page, one str item per pdfium character index.

    Example:
        >>> # read_text(textpage.raw, pdfium_c.FPDFText_CountChars(textpage.raw))
    """
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    if written == count + 1:
        text = bytes(memoryview(buffer)[:count]).decode("utf-16-le", errors="replace")
        # Characters outside the BMP take two UTF-16 units and shift every index after them.
        if len(text) == count and "\ufffd" not in text:
            return text
    get = _GET_UNICODE
    return "".join(
        chr(code) if code < 0x110000 else "\ufffd"
        for code in (get(textpage, index) for index in range(count))
    )


def read_lines_from_chars(textpage: pdfium_c.FPDF_TEXTPAGE) -> list[Line]:
    """Lines built from every character's advance box (our own word gaps and line breaks).

    Example:
        >>> # read_lines_from_chars(page.get_textpage().raw)[0].text
    """
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    text = read_text(textpage, count)
    lefts = [0.0] * count
    tops = [0.0] * count
    rights = [0.0] * count
    bottoms = [0.0] * count
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    get_box = _GET_LOOSE_BOX
    breaks = _BREAKS
    # One ctypes call per visible character, nothing else: this loop is the cost of the reader.
    for index, char in enumerate(text):
        if char in breaks:
            continue
        if get_box(textpage, index, rect_ref):
            lefts[index] = rect.left
            tops[index] = rect.top
            rights[index] = rect.right
            bottoms[index] = rect.bottom
    return lines_from_chars(text, lefts, tops, rights, bottoms)


def _join_hyphen(match: re.Match[str]) -> str:
    after = match.group(1)
    return after if after.islower() else "-" + after


def _clean_line(text: str) -> str:
    """Drop pdfium's unmapped glyph codes; turn its end-of-line hyphen marker into text."""
    if "\ufffe" in text:
        # pdfium joins a word hyphenated across lines and marks the join with U+FFFE: a word
        # continued in lower case loses the hyphen, anything else keeps it ("Schwarz-Weiß").
        text = _HYPHEN_MARK.sub(_join_hyphen, text)
    return text.translate(_DROP_CONTROLS).strip()


def _token_gaps(
    textpage: pdfium_c.FPDF_TEXTPAGE,
    text: str,
    start: int,
    end: int,
    rect: pdfium_c.FS_RECTF,
    rect_ref: object,
) -> list[int]:
    """Indexes in text[start:end] that follow a visible word gap on the page."""
    candidates: list[tuple[int, float, float]] = []  # (index, gap, height)
    smallest = float("inf")
    prev_right = prev_middle = 0.0
    have_prev = False
    for index in range(start, end):
        if not _GET_LOOSE_BOX(textpage, index, rect_ref):
            have_prev = False
            continue
        height = rect.top - rect.bottom
        middle = (rect.top + rect.bottom) * 0.5
        if have_prev and height > 0 and abs(middle - prev_middle) < SAME_LINE_FRACTION * height:
            gap = rect.left - prev_right
            smallest = min(smallest, gap)
            if not unicodedata.combining(text[index]):
                candidates.append((index, gap, height))
        prev_right, prev_middle, have_prev = rect.right, middle, True
    # Measured from the token's tightest letter pair, so letter-spaced headings ("T H Ư") split
    # only at their real word gaps.
    return [index for index, gap, height in candidates if gap - smallest > GAP_FRACTION * height]


def _glue_gaps(
    textpage: pdfium_c.FPDF_TEXTPAGE, text: str, rect: pdfium_c.FS_RECTF, rect_ref: object
) -> list[int]:
    """Indexes where a word gap on the page has no space in pdfium's text.

    Only suspicious tokens get their character boxes read: on a Vietnamese page, those that
    cannot be one syllable ("thểcán"); on other pages only case and punctuation joins
    ("mặnThư", "end.The"), since pdfium's own spacing is tuned for those scripts.
    """
    vietnamese = len(_VIETNAMESE_ONLY.findall(text)) >= _VIETNAMESE_DENSITY * len(text)
    suspect = _SUSPECT if vietnamese else _SUSPECT_JOIN
    gaps: list[int] = []
    length = len(text)
    token_end = -1
    # One regex pass over the page finds the suspicious spots; each one's token is then the run
    # of non-space characters around it.
    for match in suspect.finditer(text):
        if match.start() < token_end:
            continue
        start = match.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        token_end = match.end()
        while token_end < length and not text[token_end].isspace():
            token_end += 1
        gaps.extend(_token_gaps(textpage, text, start, token_end, rect, rect_ref))
    return gaps


def read_lines(textpage: pdfium_c.FPDF_TEXTPAGE) -> list[Line]:
    """The page's lines: pdfium's text, split where pdfium missed a visible word gap.

    This is the reader the pipeline uses (chosen by benchmarks/bench_engines.py). Each line's
    box is its first character's (left, top, bottom, size: what paragraph and heading
    detection need); ``right`` is that character's right edge, not the line's.

    Example:
        >>> # [line.text for line in read_lines(page.get_textpage().raw)]
    """
    return _read_pdfium_lines(textpage, repair_glue=True)


def read_lines_from_pdfium(textpage: pdfium_c.FPDF_TEXTPAGE) -> list[Line]:
    """Lines as pdfium's text splits them, with pdfium's spacing as it is.

    Example:
        >>> # read_lines_from_pdfium(page.get_textpage().raw)[0].text
    """
    return _read_pdfium_lines(textpage, repair_glue=False)


def _read_pdfium_lines(textpage: pdfium_c.FPDF_TEXTPAGE, *, repair_glue: bool) -> list[Line]:
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    text = read_text(textpage, count)
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    gaps = _glue_gaps(textpage, text, rect, rect_ref) if repair_glue else []
    has_controls = _CONTROLS.search(text) is not None
    lines: list[Line] = []
    fonts: list[tuple[float, int] | None] = []
    edges = [ctypes.c_double() for _ in range(4)]  # a glyph's left, right, bottom, top
    edge_refs = [ctypes.byref(edge) for edge in edges]
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        raw = text[start:end]
        first = start + (len(raw) - len(raw.lstrip()))
        last = start + len(raw.rstrip()) - 1
        start = end + 1
        if last < first:
            continue
        if gaps:
            raw = _insert_spaces(text, first, last + 1, gaps)
        cleaned = _clean_line(raw) if has_controls else raw.strip()
        box = _box(textpage, first, rect, rect_ref) if cleaned else None
        if box is None:
            continue
        left, top, right, bottom = box
        note = ""
        # The last character's box is only read where a footnote mark may end the line (the
        # cheap test first: the regex would scan the whole line to find its end).
        if last != first and cleaned[-1:].isdigit() and _TRAILING_DIGITS.search(cleaned):
            end_box = _box(textpage, last, rect, rect_ref)
            if end_box is not None:
                note = _note_mark(cleaned, box, end_box)
        lines.append(Line(cleaned, left, right, top, bottom, top - bottom, note))
        fonts.append(_glyph_topped_font(textpage, first, top, edges, edge_refs))
    return _steady_sizes(lines, fonts)


def _glyph_topped_font(
    textpage: pdfium_c.FPDF_TEXTPAGE,
    index: int,
    top: float,
    edges: list[ctypes.c_double],
    edge_refs: list[object],
) -> tuple[float, int] | None:
    """(font size, weight) of a character whose loose box ends at its glyph's top, else None.

    A loose box spans the font's ascent and descent whatever the letter, so lines of one font
    share a height. A font that gives pdfium no ascent (some embedded subsets, as LibreOffice
    writes them) gets the glyph's own top instead: "n" lower than "B".
    """
    if not _GET_CHAR_BOX(textpage, index, *edge_refs):
        return None
    if abs(edges[3].value - top) > 1e-3:
        return None
    return round(_GET_FONT_SIZE(textpage, index), 1), _GET_FONT_WEIGHT(textpage, index)


def _steady_sizes(lines: list[Line], fonts: list[tuple[float, int] | None]) -> list[Line]:
    """The lines, those of one glyph-topped font (see _glyph_topped_font) given one size.

    Their heights follow their first letters, so one 12-point paragraph had lines of 10.4, 8.2
    and 10.9 points, and the layout split it at every "size change". Lines of a font whose
    heights spread wider than _STEADY take the median height of that font's lines as size.
    """
    members: dict[tuple[float, int], list[int]] = {}
    for index, font in enumerate(fonts):
        if font is not None:
            members.setdefault(font, []).append(index)
    for indexes in members.values():
        heights = sorted(lines[i].height for i in indexes)
        if len(heights) < 2 or heights[-1] <= _STEADY * heights[0]:
            continue
        size = heights[len(heights) // 2]
        for i in indexes:
            lines[i] = dataclasses.replace(lines[i], size=size)
    return lines


def _insert_spaces(text: str, start: int, end: int, gaps: list[int]) -> str:
    """text[start:end] with a space before each index of ``gaps`` that falls inside it."""
    first = bisect.bisect_left(gaps, start + 1)
    stop = bisect.bisect_left(gaps, end)
    if first == stop:
        return text[start:end]
    pieces = []
    previous = start
    for index in gaps[first:stop]:
        pieces.append(text[previous:index])
        previous = index
    pieces.append(text[previous:end])
    return " ".join(pieces)


def _note_mark(
    text: str, first: tuple[float, float, float, float], last: tuple[float, float, float, float]
) -> str:
    """The trailing digits of a line when they are drawn small and raised (a footnote mark)."""
    match = _TRAILING_DIGITS.search(text)
    if not match:
        return ""
    size = first[1] - first[3]
    small = last[1] - last[3] < 0.8 * size
    raised = last[3] > first[3] + 0.15 * size
    return match.group(1) if small and raised else ""


def _box(
    textpage: pdfium_c.FPDF_TEXTPAGE, index: int, rect: pdfium_c.FS_RECTF, rect_ref: object
) -> tuple[float, float, float, float] | None:
    if not _GET_LOOSE_BOX(textpage, index, rect_ref):
        return None
    return rect.left, rect.top, rect.right, rect.bottom
