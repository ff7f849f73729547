"""View and download counters: a view counts once per visitor, document and day; bots never."""

from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from .models import DailyView, Document

_BOT = re.compile(
    r"bot|crawl|spider|slurp|fetch|scrap|curl|wget|python-|httpclient|java/|go-http|"
    r"libwww|preview|monitor|headlesschrome|lighthouse|facebookexternalhit",
    re.IGNORECASE,
)


def is_bot(request: HttpRequest) -> bool:
    agent = request.META.get("HTTP_USER_AGENT", "")
    return not agent.strip() or bool(_BOT.search(agent))


def visitor_id(request: HttpRequest) -> str:
    """A stable, anonymous id: the account when signed in, else address and browser."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        raw = f"user:{user.pk}"
    else:
        address = request.META.get("REMOTE_ADDR", "")
        raw = f"anon:{address}:{request.META.get('HTTP_USER_AGENT', '')}"
    return hashlib.sha256(f"{settings.SECRET_KEY}:{raw}".encode()).hexdigest()[:40]


def count_view(request: HttpRequest, document: Document) -> bool:
    """Count this view if the visitor has not viewed the document today; True when counted."""
    if is_bot(request):
        return False
    today = timezone.localdate()
    try:
        with transaction.atomic():
            DailyView.objects.create(document=document, visitor=visitor_id(request), day=today)
            Document.objects.filter(pk=document.pk).update(view_count=F("view_count") + 1)
    except IntegrityError:
        return False
    return True


def count_download(request: HttpRequest, document: Document) -> bool:
    if is_bot(request):
        return False
    Document.objects.filter(pk=document.pk).update(download_count=F("download_count") + 1)
    return True
