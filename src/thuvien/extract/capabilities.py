"""Which file types this machine can process: the tools each type needs, and whether they exist.

PDF, plain text and EPUB need nothing beyond the Python packages. Office files are converted to
PDF by LibreOffice (``soffice``); scans (images, and PDF pages without usable text) are read by
Tesseract with its Vietnamese data. The upload page asks :func:`capabilities` what to promise,
and ``extract`` raises "needs_libreoffice" / "needs_ocr" instead of failing obscurely.

Example:
    >>> caps = capabilities()
    >>> caps.can_process("pdf")
    True
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass

from thuvien.extract.errors import NEEDS_LIBREOFFICE, NEEDS_OCR, UNSUPPORTED_TYPE

__all__ = [
    "EPUB_TYPES",
    "EXTENSIONS",
    "IMAGE_TYPES",
    "OCR_LANGUAGES",
    "OFFICE_TYPES",
    "PDF_TYPES",
    "SUPPORTED_TYPES",
    "TEXT_TYPES",
    "Capabilities",
    "capabilities",
]

PDF_TYPES = frozenset({"pdf"})
OFFICE_TYPES = frozenset({"doc", "docx", "odt", "rtf", "ppt", "pptx", "odp", "xls", "xlsx", "ods"})
TEXT_TYPES = frozenset({"text"})
EPUB_TYPES = frozenset({"epub"})
IMAGE_TYPES = frozenset({"jpeg", "png", "tiff", "bmp", "gif", "webp"})
SUPPORTED_TYPES = PDF_TYPES | OFFICE_TYPES | TEXT_TYPES | EPUB_TYPES | IMAGE_TYPES

# Tesseract's language data used for OCR: Vietnamese first, English for the Latin words around it.
OCR_LANGUAGES = ("vie", "eng")

# File name extensions per type, for the upload page's "accepted files" line.
EXTENSIONS = {
    "pdf": (".pdf",),
    "doc": (".doc",),
    "docx": (".docx",),
    "odt": (".odt",),
    "rtf": (".rtf",),
    "ppt": (".ppt",),
    "pptx": (".pptx",),
    "odp": (".odp",),
    "xls": (".xls",),
    "xlsx": (".xlsx",),
    "ods": (".ods",),
    "text": (".txt",),
    "epub": (".epub",),
    "jpeg": (".jpg", ".jpeg"),
    "png": (".png",),
    "tiff": (".tif", ".tiff"),
    "bmp": (".bmp",),
    "gif": (".gif",),
    "webp": (".webp",),
}


@dataclass(frozen=True)
class Capabilities:
    """What this machine has: the LibreOffice and Tesseract programs, Tesseract's languages.

    Example:
        >>> caps = Capabilities(libreoffice=None, tesseract="/usr/bin/tesseract",
        ...     ocr_languages=("eng", "vie"))
        >>> caps.can_process("docx"), caps.missing_for("docx"), caps.can_process("png")
        (False, 'needs_libreoffice', True)
    """

    libreoffice: str | None
    tesseract: str | None
    ocr_languages: tuple[str, ...] = ()

    @property
    def office(self) -> bool:
        """Office files can be converted (LibreOffice's ``soffice`` is on the PATH)."""
        return self.libreoffice is not None

    @property
    def ocr(self) -> bool:
        """Scans can be read: Tesseract is there with its Vietnamese (and English) data."""
        return self.tesseract is not None and all(
            language in self.ocr_languages for language in OCR_LANGUAGES
        )

    def missing_for(self, file_type: str) -> str | None:
        """The error code a file of this type would fail with here, or None if it can be done.

        Example:
            >>> Capabilities(None, None).missing_for("exe")
            'unsupported_type'
        """
        if file_type not in SUPPORTED_TYPES:
            return UNSUPPORTED_TYPE
        if file_type in OFFICE_TYPES and not self.office:
            return NEEDS_LIBREOFFICE
        if file_type in IMAGE_TYPES and not self.ocr:
            return NEEDS_OCR
        return None

    def can_process(self, file_type: str) -> bool:
        return self.missing_for(file_type) is None

    def processable_types(self) -> list[str]:
        """The types this machine can take, sorted.

        Example:
            >>> Capabilities(None, None).processable_types()
            ['epub', 'pdf', 'text']
        """
        return sorted(kind for kind in SUPPORTED_TYPES if self.can_process(kind))

    def accepted_extensions(self) -> list[str]:
        """File name extensions to suggest in an upload form (the type is still sniffed)."""
        return sorted({ext for kind in self.processable_types() for ext in EXTENSIONS[kind]})


def _find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _tesseract_languages(tesseract: str) -> tuple[str, ...]:
    try:
        result = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ()
    # The first line is a header ("List of available languages in ... (3):").
    lines = (result.stdout + "\n" + result.stderr).splitlines()
    return tuple(sorted({line.strip() for line in lines if line.strip().isidentifier()}))


@functools.cache
def _detect() -> Capabilities:
    tesseract = shutil.which("tesseract")
    languages = _tesseract_languages(tesseract) if tesseract else ()
    return Capabilities(libreoffice=_find_soffice(), tesseract=tesseract, ocr_languages=languages)


def capabilities(*, refresh: bool = False) -> Capabilities:
    """What this machine can do, looked up on the PATH once per process (``refresh`` looks
    again, e.g. after installing LibreOffice).

    Example:
        >>> capabilities().can_process("text")
        True
    """
    if refresh:
        _detect.cache_clear()
    return _detect()
