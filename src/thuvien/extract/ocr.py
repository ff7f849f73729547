"""Read page images with Tesseract (Vietnamese + English), a few pages at a time.

Pages are rendered one by one in the calling thread (pdfium is not thread-safe) and written as
uncompressed greyscale files to a private temporary folder; a small pool of threads runs one
``tesseract`` process per page (``OMP_THREAD_LIMIT=1``: two single-threaded processes on two
cores read twice the pages of one multi-threaded one). At most ``workers + 1`` rendered pages
wait at any time, so memory does not grow with the document. When the document's time limit
runs out every running Tesseract is killed and "timeout" is raised.

Example:
    >>> # ocr_images(source([0, 3]), tesseract="tesseract", deadline=Deadline(None))[3]
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter

from thuvien.extract.capabilities import OCR_LANGUAGES
from thuvien.extract.errors import NEEDS_OCR, ExtractionError
from thuvien.extract.limits import MAX_OCR_PIXELS, Deadline, timeout_error

__all__ = ["OCR_WORKERS", "despeckle", "ocr_images", "prepare_scan"]

OCR_WORKERS = max(1, min(2, os.cpu_count() or 1))
# Page segmentation 3 (automatic layout, no orientation detection): columns and blocks are read
# in order; orientation detection (1) costs more and rarely helps on upright scans.
_PSM = "3"
# Scans between _MIN_DPI and _MAX_DPI are read as they are; lower ones are scaled up to
# _UP_TO_DPI, higher ones down to _DOWN_TO_DPI. Measured (benchmarks/bench_pipeline.py): a
# 100 dpi scan of a Times-like serif gives 0.56 of its words as is and 0.99 scaled to 300 dpi;
# at 150 dpi scaling gains nothing (0.94-0.98 either way); pages read at 200 dpi come out as
# well as at 300 (0.92 vs 0.91 in Be Vietnam Pro, 0.99 vs 0.98 in a serif) in 75% of the time.
_MIN_DPI = 120
_MAX_DPI = 250
_UP_TO_DPI = 300
_DOWN_TO_DPI = 200
_MAX_UPSCALE = 3.0
# Speckle ("salt and pepper") noise: when more than this share of a sample of the page changes
# under a 3x3 median filter, the page is filtered before OCR. Clean pages change under 0.8%,
# pages with 2% of pixels flipped over 2%; filtering such a page lifts the words read from
# 0.67 to 0.93, and costs clean pages nothing when skipped.
SPECKLE_SHARE = 0.012
_SPECKLE_SAMPLE = 600
# A scan without a usable resolution tag is assumed to show an A4-wide page.
_A4_WIDTH_INCHES = 8.27


class _Processes:
    """The Tesseract processes running now, so a timeout can kill them all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[bytes]] = set()
        self.stopped = False

    def start(self, command: list[str]) -> subprocess.Popen[bytes]:
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        with self._lock:
            if self.stopped:
                raise timeout_error("OCR")
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                start_new_session=True,
            )
            self._running.add(process)
        return process

    def finish(self, process: subprocess.Popen[bytes]) -> None:
        with self._lock:
            self._running.discard(process)

    def kill_all(self) -> None:
        with self._lock:
            self.stopped = True
            for process in self._running:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(process.pid, signal.SIGKILL)


def _read(processes: _Processes, tesseract: str, image_path: Path, dpi: int, languages: str) -> str:
    command = [tesseract, str(image_path), "stdout", "-l", languages, "--psm", _PSM]
    command += ["--dpi", str(dpi)]
    process = processes.start(command)
    try:
        stdout, stderr = process.communicate()
    finally:
        processes.finish(process)
        image_path.unlink(missing_ok=True)
    if processes.stopped:
        raise timeout_error("OCR")
    if process.returncode != 0:
        said = stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"tesseract failed: {said[-1] if said else process.returncode}")
    return stdout.decode("utf-8", "replace")


def ocr_images(
    images: Iterable[tuple[int, Image.Image, int]],
    *,
    tesseract: str | None,
    deadline: Deadline,
    workers: int | None = None,
    languages: tuple[str, ...] = OCR_LANGUAGES,
) -> dict[int, str | Exception]:
    """Text of each (index, image, dpi); a page whose OCR failed maps to its exception.

    Raises "needs_ocr" without ``tesseract`` and "timeout" when ``deadline`` passes.

    Example:
        >>> ocr_images([], tesseract=None, deadline=Deadline(None))
        Traceback (most recent call last):
        ...
        thuvien.extract.errors.ExtractionError: Scanned pages need Tesseract OCR with \
Vietnamese, not installed on this server.
    """
    if tesseract is None:
        raise ExtractionError(NEEDS_OCR)
    workers = workers or OCR_WORKERS
    processes = _Processes()
    results: dict[int, str | Exception] = {}
    pending: dict[Future[str], int] = {}
    language_arg = "+".join(languages)

    def collect() -> None:
        done, _ = wait(pending, timeout=deadline.remaining(), return_when=FIRST_COMPLETED)
        if not done:
            raise timeout_error("OCR")
        for future in done:
            index = pending.pop(future)
            try:
                results[index] = future.result()
            except ExtractionError:
                raise
            except Exception as error:  # one page's OCR failing keeps the others
                results[index] = error

    with (
        tempfile.TemporaryDirectory(prefix="thuvien-ocr-") as folder,
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="thuvien-ocr") as pool,
    ):
        try:
            for index, image, dpi in images:
                deadline.check("OCR")
                path = Path(folder) / f"page-{index}.pgm"
                despeckle(image.convert("L") if image.mode != "L" else image).save(
                    path, format="PPM"
                )
                image.close()
                pending[pool.submit(_read, processes, tesseract, path, dpi, language_arg)] = index
                while len(pending) >= workers + 1 or (pending and deadline.expired()):
                    collect()
            while pending:
                collect()
        except BaseException:
            processes.kill_all()
            for future in pending:
                future.cancel()
            raise
    return results


def prepare_scan(image: Image.Image) -> tuple[Image.Image, int]:
    """A scan as Tesseract reads it best: greyscale, 120-250 dpi; (image, dpi).

    The resolution comes from the file's tag when plausible, else from the width of an A4
    page. Low resolutions are scaled up (Tesseract misreads diacritics on small letters).

    Example:
        >>> image, dpi = prepare_scan(Image.new("RGB", (827, 1169), "white"))
        >>> image.mode, dpi, image.size
        ('L', 300, (2481, 3507))
    """
    grey = image.convert("L") if image.mode != "L" else image
    dpi = _dpi_of(image)
    if dpi > _MAX_DPI:
        # Speckles go before scaling down, which would smear them into grey. (Low resolutions
        # are scaled up first: there thin strokes would pass for speckles; ocr_images checks
        # every page again at the resolution it is read at.)
        grey = despeckle(grey)
    if _MIN_DPI <= dpi <= _MAX_DPI:
        return grey, dpi
    factor = min(_MAX_UPSCALE, (_UP_TO_DPI if dpi < _MIN_DPI else _DOWN_TO_DPI) / dpi)
    if grey.width * grey.height * factor * factor > MAX_OCR_PIXELS:
        factor = math.sqrt(MAX_OCR_PIXELS / (grey.width * grey.height))
    if 0.95 <= factor <= 1.05:
        return grey, dpi
    size = (max(1, int(grey.width * factor)), max(1, int(grey.height * factor)))
    resample = Image.Resampling.LANCZOS if factor > 1 else Image.Resampling.BOX
    return grey.resize(size, resample), max(1, round(dpi * factor))


def despeckle(image: Image.Image) -> Image.Image:
    """The greyscale page with speckle noise removed (3x3 median) if it has any, else as is.

    Example:
        >>> despeckle(Image.new("L", (50, 50), 255)).getextrema()
        (255, 255)
    """
    width, height = image.size
    side = min(_SPECKLE_SAMPLE, width, height)
    left, top = (width - side) // 2, (height - side) // 3
    sample = image.crop((left, top, left + side, top + side))
    changed = ImageChops.difference(sample, sample.filter(ImageFilter.MedianFilter(3)))
    flipped = changed.point(lambda value: 255 if value > 100 else 0).histogram()[255]
    if flipped <= SPECKLE_SHARE * side * side:
        return image
    return image.filter(ImageFilter.MedianFilter(3))


def _dpi_of(image: Image.Image) -> int:
    tagged = image.info.get("dpi")
    try:
        dpi = round(float(tagged[0])) if tagged else 0
    except (TypeError, ValueError, IndexError):
        dpi = 0
    if 70 <= dpi <= 2400:
        return dpi
    return max(1, round(image.width / _A4_WIDTH_INCHES))
