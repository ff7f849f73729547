"""The document page end to end: a generated PDF imported, then its page read as HTML."""

from __future__ import annotations

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from thuvien.library.models import Document, LibraryItem

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/130.0"


@pytest.fixture
def visitor(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


def test_document_page_shows_every_element_in_order(visitor, import_pdf):
    document = import_pdf(pages=4)
    import_pdf("khac.pdf")
    html = visitor.get(document.get_absolute_url()).content.decode()
    html = html[html.index("<article") :]
    labels = [
        "Danh mục",
        "Qua việc thực hiện chức trách của huyện uỷ viên ở Quảng Oai",
        "Số trang",
        "Loại file",
        "Dung lượng",
        "Lượt xem",
        "Lượt tải",
        "Thư viện của tui",
        "Xem trước 2 trang đầu tiên",
        "Thông tin tài liệu",
        "Nội dung trích xuất",
        "Từ khoá",
        "Tài liệu liên quan",
        "Tài liệu được xem nhiều",
        "Tải về",
    ]
    position = 0
    for label in labels:  # each element comes after the one before it
        found = html.find(label, position)
        assert found >= 0, f"{label!r} missing or out of order"
        position = found + len(label)
    assert "Chính trị" in html and "Xây dựng Đảng" in html
    assert re.search(r"<dd>\d+,\d\d KB</dd>", html)
    assert "<dd>PDF</dd>" in html
    assert html.count('loading="lazy" alt="Trang') == 2
    assert document.description[:40] in html
    assert "Huyện uỷ viên là người được Đảng bộ" in html


def test_preview_images_never_expose_the_original(visitor, import_pdf):
    document = import_pdf()
    html = visitor.get(document.get_absolute_url()).content.decode()
    assert document.sha256 not in html
    assert "/originals/" not in html
    response = visitor.get(reverse("library:preview", args=[document.pk, 1]))
    assert response["Content-Type"] == "image/webp"
    assert (
        "immutable" in response["Cache-Control"] and "max-age=31536000" in response["Cache-Control"]
    )
    assert b"".join(response.streaming_content)[:4] == b"RIFF"
    assert visitor.get(reverse("library:preview", args=[document.pk, 3])).status_code == 404


@override_settings(PREVIEW_PAGES=1)
def test_number_of_previews_follows_the_site_setting(visitor, import_pdf):
    document = import_pdf()
    html = visitor.get(document.get_absolute_url()).content.decode()
    assert "Xem trước 1 trang đầu tiên" in html
    assert html.count('loading="lazy" alt="Trang') == 1


@override_settings(TEXT_EXCERPT_CHARS=200)
def test_extracted_text_is_cut_after_the_site_length(visitor, import_pdf):
    document = import_pdf(pages=3)
    html = visitor.get(document.get_absolute_url()).content.decode()
    text = html.split('class="extracted">', 1)[1].split("</div>", 1)[0]
    assert "..." in text
    assert len(re.sub(r"<[^>]+>", "", text)) < 260


def test_outdated_slug_redirects_permanently(visitor, import_pdf):
    document = import_pdf()
    response = visitor.get(f"/tai-lieu/{document.pk}-ten-cu.html")
    assert response.status_code == 301
    assert response["Location"] == document.get_absolute_url()
    assert visitor.get(f"/tai-lieu/{document.pk}.html").status_code == 301


def test_document_url_is_id_and_ascii_slug(import_pdf):
    document = import_pdf()
    assert re.fullmatch(
        r"/tai-lieu/\d+-qua-viec-thuc-hien-chuc-trach[a-z0-9-]*\.html", document.get_absolute_url()
    )


def test_hidden_document_is_not_shown(visitor, import_pdf):
    document = import_pdf()
    Document.objects.filter(pk=document.pk).update(status=Document.Status.HIDDEN)
    assert visitor.get(document.get_absolute_url()).status_code == 404
    assert visitor.get(reverse("library:download", args=[document.pk])).status_code == 404


def test_download_streams_original_with_vietnamese_file_name(visitor, import_pdf, sample_pdf):
    document = import_pdf()
    response = visitor.get(reverse("library:download", args=[document.pk]))
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF") and len(body) == document.size_bytes
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="qua-viec-thuc-hien')
    assert "filename*=UTF-8''Qua%20vi%E1%BB%87c" in disposition
    document.refresh_from_db()
    assert document.download_count == 1


def test_view_counts_once_per_visitor_per_day(visitor, import_pdf, client):
    document = import_pdf()
    for _ in range(3):
        visitor.get(document.get_absolute_url())
    document.refresh_from_db()
    assert document.view_count == 1
    other = client.__class__(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.9")
    other.get(document.get_absolute_url())
    document.refresh_from_db()
    assert document.view_count == 2


def test_bots_are_not_counted(client, import_pdf):
    document = import_pdf()
    for agent in ("Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.0", ""):
        client.get(document.get_absolute_url(), HTTP_USER_AGENT=agent)
        client.get(reverse("library:download", args=[document.pk]), HTTP_USER_AGENT=agent)
    document.refresh_from_db()
    assert (document.view_count, document.download_count) == (0, 0)


def test_related_documents_never_include_the_document_itself(
    visitor, import_pdf, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        documents = [
            import_pdf(f"{n}.pdf", heading=heading)
            for n, heading in enumerate(
                ["HUYỆN UỶ VIÊN Ở QUẢNG OAI", "CÔNG TÁC KIỂM TRA Ở CHI BỘ", "SỔ TAY ĐẢNG VIÊN"]
            )
        ]
    html = visitor.get(documents[0].get_absolute_url()).content.decode()
    related = html.split("Tài liệu liên quan", 1)[1].split("Tài liệu được xem nhiều", 1)[0]
    assert documents[0].get_absolute_url() not in related
    assert documents[1].get_absolute_url() in related


def test_keyword_links_lead_to_keyword_pages(visitor, import_pdf):
    document = import_pdf()
    keyword = document.keywords.first()
    html = visitor.get(document.get_absolute_url()).content.decode()
    assert keyword.get_absolute_url() in html
    page = visitor.get(keyword.get_absolute_url()).content.decode()
    assert f"&quot;{keyword.phrase}&quot; trang 1" in page or f'"{keyword.phrase}" trang 1' in page
    assert document.title in page


def test_save_button_without_javascript_redirects_back(visitor, import_pdf, django_user_model):
    document = import_pdf()
    user = django_user_model.objects.create_user("lan", password="mat-khau-dai-123")
    visitor.force_login(user)
    url = reverse("library:toggle_saved", args=[document.pk])
    response = visitor.post(url, {"next": document.get_absolute_url()})
    assert response.status_code == 302 and response["Location"] == document.get_absolute_url()
    assert LibraryItem.objects.filter(user=user, document=document).exists()
    assert "Bỏ khỏi Thư viện của tui" in visitor.get(document.get_absolute_url()).content.decode()
    mine = visitor.get(reverse("library:my_library")).content.decode()
    assert document.title in mine
    visitor.post(url, {"next": "https://example.com/"})
    assert not LibraryItem.objects.filter(user=user).exists()


def test_save_button_with_javascript_answers_json(visitor, import_pdf, django_user_model):
    document = import_pdf()
    visitor.force_login(django_user_model.objects.create_user("minh", password="x-12345678"))
    url = reverse("library:toggle_saved", args=[document.pk])
    first = visitor.post(url, HTTP_ACCEPT="application/json").json()
    second = visitor.post(url, HTTP_ACCEPT="application/json").json()
    assert first == {"saved": True, "label": "Bỏ khỏi Thư viện của tui"}
    assert second == {"saved": False, "label": "Thư viện của tui"}


def test_saving_needs_sign_in(visitor, import_pdf):
    document = import_pdf()
    response = visitor.post(reverse("library:toggle_saved", args=[document.pk]))
    assert response.status_code == 302 and "/tai-khoan/dang-nhap/" in response["Location"]
    assert visitor.get(reverse("library:my_library")).status_code == 302
