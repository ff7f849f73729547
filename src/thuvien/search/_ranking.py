"""Re-scoring the first candidates of a tier: BM25-style, with field weights.

Every candidate of a tier already holds every query word, so a term's rarity (IDF) is the same
for all of them and is left out; what separates them is where the words are and how long the
fields are. Per query word and field, the BM25 saturation ``tf (k1 + 1) / (tf + k1 (1 - b + b
len / avg))`` is weighted title > keywords > description; words side by side in the title and
diacritics typed and found as such add to it; popularity only breaks near ties.

Fields come pre-folded from the index entry as " word word ", so a term frequency is one
``str.count`` (a prefix: the count of " word" at word starts), and the exact forms of the
title's and keywords' words with diacritics come as one more such line: nothing is tokenised
per query and candidate.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ._query import ParsedQuery
from ._tokens import exact_word, fold_word, has_marks, words

K1 = 1.2
B = 0.75
# weight, average length in words
FIELDS = ((3.0, 12.0), (2.0, 15.0), (1.0, 60.0))  # title, keywords, description
ADJACENCY_WEIGHT = 2.0
EXACT_WEIGHT = 1.0
# At most this much is added for popularity: a few percent of one title match.
POPULARITY_WEIGHT = 0.05
_POPULARITY_SCALE = math.log1p(1_000_000)


@dataclass(frozen=True)
class Candidate:
    document_id: int
    # " title words \n keyword words \n description words \n exact forms " (see
    # IndexedDocument.folded_fields); entries made before the fourth line lack it.
    folded: str
    title: str = ""
    keywords: str = ""
    views: int = 0
    downloads: int = 0


class QueryProfile:
    """What scoring needs from the query, worked out once."""

    def __init__(self, query: ParsedQuery) -> None:
        typed = query.words
        folded = [fold_word(w) for w in typed]
        last = len(folded) - 1
        # (needle, is the last word typed unfinished): " word " or " word" for a prefix.
        self.needles = [
            f" {w}" if query.prefix and i == last else f" {w} " for i, w in enumerate(folded)
        ]
        self.pairs = [f" {a} {b} " for a, b in zip(folded, folded[1:], strict=False)]
        self.exact = {fold_word(w): exact_word(w) for w in typed if has_marks(w)}
        self.exact_needles = [f" {form} " for form in self.exact.values()]


def score(profile: QueryProfile, candidate: Candidate, *, description: bool = True) -> float:
    """How well a candidate matches: higher is better.

    >>> from ._query import parse_query
    >>> q = QueryProfile(parse_query("luat dat dai"))
    >>> a = Candidate(1, " luat dat dai \\n  \\n  \\n  ")
    >>> b = Candidate(2, " hoi dap ve luat va thu tuc dat dai o nong thon \\n  \\n  \\n  ")
    >>> score(q, a) > score(q, b)
    True
    """
    fields = candidate.folded.split("\n")
    total = 0.0
    for field, (weight, average) in zip(fields[: 3 if description else 2], FIELDS, strict=False):
        if len(field) <= 2:
            continue
        norm = K1 * (1 - B + B * (field.count(" ") - 1) / average)
        for needle in profile.needles:
            tf = field.count(needle)
            if tf:
                total += weight * tf * (K1 + 1) / (tf + norm)
    if profile.pairs:
        found = sum(1 for p in profile.pairs if p in fields[0])
        total += ADJACENCY_WEIGHT * found / len(profile.pairs)
    if profile.exact:
        if len(fields) > 3:
            hits = sum(1 for needle in profile.exact_needles if needle in fields[3])
        else:
            hits = _exact_hits(profile, candidate)
        total += EXACT_WEIGHT * hits / len(profile.exact)
    popularity = math.log1p(max(0, candidate.views) + 3 * max(0, candidate.downloads))
    total += POPULARITY_WEIGHT * min(1.0, popularity / _POPULARITY_SCALE)
    return total


def _exact_hits(profile: QueryProfile, candidate: Candidate) -> int:
    """Typed words with diacritics found as typed in title and keywords (older entries)."""
    present = {
        exact_word(w)
        for w in words(candidate.title + "\n" + candidate.keywords)
        if fold_word(w) in profile.exact
    }
    return sum(1 for form in profile.exact.values() if form in present)


def rerank(
    query: ParsedQuery, candidates: Sequence[Candidate], *, description: bool = True
) -> list[tuple[int, float]]:
    """Candidates best first, each with its score; the engine's order breaks exact ties."""
    profile = QueryProfile(query)
    scored = [
        (score(profile, c, description=description), -position, c.document_id)
        for position, c in enumerate(candidates)
    ]
    scored.sort(reverse=True)
    return [(doc_id, value) for value, _, doc_id in scored]
