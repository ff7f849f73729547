"""The record the pipeline's steps share: the request, then what each step found."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from thuvien.extract.capabilities import Capabilities
from thuvien.extract.layout import Line
from thuvien.extract.limits import Deadline

__all__ = ["OcrSource", "Work"]

# Yields (page index, image to read, its resolution in dpi) for the page indexes asked for.
OcrSource = Callable[[list[int]], Iterator[tuple[int, Image.Image, int]]]


@dataclass
class Work:
    """What the steps share. Readers fill the page texts, metadata and images."""

    path: Path
    preview_pages: int
    render_previews: bool
    keyword_stats: Any
    deadline: Deadline = field(default_factory=lambda: Deadline(None))
    ocr: bool = True
    capabilities: Capabilities | None = None
    data: bytes = b""
    sha256: str = ""
    file_name: str = ""
    file_type: str = ""
    mime_type: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    page_count: int = 0
    raw_pages: list[str] = field(default_factory=list)
    first_page_lines: list[Line] = field(default_factory=list)
    # A title the reader found in the content (a text file's first line), after the metadata's.
    heading: str = ""
    pages: list[str] = field(default_factory=list)
    previews: list[bytes] = field(default_factory=list)
    thumbnail: bytes | None = None
    warnings: list[str] = field(default_factory=list)
    # Pages (0-based) the reader knows need OCR: no text, or a full-page image with a few words.
    ocr_candidates: set[int] = field(default_factory=set)
    # How to get page images for OCR; None when the type has no page images.
    ocr_source: OcrSource | None = None
    ocr_pages: list[int] = field(default_factory=list)
    title: str = ""
    author: str | None = None
    language: str = "und"
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    phrase_keys: list[str] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        return "\n\n".join(page for page in self.pages if page)

    def wants_image(self, index: int) -> bool:
        """Whether page ``index`` is drawn: a preview page, or page 1 for the thumbnail."""
        return self.render_previews and (index < self.preview_pages or index == 0)
