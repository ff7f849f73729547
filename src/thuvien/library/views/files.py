"""Preview images and the counted download of the original."""

from __future__ import annotations

from urllib.parse import quote

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from ..counters import count_download
from ..models import Document

# Previews are content-addressed by the document's SHA-256: they never change.
IMMUTABLE = "public, max-age=31536000, immutable"


def _image(key: str) -> FileResponse:
    try:
        handle = default_storage.open(key, "rb")
    except FileNotFoundError as error:
        raise Http404("no such image") from error
    response = FileResponse(handle, content_type="image/webp")
    response["Cache-Control"] = IMMUTABLE
    return response


@require_GET
def preview(request, pk: int, number: int):
    document = get_object_or_404(Document.objects.public().only("sha256", "preview_count"), pk=pk)
    if not 1 <= number <= document.preview_count:
        raise Http404("no such preview")
    return _image(document.preview_key(number))


@require_GET
def thumbnail(request, pk: int):
    document = get_object_or_404(Document.objects.public().only("sha256", "has_thumbnail"), pk=pk)
    if not document.has_thumbnail:
        raise Http404("no cover")
    return _image(document.thumbnail_key)


@require_GET
def download(request, pk: int):
    document = get_object_or_404(Document.objects.public(), pk=pk)
    try:
        handle = default_storage.open(document.original_key, "rb")
    except FileNotFoundError as error:
        raise Http404("the original file is missing") from error
    count_download(request, document)
    response = FileResponse(handle, content_type=document.mime_type)
    response["Content-Disposition"] = attachment_header(
        f"{document.title[:120]}.{document.file_type}", f"{document.slug}.{document.file_type}"
    )
    response["Cache-Control"] = "private, no-store"
    return response


def attachment_header(file_name: str, ascii_fallback: str) -> str:
    """RFC 6266 with an RFC 5987 UTF-8 name, and a plain ASCII name for old clients."""
    fallback = ascii_fallback.replace('"', "").replace("\\", "")
    encoded = quote(file_name.replace("/", "-"), safe="")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"
