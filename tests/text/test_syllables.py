from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thuvien.text.syllables import (
    Syllable,
    canonical_tones,
    is_syllable,
    parse_syllable,
    place_tone,
    strip_tone,
)

DATA = Path(__file__).parent / "data"

VALID_TEXT = """thể để cơ sở toàn cán bộ có năm Trong người được những nghiêng khuya khuỷu ngoài
thuở huơ giếng gì gìn ghi quốc quyết quyển quý qui quỳnh quê quen quét queo
huých oái ấy ở ý ỉa mía kìa mùa của xoong boong moóc hoặc hoàng ngoằn xoắn khoẻ
khỏe hòa hoà thủy thuỷ ủy uỷ đã ạ ừ ờ ơi ôi chịu cứu hưu gửi khuấy tuần khuâng
nghe nghìn kể ký kỹ mỹ mĩ ly lý tỷ tỉ ty gà gặp giặt giấy giờ giỗ gió giũ giẻ
giường giữa gươm xẻng leng keng kềnh bệnh huênh nguệch lệch ếch oách oạch anh
ánh ách ạch rượu yêu yên uyên nguyên tuyết huỳnh VIỆT Nam"""
VALID = VALID_TEXT.split()

INVALID_TEXT = """cơsở thểđể toànthể ceng ke1 ngi nge ghá kuy qa quu iêm tyên bac bàc hoàngg việtt
the1 xyz hello world q k ng đ nghành ngàyy cóbà th"""
INVALID = INVALID_TEXT.split()


@pytest.mark.parametrize("word", VALID)
def test_is_syllable_accepts_real_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", INVALID)
def test_is_syllable_rejects_non_syllables(word):
    assert not is_syllable(word)


def test_is_syllable_applies_c_k_and_g_gh_spelling_rules():
    assert is_syllable("kem") and not is_syllable("cem")
    assert is_syllable("ca") and not is_syllable("ka")
    assert is_syllable("ghe") and not is_syllable("ge")
    assert is_syllable("nghe") and not is_syllable("nge")
    assert is_syllable("nga") and not is_syllable("ngha")


def test_is_syllable_lets_stop_finals_take_only_sac_or_nang():
    assert is_syllable("bác") and is_syllable("bạc")
    assert not is_syllable("bàc") and not is_syllable("bảc") and not is_syllable("bac")


def test_is_syllable_rejects_two_tone_marks():
    assert not is_syllable("tạị")


def test_authored_vietnamese_text_is_made_of_syllables():
    text = (DATA / "correct_vietnamese.txt").read_text(encoding="utf-8")
    words = [w.strip('.,;:!?"()“”-–') for w in text.split()]
    words = [w for w in words if w.isalpha() and not w.isascii() and not w.isupper()]
    rejected = [w for w in words if not is_syllable(w)]
    assert rejected == []


def test_parse_syllable_gives_the_parts():
    assert parse_syllable("nghiêng") == Syllable("ngh", "", "iê", "ng", 0)
    assert parse_syllable("Quyết") == Syllable("qu", "u", "yê", "t", 2)
    assert parse_syllable("hoàng") == Syllable("h", "o", "a", "ng", 1)
    assert parse_syllable("người") == Syllable("ng", "", "ươ", "i", 1)
    assert parse_syllable("giữ") == Syllable("gi", "", "ư", "", 4)
    assert parse_syllable("uỷ") == Syllable("", "u", "y", "", 3)


def test_syllable_rhyme_joins_glide_nucleus_and_final():
    assert parse_syllable("toán").rhyme == "oan"
    assert parse_syllable("quân").rhyme == "ân"


def test_strip_tone_separates_tone_from_spelling():
    assert strip_tone("Việt") == ("Viêt", 5)
    assert strip_tone("hoà") == ("hoa", 1)
    assert strip_tone("tạị") is None


def test_place_tone_moves_the_tone_to_the_chosen_convention():
    assert place_tone("hòa") == "hoà"
    assert place_tone("hoà", modern=False) == "hòa"
    assert place_tone("Thủy") == "Thuỷ"
    assert place_tone("ủy", modern=True) == "uỷ"


def test_place_tone_fixes_misplaced_tones():
    assert place_tone("muà") == "mùa"
    assert place_tone("ngòai") == "ngoài"
    assert place_tone("gìa") == "già"


def test_place_tone_leaves_syllables_with_a_single_place_alone():
    for word in ("hoàng", "quý", "quả", "thuyền", "người", "khuya", "Đà"):
        assert place_tone(word) == word
        assert place_tone(word, modern=False) == word


def test_place_tone_keeps_upper_case():
    assert place_tone("HÒA") == "HOÀ"


def test_canonical_tones_rewrites_every_syllable_and_nothing_else():
    assert canonical_tones("Thủy lợi, hòa bình; iPhone 15") == "Thuỷ lợi, hoà bình; iPhone 15"


LETTERS = (
    "abcdđeghiklmnopqrstuvxyăâêôơư" + "àáảãạầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)


@given(st.text(alphabet=LETTERS, min_size=1, max_size=8))
def test_is_syllable_agrees_with_parse_syllable(word):
    # is_syllable looks words up in a precomputed set; it must accept exactly what parses.
    assert is_syllable(word) == (parse_syllable(word) is not None)
    assert is_syllable(word.upper()) == is_syllable(word)
