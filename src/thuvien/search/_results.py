"""From ranked ids to what pages show: documents (list fields only), titles, snippets."""

from __future__ import annotations

from thuvien.library.models import Document

from . import Hit, SearchResults
from ._plan import RELEVANCE, SORTS, Filters
from ._query import ParsedQuery
from ._related import related_ids
from ._search import find
from ._snippets import Highlighter
from .models import SearchEntry


def run(
    query: ParsedQuery, filters: Filters, sort: str, page: int, per_page: int, snippets: bool
) -> SearchResults:
    sort = sort if sort in SORTS else RELEVANCE
    ranked = find(query, filters, sort, (page - 1) * per_page, per_page)
    documents = _public(ranked.ids)
    texts = _snippet_sources(ranked.ids) if snippets else {}
    highlighter = Highlighter(query)
    hits = []
    for doc_id in ranked.ids:
        document = documents.get(doc_id)
        if document is None:  # hidden or deleted after it was ranked
            continue
        if snippets:
            description, text = texts.get(doc_id, ("", ""))
            title_html = highlighter.highlight(document.title)
            snippet_html = highlighter.snippet(description, text)
        else:
            title_html = snippet_html = ""
        hits.append(
            Hit(
                document,
                ranked.scores.get(doc_id, 0.0),
                title_html,
                snippet_html,
                ranked.tiers.get(doc_id, ""),
            )
        )
    return SearchResults(
        query=query,
        hits=hits,
        total=ranked.total,
        total_exact=ranked.total_exact,
        page=page,
        per_page=per_page,
        sort=sort,
        filters=filters,
    )


def _public(ids: list[int]) -> dict[int, Document]:
    """The published documents among ``ids``, in one query by id (status checked in Python:
    see :func:`~._documents.published_among`)."""
    if not ids:
        return {}
    listed = Document.objects.for_listing().filter(pk__in=list(ids))
    return {d.pk: d for d in listed if d.status == Document.Status.PUBLISHED}


def _snippet_sources(ids: list[int]) -> dict[int, tuple[str, str]]:
    # The indexed copy: the beginning of the text, never the whole extracted text.
    rows = SearchEntry.objects.filter(document_id__in=ids).values_list(
        "document_id", "description", "text"
    )
    return {doc_id: (description, text) for doc_id, description, text in rows}


def related(document: Document, limit: int) -> list[Document]:
    ids = related_ids(document.pk, limit)
    found = _public(ids)
    return [found[i] for i in ids if i in found][:limit]
