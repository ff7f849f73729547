"""Official documents: letterhead lines, and a title made of kind, number and subject."""

from __future__ import annotations

import pytest

from thuvien.text.fold import fold
from thuvien.text.letterheads import is_letterhead, official_title

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def test_decree_kind_number_and_subject() -> None:
    lines = [
        "CHÍNH PHỦ",
        "_______",
        "Số: 31/2024/NĐ-CP",
        *MOTTO,
        "Hà Nội, ngày 8 tháng 4 năm 2024",
        "NGHỊ ĐỊNH",
        "Quy định về quản lý và phát triển thư viện số",
        "_________",
        "Căn cứ Luật Tổ chức Chính phủ;",
    ]
    assert official_title(lines) == (
        "Nghị định 31/2024/NĐ-CP quy định về quản lý và phát triển thư viện số"
    )


def test_a_subject_over_two_lines_is_joined() -> None:
    lines = [
        *MOTTO,
        "Số: 7/2023/TT-BVHTTDL",
        "THÔNG TƯ",
        "Hướng dẫn việc lập, lưu trữ và khai thác hồ sơ",
        "điện tử của thư viện công cộng",
        "Căn cứ Luật Thư viện;",
    ]
    assert official_title(lines) == (
        "Thông tư 7/2023/TT-BVHTTDL hướng dẫn việc lập, lưu trữ và khai thác hồ sơ điện tử "
        "của thư viện công cộng"
    )


def test_a_law_is_named_with_its_number_after_its_name() -> None:
    lines = ["QUỐC HỘI", *MOTTO, "Luật số: 46/2019/QH14", "LUẬT", "THƯ VIỆN", "Căn cứ Hiến pháp;"]
    assert official_title(lines) == "Luật Thư viện số 46/2019/QH14"
    one_line = ["QUỐC HỘI", *MOTTO, "BỘ LUẬT LAO ĐỘNG", "Căn cứ Hiến pháp;"]
    assert official_title(one_line) == "Bộ luật Lao động"


def test_a_draft_with_a_blank_number() -> None:
    lines = ["CHÍNH PHỦ", *MOTTO, "Số: ......./NĐ-CP", "DỰ THẢO", "NGHỊ ĐỊNH", "Quy định học bổng"]
    assert official_title(lines) == "Dự thảo Nghị định quy định học bổng"


def test_the_issuing_authority_in_capitals_is_not_part_of_the_subject() -> None:
    lines = [
        *MOTTO,
        "Số: 15/QĐ-UBND",
        "QUYẾT ĐỊNH",
        "Về việc thành lập tổ công tác",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
    ]
    assert official_title(lines) == "Quyết định 15/QĐ-UBND về việc thành lập tổ công tác"


def test_an_issuer_in_capitals_is_no_subject() -> None:
    lines = [*MOTTO, "Số: 9/QĐ-UBND", "QUYẾT ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Căn cứ ..."]
    assert official_title(lines) == "Quyết định 9/QĐ-UBND"


def test_a_subject_in_capitals_is_written_in_sentence_case() -> None:
    lines = [*MOTTO, "KẾ HOẠCH", "TỔ CHỨC NGÀY HỘI ĐỌC SÁCH TẠI HÀ NỘI NĂM 2024", "______"]
    assert official_title(lines) == "Kế hoạch tổ chức ngày hội đọc sách tại Hà Nội năm 2024"


def test_kind_and_subject_joined_on_one_line_and_an_acronym_first() -> None:
    lines = [*MOTTO, "BÁO CÁO UBND huyện về công tác thư viện năm 2024"]
    assert official_title(lines) == "Báo cáo UBND huyện về công tác thư viện năm 2024"


def test_an_authority_joined_to_the_subject_is_cut_off() -> None:
    lines = [*MOTTO, "QUYẾT ĐỊNH Về việc mở thư viện số CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN"]
    assert official_title(lines) == "Quyết định về việc mở thư viện số"


def test_an_official_letter_is_named_by_number_and_its_v_v_subject() -> None:
    lines = [
        "UBND TỈNH AN GIANG",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        *MOTTO,
        "Số: 1234/SGDĐT-GDTrH",
        "V/v triển khai mô hình thư viện số",
        "An Giang, ngày 3 tháng 10 năm 2024",
        "Kính gửi: Các trường trung học phổ thông",
    ]
    assert official_title(lines) == (
        "Công văn 1234/SGDĐT-GDTrH về việc triển khai mô hình thư viện số"
    )


@pytest.mark.parametrize(
    "lines",
    [
        # No national motto: not an official document's first page.
        ["NGHỊ ĐỊNH", "Quy định về thư viện số"],
        # A heading in capitals that starts with a kind is left to the heading rule.
        [*MOTTO, "THÔNG TƯ HƯỚNG DẪN QUẢN LÝ HỒ SƠ ĐIỆN TỬ"],
        # A form is not a kind of document that has a number and a subject.
        [*MOTTO, "ĐƠN XIN NGHỈ PHÉP", "Kính gửi: Ban giám hiệu"],
        # A kind in running text is no title.
        [*MOTTO, "Thông tư này quy định về thư viện số."],
        [],
    ],
)
def test_not_an_official_title(lines: list[str]) -> None:
    assert official_title(lines) is None


@pytest.mark.parametrize(
    "line",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc",
        "Số: 12/QĐ-UBND",
        "Hà Nội, ngày 5 tháng 3 năm 2020",
        "TP. Hồ Chí Minh, ngày ... tháng ... năm 2024",
        "Kính gửi: Sở Giáo dục và Đào tạo",
        "V/v triển khai thư viện số",
    ],
)
def test_letterhead_lines(line: str) -> None:
    assert is_letterhead(" ".join(fold(line).split()))


@pytest.mark.parametrize(
    "line",
    ["Thư viện số giúp bạn đọc tra cứu.", "Ngày hội đọc sách năm 2024", "Số liệu năm 2023"],
)
def test_not_letterhead_lines(line: str) -> None:
    assert not is_letterhead(" ".join(fold(line).split()))
