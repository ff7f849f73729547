from hypothesis import given
from hypothesis import strategies as st

from thuvien.text.lines import join_lines, join_lines_count


def test_join_lines_joins_a_paragraph_with_single_spaces():
    text = "Thư viện mở cửa từ bảy giờ\nsáng đến chín giờ tối, kể cả\nthứ bảy và chủ nhật."
    assert join_lines(text) == (
        "Thư viện mở cửa từ bảy giờ sáng đến chín giờ tối, kể cả thứ bảy và chủ nhật."
    )


def test_join_lines_never_glues_two_syllables():
    assert join_lines("cơ\nsở") == "cơ sở"


def test_join_lines_keeps_paragraph_breaks_and_collapses_extra_blank_lines():
    text = "Đoạn một\nvẫn đoạn một.\n\n\n\nĐoạn hai\nvẫn đoạn hai.\n \nĐoạn ba."
    assert join_lines(text) == "Đoạn một vẫn đoạn một.\n\nĐoạn hai vẫn đoạn hai.\n\nĐoạn ba."


def test_join_lines_keeps_a_break_before_list_items():
    text = "Yêu cầu gồm:\n1. Đúng hạn\n2) Đủ hồ sơ\na) Bản chính\n- Bản sao\n• Ảnh\n(3) Khác"
    assert join_lines(text) == text


def test_join_lines_keeps_a_break_before_numbered_clauses():
    text = "Thông tư này có hiệu lực\nkể từ ngày ký.\nĐiều 3. Trách nhiệm thi hành\nChương II"
    assert join_lines(text) == (
        "Thông tư này có hiệu lực kể từ ngày ký.\nĐiều 3. Trách nhiệm thi hành\nChương II"
    )


def test_join_lines_keeps_a_break_after_a_heading_in_capitals():
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    assert join_lines(text) == text


def test_join_lines_does_not_treat_a_long_line_in_capitals_as_heading():
    long_line = "RẤT " * 30
    assert join_lines(long_line.strip() + "\ntiếp") == long_line.strip() + " tiếp"


def test_join_lines_rejoins_an_english_word_hyphenated_at_the_line_end():
    assert join_lines("the infor-\nmation is") == "the information is"


def test_join_lines_keeps_real_hyphens_at_the_line_end():
    assert join_lines("tỉnh Bà Rịa-\nVũng Tàu") == "tỉnh Bà Rịa-Vũng Tàu"
    assert join_lines("dịch COVID-\n19 lan") == "dịch COVID-19 lan"
    assert join_lines("ki-lô-\nmét") == "ki-lô-mét"


def test_join_lines_joins_a_dash_with_spaces():
    assert join_lines("Độc lập -\nTự do") == "Độc lập - Tự do"


def test_join_lines_collapses_runs_of_spaces_and_trims_lines():
    assert join_lines("  một   hai  \n   ba  ") == "một hai ba"


def test_join_lines_count_reports_removed_breaks():
    assert join_lines_count("một\nhai\nba\n\nbốn") == ("một hai ba\n\nbốn", 2)


def test_join_lines_leaves_joined_text_unchanged():
    text = "Đoạn một.\n\nĐoạn hai có danh sách:\n1. Mục một\n2. Mục hai"
    assert join_lines(text) == text


words = st.lists(st.sampled_from(["một", "hai", "ba", "Bốn", "năm.", "sáu,", "bảy"]), min_size=1)
lines = words.map(" ".join)
paragraphs = st.lists(lines, min_size=1, max_size=6).map("\n".join)
documents = st.lists(paragraphs, min_size=1, max_size=4).map("\n\n".join)


@given(documents)
def test_join_lines_keeps_every_word_in_order(text):
    assert join_lines(text).split() == text.split()


@given(documents)
def test_join_lines_is_idempotent(text):
    once = join_lines(text)
    assert join_lines(once) == once


@given(documents)
def test_join_lines_keeps_the_number_of_paragraphs(text):
    assert join_lines(text).count("\n\n") == text.count("\n\n")
