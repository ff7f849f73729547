"""Split syllables that lost the space between them ("thểđể" -> "thể để", "năm1068" -> "năm 1068").

PDF extraction often drops the space between two words. A token is split only when it is not a
valid syllable itself, every part of the split is, and the token is clearly Vietnamese: it has
a letter only Vietnamese uses ("ư", "đ", "ể"...), or, when its accents are ones French or
Spanish share ("sinhviên", "báocáo"), two parts with a spelling those languages lack ("nh",
"ng") or made of common syllables. Plain-ASCII tokens are never touched: "than", "hoang",
"iPhone", "TP.HCM" or "COVID-19" cannot be told apart from glued words without diacritics.
URLs, e-mail addresses, codes and numbers pass unchanged.
"""

from __future__ import annotations

import functools
import re

from thuvien.text.syllables import (
    COMMON_SYLLABLES,
    COMPOSE_TONE,
    is_syllable,
    parse_syllable,
    place_tone,
)

# Letters no other common Latin-script language uses: ă đ ĩ ũ ơ ư and the Vietnamese block.
_VIETNAMESE_ONLY = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
# Tones French, Spanish, Italian or Portuguese words do not combine with another accent.
_VIETNAMESE_LEANING = frozenset("ãõìòýÃÕÌÒÝ")
_SEGMENTS = re.compile(r"[^\W\d_]+|\d+|\s+|.", re.S)
_EDGE_PUNCTUATION = "\"'([{<.,;:!?)]}>“”‘’«»…-–—*"
_LOOKS_LIKE_ADDRESS = re.compile(r"://|^www\.|@|\.(?:com|net|org|vn|edu|gov|html?|php)\b", re.I)
_NUMBER_TAIL = re.compile(r"\d+(?:[.,/:\-]\d+)*[.,;:!?)\]}\"'”’%]*")
_SENTENCE_MARKS = ".!?"
_CLAUSE_MARKS = ",;:"
_LONGEST_SYLLABLE = 7  # "nghiêng", "nghiệp"


def _case_ok(piece: str) -> bool:
    return piece.islower() or piece.isupper() or piece.istitle()


def _is_vietnamese_syllable(piece: str) -> bool:
    return _case_ok(piece) and is_syllable(piece)


# One-letter syllables that are common words; other lone vowels ("ị", "ọ") in a split are far
# more often a typo ("Tạị") than two words.
_ONE_LETTER_WORDS = frozenset("àạảêếìôồơờởừyýủ")
# Names written solid that happen to split into syllables.
_SOLID_NAMES = frozenset({"êđê"})


def _split_piece_ok(piece: str) -> bool:
    if len(piece) == 1 and piece.lower() not in _ONE_LETTER_WORDS:
        return False
    return _is_vietnamese_syllable(piece)


_COMMON = frozenset(place_tone(s) for s in COMMON_SYLLABLES)
_VOWELS = frozenset("aăâeêioôơuưy")
# Spellings French, Spanish, Italian or German words do not begin or end a syllable with.
_VIETNAMESE_INITIALS = frozenset({"ng", "ngh", "nh", "kh", "gh"})
_VIETNAMESE_FINALS = frozenset({"ng", "nh"})


def _common(piece: str) -> bool:
    return place_tone(piece.lower()) in _COMMON


@functools.lru_cache(maxsize=65536)
def split_syllables(run: str) -> tuple[str, ...] | None:
    """Split a run of letters into valid syllables, fewest parts first; None if impossible.

    Among equally short splits the one with more common syllables wins, then the one whose
    parts start with consonants: "côngan" becomes "công an", "bộcó" becomes "bộ có".

    >>> split_syllables("thểđể"), split_syllables("xyz")
    (('thể', 'để'), None)
    """
    n = len(run)
    # best[i] = (score, split) for run[:i]; scores compare as tuples, lower is better.
    best: list[tuple[tuple[int, int, int], tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = ((0, 0, 0), ())
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST_SYLLABLE), end):
            previous = best[start]
            if previous is None:
                continue
            piece = run[start:end]
            if not _split_piece_ok(piece):
                continue
            parts, rare, vowel_initial = previous[0]
            vowel = piece[0].lower() in _VOWELS or not piece[0].isascii()
            score = (parts + 1, rare + (not _common(piece)), vowel_initial + vowel)
            current = best[end]
            if current is None or score < current[0]:
                best[end] = (score, (*previous[1], piece))
    result = best[n]
    return None if result is None else result[1]


def _clearly_vietnamese(run: str, parts: tuple[str, ...]) -> bool:
    if _VIETNAMESE_ONLY.search(run):
        return True
    # Only accents French, Spanish or Portuguese also use ("sinhviên", "báocáo", "désiré"):
    # two syllables (longer words are foreign far more often than three glued syllables),
    # and a spelling those languages lack or syllables that are all common words.
    if len(parts) != 2:
        return False
    for part in parts:
        syllable = parse_syllable(part)
        if syllable is None:
            return False
        if syllable.initial in _VIETNAMESE_INITIALS or syllable.final in _VIETNAMESE_FINALS:
            return True
    accented = [p for p in parts if not p.isascii()]
    if len(accented) >= 2 and any(c in _VIETNAMESE_LEANING for c in run):
        return True
    return bool(accented) and all(_common(p) for p in parts)


def _split_run(run: str) -> str:
    if run.isascii() or _is_vietnamese_syllable(run) or run.lower() in _SOLID_NAMES:
        return run
    parts = split_syllables(run)
    if parts is None or len(parts) < 2 or not _clearly_vietnamese(run, parts):
        return run
    return " ".join(parts)


def _vietnamese_word(run: str) -> bool:
    """A syllable with diacritics, long enough not to be a unit or a variable name."""
    return len(run) >= 2 and not run.isascii() and _is_vietnamese_syllable(run)


@functools.lru_cache(maxsize=262144)
def split_token(token: str) -> str:
    """Return ``token`` with spaces put back between glued syllables (unchanged if unsure).

    >>> split_token("cơsở"), split_token("năm1068"), split_token("sở.Trong"), split_token("iPhone")
    ('cơ sở', 'năm 1068', 'sở. Trong', 'iPhone')
    """
    if token.isascii():
        return token
    core = token.strip(_EDGE_PUNCTUATION)
    if not core or _is_vietnamese_syllable(core) or _LOOKS_LIKE_ADDRESS.search(token):
        return token
    segments = _SEGMENTS.findall(token)
    out: list[str] = []
    for i, segment in enumerate(segments):
        if segment[0].isalpha():
            split = _split_run(segment)
            previous = segments[i - 1] if i else ""
            before = segments[i - 2] if i >= 2 else ""
            if previous.isdigit() and _vietnamese_word(split.split(" ")[0]):
                out.append(" ")  # "1068năm"
            elif (
                len(previous) == 1
                and (
                    previous in _CLAUSE_MARKS
                    or (previous in _SENTENCE_MARKS and segment[0].isupper())
                )
                and before[:1].isalpha()
                and _punctuation_glue(before, segment)
            ):
                out.append(" ")  # "sở.Trong"
            out.append(split)
        elif segment[0].isdigit() and i and segments[i - 1][0].isalpha():
            tail = "".join(segments[i:])
            last_word = _split_run(segments[i - 1]).split(" ")[-1]
            if _vietnamese_word(last_word) and _NUMBER_TAIL.fullmatch(tail):
                out.append(" ")  # "năm1068", "tháng12/2020"
            out.append(segment)
        else:
            out.append(segment)
    return "".join(out)


def _punctuation_glue(left: str, right: str) -> bool:
    """Both sides are Vietnamese words and at least one carries diacritics."""
    left_word = _split_run(left).split(" ")[-1]
    right_word = _split_run(right).split(" ")[0]
    if not (_is_vietnamese_syllable(left_word) and _is_vietnamese_syllable(right_word)):
        return False
    if len(left_word) < 2 or len(right_word) < 2:
        return False
    return not (left_word.isascii() and right_word.isascii())


def _letter_classes() -> tuple[str, str, str]:
    vowels = "".join(sorted(COMPOSE_TONE.values()))
    toned = "".join(c for (_, tone), c in COMPOSE_TONE.items() if tone)
    consonants = "bcdfghjklmnpqrstvwxzđ" + "bcdfghjklmnpqrstvwxzđ".upper()
    return vowels, toned, consonants


_V, _T, _C = _letter_classes()
_UPPER = "".join(c for c in _V + _C if c.isupper())
_LOWER = "".join(c for c in _V + _C if c.islower())
# Where a token can hold more than one syllable, found by regular expressions that begin
# with a character class, so the engine skips ahead in C instead of Python visiting every
# word: a vowel, consonants, a vowel (no syllable has two vowel groups: "cơsở", "ViệtNam");
# two tone marks ("nhàở"); a capital after a small letter ("tạiAnh"); a digit against a
# letter ("năm1068"); a mark between letters ("sở.Trong"). Vowel-to-vowel glue with a single
# tone ("caoý") is not looked for: it is rare and finding it would cost a pass per vowel.
_CANDIDATES = (
    re.compile(f"[{_V}][{_C}]+[{_V}]"),
    re.compile(f"[{_T}][{_V}]*[{_T}]"),
    re.compile(f"[{_UPPER}](?<=[{_LOWER}].)"),
    re.compile(f"[0-9](?:(?<=[{_V}{_C}][0-9])|(?=[{_V}{_C}]))"),
    re.compile(f"[.,;:!?](?<=[{_V}{_C}].)(?=[{_V}{_C}])"),
)


def _token_span(text: str, position: int) -> tuple[int, int]:
    """Start and end of the whitespace-delimited token around ``position``."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    start = max(text.rfind(" ", line_start, position), text.rfind("\t", line_start, position))
    ends = [i for i in (text.find(c, position, line_end) for c in " \t") if i >= 0]
    return (start + 1 if start >= 0 else line_start), (min(ends) if ends else line_end)


def split_glued_changes(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Like :func:`split_glued` but list every changed token as ``(before, after)``.

    >>> split_glued_changes("toàn thểđể")
    ('toàn thể để', [('thểđể', 'thể để')])
    """
    if text.isascii():
        return text, []
    spans = {
        _token_span(text, m.start()) for pattern in _CANDIDATES for m in pattern.finditer(text)
    }
    pieces: list[str] = []
    changes: list[tuple[str, str]] = []
    done = 0
    for start, end in sorted(spans):
        token = text[start:end]
        fixed = split_token(token)
        if fixed != token:
            pieces += [text[done:start], fixed]
            done = end
            changes.append((token, fixed))
    if not changes:
        return text, []
    pieces.append(text[done:])
    return "".join(pieces), changes


def split_glued(text: str) -> tuple[str, int]:
    """Split glued syllables in ``text``; return the new text and how many tokens were split.

    >>> split_glued("Cán bộcó mặt tại cơsở năm1068.")
    ('Cán bộ có mặt tại cơ sở năm 1068.', 3)
    """
    fixed, changes = split_glued_changes(text)
    return fixed, len(changes)
