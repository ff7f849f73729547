"""Unicode hygiene for Vietnamese text: NFC, no invisible or control characters.

Stored text keeps the author's spelling (tone placement included); :func:`comparison_key`
gives a canonical form for comparing two spellings of the same words.
"""

from __future__ import annotations

import re
import unicodedata

# Line-break-like characters become "\n" rather than vanishing, so that two lines are never glued.
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# NEL (U+0085) is also a byte of mis-decoded UTF-8 ("ễ" is E1 BB 85), so the legacy-aware variant
# leaves it for the legacy converter.
_LINE_BREAKS_KEEP_LEGACY = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")

# Control characters (C0 except \t \n, DEL, C1) and invisible format characters: zero-width
# space/joiners, word joiner, invisible operators, bidi marks and embeddings, BOM, soft hyphen.
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
)
_C0 = "\x00-\x08\x0e-\x1f\x7f"
_C1 = "\x80-\x84\x86-\x9f"
_REMOVABLE = re.compile(f"[{_C0}{_C1}{_INVISIBLE}]+")
# Used by the fix-text pipeline before legacy conversion: C1 controls and the soft hyphen are
# bytes of mis-decoded text (UTF-8 read as Latin-1, TCVN3 "ư"), so they must survive until then.
_REMOVABLE_KEEP_LEGACY = re.compile(f"[{_C0}{_INVISIBLE.replace(chr(0xAD), '')}]+")


def normalize(text: str) -> str:
    """Return ``text`` in NFC without control or zero-width characters.

    ``\\n`` and ``\\t`` are kept; carriage returns, form feeds and Unicode line separators
    become ``\\n``. The spelling (including where the tone mark sits) is not changed.

    >>> normalize("Vie\\u0323\\u0302t\\u200b Nam\\r\\n")
    'Việt Nam\\n'
    """
    return _normalize(text, _REMOVABLE, _LINE_BREAKS)


def normalize_keep_legacy(text: str) -> str:
    """Like :func:`normalize` but keep C1 controls and soft hyphens (legacy-text bytes).

    >>> normalize_keep_legacy("Ä\\x91a\\u200b")
    'Ä\\x91a'
    """
    return _normalize(text, _REMOVABLE_KEEP_LEGACY, _LINE_BREAKS_KEEP_LEGACY)


def _normalize(text: str, removable: re.Pattern[str], breaks: re.Pattern[str]) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    probe = text.replace("\t", " ") if "\t" in text else text
    lines = probe.split("\n")
    # str.isprintable runs in C; only the lines it rejects go through the regexes.
    dirty = [i for i, clean in enumerate(map(str.isprintable, lines)) if not clean]
    if not dirty:
        return text
    if len(dirty) * 4 > len(lines):
        return _clean(text, removable, breaks)
    originals = text.split("\n")
    for i in dirty:
        originals[i] = _clean(originals[i], removable, breaks)
    return "\n".join(originals)


def _clean(text: str, removable: re.Pattern[str], breaks: re.Pattern[str]) -> str:
    text = removable.sub("", breaks.sub("\n", text))
    # Removing a character can bring a base letter next to a combining mark.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def comparison_key(text: str) -> str:
    """Return a case-folded NFC key with every syllable's tone mark in one canonical place.

    Old-style and new-style tone placement ("hoà"/"hòa", "thuỷ"/"thủy", "uỷ"/"ủy") give the
    same key, as do upper- and lower-case spellings.

    >>> comparison_key("Thuỷ hoà") == comparison_key("thủy hòa")
    True
    """
    from thuvien.text.syllables import canonical_tones

    return canonical_tones(normalize(text).lower())
