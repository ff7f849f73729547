import pytest

from thuvien.text.sentences import collapse_spaces, is_mostly_upper, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hôm nay trời mưa. Chúng tôi ở nhà đọc sách.",
            ["Hôm nay trời mưa.", "Chúng tôi ở nhà đọc sách."],
        ),
        (
            "Bạn đã đọc chưa? Hãy đọc ngay! Sách rất hay.",
            ["Bạn đã đọc chưa?", "Hãy đọc ngay!", "Sách rất hay."],
        ),
        (
            "Hội thảo tổ chức tại TP. Hồ Chí Minh. Khách mời là TS. Lê Văn Bình.",
            ["Hội thảo tổ chức tại TP. Hồ Chí Minh.", "Khách mời là TS. Lê Văn Bình."],
        ),
        (
            "Báo cáo của ThS. Trần Thu Hà và PGS. Phạm Minh được GS. Đỗ An khen.",
            ["Báo cáo của ThS. Trần Thu Hà và PGS. Phạm Minh được GS. Đỗ An khen."],
        ),
        (
            "Chủ trì là PGS.TS. Nguyễn Hữu Lộc. Ông về Tp. Vinh năm ngoái.",
            ["Chủ trì là PGS.TS. Nguyễn Hữu Lộc.", "Ông về Tp. Vinh năm ngoái."],
        ),
        (
            "Nhà thờ St. Joseph mở cửa. Khách vào xem.",
            ["Nhà thờ St. Joseph mở cửa.", "Khách vào xem."],
        ),
        (
            "Học sinh mang sách, vở, bút, v.v. đến lớp. Thầy kiểm tra.",
            ["Học sinh mang sách, vở, bút, v.v. đến lớp.", "Thầy kiểm tra."],
        ),
        (
            "Cửa hàng bán giấy, mực, v.v. Giá đều rẻ.",
            ["Cửa hàng bán giấy, mực, v.v.", "Giá đều rẻ."],
        ),
        (
            "Điểm trung bình là 3.5 trên thang 4. Kết quả công bố ngày 12.3.2020 tại trường.",
            ["Điểm trung bình là 3.5 trên thang 4.", "Kết quả công bố ngày 12.3.2020 tại trường."],
        ),
        (
            "Tác giả là Nguyễn V. An. Sách in năm 2019.",
            ["Tác giả là Nguyễn V. An.", "Sách in năm 2019."],
        ),
        (
            "Anh ấy ngập ngừng... rồi im lặng. Mọi người chờ đợi… Cuối cùng anh nói.",
            ["Anh ấy ngập ngừng... rồi im lặng.", "Mọi người chờ đợi…", "Cuối cùng anh nói."],
        ),
        (
            "Cô giáo hỏi: “Ai đã làm bài?” Cả lớp im lặng.",
            ["Cô giáo hỏi: “Ai đã làm bài?”", "Cả lớp im lặng."],
        ),
        (
            "“Đi thôi!” anh nói. “Trời sắp tối rồi.” Chúng tôi đứng dậy.",
            ["“Đi thôi!” anh nói.", "“Trời sắp tối rồi.”", "Chúng tôi đứng dậy."],
        ),
        (
            "Thư viện mở cửa (trừ chủ nhật.) Bạn đọc đến sớm.",
            ["Thư viện mở cửa (trừ chủ nhật.)", "Bạn đọc đến sớm."],
        ),
        (
            "Buổi học kết thúc.Tiếp theo là giờ ra chơi.",
            ["Buổi học kết thúc.", "Tiếp theo là giờ ra chơi."],
        ),
    ],
)
def test_split_sentences_finds_sentence_ends(text, expected):
    assert split_sentences(text) == expected


def test_split_sentences_keeps_numbered_clauses_together():
    text = "1. Học sinh đi học đúng giờ. 2. Giáo viên chuẩn bị bài giảng."
    assert split_sentences(text) == [
        "1. Học sinh đi học đúng giờ.",
        "2. Giáo viên chuẩn bị bài giảng.",
    ]


def test_split_sentences_does_not_end_a_sentence_after_a_clause_number():
    text = "Điều 5. Thư viện phải mở cửa vào các ngày làm việc. Điều 6. Bạn đọc giữ gìn sách."
    assert split_sentences(text) == [
        "Điều 5. Thư viện phải mở cửa vào các ngày làm việc.",
        "Điều 6. Bạn đọc giữ gìn sách.",
    ]


def test_split_sentences_breaks_before_list_items_on_new_lines():
    text = "Bạn đọc có quyền:\na) Mượn sách về nhà;\nb) Đọc tại chỗ.\n- Sách quý không được mượn."
    assert split_sentences(text) == [
        "Bạn đọc có quyền:",
        "a) Mượn sách về nhà;",
        "b) Đọc tại chỗ.",
        "- Sách quý không được mượn.",
    ]


def test_split_sentences_always_breaks_at_a_blank_line():
    text = "Phần mở đầu không có dấu chấm\n\nPhần thân bài bắt đầu ở đây."
    assert split_sentences(text) == [
        "Phần mở đầu không có dấu chấm",
        "Phần thân bài bắt đầu ở đây.",
    ]


def test_split_sentences_joins_wrapped_lines_of_one_sentence():
    text = (
        "Thư viện của trường được xây dựng từ năm 1998 với hơn mười nghìn đầu sách về\n"
        "Khoa học xã hội, kinh tế và kỹ thuật cho sinh viên và giảng viên sử dụng hằng\n"
        "ngày."
    )
    assert split_sentences(text) == [" ".join(text.split())]


def test_split_sentences_breaks_after_a_heading_line():
    text = (
        "GIỚI THIỆU CHUNG\n"
        "Thư viện phục vụ hơn năm nghìn bạn đọc mỗi năm và liên tục bổ sung sách mới cho các khoa."
    )
    assert split_sentences(text) == [
        "GIỚI THIỆU CHUNG",
        "Thư viện phục vụ hơn năm nghìn bạn đọc mỗi năm và liên tục bổ sung sách mới cho các khoa.",
    ]


def test_split_sentences_ignores_dotted_leaders_of_a_table_of_contents():
    assert split_sentences("Chương 1 ........ 12") == ["Chương 1 ........ 12"]


def test_split_sentences_collapses_whitespace_and_skips_empty_text():
    assert split_sentences("  Một   câu\tngắn.  ") == ["Một câu ngắn."]
    assert split_sentences(" \n\n \n") == []


def test_split_sentences_works_on_decomposed_unicode():
    decomposed = "Vie\u0323\u0302t Nam. Ha\u0300 No\u0323\u0302i."
    assert split_sentences(decomposed) == ["Việt Nam.", "Hà Nội."]


@pytest.mark.parametrize(
    ("text", "share", "expected"),
    [
        ("THƯ VIỆN SỐ CỦA TRƯỜNG", 0.8, True),
        ("Thư viện số của trường", 0.8, False),
        ("ABCDe", 0.8, True),  # four letters in five: just enough
        ("ABCde", 0.8, False),
        ("ABCde", 0.6, True),
        ("ABC", 0.8, False),  # too few letters to tell
        ("CHƯƠNG 1: TỔNG QUAN VỀ thư viện", 0.7, False),
        ("MỤC LỤC ........ 12", 0.8, True),
    ],
)
def test_is_mostly_upper_compares_capitals_with_all_letters(text, share, expected):
    assert is_mostly_upper(text, share) is expected


def test_collapse_spaces_leaves_one_space_between_words():
    assert collapse_spaces(" Thư  viện\tsố\u00a0mới ") == "Thư viện số mới"
    assert collapse_spaces("Thư viện số") == "Thư viện số"
    assert collapse_spaces("") == ""


def test_split_sentences_gives_the_same_on_normalized_text_told_so():
    text = "Thư viện mở cửa.\nBạn đọc đến sớm! Sách mới về."
    assert split_sentences(text, normalized=True) == split_sentences(text)
