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
from collections.abc import Iterator
from heapq import heapify, heappop, heappush
from itertools import chain, repeat
from operator import mul

from thuvien.text.fold import fold
from thuvien.text.letterheads import is_letterhead
from thuvien.text.memo import Memo
from thuvien.text.normalize import normalize
from thuvien.text.sentences import collapse_spaces, is_mostly_upper, split_sentences
from thuvien.text.stopwords import is_stopword
from thuvien.text.words import syllables

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

# Matched on the folded line (lower case, no diacritics, single spaces).
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
# A line that ends with one of these is running text rather than a heading.
_TERMINAL = '.!?…;"”)]'
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
# Syllables as words.syllables() finds them, and line breaks.
_SYLLABLE_OR_BREAK = re.compile(r"[^\W_]+|\n")
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
    usable = _usable_sentences(split_sentences(_running_text(text, title), normalized=True))
    if not usable:
        # Nothing looks like running text (a scanned cover page, a slide deck in capitals):
        # better any sentence of the document than no description.
        usable = _usable_sentences(split_sentences(text, normalized=True))
    if not usable:
        return _cut(" ".join(text.split()), max_chars)
    sentences = [sentence for sentence, _ in usable]
    chosen = _choose(sentences, [words for _, words in usable], title, max_chars)
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
        stripped = collapse_spaces(line)
        folded = collapse_spaces(folded_line)
        if _TOC_HEADING.match(folded):
            in_contents = True
            kept.append("")
            continue
        if in_contents:
            # A table of contents ends where running text (a long line or a sentence) starts.
            if _is_contents_entry(stripped) or (
                stripped and len(stripped) < 100 and not _ends_as_sentence(stripped)
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
    if is_letterhead(folded) or _AUTHOR.match(folded) or _CAPTION.match(folded):
        return False
    if title_key and len(folded) >= 8 and folded.strip(" .:") in title_key:
        return False  # the title, or a line of it, repeated at the top of the text
    if is_mostly_upper(line, 0.7):
        return False
    # A short line without a full stop is a heading.
    return _ends_as_sentence(line) or len(syllables(line, normalized=True)) >= HEADING_SYLLABLES


def _ends_as_sentence(line: str) -> bool:
    last = line[-1:]
    return bool(last) and last in _TERMINAL


def _usable_sentences(sentences: list[str]) -> list[tuple[str, list[str]]]:
    """The usable sentences, without their numbering, each with its syllables.

    The syllables of all sentences come from one regex call over them all, a line break
    between two sentences (sentences hold none), rather than from one call per sentence.
    """
    tokens = _SYLLABLE_OR_BREAK.findall("\n".join(sentences))
    find = tokens.index
    usable = []
    start = 0
    for sentence in sentences:
        try:
            end = find("\n", start)
        except ValueError:
            end = len(tokens)  # the last sentence
        if _usable(sentence, tokens[start:end]):
            match = _ENUMERATOR.match(sentence)
            if match:
                # The numbering ends with a space, so its syllables are the first ones.
                skip = len(syllables(match.group(), normalized=True))
                usable.append((sentence[match.end() :], tokens[start + skip : end]))
            else:
                usable.append((sentence, tokens[start:end]))
        start = end + 1
    return usable


def _usable(sentence: str, words: list[str]) -> bool:
    """Whether a sentence (with these syllables) may stand in a description."""
    size = len(words)
    if size < MIN_SENTENCE_SYLLABLES or _has_web_address(sentence):
        return False
    if size < CLAUSE_HEADING_SYLLABLES and _CLAUSE_HEADING.match(sentence):
        return False
    if sentence.endswith(":"):
        return False
    # Mostly letters: the syllables made only of letters usually settle it (their length is a
    # lower bound of the letter count); else count the letters one by one.
    half = 0.5 * len(sentence)
    return sum(map(len, filter(str.isalpha, words))) >= half or (
        sum(map(str.isalpha, sentence)) >= half
    )


def _term(syllable: str) -> str:
    """The term a syllable counts as: lower case; "" for numbers and stopwords."""
    return syllable.lower() if syllable.isalpha() and not is_stopword(syllable) else ""


# Shared by all documents: a syllable's term is looked up, not recomputed.
_TERMS: Memo[str, str] = Memo(_term, limit=50_000)


def _terms(words: list[str]) -> Counter[str]:
    """Term counts of a sentence given by its syllables."""
    return Counter(filter(None, map(_TERMS.__getitem__, words)))


def _vector(terms: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """``{t: c * idf[t] for t, c in terms.items()}``, the products taken in C."""
    return dict(zip(terms, map(mul, terms.values(), map(idf.__getitem__, terms)), strict=True))


def _norm(vector: dict[str, float]) -> float:
    values = vector.values()
    return math.sqrt(sum(map(mul, values, values)))


def _cosine(
    a: dict[str, float],
    b: dict[str, float],
    a_norm: float | None = None,
    b_norm: float | None = None,
) -> float:
    """Cosine of two sparse vectors; pass their norms when they are known already."""
    if len(a) > len(b):
        a, b, a_norm, b_norm = b, a, b_norm, a_norm
    dot = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    norm = (_norm(a) if a_norm is None else a_norm) * (_norm(b) if b_norm is None else b_norm)
    return dot / norm if norm else 0.0


def _choose(
    sentences: list[str], words: list[list[str]], title: str | None, max_chars: int
) -> list[int]:
    """Indices of the sentences to keep, in document order (``words``: their syllables)."""
    counts = [_terms(w) for w in words]
    frequency = Counter(chain.from_iterable(counts))
    total = len(sentences)
    idf = {term: math.log((total + 1) / (df + 0.5)) for term, df in frequency.items()}
    vectors = [_vector(terms, idf) for terms in counts]
    # The centroid keeps only terms that recur in several sentences: the topic. A word seen in
    # one sentence has the highest IDF and would otherwise pull the centroid towards an aside.
    centroid = {t: df * idf[t] for t, df in frequency.items() if df >= 2}
    title_vector = {t: idf.get(t, 1.0) for t in _terms(syllables(title))} if title else {}
    # Norms once per vector: the centroid is long, and it is compared with every sentence.
    norms = [_norm(v) for v in vectors]
    centroid_norm = _norm(centroid)
    title_norm = _norm(title_vector)
    title_terms = title_vector.keys()
    bounds = []
    for index, vector in enumerate(vectors):
        score = _cosine(vector, centroid, norms[index], centroid_norm)
        # Without a title word the title's cosine is 0.0, and adding 0.0 changes nothing.
        if not title_terms.isdisjoint(vector):
            score += TITLE_WEIGHT * _cosine(vector, title_vector, norms[index], title_norm)
        bounds.append(score * (1.0 + LEAD_WEIGHT / (1.0 + LEAD_DECAY * index)))
    chosen: list[int] = []
    length = 0
    best = None
    for index, score in _ranking(sentences, bounds):
        if best is None:
            best = score
        if len(chosen) >= MAX_SENTENCES or score < MIN_RELATIVE_SCORE * best:
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


def _ranking(sentences: list[str], bounds: list[float]) -> Iterator[tuple[int, float]]:
    """(index, score) of the sentences, best first (ties: the earlier first).

    A sentence's score is its bound, cut for a preamble ("Căn cứ Luật...", which opens
    every decision and says nothing of it) or a list item (ending with ";" or ","). Scores
    are not negative and the cuts only lower them, so the preamble test, which folds the
    sentence, is made lazily: only for the few sentences that reach the top of the heap.
    """
    heap = []
    for index, bound in enumerate(bounds):
        # The list-item cut is cheap: applied now, after the preamble one as always.
        listed = sentences[index].endswith((";", ","))
        heap.append((-bound * 0.3 if listed else -bound, index, False, listed))
    heapify(heap)
    while heap:
        negative, index, exact, listed = heappop(heap)
        if exact:
            yield index, -negative
            continue
        score = bounds[index]
        if _PREAMBLE.search(_folded_words(sentences[index])):
            score *= 0.2
        if listed:
            score *= 0.3
        heappush(heap, (-score, index, True, listed))


def _cut(text: str, max_chars: int) -> str:
    """Cut ``text`` to ``max_chars`` at a word boundary, marking the cut with "..."."""
    if len(text) <= max_chars:
        return text
    head = text[: max_chars + 1]
    head = head.rsplit(" ", 1)[0] if " " in head else head[:max_chars]
    head = head[:max_chars].rstrip(" ,;:-–—(\"“'")
    return (head or text[:max_chars]) + ELLIPSIS
