"""The scaled-out engine: PostgreSQL full-text search over the same tokens.

The tokens of :mod:`._tokens` are stored as ``tsvector`` lexemes with ``array_to_tsvector``
(no parser, no dictionary: exactly the tokens given) in three tables with GIN indexes, in the
same database and transaction as the documents. Queries are built as ``tsquery`` text from
quoted tokens only. Title/keyword tiers are walked in the static key's order as on SQLite;
whole-document tiers take their candidates in the GIN index's order, so that no large
tsvector is ever read to answer a query.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from django.db import DatabaseError, connection, transaction

from . import _bitcache as bitcache
from . import _bitmaps as bitmaps
from ._documents import ID_MASK, IndexedDocument, document_id_of
from ._engine import Engine, PhraseRow, page_clauses
from ._plan import BODY, All, Expr, Tier, Tok, loose_expr
from ._query import ParsedQuery
from ._tokens import phrase_tokens
from ._vocabulary import add_terms, body_prefix, head_prefix

_state = threading.local()

# Planner switches: use the GIN index and a bitmap, or walk the order key's b-tree.
BITMAP = {"seqscan": False, "indexscan": False, "bitmapscan": True}
ORDERED = {"seqscan": False, "indexscan": True, "bitmapscan": False}
_GIN = ("search_pg_head", "search_pg_body", "search_pg_phrase")
# From this many matches on, walking the order key finds the first ones sooner than sorting
# (at least; see _head_cap).
_DENSE_HEAD = 1000
# Walking the order key to the first ``limit`` of ``matches`` reads about limit * rows /
# matches rows; fetching every match through the GIN index reads ``matches`` rows, each a bit
# cheaper (at a million documents: 1.0 against 1.5 microseconds). Fetching all is the cheaper
# while matches stay under about this factor times sqrt(limit * rows).
_FETCH_ALL_FACTOR = 1.2
_DENSE_BODY = 10_001
# Which body tokens are frequent is read from about this many documents (a scan of every
# tsvector took 7 minutes at a million, the sample 71 s). A token at the bitmaps' threshold
# (5,000 of a million) is then expected 500 times in the sample, give or take 22; those seen
# SAMPLE_MARGIN times as often as that are candidates, whose postings then tell. (With 0.6,
# 26,000 candidates at a million documents for 16,900 tokens at the threshold.)
SAMPLE_DOCUMENTS = 100_000
SAMPLE_MARGIN = 0.8


# Tokens go over as one string (they never hold a space): psycopg quotes a list in Python, one
# element at a time (3.8 ms for 3,000 tokens, against 0.4 ms as one string). Sorting them is
# left to array_to_tsvector, which does it in C.
_TOKENS = "array_to_tsvector(string_to_array(%s, ' '))"


def _joined(tokens: Iterable[str]) -> str:
    return " ".join(set(tokens))


def _switch(switches: dict[str, bool]) -> str:
    # For the session, not the transaction: a search runs no transaction of its own, and
    # ``reading`` puts every switch back when it ends.
    settings = ", ".join(
        f"set_config('{name if name == 'jit' else 'enable_' + name}', "
        f"'{'on' if on else 'off'}', false)"
        for name, on in switches.items()
    )
    return f"SELECT {settings}"


def _plan_for(cursor, mode: dict[str, bool]) -> None:
    """Set the planner switches of ``mode`` (inside ``reading``, which puts them back)."""
    if getattr(_state, "mode", None) is not mode:
        # JIT would compile every plan the switched-off methods make look costly.
        cursor.execute(_switch({**mode, "jit": False}))
        _state.mode = mode


def _head_cap(limit: int) -> int:
    """How many matches of a title/keyword tier are fetched whole before walking the order
    key instead: a token a few documents in a thousand hold is cheap to fetch at 100,000
    documents and costly to walk to at a million."""
    return max(_DENSE_HEAD, int(_FETCH_ALL_FACTOR * math.sqrt(limit * _library_rows())))


def _library_rows() -> int:
    """About how many documents are indexed: the bitmaps' blocks cover every id (known to the
    search already; 0 while the library has no bitmaps)."""
    blocks = [block for block in bitcache.versions() if block >= 0]
    return (max(blocks) + 1) * bitmaps.BLOCK if blocks else 0


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def compile_tsquery(expr: Expr, index: str = "head") -> str:
    """The expression as ``tsquery`` text: quoted lexemes, ``&``, ``|``, ``:*``."""
    if isinstance(expr, Tok):
        if expr.prefix:
            # Whole lexemes instead of a range of them: GIN looks up a few keys.
            words = body_prefix(expr.token) if index == BODY else head_prefix(expr.token)
            if words is not None:
                lexemes = [_lexeme(w) for w in words]
                return lexemes[0] if len(lexemes) == 1 else "(" + " | ".join(lexemes) + ")"
        return _lexeme(expr.token) + (":*" if expr.prefix else "")
    parts = [compile_tsquery(p, index) for p in expr.parts]
    if not parts:
        return _lexeme("_none")
    if len(parts) == 1:
        return parts[0]
    return "(" + (" & " if isinstance(expr, All) else " | ").join(parts) + ")"


def _build_gin(table: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '256MB'")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {table}_tokens ON {table} USING gin (tokens)")
        cursor.execute("RESET maintenance_work_mem")


def _build_gin_apart(table: str) -> None:
    """:func:`_build_gin` in this thread's own connection, closed after."""
    try:
        _build_gin(table)
    finally:
        connection.close()


class PostgresEngine(Engine):
    name = "postgres"
    parallel_writes = True
    streams_whole = True

    @contextmanager
    def reading(self) -> Iterator[None]:
        """The queries of a search, planned for the GIN index.

        The planner cannot know that reading a document's tsvector is costly (it is stored
        apart, compressed), so a search tells it to use the GIN index and bitmaps, except for
        the queries that walk an order key on purpose. The switches are set by the first query
        that needs them (a search the bitmaps answer needs none) and put back at the end.
        """
        if getattr(_state, "reading", False):
            yield
            return
        _state.reading, _state.mode, _state.rows = True, None, {}
        try:
            yield
        finally:
            switched = _state.mode is not None
            _state.reading, _state.mode, _state.rows = False, None, {}
            if switched:
                try:
                    with connection.cursor() as cursor:
                        cursor.execute(_switch(dict.fromkeys([*BITMAP, "jit"], True)))
                except DatabaseError:
                    # A failed transaction: rolling it back undoes the switches with it.
                    pass

    def write(
        self,
        documents: Sequence[IndexedDocument],
        previous: Mapping[int, IndexedDocument] | None = None,
    ) -> None:
        replaced = list((previous or {}).values())
        self._delete_rows(replaced)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO search_pg_head (order_key, tokens) VALUES (%s, {_TOKENS})",
                [(d.order_key, _joined(d.head_tokens)) for d in documents],
            )
            cursor.executemany(
                f"INSERT INTO search_pg_body (document_id, tokens) VALUES (%s, {_TOKENS})",
                [(d.document_id, _joined(d.body_tokens)) for d in documents],
            )
        bitmaps.update(documents, replaced)
        add_terms(w for d in documents for w in d.head_words())

    def remove(self, previous: Sequence[IndexedDocument]) -> None:
        self._delete_rows(previous)
        bitmaps.update(removed=previous)

    def _delete_rows(self, previous: Sequence[IndexedDocument]) -> None:
        if not previous:
            return
        with connection.cursor() as cursor:
            cursor.execute(
                "DELETE FROM search_pg_head WHERE order_key = ANY(%s)",
                [[d.order_key for d in previous]],
            )
            cursor.execute(
                "DELETE FROM search_pg_body WHERE document_id = ANY(%s)",
                [[d.document_id for d in previous]],
            )

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE search_pg_head, search_pg_body, search_pg_phrase, search_term")
        bitmaps.clear()

    def write_phrases(self, phrases: Sequence[PhraseRow], previous: Sequence[PhraseRow]) -> None:
        with connection.cursor() as cursor:
            if previous:
                cursor.execute(
                    "DELETE FROM search_pg_phrase WHERE order_key = ANY(%s)",
                    [[key for _, key, _ in previous]],
                )
            cursor.executemany(
                f"INSERT INTO search_pg_phrase (order_key, tokens) VALUES (%s, {_TOKENS})",
                [(key, _joined(phrase_tokens(text))) for _, key, text in phrases],
            )
        add_terms(t for _, _, text in phrases for t in phrase_tokens(text) if t[0] != "_")

    @contextmanager
    def bulk_loading(self) -> Iterator[None]:
        """A fresh rebuild: build the GIN indexes once at the end instead of row by row."""
        with connection.cursor() as cursor:
            for table in _GIN:
                cursor.execute(f"DROP INDEX IF EXISTS {table}_tokens")
        try:
            yield
        finally:
            if connection.in_atomic_block:  # other connections would not see the rows
                for table in _GIN:
                    _build_gin(table)
            else:
                # One connection per index: PostgreSQL builds a GIN index in one process, and
                # the big one (the texts') takes most of the time.
                with ThreadPoolExecutor(len(_GIN)) as pool:
                    list(pool.map(_build_gin_apart, _GIN))

    def optimize(self) -> None:
        """Give bitmaps to the tokens most documents hold; refresh the planner's statistics."""
        with transaction.atomic():
            bitmaps.refresh(self)
        with connection.cursor() as cursor:
            for table in (*_GIN, "search_bitmap", "search_bitmap_term"):
                cursor.execute(f"ANALYZE {table}")

    # --- reading ---

    def _tier_sql(self, tier: Tier, page_range, newest: bool, ordered: bool = True):
        params: list = []
        if tier.index == BODY:
            query = compile_tsquery(tier.expr, BODY)
            if tier.excluded is not None:
                query = f"({query}) & !({compile_tsquery(tier.excluded, BODY)})"
            sql = "SELECT b.document_id FROM search_pg_body b"
            where = ["b.tokens @@ %s::tsquery"]
            params.append(query)
            if page_range is not None:
                sql += " JOIN search_entry e ON e.document_id = b.document_id"
                where += page_clauses(page_range, params)
            order = " ORDER BY b.document_id DESC" if ordered else ""
            return f"{sql} WHERE {' AND '.join(where)}{order}", params
        sql = "SELECT h.order_key FROM search_pg_head h"
        where = ["h.tokens @@ %s::tsquery"]
        params.append(compile_tsquery(tier.expr))
        if page_range is not None:
            sql += " JOIN search_entry e ON e.order_key = h.order_key"
            where += page_clauses(page_range, params)
        if tier.excluded is not None:
            where.append(
                f"({ID_MASK} - (h.order_key & {ID_MASK})) NOT IN "
                "(SELECT document_id FROM search_pg_body WHERE tokens @@ %s::tsquery)"
            )
            params.append(compile_tsquery(tier.excluded))
        order = " ORDER BY h.order_key" if ordered else ""
        _ = newest  # the head index has one order only
        return f"{sql} WHERE {' AND '.join(where)}{order}", params

    def index_tier_ids(self, tier: Tier, limit: int, *, page_range=None, newest=False) -> list[int]:
        with self.reading():
            keys = self._tier_keys(tier, limit, page_range, newest)
        if tier.index == BODY:
            return keys
        return [document_id_of(k) for k in keys]

    def _tier_keys(self, tier: Tier, limit: int, page_range, newest: bool) -> list[int]:
        sql, params = self._tier_sql(tier, page_range, newest, ordered=False)
        if tier.index == BODY and not newest:
            # Any stable order will do for candidates: the first matches of the GIN index.
            return [r[0] for r in self._fetch(sql + " LIMIT %s", [*params, limit])]
        # Few matches: take them all and sort here. Many: walk the order key, stop early.
        cap = max(limit, _DENSE_BODY if tier.index == BODY else _head_cap(limit))
        keys = [r[0] for r in self._fetch(sql + " LIMIT %s", [*params, cap])]
        if len(keys) < cap:
            return sorted(keys, reverse=tier.index == BODY)[:limit]
        sql, params = self._tier_sql(tier, page_range, newest)
        return [r[0] for r in self._fetch(sql + " LIMIT %s", [*params, limit], ordered=True)]

    def index_count(self, tier: Tier, bound: int, *, page_range=None) -> int:
        sql, params = self._tier_sql(tier, page_range, newest=False, ordered=False)
        with self.reading():
            rows = self._fetch(
                f"SELECT count(*) FROM ({sql} LIMIT %s) AS matches", [*params, bound]
            )
        return rows[0][0]

    def _fetch(self, sql: str, params: list, *, ordered: bool = False) -> list[tuple]:
        """Rows of a query planned for the GIN index, or for the order key (``ordered``)."""
        if not getattr(_state, "reading", False):
            with self.reading():
                return self._fetch(sql, params, ordered=ordered)
        # The tiers of one search often ask the same question (a rare word's documents, say):
        # it is asked once.
        key = (sql, ordered, *params)
        rows = _state.rows.get(key)
        if rows is not None:
            return rows
        with connection.cursor() as cursor:
            _plan_for(cursor, ORDERED if ordered else BITMAP)
            cursor.execute(sql, params)
            rows = _state.rows[key] = cursor.fetchall()
            return rows

    def stream(self, tier: Tier) -> Iterator[int]:
        sql, params = self._tier_sql(tier, None, newest=False)
        with self.reading():
            rows = self._fetch(sql, params)  # the rare tokens' few matches, sorted here
        head = tier.index != BODY
        for row in rows:
            yield document_id_of(row[0]) if head else row[0]

    def frequent_tokens(self, index: str, min_documents: int) -> Iterable[str]:
        table = "search_pg_body" if index == BODY else "search_pg_head"
        sample = ""
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL work_mem = '256MB'")
            if index == BODY:
                cursor.execute(f"SELECT count(*) FROM {table}")
                share = SAMPLE_DOCUMENTS / max(1, cursor.fetchone()[0])
                if share < 1:  # pages taken at random, the same ones each time
                    sample = f"TABLESAMPLE SYSTEM ({share * 100:.6f}) REPEATABLE (1)"
                    min_documents = max(1, math.floor(min_documents * share * SAMPLE_MARGIN))
            cursor.execute(
                f"SELECT u.lexeme FROM {table} b {sample}, unnest(b.tokens) u "
                "GROUP BY u.lexeme HAVING count(*) >= %s",
                [min_documents],
            )
            return [row[0] for row in cursor.fetchall()]

    def body_postings(self, tokens: Sequence[str]) -> Iterator[list[tuple[str, list[int]]]]:
        # Each token's documents through the GIN index: its matches in the narrow heap, no
        # tsvector read. A pass over the rows unnesting every tsvector instead took 3 minutes
        # or more per 65,536 documents at a million; this takes about a second for a token
        # nearly every document holds.
        if not tokens:
            return
        with self.reading(), connection.cursor() as cursor:
            _plan_for(cursor, BITMAP)
            for token in tokens:
                cursor.execute(
                    "SELECT document_id FROM search_pg_body WHERE tokens @@ %s::tsquery "
                    "ORDER BY document_id",
                    [_lexeme(token)],
                )
                yield [(token, [row[0] for row in cursor.fetchall()])]

    def explain(self, tier: Tier) -> list[str]:
        sql, params = self._tier_sql(tier, None, newest=False)
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql + " LIMIT 20", params)
            return [row[0] for row in cursor.fetchall()]

    def phrase_ids(self, query: ParsedQuery, limit: int) -> list[int]:
        if query.empty:
            return []
        rows = self._fetch(
            "SELECT order_key FROM search_pg_phrase WHERE tokens @@ %s::tsquery "
            "ORDER BY order_key LIMIT %s",
            [compile_tsquery(loose_expr(query), "phrase"), limit],
        )
        return [document_id_of(r[0]) for r in rows]

    def related_candidates(self, tokens: Sequence[str], per_token: int) -> dict[str, list[int]]:
        if not tokens:
            return {}
        parts, params = [], []
        for number, token in enumerate(tokens):
            parts.append(
                f"(SELECT {number} AS k, order_key FROM search_pg_head "
                "WHERE tokens @@ %s::tsquery LIMIT %s)"
            )
            params += [_lexeme(token), per_token]
        out: dict[str, list[int]] = {t: [] for t in tokens}
        with self.reading():
            rows = self._fetch(" UNION ALL ".join(parts), params)
        for number, key in rows:
            out[tokens[number]].append(document_id_of(key))
        return out

    def indexed_ids(self, after: int, limit: int) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT document_id FROM search_pg_body WHERE document_id > %s "
                "ORDER BY document_id LIMIT %s",
                [after, limit],
            )
            return [r[0] for r in cursor.fetchall()]
