import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from thuvien.text.fold import fold, has_diacritics

VIETNAMESE_VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
BASES = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i", "o": "o", "ô": "o"}
BASES |= {"ơ": "o", "u": "u", "ư": "u", "y": "y"}


def test_fold_da_nang():
    assert fold("Đà Nẵng") == "da nang"


def test_fold_removes_d_stroke_in_both_cases():
    assert fold("đường Đinh Tiên Hoàng") == "duong dinh tien hoang"


def test_fold_maps_every_vietnamese_letter_to_its_ascii_base():
    for vowel, base in BASES.items():
        for tone in TONES:
            letter = unicodedata.normalize("NFC", vowel + tone)
            assert fold(letter) == base, letter
            assert fold(letter.upper()) == base, letter.upper()


def test_fold_handles_decomposed_input():
    assert fold(unicodedata.normalize("NFD", "Nguyễn Thị Thuỷ")) == "nguyen thi thuy"


def test_fold_lowers_case_and_keeps_punctuation_and_digits():
    assert (
        fold("Quyết định số 15/2020/QĐ-TTg “Về việc…”") == "quyet dinh so 15/2020/qd-ttg “ve viec…”"
    )


def test_fold_removes_marks_from_other_scripts_and_languages():
    assert fold("Crème brûlée, Łódź, Ørsted, naïve") == "creme brulee, lodz, orsted, naive"
    assert fold("ἀρχή") == "αρχη"


def test_fold_keeps_letters_without_diacritics_of_other_scripts():
    assert fold("Москва 東京 한국") == "москва 東京 한국"


def test_fold_of_ascii_is_lower_case():
    assert fold("Ha Noi 2024") == "ha noi 2024"


def test_has_diacritics_tells_accented_text_from_plain():
    assert has_diacritics("Hà Nội")
    assert not has_diacritics("Ha Noi")


@given(st.text())
def test_fold_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_fold_never_leaves_a_combining_mark_or_d_stroke(text):
    result = fold(text)
    assert "đ" not in result and "Đ" not in result
    assert not any(unicodedata.category(c).startswith("M") for c in result)


@given(st.text(alphabet=st.sampled_from("aăâđeêioôơuưy bcdghklmnpqrstvx" + "".join(TONES))))
def test_fold_of_vietnamese_letters_is_ascii(text):
    assert fold(unicodedata.normalize("NFC", text)).isascii()
