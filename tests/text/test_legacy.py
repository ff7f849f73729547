import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thuvien.text.legacy import convert_legacy, to_legacy
from thuvien.text.legacy_codecs import ENCODINGS, decode
from thuvien.text.legacy_tables import (
    CP1258_DIFFERENCES,
    TCVN3_BYTES,
    VNI_LETTERS,
    cp1252_char,
)

DATA = Path(__file__).parent / "data"
VIETNAMESE = (DATA / "correct_vietnamese.txt").read_text(encoding="utf-8")
OTHER = (DATA / "correct_other.txt").read_text(encoding="utf-8")
PARAGRAPHS = [p for p in VIETNAMESE.split("\n\n") if p.strip()]

TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
BASES = "aăâeêioôơuưy"
LETTERS = sorted(
    {unicodedata.normalize("NFC", b + t) for b in BASES + BASES.upper() for t in TONE_MARKS}
    | set("đĐ")
)
# Words of the authored Vietnamese text, to compose random sentences from.
WORDS = sorted(
    {
        w.lower()
        for w in re.findall(r"[^\W\d_]+", VIETNAMESE)
        if not w.isascii() and w.lower() == w or w.istitle()
    }
)


def test_letter_list_covers_all_vietnamese_letters():
    assert len(LETTERS) == 146  # 12 vowels x 6 tones x 2 cases + đ Đ


# --- every table entry, both directions --------------------------------------------------------
@pytest.mark.parametrize(("byte", "letter"), sorted(TCVN3_BYTES.items()))
def test_tcvn3_table_entry_round_trips(byte, letter):
    legacy = cp1252_char(byte)
    assert to_legacy(letter, "tcvn3") == legacy
    assert decode(legacy, "tcvn3") == letter


def test_tcvn3_pdf_forms_of_u_horn_and_a_tilde_decode():
    assert decode("ng\u2212êi ®\u2219", "tcvn3") == "người đã"
    assert to_legacy("người đã", "tcvn3-pdf") == "ng\u2212êi ®\u2219"


@pytest.mark.parametrize("letter", LETTERS)
def test_tcvn3_every_letter_round_trips_up_to_case(letter):
    # VN3 has no capitals with tones: ".VnTimeH" fonts draw the lower-case codes as capitals.
    assert decode(to_legacy(letter, "tcvn3"), "tcvn3") in (letter, letter.lower())


VNI_TONES = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
VNI_CIRCUMFLEX = {
    "â": "",
    "à": "\u0300",
    "á": "\u0301",
    "å": "\u0309",
    "ã": "\u0303",
    "ä": "\u0323",
}
VNI_BREVE = {"ê": "", "è": "\u0300", "é": "\u0301", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
VNI_ENTRIES = (
    [(b, m, unicodedata.normalize("NFC", b + t)) for b in "aeouy" for m, t in VNI_TONES.items()]
    + [("ô", m, unicodedata.normalize("NFC", "ơ" + t)) for m, t in VNI_TONES.items()]
    + [("ö", m, unicodedata.normalize("NFC", "ư" + t)) for m, t in VNI_TONES.items()]
    + [
        (b, m, unicodedata.normalize("NFC", b + "\u0302" + t))
        for b in "aeo"
        for m, t in VNI_CIRCUMFLEX.items()
    ]
    + [("a", m, unicodedata.normalize("NFC", "a\u0306" + t)) for m, t in VNI_BREVE.items()]
)
VNI_ENTRIES.remove(("y", "ï", "ỵ"))  # VNI writes ỵ as the single character "î" (a letter entry)


@pytest.mark.parametrize(("base", "mark", "letter"), VNI_ENTRIES)
def test_vni_mark_table_entry_round_trips_in_both_cases(base, mark, letter):
    assert decode(base + mark, "vni") == letter
    assert decode((base + mark).upper(), "vni") == letter.upper()
    assert to_legacy(letter, "vni") == base + mark
    assert to_legacy(letter.upper(), "vni") == (base + mark).upper()


@pytest.mark.parametrize(("legacy", "letter"), sorted(VNI_LETTERS.items()))
def test_vni_single_character_entry_round_trips(legacy, letter):
    assert decode(legacy, "vni") == letter
    assert decode(legacy.upper(), "vni") == letter.upper()
    assert to_legacy(letter, "vni") == legacy


@pytest.mark.parametrize("byte", CP1258_DIFFERENCES)
def test_cp1258_difference_entry_decodes(byte):
    expected = bytes([byte]).decode("cp1258")
    decoded = decode("a" + cp1252_char(byte), "cp1258")
    assert decoded == unicodedata.normalize("NFC", "a" + expected)


@pytest.mark.parametrize("encoding", ["vni", "cp1258", "utf8-cp1252", "utf8-latin1"])
@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips(encoding, letter):
    assert decode(to_legacy(letter, encoding), encoding) == letter


@pytest.mark.parametrize("letter", LETTERS)
def test_viqr_every_letter_round_trips_inside_a_word_and_before_a_word(letter):
    for text in (f"{letter}n", f"{letter} xa", f"{letter}, xa"):
        assert decode(to_legacy(text, "viqr"), "viqr") == text


def test_viqr_reads_a_final_dot_before_a_capital_as_a_full_stop():
    # RFC 1456 would read "a." as "ạ"; in practice a full stop is far more common there.
    assert decode("To^i ddi. Anh ve^`.", "viqr") == "Tôi đi. Anh về."
    assert decode("Bi. ba('t", "viqr") == "Bị bắt"


def test_viqr_reads_hoi_and_nang_before_names_as_tones():
    text = "Anh ddi dda^u? To^i o+? Ha` No^.i. Sau ddo' ve^` So+? Gia'o du.c, Bo^. Y te^'."
    assert decode(text, "viqr") == "Anh đi đâu? Tôi ở Hà Nội. Sau đó về Sở Giáo dục, Bộ Y tế."


def test_viqr_escaped_marks_stay_literal():
    assert to_legacy("Ai?", "viqr") == "Ai\\?"
    assert decode("Ai\\? Ba\\.", "viqr") == "Ai? Ba."


def test_to_legacy_rejects_an_unknown_encoding():
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        to_legacy("Việt", "koi8-r")


# --- detection and conversion ------------------------------------------------------------------
def test_convert_legacy_tcvn3_example():
    text, conversions = convert_legacy("Qu¶ng Oai")
    assert text == "Quảng Oai"
    assert [c.encoding for c in conversions] == ["tcvn3"]


def test_convert_legacy_vni_example():
    assert convert_legacy("TAÏP CHÍ")[0] == "TẠP CHÍ"


def test_convert_legacy_utf8_read_as_cp1252_example():
    text, conversions = convert_legacy("Quáº£ng")
    assert text == "Quảng"
    assert conversions[0].encoding == "utf8-cp1252"


def test_convert_legacy_viqr_example():
    assert convert_legacy("Vie^.t Nam")[0] == "Việt Nam"


def test_convert_legacy_tcvn3_from_pdf_extraction():
    assert convert_legacy("C¸c tr\u2212êng ®\u2219 ®\u2212îc thµnh lËp")[0] == (
        "Các trường đã được thành lập"
    )


def test_convert_legacy_tcvn3_capitalises_a_sentence_start():
    assert convert_legacy("ñy ban nh©n d©n häp. ¢m nh¹c")[0] == "Ủy ban nhân dân họp. Âm nhạc"


def test_convert_legacy_tcvn3_capitals_font_gives_capitals():
    text = "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc"
    assert convert_legacy(text)[0] == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    )


@pytest.mark.parametrize("encoding", ["vni", "cp1258", "utf8-cp1252", "utf8-latin1"])
@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_convert_legacy_restores_every_authored_paragraph(encoding, paragraph):
    text, conversions = convert_legacy(to_legacy(paragraph, encoding))
    assert text == paragraph
    # Without a byte in 0x80-0x9F the two readings of UTF-8 look the same.
    expected = {"utf8-cp1252", "utf8-latin1"} if encoding.startswith("utf8") else {encoding}
    assert len(conversions) == 1 and conversions[0].encoding in expected


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_convert_legacy_restores_tcvn3_paragraphs_up_to_capitals(paragraph):
    text, conversions = convert_legacy(to_legacy(paragraph, "tcvn3"))
    assert text.lower() == paragraph.lower()
    assert [c.encoding for c in conversions] == ["tcvn3"]


# hỏi or nặng closing a word before a capital or the end: VIQR cannot tell it from a full stop.
_VIQR_AMBIGUOUS = re.compile(r"[ảạẩậẳặẻẹểệỉịỏọổộởợủụửựỷỵ](?=[\s,]*(?:[A-ZĐÀ-ỸÂĂÊÔƠƯ]|$))")


@pytest.mark.parametrize("paragraph", [p for p in PARAGRAPHS if not _VIQR_AMBIGUOUS.search(p)])
def test_convert_legacy_restores_viqr_paragraphs(paragraph):
    assert convert_legacy(to_legacy(paragraph, "viqr"))[0] == paragraph


def test_convert_legacy_converts_one_legacy_paragraph_inside_correct_text():
    autumn = next(p for p in PARAGRAPHS if p.startswith("Mùa thu"))
    legacy = to_legacy(autumn, "tcvn3")
    text = f"{PARAGRAPHS[0]}\n\n{legacy}\n\n{PARAGRAPHS[2]}"
    converted, conversions = convert_legacy(text)
    assert converted == f"{PARAGRAPHS[0]}\n\n{autumn}\n\n{PARAGRAPHS[2]}"
    assert len(conversions) == 1
    record = conversions[0]
    assert (record.paragraph, record.encoding) == (1, "tcvn3")
    assert text[record.start : record.end] == legacy
    assert record.words > 10
    assert "→" in record.example


def test_convert_legacy_reports_each_paragraph_with_its_own_encoding():
    parts = [
        to_legacy(PARAGRAPHS[0], "vni"),
        PARAGRAPHS[1],
        to_legacy(PARAGRAPHS[2], "utf8-cp1252"),
    ]
    converted, conversions = convert_legacy("\n\n".join(parts))
    assert converted == "\n\n".join(PARAGRAPHS[:3])
    assert [(c.paragraph, c.encoding) for c in conversions] == [(0, "vni"), (2, "utf8-cp1252")]


def test_convert_legacy_vni_keeps_windows_quotes_around_words():
    assert convert_legacy("“Löøa” vaø “saûn”… ñaõ xong")[0] == "“Lừa” và “sản”… đã xong"


def test_convert_legacy_leaves_vietnamese_typed_without_tones_alone():
    # "môt", "tôc" are not syllables (a stop final needs a tone) but TCVN3 would make them
    # "mụt", "tục": without a single typical legacy character this is not TCVN3.
    text = "Cô giao noi môt hoc sinh phai hoc thuôc bai, nêu không se bi phat..."
    assert convert_legacy(text) == (text, [])


def test_convert_legacy_converts_legacy_words_in_a_line_of_correct_text():
    text = "Hôm nay trời đẹp, C¸c tr−êng ®¹i häc ®· ®−îc thµnh lËp."
    assert convert_legacy(text)[0] == "Hôm nay trời đẹp, Các trường đại học đã được thành lập."


def test_convert_legacy_leaves_authored_correct_texts_unchanged():
    # The false-positive check: Vietnamese, English, French, German, Spanish, Portuguese, code,
    # numbers and symbols, as whole files and paragraph by paragraph.
    paragraphs = [p for p in (VIETNAMESE + "\n\n" + OTHER).split("\n\n") if p.strip()]
    converted = [p for p in paragraphs if convert_legacy(p)[0] != p]
    assert converted == []
    assert convert_legacy(VIETNAMESE) == (VIETNAMESE, [])
    assert convert_legacy(OTHER) == (OTHER, [])


@pytest.mark.parametrize(
    "text",
    [
        "Il a dû partir.",
        "I'm sure they're here, don't worry.",
        "QCVN 01:2009/BYT, 15/2020/NĐ-CP, COVID-19, iPhone, TP.HCM, v.v.",
        "x = a^b + c*d; print('e.g.', obj.attr)",
        "NGÃ” and NGÃ”",
        "Ƿ, Þ, Ð, Æ và œ là những chữ cái cổ",
        "Nhiệt độ −21,1 °C; tỷ lệ 3 × 4; giá £3",
    ],
)
def test_convert_legacy_leaves_look_alikes_unchanged(text):
    assert convert_legacy(text) == (text, [])


VIETNAMESE_ONLY = re.compile("[ăđĩũơư\u1ea0-\u1ef9]")


def _enough_evidence(words: list[str]) -> bool:
    # Detection needs a character correct text hardly has. Every legacy encoding writes "đ"
    # with one ("®", "ñ", "ð", "dd", "Ä‘"), and "đ" is in almost every real paragraph; with
    # fewer clues a legacy rendering can be indistinguishable from correct text ("bỏ" in TCVN3
    # is "bá", itself a word). Detection weighs distinct words: "chấp độ độ" is two clues, and
    # too few ("An chÊp ®é ®é xong." stays as it is).
    vietnamese = {w for w in words if VIETNAMESE_ONLY.search(w)}
    return len(vietnamese) >= 3 and len({w for w in vietnamese if "đ" in w}) >= 2


# Sentences of ten words or more, as paragraphs are: a shorter one with just enough clues can
# stay undetected ("Bạch ý ý đa đeo xong." in VNI, found by this test at 3,000 examples).
sentences = (
    st.lists(st.sampled_from(WORDS), min_size=10, max_size=30)
    .filter(_enough_evidence)
    .map(lambda words: " ".join(words) + " xong.")
    .map(lambda sentence: sentence[0].upper() + sentence[1:])
)


@settings(max_examples=60, deadline=None)
@given(sentences, st.sampled_from([e for e in ENCODINGS if e != "tcvn3-pdf"]))
def test_legacy_round_trip_of_generated_sentences(sentence, encoding):
    converted, _ = convert_legacy(to_legacy(sentence, encoding))
    assert converted == sentence


@settings(max_examples=60, deadline=None)
@given(sentences)
def test_convert_legacy_leaves_generated_correct_sentences_unchanged(sentence):
    assert convert_legacy(sentence) == (sentence, [])
