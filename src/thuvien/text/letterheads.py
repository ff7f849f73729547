"""Vietnamese official documents (văn bản hành chính): their letterhead, and their title.

An official document opens with a letterhead: the issuing body, the national motto
("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), its number
("Số: 21/2021/NĐ-CP") and its place and date. Below come the kind of document in capitals
("NGHỊ ĐỊNH") and its subject ("Quy định thi hành ..."), or for a law its name ("BỘ LUẬT" /
"LAO ĐỘNG"). Libraries of legal texts name such a document by kind, number and subject:
"Nghị định 21/2021/NĐ-CP quy định thi hành ...", "Bộ luật Lao động số 45/2019/QH14"; an
official letter, whose subject follows "V/v" under its number, is "Công văn ... về việc ...".
No font size says so: in many files the date line is set larger than the kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from thuvien.text.fold import fold
from thuvien.text.normalize import normalize
from thuvien.text.titles import sentence_case

__all__ = ["TOP_LINES", "has_motto", "is_letterhead", "official_title"]

# Matched on the folded line (lower case, no diacritics, single spaces).
_LETTERHEAD = re.compile(
    r"""^(?:
        cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam
        |doc\s+lap\W+tu\s+do\W+hanh\s+phuc
        |so\s*:?\s*\S*\d\S*/\S*                 # Số: 12/QĐ-UBND
        |(?:so|ky\s+hieu)\s*:.*
        |v/v\b.*|ve\s+viec\s*:.*
        |kinh\s+gui\s*:?.*|noi\s+nhan\s*:.*
    )$""",
    re.VERBOSE,
)
# Place and date: "Hà Nội, ngày 5 tháng 3 năm 2020". Apart from the rest because trying it
# costs: ".{0,60}" backtracks over the line. It needs "ngay" among the first 66 characters.
_LETTERHEAD_DATE = re.compile(r"^.{0,60},?\s*ngay\s+[\d.…]+\s+thang\s+[\d.…]+\s+nam\s+[\d.…]+\W*$")
_DATE_REACH = 66
# What makes a first page an official document's: the national or the Party's motto.
_MOTTO = re.compile(
    r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam|doc\s+lap\W+tu\s+do\W+hanh\s+phuc"
    r"|dang\s+cong\s+san\s+viet\s+nam"
)
# Kinds of documents, folded. Laws and the like are followed by their name, the others by
# their subject.
_NAMED_KINDS = frozenset({"luat", "bo luat", "phap lenh", "hien phap"})
_KINDS = _NAMED_KINDS | {
    "nghi dinh",
    "nghi quyet",
    "quyet dinh",
    "thong tu",
    "thong tu lien tich",
    "chi thi",
    "lenh",
    "cong dien",
    "thong bao",
    "ke hoach",
    "bao cao",
    "to trinh",
    "huong dan",
    "quy che",
    "quy dinh",
    "de an",
    "chuong trinh",
    "cong van",
}
_MAX_KIND_WORDS = 4
# The document's number: "Số: 21/2021/NĐ-CP", "Luật số: 45/2019/QH14", "Số 15/CT-TTg";
# a blank to be filled in ("Số: ....../NĐ-CP") is no number.
_NUMBER = re.compile(r"(?:^|\s)số\s*:?\s*(\d[^\s,;:]*/[^\s,;:]+)", re.IGNORECASE)
_DRAFT = re.compile(r"^du\s+thao\W*$")
# An official letter's subject: "V/v triển khai thư viện số".
_LETTER_SUBJECT = re.compile(r"^[Vv]\s*/\s*[Vv]\s*:?\s*(.*)$")
# Lines after the subject: the grounds ("Căn cứ ..."), the addressee, the first article.
_BODY_START = re.compile(
    r"^(?:can\s+cu|xet\s+de\s+nghi|theo\s+de\s+nghi|kinh\s+gui|dieu\s+\d|chuong\s+[ivxlc\d])\b"
)
# The issuer in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") that may follow the subject, or
# stand where a subject would.
_ISSUER = re.compile(
    r"^(?:pho\s+)?(?:chu\s+tich|bo\s+truong|thu\s+truong|(?:tong\s+)?giam\s+doc|hieu\s+truong"
    r"|thu\s+tuong|cuc\s+truong|vu\s+truong|truong\s+ban|uy\s+ban|chinh\s+phu|quoc\s+hoi"
    r"|hoi\s+dong|ban\s+chap\s+hanh|ban\s+thuong\s+vu)\b"
)
# Where the letterhead and the title are looked for: the top of the first page.
TOP_LINES = 30
_MAX_SUBJECT_LINES = 4
_MAX_SUBJECT_CHARS = 300
# Words in capitals at the end of a subject in sentence case: this many make a trailing line.
_TRAILING_CAPITALS = 3


def _folded(line: str) -> str:
    return " ".join(fold(line).split())


def is_letterhead(folded: str) -> bool:
    """Whether a folded line (see :func:`thuvien.text.fold.fold`, single-spaced) belongs to
    a letterhead: national motto, number, place and date, addressee, "V/v" subject.

    >>> is_letterhead("ha noi, ngay 5 thang 3 nam 2020"), is_letterhead("thu vien so")
    (True, False)
    """
    if _LETTERHEAD.match(folded):
        return True
    return "ngay" in folded[:_DATE_REACH] and bool(_LETTERHEAD_DATE.match(folded))


def has_motto(text: str) -> bool:
    """Whether ``text`` holds the national motto or the Party's, as an official document's
    first page does (a cheap test before :func:`official_title`).

    >>> has_motto("ỦY BAN NHÂN DÂN - CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), has_motto("Thư viện")
    (True, False)
    """
    return bool(_MOTTO.search(_folded(text)))


def _all_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _kind_at_start(line: str) -> tuple[str, str] | None:
    """(kind, rest) when the line starts with a kind of document in capitals and the rest
    is empty, a name in capitals (laws) or the subject in sentence case."""
    words = line.split()
    for size in range(min(_MAX_KIND_WORDS, len(words)), 0, -1):
        head = " ".join(words[:size])
        folded = _folded(head)
        if folded not in _KINDS or not _all_upper(head):
            continue
        rest = " ".join(words[size:])
        if rest and _all_upper(rest) and folded not in _NAMED_KINDS:
            return None  # "THÔNG TƯ HƯỚNG DẪN ...": a heading, not a kind on its own line
        return head, rest
    return None


def _subject(lines: Sequence[str], first: str) -> str:
    """The subject (or name) lines that follow the kind: same case as the first one, up to a
    rule ("______"), the grounds or the first article."""
    parts = [first] if first else []
    upper = _all_upper(first) if first else None
    if upper and _ISSUER.match(_folded(first)):
        return ""
    for line in lines:
        if len(parts) >= _MAX_SUBJECT_LINES or sum(map(len, parts)) > _MAX_SUBJECT_CHARS:
            break
        folded = _folded(line)
        if not any(c.isalnum() for c in line) or _BODY_START.match(folded):
            break
        if is_letterhead(folded) or (_ISSUER.match(folded) and _all_upper(line)):
            break
        if upper is None:
            upper = _all_upper(line)
        elif _all_upper(line) != upper:
            break  # the issuing authority in capitals after a subject in sentence case
        parts.append(line)
    subject = " ".join(" ".join(parts).split())
    if upper is False:
        # Lines joined into one paragraph: the authority in capitals may trail the subject.
        subject = _without_trailing_capitals(subject)
    return subject


def _without_trailing_capitals(subject: str) -> str:
    words = subject.split(" ")
    kept = len(words)
    while kept and sum(c.isalpha() for c in words[kept - 1]) >= 2 and _all_upper(words[kept - 1]):
        kept -= 1
    return " ".join(words[:kept]) if len(words) - kept >= _TRAILING_CAPITALS else subject


def _lower_first(text: str) -> str:
    """The first letter in lower case, unless the first word is an acronym ("UBND")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and _all_upper(first):
        return text
    return text[:1].lower() + text[1:]


def official_title(lines: Sequence[str]) -> str | None:
    """The title of an official document from the lines at the top of its first page, or
    None when they are not an official document's (no national motto, no kind of document).

    >>> official_title([
    ...     "BỘ VĂN HOÁ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    ...     "Số: 12/2024/TT-BVH", "Hà Nội, ngày 2 tháng 5 năm 2024", "THÔNG TƯ",
    ...     "Hướng dẫn quản lý thư viện số", "________", "Căn cứ Luật Thư viện;"])
    'Thông tư 12/2024/TT-BVH hướng dẫn quản lý thư viện số'
    """
    top = [" ".join(normalize(line).split()) for line in lines[:TOP_LINES]]
    top = [line for line in top if line]
    if not has_motto("\n".join(top)):
        return None
    number = ""
    draft = False
    for index, line in enumerate(top):
        found = _kind_at_start(line)
        if found is None:
            if not number and (match := _NUMBER.search(line)):
                number = match.group(1).rstrip(".")
            draft = draft or bool(_DRAFT.match(_folded(line)))
            continue
        kind, rest = found
        subject = _subject(top[index + 1 :], rest)
        kind_text = sentence_case(kind) if not draft else "Dự thảo " + sentence_case(kind)
        if _folded(kind) in _NAMED_KINDS and subject and _all_upper(subject):
            # A law's name is a name: "Bộ luật Lao động".
            name = sentence_case(subject)
            title = f"{kind_text} {name[:1].upper()}{name[1:]}"
            return f"{title} số {number}" if number else title
        if subject and _all_upper(subject):
            subject = sentence_case(subject)
        parts = [kind_text, number, _lower_first(subject) if subject else ""]
        return " ".join(part for part in parts if part)
    return _letter_title(top, number)


def _letter_title(top: Sequence[str], number: str) -> str | None:
    """An official letter (công văn) has no kind line: its subject stands under its number,
    after "V/v" (về việc)."""
    for line in top:
        match = _LETTER_SUBJECT.match(line)
        if match and match.group(1):
            subject = _lower_first(match.group(1).strip(" .:"))
            return " ".join(part for part in ("Công văn", number, "về việc", subject) if part)
    return None
