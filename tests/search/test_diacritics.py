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
