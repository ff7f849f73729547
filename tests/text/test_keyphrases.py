import re

import pytest

from thuvien.text import keyphrase_candidates
from thuvien.text.fold import fold
from thuvien.text.keyphrases import (
    CountingStats,
    PhraseStats,
    candidate_phrases,
    keyphrases,
    phrase_key,
    phrase_keys,
)
from thuvien.text.stopwords import is_stopword
from thuvien.text.words import segment_words

# Authored for these tests: a short report about a school library going digital.
REPORT = """
THƯ VIỆN SỐ CỦA TRƯỜNG THPT AN PHÚ

Năm 2022, Trường THPT An Phú bắt đầu xây dựng thư viện số cho học sinh và giáo viên.
Thư viện số lưu trữ sách giáo khoa, tài liệu tham khảo và đề thi của các năm trước.
Nhà trường dùng phần mềm mã nguồn mở để quản lý thư viện số và tiết kiệm kinh phí.
Phần mềm mã nguồn mở cho phép giáo viên tải lên bài giảng điện tử mà không phải trả phí.
Học sinh có thể đọc sách giáo khoa trên điện thoại, máy tính bảng hoặc máy tính ở nhà.
Sau một năm, thư viện số có hơn ba nghìn đầu sách và hai trăm bài giảng điện tử.
Ban giám hiệu đánh giá thư viện số giúp học sinh tự học tốt hơn, nhất là ở vùng nông thôn.
Trong năm 2023, nhà trường sẽ số hoá thêm sách giáo khoa cũ và mở rộng thư viện số cho
các trường lân cận. Mô hình này được Sở Giáo dục và Đào tạo Đồng Tháp khen ngợi.
"""

OTHER_DOCUMENTS = [
    "Thư viện số giúp bạn đọc tìm sách nhanh. Học sinh dùng thư viện số mỗi ngày.",
    "Giáo viên soạn bài giảng điện tử. Học sinh học trên máy tính và điện thoại.",
    "Nhà trường tổ chức thi học kỳ. Học sinh ôn tập ở thư viện của trường.",
    "Nông dân trồng lúa và nuôi cá. Thời tiết năm nay thuận lợi cho nông nghiệp.",
]


def test_phrase_key_is_the_folded_form_with_single_spaces():
    assert phrase_key("Điện  mặt trời") == "dien mat troi"
    assert phrase_key("COVID-19") == "covid 19"
    assert phrase_key(phrase_key("Thư viện số")) == phrase_key("Thư viện số")


def test_keyphrases_finds_what_the_document_is_about():
    phrases = keyphrases(REPORT)
    folded = {fold(p) for p in phrases}
    assert "thu vien so" in folded
    assert "ma nguon mo" in folded
    assert {"sach giao khoa", "bai giang dien tu"} & folded


def test_keyphrases_follow_the_librarians_rules():
    phrases = keyphrases(REPORT, limit=10)
    assert 5 <= len(phrases) <= 10
    for phrase in phrases:
        assert 2 <= len(phrase.split()) <= 4, phrase
        words = segment_words(phrase)
        assert not is_stopword(words[0]) and not is_stopword(words[-1]), phrase
        assert not re.fullmatch(r"[\d\s]+", phrase), phrase
    keys = [phrase_key(p) for p in phrases]
    assert len(set(keys)) == len(keys)
    for a in keys:
        for b in keys:
            assert a == b or f" {a} " not in f" {b} ", (a, b)


def test_keyphrases_respect_the_limit():
    assert len(keyphrases(REPORT, limit=3)) == 3
    assert keyphrases(REPORT, limit=0) == []


def test_keyphrases_use_natural_casing():
    phrases = keyphrases(REPORT, limit=10)
    assert "thư viện số" in phrases  # lower case although the heading is in capitals
    # A proper name keeps its capitals when it is among the picks.
    for phrase in phrases:
        if fold(phrase) == "an phu":
            assert phrase == "An Phú"


def test_keyphrases_boost_phrases_of_the_title():
    text = (
        "Bài viết nói về cà phê và hồ tiêu. Cà phê cần nhiều nước. Hồ tiêu cần ít nước. "
        "Nông dân trồng cà phê vào mùa mưa và hồ tiêu vào mùa khô."
    )
    assert keyphrases(text, title="Kỹ thuật trồng hồ tiêu", limit=1) == ["hồ tiêu"]
    assert keyphrases(text, title="Kỹ thuật trồng cà phê", limit=1) == ["cà phê"]


def test_keyphrases_down_weight_generic_phrases_without_statistics():
    text = (
        "Vấn đề được nêu rõ. Vấn đề cần giải quyết. Vấn đề rất khó. "
        "Xâm nhập mặn gây hại lúa. Xâm nhập mặn kéo dài."
    )
    phrases = keyphrases(text, limit=2)
    assert phrases[0] == "xâm nhập mặn"


def test_keyphrases_rank_with_library_statistics():
    stats = CountingStats()
    for document in OTHER_DOCUMENTS * 6:  # 24 documents: enough to trust the statistics
        stats.add_text(document)
    assert isinstance(stats, PhraseStats)
    text = (
        "Học sinh dùng thư viện số. Học sinh đọc sách. Học sinh làm bài. "
        "Đề cương ôn tập được gửi qua thư điện tử. Đề cương ôn tập có đáp án."
    )
    without = keyphrases(text, limit=1)
    with_stats = keyphrases(text, limit=1, stats=stats)
    assert without == ["học sinh"]  # the most frequent phrase when nothing else is known
    assert with_stats == ["đề cương ôn tập"]  # "học sinh" occurs in many library documents


def test_small_libraries_fall_back_to_the_built_in_estimate():
    stats = CountingStats()
    for document in OTHER_DOCUMENTS:
        stats.add_text(document)
    assert stats.document_count() < 20
    assert keyphrases(REPORT, stats=stats) == keyphrases(REPORT)


def test_counting_stats_count_each_phrase_once_per_document():
    stats = CountingStats()
    stats.add_document(["Thư viện số", "thư viện số", "THƯ VIỆN SỐ", "mã nguồn mở"])
    stats.add_document(["thu vien so"])
    assert stats.document_count() == 2
    assert stats.document_frequency("thu vien so") == 2
    assert stats.document_frequency("ma nguon mo") == 1
    assert stats.document_frequency("khong co") == 0


def test_candidate_phrases_are_word_runs_between_stopwords():
    candidates = candidate_phrases("Thư viện số và mã nguồn mở.")
    assert sorted(candidates) == ["mã nguồn mở", "thư viện", "thư viện số"]


@pytest.mark.parametrize("text", ["", "   ", "và của là", "2020 2021 2022", "!!!"])
def test_keyphrases_of_empty_or_meaningless_text_are_empty(text):
    assert keyphrases(text) == []


def test_counting_stats_add_text_counts_the_candidate_phrases_of_the_text():
    by_text, by_phrases = CountingStats(), CountingStats()
    by_text.add_text(REPORT)
    by_phrases.add_document(candidate_phrases(REPORT))
    assert by_text.document_count() == by_phrases.document_count() == 1
    for key in {phrase_key(p) for p in candidate_phrases(REPORT)} | {"khong co"}:
        assert by_text.document_frequency(key) == by_phrases.document_frequency(key), key


def test_a_phrase_filling_the_first_stretch_of_the_text_counts_as_a_whole_run():
    # Seen once, so it is a candidate only as a whole run between punctuation marks.
    assert "mèo mướp" in keyphrases("Mèo mướp. Chó vện sủa vang.", limit=5)


def test_keyphrases_fall_back_to_phrases_seen_once_after_the_repeated_ones():
    text = "Mèo mướp, chó vện. Trời mưa to. Trời mưa to."
    assert keyphrases(text, limit=3) == ["trời mưa to", "chó vện", "mèo mướp"]


def test_keyphrases_write_a_phrase_as_first_seen_when_two_spellings_tie():
    text = "Hoà bình lập lại. Hòa bình lập lại ở làng. Nhà văn viết về hòa bình và hoà bình."
    assert keyphrases(text, limit=1) == ["hòa bình"]
    swapped = "Hoà bình lập lại. Hòa bình lập lại ở làng. Nhà văn viết về hoà bình và hòa bình."
    assert keyphrases(swapped, limit=1) == ["hoà bình"]


def test_phrase_keys_are_the_keys_of_the_candidate_phrases():
    assert phrase_keys(REPORT) == sorted({phrase_key(p) for p in candidate_phrases(REPORT)})
    assert phrase_keys("") == []


def test_keyphrases_of_one_text_do_not_leak_into_the_next():
    assert keyphrases(REPORT, limit=1) == ["thư viện số"]
    other = "Nông dân trồng lúa nước. Nông dân trồng lúa nước quanh năm."
    assert keyphrases(other, limit=1) == ["nông dân trồng"]
    assert keyphrases(REPORT, limit=1) == ["thư viện số"]


def test_phrase_keys_right_after_keyphrases_do_not_read_the_text_again(monkeypatch):
    reads: list[str] = []
    gather = keyphrase_candidates._gather
    monkeypatch.setattr(
        keyphrase_candidates, "_gather", lambda text: reads.append(text) or gather(text)
    )
    keyphrases(REPORT, title="Thư viện số của trường")
    reads.clear()
    assert phrase_keys(REPORT)
    assert candidate_phrases(REPORT)
    assert reads == []
