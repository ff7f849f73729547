import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from thuvien.text.normalize import comparison_key, normalize, normalize_keep_legacy


def test_normalize_composes_decomposed_vietnamese_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Tiếng Việt có dấu")
    assert decomposed != "Tiếng Việt có dấu"
    assert normalize(decomposed) == "Tiếng Việt có dấu"


def test_normalize_composes_windows_1258_style_combining_tones():
    # Windows-1258 writes the shaped letter precomposed and the tone as a combining mark.
    assert normalize("Vi\u00ea\u0323t Nam") == "Việt Nam"


def test_normalize_removes_zero_width_characters():
    text = "thư\u200b viện\u200c số\u200d\ufeff hoá\u2060"
    assert normalize(text) == "thư viện số hoá"


def test_normalize_removes_control_characters_but_keeps_newline_and_tab():
    assert normalize("a\x00b\x07c\x1bd\x7fe\x9ff\tg\nh") == "abcdef\tg\nh"


def test_normalize_turns_carriage_returns_and_page_breaks_into_newlines():
    assert normalize("một\r\nhai\rba\x0cbốn\u2028năm") == "một\nhai\nba\nbốn\nnăm"


def test_normalize_removes_soft_hyphens_and_bidi_marks():
    assert normalize("thư\u00adviện \u200fsố\u202e") == "thưviện số"


def test_normalize_keeps_the_authors_tone_placement():
    assert normalize("hoà thuỷ uỷ") == "hoà thuỷ uỷ"
    assert normalize("hòa thủy ủy") == "hòa thủy ủy"


def test_normalize_leaves_clean_text_unchanged():
    text = "Điều 1. Phạm vi điều chỉnh\n\nThông tư này quy định…"
    assert normalize(text) == text


def test_normalize_keep_legacy_keeps_bytes_of_mis_decoded_text():
    # C1 controls and the soft hyphen are bytes of UTF-8 read as Latin-1 ("Ä\x91" is "đ")
    # and of TCVN3 ("\xad" is "ư"): they must reach the legacy converter.
    assert normalize_keep_legacy("Ä\x91\xad\x85\u200b") == "Ä\x91\xad\x85"


def test_comparison_key_equates_old_and_new_tone_placement():
    pairs = [("hoà", "hòa"), ("thuỷ", "thủy"), ("uỷ", "ủy"), ("khoẻ", "khỏe"), ("loè", "lòe")]
    for old, new in pairs:
        assert comparison_key(old) == comparison_key(new), (old, new)


def test_comparison_key_equates_sentences_with_mixed_conventions():
    assert comparison_key("Uỷ ban Hoà bình Thuỷ lợi") == comparison_key("ủy ban hòa bình thủy lợi")


def test_comparison_key_equates_decomposed_and_composed_text():
    assert comparison_key(unicodedata.normalize("NFD", "Thuỷ")) == comparison_key("thủy")


def test_comparison_key_keeps_different_words_apart():
    assert comparison_key("hòa") != comparison_key("hóa")
    assert comparison_key("thủy") != comparison_key("thùy")
    assert comparison_key("quý") != comparison_key("quỳ")


def test_comparison_key_does_not_move_tones_that_have_one_place():
    # "quý": the u belongs to "qu"; "hoàng": a final consonant fixes the tone on "a".
    assert comparison_key("quý hoàng") == "quý hoàng"


@given(st.text())
def test_normalize_output_is_nfc_without_control_characters(text):
    result = normalize(text)
    assert unicodedata.is_normalized("NFC", result)
    assert all(c in "\n\t" or unicodedata.category(c) != "Cc" for c in result)


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once
