"""ROUGE of thuvien's describe() against a first-sentences baseline.

Run: ``.venv/bin/python benchmarks/bench_summary.py`` (reads /work/shared/corpus or the folder
in THUVIEN_CORPUS). ROUGE-1, ROUGE-2 and ROUGE-L F1 are computed here on syllables in lower
case NFC, so no ROUGE package (and no English tokenizer) is involved.

* VietNews (100 articles): input = article body + title, reference = the article's lead
  (sapo), budget = describe()'s default 300 characters for both systems.
* ViMs (20 clusters): input = the cluster's articles one after another, references = 2 human
  multi-document summaries (F1 averaged over them), budget = 900 characters and up to 6
  sentences for both systems (the references are about 930 characters long).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from thuvien.text import summary
from thuvien.text.sentences import split_sentences
from thuvien.text.words import syllables

CORPUS = Path(os.environ.get("THUVIEN_CORPUS", "/work/shared/corpus"))


def tokens(text: str) -> list[str]:
    """Syllables in lower case NFC: the unit ROUGE counts here."""
    return [s.lower() for s in syllables(text)]


def _f1(overlap: int, candidate_total: int, reference_total: int) -> float:
    if not overlap or not candidate_total or not reference_total:
        return 0.0
    precision = overlap / candidate_total
    recall = overlap / reference_total
    return 2 * precision * recall / (precision + recall)


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> float:
    """ROUGE-N F1 with clipped n-gram counts."""
    cand = Counter(tuple(candidate[i : i + n]) for i in range(len(candidate) - n + 1))
    ref = Counter(tuple(reference[i : i + n]) for i in range(len(reference) - n + 1))
    overlap = sum((cand & ref).values())
    return _f1(overlap, sum(cand.values()), sum(ref.values()))


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> float:
    """ROUGE-L F1: longest common subsequence of the two token sequences."""
    if not candidate or not reference:
        return 0.0
    previous = [0] * (len(reference) + 1)
    for token in candidate:
        current = [0]
        for j, ref_token in enumerate(reference, start=1):
            if token == ref_token:
                current.append(previous[j - 1] + 1)
            else:
                current.append(max(previous[j], current[j - 1]))
        previous = current
    return _f1(previous[-1], len(candidate), len(reference))


def scores(candidate: str, references: Sequence[str]) -> dict[str, float]:
    """Mean over the references of ROUGE-1, ROUGE-2 and ROUGE-L F1."""
    cand = tokens(candidate)
    refs = [tokens(r) for r in references]
    return {
        "rouge1": sum(rouge_n(cand, r, 1) for r in refs) / len(refs),
        "rouge2": sum(rouge_n(cand, r, 2) for r in refs) / len(refs),
        "rougeL": sum(rouge_l(cand, r) for r in refs) / len(refs),
    }


def lead(text: str, max_chars: int, max_sentences: int = 3) -> str:
    """Baseline: the first whole sentences of the text that fit the same budget."""
    chosen: list[str] = []
    length = 0
    for sentence in split_sentences(text):
        added = len(sentence) + (1 if chosen else 0)
        if chosen and (length + added > max_chars or len(chosen) >= max_sentences):
            break
        chosen.append(sentence)
        length += added
    return summary._cut(" ".join(chosen), max_chars)


def lead_filled(text: str, max_chars: int) -> str:
    """Baseline: the opening of the text, sentence after sentence, cut at ``max_chars``."""
    return summary._cut(" ".join(split_sentences(text)), max_chars)


def _describe(text: str, title: str | None, max_chars: int, max_sentences: int) -> str:
    previous = summary.MAX_SENTENCES
    summary.MAX_SENTENCES = max_sentences
    try:
        return summary.describe(text, title=title, max_chars=max_chars)
    finally:
        summary.MAX_SENTENCES = previous


def _read(name: str) -> list[dict]:
    with open(CORPUS / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _cases() -> dict[str, list[tuple[str, str | None, list[str], int, int]]]:
    """Dataset name -> (text, title, references, max_chars, max_sentences) per case."""
    vietnews = [
        (row["article"], row["title"], [row["summary"]], 300, 3)
        for row in _read("summarization_vietnews_100.jsonl")
    ]
    vims = []
    for row in _read("summarization_vims_20clusters.jsonl"):
        text = "\n\n".join(doc["text"] for doc in row["documents"])
        title = row["documents"][0]["title"]
        vims.append((text, title, [s["summary"] for s in row["summaries"]], 900, 6))
    return {"vietnews-100": vietnews, "vims-20": vims}


def run() -> dict:
    """Score describe() and the lead baseline on each dataset.

    Returns ``{dataset: {system: {"rouge1": f, "rouge2": f, "rougeL": f, "chars": mean,
    "seconds": total}}}``.
    """
    results: dict[str, dict[str, dict[str, float]]] = {}
    for dataset, cases in _cases().items():
        systems = {
            "lead, whole sentences": lambda t, title, c, n: lead(t, c, n),
            "lead, filled and cut": lambda t, title, c, n: lead_filled(t, c),
            "describe()": _describe,
        }
        results[dataset] = {}
        for name, system in systems.items():
            totals: Counter[str] = Counter()
            started = time.perf_counter()
            for text, title, references, max_chars, max_sentences in cases:
                output = system(text, title, max_chars, max_sentences)
                totals.update(scores(output, references))
                totals["chars"] += len(output)
            elapsed = time.perf_counter() - started
            row = {key: value / len(cases) for key, value in totals.items()}
            row["seconds"] = elapsed
            results[dataset][name] = row
    return results


def main() -> int:
    results = run()
    print(
        f"{'dataset':<14} {'system':<24} {'R-1 F1':>7} {'R-2 F1':>7} {'R-L F1':>7} "
        f"{'chars':>6} {'sec':>6}"
    )
    for dataset, systems in results.items():
        for name, row in systems.items():
            print(
                f"{dataset:<14} {name:<24} {row['rouge1']:>7.4f} {row['rouge2']:>7.4f} "
                f"{row['rougeL']:>7.4f} {row['chars']:>6.0f} {row['seconds']:>6.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
