"""Find a page's title-like heading from its lines' text sizes."""

from __future__ import annotations

from collections.abc import Sequence

from thuvien.extract.layout import Line

__all__ = ["largest_heading"]

# A heading must be clearly larger than the body text around it.
HEADING_SIZE_RATIO = 1.15
# Lines of one heading have (almost) the same size.
SAME_SIZE_RATIO = 0.06
MAX_HEADING_LINES = 4
MAX_HEADING_CHARS = 250


def _body_size(lines: Sequence[Line]) -> float:
    """The text size that covers the most characters on the page."""
    weight: dict[float, int] = {}
    for line in lines:
        key = round(line.size, 1)
        weight[key] = weight.get(key, 0) + len(line.text)
    return max(weight, key=weight.__getitem__)


def _has_words(text: str) -> bool:
    return sum(char.isalpha() for char in text) >= 3


def _without_note_mark(line: Line) -> str:
    if line.note_mark and line.text.endswith(line.note_mark):
        return line.text[: -len(line.note_mark)]
    return line.text


def largest_heading(lines: Sequence[Line]) -> str | None:
    """The text of the largest-size lines on a page (joined), if larger than the body text.

    Example:
        >>> body = [Line("Nội dung chính của tài liệu.", 0, 300, 600 - 15 * i, 588 - 15 * i, 12)
        ...         for i in range(5)]
        >>> title = [Line("GIÁO TRÌNH", 0, 200, 720, 696, 24),
        ...          Line("KINH TẾ", 0, 200, 692, 668, 24)]
        >>> largest_heading(title + body)
        'GIÁO TRÌNH KINH TẾ'
    """
    candidates = [line for line in lines if _has_words(line.text)]
    if not candidates:
        return None
    body = _body_size(candidates)
    largest = max(line.size for line in candidates)
    if largest < HEADING_SIZE_RATIO * body:
        return None
    start = next(
        i
        for i, line in enumerate(lines)
        if line.size >= largest * (1 - SAME_SIZE_RATIO) and _has_words(line.text)
    )
    parts = [_without_note_mark(lines[start])]
    previous = lines[start]
    for line in lines[start + 1 : start + MAX_HEADING_LINES]:
        close = previous.bottom - line.top < previous.size
        if abs(line.size - largest) > SAME_SIZE_RATIO * largest or not close:
            break
        parts.append(_without_note_mark(line))
        previous = line
    heading = " ".join(" ".join(parts).split())
    if len(heading) > MAX_HEADING_CHARS:
        heading = heading[: MAX_HEADING_CHARS + 1].rsplit(" ", 1)[0]
    return heading or None
