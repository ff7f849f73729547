"""The first page's largest text as a title candidate."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from tests.extract.conftest import BODY, MakePdf
from thuvien.demo.pdf_writer import BOLD_FONT, REGULAR_FONT, Heading, Paragraph, register_fonts
from thuvien.extract import extract
from thuvien.extract.headings import largest_heading
from thuvien.extract.layout import Line


def _body(top: float = 600, count: int = 6) -> list[Line]:
    return [
        Line("Nội dung chính của tài liệu này.", 0, 300, top - 15 * i, top - 15 * i - 12, 12)
        for i in range(count)
    ]


def test_largest_lines_are_the_heading() -> None:
    title = [Line("GIÁO TRÌNH", 0, 200, 720, 696, 24), Line("KINH TẾ", 0, 200, 692, 668, 24)]
    assert largest_heading(title + _body()) == "GIÁO TRÌNH KINH TẾ"


def test_heading_below_a_small_page_number_is_still_found() -> None:
    number = Line("12", 290, 300, 780, 768, 12)
    title = Line("Lời nói đầu", 0, 200, 720, 696, 24)
    assert largest_heading([number, title, *_body()]) == "Lời nói đầu"


def test_no_heading_when_nothing_is_larger_than_the_body() -> None:
    assert largest_heading(_body()) is None


def test_no_heading_on_an_empty_page() -> None:
    assert largest_heading([]) is None


def test_far_apart_large_lines_are_not_one_heading() -> None:
    first = Line("Phần một", 0, 200, 720, 696, 24)
    later = Line("Phần hai", 0, 200, 500, 476, 24)
    assert largest_heading([first, *_body(680, 3), later]) == "Phần một"


def test_footnote_mark_is_dropped_from_the_heading() -> None:
    title = Line("ÁN LỆ SỐ 12/2020/AL1", 0, 300, 720, 696, 24, note_mark="1")
    assert largest_heading([title, *_body()]) == "ÁN LỆ SỐ 12/2020/AL"


def test_very_long_heading_is_capped_at_a_word() -> None:
    long_line = Line("rất dài " * 40, 0, 500, 720, 696, 24)
    heading = largest_heading([long_line, *_body(count=30)])
    assert heading is not None
    assert len(heading) <= 250
    assert heading.endswith("dài") or heading.endswith("rất")


def test_superscript_footnote_mark_in_a_pdf_heading_is_not_in_the_title(tmp_path: Path) -> None:
    register_fonts()
    path = tmp_path / "an-le.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    text = pdf.beginText(80, 760)
    text.setFont(BOLD_FONT, 20)
    text.textOut("ÁN LỆ SỐ 12/2020/AL")
    text.setFont(BOLD_FONT, 11)
    text.setRise(8)
    text.textOut("1")
    pdf.drawText(text)
    body = pdf.beginText(80, 700)
    body.setFont(REGULAR_FONT, 11)
    for _ in range(8):
        body.textLine("Tòa án nhân dân tối cao thông qua án lệ này để các tòa áp dụng.")
    pdf.drawText(body)
    pdf.showPage()
    pdf.save()
    assert extract(path, render_previews=False).title == "Án lệ số 12/2020/AL"


def test_title_with_body_sized_text_only_comes_from_the_file_name(make_pdf: MakePdf) -> None:
    path = make_pdf([Paragraph(BODY), Paragraph(BODY)], name="quy-che-thu-vien.pdf")
    assert extract(path, render_previews=False).title.lower() == "quy che thu vien"


def test_heading_larger_than_body_becomes_the_title(make_pdf: MakePdf) -> None:
    path = make_pdf([Heading("Hướng dẫn sử dụng thư viện số", size=18), Paragraph(BODY)])
    assert extract(path, render_previews=False).title == "Hướng dẫn sử dụng thư viện số"
