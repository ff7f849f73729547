"""Describe a document in one to three of its own sentences (extractive summary).

First the lines that are not running text are set aside: letterheads of official documents
("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/QĐ-UBND", "Hà Nội, ngày 5 tháng 3 năm 2020"),
headings (ALL CAPS or short lines without a full stop), author and supervisor lines, tables of
contents, captions and the title repeated. The remaining sentences are scored by how close
their words are to the document's centroid (TF-IDF over syllables, with sentences as the
documents, keeping in the centroid only the words that recur), and by their likeness to the
title, with a bias towards the opening; the best are returned in document order.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from thuvien.text.fold import fold
from thuvien.text.normalize import normalize
from thuvien.text.sentences import is_mostly_upper, split_sentences
from thuvien.text.stopwords import is_stopword
from thuvien.text.words import Memo, syllables

ELLIPSIS = "..."
MAX_SENTENCES = 3
MIN_SENTENCE_SYLLABLES = 6
# Headings are short: a line without a full stop and with fewer syllables than this is one.
HEADING_SYLLABLES = 12
# Weight of the opening: the first sentences of a document usually say what it is about.
LEAD_WEIGHT = 2.0
LEAD_DECAY = 0.3
TITLE_WEIGHT = 0.5
# A sentence that repeats one already chosen adds nothing; one that scores far below the
# best is off the topic and is not worth its room.
MAX_SIMILARITY = 0.5
MIN_RELATIVE_SCORE = 0.3

# Matched on the folded line (lower case, no diacritics).
_LETTERHEAD = re.compile(
    r"""^(?:
        cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam
        |doc\s+lap\W+tu\s+do\W+hanh\s+phuc
        |so\s*:?\s*\S*\d\S*/\S*                 # Số: 12/QĐ-UBND
        |(?:so|ky\s+hieu)\s*:.*
        |.{0,60},?\s*ngay\s+[\d.…]+\s+thang\s+[\d.…]+\s+nam\s+[\d.…]+\W*  # place and date
        |v/v\b.*|ve\s+viec\s*:.*
        |kinh\s+gui\s*:?.*|noi\s+nhan\s*:.*
    )$""",
    re.VERBOSE,
)
_AUTHOR = re.compile(
    r"""^(?:
        (?:tac\s+gia|dong\s+tac\s+gia|nguoi\s+thuc\s+hien|sinh\s+vien\s+thuc\s+hien
          |nhom\s+thuc\s+hien|hoc\s+vien\s+thuc\s+hien|nguoi\s+viet|nguoi\s+soan
          |giao\s+vien\s+huong\s+dan|giang\s+vien\s+huong\s+dan|nguoi\s+huong\s+dan(?:\s+khoa\s+hoc)?
          |can\s+bo\s+huong\s+dan|gvhd|svth|chu\s+bien|bien\s+soan|hieu\s+dinh|ho\s+(?:va\s+)?ten
          |mssv|ma\s+so\s+sinh\s+vien|ma\s+so|lop|khoa|nien\s+khoa|chuyen\s+nganh|email|e-mail
          |dien\s+thoai|dt|don\s+vi|truong|nguoi\s+ky|nguoi\s+duyet|hoc\s+vien|sinh\s+vien)
        \s*[:.].*
        |(?:(?:pgs|gs|ts|ths|tskh|cn|ks|bs|ds|ls|nsnd|nsut)\.?\s*)+[a-z\s.]{3,40}
        |(?:nguoi\s+thuc\s+hien|tac\s+gia)
    )$""",
    re.VERBOSE,
)
_CAPTION = re.compile(
    r"^(?:\(?(?:anh|hinh|nguon|video|clip|bang|bieu\s+do|so\s+do)\s*(?:\d+[.:\d]*)?\s*[:.)-].*"
    r"|\(?anh\s+minh\s+hoa\)?.*)$"
)
_TOC_HEADING = re.compile(r"^(?:muc\s+luc|table\s+of\s+contents|contents)\W*$")
_LEADER = re.compile(r"(?:\.{4,}|…{2,}|(?:\.\s){4,}|_{4,}|\t)\s*\d*\s*$")
_LEADER_PIECES = ("....", "……", ". . . . ", "____", "\t")
_PAGE_ENTRY = re.compile(r"\s\d{1,4}$")
_TERMINAL = re.compile(r"[.!?…;\"”)\]]$")
# Preambles of official documents ("Căn cứ Luật...", "Xét đề nghị của...") cite other texts.
_PREAMBLE = re.compile(
    r"^(?:can\s+cu|xet\s+de\s+nghi|theo\s+de\s+nghi|thuc\s+hien\s+(?:chi|y))\b"
    r"|\bcan\s+cu\s+(?:vao\s+)?(?:luat|hien\s+phap|nghi\s+dinh|nghi\s+quyet|quyet\s+dinh"
    r"|thong\s+tu|dieu|bo\s+luat|phap\s+lenh)\b"
)
# "1. ", "a) ", "2- ", "- ": numbering that means nothing once the sentence stands alone.
_ENUMERATOR = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*\s*[.)\-]|[a-zđ]\)|[-–•+*]"
    r"|(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[\dIVXLC]+\s*[.:])\s+"
)
# The heading of an article of law: "Điều 3. Trách nhiệm của Nhà nước."
_CLAUSE_HEADING = re.compile(r"^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[\dIVXLC]+\s*[.:]")
CLAUSE_HEADING_SYLLABLES = 15
_WEB = re.compile(r"https?://|www\.|\S+@\S+\.\w+")


def describe(text: str, *, title: str | None = None, max_chars: int = 300) -> str:
    """Return a short description of ``text``: its 1 to 3 most representative sentences.

    The result has at most ``max_chars`` characters, cut at a sentence or word boundary;
    it ends with "..." only when a sentence had to be cut (so it may reach ``max_chars + 3``).

    >>> describe("MỤC LỤC\\nThư viện số lưu giữ sách của trường. Bạn đọc mượn sách qua mạng.")
    'Thư viện số lưu giữ sách của trường. Bạn đọc mượn sách qua mạng.'
    """
    max_chars = max(1, max_chars)
    text = normalize(text)
    sentences = [s for s in split_sentences(_running_text(text, title)) if _usable(s)]
    if not sentences:
        # Nothing looks like running text (a scanned cover page, a slide deck in capitals):
        # better any sentence of the document than no description.
        sentences = [s for s in split_sentences(text) if _usable(s)]
    if not sentences:
        return _cut(" ".join(text.split()), max_chars)
    sentences = [_ENUMERATOR.sub("", s) for s in sentences]
    chosen = _choose(sentences, title, max_chars)
    summary = " ".join(sentences[i] for i in chosen)
    return _cut(summary, max_chars)


def _running_text(text: str, title: str | None) -> str:
    """The text with non-running lines replaced by blank lines (so sentences break there)."""
    title_key = _folded_words(title) if title else ""
    kept: list[str] = []
    in_contents = False
    lines = text.split("\n")
    # Folding is done line by line by nature (lower case, marks off), so the whole text is
    # folded in one call rather than once per line.
    folded_lines = fold(text).split("\n")
    if len(folded_lines) != len(lines):
        folded_lines = [fold(line) for line in lines]
    for line, folded_line in zip(lines, folded_lines, strict=True):
        stripped = " ".join(line.split())
        folded = " ".join(folded_line.split())
        if _TOC_HEADING.match(folded):
            in_contents = True
            kept.append("")
            continue
        if in_contents:
            # A table of contents ends where running text (a long line or a sentence) starts.
            if _is_contents_entry(stripped) or (
                stripped and len(stripped) < 100 and not _TERMINAL.search(stripped)
            ):
                kept.append("")
                continue
            in_contents = False
        if stripped and _is_running(stripped, folded, title_key):
            kept.append(stripped)
        else:
            kept.append("")
    return "\n".join(kept)


def _folded_words(text: str) -> str:
    return " ".join(fold(text).split())


def _is_contents_entry(line: str) -> bool:
    return _has_leader(line) or (bool(_PAGE_ENTRY.search(line)) and len(line) < 120)


def _has_leader(line: str) -> bool:
    """A dotted leader at the end of a whitespace-collapsed line ("Chương 1 ........ 12")."""
    # Searching the regex from every position of every line is the slow part; a leader needs
    # one of these pieces (the line holds single spaces only), which str's "in" finds fast.
    if not any(piece in line for piece in _LEADER_PIECES):
        return False
    return bool(_LEADER.search(line))


def _has_web_address(sentence: str) -> bool:
    if "@" not in sentence and "://" not in sentence and "www." not in sentence:
        return False  # what _WEB needs, checked without a regex search
    return bool(_WEB.search(sentence))


def _is_running(line: str, folded: str, title_key: str) -> bool:
    if _has_leader(line):
        return False
    if _LETTERHEAD.match(folded) or _AUTHOR.match(folded) or _CAPTION.match(folded):
        return False
    if title_key and len(folded) >= 8 and folded.strip(" .:") in title_key:
        return False  # the title, or a line of it, repeated at the top of the text
    if is_mostly_upper(line, 0.7):
        return False
    # A short line without a full stop is a heading.
    return bool(_TERMINAL.search(line)) or len(syllables(line)) >= HEADING_SYLLABLES


def _usable(sentence: str) -> bool:
    size = len(syllables(sentence))
    if size < MIN_SENTENCE_SYLLABLES or _has_web_address(sentence):
        return False
    if size < CLAUSE_HEADING_SYLLABLES and _CLAUSE_HEADING.match(sentence):
        return False
    letters = sum(map(str.isalpha, sentence))
    return letters >= 0.5 * len(sentence) and not sentence.endswith(":")


def _term(syllable: str) -> str:
    """The term a syllable counts as: lower case; "" for numbers and stopwords."""
    return syllable.lower() if syllable.isalpha() and not is_stopword(syllable) else ""


# Shared by all documents: a syllable's term is looked up, not recomputed.
_TERMS: Memo[str] = Memo(_term)


def _terms(sentence: str) -> Counter[str]:
    return Counter(filter(None, map(_TERMS.__getitem__, syllables(sentence))))


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def _cosine(
    a: dict[str, float],
    b: dict[str, float],
    a_norm: float | None = None,
    b_norm: float | None = None,
) -> float:
    """Cosine of two sparse vectors; pass their norms when they are known already."""
    if len(a) > len(b):
        a, b, a_norm, b_norm = b, a, b_norm, a_norm
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    norm = (_norm(a) if a_norm is None else a_norm) * (_norm(b) if b_norm is None else b_norm)
    return dot / norm if norm else 0.0


def _choose(sentences: list[str], title: str | None, max_chars: int) -> list[int]:
    """Indices of the sentences to keep, in document order."""
    counts = [_terms(s) for s in sentences]
    frequency: Counter[str] = Counter()
    for terms in counts:
        frequency.update(terms.keys())
    total = len(sentences)
    idf = {term: math.log((total + 1) / (df + 0.5)) for term, df in frequency.items()}
    vectors = [{t: c * idf[t] for t, c in terms.items()} for terms in counts]
    # The centroid keeps only terms that recur in several sentences: the topic. A word seen in
    # one sentence has the highest IDF and would otherwise pull the centroid towards an aside.
    centroid = {t: df * idf[t] for t, df in frequency.items() if df >= 2}
    title_vector = {t: idf.get(t, 1.0) for t in _terms(title)} if title else {}
    # Norms once per vector: the centroid is long, and it is compared with every sentence.
    norms = [_norm(v) for v in vectors]
    centroid_norm = _norm(centroid)
    title_norm = _norm(title_vector)
    # Sentences hold no line break, so one fold serves them all.
    folded = fold("\n".join(sentences)).split("\n")
    if len(folded) != total:
        folded = [fold(s) for s in sentences]
    scores = []
    for index, vector in enumerate(vectors):
        score = _cosine(vector, centroid, norms[index], centroid_norm)
        if title_vector:
            score += TITLE_WEIGHT * _cosine(vector, title_vector, norms[index], title_norm)
        score *= 1.0 + LEAD_WEIGHT / (1.0 + LEAD_DECAY * index)
        if _PREAMBLE.search(" ".join(folded[index].split())):
            score *= 0.2  # "Căn cứ Luật..." opens every decision and says nothing of it
        if sentences[index].endswith((";", ",")):
            score *= 0.3  # an item of a list, not a statement
        scores.append(score)
    ranking = sorted(range(total), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    length = 0
    for index in ranking:
        if len(chosen) >= MAX_SENTENCES or scores[index] < MIN_RELATIVE_SCORE * scores[ranking[0]]:
            break
        added = len(sentences[index]) + (1 if chosen else 0)
        if chosen and length + added > max_chars:
            continue
        if any(
            _cosine(vectors[index], vectors[j], norms[index], norms[j]) > MAX_SIMILARITY
            for j in chosen
        ):
            continue
        chosen.append(index)
        length += added
        if length >= max_chars:
            break
    return sorted(chosen)


def _cut(text: str, max_chars: int) -> str:
    """Cut ``text`` to ``max_chars`` at a word boundary, marking the cut with "..."."""
    if len(text) <= max_chars:
        return text
    head = text[: max_chars + 1]
    head = head.rsplit(" ", 1)[0] if " " in head else head[:max_chars]
    head = head[:max_chars].rstrip(" ,;:-–—(\"“'")
    return (head or text[:max_chars]) + ELLIPSIS
