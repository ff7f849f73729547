import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thuvien.text.slugs import slugify

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quảng Oai", "quang-oai"),
        ("Đà Nẵng", "da-nang"),
        ("  Giáo trình: Kinh tế vi mô (tập 2)!  ", "giao-trinh-kinh-te-vi-mo-tap-2"),
        ("QUYẾT ĐỊNH 12/QĐ-UBND", "quyet-dinh-12-qd-ubnd"),
        ("Ngữ văn 10 — học kỳ I", "ngu-van-10-hoc-ky-i"),
        ("Thuỷ lợi và thủy điện", "thuy-loi-va-thuy-dien"),
    ],
)
def test_slugify_folds_vietnamese_to_ascii_words(text, expected):
    assert slugify(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "!!! ???", "—", "中文"])
def test_slugify_never_returns_an_empty_slug(text):
    assert slugify(text) == "tai-lieu"


def test_slugify_cuts_at_a_hyphen_within_max_length():
    slug = slugify("Nghiên cứu ảnh hưởng của biến đổi khí hậu đến nông nghiệp", max_length=30)
    assert slug == "nghien-cuu-anh-huong-cua-bien"
    assert len(slug) <= 30


def test_slugify_cuts_a_single_long_word_hard():
    assert slugify("a" * 100, max_length=10) == "a" * 10


@given(st.text(), st.integers(min_value=1, max_value=120))
def test_slugify_output_is_always_a_valid_non_empty_slug(text, max_length):
    slug = slugify(text, max_length=max_length)
    assert SLUG.match(slug)
    assert len(slug) <= max(max_length, 1)
