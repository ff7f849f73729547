"""Reading a page's lines from generated PDFs: spaces at word gaps, breaks at line ends."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.extract.conftest import BODY, SECOND, MakePdf, words_of, write_squeezed_pdf
from thuvien.demo.pdf_writer import Heading, Paragraph
from thuvien.extract.layout import Line, page_text
from thuvien.extract.pagetext import (
    _clean_line,
    _steady_sizes,
    read_lines,
    read_lines_from_chars,
    read_lines_from_pdfium,
)

SQUEEZED_TEXT = "Cán bộ có trách nhiệm thực hiện đầy đủ các quy định của pháp luật"
SQUEEZED = SQUEEZED_TEXT.split()


def _lines(path: Path, reader=read_lines):
    document = pdfium.PdfDocument(path)
    try:
        textpage = document[0].get_textpage()  # kept alive while the reader uses its handle
        return reader(textpage.raw)
    finally:
        document.close()


def _glued(text: str, words: list[str]) -> list[str]:
    vocabulary = set(words)
    return [token for token in re.findall(r"\S+", text) if token not in vocabulary]


def test_word_by_word_pdf_has_a_space_at_every_word_gap(make_pdf: MakePdf) -> None:
    blocks = [Heading("Nội quy phòng đọc"), Paragraph(BODY), Paragraph(SECOND)]
    path = make_pdf(blocks, word_by_word=True)
    text = page_text(_lines(path))
    assert _glued(text, words_of(blocks)) == []
    assert re.findall(r"\S+", text) == words_of(blocks)


def test_every_line_end_is_a_break_not_a_glue(make_pdf: MakePdf) -> None:
    blocks = [Paragraph(" ".join([BODY] * 4))]
    lines = _lines(make_pdf(blocks, word_by_word=True))
    assert len(lines) > 3
    joined = page_text(lines)
    assert joined.count("\n") == len(lines) - 1
    assert _glued(joined, words_of(blocks)) == []


def test_paragraphs_are_separated_by_a_blank_line(make_pdf: MakePdf) -> None:
    blocks = [Heading("Lời mở đầu"), Paragraph(BODY), Paragraph(SECOND)]
    text = page_text(_lines(make_pdf(blocks)))
    paragraphs = text.split("\n\n")
    assert [" ".join(p.split()) for p in paragraphs] == [b.text for b in blocks]


def test_heading_line_is_larger_than_body_lines(make_pdf: MakePdf) -> None:
    lines = _lines(make_pdf([Heading("Chương một", size=22), Paragraph(BODY, size=11)]))
    assert lines[0].text == "Chương một"
    assert lines[0].size > 1.5 * lines[1].size


def test_squeezed_word_gaps_glue_in_pdfium_but_not_in_our_reader(tmp_path: Path) -> None:
    path = write_squeezed_pdf(tmp_path / "sat.pdf", SQUEEZED, gap_ratio=0.7)
    plain = page_text(_lines(path, read_lines_from_pdfium))
    assert _glued(plain, SQUEEZED)  # pdfium alone misses some gaps...
    assert page_text(_lines(path)).split() == SQUEEZED  # ...the repaired reader finds them all
    assert page_text(_lines(path, read_lines_from_chars)).split() == SQUEEZED


def test_half_space_gaps_are_found_from_character_boxes(tmp_path: Path) -> None:
    words = ["Những", "quy", "định", "về", "bản", "quyền", "phải", "được", "tuân", "thủ"]
    path = write_squeezed_pdf(tmp_path / "sat.pdf", words, gap_ratio=0.5)
    assert page_text(_lines(path, read_lines_from_chars)).split() == words
    assert page_text(_lines(path)).split() == words


def test_text_comes_out_in_nfc(make_pdf: MakePdf) -> None:
    import unicodedata

    text = page_text(_lines(make_pdf([Paragraph(unicodedata.normalize("NFD", BODY))])))
    assert unicodedata.is_normalized("NFC", text)
    assert "trách nhiệm" in text


def test_empty_page_has_no_lines(make_pdf: MakePdf) -> None:
    assert _lines(make_pdf([])) == []


def test_pdfium_hyphen_marker_joins_a_lower_case_continuation() -> None:
    assert _clean_line("Übungsauf\ufffegaben") == "Übungsaufgaben"


def test_pdfium_hyphen_marker_before_a_capital_stays_a_hyphen() -> None:
    assert _clean_line("Schwarz\ufffeWeiß") == "Schwarz-Weiß"


def test_unmapped_control_codes_are_dropped_and_tabs_become_spaces() -> None:
    assert _clean_line("a\x04b\tc") == "ab c"


def _box_line(text: str, bottom: float, height: float) -> Line:
    return Line(text, 72, 500, bottom + height, bottom, height)


REGULAR, BOLD = (12.0, 400), (12.0, 700)


def test_lines_of_a_glyph_topped_font_share_one_size_whatever_their_first_letter() -> None:
    # A font without ascent gives each line its first glyph's top: "n" low, "B" high.
    # Read as sizes, those would split one paragraph in three.
    paragraph = [
        _box_line("Điều 1. Phạm vi", 714, 8.4),
        _box_line("Bộ luật quy định quyền và nghĩa vụ của người lao động,", 700, 10.4),
        _box_line("người sử dụng lao động và tổ chức đại diện của họ trong", 686, 8.2),
        _box_line("lao động; quản lý nhà nước về lao động.", 672, 10.9),
    ]
    assert page_text(paragraph[1:]).count("\n\n") == 2  # what the boxes alone say
    steady = _steady_sizes(paragraph, [BOLD, REGULAR, REGULAR, REGULAR])
    assert [line.size for line in steady] == pytest.approx([8.4, 10.4, 10.4, 10.4])
    assert page_text(steady).count("\n\n") == 1  # after the heading in bold only


def test_lines_of_well_made_fonts_keep_their_box_sizes() -> None:
    # None: the loose box is the font's, not the glyph's (a heading larger than the body).
    lines = [_box_line("TIÊU ĐỀ", 760, 16.0), _box_line("Nội dung.", 700, 12.5)]
    assert _steady_sizes(list(lines), [None, None]) == lines
    # One glyph-topped font whose heights hardly differ is left alone too.
    even = [_box_line("Bộ luật", 700, 10.4), _box_line("Luật", 686, 10.5)]
    assert _steady_sizes(list(even), [REGULAR, REGULAR]) == even
