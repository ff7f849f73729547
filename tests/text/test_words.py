import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thuvien.text.data import load_list
from thuvien.text.normalize import comparison_key
from thuvien.text.stopwords import is_stopword, stopwords
from thuvien.text.words import (
    RUN_BREAK,
    TEXT_BREAK,
    comparison_keys,
    learned_pairs,
    segment_runs,
    segment_words,
    syllables,
    word_key,
    word_stream,
)


def test_syllables_are_runs_of_letters_or_digits():
    assert syllables("Thư viện số 3.5, COVID-19!") == ["Thư", "viện", "số", "3", "5", "COVID", "19"]


def test_syllables_come_out_in_nfc():
    assert syllables("Vie\u0323\u0302t") == ["Việt"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thư viện điện tử của trường đại học",
            ["Thư viện", "điện tử", "của", "trường", "đại học"],
        ),
        (
            "Sinh viên nghiên cứu khoa học công nghệ",
            ["Sinh viên", "nghiên cứu", "khoa học", "công nghệ"],
        ),
        (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            ["CỘNG HÒA", "XÃ HỘI", "CHỦ NGHĨA", "VIỆT NAM"],
        ),
        ("bảo vệ môi trường biển", ["bảo vệ", "môi trường", "biển"]),
        ("hợp tác xã nông nghiệp", ["hợp tác xã", "nông nghiệp"]),
    ],
)
def test_segment_words_joins_dictionary_words(text, expected):
    assert segment_words(text) == expected


def test_segment_words_matches_either_tone_placement():
    assert segment_words("hoà bình và hòa bình") == ["hoà bình", "và", "hòa bình"]
    assert segment_words("thuỷ lợi, thủy lợi") == ["thuỷ lợi", "thủy lợi"]


def test_segment_words_prefers_the_longer_dictionary_word():
    assert segment_words("vận động viên bóng đá") == ["vận động viên", "bóng đá"]


def test_segment_words_splits_listed_phrases_into_their_words():
    # "chủ nghĩa xã hội" is listed, but it is made of two listed words: treebanks split it.
    assert segment_words("chủ nghĩa xã hội") == ["chủ nghĩa", "xã hội"]


def test_segment_words_joins_capitalised_names_but_not_titles_before_them():
    assert segment_words("Ông Nguyễn Văn Bảo đến Quảng Oai") == [
        "Ông",
        "Nguyễn Văn Bảo",
        "đến",
        "Quảng Oai",
    ]


def test_segment_words_keeps_two_known_places_apart():
    assert segment_words("Hà Nội Quảng Ninh") == ["Hà Nội", "Quảng Ninh"]


def test_segment_words_never_joins_across_punctuation():
    assert segment_words("học sinh, sinh viên") == ["học sinh", "sinh viên"]
    assert segment_words("Hà. Nội") == ["Hà", "Nội"]


def test_segment_words_learns_a_pair_that_recurs_in_the_text():
    text = "Mái tôn áp mái. Lắp pin áp mái. Hệ thống áp mái rất bền."
    assert "áp mái" in segment_words(text)
    assert "áp mái" not in segment_words(text, learn=False)


def test_learned_pairs_finds_a_pair_that_keeps_coming_back_together():
    assert learned_pairs("Mái tôn áp mái. Lắp pin áp mái. Hệ thống áp mái.") == {("áp", "mái")}


def test_learned_pairs_ignore_rare_pairs_and_stopwords():
    assert learned_pairs("Mèo đen chạy. Mèo đen ngủ.") == frozenset()
    assert learned_pairs("của và, của và, của và") == frozenset()


def test_segment_runs_keep_punctuation_boundaries():
    assert segment_runs("Học sinh, sinh viên Hà Nội") == [["Học sinh"], ["sinh viên", "Hà Nội"]]


def test_segment_words_handles_empty_and_symbol_only_text():
    assert segment_words("") == []
    assert segment_words(" -- ... ") == []


def test_word_list_is_large_lower_case_and_nfc():
    import unicodedata

    words = load_list("words_vi")
    assert len(words) > 3000
    for word in words:
        assert word == word.lower(), word
        assert unicodedata.is_normalized("NFC", word), word


@pytest.mark.parametrize(
    "word",
    [
        "của",
        "và",
        "là",
        "các",
        "những",
        "được",
        "trong",
        "cho",
        "với",
        "này",
        "đó",
        "khi",
        "thì",
        "mà",
        "để",
        "có",
        "không",
        "một",
        "người",
        "tuy nhiên",
        "bởi vì",
        "Của",
        "VÀ",
        "Tuy Nhiên",
    ],
)
def test_is_stopword_knows_function_words_in_any_case(word):
    assert is_stopword(word)


@pytest.mark.parametrize("word", ["thư viện", "sách", "Hà Nội", "khoa học", "", "hoà bình"])
def test_is_stopword_rejects_content_words(word):
    assert not is_stopword(word)


def test_is_stopword_collapses_spaces_in_phrases():
    assert is_stopword("  tuy   nhiên ")


def test_stopword_list_is_thorough():
    assert len(stopwords()) > 400


def test_word_stream_gives_each_texts_words_between_break_tokens():
    texts = ["Học sinh, sinh viên Hà Nội", "", "Thư viện điện tử."]
    assert word_stream(texts) == [
        "Học sinh",
        RUN_BREAK,
        "sinh viên",
        "Hà Nội",
        TEXT_BREAK,
        TEXT_BREAK,
        "Thư viện",
        "điện tử",
    ]


def test_word_stream_learns_pairs_within_texts_but_not_across_them():
    # "áp mái" recurs inside the texts; "mái lợp" only ever spans two texts.
    texts = ["Lắp pin áp mái", "lợp nhà áp mái", "lợp kho áp mái", "lợp trại"]
    words = word_stream(texts)
    assert words.count("áp mái") == 3
    assert "mái lợp" not in " ".join(words)


# Sentences made of syllables that the dictionary joins in several ways, names, stopwords,
# numbers and punctuation: the stream must agree with segmenting each text alone.
_SYLLABLES = (  # noqa: SIM905
    "học sinh viên Hà Nội Quảng Ninh và của 2020 xã hội chủ nghĩa hợp tác Ông Văn An áp mái "
    "thư viện"
).split()
sentences = st.lists(
    st.lists(st.sampled_from(_SYLLABLES), max_size=12).map(" ".join)
    | st.sampled_from(["", "Hà Nội, học sinh.", "xã hội chủ nghĩa - hợp tác xã"]),
    max_size=8,
)


pair_sets = st.sampled_from(
    [frozenset(), frozenset({("áp", "mái")}), frozenset({("sinh", "viên"), ("viên", "hà")})]
)


@settings(max_examples=150, deadline=None)
@given(sentences, pair_sets)
def test_word_stream_agrees_with_segment_runs_text_by_text(texts, pairs):
    expected: list[str] = []
    for index, text in enumerate(texts):
        if index:
            expected.append(TEXT_BREAK)
        for run_index, run in enumerate(segment_runs(text, pairs=pairs)):
            if run_index:
                expected.append(RUN_BREAK)
            expected.extend(run)
    assert word_stream(texts, pairs) == expected


def test_syllables_of_normalized_text_are_the_same_without_normalizing_again():
    text = "Thư viện số 3.5, COVID-19!"
    assert syllables(text, normalized=True) == syllables(text)


def test_comparison_keys_match_comparison_key_text_by_text():
    texts = ["Thuỷ", "HOÀ BÌNH", "", "2020", "\x00", "Quý hoàng"]
    assert comparison_keys(texts) == [comparison_key(t) for t in texts]


def test_word_key_is_the_comparison_key_of_the_word():
    for word in ["Hoà Bình", "thủy lợi", "ĐÀ NẴNG", "x"]:
        assert word_key(word) == comparison_key(word)
