"""Turn positioned characters into lines and paragraphs of text.

PDF pages hold glyphs at positions, not words and lines. Some producers never write a space
character (each word is placed on its own), so reading the characters in order glues words
together ("thểcán", "bộcó"). Here a space is inserted wherever the page shows a horizontal gap,
a new line starts wherever the baseline moves, and a blank line marks a paragraph break where
the vertical gap or the text size says so. Pure Python: the callers feed it boxes from any PDF
engine.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "GAP_FRACTION",
    "Line",
    "lines_from_chars",
    "page_text",
    "paragraph_breaks",
]

# A horizontal gap wider than this fraction of the line box height (ascent + descent, about
# 1.25 em) is a word gap. Letters in a word touch (gap ~0 with advance-width boxes) and a space is
# 0.23-0.28 em, so 0.08 x 1.25 em = 0.1 em still finds a space squeezed to under half its width.
GAP_FRACTION = 0.08
# Characters whose vertical middles differ by less than this fraction of the height share a line.
SAME_LINE_FRACTION = 0.5
# A baseline step this many times the page's usual step starts a new paragraph.
PARAGRAPH_STEP_RATIO = 1.3
# Without a usual step to compare with, a gap between line boxes this many line heights wide.
PARAGRAPH_GAP_RATIO = 0.5
# Text sizes differing by more than this fraction mean a heading / body change.
SIZE_CHANGE_RATIO = 0.15

# Code points that only separate words: the space family and line breaks.
_BREAKING = frozenset({0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2002, 0x2003, 0x2009, 0x200A, 0x3000})


@dataclass(slots=True)
class Line:
    """One line of text with its box in page coordinates (y grows upwards) and its text size.

    Example:
        >>> Line("Xin chào", left=72, right=120, top=700, bottom=686, size=14).height
        14
    """

    text: str
    left: float
    right: float
    top: float
    bottom: float
    size: float
    # Trailing small raised digits ("AL¹" drawn as "AL1"): a footnote mark a title should drop.
    note_mark: str = ""

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def _finish_line(
    parts: list[str], heights: list[float], left: float, right: float, top: float, bottom: float
) -> Line:
    heights.sort()
    return Line("".join(parts), left, right, top, bottom, heights[len(heights) // 2])


def lines_from_chars(
    text: str,
    lefts: Sequence[float],
    tops: Sequence[float],
    rights: Sequence[float],
    bottoms: Sequence[float],
) -> list[Line]:
    """Group characters (one per item of ``text``, with advance-width boxes) into lines.

    A space goes wherever a break character stood or the gap to the previous glyph is wider
    than GAP_FRACTION of the glyph height; a new line starts when the vertical middle moves by
    half a glyph height or the text jumps back to the left.

    Example:
        >>> [line.text for line in lines_from_chars(
        ...     "bộcó", [0, 6, 15, 21], [12, 12, 12, 12], [6, 12, 21, 27], [0, 0, 0, 0])]
        ['bộ có']
    """
    lines: list[Line] = []
    parts: list[str] = []
    heights: list[float] = []
    left = right = top = bottom = 0.0
    middle = prev_right = 0.0
    pending_space = False
    combining = unicodedata.combining
    for index, char in enumerate(text):
        code = ord(char)
        if code in _BREAKING:
            pending_space = True
            continue
        if code < 0x20 or code == 0xFFFE or code == 0xFFFF:
            # Control codes and pdfium's markers carry no text.
            continue
        c_left = lefts[index]
        c_top = tops[index]
        c_right = rights[index]
        c_bottom = bottoms[index]
        height = c_top - c_bottom
        if height <= 0:
            # A glyph without a box (rare, broken fonts): keep it on the current line.
            height = heights[-1] if heights else 1.0
            c_top, c_bottom = (top, bottom) if parts else (c_bottom + height, c_bottom)
        c_middle = (c_top + c_bottom) * 0.5
        if parts:
            limit = SAME_LINE_FRACTION * (height if height < top - bottom else top - bottom)
            if abs(c_middle - middle) > limit or c_right < left - height:
                lines.append(_finish_line(parts, heights, left, right, top, bottom))
                parts = []
                heights = []
            else:
                if (pending_space or c_left - prev_right > GAP_FRACTION * height) and not (
                    combining(char)
                ):
                    parts.append(" ")
                parts.append(char)
                heights.append(height)
                prev_right = c_right
                if c_right > right:
                    right = c_right
                if c_left < left:
                    left = c_left
                if c_top > top:
                    top = c_top
                if c_bottom < bottom:
                    bottom = c_bottom
                pending_space = False
                continue
        parts.append(char)
        heights.append(height)
        left, right, top, bottom = c_left, c_right, c_top, c_bottom
        middle = c_middle
        prev_right = c_right
        pending_space = False
    if parts:
        lines.append(_finish_line(parts, heights, left, right, top, bottom))
    return lines


def _usual_step(lines: Sequence[Line]) -> float | None:
    """The most common baseline-to-baseline distance between consecutive lines of one size."""
    steps = []
    for upper, lower in zip(lines, lines[1:], strict=False):
        step = upper.bottom - lower.bottom
        if step > 0 and step < 3 * upper.size and abs(upper.size - lower.size) <= 0.05 * upper.size:
            steps.append(step)
    if len(steps) < 2:
        return None
    steps.sort()
    # The lower quartile: paragraph gaps are the outliers above the normal line step.
    return steps[len(steps) // 4]


def paragraph_breaks(lines: Sequence[Line]) -> list[bool]:
    """For each line after the first: does a new paragraph start there?

    Example:
        >>> body = [Line("a", 0, 50, 700 - 14 * i, 688 - 14 * i, 12) for i in range(3)]
        >>> far = Line("b", 0, 50, 640, 628, 12)
        >>> paragraph_breaks(body + [far])
        [False, False, True]
    """
    usual = _usual_step(lines)
    breaks = []
    for upper, lower in zip(lines, lines[1:], strict=False):
        larger = upper.size if upper.size > lower.size else lower.size
        if abs(upper.size - lower.size) > SIZE_CHANGE_RATIO * larger:
            breaks.append(True)
            continue
        step = upper.bottom - lower.bottom
        if step <= 0:
            # The text went up the page (a new column or a header placed late): a new block.
            breaks.append(True)
        elif usual is not None:
            breaks.append(step > PARAGRAPH_STEP_RATIO * usual)
        else:
            breaks.append(upper.bottom - lower.top > PARAGRAPH_GAP_RATIO * larger)
    return breaks


def page_text(lines: Sequence[Line]) -> str:
    """Lines joined by "\\n", with a blank line where a paragraph break falls.

    Example:
        >>> page_text([Line("Một", 0, 9, 20, 8, 12), Line("Hai", 0, 9, 6, -6, 12)])
        'Một\\nHai'
    """
    if not lines:
        return ""
    out = [lines[0].text]
    for line, new_paragraph in zip(lines[1:], paragraph_breaks(lines), strict=True):
        out.append("\n\n" if new_paragraph else "\n")
        out.append(line.text)
    return "".join(out)
