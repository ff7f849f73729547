"""Near-duplicate signatures: same text in another shape is close, other texts are far."""

from __future__ import annotations

import random
import subprocess
import sys

from thuvien.demo.build import demo_documents, document_blocks
from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph
from thuvien.text import similarity
from thuvien.text.similarity import (
    BANDS,
    NEAR_DUPLICATE_THRESHOLD,
    SIGNATURE_SIZE,
    band_keys,
    estimated_similarity,
    shingles,
    signature,
)


def pages_of(index: int) -> list[str]:
    pages, current = [], []
    for block in document_blocks(demo_documents()[index]):
        if isinstance(block, PageBreak):
            pages.append("\n".join(current))
            current = []
        elif isinstance(block, Heading | Paragraph):
            current.append(block.text)
    pages.append("\n".join(current))
    return pages


def longest_documents_of_one_category() -> tuple[list[str], list[str]]:
    docs = demo_documents()
    by_category: dict[tuple[str, str], list[int]] = {}
    for i, doc in enumerate(docs):
        by_category.setdefault(doc.category, []).append(i)
    group = max(by_category.values(), key=len)
    return pages_of(group[0]), pages_of(group[1])


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def test_signature_has_a_fixed_size_and_is_deterministic():
    pages = pages_of(0)
    first = signature(pages)
    assert len(first) == SIGNATURE_SIZE
    assert signature(pages) == first
    assert all(0 <= value < 2**32 for value in first)


def test_signature_is_the_same_in_another_process():
    # Python's own hash() changes per process; the signature must not.
    text = " ".join(pages_of(1))
    code = (
        "import sys; from thuvien.text.similarity import signature; "
        "print(list(signature(sys.stdin.read())))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True
    )
    assert eval(out.stdout) == list(signature(text))


def test_pages_and_joined_text_give_the_same_signature():
    pages = pages_of(2)
    assert signature(pages) == signature("\n".join(pages))


def test_reflowed_text_with_other_line_breaks_and_punctuation_is_the_same():
    pages = pages_of(3)
    words = " ".join(pages).split()
    reflowed = "\n".join(" ".join(words[i : i + 9]) for i in range(0, len(words), 9))
    reflowed = reflowed.replace(",", " , ").upper()
    assert estimated_similarity(signature(pages), signature(reflowed)) == 1.0


def test_a_different_cover_page_keeps_the_document_above_the_threshold():
    pages = pages_of(4)
    assert len(pages) >= 3
    cover = "TRƯỜNG ĐẠI HỌC SƯ PHẠM\nTÀI LIỆU THAM KHẢO\nHà Nội, năm 2020"
    estimate = estimated_similarity(signature(pages), signature([cover, *pages[1:]]))
    assert estimate >= NEAR_DUPLICATE_THRESHOLD


def test_small_edits_stay_above_the_threshold():
    pages = pages_of(5)
    rng = random.Random(7)
    edited = []
    for page in pages:
        words = page.split(" ")
        for i in range(len(words)):
            if rng.random() < 0.02:
                words[i] = "biên-tập"
        edited.append(" ".join(words))
    estimate = estimated_similarity(signature(pages), signature(edited))
    assert estimate >= NEAR_DUPLICATE_THRESHOLD
    assert estimate < 1.0


def test_unrelated_documents_of_one_category_are_below_the_threshold():
    first, second = longest_documents_of_one_category()
    estimate = estimated_similarity(signature(first), signature(second))
    assert estimate < NEAR_DUPLICATE_THRESHOLD


def test_estimate_follows_the_true_jaccard_similarity():
    pages = pages_of(6)
    half = pages[: len(pages) // 2] + ["Một đoạn khác hẳn về nông nghiệp và thuỷ lợi " * 30]
    truth = jaccard(shingles(pages), shingles(half))
    estimate = estimated_similarity(signature(pages), signature(half))
    assert abs(estimate - truth) < 0.15


def test_too_short_text_has_no_signature_and_no_band_keys():
    assert signature("Lời nói đầu") == ()
    assert signature([]) == ()
    assert band_keys(()) == []
    assert estimated_similarity((), ()) == 0.0


def test_band_keys_are_shared_exactly_where_bands_are_equal():
    sig = signature(pages_of(7))
    keys = band_keys(sig)
    assert len(keys) == BANDS
    assert all(-(2**63) <= key < 2**63 for key in keys)
    changed = list(sig)
    changed[0] ^= 1  # the first band differs, every other band is the same
    other = band_keys(changed)
    assert other[0] != keys[0]
    assert other[1:] == keys[1:]


def test_equal_values_in_different_bands_do_not_share_a_key():
    sig = tuple([5] * SIGNATURE_SIZE)
    keys = band_keys(sig)
    assert len(set(keys)) == BANDS


def test_the_lookup_finds_near_duplicates_with_high_probability():
    # 1 - (1 - s**ROWS)**BANDS at the threshold: the band layout catches what the flag needs.
    s = NEAR_DUPLICATE_THRESHOLD
    assert 1 - (1 - s**similarity.ROWS) ** similarity.BANDS > 0.99
