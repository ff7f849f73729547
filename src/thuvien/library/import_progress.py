"""The terminal face of an import: a progress bar with counts and rate, then a summary."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from .importer import FAILED, IMPORTED, PRESENT, ImportOutcome, collect, run_import


def import_with_progress(
    paths: Sequence[Path], *, category: str | None = None, workers: int | None = None
) -> int:
    """Import, print the summary; the exit code is 1 when any file failed, 130 on Ctrl-C."""
    items = collect(paths, category)
    counts = {IMPORTED: 0, PRESENT: 0, FAILED: 0}
    bar = tqdm(total=len(items), unit=" tệp", file=sys.stderr, dynamic_ncols=True, desc="Nhập")

    def progress(outcome: ImportOutcome) -> None:
        counts[outcome.status] += 1
        bar.set_postfix(
            {"mới": counts[IMPORTED], "đã có": counts[PRESENT], "lỗi": counts[FAILED]},
            refresh=False,
        )
        bar.update(1)

    report = run_import(items, workers=workers, on_progress=progress)
    bar.close()
    print(
        f"Đã nhập: {report.count(IMPORTED)} · Đã có sẵn: {report.count(PRESENT)} · "
        f"Lỗi: {report.count(FAILED)}"
    )
    for failure in report.failures:
        print(f"  ✗ {failure.path}: {failure.reason}")
    if report.interrupted:
        left = len(items) - len(report.outcomes)
        print(f"Đã dừng theo yêu cầu; {left} tệp chưa nhập (chạy lại lệnh để nhập tiếp).")
        return 130
    return 1 if report.failures else 0
