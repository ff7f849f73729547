"""Read a PDF into the shared Work: metadata, page count, text per page, preview images.

One pass over the document: every page's text, previews of the first pages. Used for PDF files
and for the PDF LibreOffice makes of an Office file. Pages that look scanned (no text, or a few
words over a page-sized image) are noted for OCR, which renders them again later at OCR
resolution (``pdf_ocr_source``).

pdfium is not thread-safe: one extraction at a time per process; OCR threads only run Tesseract.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from thuvien.extract.errors import DAMAGED, ExtractionError
from thuvien.extract.layout import page_text
from thuvien.extract.limits import MAX_OCR_PIXELS
from thuvien.extract.pagetext import read_lines
from thuvien.extract.pdf import open_pdf, read_metadata
from thuvien.extract.previews import THUMBNAIL_WIDTH, render_page, to_webp
from thuvien.extract.work import OcrSource, Work

__all__ = ["OCR_DPI", "pdf_ocr_source", "read_pdf_into"]

logger = logging.getLogger(__name__)

# Resolution pages are rendered at for OCR. benchmarks/bench_pipeline.py: 200 dpi reads as many
# words right as 300 (0.92 vs 0.91 in Be Vietnam Pro, 0.99 vs 0.98 in a serif, 9-12 pt text)
# in 70-80% of the time.
OCR_DPI = 200
# A page with fewer letters than this over an image covering this share of it is a scan with a
# stamp or a site's footer on it, not a text page.
_SCAN_LETTERS = 40
_SCAN_IMAGE_SHARE = 0.5
# How often the page loop looks at the clock.
_DEADLINE_EVERY = 50


def read_pdf_into(work: Work, data: bytes) -> None:
    """Fill work's metadata, page_count, raw_pages, first_page_lines, previews and thumbnail."""
    with open_pdf(data) as document:
        work.metadata = read_metadata(document)
        work.page_count = len(document)
        work.raw_pages = []
        unreadable = 0
        for index in range(work.page_count):
            if index % _DEADLINE_EVERY == 0:
                work.deadline.check("reading the PDF's pages")
            unreadable += not _read_page(work, document, index)
    if unreadable == work.page_count:
        # A page tree whose pages all fail to load (loops, broken links) is a damaged file.
        raise ExtractionError(DAMAGED)
    work.ocr_source = pdf_ocr_source(data)


def _read_page(work: Work, document: pdfium.PdfDocument, index: int) -> bool:
    """Read one page's text (and image); False if the page itself cannot be loaded."""
    number = index + 1
    try:
        page = document[index]
    except pdfium.PdfiumError:
        work.raw_pages.append("")
        work.warnings.append(f"Page {number} could not be read.")
        return False
    try:
        text = ""
        try:
            textpage = page.get_textpage()
            try:
                lines = read_lines(textpage.raw)
            finally:
                textpage.close()
            text = page_text(lines)
            if index == 0:
                work.first_page_lines = lines
        except Exception as error:  # one bad page must not cost the document its other pages
            if not isinstance(error, pdfium.PdfiumError):
                logger.exception("reading the text of page %d of %s failed", number, work.path)
            work.warnings.append(f"The text of page {number} could not be read.")
        work.raw_pages.append(text)
        if _looks_scanned(page, text):
            work.ocr_candidates.add(index)
        if work.wants_image(index):
            _render(work, page, index)
    finally:
        page.close()
    return True


_LETTER = re.compile(r"[^\W_]")


def _looks_scanned(page: pdfium.PdfPage, text: str) -> bool:
    letters = 0
    for _ in _LETTER.finditer(text):  # stop counting once there are enough
        letters += 1
        if letters >= _SCAN_LETTERS:
            return False
    if letters == 0:
        return True
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return False
    covered = 0.0
    try:
        for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = image.get_bounds()
            covered = max(covered, (right - left) * (top - bottom))
    except pdfium.PdfiumError:
        return False
    return covered >= _SCAN_IMAGE_SHARE * width * height


def _render(work: Work, page: pdfium.PdfPage, index: int) -> None:
    try:
        if index < work.preview_pages:
            work.previews.append(to_webp(render_page(page)))
        if index == 0:
            # Drawn at its own small size: a fifth of the time of shrinking the preview.
            work.thumbnail = to_webp(render_page(page, THUMBNAIL_WIDTH))
    except Exception as error:  # a preview is optional: the text is kept whatever happens here
        if not isinstance(error, (pdfium.PdfiumError, MemoryError)):
            logger.exception("rendering page %d of %s failed", index + 1, work.path)
        work.warnings.append(f"Page {index + 1} could not be rendered as a preview.")


def render_for_ocr(page: pdfium.PdfPage, dpi: int | None = None) -> tuple[Image.Image, int]:
    """A greyscale image of the page at ``dpi`` (lower if it would pass MAX_OCR_PIXELS)."""
    width, height = page.get_size()
    if not (width > 0 and height > 0):
        raise ValueError("page has no size")
    scale = (dpi or OCR_DPI) / 72
    if width * height * scale * scale > MAX_OCR_PIXELS:
        # A hair under the limit: pdfium rounds the bitmap's sides up.
        scale = math.sqrt(MAX_OCR_PIXELS / (width * height)) * 0.999
    bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=True)
    try:
        image = bitmap.to_pil()
    finally:
        bitmap.close()
    return (image if image.mode == "L" else image.convert("L")), max(1, round(scale * 72))


def pdf_ocr_source(data: bytes, dpi: int | None = None) -> OcrSource:
    """A function that renders the asked pages of the PDF in ``data`` for OCR, one at a time."""
    dpi = dpi or OCR_DPI

    def pages(indexes: list[int]) -> Iterator[tuple[int, Image.Image, int]]:
        with open_pdf(data) as document:
            for index in indexes:
                page = document[index]
                try:
                    image, used_dpi = render_for_ocr(page, dpi)
                finally:
                    page.close()
                yield index, image, used_dpi

    return pages
