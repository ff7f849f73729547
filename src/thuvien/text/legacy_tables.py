"""Character tables of the legacy Vietnamese encodings, as they appear once mis-read as Unicode.

Legacy-font text reaches us after its bytes were read as Windows-1252 (or Latin-1), so each
table maps the *character* a byte turns into, not the byte. Written from the published charset
definitions: TCVN 5712:1993 VN3 (the "ABC" .VnTime fonts), VNI for Windows, VIQR (RFC 1456) and
Windows-1258 (through Python's codec).
"""

from __future__ import annotations

# --- TCVN3 (TCVN 5712:1993, VN3) -------------------------------------------------------------
# byte -> letter. VN3 has no upper-case letters with tones: the ".VnTimeH" fonts draw the
# lower-case codes as capitals, so upper-case text reuses these codes.
TCVN3_BYTES: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip

# PDF text extraction names two VN3 glyphs after their Windows-1252 look-alikes: the soft hyphen
# (0xAD, "ư") comes out as MINUS SIGN and the middle dot (0xB7, "ã") as BULLET OPERATOR.
TCVN3_PDF_ALIASES: dict[str, int] = {"\u2212": 0xAD, "\u2219": 0xB7}

# --- VNI for Windows -------------------------------------------------------------------------
# A VNI letter is a base letter followed by one mark byte (or a single byte for đ, ơ, ư and the
# toned i). Keys are the mark characters; values are tone numbers (0 none .. 5 nặng, see
# syllables.TONE_NAMES). Upper-case text uses the upper-case mark characters.
VNI_TONE_MARKS: dict[str, int] = {"ø": 1, "ù": 2, "û": 3, "õ": 4, "ï": 5}
VNI_CIRCUMFLEX_MARKS: dict[str, int] = {"â": 0, "à": 1, "á": 2, "å": 3, "ã": 4, "ä": 5}
VNI_BREVE_MARKS: dict[str, int] = {"ê": 0, "è": 1, "é": 2, "ú": 3, "ü": 4, "ë": 5}
# Single characters: ơ, ư, đ, the toned i and ỵ.
VNI_LETTERS: dict[str, str] = {
    "ô": "ơ", "ö": "ư", "ñ": "đ",
    "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip


def _with_upper(table: dict[str, int]) -> dict[str, int]:
    return {**table, **{mark.upper(): tone for mark, tone in table.items()}}


VNI_TONE_MARKS_ANY_CASE = _with_upper(VNI_TONE_MARKS)
VNI_CIRCUMFLEX_MARKS_ANY_CASE = _with_upper(VNI_CIRCUMFLEX_MARKS)
VNI_BREVE_MARKS_ANY_CASE = _with_upper(VNI_BREVE_MARKS)
VNI_LETTERS_ANY_CASE: dict[str, str] = {
    **VNI_LETTERS,
    **{key.upper(): value.upper() for key, value in VNI_LETTERS.items()},
}

# --- VIQR (RFC 1456) -------------------------------------------------------------------------
VIQR_TONE_MARKS: dict[str, int] = {"`": 1, "'": 2, "?": 3, "~": 4, ".": 5}
# Shape marks: circumflex on a/e/o, breve on a, horn on o/u ("*" is a common horn variant).
VIQR_SHAPES: dict[tuple[str, str], str] = {
    ("a", "^"): "â", ("e", "^"): "ê", ("o", "^"): "ô",
    ("a", "("): "ă", ("o", "+"): "ơ", ("u", "+"): "ư", ("o", "*"): "ơ", ("u", "*"): "ư",
}  # fmt: skip

# --- Windows-1258 ----------------------------------------------------------------------------
# The bytes on which Windows-1258 and Windows-1252 differ (the rest of 0x80-0xFF agrees).
CP1258_DIFFERENCES: tuple[int, ...] = (
    0xC3, 0xCC, 0xD0, 0xD2, 0xD5, 0xDD, 0xDE, 0xE3, 0xEC, 0xF0, 0xF2, 0xF5, 0xFD, 0xFE,
)  # fmt: skip


def cp1252_char(byte: int) -> str:
    """The character a byte becomes when read as Windows-1252 (Latin-1 for its 5 gaps).

    >>> cp1252_char(0xB6), cp1252_char(0x93), cp1252_char(0x81)
    ('¶', '“', '\\x81')
    """
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


# Character -> byte for text read as Windows-1252 *or* Latin-1 (C1 controls map to their byte).
MISREAD_TO_BYTE: dict[str, int] = {chr(b): b for b in range(0x100)}
MISREAD_TO_BYTE.update({cp1252_char(b): b for b in range(0x80, 0xA0)})
