"""The Extraction record: everything extraction learned about one file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Extraction"]


@dataclass
class Extraction:
    """What one file holds: metadata, text per page, derived title/description/keywords, images.

    ``pages`` holds one NFC string per page (lines separated by "\\n", paragraphs by a blank
    line); ``previews`` are WebP images of the first pages and ``thumbnail`` a small WebP cover.

    Example:
        >>> e = Extraction(file_name="a.pdf", file_type="pdf", mime_type="application/pdf",
        ...     size_bytes=10, sha256="0" * 64, page_count=1, title="A", author=None,
        ...     pages=["Xin chào"], description="", keywords=[], language="vi")
        >>> e.to_json()["page_count"]
        1
    """

    file_name: str
    file_type: str
    mime_type: str
    size_bytes: int
    sha256: str
    page_count: int
    title: str
    author: str | None
    pages: list[str]
    description: str
    keywords: list[str]
    language: str
    warnings: list[str] = field(default_factory=list)
    previews: list[bytes] = field(default_factory=list)
    thumbnail: bytes | None = None
    # Keys of every candidate keyphrase: what the library counts to score keywords.
    phrase_keys: list[str] = field(default_factory=list)
    # Pages (1-based) whose text was read by OCR (scans, pages with a garbled text layer).
    ocr_pages: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The whole document's text, pages separated by a blank line."""
        return "\n\n".join(page for page in self.pages if page)

    def to_json(self) -> dict[str, Any]:
        """The JSON-safe part (no images, no hashes), with exactly the documented keys.

        Example:
            >>> sorted(Extraction("a.pdf", "pdf", "application/pdf", 1, "", 0, "", None, [],
            ...     "", [], "und").to_json())[:3]
            ['author', 'description', 'file_type']
        """
        return {
            "title": self.title,
            "author": self.author,
            "page_count": self.page_count,
            "file_type": self.file_type,
            "size_bytes": self.size_bytes,
            "pages": list(self.pages),
            "description": self.description,
            "keywords": list(self.keywords),
            "language": self.language,
            "warnings": list(self.warnings),
        }
