"""Near-duplicate detection: a MinHash signature over syllable shingles, and LSH band keys.

Two files hold "the same text" when most runs of a few consecutive syllables occur in both: a
re-saved PDF, a DOCX and the PDF made from it, the same text behind another cover page. The
signature is one-permutation MinHash (Li, Owen and Zhang 2012) with optimal densification
(Shrivastava 2017): every shingle is hashed once, so a long document costs one pass, not one
pass per hash function. The share of equal positions in two signatures estimates the Jaccard
similarity of their shingle sets.

Band keys make the lookup cheap: the signature is cut into bands of a few positions and each
band hashed to one integer. Two documents with similarity ``s`` share at least one band key
with probability ``1 - (1 - s**ROWS)**BANDS``, so a database looks up only the documents that
share a key (an indexed column), never every document.

Pure Python, no Django; hashes are stable across processes and machines.

Example:
    >>> a = signature("Luật giáo dục quy định về hệ thống giáo dục quốc dân " * 5)
    >>> estimated_similarity(a, a)
    1.0
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence

__all__ = [
    "BANDS",
    "NEAR_DUPLICATE_THRESHOLD",
    "ROWS",
    "SHINGLE_SYLLABLES",
    "SIGNATURE_SIZE",
    "band_keys",
    "estimated_similarity",
    "shingles",
    "signature",
]

# Syllables per shingle: long enough that two unrelated texts on one subject share few of
# them, short enough that a small edit spoils only a few.
SHINGLE_SYLLABLES = 5
# Bands of ROWS positions each; a pair at the threshold shares a band key with probability
# 1 - (1 - 0.5**3)**42 > 0.99.
ROWS = 3
BANDS = 42
SIGNATURE_SIZE = ROWS * BANDS
# Estimated similarity from which a document is flagged as a near-duplicate of another
# (measured by benchmarks/bench_near_duplicates.py).
NEAR_DUPLICATE_THRESHOLD = 0.5
# Texts with fewer distinct shingles than this get no signature: too short to judge.
MIN_SHINGLES = 8

_VALUE_BITS = 32
_VALUE_MASK = (1 << _VALUE_BITS) - 1
_BIN_SPAN = (1 << 64) // SIGNATURE_SIZE + 1
# Letters and digits of any script; everything else (punctuation, spaces, line ends) separates.
_SYLLABLE = re.compile(r"[^\W_]+")


def _hash64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def _text_of(pages_or_text: str | Iterable[str]) -> str:
    if isinstance(pages_or_text, str):
        return pages_or_text
    return "\n".join(page for page in pages_or_text if page)


def shingles(pages_or_text: str | Iterable[str], size: int = SHINGLE_SYLLABLES) -> set[str]:
    """The distinct runs of ``size`` consecutive syllables, lower-cased, across page ends.

    Line breaks, hyphenation-free re-flowing and punctuation do not change them.

    Example:
        >>> sorted(shingles("Một hai, ba.\\nBốn năm sáu", size=5))
        ['hai ba bốn năm sáu', 'một hai ba bốn năm']
    """
    text = unicodedata.normalize("NFC", _text_of(pages_or_text)).lower()
    words = _SYLLABLE.findall(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(pages_or_text: str | Iterable[str]) -> tuple[int, ...]:
    """The MinHash signature of a text (or of a document's pages): SIGNATURE_SIZE integers.

    Empty when the text is too short to compare (fewer than MIN_SHINGLES shingles).

    Example:
        >>> len(signature(["Trang một của tài liệu về lịch sử Việt Nam thời kỳ cận đại."] * 2))
        126
        >>> signature("quá ngắn")
        ()
    """
    found = shingles(pages_or_text)
    if len(found) < MIN_SHINGLES:
        return ()
    # One hash per shingle: its high part picks the bin, its low part is the value kept.
    bins: list[int | None] = [None] * SIGNATURE_SIZE
    for shingle in found:
        h = _hash64(shingle.encode("utf-8"))
        index = h // _BIN_SPAN
        value = h & _VALUE_MASK
        current = bins[index]
        if current is None or value < current:
            bins[index] = value
    return _densify(bins)


def _densify(bins: list[int | None]) -> tuple[int, ...]:
    """Fill empty bins from a non-empty one chosen by a hash of (bin, attempt).

    The choice depends on the bin's number only, so two documents fill the same empty bin from
    the same source bin: equal positions keep estimating the Jaccard similarity.
    """
    filled: list[int] = []
    for index, value in enumerate(bins):
        attempt = 0
        while value is None:
            attempt += 1
            source = _hash64(struct.pack("<II", index, attempt)) % SIGNATURE_SIZE
            value = bins[source]
        filled.append(value)
    return tuple(filled)


def band_keys(sig: Sequence[int]) -> list[int]:
    """One signed 64-bit key per band (fits a database BIGINT); none for an empty signature.

    Two signatures share the key of band ``i`` when their positions of band ``i`` are equal;
    the band's number is part of the key, so equal values in different bands never match.

    Example:
        >>> keys = band_keys(signature("Nội dung " + "văn bản pháp luật về đất đai " * 5))
        >>> len(keys), all(-(2**63) <= k < 2**63 for k in keys)
        (42, True)
    """
    if len(sig) < SIGNATURE_SIZE:
        return []
    keys = []
    for band in range(BANDS):
        values = sig[band * ROWS : (band + 1) * ROWS]
        packed = struct.pack(f"<H{ROWS}I", band, *values)
        keys.append(_hash64(packed) - (1 << 63))
    return keys


def estimated_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of equal positions: an estimate of the two texts' Jaccard similarity.

    0.0 when either signature is empty or they differ in length.

    Example:
        >>> estimated_similarity((1, 2, 3, 4), (1, 2, 0, 0))
        0.5
    """
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
