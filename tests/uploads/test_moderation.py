"""Moderators: the queue, approve, reject with a reason, edit, merge; visitors report."""

from __future__ import annotations

import pytest
from django.urls import reverse

from thuvien.library.models import Document, LibraryItem, NearDuplicate
from thuvien.uploads import jobs
from thuvien.uploads.models import Report, Upload


@pytest.fixture
def held(make_upload, pdf_bytes, settings, django_capture_on_commit_callbacks):
    """A processed upload waiting for review."""
    settings.MODERATION = "review"
    upload = make_upload(pdf_bytes(heading="TÀI LIỆU CHỜ DUYỆT"))
    with django_capture_on_commit_callbacks(execute=True):
        jobs.process_upload(upload.pk)
    upload.refresh_from_db()
    return upload


def test_only_moderators_open_the_queue(client, user_client, db):
    url = reverse("uploads:queue")
    client.logout()
    assert client.get(url).status_code == 302
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_user("thuong", password="mat-khau-dai-123"))
    assert client.get(url).status_code == 403


def test_the_group_of_moderators_exists_after_migrating(db):
    from django.contrib.auth.models import Group

    from thuvien.accounts.roles import MODERATORS

    assert Group.objects.filter(name=MODERATORS).exists()


def test_the_header_links_the_queue_for_moderators_only(moderator_client, user_client):
    assert reverse("uploads:queue") in moderator_client.get("/").content.decode()
    header = user_client.get("/").content.decode()
    assert reverse("uploads:queue") not in header
    assert reverse("uploads:upload") in header and reverse("uploads:mine") in header


def test_the_queue_shows_held_documents_and_approving_publishes(
    held, moderator_client, client, django_capture_on_commit_callbacks
):
    from thuvien.search import search

    document = held.document
    html = moderator_client.get(reverse("uploads:queue")).content.decode()
    assert document.title in html
    assert held.user.get_username() in html
    assert moderator_client.get(reverse("uploads:document", args=[document.pk])).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(reverse("uploads:approve", args=[document.pk]))
    document.refresh_from_db()
    held.refresh_from_db()
    assert document.status == Document.Status.PUBLISHED
    assert held.state == Upload.State.PUBLISHED
    assert client.get(document.get_absolute_url()).status_code == 200
    assert [hit.document.pk for hit in search("tai lieu cho duyet").hits] == [document.pk]


def test_rejecting_needs_a_reason_and_the_uploader_sees_it(held, moderator_client, user_client):
    document = held.document
    moderator_client.post(reverse("uploads:reject", args=[document.pk]), {"reason": ""})
    document.refresh_from_db()
    assert document.status == Document.Status.REVIEW
    moderator_client.post(
        reverse("uploads:reject", args=[document.pk]), {"reason": "Tài liệu không rõ nguồn gốc."}
    )
    document.refresh_from_db()
    held.refresh_from_db()
    assert document.status == Document.Status.HIDDEN
    assert (held.state, held.reason) == (Upload.State.REJECTED, "Tài liệu không rõ nguồn gốc.")
    user_client.force_login(held.user)
    html = user_client.get(reverse("uploads:mine")).content.decode()
    assert "bị từ chối" in html and "Tài liệu không rõ nguồn gốc." in html


def test_moderators_edit_metadata_of_any_document(held, moderator_client):
    document = held.document
    moderator_client.post(
        reverse("uploads:moderate_edit", args=[document.pk]),
        {"title": "Tên đã sửa", "category": document.category_id, "description": "Đã sửa."},
    )
    document.refresh_from_db()
    assert (document.title, document.description) == ("Tên đã sửa", "Đã sửa.")


def test_merging_moves_saves_counts_and_uploads_to_the_original(
    make_upload, pdf_bytes, import_pdf, moderator_client, user, django_capture_on_commit_callbacks
):
    original = import_pdf("goc.pdf", pages=4)
    upload = make_upload(pdf_bytes(heading="BẢN SAO CÓ BÌA KHÁC", pages=4))
    with django_capture_on_commit_callbacks(execute=True):
        jobs.process_upload(upload.pk)
    upload.refresh_from_db()
    copy = upload.document
    assert NearDuplicate.objects.filter(document=copy, original=original).exists()
    LibraryItem.objects.create(user=user, document=copy)
    Document.objects.filter(pk=copy.pk).update(view_count=5, download_count=2)
    queue = moderator_client.get(reverse("uploads:queue")).content.decode()
    assert copy.title in queue and original.title in queue
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(reverse("uploads:merge", args=[copy.pk]), {"original": original.pk})
    assert not Document.objects.filter(pk=copy.pk).exists()
    original.refresh_from_db()
    assert (original.view_count, original.download_count) == (5, 2)
    assert LibraryItem.objects.get(user=user).document == original
    upload.refresh_from_db()
    assert (upload.state, upload.duplicate_of) == (Upload.State.DUPLICATE, original)


def test_a_merged_copy_uploaded_again_is_answered_with_the_original(
    make_upload, pdf_bytes, import_pdf, user_client, django_capture_on_commit_callbacks
):
    from thuvien.uploads import moderation

    from .conftest import uploaded

    original = import_pdf("goc.pdf", pages=4)
    data = pdf_bytes(heading="BẢN SAO CÓ BÌA KHÁC", pages=4)
    upload = make_upload(data)
    with django_capture_on_commit_callbacks(execute=True):
        jobs.process_upload(upload.pk)
        upload.refresh_from_db()
        copy_id = upload.document.pk
        moderation.merge(upload.document, original)
    response = user_client.post(
        reverse("uploads:upload"),
        {"file": uploaded("lai.pdf", data)},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 409
    assert response.json()["url"] == original.get_absolute_url()
    # The copy's old page leads to the original for good.
    gone = user_client.get(reverse("library:document", kwargs={"pk": copy_id, "slug": "x"}))
    assert gone.status_code == 301 and gone["Location"] == original.get_absolute_url()


def test_a_flag_on_a_published_document_can_be_dismissed(
    import_pdf, moderator_client, sample_pdf, settings
):
    from thuvien.extract import extract
    from thuvien.library.ingest import category_for_path, store_document

    original = import_pdf("goc.pdf", pages=4)
    path = sample_pdf("ban-khac.pdf", heading="MỘT BẢN IN KHÁC", pages=4)
    copy = store_document(extract(path), path, category_for_path(["Khác"]))
    flag = NearDuplicate.objects.get(document=copy)
    assert flag.original == original
    assert copy.title in moderator_client.get(reverse("uploads:queue")).content.decode()
    moderator_client.post(reverse("uploads:dismiss_flag", args=[flag.pk]))
    flag.refresh_from_db()
    assert flag.resolved
    assert copy.title not in moderator_client.get(reverse("uploads:queue")).content.decode()


def test_a_visitor_reports_a_document_and_moderators_see_it(
    import_pdf, client, moderator, django_capture_on_commit_callbacks
):
    document = import_pdf("goc.pdf")
    url = reverse("uploads:report", args=[document.pk])
    assert "Vi phạm bản quyền" in client.get(url).content.decode()
    response = client.post(url, {"kind": "copyright", "message": "Sách có bản quyền."})
    assert response.status_code == 302
    client.post(url, {"kind": "copyright", "message": "Bấm lần nữa."})
    report = Report.objects.get()
    assert (report.kind, report.message, report.reporter) == (
        "copyright",
        "Sách có bản quyền.",
        None,
    )
    client.force_login(moderator)
    html = client.get(reverse("uploads:queue")).content.decode()
    assert "Vi phạm bản quyền" in html and "Sách có bản quyền." in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("uploads:hide", args=[document.pk]))
    document.refresh_from_db()
    report.refresh_from_db()
    assert document.status == Document.Status.HIDDEN and report.resolved


def test_reports_need_a_reason(import_pdf, client):
    document = import_pdf("goc.pdf")
    response = client.post(reverse("uploads:report", args=[document.pk]), {"message": "x"})
    assert response.status_code == 200
    assert not Report.objects.exists()
