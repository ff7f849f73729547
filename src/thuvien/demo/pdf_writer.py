"""Write simple, deterministic Vietnamese PDFs (the demo library and the tests use them).

The writer lays out headings and paragraphs on A4 pages with the Be Vietnam Pro fonts, wrapping
lines by the font's own metrics. The same input always gives the same bytes (reportlab's
invariant mode: no creation date, no random document ID), because the importer deduplicates
documents by SHA-256 and a re-run of the demo must not create duplicates.

Example:
    >>> import io
    >>> buf = io.BytesIO()
    >>> write_pdf(buf, [Heading("Lời nói đầu"), Paragraph("Xin chào các bạn.")])
    1
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

__all__ = [
    "Heading",
    "PageBreak",
    "Paragraph",
    "register_fonts",
    "write_pdf",
    "write_zero_page_pdf",
]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 64.0
MARGIN_TOP = 64.0
MARGIN_BOTTOM = 64.0
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Registered under project-specific names so we never clash with fonts another caller registers.
REGULAR_FONT = "ThuvienBeVietnamPro-Regular"
BOLD_FONT = "ThuvienBeVietnamPro-Bold"

_ALIGNS = ("left", "center", "right", "justify")


@dataclass(frozen=True)
class Heading:
    """A bold heading, centred by default.

    Example:
        >>> Heading("CHƯƠNG I", size=20).align
        'center'
    """

    text: str
    size: float = 18
    align: str = "center"


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text; a "\\n" inside the text forces a line break.

    Example:
        >>> Paragraph("Một đoạn văn.", bold=True).size
        11
    """

    text: str
    size: float = 11
    bold: bool = False
    align: str = "justify"


@dataclass(frozen=True)
class PageBreak:
    """Ends the current page; the next block starts on a new page.

    Example:
        >>> PageBreak() == PageBreak()
        True
    """


Block = Heading | Paragraph | PageBreak


@dataclass(frozen=True)
class _Line:
    """One laid-out line: its words, font, size and how to align it."""

    words: tuple[str, ...]
    font: str
    size: float
    align: str  # "justify" here means: stretch the gaps (never used on a paragraph's last line)
    leading: float
    space_before: float


def register_fonts() -> None:
    """Register the Regular and Bold fonts once per process (reportlab's registry is global).

    Example:
        >>> register_fonts(); REGULAR_FONT in pdfmetrics.getRegisteredFontNames()
        True
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    files = resources.files("fontpkg_be_vietnam_pro") / "files"
    for name, file_name in (
        (REGULAR_FONT, "BeVietnamPro-Regular.ttf"),
        (BOLD_FONT, "BeVietnamPro-Bold.ttf"),
    ):
        if name in registered:
            continue
        with resources.as_file(files / file_name) as font_path:
            pdfmetrics.registerFont(TTFont(name, str(font_path)))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _split_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than the text column into pieces that fit (URLs, long numbers)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and pdfmetrics.stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _wrap(text: str, font: str, size: float, width: float) -> list[list[str]]:
    """Greedy line wrapping by real glyph widths; returns lines as lists of words."""
    space = pdfmetrics.stringWidth(" ", font, size)
    lines: list[list[str]] = []
    for hard_line in text.split("\n"):
        words: list[str] = []
        for word in hard_line.split():
            if pdfmetrics.stringWidth(word, font, size) > width:
                words.extend(_split_long_word(word, font, size, width))
            else:
                words.append(word)
        if not words:
            continue
        current: list[str] = []
        current_width = 0.0
        for word in words:
            word_width = pdfmetrics.stringWidth(word, font, size)
            if current and current_width + space + word_width > width:
                lines.append(current)
                current, current_width = [word], word_width
            else:
                current_width += (space if current else 0.0) + word_width
                current.append(word)
        if current:
            lines.append(current)
    return lines


def _lines_of(block: Heading | Paragraph) -> Iterator[_Line]:
    """Lay out one block into lines, with the vertical space each line needs."""
    if isinstance(block, Heading):
        font, size, leading = BOLD_FONT, float(block.size), float(block.size) * 1.3
        gap_before = float(block.size) * 0.8
    else:
        font = BOLD_FONT if block.bold else REGULAR_FONT
        size, leading = float(block.size), float(block.size) * 1.45
        gap_before = float(block.size) * 0.7
    align = block.align if block.align in _ALIGNS else "left"
    wrapped = _wrap(_nfc(block.text), font, size, TEXT_WIDTH)
    for index, words in enumerate(wrapped):
        last = index == len(wrapped) - 1
        line_align = "left" if align == "justify" and last else align
        yield _Line(
            tuple(words), font, size, line_align, leading, gap_before if index == 0 else 0.0
        )


def _word_positions(line: _Line) -> list[float]:
    """The x position of each word of a line, honouring its alignment."""
    widths = [pdfmetrics.stringWidth(word, line.font, line.size) for word in line.words]
    space = pdfmetrics.stringWidth(" ", line.font, line.size)
    natural = sum(widths) + space * (len(widths) - 1)
    gap = space
    if line.align == "justify" and len(widths) > 1:
        gap = (TEXT_WIDTH - sum(widths)) / (len(widths) - 1)
        start = MARGIN_X
    elif line.align == "center":
        start = MARGIN_X + (TEXT_WIDTH - natural) / 2
    elif line.align == "right":
        start = MARGIN_X + TEXT_WIDTH - natural
    else:
        start = MARGIN_X
    positions = []
    x = start
    for width in widths:
        positions.append(x)
        x += width + gap
    return positions


def _draw_line(pdf: canvas.Canvas, line: _Line, baseline: float, word_by_word: bool) -> None:
    positions = _word_positions(line)
    if word_by_word:
        # One text object per word and no space characters at all, like some real producers.
        for word, x in zip(line.words, positions, strict=True):
            text = pdf.beginText(x, baseline)
            text.setFont(line.font, line.size)
            text.textOut(word)
            pdf.drawText(text)
        return
    text = pdf.beginText(positions[0], baseline)
    text.setFont(line.font, line.size)
    if line.align == "justify":
        # Each word at its stretched position, but still followed by a real space character.
        for index, (word, x) in enumerate(zip(line.words, positions, strict=True)):
            text.setTextOrigin(x, baseline)
            text.textOut(word if index == len(line.words) - 1 else word + " ")
    else:
        text.textOut(" ".join(line.words))
    pdf.drawText(text)


def _make_canvas(
    buffer: io.BytesIO,
    *,
    title: str | None,
    author: str | None,
    subject: str | None,
    keywords: str | None,
    creator: str | None,
    user_password: str | None,
) -> canvas.Canvas:
    encrypt = None
    if user_password is not None:
        # RC4-128 with a fixed owner password keeps the output deterministic for tests.
        encrypt = pdfencrypt.StandardEncryption(
            user_password, ownerPassword=user_password + "#owner", strength=128
        )
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, encrypt=encrypt)
    pdf.setProducer("thuvien pdf_writer")
    pdf.setCreator(_nfc(creator) if creator is not None else "thuvien")
    # reportlab would write "untitled"/"anonymous"/"unspecified"; an empty field says "none".
    pdf.setTitle(_nfc(title) if title is not None else "")
    pdf.setAuthor(_nfc(author) if author is not None else "")
    pdf.setSubject(_nfc(subject) if subject is not None else "")
    if keywords is not None:
        pdf.setKeywords(_nfc(keywords))
    return pdf


def write_pdf(
    target: Path | BinaryIO,
    blocks: Sequence[Block],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    keywords: str | None = None,
    creator: str | None = None,
    word_by_word: bool = False,
    user_password: str | None = None,
) -> int:
    """Write blocks to an A4 PDF and return its page count; same input, same bytes.

    Blocks flow down the page and onto new pages when one is full or at a PageBreak.
    ``word_by_word`` draws each word as its own text object with no space characters;
    ``user_password`` encrypts the file (RC4-128) so it cannot be opened without it.

    Example:
        >>> import io
        >>> write_pdf(io.BytesIO(), [Paragraph("Trang một"), PageBreak(), Paragraph("Trang hai")])
        2
    """
    register_fonts()
    buffer = io.BytesIO()
    pdf = _make_canvas(
        buffer,
        title=title,
        author=author,
        subject=subject,
        keywords=keywords,
        creator=creator,
        user_password=user_password,
    )
    pages = 1
    y = PAGE_HEIGHT - MARGIN_TOP
    page_has_content = False
    for block in blocks:
        if isinstance(block, PageBreak):
            pdf.showPage()
            pages += 1
            y = PAGE_HEIGHT - MARGIN_TOP
            page_has_content = False
            continue
        for line in _lines_of(block):
            needed = line.leading + (line.space_before if page_has_content else 0.0)
            if page_has_content and y - needed < MARGIN_BOTTOM:
                pdf.showPage()
                pages += 1
                y = PAGE_HEIGHT - MARGIN_TOP
                page_has_content = False
                needed = line.leading
            y -= needed
            # The baseline sits about a fifth of the leading above the line's bottom edge.
            _draw_line(pdf, line, y + line.leading * 0.22, word_by_word)
            page_has_content = True
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if isinstance(target, (str, Path)):
        Path(target).write_bytes(data)
    else:
        target.write(data)
    return pages


def _zero_page_pdf_bytes() -> bytes:
    """A minimal, valid PDF 1.4 whose page tree is empty, with exact xref offsets."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
        b"<< /Producer (thuvien pdf_writer) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def write_zero_page_pdf(target: Path | BinaryIO) -> None:
    """Write a well-formed PDF that has no pages at all (for tests of that error).

    Example:
        >>> import io
        >>> buf = io.BytesIO(); write_zero_page_pdf(buf); buf.getvalue()[:8]
        b'%PDF-1.4'
    """
    data = _zero_page_pdf_bytes()
    if isinstance(target, (str, Path)):
        Path(target).write_bytes(data)
    else:
        target.write(data)
