"""A category for an upload that came without one: where documents on the same topics are."""

from __future__ import annotations

from django.db.models import Count

from thuvien.extract import Extraction
from thuvien.library.ingest import category_for_path
from thuvien.library.models import Category, Document
from thuvien.text.keyphrases import phrase_key


def guess_category(extraction: Extraction) -> Category:
    """The category holding most published documents that share a keyword; else "Khác"."""
    keys = [phrase_key(k)[:200] for k in extraction.keywords if k.strip()]
    if keys:
        best = (
            Document.objects.public()
            .filter(keywords__key__in=keys)
            .values("category")
            .annotate(shared=Count("pk"))
            .order_by("-shared", "category")
            .first()
        )
        if best is not None:
            return Category.objects.get(pk=best["category"])
    return category_for_path([])
