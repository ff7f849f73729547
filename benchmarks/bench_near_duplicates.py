"""Precision and recall of the near-duplicate flag (thuvien.text.similarity).

Run: ``.venv/bin/python benchmarks/bench_near_duplicates.py [--thresholds]``.

Originals: the demo library's documents (their page texts, without rendering PDFs) and, when
the corpus folder is present (/work/shared/corpus or THUVIEN_CORPUS), VietNews articles, VNTC
news articles (10 topics) and ViMs articles (clusters of articles on the same event: the
hardest unrelated pairs, same subject, different text). Articles are cut into pages of about
300 syllables.

Each original is given variants that must be flagged as near-duplicates of it:

* ``cover``: a different first page (another cover: school, title, place and year) in front
  of the same body, which itself starts with the original's own first page replaced;
* ``reflow``: the same text re-wrapped to another line width and re-paginated, with page
  numbers and a running header on every page, quotes and dashes changed (a re-saved or
  converted file);
* ``edits``: about 3 syllables in 100 replaced, one sentence removed, one added.

Every original is then looked up against the index of all the others exactly as the portal
does it (band keys, then the estimated similarity of the candidates): any flag is a false
positive unless it links a variant to its source. Precision = true flags / all flags; recall =
variants flagged with their source / variants. Pairs within one category (demo categories,
VNTC topics, ViMs clusters) are what the unrelated side is made of.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from thuvien.demo.build import demo_documents, document_blocks
from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph
from thuvien.text import similarity

CORPUS = Path(os.environ.get("THUVIEN_CORPUS", "/work/shared/corpus"))
PAGE_SYLLABLES = 300
RNG = random.Random(20240611)

COVER_SCHOOLS = (
    "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI",
    "HỌC VIỆN NÔNG NGHIỆP VIỆT NAM",
    "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH",
    "TRƯỜNG CAO ĐẲNG KỸ THUẬT CAO THẮNG",
)
COVER_PLACES = ("Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Thành phố Hồ Chí Minh")


@dataclass(frozen=True)
class Doc:
    id: str
    group: str  # the category, topic or cluster: what "unrelated but alike" means here
    title: str
    pages: tuple[str, ...]


def demo_originals() -> list[Doc]:
    docs = []
    for demo in demo_documents():
        pages, current = [], []
        for block in document_blocks(demo):
            if isinstance(block, PageBreak):
                pages.append("\n".join(current))
                current = []
            elif isinstance(block, Heading | Paragraph):
                current.append(block.text)
        pages.append("\n".join(current))
        docs.append(
            Doc(f"demo:{demo.file_name}", "/".join(demo.category), demo.title, tuple(pages))
        )
    return docs


def paged(text: str) -> tuple[str, ...]:
    """An article cut into pages of about PAGE_SYLLABLES syllables, at sentence ends."""
    sentences = re.split(r"(?<=[.!?…])\s+", text.strip())
    pages, current, count = [], [], 0
    for sentence in sentences:
        current.append(sentence)
        count += len(sentence.split())
        if count >= PAGE_SYLLABLES:
            pages.append(" ".join(current))
            current, count = [], 0
    if current:
        pages.append(" ".join(current))
    return tuple(pages)


def _jsonl(name: str) -> list[dict]:
    path = CORPUS / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def corpus_originals() -> list[Doc]:
    docs = []
    for record in _jsonl("summarization_vietnews_100.jsonl"):
        text = f"{record['title']}\n{record['summary']}\n{record['article']}"
        docs.append(Doc(f"vietnews:{record['id']}", "vietnews", record["title"], paged(text)))
    for record in _jsonl("news_vntc_300.jsonl"):
        docs.append(
            Doc(f"vntc:{record['id']}", f"vntc:{record['label']}", "", paged(record["text"]))
        )
    for record in _jsonl("summarization_vims_20clusters.jsonl"):
        for article in record["documents"]:
            docs.append(
                Doc(
                    f"vims:{record['cluster']}:{article['file']}",
                    f"vims:{record['cluster']}",
                    article["title"],
                    paged(article["text"]),
                )
            )
    return docs


# --- variants -----------------------------------------------------------------------------


def cover_page(title: str) -> str:
    return "\n".join(
        [
            RNG.choice(COVER_SCHOOLS),
            "KHOA " + RNG.choice(("NGỮ VĂN", "KINH TẾ", "CÔNG NGHỆ", "LỊCH SỬ")),
            "TÀI LIỆU THAM KHẢO",
            (title or "Tài liệu").upper(),
            f"{RNG.choice(COVER_PLACES)}, năm {RNG.randint(2005, 2024)}",
        ]
    )


def with_other_cover(doc: Doc) -> tuple[str, ...]:
    # A short document's first page is most of it: keep it (a cover in front), else replace it.
    if len(doc.pages) >= 4:
        return (cover_page(doc.title), *doc.pages[1:])
    return (cover_page(doc.title), *doc.pages)


def reflowed(doc: Doc) -> tuple[str, ...]:
    words = " ".join(doc.pages).split()
    width = RNG.randint(8, 14)
    lines = [" ".join(words[i : i + width]) for i in range(0, len(words), width)]
    per_page = RNG.randint(20, 40)
    pages = []
    for number, start in enumerate(range(0, len(lines), per_page), start=1):
        body = "\n".join(lines[start : start + per_page])
        body = body.replace("“", '"').replace("”", '"').replace(" – ", " - ")
        pages.append(f"{doc.title[:60]}\n{body}\nTrang {number}")
    return tuple(pages)


def edited(doc: Doc, vocabulary: list[str]) -> tuple[str, ...]:
    pages = []
    for page in doc.pages:
        words = page.split(" ")
        for i in range(len(words)):
            if RNG.random() < 0.03:
                words[i] = RNG.choice(vocabulary)
        pages.append(" ".join(words))
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", pages[-1]) if s]
    if len(sentences) > 2:
        del sentences[RNG.randrange(len(sentences))]
        sentences.insert(
            RNG.randrange(len(sentences)), "Phần này đã được biên tập lại cho phù hợp."
        )
        pages[-1] = " ".join(sentences)
    return tuple(pages)


# --- measuring ----------------------------------------------------------------------------


class Index:
    """What the portal keeps: band key -> documents, and each document's signature."""

    def __init__(self) -> None:
        self.by_key: dict[int, set[str]] = defaultdict(set)
        self.signatures: dict[str, tuple[int, ...]] = {}

    def add(self, doc_id: str, sig: tuple[int, ...]) -> None:
        self.signatures[doc_id] = sig
        for key in similarity.band_keys(sig):
            self.by_key[key].add(doc_id)

    def candidates(self, sig: tuple[int, ...], exclude: str) -> set[str]:
        found: set[str] = set()
        for key in similarity.band_keys(sig):
            found |= self.by_key.get(key, set())
        found.discard(exclude)
        return found


def measure(thresholds: list[float]) -> dict:
    originals = demo_originals() + corpus_originals()
    originals = [d for d in originals if sum(len(p.split()) for p in d.pages) >= 60]
    vocabulary = sorted({w for d in originals[:40] for p in d.pages for w in p.split()})
    started = time.perf_counter()
    index = Index()
    for doc in originals:
        index.add(doc.id, similarity.signature(doc.pages))
    seconds = time.perf_counter() - started
    syllables = sum(len(p.split()) for d in originals for p in d.pages)

    variants: list[tuple[str, str, tuple[int, ...]]] = []  # kind, source id, signature
    for doc in originals:
        for kind, pages in (
            ("cover", with_other_cover(doc)),
            ("reflow", reflowed(doc)),
            ("edits", edited(doc, vocabulary)),
        ):
            variants.append((kind, doc.id, similarity.signature(pages)))

    results = {}
    for threshold in thresholds:
        true_flags = 0
        false_pairs: list[tuple[str, str]] = []
        found_by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        candidates_looked_at = 0
        for kind, source, sig in variants:
            candidates = index.candidates(sig, exclude="")
            candidates_looked_at += len(candidates)
            flagged = {
                c
                for c in candidates
                if similarity.estimated_similarity(sig, index.signatures[c]) >= threshold
            }
            hit = source in flagged
            found_by_kind[kind][0] += hit
            found_by_kind[kind][1] += 1
            true_flags += hit
            false_pairs += [(source, other) for other in flagged - {source}]
        unrelated_flags = []
        for doc in originals:
            sig = index.signatures[doc.id]
            candidates = index.candidates(sig, exclude=doc.id)
            candidates_looked_at += len(candidates)
            for other in candidates:
                estimate = similarity.estimated_similarity(sig, index.signatures[other])
                if estimate >= threshold and doc.id < other:
                    unrelated_flags.append((doc.id, other, round(estimate, 3)))
        false_pairs += [(a, b) for a, b, _ in unrelated_flags]
        false_flags = len(false_pairs)
        # ViMs clusters hold the same wire story re-published by several papers: flags inside
        # a cluster are counted as false above, and left out here.
        republished = sum(1 for a, b in false_pairs if _same_vims_cluster(a, b))
        results[threshold] = {
            "precision": true_flags / max(1, true_flags + false_flags),
            "precision_without_republished": true_flags
            / max(1, true_flags + false_flags - republished),
            "recall": true_flags / max(1, len(variants)),
            "recall_by_kind": {k: v[0] / v[1] for k, v in sorted(found_by_kind.items())},
            "false_flags": false_flags,
            "unrelated_pairs_flagged": unrelated_flags[:10],
            "candidates_per_lookup": candidates_looked_at / (len(variants) + len(originals)),
        }
    return {
        "originals": len(originals),
        "variants": len(variants),
        "unrelated_pairs_in_same_group": sum(
            n * (n - 1) // 2 for n in _group_sizes(originals).values()
        ),
        "signature_ms_per_1000_syllables": 1000 * seconds / max(1, syllables) * 1000,
        "results": results,
    }


def _same_vims_cluster(a: str, b: str) -> bool:
    return a.startswith("vims:") and a.split(":")[1] == b.split(":")[1]


def _group_sizes(docs: list[Doc]) -> dict[str, int]:
    sizes: dict[str, int] = defaultdict(int)
    for doc in docs:
        sizes[doc.group] += 1
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--thresholds", action="store_true", help="also show thresholds around the chosen one"
    )
    args = parser.parse_args()
    chosen = similarity.NEAR_DUPLICATE_THRESHOLD
    thresholds = [chosen]
    if args.thresholds:
        thresholds = sorted({0.3, 0.4, 0.5, 0.6, 0.7, 0.8, chosen})
    report = measure(thresholds)
    print(
        f"{report['originals']} originals, {report['variants']} variants, "
        f"{report['unrelated_pairs_in_same_group']} unrelated pairs in the same group; "
        f"signature {report['signature_ms_per_1000_syllables']:.2f} ms per 1000 syllables"
    )
    for threshold, row in report["results"].items():
        mark = " (chosen)" if threshold == chosen else ""
        kinds = ", ".join(f"{k} {v:.3f}" for k, v in row["recall_by_kind"].items())
        print(
            f"threshold {threshold:.2f}{mark}: precision {row['precision']:.3f} "
            f"({row['precision_without_republished']:.3f} without re-published news), "
            f"recall {row['recall']:.3f} ({kinds}); false flags {row['false_flags']}; "
            f"{row['candidates_per_lookup']:.2f} candidates per lookup"
        )
        for pair in row["unrelated_pairs_flagged"]:
            print("   flagged unrelated:", *pair)
    return 0


if __name__ == "__main__":
    sys.exit(main())
