"""Highlighted titles and snippets: the words found, shown as they are written in the document.

The query's folded words are turned into one regular expression whose letters are classes of
everything that folds to them ("d" -> "[dđĐD]", "a" -> "[aàáảãạăằ...]"), built from the
project's own ``fold``. The search runs in the regex engine over the stored original text, so
a snippet costs a fraction of a millisecond even for a long text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import islice

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ._query import ParsedQuery
from ._tokens import fold_word

SNIPPET_CHARS = 240
# A snippet starts a quarter of its width before the first hit it was chosen for, and may end
# a word early at a space: the hits it was chosen for must end this much before its end.
_LAST_WORD_ROOM = 15
# Beyond this many hits in one text, later ones cannot make a better snippet worth the time.
_MAX_SPANS = 400
_LATIN_RANGES = ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00))
_NOT_WORD = r"[^\W_]"


@lru_cache(maxsize=1)
def _letter_classes() -> dict[str, str]:
    """For each folded letter, a regex class of every letter that folds to it."""
    from thuvien.text.fold import fold

    sources: dict[str, set[str]] = {}
    for low, high in _LATIN_RANGES:
        for code in range(low, high):
            char = chr(code)
            folded = fold(char)
            if len(folded) == 1 and folded.isalpha():
                sources.setdefault(folded, {folded}).add(char)
    return {
        base: "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        for base, chars in sources.items()
    }


def _letters(word: str) -> str:
    classes = _letter_classes()
    return "".join(classes.get(c, re.escape(c)) for c in word)


@lru_cache(maxsize=512)
def _compiled(folded_words: tuple[str, ...], prefix_last: bool) -> re.Pattern[str] | None:
    if not folded_words:
        return None
    whole = list(folded_words[:-1] if prefix_last else folded_words)
    # Longer words first, so the alternation prefers the longest match.
    whole.sort(key=len, reverse=True)
    alternatives = []
    if whole:
        alternatives.append(f"(?:{'|'.join(_letters(w) for w in whole)})(?!{_NOT_WORD})")
    if prefix_last:
        alternatives.append(f"{_letters(folded_words[-1])}[^\\W_]*")
    pattern = f"(?<!{_NOT_WORD})(?:{'|'.join(alternatives)})"
    # The letter classes hold both cases; other scripts need the engine's case folding.
    latin = all(c in _letter_classes() or not c.isalpha() for w in folded_words for c in w)
    return re.compile(pattern, 0 if latin else re.IGNORECASE)


class Highlighter:
    """Finds a query's words in any text, whatever its diacritics or case.

    >>> from ._query import parse_query
    >>> Highlighter(parse_query("da nang")).highlight("Bãi biển Đà Nẵng")
    'Bãi biển <mark>Đà</mark> <mark>Nẵng</mark>'
    """

    def __init__(self, query: ParsedQuery) -> None:
        folded = tuple(dict.fromkeys(fold_word(w) for w in query.words))
        last = fold_word(query.words[-1]) if query.words else ""
        prefix_last = query.prefix and folded and folded[-1] == last
        self.pattern = _compiled(folded, bool(prefix_last))
        self.words = folded
        self.positions = {word: at for at, word in enumerate(folded)}
        self.prefix_word = last if prefix_last else None

    def covers(self, text: str) -> bool:
        """True when every query word is in the text."""
        found = {fold_word(text[s:e].lower()) for s, e in self.spans(text)}
        return all(
            w in found or (self.prefix_word == w and any(f.startswith(w) for f in found))
            for w in self.words
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the query's words are, the first ``_MAX_SPANS`` of them."""
        if self.pattern is None or not text:
            return []
        return [m.span() for m in islice(self.pattern.finditer(text), _MAX_SPANS)]

    def highlight(self, text: str, spans: list[tuple[int, int]] | None = None) -> SafeString:
        """The text, HTML-escaped, with every found word in ``<mark>``."""
        spans = self.spans(text) if spans is None else spans
        out, last = [], 0
        for start, end in spans:
            out.append(escape(text[last:start]))
            out.append(f"<mark>{escape(text[start:end])}</mark>")
            last = end
        out.append(escape(text[last:]))
        return mark_safe("".join(out))

    def snippet(self, *texts: str, width: int = SNIPPET_CHARS) -> SafeString:
        """The passage of ``texts`` (description, text...) with the most distinct query words,
        then with the most of the query's neighbouring words side by side as typed ("thư
        viện", not "sinh viên năm thứ nhất"); ties go to the earlier text and passage.

        Falls back to the beginning of the first non-empty text when none is found.
        """
        best: tuple[int, int, int] | None = None  # (distinct words, distinct pairs, -order)
        best_at: tuple[str, int] = ("", 0)
        # What _cut is sure to show after the passage's first hit.
        reach = max(width // 2, width - width // 4 - _LAST_WORD_ROOM)
        for order, text in enumerate(texts):
            spans = self.spans(text)
            words_in = [fold_word(text[s:e].lower()) for s, e in spans]
            pairs = self._pairs(text, spans, words_in)
            seen: Counter[str] = Counter()
            paired: Counter[int] = Counter()
            end = 0
            for i, (start, _) in enumerate(spans):
                # Slide the window's right edge as far as the reach allows.
                while end < len(spans) and spans[end][1] - start <= reach:
                    seen[words_in[end]] += 1
                    if end > i and pairs[end] >= 0:
                        paired[pairs[end]] += 1
                    end += 1
                key = (len(seen), len(paired), -order)
                if best is None or key > best:
                    best, best_at = key, (text, start)
                if end > i:
                    seen[words_in[i]] -= 1
                    if not seen[words_in[i]]:
                        del seen[words_in[i]]
                    # Hit i leaves the window, and the pair it starts with it.
                    if i + 1 < end and pairs[i + 1] >= 0:
                        paired[pairs[i + 1]] -= 1
                        if not paired[pairs[i + 1]]:
                            del paired[pairs[i + 1]]
                else:
                    end = i + 1
        if best is None:
            first = next((t for t in texts if t and t.strip()), "")
            return self._cut(first, 0, width)
        text, start = best_at
        return self._cut(text, start, width)

    def _pairs(self, text: str, spans: list[tuple[int, int]], found: list[str]) -> list[int]:
        """For each hit j, k when hits j - 1 and j are the query's words k and k + 1 with only
        spaces between them, else -1."""
        position = [self._position(word) for word in found]
        pairs = [-1] * len(spans)
        for j in range(1, len(spans)):
            before = position[j - 1]
            if (
                before is not None
                and position[j] == before + 1
                and text[spans[j - 1][1] : spans[j][0]].isspace()
            ):
                pairs[j] = before
        return pairs

    def _position(self, word: str) -> int | None:
        """Where a found word stands among the query's words (a prefix's completion too)."""
        at = self.positions.get(word)
        if at is None and self.prefix_word is not None and word.startswith(self.prefix_word):
            return len(self.words) - 1
        return at

    def _cut(self, text: str, start: int, width: int) -> SafeString:
        if not text:
            return mark_safe("")
        begin = max(0, start - width // 4)
        if begin > 0:
            space = text.rfind(" ", 0, begin + 1)
            begin = space + 1 if space >= 0 and begin - space < 30 else begin
        end = min(len(text), begin + width)
        if end < len(text):
            space = text.rfind(" ", begin, end)
            end = space if space > begin + width // 2 else end
        piece = " ".join(text[begin:end].split())
        html = self.highlight(piece)
        before = "… " if begin > 0 else ""
        after = " …" if end < len(text) else ""
        return mark_safe(f"{before}{html}{after}")
