"""The search page and the suggestions endpoint."""

import re

import pytest

from thuvien.library.models import Document

from .conftest import aware

pytestmark = pytest.mark.engine_contract


def test_search_page_shows_highlighted_results_total_and_filters(client, add_document, category):
    document = add_document(
        "Huyện uỷ viên ở Quảng Oai",
        "Bài viết về công tác của huyện uỷ viên ở Quảng Oai.",
        in_category=category("Chính trị"),
        created_at=aware(2024),
    )
    html = client.get("/tim-kiem", {"q": "quang oai"}).content.decode()
    assert document.get_absolute_url() in html
    assert "<mark>Quảng</mark> <mark>Oai</mark>" in html
    assert "Tìm thấy 1 tài liệu" in html
    assert 'name="danh-muc"' in html and 'name="loai"' in html
    assert 'name="so-trang"' in html and 'name="nam"' in html
    assert "sap-xep=moi-nhat" in html
    assert 'content="noindex, follow"' in html


def test_search_page_paginates_with_trang(client, add_document):
    for n in range(25):
        add_document(f"Giáo án mầm non số {n}")
    first = client.get("/tim-kiem", {"q": "giao an"}).content.decode()
    second = client.get("/tim-kiem", {"q": "giao an", "trang": "2"}).content.decode()
    one = set(re.findall(r'href="/tai-lieu/(\d+)-', first))
    two = set(re.findall(r'href="/tai-lieu/(\d+)-', second))
    assert len(one) == 20 and len(two) == 5 and not one & two
    assert "trang=2" in first and "Trang 1 / 2" in first


@pytest.mark.parametrize("page", ["0", "-3", "abc", "99999999999", "2.5", ""])
def test_odd_page_numbers_never_error(client, add_document, page):
    document = add_document("Giáo án mầm non")
    response = client.get("/tim-kiem", {"q": "giao an", "trang": page})
    assert response.status_code == 200
    assert document.get_absolute_url() in response.content.decode()


def test_odd_filters_are_ignored_not_errors(client, add_document):
    add_document("Giáo án mầm non")
    params = {"q": "giao an", "danh-muc": "khong-co", "loai": "'\"<x>", "so-trang": "abc"}
    response = client.get("/tim-kiem", {**params, "nam": "99999", "sap-xep": "x"})
    assert response.status_code == 200


def test_filters_in_the_url_narrow_results(client, add_document, category):
    add_document("Giáo án toán", file_type="docx", in_category=category("Giáo dục"), pages=4)
    add_document("Giáo án văn", file_type="pdf", in_category=category("Văn học"), pages=40)
    html = client.get("/tim-kiem", {"q": "giao an", "loai": "docx"}).content.decode()
    assert "Giáo án toán" in html.replace("<mark>", "").replace("</mark>", "")
    assert "văn</a>" not in html
    slug = Document.objects.get(title="Giáo án văn").category.slug
    html = client.get("/tim-kiem", {"q": "giao an", "danh-muc": slug}).content.decode()
    assert "Tìm thấy 1 tài liệu" in html
    html = client.get("/tim-kiem", {"q": "giao an", "so-trang": "21-50"}).content.decode()
    assert "Tìm thấy 1 tài liệu" in html


def test_empty_query_shows_a_helpful_page(client, db):
    for params in ({}, {"q": ""}, {"q": "   "}, {"q": "?!"}):
        response = client.get("/tim-kiem", params)
        html = response.content.decode()
        assert response.status_code == 200
        assert "ngoặc kép" in html and "dấu trừ" in html
    html = client.get("/tim-kiem", {"q": "-toan"}).content.decode()
    assert "chỉ có từ cần loại trừ" in html


def test_no_results_page_gives_tips(client, add_document):
    add_document("Giáo án mầm non")
    html = client.get("/tim-kiem", {"q": "xyzzy"}).content.decode()
    assert "Không tìm thấy tài liệu nào" in html and "ngoặc kép" in html


def test_suggestions_return_titles_and_keyword_phrases(client, add_document):
    document = add_document("Huyện uỷ viên ở Quảng Oai", keywords=("Quảng Oai", "huyện uỷ"))
    data = client.get("/tim-kiem/goi-y", {"q": "quang o"}).json()
    kinds = {(s["type"], s["text"]) for s in data["suggestions"]}
    assert ("phrase", "Quảng Oai") in kinds
    assert ("title", "Huyện uỷ viên ở Quảng Oai") in kinds
    title = next(s for s in data["suggestions"] if s["type"] == "title")
    assert title["url"] == document.get_absolute_url()
    assert client.get("/tim-kiem/goi-y", {"q": ""}).json()["suggestions"] == []


def test_suggestions_leave_hidden_documents_out(client, add_document):
    add_document("Huyện uỷ viên ở Quảng Oai", status=Document.Status.HIDDEN)
    data = client.get("/tim-kiem/goi-y", {"q": "quang"}).json()
    assert not [s for s in data["suggestions"] if s["type"] == "title"]


def test_search_page_speaks_english_when_chosen(client, add_document):
    add_document("Giáo án mầm non")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get("/tim-kiem", {"q": "giao an"}).content.decode()
    assert "1 document found for" in html and "Most relevant" in html and "Year added" in html
    assert "Tìm thấy" not in html
    assert "Put a phrase in quotes" in client.get("/tim-kiem").content.decode()


def test_title_suggestions_contain_the_typed_words(client, add_document):
    add_document("Báo cáo tổng kết năm", keywords=("quảng oai",))
    wanted = add_document("Huyện uỷ viên ở Quảng Oai")
    data = client.get("/tim-kiem/goi-y", {"q": "quang oa"}).json()
    titles = [s["url"] for s in data["suggestions"] if s["type"] == "title"]
    assert titles == [wanted.get_absolute_url()]
