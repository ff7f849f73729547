"""The extraction pipeline: the ordered steps from a file on disk to an Extraction.

Every step is listed once, in order, in STEPS. Each takes the shared _Work record, reads what
earlier steps left there and adds its own part. Only ExtractionError leaves ``extract``: any
other failure inside a step becomes the "damaged" error, and a failure on one page becomes a
warning on that page (its text or preview is lost, the rest of the document is kept).
"""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from thuvien.extract.authors import meaningful_author
from thuvien.extract.errors import DAMAGED, EMPTY, UNSUPPORTED_TYPE, ExtractionError
from thuvien.extract.headings import largest_heading
from thuvien.extract.language import detect_language
from thuvien.extract.layout import Line, page_text
from thuvien.extract.pagetext import read_lines
from thuvien.extract.pdf import open_pdf, read_metadata
from thuvien.extract.previews import THUMBNAIL_WIDTH, render_page, to_webp
from thuvien.extract.result import Extraction
from thuvien.extract.sniff import describe_type, sniff_bytes
from thuvien.text.fixing import fix_text
from thuvien.text.keyphrases import keyphrases, phrase_keys
from thuvien.text.summary import describe
from thuvien.text.titles import (
    clean_title,
    is_placeholder_title,
    sentence_case,
    title_from_file_name,
)

__all__ = ["SOFT_STEPS", "STEPS", "extract"]

logger = logging.getLogger(__name__)

DESCRIPTION_CHARS = 300
KEYWORD_LIMIT = 8


@dataclass
class _Work:
    """What the steps share: the request, then each step's findings."""

    path: Path
    preview_pages: int
    render_previews: bool
    keyword_stats: Any
    data: bytes = b""
    sha256: str = ""
    file_type: str = ""
    mime_type: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    page_count: int = 0
    raw_pages: list[str] = field(default_factory=list)
    first_page_lines: list[Line] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    previews: list[bytes] = field(default_factory=list)
    thumbnail: bytes | None = None
    warnings: list[str] = field(default_factory=list)
    title: str = ""
    author: str | None = None
    language: str = "und"
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    phrase_keys: list[str] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        return "\n\n".join(page for page in self.pages if page)


def read_file(work: _Work) -> None:
    """Read the bytes once (hash, sniff and pdfium all use this one copy)."""
    try:
        work.data = work.path.read_bytes()
    except OSError as error:
        raise ExtractionError(DAMAGED, "The file cannot be read.") from error
    if not work.data:
        raise ExtractionError(EMPTY)
    work.sha256 = hashlib.sha256(work.data).hexdigest()


def sniff_type(work: _Work) -> None:
    """The real type from the content; only PDF is extracted here."""
    work.file_type, work.mime_type = sniff_bytes(work.data[: 1 << 20], work.path)
    if work.file_type == "unknown":
        raise ExtractionError(UNSUPPORTED_TYPE, "This is not a PDF file.")
    if work.file_type != "pdf":
        raise ExtractionError(
            UNSUPPORTED_TYPE,
            f"This is not a PDF file (it looks like {describe_type(work.file_type)}).",
        )


def read_pdf(work: _Work) -> None:
    """One pass over the document: metadata, every page's text, previews of the first pages."""
    with open_pdf(work.data) as document:
        work.metadata = read_metadata(document)
        work.page_count = len(document)
        unreadable = sum(not _read_page(work, document, i) for i in range(work.page_count))
    if unreadable == work.page_count:
        # A page tree whose pages all fail to load (loops, broken links) is a damaged file.
        raise ExtractionError(DAMAGED)
    textless = [i + 1 for i, text in enumerate(work.raw_pages) if not text.strip()]
    if len(textless) == work.page_count:
        work.warnings.append("The PDF has no text layer (it may be a scan); its text needs OCR.")
    elif textless:
        work.warnings.append(f"No text on page(s) {_page_list(textless)} (scanned images?).")


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


def _wants_image(work: _Work, index: int) -> bool:
    # Page 1 is rendered for the thumbnail even when no preview pages are asked for.
    return work.render_previews and (index < work.preview_pages or index == 0)


def _read_page(work: _Work, document: pdfium.PdfDocument, index: int) -> bool:
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
        if _wants_image(work, index):
            _render(work, page, index)
    finally:
        page.close()
    return True


def _render(work: _Work, page: pdfium.PdfPage, index: int) -> None:
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


def fix_pages(work: _Work) -> None:
    """Repair the text (legacy fonts, joined lines, glued syllables) and make it NFC."""
    # The NFC text stands if the repair fails (the step is soft, see SOFT_STEPS).
    work.pages = [unicodedata.normalize("NFC", text) for text in work.raw_pages]
    work.pages = [fix_text(text) if text else "" for text in work.pages]


def choose_title(work: _Work) -> None:
    """Metadata title if meaningful, else the first page's largest heading, else the name."""
    file_name = work.path.name
    work.title = file_name  # stands if this step fails
    meta_title = work.metadata.get("Title", "")
    if meta_title and not is_placeholder_title(meta_title, file_name):
        title = clean_title(fix_text(meta_title))
        if title:
            work.title = title
            return
    heading = largest_heading(work.first_page_lines)
    if heading:
        heading = clean_title(sentence_case(fix_text(heading)))
        # A heading that matches the file name is still the title: files are often named after
        # their title (only a metadata title equal to the file name is a tool's placeholder).
        if heading and not is_placeholder_title(heading):
            work.title = heading
            return
    work.title = title_from_file_name(file_name) or file_name


def choose_author(work: _Work) -> None:
    """The metadata author when it names someone, else None."""
    author = meaningful_author(fix_text(work.metadata.get("Author", "")))
    work.author = (clean_title(author) or None) if author else None


def find_language(work: _Work) -> None:
    work.language = detect_language(work.full_text)


def write_description(work: _Work) -> None:
    work.description = describe(work.full_text, title=work.title, max_chars=DESCRIPTION_CHARS)


def pick_keywords(work: _Work) -> None:
    work.keywords = list(
        keyphrases(work.full_text, limit=KEYWORD_LIMIT, stats=work.keyword_stats, title=work.title)
    )
    # Every candidate's key, so the library can keep the document frequencies keywords are
    # scored against up to date.
    work.phrase_keys = phrase_keys(work.full_text)


# The pipeline, in order. Adding a step means adding it here.
STEPS: tuple[Callable[[_Work], None], ...] = (
    read_file,
    sniff_type,
    read_pdf,
    fix_pages,
    choose_title,
    choose_author,
    find_language,
    write_description,
    pick_keywords,
)
# Steps that refine text already read: if one fails unexpectedly the document keeps the plainer
# result (NFC text, file-name title, no keywords) and a warning, rather than being rejected.
SOFT_STEPS = frozenset(
    {fix_pages, choose_title, choose_author, find_language, write_description, pick_keywords}
)


def extract(
    path: Path,
    *,
    preview_pages: int = 2,
    render_previews: bool = True,
    keyword_stats: Any = None,
) -> Extraction:
    """Extract one file: type, page count, text per page, title, description, keywords, images.

    Raises ExtractionError (and nothing else) when the file cannot be used; see errors.py.

    Example:
        >>> import tempfile, pathlib
        >>> from thuvien.demo.pdf_writer import write_pdf, Heading, Paragraph
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.pdf"
        >>> _ = write_pdf(p, [Heading("LỊCH SỬ VIỆT NAM"), Paragraph("Nội dung " * 40)])
        >>> extract(p, render_previews=False).title
        'Lịch sử Việt Nam'
    """
    work = _Work(Path(path), max(0, preview_pages), render_previews, keyword_stats)
    for step in STEPS:
        try:
            step(work)
        except ExtractionError:
            raise
        except Exception as error:  # the contract: callers only ever see ExtractionError
            logger.exception("extraction step %s failed on %s", step.__name__, work.path)
            if step not in SOFT_STEPS:
                raise ExtractionError(DAMAGED) from error
            work.warnings.append(f"The step '{step.__name__}' failed; a simpler result is kept.")
    return Extraction(
        file_name=work.path.name,
        file_type=work.file_type,
        mime_type=work.mime_type,
        size_bytes=len(work.data),
        sha256=work.sha256,
        page_count=work.page_count,
        title=work.title,
        author=work.author,
        pages=work.pages,
        description=work.description,
        keywords=work.keywords,
        phrase_keys=work.phrase_keys,
        language=work.language,
        warnings=work.warnings,
        previews=work.previews,
        thumbnail=work.thumbnail,
    )
