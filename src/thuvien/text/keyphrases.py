"""Keyphrases: the handful of phrases a librarian would pick to describe a document.

Candidates are runs of whole words between stopwords and punctuation, 2 to 4 syllables long.
They are scored by how often they occur (TF) against how many documents of the library use
them (IDF, from :class:`PhraseStats`). While the library is small (fewer than 20 documents)
or has no statistics, a built-in estimate stands in for IDF: longer phrases, phrases in the
title or the opening, phrases that stand alone between punctuation and stopwords score
higher, and a list of generic phrases ("vấn đề", "kết quả") scores lower.

The library keeps its statistics per :func:`phrase_key` (the folded, diacritic-free form):
record :func:`candidate_phrases` of every document, as :class:`CountingStats` does.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol, runtime_checkable

from thuvien.text.data import load_list
from thuvien.text.fold import fold
from thuvien.text.normalize import normalize
from thuvien.text.sentences import is_mostly_upper, split_sentences
from thuvien.text.stopwords import is_stopword
from thuvien.text.titles import is_acronym
from thuvien.text.words import Memo, _learned_pairs, _runs, _segment_text, syllables

MIN_SYLLABLES = 2
MAX_SYLLABLES = 4
# Below this many documents the library's own frequencies say little; use the estimate.
MIN_LIBRARY_SIZE = 20
# Long documents: the first part says enough and keeps extraction fast.
MAX_TEXT_CHARS = 300_000

_LENGTH_FACTOR = {2: 1.0, 3: 1.3, 4: 1.4}
_TITLE_FACTOR = 2.0
_OPENING_FACTOR = 1.2
_OPENING_SHARE = 0.2
# A phrase of several words seen only inside a longer run (never alone between stopwords and
# punctuation) is often a verb and its object ("lắp đặt miễn phí") rather than a name.
_FRAGMENT_FACTOR = 0.8
_GENERIC_FACTOR = 0.3
_GENERIC_FACTOR_WITH_STATS = 0.7
_SINGLE_OCCURRENCE_FACTOR = 0.5


def phrase_key(phrase: str) -> str:
    """Return the key under which the library counts a phrase: folded syllables, one space apart.

    >>> phrase_key("Điện  mặt trời")
    'dien mat troi'
    """
    return " ".join(syllables(fold(normalize(phrase))))


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
        self.add_document(candidate_phrases(text))

    def document_count(self) -> int:
        return self._documents

    def document_frequency(self, key: str) -> int:
        return self._frequencies[key]


@dataclass(slots=True)
class _Candidate:
    key: str
    syllable_count: int
    count: int = 0
    closed: bool = False  # seen once as a whole run between stopwords and punctuation
    first_position: float = 1.0
    in_title: bool = False
    single_word: bool = False
    # The most frequent spelling inside sentences, at the start of a sentence and in an
    # upper-case heading (ties go to the one seen first), with its (count, -order) rank.
    surface: str | None = None
    initial_surface: str | None = None
    heading_surface: str | None = None
    ranks: list[tuple[int, int]] = field(default_factory=lambda: [(0, 0), (0, 0), (0, 0)])


@cache
def _generic_keys() -> frozenset[str]:
    return frozenset(phrase_key(p) for p in load_list("generic_phrases_vi"))


def _is_blocking(word: str) -> bool:
    """Stopwords, numbers and symbols end a candidate phrase."""
    return not any(c.isalpha() for c in word) or is_stopword(word)


def _word_size(word: str) -> int:
    """Syllables of a word, or 0 for a word that ends a candidate phrase."""
    return 0 if _is_blocking(word) else word.count(" ") + 1


# Memos shared by all documents (words and syllables repeat across a library): a word's size
# (0: blocking), and a surface phrase's key. A surface is syllables joined by single spaces
# (segmentation builds it so), and folding a syllable never reaches across the spaces, so the
# key of a surface is the keys of its syllables joined.
_WORD_SIZES: Memo[int] = Memo(_word_size)
_SYLLABLE_KEYS: Memo[str] = Memo(phrase_key)


def _surface_key(surface: str) -> str:
    parts = list(map(_SYLLABLE_KEYS.__getitem__, surface.split(" ")))
    if "" in parts:  # a syllable that folds to nothing (not seen in Vietnamese text)
        return phrase_key(surface)
    return " ".join(parts)


_SURFACE_KEYS: Memo[str] = Memo(_surface_key)


# Where an occurrence stands, for the spelling it votes for (see _Candidate).
_INSIDE, _INITIAL, _HEADING = 0, 1, 2


def _occurrences(text: str) -> dict[str, list]:
    """Every candidate occurrence in NFC ``text``, gathered by surface.

    Each surface maps to ``[count inside sentences, at a sentence start, in a heading,
    order of first occurrence of each of the three, closed, single word, first position]``.
    Counting surfaces (most occurrences repeat one) and folding each distinct surface once
    is what makes extraction fast.
    """
    sentences = split_sentences(text)
    learned = _learned_pairs(_runs(text))
    total = max(1, len(sentences))
    table: dict[str, list] = {}
    lookup = table.get
    size_of = _WORD_SIZES.__getitem__
    order = 0
    for index, sentence in enumerate(sentences):
        heading = is_mostly_upper(sentence)
        position = index / total
        # Sentences are whitespace-collapsed slices of NFC text, so already normal.
        for run_index, words in enumerate(_segment_text(sentence, learned)):
            sizes = list(map(size_of, words))
            n = len(words)
            i = 0
            while i < n:
                if not sizes[i]:
                    i += 1
                    continue
                j = i + 1
                while j < n and sizes[j]:
                    j += 1
                # words[i:j] is a stretch between blocking words.
                if heading:
                    first_kind = other_kind = _HEADING
                else:
                    first_kind = _INITIAL if run_index == 0 and i == 0 else _INSIDE
                    other_kind = _INSIDE
                kind = first_kind
                for start in range(i, j):
                    length = 0
                    for end in range(start + 1, j + 1):
                        length += sizes[end - 1]
                        if length > MAX_SYLLABLES:
                            break
                        if length < MIN_SYLLABLES:
                            continue
                        single = end - start == 1
                        surface = words[start] if single else " ".join(words[start:end])
                        record = lookup(surface)
                        if record is None:
                            record = table[surface] = [0, 0, 0, 0, 0, 0, False, False, position]
                        if not record[kind]:
                            record[kind + 3] = order
                            order += 1
                        record[kind] += 1
                        if start == i and end == j:
                            record[6] = True
                        if single:
                            record[7] = True
                    kind = other_kind
                i = j
    return table


def _candidates(text: str) -> dict[str, _Candidate]:
    """Candidates of NFC ``text`` by key, from :func:`_occurrences`."""
    candidates: dict[str, _Candidate] = {}
    key_of = _SURFACE_KEYS.__getitem__
    # Table order is the order of first occurrence, so a key's first surface sets its size.
    for surface, record in _occurrences(text).items():
        key = key_of(surface)
        candidate = candidates.get(key)
        if candidate is None:
            candidate = candidates[key] = _Candidate(
                key=key, syllable_count=surface.count(" ") + 1, first_position=record[8]
            )
        candidate.count += record[0] + record[1] + record[2]
        if record[6]:
            candidate.closed = True
        if record[7]:
            candidate.single_word = True
        ranks = candidate.ranks
        for kind in (_INSIDE, _INITIAL, _HEADING):
            if record[kind]:
                rank = (record[kind], -record[kind + 3])
                if rank > ranks[kind]:
                    ranks[kind] = rank
                    if kind == _INSIDE:
                        candidate.surface = surface
                    elif kind == _INITIAL:
                        candidate.initial_surface = surface
                    else:
                        candidate.heading_surface = surface
    return candidates


def candidate_phrases(text: str) -> list[str]:
    """Every candidate keyphrase of ``text`` (one surface form per key), in no set order.

    These are what a library should count per document to build its :class:`PhraseStats`.

    >>> sorted(candidate_phrases("Thư viện số và mã nguồn mở."))
    ['mã nguồn mở', 'thư viện', 'thư viện số']
    """
    candidates = _candidates(normalize(text)[:MAX_TEXT_CHARS])
    return [_natural_form(c) for c in candidates.values()]


def _scorer(stats: PhraseStats | None) -> Callable[[_Candidate], float]:
    """The score of a candidate, with the library's statistics when there are enough."""
    documents = stats.document_count() if stats is not None else 0
    use_stats = stats is not None and documents >= MIN_LIBRARY_SIZE
    generic_keys = _generic_keys()
    generic_factor = _GENERIC_FACTOR_WITH_STATS if use_stats else _GENERIC_FACTOR

    def score(candidate: _Candidate) -> float:
        value = candidate.count * _LENGTH_FACTOR[candidate.syllable_count]
        if use_stats:
            assert stats is not None
            frequency = stats.document_frequency(candidate.key)
            value *= math.log((documents + 1) / (frequency + 1)) + 1.0
        if candidate.in_title:
            value *= _TITLE_FACTOR
        if candidate.first_position < _OPENING_SHARE:
            value *= _OPENING_FACTOR
        if not candidate.closed and not candidate.single_word:
            value *= _FRAGMENT_FACTOR
        if candidate.key in generic_keys:
            value *= generic_factor
        if candidate.count == 1 and not candidate.in_title:
            # Seen once: weak evidence whatever its rarity in the library.
            value *= _SINGLE_OCCURRENCE_FACTOR
        return value

    return score


def _eligible(candidate: _Candidate) -> bool:
    """Seen in the text, and either repeated, in the title, or a whole word or run once."""
    if not candidate.count:
        return False
    return candidate.count >= 2 or candidate.in_title or candidate.single_word or candidate.closed


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


def _natural_form(candidate: _Candidate) -> str:
    """The phrase as it is usually written inside sentences; lower case when only seen at the
    start of a sentence or in an upper-case heading."""
    if candidate.surface is not None:
        return candidate.surface
    if candidate.initial_surface is not None:
        surface = candidate.initial_surface
        rest = surface[1:]
        # "Khách hàng" at a sentence start is "khách hàng"; "Hà Nội" stays a name.
        if not any(c.isupper() for c in rest):
            return surface[:1].lower() + rest
        return surface
    if candidate.heading_surface is not None:
        surface = candidate.heading_surface
        return " ".join(w if is_acronym(w) else w.lower() for w in surface.split())
    return candidate.key


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
    candidates = _candidates(normalize(text)[:MAX_TEXT_CHARS])
    if title:
        # Phrases of the title count only when the text uses them too.
        key_of = _SURFACE_KEYS.__getitem__
        for surface in _occurrences(normalize(title)):
            candidate = candidates.get(key_of(surface))
            if candidate is not None:
                candidate.in_title = True
    score = _scorer(stats)
    scored = [(-score(c), c.key, c) for c in candidates.values() if _eligible(c)]
    scored.sort(key=lambda item: item[:2])
    ranked = [c for _, _, c in scored]
    extensions = _extensions(ranked)
    chosen: list[str] = []
    phrases: list[str] = []
    for candidate in ranked:
        if len(phrases) >= limit:
            break
        candidate = extensions.get(candidate.key, candidate)
        if _near_duplicate(candidate.key, chosen):
            continue
        chosen.append(candidate.key)
        phrases.append(_natural_form(candidate))
    return phrases


def _extensions(candidates: list[_Candidate]) -> dict[str, _Candidate]:
    """Map a phrase to a longer one that nearly always surrounds it.

    "thư viện" written mostly as "thư viện số" stands for "thư viện số": the longer phrase
    must cover at least 70% of the shorter one's occurrences, and at least two.
    """
    by_key = {c.key: c for c in candidates}
    longer_of: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        if candidate.count < 2:
            continue  # could never be chosen as an extension (see below), so skip the work
        words = candidate.key.split()
        for size in range(MIN_SYLLABLES, len(words)):
            for start in range(len(words) - size + 1):
                inner = " ".join(words[start : start + size])
                if inner in by_key:
                    longer_of.setdefault(inner, []).append(candidate)
    extensions = {}
    for key, longer in longer_of.items():
        shorter = by_key[key]
        best = max(longer, key=lambda c: (c.count, c.syllable_count, c.key))
        if best.count >= max(2, 0.7 * shorter.count):
            extensions[key] = best
    return extensions
