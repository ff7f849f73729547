"""The one error extraction raises: a stable code for programs and a sentence for people."""

from __future__ import annotations

__all__ = [
    "DAMAGED",
    "EMPTY",
    "ENCRYPTED",
    "NEEDS_LIBREOFFICE",
    "NEEDS_OCR",
    "NO_PAGES",
    "TIMEOUT",
    "TOO_LARGE",
    "UNSUPPORTED_TYPE",
    "ExtractionError",
]

EMPTY = "empty"
UNSUPPORTED_TYPE = "unsupported_type"
DAMAGED = "damaged"
ENCRYPTED = "encrypted"
NO_PAGES = "no_pages"
# The file would need more than the limits allow: pixels, pages, or bytes once unpacked
# (decompression bombs).
TOO_LARGE = "too_large"
# The document's time limit ran out (a huge file, or OCR of very many pages).
TIMEOUT = "timeout"
# A tool this machine lacks: LibreOffice for Office files, Tesseract with Vietnamese for scans.
NEEDS_LIBREOFFICE = "needs_libreoffice"
NEEDS_OCR = "needs_ocr"

_DEFAULT_MESSAGES = {
    EMPTY: "The file is empty.",
    UNSUPPORTED_TYPE: "This file type is not supported.",
    DAMAGED: "The PDF is damaged or truncated and cannot be read.",
    ENCRYPTED: "The PDF is protected by a password.",
    NO_PAGES: "The PDF has no pages.",
    TOO_LARGE: "The file is too large to process (too many pixels, pages or unpacked bytes).",
    TIMEOUT: "Processing the file took longer than its time limit.",
    NEEDS_LIBREOFFICE: "Office files need LibreOffice, which is not installed on this server.",
    NEEDS_OCR: "Scanned pages need Tesseract OCR with Vietnamese, not installed on this server.",
}


class ExtractionError(Exception):
    """A file that cannot be extracted, with a stable ``code`` and a short English ``message``.

    The codes are "empty", "unsupported_type", "damaged", "encrypted", "no_pages",
    "too_large", "timeout", "needs_libreoffice" and "needs_ocr"; the web side maps them to its
    own (Vietnamese) text. ``file_type`` is the sniffed type when it was known ("docx", ...),
    so a message can name the kind of file.

    Example:
        >>> error = ExtractionError("empty")
        >>> error.code, error.message
        ('empty', 'The file is empty.')
    """

    def __init__(self, code: str, message: str | None = None, file_type: str = "") -> None:
        self.code = code
        self.message = message or _DEFAULT_MESSAGES.get(code, "The file cannot be read.")
        self.file_type = file_type
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"ExtractionError({self.code!r}, {self.message!r})"

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        # Crosses process boundaries (worker pools) with its code and type intact.
        return (type(self), (self.code, self.message, self.file_type))
