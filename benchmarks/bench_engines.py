"""Compare PDF text engines: glued words and speed.

Run:  .venv/bin/python benchmarks/bench_engines.py [--no-corpus] [--repeat N]

Part 1 writes Vietnamese PDFs with thuvien.demo.pdf_writer (normal and word-by-word, several
sizes and alignments), extracts them with each engine and counts glued words: an extracted token
that is not a word of the source but splits into two or more source words ("thểcán") counts one
glued word per missing gap. Part 2 reads the real PDFs under /work/shared/corpus/files/pdf-text
(when present) for speed and agreement (token F1 against pdfminer.six, an independent layout
engine). Part 3 times thuvien.extract.extract against the bare engine and splits it into its steps
(read_pdf is this package's own work: text, layout, previews; later steps are thuvien.text).

Engines:
  pdfium-text      pypdfium2 get_text_range() (pdfium's own spacing and line breaks)
  pdfium-bounded   pypdfium2 get_text_bounded() over the whole page
  pdfium-lines     pdfium's text plus one box per line, paragraphs by layout.page_text
  chars            our own lines from every character's box (layout.lines_from_chars)
  pdfminer         pdfminer.six extract_text (MIT)
  pypdf            pypdf extract_text (BSD)
"""

from __future__ import annotations

import argparse
import contextlib
import random
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from thuvien.demo.pdf_writer import (
    BOLD_FONT,
    REGULAR_FONT,
    Heading,
    PageBreak,
    Paragraph,
    register_fonts,
    write_pdf,
)
from thuvien.extract.layout import page_text
from thuvien.extract.pagetext import read_lines, read_lines_from_chars, read_lines_from_pdfium

CORPUS = Path("/work/shared/corpus/files")

# Sentences written for this benchmark (plain Vietnamese prose about libraries and study).
SENTENCES = [
    "Thư viện trường đại học mở cửa từ bảy giờ sáng đến chín giờ tối.",
    "Sinh viên năm nhất thường mượn giáo trình toán cao cấp và vật lý đại cương.",
    "Mỗi cán bộ thư viện chịu trách nhiệm kiểm tra tài liệu trước khi đưa lên kệ.",
    "Bản tóm tắt luận văn cần nêu rõ mục tiêu, phương pháp và kết quả nghiên cứu.",
    "Người đọc có thể tìm kiếm theo tên tác giả, nhan đề hoặc từ khoá.",
    "Phòng đọc tầng hai dành riêng cho nghiên cứu sinh và giảng viên.",
    "Việc số hoá tài liệu cũ giúp bảo quản những cuốn sách đã ố vàng.",
    "Hội thảo khoa học năm nay bàn về ứng dụng trí tuệ nhân tạo trong giáo dục.",
    "Chương ba trình bày quy trình xử lý số liệu khảo sát ở các tỉnh miền Trung.",
    "Kết quả cho thấy tỉ lệ học sinh đọc sách mỗi ngày tăng đều qua từng năm.",
    "Những quy định về bản quyền phải được tuân thủ khi sao chép tài liệu.",
    "Bộ sưu tập gồm hơn mười nghìn đầu sách tiếng Việt và tiếng Anh.",
    "Người dùng đăng ký tài khoản để lưu tài liệu yêu thích vào thư viện của mình.",
    "Giáo viên hướng dẫn đã góp ý kỹ lưỡng cho từng phần của đề cương.",
    "Đề thi thử môn ngữ văn gồm hai phần: đọc hiểu và nghị luận xã hội.",
    "Thể thao học đường góp phần nâng cao sức khoẻ và tinh thần đồng đội.",
    "Ông bà ta thường dạy con cháu rằng có công mài sắt có ngày nên kim.",
    "Báo cáo tài chính quý bốn được công bố sau khi kiểm toán độc lập xong.",
    "Ngành nông nghiệp đồng bằng sông Cửu Long chịu ảnh hưởng của xâm nhập mặn.",
    "Cuối buổi, nhóm nghiên cứu thống nhất kế hoạch thực địa cho tháng sau.",
]
HEADINGS = [
    "CHƯƠNG MỘT: TỔNG QUAN",
    "Phương pháp nghiên cứu",
    "KẾT QUẢ VÀ THẢO LUẬN",
    "Kết luận và kiến nghị",
]


def _document(seed: int, size: float, align: str) -> list[Heading | Paragraph | PageBreak]:
    rng = random.Random(seed)
    blocks: list[Heading | Paragraph | PageBreak] = []
    for section, heading in enumerate(HEADINGS):
        if section == 2:
            blocks.append(PageBreak())
        blocks.append(Heading(heading, size=size + 6))
        for _ in range(4):
            count = rng.randint(3, 7)
            blocks.append(
                Paragraph(
                    " ".join(rng.choice(SENTENCES) for _ in range(count)), size=size, align=align
                )
            )
    return blocks


def write_tight_pdf(path: Path, blocks: list, gap_ratio: float, char_space: float = 0.0) -> None:
    """Word-by-word PDF whose word gaps are only ``gap_ratio`` of a space (condensed setting),
    optionally letter-spaced by ``char_space`` em (tracking, as in spaced-out headings)."""
    register_fonts()
    pdf = canvas.Canvas(str(path), invariant=1)
    y = 780.0
    for block in blocks:
        if isinstance(block, PageBreak):
            pdf.showPage()
            y = 780.0
            continue
        font = BOLD_FONT if isinstance(block, Heading) else REGULAR_FONT
        size = float(block.size)
        gap = pdfmetrics.stringWidth(" ", font, size) * gap_ratio
        x = 60.0
        y -= size * 1.8
        tracking = char_space * size
        for word in block.text.split():
            width = pdfmetrics.stringWidth(word, font, size) + tracking * len(word)
            if x + width > 535:
                x, y = 60.0, y - size * 1.4
            if y < 60:
                pdf.showPage()
                y = 780.0
            text = pdf.beginText(x, y)
            text.setFont(font, size)
            text.setCharSpace(tracking)
            text.textOut(word)
            pdf.drawText(text)
            x += width + gap
    pdf.showPage()
    pdf.save()


def generated_pdfs(folder: Path) -> list[tuple[Path, list[str]]]:
    """Write the test PDFs; return each path with its expected words."""
    out = []
    variants = [(9, "justify"), (11, "justify"), (11, "left"), (14, "justify")]
    for word_by_word in (False, True):
        for seed, (size, align) in enumerate(variants):
            blocks = _document(seed, size, align)
            name = f"{'wbw' if word_by_word else 'normal'}-{size}-{align}.pdf"
            path = folder / name
            write_pdf(path, blocks, word_by_word=word_by_word, title=name)
            words = [w for b in blocks if not isinstance(b, PageBreak) for w in b.text.split()]
            out.append((path, words))
    for seed, (name, ratio, tracking) in enumerate(
        (("tight-0.7", 0.7, 0.0), ("tight-0.5", 0.5, 0.0), ("spaced", 1.0, 0.15)), start=10
    ):
        blocks = _document(seed, 11, "left")
        path = folder / f"{name}.pdf"
        write_tight_pdf(path, blocks, ratio, tracking)
        words = [w for b in blocks if not isinstance(b, PageBreak) for w in b.text.split()]
        out.append((path, words))
    return out


# ---- engines: each returns the list of page texts of a PDF file ----


def engine_pdfium_text(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def engine_pdfium_bounded(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        return [document[i].get_textpage().get_text_bounded() for i in range(len(document))]
    finally:
        document.close()


def _engine_lines(reader: Callable) -> Callable[[Path], list[str]]:
    def run(path: Path) -> list[str]:
        document = pdfium.PdfDocument(path)
        try:
            pages = []
            for i in range(len(document)):
                textpage = document[i].get_textpage()
                pages.append(page_text(reader(textpage.raw)))
            return pages
        finally:
            document.close()

    return run


def engine_pdfminer(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    return extract_text(str(path)).split("\f")[:-1] or [""]


def engine_pypdf(path: Path) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(path)
    return [page.extract_text() or "" for page in reader.pages]


ENGINES: dict[str, Callable[[Path], list[str]]] = {
    "pdfium-text": engine_pdfium_text,
    "pdfium-bounded": engine_pdfium_bounded,
    "pdfium-lines": _engine_lines(read_lines_from_pdfium),
    "chars": _engine_lines(read_lines_from_chars),
    "pdfium+repair": _engine_lines(read_lines),
    "pdfminer": engine_pdfminer,
    "pypdf": engine_pypdf,
}


# ---- measures ----


def _tokens(text: str) -> list[str]:
    return re.findall(r"\S+", unicodedata.normalize("NFC", text))


def _split_count(token: str, vocab: set[str], longest: int) -> int | None:
    """Fewest source words the token splits into (None if it does not split into them)."""
    best: list[int | None] = [0] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - longest), end):
            if best[start] is not None and token[start:end] in vocab:
                candidate = best[start] + 1
                if best[end] is None or candidate < best[end]:
                    best[end] = candidate
    return best[len(token)]


def glue_stats(pages: list[str], words: list[str]) -> tuple[int, int, int]:
    """(glued gaps, broken tokens, expected words) for one document."""
    vocab = set(words)
    longest = max(len(w) for w in vocab)
    glued = broken = 0
    for token in _tokens("\n".join(pages)):
        if token in vocab:
            continue
        pieces = _split_count(token, vocab, longest)
        if pieces is not None and pieces > 1:
            glued += pieces - 1
        else:
            broken += 1
    return glued, broken, len(words)


def token_f1(a: str, b: str) -> float:
    left, right = Counter(_tokens(a)), Counter(_tokens(b))
    if not left and not right:
        return 1.0
    common = sum((left & right).values())
    if not common:
        return 0.0
    precision, recall = common / sum(left.values()), common / sum(right.values())
    return 2 * precision * recall / (precision + recall)


def _timed(engine: Callable[[Path], list[str]], path: Path, repeat: int) -> tuple[list[str], float]:
    best = float("inf")
    pages: list[str] = []
    for _ in range(repeat):
        start = time.perf_counter()
        pages = engine(path)
        best = min(best, time.perf_counter() - start)
    return pages, best


def bench_generated(repeat: int) -> None:
    print("== Generated Vietnamese PDFs: glued-word rate per kind of PDF ==")
    print("normal: spaces in the text; wbw: word_by_word (no spaces); tight-R: word by word,")
    print("gaps R x a space; spaced: letter-spaced 0.15 em. broken = tokens split inside a word")
    with tempfile.TemporaryDirectory() as folder:
        docs = generated_pdfs(Path(folder))
        print(f"{len(docs)} PDFs, {sum(len(w) for _, w in docs)} words")
        kinds = ("normal", "wbw", "tight-0.7", "tight-0.5", "spaced")
        header = f"{'engine':<15}" + "".join(f" {k:>10}" for k in kinds)
        header += f" {'broken':>7} {'pages/s':>8}"
        print(header)
        print("-" * len(header))
        for name, engine in ENGINES.items():
            glued = dict.fromkeys(kinds, 0)
            words = dict.fromkeys(kinds, 0)
            broken = pages = 0
            elapsed = 0.0
            for path, expected in docs:
                texts, seconds = _timed(engine, path, repeat)
                elapsed += seconds
                pages += len(texts)
                g, b, n = glue_stats(texts, expected)
                kind = (
                    path.stem
                    if path.stem.startswith(("tight", "spaced"))
                    else (path.stem.split("-")[0])
                )
                glued[kind] += g
                words[kind] += n
                broken += b
            rates = "".join(f" {glued[k] / words[k]:>10.2%}" for k in kinds)
            print(f"{name:<15}{rates} {broken:>7} {pages / elapsed:>8.0f}")
    print()


def corpus_pdfs() -> list[Path]:
    folder = CORPUS / "pdf-text"
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []


def bench_corpus(repeat: int) -> None:
    files = corpus_pdfs()
    if not files:
        print("(no corpus PDFs found; skipped)")
        return
    print(f"== Real PDFs: {CORPUS / 'pdf-text'} ({len(files)} files) ==")
    results: dict[str, dict[Path, tuple[str, float, int]]] = {}
    for name, engine in ENGINES.items():
        results[name] = {}
        for path in files:
            try:
                times = 1 if name in ("pdfminer", "pypdf") else repeat
                texts, seconds = _timed(engine, path, times)
            except Exception as error:  # a benchmark reports engine failures, it does not stop
                print(f"  {name} failed on {path.name}: {type(error).__name__}", file=sys.stderr)
                continue
            results[name][path] = ("\n".join(texts), seconds, len(texts))
    reference = results["pdfminer"]
    header = f"{'engine':<15} {'files ok':>8} {'pages/s':>8} {'F1 vs pdfminer':>15}"
    print(header)
    print("-" * len(header))
    for name, per_file in results.items():
        seconds = sum(s for _, s, _ in per_file.values())
        pages = sum(p for _, _, p in per_file.values())
        scores = [
            token_f1(text, reference[p][0])
            for p, (text, _, _) in per_file.items()
            if p in reference
        ]
        agreement = statistics.mean(scores) if scores else float("nan")
        print(f"{name:<15} {len(per_file):>8} {pages / seconds:>8.0f} {agreement:>15.3f}")
    print()


def _bare_with_previews(path: Path, preview_pages: int = 2) -> list[str]:
    """The bare engine as the import benchmark counts it: text of every page, render previews."""
    document = pdfium.PdfDocument(path)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            pages.append(page.get_textpage().get_text_range())
            if index < preview_pages:
                page.render(scale=900 / page.get_width()).to_pil()
        return pages
    finally:
        document.close()


def bench_import(repeat: int, with_corpus: bool) -> None:
    """thuvien.extract.extract vs the bare engine, with the time of each pipeline step."""
    from thuvien.extract import ExtractionError, extract, pipeline

    step_time: dict[str, float] = {}

    def timed_step(step: Callable) -> Callable:
        def run(work: object) -> None:
            start = time.perf_counter()
            try:
                step(work)
            finally:
                step_time[step.__name__] = step_time.get(step.__name__, 0.0) + (
                    time.perf_counter() - start
                )

        run.__name__ = step.__name__
        return run

    with tempfile.TemporaryDirectory() as folder:
        files = [p for p, _ in generated_pdfs(Path(folder))]
        files += corpus_pdfs() if with_corpus else []
        bare = bare_previews = text_only = full = 0.0
        used = 0
        for path in files:
            try:
                bare += _timed(engine_pdfium_text, path, repeat)[1]
                bare_previews += _timed(_bare_with_previews, path, repeat)[1]
                text_only += _timed(lambda p: extract(p, render_previews=False), path, repeat)[1]
                full += _timed(extract, path, repeat)[1]
            except (pdfium.PdfiumError, ExtractionError):
                continue
            used += 1
        # Two more passes (without, then with previews) to split extract() into its steps.
        original = pipeline.STEPS
        pipeline.STEPS = tuple(timed_step(step) for step in original)
        split: dict[bool, dict[str, float]] = {}
        try:
            for previews in (False, True):
                step_time.clear()
                for path in files:
                    with contextlib.suppress(ExtractionError):
                        extract(path, render_previews=previews)
                split[previews] = dict(step_time)
        finally:
            pipeline.STEPS = original
    print(f"== Import vs bare engine ({used} PDFs, best of {repeat}) ==")
    print(f"bare: open + get_text_range           {bare:7.3f} s")
    print(f"bare: + render 2 previews (no encode) {bare_previews:7.3f} s")
    print(f"extract(render_previews=False)        {text_only:7.3f} s  ({text_only / bare:.2f}x)")
    print(f"extract() (2 WebP previews + thumb)   {full:7.3f} s  ({full / bare_previews:.2f}x)")
    print("extract() split by step (one pass each):  no previews   with previews")
    for name, seconds in split[False].items():
        print(f"  {name:<18} {seconds:26.3f} s {split[True].get(name, 0.0):13.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-corpus", action="store_true", help="skip the real-world PDFs")
    parser.add_argument("--no-import", action="store_true", help="skip timing extract()")
    parser.add_argument("--repeat", type=int, default=3, help="best of N timings per file")
    args = parser.parse_args()
    bench_generated(args.repeat)
    if not args.no_corpus:
        bench_corpus(args.repeat)
    if not args.no_import:
        bench_import(args.repeat, not args.no_corpus)


if __name__ == "__main__":
    main()
