"""The uploader's files ("Tài liệu của tôi"): where each stands, fixed or deleted by them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from thuvien.library.listing import page_of
from thuvien.library.models import Document
from thuvien.text.formatting import format_size

from .. import moderation
from ..forms import DocumentMetadataForm, MetadataForm
from ..models import Upload

STATUS_IDS_LIMIT = 100


def _uploads_of(request: HttpRequest):
    return Upload.objects.filter(user=request.user).select_related(
        "document", "duplicate_of", "category"
    )


def describe(upload: Upload) -> dict:
    """What the page and its JSON show for one upload."""
    document = upload.document
    url = ""
    if document is not None and document.status == Document.Status.PUBLISHED:
        url = document.get_absolute_url()
    similar = upload.duplicate_of
    similar_url = ""
    if similar is not None and similar.status == Document.Status.PUBLISHED:
        similar_url = similar.get_absolute_url()
    return {
        "id": upload.pk,
        "state": upload.state,
        "label": upload.get_state_display(),
        "reason": upload.reason,
        "title": upload.display_title,
        "url": url,
        "similar_title": similar.title if similar is not None else "",
        "similar_url": similar_url,
        "active": upload.is_active,
        "can_retry": upload.state == Upload.State.FAILED and bool(upload.pending_key),
    }


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    page = page_of(request, _uploads_of(request).order_by("-created_at", "-id"))
    rows = [
        {**describe(u), "file_name": u.file_name, "size": format_size(u.size_bytes), "upload": u}
        for u in page.object_list
    ]
    return render(request, "uploads/mine.html", {"page": page, "rows": rows})


@require_GET
@login_required
def states(request: HttpRequest) -> JsonResponse:
    """The state of the asked uploads (``?id=1&id=2``), for the page to update itself."""
    ids = [int(i) for i in request.GET.getlist("id")[:STATUS_IDS_LIMIT] if i.isdigit()]
    uploads = _uploads_of(request).filter(pk__in=ids)
    return JsonResponse({"uploads": [describe(u) for u in uploads]})


@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    upload = get_object_or_404(_uploads_of(request), pk=pk)
    return edit_metadata(request, upload, back=reverse("uploads:mine"))


def edit_metadata(request: HttpRequest, upload: Upload | None, back: str, document=None):
    """Edit the document's title, category and description (or the upload's, before it has one)."""
    document = document or (upload.document if upload is not None else None)
    if document is not None:
        initial = {
            "title": document.title,
            "category": document.category_id,
            "description": document.description,
        }
        form_class = DocumentMetadataForm
    else:
        initial = {
            "title": upload.title,
            "category": upload.category_id,
            "description": upload.description,
        }
        form_class = MetadataForm
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if document is not None:
            document.title = data["title"].strip()
            document.category = data["category"]
            document.description = data["description"].strip()
            document.save()  # the search index follows saves
        else:
            Upload.objects.filter(pk=upload.pk).update(
                title=data["title"].strip(),
                category=data["category"],
                description=data["description"].strip(),
            )
        messages.success(request, _("Đã lưu thông tin tài liệu."))
        return redirect(back)
    return render(
        request,
        "uploads/edit.html",
        {"form": form, "upload": upload, "document": document, "back": back},
    )


@require_POST
@login_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    upload = get_object_or_404(_uploads_of(request), pk=pk)
    if upload.state == Upload.State.PROCESSING:
        messages.error(request, _("Tài liệu đang được xử lý; hãy xoá sau khi xử lý xong."))
    else:
        name = upload.display_title
        moderation.delete_upload(upload)
        messages.success(request, _("Đã xoá “%(name)s”.") % {"name": name})
    return redirect("uploads:mine")


@require_POST
@login_required
def retry(request: HttpRequest, pk: int) -> HttpResponse:
    upload = get_object_or_404(_uploads_of(request), pk=pk)
    if moderation.retry(upload):
        messages.success(request, _("Đã đưa tài liệu vào hàng chờ xử lý lại."))
    else:
        messages.error(request, _("Không thể xử lý lại tài liệu này."))
    return redirect("uploads:mine")
