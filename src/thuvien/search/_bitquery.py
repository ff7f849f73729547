"""Answering a tier with bitmaps: its first documents in the engine's order, and its count.

A tier's required parts whose tokens all have bitmaps (see ``_bitmaps``) are ANDed block by
block; the other parts, rarer by definition (a word pair, an uncommon word), are left to the
engine, which lists their documents in its order while the bitmaps keep those that hold the
frequent parts too. The order is the engine's: newest first for the whole document, and for
titles and keywords shortest title first, then newest (the title-length bitmaps, taken from the
shortest). So the ids, their order and the counts are exactly those of the engine alone.

A tier is left to the engine entirely when nothing in it has bitmaps, when it has a page range
the page buckets do not decide (checked on rows), when the last word's prefix is too short or
too common to be a list of words, and for titles and keywords when a token of the tier is rare
(the engine's query, led by that token's short list in a small index, is then the quicker).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import reduce
from itertools import islice
from typing import TYPE_CHECKING

from . import _bitmaps as bitmaps
from ._bitcache import Blocks, load
from ._plan import BODY, HEAD, All, Any, Expr, Tier, Tok
from ._tokens import MAX_TITLE_WORDS, length_token
from ._vocabulary import body_prefix, head_prefix

if TYPE_CHECKING:
    from ._engine import Engine

# The engine's rows read for a tier's rare part before its own query is the better way: it
# does the AND in C and stops early, while each row read here costs Python work.
LISTED_ROWS = 2000  # a prefix's rare words, made into bitmaps
FILTERED_ROWS = 500  # rows filtered by the bitmaps, for a tier's first documents
COUNTED_ROWS = 5000  # rows filtered by the bitmaps, for a count
# An engine that lists a rare part in one query (PostgreSQL) has paid for its rows by then:
# filtering this many in Python costs less than its own query for the first ones or the count
# (at a million documents: 4 ms for 15,000 rows, against 10 to 20 ms).
STREAMED_ROWS = 25_000
# Title lengths whose bitmaps are read at a time (most titles are short).
_LENGTHS_AT_ONCE = 16
_SHORTEST = (HEAD, length_token(0))
_BIT = tuple(1 << i for i in range(8))


class _Bits:
    """A sub-expression answered by bitmaps, block by block."""

    def blocks(self) -> set[int]:  # the blocks that may hold a match
        raise NotImplementedError

    def at(self, block: int) -> int:
        raise NotImplementedError


class _Term(_Bits):
    def __init__(self, blocks: Blocks) -> None:
        self.map = blocks

    def blocks(self) -> set[int]:
        return set(self.map)

    def at(self, block: int) -> int:
        return self.map.get(block, 0)


class _And(_Bits):
    def __init__(self, parts: list[_Bits]) -> None:
        self.parts = parts

    def blocks(self) -> set[int]:
        return set.intersection(*(p.blocks() for p in self.parts))

    def at(self, block: int) -> int:
        bits = -1  # every bit set
        for part in self.parts:
            bits &= part.at(block)
            if not bits:
                break
        return bits


class _Or(_Bits):
    def __init__(self, parts: list[_Bits]) -> None:
        self.parts = parts

    def blocks(self) -> set[int]:
        return set().union(*(p.blocks() for p in self.parts))

    def at(self, block: int) -> int:
        return reduce(lambda a, b: a | b, (p.at(block) for p in self.parts), 0)


class _Broad(Exception):
    """The tier holds a prefix that no short list of whole tokens stands for: the engine
    answers."""


class _TooMany(Exception):
    """The rare part of a tier is not rare enough: the engine answers."""


def _resolve(scope: str, tok: Tok) -> list[str] | None:
    """The whole tokens a token stands for; None when only the engine can tell (a rare
    pair's prefix in the body)."""
    if not tok.prefix:
        return [tok.token]
    if scope == BODY:
        return body_prefix(tok.token)
    words = head_prefix(tok.token)
    if words is None:
        raise _Broad
    return words


def _terms(scope: str, expr: Expr) -> Iterator[str]:
    if isinstance(expr, Tok):
        yield from _resolve(scope, expr) or ()
    else:
        for part in expr.parts:
            yield from _terms(scope, part)


class _Builder:
    """Turns the parts of a tier into bitmaps, reading them once."""

    def __init__(self, engine: Engine, scope: str, exprs: list[Expr]) -> None:
        self.engine = engine
        self.scope = scope
        self.loaded = load((scope, t) for e in exprs for t in _terms(scope, e))

    def build(self, expr: Expr) -> _Bits | None:
        """The expression as bitmaps, or None when a token of it (a rare one) has none."""
        if isinstance(expr, Tok):
            return self._token(expr)
        parts = [self.build(p) for p in expr.parts]
        if isinstance(expr, All):
            if any(p is None for p in parts):
                return None
            return _And(parts)  # type: ignore[arg-type]
        missing = [p for p, bits in zip(expr.parts, parts, strict=True) if bits is None]
        found = [bits for bits in parts if bits is not None]
        if not found:
            return None
        if missing:  # rare alternatives: their few documents, listed by the engine
            found.append(self._listed(Any(tuple(missing))))
        return _Or(found)

    def _token(self, tok: Tok) -> _Bits | None:
        terms = _resolve(self.scope, tok)
        if terms is None:
            return None
        found = [self.loaded.get((self.scope, t)) for t in terms]
        if len(terms) == 1:
            return None if found[0] is None else _Term(found[0])
        parts: list[_Bits] = [_Term(blocks) for blocks in found if blocks is not None]
        if not parts:
            return None
        rare = [Tok(t) for t, blocks in zip(terms, found, strict=True) if blocks is None]
        if rare:  # a prefix's rare words: their few documents, listed by the engine
            parts.append(self._listed(rare[0] if len(rare) == 1 else Any(tuple(rare))))
        return _Or(parts)

    def _listed(self, expr: Expr) -> _Bits:
        tier = Tier("listed", self.scope, expr)
        with _closing(self.engine.stream(tier)) as ids:
            found = list(islice(ids, LISTED_ROWS + 1))
        if len(found) > LISTED_ROWS:
            raise _Broad
        return _Term(bitmaps.from_ids(sorted(found)))


@dataclass
class TierQuery:
    """A tier split into what the bitmaps answer and what the engine must list."""

    scope: str
    frequent: _Bits
    rare: Expr | None  # the engine lists its matches, in its order
    excluded_bits: _Bits | None  # exclusions hold on the whole document
    excluded: Expr | None  # exclusions without bitmaps, applied by the engine

    def mask(self, block: int) -> int:
        bits = self.frequent.at(block)
        if bits and self.excluded_bits is not None:
            bits &= ~self.excluded_bits.at(block)
        return bits


def prefetch(tiers: Iterable[Tier]) -> None:
    """Read the bitmaps a search's tiers may need in one query."""
    keys: list[tuple[str, str]] = []
    for tier in tiers:
        parts = [(tier.index, tier.expr)]
        if tier.excluded is not None:
            parts.append((BODY, tier.excluded))
        try:
            keys += [(scope, t) for scope, expr in parts for t in _terms(scope, expr)]
        except _Broad:
            continue
        if tier.index == HEAD:
            keys += [(HEAD, length_token(n)) for n in range(_LENGTHS_AT_ONCE)]
    load(keys)


def tier_query(engine: Engine, tier: Tier, page_range=None) -> TierQuery | None:
    """How bitmaps answer a tier; None when the engine answers it alone."""
    if page_range is not None:
        return None
    if tier.index == HEAD and load([_SHORTEST])[_SHORTEST] is None:
        return None  # no title-length bitmaps yet: no head order
    parts = list(tier.expr.parts) if isinstance(tier.expr, All) else [tier.expr]
    frequent: list[_Bits] = []
    rare: list[Expr] = []
    try:
        builder = _Builder(engine, tier.index, parts)
        excluded = None
        if tier.excluded is not None:
            excluded = _Builder(engine, BODY, [tier.excluded]).build(tier.excluded)
        for part in parts:
            bits = builder.build(part)
            if bits is None:
                rare.append(part)
            else:
                frequent.append(bits)
    except _Broad:
        return None
    if not frequent or (rare and tier.index == HEAD):
        # Titles and keywords with a rare token: the engine's query, led by that token's short
        # list, is the quicker one (the head index is small).
        return None
    return TierQuery(
        scope=tier.index,
        frequent=frequent[0] if len(frequent) == 1 else _And(frequent),
        rare=(rare[0] if len(rare) == 1 else All(tuple(rare))) if rare else None,
        excluded_bits=excluded,
        excluded=tier.excluded if excluded is None else None,
    )


def _descending(bits: int, base: int) -> Iterator[int]:
    """The ids of the set bits, highest first (one big-integer step per 64-bit word)."""
    while bits:
        start = (bits.bit_length() - 1) & ~63
        word = bits >> start
        bits ^= word << start
        while word:
            top = word.bit_length() - 1
            word ^= 1 << top
            yield base + start + top


def matches(engine: Engine, query: TierQuery, rows: int | None = None) -> Iterator[int]:
    """The tier's documents in the engine's order; at most ``rows`` rows of the rare part are
    read (then ``_TooMany``)."""
    if query.rare is not None:
        yield from _filtered(engine, query, rows)
        return
    skip: set[int] = set()
    if query.excluded is not None:
        with _closing(engine.stream(Tier("excluded", BODY, query.excluded))) as excluded:
            skip = set(excluded)
    masks = {b: m for b in sorted(query.frequent.blocks(), reverse=True) if (m := query.mask(b))}
    ordered = _by_length(masks) if query.scope == HEAD else _by_block(masks)
    for doc_id in ordered:
        if doc_id not in skip:
            yield doc_id


def _by_block(masks: dict[int, int]) -> Iterator[int]:
    for block, bits in masks.items():
        yield from _descending(bits, block << bitmaps.SHIFT)


def _by_length(masks: dict[int, int]) -> Iterator[int]:
    """Shortest title first, then newest: the head index's order."""
    for length in range(MAX_TITLE_WORDS + 1):
        if not masks:
            return
        if length % _LENGTHS_AT_ONCE == 0:  # read the next few lengths' bitmaps together
            upto = min(length + _LENGTHS_AT_ONCE, MAX_TITLE_WORDS + 1)
            loaded = load((HEAD, length_token(n)) for n in range(length, upto))
        titles = loaded[HEAD, length_token(length)] or {}
        for block in list(masks):
            found = masks[block] & titles.get(block, 0)
            if found:
                yield from _descending(found, block << bitmaps.SHIFT)
                rest = masks[block] ^ found
                if rest:
                    masks[block] = rest
                else:
                    del masks[block]


def _filtered(engine: Engine, query: TierQuery, rows: int | None) -> Iterator[int]:
    masks: dict[int, bytes] = {}
    shift, offsets, size = bitmaps.SHIFT, bitmaps.OFFSET, bitmaps.BLOCK_BYTES
    tier = Tier("rare", query.scope, query.rare, query.excluded)  # type: ignore[arg-type]
    with _closing(engine.stream(tier)) as listed:
        for number, doc_id in enumerate(listed):
            if rows is not None and number >= rows:
                raise _TooMany
            block = doc_id >> shift
            bits = masks.get(block)
            if bits is None:
                bits = masks[block] = query.mask(block).to_bytes(size, "little")
            offset = doc_id & offsets
            if bits[offset >> 3] & _BIT[offset & 7]:
                yield doc_id


def first_ids(engine: Engine, query: TierQuery, limit: int) -> list[int] | None:
    """The tier's first ``limit`` documents; None when the engine finds them sooner."""
    try:
        with _closing(matches(engine, query, _rows(engine, FILTERED_ROWS))) as found:
            return list(islice(found, limit))
    except _TooMany:
        return None


def count(engine: Engine, query: TierQuery, bound: int) -> int | None:
    """How many documents match, counting no further than ``bound``; None when the engine
    counts them sooner."""
    if query.rare is None and query.excluded is None:
        total = 0
        for block in query.frequent.blocks():
            total += query.mask(block).bit_count()
            if total >= bound:
                return bound
        return total
    try:
        with _closing(matches(engine, query, _rows(engine, COUNTED_ROWS))) as found:
            return sum(1 for _ in islice(found, bound))
    except _TooMany:
        return None


def _rows(engine: Engine, rows: int) -> int:
    return max(rows, STREAMED_ROWS) if engine.streams_whole else rows


@contextmanager
def _closing(generator: Iterator[int]) -> Iterator[Iterator[int]]:
    """Close a generator that holds an open cursor as soon as enough was read."""
    try:
        yield generator
    finally:
        generator.close()  # type: ignore[attr-defined]
