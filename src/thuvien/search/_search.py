"""One search, engine-neutral: walk the tiers, re-rank, count, sort, cut a page.

Work is bounded whatever the query: each tier query stops after the candidates it needs, the
total is counted no further than ``COUNT_BOUND`` (above it the page says "more than 10,000"),
and no page deeper than ``MAX_RESULTS`` can be asked for. When the walk reads every match
anyway (a rare query), the total comes from the walk and no count is run. A tier made of
tokens most documents hold, and the count of such a query, come from bitmaps (``_bitquery``):
a few big-integer ANDs instead of walking long lists. Re-ranking reads the first candidates of
every tier the page needs in one query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection

from thuvien.library.models import Document

from . import _bitcache as bitcache
from . import _bitquery as bitquery
from ._engine import Engine, candidates, get_engine
from ._indexing import HIDDEN_PENDING_SQL, MAX_HIDDEN_PENDING
from ._plan import BODY, MOST_DOWNLOADED, MOST_VIEWED, NEWEST, RELEVANCE, Filters, Plan, Tier, plan
from ._query import ParsedQuery
from ._ranking import rerank
from ._vocabulary import one_search

COUNT_BOUND = 10_000
MAX_RESULTS = 10_000
# How many first candidates of a tier are re-scored.
RERANK = 50

_POPULARITY_FIELDS = {MOST_VIEWED: "view_count", MOST_DOWNLOADED: "download_count"}


@dataclass
class Ranked:
    """Document ids of one page, best first, with their scores and the total."""

    ids: list[int]
    scores: dict[int, float]
    total: int
    total_exact: bool
    tiers: dict[int, str] = field(default_factory=dict)


@dataclass
class _Walk:
    ordered: list[int] = field(default_factory=list)
    scores: dict[int, float] = field(default_factory=dict)
    tiers: dict[int, str] = field(default_factory=dict)
    complete: bool = False  # every match has been read: len(ordered) is the total


def find(
    query: ParsedQuery,
    filters: Filters | None = None,
    sort: str = RELEVANCE,
    offset: int = 0,
    limit: int = 20,
) -> Ranked:
    """Ids of the documents at ``offset``..``offset + limit`` of the ranking."""
    the_plan = plan(query, filters)
    if the_plan.empty:
        return Ranked([], {}, 0, True)
    engine = get_engine()
    offset = max(0, offset)
    need = min(offset + limit, MAX_RESULTS)
    with engine.reading(), one_search(), bitcache.one_search():
        hidden = _hidden_and_versions()
        bitquery.prefetch([*the_plan.tiers, the_plan.matches])
        if sort == NEWEST:
            walk = _newest(engine, the_plan, need, hidden)
        elif sort in _POPULARITY_FIELDS:
            walk = _by_popularity(engine, the_plan, _POPULARITY_FIELDS[sort], need, hidden)
        else:
            walk = _by_relevance(engine, the_plan, query, need, hidden)
        if walk.complete:
            total = len(walk.ordered)
        else:
            bound = COUNT_BOUND + 1 + len(hidden)
            total = engine.count(the_plan.matches, bound, page_range=the_plan.page_range)
            # Hidden documents still in the index are counted: take them off when known.
            total = max(total - len(hidden), len(walk.ordered))
    page = walk.ordered[offset : offset + limit]
    return Ranked(
        page,
        {i: walk.scores.get(i, 0.0) for i in page},
        min(total, COUNT_BOUND),
        total <= COUNT_BOUND,
        {i: walk.tiers[i] for i in page if i in walk.tiers},
    )


def _hidden_and_versions() -> set[int]:
    """:func:`hidden_pending_ids`, and the bitmaps' versions for this search, in one query:
    every search needs both, and on PostgreSQL each query is a round trip."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 0, document_id, 0 FROM ({HIDDEN_PENDING_SQL}) hidden "
            f"UNION ALL SELECT 1, block, version FROM ({bitcache.VERSIONS_SQL}) blocks",
            [MAX_HIDDEN_PENDING],
        )
        rows = cursor.fetchall()
    bitcache.use_versions({block: version for kind, block, version in rows if kind == 1})
    return {document_id for kind, document_id, _ in rows if kind == 0}


def _by_relevance(
    engine: Engine, the_plan: Plan, query: ParsedQuery, need: int, hidden: set[int]
) -> _Walk:
    walk = _Walk()
    seen = set(hidden)
    # First the ids of every tier the page needs, then what re-ranking reads about the first
    # ones of each, in one query.
    picked: list[tuple[int, Tier, list[int]]] = []
    found = 0
    for level, tier in enumerate(the_plan.tiers):
        if found >= need:
            break
        fetch = max(need - found, RERANK) + len(seen)
        ids = engine.tier_ids(tier, fetch, page_range=the_plan.page_range)
        widest = tier.index == the_plan.matches.index and tier.expr == the_plan.matches.expr
        if widest and len(ids) < fetch:
            walk.complete = True  # the widest tier, read to its end
        fresh = [i for i in ids if i not in seen]
        seen.update(fresh)
        picked.append((level, tier, fresh))
        found += len(fresh)
    read = {c.document_id: c for c in candidates([i for *_, f in picked for i in f[:RERANK]])}
    levels = len(the_plan.tiers)
    for level, tier, fresh in picked:
        base = float(levels - level) * 100.0
        window = [read[i] for i in fresh[:RERANK] if i in read]
        # The description counts where title and keywords may lack the words: the body tiers.
        ranked = rerank(query, window, description=tier.index == BODY)
        ranked += [(i, 0.0) for i in fresh[RERANK:]]
        for doc_id, value in ranked:
            walk.ordered.append(doc_id)
            walk.scores[doc_id] = round(base + value, 4)
            walk.tiers[doc_id] = tier.name
    return walk


def _newest(engine: Engine, the_plan: Plan, need: int, hidden: set[int]) -> _Walk:
    fetch = need + len(hidden)
    ids = engine.tier_ids(the_plan.matches, fetch, page_range=the_plan.page_range, newest=True)
    ordered = [i for i in ids if i not in hidden][:need]
    return _Walk(ordered, dict.fromkeys(ordered, 0.0), complete=len(ids) < fetch)


def _by_popularity(
    engine: Engine, the_plan: Plan, field_name: str, need: int, hidden: set[int]
) -> _Walk:
    # The most popular among the newest COUNT_BOUND matches: popularity is not in the index.
    ids = engine.tier_ids(
        the_plan.matches, COUNT_BOUND, page_range=the_plan.page_range, newest=True
    )
    matching = [i for i in ids if i not in hidden]
    order = []
    for start in range(0, len(matching), 2000):
        chunk = matching[start : start + 2000]
        order += list(Document.objects.filter(pk__in=chunk).values_list(field_name, "pk"))
    order.sort(reverse=True)
    ordered = [pk for _, pk in order[:need]]
    walk = _Walk(ordered, dict.fromkeys(ordered, 0.0), complete=len(ids) < COUNT_BOUND)
    if walk.complete:  # every match was sorted, the total is known
        walk.ordered = [pk for _, pk in order]
    return walk
