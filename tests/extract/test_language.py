"""Language guess from the text's letters and words."""

from __future__ import annotations

from tests.extract.conftest import BODY
from thuvien.extract.language import detect_language


def test_vietnamese_prose_is_vi() -> None:
    assert detect_language(BODY) == "vi"


def test_english_prose_is_en() -> None:
    text = "The library opens at seven and it is closed on the first day of the month."
    assert detect_language(text) == "en"


def test_french_accents_alone_are_not_vietnamese() -> None:
    text = "La bibliothèque est fermée le lundi et ouvre à huit heures, été comme hiver."
    assert detect_language(text) == "und"


def test_vietnamese_without_any_marks_is_not_called_vietnamese() -> None:
    assert detect_language("Thu vien mo cua tu bay gio sang den chin gio toi") == "und"


def test_too_little_text_is_undetermined() -> None:
    assert detect_language("") == "und"
    assert detect_language("Xin chào") == "und"
