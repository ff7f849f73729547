"""Import speed against the bare PDF engine on the same files, in the same run.

    .venv/bin/python benchmarks/bench_import.py [--documents 200] [--pages 10] [--workers N]

Writes N generated Vietnamese PDFs, imports them into a fresh data folder (extraction, text
repair, previews, keywords, storage, database) and, on the same files with the same number of
worker processes, runs the bare engine: open, text of every page, render the preview pages (no
Django, no database). Prints documents/s, pages/s and the ratio import/bare (target <= 1.5).

A preview is a WebP file, so the bare engine's main figure renders the preview pages to WebP
with the same size and encoder settings as the import; the ratio against rendering to a bitmap
only (no encoding) is printed too, because WebP encoding alone costs more than everything else
the bare engine does.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = "/work/shared/corpus/*.jsonl"
PAGE_CHARS = 1600  # about what a page of the generated PDF holds at its font size


def source_paragraphs() -> tuple[str, list[str]]:
    """Running Vietnamese text to fill the pages with: the shared corpus when present (news,
    laws, encyclopedia articles), else the demo library's authored sentences."""
    import glob
    import json

    paragraphs: list[str] = []
    for name in sorted(glob.glob(CORPUS)):
        with open(name, encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text") or ""
                paragraphs += [p.strip() for p in text.split("\n") if len(p.strip()) > 80]
    if paragraphs:
        return "the shared corpus", paragraphs
    from thuvien.demo.texts import CATEGORY_MODULES

    sentences = [s for m in CATEGORY_MODULES for pool in m.POOLS.values() for s in pool.sentences]
    return "the demo library's sentences", [
        " ".join(sentences[i : i + 4]) for i in range(0, len(sentences) - 4, 2)
    ]


def write_corpus(folder: Path, documents: int, pages: int) -> list[Path]:
    """Documents of real running text: each takes its pages from a random place of the source,
    so its phrases are as varied as a real document's (random words would give each document
    thousands of word pairs no real text has)."""
    import random

    from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph, write_pdf

    rng = random.Random(7)
    _, paragraphs = source_paragraphs()
    paths = []
    for n in range(documents):
        blocks: list = [Heading(f"BÁO CÁO CHUYÊN ĐỀ SỐ {n + 1}")]
        at = rng.randrange(len(paragraphs))
        for page in range(pages):
            if page:
                blocks.append(PageBreak())
            filled = 0
            while filled < PAGE_CHARS:
                text = paragraphs[at % len(paragraphs)]
                room = PAGE_CHARS - filled + 200
                if len(text) > room:  # cut at a word gap
                    text = text[:room].rsplit(" ", 1)[0]
                blocks.append(Paragraph(text))
                filled += len(text)
                at += 1
        path = folder / f"bao-cao-{n:04}.pdf"
        write_pdf(path, blocks, word_by_word=(n % 4 == 0))
        paths.append(path)
    return paths


def bare_engine(path: str, preview_pages: int, encode: bool = True) -> int:
    import io

    import pypdfium2 as pdfium

    from thuvien.extract.previews import PREVIEW_WIDTH, WEBP_METHOD, WEBP_QUALITY

    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            page.get_textpage().get_text_range()
            if index < preview_pages:
                image = page.render(scale=PREVIEW_WIDTH / page.get_width()).to_pil()
                if encode:
                    image.save(io.BytesIO(), "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD)
        return len(pdf)
    finally:
        pdf.close()


def time_bare(paths: list[Path], workers: int, preview_pages: int, encode: bool) -> float:
    start = time.perf_counter()
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        count = len(paths)
        list(
            pool.map(
                bare_engine, [str(p) for p in paths], [preview_pages] * count, [encode] * count
            )
        )
    return time.perf_counter() - start


def time_import(paths: list[Path], workers: int) -> float:
    import django

    django.setup()
    from django.core.management import call_command

    from thuvien.library.importer import IMPORTED, ImportItem, run_import

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    report = run_import([ImportItem(p, ("Benchmark",)) for p in paths], workers=workers)
    elapsed = time.perf_counter() - start
    assert report.count(IMPORTED) == len(paths), report.failures[:3]
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="thuvien-bench-"))
    os.environ["THUVIEN_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thuvien.settings")
    (work / "src").mkdir()
    paths = write_corpus(work / "src", args.documents, args.pages)
    total_pages = args.documents * args.pages
    preview_pages = 2

    bitmap = time_bare(paths, args.workers, preview_pages, encode=False)
    bare = time_bare(paths, args.workers, preview_pages, encode=True)
    imported = time_import(paths, args.workers)
    print(f"{args.documents} PDFs x {args.pages} pages of {source_paragraphs()[0]}, ", end="")
    print(f"{args.workers} workers")
    print(f"{'':22} {'seconds':>9} {'docs/s':>8} {'pages/s':>8}")
    rows = (("bare, previews as WebP", bare), ("bare, bitmaps only", bitmap), ("import", imported))
    for name, seconds in rows:
        print(
            f"{name:22} {seconds:9.2f} {args.documents / seconds:8.1f} {total_pages / seconds:8.1f}"
        )
    ratio = imported / bare
    print(f"ratio import/bare: {ratio:.2f} (target <= 1.5) {'OK' if ratio <= 1.5 else 'OVER'}")
    print(f"ratio import/bare without WebP encoding: {imported / bitmap:.2f}")


if __name__ == "__main__":
    main()
