"""The words of titles, keywords and phrases (``search_term``), for the last word's prefix.

Both engines keep the table beside their own: a prefix ("nguye") is looked up as a range of
known words, so the engine walks a few whole words lazily instead of building the merged list
of every word that starts with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection

from . import _bitcache as bitcache
from ._tokens import PREFIX_LENGTHS, pair, prefix_token

MAX_EXPANSIONS = 64
_TOP = "\U0010ffff"  # sorts after every other character


def add_terms(terms: Iterable[str]) -> None:
    """Remember words for prefix completion (a word never goes: a stale one costs nothing)."""
    rows = [(t,) for t in sorted(set(terms))]
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_term (term) VALUES (%s) ON CONFLICT DO NOTHING", rows
            )
            added = cursor.rowcount  # (the sum over the rows)
        if added > 0:
            # What processes remember of expand() is stale. Only then: the version row is
            # locked until the writer commits, and writers side by side would take turns.
            bitcache.changed([bitcache.TERMS])


# Within one search the same prefix is expanded for several tiers: remember it meanwhile.
_expansions: ContextVar[dict[str, list[str]] | None] = ContextVar("expansions", default=None)


@contextmanager
def one_search() -> Iterator[None]:
    """Scope in which prefix expansions are looked up once."""
    token = _expansions.set({})
    try:
        yield
    finally:
        _expansions.reset(token)


def expand(prefix: str) -> list[str]:
    """Known words starting with ``prefix``, at most MAX_EXPANSIONS + 1, in order."""
    memo = _expansions.get()
    if memo is not None and prefix in memo:
        return memo[prefix]
    found = bitcache.remembered(bitcache.TERMS, prefix, lambda: _known_words(prefix))
    if memo is not None:
        memo[prefix] = found
    return found


def _known_words(prefix: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT term FROM search_term WHERE term >= %s AND term < %s ORDER BY term LIMIT %s",
            [prefix, prefix + _TOP, MAX_EXPANSIONS + 1],
        )
        return [row[0] for row in cursor.fetchall()]


def body_prefix(token: str) -> list[str] | None:
    """How the body matches a last word typed as a prefix: the words to OR, or None for the
    engine's own prefix search.

    A word that is itself known is taken whole: "là" stays "là" rather than "là" or "làm" or
    "lành"..., which on the long texts would match nearly everything at a high cost. An
    unfinished word ("nguye") becomes the few known words it starts. A pair ending in a known
    word is taken whole too; one ending in an unfinished word is left to the engine.
    """
    if token.startswith("_"):
        last = token.rsplit("_", 1)[-1]
        return [token] if last and expand(last)[:1] == [last] else None
    known = expand(token)
    if known and known[0] == token:
        return [token]
    return known[:MAX_EXPANSIONS] or [token]


def head_prefix(token: str) -> list[str] | None:
    """How titles and keywords match a last word typed as a prefix: the tokens to OR, or None
    for the engine's own prefix search (too many words start with it).

    A short prefix is one token of its own ("__qua"); a longer one, the few known words it
    starts; a pair whose second word is unfinished, the pairs of the first word with each of
    those words.
    """
    if token.startswith("_"):
        first, _, last = token[1:].partition("_")
        words = expand(last) if last else []
        if not words or len(words) > MAX_EXPANSIONS:
            return None
        return [pair(first, w) for w in words]
    if len(token) in PREFIX_LENGTHS:
        return [prefix_token(token)]
    words = expand(token) if len(token) > max(PREFIX_LENGTHS) else []
    if not words or len(words) > MAX_EXPANSIONS:
        return None
    return words
