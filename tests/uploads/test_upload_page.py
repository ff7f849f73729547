"""Uploading: size limit before storing, type from the bytes, safe names, exact duplicates."""

from __future__ import annotations

import pytest
from django.urls import reverse

from thuvien.uploads.models import Upload

from .conftest import files_under, uploaded

JSON = {"HTTP_ACCEPT": "application/json"}


def test_visitors_are_sent_to_sign_in(client, db):
    response = client.get(reverse("uploads:upload"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_the_page_has_the_form_and_the_limit(user_client, settings):
    settings.MAX_UPLOAD_MB = 7
    html = user_client.get(reverse("uploads:upload")).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert "7 MB" in html
    assert 'data-limit-bytes="7340032"' in html


def test_a_plain_form_upload_is_kept_and_queued(
    user_client, user, pdf_bytes, settings, django_capture_on_commit_callbacks
):
    data = pdf_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.post(
            reverse("uploads:upload"),
            {"file": uploaded("bao-cao.pdf", data), "title": "", "description": ""},
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("uploads:mine")
    item = Upload.objects.get()
    assert (item.user, item.state, item.file_type, item.size_bytes) == (
        user,
        Upload.State.QUEUED,
        "pdf",
        len(data),
    )
    assert item.enqueued_at is not None  # sent to the queue after the commit
    stored = settings.DATA_DIR / "files" / item.pending_key
    assert stored.read_bytes() == data


def test_the_json_answer_names_the_next_page(user_client, pdf_bytes):
    response = user_client.post(
        reverse("uploads:upload"), {"file": uploaded("a.pdf", pdf_bytes())}, **JSON
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["ok"] is True and answer["next"] == reverse("uploads:mine")
    assert Upload.objects.filter(pk=answer["id"]).exists()


def test_a_file_announced_larger_than_the_limit_is_refused_unread(user_client, settings, db):
    settings.MAX_UPLOAD_MB = 1
    big = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024)
    response = user_client.post(
        reverse("uploads:upload"), {"file": uploaded("to.pdf", big)}, **JSON
    )
    assert response.status_code == 413
    assert "1 MB" in response.json()["message"]
    assert not Upload.objects.exists()
    assert files_under(settings.DATA_DIR / "files") == []
    assert files_under(settings.FILE_UPLOAD_TEMP_DIR) == []


def test_a_file_that_grows_past_the_limit_is_cut_while_it_is_read(user_client, settings, db):
    settings.MAX_UPLOAD_MB = 1
    # Within the room left for the other fields, so only the count of the file's bytes stops it.
    big = b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 100 * 1024)
    response = user_client.post(reverse("uploads:upload"), {"file": uploaded("to.pdf", big)})
    assert response.status_code == 413
    assert "1 MB" in response.content.decode()
    assert not Upload.objects.exists()
    assert files_under(settings.DATA_DIR / "files") == []
    assert files_under(settings.FILE_UPLOAD_TEMP_DIR) == []


def test_the_type_comes_from_the_bytes_not_the_name_or_the_browser(user_client, pdf_bytes):
    user_client.post(
        reverse("uploads:upload"),
        {"file": uploaded("bang-tinh.xlsx", pdf_bytes(), content_type="image/png")},
    )
    assert Upload.objects.get().file_type == "pdf"


def test_an_empty_file_is_refused_with_a_reason(user_client, db):
    response = user_client.post(reverse("uploads:upload"), {"file": uploaded("rong.pdf", b"")})
    # Django refuses an empty file itself; either way nothing is kept and the page says why.
    assert response.status_code == 400
    assert not Upload.objects.exists()


def test_bytes_that_are_no_document_are_refused(user_client, db):
    junk = bytes(range(256)) * 40
    response = user_client.post(
        reverse("uploads:upload"), {"file": uploaded("tai-lieu.pdf", junk)}, **JSON
    )
    assert response.status_code == 400
    assert "Không nhận ra loại tệp" in response.json()["message"]
    assert not Upload.objects.exists()


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\An\\Giáo trình.pdf", "Giáo trình.pdf"),
        ("bao\x00cao\x1b.pdf", "baocao.pdf"),
        ("\u202egpj.exe", "gpj.exe"),
        ("Tie\u0302\u0301ng Vie\u0323\u0302t.pdf", "Tiếng Việt.pdf"),
    ],
)
def test_file_names_are_made_safe(user_client, pdf_bytes, sent, kept):
    user_client.post(reverse("uploads:upload"), {"file": uploaded(sent, pdf_bytes())})
    assert Upload.objects.get().file_name == kept


def test_the_same_bytes_as_a_document_are_answered_with_it_and_nothing_is_stored(
    user_client, import_pdf, settings
):
    document = import_pdf("goc.pdf")
    before = files_under(settings.DATA_DIR / "files")
    stored_original = settings.DATA_DIR / "files" / document.original_key
    response = user_client.post(
        reverse("uploads:upload"),
        {"file": uploaded("ban-sao.pdf", stored_original.read_bytes())},
        **JSON,
    )
    assert response.status_code == 409
    answer = response.json()
    assert answer["duplicate"] is True
    assert answer["url"] == document.get_absolute_url()
    assert document.title in answer["message"]
    assert not Upload.objects.exists()
    assert files_under(settings.DATA_DIR / "files") == before


def test_the_same_file_twice_while_the_first_waits_is_refused(user_client, pdf_bytes):
    data = pdf_bytes()
    user_client.post(reverse("uploads:upload"), {"file": uploaded("a.pdf", data)})
    response = user_client.post(
        reverse("uploads:upload"), {"file": uploaded("b.pdf", data)}, **JSON
    )
    assert response.status_code == 409
    assert Upload.objects.count() == 1


def test_title_category_and_description_are_kept_when_given(user_client, pdf_bytes, db):
    from thuvien.library.ingest import category_for_path

    category = category_for_path(["Giáo dục", "Đề thi"])
    user_client.post(
        reverse("uploads:upload"),
        {
            "file": uploaded("a.pdf", pdf_bytes()),
            "title": " Đề thi thử ",
            "category": category.pk,
            "description": "Mô tả của người tải lên.",
        },
    )
    item = Upload.objects.get()
    assert (item.title, item.category, item.description) == (
        "Đề thi thử",
        category,
        "Mô tả của người tải lên.",
    )


def test_without_libreoffice_an_office_file_is_refused_with_the_reason(
    user_client, settings, tmp_path, monkeypatch
):
    from tests.extract.files import write_docx
    from thuvien.extract.capabilities import Capabilities
    from thuvien.uploads.views import upload as upload_view

    bare = Capabilities(libreoffice=None, tesseract=None)
    monkeypatch.setattr(upload_view, "capabilities", lambda: bare)
    page = user_client.get(reverse("uploads:upload")).content.decode()
    assert "LibreOffice" in page and "Tesseract" in page  # the page says what it cannot read
    assert ".pdf" in page and ".docx" not in page  # the file picker offers what it can
    data = write_docx(tmp_path / "bao-cao.docx", ["Báo cáo tổng kết năm học."]).read_bytes()
    response = user_client.post(
        reverse("uploads:upload"), {"file": uploaded("bao-cao.docx", data)}, **JSON
    )
    assert response.status_code == 400
    assert "LibreOffice" in response.json()["message"]
    assert not Upload.objects.exists()
    assert files_under(settings.DATA_DIR / "files") == []
