"""Vietnamese with or without diacritics, in any case, with either tone placement."""

import pytest

from thuvien.search import search

from .conftest import ids

pytestmark = pytest.mark.engine_contract

TITLE = "Qua việc thực hiện chức trách của huyện uỷ viên ở Quảng Oai"


@pytest.mark.parametrize(
    "typed", ["quang oai", "Quảng Oai", "QUẢNG OAI", "huyen uy", "huyện ủy", "huyện uỷ"]
)
def test_search_finds_title_whatever_the_diacritics(add_document, typed):
    wanted = add_document(TITLE)
    add_document("Kinh nghiệm nuôi cá lồng trên sông")
    assert ids(search(typed)) == [wanted.pk]


def test_search_folds_d_stroke(add_document):
    party = add_document("Lịch sử Đảng bộ tỉnh")
    city = add_document("Du lịch Đà Nẵng mùa hè")
    assert ids(search("dang")) == [party.pk]
    assert ids(search("da nang")) == [city.pk]
    assert ids(search("ĐÀ NẴNG")) == [city.pk]


def test_exact_diacritics_rank_above_folded_matches(add_document):
    # The folded-only match is shorter, and more popular: it would win without the rule.
    folded = add_document("Dương", views=900)
    exact = add_document("Con đường đến trường hôm nay")
    found = ids(search("đường"))
    assert found == [exact.pk, folded.pk]
    assert ids(search("duong")) == [folded.pk, exact.pk]  # no diacritics typed: shorter first


def test_exact_rule_holds_for_words_found_only_in_the_text(add_document):
    # Newest first would put the folded match first: the rule must override it.
    exact = add_document("Báo cáo năm", "Tuyến đường mới đã thông xe.")
    folded = add_document("Báo cáo quý", "Cây dương liễu bên hồ.", views=500)
    assert ids(search("đường")) == [exact.pk, folded.pk]
    assert ids(search("dương")) == [folded.pk, exact.pk]


def test_snippet_shows_words_as_written_in_the_document(add_document):
    add_document("Biển", "Nhiều du khách đến Đà Nẵng vào tháng sáu để tắm biển.")
    hit = search("da nang").hits[0]
    assert "<mark>Đà</mark> <mark>Nẵng</mark>" in hit.snippet_html


def test_snippet_prefers_the_words_side_by_side(add_document):
    # Both texts hold both words; only the text holds them as the phrase typed.
    add_document(
        "Giáo trình lập trình",
        "Python có nhiều thư viện chuẩn cho mọi việc thường ngày.",
        description="Giáo trình dành cho sinh viên năm thứ nhất.",
    )
    snippet = search("thu vien").hits[0].snippet_html
    assert "<mark>thư</mark> <mark>viện</mark> chuẩn" in snippet


def test_snippet_side_by_side_needs_the_query_order_and_no_punctuation():
    from thuvien.search._query import parse_query
    from thuvien.search._snippets import Highlighter

    highlighter = Highlighter(parse_query("thu vien"))
    reversed_order = "Viện thư tịch cổ."
    split_by_comma = "Gửi thư, viện dẫn luật."
    side_by_side = "Ghé thư viện tỉnh."
    assert "thư</mark> <mark>viện" in highlighter.snippet(reversed_order, side_by_side)
    assert "thư</mark> <mark>viện" in highlighter.snippet(split_by_comma, side_by_side)
    # The last word typed is a prefix: its completions count as that word.
    prefix = Highlighter(parse_query("thu vi"))
    assert "thư</mark> <mark>viện" in prefix.snippet("Vì thư gửi muộn.", side_by_side)


def test_snippet_shows_every_hit_it_was_chosen_for():
    from thuvien.search._query import parse_query
    from thuvien.search._snippets import SNIPPET_CHARS, Highlighter

    filler = "các em đọc to rõ ràng trước lớp và cô giáo sửa từng lỗi nhỏ cho cả lớp. "
    text = (
        filler * 2
        + "Biện pháp thứ hai là "
        + filler * 2
        + "Cô khen cả lớp hôm nay. Góc thư viện có truyện."
    )
    # "thứ" and "viện" lie within a snippet's width of each other, but a snippet that starts
    # a little before "thứ" could not show "viện": the snippet must show the phrase.
    assert SNIPPET_CHARS * 3 // 4 < text.index("viện") - text.index("thứ") < SNIPPET_CHARS
    snippet = Highlighter(parse_query("thu vien")).snippet(text)
    assert "<mark>thư</mark> <mark>viện</mark>" in snippet


def test_snippet_counts_each_pair_of_words_once():
    from thuvien.search._query import parse_query
    from thuvien.search._snippets import Highlighter

    highlighter = Highlighter(parse_query("thu vien so"))
    repeated = "Thư viện lớn, thư viện nhỏ, thư viện trường: số sách đều tăng."
    whole = "Xây dựng thư viện số cho trường."
    # The first passage holds "thư viện" three times, the second the whole phrase once.
    assert "<mark>số</mark> cho" in highlighter.snippet(repeated, whole)
    # A phrase repeated is no better than the same phrase once in an earlier text.
    once = "Bài viết về thư viện số."
    assert "về <mark>thư</mark>" in highlighter.snippet(once, "Thư viện số, thư viện số.")
