"""The document page: everything a visitor needs to judge and download one document."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.module_loading import import_string

from thuvien.text.formatting import format_size

from ..counters import count_view
from ..models import Document, LibraryItem, MergedDocument

RELATED_SIZE = 6


def document(request, pk: int, slug: str | None = None):
    public = Document.objects.public().select_related("category", "category__parent")
    document = public.filter(pk=pk).first()
    if document is None:
        merged = MergedDocument.objects.filter(old_id=pk).select_related("document").first()
        if merged is not None and merged.document.status == Document.Status.PUBLISHED:
            return redirect(merged.document.get_absolute_url(), permanent=True)
        raise Http404
    if slug != document.slug:
        return redirect(document.get_absolute_url(), permanent=True)
    count_view(request, document)
    document.refresh_from_db(fields=["view_count", "download_count"])
    text = document.content.text if hasattr(document, "content") else ""
    excerpt, cut = excerpt_of(text, settings.TEXT_EXCERPT_CHARS)
    saved = (
        request.user.is_authenticated
        and LibraryItem.objects.filter(user=request.user, document=document).exists()
    )
    return render(
        request,
        "library/document.html",
        {
            "document": document,
            "breadcrumb": document.category.ancestors_and_self(),
            "size": format_size(document.size_bytes),
            "previews": range(1, min(document.preview_count, settings.PREVIEW_PAGES) + 1),
            "preview_pages": settings.PREVIEW_PAGES,
            "excerpt": excerpt,
            "excerpt_cut": cut,
            "keywords": document.keywords.order_by("documentkeyword__position"),
            "related": related_finder()(document, RELATED_SIZE),
            "most_viewed": Document.objects.public()
            .for_listing()
            .exclude(pk=document.pk)
            .order_by("-view_count", "-id")[:RELATED_SIZE],
            "saved": saved,
        },
    )


def excerpt_of(text: str, limit: int) -> tuple[str, bool]:
    """The first `limit` characters of the text, cut at a word boundary."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "...", True


def related_finder():
    """The configured way to find related documents (the search app's content similarity)."""
    if settings.RELATED_DOCUMENTS:
        return import_string(settings.RELATED_DOCUMENTS)
    return related_documents


def related_documents(document: Document, limit: int = RELATED_SIZE) -> list[Document]:
    """Documents sharing the most keywords, then the same category; never itself."""
    others = Document.objects.public().for_listing().exclude(pk=document.pk)
    keyword_ids = list(document.keywords.values_list("pk", flat=True))
    related = list(
        others.filter(keywords__in=keyword_ids)
        .annotate(shared=Count("pk"))
        .order_by("-shared", "-view_count", "-id")[:limit]
    )
    if len(related) < limit:
        taken = [d.pk for d in related]
        related += list(
            others.filter(category=document.category_id)
            .exclude(pk__in=taken)
            .order_by("-view_count", "-id")[: limit - len(related)]
        )
    return related
