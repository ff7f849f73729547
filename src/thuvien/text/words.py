"""Syllables and words: an offline Vietnamese word segmenter.

Vietnamese writes a space between syllables, not between words: "thư viện điện tử" is two
words of two syllables each. :func:`segment_words` joins syllables into words with

* a dictionary authored for thuvien (``data/words_vi.txt``, a few thousand common compounds,
  names of provinces and countries), matched on a case- and tone-placement-insensitive key;
* proper names: runs of capitalised syllables ("Nguyễn Văn An", "Quảng Oai");
* statistics of the text itself: a pair of syllables that keeps coming back together in one
  document is taken as a word even when the dictionary does not know it.

A dynamic program picks, for each punctuation-free run, the split with the best total score,
so a long dictionary word beats two short ones and the dictionary beats guessed names.
Nothing is downloaded: the word list ships inside the package.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, pairwise
from typing import TypeVar

from thuvien.text.data import load_list
from thuvien.text.normalize import comparison_key, normalize
from thuvien.text.stopwords import is_stopword

# A syllable is a run of letters or digits; everything else separates syllables.
_SYLLABLE = re.compile(r"[^\W_]+")
# A run: syllables between which only spaces stand (a line break from a wrapped line counts as
# a space, two do not); any other character (comma, hyphen, quote) ends the run. One regex
# pass over the text finds them all, and ``str.split`` then cuts a run into its syllables.
_RUN = re.compile(r"[^\W_]+(?:(?:[ \t]+\n?|\n)[ \t]*[^\W_]+)*")

# Bonus for joining n syllables into one word; single syllables score 0. A dictionary word is
# the surest evidence, and longer dictionary words get a little more so "xã hội chủ nghĩa"
# wins over "xã hội" + "chủ nghĩa".
_DICTIONARY_BONUS = 1.0
_LENGTH_BONUS = 0.1
# A guessed name or a statistical pair must not outvote a dictionary split.
_NAME_BONUS = 0.5
_LEARNED_BONUS = 0.6
_MAX_NAME_SYLLABLES = 4

# Leading words that are titles or administrative units, not part of the name after them
# ("Ông Nguyễn Văn An", "Tỉnh Quảng Ninh").
_NAME_PREFIXES = frozenset(
    comparison_key(w)
    for w in (  # noqa: SIM905
        "ông bà anh chị em cô chú bác cháu thầy cụ cậu mợ dì ngài "
        "tỉnh huyện xã phường quận thị thành làng thôn bản ấp xóm "
        "sông núi hồ đảo biển chùa đền đình cầu chợ phố đường ngõ"
    ).split()
)

_T = TypeVar("_T")


class Memo(dict[str, _T]):
    """A dict that fills itself: a missing key's value is ``compute(key)``, stored for next time.

    Looking a syllable up in a plain dict (``memo[s]``, or ``map(memo.__getitem__, run)``)
    costs a fraction of a call to an ``lru_cache``-wrapped function, and a document repeats
    its syllables and words thousands of times. Past ``limit`` entries the memo starts over,
    so memory stays bounded however many documents go through.

    >>> lengths = Memo(len)
    >>> lengths["thư viện"], len(lengths)
    (8, 1)
    """

    def __init__(self, compute: Callable[[str], _T], limit: int = 200_000) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: str) -> _T:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._compute(key)
        return value


@dataclass(frozen=True)
class _Lexicon:
    keys: frozenset[str]
    longest: int
    # Every key and every leading part of one ("xã", "xã hội", "xã hội chủ"): a match is
    # extended syllable by syllable only while it is still the start of some word.
    prefixes: frozenset[str]
    # Leading parts of a longer key ("xã hội" for "xã hội học"), and first two syllables.
    extendable: frozenset[str]
    pairs: frozenset[tuple[str, str]]


@cache
def _lexicon() -> _Lexicon:
    listed = {comparison_key(word) for word in load_list("words_vi") if " " in word}
    # A listed phrase made wholly of other listed words ("bảo hiểm" + "xã hội") is segmented
    # as those words, the convention of Vietnamese word-segmented corpora; keyphrases put
    # such phrases back together from their words.
    keys = frozenset(key for key in listed if not _made_of_words(key, listed))
    extendable = set()
    for key in keys:
        parts = key.split(" ")
        extendable.update(" ".join(parts[:size]) for size in range(1, len(parts)))
    return _Lexicon(
        keys=keys,
        longest=max(key.count(" ") + 1 for key in keys),
        prefixes=frozenset(extendable | keys),
        extendable=frozenset(extendable),
        pairs=frozenset(tuple(key.split(" ")[:2]) for key in keys),
    )


def _made_of_words(key: str, words: set[str]) -> bool:
    parts = key.split(" ")
    covered = [True] + [False] * len(parts)
    for end in range(2, len(parts) + 1):
        for start in range(0, end - 1):
            whole = (start, end) == (0, len(parts))
            if not whole and covered[start] and " ".join(parts[start:end]) in words:
                covered[end] = True
                break
    return covered[-1]


def syllables(text: str) -> list[str]:
    """Return the syllables of ``text``: runs of letters or digits, in NFC.

    >>> syllables("Thư viện số 3.5, COVID-19!")
    ['Thư', 'viện', 'số', '3', '5', 'COVID', '19']
    """
    return _SYLLABLE.findall(normalize(text))


def _runs(text: str) -> list[list[str]]:
    """Split ``text`` into runs of syllables separated only by spaces (one line break allowed)."""
    return [run.split() for run in _RUN.findall(text)]


def _is_capitalised(syllable: str) -> bool:
    return syllable[0].isupper() and (len(syllable) == 1 or syllable[1:].islower())


# Per syllable, computed once: its comparison key; the key when the syllable is a word of
# letters ("" for "2020", "COVID19"), which is what pair learning counts; and its part in a
# name (see _name_role).
_KEYS: Memo[str] = Memo(comparison_key)
_LETTER_KEYS: Memo[str] = Memo(lambda s: _KEYS[s] if s.isalpha() else "")

# Roles of a syllable in a guessed name, as bits: capitalised (it may stand inside a name),
# may start one (not a title, a unit or a stopword), may end one (not a stopword).
_NAME_PART, _NAME_START, _NAME_END = 1, 2, 4


def _name_role(syllable: str) -> int:
    if not (syllable.isalpha() and _is_capitalised(syllable)):
        return 0
    key = _KEYS[syllable]
    if is_stopword(key):
        return _NAME_PART
    if key in _NAME_PREFIXES:
        return _NAME_PART | _NAME_END
    return _NAME_PART | _NAME_START | _NAME_END


_NAME_ROLES: Memo[int] = Memo(_name_role)


def _learned_pairs(runs: Sequence[Sequence[str]]) -> frozenset[tuple[str, str]]:
    """See :func:`learned_pairs`."""
    lexicon = _lexicon()
    # All runs in one list, an empty key between two runs so that no pair spans them; the
    # counting then happens inside Counter (C code) rather than in a Python loop.
    keys: list[str] = []
    letter_key = _LETTER_KEYS.__getitem__
    for run in runs:
        keys.extend(map(letter_key, run))
        keys.append("")
    singles = Counter(keys)
    pairs = Counter(pairwise(keys))
    learned = set()
    for (a, b), count in pairs.items():
        if count < 3 or not a or not b or a == b or f"{a} {b}" in lexicon.keys:
            continue
        if is_stopword(a) or is_stopword(b):
            continue
        if count / max(singles[a], singles[b]) >= 0.75:
            learned.add((a, b))
    return frozenset(learned)


def _joins(
    run: Sequence[str], keys: Sequence[str], learned: frozenset[tuple[str, str]]
) -> dict[int, list[tuple[int, float]]]:
    """Every way to join syllables of ``run`` into one word, as end -> [(start, bonus)].

    A stretch that is a dictionary word scores as one; otherwise a run of capitalised
    syllables as a name; otherwise a learned pair. Each end's list is in increasing start.
    """
    lexicon = _lexicon()
    words, prefixes, extendable, longest = (
        lexicon.keys,
        lexicon.prefixes,
        lexicon.extendable,
        lexicon.longest,
    )
    size = len(run)
    positions = range(size - 1)
    # Only a few syllables can start a word: those whose pair with the next one begins a
    # dictionary word, capitalised ones (names) and the first of a learned pair. They are
    # found with map() and compress(), which run in C, and the loop below visits only them.
    starts = list(compress(positions, map(lexicon.pairs.__contains__, pairwise(keys))))
    roles = list(map(_NAME_ROLES.__getitem__, run))
    names = list(compress(positions, map(_NAME_START.__and__, roles)))
    if learned:
        names += compress(positions, map(learned.__contains__, pairwise(keys)))
    if names:
        starts = sorted({*starts, *names})
    joins: dict[int, list[tuple[int, float]]] = {}
    for start in starts:
        phrase = keys[start]
        found: list[int] = []
        if phrase in prefixes:
            for end in range(start + 2, min(size, start + longest) + 1):
                phrase = f"{phrase} {keys[end - 1]}"
                if phrase in words:
                    found.append(end)
                    joins.setdefault(end, []).append((start, _DICTIONARY_JOIN[end - start]))
                if phrase not in extendable:
                    break
        if roles[start] & _NAME_START:
            last = min(size, start + _MAX_NAME_SYLLABLES, start + longest)
            for end in range(start + 2, last + 1):
                if not roles[end - 1]:
                    break
                if roles[end - 1] & _NAME_END and end not in found:
                    found.append(end)
                    joins.setdefault(end, []).append((start, _NAME_BONUS * (end - start - 1)))
        if learned and start + 2 not in found and (keys[start], keys[start + 1]) in learned:
            joins.setdefault(start + 2, []).append((start, _LEARNED_BONUS))
    return joins


# Bonus of a dictionary word by its number of syllables.
_DICTIONARY_JOIN = [
    _DICTIONARY_BONUS * (length - 1) + _LENGTH_BONUS * (length - 1) ** 2 for length in range(64)
]


def _segment_run(run: Sequence[str], learned: frozenset[tuple[str, str]]) -> list[str]:
    """Best-scoring split of one punctuation-free run of syllables into words."""
    size = len(run)
    if size < 2:
        return list(run)
    joins = _joins(run, list(map(_KEYS.__getitem__, run)), learned)
    if not joins:
        return list(run)
    # best_score[i], best_start[i]: best total bonus for the first i syllables and where its
    # last word starts. Ties go to the shorter last word (it is tried first). Where no word
    # ends, the best is the one before plus a single syllable: only ends of possible words
    # are visited, and the gaps between them are filled by slice.
    best_score = [0.0] * (size + 1)
    best_start = list(range(-1, size))
    filled = 1
    joined: list[int] = []  # ends where a word of several syllables wins
    for end in sorted(joins):
        if end - 1 > filled:
            best_score[filled + 1 : end] = [best_score[filled]] * (end - 1 - filled)
        score = best_score[end - 1]
        for start, bonus in reversed(joins[end]):
            if best_score[start] + bonus > score:
                score = best_score[start] + bonus
                best_start[end] = start
        best_score[end] = score
        filled = end
        if best_start[end] != end - 1:
            joined.append(end)
    # Walk back from the end of the run: between two joined words it moves one syllable at a
    # time, so the next joined word on the path is the last one that ends before it.
    spans: list[tuple[int, int]] = []
    cursor = size
    for end in reversed(joined):
        if end <= cursor:
            cursor = best_start[end]
            spans.append((cursor, end))
    words: list[str] = []
    previous = 0
    for start, end in reversed(spans):
        words.extend(run[previous:start])
        words.append(" ".join(run[start:end]))
        previous = end
    words.extend(run[previous:])
    return words


def _segment_text(text: str, learned: frozenset[tuple[str, str]]) -> list[list[str]]:
    """:func:`segment_runs` of NFC ``text`` with the given learned pairs."""
    return [_segment_run(run, learned) for run in _runs(text)]


def learned_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Syllable pairs (as comparison keys) that behave like one word in ``text``.

    A pair counts when it occurs at least three times, is not in the dictionary, holds no
    stopword, and its syllables seldom occur apart (the pair makes up at least 75% of the
    more frequent syllable's occurrences).

    >>> sorted(learned_pairs("áp mái, áp mái. Lợp áp mái."))
    [('áp', 'mái')]
    """
    return _learned_pairs(_runs(normalize(text)))


def segment_runs(
    text: str,
    *,
    learn: bool = True,
    pairs: frozenset[tuple[str, str]] | None = None,
) -> list[list[str]]:
    """Segment ``text`` into words, keeping punctuation-free runs apart.

    Each inner list is one run (a stretch between punctuation marks); each word is its
    syllables joined by one space, in the text's own spelling. ``learn`` turns on joining of
    pairs that recur in this text (see :func:`segment_words`); ``pairs`` passes pairs learned
    from a larger text (see :func:`learned_pairs`) when segmenting it piece by piece.

    >>> segment_runs("Học sinh, sinh viên Hà Nội")
    [['Học sinh'], ['sinh viên', 'Hà Nội']]
    """
    runs = _runs(normalize(text))
    if pairs is None:
        pairs = _learned_pairs(runs) if learn else frozenset()
    return [_segment_run(run, pairs) for run in runs]


def segment_words(text: str, *, learn: bool = True) -> list[str]:
    """Split ``text`` into Vietnamese words; punctuation is dropped.

    Multi-syllable words come from the built-in dictionary, from runs of capitalised
    syllables (names) and, when ``learn`` is true, from syllable pairs that recur in the text
    as one unit at least three times.

    >>> segment_words("Thư viện điện tử của trường đại học Quảng Oai")
    ['Thư viện', 'điện tử', 'của', 'trường', 'đại học', 'Quảng Oai']
    """
    return [word for run in segment_runs(text, learn=learn) for word in run]
