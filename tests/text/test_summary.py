from hypothesis import given, settings
from hypothesis import strategies as st

from thuvien.text.summary import describe

# Authored for these tests: an official letter with everything a description must skip.
DECISION = """
UBND HUYỆN AN LẠC
PHÒNG GIÁO DỤC
Số: 25/QĐ-PGD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 5 tháng 3 năm 2020

QUYẾT ĐỊNH
Về việc thành lập thư viện số của huyện

Căn cứ Luật Thư viện năm 2019 và các văn bản hướng dẫn thi hành luật.
Phòng Giáo dục huyện An Lạc quyết định thành lập thư viện số dùng chung cho mười hai trường học.
Thư viện số cung cấp sách giáo khoa, bài giảng và đề kiểm tra cho học sinh và giáo viên.
Các trường có trách nhiệm cập nhật tài liệu lên thư viện số mỗi học kỳ.
"""

THESIS = """
TRƯỜNG ĐẠI HỌC NÔNG LÂM
KHÓA LUẬN TỐT NGHIỆP
Ảnh hưởng của phân hữu cơ đến năng suất lúa
Sinh viên thực hiện: Trần Văn Bình
Giảng viên hướng dẫn: ThS. Lê Thị Hoa
ThS. Lê Thị Hoa
MỤC LỤC
Chương 1. Tổng quan ........ 3
Chương 2. Phương pháp ........ 10
Chương 3. Kết quả ........ 18

Chương 1. TỔNG QUAN
Phân hữu cơ giúp đất giữ ẩm và cung cấp dinh dưỡng lâu dài cho cây lúa.
Khóa luận so sánh năng suất lúa trên ruộng bón phân hữu cơ và ruộng bón phân hoá học.
Kết quả cho thấy năng suất lúa tăng khoảng mười phần trăm sau hai vụ bón phân hữu cơ.
"""


def test_describe_skips_letterhead_headings_and_preamble():
    description = describe(DECISION, title="Quyết định thành lập thư viện số")
    assert description.startswith("Phòng Giáo dục huyện An Lạc quyết định thành lập thư viện số")
    for boilerplate in ("CỘNG HÒA", "Độc lập", "Số:", "ngày 5 tháng 3", "QUYẾT ĐỊNH", "Căn cứ"):
        assert boilerplate not in description


def test_describe_skips_authors_table_of_contents_and_the_title():
    title = "Ảnh hưởng của phân hữu cơ đến năng suất lúa"
    description = describe(THESIS, title=title)
    assert "Phân hữu cơ giúp đất giữ ẩm" in description or "Khóa luận so sánh" in description
    for boilerplate in ("Sinh viên", "ThS.", "MỤC LỤC", "....", "TỔNG QUAN", title):
        assert boilerplate not in description


def test_describe_keeps_whole_sentences_within_the_budget():
    description = describe(DECISION, max_chars=300)
    assert len(description) <= 300
    assert description.endswith(".")
    assert not description.endswith("...")


def test_describe_returns_one_to_three_sentences_in_document_order():
    text = " ".join(
        f"Câu thứ {n} nói về thư viện số của trường và bạn đọc trong huyện." for n in range(1, 9)
    )
    description = describe(text, max_chars=1000)
    numbers = [int(word) for word in description.split() if word.isdigit()]
    assert 1 <= len(numbers) <= 3
    assert numbers == sorted(numbers)


def test_describe_cuts_a_long_sentence_at_a_word_and_marks_it():
    sentence = "Thư viện số " + "lưu giữ sách báo tài liệu của trường " * 20 + "cho bạn đọc."
    description = describe(sentence, max_chars=120)
    assert description.endswith("...")
    assert len(description) <= 123
    assert description[:-3] == sentence[: len(description) - 3]
    assert sentence[len(description) - 3] == " "  # the cut falls between two words


def test_describe_prefers_sentences_about_the_main_topic():
    text = (
        "Hôm qua trời mưa to suốt buổi chiều ở thành phố ven biển này. "
        "Thư viện số của trường lưu trữ sách điện tử cho học sinh. "
        "Học sinh đọc sách điện tử của thư viện số trên điện thoại. "
        "Giáo viên đưa bài giảng lên thư viện số để học sinh ôn tập. "
        "Thư viện số giúp học sinh tìm sách điện tử nhanh hơn."
    )
    description = describe(text, max_chars=130)
    assert "trời mưa" not in description
    assert "thư viện số" in description.lower()


def test_describe_of_empty_text_is_empty():
    assert describe("") == ""
    assert describe("   \n\n  ") == ""


def test_describe_falls_back_to_any_sentence_when_all_lines_look_like_headings():
    text = "BÁO CÁO TỔNG KẾT NĂM HỌC CỦA THƯ VIỆN TRƯỜNG TIỂU HỌC AN LẠC."
    assert describe(text) == text


sentence_words = st.lists(
    st.sampled_from(["thư", "viện", "sách", "Hà", "Nội", "đọc", "học", "sinh", "2020", "ĐHQG"]),
    min_size=1,
    max_size=30,
)
documents = st.lists(
    st.tuples(sentence_words, st.sampled_from([". ", "! ", "\n", "\n\n", ", ", "... "])),
    max_size=15,
).map(lambda parts: "".join(" ".join(words) + end for words, end in parts))


@settings(max_examples=60, deadline=None)
@given(documents | st.text(max_size=400), st.integers(min_value=1, max_value=400))
def test_describe_never_exceeds_max_chars_plus_the_ellipsis(text, max_chars):
    description = describe(text, max_chars=max_chars)
    assert len(description) <= max_chars + 3
    if len(description) > max_chars:
        assert description.endswith("...")


def test_describe_skips_a_place_and_date_line_but_keeps_a_sentence_ending_with_a_date():
    text = (
        "Thư viện số huyện An Lạc, ngày 12 tháng 10 năm 2021\n"
        "Buổi lễ khai trương thư viện số của trường diễn ra trang trọng vào ngày 5 tháng 3 "
        "năm 2020.\n"
        "Thư viện số của trường phục vụ học sinh và giáo viên suốt năm học."
    )
    description = describe(text)
    assert "An Lạc" not in description
    assert description.startswith("Buổi lễ khai trương thư viện số")


def test_describe_skips_lines_made_mostly_of_numbers():
    text = (
        "2019 2020 2021 2022 2023 2024 1.200 1.350 1.500 1.720.\n"
        "Số bạn đọc của thư viện tăng đều qua các năm nhờ sách mới và giờ mở cửa dài hơn."
    )
    assert describe(text) == (
        "Số bạn đọc của thư viện tăng đều qua các năm nhờ sách mới và giờ mở cửa dài hơn."
    )


def test_describe_drops_the_numbering_of_a_chosen_sentence():
    text = "1. Thư viện số lưu giữ sách, báo và luận văn của trường để bạn đọc tra cứu."
    assert (
        describe(text) == "Thư viện số lưu giữ sách, báo và luận văn của trường để bạn đọc tra cứu."
    )
