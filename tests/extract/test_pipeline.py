"""extract(): generated PDFs in, a complete Extraction out."""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata

import pypdfium2 as pdfium
import pytest
from PIL import Image

from tests.extract.conftest import BODY, SECOND, MakePdf, words_of
from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph
from thuvien.extract import Extraction, extract, pdfreader, pipeline
from thuvien.text.keyphrases import keyphrases
from thuvien.text.summary import describe
from thuvien.text.titles import title_from_file_name

TWO_PAGES = [
    Heading("NỘI QUY PHÒNG ĐỌC"),
    Paragraph(BODY),
    Paragraph(SECOND),
    PageBreak(),
    Paragraph(BODY),
]


def _five_pages() -> list[Heading | Paragraph | PageBreak]:
    blocks: list[Heading | Paragraph | PageBreak] = []
    for number in range(5):
        if number:
            blocks.append(PageBreak())
        blocks.append(Paragraph(f"Trang số {number + 1}. {BODY}"))
    return blocks


def _webp_size(data: bytes) -> tuple[int, int]:
    image = Image.open(io.BytesIO(data))
    assert image.format == "WEBP"
    return image.size


def test_page_count_and_one_text_per_page(make_pdf: MakePdf) -> None:
    result = extract(make_pdf(TWO_PAGES), render_previews=False)
    assert isinstance(result, Extraction)
    assert result.page_count == 2
    assert len(result.pages) == 2
    assert "trách nhiệm" in result.pages[0]
    assert result.pages[1].startswith("Cán bộ thư viện")


def test_file_facts_come_from_the_bytes(make_pdf: MakePdf) -> None:
    path = make_pdf(TWO_PAGES, name="noi-quy.pdf")
    result = extract(path, render_previews=False)
    data = path.read_bytes()
    assert result.file_name == "noi-quy.pdf"
    assert (result.file_type, result.mime_type) == ("pdf", "application/pdf")
    assert result.size_bytes == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("word_by_word", [False, True])
def test_no_word_is_glued_to_its_neighbour(make_pdf: MakePdf, word_by_word: bool) -> None:
    blocks = [Paragraph(" ".join([BODY, SECOND] * 3), align=align) for align in ("justify", "left")]
    result = extract(make_pdf(blocks, word_by_word=word_by_word), render_previews=False)
    assert result.text.split() == words_of(blocks)


def test_text_is_nfc_even_from_decomposed_input(make_pdf: MakePdf) -> None:
    blocks = [Paragraph(unicodedata.normalize("NFD", BODY))]
    result = extract(make_pdf(blocks), render_previews=False)
    assert unicodedata.is_normalized("NFC", result.pages[0])
    assert "thư viện" in result.pages[0]


def test_meaningful_metadata_title_wins(make_pdf: MakePdf) -> None:
    path = make_pdf(TWO_PAGES, title="Nội quy phòng đọc thư viện trường")
    assert extract(path, render_previews=False).title == "Nội quy phòng đọc thư viện trường"


def test_placeholder_metadata_title_gives_way_to_the_sentence_cased_heading(
    make_pdf: MakePdf,
) -> None:
    path = make_pdf(TWO_PAGES, title="Microsoft Word - noiquy.doc")
    assert extract(path, render_previews=False).title == "Nội quy phòng đọc"


def test_heading_is_the_title_even_when_the_file_is_named_after_it(make_pdf: MakePdf) -> None:
    path = make_pdf(TWO_PAGES, name="noi-quy-phong-doc.pdf")
    assert extract(path, render_previews=False).title == "Nội quy phòng đọc"


def test_heading_on_two_lines_is_joined(make_pdf: MakePdf) -> None:
    heading = "QUY ĐỊNH VỀ VIỆC MƯỢN VÀ TRẢ TÀI LIỆU TẠI THƯ VIỆN TRUNG TÂM CỦA TRƯỜNG"
    path = make_pdf([Heading(heading, size=24), Paragraph(BODY)])
    title = extract(path, render_previews=False).title
    assert title == "Quy định về việc mượn và trả tài liệu tại thư viện trung tâm của trường"


def test_an_official_document_is_named_by_kind_number_and_subject(make_pdf: MakePdf) -> None:
    # As in many real files, the date line is the largest text on the page.
    letterhead = [
        Paragraph("ỦY BAN NHÂN DÂN HUYỆN AN PHÚ", bold=True, align="center"),
        Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="center"),
        Paragraph("Độc lập - Tự do - Hạnh phúc", bold=True, align="center"),
        Paragraph("Số: 15/QĐ-UBND", align="center"),
        Heading("An Phú, ngày 4 tháng 9 năm 2024", size=16),
        Paragraph("QUYẾT ĐỊNH", bold=True, align="center"),
        Paragraph("Về việc thành lập tổ công tác thư viện số", bold=True, align="center"),
        Paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN PHÚ", bold=True, align="center"),
        Paragraph("Căn cứ kế hoạch phát triển văn hoá đọc của huyện;"),
        Paragraph(BODY),
    ]
    title = extract(make_pdf(letterhead), render_previews=False).title
    assert title == "Quyết định 15/QĐ-UBND về việc thành lập tổ công tác thư viện số"


def test_without_metadata_or_heading_the_title_comes_from_the_file_name(
    make_pdf: MakePdf,
) -> None:
    path = make_pdf([Paragraph(BODY)], name="noi-quy_phong-doc.pdf")
    result = extract(path, render_previews=False)
    assert result.title == title_from_file_name("noi-quy_phong-doc.pdf")
    assert result.title


def test_author_comes_from_metadata(make_pdf: MakePdf) -> None:
    path = make_pdf(TWO_PAGES, author="Nguyễn Thị Lan")
    assert extract(path, render_previews=False).author == "Nguyễn Thị Lan"


def test_missing_author_is_none(make_pdf: MakePdf) -> None:
    assert extract(make_pdf(TWO_PAGES), render_previews=False).author is None


def test_vietnamese_text_is_detected_as_vi(make_pdf: MakePdf) -> None:
    assert extract(make_pdf(TWO_PAGES), render_previews=False).language == "vi"


def test_english_text_is_detected_as_en(make_pdf: MakePdf) -> None:
    english = "The reading room is open to all students and the staff of the school. " * 3
    assert extract(make_pdf([Paragraph(english)]), render_previews=False).language == "en"


def test_description_and_keywords_come_from_the_text_toolkit(make_pdf: MakePdf) -> None:
    result = extract(make_pdf(TWO_PAGES), render_previews=False)
    full_text = "\n\n".join(result.pages)
    assert result.description == describe(full_text, title=result.title, max_chars=300)
    assert result.description
    assert result.keywords == list(keyphrases(full_text, limit=8, title=result.title))


def test_keyword_stats_are_passed_to_keyphrases(
    make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = {}

    def fake_keyphrases(text: str, *, limit: int, stats: object, title: str) -> list[str]:
        seen.update(limit=limit, stats=stats, title=title)
        return ["thư viện"]

    monkeypatch.setattr(pipeline, "keyphrases", fake_keyphrases)
    stats = object()
    result = extract(make_pdf(TWO_PAGES), render_previews=False, keyword_stats=stats)
    assert seen == {"limit": 8, "stats": stats, "title": result.title}
    assert result.keywords == ["thư viện"]


def test_previews_of_the_first_pages_and_a_thumbnail(make_pdf: MakePdf) -> None:
    result = extract(make_pdf(_five_pages()), preview_pages=2)
    assert len(result.previews) == 2
    width, height = _webp_size(result.previews[0])
    assert width == pytest.approx(900, abs=2)
    assert height == pytest.approx(900 * 842 / 595, abs=4)
    assert result.thumbnail is not None
    assert _webp_size(result.thumbnail)[0] == 200


def test_only_the_preview_pages_are_rendered(
    make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = []
    original = pdfreader.render_page

    def counting(page: pdfium.PdfPage):
        rendered.append(page)
        return original(page)

    monkeypatch.setattr(pdfreader, "render_page", counting)
    extract(make_pdf(_five_pages()), preview_pages=3)
    assert len(rendered) == 3


def test_no_preview_pages_still_gives_a_thumbnail(make_pdf: MakePdf) -> None:
    result = extract(make_pdf(_five_pages()), preview_pages=0)
    assert result.previews == []
    assert result.thumbnail is not None


def test_render_previews_off_renders_nothing(
    make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(page: pdfium.PdfPage, *size):
        raise AssertionError("must not render")

    monkeypatch.setattr(pdfreader, "render_page", refuse)
    result = extract(make_pdf(_five_pages()), render_previews=False)
    assert result.previews == [] and result.thumbnail is None


@pytest.mark.parametrize("failure", [pdfium.PdfiumError("render failed"), OSError("encoder")])
def test_page_that_fails_to_render_keeps_the_text_and_warns(
    make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    original = pdfreader.render_page
    calls = []

    def fail_on_second(page: pdfium.PdfPage, *size):
        if page not in calls:
            calls.append(page)
        if len(calls) == 2:  # the second page (page 1 is drawn twice: preview and cover)
            raise failure
        return original(page, *size)

    monkeypatch.setattr(pdfreader, "render_page", fail_on_second)
    result = extract(make_pdf(_five_pages()), preview_pages=2)
    assert len(result.previews) == 1
    assert result.thumbnail is not None
    assert any("Page 2" in warning and "rendered" in warning for warning in result.warnings)
    assert all(page.startswith(f"Trang số {i + 1}") for i, page in enumerate(result.pages))


@pytest.mark.parametrize("failure", [pdfium.PdfiumError("text failed"), ValueError("bug")])
def test_page_whose_text_fails_is_empty_with_a_warning(
    make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    original = pdfreader.read_lines
    calls = []

    def fail_on_third(textpage):
        calls.append(textpage)
        if len(calls) == 3:
            raise failure
        return original(textpage)

    monkeypatch.setattr(pdfreader, "read_lines", fail_on_third)
    result = extract(make_pdf(_five_pages()), render_previews=False, ocr=False)
    assert result.page_count == 5
    assert result.pages[2] == ""
    assert result.pages[3].startswith("Trang số 4")
    assert any("page 3" in warning for warning in result.warnings)


def test_unexpected_failure_becomes_an_extraction_error(
    make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(work):
        raise RuntimeError("bug")

    monkeypatch.setattr(pipeline, "STEPS", (pipeline.read_file, explode))
    with pytest.raises(pipeline.ExtractionError) as caught:
        extract(make_pdf(TWO_PAGES))
    assert caught.value.code == "damaged"


def test_failing_refinement_step_keeps_the_document_with_a_warning(
    make_pdf: MakePdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_keyphrases(*args, **kwargs):
        raise ValueError("bug in keyphrases")

    monkeypatch.setattr(pipeline, "keyphrases", broken_keyphrases)
    result = extract(make_pdf(TWO_PAGES), render_previews=False)
    assert result.keywords == []
    assert result.pages[0]
    assert any("pick_keywords" in warning for warning in result.warnings)


def test_page_without_text_is_reported(make_pdf: MakePdf) -> None:
    result = extract(make_pdf([Paragraph(BODY), PageBreak(), PageBreak()]), render_previews=False)
    assert result.pages[1] == ""
    assert any("page(s) 2" in warning for warning in result.warnings)


def test_to_json_has_exactly_the_documented_keys(make_pdf: MakePdf) -> None:
    result = extract(make_pdf(TWO_PAGES))
    data = result.to_json()
    assert set(data) == {
        "title", "author", "page_count", "file_type", "size_bytes", "pages",
        "description", "keywords", "language", "warnings",
    }  # fmt: skip
    assert data["pages"] == result.pages
    assert not any(isinstance(value, bytes) for value in data.values())


def test_same_file_gives_the_same_result(make_pdf: MakePdf) -> None:
    path = make_pdf(TWO_PAGES)
    first, second = extract(path), extract(path)
    assert first.to_json() == second.to_json()
    assert first.previews == second.previews


def test_paragraph_structure_survives_into_the_pages(make_pdf: MakePdf) -> None:
    result = extract(make_pdf(TWO_PAGES), render_previews=False)
    assert len(re.split(r"\n\s*\n", result.pages[0].strip())) == 3
