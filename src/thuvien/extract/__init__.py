"""File -> Extraction: pure Python, no Django. Reads files, returns data, writes nothing.

``extract(path)`` sniffs the real type from the bytes and reads it: PDF with pypdfium2; Word,
PowerPoint, Excel, OpenDocument and RTF through LibreOffice's PDF (text from the file's own XML
where it is reliable); plain text in any common Vietnamese encoding; EPUB chapters; scans
(JPEG, PNG, TIFF, ...) and PDF pages without usable text through Tesseract OCR. It repairs the
text with thuvien.text, derives title, description, keywords and language, and renders WebP
previews of the first pages. Failures come out as ExtractionError with a stable ``code``;
``capabilities()`` tells which types this machine can process.

Example:
    >>> from thuvien.extract import extract, ExtractionError  # doctest: +SKIP
    >>> extract(Path("giao-trinh.pdf")).to_json()["page_count"]  # doctest: +SKIP
    12
"""

from thuvien.extract.capabilities import Capabilities, capabilities
from thuvien.extract.errors import ExtractionError
from thuvien.extract.pipeline import extract
from thuvien.extract.result import Extraction
from thuvien.extract.sniff import sniff

__all__ = ["Capabilities", "Extraction", "ExtractionError", "capabilities", "extract", "sniff"]
