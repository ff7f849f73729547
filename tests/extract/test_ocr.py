"""Scans and pages without a usable text layer are read by Tesseract (vie+eng)."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from tests.extract.conftest import BODY, SECOND
from tests.extract.files import draw_scan, png_bytes, word_accuracy
from thuvien.demo.pdf_writer import REGULAR_FONT, register_fonts
from thuvien.extract import ExtractionError, extract
from thuvien.extract.textquality import text_quality

pytestmark = pytest.mark.usefixtures("tesseract")

TEXT = f"{BODY}\n\n{SECOND}"
# Be Vietnam Pro's round letters cost Tesseract some tone marks (benchmarks/bench_pipeline.py
# measures 0.85-0.9 on clean scans); a broken pipeline gives 0.
MIN_ACCURACY = 0.75


@pytest.fixture(scope="module")
def scan() -> Image.Image:
    return draw_scan(TEXT, dpi=300)


def _pdf(path: Path, pages: list[tuple[str, Image.Image | None, str]]) -> Path:
    """Pages of (visible text, page image, invisible text layer)."""
    register_fonts()
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    for text, image, hidden in pages:
        if image is not None:
            pdf.drawImage(ImageReader(image.convert("RGB")), 0, 0, 595, 842)
        pdf.setFont(REGULAR_FONT, 11)
        y = 780
        for line in text.split("\n"):
            pdf.drawString(60, y, line)
            y -= 16
        if hidden:
            layer = pdf.beginText(60, 700)
            layer.setTextRenderMode(3)
            layer.setFont(REGULAR_FONT, 11)
            for start in range(0, len(hidden), 80):
                layer.textLine(hidden[start : start + 80])
            pdf.drawText(layer)
        pdf.showPage()
    pdf.save()
    return path


def test_png_scan_is_read_by_ocr(tmp_path: Path, scan: Image.Image) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(png_bytes(scan, dpi=(300, 300)))
    result = extract(path)
    assert (result.file_type, result.page_count, result.ocr_pages) == ("png", 1, [1])
    assert word_accuracy(TEXT, result.pages[0]) >= MIN_ACCURACY
    assert any("read by OCR" in warning for warning in result.warnings)
    assert result.language == "vi"
    assert len(result.previews) == 1 and result.thumbnail is not None


def test_multi_page_tiff_is_one_page_per_frame(tmp_path: Path) -> None:
    first, second = draw_scan(BODY, dpi=200), draw_scan(SECOND, dpi=200)
    path = tmp_path / "scan.tif"
    first.save(path, save_all=True, append_images=[second], dpi=(200, 200))
    result = extract(path, preview_pages=2)
    assert (result.file_type, result.page_count, result.ocr_pages) == ("tiff", 2, [1, 2])
    assert word_accuracy(BODY, result.pages[0]) >= MIN_ACCURACY
    assert word_accuracy(SECOND, result.pages[1]) >= MIN_ACCURACY
    assert len(result.previews) == 2


def test_photo_is_turned_upright_by_its_exif_orientation(tmp_path: Path) -> None:
    upright = draw_scan(SECOND, dpi=200)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to view"
    path = tmp_path / "anh.jpg"
    upright.rotate(90, expand=True).save(path, format="JPEG", quality=90, exif=exif)
    result = extract(path)
    assert result.file_type == "jpeg"
    assert word_accuracy(SECOND, result.pages[0]) >= MIN_ACCURACY


def test_image_only_pdf_page_is_read_by_ocr_and_text_pages_are_not(
    tmp_path: Path, scan: Image.Image
) -> None:
    path = _pdf(tmp_path / "tron.pdf", [("Trang một có chữ thật.", None, ""), ("", scan, "")])
    result = extract(path, render_previews=False)
    assert result.ocr_pages == [2]
    assert result.pages[0] == "Trang một có chữ thật."
    assert word_accuracy(TEXT, result.pages[1]) >= MIN_ACCURACY


def test_garbage_text_layer_is_replaced_by_ocr(tmp_path: Path, scan: Image.Image) -> None:
    rng = random.Random(5)
    letters = list("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵ")
    garbage = "".join(rng.choice(letters) if c.isalpha() else c for c in TEXT)
    assert not text_quality(garbage).usable
    path = _pdf(tmp_path / "rac.pdf", [("", scan, garbage)])
    result = extract(path, render_previews=False)
    assert result.ocr_pages == [1]
    assert word_accuracy(TEXT, result.pages[0]) >= MIN_ACCURACY


def test_scan_with_a_stamped_line_of_text_is_read_by_ocr(tmp_path: Path, scan: Image.Image) -> None:
    path = _pdf(tmp_path / "dong-dau.pdf", [("", scan, "tailieu.vn")])
    result = extract(path, render_previews=False)
    assert result.ocr_pages == [1]
    assert word_accuracy(TEXT, result.pages[0]) >= MIN_ACCURACY


def test_ocr_off_keeps_the_page_empty_with_a_warning(tmp_path: Path, scan: Image.Image) -> None:
    path = _pdf(tmp_path / "scan.pdf", [("", scan, "")])
    result = extract(path, render_previews=False, ocr=False)
    assert result.pages == [""] and result.ocr_pages == []
    assert any("needs OCR" in warning for warning in result.warnings)


def _tesseract_processes() -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"thuvien-ocr-" in command and b"tesseract" in command:
            found.append(entry.name)
    return found


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to list processes")
def test_ocr_past_the_time_limit_is_a_timeout_and_kills_tesseract(
    tmp_path: Path, scan: Image.Image
) -> None:
    # OCR of 4 such pages took 1.03 s on a quiet 2-core machine, too close to the limit:
    # 16 keep Tesseract busy well past it on a machine several times faster.
    frames = [scan] * 16
    path = tmp_path / "dai.tif"
    frames[0].save(
        path, save_all=True, append_images=frames[1:], dpi=(300, 300), compression="tiff_lzw"
    )
    with pytest.raises(ExtractionError) as caught:
        extract(path, render_previews=False, time_limit=1.0)
    assert caught.value.code == "timeout"
    assert _tesseract_processes() == []


def test_ocr_text_is_repaired_nfc_text(tmp_path: Path, scan: Image.Image) -> None:
    path = tmp_path / "scan.png"
    buffer = io.BytesIO()
    scan.save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    page = extract(path, render_previews=False).pages[0]
    import unicodedata

    assert unicodedata.is_normalized("NFC", page)
    assert "  " not in page and not page.endswith("\n")


@pytest.mark.parametrize(
    ("first_line", "title"),
    [("BÁO CÁO TỔNG KẾT NĂM HỌC", "Báo cáo tổng kết năm học"), ("chapter <", "Ban scan so 2")],
)
def test_a_scans_first_line_is_its_title_unless_ocr_read_stray_marks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_line: str, title: str
) -> None:
    # What Tesseract reads is given, so the test is about the title, not about OCR.
    def read(source, **_):
        return {index: f"{first_line}\n\n{BODY}" for index, _image, _dpi in source}

    monkeypatch.setattr("thuvien.extract.pipeline.ocr_images", read)
    path = tmp_path / "ban-scan-so-2.png"
    path.write_bytes(png_bytes(draw_scan(BODY, dpi=100), dpi=(100, 100)))
    result = extract(path, render_previews=False)
    assert result.ocr_pages == [1]
    assert result.title == title
