"""Documents made with the ORM, indexed the way the site indexes them (after commit)."""

from __future__ import annotations

import itertools
from datetime import datetime

import pytest
from django.utils import timezone

from thuvien.library.models import Category, Document, DocumentKeyword, DocumentText, Keyword
from thuvien.text.keyphrases import phrase_key
from thuvien.text.slugs import slugify

_serial = itertools.count(1)


@pytest.fixture
def category(db):
    def make(*names: str) -> Category:
        parent = None
        for name in names or ("Tài liệu",):
            parent, _ = Category.objects.get_or_create(parent=parent, name=name)
        return parent

    return make


@pytest.fixture
def add_document(db, category, django_capture_on_commit_callbacks):
    """Create a published document (row, text, keywords) and let the index catch up."""

    def make(
        title: str,
        text: str = "",
        *,
        description: str = "",
        keywords: tuple[str, ...] = (),
        in_category: Category | None = None,
        file_type: str = "pdf",
        pages: int = 3,
        status: str = Document.Status.PUBLISHED,
        created_at: datetime | None = None,
        views: int = 0,
        downloads: int = 0,
    ) -> Document:
        n = next(_serial)
        with django_capture_on_commit_callbacks(execute=True):
            document = Document.objects.create(
                title=title,
                category=in_category or category(),
                status=status,
                description=description,
                file_name=f"tai-lieu-{n}.{file_type}",
                file_type=file_type,
                mime_type="application/pdf",
                size_bytes=1000 + n,
                sha256=f"{n:064x}",
                page_count=pages,
                view_count=views,
                download_count=downloads,
            )
            if created_at is not None:
                Document.objects.filter(pk=document.pk).update(created_at=created_at)
                document.created_at = created_at
            DocumentText.objects.create(document=document, pages=[text] if text else [])
            for position, phrase in enumerate(keywords):
                keyword, _ = Keyword.objects.get_or_create(
                    key=phrase_key(phrase), defaults={"phrase": phrase, "slug": slugify(phrase)}
                )
                DocumentKeyword.objects.create(
                    document=document, keyword=keyword, position=position
                )
        return document

    return make


def ids(results) -> list[int]:
    return [hit.document.pk for hit in results.hits]


def aware(year: int, month: int = 6, day: int = 1) -> datetime:
    return timezone.make_aware(datetime(year, month, day, 12, 0))


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "engine_contract: behaviour both search engines must share (run on each)"
    )
