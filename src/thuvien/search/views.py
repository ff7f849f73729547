"""The search page (``/tim-kiem?q=...``) and the suggestions endpoint (``/tim-kiem/goi-y``).

Whatever the query string holds, the page answers 200: unknown filters are ignored, a bad page
number gives the first or last page, an empty query gives a page that explains how to search.
"""

from __future__ import annotations

import re

from django.db.models import Min
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from thuvien.library.models import Category, Document

from . import (
    MOST_DOWNLOADED,
    MOST_VIEWED,
    NEWEST,
    RELEVANCE,
    Filters,
    parse_query,
    search,
    suggest,
)

PER_PAGE = 20
MAX_PAGE = 500  # 10,000 results: the deepest the ranking goes

SORT_LABELS = {
    RELEVANCE: _("Liên quan nhất"),
    NEWEST: _("Mới nhất"),
    MOST_VIEWED: _("Xem nhiều"),
    MOST_DOWNLOADED: _("Tải nhiều"),
}
PAGE_RANGES = {
    "1": (None, 1),
    "2-5": (2, 5),
    "6-10": (6, 10),
    "11-20": (11, 20),
    "21-50": (21, 50),
    "51-100": (51, 100),
    "101-200": (101, 200),
    "201-500": (201, 500),
    "500+": (501, None),
}
FILE_TYPES = ("pdf", "doc", "docx", "ppt", "pptx", "xls", "xlsx", "odt", "rtf", "txt")
_RANGE = re.compile(r"^\s*(\d{1,6})?\s*-\s*(\d{1,6})?\s*$")


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(str(value).strip()[:9])
    except (TypeError, ValueError):
        return default


def page_range(value: str | None) -> tuple[int | None, int | None] | None:
    """``so-trang`` as (min, max): a preset ("11-20", "500+") or any "a-b"."""
    if not value:
        return None
    if value in PAGE_RANGES:
        return PAGE_RANGES[value]
    match = _RANGE.match(value)
    if not match or not any(match.groups()):
        return None
    low, high = (_int(g) for g in match.groups())
    return low, high


def filters_from(request: HttpRequest) -> tuple[Filters, Category | None]:
    get = request.GET
    category = None
    slug = get.get("danh-muc", "").strip()
    if slug:
        category = Category.objects.filter(slug=slug[:200]).first()
    pages = page_range(get.get("so-trang"))
    year = _int(get.get("nam"))
    file_type = get.get("loai", "").strip().lower()[:10]
    filters = Filters(
        category_id=category.pk if category else None,
        file_type=file_type or None,
        year=year if year and 1900 < year < 3000 else None,
        pages_min=pages[0] if pages else None,
        pages_max=pages[1] if pages else None,
    )
    return filters, category


def category_choices() -> list[dict]:
    """Every category as "Cha / Con", in tree order, for the filter's select."""
    categories = list(Category.objects.only("pk", "name", "slug", "parent_id", "position"))
    children: dict[int | None, list[Category]] = {}
    for c in categories:
        children.setdefault(c.parent_id, []).append(c)
    out: list[dict] = []

    def walk(parent_id: int | None, path: str, depth: int) -> None:
        for c in sorted(children.get(parent_id, []), key=lambda c: (c.position, c.name)):
            label = f"{path} / {c.name}" if path else c.name
            out.append({"slug": c.slug, "label": label})
            if depth < 10:
                walk(c.pk, label, depth + 1)

    walk(None, "", 0)
    return out


def _years() -> list[int]:
    first = Document.objects.aggregate(first=Min("created_at"))["first"]
    this_year = timezone.localdate().year
    start = timezone.localtime(first).year if first else this_year
    return list(range(this_year, max(start, this_year - 50) - 1, -1))


@require_GET
def results(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("q", "")
    query = parse_query(raw)
    sort = request.GET.get("sap-xep", RELEVANCE)
    sort = sort if sort in SORT_LABELS else RELEVANCE
    filters, category = filters_from(request)
    context = {
        "q": query.text,
        "query": query,
        "sort": sort,
        "sorts": [{"key": k, "label": v, "active": k == sort} for k, v in SORT_LABELS.items()],
        "filters": filters,
        "category": category,
        "category_choices": category_choices(),
        "file_types": FILE_TYPES,
        "page_ranges": list(PAGE_RANGES),
        "years": _years(),
        "current": {
            "loai": filters.file_type or "",
            "so_trang": request.GET.get("so-trang", ""),
            "nam": str(filters.year or ""),
            "danh_muc": category.slug if category else "",
        },
    }
    if query.empty:
        return render(request, "search/empty.html", context)
    page = min(max(1, _int(request.GET.get("trang"), 1) or 1), MAX_PAGE)
    found = search(query, filters=filters, sort=sort, page=page, per_page=PER_PAGE)
    if page > found.num_pages and found.total:
        page = found.num_pages
        found = search(query, filters=filters, sort=sort, page=page, per_page=PER_PAGE)
    context.update(
        {
            "results": found,
            "first_number": (page - 1) * PER_PAGE + 1,
            "pages": {
                "number": page,
                "total": min(found.num_pages, MAX_PAGE),
                "previous": page - 1 if page > 1 else None,
                "next": page + 1 if page < min(found.num_pages, MAX_PAGE) else None,
            },
        }
    )
    return render(request, "search/results.html", context)


@require_GET
def suggestions(request: HttpRequest) -> JsonResponse:
    raw = request.GET.get("q", "")[:200]
    found = suggest(raw, limit=8)
    response = JsonResponse(
        {
            "q": raw,
            "suggestions": [{"type": s.kind, "text": s.text, "url": s.url} for s in found],
        }
    )
    response["Cache-Control"] = "max-age=60"
    return response
