"""Is a page's text layer usable, or garbage that OCR should replace?

A PDF can carry a text layer that does not say what the page shows: fonts without a Unicode map
give private-use or control characters, or letters substituted one for another ("Cżn bộ" ->
"Ỳẩn ưộ"). Legacy-font text (TCVN3, VNI) is *not* garbage: thuvien.text converts it, and this
test runs on the converted text.

The measure: among the page's words with a letter only Vietnamese uses (ă, ơ, ư, đ and the
hook, dot-below and tilde vowels), the share that are valid Vietnamese syllables (thuvien.text's
syllable model); plus the share of characters no real text has (controls, private use,
unassigned, U+FFFD). Other words are neutral: English, French or German words, numbers, codes,
other scripts. A page is garbage when more than ``MAX_ODD_SHARE`` of its characters are odd,
or when it has at least ``MIN_MARKED_WORDS`` such words and fewer than ``MIN_VALID_SHARE`` of
them are syllables. Real Vietnamese scores above 0.95 and substituted glyphs below 0.2
(tests/extract/test_textquality.py measures both, and French and English pages).

Example:
    >>> text_quality("Cán bộ thư viện kiểm tra tài liệu trước khi đưa lên kệ.").usable
    True
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from thuvien.extract.language import VIETNAMESE_ONLY_LETTERS
from thuvien.text.syllables import is_syllable

__all__ = ["MAX_ODD_SHARE", "MIN_MARKED_WORDS", "MIN_VALID_SHARE", "TextQuality", "text_quality"]

MAX_ODD_SHARE = 0.05
MIN_MARKED_WORDS = 8
MIN_VALID_SHARE = 0.5
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class TextQuality:
    """How much of a text looks like real text: odd characters, valid marked words."""

    characters: int
    odd_share: float
    marked_words: int
    valid_share: float

    @property
    def usable(self) -> bool:
        """False for garbage: too many odd characters, or marked words that are not syllables."""
        if self.characters and self.odd_share > MAX_ODD_SHARE:
            return False
        return self.marked_words < MIN_MARKED_WORDS or self.valid_share >= MIN_VALID_SHARE


# Marked words checked per page at most: the valid share of a sample of this size is within a
# few points of the page's.
SAMPLE_MARKED_WORDS = 200
# Once this many of the sample are syllables its share passes MIN_VALID_SHARE whatever the rest
# holds: the page is usable, and the count stops there (about halfway through a real page).
_SETTLED_VALID = math.ceil(MIN_VALID_SHARE * SAMPLE_MARKED_WORDS)


def _odd(char: str) -> bool:
    if char in "\t\n\r":
        return False
    # Controls, private use, unassigned, surrogates and U+FFFD: what unmapped glyphs turn into.
    return char == "\ufffd" or unicodedata.category(char) in {"Cc", "Co", "Cn", "Cs"}


def text_quality(text: str) -> TextQuality:
    """Measure ``text`` (NFC) for :attr:`TextQuality.usable`.

    Example:
        >>> q = text_quality("Ỳẩn ưộ ờữ ỹịẻộ ẩịếụ ởụẻ ửàị ịịệụ ẵẵịụở ịếụ ữẩớ ịụủ ịỏẩ")
        >>> q.usable, q.valid_share < 0.2
        (False, True)
    """
    characters = "".join(text.split())
    # Printable text has no control, private-use, unassigned or surrogate character: most
    # pages are, and are answered at C speed; the rest are counted one character at a time.
    if characters.isprintable() and "\ufffd" not in characters:
        odd = 0
    else:
        odd = sum(1 for char in characters if _odd(char))
    marked = valid = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii() or VIETNAMESE_ONLY_LETTERS.isdisjoint(word.lower()):
            continue
        marked += 1
        valid += is_syllable(word)
        if marked == SAMPLE_MARKED_WORDS or valid == _SETTLED_VALID:
            break
    return TextQuality(
        characters=len(characters),
        odd_share=odd / len(characters) if characters else 0.0,
        marked_words=marked,
        valid_share=valid / marked if marked else 1.0,
    )
