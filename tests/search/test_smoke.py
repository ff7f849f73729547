from thuvien.search import search

from .conftest import ids


def test_smoke(add_document):
    doc = add_document(
        "Qua việc thực hiện chức trách của huyện uỷ viên ở Quảng Oai", "Văn bản nói về Đảng bộ."
    )
    other = add_document("Đường phố Đà Nẵng", "Bãi biển đẹp")
    for q in ["quang oai", "Quảng Oai", "QUẢNG OAI", "huyen uy", "huyện ủy", "huyện uỷ"]:
        assert ids(search(q)) == [doc.pk], q
    assert ids(search("dang")) == [doc.pk]
    assert ids(search("da nang")) == [other.pk]
    r = search("da nang")
    print(r.hits[0].title_html, r.hits[0].snippet_html, r.total)
