"""BM25-style ranking: title > keywords > description > text; popularity only breaks ties."""

import pytest

from thuvien.search import search

from .conftest import ids

pytestmark = pytest.mark.engine_contract


def test_field_weights_order_title_keywords_description_text(add_document):
    in_text = add_document("Báo cáo tổng hợp", "Thông tin về thuỷ lợi nội đồng.")
    in_description = add_document("Kế hoạch năm", description="Dự án thuỷ lợi của xã.")
    in_keywords = add_document("Tài liệu tập huấn", keywords=("thuỷ lợi", "nông nghiệp"))
    in_title = add_document("Giáo trình thuỷ lợi cơ bản")
    assert ids(search("thuy loi")) == [in_title.pk, in_keywords.pk, in_description.pk, in_text.pk]


def test_shorter_title_with_every_word_ranks_first(add_document):
    long = add_document("Hỏi đáp về luật và những thủ tục đất đai ở vùng nông thôn miền núi")
    short = add_document("Luật đất đai")
    assert ids(search("luat dat dai")) == [short.pk, long.pk]


def test_words_side_by_side_rank_above_scattered_words(add_document):
    scattered = add_document("Đà Lạt và Nẵng")
    together = add_document("Đà Nẵng, thành phố biển đáng sống nhất cả nước")
    assert ids(search("da nang")) == [together.pk, scattered.pk]


def test_popularity_breaks_ties_only(add_document):
    quiet = add_document("Đề cương ôn tập sinh học")
    popular = add_document("Đề cương ôn tập hoá học", views=5000, downloads=800)
    better = add_document("Ôn tập hoá")
    assert ids(search("on tap hoa")) == [better.pk, popular.pk]
    assert ids(search("de cuong on tap")) == [popular.pk, quiet.pk]


def test_scores_do_not_increase_down_the_list(add_document):
    for n in range(8):
        add_document(f"Tài liệu ôn thi số {n} " + "thêm " * n, "ôn thi")
    scores = [hit.score for hit in search("on thi").hits]
    assert len(scores) == 8
    assert scores == sorted(scores, reverse=True)
