"""Scanned pages as image files (JPEG, PNG, TIFF, BMP, GIF, WebP): pages, previews, OCR input.

Each frame of the file is a page (a multi-page TIFF is a scanned document). Sizes are checked
from the headers before any pixel is decoded, so a 100,000 x 100,000 PNG of a few kilobytes
(a decompression bomb) is refused as "too_large" instead of taking gigabytes. Photos are turned
upright by their EXIF orientation. The text comes from OCR (the pipeline's OCR step).
"""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image, ImageOps

from thuvien.extract.errors import DAMAGED, NO_PAGES, TOO_LARGE, ExtractionError
from thuvien.extract.limits import MAX_IMAGE_PAGES, MAX_IMAGE_PIXELS
from thuvien.extract.ocr import prepare_scan
from thuvien.extract.previews import MAX_PIXELS, PREVIEW_WIDTH, THUMBNAIL_WIDTH, to_webp
from thuvien.extract.work import OcrSource, Work

__all__ = ["image_ocr_source", "open_image", "read_image_into"]

# What Pillow raises on files it cannot decode.
_DECODE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, IndexError, struct.error)


def _check_size(image: Image.Image, frame: int) -> None:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise ExtractionError(DAMAGED, f"Image {frame + 1} has no size.")
    if width * height > MAX_IMAGE_PIXELS:
        raise ExtractionError(
            TOO_LARGE,
            f"Image {frame + 1} is {width} x {height} pixels, more than the "
            f"{MAX_IMAGE_PIXELS // 1_000_000} million allowed.",
        )


@contextmanager
def open_image(data: bytes) -> Iterator[Image.Image]:
    """Open image bytes lazily (header only) and check the first frame's size.

    Example:
        >>> buffer = io.BytesIO(); Image.new("L", (20, 10)).save(buffer, "PNG")
        >>> with open_image(buffer.getvalue()) as image:
        ...     image.size
        (20, 10)
    """
    with warnings.catch_warnings():
        # Our own limit (checked next) replaces Pillow's warning; its hard error still counts.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as error:
            raise ExtractionError(TOO_LARGE, "The image has too many pixels.") from error
        except _DECODE_ERRORS as error:
            raise ExtractionError(
                DAMAGED, "The image is damaged or truncated and cannot be read."
            ) from error
        with image:
            _check_size(image, 0)
            yield image


def _frame_count(image: Image.Image) -> int:
    count = int(getattr(image, "n_frames", 1) or 1)
    if count > MAX_IMAGE_PAGES:
        raise ExtractionError(
            TOO_LARGE, f"The image file has {count} pages, more than {MAX_IMAGE_PAGES}."
        )
    return count


def _frames(data: bytes, indexes: list[int]) -> Iterator[tuple[int, Image.Image]]:
    """Each asked frame, decoded and upright (RGB or L), after its size check."""
    with open_image(data) as image, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        for index in indexes:
            try:
                image.seek(index)
                _check_size(image, index)
                image.load()
                # Upright by the EXIF orientation; a copy, as the next seek reuses the object.
                frame = ImageOps.exif_transpose(image) or image.copy()
                frame.info.setdefault("dpi", image.info.get("dpi"))
                if frame.mode not in ("RGB", "L"):
                    frame = frame.convert("RGB")
            except ExtractionError:
                raise
            except Image.DecompressionBombError as error:
                raise ExtractionError(TOO_LARGE, "The image has too many pixels.") from error
            except _DECODE_ERRORS as error:
                raise ExtractionError(
                    DAMAGED, f"Page {index + 1} of the image is damaged or truncated."
                ) from error
            yield index, frame


def _scaled(frame: Image.Image, width: int) -> Image.Image:
    height = max(1, round(frame.height * width / frame.width))
    if width * height > MAX_PIXELS:
        scale = (MAX_PIXELS / (width * height)) ** 0.5
        width, height = max(1, int(width * scale)), max(1, int(height * scale))
    rgb = frame if frame.mode == "RGB" else frame.convert("RGB")
    return rgb.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=2.0)


def read_image_into(work: Work) -> None:
    """Page count, empty page texts (OCR fills them), previews and thumbnail of a scan file."""
    with open_image(work.data) as image:
        work.page_count = _frame_count(image)
    if work.page_count == 0:
        raise ExtractionError(NO_PAGES, "The image file has no pages.")
    work.raw_pages = [""] * work.page_count
    work.ocr_candidates = set(range(work.page_count))
    drawn = [i for i in range(min(work.page_count, max(1, work.preview_pages)))]
    for index, frame in _frames(work.data, [i for i in drawn if work.wants_image(i)]):
        if index < work.preview_pages:
            work.previews.append(to_webp(_scaled(frame, PREVIEW_WIDTH)))
        if index == 0:
            work.thumbnail = to_webp(_scaled(frame, THUMBNAIL_WIDTH))
    work.ocr_source = image_ocr_source(work.data)


def image_ocr_source(data: bytes) -> OcrSource:
    """A function that yields the asked frames prepared for OCR (greyscale, ~300 dpi)."""

    def pages(indexes: list[int]) -> Iterator[tuple[int, Image.Image, int]]:
        for index, frame in _frames(data, indexes):
            prepared, dpi = prepare_scan(frame)
            yield index, prepared, dpi

    return pages
