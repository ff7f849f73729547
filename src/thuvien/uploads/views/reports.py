"""A visitor reports a published document: a reason, a few words, and moderators see it."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from thuvien.library.models import Document

from ..forms import ReportForm
from ..models import Report


def report(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.public().only("id", "title", "slug"), pk=pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # One report per document and browser session: a double click is not two reports.
        sent = request.session.get("thuvien_reported", [])
        if document.pk not in sent:
            item: Report = form.save(commit=False)
            item.document = document
            item.reporter = request.user if request.user.is_authenticated else None
            item.save()
            request.session["thuvien_reported"] = [*sent, document.pk][-200:]
        messages.success(request, _("Cảm ơn bạn! Kiểm duyệt viên sẽ xem báo cáo này."))
        return redirect(document.get_absolute_url())
    return render(request, "uploads/report.html", {"document": document, "form": form})
