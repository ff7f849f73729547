"""Search for thuvien: Vietnamese with or without diacritics, on SQLite or PostgreSQL.

The public face of the app (everything else is private)::

    from thuvien.search import search, suggest, related_documents, Filters

    results = search("quang oai", filters=Filters(year=2024), sort="moi-nhat", page=2)
    results.total, results.total_exact, [hit.document.title for hit in results.hits]

The engine is chosen by ``THUVIEN_SEARCH_BACKEND`` (``embedded``: SQLite FTS5 in the site's
database, the default; ``postgres``: PostgreSQL full-text search, the default on PostgreSQL).
The index follows every change Django makes to documents; code that uses ``QuerySet.update``
calls :func:`sync_documents` afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._plan import MOST_DOWNLOADED, MOST_VIEWED, NEWEST, RELEVANCE, SORTS, Filters
from ._query import ParsedQuery, parse_query

if TYPE_CHECKING:
    from django.utils.safestring import SafeString

    from thuvien.library.models import Document

COUNT_BOUND = 10_000


@dataclass
class Hit:
    document: Document
    score: float
    title_html: SafeString
    snippet_html: SafeString
    tier: str = ""


@dataclass
class SearchResults:
    query: ParsedQuery
    hits: list[Hit]
    total: int
    total_exact: bool  # False: more than ``total`` (= COUNT_BOUND) documents match
    page: int
    per_page: int
    sort: str = RELEVANCE
    filters: Filters = field(default_factory=Filters)

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "title" or "phrase"
    text: str
    url: str


def search(
    query: str | ParsedQuery,
    *,
    filters: Filters | None = None,
    sort: str = RELEVANCE,
    page: int = 1,
    per_page: int = 20,
    snippets: bool = True,
) -> SearchResults:
    """Published documents matching ``query``, one page of them, best first.

    Never raises on what a visitor typed; an empty query gives no hits and ``query.empty``.

    >>> search("dang", page=1).total  # doctest: +SKIP
    12
    """
    from ._results import run

    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    return run(parsed, filters or Filters(), sort, max(1, page), per_page, snippets)


def suggest(text: str, limit: int = 8) -> list[Suggestion]:
    """Titles and keyword phrases for what is being typed (the last word may be unfinished)."""
    from ._suggest import suggestions

    return suggestions(text, limit)


def related_documents(document: Document, limit: int = 6) -> list[Document]:
    """Published documents similar in content, never the document itself or a duplicate."""
    from ._results import related

    return related(document, limit)


def sync_documents(ids: Iterable[int]) -> None:
    """Re-index documents now: call after changing them with ``QuerySet.update`` or raw SQL."""
    from ._indexing import sync_documents as sync

    sync(ids)


def sync_pending(limit: int | None = None) -> int:
    """Index documents whose change is committed but not yet indexed; returns how many."""
    from ._indexing import sync_pending as sync

    return sync(limit)


__all__ = [
    "COUNT_BOUND",
    "MOST_DOWNLOADED",
    "MOST_VIEWED",
    "NEWEST",
    "RELEVANCE",
    "Filters",
    "Hit",
    "ParsedQuery",
    "SearchResults",
    "Suggestion",
    "parse_query",
    "related_documents",
    "search",
    "suggest",
    "sync_documents",
    "sync_pending",
    "SORTS",
]
