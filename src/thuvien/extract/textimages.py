"""Draw a page of plain text as a preview image (text files and e-books have no page images).

Drawn with Pillow in the Be Vietnam Pro font the demo PDFs use, on an A4-shaped white page.
Why not typeset the text as a PDF (thuvien.demo.pdf_writer) and render that? Only the preview
pages are drawn here, straight from exactly the text of each page (plaintext.paginate made the
pages), so a preview never shows text of another page, and the cost does not grow with the
file: a PDF round trip would lay out and render through two libraries for the same picture.

Example:
    >>> draw_text_page("Xin chào").size
    (900, 1273)
"""

from __future__ import annotations

import functools
from importlib import resources

from PIL import Image, ImageDraw, ImageFont

from thuvien.extract.previews import PREVIEW_WIDTH

__all__ = ["draw_text_page", "font_path"]

_A4_RATIO = 297 / 210
# At 900 pixels wide: margins, text size and line step for about 90 characters x 45 lines.
_MARGIN = 60
_FONT_SIZE = 16
_LINE_STEP = 25
_INK = (25, 25, 25)


@functools.cache
def font_path(weight: str = "Regular") -> str:
    """The Be Vietnam Pro TTF that the fontpkg-be-vietnam-pro package ships, as a file path.

    Example:
        >>> font_path().endswith("BeVietnamPro-Regular.ttf")
        True
    """
    files = resources.files("fontpkg_be_vietnam_pro") / "files"
    # The package is installed as plain files, so the path stays valid after the with-block.
    with resources.as_file(files / f"BeVietnamPro-{weight}.ttf") as path:
        return str(path)


@functools.lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(), size)


def _wrap(paragraph: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in paragraph.split():
        candidate = f"{current} {word}" if current else word
        if current and font.getlength(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def draw_text_page(text: str, width: int = PREVIEW_WIDTH) -> Image.Image:
    """An RGB image of an A4 page ``width`` pixels wide showing ``text`` (what fits of it).

    Example:
        >>> draw_text_page("Xin chào", width=450).size
        (450, 636)
    """
    scale = width / PREVIEW_WIDTH
    height = round(width * _A4_RATIO)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = _font(max(4, round(_FONT_SIZE * scale)))
    margin = round(_MARGIN * scale)
    step = max(1, round(_LINE_STEP * scale))
    y = margin
    for paragraph in text.split("\n"):
        for line in _wrap(paragraph, font, width - 2 * margin):
            if y + step > height - margin:
                return image
            if line:
                draw.text((margin, y), line, font=font, fill=_INK)
            y += step
    return image
