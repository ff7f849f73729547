"""The upload job: publish or hold, near-duplicates, failures with reasons, leases."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from thuvien.demo.pdf_writer import Heading, Paragraph, write_pdf
from thuvien.library.models import Document, NearDuplicate
from thuvien.uploads import jobs
from thuvien.uploads.models import Upload

BODY_HEADING = "KINH NGHIỆM XÂY DỰNG THƯ VIỆN SỐ Ở TRƯỜNG PHỔ THÔNG"


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Run the job as a worker does: its after-commit steps run too."""

    def job(upload: Upload) -> Upload:
        with django_capture_on_commit_callbacks(execute=True):
            jobs.process_upload(upload.pk)
        upload.refresh_from_db()
        return upload

    return job


def test_an_upload_is_published_with_derived_metadata(run, make_upload, pdf_bytes, client):
    upload = run(make_upload(pdf_bytes(heading=BODY_HEADING, pages=3), "thu-vien.pdf"))
    assert upload.state == Upload.State.PUBLISHED
    document = upload.document
    assert document.status == Document.Status.PUBLISHED
    assert document.title == "Kinh nghiệm xây dựng thư viện số ở trường phổ thông"
    assert document.description
    assert document.category.name == "Khác"  # nothing in the library to learn from yet
    assert document.file_name == "thu-vien.pdf"
    assert document.page_count == 3
    assert upload.pending_key == "" and upload.lease_owner == ""
    assert not default_storage.listdir("uploads")[1]  # the waiting original is gone
    assert default_storage.exists(document.original_key)
    assert client.get(document.get_absolute_url()).status_code == 200


def test_the_uploaders_title_category_and_description_win(run, make_upload, pdf_bytes):
    from thuvien.library.ingest import category_for_path

    category = category_for_path(["Giáo dục", "Giáo án"])
    upload = run(
        make_upload(
            pdf_bytes(),
            title="Tên do tôi đặt",
            category=category,
            description="Mô tả của tôi.",
        )
    )
    document = upload.document
    assert (document.title, document.category, document.description) == (
        "Tên do tôi đặt",
        category,
        "Mô tả của tôi.",
    )


def test_the_category_is_guessed_from_documents_on_the_same_topics(
    run, make_upload, pdf_bytes, import_pdf
):
    known = import_pdf("goc.pdf", category=("Chính trị", "Xây dựng Đảng"))
    # The sample text again, with other words around it: the same keywords, not a copy.
    upload = run(make_upload(pdf_bytes(heading="CÔNG TÁC ĐẢNG Ở CƠ SỞ", pages=1)))
    assert upload.document.category == known.category


def test_in_review_mode_nothing_is_visible_until_approved(
    run, make_upload, pdf_bytes, settings, client
):
    settings.MODERATION = "review"
    upload = run(make_upload(pdf_bytes()))
    assert upload.state == Upload.State.REVIEW
    document = upload.document
    assert document.status == Document.Status.REVIEW
    assert not Document.objects.public().filter(pk=document.pk).exists()
    assert client.get(document.get_absolute_url()).status_code == 404
    assert client.get(f"/tai-lieu/{document.pk}/xem-truoc/1.webp").status_code == 404
    assert client.get(f"/tai-ve/{document.pk}/").status_code == 404


def test_a_held_document_stays_out_of_search(
    run, make_upload, pdf_bytes, settings, django_capture_on_commit_callbacks
):
    from thuvien.search import search

    settings.MODERATION = "review"
    with django_capture_on_commit_callbacks(execute=True):
        upload = run(make_upload(pdf_bytes(heading="SỔ TAY PHÒNG CHÁY CHỮA CHÁY")))
    assert upload.state == Upload.State.REVIEW
    assert [hit.document.pk for hit in search("phong chay chua chay").hits] == []


def test_a_near_duplicate_is_held_with_the_similar_document_linked(
    run, make_upload, pdf_bytes, import_pdf
):
    original = import_pdf("goc.pdf", pages=4)
    # The same body behind another cover heading: other bytes, nearly the same text.
    upload = run(make_upload(pdf_bytes(heading="BẢN IN LẠI CÓ BÌA KHÁC", pages=4)))
    assert upload.state == Upload.State.REVIEW
    assert upload.duplicate_of == original
    assert "gần giống" in upload.reason
    flag = NearDuplicate.objects.get(document=upload.document)
    assert flag.original == original and flag.similarity >= 0.5
    assert upload.document.status == Document.Status.REVIEW


def test_an_unrelated_upload_is_not_flagged(run, make_upload, import_pdf):
    import_pdf("goc.pdf")
    other = (
        "Hướng dẫn kỹ thuật trồng lúa nước vụ đông xuân: chuẩn bị giống, làm đất, bón phân "
        "và phòng trừ sâu bệnh cho các hợp tác xã vùng đồng bằng sông Hồng. "
    )
    buffer = io.BytesIO()
    write_pdf(buffer, [Heading("KỸ THUẬT TRỒNG LÚA"), Paragraph(other * 6)])
    upload = run(make_upload(buffer.getvalue()))
    assert upload.state == Upload.State.PUBLISHED
    assert upload.duplicate_of is None
    assert not NearDuplicate.objects.exists()


def test_the_same_bytes_found_at_processing_time_store_nothing_new(
    run, make_upload, import_pdf, settings
):
    document = import_pdf("goc.pdf")
    data = (settings.DATA_DIR / "files" / document.original_key).read_bytes()
    upload = run(make_upload(data))
    assert upload.state == Upload.State.DUPLICATE
    assert upload.duplicate_of == document
    assert upload.document is None
    assert Document.objects.count() == 1


def test_a_damaged_file_fails_with_a_reason_and_keeps_the_original(run, make_upload, pdf_bytes):
    data = pdf_bytes()
    upload = run(make_upload(data[: len(data) // 3]))
    assert upload.state == Upload.State.FAILED
    assert "hỏng" in upload.reason
    assert upload.document is None
    assert default_storage.exists(upload.pending_key)  # kept for another try
    assert not Document.objects.exists()


def test_a_file_that_takes_too_long_is_stopped_with_the_reason(
    run, make_upload, pdf_bytes, settings
):
    settings.JOB_TIME_LIMIT = 0.01
    upload = run(make_upload(pdf_bytes()))
    assert upload.state == Upload.State.FAILED
    assert "giây nên đã dừng lại" in upload.reason
    assert not Document.objects.exists()


def test_a_second_run_of_a_finished_job_does_nothing(run, make_upload, pdf_bytes):
    upload = run(make_upload(pdf_bytes()))
    assert jobs.process_upload(upload.pk) == "skipped"
    assert Document.objects.count() == 1
    upload.refresh_from_db()
    assert upload.attempts == 1


def test_a_job_does_not_take_an_upload_another_worker_holds(make_upload, pdf_bytes):
    upload = make_upload(pdf_bytes())
    assert jobs.claim(upload.pk, "may-khac:1")
    assert jobs.process_upload(upload.pk) == "skipped"
    assert not Document.objects.exists()


def test_an_expired_lease_is_taken_over(run, make_upload, pdf_bytes):
    upload = make_upload(pdf_bytes())
    assert jobs.claim(upload.pk, "may-da-chet:1")
    Upload.objects.filter(pk=upload.pk).update(lease_expires=timezone.now() - timedelta(seconds=1))
    upload = run(upload)
    assert upload.state == Upload.State.PUBLISHED
    assert upload.attempts == 2


def test_a_job_that_lost_its_lease_commits_nothing(make_upload, pdf_bytes, monkeypatch):
    upload = make_upload(pdf_bytes())
    real_store = jobs._store

    def taken_over_meanwhile(upload_id, worker, result, path):
        Upload.objects.filter(pk=upload_id).update(lease_owner="may-khac:2")
        return real_store(upload_id, worker, result, path)

    monkeypatch.setattr(jobs, "_store", taken_over_meanwhile)
    assert jobs.process_upload(upload.pk) == "lost"
    assert not Document.objects.exists()
    upload.refresh_from_db()
    assert upload.state == Upload.State.PROCESSING and upload.lease_owner == "may-khac:2"


def test_a_transient_failure_puts_the_upload_back_for_a_retry(
    run, make_upload, pdf_bytes, monkeypatch
):
    from django.db import OperationalError

    upload = make_upload(pdf_bytes())

    def database_busy(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(jobs, "_store", database_busy)
    with pytest.raises(jobs.TransientFailure):
        jobs.process_upload(upload.pk)
    upload.refresh_from_db()
    assert (upload.state, upload.lease_owner) == (Upload.State.QUEUED, "")
    monkeypatch.undo()
    assert run(upload).state == Upload.State.PUBLISHED


def test_an_upload_taken_too_many_times_is_given_up(run, make_upload, pdf_bytes):
    upload = make_upload(pdf_bytes())
    Upload.objects.filter(pk=upload.pk).update(attempts=jobs.MAX_ATTEMPTS)
    upload = run(upload)
    assert upload.state == Upload.State.FAILED
    assert str(jobs.MAX_ATTEMPTS) in upload.reason


def test_the_sweep_requeues_expired_and_forgotten_uploads_only(make_upload, pdf_bytes):
    now = timezone.now()
    dead = make_upload(pdf_bytes())
    jobs.claim(dead.pk, "may-da-chet:1")
    Upload.objects.filter(pk=dead.pk).update(lease_expires=now - timedelta(seconds=5))
    alive = make_upload(pdf_bytes())
    jobs.claim(alive.pk, "may-dang-chay:1")
    forgotten = make_upload(pdf_bytes())
    Upload.objects.filter(pk=forgotten.pk).update(enqueued_at=now - timedelta(hours=1))
    waiting = make_upload(pdf_bytes())
    Upload.objects.filter(pk=waiting.pk).update(enqueued_at=now)
    sent: list[int] = []
    found = jobs.requeue_expired(enqueue=sent.append)
    assert sorted(found) == sorted(sent) == sorted([dead.pk, forgotten.pk])
    dead.refresh_from_db()
    assert (dead.state, dead.lease_owner) == (Upload.State.QUEUED, "")
    alive.refresh_from_db()
    assert alive.state == Upload.State.PROCESSING
