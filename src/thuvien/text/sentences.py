"""Split Vietnamese text into sentences.

A full stop ends a sentence only when what follows can start one (a capital, a digit, an
opening quote or bracket, a list marker) and what precedes is not an abbreviation ("TP.",
"ThS.", "PGS.TS."), an initial ("Nguyễn V. A") or the number of a clause at the start of a
sentence ("1.", "Điều 5."). Decimals and dates ("3,5", "3.5", "12.3.2020") never end a
sentence because no space follows their dots. A blank line always ends a sentence; a single
line break ends one only before a list item or after a heading-like line.
"""

from __future__ import annotations

import re

from thuvien.text.normalize import normalize

# Abbreviations that stand before a name or a number, so a capital after them is no evidence
# of a new sentence. Compared case-sensitively: "TP." is an abbreviation, "tp." at the end of
# a sentence would be odd anyway.
_ABBREVIATIONS = frozenset(
    """
    TP Tp tp TS Ts ThS Ths Th PGS GS TSKH BS BSCKI BSCKII KS CN ĐD DS LS NXB Nxb nxb
    St Sđd sđd Tlđd tlđd Tr tr TT TX tx Mr Mrs Ms Dr Prof Jr Sr No Vol pp Fig Ibid ibid
    Co Inc Ltd Corp
    """.split()  # noqa: SIM905
)
# Words that name a numbered part of a document: "Điều 5." starts a clause, it does not end
# a sentence.
_CLAUSE_WORDS = frozenset(
    "điều chương mục phần khoản tiết bài câu bước phụ lục quyển tập hình bảng".split()  # noqa: SIM905
)
_ENUMERATOR = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zA-Zđ])")

# Candidate ends: sentence punctuation, then any closing quotes or brackets.
# (Written "[...][...]*" rather than "[...]+": the regex engine then scans for the first
# character at C speed, twice as fast over long paragraphs.)
_END = re.compile(r"(?P<punct>[.!?…][.!?…]*)(?P<close>[\"'”’»)\]]*)")
_OPENERS = "\"'“‘«([-–—•*"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A line that starts a list item or a numbered part.
_LIST_ITEM = re.compile(
    r"""(?:[-–—•●▪◦+*]\s
        |\d{1,3}(?:\.\d{1,3})*[.)]\s
        |[a-zđ][.)]\s
        |[IVXLC]{1,6}[.)]\s
        |(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[\dIVXLC]+\s*[.:]
        )""",
    re.VERBOSE,
)
# A line ends a sentence when its last character, closing quotes and brackets aside, is one of
# these.
_TERMINAL_MARKS = ".!?…:;"
_CLOSERS = "\"'”’»)]"
# The lower-case letters of ASCII: about half the characters of Vietnamese text.
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def split_sentences(text: str, *, normalized: bool = False) -> list[str]:
    """Split ``text`` into sentences, each with its whitespace collapsed to single spaces.

    ``normalized=True`` skips :func:`~thuvien.text.normalize.normalize` for a text that has
    been through it already.

    >>> split_sentences("TS. Lê Văn An dạy ở TP. Huế. Điểm 3.5 là đạt... Đúng vậy!")
    ['TS. Lê Văn An dạy ở TP. Huế.', 'Điểm 3.5 là đạt...', 'Đúng vậy!']
    """
    sentences: list[str] = []
    for block in _PARAGRAPH_BREAK.split(text if normalized else normalize(text)):
        for stretch in _stretches(block):
            sentences.extend(_split_stretch(stretch))
    return sentences


def _stretches(block: str) -> list[str]:
    """Join the lines of one paragraph, breaking only where a line break ends a sentence."""
    lines = [collapse_spaces(line) for line in block.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return []
    longest = max(len(line) for line in lines)
    stretches = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        if _line_break_ends_sentence(previous, line, longest):
            stretches.append(line)
        else:
            stretches[-1] += " " + line
    return stretches


def collapse_spaces(line: str) -> str:
    """Return ``" ".join(line.split())``, quickly when the line has nothing to collapse.

    >>> collapse_spaces(" Thư  viện\tsố ")
    'Thư viện số'
    """
    # Every whitespace character but the space is unprintable, so a printable line without
    # a double, leading or trailing space is unchanged by the split and join.
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


def _line_break_ends_sentence(previous: str, line: str, longest: int) -> bool:
    if _LIST_ITEM.match(line):
        return True
    if _ends_with_terminal(previous) or not _can_start_sentence(line):
        return False
    # A heading or a short last line of a paragraph: no full stop, yet the text goes on with
    # a new sentence. Wrapped lines of running text are about as long as the longest one.
    return is_mostly_upper(previous) or len(previous) < 0.6 * longest


def _ends_with_terminal(line: str) -> bool:
    last = line.rstrip(_CLOSERS)[-1:]
    return bool(last) and last in _TERMINAL_MARKS


def is_mostly_upper(text: str, share: float = 0.8) -> bool:
    """Tell whether ``text`` has 4 letters or more and at least ``share`` of them upper case.

    >>> is_mostly_upper("THƯ VIỆN SỐ 2"), is_mostly_upper("Thư viện số")
    (True, False)
    """
    # Quick answer for running text: when the lower-case ASCII letters alone leave too little
    # room for capitals, the answer is no. They are counted on the UTF-8 bytes, where
    # bytes.translate deletes them at memory speed. (The +1 keeps the shortcut exact despite
    # rounding in ``1 - share``.)
    data = text.encode("utf-8", "ignore")
    if len(data) - len(data.translate(None, _ASCII_LOWER)) > (1 - share) * len(text) + 1:
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= share * len(letters)


def _can_start_sentence(rest: str) -> bool:
    first = rest[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in _OPENERS)


def _split_stretch(stretch: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    size = len(stretch)
    for match in _END.finditer(stretch):
        end = match.end()
        # Where the next sentence would start; indices rather than slices of the rest, which
        # would copy the stretch once per full stop.
        rest = end
        if end < size and stretch[end].isspace():
            while rest < size and stretch[rest].isspace():
                rest += 1
            if rest == size:
                break
        elif end < size and not _glued_sentence(stretch, match):
            continue
        if not _can_start_sentence(stretch[rest : rest + 1]):
            continue
        if not _is_sentence_end(stretch, start, match):
            continue
        sentences.append(stretch[start:end].strip())
        start = end
    tail = stretch[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _glued_sentence(stretch: str, match: re.Match[str]) -> bool:
    """A full stop with no space after it, as in "kết thúc.Tiếp theo" from a lost space."""
    if match.group("punct") != "." or match.group("close"):
        return False
    before = stretch[max(0, match.start() - 2) : match.start()]
    after = stretch[match.end() : match.end() + 2]
    return (
        len(before) == 2
        and before.isalpha()
        and before.islower()
        and len(after) == 2
        and after[0].isupper()
        and after[1].islower()
    )


def _is_sentence_end(stretch: str, start: int, match: re.Match[str]) -> bool:
    """Whether the full stop of ``match`` ends the sentence begun at ``start``."""
    punct = match.group("punct")
    if len(punct) >= 4 and set(punct) == {"."}:
        return False  # dotted leader of a table of contents: "Chương 1 ........ 12"
    if punct != ".":
        return True
    # The last three tokens are enough to tell the last word and whether it is the first or
    # second of the sentence.
    tokens = stretch[start : match.start()].rsplit(None, 2)
    if not tokens:
        return False
    word = tokens[-1].lstrip(_OPENERS)
    if word in _ABBREVIATIONS or _is_compound_abbreviation(word):
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial, as in "Nguyễn V. An"
    if _ENUMERATOR.fullmatch(word):
        if len(tokens) == 1:
            return False  # "1. Phạm vi điều chỉnh"
        if len(tokens) == 2 and tokens[0].lower() in _CLAUSE_WORDS:
            return False  # "Điều 5. Đối tượng áp dụng"
    return True


def _is_compound_abbreviation(word: str) -> bool:
    """ "PGS.TS", "Th.S", "GS.TSKH": abbreviations and initials joined by dots."""
    parts = word.split(".")
    return len(parts) > 1 and all(
        part in _ABBREVIATIONS or (len(part) == 1 and part.isupper()) for part in parts
    )
