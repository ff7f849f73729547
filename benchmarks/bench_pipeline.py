"""Measure extraction of every file type: throughput, OCR accuracy and speed, memory.

Run:  .venv/bin/python benchmarks/bench_pipeline.py [--quick]
          [--part types|ocr|dpi|memory|near-duplicates]

Part "types": documents per minute for each type on generated files (one process, one file at
a time, previews on): PDF, TXT, EPUB from the project's writers; DOCX, ODT, RTF, ODP, ODS, XLSX
written by hand and DOC, PPT, PPTX, XLS saved from those by LibreOffice; PNG and TIFF scans.

Part "ocr": OCR word accuracy (1 - word error rate against the text drawn) and pages per minute
on generated scans of known Vietnamese text (the demo library's sentences), drawn with Pillow in
Be Vietnam Pro (the fontpkg-be-vietnam-pro package) and, for reference, Liberation Serif (a
Times New Roman look-alike, as in most Vietnamese office documents): clean at 300 dpi, with
speckle noise (2% of pixels flipped), rotated 1.5 degrees, at 200, 150 and 100 dpi, and 9 pt
text.

Part "dpi": the resolution scanned PDF pages are rendered at for OCR (200 vs 300 dpi), and
whether scaling up low-resolution scans helps (100 and 150 dpi, as they are vs scaled up).

Part "memory": peak RSS of a fresh process extracting a 5,000-page PDF (3 previews).

Needs LibreOffice (types) and Tesseract with vie+eng (types, ocr, dpi); parts that need a
missing tool say so and are skipped.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test-file writers in tests/extract/files.py

from PIL import Image  # noqa: E402

from tests.extract import files  # noqa: E402
from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph, write_pdf  # noqa: E402
from thuvien.demo.texts import CATEGORY_MODULES  # noqa: E402
from thuvien.extract import extract, ocr, pdfreader  # noqa: E402
from thuvien.extract.capabilities import capabilities  # noqa: E402

SERIF = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
KEY_PHRASES = ("thư viện số", "nguồn học liệu", "chuyển đổi số", "kỹ năng đọc")


def paragraphs() -> list[str]:
    """The demo library's template sentences with key phrases filled in: varied Vietnamese."""
    out = []
    for number, module in enumerate(CATEGORY_MODULES):
        for index, template in enumerate(module.TEMPLATES):
            phrase = KEY_PHRASES[(number + index) % len(KEY_PHRASES)]
            out.append(template.replace("{k}", phrase).replace("\n", " "))
    return out


def page_texts(count: int, per_page: int = 6) -> list[str]:
    source = paragraphs()
    pages = []
    for page in range(count):
        start = (page * per_page) % len(source)
        chosen = (source + source)[start : start + per_page]
        pages.append("\n\n".join(chosen))
    return pages


# --- part "types" ----------------------------------------------------------------------------
def _soffice_copy(soffice: str, source: Path, target: str, out: Path) -> Path:
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={(out / 'p').as_uri()}",
         "--convert-to", target, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out / f"{source.stem}.{target}"


def make_files(folder: Path, copies: int) -> dict[str, list[Path]]:
    """``copies`` different files of every type, each about 5 pages of text (scans: 1 page)."""
    caps = capabilities()
    made: dict[str, list[Path]] = {}

    def add(kind: str, path: Path) -> None:
        made.setdefault(kind, []).append(path)

    for copy in range(copies):
        texts = page_texts(5, per_page=6 + copy)
        blocks: list[object] = []
        pdf_blocks: list[Heading | Paragraph | PageBreak] = [Heading("BÁO CÁO THƯ VIỆN SỐ")]
        for number, text in enumerate(texts):
            if number:
                blocks.append(files.PAGE_BREAK)
                pdf_blocks.append(PageBreak())
            for paragraph in text.split("\n\n"):
                blocks.append(paragraph)
                pdf_blocks.append(Paragraph(paragraph))
        base = folder / f"tai-lieu-{copy}"
        write_pdf(base.with_suffix(".pdf"), pdf_blocks)
        add("pdf", base.with_suffix(".pdf"))
        base.with_suffix(".txt").write_text("\n\n".join(texts), encoding="utf-8")
        add("text", base.with_suffix(".txt"))
        chapters = [(f"Chương {n + 1}", text) for n, text in enumerate(texts)]
        add("epub", files.write_epub(base.with_suffix(".epub"), chapters, title="Sách"))
        if caps.office:
            add("docx", files.write_docx(base.with_suffix(".docx"), blocks, title="Báo cáo"))
            add("odt", files.write_odt(base.with_suffix(".odt"), blocks, title="Báo cáo"))
            add("rtf", files.write_rtf(base.with_suffix(".rtf"), blocks))
            slides = [[f"Phần {n + 1}", text.split("\n\n")[0]] for n, text in enumerate(texts)]
            add("odp", files.write_odp(base.with_suffix(".odp"), slides))
            rows = [[f"Dòng {n}", p[:60], p[60:120]] for n, p in enumerate(paragraphs()[:40])]
            add("ods", files.write_ods(base.with_suffix(".ods"), rows))
            add("xlsx", files.write_xlsx(base.with_suffix(".xlsx"), rows))
            out = folder / f"converted-{copy}"
            assert caps.libreoffice is not None
            for target, source in (("doc", "odt"), ("pptx", "odp"), ("ppt", "odp"), ("xls", "ods")):
                add(target, _soffice_copy(caps.libreoffice, made[source][-1], target, out))
        if caps.ocr:
            scan = files.draw_scan(texts[0], dpi=300)
            png = base.with_name(f"scan-{copy}.png")
            png.write_bytes(files.png_bytes(scan, dpi=(300, 300)))
            add("png", png)
            tiff = base.with_name(f"scan-{copy}.tif")
            second = files.draw_scan(texts[1], dpi=300)
            scan.save(tiff, save_all=True, append_images=[second], dpi=(300, 300))
            add("tiff", tiff)
    return made


def bench_types(copies: int) -> None:
    print("## Throughput per file type (one process, previews on)")
    print(f"{'type':6} {'files':>5} {'pages':>6} {'s/doc':>7} {'docs/min':>9}")
    with tempfile.TemporaryDirectory() as folder:
        made = make_files(Path(folder), copies)
        for kind, paths in made.items():
            extract(paths[0])  # warm-up: imports, fonts, LibreOffice's first start
            started = time.perf_counter()
            pages = sum(extract(path).page_count for path in paths)
            seconds = (time.perf_counter() - started) / len(paths)
            print(f"{kind:6} {len(paths):5d} {pages:6d} {seconds:7.2f} {60 / seconds:9.1f}")


# --- part "ocr" -------------------------------------------------------------------------------
CONDITIONS: dict[str, dict[str, object]] = {
    "clean 300 dpi": {"dpi": 300},
    "noise 2%": {"dpi": 300, "noise": 0.02},
    "rotated 1.5°": {"dpi": 300, "angle": 1.5},
    "200 dpi": {"dpi": 200},
    "150 dpi": {"dpi": 150},
    "100 dpi": {"dpi": 100},
    "9 pt, 300 dpi": {"dpi": 300, "size_pt": 9, "chars_per_line": 95},
}


def _ocr_png(image: Image.Image, dpi: int) -> tuple[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scan.png"
        path.write_bytes(files.png_bytes(image, dpi=(dpi, dpi)))
        started = time.perf_counter()
        result = extract(path, render_previews=False)
        return result.text, time.perf_counter() - started


def bench_ocr(pages: int) -> None:
    print("## OCR word accuracy and speed (PNG scans through extract(), vie+eng)")
    texts = page_texts(pages)
    for font_name, font in (("Be Vietnam Pro", None), ("Liberation Serif", SERIF)):
        if font and not Path(font).exists():
            print(f"({font_name} not installed: skipped)")
            continue
        print(f"### {font_name}, 12 pt")
        print(f"{'condition':15} {'accuracy':>8} {'min':>6} {'s/page':>7} {'pages/min':>9}")
        for name, options in CONDITIONS.items():
            accuracies, seconds = [], []
            for number, text in enumerate(texts):
                image = files.draw_scan(text, seed=number, font=font, **options)  # type: ignore[arg-type]
                got, took = _ocr_png(image, int(options["dpi"]))  # type: ignore[call-overload]
                accuracies.append(files.word_accuracy(text, got))
                seconds.append(took)
            mean = statistics.mean(seconds)
            print(
                f"{name:15} {statistics.mean(accuracies):8.3f} {min(accuracies):6.3f} "
                f"{mean:7.2f} {60 / mean:9.1f}"
            )
    # Pages in parallel: a multi-page TIFF through the pool against one page at a time.
    images = [files.draw_scan(text, dpi=300) for text in texts]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "many.tif"
        images[0].save(path, save_all=True, append_images=images[1:], dpi=(300, 300))
        original = ocr.OCR_WORKERS
        for workers in (1, original):
            ocr.OCR_WORKERS = workers
            try:
                started = time.perf_counter()
                extract(path, render_previews=False)
                took = time.perf_counter() - started
            finally:
                ocr.OCR_WORKERS = original
            print(
                f"{len(images)}-page TIFF, {workers} worker(s): "
                f"{len(images) / took * 60:.1f} pages/min"
            )


# --- part "dpi" -------------------------------------------------------------------------------
def _scanned_pdf(path: Path, images: list[Image.Image]) -> Path:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    for image in images:
        pdf.drawImage(ImageReader(image.convert("RGB")), 0, 0, 595, 842)
        pdf.showPage()
    pdf.save()
    return path


def bench_dpi(pages: int) -> None:
    print("## Resolution for OCR of scanned PDF pages (page images scanned at 300 dpi)")
    texts = page_texts(pages)
    for font_name, font in (("Be Vietnam Pro", None), ("Liberation Serif", SERIF)):
        for size in (12, 9):
            _render_dpis(texts, font_name, font, size)
    _upscaling(texts)


def _render_dpis(texts: list[str], font_name: str, font: str | None, size: int) -> None:
    line = 70 if size == 12 else 95
    images = [
        files.draw_scan(text, dpi=300, font=font, size_pt=size, chars_per_line=line)
        for text in texts
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = _scanned_pdf(Path(folder) / "scan.pdf", images)
        for dpi in (200, 300):
            original = pdfreader.OCR_DPI
            pdfreader.OCR_DPI = dpi
            try:
                started = time.perf_counter()
                result = extract(path, render_previews=False)
                took = (time.perf_counter() - started) / len(texts)
            finally:
                pdfreader.OCR_DPI = original
            accuracy = statistics.mean(
                files.word_accuracy(text, page)
                for text, page in zip(texts, result.pages, strict=True)
            )
            print(
                f"{font_name:17} {size:2d} pt, render {dpi} dpi: accuracy {accuracy:.3f}, "
                f"{took:.2f} s/page"
            )


def _upscaling(texts: list[str]) -> None:
    print("## Scaling up low-resolution scans (PNG, 12 pt)")
    original = ocr._MIN_DPI, ocr._UP_TO_DPI
    for font_name, font in (("Be Vietnam Pro", None), ("Liberation Serif", SERIF)):
        for dpi in (100, 150):
            images = [files.draw_scan(text, dpi=dpi, font=font) for text in texts]
            # _MIN_DPI 0: every scan as it is; 999: every scan scaled up to _UP_TO_DPI.
            for label, minimum, target in (
                ("as is", 0, 300),
                ("to 200", 999, 200),
                ("to 300", 999, 300),
            ):
                ocr._MIN_DPI, ocr._UP_TO_DPI = minimum, target
                try:
                    scores = [
                        files.word_accuracy(text, _ocr_png(image, dpi)[0])
                        for text, image in zip(texts, images, strict=True)
                    ]
                finally:
                    ocr._MIN_DPI, ocr._UP_TO_DPI = original
                print(f"{font_name:17} {dpi} dpi {label:7} accuracy {statistics.mean(scores):.3f}")


# --- part "memory" ----------------------------------------------------------------------------
_CHILD = """
import resource, sys, time
from pathlib import Path
from thuvien.extract import extract
started = time.perf_counter()
result = extract(Path(sys.argv[1]), preview_pages=3)
took = time.perf_counter() - started
# VmHWM: this process's own peak (ru_maxrss can carry the parent's over fork and exec).
status = open("/proc/self/status").read().split("VmHWM:")
peak = int(status[1].split()[0]) / 1024 if len(status) > 1 else (
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
chars = sum(map(len, result.pages))
print(result.page_count, len(result.previews), chars, round(took, 1), round(peak))
"""
_BASELINE = """
import resource
import thuvien.extract, thuvien.text.keyphrases, pypdfium2
status = open("/proc/self/status").read().split("VmHWM:")
print(round(int(status[1].split()[0]) / 1024) if len(status) > 1 else "?")
"""


def bench_memory() -> None:
    print("## Peak memory of a 5,000-page PDF (fresh process, 3 previews)")
    texts = page_texts(50, per_page=4)
    blocks: list[Heading | Paragraph | PageBreak] = []
    for number in range(5000):
        if number:
            blocks.append(PageBreak())
        for paragraph in texts[number % len(texts)].split("\n\n"):
            blocks.append(Paragraph(paragraph))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "5000.pdf"
        started = time.perf_counter()
        count = write_pdf(path, blocks)
        print(
            f"written: {count} pages, {path.stat().st_size / 1e6:.1f} MB "
            f"in {time.perf_counter() - started:.0f} s"
        )
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True
        ).stdout.split()
        baseline = subprocess.run(
            [sys.executable, "-c", _BASELINE], capture_output=True, text=True, check=True
        ).stdout.strip()
        pages, previews, chars, took, peak = out
        print(
            f"{pages} pages, {previews} previews, {int(chars):,} characters in {took} s; "
            f"peak RSS {peak} MB (the interpreter with thuvien.extract imported: {baseline} MB)"
        )


def bench_near_duplicates() -> None:
    """Precision and recall of the near-duplicate flag (benchmarks/bench_near_duplicates.py)."""
    import subprocess

    print("## near-duplicates")
    script = Path(__file__).with_name("bench_near_duplicates.py")
    subprocess.run([sys.executable, str(script)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer files and pages")
    parser.add_argument(
        "--part", choices=["types", "ocr", "dpi", "memory", "near-duplicates"], action="append"
    )
    args = parser.parse_args()
    parts = args.part or ["types", "ocr", "dpi", "memory", "near-duplicates"]
    caps = capabilities()
    print(f"LibreOffice: {caps.libreoffice or 'missing'}; Tesseract: {caps.tesseract or 'missing'}"
          f" ({', '.join(caps.ocr_languages) or 'no languages'})")  # fmt: skip
    runs: dict[str, Callable[[], None]] = {
        "types": lambda: bench_types(2 if args.quick else 4),
        "ocr": lambda: bench_ocr(2 if args.quick else 5),
        "dpi": lambda: bench_dpi(2 if args.quick else 4),
        "memory": bench_memory,
        "near-duplicates": bench_near_duplicates,
    }
    for part in parts:
        if part in ("ocr", "dpi") and not caps.ocr:
            print(f"## {part}: skipped (no Tesseract with vie+eng)")
            continue
        runs[part]()
        print(f"(peak RSS of this process so far: "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)\n")  # fmt: skip


if __name__ == "__main__":
    main()
