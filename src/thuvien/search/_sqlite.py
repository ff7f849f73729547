"""The embedded engine: SQLite FTS5 tables inside the site's own database.

Three contentless FTS5 tables hold the tokens of :mod:`._tokens` (``detail=none``: no
positions, since word pairs answer adjacency):

* ``search_head``: title and keywords, rowid = the entry's ``order_key`` (shortest title
  first), with prefix indexes for the first three letters of a word;
* ``search_body``: every field, rowid = the document id (newest last);
* ``search_phrase``: keyword phrases for suggestions.

``search_term`` lists the words of titles and keywords, so that a longer prefix ("nguye") is
expanded into the few words it starts, which FTS5 then walks lazily, instead of FTS5 building
the full merged list of every match. Being tables of the same database, they change in the
same transaction as the documents. Queries stop early: ``ORDER BY rowid LIMIT n``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from django.db import connection, transaction

from . import _bitmaps as bitmaps
from ._documents import ID_MASK, IndexedDocument, document_id_of
from ._engine import Engine, PhraseRow, page_clauses
from ._plan import BODY, All, Expr, Tier, Tok, loose_expr
from ._query import ParsedQuery
from ._tokens import index_text, phrase_tokens
from ._vocabulary import MAX_EXPANSIONS, add_terms, body_prefix, expand

# Prefixes up to this length use FTS5's own prefix index; longer ones are expanded.
_INDEXED_PREFIX = 3


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


class SqliteEngine(Engine):
    name = "embedded"

    # --- writing ---

    def write(
        self,
        documents: Sequence[IndexedDocument],
        previous: Mapping[int, IndexedDocument] | None = None,
    ) -> None:
        replaced = list((previous or {}).values())
        self._delete_rows(replaced)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_head(rowid, tokens) VALUES (%s, %s)",
                [(d.order_key, index_text(d.head_tokens)) for d in documents],
            )
            cursor.executemany(
                "INSERT INTO search_body(rowid, tokens) VALUES (%s, %s)",
                [(d.document_id, index_text(d.body_tokens)) for d in documents],
            )
        bitmaps.update(documents, replaced)
        add_terms(w for d in documents for w in d.head_words())

    def remove(self, previous: Sequence[IndexedDocument]) -> None:
        self._delete_rows(previous)
        bitmaps.update(removed=previous)

    def _delete_rows(self, previous: Sequence[IndexedDocument]) -> None:
        # Contentless tables forget a row only when given the very tokens it was made of.
        if not previous:
            return
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_head(search_head, rowid, tokens) VALUES ('delete', %s, %s)",
                [(d.order_key, index_text(d.head_tokens)) for d in previous],
            )
            cursor.executemany(
                "INSERT INTO search_body(search_body, rowid, tokens) VALUES ('delete', %s, %s)",
                [(d.document_id, index_text(d.body_tokens)) for d in previous],
            )

    def clear(self) -> None:
        with connection.cursor() as cursor:
            for table in ("search_head", "search_body", "search_phrase"):
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
            cursor.execute("DELETE FROM search_term")
        bitmaps.clear()

    def write_phrases(self, phrases: Sequence[PhraseRow], previous: Sequence[PhraseRow]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_phrase(search_phrase, rowid, tokens) VALUES ('delete', %s, %s)",
                [(key, _phrase_tokens(text)) for _, key, text in previous],
            )
            cursor.executemany(
                "INSERT INTO search_phrase(rowid, tokens) VALUES (%s, %s)",
                [(key, _phrase_tokens(text)) for _, key, text in phrases],
            )
        add_terms(t for _, _, text in phrases for t in _phrase_words(text))

    def optimize(self) -> None:
        """After a rebuild: merge the index segments into one, give bitmaps to the tokens most
        documents hold, and refresh the planner's statistics (without them SQLite takes
        "status = ..." for a selective condition)."""
        with connection.cursor() as cursor:
            for table in ("search_head", "search_body", "search_phrase"):
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        with transaction.atomic():
            bitmaps.refresh(self)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    # --- reading ---

    def index_tier_ids(self, tier: Tier, limit: int, *, page_range=None, newest=False) -> list[int]:
        sql, params = self._tier_sql(tier, page_range, newest)
        with connection.cursor() as cursor:
            cursor.execute(sql + " LIMIT %s", [*params, limit])
            rows = cursor.fetchall()
        if tier.index == BODY:
            return [r[0] for r in rows]
        return [document_id_of(r[0]) for r in rows]

    def index_count(self, tier: Tier, bound: int, *, page_range=None) -> int:
        sql, params = self._tier_sql(tier, page_range, newest=False, ordered=False)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT %s)", [*params, bound])
            return cursor.fetchone()[0]

    def stream(self, tier: Tier) -> Iterator[int]:
        sql, params = self._tier_sql(tier, None, newest=False)
        head = tier.index != BODY
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(256):
                for row in rows:
                    yield document_id_of(row[0]) if head else row[0]

    def frequent_tokens(self, index: str, min_documents: int) -> Iterable[str]:
        table = "search_body" if index == BODY else "search_head"
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_vocabulary "
                f"USING fts5vocab(main, {table}, row)"
            )
            cursor.execute(
                f"SELECT term FROM temp.{table}_vocabulary WHERE doc >= %s", [min_documents]
            )
            return [row[0] for row in cursor.fetchall()]

    def body_postings(self, tokens: Sequence[str]) -> Iterator[list[tuple[str, list[int]]]]:
        with connection.cursor() as cursor:
            for token in tokens:
                cursor.execute(
                    "SELECT rowid FROM search_body WHERE search_body MATCH %s ORDER BY rowid",
                    [_quote(token)],
                )
                yield [(token, [row[0] for row in cursor.fetchall()])]

    def explain(self, tier: Tier) -> list[str]:
        sql, params = self._tier_sql(tier, None, newest=False)
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql + " LIMIT 20", params)
            return [row[-1] for row in cursor.fetchall()]

    def _tier_sql(
        self, tier: Tier, page_range, newest: bool, ordered: bool = True
    ) -> tuple[str, list]:
        if tier.index == BODY:
            match = self._compile(tier.expr, BODY)
            if tier.excluded is not None:
                match = f"{match} NOT {self._compile(tier.excluded, BODY)}"
            sql = "SELECT b.rowid AS k FROM search_body b"
            where, params = ["search_body MATCH %s"], [match]
            if page_range is not None:
                sql += " JOIN search_entry e ON e.document_id = b.rowid"
                where += page_clauses(page_range, params)
            order = " ORDER BY b.rowid DESC" if ordered else ""
            return f"{sql} WHERE {' AND '.join(where)}{order}", params
        sql = "SELECT h.rowid AS k FROM search_head h"
        where, params = ["search_head MATCH %s"], [self._compile(tier.expr, "head")]
        if page_range is not None:
            sql += " JOIN search_entry e ON e.order_key = h.rowid"
            where += page_clauses(page_range, params)
        if tier.excluded is not None:
            where.append(
                f"({ID_MASK} - (h.rowid & {ID_MASK})) NOT IN "
                "(SELECT rowid FROM search_body WHERE search_body MATCH %s)"
            )
            params.append(self._compile(tier.excluded, BODY))
        order = " ORDER BY h.rowid" if ordered else ""
        _ = newest  # the head index has one order only
        return f"{sql} WHERE {' AND '.join(where)}{order}", params

    def _compile(self, expr: Expr, index: str) -> str:
        """The expression in FTS5 query syntax; every token quoted, nothing else passes."""
        if isinstance(expr, Tok):
            if not expr.prefix:
                return _quote(expr.token)
            if index == BODY:
                words = body_prefix(expr.token)
                if words is None:
                    return _quote(expr.token) + "*"
                return _join(" OR ", [_quote(w) for w in words])
            if expr.token.startswith("_") or len(expr.token) <= _INDEXED_PREFIX:
                return _quote(expr.token) + "*"  # a pair, or what the prefix index answers
            words = expand(expr.token)
            if not words or len(words) > MAX_EXPANSIONS:
                return _quote(expr.token) + "*"
            return _join(" OR ", [_quote(w) for w in words])
        parts = [self._compile(p, index) for p in expr.parts]
        if not parts:
            return '"_none"'
        return _join(" AND " if isinstance(expr, All) else " OR ", parts)

    def phrase_ids(self, query: ParsedQuery, limit: int) -> list[int]:
        if query.empty:
            return []
        match = self._compile(loose_expr(query), "phrase")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM search_phrase WHERE search_phrase MATCH %s "
                "ORDER BY rowid LIMIT %s",
                [match, limit],
            )
            return [document_id_of(r[0]) for r in cursor.fetchall()]

    def related_candidates(self, tokens: Sequence[str], per_token: int) -> dict[str, list[int]]:
        if not tokens:
            return {}
        parts, params = [], []
        for number, token in enumerate(tokens):
            parts.append(
                f"SELECT {number} AS k, rowid FROM (SELECT rowid FROM search_head "
                "WHERE search_head MATCH %s ORDER BY rowid LIMIT %s)"
            )
            params += [_quote(token), per_token]
        out: dict[str, list[int]] = {t: [] for t in tokens}
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for number, key in cursor.fetchall():
                out[tokens[number]].append(document_id_of(key))
        return out

    def indexed_ids(self, after: int, limit: int) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id FROM search_body_docsize WHERE id > %s ORDER BY id LIMIT %s",
                [after, limit],
            )
            return [r[0] for r in cursor.fetchall()]

    def integrity_errors(self) -> list[str]:
        errors: list[str] = []
        with connection.cursor() as cursor:
            for table in ("search_head", "search_body", "search_phrase"):
                try:
                    cursor.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
                except Exception as error:  # the database reports corruption as an error
                    errors.append(f"{table}: {error}")
        return errors


def _join(operator: str, parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + operator.join(parts) + ")"


def _phrase_words(text: str) -> set[str]:
    return {t for t in phrase_tokens(text) if not t.startswith("_")}


def _phrase_tokens(text: str) -> str:
    return index_text(phrase_tokens(text))
