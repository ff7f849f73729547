"""The background job of an upload: take it, extract it in a child process, store it.

Idempotent and safe to run twice: a job first takes the upload with a lease (one UPDATE that
only succeeds on a queued upload or one whose lease ran out), renews the lease while it works,
and commits its result only if it still holds the lease. A worker killed mid-job (even with
``kill -9``) leaves the upload "processing" with a lease that runs out; ``requeue_expired``
(at worker start and every minute) puts it back in the queue and another worker finishes it.

Failures of the file (unreadable, too slow, too big for memory) are recorded on the upload with
a reason a person understands, and the original is kept so the job can be tried again.
Transient failures (database busy, storage unreachable) go back to the queue and are retried.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import socket
import tempfile
import threading
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import InterfaceError, OperationalError, close_old_connections, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from thuvien.extract import ExtractionError
from thuvien.library import near_duplicates
from thuvien.library.extraction_worker import Extracted
from thuvien.library.failures import reason_for
from thuvien.library.ingest import Incoming, store_documents
from thuvien.library.models import Document

from .categories import guess_category
from .isolation import ChildCrashed, LimitExceeded, extract_for_upload, run_isolated
from .models import Upload
from .names import safe_file_name

log = logging.getLogger(__name__)

# Takes of one upload before it is given up as failed (a file that kills every worker).
MAX_ATTEMPTS = 5
# Errors of the surroundings, not of the file: the job goes back to the queue.
TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


class TransientFailure(Exception):
    """Raised to Huey so that it retries the task later."""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}:{uuid.uuid4().hex[:8]}"


def lease_length() -> timedelta:
    return timedelta(seconds=max(1, settings.JOB_LEASE_SECONDS))


def claim(upload_id: int, worker: str) -> bool:
    """Take the upload if it is queued or its lease ran out; one UPDATE, so one taker wins."""
    now = timezone.now()
    taken = (
        Upload.objects.filter(pk=upload_id)
        .filter(
            Q(state=Upload.State.QUEUED) | Q(state=Upload.State.PROCESSING, lease_expires__lt=now)
        )
        .update(
            state=Upload.State.PROCESSING,
            lease_owner=worker,
            lease_expires=now + lease_length(),
            attempts=F("attempts") + 1,
            updated_at=now,
        )
    )
    return taken == 1


class Heartbeat:
    """Renews the lease every third of its length, in a thread, until stopped."""

    def __init__(self, upload_id: int, worker: str) -> None:
        self.upload_id = upload_id
        self.worker = worker
        self.lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="thuvien-lease", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        from django.db import connection

        interval = max(0.2, settings.JOB_LEASE_SECONDS / 3)
        try:
            while not self._stop.wait(interval):
                try:
                    renewed = Upload.objects.filter(
                        pk=self.upload_id, lease_owner=self.worker
                    ).update(lease_expires=timezone.now() + lease_length())
                except TRANSIENT:
                    continue  # the next beat tries again; the lease is longer than a beat
                if not renewed:
                    self.lost.set()
                    return
        finally:
            connection.close()


def process_upload(upload_id: int) -> str:
    """Run the job of one upload; returns the state it ended in ("skipped" if not taken)."""
    worker = worker_name()
    if not claim(upload_id, worker):
        return "skipped"
    upload = Upload.objects.get(pk=upload_id)
    if upload.attempts > MAX_ATTEMPTS:
        return _fail(
            upload,
            worker,
            _("Đã thử xử lý %(count)d lần mà không xong; hãy thử lại sau hoặc liên hệ quản trị.")
            % {"count": MAX_ATTEMPTS},
        )
    with Heartbeat(upload_id, worker) as heartbeat:
        try:
            return _process(upload, worker, heartbeat)
        except TRANSIENT as error:
            log.warning("upload %s: transient failure, back to the queue: %s", upload_id, error)
            close_old_connections()
            _release(upload_id, worker)
            raise TransientFailure(str(error)) from error


def _process(upload: Upload, worker: str, heartbeat: Heartbeat) -> str:
    folder = Path(tempfile.mkdtemp(prefix="thuvien-job-", dir=settings.FILE_UPLOAD_TEMP_DIR))
    try:
        path = folder / safe_file_name(upload.file_name)
        try:
            with default_storage.open(upload.pending_key, "rb") as source, open(path, "wb") as out:
                shutil.copyfileobj(source, out, 1 << 20)
        except FileNotFoundError:
            return _fail(upload, worker, _("Không còn tệp gốc để xử lý; hãy tải lên lại."))
        try:
            result = run_isolated(
                extract_for_upload,
                str(path),
                settings.PREVIEW_PAGES,
                float(settings.JOB_TIME_LIMIT),
                time_limit=float(settings.JOB_TIME_LIMIT),
                memory_mb=settings.JOB_MEMORY_MB,
            )
        except ExtractionError as error:
            return _fail(upload, worker, reason_for(error))
        except LimitExceeded as error:
            return _fail(upload, worker, _limit_reason(error))
        except ChildCrashed as error:
            log.warning("upload %s: extraction died (%s)", upload.pk, error.exitcode)
            return _fail(upload, worker, _("Tệp làm chương trình đọc tệp dừng đột ngột."))
        except RuntimeError as error:
            log.warning("upload %s: extraction failed: %s", upload.pk, error)
            return _fail(upload, worker, reason_for(error))
        if heartbeat.lost.is_set():
            return "lost"
        return _store(upload.pk, worker, result, path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _limit_reason(error: LimitExceeded) -> str:
    if error.kind == "time":
        return _(
            "Xử lý tệp quá %(seconds)d giây nên đã dừng lại: tệp quá lớn hoặc quá phức tạp."
        ) % {"seconds": int(error.limit)}
    return _("Xử lý tệp cần quá %(mb)d MB bộ nhớ nên đã dừng lại: tệp quá lớn hoặc bị hỏng.") % {
        "mb": int(error.limit)
    }


def _store(upload_id: int, worker: str, result: Extracted, path: Path) -> str:
    extraction, signature = result.extraction, result.signature
    with transaction.atomic():
        upload = Upload.objects.select_for_update().get(pk=upload_id)
        if upload.lease_owner != worker or upload.state != Upload.State.PROCESSING:
            return "lost"  # another worker took it over; its result is the one kept
        existing = Document.objects.filter(sha256=extraction.sha256).first()
        if existing is not None:
            upload.state = Upload.State.DUPLICATE
            upload.duplicate_of = existing
            upload.reason = _("Tệp này đã có trong thư viện.")
        else:
            similar = near_duplicates.similar_documents(signature)
            held = settings.MODERATION == "review" or bool(similar)
            status = Document.Status.REVIEW if held else Document.Status.PUBLISHED
            extraction = replace(
                extraction,
                title=upload.title or extraction.title,
                description=upload.description or extraction.description,
            )
            category = upload.category or guess_category(extraction)
            incoming = Incoming(extraction, path, category, signature, status)
            upload.document = store_documents([incoming])[0]
            upload.state = Upload.State.REVIEW if held else Upload.State.PUBLISHED
            upload.reason = ""
            if similar:
                upload.duplicate_of_id = similar[0][0]
                upload.reason = _("Nội dung gần giống một tài liệu đã có: chờ kiểm duyệt viên xem.")
        upload.lease_owner, upload.lease_expires = "", None
        key, upload.pending_key = upload.pending_key, ""
        upload.save()
        transaction.on_commit(lambda: _delete_quietly(key))
    return upload.state


def _fail(upload: Upload, worker: str, reason: str) -> str:
    """Record a failure of the file; the original stays for another try."""
    Upload.objects.filter(pk=upload.pk, lease_owner=worker).update(
        state=Upload.State.FAILED,
        reason=reason,
        lease_owner="",
        lease_expires=None,
        updated_at=timezone.now(),
    )
    return Upload.State.FAILED


def _release(upload_id: int, worker: str) -> None:
    # If even this fails, the lease runs out by itself and the sweep puts the upload back.
    with contextlib.suppress(*TRANSIENT):
        Upload.objects.filter(pk=upload_id, lease_owner=worker).update(
            state=Upload.State.QUEUED, lease_owner="", lease_expires=None
        )


def _delete_quietly(key: str) -> None:
    if key:
        try:
            default_storage.delete(key)
        except OSError as error:
            log.warning("could not remove %s: %s", key, error)


def requeue_expired(enqueue=None) -> list[int]:
    """Put back uploads whose worker died (lease ran out) or whose queue message was lost.

    Runs when a consumer starts and every minute. A queued upload is sent again only when it
    has waited ten leases since it was last sent: sending twice is harmless (the second job
    finds nothing to take), sending every minute would flood a long queue.
    """
    from .queue import enqueue_upload

    enqueue = enqueue or enqueue_upload
    now = timezone.now()
    expired = list(
        Upload.objects.filter(state=Upload.State.PROCESSING, lease_expires__lt=now).values_list(
            "pk", flat=True
        )
    )
    if expired:
        Upload.objects.filter(pk__in=expired, lease_expires__lt=now).update(
            state=Upload.State.QUEUED, lease_owner="", lease_expires=None
        )
        log.warning("uploads %s: their worker stopped; back in the queue", expired)
    forgotten = list(
        Upload.objects.filter(state=Upload.State.QUEUED)
        .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=now - 10 * lease_length()))
        .exclude(pk__in=expired)
        .values_list("pk", flat=True)
    )
    for upload_id in [*expired, *forgotten]:
        enqueue(upload_id)
    return [*expired, *forgotten]
