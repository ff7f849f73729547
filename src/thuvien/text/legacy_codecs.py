"""Encode Vietnamese to legacy mojibake and decode it back, one encoding at a time.

Deciding *whether* a piece of text is in a legacy encoding is :mod:`thuvien.text.legacy`'s job;
this module only converts. Every encoder produces what a reader sees when the legacy bytes are
shown as Windows-1252 (or Latin-1), which is how such text reaches the portal.
"""

from __future__ import annotations

import re
import unicodedata

from thuvien.text.legacy_tables import (
    CP1258_DIFFERENCES,
    MISREAD_TO_BYTE,
    TCVN3_BYTES,
    TCVN3_PDF_ALIASES,
    VIQR_SHAPES,
    VIQR_TONE_MARKS,
    VNI_BREVE_MARKS,
    VNI_BREVE_MARKS_ANY_CASE,
    VNI_CIRCUMFLEX_MARKS,
    VNI_CIRCUMFLEX_MARKS_ANY_CASE,
    VNI_LETTERS,
    VNI_LETTERS_ANY_CASE,
    VNI_TONE_MARKS,
    VNI_TONE_MARKS_ANY_CASE,
    cp1252_char,
)
from thuvien.text.syllables import COMPOSE_TONE, SPLIT_TONE

ENCODINGS = ("tcvn3", "tcvn3-pdf", "vni", "viqr", "cp1258", "utf8-cp1252", "utf8-latin1")

# --- TCVN3 -----------------------------------------------------------------------------------
TCVN3_DECODE: dict[int, str] = {ord(cp1252_char(b)): letter for b, letter in TCVN3_BYTES.items()}
TCVN3_DECODE.update({ord(alias): TCVN3_BYTES[b] for alias, b in TCVN3_PDF_ALIASES.items()})
_TCVN3_ENCODE: dict[str, str] = {letter: cp1252_char(b) for b, letter in TCVN3_BYTES.items()}


def tcvn3_decode(text: str, *, upper: bool = False) -> str:
    """Decode TCVN3 mojibake; ``upper`` for text set in a ".VnTimeH" capitals font.

    >>> tcvn3_decode("Hµ Néi"), tcvn3_decode("VIÖT NAM", upper=True)
    ('Hà Nội', 'VIỆT NAM')
    """
    decoded = text.translate(TCVN3_DECODE)
    return decoded.upper() if upper else decoded


def _tcvn3_encode_char(char: str) -> str:
    code = _TCVN3_ENCODE.get(char)
    if code is None and char != char.lower():
        # No capitals with tones in VN3: the capitals font draws the lower-case code.
        code = _TCVN3_ENCODE.get(char.lower())
    return char if code is None else code


# --- VNI -------------------------------------------------------------------------------------
_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô", "A": "Â", "E": "Ê", "O": "Ô"}
_BREVE = {"a": "ă", "A": "Ă"}
_TONE_BASES = frozenset("aeouyơưAEOUYƠƯ")


def vni_decode(text: str) -> str:
    """Decode VNI-Windows mojibake.

    >>> vni_decode("Vieät Nam")
    'Việt Nam'
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        base = VNI_LETTERS_ANY_CASE.get(char, char)
        if i + 1 < n and base in _TONE_BASES:
            mark = text[i + 1]
            tone = VNI_TONE_MARKS_ANY_CASE.get(mark)
            if tone is not None:
                out.append(COMPOSE_TONE[(base, tone)])
                i += 2
                continue
            if base in _CIRCUMFLEX and char == base:
                tone = VNI_CIRCUMFLEX_MARKS_ANY_CASE.get(mark)
                if tone is not None:
                    out.append(COMPOSE_TONE[(_CIRCUMFLEX[base], tone)])
                    i += 2
                    continue
            if base in _BREVE:
                tone = VNI_BREVE_MARKS_ANY_CASE.get(mark)
                if tone is not None:
                    out.append(COMPOSE_TONE[(_BREVE[base], tone)])
                    i += 2
                    continue
        out.append(base)
        i += 1
    return "".join(out)


def _inverse(table: dict[str, int]) -> dict[int, str]:
    return {tone: mark for mark, tone in table.items()}


_VNI_TONE_BY_NUMBER = _inverse(VNI_TONE_MARKS)
_VNI_CIRCUMFLEX_BY_NUMBER = _inverse(VNI_CIRCUMFLEX_MARKS)
_VNI_BREVE_BY_NUMBER = _inverse(VNI_BREVE_MARKS)
_VNI_SINGLE = {value: key for key, value in VNI_LETTERS.items()}
_VNI_I = {0: "i", 1: "ì", 2: "í", 3: "æ", 4: "ó", 5: "ò"}


def _vni_encode_char(char: str) -> str:
    split = SPLIT_TONE.get(char)
    if split is None:
        single = _VNI_SINGLE.get(char.lower())
        if single is None:
            return char
        return single.upper() if char.isupper() else single
    base, tone = split
    upper = base.isupper()
    lower = base.lower()
    if lower == "i":
        encoded = _VNI_I[tone]
    elif lower == "y" and tone == 5:
        encoded = "î"
    elif lower in "âêô":
        encoded = {"â": "a", "ê": "e", "ô": "o"}[lower] + _VNI_CIRCUMFLEX_BY_NUMBER[tone]
    elif lower == "ă":
        encoded = "a" + _VNI_BREVE_BY_NUMBER[tone]
    else:
        letter = {"ơ": "ô", "ư": "ö"}.get(lower, lower)
        encoded = letter + (_VNI_TONE_BY_NUMBER[tone] if tone else "")
    return encoded.upper() if upper else encoded


# --- VIQR ------------------------------------------------------------------------------------
_VIQR_SHAPE_BY_LETTER = {letter: base + mark for (base, mark), letter in VIQR_SHAPES.items()}
_VIQR_SHAPE_BY_LETTER.update({"ơ": "o+", "ư": "u+"})  # the canonical horn is "+"
_VIQR_TONE_BY_NUMBER = _inverse(VIQR_TONE_MARKS)
_VIQR_MARKS = frozenset("^(+*`'?~.")
# A vowel with optional shape and tone marks, "\" escaping a literal mark, "dd" for "đ".
# "?" and "." end sentences as often as they mark tones, so after a word they count as tones
# only when a lower-case word or a comma-like sign follows ("bi. ba('t" -> "bị bắt"), or, in
# capitals, another word in capitals; before the end of text, a line break or a capitalised
# word they are punctuation ("To^i ddi. Anh" -> "Tôi đi. Anh").
_VIQR_SEQUENCE = re.compile(
    r"\\([\^(+*'`?~.])"
    r"|(?<![A-Za-z])(d[dD]|D[dD])"
    r"|([aeiouyAEIOUY])([\^(+*])?"
    r"(?:([`'~])|([?.])(?=[A-Za-z\\,;:!)\]}\"'”’/-]|[ \t]+[A-Za-z]))?"
)
_CAPITALS_WORD = re.compile(r"[ \t]+[A-Z][A-Z^(+*'`?~.]")
_CAPITALISED_WORD = re.compile(r"[ \t]+[A-Z]")
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
_TONE_CHARACTERS = frozenset("`'?~.")
# Toneless words a question often ends with: "?" after them is a question mark, not hỏi.
_QUESTION_WORDS = frozenset(("sao", "dda^u", "chu+a", "ai", "ddi", "nha", "the^", "vay", "a"))


def _viqr_replace(match: re.Match[str]) -> str:
    escaped, dd, vowel, shape, tone_mark, inner_mark = match.groups()
    if escaped:
        return escaped
    if dd:
        return "Đ" if dd[0] == "D" else "đ"
    base = vowel
    if shape:
        shaped = VIQR_SHAPES.get((vowel.lower(), shape))
        if shaped is None:
            # Not a shape this vowel takes ("i^"): keep the characters as they are.
            return match.group(0)
        base = shaped.upper() if vowel.isupper() else shaped
    if inner_mark and not _inner_mark_is_tone(match, vowel.isupper()):
        return base + inner_mark
    mark = tone_mark or inner_mark
    if mark is None:
        return base
    return COMPOSE_TONE[(base, VIQR_TONE_MARKS[mark])]


def _inner_mark_is_tone(match: re.Match[str], capitals: bool) -> bool:
    """Decide a "?" or "." after a vowel: a tone, or punctuation?

    Inside a word, or before a lower-case word, a comma-like sign or a closing quote, it is a
    tone. Before the end of a line it is punctuation. Before a capitalised word it is a tone
    when the word carries no tone yet and either continues a name in capitals ("Bo^. Y te^'",
    "DDO^. THA.C") or, for "?", is not a word questions end with ("o+? Ha` No^.i").
    """
    text, start, end = match.string, match.start(), match.end()
    following = text[end : end + 1]
    # An escaped mark after it ("vi.\\.") means the encoder wrote a tone, then punctuation.
    if following.isalpha() or following in ",;:!)]}\"'”’/-\\":
        return True
    if _LOWER_WORD.match(text, end):
        return True
    if not _CAPITALISED_WORD.match(text, end):
        return False
    word_start = max(text.rfind(c, 0, start) for c in " \t\n") + 1
    before = text[word_start:start]
    if any(c in _TONE_CHARACTERS for c in before):
        return False  # the syllable already has its tone: "No^.i. Sau"
    if capitals or before[:1].isupper():
        return True
    return match.group(6) == "?" and text[word_start : end - 1].lower() not in _QUESTION_WORDS


def viqr_decode(text: str) -> str:
    """Decode VIQR (RFC 1456), reading a final "?" or "." by what follows it.

    >>> viqr_decode("Vie^.t Nam")
    'Việt Nam'
    """
    return _VIQR_SEQUENCE.sub(_viqr_replace, text)


def _viqr_encode(text: str) -> str:
    out: list[str] = []
    for char in text:
        # RFC 1456: a literal mark right after a vowel (or a mark) is escaped with a backslash.
        if char in _VIQR_MARKS and out and out[-1][-1:] in _VIQR_AFTER:
            out.append("\\" + char)
        else:
            out.append(_viqr_encode_char(char))
    return "".join(out)


_VIQR_AFTER = frozenset("aeiouyAEIOUY^(+*`'?~.")


def _viqr_encode_char(char: str) -> str:
    if char in "đĐ":
        return "dd" if char == "đ" else "DD"
    split = SPLIT_TONE.get(char)
    if split is None:
        return char
    base, tone = split
    lower = base.lower()
    spelled = _VIQR_SHAPE_BY_LETTER.get(lower, lower)
    if base.isupper():
        spelled = spelled.upper()
    return spelled + (_VIQR_TONE_BY_NUMBER[tone] if tone else "")


# --- Windows-1258 ----------------------------------------------------------------------------
CP1258_DECODE: dict[int, str] = {
    ord(cp1252_char(b)): bytes([b]).decode("cp1258") for b in CP1258_DIFFERENCES
}


def cp1258_decode(text: str) -> str:
    """Decode Windows-1258 bytes that were read as Windows-1252.

    >>> cp1258_decode("Viêòt")
    'Việt'
    """
    return unicodedata.normalize("NFC", text.translate(CP1258_DECODE))


_CP1258_TONE_BYTES = {1: 0xCC, 2: 0xEC, 3: 0xD2, 4: 0xDE, 5: 0xF2}


def _cp1258_encode_char(char: str) -> str:
    """One character as Windows-1258 bytes read as Windows-1252; kept if not expressible."""
    try:
        encoded = char.encode("cp1258")
    except UnicodeEncodeError:
        split = SPLIT_TONE.get(char)
        if split is None:
            return char
        base, tone = split
        # Windows writes the toneless letter (precomposed where the code page has it) and
        # then the combining tone byte.
        encoded = base.encode("cp1258") + bytes([_CP1258_TONE_BYTES[tone]])
    return "".join(cp1252_char(b) for b in encoded)


# --- UTF-8 read as Windows-1252 / Latin-1 ----------------------------------------------------
_CONTINUATION = "[\x80-\xbf" + "".join(cp1252_char(b) for b in range(0x80, 0xA0)) + "]"
UTF8_SEQUENCE = re.compile(
    f"[\xc2-\xdf]{_CONTINUATION}|[\xe0-\xef]{_CONTINUATION}{{2}}|[\xf0-\xf4]{_CONTINUATION}{{3}}"
)
# What a mis-read sequence may decode to and still be believed: Latin letters (Vietnamese
# included), combining marks of decomposed Vietnamese, general punctuation, currency signs.
_PLAUSIBLE = re.compile(
    "[\u00a0-\u017f\u01a0-\u01b0\u0300-\u0323\u1ea0-\u1ef9\u2010-\u2044\u20ab\u20ac\u2122]"
)


def utf8_decode_sequence(sequence: str) -> str | None:
    """Decode one mis-read UTF-8 sequence; None when it is not believable.

    >>> utf8_decode_sequence("áº£"), utf8_decode_sequence("Ô”")
    ('ả', None)
    """
    try:
        decoded = bytes(MISREAD_TO_BYTE[c] for c in sequence).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    return decoded if _PLAUSIBLE.fullmatch(decoded) else None


def utf8_decode(text: str) -> str:
    """Decode every believable mis-read UTF-8 sequence in ``text``.

    >>> utf8_decode("Quáº£ng Ninh")
    'Quảng Ninh'
    """

    def replace(match: re.Match[str]) -> str:
        decoded = utf8_decode_sequence(match.group())
        return match.group() if decoded is None else decoded

    return unicodedata.normalize("NFC", UTF8_SEQUENCE.sub(replace, text))


# --- encoding, for tests and round trips -----------------------------------------------------
def to_legacy(text: str, encoding: str) -> str:
    """Write NFC Vietnamese ``text`` as it looks in a legacy ``encoding`` (see ``ENCODINGS``).

    Characters the encoding cannot express are kept as they are.

    >>> to_legacy("Quảng Oai", "tcvn3"), to_legacy("Việt", "vni"), to_legacy("Việt", "viqr")
    ('Qu¶ng Oai', 'Vieät', 'Vie^.t')
    """
    if encoding in ("tcvn3", "tcvn3-pdf"):
        encoded = "".join(_tcvn3_encode_char(c) for c in text)
        if encoding == "tcvn3-pdf":
            for alias, byte in TCVN3_PDF_ALIASES.items():
                encoded = encoded.replace(cp1252_char(byte), alias)
        return encoded
    if encoding == "vni":
        return "".join(_vni_encode_char(c) for c in text)
    if encoding == "viqr":
        return _viqr_encode(text)
    if encoding == "cp1258":
        return "".join(_cp1258_encode_char(c) for c in text)
    if encoding == "utf8-cp1252":
        return "".join(cp1252_char(b) for b in text.encode("utf-8"))
    if encoding == "utf8-latin1":
        return text.encode("utf-8").decode("latin-1")
    raise ValueError(f"unknown legacy encoding {encoding!r}; known: {', '.join(ENCODINGS)}")


def decode(text: str, encoding: str) -> str:
    """Decode ``text`` from a legacy ``encoding`` without any detection.

    >>> decode("Qu¶ng Oai", "tcvn3")
    'Quảng Oai'
    """
    if encoding in ("tcvn3", "tcvn3-pdf"):
        return tcvn3_decode(text)
    if encoding == "vni":
        return vni_decode(text)
    if encoding == "viqr":
        return viqr_decode(text)
    if encoding == "cp1258":
        return cp1258_decode(text)
    if encoding in ("utf8-cp1252", "utf8-latin1"):
        return utf8_decode(text)
    raise ValueError(f"unknown legacy encoding {encoding!r}; known: {', '.join(ENCODINGS)}")
