"""What moderators (and uploaders, for their own files) do to documents, as plain functions.

Status changes go through ``Document.save`` so the search index follows at once; every upload
of the document is kept in step so its uploader sees the new state.
"""

from __future__ import annotations

import logging

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F

from thuvien.library.models import Document, LibraryItem, MergedDocument, NearDuplicate

from .models import Report, Upload

log = logging.getLogger(__name__)


def _set_status(document: Document, status: str) -> None:
    document.status = status
    document.save(update_fields=["status", "slug", "updated_at"])


@transaction.atomic
def approve(document: Document) -> None:
    """Publish a document held for review; its near-duplicate flags are settled."""
    _set_status(document, Document.Status.PUBLISHED)
    Upload.objects.filter(document=document).update(state=Upload.State.PUBLISHED, reason="")
    NearDuplicate.objects.filter(document=document).update(resolved=True)


@transaction.atomic
def reject(document: Document, reason: str) -> None:
    """Hide the document; its uploader sees the reason. The files stay (it can be approved)."""
    _set_status(document, Document.Status.HIDDEN)
    Upload.objects.filter(document=document).update(state=Upload.State.REJECTED, reason=reason)
    NearDuplicate.objects.filter(document=document).update(resolved=True)


@transaction.atomic
def hide(document: Document) -> None:
    """Take a published document down after a report (uploads show it as rejected)."""
    reject(document, "")
    Report.objects.filter(document=document).update(resolved=True)


def merge(duplicate: Document, original: Document) -> None:
    """Fold a duplicate into the original: saves, counts and uploads move, the copy goes.

    Whoever saved the copy now has the original in their library; the copy's uploaders see
    "trùng tài liệu đã có" with a link to the original, and uploading the copy's bytes again
    is answered with the original.
    """
    if duplicate.pk == original.pk:
        raise ValueError("a document cannot be merged into itself")
    with transaction.atomic():
        already = set(
            LibraryItem.objects.filter(document=original).values_list("user_id", flat=True)
        )
        LibraryItem.objects.filter(document=duplicate).exclude(user_id__in=already).update(
            document=original
        )
        Document.objects.filter(pk=original.pk).update(
            view_count=F("view_count") + duplicate.view_count,
            download_count=F("download_count") + duplicate.download_count,
        )
        Upload.objects.filter(document=duplicate).update(
            state=Upload.State.DUPLICATE, document=None, duplicate_of=original, reason=""
        )
        Report.objects.filter(document=duplicate).update(resolved=True)
        # The copy's address (and of copies merged into it before) leads to the original.
        MergedDocument.objects.filter(document=duplicate).update(document=original)
        MergedDocument.objects.create(old_id=duplicate.pk, document=original)
        delete_document(duplicate)
        # Counts changed with update(): the original is saved so the search index follows.
        original.refresh_from_db()
        original.save(update_fields=["updated_at", "slug"])


def delete_document(document: Document) -> None:
    """Delete the document's rows, then (after the commit) its original and preview files."""
    keys = [document.original_key, document.thumbnail_key]
    keys += [document.preview_key(n) for n in range(1, document.preview_count + 1)]
    document.delete()
    transaction.on_commit(lambda: _delete_files(keys))


def _delete_files(keys: list[str]) -> None:
    for key in keys:
        try:
            if default_storage.exists(key):
                default_storage.delete(key)
        except OSError as error:
            log.warning("could not remove %s: %s", key, error)


@transaction.atomic
def delete_upload(upload: Upload) -> None:
    """The uploader deletes an upload: its document (if it made one), its waiting original."""
    if upload.document_id is not None and upload.state != Upload.State.DUPLICATE:
        delete_document(upload.document)
    pending = upload.pending_key
    upload.delete()
    if pending:
        transaction.on_commit(lambda: _delete_files([pending]))


def retry(upload: Upload) -> bool:
    """Queue a failed upload again (its original was kept); False if it cannot be retried."""
    from .queue import enqueue_upload

    if upload.state != Upload.State.FAILED or not upload.pending_key:
        return False
    Upload.objects.filter(pk=upload.pk, state=Upload.State.FAILED).update(
        state=Upload.State.QUEUED, reason="", attempts=0
    )
    transaction.on_commit(lambda: enqueue_upload(upload.pk))
    return True
