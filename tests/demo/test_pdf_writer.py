"""Tests for the deterministic Vietnamese PDF writer."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from thuvien.demo.pdf_writer import (
    Heading,
    PageBreak,
    Paragraph,
    write_pdf,
    write_zero_page_pdf,
)

BODY = (
    "Thư viện số giúp sinh viên tìm đọc giáo trình, luận văn và báo cáo khoa học "
    "một cách nhanh chóng. Mỗi tài liệu được kiểm tra kỹ trước khi đăng lên trang."
)


def _bytes(blocks, **kwargs) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = write_pdf(buffer, blocks, **kwargs)
    return buffer.getvalue(), pages


def _page_chars(data: bytes, page_index: int = 0) -> list[tuple[str, bool]]:
    """(character, generated-by-pdfium) for each char of a page."""
    document = pdfium.PdfDocument(data)
    textpage = document[page_index].get_textpage()
    chars = []
    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        chars.append((chr(code), bool(pdfium_c.FPDFText_IsGenerated(textpage, index))))
    return chars


def test_same_input_gives_same_bytes() -> None:
    blocks = [Heading("Giới thiệu"), Paragraph(BODY * 3)]
    first, _ = _bytes(blocks, title="Giới thiệu", author="Nhóm biên soạn")
    second, _ = _bytes(blocks, title="Giới thiệu", author="Nhóm biên soạn")
    assert first == second


def test_encrypted_output_is_also_deterministic() -> None:
    blocks = [Paragraph(BODY)]
    first, _ = _bytes(blocks, user_password="mật khẩu")
    second, _ = _bytes(blocks, user_password="mật khẩu")
    assert first == second


def test_different_text_gives_different_bytes() -> None:
    assert _bytes([Paragraph(BODY)])[0] != _bytes([Paragraph(BODY + " Hết.")])[0]


def test_page_break_starts_a_new_page() -> None:
    data, pages = _bytes([Paragraph("Trang đầu"), PageBreak(), Paragraph("Trang sau")])
    assert pages == 2
    document = pdfium.PdfDocument(data)
    assert len(document) == 2
    assert "Trang sau" in document[1].get_textpage().get_text_range()
    assert "Trang sau" not in document[0].get_textpage().get_text_range()


def test_long_text_flows_onto_more_pages_and_count_is_returned() -> None:
    data, pages = _bytes([Paragraph(BODY) for _ in range(40)])
    assert pages >= 3
    assert len(pdfium.PdfDocument(data)) == pages


def test_lines_stay_inside_the_page_margins() -> None:
    data, _ = _bytes([Paragraph(BODY * 4), Paragraph("x" * 400)])
    page = pdfium.PdfDocument(data)[0]
    width = page.get_width()
    textpage = page.get_textpage()
    for index in range(textpage.count_chars()):
        left, _, right, _ = textpage.get_charbox(index)
        assert left > 30 and right < width - 30


def test_metadata_fields_are_written() -> None:
    data, _ = _bytes(
        [Paragraph(BODY)],
        title="Giáo trình Lịch sử",
        author="Nguyễn Văn An",
        subject="Lịch sử",
        keywords="lịch sử, giáo trình",
        creator="Bộ soạn thảo",
    )
    meta = pdfium.PdfDocument(data).get_metadata_dict()
    assert meta["Title"] == "Giáo trình Lịch sử"
    assert meta["Author"] == "Nguyễn Văn An"
    assert meta["Subject"] == "Lịch sử"
    assert meta["Keywords"] == "lịch sử, giáo trình"
    assert meta["Creator"] == "Bộ soạn thảo"


def test_missing_metadata_is_empty_not_a_placeholder() -> None:
    meta = pdfium.PdfDocument(_bytes([Paragraph(BODY)])[0]).get_metadata_dict()
    assert meta["Title"] == ""
    assert meta["Author"] == ""


def test_text_is_written_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Tiếng Việt có dấu")
    data, _ = _bytes([Paragraph(decomposed)])
    text = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert "Tiếng Việt có dấu" in text
    assert unicodedata.is_normalized("NFC", text)


def test_normal_mode_writes_real_space_characters() -> None:
    chars = _page_chars(_bytes([Paragraph(BODY)])[0])
    assert any(char == " " and not generated for char, generated in chars)


def test_word_by_word_mode_has_no_space_characters() -> None:
    chars = _page_chars(_bytes([Heading("Mở đầu"), Paragraph(BODY)], word_by_word=True)[0])
    real_spaces = [char for char, generated in chars if char == " " and not generated]
    assert real_spaces == []
    # The words themselves are all there.
    letters = "".join(char for char, generated in chars if not generated)
    assert "Thưviệnsốgiúp" in letters


def test_word_by_word_draws_each_word_as_its_own_text_object() -> None:
    data, _ = _bytes([Paragraph("Một hai ba bốn")], word_by_word=True)
    content = pypdf.PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()
    # reportlab opens one empty BT/ET for the initial font; the words add one each.
    assert content.count(b") Tj ET") == 4
    assert content.count(b"Tm") == 4


def test_heading_is_bigger_than_body_text() -> None:
    data, _ = _bytes([Heading("Chương một", size=20), Paragraph("Nội dung", size=11)])
    textpage = pdfium.PdfDocument(data)[0].get_textpage()
    first = pdfium_c.FPDFText_GetFontSize(textpage, 0)
    last = pdfium_c.FPDFText_GetFontSize(textpage, textpage.count_chars() - 1)
    assert first == pytest.approx(20, abs=0.5)
    assert last == pytest.approx(11, abs=0.5)


def test_centered_heading_is_centered() -> None:
    data, _ = _bytes([Heading("Giữa")])
    page = pdfium.PdfDocument(data)[0]
    textpage = page.get_textpage()
    left = textpage.get_charbox(0)[0]
    right = textpage.get_charbox(textpage.count_chars() - 1)[2]
    assert (left + right) / 2 == pytest.approx(page.get_width() / 2, abs=3)


def test_user_password_encrypts_the_file() -> None:
    data, _ = _bytes([Paragraph(BODY)], user_password="bí mật")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    document = pdfium.PdfDocument(data, password="bí mật")
    assert "Thư viện" in document[0].get_textpage().get_text_range()


def test_writes_to_a_path(tmp_path: Path) -> None:
    target = tmp_path / "tai-lieu.pdf"
    pages = write_pdf(target, [Paragraph(BODY)])
    assert pages == 1
    assert target.read_bytes().startswith(b"%PDF-")


def test_zero_page_pdf_has_an_empty_page_tree(tmp_path: Path) -> None:
    target = tmp_path / "rong.pdf"
    write_zero_page_pdf(target)
    reader = pypdf.PdfReader(target, strict=True)
    assert len(reader.pages) == 0
    document = pdfium_c.FPDF_LoadDocument(str(target).encode(), None)
    try:
        assert document  # it parses...
        assert pdfium_c.FPDF_GetPageCount(document) == 0  # ...and has no page
    finally:
        pdfium_c.FPDF_CloseDocument(document)
