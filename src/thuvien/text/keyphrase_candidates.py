"""Candidate keyphrases of a text: every run of 1 to 4 whole words, none of them a stopword,
a number or a symbol, with 2 to 4 syllables in all, and where each occurs.

:func:`gather` segments the sentences as one stream of words (see
:func:`thuvien.text.words.word_stream`), then finds every candidate with masks over that
stream: bytes built by ``translate`` and combined as big integers, so that no Python loop runs
per word or per occurrence. Syllables, words and phrases repeat within a document and across
a library, so their keys and sizes are remembered (:class:`~thuvien.text.memo.Memo`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, compress

from thuvien.text.fold import fold
from thuvien.text.memo import Memo
from thuvien.text.normalize import normalize
from thuvien.text.sentences import is_mostly_upper, split_sentences
from thuvien.text.stopwords import is_stopword, stopwords
from thuvien.text.titles import is_acronym
from thuvien.text.words import TEXT_BREAK, syllables, word_key, word_stream

MIN_SYLLABLES = 2
MAX_SYLLABLES = 4
# The opening of a text: its first fifth, counted in sentences.
OPENING_SHARE = 0.2


def phrase_key(phrase: str) -> str:
    """Return the key under which the library counts a phrase: folded syllables, one space apart.

    >>> phrase_key("Điện  mặt trời")
    'dien mat troi'
    """
    # Keys of short phrases are remembered: a document's candidate phrases are keyed by the
    # thousand, and those spelt out by candidate_phrases() are known already.
    if len(phrase) > _REMEMBERED_PHRASE_CHARS:
        return _phrase_key(phrase)
    return _PHRASE_KEYS[phrase]


def _phrase_key(phrase: str) -> str:
    return " ".join(syllables(fold(normalize(phrase))))


_REMEMBERED_PHRASE_CHARS = 100
_PHRASE_KEYS: Memo[str, str] = Memo(_phrase_key)


def remember_phrase_keys(phrases: Iterable[str], keys: Iterable[str]) -> None:
    """Tell :func:`phrase_key` the keys of phrases spelt from keys (as natural forms are)."""
    _PHRASE_KEYS.update(zip(phrases, keys, strict=True))


def _is_blocking(word: str) -> bool:
    """Stopwords, numbers and symbols end a candidate phrase."""
    return not any(c.isalpha() for c in word) or is_stopword(word)


def _word_size(word: str) -> int:
    """Syllables of a word, or 0 for a word that ends a candidate phrase."""
    return 0 if _is_blocking(word) else word.count(" ") + 1


def _word_sizes(words: list[str]) -> list[int]:
    """``[_word_size(w) for w in words]``, for words of single-spaced syllables (or break
    tokens), their stopword keys made of the remembered keys of their syllables."""
    stop = stopwords()
    return [
        0 if key in stop or not any(map(str.isalpha, word)) else word.count(" ") + 1
        for word, key in zip(words, map(word_key, words), strict=True)
    ]


def _surface_key(surface: str) -> str:
    parts = list(map(_SYLLABLE_KEYS.__getitem__, surface.split(" ")))
    if "" in parts:  # a syllable that folds to nothing (not seen in Vietnamese text)
        return _phrase_key(surface)
    return " ".join(parts)


# Memos shared by all documents (words and syllables repeat across a library): a word's size
# (0: blocking), and a surface phrase's key (a surface is syllables joined by single spaces,
# as segmentation builds it, and folding a syllable never reaches across the spaces, so the
# key of a surface is the keys of its syllables joined).
_WORD_SIZES: Memo[str, int] = Memo(_word_size, compute_all=_word_sizes)
_SYLLABLE_KEYS: Memo[str, str] = Memo(_phrase_key, limit=50_000)
# A surface of syllables of letters and digits folds into one such run per syllable, so its
# key is usually its folded form as it stands; checked below for all the surfaces at once.
_FOLDED_SURFACES = re.compile(r"[^\W_]+(?: [^\W_]+)*(?:\n[^\W_]+(?: [^\W_]+)*)*")


def _surface_keys(surfaces: list[str]) -> list[str]:
    """``[_surface_key(s) for s in surfaces]``, folding all the surfaces in one call."""
    folded = fold("\n".join(surfaces))
    keys = folded.split("\n")
    if len(keys) != len(surfaces) or not _FOLDED_SURFACES.fullmatch(folded):
        return list(map(_surface_key, surfaces))
    return keys


_SURFACE_KEYS: Memo[str, str] = Memo(_surface_key, compute_all=_surface_keys)

# Where an occurrence stands, for the spelling it votes for (see Candidates.natural_form).
_INSIDE, _INITIAL, _HEADING = 0, 1, 2


def _table(rule: Callable[[int], int]) -> bytes:
    """A bytes.translate table: byte value -> rule(value)."""
    return bytes(rule(value) for value in range(256))


def _field(size: int) -> int:
    """A word's size in 2 bits; a word of 4 syllables or more is as good as a blocking one
    in a run of several words (the run would be too long)."""
    return size if size <= 3 else 0


# The candidates are the runs of 1 to 4 neighbouring words, none blocking, with 2 to 4
# syllables in all. Whether a run of n words starting at a word is one is read off a code made
# of the sizes of its words, 2 bits each (one word: its size); translate() maps every code to
# 1 or 0.
_NONZERO = _table(lambda v: 1 if v else 0)
_ZERO = _table(lambda v: 0 if v else 1)
_IS_CANDIDATE = [
    b"",
    _table(lambda v: 1 if MIN_SYLLABLES <= v <= MAX_SYLLABLES else 0),
    _table(lambda v: 1 if v >> 2 and v & 3 and (v >> 2) + (v & 3) <= MAX_SYLLABLES else 0),
    _table(
        lambda v: (
            1
            if v >> 4
            and v >> 2 & 3
            and v & 3
            and (v >> 4) + (v >> 2 & 3) + (v & 3) <= MAX_SYLLABLES
            else 0
        )
    ),
    _table(lambda v: 1 if v == 0b01010101 else 0),
]
_SHIFTED = [_table(lambda v, shift=shift: _field(v) << shift) for shift in range(0, 8, 2)]
_KIND_IS = [_table(lambda v, kind=kind: 1 if v == kind else 0) for kind in range(3)]


def _bits(data: bytes) -> int:
    return int.from_bytes(data, "big")


def _candidate_masks(sizes: bytes) -> list[bytes]:
    """For n = 1..4: a byte per word, 1 where the n words from there make a candidate."""
    count = len(sizes)
    padded = sizes + bytes(MAX_SYLLABLES)  # blocking words after the end
    masks = [b""]
    masks.append(sizes.translate(_IS_CANDIDATE[1]))
    for n in range(2, MAX_SYLLABLES + 1):
        # Bitwise OR of the shifted size fields (they do not overlap) builds every code at once.
        code = 0
        for offset in range(n):
            field = _SHIFTED[n - 1 - offset]
            code |= _bits(padded[offset : offset + count].translate(field))
        masks.append(code.to_bytes(count, "big").translate(_IS_CANDIDATE[n]))
    return masks


@dataclass
class _Occurrences:
    """The candidate occurrences of n words each (n = 1..4), in text order."""

    surfaces: list[str]
    mask: bytes  # per word of the stream: 1 where one of them starts
    kinds: bytes  # per word of the stream: _INSIDE, _INITIAL or _HEADING

    def placed(self, surfaces: set[str]) -> Iterator[tuple[str, int, int]]:
        """(surface, first word, kind) of each occurrence of one of ``surfaces``."""
        found = list(compress(range(len(self.surfaces)), map(surfaces.__contains__, self.surfaces)))
        if found:
            starts = list(compress(range(len(self.mask)), self.mask))
            for index in found:
                yield self.surfaces[index], starts[index], self.kinds[starts[index]]


@dataclass
class Candidates:
    """The candidate occurrences of a text, gathered by key (see :func:`gather`)."""

    occurrences: list[_Occurrences]  # by number of words
    counts: Counter[str]  # occurrences by key
    # Occurrences by surface inside sentences, at the start of one, in upper-case headings.
    kinds: tuple[Counter[str], Counter[str], Counter[str]]
    closed: set[str]  # keys seen once as a whole stretch between stopwords and punctuation
    single: set[str]  # keys seen as one word
    opening: set[str]  # keys seen in the opening (the first 20% of the sentences)
    surface_of: dict[str, str]  # a surface of each key (its only one, for most)

    @cached_property
    def surfaces_by_key(self) -> dict[str, list[str]]:
        """The surfaces of each key that has several (others have their first surface)."""
        distinct = list(set().union(*self.kinds))
        keys = list(map(_SURFACE_KEYS.__getitem__, distinct))
        per_key = Counter(keys)
        if len(per_key) == len(keys):
            return {}  # one surface per key, the usual case
        shared = set(compress(per_key, map((1).__lt__, per_key.values())))
        by_key: dict[str, list[str]] = {}
        for surface, key in compress(zip(distinct, keys), map(shared.__contains__, keys)):  # noqa: B905
            by_key.setdefault(key, []).append(surface)
        return by_key

    def syllable_count(self, key: str) -> int:
        """Syllables of ``key``, as its surfaces have them (all alike: a syllable folds to one
        run of letters or digits)."""
        return self.surface_of[key].count(" ") + 1

    def natural_form(self, key: str) -> str:
        """The phrase as it is usually written inside sentences; lower case when only seen at
        the start of a sentence or in an upper-case heading."""
        surfaces = self.surfaces_by_key.get(key)
        if surfaces is None:  # one spelling only, the usual case
            surface = self.surface_of[key]
            if surface in self.kinds[_INSIDE]:
                return surface
            surfaces = [surface]
        inside, initial, heading = (self._most_common(kind, surfaces) for kind in range(3))
        if inside is not None:
            return inside
        if initial is not None:
            rest = initial[1:]
            # "Khách hàng" at a sentence start is "khách hàng"; "Hà Nội" stays a name.
            if not any(c.isupper() for c in rest):
                return initial[:1].lower() + rest
            return initial
        if heading is not None:
            return " ".join(w if is_acronym(w) else w.lower() for w in heading.split())
        return key

    def _most_common(self, kind: int, surfaces: list[str]) -> str | None:
        """The surface with the most occurrences of this kind; ties go to the first seen."""
        counts = self.kinds[kind]
        seen = [s for s in surfaces if s in counts]
        if not seen:
            return None
        most = max(map(counts.__getitem__, seen))
        tied = [s for s in seen if counts[s] == most]
        if len(tied) == 1:
            return tied[0]
        # Rare: the same phrase spelt two ways as often. The first in the text wins (by
        # first word, then by length, the order in which the phrases are read).
        first: dict[str, tuple[int, int]] = {}
        for n, found in enumerate(self.occurrences, start=1):
            for surface, start, where in found.placed(set(tied)):
                if where == kind:
                    first[surface] = min(first.get(surface, (start, n)), (start, n))
        return min(tied, key=first.__getitem__)


def gather(text: str, *, keep: bool = True) -> Candidates:
    """Every candidate occurrence in NFC ``text``.

    The result for the last text is kept: the import pipeline asks for a document's
    keyphrases and then for the keys of all its candidates, and the second answer is then
    free. (Treat the result as read-only.) ``keep=False`` leaves it alone: for a title, say.

    >>> found = gather("Thư viện số và mã nguồn mở. Thư viện số mở cửa.")
    >>> found.counts["thu vien so"], found.natural_form("ma nguon mo")
    (2, 'mã nguồn mở')
    """
    found = _LAST.get(text)
    if found is None:
        found = _gather(text)
        if keep:
            _LAST.clear()
            _LAST[text] = found
    return found


_LAST: dict[str, Candidates] = {}  # the last text gathered, and what was found


def _gather(text: str) -> Candidates:
    """See :func:`gather`.

    No Python loop runs per word or per occurrence: masks over the word stream (bytes built
    by translate() and big-integer bit operations) pick the candidates, and map(), compress()
    and Counter do the rest in C.
    """
    sentences = split_sentences(text, normalized=True)
    # All sentences are segmented as one stream of words (see word_stream), with the pairs
    # learned from all of them.
    stream = word_stream(sentences)
    count = len(stream)
    _WORD_SIZES.fill(stream)
    sizes = bytes(map(_WORD_SIZES.__getitem__, stream))  # words have a handful of syllables
    masks = _candidate_masks(sizes)
    # Where each sentence starts in the stream, and what each word is for the spelling votes:
    # in a heading, the first word of a sentence, or inside one.
    starts = [0]
    find = stream.index
    try:
        while True:
            starts.append(find(TEXT_BREAK, starts[-1]) + 1)
    except ValueError:
        pass  # no more sentences
    marks = bytearray(count)
    for start in starts[: len(sentences)]:
        if start < count:
            marks[start] = _INITIAL
    for index in compress(range(len(sentences)), map(is_mostly_upper, sentences)):
        end = starts[index + 1] if index + 1 < len(starts) else count
        marks[starts[index] : end] = bytes([_HEADING]) * (end - starts[index])
    kinds = bytes(marks)
    total = max(1, len(sentences))
    opening_end = count  # the first word after the opening sentences
    for index, start in enumerate(starts):
        if index / total >= OPENING_SHARE:
            opening_end = start
            break
    # A candidate is closed when it fills a whole stretch between blocking words: it starts
    # after a blocking word and the word after it is blocking.
    nonzero = sizes.translate(_NONZERO)
    after_block = _bits((b"\x00" + sizes[:-1]).translate(_ZERO)) if count else 0
    zero_after = (sizes + bytes(MAX_SYLLABLES + 1)).translate(_ZERO)
    key_of = _SURFACE_KEYS.__getitem__
    by_kind: tuple[list[str], list[str], list[str]] = ([], [], [])
    closed: list[str] = []
    opening: list[str] = []
    occurrences = []
    not_inside = _bits(kinds.translate(_NONZERO))
    for n in range(1, MAX_SYLLABLES + 1):
        mask = masks[n]
        if 1 not in mask:
            occurrences.append(_Occurrences([], mask, kinds))
            continue
        if n == 1:
            surfaces = list(compress(stream, mask))
        else:
            runs = zip(*(stream[offset:] for offset in range(n)))  # noqa: B905
            surfaces = list(map(" ".join, compress(runs, mask)))
        occurrences.append(_Occurrences(surfaces, mask, kinds))
        bits = _bits(mask)
        if not bits & not_inside:
            by_kind[_INSIDE].extend(surfaces)
        else:
            found_kinds = bytes(compress(kinds, mask))
            for kind in (_INSIDE, _INITIAL, _HEADING):
                by_kind[kind].extend(compress(surfaces, found_kinds.translate(_KIND_IS[kind])))
        whole = bits & _bits(nonzero) & after_block & _bits(zero_after[n : n + count])
        closed.extend(compress(surfaces, bytes(compress(whole.to_bytes(count, "big"), mask))))
        opening.extend(surfaces[: mask[:opening_end].count(1)])
    every = list(chain(*(found.surfaces for found in occurrences)))
    _SURFACE_KEYS.fill(every)
    keys = list(map(key_of, every))
    return Candidates(
        occurrences=occurrences,
        counts=Counter(keys),
        kinds=(Counter(by_kind[0]), Counter(by_kind[1]), Counter(by_kind[2])),
        closed=set(map(key_of, closed)),
        single=set(map(key_of, occurrences[0].surfaces)),
        opening=set(map(key_of, opening)),
        surface_of=dict(zip(keys, every, strict=True)),
    )
