"""The tokens both engines index: folded words, word pairs, exact forms and filter tokens.

Everything is tokenised here, in Python, with the project's one folder (`fold`), so the SQLite
and PostgreSQL indexes hold exactly the same tokens and answer queries alike:

* a **word** is a run of letters and digits, folded: "Đảng" -> ``dang``;
* a **pair** joins two neighbouring folded words: "Quảng Oai" -> ``_quang_oai``. Pairs make
  phrase and adjacency queries cheap without positions, and are far rarer than single
  Vietnamese syllables, most of which occur in most documents;
* an **exact** token keeps the diacritics, with the tone mark in one canonical place, so
  "huyện uỷ" and "huyện ủy" give the same token while "đường" and "dương" do not;
* **filter** tokens name the category, file type, year and page-count bucket;
* in titles and keywords only, a **prefix** token for the first one to five letters of each
  word (``__qu``, ``__qua``: the last word typed as a prefix is one token, not a range of
  words) and a **length** token for the title's number of words (``_l4``: the order of titles,
  shortest first, as bitmaps; see ``_bitmaps``).

Pairs, filter, prefix and length tokens start with ``_``, which no word can contain, so a
prefix query on a word never runs into them and a user can never type one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from thuvien.text.fold import fold
from thuvien.text.normalize import comparison_key, normalize

# A word: letters and digits, as in the text toolkit (underscore is a separator).
_WORD = re.compile(r"[^\W_]+")

# Page-count buckets for the page filter: (low, high) inclusive, the last one open.
PAGE_BUCKETS: tuple[tuple[int, int | None], ...] = (
    (0, 1),
    (2, 5),
    (6, 10),
    (11, 20),
    (21, 50),
    (51, 100),
    (101, 200),
    (201, 500),
    (501, None),
)


def words(text: str) -> list[str]:
    """The lower-case words of a text, diacritics kept.

    >>> words("Huyện uỷ, Quảng Oai!")
    ['huyện', 'uỷ', 'quảng', 'oai']
    """
    return _WORD.findall(text.lower())


@lru_cache(maxsize=262144)
def fold_word(word: str) -> str:
    """`fold` of one word, remembered: a text repeats its words, so this is the fast path.

    A folded word that splits into several (a rare letter folding to punctuation) is glued
    back so one word stays one token.

    >>> fold_word("đường")
    'duong'
    """
    folded = fold(word)
    return "".join(_WORD.findall(folded)) or word


@lru_cache(maxsize=262144)
def exact_word(word: str) -> str:
    """The diacritic-keeping form of a word with its tone mark in the canonical place.

    >>> exact_word("ủy") == exact_word("uỷ")
    True
    """
    key = comparison_key(word)
    return "".join(_WORD.findall(key)) or word


@lru_cache(maxsize=262144)
def has_marks(word: str) -> bool:
    """True when the word carries diacritics (so its exact form differs from the folded one)."""
    return not word.isascii() and exact_word(word) != fold_word(word)


def folded_words(text_words: Iterable[str]) -> list[str]:
    return [fold_word(w) for w in text_words]


def pair(left: str, right: str) -> str:
    """The token of two neighbouring words.

    >>> pair("quang", "oai")
    '_quang_oai'
    """
    return f"_{left}_{right}"


def folded_tokens(text_words: Sequence[str]) -> list[str]:
    """Folded words followed by the pairs of neighbours."""
    folded = folded_words(text_words)
    return folded + [pair(a, b) for a, b in zip(folded, folded[1:], strict=False)]


def exact_tokens(text_words: Sequence[str]) -> list[str]:
    """Exact words and pairs, only where they differ from the folded ones."""
    exact = [exact_word(w) if has_marks(w) else fold_word(w) for w in text_words]
    marked = [has_marks(w) for w in text_words]
    out = [e for e, m in zip(exact, marked, strict=False) if m]
    for i in range(len(exact) - 1):
        if marked[i] or marked[i + 1]:
            out.append(pair(exact[i], exact[i + 1]))
    return out


def phrase_tokens(text: str) -> list[str]:
    """Tokens of a keyword phrase offered as a suggestion: folded and exact words and pairs,
    the words' prefixes."""
    phrase_words = words(text)
    tokens = folded_tokens(phrase_words) + exact_tokens(phrase_words)
    return tokens + prefix_tokens(tokens)


@lru_cache(maxsize=262144)
def marked_exact(word: str) -> str | None:
    """The exact form of a word with diacritics, None for a word without."""
    return exact_word(word) if has_marks(word) else None


def text_tokens(text: str) -> list[str]:
    """Tokens of a long text: folded words, pairs of neighbours, exact forms of marked words.

    Tokens repeat; the engines keep each once.

    >>> text_tokens("Đà Nẵng")
    ['da', 'nang', '_da_nang', 'đà', 'nẵng']
    """
    found = words(text)
    folded = list(map(fold_word, found))
    pairs = ["_" + a + "_" + b for a, b in zip(folded, folded[1:], strict=False)]
    exact = [e for e in map(marked_exact, dict.fromkeys(found)) if e is not None]
    return folded + pairs + exact


# Prefixes of title and keyword words indexed as tokens of their own (suggestions take a
# one-letter last word as a prefix; searches, two letters and more).
PREFIX_LENGTHS = (1, 2, 3, 4, 5)
# Titles longer than this sort alike (see ``_documents.order_key``).
MAX_TITLE_WORDS = 255


def prefix_token(prefix: str) -> str:
    """The token of the words of a title or keyword that start with ``prefix``.

    >>> prefix_token("qua")
    '__qua'
    """
    return f"__{prefix}"


def prefix_tokens(tokens: Iterable[str]) -> list[str]:
    """The prefix tokens of the words among some tokens (not of pairs or other ``_`` tokens),
    each once."""
    return list(
        dict.fromkeys(
            prefix_token(t[:n])
            for t in tokens
            if not t.startswith("_")
            for n in PREFIX_LENGTHS
            if len(t) >= n
        )
    )


def length_token(title_words: int) -> str:
    """The token of the titles with this many words."""
    return f"_l{min(title_words, MAX_TITLE_WORDS)}"


def category_token(category_id: int) -> str:
    return f"_c{int(category_id)}"


def file_type_token(file_type: str) -> str:
    cleaned = "".join(_WORD.findall(fold(normalize(file_type)))) or "x"
    return f"_t{cleaned}"


def year_token(year: int) -> str:
    return f"_y{int(year)}"


def page_bucket(page_count: int) -> int:
    """Index of the bucket of PAGE_BUCKETS that holds this page count (0 for none)."""
    for number, (low, high) in enumerate(PAGE_BUCKETS):
        if page_count >= low and (high is None or page_count <= high):
            return number
    return 0


def page_token(bucket: int) -> str:
    return f"_p{int(bucket)}"


def buckets_for_range(low: int | None, high: int | None) -> tuple[list[int], bool]:
    """Buckets that overlap [low, high] and whether they cover exactly that range.

    >>> buckets_for_range(2, 10)
    ([1, 2], True)
    >>> buckets_for_range(3, 7)
    ([1, 2], False)
    """
    low = 0 if low is None else low
    chosen: list[int] = []
    exact = True
    for number, (b_low, b_high) in enumerate(PAGE_BUCKETS):
        top = b_high if b_high is not None else float("inf")
        if top < low or (high is not None and b_low > high):
            continue
        chosen.append(number)
        if b_low < low or (high is not None and top > high):
            exact = False
    return chosen, exact


def index_text(tokens: Iterable[str]) -> str:
    """Tokens as the engines take them: each once (no positions are kept), space-separated."""
    return " ".join(dict.fromkeys(tokens))
