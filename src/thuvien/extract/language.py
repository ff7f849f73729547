"""Guess a document's language: Vietnamese by its diacritics, English by its common words."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["VIETNAMESE_ONLY_LETTERS", "detect_language"]

# Letters only Vietnamese uses among Latin-script languages (breve, horn, d-stroke, and the
# dot-below / hook-above / tilde tone marks on vowels).
_VIETNAMESE_ONLY = frozenset("ăơưđạảẹẻẽịỉọỏụủỳỷỹỵằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữựĩũ")
# Public: what thuvien.extract.textquality counts as a Vietnamese word.
VIETNAMESE_ONLY_LETTERS = _VIETNAMESE_ONLY
# Any Vietnamese diacritic, including the ones French or Portuguese share (à, é, â, ô...).
_VIETNAMESE_MARKED = _VIETNAMESE_ONLY | frozenset("àáâãèéêìíòóôõùúý")
_ENGLISH_COMMON = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "as",
        "with",
        "was",
        "on",
        "are",
        "be",
        "by",
        "this",
        "which",
        "or",
        "from",
        "at",
        "an",
        "not",
        "have",
        "has",
    }
)
_WORD = re.compile(r"[^\W\d_]+")
# A few pages tell the language as surely as the whole text.
_SAMPLE_CHARS = 12_000


def detect_language(text: str) -> str:
    """ "vi" for Vietnamese text, "en" for English, "und" when unsure or too little text.

    Example:
        >>> detect_language("Thư viện mở cửa từ bảy giờ sáng đến chín giờ tối.")
        'vi'
    """
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if len(words) < 3:
        return "und"
    # Each distinct word is looked at once: a page repeats its words many times.
    counts = Counter(words)
    marked = only = 0
    for word, count in counts.items():
        letters = set(word)
        if letters & _VIETNAMESE_MARKED:
            marked += count
            if letters & _VIETNAMESE_ONLY:
                only += count
    # Vietnamese prose marks most syllables; some marks must be ones no other language uses.
    if marked >= 0.3 * len(words) and only >= 0.05 * len(words):
        return "vi"
    ascii_words = sum(count for word, count in counts.items() if word.isascii())
    common = sum(counts[word] for word in _ENGLISH_COMMON)
    if ascii_words >= 0.9 * len(words) and common >= 0.05 * len(words):
        return "en"
    return "und"
