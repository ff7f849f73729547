"""Preview rendering stays small whatever the page size says."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from thuvien.extract.previews import MAX_PIXELS, render_page, thumbnail_webp, to_webp


def _page_pdf(path: Path, width: float, height: float) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    pdf.rect(10, 10, width - 20, height - 20)
    pdf.showPage()
    pdf.save()
    return path


def _render(path: Path):
    document = pdfium.PdfDocument(path)
    try:
        return render_page(document[0])
    finally:
        document.close()


def test_a4_page_renders_900_pixels_wide(tmp_path: Path) -> None:
    image = _render(_page_pdf(tmp_path / "a4.pdf", 595, 842))
    assert image.width == 900
    assert image.mode == "RGB"


def test_very_tall_page_is_capped_in_pixels(tmp_path: Path) -> None:
    image = _render(_page_pdf(tmp_path / "tall.pdf", 300, 14000))
    assert image.width * image.height <= MAX_PIXELS * 1.01
    assert image.height > image.width  # still the page's shape


def test_huge_page_is_capped_in_pixels(tmp_path: Path) -> None:
    image = _render(_page_pdf(tmp_path / "huge.pdf", 14400, 14400))
    assert image.width * image.height <= MAX_PIXELS * 1.01


def test_webp_and_thumbnail_are_webp_of_the_right_width(tmp_path: Path) -> None:
    image = _render(_page_pdf(tmp_path / "a4.pdf", 595, 842))
    assert to_webp(image)[8:12] == b"WEBP"
    thumbnail = thumbnail_webp(image)
    assert thumbnail[8:12] == b"WEBP"
    from io import BytesIO

    from PIL import Image

    assert Image.open(BytesIO(thumbnail)).size == (200, round(image.height * 200 / 900))
