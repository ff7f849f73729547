"""Evidence that a paragraph is in a legacy encoding: which words decode, and to what.

:mod:`thuvien.text.legacy` scans text, asks this module whether the words of a suspicious
paragraph read as Vietnamese once decoded, and converts the paragraph if they convincingly do.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from thuvien.text import legacy_codecs as codecs
from thuvien.text.legacy_tables import TCVN3_BYTES, TCVN3_PDF_ALIASES, cp1252_char
from thuvien.text.syllables import is_syllable

VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# Letters only Unicode Vietnamese has: a line holding them is (at least partly) correct text.
UNICODE_ONLY = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_WORD_PIECES = re.compile(r"[^\W\d_]+")
_TOKENS = re.compile(r"\S+")
EDGE_PUNCTUATION = "\"'([{<.,;:!?)]}>“”‘’«»…"

# --- per-encoding knowledge ------------------------------------------------------------------
_TCVN3_CHARS = frozenset([cp1252_char(b) for b in TCVN3_BYTES] + list(TCVN3_PDF_ALIASES))
TCVN3_STRONG = _TCVN3_CHARS - VIETNAMESE_LATIN1
VNI_STRONG = frozenset("øïåäüëöñæîûØÏÅÄÜËÖÑÆÎÛ")
_CP1258_MARK_AFTER_VOWEL = re.compile("[aeiouyâêôãõýAEIOUYÂÊÔÃÕÝ][ÌìÒòÞ]|[ðÐ]")
_VIQR_STRONG = re.compile(r"[aeoAEO]\^|[aA]\(|[ouOU][+*]|(?<![A-Za-z])(?:dd|DD|Dd)[aeiouyAEIOUY]")


def _alphabet_check(allowed: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda token: all(allowed(c) for c in token)


def _latin1_or_cp1252(char: str) -> bool:
    return char <= "\xff" or char in _CP1252_EXTRA


_CP1252_EXTRA = frozenset(cp1252_char(b) for b in range(0x80, 0xA0)) | set(TCVN3_PDF_ALIASES)


@dataclass(frozen=True)
class Codec:
    """How to decode one legacy encoding and judge a word written in it.

    >>> CODECS[0].name, CODECS[0].decode("Qu¶ng"), CODECS[0].strong("Qu¶ng")
    ('tcvn3', 'Quảng', True)
    """

    name: str
    decode: Callable[[str], str]
    representable: Callable[[str], bool]  # could this token be text in the encoding?
    strong: Callable[[str], bool]  # does it carry a sign hardly found in correct text?


CODECS = (
    Codec(
        "tcvn3",
        codecs.tcvn3_decode,
        _alphabet_check(_latin1_or_cp1252),
        lambda token: any(c in TCVN3_STRONG for c in token),
    ),
    Codec(
        "vni",
        codecs.vni_decode,
        _alphabet_check(_latin1_or_cp1252),
        lambda token: any(c in VNI_STRONG for c in token),
    ),
    Codec(
        "cp1258",
        codecs.cp1258_decode,
        _alphabet_check(_latin1_or_cp1252),
        lambda token: _CP1258_MARK_AFTER_VOWEL.search(token) is not None,
    ),
)
VIQR = Codec(
    "viqr",
    codecs.viqr_decode,
    str.isascii,
    lambda token: _VIQR_STRONG.search(token) is not None,
)


# --- word-level evidence ---------------------------------------------------------------------
@functools.lru_cache(maxsize=65536)
def vietnamese_pieces(word: str) -> bool:
    """True when every letter run of ``word`` is a valid syllable (and there is one).

    >>> vietnamese_pieces("Ê-đê"), vietnamese_pieces("Qu¶ng")
    (True, False)
    """
    pieces = _WORD_PIECES.findall(word)
    return bool(pieces) and all(is_syllable(p) for p in pieces)


def decoded_is_vietnamese(decoded: str) -> bool:
    """A decoded word counts only if it is one whole syllable of two letters or more.

    >>> decoded_is_vietnamese("Quảng,"), decoded_is_vietnamese("ị"), decoded_is_vietnamese("caộ")
    (True, False, False)
    """
    word = decoded.strip(EDGE_PUNCTUATION)
    return len(word) >= 2 and word.isalpha() and not word.isascii() and is_syllable(word)


@dataclass
class Evidence:
    """Counts of words that decode to Vietnamese (good) or to nonsense (bad).

    >>> weigh(["Qu¶ng", "caf\u00e9"], CODECS[0])
    Evidence(good=1, bad=1, strong_good=1, example='Qu¶ng → Quảng')
    """

    good: int = 0
    bad: int = 0
    strong_good: int = 0
    example: str = ""


def candidates(paragraph: str) -> list[str]:
    """Non-ASCII words that are not Vietnamese as they stand: the only ones worth decoding.

    >>> candidates("Qu¶ng Oai, Hà Nội")
    ['Qu¶ng']
    """
    found = []
    for token in paragraph.split():
        if token.isascii():
            continue
        core = token.strip(EDGE_PUNCTUATION) or token
        if not vietnamese_pieces(core):
            found.append(core)
    return found


def weigh(candidates: list[str], codec: Codec) -> Evidence:
    """Decode each candidate word with ``codec`` and count the outcomes.

    >>> weigh(["Vieät", "Qu¶ng"], CODECS[1]).good
    1
    """
    evidence = Evidence()
    for core in candidates:
        if codec.representable(core):
            _count(evidence, codec, core, codec.decode(core))
    return evidence


def weigh_viqr(paragraph: str, codec: Codec) -> Evidence:
    """VIQR marks depend on what follows ("ha. loe.t"), so whole lines are decoded.

    >>> weigh_viqr("Vie^.t Nam", VIQR).good
    1
    """
    evidence = Evidence()
    for line in paragraph.split("\n"):
        for token, decoded in zip(line.split(), codec.decode(line).split(), strict=True):
            if token == decoded or not token.isascii():
                continue
            core = token.strip(EDGE_PUNCTUATION) or token
            decoded_core = decoded.strip(EDGE_PUNCTUATION) or decoded
            if decoded_core != core or not vietnamese_pieces(core):
                _count(evidence, codec, token, decoded)
    return evidence


def _count(evidence: Evidence, codec: Codec, token: str, decoded: str) -> None:
    if decoded == token:
        return
    if decoded_is_vietnamese(decoded):
        evidence.good += 1
        evidence.strong_good += codec.strong(token)
        evidence.example = evidence.example or f"{token} → {decoded}"
    else:
        evidence.bad += 1


def ascii_words(paragraph: str) -> tuple[int, int]:
    """(Vietnamese, other) counts of the plain-ASCII words that are not abbreviations.

    >>> ascii_words("Il a dû partir, UBND Nam")
    (1, 2)
    """
    vietnamese = other = 0
    for match in _TOKENS.finditer(paragraph):
        word = match.group().strip(EDGE_PUNCTUATION)
        if len(word) < 2 or not word.isascii() or not word.isalpha() or word.isupper():
            continue
        if is_syllable(word):
            vietnamese += 1
        else:
            other += 1
    return vietnamese, other


def convincing(evidence: Evidence, ascii_words: tuple[int, int], codec: Codec) -> bool:
    """Decide whether the evidence is enough to convert the paragraph.

    >>> convincing(Evidence(good=1, strong_good=1), (0, 0), CODECS[0])
    True
    >>> convincing(Evidence(good=1, strong_good=1), (0, 2), CODECS[0])  # "Il a dû partir"
    False
    """
    if evidence.good == 0 or evidence.good < 2 * evidence.bad:
        return False
    vietnamese, other = ascii_words
    if codec is not VIQR and evidence.strong_good == 0:
        # Every real legacy-font paragraph has a character correct text hardly uses (TCVN3
        # writes "đ" as "®", VNI as "ñ"). Without one, "môt tôc" is Vietnamese typed without
        # tones, not TCVN3 for "mụt tục".
        return False
    if other >= 3 and other > vietnamese:
        # English, French, German, code...: a few lucky words prove nothing.
        return evidence.good >= 3 and evidence.good >= 3 * evidence.bad
    if evidence.good >= 3:
        return True
    if evidence.good >= 2 and evidence.bad == 0 and vietnamese > other:
        return True  # "gia? loe.t": weak marks, but nothing else reads otherwise
    # Little evidence: it must be strong and the plain words around it must read as Vietnamese.
    return evidence.strong_good >= 1 and other * 2 <= vietnamese
