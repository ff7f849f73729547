"""Document titles: sentence case for ALL CAPS headings, placeholder detection, clean-up.

Titles come from file metadata ("Microsoft Word - Document1.doc"), from the first page's
heading (often ALL CAPS) or from the file name. These helpers turn each into something a
person would write, or say that it is no title at all.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import unquote

from thuvien.text.data import load_list
from thuvien.text.fold import fold
from thuvien.text.normalize import comparison_key, normalize

MAX_TITLE_LENGTH = 200

# Characters that hang at the ends of titles without meaning anything there.
_EDGE_PUNCTUATION = " \t:;,-–—_|/\\.·•*=~+#"
_TOKEN = re.compile(r"\S+")
_CORE = re.compile(r"^(?P<lead>[^\w]*)(?P<core>.*?)(?P<trail>[^\w]*)$", re.DOTALL)
_PARTS = re.compile(r"([.\-/&]+)")
_ROMAN = re.compile(r"[IVXLC]{1,6}")
# Parts of documents numbered with roman numerals: "CHƯƠNG II" -> "Chương II".
_NUMBERED_PARTS = frozenset(
    comparison_key(w)
    for w in "chương phần mục điều bài tập quyển khoá khóa kỳ kì lần phụ lục".split()  # noqa: SIM905
)
_SENTENCE_END = re.compile(r"[.!?:]$")

_FILE_EXTENSIONS = frozenset(
    """
    doc docx docm dot dotx pdf ppt pptx pps ppsx odt ods odp rtf txt tex latex epub djvu djv
    html htm xhtml xls xlsx xlsm csv xml json md ps eps dvi zip rar 7z gz tar bz2 jpg jpeg png
    gif tif tiff bmp webp pages key numbers wps wpd indd qxd pub vsd mobi azw3 chm
    """.split()  # noqa: SIM905
)
_EXTENSION = re.compile(r"\.([A-Za-z0-9]{1,5})$")
_COPY_MARKER = re.compile(
    r"(?:\s*\(\d{1,3}\)|\s*[-_]\s*(?:copy|sao chép|bản sao)(?:\s*\(\d+\))?)$", re.I
)
_FILE_NAME_SEPARATORS = re.compile(r"[_.+\-\s]+")

# Placeholder titles that office programs, scanners and converters write into metadata,
# matched on the folded text.
_PLACEHOLDERS = re.compile(
    r"""^(?:
        (?:microsoft\s+)?(?:office\s+)?(?:word|powerpoint|excel)\s*-\s*.*
        |(?:untitled|document|doc|slide|presentation|powerpoint\s+presentation|book|workbook
          |sheet|new\s+document|new\s+microsoft\s+\w+\s+document|title|no\s+title|noname
          |default|layout|page|trang|van\s+ban|tai\s+lieu|khong\s+(?:co\s+)?tieu\s+de
          |scan(?:ned)?(?:\s+document)?|img|image|dsc|photo|anh|screenshot)[\s_-]*\d*
        |tmp[\w-]*|temp[\w-]*|~\$.*|copy\s+of\s+.*
        |[0-9a-f]{8,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}
    )$""",
    re.VERBOSE,
)
_PATH = re.compile(r"^(?:[a-z]:[\\/]|[\\/]|~[\\/]|file:|https?:)|\\", re.IGNORECASE)


@cache
def _acronyms() -> dict[str, str]:
    """Upper-case spelling -> preferred spelling ("THS" -> "ThS")."""
    return {normalize(a).upper(): normalize(a) for a in load_list("acronyms_vi")}


@cache
def _proper_names() -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """Word keys of each well-known name -> its words as written, and the longest length."""
    names: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in load_list("proper_names_vi"):
        words = tuple(w for w in normalize(name).split() if any(c.isalnum() for c in w))
        names[tuple(comparison_key(w) for w in words)] = words
    return names, max(len(key) for key in names)


def _mostly_upper(text: str) -> bool:
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    return upper > 0 and upper >= 0.7 * (upper + lower)


def sentence_case(text: str) -> str:
    """Rewrite a mostly upper-case title in sentence case; other text is only trimmed.

    Acronyms ("UBND", "THPT", "TP.HCM"), tokens with digits ("COVID-19") and roman numerals
    after "Chương"/"Phần" stay upper case; well-known names (provinces, "Việt Nam") are
    capitalised; the first letter and the first letter after ". : ! ?" are capitalised.

    >>> sentence_case("QUY HOẠCH TỈNH QUẢNG NINH THỜI KỲ 2021-2030")
    'Quy hoạch tỉnh Quảng Ninh thời kỳ 2021-2030'
    """
    text = normalize(text).strip()
    if not _mostly_upper(text):
        return text
    tokens = [match for match in _TOKEN.finditer(text)]
    words = [
        _lower_token(m.group(), tokens[i - 1].group() if i else None, i == 0)
        for i, m in enumerate(tokens)
    ]
    _capitalise_names(words)
    for i, word in enumerate(words):
        if i == 0 or _SENTENCE_END.search(words[i - 1]):
            words[i] = _capitalise_first(word)
    pieces = []
    previous_end = 0
    for match, word in zip(tokens, words, strict=True):
        pieces.append(text[previous_end : match.start()])
        pieces.append(word)
        previous_end = match.end()
    return "".join(pieces)


def _lower_token(token: str, previous: str | None, is_first: bool) -> str:
    parts = _CORE.match(token)
    assert parts is not None  # the pattern matches any string
    lead, core, trail = parts.group("lead", "core", "trail")
    if not core:
        return token
    if any(c.isdigit() for c in core):
        return token
    kept = _acronym_spelling(core)
    if kept is not None:
        return lead + kept + trail
    if _ROMAN.fullmatch(core) and _roman_numeral_here(previous, is_first, trail):
        return token
    return token.lower()


def is_acronym(token: str) -> bool:
    """Tell whether ``token`` is an upper-case acronym that keeps its case ("UBND", "QĐ-UBND",
    "TP.HCM") or an upper-case token with a digit ("COVID-19").

    >>> is_acronym("THPT"), is_acronym("COVID-19"), is_acronym("NGHIÊN")
    (True, True, False)
    """
    parts = _CORE.match(normalize(token))
    assert parts is not None
    core = parts.group("core")
    if not core or core != core.upper() or not any(c.isalpha() for c in core):
        return False
    return any(c.isdigit() for c in core) or _acronym_spelling(core) is not None


def _acronym_spelling(core: str) -> str | None:
    """The preferred spelling when ``core`` (or each of its dotted/hyphenated parts) is an
    acronym, else None."""
    acronyms = _acronyms()
    upper = core.upper()
    if upper in acronyms and core == upper:
        return acronyms[upper]
    pieces = _PARTS.split(core)
    if len(pieces) == 1 or core != upper:
        return None
    spelled = []
    for piece in pieces:
        if _PARTS.fullmatch(piece) or piece.isdigit():
            spelled.append(piece)
        elif piece.upper() in acronyms:
            spelled.append(acronyms[piece.upper()])
        else:
            return None
    return "".join(spelled)


def _roman_numeral_here(previous: str | None, is_first: bool, trail: str) -> bool:
    if previous is not None:
        core = _CORE.match(previous)
        assert core is not None
        if comparison_key(core.group("core")) in _NUMBERED_PARTS:
            return True
    return is_first and trail[:1] in (".", ")", ":")


def _capitalise_names(words: list[str]) -> None:
    """Capitalise, in place, every run of words that spells a well-known name."""
    names, longest = _proper_names()
    cores = [_CORE.match(w) for w in words]
    keys = [comparison_key(c.group("core")) if c else "" for c in cores]
    i = 0
    while i < len(words):
        matched = 0
        for length in range(min(longest, len(words) - i), 0, -1):
            span = range(i, i + length)
            if not _clean_span(cores, span):
                continue
            spelled = names.get(tuple(keys[j] for j in span))
            if spelled is not None:
                for j, model in zip(span, spelled, strict=True):
                    if model[:1].isupper():
                        words[j] = _capitalise_first(words[j])
                matched = length
                break
        i += max(matched, 1)


def _clean_span(cores: list[re.Match[str] | None], span: range) -> bool:
    """Only the first word may carry leading and only the last trailing punctuation."""
    for j in span:
        core = cores[j]
        if core is None or not core.group("core"):
            return False
        if j != span.start and core.group("lead"):
            return False
        if j != span[-1] and core.group("trail"):
            return False
    return True


def _capitalise_first(word: str) -> str:
    for i, char in enumerate(word):
        if char.isalpha():
            upper = char.upper()
            return word[:i] + upper + word[i + 1 :] if len(upper) == 1 else word
    return word


def clean_title(text: str) -> str:
    """Collapse whitespace, drop punctuation hanging at either end, cap the length.

    Titles longer than 200 characters are cut at a word boundary.

    >>> clean_title("  Giáo trình   Kinh tế vi mô : ")
    'Giáo trình Kinh tế vi mô'
    """
    text = " ".join(normalize(text).split()).strip(_EDGE_PUNCTUATION)
    if len(text) > MAX_TITLE_LENGTH:
        cut = text[: MAX_TITLE_LENGTH + 1]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_TITLE_LENGTH]
        text = text.strip(_EDGE_PUNCTUATION)
    return text


# Marks that stand between words of a real title ("Chương 1 - Mở đầu", "Kinh tế & Xã hội").
_JOINERS = frozenset("-–—&+/:|·")


def has_stray_marks(line: str) -> bool:
    """Tell whether a line holds a "word" of marks only, as OCR reads specks and rules.

    >>> has_stray_marks('P " repor'), has_stray_marks("chapter <"), has_stray_marks("Ba .. Ta")
    (True, True, True)
    >>> has_stray_marks("Chương 1 - Mở đầu"), has_stray_marks("Kinh tế & Xã hội: 2024")
    (False, False)
    """
    return any(
        token not in _JOINERS and not any(c.isalnum() for c in token) for token in line.split()
    )


def _stem(file_name: str) -> str:
    """File name without folders, percent-escapes or known extensions."""
    name = unquote(normalize(file_name)).strip()
    name = PureWindowsPath(PurePosixPath(name).name).name
    while True:
        match = _EXTENSION.search(name)
        if not match or match.group(1).lower() not in _FILE_EXTENSIONS:
            return name
        name = name[: match.start()]


def _comparable(text: str) -> str:
    return " ".join(_FILE_NAME_SEPARATORS.split(fold(text))).strip()


def is_placeholder_title(title: str, file_name: str | None = None) -> bool:
    """Tell whether ``title`` is a stand-in rather than a real title.

    True for what programs write by default ("Microsoft Word - x.doc", "Untitled1",
    "Document1", "Slide 1", "PowerPoint Presentation", "tmp123"), for file names and paths,
    for the stem of ``file_name``, and for text with fewer than four letters.

    >>> is_placeholder_title("Microsoft Word - luan van.doc"), is_placeholder_title("Luận văn")
    (True, False)
    """
    text = " ".join(normalize(title).split())
    if sum(c.isalpha() for c in text) < 4:
        return True
    folded = fold(text)
    if _PLACEHOLDERS.match(folded) or _PATH.search(text):
        return True
    match = _EXTENSION.search(text)
    if match and match.group(1).lower() in _FILE_EXTENSIONS:
        return True
    if file_name and _comparable(text) == _comparable(_stem(file_name)):
        return True
    # Mostly symbols and digits: "___123___", "#%&@!! 2020".
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) < 0.4 * len(visible)


def title_from_file_name(name: str) -> str:
    """Make a readable title from a file name: no folders or extension, separators to spaces,
    sentence case. Returns "" when nothing readable is left.

    >>> title_from_file_name("qua_viec-thuc.hien_chuc-trach.pdf")
    'Qua viec thuc hien chuc trach'
    """
    stem = _COPY_MARKER.sub("", _stem(name))
    text = " ".join(_FILE_NAME_SEPARATORS.split(stem)).strip()
    if not any(c.isalnum() for c in text):
        return ""
    if _mostly_upper(text):
        return sentence_case(text)
    if not any(c.isupper() for c in text):
        return _capitalise_first(text)
    return text
