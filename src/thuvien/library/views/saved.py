"""The signed-in user's library ("Thư viện của tui"): save, remove, list."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..listing import page_of
from ..models import Document, LibraryItem


@require_POST
@login_required
def toggle(request, pk: int):
    document = get_object_or_404(Document.objects.public().only("id", "slug"), pk=pk)
    item = LibraryItem.objects.filter(user=request.user, document=document)
    if item.exists():
        item.delete()
        saved = False
    else:
        LibraryItem.objects.get_or_create(user=request.user, document=document)
        saved = True
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"saved": saved, "label": save_label(saved)})
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
        back = document.get_absolute_url()
    return redirect(back)


def save_label(saved: bool) -> str:
    return _("Bỏ khỏi Thư viện của tui") if saved else _("Thư viện của tui")


@login_required
def my_library(request):
    documents = (
        Document.objects.public()
        .for_listing()
        .filter(saved_by__user=request.user)
        .order_by("-saved_by__created_at")
    )
    return render(request, "library/my_library.html", {"page": page_of(request, documents)})
