"""Office files (Word, PowerPoint, Excel, OpenDocument, RTF) through LibreOffice."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from tests.extract.conftest import BODY, DOC_HEADING, DOC_META, SECOND, SECOND_PAGE, SLIDES
from thuvien.extract import Extraction, ExtractionError, extract
from thuvien.extract.capabilities import Capabilities


@pytest.fixture(scope="session")
def results(office_files: dict[str, Path]) -> dict[str, Extraction]:
    """Every Office type extracted once (each is one LibreOffice conversion)."""
    return {kind: extract(path, preview_pages=2) for kind, path in office_files.items()}


WORD_TYPES = ["docx", "odt", "doc", "rtf"]


@pytest.mark.parametrize("kind", WORD_TYPES)
def test_word_processor_files_have_their_pages_and_text(
    results: dict[str, Extraction], kind: str
) -> None:
    result = results[kind]
    assert result.file_type == kind
    assert result.page_count == 2
    assert len(result.pages) == 2
    assert "trách nhiệm kiểm tra tài liệu" in result.pages[0]
    assert "tìm kiếm không dấu" in result.pages[0]
    assert result.pages[1].startswith("Trang hai nói về giờ mở cửa.")
    assert result.language == "vi"
    assert result.keywords


@pytest.mark.parametrize("kind", WORD_TYPES + ["odp", "pptx", "ppt", "ods", "xlsx", "xls"])
def test_office_files_get_previews_and_a_thumbnail(
    results: dict[str, Extraction], kind: str
) -> None:
    result = results[kind]
    assert len(result.previews) == min(2, result.page_count)
    preview = Image.open(io.BytesIO(result.previews[0]))
    assert preview.format == "WEBP" and preview.width == pytest.approx(900, abs=2)
    assert result.thumbnail is not None


def test_docx_paragraphs_come_from_the_file_without_the_running_header(
    results: dict[str, Extraction],
) -> None:
    result = results["docx"]
    # The header is printed on every page of the PDF, but it is not the document's text.
    assert DOC_META["header"] not in result.text
    assert result.pages[0].split("\n\n") == [DOC_HEADING, BODY, SECOND]
    assert result.pages[1] == SECOND_PAGE


def test_docx_title_and_author_come_from_its_properties(results: dict[str, Extraction]) -> None:
    assert results["docx"].title == DOC_META["title"]
    assert results["docx"].author == DOC_META["author"]
    assert results["odt"].title == DOC_META["title"]


@pytest.mark.parametrize("kind", ["odp", "pptx", "ppt"])
def test_presentations_have_one_page_per_slide(results: dict[str, Extraction], kind: str) -> None:
    result = results[kind]
    assert result.page_count == len(SLIDES)
    for page, (heading, body) in zip(result.pages, SLIDES, strict=True):
        assert page.startswith(heading)
        assert body[:40] in page


@pytest.mark.parametrize("kind", ["ods", "xlsx", "xls"])
def test_spreadsheets_keep_their_cells_apart(results: dict[str, Extraction], kind: str) -> None:
    result = results[kind]
    assert result.page_count >= 1
    assert "Nguyễn Văn An" in result.text
    assert "Cấu trúc dữ liệu và giải thuật" in result.text


@pytest.mark.parametrize("kind", ["ods", "xlsx", "xls"])
def test_spreadsheet_rows_are_read_from_the_file_without_page_headers(
    results: dict[str, Extraction], kind: str
) -> None:
    result = results[kind]
    assert "Nguyễn Văn An | Tin học | Cấu trúc dữ liệu và giải thuật" in result.pages[0]
    # LibreOffice prints the sheet name and "Page 1" around the cells.
    assert "Page 1" not in result.text
    assert result.title == "Danh sách sinh viên mượn sách"


def test_docx_named_pdf_is_processed_as_a_docx(
    office_files: dict[str, Path], tmp_path: Path
) -> None:
    lying = tmp_path / "noi-quy.pdf"
    shutil.copy(office_files["docx"], lying)
    result = extract(lying, render_previews=False)
    assert result.file_type == "docx"
    assert result.page_count == 2


def test_without_libreoffice_office_files_need_it(
    office_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from thuvien.extract import pipeline

    monkeypatch.setattr(pipeline, "capabilities", lambda: Capabilities(None, None))
    with pytest.raises(ExtractionError) as caught:
        extract(office_files["docx"])
    assert caught.value.code == "needs_libreoffice"
    assert "LibreOffice" in caught.value.message
    assert caught.value.file_type == "docx"


def test_conversion_past_the_time_limit_is_a_timeout(office_files: dict[str, Path]) -> None:
    with pytest.raises(ExtractionError) as caught:
        extract(office_files["odp"], time_limit=0.3)
    assert caught.value.code == "timeout"


def test_second_page_text_is_not_mixed_into_the_first(results: dict[str, Extraction]) -> None:
    for kind in WORD_TYPES:
        assert "giờ mở cửa" not in results[kind].pages[0], kind
        assert SECOND[:30] in results[kind].pages[0], kind
