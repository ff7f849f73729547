"""Home, category pages, accounts, admin and the English interface."""

from __future__ import annotations

import re

from django.test import override_settings
from django.urls import reverse

from thuvien.library.models import Document


def test_home_shows_tree_with_counts_newest_and_most_viewed(client, import_pdf):
    first = import_pdf("a.pdf", category=("Giáo dục", "Đề thi"))
    import_pdf("b.pdf", category=("Giáo dục", "Giáo án"))
    import_pdf("c.pdf", category=("Kinh tế",))
    Document.objects.filter(pk=first.pk).update(view_count=50)
    html = client.get("/").content.decode()
    assert re.search(r"Giáo dục</a> <span class=\"count\">\(2\)", html)
    assert re.search(r"Đề thi</a> <span class=\"count\">\(1\)", html)
    assert "Tài liệu mới" in html and "Tài liệu được xem nhiều" in html
    most_viewed = html.split("Tài liệu được xem nhiều", 1)[1]
    assert re.search(r'href="(/tai-lieu/[^"]+)"', most_viewed).group(1) == first.get_absolute_url()
    assert "50 lượt xem" in most_viewed


def test_category_page_lists_its_subtree_sorted_and_paginated(client, import_pdf, settings):
    settings.DOCUMENTS_PER_PAGE = 2
    docs = [import_pdf(f"{n}.pdf", category=("Giáo dục", "Đề thi")) for n in range(3)]
    import_pdf("x.pdf", category=("Kinh tế",))
    Document.objects.filter(pk=docs[0].pk).update(view_count=9, download_count=1)
    Document.objects.filter(pk=docs[1].pk).update(download_count=7)
    parent = docs[0].category.parent
    page1 = client.get(parent.get_absolute_url() + "?sap-xep=xem-nhieu").content.decode()
    assert "3 tài liệu" in page1
    assert page1.find(docs[0].get_absolute_url()) >= 0
    assert "trang=2" in page1 and "Trang 1 / 2" in page1
    page2 = client.get(parent.get_absolute_url() + "?sap-xep=xem-nhieu&trang=2").content.decode()
    shown = set(re.findall(r"/tai-lieu/(\d+)-", page1 + page2))
    assert shown == {str(d.pk) for d in docs}
    by_downloads = client.get(parent.get_absolute_url() + "?sap-xep=tai-nhieu").content.decode()
    assert by_downloads.find(docs[1].get_absolute_url()) < by_downloads.find(
        docs[0].get_absolute_url()
    )
    assert client.get(parent.get_absolute_url() + "?trang=9").status_code == 404
    assert client.get(parent.get_absolute_url() + "?trang=abc").status_code == 404


def test_category_cards_show_cover_pages_views_downloads(client, import_pdf):
    document = import_pdf(pages=5)
    html = client.get(document.category.get_absolute_url()).content.decode()
    assert reverse("library:thumbnail", args=[document.pk]) in html
    assert "5 trang" in html and "0 lượt xem" in html and "0 lượt tải" in html


def test_thumbnail_is_served_as_webp_with_long_cache(client, import_pdf):
    document = import_pdf()
    response = client.get(reverse("library:thumbnail", args=[document.pk]))
    assert response["Content-Type"] == "image/webp"
    assert "immutable" in response["Cache-Control"]


def test_sign_up_sign_in_sign_out(client, db):
    response = client.post(
        reverse("accounts:sign_up"),
        {"username": "hoa", "password1": "Mot-mat-khau-dai-9", "password2": "Mot-mat-khau-dai-9"},
    )
    assert response.status_code == 302
    assert "hoa" in client.get("/").content.decode()
    client.post(reverse("accounts:logout"))
    assert "Đăng nhập" in client.get("/").content.decode()
    response = client.post(
        reverse("accounts:login"), {"username": "hoa", "password": "Mot-mat-khau-dai-9"}
    )
    assert response.status_code == 302
    assert "Đăng xuất" in client.get("/").content.decode()


def test_sign_in_pages_are_in_vietnamese(client, db):
    html = client.get(reverse("accounts:login")).content.decode()
    assert "Tên đăng nhập" in html and "Mật khẩu" in html


def test_admin_lists_documents_with_filters_and_search(admin_client, import_pdf):
    document = import_pdf()
    html = admin_client.get("/quan-tri/library/document/?q=Quảng").content.decode()
    assert document.title in html
    assert "Trạng thái" in html or "trạng thái" in html
    for model in ("category", "keyword", "libraryitem"):
        assert admin_client.get(f"/quan-tri/library/{model}/").status_code == 200
    assert admin_client.get("/quan-tri/auth/user/").status_code == 200
    assert admin_client.get(f"/quan-tri/library/document/{document.pk}/change/").status_code == 200


def test_english_is_available(client, import_pdf):
    document = import_pdf()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get(document.get_absolute_url()).content.decode()
    assert "Pages" in html and "Download" in html and "My library" in html
    assert "Tải về" not in html


@override_settings(LANGUAGE_CODE="vi")
def test_vietnamese_is_the_default_whatever_the_browser_says(client, db):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Danh mục tài liệu" in html


def test_hiding_in_the_admin_removes_the_document_from_search_at_once(
    admin_client, import_pdf, django_capture_on_commit_callbacks
):
    from thuvien.search import search

    with django_capture_on_commit_callbacks(execute=True):
        document = import_pdf()
    assert [hit.document.pk for hit in search("quang oai").hits] == [document.pk]
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/quan-tri/library/document/",
            {"action": "hide", "_selected_action": [document.pk]},
        )
    document.refresh_from_db()
    assert document.status == Document.Status.HIDDEN
    assert search("quang oai").hits == []


def test_every_page_has_the_search_box(client, import_pdf):
    document = import_pdf()
    for url in ("/", document.get_absolute_url(), document.category.get_absolute_url()):
        assert 'action="/tim-kiem"' in client.get(url).content.decode()
