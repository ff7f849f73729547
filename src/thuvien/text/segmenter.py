"""The core of word segmentation: which syllables may join into a word, and the best split.

A word of several syllables is a dictionary word (``data/words_vi.txt``, matched on a case-
and tone-placement-insensitive key), a run of capitalised syllables (a name) or a pair of
syllables learned from the text (see :func:`learn_pairs`). Each join earns a bonus; the best
split of a run of syllables is the one with the highest total, found by dynamic programming.
:mod:`thuvien.text.words` builds the streams of syllables this module works on.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, pairwise, repeat
from operator import not_

from thuvien.text.data import load_list
from thuvien.text.memo import Memo
from thuvien.text.normalize import comparison_key
from thuvien.text.stopwords import is_stopword

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

# Codes of a pair of syllable keys in the lexicon, as bits: the pair is a word; the pair
# begins a longer word; (for one text) the pair is a learned pair.
_PAIR_WORD, _PAIR_BEGINS, _PAIR_LEARNED = 1, 2, 4


@dataclass(frozen=True)
class _Lexicon:
    keys: frozenset[str]
    longest: int
    # Code of every pair of keys that is a word or begins one (see _PAIR_WORD).
    pair_codes: dict[tuple[str, str], int]
    # Leading parts of two syllables or more of a longer word ("xã hội" of "xã hội học"): a
    # match is extended syllable by syllable only while it is one of these.
    extendable: frozenset[str]
    # The first three syllables of every word of three or more.
    triples: frozenset[tuple[str, str, str]]


@cache
def _lexicon() -> _Lexicon:
    listed = {comparison_key(word) for word in load_list("words_vi") if " " in word}
    # A listed phrase made wholly of other listed words ("bảo hiểm" + "xã hội") is segmented
    # as those words, the convention of Vietnamese word-segmented corpora; keyphrases put
    # such phrases back together from their words.
    keys = frozenset(key for key in listed if not _made_of_words(key, listed))
    extendable = set()
    pair_codes: dict[tuple[str, str], int] = {}
    for key in keys:
        parts = key.split(" ")
        extendable.update(" ".join(parts[:size]) for size in range(2, len(parts)))
        pair = (parts[0], parts[1])
        pair_codes[pair] = pair_codes.get(pair, 0) | (
            _PAIR_WORD if len(parts) == 2 else _PAIR_BEGINS
        )
    return _Lexicon(
        keys=keys,
        longest=max(key.count(" ") + 1 for key in keys),
        pair_codes=pair_codes,
        extendable=frozenset(extendable),
        triples=frozenset(tuple(key.split(" ")[:3]) for key in keys if key.count(" ") >= 2),
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


def _is_capitalised(syllable: str) -> bool:
    return syllable[0].isupper() and (len(syllable) == 1 or syllable[1:].islower())


def comparison_keys(texts: list[str]) -> list[str]:
    """Return ``[comparison_key(t) for t in texts]`` for one-line texts, in one call.

    The key is made word by word, so the keys of lines are the lines of the key; one call
    on many short texts spares the cost of a call each.

    >>> comparison_keys(["Thuỷ", "HOÀ BÌNH"])
    ['thuỷ', 'hoà bình']
    """
    keys = comparison_key("\n".join(texts)).split("\n")
    return keys if len(keys) == len(texts) else list(map(comparison_key, texts))


# Per syllable, computed once: its comparison key, and its part in a name (see _name_role).
_KEYS: Memo[str, str] = Memo(comparison_key, limit=50_000, compute_all=comparison_keys)


def word_key(word: str) -> str:
    """Return the comparison key of a word made of syllables one space apart.

    Syllable keys are remembered, so this is faster than ``comparison_key`` for the words of
    a text (the key is made syllable by syllable either way).

    >>> word_key("Hoà Bình")
    'hoà bình'
    """
    if " " not in word:
        return _KEYS[word]
    return " ".join(map(_KEYS.__getitem__, word.split(" ")))


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


_NAME_ROLES: Memo[str, int] = Memo(_name_role, limit=50_000)


@dataclass(frozen=True)
class Keyed:
    """A syllable stream with the comparison key of each syllable.

    >>> Keyed.of(["Hoà", "bình"]).keys
    ['hoà', 'bình']

    A break token has the empty key, so no pair of words spans two runs. (Pairs of
    neighbouring keys are made on the fly with ``pairwise``: a tuple dropped at once costs
    less than thousands kept, which set the garbage collector going.)
    """

    stream: Sequence[str]
    keys: list[str]

    @classmethod
    def of(cls, stream: Sequence[str]) -> Keyed:
        """Key the syllables of ``stream`` (a break token's key is "")."""
        _KEYS.fill(stream)
        return cls(stream, list(map(_KEYS.__getitem__, stream)))


def learn_pairs(keyed: Keyed) -> frozenset[tuple[str, str]]:
    """Syllable pairs (as keys) that behave like one word in a keyed stream.

    A pair counts when it occurs at least three times, is not in the dictionary, holds no
    stopword, and its syllables seldom occur apart (the pair makes up at least 75% of the
    more frequent syllable's occurrences).

    >>> sorted(learn_pairs(Keyed.of("áp mái áp mái Lợp áp mái".split())))
    [('áp', 'mái')]
    """
    pair_codes = _lexicon().pair_codes
    # The counting happens inside Counter (C code) rather than in a Python loop.
    singles = Counter(keyed.keys)
    pairs = Counter(pairwise(keyed.keys))
    learned = set()
    # Only pairs seen three times or more that are not dictionary words, picked in C: most
    # pairs occur once or twice.
    frequent = list(compress(pairs.keys(), map((2).__lt__, pairs.values())))
    unknown = bytes(map(pair_codes.get, frequent, repeat(0))).translate(_NOT_WORD_FLAGS)
    for a, b in compress(frequent, unknown):
        if a == b or not a.isalpha() or not b.isalpha():
            continue  # the same syllable twice, or numbers or breaks
        if is_stopword(a) or is_stopword(b):
            continue
        if pairs[a, b] / max(singles[a], singles[b]) >= 0.75:
            learned.add((a, b))
    return frozenset(learned)


# Bit tests done on whole byte strings at C speed (bytes.translate) rather than per item.
_WORD_FLAGS = bytes(code & _PAIR_WORD for code in range(256))
_NOT_WORD_FLAGS = bytes(0 if code & _PAIR_WORD else 1 for code in range(256))
_LEARNED_FLAGS = bytes(1 if code & _PAIR_LEARNED else 0 for code in range(256))
_BEGINS_FLAGS = bytes(code & _PAIR_BEGINS for code in range(256))
_NAME_START_FLAGS = bytes(role & _NAME_START for role in range(256))
_NAME_PART_AS_START = bytes(_NAME_START if role & _NAME_PART else 0 for role in range(256))

# Bonus of a dictionary word by its number of syllables.
_DICTIONARY_JOIN = [
    _DICTIONARY_BONUS * (length - 1) + _LENGTH_BONUS * (length - 1) ** 2 for length in range(64)
]


def _rare_joins(keyed: Keyed, codes: bytes) -> dict[int, list[tuple[int, float]]]:
    """Ways to join syllables into one word other than a two-syllable dictionary word, as
    end -> [(start, bonus)] in increasing start.

    Dictionary words of three syllables or more; otherwise runs of capitalised syllables
    (names); otherwise learned pairs. ``codes`` holds the code of each pair of neighbouring
    keys (see _PAIR_WORD); two-syllable dictionary words, the bulk, are read off it.
    """
    lexicon = _lexicon()
    words, extendable, longest = lexicon.keys, lexicon.extendable, lexicon.longest
    stream, keys = keyed.stream, keyed.keys
    size = len(stream)
    positions = range(size - 1)
    joins: list[tuple[int, int, float]] = []  # (end, start, bonus)
    # The scans below (map, compress) run in C; the loops visit only the few hits.
    triples = lexicon.triples
    for start in compress(positions, codes.translate(_BEGINS_FLAGS)):
        if start + 3 > size or (keys[start], keys[start + 1], keys[start + 2]) not in triples:
            continue
        phrase = f"{keys[start]} {keys[start + 1]}"
        for end in range(start + 3, min(size, start + longest) + 1):
            phrase = f"{phrase} {keys[end - 1]}"
            if phrase in words:
                joins.append((end, start, _DICTIONARY_JOIN[end - start]))
            if phrase not in extendable:
                break
    roles = bytes(map(_NAME_ROLES.__getitem__, stream))
    names: set[tuple[int, int]] = set()
    # A name starts where a syllable may start one and the next is capitalised: the two
    # flag strings are combined as big integers (one C operation for the whole stream).
    may_start = int.from_bytes(roles[:-1].translate(_NAME_START_FLAGS), "big")
    then_part = int.from_bytes(roles[1:].translate(_NAME_PART_AS_START), "big")
    starts = (may_start & then_part).to_bytes(size - 1, "big")
    for start in compress(positions, starts):
        last = min(size, start + _MAX_NAME_SYLLABLES, start + longest)
        for end in range(start + 2, last + 1):
            if not roles[end - 1]:
                break
            if roles[end - 1] & _NAME_END and not _is_word(keys, codes, start, end, words):
                names.add((start, end))
                joins.append((end, start, _NAME_BONUS * (end - start - 1)))
    for start in compress(positions, codes.translate(_LEARNED_FLAGS)):
        if (start, start + 2) not in names and not _is_word(keys, codes, start, start + 2, words):
            joins.append((start + 2, start, _LEARNED_BONUS))
    by_end: dict[int, list[tuple[int, float]]] = {}
    for end, start, bonus in sorted(joins):
        by_end.setdefault(end, []).append((start, bonus))
    return by_end


def _is_word(
    keys: Sequence[str], codes: bytes, start: int, end: int, words: frozenset[str]
) -> bool:
    if end - start == 2:
        return bool(codes[start] & _PAIR_WORD)
    return " ".join(keys[start:end]) in words


def segment_stream(keyed: Keyed, learned: frozenset[tuple[str, str]]) -> list[str]:
    """Best-scoring split of every run of a syllable stream into words; breaks stay as they are.

    >>> segment_stream(Keyed.of(["Học", "sinh", "\\x00", "sinh", "viên"]), frozenset())
    ['Học sinh', '\\x00', 'sinh viên']

    No word spans a break (a break's key is empty: it begins no dictionary word and is no
    name), so each run is split as if alone. Most runs hold only two-syllable dictionary
    words that do not overlap: those words are all taken as they are. The dynamic program
    runs only on the other runs.
    """
    stream = keyed.stream
    size = len(stream)
    if size < 2:
        return list(stream)
    pair_codes = _lexicon().pair_codes
    if learned:
        pair_codes = pair_codes | {
            pair: pair_codes.get(pair, 0) | _PAIR_LEARNED for pair in learned
        }
    codes = bytes(map(pair_codes.get, pairwise(keyed.keys), repeat(0)))
    # Two-syllable dictionary words, by start (one byte per syllable), and other possible
    # words by their end.
    pair_words = codes.translate(_WORD_FLAGS) + b"\x00"
    rare = _rare_joins(keyed, codes)
    if 1 not in pair_words and not rare:
        return list(stream)
    # Syllables where more than one word could start or end: two dictionary words that
    # overlap ("học sinh viên"), and the syllables of every rare word.
    crowded = bytearray((_bits(pair_words) & _bits(pair_words[1:] + b"\x00")).to_bytes(size, "big"))
    for end, options in rare.items():
        for start, _ in options:
            crowded[start:end] = b"\x01" * (end - start)
    # The runs (from one break to the next) that hold a crowded syllable need the program.
    breaks = [-1, *compress(range(size), map(not_, keyed.keys)), size]
    plain = bytearray(b"\x01") * size  # 0 over the runs that need the program
    hard: list[tuple[int, int]] = []
    for position in compress(range(size), crowded):
        if hard and position < hard[-1][1]:
            continue
        index = bisect_right(breaks, position)
        start, end = breaks[index - 1] + 1, breaks[index]
        hard.append((start, end))
        plain[start:end] = bytes(end - start)
    # In the other runs every two-syllable word is taken.
    spans = [
        (start, start + 2)
        for start in compress(range(size), (_bits(pair_words) & _bits(plain)).to_bytes(size, "big"))
    ]
    for start, end in hard:
        spans.extend(_best_split(start, end, pair_words, rare))
    spans.sort()
    words: list[str] = []
    previous = 0
    for start, end in spans:
        words.extend(stream[previous:start])
        words.append(" ".join(stream[start:end]))
        previous = end
    words.extend(stream[previous:])
    return words


def _best_split(
    run_start: int,
    run_end: int,
    pair_words: bytes,
    rare: dict[int, list[tuple[int, float]]],
) -> list[tuple[int, int]]:
    """The words of several syllables in the best-scoring split of one run, as (start, end).

    best_score[i], best_start[i]: best total bonus for the run's syllables before i and where
    its last word starts. Candidates are tried from the shortest last word (a single
    syllable) up, and only a strictly better one replaces the choice.
    """
    size = run_end - run_start
    pair_bonus = _DICTIONARY_JOIN[2]
    best_score = [0.0] * (size + 1)
    best_start = list(range(-1, size))
    for end in range(2, size + 1):
        score = best_score[end - 1]
        choice = -1
        at = run_start + end
        if pair_words[at - 2]:
            value = best_score[end - 2] + pair_bonus
            if value > score:
                score, choice = value, end - 2
        options = rare.get(at)
        if options:
            for start, bonus in reversed(options):
                value = best_score[start - run_start] + bonus
                if value > score:
                    score, choice = value, start - run_start
        best_score[end] = score
        if choice >= 0:
            best_start[end] = choice
    spans = []
    end = size
    while end > 0:
        start = best_start[end]
        if end - start > 1:
            spans.append((run_start + start, run_start + end))
        end = start
    return spans


def _bits(data: bytes) -> int:
    return int.from_bytes(data, "big")
