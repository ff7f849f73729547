"""Home, category and keyword pages."""

from __future__ import annotations

from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from ..listing import page_of, sort_choices, sorted_documents
from ..models import Category, Document, Keyword

HOME_LIST_SIZE = 12


def category_tree() -> list[dict]:
    """Top categories with their children, each with the count of public documents below it."""
    own = dict(
        Document.objects.public()
        .values_list("category")
        .annotate(n=Count("id"))
        .values_list("category", "n")
    )
    categories = list(Category.objects.all())
    children: dict[int | None, list[Category]] = {}
    for category in categories:
        children.setdefault(category.parent_id, []).append(category)

    def node(category: Category, depth: int) -> dict:
        kids = [node(c, depth + 1) for c in children.get(category.pk, [])] if depth < 10 else []
        total = own.get(category.pk, 0) + sum(k["count"] for k in kids)
        return {"category": category, "count": total, "children": kids}

    return [node(c, 0) for c in children.get(None, [])]


def home(request):
    documents = Document.objects.public().for_listing()
    return render(
        request,
        "library/home.html",
        {
            "tree": category_tree(),
            "newest": documents.order_by("-created_at", "-id")[:HOME_LIST_SIZE],
            "most_viewed": documents.order_by("-view_count", "-id")[:HOME_LIST_SIZE],
        },
    )


def category(request, slug: str):
    category = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    documents = (
        Document.objects.public().for_listing().filter(category_id__in=category.descendant_ids())
    )
    page = page_of(request, sorted_documents(request, documents))
    return render(
        request,
        "library/category.html",
        {
            "category": category,
            "breadcrumb": category.ancestors_and_self(),
            "subcategories": category.children.all(),
            "page": page,
            "sorts": sort_choices(request),
        },
    )


def keyword(request, slug: str):
    keyword = get_object_or_404(Keyword, slug=slug)
    documents = Document.objects.public().for_listing().filter(keywords=keyword)
    page = page_of(request, sorted_documents(request, documents))
    if not page.paginator.count:
        from django.http import Http404

        raise Http404("no public document has this keyword")
    return render(
        request,
        "library/keyword.html",
        {"keyword": keyword, "page": page, "sorts": sort_choices(request)},
    )
