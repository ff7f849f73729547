import pytest
from hypothesis import given
from hypothesis import strategies as st

from thuvien.text.titles import (
    clean_title,
    has_stray_marks,
    is_acronym,
    is_placeholder_title,
    sentence_case,
    title_from_file_name,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QUA VIỆC THỰC HIỆN CHỨC TRÁCH CỦA HUYỆN UỶ VIÊN Ở QUẢNG OAI",
            "Qua việc thực hiện chức trách của huyện uỷ viên ở Quảng Oai",
        ),
        (
            "BÁO CÁO TỔNG KẾT NĂM HỌC CỦA TRƯỜNG THPT CHU VĂN AN",
            "Báo cáo tổng kết năm học của trường THPT chu văn an",
        ),
        (
            "KẾ HOẠCH PHÒNG CHỐNG COVID-19 CỦA UBND TP.HCM",
            "Kế hoạch phòng chống COVID-19 của UBND TP.HCM",
        ),
        ("LỊCH SỬ VIỆT NAM VÀ HÀ NỘI", "Lịch sử Việt Nam và Hà Nội"),
        (
            "QUYẾT ĐỊNH SỐ 12/QĐ-UBND CỦA TỈNH THANH HOÁ",
            "Quyết định số 12/QĐ-UBND của tỉnh Thanh Hoá",
        ),
        ("GIÁO TRÌNH CNTT: CHƯƠNG II", "Giáo trình CNTT: Chương II"),
        ("TĂNG TRƯỞNG GDP CỦA ĐÀ NẴNG", "Tăng trưởng GDP của Đà Nẵng"),
        ("LUẬN VĂN THS KINH TẾ", "Luận văn ThS kinh tế"),
    ],
)
def test_sentence_case_lowers_upper_case_titles_but_keeps_acronyms_and_names(text, expected):
    assert sentence_case(text) == expected


def test_sentence_case_leaves_mixed_case_text_alone_except_trimming():
    assert sentence_case("  Giáo trình Kinh tế vi mô ĐHQG  ") == "Giáo trình Kinh tế vi mô ĐHQG"


def test_sentence_case_does_not_keep_syllables_that_look_like_roman_numerals():
    assert sentence_case("XỬ LÝ VI PHẠM VỀ XI MĂNG") == "Xử lý vi phạm về xi măng"


VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
TITLE_CHARACTERS = st.sampled_from(
    list(VIETNAMESE) + list(VIETNAMESE.upper()) + list(" 0123456789.,:-/()")
)


@given(st.text(TITLE_CHARACTERS, max_size=60))
def test_sentence_case_is_idempotent_on_its_own_output(text):
    once = sentence_case(text)
    assert sentence_case(once) == once


@given(st.text(max_size=40))
def test_sentence_case_is_idempotent_on_any_text(text):
    once = sentence_case(text)
    assert sentence_case(once) == once


def test_is_acronym_tells_acronyms_from_upper_case_words():
    assert is_acronym("UBND") and is_acronym("QĐ-UBND") and is_acronym("COVID-19")
    assert not is_acronym("NGHIÊN") and not is_acronym("Ubnd") and not is_acronym("2020")


@pytest.mark.parametrize(
    "title",
    [
        "Microsoft Word - luan van thac si.doc",
        "Microsoft PowerPoint - bai giang.ppt",
        "untitled",
        "Untitled1",
        "Document1",
        "Slide 1",
        "PowerPoint Presentation",
        "tmp123",
        "bao-cao-tong-ket.docx",
        "giao_trinh_kinh_te.pdf",
        "C:\\Users\\admin\\Desktop\\bai tap.doc",
        "/home/user/tai lieu",
        "abc",
        "12345",
        "",
        "   ",
        "___###___ 2020",
        "3f2a9c0d7e1b",
        "Tài liệu 1",
    ],
)
def test_is_placeholder_title_spots_default_and_file_like_titles(title):
    assert is_placeholder_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Giáo trình Kinh tế vi mô",
        "Quyết định số 12/QĐ-UBND về việc ban hành quy chế",
        "Luận văn thạc sĩ: Quản lý thư viện số",
        "Đề thi THPT Quốc gia môn Toán 2020",
        "Word Power Made Easy",
    ],
)
def test_is_placeholder_title_accepts_real_titles(title):
    assert not is_placeholder_title(title)


def test_is_placeholder_title_rejects_the_file_names_own_stem():
    assert is_placeholder_title("bao cao tong ket", file_name="uploads/bao_cao-tong_ket.pdf")
    assert is_placeholder_title("BAO CAO TONG KET", file_name="bao-cao-tong-ket.docx")
    assert not is_placeholder_title("Báo cáo tổng kết năm 2020", file_name="bc.pdf")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Giáo trình   Kinh tế vi mô : ", "Giáo trình Kinh tế vi mô"),
        ("- Báo cáo thực tập -", "Báo cáo thực tập"),
        ("Tổng quan về thư viện số.", "Tổng quan về thư viện số"),
        ("Vì sao trẻ em cần đọc sách?", "Vì sao trẻ em cần đọc sách?"),
        ("Dòng một\nDòng hai", "Dòng một Dòng hai"),
    ],
)
def test_clean_title_collapses_whitespace_and_strips_hanging_punctuation(text, expected):
    assert clean_title(text) == expected


def test_clean_title_caps_the_length_at_a_word_boundary():
    title = clean_title("thư viện " * 40)
    assert len(title) <= 200
    assert title.endswith("viện")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("qua_viec-thuc.hien_chuc-trach.pdf", "Qua viec thuc hien chuc trach"),
        ("uploads/2020/Bao_cao_tong_ket.docx", "Bao cao tong ket"),
        ("C:\\Tai lieu\\GIAO_TRINH_KINH_TE.doc", "Giao trinh kinh te"),
        ("giáo%20trình%20lịch%20sử.pdf", "Giáo trình lịch sử"),
        ("de-thi-toan (1).pdf", "De thi toan"),
        ("Luận văn ThS.pdf", "Luận văn ThS"),
        ("___.pdf", ""),
    ],
)
def test_title_from_file_name_makes_a_readable_title(name, expected):
    assert title_from_file_name(name) == expected


def test_sentence_case_keeps_common_words_that_are_also_short_names_lower_case():
    # "pháp" (method, law) and "tư" (in "thông tư") are far more common in titles than
    # the country or the abbreviation of "trung ương".
    assert sentence_case("MỘT SỐ BIỆN PHÁP RÈN KĨ NĂNG ĐỌC") == "Một số biện pháp rèn kĩ năng đọc"
    assert sentence_case("THÔNG TƯ HƯỚNG DẪN QUẢN LÝ HỒ SƠ") == "Thông tư hướng dẫn quản lý hồ sơ"


@pytest.mark.parametrize(
    ("line", "stray"),
    [
        ('P " repor', True),
        ("chapter <", True),
        ("Bokale ,~.... Tarnose", True),
        ("Chương 1 - Mở đầu", False),
        ("Kinh tế & Xã hội: 2024", False),
        ("ĐỀ THI HỌC KỲ I / TOÁN 10", False),
        ("C++ và Python", False),
        ("", False),
    ],
)
def test_stray_marks_are_words_without_a_letter_or_digit(line: str, stray: bool) -> None:
    assert has_stray_marks(line) is stray
