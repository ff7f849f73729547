"""From a parsed query and filters to the tiers both engines run, in an engine-neutral form.

Ranking every match is what makes full-text search slow on Vietnamese, whose syllables occur in
most documents. Instead the results come in **tiers**, each a cheap query that the engine walks
in a fixed order and stops early:

1. head-exact-adjacent: title or keywords hold the words as typed, side by side;
2. body-exact-adjacent: the document (title, keywords, description, text) holds them as typed,
   side by side (folded pairs plus exact words: the body keeps no exact pairs);
3. head-exact: title or keywords hold every word as typed;
4. body-exact: the document holds every word as typed;
5. head-adjacent, 6. body-adjacent: the same, folded, side by side;
7. head, 8. body: the same, folded, anywhere.

The "exact" tiers exist only when the visitor typed diacritics: exact matches come before
folded ones ("đường" before "dương"), words side by side before scattered ones, and within
that the title and keywords before the rest. A document belongs to the first tier it
matches. Inside a tier the engine hands out candidates in its static order (title/keyword
tiers: shortest title first, which is what BM25's length normalisation prefers when every
candidate holds every term) and :mod:`._ranking` re-scores the first ones. The last tier is
the set of all matches: it gives the total and the "newest" order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from ._query import ParsedQuery, Term
from ._tokens import (
    buckets_for_range,
    category_token,
    exact_word,
    file_type_token,
    fold_word,
    has_marks,
    page_token,
    pair,
    year_token,
)


@dataclass(frozen=True)
class Tok:
    """One token; ``prefix`` also matches longer tokens that start with it."""

    token: str
    prefix: bool = False


@dataclass(frozen=True)
class All:
    parts: tuple[Expr, ...]


@dataclass(frozen=True)
class Any:
    parts: tuple[Expr, ...]


Expr = Union[Tok, All, Any]  # noqa: UP007 (a runtime alias used in isinstance checks)

HEAD = "head"
BODY = "body"

# Sort orders, named as in the URL (``?sap-xep=``).
RELEVANCE = "lien-quan"
NEWEST = "moi-nhat"
MOST_VIEWED = "xem-nhieu"
MOST_DOWNLOADED = "tai-nhieu"
SORTS = (RELEVANCE, NEWEST, MOST_VIEWED, MOST_DOWNLOADED)


@dataclass(frozen=True)
class Filters:
    """Narrowing of the results; every field optional.

    ``category_id`` takes the category and every category below it.
    """

    category_id: int | None = None
    file_type: str | None = None
    year: int | None = None
    pages_min: int | None = None
    pages_max: int | None = None

    @property
    def active(self) -> bool:
        return any(
            v is not None
            for v in (self.category_id, self.file_type, self.year, self.pages_min, self.pages_max)
        )


@dataclass(frozen=True)
class Tier:
    name: str
    index: str  # HEAD or BODY
    expr: Expr
    excluded: Expr | None = None


@dataclass(frozen=True)
class Plan:
    tiers: tuple[Tier, ...]
    matches: Tier  # every document that matches: the total and the "newest" order
    page_range: tuple[int | None, int | None] | None = None  # checked on the rows when set

    @property
    def empty(self) -> bool:
        return not self.tiers


def _word_tok(word: str, exact: bool, prefix: bool) -> Tok:
    token = exact_word(word) if exact and has_marks(word) else fold_word(word)
    return Tok(token, prefix)


def _form(word: str, exact: bool) -> str:
    return exact_word(word) if exact and has_marks(word) else fold_word(word)


def _phrase(words: tuple[str, ...], exact: bool, prefix: bool = False) -> Expr:
    forms = [_form(w, exact) for w in words]
    if len(forms) == 1:
        return Tok(forms[0], prefix)
    pairs = [Tok(pair(a, b)) for a, b in zip(forms, forms[1:], strict=False)]
    if prefix:
        pairs[-1] = Tok(pairs[-1].token, True)
    return _all(pairs)


def _all(parts: list[Expr]) -> Expr:
    flat: list[Expr] = []
    for part in parts:
        if isinstance(part, All):
            flat.extend(part.parts)
        elif part not in flat:
            flat.append(part)
    return flat[0] if len(flat) == 1 else All(tuple(flat))


def _loose(query: ParsedQuery, exact: bool) -> Expr:
    parts: list[Expr] = []
    last = len(query.terms) - 1
    for i, term in enumerate(query.terms):
        if term.phrase:
            parts.append(_phrase(term.words, exact))
        else:
            parts.append(_word_tok(term.words[0], exact, query.prefix and i == last))
    return _all(parts)


def _adjacent(query: ParsedQuery, exact: bool) -> Expr | None:
    """Runs of neighbouring typed words as word pairs; None when that adds nothing."""
    parts: list[Expr] = []
    run: list[str] = []
    paired = False

    def close(at_end: bool) -> None:
        nonlocal paired
        if run:
            paired = paired or len(run) > 1
            parts.append(_phrase(tuple(run), exact, prefix=query.prefix and at_end))
            run.clear()

    for term in query.terms:
        if term.phrase:
            close(False)
            parts.append(_phrase(term.words, exact))
        else:
            run.append(term.words[0])
    close(True)
    return _all(parts) if paired else None


def _body_exact(query: ParsedQuery) -> Expr:
    """Every word as typed, in the body: exact words, folded pairs for phrases."""
    parts: list[Expr] = []
    last = len(query.terms) - 1
    for i, term in enumerate(query.terms):
        if term.phrase:
            parts.append(_phrase(term.words, exact=False))
            parts += [Tok(exact_word(w)) for w in term.words if has_marks(w)]
        else:
            parts.append(_word_tok(term.words[0], True, query.prefix and i == last))
    return _all(parts)


def _exact_words(query: ParsedQuery) -> list[Expr]:
    """The exact form of every typed word with diacritics (the last one may be a prefix)."""
    out: list[Expr] = []
    last = len(query.terms) - 1
    for i, term in enumerate(query.terms):
        prefix = query.prefix and i == last and not term.phrase
        out += [Tok(exact_word(w), prefix) for w in term.words if has_marks(w)]
    return out


def loose_expr(query: ParsedQuery) -> Expr:
    """Every folded word (the last one as a prefix when typed last): suggestions use it."""
    return _loose(query, exact=False)


def _excluded(terms: tuple[Term, ...]) -> Expr | None:
    if not terms:
        return None
    parts = [_phrase(t.words, exact=False) for t in terms]
    return parts[0] if len(parts) == 1 else Any(tuple(parts))


def filter_expr(
    filters: Filters | None,
) -> tuple[Expr | None, tuple[int | None, int | None] | None]:
    """The filter as tokens, and a page range still to check on rows when buckets overlap it."""
    if filters is None or not filters.active:
        return None, None
    parts: list[Expr] = []
    if filters.category_id is not None:
        parts.append(Tok(category_token(filters.category_id)))
    if filters.file_type:
        parts.append(Tok(file_type_token(filters.file_type)))
    if filters.year is not None:
        parts.append(Tok(year_token(filters.year)))
    check = None
    if filters.pages_min is not None or filters.pages_max is not None:
        buckets, exact = buckets_for_range(filters.pages_min, filters.pages_max)
        parts.append(_any([Tok(page_token(b)) for b in buckets]) if buckets else Tok("_none"))
        if not exact:
            check = (filters.pages_min, filters.pages_max)
    return (_all(parts) if parts else None), check


def _any(parts: list[Expr]) -> Expr:
    return parts[0] if len(parts) == 1 else Any(tuple(parts))


def plan(query: ParsedQuery, filters: Filters | None = None) -> Plan:
    """The tiers for a query, best first.

    >>> from ._query import parse_query
    >>> [t.name for t in plan(parse_query("Quảng Oai")).tiers][:4]
    ['head-exact-adjacent', 'body-exact-adjacent', 'head-exact', 'body-exact']
    """
    if query.empty:
        return Plan((), Tier("body", BODY, All(())))
    narrow, page_range = filter_expr(filters)
    excluded = _excluded(query.excluded)

    def with_filters(expr: Expr) -> Expr:
        return _all([expr, narrow]) if narrow is not None else expr

    loose = _loose(query, exact=False)
    adjacent = _adjacent(query, exact=False)
    candidates: list[tuple[str, str, Expr | None]] = []
    if query.has_marks:
        # The body keeps exact words but no exact pairs: folded pairs and exact words stand in.
        exact_words = _exact_words(query)
        candidates += [
            ("head-exact-adjacent", HEAD, _adjacent(query, exact=True)),
            ("body-exact-adjacent", BODY, _all([adjacent, *exact_words]) if adjacent else None),
            ("head-exact", HEAD, _loose(query, exact=True)),
            ("body-exact", BODY, _body_exact(query)),
        ]
    candidates += [
        ("head-adjacent", HEAD, adjacent),
        ("body-adjacent", BODY, adjacent),
        ("head", HEAD, loose),
        ("body", BODY, loose),
    ]
    tiers: list[Tier] = []
    seen: set[tuple[str, Expr]] = set()
    for name, index, expr in candidates:
        if expr is None or (index, expr) in seen:
            continue
        seen.add((index, expr))
        tiers.append(Tier(name, index, with_filters(expr), excluded))
    matches = Tier("body", BODY, with_filters(loose), excluded)
    return Plan(tuple(tiers), matches, page_range)
