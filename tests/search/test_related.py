"""Related documents by content: never the document itself or an exact duplicate."""

import pytest

from thuvien.library.models import Document
from thuvien.search import related_documents

pytestmark = pytest.mark.engine_contract

TEXT = "Kỹ thuật trồng và chăm sóc cây cà phê vối ở Tây Nguyên trong mùa khô."


def test_related_documents_share_keywords_and_title_words(add_document):
    document = add_document(
        "Kỹ thuật trồng cà phê", TEXT, keywords=("cà phê", "Tây Nguyên", "tưới nước")
    )
    close = add_document(
        "Tưới nước cho cà phê ở Tây Nguyên", "Lịch tưới.", keywords=("cà phê", "tưới nước")
    )
    near = add_document("Giá cà phê tháng này", "Thị trường.", keywords=("cà phê",))
    add_document("Nuôi tôm thẻ chân trắng", "Ao nuôi.", keywords=("nuôi tôm",))
    related = related_documents(document)
    assert [d.pk for d in related] == [close.pk, near.pk]


def test_related_never_lists_itself_an_exact_duplicate_or_hidden_ones(add_document):
    document = add_document("Kỹ thuật trồng cà phê", TEXT, keywords=("cà phê",))
    add_document("Kỹ thuật trồng cà phê (bản sao)", TEXT, keywords=("cà phê",))
    add_document("Cà phê sạch", "Khác hẳn.", keywords=("cà phê",), status=Document.Status.HIDDEN)
    other = add_document("Chế biến cà phê", "Sau thu hoạch.", keywords=("cà phê",))
    assert [d.pk for d in related_documents(document)] == [other.pk]


def test_related_respects_the_limit_and_handles_unindexed_documents(add_document):
    document = add_document("Giáo án toán lớp 1", keywords=("giáo án", "toán"))
    for n in range(9):
        add_document(f"Giáo án toán số {n}", f"Bài {n}.", keywords=("giáo án", "toán"))
    assert len(related_documents(document, limit=4)) == 4
    hidden = add_document("Giáo án toán ẩn", status=Document.Status.HIDDEN)
    assert related_documents(hidden) == []
