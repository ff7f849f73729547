"""Open a PDF with pypdfium2 and read its metadata, turning every failure into ExtractionError.

pdfium is not thread-safe: use one extraction at a time per process (the job worker runs
documents one after another; scale with processes).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from thuvien.extract.errors import DAMAGED, ENCRYPTED, NO_PAGES, ExtractionError

__all__ = ["open_pdf", "read_metadata"]


def _load_error(data: bytes) -> ExtractionError:
    """Explain why pdfium could not load a document, from its last error code."""
    code = pdfium_c.FPDF_GetLastError()
    # The marker "/Encrypt" must be in the trailer of an encrypted file; checking it guards
    # against a stale error code from an earlier document on this thread.
    if code == pdfium_c.FPDF_ERR_PASSWORD and b"/Encrypt" in data:
        return ExtractionError(ENCRYPTED)
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return ExtractionError(
            ENCRYPTED, "The PDF is encrypted with a method that cannot be opened."
        )
    return ExtractionError(DAMAGED)


@contextmanager
def open_pdf(data: bytes) -> Iterator[pdfium.PdfDocument]:
    """Open PDF bytes once; raise ExtractionError ("damaged", "encrypted", "no_pages").

    Example:
        >>> from thuvien.demo.pdf_writer import write_pdf, Paragraph
        >>> import io; buf = io.BytesIO(); _ = write_pdf(buf, [Paragraph("Xin chào")])
        >>> with open_pdf(buf.getvalue()) as document:
        ...     len(document)
        1
    """
    raw = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if not raw:
        raise _load_error(data)
    if pdfium_c.FPDF_GetPageCount(raw) <= 0:
        pdfium_c.FPDF_CloseDocument(raw)
        raise ExtractionError(NO_PAGES)
    document = pdfium.PdfDocument(raw)
    # pdfium reads from this buffer for the document's whole life.
    document._data_holder.append(data)
    try:
        yield document
    finally:
        document.close()


def read_metadata(document: pdfium.PdfDocument) -> dict[str, str]:
    """The Info dictionary's Title, Author, Subject and Keywords (missing ones as "").

    Example:
        >>> # read_metadata(document)["Title"]
    """
    out = {}
    for key in ("Title", "Author", "Subject", "Keywords"):
        try:
            value = document.get_metadata_value(key)
        except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
            value = ""
        out[key] = value.replace("\x00", "").strip()
    return out
