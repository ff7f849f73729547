"""Find and convert Vietnamese text that arrives in a legacy encoding.

Handled: TCVN3 (ABC, the ".VnTime" fonts, including the U+2212/U+2219 forms PDF extraction
gives), VNI-Windows, VIQR, Windows-1258 read as Windows-1252, and UTF-8 read as Windows-1252
or Latin-1. (Text correctly decoded from Windows-1258 only has combining tones, which the NFC
step of :mod:`thuvien.text.normalize` composes.)

Detection is per paragraph (blank-line separated) and conservative: a paragraph is converted
only when words that are not Vietnamese as they stand become valid Vietnamese syllables after
decoding, clearly more often than they turn into nonsense. Correct Vietnamese, English, French,
German, code and numbers pass unchanged.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from thuvien.text import legacy_codecs as codecs
from thuvien.text.legacy_codecs import to_legacy
from thuvien.text.legacy_evidence import (
    CODECS,
    EDGE_PUNCTUATION,
    TCVN3_STRONG,
    UNICODE_ONLY,
    VIQR,
    VNI_STRONG,
    Codec,
    Evidence,
    ascii_words,
    candidates,
    convincing,
    decoded_is_vietnamese,
    vietnamese_pieces,
    weigh,
    weigh_viqr,
)

__all__ = ["Conversion", "convert_legacy", "to_legacy"]


@dataclass(frozen=True)
class Conversion:
    """One converted stretch of text: which paragraph, where, from which encoding.

    ``start``/``end`` are character offsets of the paragraph in the text given to
    :func:`convert_legacy`; ``example`` shows one converted word, e.g. ``"Qu¶ng → Quảng"``.
    """

    paragraph: int
    start: int
    end: int
    encoding: str
    words: int
    example: str


_TOKENS = re.compile(r"\S+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

# Fast first look (one character class, no alternation, so the scan runs at memory speed):
# characters that correct Vietnamese hardly uses but legacy text is full of. "º" and "»"
# follow "á" in every mis-read UTF-8 letter of the Vietnamese block; "Ì", "Ò", "Þ", "ð" are
# Windows-1258 tone marks and "đ"; capitals such as "Õ" are TCVN3's "ế" ("nÕu" is "nếu") and
# in correct text only appear in words written in capitals.
_SUSPECT_CHARS = re.compile(
    "["
    + re.escape("".join(sorted(TCVN3_STRONG | VNI_STRONG | set("ðÐÞÌÒº»²³´€ÈÉÊÓÔÕÝ"))))
    + "\x80-\x9f]"
)
# A VIQR mark right after a vowel and before a letter or another mark ("Vie^.t", "ca'c");
# written mark-first so that the regex engine can skip ahead on the mark characters.
_VIQR_SUSPECT = re.compile(r"[\^(+*`'~?.](?<=[aeiouyAEIOUY].)(?=[A-Za-z^(+*`'~?.])")
_UTF8_SUSPECT = re.compile("á[º»]|[ÂÃÄÅÆÌÍ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â[€‚]")
# C1 controls other than the five bytes Windows-1252 leaves undefined: proof of a Latin-1 reader.
_C1_NOT_CP1252 = re.compile("[\x80\x82-\x8c\x8e\x91-\x9c\x9e\x9f]")


# --- applying a decision ---------------------------------------------------------------------
def _caps_line(line: str) -> bool:
    letters = [c for c in line if c.isascii() and c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _decode_tcvn3_token(token: str, caps_line: bool, sentence_start: bool) -> str:
    letters = [c for c in token if c.isascii() and c.isalpha()]
    upper = caps_line or (len(letters) >= 2 and all(c.isupper() for c in letters))
    decoded = codecs.tcvn3_decode(token, upper=upper)
    # A sentence cannot start with a small letter; VN3 simply has no capital "Ủ" to write.
    first = token.lstrip(EDGE_PUNCTUATION)[:1]
    if sentence_start and first and not first.isascii() and ord(first) in codecs.TCVN3_DECODE:
        position = len(token) - len(token.lstrip(EDGE_PUNCTUATION))
        decoded = decoded[:position] + decoded[position].upper() + decoded[position + 1 :]
    return decoded


def _convert_line(line: str, codec: Codec, sentence_start: bool) -> tuple[str, int, bool]:
    """Convert one line; also tell whether the next line starts a sentence."""
    ends_sentence = line.rstrip().endswith((".", "!", "?")) or (sentence_start and not line.strip())
    protected = UNICODE_ONLY.search(line) is not None
    if codec.name == "viqr" and not protected:
        decoded = codec.decode(line)
        changed = sum(1 for a, b in zip(line.split(), decoded.split(), strict=False) if a != b)
        return decoded, changed, ends_sentence
    tcvn3 = codec.name == "tcvn3"
    caps = tcvn3 and _caps_line(line)
    changed = 0
    at_start = sentence_start

    def replace(match: re.Match[str]) -> str:
        nonlocal changed, at_start
        token = match.group()
        starts = at_start
        at_start = token.endswith((".", "!", "?"))
        if token.isascii() and codec.name != "viqr" or not codec.representable(token):
            return token
        decoded = _decode_tcvn3_token(token, caps, starts) if tcvn3 else codec.decode(token)
        if decoded == token:
            return token
        # Inside a line of correct Unicode text only words that clearly decode are touched.
        if protected and (vietnamese_pieces(token) or not decoded_is_vietnamese(decoded)):
            return token
        changed += 1
        return decoded

    return _TOKENS.sub(replace, line), changed, ends_sentence


def _convert_paragraph(paragraph: str, codec: Codec) -> tuple[str, int]:
    lines = paragraph.split("\n")
    total = 0
    sentence_start = True
    for i, line in enumerate(lines):
        lines[i], changed, sentence_start = _convert_line(line, codec, sentence_start)
        total += changed
    return "\n".join(lines), total


def _token_around(text: str, start: int, end: int) -> str:
    """The ASCII-whitespace-delimited token holding text[start:end] (NBSP can be a byte)."""
    left = max(text.rfind(c, 0, start) for c in " \n\t") + 1
    rights = [i for i in (text.find(c, end) for c in " \n\t") if i >= 0]
    return text[left : min(rights) if rights else len(text)]


def _convert_utf8(paragraph: str) -> tuple[str, str, int, str] | None:
    """Decode mis-read UTF-8 when the paragraph shows enough of it; None otherwise.

    A three-byte sequence ("áº£") is evidence on its own; a two-byte one ("Ã¡") only when its
    word is not Vietnamese as it stands and is after decoding: "“NGÃ”" is a quoted word.
    """
    long_sequences = short_evidence = 0
    first = ""
    for match in codecs.UTF8_SEQUENCE.finditer(paragraph):
        decoded = codecs.utf8_decode_sequence(match.group())
        if decoded is None:
            continue
        token = _token_around(paragraph, match.start(), match.end())
        if len(match.group()) > 2:
            long_sequences += 1
        else:
            core = token.strip(EDGE_PUNCTUATION) or token
            fixed = codecs.utf8_decode(core)
            if vietnamese_pieces(core) or not decoded_is_vietnamese(fixed):
                continue
            short_evidence += 1
        first = first or f"{token} → {codecs.utf8_decode(token)}"
    if not (long_sequences or short_evidence):
        return None
    name = "utf8-latin1" if _C1_NOT_CP1252.search(paragraph) else "utf8-cp1252"
    converted = codecs.utf8_decode(paragraph)
    # Text mis-read twice shows the same pattern once more after the first pass.
    if _UTF8_SUSPECT.search(converted):
        converted = codecs.utf8_decode(converted)
    return converted, name, long_sequences + short_evidence, first


def _suspect_positions(text: str) -> list[int]:
    positions = [m.start() for m in _SUSPECT_CHARS.finditer(text)]
    positions += [m.start() for m in _VIQR_SUSPECT.finditer(text)]
    return positions + _viqr_dd_positions(text)


def _viqr_dd_positions(text: str) -> list[int]:
    """Starts of words beginning "dd" + vowel (VIQR "đ"); str.find beats a regex here."""
    positions = []
    for pair in ("dd", "DD", "Dd"):
        start = text.find(pair)
        while start >= 0:
            before = text[start - 1 : start]
            after = text[start + 2 : start + 3]
            if not (before.isascii() and before.isalpha()) and after and after in "aeiouyAEIOUY":
                positions.append(start)
            start = text.find(pair, start + 2)
    return positions


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def convert_legacy(text: str) -> tuple[str, list[Conversion]]:
    """Convert the paragraphs of ``text`` that are in a legacy encoding; report each one.

    Paragraphs are separated by a blank line; each is checked on its own, so one legacy
    paragraph inside correct text is converted alone. The text should be NFC already.

    >>> convert_legacy("Qu¶ng Oai")
    ('Quảng Oai', [Conversion(paragraph=0, start=0, end=9, encoding='tcvn3', words=1, \
example='Qu¶ng → Quảng')])
    """
    positions = _suspect_positions(text)
    if not positions:
        return text, []
    spans = _paragraph_spans(text)
    starts = [start for start, _ in spans]
    suspects = sorted({bisect.bisect_right(starts, p) - 1 for p in positions})
    pieces: list[str] = []
    conversions: list[Conversion] = []
    position = 0
    for index in suspects:
        start, end = spans[index]
        converted = _convert_one(text[start:end])
        if converted is None:
            continue
        new_text, encoding, words, example = converted
        pieces += [text[position:start], new_text]
        position = end
        conversions.append(Conversion(index, start, end, encoding, words, example))
    pieces.append(text[position:])
    return "".join(pieces), conversions


def _convert_one(paragraph: str) -> tuple[str, str, int, str] | None:
    if _UTF8_SUSPECT.search(paragraph):
        converted = _convert_utf8(paragraph)
        if converted is not None:
            return converted
    words = candidates(paragraph)
    weighed = [(weigh(words, codec), codec) for codec in CODECS]
    if _VIQR_SUSPECT.search(paragraph) or _viqr_dd_positions(paragraph):
        weighed.append((weigh_viqr(paragraph, VIQR), VIQR))
    weighed = [(evidence, codec) for evidence, codec in weighed if evidence.good]
    if not weighed:
        return None
    plain_words = ascii_words(paragraph)
    best: tuple[Evidence, Codec] | None = None
    for evidence, codec in weighed:
        if not convincing(evidence, plain_words, codec):
            continue
        if best is None or (evidence.good, -evidence.bad) > (best[0].good, -best[0].bad):
            best = (evidence, codec)
    if best is None:
        return None
    evidence, codec = best
    new_text, words = _convert_paragraph(paragraph, codec)
    if new_text == paragraph:
        return None
    return new_text, codec.name, words, evidence.example
