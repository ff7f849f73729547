"""The extraction pipeline: the ordered steps from a file on disk to an Extraction.

Every step is listed once, in order, in STEPS. Each takes the shared Work record, reads what
earlier steps left there and adds its own part. The reader for the file's real type (readers.py)
does the type-specific work; everything after it (repair, OCR, title, keywords) is the same for
every type. Only ExtractionError leaves ``extract``: any other failure inside a step becomes the
"damaged" error, and a failure on one page becomes a warning on that page (its text or preview
is lost, the rest of the document is kept). The document's time limit is checked between steps
and inside the long ones (page loops, LibreOffice, OCR).
"""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from thuvien.extract.authors import meaningful_author
from thuvien.extract.capabilities import capabilities
from thuvien.extract.errors import (
    DAMAGED,
    EMPTY,
    ENCRYPTED,
    NEEDS_LIBREOFFICE,
    NEEDS_OCR,
    UNSUPPORTED_TYPE,
    ExtractionError,
)
from thuvien.extract.headings import largest_heading
from thuvien.extract.language import detect_language
from thuvien.extract.limits import DEFAULT_TIME_LIMIT, MAX_OCR_PAGES, Deadline
from thuvien.extract.names import display_name
from thuvien.extract.ocr import ocr_images
from thuvien.extract.officetext import odf_data_is_encrypted
from thuvien.extract.olecheck import ole_is_readable
from thuvien.extract.plaintext import heading_line
from thuvien.extract.readers import READERS
from thuvien.extract.result import Extraction
from thuvien.extract.sniff import describe_type, sniff_bytes
from thuvien.extract.textquality import text_quality
from thuvien.extract.work import Work
from thuvien.text.fixing import fix_text
from thuvien.text.keyphrases import keyphrases, phrase_keys
from thuvien.text.letterheads import TOP_LINES, has_motto, official_title
from thuvien.text.summary import describe
from thuvien.text.titles import (
    clean_title,
    has_stray_marks,
    is_placeholder_title,
    sentence_case,
    title_from_file_name,
)

__all__ = ["SOFT_STEPS", "STEPS", "extract"]

logger = logging.getLogger(__name__)

DESCRIPTION_CHARS = 300
KEYWORD_LIMIT = 8
# How much of the first page is searched for an official document's motto.
_MOTTO_REACH = 1500


def read_file(work: Work) -> None:
    """Read the bytes once (hash, sniff and the readers all use this one copy)."""
    work.file_name = display_name(work.path.name)
    try:
        work.data = work.path.read_bytes()
    except OSError as error:
        raise ExtractionError(DAMAGED, "The file cannot be read.") from error
    if not work.data:
        raise ExtractionError(EMPTY)
    work.sha256 = hashlib.sha256(work.data).hexdigest()


def sniff_type(work: Work) -> None:
    """The real type from the content, and whether this machine can process it."""
    work.file_type, work.mime_type = sniff_bytes(work.data[: 1 << 20], work.path)
    kind = work.file_type
    if kind == "office-encrypted":
        raise ExtractionError(ENCRYPTED, "The Office file is protected by a password.", kind)
    if kind == "ole" and not ole_is_readable(work.data):
        # An old Office file cut short: its directory (which names its type) is lost.
        raise ExtractionError(
            DAMAGED, "The old Office file (.doc, .xls, .ppt) is damaged or truncated.", kind
        )
    if kind in ("odt", "odp", "ods") and odf_data_is_encrypted(work.data):
        # Said before anything else: even with LibreOffice the file cannot be read.
        raise ExtractionError(ENCRYPTED, "The OpenDocument file is protected by a password.", kind)
    caps = work.capabilities = work.capabilities or capabilities()
    missing = caps.missing_for(kind)
    if missing == UNSUPPORTED_TYPE or kind not in READERS:
        raise ExtractionError(
            UNSUPPORTED_TYPE,
            f"This file type is not supported (it looks like {describe_type(kind)}).",
            kind,
        )
    if missing == NEEDS_LIBREOFFICE:
        raise ExtractionError(
            NEEDS_LIBREOFFICE,
            f"This is {describe_type(kind)}; Office files need LibreOffice, which is not "
            "installed on this server.",
            kind,
        )
    if missing == NEEDS_OCR:
        raise ExtractionError(
            NEEDS_OCR,
            f"This is {describe_type(kind)}; scans need Tesseract OCR with Vietnamese, which "
            "is not installed on this server.",
            kind,
        )


def read_document(work: Work) -> None:
    """The reader for the sniffed type: pages, metadata, previews, pages needing OCR."""
    try:
        READERS[work.file_type](work)
    except ExtractionError as error:
        error.file_type = error.file_type or work.file_type
        raise
    if len(work.raw_pages) != work.page_count:
        raise RuntimeError("reader gave a text per page that does not match the page count")


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


def fix_pages(work: Work) -> None:
    """Repair the text (legacy fonts, joined lines, glued syllables) and make it NFC."""
    # The NFC text stands if the repair fails (the step is soft, see SOFT_STEPS).
    work.pages = [unicodedata.normalize("NFC", text) for text in work.raw_pages]
    work.pages = [fix_text(text) if text else "" for text in work.pages]


def ocr_pages(work: Work) -> None:
    """OCR the pages without a usable text layer: none, a scan with a stamp, or garbage."""
    garbage = {
        index
        for index, text in enumerate(work.pages)
        if index not in work.ocr_candidates and text and not text_quality(text).usable
    }
    todo = sorted(work.ocr_candidates | garbage)
    if not todo:
        return
    caps = work.capabilities
    if not work.ocr or work.ocr_source is None or caps is None or not caps.ocr:
        # Images never get here without OCR (sniff_type refuses them); PDF pages keep what
        # they have, and the warning says why.
        textless = [i + 1 for i in todo if not work.pages[i].strip()]
        if len(textless) == work.page_count:
            work.warnings.append(
                "The document has no text layer (it may be a scan); its text needs OCR."
            )
        elif textless:
            work.warnings.append(f"No text on page(s) {_page_list(textless)} (scanned images?).")
        if garbage:
            work.warnings.append(
                f"The text of page(s) {_page_list(sorted(i + 1 for i in garbage))} looks "
                "garbled (a font without a Unicode map?)."
            )
        return
    if len(todo) > MAX_OCR_PAGES:
        work.warnings.append(f"Only the first {MAX_OCR_PAGES} pages needing OCR were read.")
        todo = todo[:MAX_OCR_PAGES]
    results = ocr_images(work.ocr_source(todo), tesseract=caps.tesseract, deadline=work.deadline)
    empty, failed = [], []
    for index in todo:
        result = results.get(index)
        if not isinstance(result, str):
            failed.append(index + 1)
            continue
        raw = unicodedata.normalize("NFC", result).strip()
        text = fix_text(raw) if raw else ""
        if not text:
            if not work.pages[index].strip():
                empty.append(index + 1)
            continue
        if index == 0 and not work.first_page_lines and not work.heading:
            line = heading_line(raw)
            # A first line with stray marks ("chapter <") is misread: the title falls back.
            work.heading = "" if has_stray_marks(line) else line
        work.pages[index] = text
        work.ocr_pages.append(index + 1)
    if work.ocr_pages:
        work.warnings.append(f"The text of page(s) {_page_list(work.ocr_pages)} was read by OCR.")
    if empty:
        work.warnings.append(f"No text on page(s) {_page_list(empty)}, even by OCR.")
    if failed:
        work.warnings.append(f"OCR failed on page(s) {_page_list(failed)}.")


def choose_title(work: Work) -> None:
    """Metadata title if meaningful, else an official document's kind, number and subject,
    else the first page's heading, else the file name."""
    file_name = work.file_name
    work.title = file_name  # stands if this step fails
    meta_title = work.metadata.get("Title", "")
    if meta_title and not is_placeholder_title(meta_title, file_name):
        title = clean_title(fix_text(meta_title))
        if title:
            work.title = title
            return
    official = _official_title(work)
    if official:
        title = clean_title(official)
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
    if work.heading:
        heading = clean_title(sentence_case(fix_text(work.heading)))
        if heading and not is_placeholder_title(heading):
            work.title = heading
            return
    work.title = title_from_file_name(file_name) or file_name


def _official_title(work: Work) -> str | None:
    """An official document is named by its kind, number and subject, whatever the font
    sizes; read from the first page's lines as drawn (the page text may join them)."""
    first = work.pages[0] if work.pages else ""
    if not has_motto(first[:_MOTTO_REACH]):
        return None
    lines = [
        fix_text(unicodedata.normalize("NFC", line.text))
        for line in work.first_page_lines[:TOP_LINES]
    ]
    return official_title(lines or first.split("\n"))


def choose_author(work: Work) -> None:
    """The metadata author when it names someone, else None."""
    author = meaningful_author(fix_text(work.metadata.get("Author", "")))
    work.author = (clean_title(author) or None) if author else None


def find_language(work: Work) -> None:
    work.language = detect_language(work.full_text)


def write_description(work: Work) -> None:
    work.description = describe(work.full_text, title=work.title, max_chars=DESCRIPTION_CHARS)


def pick_keywords(work: Work) -> None:
    work.keywords = list(
        keyphrases(work.full_text, limit=KEYWORD_LIMIT, stats=work.keyword_stats, title=work.title)
    )
    # Every candidate's key, so the library can keep the document frequencies keywords are
    # scored against up to date.
    work.phrase_keys = phrase_keys(work.full_text)


# The pipeline, in order. Adding a step means adding it here.
STEPS: tuple[Callable[[Work], None], ...] = (
    read_file,
    sniff_type,
    read_document,
    fix_pages,
    ocr_pages,
    choose_title,
    choose_author,
    find_language,
    write_description,
    pick_keywords,
)
# Steps that refine text already read: if one fails unexpectedly the document keeps the plainer
# result (NFC text, file-name title, no keywords) and a warning, rather than being rejected.
# OCR is soft too: if Tesseract breaks, the pages keep the text they had (its time limit is
# still hard: ExtractionError always passes).
SOFT_STEPS = frozenset(STEPS) - {read_file, sniff_type, read_document}


def _damaged(file_type: str) -> ExtractionError:
    if file_type in ("pdf", ""):
        return ExtractionError(DAMAGED, file_type=file_type)
    return ExtractionError(
        DAMAGED,
        f"The file ({describe_type(file_type)}) is damaged or truncated and cannot be read.",
        file_type,
    )


def extract(
    path: Path,
    *,
    preview_pages: int = 2,
    render_previews: bool = True,
    keyword_stats: Any = None,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    ocr: bool = True,
) -> Extraction:
    """Extract one file: type, page count, text per page, title, description, keywords, images.

    The type comes from the bytes (see readers.py for the types). ``time_limit`` bounds the
    whole extraction in seconds (None: no limit); past it "timeout" is raised. ``ocr=False``
    leaves pages without a usable text layer as they are (with a warning). Raises
    ExtractionError (and nothing else) when the file cannot be used; see errors.py.

    Example:
        >>> import tempfile, pathlib
        >>> from thuvien.demo.pdf_writer import write_pdf, Heading, Paragraph
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.pdf"
        >>> _ = write_pdf(p, [Heading("LỊCH SỬ VIỆT NAM"), Paragraph("Nội dung " * 40)])
        >>> extract(p, render_previews=False).title
        'Lịch sử Việt Nam'
    """
    work = Work(
        Path(path),
        max(0, preview_pages),
        render_previews,
        keyword_stats,
        deadline=Deadline.after(time_limit),
        ocr=ocr,
    )
    for step in STEPS:
        work.deadline.check()
        try:
            step(work)
        except ExtractionError:
            raise
        except Exception as error:  # the contract: callers only ever see ExtractionError
            logger.exception("extraction step %s failed on %s", step.__name__, work.path)
            if step not in SOFT_STEPS:
                raise _damaged(work.file_type) from error
            work.warnings.append(f"The step '{step.__name__}' failed; a simpler result is kept.")
    return Extraction(
        file_name=work.file_name,
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
        ocr_pages=work.ocr_pages,
    )
