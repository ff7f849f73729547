"""Speed of keyphrases() and describe() per document, against fold() of the same text.

    .venv/bin/python benchmarks/bench_keyphrases.py [--repeat 5] [--wall]

Texts: the demo library (the joined text of each document's blocks, with its title), the
demo documents of 20,000 to 30,000 characters alone (the size of a 10-page import), and,
when /work/shared/corpus (or $THUVIEN_CORPUS) holds them, the VNTC news articles one by one
and glued into documents of about 25,000 characters.

For each document the script times one first call (the word memos are warm from the
documents before it, as in an import worker, but this text is new: the figure to hold against
the targets), then ``--repeat`` calls more (each after reading another text, since
keyphrases() keeps what it found in the last one), keeping their median. It prints, per set,
the median over documents of those figures in milliseconds, and the same for ``fold()`` of
the same text, measured in the same run: the machine's speed cancels out of the ratios
(keyphrases / fold, describe / fold). The targets for a 25,000-character document:
keyphrases <= 15 ms, describe <= 10 ms.

Times are the CPU time of this process (``time.process_time``), which other programs running
on the machine disturb far less than the wall clock; ``--wall`` times by the wall clock.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from thuvien.demo.build import demo_documents, document_blocks
from thuvien.text.fold import fold
from thuvien.text.keyphrases import candidate_phrases, keyphrases
from thuvien.text.summary import describe

CORPUS = Path(os.environ.get("THUVIEN_CORPUS", "/work/shared/corpus"))
NEWS = "news_vntc_300.jsonl"
DOCUMENT_CHARS = 25_000

Case = tuple[str | None, str]  # (title, text)


def demo_cases() -> list[Case]:
    """Every demo document as (title, text): its blocks' text, one paragraph apart."""
    cases = []
    for doc in demo_documents():
        blocks = document_blocks(doc)
        text = "\n\n".join(block.text for block in blocks if hasattr(block, "text"))
        cases.append((doc.title, text))
    return cases


def news_cases() -> list[Case]:
    """The VNTC articles (no separate title: VNTC glues it to the first sentence)."""
    path = CORPUS / NEWS
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return [(None, json.loads(line)["text"]) for line in handle]


def glued(cases: list[Case], size: int = DOCUMENT_CHARS) -> list[Case]:
    """Articles put one after another into documents of about ``size`` characters."""
    documents: list[Case] = []
    parts: list[str] = []
    length = 0
    for _, text in cases:
        parts.append(text)
        length += len(text)
        if length >= size:
            documents.append((None, "\n\n".join(parts)[:size]))
            parts, length = [], 0
    return documents


_clock = time.process_time


def _seconds(function: Callable[[], object]) -> float:
    started = _clock()
    function()
    return _clock() - started


def _forget_last_text() -> None:
    """keyphrases() keeps what it found in the last text it read (for the phrase keys asked
    for next): have it read another, empty text, so a repeated call does the work again."""
    candidate_phrases("")


def measure(cases: list[Case], repeat: int) -> dict[str, float]:
    """Median milliseconds per document: first call and repeated calls, and fold()."""
    first: dict[str, list[float]] = {"keyphrases": [], "describe": []}
    again: dict[str, list[float]] = {"keyphrases": [], "describe": [], "fold": []}
    for title, text in cases:
        calls = {
            "keyphrases": partial(keyphrases, text, title=title),
            "describe": partial(describe, text, title=title),
            "fold": partial(fold, text),
        }
        for name, call in calls.items():
            if name in first:
                first[name].append(_seconds(call))
            times = []
            for _ in range(repeat):
                _forget_last_text()
                times.append(_seconds(call))
            again[name].append(statistics.median(times))
    result = {f"{name} first": statistics.median(times) for name, times in first.items()}
    result |= {name: statistics.median(times) for name, times in again.items()}
    result = {name: seconds * 1000 for name, seconds in result.items()}
    result["chars"] = statistics.median(len(text) for _, text in cases)
    result["documents"] = len(cases)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed calls per document")
    parser.add_argument("--wall", action="store_true", help="time by the wall clock")
    args = parser.parse_args(argv)
    global _clock
    _clock = time.perf_counter if args.wall else time.process_time

    keyphrases("Thư viện số. Thư viện số.", title="Thư viện")  # load the word lists
    describe("Thư viện số lưu giữ sách của trường học.")
    demo = demo_cases()
    sets = {
        "demo library": demo,
        "demo, 20-30k chars": [c for c in demo if 20_000 <= len(c[1]) <= 30_000],
    }
    news = news_cases()
    if news:
        sets["news articles"] = news
        sets["news glued to 25k"] = glued(news)
    print(
        f"{'set':<20} {'docs':>4} {'chars':>6} | {'keyphr':>7} {'first':>7} {'/fold':>6} | "
        f"{'describe':>8} {'first':>7} {'/fold':>6} | {'fold':>6}   "
        f"(median {'wall' if args.wall else 'CPU'} ms per document)"
    )
    for name, cases in sets.items():
        row = measure(cases, args.repeat)
        print(
            f"{name:<20} {row['documents']:>4.0f} {row['chars']:>6.0f} | "
            f"{row['keyphrases']:>7.2f} {row['keyphrases first']:>7.2f} "
            f"{row['keyphrases'] / row['fold']:>6.1f} | "
            f"{row['describe']:>8.2f} {row['describe first']:>7.2f} "
            f"{row['describe'] / row['fold']:>6.1f} | {row['fold']:>6.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
