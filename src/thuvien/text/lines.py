"""Rejoin the lines of a paragraph that a PDF reader broke at every line end.

Input convention: "\\n" ends every printed line and a blank line separates paragraphs. The lines
of a paragraph are joined with one space (two syllables are never glued); a line break is kept
before a list item or numbered clause and after a short heading in capitals.
"""

from __future__ import annotations

import re

from thuvien.text.syllables import is_syllable

_SPACES = re.compile("  +")
_LIST_ITEM = re.compile(
    r"""(?:
        [-–—•●○◦▪■□♦❖➢►✓✔*+·](?:\s|$)                # bullets
      | \(?\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)         # 1.  1.2.  1)  (1)
      | \(\d{1,3}\)                                 # (1)
      | \(?[a-zđ][.)](?:\s|$)                       # a)  a.  (a)
      | [IVXLC]{1,6}[.)](?:\s|$)                    # II.  IV)
      | (?:Điều|Chương|Mục|Phần|Khoản|Điểm|Phụ\ lục|Bước|Article|Chapter|Section
          |ĐIỀU|CHƯƠNG|MỤC|PHẦN|PHỤ\ LỤC)\ +[0-9IVXLC]+[a-zđ]?\b
    )""",
    re.X,
)
_MAX_HEADING = 100
_SENTENCE_END = ".:;!?"
_TRAILING_HYPHEN = re.compile(r"([^\W\d_]+)-$")
_LEADING_WORD = re.compile(r"^([^\W\d_]+)")


def _is_heading(line: str) -> bool:
    """A short line whose letters are all capitals: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"."""
    if len(line) > _MAX_HEADING or not line.isupper():
        return False
    return sum(1 for c in line if c.isalpha()) >= 2


def _hyphen_join(previous: str, line: str) -> str:
    """What replaces "-\\n" when ``previous`` ends with a word and a hyphen."""
    left_match = _TRAILING_HYPHEN.search(previous)
    right_match = _LEADING_WORD.match(line)
    if left_match is not None and right_match is not None:
        left, right = left_match.group(1), right_match.group(1)
        english = left.isascii() and right.isascii() and right.islower()
        if english and not (is_syllable(left) and is_syllable(right)):
            return ""  # "infor-" + "mation": an English word hyphenated at the line end.
    # A real hyphen that happens to end the line: "Bà Rịa-" + "Vũng Tàu", "COVID-" + "19".
    return "-"


_BLANK_RUN = re.compile("\n\n\n+")
# Patterns start with a literal so that the regex engine can skip ahead at memory speed.
_HYPHEN_BREAK = re.compile("-\n")


def _strip_lines(text: str) -> str:
    if " \n" in text or "\n " in text or "\t" in text or "\r" in text:
        text = "\n".join(line.strip() for line in text.split("\n"))
    return text.strip()


# Placeholders for the breaks that stay, while every other line break becomes a space.
_KEEP = "\x00"
_PARAGRAPH = "\x01"


def join_lines_count(text: str) -> tuple[str, int]:
    """Like :func:`join_lines`, also returning how many line breaks were removed.

    The control characters U+0000 and U+0001 are dropped (they serve as placeholders).

    >>> join_lines_count("một dòng\\nhai dòng")
    ('một dòng hai dòng', 1)
    """
    if _KEEP in text or _PARAGRAPH in text:
        text = text.replace(_KEEP, "").replace(_PARAGRAPH, "")
    text = _strip_lines(text)
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    joined = 0

    def unhyphenate(match: re.Match[str]) -> str:
        nonlocal joined
        whole, start, end = match.string, match.start(), match.end()
        if start == 0 or end >= len(whole) or not whole[start - 1].isalpha():
            return "-\n"  # a dash ("Độc lập -"), a bullet, or a hyphen before a blank line
        if not (whole[end].isalnum()) or _LIST_ITEM.match(whole, end):
            return "-\n"
        joined += 1
        previous = whole[whole.rfind("\n", 0, start) + 1 : start + 1]
        line_end = whole.find("\n", end)
        return _hyphen_join(previous, whole[end : line_end if line_end >= 0 else len(whole)])

    if "-\n" in text:
        text = _HYPHEN_BREAK.sub(unhyphenate, text)
    if "\n" not in text:
        return _collapse_spaces(text), joined
    lines = text.split("\n")
    keep = _kept_breaks(lines)
    blank = [i for i, line in enumerate(lines) if not line]
    for i in blank:
        lines[i] = _PARAGRAPH
    for i in keep:
        lines[i] = _KEEP + lines[i]
    joined += len(lines) - 1 - len(keep) - 2 * len(blank)
    # One join in C instead of a decision per line in Python; placeholders become breaks.
    text = " ".join(lines).replace(f" {_PARAGRAPH} ", "\n\n").replace(f" {_KEEP}", "\n")
    return _collapse_spaces(text), joined


def _kept_breaks(lines: list[str]) -> set[int]:
    """Indices of the lines that start on a line of their own (not after a blank line)."""
    keep = {i for i, match in enumerate(map(_LIST_ITEM.match, lines)) if match}
    capitals = [i for i, upper in enumerate(map(str.isupper, lines)) if upper]
    for i in capitals:
        if not _is_heading(lines[i]):
            continue
        keep.add(i + 1)  # after a heading
        previous = lines[i - 1] if i else ""
        if previous and (previous[-1] in _SENTENCE_END or _LIST_ITEM.match(previous)):
            keep.add(i)  # "Chương II" / "QUYỀN CON NGƯỜI"
    return {i for i in keep if 0 < i < len(lines) and lines[i] and lines[i - 1]}


def _collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text) if "  " in text else text


def join_lines(text: str) -> str:
    """Join the lines of each paragraph with one space; keep paragraphs, lists and headings.

    >>> join_lines("QUYẾT ĐỊNH\\nVề việc ban hành\\nquy chế\\n\\n1. Mục đích\\n2. Yêu cầu")
    'QUYẾT ĐỊNH\\nVề việc ban hành quy chế\\n\\n1. Mục đích\\n2. Yêu cầu'
    """
    return join_lines_count(text)[0]
