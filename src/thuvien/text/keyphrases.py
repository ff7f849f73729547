"""Keyphrases: the handful of phrases a librarian would pick to describe a document.

Candidates are runs of whole words between stopwords and punctuation, 2 to 4 syllables long.
They are scored by how often they occur (TF) against how many documents of the library use
them (IDF, from :class:`PhraseStats`). While the library is small (fewer than 20 documents)
or has no statistics, a built-in estimate stands in for IDF: longer phrases, phrases in the
title or the opening, phrases that stand alone between punctuation and stopwords score
higher, and a list of generic phrases ("vấn đề", "kết quả") scores lower.

The library keeps its statistics per :func:`phrase_key` (the folded, diacritic-free form):
record the :func:`phrase_keys` of every document, as :class:`CountingStats` does.

Speed (the import pipeline calls this for every document): the candidates are found by
:mod:`thuvien.text.keyphrase_candidates` in a few passes of C code over the whole text, and
the phrases seen only once, usually the most numerous, are scored only when the pick gets
down to scores as low as theirs can be. A 25,000-character document takes about 13 times as
long as ``fold()`` on it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import compress
from operator import itemgetter
from typing import Protocol, runtime_checkable

from thuvien.text.data import load_list
from thuvien.text.keyphrase_candidates import (
    MIN_SYLLABLES,
    Candidates,
    gather,
    phrase_key,
    remember_phrase_keys,
)
from thuvien.text.memo import Memo
from thuvien.text.normalize import normalize

__all__ = [
    "CountingStats",
    "PhraseStats",
    "candidate_phrases",
    "keyphrases",
    "phrase_key",
    "phrase_keys",
]

# Below this many documents the library's own frequencies say little; use the estimate.
MIN_LIBRARY_SIZE = 20
# Only the first part of a long document is read: enough to choose a library page's keywords,
# and it bounds the time (about 0.5 ms per 1,000 characters, so some 150 ms at the cap). Not
# lower: with 50,000 the picks of 26 of the 27 documents longer than that in the demo library
# and the legal and encyclopaedic samples changed (a quarter of the phrases); with 100,000,
# none did.
MAX_TEXT_CHARS = 300_000

_LENGTH_FACTOR = {2: 1.0, 3: 1.3, 4: 1.4}
_LENGTH_FACTOR_BY_SPACES = {size - 1: factor for size, factor in _LENGTH_FACTOR.items()}
_TITLE_FACTOR = 2.0
_OPENING_FACTOR = 1.2
# A phrase of several words seen only inside a longer run (never alone between stopwords and
# punctuation) is often a verb and its object ("lắp đặt miễn phí") rather than a name.
_FRAGMENT_FACTOR = 0.8
_GENERIC_FACTOR = 0.3
_GENERIC_FACTOR_WITH_STATS = 0.7
_SINGLE_OCCURRENCE_FACTOR = 0.5


@runtime_checkable
class PhraseStats(Protocol):
    """How many documents the library holds, and in how many a phrase key occurs."""

    def document_count(self) -> int: ...

    def document_frequency(self, key: str) -> int: ...


@dataclass
class CountingStats:
    """In-memory :class:`PhraseStats`: feed it the candidate phrases of each document.

    >>> stats = CountingStats()
    >>> stats.add_document(["Thư viện số", "thư viện số", "mã nguồn mở"])
    >>> stats.document_count(), stats.document_frequency("thu vien so")
    (1, 1)
    """

    _documents: int = 0
    _frequencies: Counter[str] = field(default_factory=Counter)

    def add_document(self, phrases: Iterable[str]) -> None:
        """Count one document that contains ``phrases`` (phrases or keys; repeats count once)."""
        self._documents += 1
        self._frequencies.update({phrase_key(p) for p in phrases} - {""})

    def add_text(self, text: str) -> None:
        """Count one document given by its text."""
        self._documents += 1
        self._frequencies.update(phrase_keys(text))  # keys already, and each once

    def document_count(self) -> int:
        return self._documents

    def document_frequency(self, key: str) -> int:
        return self._frequencies[key]


@cache
def _generic_keys() -> frozenset[str]:
    return frozenset(phrase_key(p) for p in load_list("generic_phrases_vi"))


def candidate_phrases(text: str) -> list[str]:
    """Every candidate keyphrase of ``text`` (one surface form per key), in no set order.

    These are what a library should count per document to build its :class:`PhraseStats`.

    >>> sorted(candidate_phrases("Thư viện số và mã nguồn mở."))
    ['mã nguồn mở', 'thư viện', 'thư viện số']
    """
    gathered = gather(normalize(text)[:MAX_TEXT_CHARS])
    phrases = list(map(gathered.natural_form, gathered.counts))
    remember_phrase_keys(phrases, gathered.counts)  # the usual next step is to key them
    return phrases


def phrase_keys(text: str) -> list[str]:
    """The keys of all candidate phrases of ``text``, sorted: what a library counts per
    document, as ``{phrase_key(p) for p in candidate_phrases(text)}`` gives them but without
    spelling each phrase out and keying it again (and, right after :func:`keyphrases` on the
    same text, without reading the text again).

    >>> phrase_keys("Thư viện số và mã nguồn mở.")
    ['ma nguon mo', 'thu vien', 'thu vien so']
    """
    return sorted(gather(normalize(text)[:MAX_TEXT_CHARS]).counts.keys() - {""})


@dataclass(frozen=True)
class _Scorer:
    """Scores candidates: their count times factors, in a fixed order."""

    gathered: Candidates
    title_keys: set[str]
    stats: PhraseStats | None

    @cached_property
    def documents(self) -> int:
        """Documents in the library when there are enough to trust its statistics, else 0."""
        count = self.stats.document_count() if self.stats is not None else 0
        return count if count >= MIN_LIBRARY_SIZE else 0

    def ranked(self, keys: Iterable[str]) -> list[tuple[float, str]]:
        """(-score, key) of ``keys``, best first (ties by key)."""
        stats, documents, title_keys = self.stats, self.documents, self.title_keys
        generic_keys = _generic_keys()
        generic_factor = _GENERIC_FACTOR_WITH_STATS if documents else _GENERIC_FACTOR
        gathered = self.gathered
        counts, surface_of = gathered.counts, gathered.surface_of
        closed, single, opening = gathered.closed, gathered.single, gathered.opening
        length_factor = _LENGTH_FACTOR_BY_SPACES
        scored = []
        for key in keys:
            count = counts[key]
            in_title = key in title_keys
            value = count * length_factor[surface_of[key].count(" ")]
            if documents:
                assert stats is not None
                frequency = stats.document_frequency(key)
                value *= math.log((documents + 1) / (frequency + 1)) + 1.0
            if in_title:
                value *= _TITLE_FACTOR
            if key in opening:
                value *= _OPENING_FACTOR
            if key not in closed and key not in single:
                value *= _FRAGMENT_FACTOR
            if key in generic_keys:
                value *= generic_factor
            if count == 1 and not in_title:
                # Seen once: weak evidence whatever its rarity in the library.
                value *= _SINGLE_OCCURRENCE_FACTOR
            scored.append((-value, key))
        scored.sort()
        return scored

    def once_bound(self) -> float:
        """A score that no phrase seen once (and not in the title) exceeds.

        The same products as in :meth:`ranked`, each factor at its largest (a document
        frequency is never below 0), so rounding cannot take a real score above it; a hair
        more covers ``math.log``.
        """
        value = 1 * max(_LENGTH_FACTOR.values())
        if self.documents:
            value *= math.log((self.documents + 1) / (0 + 1)) + 1.0
        value *= _OPENING_FACTOR
        value *= _SINGLE_OCCURRENCE_FACTOR
        return value * (1 + 1e-9)


def _near_duplicate(key: str, chosen: Iterable[str]) -> bool:
    """Same key, one inside the other, or sharing most of the shorter one's syllables in a row."""
    words = key.split()
    for other in chosen:
        other_words = other.split()
        shorter, longer = sorted((words, other_words), key=len)
        if _contains(longer, shorter):
            return True
        overlap = _longest_common_run(words, other_words)
        if overlap >= 2 and overlap * 2 >= len(shorter):
            return True
    return False


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _longest_common_run(a: list[str], b: list[str]) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


def keyphrases(
    text: str,
    *,
    limit: int = 8,
    stats: PhraseStats | None = None,
    title: str | None = None,
) -> list[str]:
    """Return up to ``limit`` keyphrases of ``text``, best first, in their natural casing.

    Each has 2 to 4 syllables, begins and ends with a content word, is not a bare number, and
    no two of them repeat each other (one inside the other, or the same folded form).

    >>> text = "Thư viện số giúp bạn đọc. Thư viện số dùng mã nguồn mở. Mã nguồn mở miễn phí."
    >>> keyphrases(text, limit=2)
    ['mã nguồn mở', 'thư viện số']
    """
    if limit <= 0:
        return []
    gathered = gather(normalize(text)[:MAX_TEXT_CHARS])
    # Phrases of the title count only when the text uses them too.
    title_keys = (
        set(gather(normalize(title), keep=False).counts) & gathered.counts.keys()
        if title
        else set()
    )
    scorer = _Scorer(gathered, title_keys, stats)
    # Candidates: repeated, in the title, or seen once as a whole word or a whole stretch
    # between stopwords. Those seen once often outnumber the others, and score low: they are
    # scored only if the pick reaches scores as low as theirs can be.
    counts = gathered.counts
    strong = {*compress(counts, map((1).__lt__, counts.values())), *title_keys}
    weak = (gathered.closed | gathered.single) - strong
    if weak:
        phrases = _pick(scorer.ranked(strong), gathered, limit, floor=scorer.once_bound())
        if phrases is not None:
            return phrases
    return _pick(scorer.ranked(strong | weak), gathered, limit) or []


def _pick(
    scored: list[tuple[float, str]], gathered: Candidates, limit: int, floor: float | None = None
) -> list[str] | None:
    """The best ``limit`` phrases of ``scored`` that do not repeat each other.

    With a ``floor``, None when the pick would look at a score not above it (or run out of
    candidates): unscored candidates could then come first.
    """
    extended = _extensions(list(map(itemgetter(1), scored)), gathered)
    chosen: list[str] = []
    phrases: list[str] = []
    for negative, key in scored:
        if len(phrases) >= limit:
            return phrases
        if floor is not None and -negative <= floor:
            return None
        key = extended(key)
        if _near_duplicate(key, chosen):
            continue
        chosen.append(key)
        phrases.append(gathered.natural_form(key))
    return phrases if floor is None or len(phrases) >= limit else None


def _inner_phrases(key: str) -> frozenset[str]:
    """The phrases of two syllables or more strictly inside ``key``."""
    words = key.split()
    return frozenset(
        " ".join(words[start : start + size])
        for size in range(MIN_SYLLABLES, len(words))
        for start in range(len(words) - size + 1)
    )


_INNER_PHRASES: Memo[str, frozenset[str]] = Memo(_inner_phrases)


def _extensions(ranked: list[str], gathered: Candidates) -> Callable[[str], str]:
    """A function mapping a phrase to a longer one that nearly always surrounds it (both
    among ``ranked``), or to itself.

    "thư viện" written mostly as "thư viện số" stands for "thư viện số": the longer phrase
    must cover at least 70% of the shorter one's occurrences, and at least two. The longer
    phrases are indexed at once; the best of them is sought only for the phrases picked.
    """
    counts = gathered.counts
    candidates = set(ranked)
    longer_of: dict[str, list[str]] = {}
    # A phrase seen once could never be chosen as an extension (see below), and one of two
    # syllables has no shorter phrase inside: skip them.
    for key in compress(ranked, map((1).__lt__, map(counts.__getitem__, ranked))):
        if key.count(" ") >= MIN_SYLLABLES:
            for inner in candidates.intersection(_INNER_PHRASES[key]):
                longer_of.setdefault(inner, []).append(key)

    def extended(key: str) -> str:
        longer = longer_of.get(key)
        if not longer:
            return key
        best = max(longer, key=lambda k: (counts[k], gathered.syllable_count(k), k))
        return best if counts[best] >= max(2, 0.7 * counts[key]) else key

    return extended
