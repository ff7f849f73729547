"""The upload page ("Tải lên"): receive a file, check it, keep it, queue its job.

The file is streamed to a temporary file (never held in memory) behind a size limit that is
checked before the body is read; its type is sniffed from its bytes and its name made safe.
The same bytes as a document already in the library are answered with that document and
nothing is stored.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from thuvien.extract import ExtractionError, sniff
from thuvien.extract.capabilities import capabilities
from thuvien.extract.errors import NEEDS_LIBREOFFICE, NEEDS_OCR
from thuvien.library.failures import reason_for
from thuvien.library.ingest import file_sha256
from thuvien.library.models import Document

from ..forms import UploadForm
from ..limits import SizeLimitHandler
from ..models import Upload
from ..names import safe_file_name
from ..queue import enqueue_upload

# Sniffed types that are certainly not documents: refused at once, with the reason.
REFUSED_TYPES = {"empty", "unknown"}


def wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@csrf_exempt
def upload(request: HttpRequest) -> HttpResponse:
    # The size limit must be in place before anything reads the body (CSRF checking does).
    if request.method == "POST":
        request.upload_handlers = [SizeLimitHandler(request), TemporaryFileUploadHandler(request)]
    return _upload(request)


@csrf_protect
def _upload(request: HttpRequest) -> HttpResponse:
    limit_mb = settings.MAX_UPLOAD_MB
    if request.method != "POST":
        return _page(request, UploadForm(), limit_mb)
    limiter = request.upload_handlers[0]
    request.POST  # noqa: B018 - reads the body through the handlers (CSRF checking may have)
    if isinstance(limiter, SizeLimitHandler) and limiter.too_large:
        message = _("Tệp lớn hơn giới hạn %(mb)d MB.") % {"mb": limit_mb}
        return _refuse(request, UploadForm(), limit_mb, message, status=413)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _refuse(request, form, limit_mb, _("Hãy kiểm tra lại các ô bên dưới."))
    received = form.cleaned_data["file"]
    path = Path(received.temporary_file_path())
    file_type, _mime = sniff(path)
    if file_type in REFUSED_TYPES:
        message = (
            _("Tệp rỗng: không có nội dung nào.")
            if file_type == "empty"
            else _("Không nhận ra loại tệp này; hãy tải lên tệp PDF, Word, Excel, PowerPoint…")
        )
        return _refuse(request, form, limit_mb, message)
    missing = capabilities().missing_for(file_type)
    if missing in (NEEDS_LIBREOFFICE, NEEDS_OCR):  # this server lacks the program for it
        return _refuse(request, form, limit_mb, reason_for(ExtractionError(missing)))
    sha = file_sha256(path)
    known = _known_document(sha)
    if known is not None:
        return _duplicate(request, form, limit_mb, known)
    waiting = Upload.objects.filter(
        sha256=sha, state__in=[Upload.State.QUEUED, Upload.State.PROCESSING]
    )
    if waiting.exists():
        message = _("Tệp này vừa được tải lên và đang chờ xử lý.")
        return _refuse(request, form, limit_mb, message, status=409)
    item = _keep(request, form, path, sha, file_type, received.size)
    if wants_json(request):
        return JsonResponse(
            {"ok": True, "id": item.pk, "state": item.state, "next": reverse("uploads:mine")}
        )
    messages.success(
        request, _("Đã nhận tệp “%(name)s”; tài liệu đang chờ xử lý.") % {"name": item.file_name}
    )
    return redirect("uploads:mine")


def _keep(request, form: UploadForm, path: Path, sha: str, file_type: str, size: int) -> Upload:
    """Store the original where every worker can read it, then the row, then queue the job."""
    key = f"uploads/{uuid.uuid4().hex}"
    with open(path, "rb") as handle:
        saved = default_storage.save(key, File(handle))
    try:
        with transaction.atomic():
            item = Upload.objects.create(
                user=request.user,
                file_name=safe_file_name(form.cleaned_data["file"].name),
                file_type=file_type,
                size_bytes=size,
                sha256=sha,
                pending_key=saved,
                title=form.cleaned_data["title"].strip(),
                category=form.cleaned_data["category"],
                description=form.cleaned_data["description"].strip(),
            )
            transaction.on_commit(lambda: enqueue_upload(item.pk))
    except BaseException:
        default_storage.delete(saved)
        raise
    return item


def _known_document(sha: str) -> Document | None:
    document = Document.objects.filter(sha256=sha).first()
    if document is not None:
        return document
    merged = (
        Upload.objects.filter(sha256=sha, state=Upload.State.DUPLICATE, duplicate_of__isnull=False)
        .select_related("duplicate_of")
        .first()
    )
    return merged.duplicate_of if merged is not None else None


def _duplicate(request, form, limit_mb: int, document: Document) -> HttpResponse:
    public = document.status == Document.Status.PUBLISHED
    if public:
        message = format_html(
            _("Tệp này đã có trong thư viện: {link}. Không có gì mới được lưu."),
            link=format_html('<a href="{}">{}</a>', document.get_absolute_url(), document.title),
        )
    else:
        message = _(
            "Tệp này đã có trong thư viện (đang chờ duyệt hoặc đã ẩn). Không có gì mới được lưu."
        )
    if wants_json(request):
        return JsonResponse(
            {
                "ok": False,
                "duplicate": True,
                "message": str(message),
                "url": document.get_absolute_url() if public else "",
            },
            status=409,
        )
    return _page(request, form, limit_mb, error=message, status=409)


def _refuse(request, form, limit_mb: int, message: str, status: int = 400) -> HttpResponse:
    if wants_json(request):
        errors = {k: [str(e) for e in v] for k, v in form.errors.items()}
        return JsonResponse({"ok": False, "message": str(message), "errors": errors}, status=status)
    return _page(request, form, limit_mb, error=message, status=status)


def _cannot_read() -> list[str]:
    """What this server cannot process, for the upload page (it lacks LibreOffice or OCR)."""
    here = capabilities()
    lacks = []
    if not here.office:
        lacks.append(reason_for(ExtractionError(NEEDS_LIBREOFFICE)))
    if not here.ocr:
        lacks.append(reason_for(ExtractionError(NEEDS_OCR)))
    return lacks


def _page(request, form, limit_mb: int, error: str = "", status: int = 200) -> HttpResponse:
    return render(
        request,
        "uploads/upload.html",
        {
            "form": form,
            "limit_mb": limit_mb,
            "error": error,
            "accept": ",".join(capabilities().accepted_extensions()),
            "cannot_read": _cannot_read(),
        },
        status=status,
    )
