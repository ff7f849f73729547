"""The interface both engines implement, and the choice between them.

An engine only stores tokens and walks tiers; everything that decides what is found and in
which order (parsing, tiers, re-ranking, snippets) is shared, so SQLite and PostgreSQL keep the
same results contract. So are the bitmaps of frequent tokens (``_bitmaps``, ``_bitquery``):
a tier or a count they can answer never reaches the engine's full-text index.
"""

from __future__ import annotations

import hashlib
import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from thuvien.library.models import Document

from . import _bitquery as bitquery
from ._documents import IndexedDocument
from ._plan import Tier
from ._query import ParsedQuery
from ._ranking import Candidate
from ._tokens import exact_word, fold_word, length_token, prefix_tokens

# A keyword phrase row: (keyword id, order key, phrase).
PhraseRow = tuple[int, int, str]

EMBEDDED = "embedded"
POSTGRES = "postgres"


class Engine(ABC):
    """Token storage and tier walking for one database."""

    name: str
    # Whether several processes can write documents at once (a rebuild with workers).
    parallel_writes: bool = False
    # Whether stream() reads every match in one go (rather than as consumed).
    streams_whole: bool = False

    # --- writing (always inside the caller's transaction) ---

    @abstractmethod
    def write(
        self,
        documents: Sequence[IndexedDocument],
        previous: Mapping[int, IndexedDocument] | None = None,
    ) -> None:
        """Add documents; ``previous`` are their entries as indexed before, to replace."""

    @abstractmethod
    def remove(self, previous: Sequence[IndexedDocument]) -> None:
        """Take documents out of the index, given their entries as indexed."""

    @abstractmethod
    def clear(self) -> None:
        """Empty the whole index."""

    @abstractmethod
    def write_phrases(self, phrases: Sequence[PhraseRow], previous: Sequence[PhraseRow]) -> None:
        """Add keyword phrases offered as suggestions, replacing ``previous`` ones."""

    def remove_phrases(self, previous: Sequence[PhraseRow]) -> None:
        self.write_phrases([], previous)

    def bulk_loading(self) -> AbstractContextManager:
        """Context for a fresh rebuild (engines may defer index maintenance to its end)."""
        return nullcontext()

    def optimize(self) -> None:  # noqa: B027 (optional for an engine)
        """Compact the index after a rebuild (engines that can)."""

    def integrity_errors(self) -> list[str]:
        """Problems the engine finds in its own structures."""
        return []

    # --- reading ---

    def reading(self) -> AbstractContextManager:
        """Context for the queries of one search (PostgreSQL: one transaction)."""
        return nullcontext()

    def tier_ids(self, tier: Tier, limit: int, *, page_range=None, newest=False) -> list[int]:
        """Ids of documents in the tier, in the engine's static order (or newest first)."""
        quick = bitquery.tier_query(self, tier, page_range)
        ids = None if quick is None else bitquery.first_ids(self, quick, limit)
        if ids is not None:
            return ids
        return self.index_tier_ids(tier, limit, page_range=page_range, newest=newest)

    def count(self, tier: Tier, bound: int, *, page_range=None) -> int:
        """How many documents are in the tier, counting no further than ``bound``."""
        quick = bitquery.tier_query(self, tier, page_range)
        total = None if quick is None else bitquery.count(self, quick, bound)
        if total is not None:
            return total
        return self.index_count(tier, bound, page_range=page_range)

    # What the engine's own index answers (the bitmaps answer first when they can).

    @abstractmethod
    def index_tier_ids(self, tier: Tier, limit: int, *, page_range=None, newest=False) -> list[int]:
        """:meth:`tier_ids` from the engine's tables alone."""

    @abstractmethod
    def index_count(self, tier: Tier, bound: int, *, page_range=None) -> int:
        """:meth:`count` from the engine's tables alone."""

    @abstractmethod
    def stream(self, tier: Tier) -> Iterator[int]:
        """Ids of the tier's documents in its order (page ranges aside), read as consumed."""

    # Making bitmaps (see ``_bitmaps.refresh``).

    @abstractmethod
    def frequent_tokens(self, index: str, min_documents: int) -> Iterable[str]:
        """Tokens of the index (HEAD or BODY) that at least ``min_documents`` documents hold.

        For the body, an engine may answer from a sample of the documents: then some tokens
        that fewer hold may be among them (their postings tell, and they get no bitmaps), and a
        token at the threshold may be missed (bitmaps are a shortcut: no answer changes)."""

    @abstractmethod
    def body_postings(self, tokens: Sequence[str]) -> Iterator[list[tuple[str, list[int]]]]:
        """For each token, the ids of the documents whose body holds it, in batches: a token's
        ids of one block of ids (``_bitmaps.BLOCK``) are all in the same batch."""

    @abstractmethod
    def phrase_ids(self, query: ParsedQuery, limit: int) -> list[int]:
        """Keyword ids whose phrase contains the typed words (last one as a prefix)."""

    @abstractmethod
    def related_candidates(self, tokens: Sequence[str], per_token: int) -> dict[str, list[int]]:
        """For each head token, ids of documents whose title or keywords hold it."""

    @abstractmethod
    def indexed_ids(self, after: int, limit: int) -> list[int]:
        """Ids present in the engine's own tables, ascending, for drift checks."""

    @abstractmethod
    def explain(self, tier: Tier) -> list[str]:
        """The database's plan for the tier's query (tests check that indexes are used)."""


def candidates(ids: list[int]) -> list[Candidate]:
    """What re-ranking reads about documents: short folded fields and counters, never text."""
    if not ids:
        return []
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.document_id, e.folded, e.title, e.keywords, d.view_count, "
            f"d.download_count FROM search_entry e LEFT JOIN {Document._meta.db_table} d "
            f"ON d.id = e.document_id WHERE e.document_id IN ({marks})",
            ids,
        )
        rows = {row[0]: row for row in cursor.fetchall()}
    return [
        Candidate(i, row[1], row[2], row[3], row[4] or 0, row[5] or 0)
        for i in ids
        if (row := rows.get(i)) is not None
    ]


# Raised whenever what is indexed changes shape (a new kind of token, say): forces a rebuild.
INDEX_FORMAT = 3


def tokenizer_fingerprint() -> str:
    """Changes when folding or tokenising would give other tokens: the index must be rebuilt."""
    probe = "Đường ĐẢNG huyện uỷ ủy Quảng Oai Nẵng ÆøłİŁ ﬁ ß Ⅻ x² 工場 Привет 3.5 a_b"
    sample = f"{INDEX_FORMAT} " + " ".join(
        fold_word(w) + "/" + exact_word(w) for w in probe.split()
    )
    sample += " " + " ".join(prefix_tokens(["nguyễn"])) + " " + length_token(300)
    return hashlib.blake2b(sample.encode(), digest_size=8).hexdigest()


def backend_name() -> str:
    """The configured backend: THUVIEN_SEARCH_BACKEND, else the database's natural engine."""
    vendor = connection.vendor
    chosen = getattr(settings, "SEARCH_BACKEND", None) or os.environ.get(
        "THUVIEN_SEARCH_BACKEND", ""
    )
    chosen = (chosen or (POSTGRES if vendor == "postgresql" else EMBEDDED)).strip().lower()
    if chosen in {"sqlite", "fts5"}:
        chosen = EMBEDDED
    if chosen in {"postgresql", "pg"}:
        chosen = POSTGRES
    if chosen == EMBEDDED and vendor != "sqlite":
        raise ImproperlyConfigured(
            "THUVIEN_SEARCH_BACKEND=embedded keeps the index inside the SQLite database; "
            "with PostgreSQL use THUVIEN_SEARCH_BACKEND=postgres."
        )
    if chosen == POSTGRES and vendor != "postgresql":
        raise ImproperlyConfigured("THUVIEN_SEARCH_BACKEND=postgres needs a PostgreSQL database.")
    if chosen not in {EMBEDDED, POSTGRES}:
        raise ImproperlyConfigured(f"unknown THUVIEN_SEARCH_BACKEND {chosen!r}")
    return chosen


_engines: dict[str, Engine] = {}


def get_engine() -> Engine:
    """The engine for the default database, as configured."""
    name = backend_name()
    if name not in _engines:
        if name == POSTGRES:
            from ._postgres import PostgresEngine

            _engines[name] = PostgresEngine()
        else:
            from ._sqlite import SqliteEngine

            _engines[name] = SqliteEngine()
    return _engines[name]


def page_clauses(page_range: tuple[int | None, int | None], params: list) -> list[str]:
    """SQL conditions on ``search_entry e`` for a page range the buckets cannot decide."""
    low, high = page_range
    clauses = []
    if low is not None:
        clauses.append("e.page_count >= %s")
        params.append(low)
    if high is not None:
        clauses.append("e.page_count <= %s")
        params.append(high)
    return clauses
