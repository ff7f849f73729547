"""Vietnamese stopwords: function words and light words that never make a keyphrase alone.

The list lives in ``data/stopwords_vi.txt`` (authored for thuvien). Comparison is in NFC lower
case with the tone mark in one canonical place, so "hoà"/"hòa" and "Của"/"của" match alike.
"""

from __future__ import annotations

from functools import cache, lru_cache

from thuvien.text.data import load_list
from thuvien.text.normalize import comparison_key


@cache
def stopwords() -> frozenset[str]:
    """Return every stopword's comparison key (lower case, canonical tones).

    >>> comparison_key("của") in stopwords()
    True
    """
    return frozenset(comparison_key(word) for word in load_list("stopwords_vi"))


@lru_cache(maxsize=65536)
def is_stopword(syllable_or_phrase: str) -> bool:
    """Tell whether a syllable or a whole phrase is a stopword.

    Spaces inside a phrase are collapsed before the lookup.

    >>> is_stopword("Của"), is_stopword("tuy  nhiên"), is_stopword("thư viện")
    (True, True, False)
    """
    key = comparison_key(" ".join(syllable_or_phrase.split()))
    return key in stopwords()
