""" "Tài liệu của tôi": states with reasons, a JSON endpoint to follow them, edit, delete."""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.urls import reverse

from thuvien.library.models import Document
from thuvien.uploads import jobs
from thuvien.uploads.models import Upload

from .conftest import files_under


def test_every_state_is_shown_in_vietnamese_with_its_reason(user_client, make_upload, pdf_bytes):
    make_upload(pdf_bytes(), "cho.pdf")
    failed = make_upload(pdf_bytes(), "loi.pdf")
    Upload.objects.filter(pk=failed.pk).update(
        state=Upload.State.FAILED, reason="Tệp bị hỏng hoặc bị cắt cụt nên không đọc được."
    )
    html = user_client.get(reverse("uploads:mine")).content.decode()
    assert "chờ xử lý" in html
    assert "lỗi" in html and "bị cắt cụt" in html
    assert "cho.pdf" in html and "loi.pdf" in html
    assert reverse("uploads:retry", args=[failed.pk]) in html


def test_the_state_endpoint_follows_a_job_to_the_end(
    user_client, make_upload, pdf_bytes, django_capture_on_commit_callbacks
):
    upload = make_upload(pdf_bytes())
    url = reverse("uploads:states") + f"?id={upload.pk}"
    assert user_client.get(url).json()["uploads"][0]["label"] == "chờ xử lý"
    jobs.claim(upload.pk, "may-1")
    assert user_client.get(url).json()["uploads"][0]["label"] == "đang xử lý"
    Upload.objects.filter(pk=upload.pk).update(state=Upload.State.QUEUED, lease_owner="")
    with django_capture_on_commit_callbacks(execute=True):
        jobs.process_upload(upload.pk)
    info = user_client.get(url).json()["uploads"][0]
    assert (info["state"], info["label"], info["active"]) == ("published", "đã đăng", False)
    assert info["url"] == Document.objects.get().get_absolute_url()


def test_nobody_sees_the_uploads_of_another(client, make_upload, pdf_bytes, user):
    from django.contrib.auth.models import User

    upload = make_upload(pdf_bytes())
    other = User.objects.create_user("nguoikhac", password="mat-khau-dai-123")
    client.force_login(other)
    assert client.get(reverse("uploads:states") + f"?id={upload.pk}").json() == {"uploads": []}
    assert client.get(reverse("uploads:edit", args=[upload.pk])).status_code == 404
    assert client.post(reverse("uploads:delete", args=[upload.pk])).status_code == 404
    assert Upload.objects.filter(pk=upload.pk).exists()


def test_the_uploader_fixes_the_metadata_of_a_published_document(
    user_client, make_upload, pdf_bytes, django_capture_on_commit_callbacks
):
    from thuvien.library.ingest import category_for_path

    upload = make_upload(pdf_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        jobs.process_upload(upload.pk)
    category = category_for_path(["Kinh tế"])
    response = user_client.post(
        reverse("uploads:edit", args=[upload.pk]),
        {"title": "Tiêu đề đã sửa", "category": category.pk, "description": "Mô tả mới."},
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert (document.title, document.category, document.description) == (
        "Tiêu đề đã sửa",
        category,
        "Mô tả mới.",
    )
    assert document.slug == "tieu-de-da-sua"


def test_metadata_of_a_waiting_upload_is_used_when_it_is_processed(
    user_client, make_upload, pdf_bytes, django_capture_on_commit_callbacks
):
    upload = make_upload(pdf_bytes())
    user_client.post(
        reverse("uploads:edit", args=[upload.pk]),
        {"title": "Đặt tên trước", "category": "", "description": ""},
    )
    with django_capture_on_commit_callbacks(execute=True):
        jobs.process_upload(upload.pk)
    assert Document.objects.get().title == "Đặt tên trước"


def test_deleting_removes_the_document_and_every_file(
    user_client, make_upload, pdf_bytes, settings, django_capture_on_commit_callbacks
):
    upload = make_upload(pdf_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        jobs.process_upload(upload.pk)
    assert files_under(settings.DATA_DIR / "files")
    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.post(reverse("uploads:delete", args=[upload.pk]))
    assert response.status_code == 302
    assert not Upload.objects.exists() and not Document.objects.exists()
    assert files_under(settings.DATA_DIR / "files") == []


def test_a_failed_upload_can_be_retried(
    user_client, make_upload, pdf_bytes, django_capture_on_commit_callbacks
):
    upload = make_upload(pdf_bytes())
    Upload.objects.filter(pk=upload.pk).update(state=Upload.State.FAILED, reason="Lỗi", attempts=3)
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(reverse("uploads:retry", args=[upload.pk]))
    upload.refresh_from_db()
    assert (upload.state, upload.attempts, upload.reason) == (Upload.State.QUEUED, 0, "")
    assert upload.enqueued_at is not None
    assert default_storage.exists(upload.pending_key)
