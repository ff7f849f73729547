"""The bounds one document may not pass, and the clock that enforces its time limit.

Every limit is checked *before* the expensive thing happens: image dimensions before pixels are
decoded, a ZIP member's declared size and compression ratio before it is inflated (and the bytes
read are capped anyway, since a header can lie), a page's size before it is rendered.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from thuvien.extract.errors import TIMEOUT, ExtractionError

__all__ = [
    "DEFAULT_TIME_LIMIT",
    "MAX_IMAGE_PAGES",
    "MAX_IMAGE_PIXELS",
    "MAX_OCR_PAGES",
    "MAX_OCR_PIXELS",
    "MAX_TEXT_CHARS",
    "MAX_ZIP_MEMBERS",
    "MAX_ZIP_MEMBER_BYTES",
    "MAX_ZIP_RATIO",
    "MAX_ZIP_TOTAL_BYTES",
    "SOFFICE_TIMEOUT",
    "ZIP_RATIO_FLOOR",
    "Deadline",
    "timeout_error",
]

# Seconds one document may take, OCR included, unless the caller asks otherwise. A 300-page
# scanned book takes about 5 minutes of OCR on 2 cores (benchmarks/bench_pipeline.py).
DEFAULT_TIME_LIMIT = 900.0
# One LibreOffice conversion, at most (and never more than what is left of the time limit).
SOFFICE_TIMEOUT = 180.0

# One image (a scan, a TIFF frame) may hold at most this many pixels: an A3 page scanned at
# 600 dpi is 70 million. Checked from the header, before decoding.
MAX_IMAGE_PIXELS = 120_000_000
# Frames of a multi-page TIFF (or GIF/WebP) taken as pages.
MAX_IMAGE_PAGES = 2_000
# Pixels of one page rendered for OCR: a page declared 5 metres tall is drawn at a lower
# resolution instead of allocating gigabytes.
MAX_OCR_PIXELS = 40_000_000
# Pages OCR'd per document; the rest keep no text and a warning says so.
MAX_OCR_PAGES = 1_000

# ZIP containers (DOCX, XLSX, PPTX, ODF, EPUB): members, declared sizes, compression ratio.
MAX_ZIP_MEMBERS = 20_000
MAX_ZIP_MEMBER_BYTES = 256 << 20
MAX_ZIP_TOTAL_BYTES = 1 << 30
# Deflate reaches 10-30x on XML and about 100x on very repetitive XML; a bomb reaches 1000x.
MAX_ZIP_RATIO = 200
# The ratio is only judged on members that inflate to more than this.
ZIP_RATIO_FLOOR = 1 << 20

# Characters of decoded text kept from a plain-text file or an e-book (about 10,000 pages).
MAX_TEXT_CHARS = 30_000_000


@dataclass
class Deadline:
    """The end of a document's time limit (None: no limit).

    Example:
        >>> deadline = Deadline.after(60)
        >>> 0 < deadline.remaining() <= 60
        True
        >>> Deadline.after(None).remaining() is None
        True
    """

    end: float | None

    @classmethod
    def after(cls, seconds: float | None) -> Deadline:
        return cls(None if seconds is None else time.monotonic() + max(0.0, seconds))

    def remaining(self) -> float | None:
        """Seconds left (never below 0), or None without a limit."""
        if self.end is None:
            return None
        return max(0.0, self.end - time.monotonic())

    def expired(self) -> bool:
        return self.end is not None and time.monotonic() >= self.end

    def check(self, doing: str = "") -> None:
        """Raise the "timeout" ExtractionError once the time is up."""
        if self.expired():
            raise timeout_error(doing)

    def cap(self, seconds: float) -> float:
        """``seconds``, or what is left of the limit if that is less."""
        left = self.remaining()
        return seconds if left is None else min(seconds, left)


def timeout_error(doing: str = "") -> ExtractionError:
    suffix = f" ({doing})" if doing else ""
    return ExtractionError(TIMEOUT, f"Processing the file took longer than its time limit{suffix}.")
