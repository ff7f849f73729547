"""File -> Extraction: pure Python, no Django. Reads files, returns data, writes nothing.

``extract(path)`` sniffs the real type, reads a PDF once with pypdfium2 (text per page with
spaces at every word gap and line end, metadata, page count), repairs the text with
thuvien.text, derives title, description, keywords and language, and renders WebP previews of
the first pages. Failures come out as ExtractionError with a stable ``code``.

Example:
    >>> from thuvien.extract import extract, ExtractionError  # doctest: +SKIP
    >>> extract(Path("giao-trinh.pdf")).to_json()["page_count"]  # doctest: +SKIP
    12
"""

from thuvien.extract.errors import ExtractionError
from thuvien.extract.pipeline import extract
from thuvien.extract.result import Extraction
from thuvien.extract.sniff import sniff

__all__ = ["Extraction", "ExtractionError", "extract", "sniff"]
