"""The moderators' queue ("Kiểm duyệt") and what they do from it."""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from thuvien.accounts.roles import is_moderator
from thuvien.library.models import Document, NearDuplicate
from thuvien.library.views.document import excerpt_of
from thuvien.text.formatting import format_size

from .. import moderation
from ..forms import MergeForm, RejectForm
from ..models import Report, Upload
from .mine import edit_metadata

QUEUE_SIZE = 50


def moderator_required(view):
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_moderator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@moderator_required
def queue(request: HttpRequest) -> HttpResponse:
    held = list(
        Document.objects.filter(status=Document.Status.REVIEW)
        .select_related("category")
        .prefetch_related("uploads__user", Prefetch("near_duplicates", queryset=_closest_first()))
        .order_by("created_at", "id")[:QUEUE_SIZE]
    )
    flags = list(
        NearDuplicate.objects.filter(resolved=False, document__status=Document.Status.PUBLISHED)
        .select_related("document", "original")
        .order_by("-created_at", "-id")[:QUEUE_SIZE]
    )
    reports = list(
        Report.objects.filter(resolved=False)
        .select_related("document", "reporter")
        .order_by("-created_at", "-id")[:QUEUE_SIZE]
    )
    failed = list(
        Upload.objects.filter(state=Upload.State.FAILED)
        .select_related("user")
        .order_by("-updated_at", "-id")[:QUEUE_SIZE]
    )
    return render(
        request,
        "uploads/queue.html",
        {
            "held": held,
            "flags": flags,
            "reports": reports,
            "failed": failed,
            "reject_form": RejectForm(),
            "moderation_mode": settings.MODERATION,
        },
    )


def _closest_first():
    # The merge button offers the first flag: the closest look-alike, the older on a tie.
    return NearDuplicate.objects.select_related("original").order_by("-similarity", "original_id")


def _document(pk: int) -> Document:
    return get_object_or_404(Document.objects.select_related("category"), pk=pk)


@moderator_required
def document(request: HttpRequest, pk: int) -> HttpResponse:
    """A document as moderators see it, whatever its status (visitors see only published)."""
    doc = _document(pk)
    text = doc.content.text if hasattr(doc, "content") else ""
    excerpt, cut = excerpt_of(text, settings.TEXT_EXCERPT_CHARS)
    return render(
        request,
        "uploads/document.html",
        {
            "document": doc,
            "size": format_size(doc.size_bytes),
            "excerpt": excerpt,
            "excerpt_cut": cut,
            "previews": range(1, doc.preview_count + 1),
            "uploads": doc.uploads.select_related("user"),
            "similar": doc.near_duplicates.select_related("original").order_by(
                "-similarity", "original_id"
            ),
            "copies": doc.near_duplicate_copies.select_related("document"),
            "reports": doc.reports.select_related("reporter"),
            "reject_form": RejectForm(),
            "merge_form": MergeForm(),
        },
    )


@require_GET
@moderator_required
def preview(request: HttpRequest, pk: int, number: int) -> FileResponse:
    doc = _document(pk)
    if not 1 <= number <= doc.preview_count:
        raise Http404("no such preview")
    try:
        handle = default_storage.open(doc.preview_key(number), "rb")
    except FileNotFoundError as error:
        raise Http404("no such preview") from error
    response = FileResponse(handle, content_type="image/webp")
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@moderator_required
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    doc = _document(pk)
    moderation.approve(doc)
    messages.success(request, _("Đã duyệt và đăng “%(title)s”.") % {"title": doc.title})
    return redirect("uploads:queue")


@require_POST
@moderator_required
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    doc = _document(pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Hãy ghi lý do từ chối."))
        return redirect("uploads:queue")
    moderation.reject(doc, form.cleaned_data["reason"].strip())
    messages.success(request, _("Đã từ chối “%(title)s”.") % {"title": doc.title})
    return redirect("uploads:queue")


@require_POST
@moderator_required
def hide(request: HttpRequest, pk: int) -> HttpResponse:
    doc = _document(pk)
    moderation.hide(doc)
    messages.success(request, _("Đã ẩn “%(title)s”.") % {"title": doc.title})
    return redirect("uploads:queue")


@require_POST
@moderator_required
def merge(request: HttpRequest, pk: int) -> HttpResponse:
    duplicate = _document(pk)
    form = MergeForm(request.POST)
    original = None
    if form.is_valid():
        original = Document.objects.filter(pk=form.cleaned_data["original"]).first()
    if original is None or original.pk == duplicate.pk:
        messages.error(request, _("Không tìm thấy tài liệu gốc để gộp vào."))
        return redirect("uploads:queue")
    title = duplicate.title
    moderation.merge(duplicate, original)
    messages.success(
        request,
        _("Đã gộp “%(copy)s” vào “%(original)s”.") % {"copy": title, "original": original.title},
    )
    return redirect("uploads:queue")


@require_POST
@moderator_required
def dismiss_flag(request: HttpRequest, pk: int) -> HttpResponse:
    NearDuplicate.objects.filter(pk=pk).update(resolved=True)
    messages.success(request, _("Đã đánh dấu là không trùng."))
    return redirect("uploads:queue")


@require_POST
@moderator_required
def dismiss_report(request: HttpRequest, pk: int) -> HttpResponse:
    Report.objects.filter(pk=pk).update(resolved=True)
    messages.success(request, _("Đã bỏ qua báo cáo."))
    return redirect("uploads:queue")


@moderator_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    doc = _document(pk)
    return edit_metadata(request, None, back=reverse("uploads:queue"), document=doc)
