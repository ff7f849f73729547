"""Shared helpers for the extraction tests: PDFs generated on the fly with the project writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph, write_pdf

# Sentences written for these tests.
BODY = (
    "Cán bộ thư viện có trách nhiệm kiểm tra tài liệu trước khi đưa lên kệ. "
    "Sinh viên có thể mượn sách trong vòng hai tuần và gia hạn thêm một lần. "
    "Phòng đọc tầng ba yên tĩnh, thích hợp cho việc ôn thi cuối kỳ."
)
SECOND = (
    "Từ năm nay, thư viện số cho phép tìm kiếm không dấu, nên người đọc gõ "
    "nhanh mà vẫn ra đúng tài liệu cần tìm."
)

MakePdf = Callable[..., Path]


@pytest.fixture
def make_pdf(tmp_path: Path) -> MakePdf:
    """Write a PDF into tmp_path: make_pdf(blocks, name="x.pdf", **write_pdf options)."""

    def make(
        blocks: list[Heading | Paragraph | PageBreak], name: str = "tai-lieu.pdf", **options: object
    ) -> Path:
        path = tmp_path / name
        write_pdf(path, blocks, **options)
        return path

    return make


def words_of(blocks: list[Heading | Paragraph | PageBreak]) -> list[str]:
    """The words a set of blocks shows, in order."""
    return [
        word for block in blocks if not isinstance(block, PageBreak) for word in block.text.split()
    ]


def write_squeezed_pdf(path: Path, words: list[str], gap_ratio: float, size: float = 11) -> Path:
    """One line of words drawn one by one, the gaps only ``gap_ratio`` of a space wide."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    from thuvien.demo.pdf_writer import REGULAR_FONT, register_fonts

    register_fonts()
    pdf = canvas.Canvas(str(path), invariant=1)
    gap = pdfmetrics.stringWidth(" ", REGULAR_FONT, size) * gap_ratio
    x = 50.0
    for word in words:
        pdf.setFont(REGULAR_FONT, size)
        pdf.drawString(x, 700, word)
        x += pdfmetrics.stringWidth(word, REGULAR_FONT, size) + gap
    pdf.showPage()
    pdf.save()
    return path
