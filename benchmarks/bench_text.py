"""Benchmarks of the Vietnamese text toolkit: speed, glued-syllable splitting, legacy detection.

Run all sections:     .venv/bin/python benchmarks/bench_text.py
Run some sections:    .venv/bin/python benchmarks/bench_text.py fold glued
List the sections:    .venv/bin/python benchmarks/bench_text.py --list

Text comes from /work/shared/corpus/*.jsonl (real Vietnamese) when present, laid out the way
the PDF reader emits it (a line break every ~90 characters, a blank line between paragraphs);
otherwise it is generated from the authored test data.

To add a section, write ``def bench_x(context: Context) -> list[Row]`` and append
``("x", bench_x)`` to ``SECTIONS`` (see the marked hook at the bottom).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from thuvien.text.fixing import fix_text
from thuvien.text.fold import fold
from thuvien.text.glued import split_glued_changes, split_token
from thuvien.text.legacy import convert_legacy, to_legacy

ROOT = Path(__file__).resolve().parent.parent
CORPUS_GLOB = os.environ.get("THUVIEN_BENCH_CORPUS", "/work/shared/corpus/*.jsonl")
LABELLED = ROOT / "tests" / "text" / "data" / "glued_tokens.tsv"
AUTHORED = ROOT / "tests" / "text" / "data" / "correct_vietnamese.txt"
SIZE_MB = 10.0


@dataclass
class Row:
    """One line of the result table."""

    section: str
    measure: str
    value: str
    target: str = ""
    note: str = ""


@dataclass
class Context:
    """Inputs shared by the sections, built lazily."""

    size_mb: float = SIZE_MB
    seed: int = 20240601
    notes: list[str] = field(default_factory=list)

    @cached_property
    def paragraphs(self) -> list[str]:
        """Real paragraphs from the shared corpus, or authored ones if it is absent."""
        found = _corpus_paragraphs()
        if found:
            self.notes.append(f"text: {len(found)} paragraphs from {CORPUS_GLOB}")
            return found
        self.notes.append("text: corpus not found, using the authored test paragraphs")
        return [p for p in AUTHORED.read_text(encoding="utf-8").split("\n\n") if p.strip()]

    @cached_property
    def pdf_text(self) -> str:
        """About ``size_mb`` MB of text laid out like PDF-reader output."""
        laid_out = "\n\n".join("\n".join(textwrap.wrap(p, 90)) for p in self.paragraphs)
        target = int(self.size_mb * 1_000_000)
        text = laid_out
        while len(text.encode()) < target:
            text += "\n\n" + laid_out
        return text.encode()[:target].decode(errors="ignore")


def _corpus_paragraphs() -> list[str]:
    texts: list[str] = []
    for path in sorted(glob.glob(CORPUS_GLOB)):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for key in ("text", "article", "summary"):
                    if isinstance(record.get(key), str):
                        texts.append(record[key])
                texts += [d["text"] for d in record.get("documents") or []]
                texts += [s["summary"] for s in record.get("summaries") or []]
    return [p.strip() for t in texts for p in t.split("\n") if p.strip()]


def _megabytes_per_second(function: Callable[[str], object], text: str) -> tuple[float, float]:
    """(MB per CPU second, MB per wall-clock second) for one call on ``text``.

    CPU time is what "on one core" means when other processes share the machine; wall-clock
    time is shown beside it.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    function(text)
    size = len(text.encode()) / 1e6
    return size / (time.process_time() - cpu), size / (time.perf_counter() - wall)


def _speed(speeds: tuple[float, float]) -> str:
    return f"{speeds[0]:.1f} MB/s (wall {speeds[1]:.1f})"


# --- sections ----------------------------------------------------------------------------------
def bench_fix_text(context: Context) -> list[Row]:
    text = context.pdf_text
    size = f"{len(text.encode()) / 1e6:.1f} MB"
    cold = _megabytes_per_second(fix_text, text)  # first call: syllable caches empty
    warm = _megabytes_per_second(fix_text, text)
    return [
        Row("fix_text", f"speed, first run ({size})", _speed(cold), ">= 5 MB/s"),
        Row("fix_text", f"speed, second run ({size})", _speed(warm), ">= 5 MB/s"),
    ]


def bench_fold(context: Context) -> list[Row]:
    text = context.pdf_text
    best = max((_megabytes_per_second(fold, text) for _ in range(3)), key=lambda s: s[0])
    size = f"{len(text.encode()) / 1e6:.1f} MB"
    return [Row("fold", f"speed, best of 3 ({size})", _speed(best), ">= 20 MB/s")]


def bench_glued(context: Context) -> list[Row]:
    rows = []
    labelled = [
        line.split("\t")
        for line in LABELLED.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    glued = [(t, e) for t, e, kind in labelled if kind == "glued"]
    others = [t for t, _, kind in labelled if kind != "glued"]
    split_ok = sum(split_token(t) == e for t, e in glued)
    false = [t for t in others if split_token(t) != t]
    rows.append(
        Row("glued", f"split rate, labelled set ({len(glued)} glued)", _pct(split_ok, len(glued)))
    )
    rows.append(
        Row(
            "glued",
            f"false-split rate, labelled set ({len(others)} others)",
            _pct(len(false), len(others)),
            "0%",
            ", ".join(false[:5]),
        )
    )
    rows += _synthetic_gluing(context)
    return rows


def _synthetic_gluing(context: Context) -> list[Row]:
    """Remove random spaces between corpus syllables, then see what split_glued restores."""
    rng = random.Random(context.seed)
    paragraphs = rng.sample(context.paragraphs, min(3000, len(context.paragraphs)))
    words = " ".join(paragraphs).split()
    original = " ".join(words)
    natural = split_glued_changes(original)[1]
    glued_words: list[str] = []
    glued_pairs: dict[str, str] = {}
    i = 0
    while i < len(words):
        pair_ok = i + 1 < len(words) and words[i].isalpha() and words[i + 1].isalpha()
        if pair_ok and rng.random() < 0.05:
            joined = words[i] + words[i + 1]
            glued_pairs[joined] = f"{words[i]} {words[i + 1]}"
            glued_words.append(joined)
            i += 2
        else:
            glued_words.append(words[i])
            i += 1
    _, changes = split_glued_changes(" ".join(glued_words))
    done = Counter(changes)
    occurrences = Counter(glued_words)
    eligible = sum(occurrences[t] for t in glued_pairs)
    restored = sum(done[(t, fixed)] for t, fixed in glued_pairs.items())
    accented = sum(occurrences[t] for t in glued_pairs if not t.isascii())
    accented_restored = sum(done[(t, f)] for t, f in glued_pairs.items() if not t.isascii())
    kept = len(glued_words) - eligible
    false_splits = sum(n for (t, _), n in done.items() if t not in glued_pairs)
    return [
        Row(
            "glued",
            f"corpus, synthetic glue: restored ({eligible} glued pairs)",
            _pct(restored, eligible),
            "",
            "plain-ASCII pairs are left alone by design",
        ),
        Row(
            "glued",
            f"corpus, synthetic glue: restored, pairs with diacritics ({accented})",
            _pct(accented_restored, accented),
        ),
        Row(
            "glued",
            f"corpus, tokens changed that were not glued ({kept})",
            _pct(false_splits, kept),
            "~0%",
            "includes glue already in the corpus",
        ),
        Row(
            "glued",
            "corpus as is: tokens split (glue in the source)",
            str(len(natural)),
            "",
            "; ".join(f"{a} → {b}" for a, b in natural[:4]),
        ),
    ]


def bench_legacy(context: Context) -> list[Row]:
    paragraphs = context.paragraphs
    converted = [p for p in paragraphs if convert_legacy(p)[1]]
    rows = [
        Row(
            "legacy",
            f"false positives, corpus paragraphs ({len(paragraphs)})",
            _pct(len(converted), len(paragraphs)),
            "0%",
            " | ".join(p[:40] for p in converted[:3]),
        )
    ]
    rng = random.Random(context.seed)
    pool = [p for p in paragraphs if "đ" in p and len(p.split()) >= 20]
    sample = rng.sample(pool, min(300, len(pool)))
    for encoding in ("tcvn3", "tcvn3-pdf", "vni", "viqr", "cp1258", "utf8-cp1252", "utf8-latin1"):
        exact = detected = 0
        for paragraph in sample:
            result, conversions = convert_legacy(to_legacy(paragraph, encoding))
            detected += bool(conversions)
            # TCVN3 has no capital letters with tones, so compare those in lower case.
            same = (
                result.lower() == paragraph.lower() if "tcvn3" in encoding else result == paragraph
            )
            exact += same
        rows.append(
            Row(
                "legacy",
                f"{encoding}: detected / restored ({len(sample)} paragraphs)",
                f"{_pct(detected, len(sample))} / {_pct(exact, len(sample))}",
            )
        )
    return rows


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}%" if whole else "n/a"


# --- table -------------------------------------------------------------------------------------
def print_table(rows: list[Row], out=sys.stdout) -> None:
    """Print rows as an aligned plain-text table."""
    header = Row("section", "measure", "value", "target", "note")
    table = [header, *rows]
    widths = [
        max(len(getattr(r, name)) for r in table)
        for name in ("section", "measure", "value", "target")
    ]
    for index, row in enumerate(table):
        cells = [row.section, row.measure, row.value, row.target]
        line = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        print(f"{line}  {row.note}".rstrip(), file=out)
        if index == 0:
            print("-" * (sum(widths) + 8 + len("note")), file=out)


# ===============================================================================================
# HOOK: the sections, in the order they run. Other parts append their own, e.g.
#     SECTIONS.append(("rouge", bench_rouge))
# ===============================================================================================
SECTIONS: list[tuple[str, Callable[[Context], list[Row]]]] = [
    ("fix-text", bench_fix_text),
    ("fold", bench_fold),
    ("glued", bench_glued),
    ("legacy", bench_legacy),
]


def bench_rouge(context: Context) -> list[Row]:
    """ROUGE F1 of describe() next to the first-sentences baseline (see bench_summary.py)."""
    from bench_summary import run as run_rouge

    rows = []
    for dataset, systems in run_rouge().items():
        for system, scores in systems.items():
            value = f"{scores['rouge1']:.3f} / {scores['rouge2']:.3f} / {scores['rougeL']:.3f}"
            rows.append(Row("rouge", f"{dataset}: {system}", value, "", "R-1 / R-2 / R-L F1"))
    return rows


SECTIONS.append(("rouge", bench_rouge))


def main(argv: list[str] | None = None) -> int:
    """Run the named sections (all by default) and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", help="sections to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the sections and exit")
    parser.add_argument("--size-mb", type=float, default=SIZE_MB, help="text size for speed")
    args = parser.parse_args(argv)
    names = [name for name, _ in SECTIONS]
    if args.list:
        print("\n".join(names))
        return 0
    unknown = [s for s in args.sections if s not in names]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; known: {', '.join(names)}")
    context = Context(size_mb=args.size_mb)
    rows: list[Row] = []
    for name, section in SECTIONS:
        if not args.sections or name in args.sections:
            rows += section(context)
    print_table(rows)
    for note in context.notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
