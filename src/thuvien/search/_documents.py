"""A document as the index sees it: the fields it is searched by, read in batches.

List pages never load texts; indexing does, once per change, and keeps only the beginning
(``SEARCH_TEXT_CHARS``) of very long texts.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.utils import timezone

from thuvien.library.models import Category, Document, DocumentKeyword, DocumentText

from ._tokens import (
    MAX_TITLE_WORDS,
    category_token,
    exact_tokens,
    file_type_token,
    folded_tokens,
    folded_words,
    length_token,
    marked_exact,
    page_bucket,
    page_token,
    prefix_tokens,
    text_tokens,
    words,
    year_token,
)

_ID_BITS = 40
ID_MASK = (1 << _ID_BITS) - 1
DEFAULT_TEXT_CHARS = 30_000


def order_key(document_id: int, title_words: int) -> int:
    """The static order of candidates: fewer title words first, then the newest document."""
    return (min(title_words, MAX_TITLE_WORDS) << _ID_BITS) | (ID_MASK - document_id)


def document_id_of(key: int) -> int:
    """Inverse of :func:`order_key` for the document id."""
    return ID_MASK - (key & ID_MASK)


def text_limit() -> int:
    return int(getattr(settings, "SEARCH_TEXT_CHARS", DEFAULT_TEXT_CHARS))


@dataclass(frozen=True)
class IndexedDocument:
    document_id: int
    title: str
    keywords: tuple[str, ...]
    description: str
    text: str
    category_id: int
    file_type: str
    year: int
    page_count: int
    keyword_ids: tuple[int, ...] = ()
    # The category and every category above it: a filter on a subtree is one token.
    category_path: tuple[int, ...] = ()

    @cached_property
    def title_words(self) -> list[str]:
        return words(self.title)

    @cached_property
    def keyword_words(self) -> list[list[str]]:
        return [words(phrase) for phrase in self.keywords]

    @property
    def order_key(self) -> int:
        return order_key(self.document_id, len(self.title_words))

    def filter_tokens(self) -> list[str]:
        categories = self.category_path or (self.category_id,)
        return [
            *(category_token(c) for c in categories),
            file_type_token(self.file_type),
            year_token(self.year),
            page_token(page_bucket(self.page_count)),
        ]

    @cached_property
    def head_tokens(self) -> list[str]:
        """Title and keyword phrases: folded words and pairs, exact forms, the words' prefixes,
        the title's length, filters."""
        tokens = folded_tokens(self.title_words) + exact_tokens(self.title_words)
        for phrase_words in self.keyword_words:
            tokens += folded_tokens(phrase_words) + exact_tokens(phrase_words)
        return [
            *tokens,
            *prefix_tokens(tokens),
            length_token(len(self.title_words)),
            *self.filter_tokens(),
        ]

    @cached_property
    def body_tokens(self) -> list[str]:
        """Every field, folded (with pairs), and exact forms of words with diacritics."""
        fields = "\n".join((self.title, *self.keywords, self.description, self.text))
        return text_tokens(fields) + self.filter_tokens()

    def head_words(self) -> set[str]:
        """Single words of title and keywords, folded and exact, for prefix completion."""
        return {t for t in self.head_tokens if not t.startswith("_")}

    @property
    def folded_fields(self) -> str:
        """What re-ranking reads, as padded word strings, one per line: title, keywords and
        description folded, then the exact forms of the title's and keywords' words that
        carry diacritics."""
        keyword_words = [w for phrase in self.keyword_words for w in phrase]
        parts = (self.title_words, keyword_words, words(self.description))
        lines = [" ".join(folded_words(p)) for p in parts]
        marked = (marked_exact(w) for w in self.title_words + keyword_words)
        lines.append(" ".join(dict.fromkeys(e for e in marked if e is not None)))
        return "\n".join(f" {line} " for line in lines)

    @cached_property
    def signature(self) -> str:
        fields = (
            self.title,
            "\n".join(self.keywords),
            self.description,
            self.text,
            ",".join(map(str, self.category_path or (self.category_id,))),
            self.file_type,
            str(self.year),
            str(self.page_count),
        )
        return hashlib.blake2b("\x1f".join(fields).encode(), digest_size=16).hexdigest()

    @property
    def content_hash(self) -> str:
        """Equal for two documents with the same words: an exact duplicate."""
        source = self.text if self.text.strip() else f"{self.title}\n{self.description}"
        return hashlib.blake2b(" ".join(words(source)).encode(), digest_size=16).hexdigest()


def cut_text(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return cut[:space] if space > limit * 0.9 else cut


def published_among(ids: Sequence[int]) -> set[int]:
    """The published documents among ``ids``, looked up by id (see :func:`load_documents`)."""
    return {
        pk
        for pk, status in Document.objects.filter(pk__in=list(ids)).values_list("pk", "status")
        if status == Document.Status.PUBLISHED
    }


def load_documents(ids: Sequence[int]) -> dict[int, IndexedDocument]:
    """The published documents among ``ids``, ready to index (missing or hidden ones left out)."""
    if not ids:
        return {}
    # Status is checked here, not in SQL: with "status = ..." SQLite may walk a status index
    # over every published document instead of looking the ids up.
    rows = [
        row[:-1]
        for row in Document.objects.filter(pk__in=ids).values_list(
            "pk",
            "title",
            "description",
            "category_id",
            "file_type",
            "page_count",
            "created_at",
            "status",
        )
        if row[-1] == Document.Status.PUBLISHED
    ]
    found = [row[0] for row in rows]
    texts = dict(
        DocumentText.objects.filter(document_id__in=found).values_list("document", "pages")
    )
    phrases: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for doc_id, keyword_id, phrase in (
        DocumentKeyword.objects.filter(document_id__in=found)
        .order_by("document_id", "position", "pk")
        .values_list("document_id", "keyword_id", "keyword__phrase")
    ):
        phrases[doc_id].append((keyword_id, phrase))
    limit = text_limit()
    parents = dict(Category.objects.values_list("pk", "parent_id"))
    out: dict[int, IndexedDocument] = {}
    for pk, title, description, category_id, file_type, page_count, created_at in rows:
        pages = texts.get(pk) or []
        text = "\n\n".join(p for p in pages if isinstance(p, str) and p)
        out[pk] = IndexedDocument(
            document_id=pk,
            title=title,
            keywords=tuple(p for _, p in phrases.get(pk, ())),
            description=description or "",
            text=cut_text(text, limit),
            category_id=category_id,
            file_type=file_type,
            year=timezone.localtime(created_at).year if created_at else 0,
            page_count=page_count or 0,
            keyword_ids=tuple(k for k, _ in phrases.get(pk, ())),
            category_path=category_path(category_id, parents),
        )
    return out


def category_path(category_id: int, parents: dict[int, int | None]) -> tuple[int, ...]:
    """The category and its ancestors, nearest first (a cycle or a gap ends the walk)."""
    path: list[int] = []
    node: int | None = category_id
    while node is not None and node not in path and len(path) < 20:
        path.append(node)
        node = parents.get(node)
    return tuple(path)
