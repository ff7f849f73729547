"""What a visitor typed, understood: words, "phrases in quotes", -exclusions, a last-word prefix.

Any input is a valid query. The text is normalised (NUL and control characters go), cut to a
sane length, and reduced to words; operators of the engines' query languages mean nothing
here, because the engines only ever receive tokens built from these words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from thuvien.text.normalize import normalize

from ._tokens import fold_word, has_marks, words

MAX_QUERY_CHARS = 1000
MAX_WORDS = 24
MAX_EXCLUDED = 8
# A one-letter last word matches too much as a prefix ("vitamin a"), so it stays a word.
MIN_PREFIX_CHARS = 2

_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»＂"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_CHUNK = re.compile(r'(?P<neg>-+)?"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)')


@dataclass(frozen=True)
class Term:
    """One required or excluded unit: a word, or a phrase of several words in order."""

    words: tuple[str, ...]
    phrase: bool = False

    @property
    def folded(self) -> tuple[str, ...]:
        return tuple(fold_word(w) for w in self.words)


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    terms: tuple[Term, ...] = ()
    excluded: tuple[Term, ...] = ()
    prefix: bool = False
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def empty(self) -> bool:
        """No word to look for (nothing typed, only punctuation, or only exclusions)."""
        return not self.terms

    @property
    def words(self) -> list[str]:
        return [w for t in self.terms for w in t.words]

    @property
    def has_marks(self) -> bool:
        """True when the visitor typed diacritics, so exact matches should come first."""
        return any(has_marks(w) for w in self.words)

    def with_prefix(self, prefix: bool) -> ParsedQuery:
        return ParsedQuery(self.text, self.terms, self.excluded, prefix, self.notes)


def parse_query(raw: object, *, min_prefix: int = MIN_PREFIX_CHARS) -> ParsedQuery:
    """Understand a query string; never raises.

    >>> q = parse_query('quang oai "huyện uỷ" -xa')
    >>> [t.words for t in q.terms], [t.words for t in q.excluded], q.prefix
    ([('quang',), ('oai',), ('huyện', 'uỷ')], [('xa',)], False)
    """
    text = raw if isinstance(raw, str) else ""
    notes: list[str] = []
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notes.append("truncated")
    text = normalize(text).translate(_QUOTES).translate(_DASHES)
    terms: list[Term] = []
    excluded: list[Term] = []
    total = 0
    last_is_open_word = False
    for match in _CHUNK.finditer(text):
        raw_chunk = match.group("word")
        negative = bool(match.group("neg"))
        if raw_chunk is not None:
            negative = raw_chunk.startswith("-")
            found = words(raw_chunk)
            phrase = False
        else:
            found = words(match.group("phrase") or "")
            phrase = len(found) > 1
        if not found:
            continue
        if negative:
            if len(excluded) < MAX_EXCLUDED:
                excluded.append(Term(tuple(found[:MAX_WORDS]), phrase=phrase or len(found) > 1))
            last_is_open_word = False
            continue
        room = MAX_WORDS - total
        if room <= 0:
            if "too_many_words" not in notes:
                notes.append("too_many_words")
            break
        found = found[:room]
        total += len(found)
        if phrase:
            terms.append(Term(tuple(found), phrase=True))
            last_is_open_word = False
        else:
            terms.extend(Term((w,)) for w in found)
            # Only a word typed last, with nothing after it, may be unfinished.
            last_is_open_word = raw_chunk is not None and match.end() == len(text)
    prefix = bool(
        terms
        and last_is_open_word
        and not terms[-1].phrase
        and len(fold_word(terms[-1].words[0])) >= min_prefix
    )
    display = " ".join(text.split())
    return ParsedQuery(display, tuple(terms), tuple(excluded), prefix, tuple(notes))
