"""Reading bitmaps, through a per-process cache that the index's changes invalidate.

Blocks with few bits set are stored compressed (:func:`encode`). The bitmaps of a
common token are read by most searches, and change only when a document of
their block is written: each process keeps the blocks it read (up to :func:`cache_blocks` of them,
least recently used out first) with the version of each block (``search_bitmap_block``) they
were read at. A search reads the versions (a few small rows) once, drops what changed, and
reads only what it lacks: after an upload, the newest block of the tokens it needs.

Versions are random numbers, never counters: a version written by a transaction that was
rolled back can never come back and pass stale bits for current ones.
"""

from __future__ import annotations

import random
import threading
import zlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.conf import settings
from django.db import connection

Blocks = dict[int, int]  # block number -> bits
Key = tuple[str, str]  # (scope, term)
T = TypeVar("T")

# Version rows that are not blocks: the list of tokens that have bitmaps, and the known words
# a prefix expands to (``_vocabulary``).
VOCABULARY = -1
TERMS = -2


# Tokens whose bitmaps a process keeps when THUVIEN_SEARCH_CACHE_MB is not set, and the least
# memory it gives them (MB). The 300 queries of the search benchmark read 1,269 tokens' bitmaps.
TOKENS_KEPT = 2000
LEAST_MB = 64


def cache_blocks(blocks: int) -> int:
    """Blocks (2 KB each) a process keeps, the tokens read longest ago going first: those of
    THUVIEN_SEARCH_CACHE_MB, or enough for TOKENS_KEPT tokens when the index has ``blocks``
    blocks, and never less than LEAST_MB. A token's bitmaps take 2 KB per 16,384 documents:
    at a million documents 124 KB, and 2,000 tokens about 250 MB."""
    megabytes = getattr(settings, "SEARCH_CACHE_MB", 0)
    if megabytes > 0:
        return megabytes * 512
    return max(LEAST_MB * 512, TOKENS_KEPT * blocks)


_CHUNK = 500  # terms per IN (...) list


def encode(bits: int, size: int) -> bytes:
    """A block as stored: its ``size`` bytes, or when few bits are set (a token few documents
    of the block hold) those bytes compressed, with a small window that is quick to set up."""
    raw = bits.to_bytes(size, "little")
    if bits.bit_count() * 16 <= size * 8:
        packer = zlib.compressobj(1, zlib.DEFLATED, -9, 1)
        packed = packer.compress(raw) + packer.flush()
        if len(packed) < len(raw):
            return b"\x01" + packed
    return b"\x00" + raw


def decode(data: bytes) -> int:
    body = bytes(data[1:])
    return int.from_bytes(zlib.decompress(body, -9) if data[0] == 1 else body, "little")


class _Cache:
    """The blocks one process has read, by token, valid for the versions it has seen."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.versions: dict[int, int] = {}
        # (scope, term) -> (its nonzero blocks, every block whose bits are known)
        self.terms: dict[Key, tuple[Blocks, frozenset[int]]] = {}
        self.covered: dict[Key, bool] = {}
        # What :func:`remembered` keeps: (part, key) -> (the part's version, the value).
        self.memos: dict[tuple[int, Hashable], tuple[int, Any]] = {}

    def sync(self, versions: dict[int, int]) -> None:
        """Forget what changed since the versions seen last."""
        with self.lock:
            if versions.get(VOCABULARY) != self.versions.get(VOCABULARY):
                self.terms = {}
                self.covered = {}
            else:
                changed = {
                    b
                    for b in set(versions) | set(self.versions)
                    if versions.get(b) != self.versions.get(b)
                }
                if changed:  # new dicts: a search under way keeps what it was given
                    self.terms = {
                        key: ({b: v for b, v in bits.items() if b not in changed}, known - changed)
                        for key, (bits, known) in self.terms.items()
                    }
            self.versions = dict(versions)

    def get(self, key: Key) -> tuple[Blocks, frozenset[int]] | None:
        """A token's blocks, now the last to go."""
        with self.lock:
            entry = self.terms.pop(key, None)
            if entry is not None:
                self.terms[key] = entry
            return entry

    def put(self, key: Key, bits: Blocks, known: Iterable[int], versions: dict[int, int]) -> None:
        """Keep blocks read at ``versions``, unless another search saw their block change."""
        with self.lock:
            if versions.get(VOCABULARY) != self.versions.get(VOCABULARY):
                return
            valid = frozenset(b for b in known if versions.get(b) == self.versions.get(b))
            old_bits, old_known = self.terms.pop(key, ({}, frozenset()))
            fresh = {b: v for b, v in bits.items() if b in valid}
            self.terms[key] = ({**old_bits, **fresh}, old_known | valid)
            limit = cache_blocks(sum(1 for b in self.versions if b >= 0))
            held = sum(len(known) for _, known in self.terms.values())
            while held > limit and self.terms:  # the longest unused go first
                _, (_, dropped) = _pop_first(self.terms)
                held -= len(dropped)

    def note_covered(self, found: dict[Key, bool], versions: dict[int, int]) -> None:
        with self.lock:
            if versions.get(VOCABULARY) != self.versions.get(VOCABULARY):
                return
            if len(self.covered) > 20 * cache_blocks(0):
                self.covered = {}
            self.covered.update(found)


def _pop_first(
    terms: dict[Key, tuple[Blocks, frozenset[int]]],
) -> tuple[Key, tuple[Blocks, frozenset[int]]]:
    key = next(iter(terms))
    return key, terms.pop(key)


_caches: dict[str, _Cache] = {}


def _cache() -> _Cache:
    name = str(connection.settings_dict.get("NAME"))
    if name not in _caches:
        _caches[name] = _Cache()
    return _caches[name]


def forget() -> None:
    """Drop what this process has read (the next reads go to the database)."""
    _caches.clear()


@dataclass
class _Search:
    versions: dict[int, int] | None = None
    terms: dict[Key, Blocks | None] = field(default_factory=dict)


_search: ContextVar[_Search | None] = ContextVar("bitmaps", default=None)


@contextmanager
def one_search() -> Iterator[None]:
    """Scope in which the versions are read once and each token's bitmaps looked up once."""
    token = _search.set(_Search())
    try:
        yield
    finally:
        _search.reset(token)


VERSIONS_SQL = "SELECT block, version FROM search_bitmap_block"
# Values kept by remembered() per process and database, at most.
MEMOS = 20_000


def versions() -> dict[int, int]:
    """The versions of the index's parts, read once per search."""
    search = _search.get() or _Search()
    if search.versions is None:
        with connection.cursor() as cursor:
            cursor.execute(VERSIONS_SQL)
            search.versions = dict(cursor.fetchall())
        _cache().sync(search.versions)
    return search.versions


def use_versions(found: dict[int, int]) -> None:
    """Versions read by the caller (with another question, to save a round trip), for the
    current search."""
    search = _search.get()
    if search is not None:
        search.versions = found
    _cache().sync(found)


def remembered(part: int, key: Hashable, read: Callable[[], T]) -> T:
    """``read()``, kept by this process until ``part`` of the index (a row of
    ``search_bitmap_block``: VOCABULARY, TERMS) gets a new version; read afresh while the part
    has none."""
    version = versions().get(part)
    if version is None:
        return read()
    cache = _cache()
    kept = cache.memos.get((part, key))
    if kept is not None and kept[0] == version:
        return kept[1]
    value = read()
    with cache.lock:
        if len(cache.memos) >= MEMOS:
            cache.memos.clear()
        cache.memos[part, key] = (version, value)
    return value


def changed(blocks: Iterable[int]) -> None:
    """New versions for changed parts (in the writer's transaction): every process's copies of
    them are stale."""
    rows = [(block, random.getrandbits(62)) for block in sorted(set(blocks))]
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_bitmap_block (block, version) VALUES (%s, %s) "
                "ON CONFLICT (block) DO UPDATE SET version = excluded.version",
                rows,
            )


def load(keys: Iterable[Key]) -> dict[Key, Blocks | None]:
    """The blocks of each (scope, term) that has bitmaps, None for one that has not."""
    search = _search.get() or _Search()
    cache = _cache()
    current = versions() if search.versions is None else search.versions
    wanted = [k for k in dict.fromkeys(keys) if k not in search.terms]
    if not wanted:
        return search.terms
    covered = {k: cache.covered.get(k) for k in wanted}
    unknown = [k for k, known in covered.items() if known is None]
    if unknown:
        found = _covered(unknown)
        covered.update(found)
        cache.note_covered(found, current)
    blocks = sorted(b for b in current if b >= 0)
    missing: dict[Key, list[int]] = {}
    for key in wanted:
        if not covered[key]:
            search.terms[key] = None
            continue
        entry = cache.get(key)
        bits, known = entry if entry is not None else ({}, frozenset())
        lacking = [b for b in blocks if b not in known]
        if lacking:
            missing[key] = lacking
        search.terms[key] = bits
    if missing:
        read = _read(missing, blocks)
        for key, lacking in missing.items():
            fresh = {b: bits for b in lacking if (bits := read[key[0], key[1], b])}
            search.terms[key] = {**search.terms[key], **fresh}  # type: ignore[dict-item]
            cache.put(key, fresh, lacking, current)
    return search.terms


def _covered(keys: list[Key]) -> dict[Key, bool]:
    found = dict.fromkeys(keys, False)
    with connection.cursor() as cursor:
        for start in range(0, len(keys), _CHUNK):
            where, params = _where(keys[start : start + _CHUNK])
            cursor.execute(f"SELECT scope, term FROM search_bitmap_term WHERE {where}", params)
            for scope, term in cursor.fetchall():
                found[scope, term] = True
    return found


def _read(missing: dict[Key, list[int]], blocks: list[int]) -> dict[tuple[str, str, int], int]:
    """The bits of the missing blocks (0 where a token has none); a token that lacks every
    block is read whole, one that lacks a few (the newest, after an upload) only those."""
    groups: dict[tuple[int, ...], list[Key]] = defaultdict(list)
    for key, lacking in missing.items():
        groups[() if lacking == blocks else tuple(lacking)].append(key)
    found: dict[tuple[str, str, int], int] = {
        (*key, b): 0 for key, lacking in missing.items() for b in lacking
    }
    with connection.cursor() as cursor:
        for lacking, keys in groups.items():
            for start in range(0, len(keys), _CHUNK):
                where, params = _where(keys[start : start + _CHUNK])
                if lacking:
                    where = f"({where}) AND block IN ({', '.join(['%s'] * len(lacking))})"
                    params += lacking
                cursor.execute(
                    f"SELECT scope, term, block, bits FROM search_bitmap WHERE {where}", params
                )
                for scope, term, block, bits in cursor.fetchall():
                    found[scope, term, block] = decode(bits)
    return found


def _where(keys: list[Key]) -> tuple[str, list]:
    by_scope: dict[str, list[str]] = defaultdict(list)
    for scope, term in keys:
        by_scope[scope].append(term)
    where, params = [], []
    for scope, terms in by_scope.items():
        where.append(f"(scope = %s AND term IN ({', '.join(['%s'] * len(terms))}))")
        params += [scope, *terms]
    return " OR ".join(where), params
