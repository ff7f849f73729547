"""The measurable test for a garbage text layer: odd characters and invalid syllables."""

from __future__ import annotations

import random

from tests.extract.conftest import BODY, SECOND
from thuvien.extract.textquality import MIN_VALID_SHARE, text_quality

ENGLISH = (
    "The reading room is open to all students and staff. Books may be borrowed for two "
    "weeks and renewed once. Please keep quiet on the third floor."
)
FRENCH = (
    "L'été dernier, nous sommes allés à la bibliothèque municipale. Les élèves étaient très "
    "contents de découvrir les œuvres célèbres, même si la journée fut longue et fatigante."
)
_VIETNAMESE_LETTERS = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵ"


def _substituted(text: str, seed: int = 3) -> str:
    """What a font without a Unicode map gives: each letter swapped for another, consistently."""
    rng = random.Random(seed)
    letters = sorted({c for c in text.lower() if c.isalpha()})
    targets = list(_VIETNAMESE_LETTERS)
    rng.shuffle(targets)
    table = {ord(c): targets[i % len(targets)] for i, c in enumerate(letters)}
    return text.lower().translate(table)


def test_real_vietnamese_is_usable_and_scores_high() -> None:
    quality = text_quality(f"{BODY} {SECOND}")
    assert quality.usable
    assert quality.valid_share > 0.95


def test_english_and_french_pages_are_usable() -> None:
    assert text_quality(ENGLISH).usable
    assert text_quality(FRENCH).usable


def test_substituted_glyphs_are_garbage() -> None:
    quality = text_quality(_substituted(f"{BODY} {SECOND}"))
    assert not quality.usable
    assert quality.valid_share < MIN_VALID_SHARE


def test_private_use_and_control_characters_are_garbage() -> None:
    unmapped = "".join(chr(0xE000 + (ord(c) % 200)) if c.isalpha() else c for c in BODY)
    assert not text_quality(unmapped).usable
    assert not text_quality("\x01\x02\x03 \x04\x05 abc \x06\x07\x08").usable


def test_a_few_words_are_not_judged() -> None:
    assert text_quality("Ỳẩn ưộ").usable
    assert text_quality("").usable


def test_stopping_once_enough_words_are_valid_judges_as_the_whole_sample(monkeypatch) -> None:
    real = f"{BODY} {SECOND} " * 6
    garbage = _substituted(real)
    real_words, garbage_words = real.split(), garbage.split()
    pages = [
        " ".join(real_words[:n] + garbage_words[: 400 - n] + real_words[n : n + 60])
        for n in range(0, 400, 20)
    ]
    early = [text_quality(page) for page in pages]
    monkeypatch.setattr("thuvien.extract.textquality._SETTLED_VALID", 10**9)
    whole = [text_quality(page) for page in pages]
    assert [q.usable for q in early] == [q.usable for q in whole]
    assert {q.usable for q in early} == {True, False}  # both verdicts occur in the mix
    # Stopping early does not change how a real page scores.
    assert early[-1].valid_share > 0.95 and early[-1].marked_words < whole[-1].marked_words
