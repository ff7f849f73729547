"""One reader per kind of file, chosen by the sniffed type (READERS).

A reader fills the shared Work: page count, raw text per page, metadata, previews, thumbnail,
and for page images the pages that need OCR and how to render them. Every reader raises only
ExtractionError for a file it cannot use.

- PDF: read directly (pdfreader).
- Office: converted to PDF by LibreOffice for pages, previews and text; DOCX/ODT paragraphs and
  PPTX/ODP slides come from the file's own XML when they line up with the PDF's pages.
- Plain text: decoded (any common Vietnamese encoding), cut into pages, previews drawn.
- EPUB: one page per chapter, previews drawn, the cover as thumbnail.
- Images: one page per frame, read by OCR.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

from thuvien.extract import soffice
from thuvien.extract.align import MIN_PLACED_SHARE, align_paragraphs
from thuvien.extract.capabilities import (
    EPUB_TYPES,
    IMAGE_TYPES,
    OFFICE_TYPES,
    PDF_TYPES,
    TEXT_TYPES,
)
from thuvien.extract.epub import read_book
from thuvien.extract.errors import EMPTY, ENCRYPTED, TOO_LARGE, ExtractionError
from thuvien.extract.images import open_image, read_image_into
from thuvien.extract.limits import MAX_TEXT_CHARS, SOFFICE_TIMEOUT
from thuvien.extract.officetext import read_office_text
from thuvien.extract.olecheck import is_encrypted_ole
from thuvien.extract.pdfreader import read_pdf_into
from thuvien.extract.plaintext import decode_text, heading_line, paginate, paragraphs_from_lines
from thuvien.extract.previews import THUMBNAIL_WIDTH, thumbnail_webp, to_webp
from thuvien.extract.textimages import draw_text_page
from thuvien.extract.work import Work

__all__ = ["READERS"]

_ZIP_OFFICE = frozenset({"docx", "xlsx", "pptx", "odt", "ods", "odp"})
_OLE_OFFICE = frozenset({"doc", "xls", "ppt"})


def read_pdf(work: Work) -> None:
    read_pdf_into(work, work.data)


def read_office(work: Work) -> None:
    """Convert with LibreOffice, read the PDF, then prefer the file's own paragraphs/slides."""
    kind = work.file_type
    data = work.data
    source = None
    caps = work.capabilities
    soffice_path = caps.libreoffice if caps else None
    if kind in _OLE_OFFICE and is_encrypted_ole(data, kind):
        raise ExtractionError(ENCRYPTED, "The Office file is protected by a password.", kind)
    if kind == "xls":
        # An .xls printed to PDF clips every cell at its column's width, so its cells are read
        # from an OpenDocument copy instead (one more LibreOffice run, about 1.5 s).
        timeout = work.deadline.cap(SOFFICE_TIMEOUT)
        data = soffice.convert_to_pdf(
            data, kind, soffice=soffice_path, timeout=timeout, target="ods"
        )
        kind = "ods"
    if kind in _ZIP_OFFICE:
        # Checks the archive (zip bomb, ODF password) before LibreOffice inflates anything.
        source = read_office_text(data, kind)
    pdf = soffice.convert_to_pdf(
        data, kind, soffice=soffice_path, timeout=work.deadline.cap(SOFFICE_TIMEOUT)
    )
    read_pdf_into(work, pdf)
    if source is None:
        return
    if source.title:
        work.metadata["Title"] = source.title
    if source.author:
        work.metadata["Author"] = source.author
    if source.slides is not None and len(source.slides) == work.page_count:
        work.raw_pages = source.slides
    elif source.rows is not None:
        # A spreadsheet's PDF clips cells and adds page headers: the cells' own text is kept
        # even where rows cannot be placed on their page (they join the page before).
        work.raw_pages = align_paragraphs(source.rows, work.raw_pages)[0]
        work.first_page_lines = []
        work.heading = source.title_row
    elif source.paragraphs:
        pages, placed = align_paragraphs(source.paragraphs, work.raw_pages)
        if placed >= MIN_PLACED_SHARE and len(pages) == work.page_count:
            work.raw_pages = pages
    # Pages that carry no text in the file's own XML may still show text in the PDF (a
    # chart, a header): only pages empty in both are OCR candidates.
    work.ocr_candidates = {i for i in work.ocr_candidates if not work.raw_pages[i].strip()}


def _draw_previews(work: Work) -> None:
    """Previews and thumbnail drawn from the text of the first pages."""
    if not work.render_previews:
        return
    for index in range(min(len(work.raw_pages), max(1, work.preview_pages))):
        if not work.wants_image(index):
            continue
        try:
            image = draw_text_page(work.raw_pages[index])
            if index < work.preview_pages:
                work.previews.append(to_webp(image))
            if index == 0 and work.thumbnail is None:
                work.thumbnail = thumbnail_webp(image)
        except (OSError, ValueError):
            work.warnings.append(f"Page {index + 1} could not be drawn as a preview.")


def read_text(work: Work) -> None:
    """A plain text file: decode, make paragraphs, cut into pages, draw the previews."""
    text, encoding = decode_text(work.data)
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        work.warnings.append("The text is very long; only its beginning was kept.")
    if not text.strip():
        raise ExtractionError(EMPTY, "The file holds no text.", "text")
    if encoding not in ("utf-8", "utf-8-sig"):
        work.warnings.append(f"The text was decoded from {encoding}.")
    work.heading = heading_line(text)
    work.raw_pages = paginate(paragraphs_from_lines(text))
    work.page_count = len(work.raw_pages)
    _draw_previews(work)


def read_epub(work: Work) -> None:
    """An EPUB: one page per chapter, title and author from its metadata, cover as thumbnail."""
    book = read_book(work.data)
    if not book.chapters:
        raise ExtractionError(EMPTY, "The e-book holds no text.", "epub")
    if book.truncated:
        work.warnings.append("The e-book is very long; only its first chapters were kept.")
    work.metadata = {"Title": book.title, "Author": book.author}
    work.raw_pages = book.chapters
    work.page_count = len(book.chapters)
    work.heading = heading_line(book.chapters[0])
    if book.cover and work.render_previews:
        try:
            with open_image(book.cover) as cover:
                cover.load()
                small = cover.convert("RGB")
                small.thumbnail((THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 3), Image.Resampling.LANCZOS)
                work.thumbnail = to_webp(small)
        except ExtractionError as error:
            if error.code == TOO_LARGE:
                work.warnings.append("The cover image is too large to show.")
            else:
                work.warnings.append("The cover image could not be read.")
        except OSError:
            work.warnings.append("The cover image could not be read.")
    _draw_previews(work)


def read_image(work: Work) -> None:
    read_image_into(work)


READERS: dict[str, Callable[[Work], None]] = {
    **dict.fromkeys(PDF_TYPES, read_pdf),
    **dict.fromkeys(OFFICE_TYPES, read_office),
    **dict.fromkeys(TEXT_TYPES, read_text),
    **dict.fromkeys(EPUB_TYPES, read_epub),
    **dict.fromkeys(IMAGE_TYPES, read_image),
}
