"""Put a document's source paragraphs on the pages of its PDF rendering.

A Word file has paragraphs but no pages; LibreOffice's PDF has pages. Each paragraph is found in
the PDF's words (case-folded, after the last paragraph found) by the first run of three of its
words that occurs there, and goes to the page where it starts. Paragraphs that cannot be found
(too short, or drawn differently) stay on the page of the paragraph before them. If too little
of the text can be placed, the caller keeps the PDF's own text instead.

Example:
    >>> align_paragraphs(["Một hai ba bốn.", "Năm sáu bảy tám."],
    ...     ["Một hai ba bốn. Năm", "sáu bảy tám."])
    (['Một hai ba bốn.\\n\\nNăm sáu bảy tám.', ''], 1.0)
"""

from __future__ import annotations

import bisect
import re
import unicodedata

__all__ = ["MIN_PLACED_SHARE", "align_paragraphs"]

# Below this share of paragraph words placed, the alignment is not trusted.
MIN_PLACED_SHARE = 0.8
_SHINGLE = 3
# Shingles of a paragraph tried, from its start, before giving up on it.
_TRIES = 6
# Words after the last placed paragraph searched for a paragraph too short for shingles.
_NEAR_WINDOW = 60
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def align_paragraphs(paragraphs: list[str], pdf_pages: list[str]) -> tuple[list[str], float]:
    """(one text per PDF page made of the paragraphs that start on it, share of words placed).

    Example:
        >>> align_paragraphs(["Không có gì cả"], ["Trang khác hẳn"])
        (['Không có gì cả'], 0.0)
    """
    positions: dict[tuple[str, ...], list[int]] = {}
    page_of: list[int] = []
    words: list[str] = []
    for number, page in enumerate(pdf_pages):
        page_words = _words(page)
        words.extend(page_words)
        page_of.extend([number] * len(page_words))
    for index in range(len(words) - _SHINGLE + 1):
        positions.setdefault(tuple(words[index : index + _SHINGLE]), []).append(index)

    pages: list[list[str]] = [[] for _ in pdf_pages] or [[]]
    cursor = 0
    page = 0
    placed = total = 0
    for paragraph in paragraphs:
        own = _words(paragraph)
        # Paragraphs too short to be found (table cells, numbers) count neither way.
        if len(own) >= _SHINGLE:
            total += len(own)
        found = _find(own, positions, cursor) if len(own) >= _SHINGLE else _near(own, words, cursor)
        if found is not None:
            page = page_of[found]
            cursor = found + len(own)
            placed += len(own)
        pages[page].append(paragraph)
    share = placed / total if total else 1.0
    return ["\n\n".join(texts) for texts in pages], share


def _near(own: list[str], words: list[str], cursor: int) -> int | None:
    """Where a paragraph of one or two words occurs within the next few words."""
    if not own:
        return None
    stop = min(len(words), cursor + _NEAR_WINDOW)
    for index in range(cursor, stop - len(own) + 1):
        if words[index : index + len(own)] == own:
            return index
    return None


def _find(own: list[str], positions: dict[tuple[str, ...], list[int]], cursor: int) -> int | None:
    """Where the paragraph's words start in the PDF's words, at or after ``cursor``."""
    for offset in range(min(_TRIES, len(own) - _SHINGLE + 1)):
        hits = positions.get(tuple(own[offset : offset + _SHINGLE]))
        if not hits:
            continue
        at = bisect.bisect_left(hits, cursor + offset)
        if at < len(hits):
            return max(cursor, hits[at] - offset)
    return None
