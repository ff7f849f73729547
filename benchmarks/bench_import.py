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

WORDS = [
    "công",
    "tác",
    "quản",
    "lý",
    "nhà",
    "nước",
    "về",
    "giáo",
    "dục",
    "đào",
    "tạo",
    "nâng",
    "cao",
    "chất",
    "lượng",
    "nguồn",
    "nhân",
    "lực",
    "phát",
    "triển",
    "kinh",
    "tế",
    "xã",
    "hội",
    "bền",
    "vững",
    "bảo",
    "vệ",
    "môi",
    "trường",
    "ứng",
    "dụng",
    "khoa",
    "học",
    "công",
    "nghệ",
    "chuyển",
    "đổi",
    "số",
    "doanh",
    "nghiệp",
    "nhỏ",
    "và",
    "vừa",
    "thị",
    "trường",
    "lao",
    "động",
    "chính",
    "sách",
    "an",
    "sinh",
    "văn",
    "hoá",
    "truyền",
    "thống",
    "địa",
    "phương",
]


def write_corpus(folder: Path, documents: int, pages: int) -> list[Path]:
    import random

    from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph, write_pdf

    rng = random.Random(7)
    paths = []
    for n in range(documents):
        blocks: list = [Heading(f"BÁO CÁO CHUYÊN ĐỀ SỐ {n + 1}")]
        for page in range(pages):
            if page:
                blocks.append(PageBreak())
            for _ in range(5):
                words = [rng.choice(WORDS) for _ in range(70)]
                blocks.append(Paragraph(" ".join(words).capitalize() + "."))
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
    print(f"{args.documents} PDFs x {args.pages} pages, {args.workers} workers")
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
