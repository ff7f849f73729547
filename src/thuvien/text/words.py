"""Syllables and words: an offline Vietnamese word segmenter.

Vietnamese writes a space between syllables, not between words: "thư viện điện tử" is two
words of two syllables each. :func:`segment_words` joins syllables into words with

* a dictionary authored for thuvien (``data/words_vi.txt``, a few thousand common compounds,
  names of provinces and countries), matched on a case- and tone-placement-insensitive key;
* proper names: runs of capitalised syllables ("Nguyễn Văn An", "Quảng Oai");
* statistics of the text itself: a pair of syllables that keeps coming back together in one
  document is taken as a word even when the dictionary does not know it.

A dynamic program picks, for each punctuation-free run, the split with the best total score,
so a long dictionary word beats two short ones and the dictionary beats guessed names (see
:mod:`thuvien.text.segmenter`). Nothing is downloaded: the word list ships inside the package.

Many short texts (the sentences of a document) are best segmented together, as one stream of
syllables with break tokens between runs and texts (:func:`word_stream`): the per-syllable
work then runs in C (``map``, ``Counter``, ``bytes.translate``) over the whole stream.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from thuvien.text.normalize import normalize
from thuvien.text.segmenter import Keyed, comparison_keys, learn_pairs, segment_stream, word_key

__all__ = [
    "RUN_BREAK",
    "TEXT_BREAK",
    "comparison_keys",
    "learned_pairs",
    "segment_runs",
    "segment_words",
    "syllables",
    "word_key",
    "word_stream",
]

# A syllable is a run of letters or digits; everything else separates syllables.
_SYLLABLE = re.compile(r"[^\W_]+")
# A run: syllables between which only spaces stand (a line break from a wrapped line counts as
# a space, two do not); any other character (comma, hyphen, quote) ends the run. One regex
# pass over the text finds them all, and ``str.split`` then cuts a run into its syllables.
_RUN = re.compile(r"[^\W_]+(?:(?:[ \t]+\n?|\n)[ \t]*[^\W_]+)*")
# The same in texts whose spaces are single (sentences), with a text break as its own token.
_SPACED_RUN_OR_TEXT_BREAK = re.compile(r"[^\W_]+(?: [^\W_]+)*|\x01")


def syllables(text: str, *, normalized: bool = False) -> list[str]:
    """Return the syllables of ``text``: runs of letters or digits, in NFC.

    ``normalized=True`` skips :func:`~thuvien.text.normalize.normalize` for a text that has
    been through it already (the sentences of a normalized text, for example).

    >>> syllables("Thư viện số 3.5, COVID-19!")
    ['Thư', 'viện', 'số', '3', '5', 'COVID', '19']
    """
    return _SYLLABLE.findall(text if normalized else normalize(text))


# Tokens of a syllable or word stream that stand between two runs and between two texts.
# Control characters: never part of a syllable, and removed from text by normalize().
RUN_BREAK = "\x00"
TEXT_BREAK = "\x01"
_BREAKS = frozenset({RUN_BREAK, TEXT_BREAK})


def _syllable_stream(texts: Iterable[str]) -> list[str]:
    """The syllables of NFC ``texts`` in one list, with a break token between runs and texts.

    One regex pass per text finds the runs; joining them around the break tokens and one
    ``str.split`` then give every syllable without a Python loop.
    """
    run_break, text_break = f" {RUN_BREAK} ", f" {TEXT_BREAK} "
    joined = TEXT_BREAK.join(texts)
    if "\n" in joined or "\t" in joined or "  " in joined or RUN_BREAK in joined:
        return text_break.join(run_break.join(_RUN.findall(text)) for text in texts).split()
    # Sentences (single spaces, no line breaks): one regex call for all of them. A run
    # break goes between every two tokens, then is taken out again next to a text break.
    stream = run_break.join(_SPACED_RUN_OR_TEXT_BREAK.findall(joined))
    stream = stream.replace(f" {RUN_BREAK} {TEXT_BREAK}", f" {TEXT_BREAK}")
    return stream.replace(f"{TEXT_BREAK} {RUN_BREAK} ", f"{TEXT_BREAK} ").split()


def _split_runs(stream: list[str]) -> list[list[str]]:
    """The runs of a one-text stream, as lists."""
    runs: list[list[str]] = [[]] if stream else []
    for token in stream:
        if token == RUN_BREAK:
            runs.append([])
        else:
            runs[-1].append(token)
    return runs


def word_stream(texts: Iterable[str], pairs: frozenset[tuple[str, str]] | None = None) -> list[str]:
    """The words of each NFC text in one list, :data:`RUN_BREAK` between two runs of a text
    and :data:`TEXT_BREAK` between two texts.

    The words are those of ``segment_runs(text, pairs=pairs)`` for each text. ``pairs=None``
    learns the pairs from all the texts together, as :func:`learned_pairs` does from one
    text, except that a pair never spans two texts (given the sentences of a document, a
    heading and the line after it do not make a pair). Segmenting the sentences of a
    document as one stream saves the cost of a call per sentence and per run.

    >>> word_stream(["Học sinh, sinh viên", "Hà Nội"])
    ['Học sinh', '\\x00', 'sinh viên', '\\x01', 'Hà Nội']
    """
    keyed = Keyed.of(_syllable_stream(texts))
    return segment_stream(keyed, learn_pairs(keyed) if pairs is None else pairs)


def learned_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Syllable pairs (as comparison keys) that behave like one word in ``text``.

    A pair counts when it occurs at least three times, is not in the dictionary, holds no
    stopword, and its syllables seldom occur apart (the pair makes up at least 75% of the
    more frequent syllable's occurrences).

    >>> sorted(learned_pairs("áp mái, áp mái. Lợp áp mái."))
    [('áp', 'mái')]
    """
    return learn_pairs(Keyed.of(_syllable_stream([normalize(text)])))


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
    keyed = Keyed.of(_syllable_stream([normalize(text)]))
    if pairs is None:
        pairs = learn_pairs(keyed) if learn else frozenset()
    return _split_runs(segment_stream(keyed, pairs))


def segment_words(text: str, *, learn: bool = True) -> list[str]:
    """Split ``text`` into Vietnamese words; punctuation is dropped.

    Multi-syllable words come from the built-in dictionary, from runs of capitalised
    syllables (names) and, when ``learn`` is true, from syllable pairs that recur in the text
    as one unit at least three times.

    >>> segment_words("Thư viện điện tử của trường đại học Quảng Oai")
    ['Thư viện', 'điện tử', 'của', 'trường', 'đại học', 'Quảng Oai']
    """
    return [word for run in segment_runs(text, learn=learn) for word in run]
