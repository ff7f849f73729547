"""Lists of documents: sort orders and `?trang=N` pagination shared by every list page."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

SORTS = {
    "moi-nhat": ("-created_at", _("Mới nhất")),
    "xem-nhieu": ("-view_count", _("Xem nhiều")),
    "tai-nhieu": ("-download_count", _("Tải nhiều")),
}
DEFAULT_SORT = "moi-nhat"


def sort_key(request: HttpRequest) -> str:
    key = request.GET.get("sap-xep", DEFAULT_SORT)
    return key if key in SORTS else DEFAULT_SORT


def sorted_documents(request: HttpRequest, documents: QuerySet) -> QuerySet:
    return documents.order_by(SORTS[sort_key(request)][0], "-id")


def page_of(request: HttpRequest, items: QuerySet, per_page: int | None = None) -> Page:
    paginator = Paginator(items, per_page or settings.DOCUMENTS_PER_PAGE)
    try:
        return paginator.page(request.GET.get("trang", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(str(error)) from error


def sort_choices(request: HttpRequest) -> list[dict]:
    current = sort_key(request)
    return [{"key": k, "label": label, "active": k == current} for k, (_, label) in SORTS.items()]
