"""Bitmaps of the tokens most documents hold, beside each engine's own index.

Vietnamese syllables ("của", "và", "được"...) are in nearly every document. A query of a few
of them, alone or with a filter, makes a full-text engine walk long lists of ids in step: 10,001
matches to count them, or most of the lists to find the few documents that hold them all. For
each token held by at least ``SHARE`` of the documents, the index also keeps one bit per
document, by blocks of ``BLOCK`` consecutive ids (``search_bitmap``): the documents that hold
several such tokens are the AND of a few integers per block, their number a popcount, the newest
of them the highest bits. There are two scopes, as there are two indexes: the whole document
(``body``) and title and keywords (``head``, where the title's length in words is a token too,
so that titles can be taken shortest first, as the engines do; see ``_bitquery``).

Which tokens have bitmaps is decided by :func:`refresh` (after every rebuild or ``thuvien
reindex``) from the document frequencies; from then on the engines keep them up to date in the
same transaction as their own tables (:func:`update`).

Here: writing and refreshing bitmaps. Reading them (through a per-process cache): ``_bitcache``;
answering tiers with them: ``_bitquery``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.db import connection

from . import _bitcache as bitcache
from ._bitcache import VOCABULARY, Blocks, changed, decode, encode
from ._plan import BODY, HEAD
from ._tokens import MAX_TITLE_WORDS, length_token

if TYPE_CHECKING:
    from ._documents import IndexedDocument
    from ._engine import Engine

SHIFT = 14
BLOCK = 1 << SHIFT  # documents per bitmap row: 2 KB of bits
BLOCK_BYTES = BLOCK // 8
OFFSET = BLOCK - 1
# A token gets bitmaps when at least this share of the documents, and this many, hold it.
# Titles and keywords are short: there a token is frequent sooner, and its bitmaps are few.
SHARE = {BODY: 0.005, HEAD: 0.002}
MIN_DOCUMENTS = 1000
# Every title length has bitmaps, however rare: the head's order needs them all.
LENGTH_TOKENS = tuple(length_token(n) for n in range(MAX_TITLE_WORDS + 1))
_CHUNK = 500  # terms per IN (...) list
_BIT = tuple(1 << i for i in range(8))


def from_ids(ids: Iterable[int]) -> Blocks:
    """Blocks with the bits of these ids set."""
    built: dict[int, bytearray] = {}
    block, bits = -1, bytearray()
    for doc_id in ids:
        if doc_id >> SHIFT != block:
            block = doc_id >> SHIFT
            bits = built.setdefault(block, bytearray(BLOCK_BYTES))
        offset = doc_id & OFFSET
        bits[offset >> 3] |= _BIT[offset & 7]
    return {b: int.from_bytes(v, "little") for b, v in built.items()}


# --- writing ---


_deferred: ContextVar[bool] = ContextVar("bitmaps_deferred", default=False)


@contextmanager
def deferred() -> Iterator[None]:
    """Writes that leave the bitmaps alone: those of a fresh rebuild, which cleared them and
    makes them again from the whole index at its end (:func:`refresh`). Writers of a rebuild
    can then run side by side instead of taking turns at the bitmaps' lock."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


def _lock() -> None:
    """Writers of bitmaps take turns (a bitmap row is read, changed and written back).

    SQLite already lets one writer at a time; PostgreSQL is told to. Searches never wait.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("LOCK TABLE search_bitmap IN SHARE ROW EXCLUSIVE MODE")


def _covered() -> dict[str, set[str]]:
    """:func:`vocabulary`, read again only when it changed (writers need it at every write)."""
    return bitcache.remembered(VOCABULARY, "vocabulary", vocabulary)


def vocabulary() -> dict[str, set[str]]:
    """The tokens that have bitmaps, by scope."""
    found: dict[str, set[str]] = {BODY: set(), HEAD: set()}
    with connection.cursor() as cursor:
        cursor.execute("SELECT scope, term FROM search_bitmap_term")
        for scope, term in cursor.fetchall():
            found.setdefault(scope, set()).add(term)
    return found


def _tokens(document: IndexedDocument, scope: str) -> list[str]:
    return document.body_tokens if scope == BODY else document.head_tokens


def update(added: Sequence[IndexedDocument] = (), removed: Sequence[IndexedDocument] = ()) -> None:
    """Set the bits of documents written, clear those of documents taken out (in the caller's
    transaction, beside the engine's own change)."""
    if (not added and not removed) or _deferred.get():
        return
    _lock()
    covered = _covered()
    if not any(covered.values()):
        return
    setting: dict[tuple[str, str, int], int] = defaultdict(int)
    clearing: dict[tuple[str, str, int], int] = defaultdict(int)
    for documents, into in ((removed, clearing), (added, setting)):
        for document in documents:
            doc_id = document.document_id
            block, bit = doc_id >> SHIFT, 1 << (doc_id & OFFSET)
            for scope, terms in covered.items():
                for term in terms.intersection(_tokens(document, scope)):
                    into[scope, term, block] |= bit
    keys = sorted(set(setting) | set(clearing))
    current = _read(keys)
    writes, deletes = [], []
    for key in keys:
        bits = (current.get(key, 0) & ~clearing.get(key, 0)) | setting.get(key, 0)
        if bits:
            writes.append((*key, encode(bits, BLOCK_BYTES)))
        elif key in current:
            deletes.append(key)
    _write(writes)
    if deletes:
        with connection.cursor() as cursor:
            cursor.executemany(
                "DELETE FROM search_bitmap WHERE scope = %s AND term = %s AND block = %s",
                deletes,
            )
    changed({block for _, _, block in keys})


def _read(keys: Sequence[tuple[str, str, int]]) -> dict[tuple[str, str, int], int]:
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for scope, term, block in keys:
        groups[scope, block].append(term)
    found: dict[tuple[str, str, int], int] = {}
    with connection.cursor() as cursor:
        for (scope, block), terms in groups.items():
            for start in range(0, len(terms), _CHUNK):
                chunk = terms[start : start + _CHUNK]
                marks = ", ".join(["%s"] * len(chunk))
                cursor.execute(
                    "SELECT term, bits FROM search_bitmap "
                    f"WHERE scope = %s AND block = %s AND term IN ({marks})",
                    [scope, block, *chunk],
                )
                for term, bits in cursor.fetchall():
                    found[scope, term, block] = decode(bits)
    return found


def _write(rows: list[tuple[str, str, int, bytes]]) -> None:
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_bitmap (scope, term, block, bits) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (scope, term, block) DO UPDATE SET bits = excluded.bits",
                rows,
            )


def _write_ids(scope: str, postings: Iterable[tuple[str, Iterable[int]]]) -> None:
    rows = []
    for term, ids in postings:
        for block, bits in from_ids(ids).items():
            rows.append((scope, term, block, encode(bits, BLOCK_BYTES)))
    _write(rows)


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_bitmap")
        cursor.execute("DELETE FROM search_bitmap_term")
        cursor.execute("DELETE FROM search_bitmap_block")
    changed([VOCABULARY])


def threshold(documents: int, scope: str = BODY) -> int:
    """How many documents must hold a token of the scope for it to get bitmaps."""
    return max(MIN_DOCUMENTS, math.ceil(documents * SHARE[scope]))


def refresh(engine: Engine) -> int:
    """Give bitmaps to the tokens that enough documents hold now; returns how many tokens.

    Runs in the caller's transaction and holds the bitmaps' write lock meanwhile: a document
    written at the same time waits, then finds the new tokens and sets its bits.
    """
    _lock()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*), max(document_id) FROM search_entry")
        documents, top = cursor.fetchone()
    if documents < MIN_DOCUMENTS:
        return 0
    known = vocabulary()
    least = threshold(documents, BODY)
    body = sorted(set(engine.frequent_tokens(BODY, least)) - known[BODY])
    held: dict[str, int] = defaultdict(int)
    for batch in engine.body_postings(body):
        _write_ids(BODY, batch)
        for term, ids in batch:
            held[term] += len(ids)
    # Candidates from a sample that fewer documents hold than it seemed: no bitmaps after all.
    fewer = [term for term in body if held[term] < least]
    body = [term for term in body if held[term] >= least]
    with connection.cursor() as cursor:
        for start in range(0, len(fewer), _CHUNK):
            chunk = fewer[start : start + _CHUNK]
            cursor.execute(
                "DELETE FROM search_bitmap WHERE scope = %s "
                f"AND term IN ({', '.join(['%s'] * len(chunk))})",
                [BODY, *chunk],
            )
    head = set(engine.frequent_tokens(HEAD, threshold(documents, HEAD))) | set(LENGTH_TOKENS)
    head = sorted(head - known[HEAD])
    if head:
        _write_head(set(head))
    changed([VOCABULARY, *range((top >> SHIFT) + 1)])
    with connection.cursor() as cursor:
        for scope, terms in ((BODY, body), (HEAD, head)):
            for start in range(0, len(terms), _CHUNK):
                chunk = terms[start : start + _CHUNK]
                cursor.execute(
                    "INSERT INTO search_bitmap_term (scope, term) VALUES "
                    + ", ".join(["(%s, %s)"] * len(chunk)),
                    [value for term in chunk for value in (scope, term)],
                )
    return len(body) + len(head)


def _write_head(terms: set[str]) -> None:
    """Head bitmaps of these terms, made from the index entries (the very fields the engines'
    head rows were made of), one block of documents at a time."""
    from ._indexing import entry_documents

    postings: dict[str, list[int]] = defaultdict(list)
    block = -1
    for documents in entry_documents():
        for document in documents:
            if document.document_id >> SHIFT != block:
                _write_ids(HEAD, postings.items())  # the blocks before are complete
                postings.clear()
                block = document.document_id >> SHIFT
            for term in terms.intersection(document.head_tokens):
                postings[term].append(document.document_id)
    _write_ids(HEAD, postings.items())
