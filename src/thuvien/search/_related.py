"""Related documents: the ones that share the most distinctive title pairs and keywords.

One query over the small title/keyword index: for each of the document's word pairs and
keyword phrases it takes the first documents that hold it; a pair held by few documents counts
more than one held by many (the length of its list is a free estimate of its frequency).
Never the document itself, nor an exact duplicate of it (same words in its text).
"""

from __future__ import annotations

import math
from collections import defaultdict

from thuvien.text.stopwords import is_stopword

from ._documents import IndexedDocument
from ._engine import get_engine
from ._indexing import entry_document, hidden_pending_ids
from ._tokens import fold_word, pair, words
from .models import SearchEntry

MAX_TOKENS = 24
PER_TOKEN = 100


def signature_tokens(document: IndexedDocument) -> list[str]:
    """Keyword phrases and title pairs, as head tokens, most telling first."""
    tokens: list[str] = []
    for phrase in document.keywords:
        tokens += _tokens_of(words(phrase))
    tokens += _tokens_of(document.title_words)
    return list(dict.fromkeys(tokens))[:MAX_TOKENS]


def _tokens_of(run: list[str]) -> list[str]:
    if len(run) == 1:
        return [] if is_stopword(run[0]) else [fold_word(run[0])]
    out = []
    for left, right in zip(run, run[1:], strict=False):
        if is_stopword(left) and is_stopword(right):
            continue  # "của các" says nothing about the subject
        out.append(pair(fold_word(left), fold_word(right)))
    return out


def related_ids(document_id: int, limit: int) -> list[int]:
    """Ids of up to ``limit`` * 2 related documents, best first (some may be hidden since)."""
    fields = ("document_id", "title", "keywords", "description", "text")
    row = (
        SearchEntry.objects.filter(document_id=document_id)
        .values(
            *fields, "category_id", "categories", "file_type", "year", "page_count", "content_hash"
        )
        .first()
    )
    if row is None:
        return []
    document = entry_document(row)
    tokens = signature_tokens(document)
    lists = get_engine().related_candidates(tokens, PER_TOKEN)
    scores: dict[int, float] = defaultdict(float)
    for ids in lists.values():
        if not ids:
            continue
        weight = 1.0 / math.log2(2 + len(ids))
        for doc_id in ids:
            scores[doc_id] += weight
    scores.pop(document_id, None)
    for doc_id in hidden_pending_ids():
        scores.pop(doc_id, None)
    ranked = sorted(scores, key=lambda i: (-scores[i], -i))[: limit * 3]
    duplicates = set(
        SearchEntry.objects.filter(
            document_id__in=ranked, content_hash=row["content_hash"]
        ).values_list("document_id", flat=True)
    )
    return [i for i in ranked if i not in duplicates][: limit * 2]
