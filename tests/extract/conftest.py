"""Shared helpers for the extraction tests: PDFs generated on the fly with the project writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.extract.files import PAGE_BREAK
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


# --- tools and files of every type ---------------------------------------------------------------


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's soffice, or a skip (a failure in CI)."""
    from tests.conftest import skip_or_fail
    from thuvien.extract.capabilities import capabilities

    caps = capabilities()
    if not caps.office:
        skip_or_fail("LibreOffice (soffice) is not installed")
    assert caps.libreoffice is not None
    return caps.libreoffice


@pytest.fixture(scope="session")
def tesseract() -> str:
    """Tesseract with Vietnamese and English data, or a skip (a failure in CI)."""
    from tests.conftest import skip_or_fail
    from thuvien.extract.capabilities import capabilities

    caps = capabilities()
    if not caps.ocr:
        skip_or_fail("Tesseract with the vie and eng language data is not installed")
    assert caps.tesseract is not None
    return caps.tesseract


def convert_with_soffice(soffice: str, sources: list[Path], target: str, out: Path) -> None:
    """Save files in another Office format with LibreOffice (one process for all of them)."""
    import subprocess

    profile = (out / f"profile-{target}").as_uri()
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
         "--convert-to", target, "--outdir", str(out), *map(str, sources)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip


@pytest.fixture(scope="session")
def office_files(tmp_path_factory: pytest.TempPathFactory, soffice: str) -> dict[str, Path]:
    """One file of each Office type, the same writing in each (see test_office.py)."""
    from tests.extract import files

    folder = tmp_path_factory.mktemp("office")
    paths = {
        "docx": files.write_docx(folder / "noi-quy.docx", DOC_BLOCKS, **DOC_META),
        "odt": files.write_odt(folder / "noi-quy.odt", DOC_BLOCKS, heading=DOC_HEADING,
                               title=DOC_META["title"]),
        "rtf": files.write_rtf(folder / "noi-quy.rtf", DOC_BLOCKS, title=DOC_META["title"]),
        "odp": files.write_odp(folder / "bai-giang.odp", SLIDES, title="Bài giảng thư viện"),
        "ods": files.write_ods(folder / "danh-sach.ods", SHEET_ROWS),
        "xlsx": files.write_xlsx(folder / "danh-sach.xlsx", SHEET_ROWS),
    }  # fmt: skip
    converted = folder / "converted"
    for target, source in (("doc", "odt"), ("pptx", "odp"), ("ppt", "odp"), ("xls", "ods")):
        convert_with_soffice(soffice, [paths[source]], target, converted)
        paths[target] = converted / f"{paths[source].stem}.{target}"
    return paths


DOC_HEADING = "NỘI QUY PHÒNG ĐỌC"
DOC_META = {
    "title": "Nội quy phòng đọc thư viện",
    "author": "Nguyễn Thị Lan",
    "header": "Trường Đại học Mở Hà Nội",
    "heading": DOC_HEADING,
}
SECOND_PAGE = "Trang hai nói về giờ mở cửa. " + SECOND
DOC_BLOCKS: list[object] = [BODY, SECOND, PAGE_BREAK, SECOND_PAGE]
SLIDES = [
    ["Bài giảng về thư viện số", BODY],
    ["Tìm kiếm không dấu", SECOND],
    ["Câu hỏi ôn tập", "Sinh viên gia hạn sách bao nhiêu lần trong một học kỳ?"],
]
SHEET_ROWS = [
    ["DANH SÁCH SINH VIÊN MƯỢN SÁCH"],
    ["Họ và tên", "Lớp", "Tên sách"],
    ["Nguyễn Văn An", "Tin học", "Cấu trúc dữ liệu và giải thuật"],
    ["Trần Thị Bình", "Kinh tế", "Nguyên lý kế toán"],
]
