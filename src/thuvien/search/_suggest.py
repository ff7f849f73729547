"""Suggestions while typing: keyword phrases and titles that contain what was typed so far.

Only the small title/keyword and phrase indexes are read, each query stopping after a handful
of rows, so an answer takes a few milliseconds at any library size.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse

from thuvien.library.models import Document

from . import Suggestion
from . import _bitcache as bitcache
from ._engine import get_engine
from ._indexing import hidden_pending_ids
from ._plan import HEAD, plan
from ._query import parse_query
from ._snippets import Highlighter
from ._vocabulary import one_search
from .models import IndexedPhrase, SearchEntry

MAX_PHRASES = 3


def suggestions(text: str, limit: int) -> list[Suggestion]:
    query = parse_query(text, min_prefix=1)
    if query.empty or limit <= 0:
        return []
    engine = get_engine()
    with engine.reading(), one_search(), bitcache.one_search():
        phrases = _phrases(engine, query, min(MAX_PHRASES, limit))
        titles = _titles(engine, query, limit - len(phrases))
    return phrases + titles


def _phrases(engine, query, limit: int) -> list[Suggestion]:
    ids = engine.phrase_ids(query, limit)
    found = dict(
        IndexedPhrase.objects.filter(keyword_id__in=ids).values_list("keyword_id", "phrase")
    )
    url = reverse("search:results")
    return [
        Suggestion("phrase", found[i], f"{url}?{urlencode({'q': found[i]})}")
        for i in ids
        if i in found
    ]


def _titles(engine, query, limit: int) -> list[Suggestion]:
    """Titles holding every typed word (a keyword may have matched): best tiers first."""
    if limit <= 0:
        return []
    hidden = hidden_pending_ids()
    highlighter = Highlighter(query)
    wanted = limit * 3  # some matched through their keywords only
    ordered: list[int] = []
    for tier in plan(query).tiers:
        if tier.index != HEAD or len(ordered) >= wanted:
            continue
        for doc_id in engine.tier_ids(tier, wanted + len(ordered) + len(hidden)):
            if doc_id not in hidden and doc_id not in ordered:
                ordered.append(doc_id)
    titles = dict(
        SearchEntry.objects.filter(document_id__in=ordered).values_list("document_id", "title")
    )
    ordered = [i for i in ordered if i in titles and highlighter.covers(titles[i])][:limit]
    slugs = {
        pk: slug
        for pk, slug, status in Document.objects.filter(pk__in=ordered).values_list(
            "pk", "slug", "status"
        )
        if status == Document.Status.PUBLISHED
    }
    return [
        Suggestion(
            "title", titles[i], reverse("library:document", kwargs={"pk": i, "slug": slugs[i]})
        )
        for i in ordered
        if i in slugs
    ]
