"""`thuvien import`: many files in, extraction spread over the cores, one writer for the rows.

Extraction needs no database, so it runs in worker processes; storing runs in this process, one
document at a time, which is what SQLite wants. The same bytes twice are one document.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from django.conf import settings

from .extraction_worker import Extracted, Failure, extract_job, init_worker
from .failures import reason_for
from .ingest import Incoming, category_for_path, file_sha256, store_documents, sweep_orphans
from .models import Category, Document
from .phrase_snapshot import PhraseSnapshot
from .phrase_stats import snapshot

IMPORTED, PRESENT, FAILED = "imported", "present", "failed"
# Documents stored per transaction, and the longest a finished extraction waits for its batch.
BATCH_SIZE = 16
BATCH_SECONDS = 1.0


@dataclass(frozen=True)
class ImportItem:
    path: Path
    category: tuple[str, ...]


@dataclass
class ImportOutcome:
    path: Path
    status: str
    document_id: int | None = None
    reason: str = ""


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    interrupted: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failures(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status == FAILED]


def collect(paths: Iterable[Path], category: str | None = None) -> list[ImportItem]:
    """Files to import: folders are walked; their sub-folder names become the category path."""
    fixed = tuple(p for p in category.split("/") if p.strip()) if category else None
    items: list[ImportItem] = []
    for root in paths:
        root = Path(root)
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                rel = path.relative_to(root)
                if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                    items.append(ImportItem(path, fixed or rel.parent.parts))
        else:
            items.append(ImportItem(root, fixed or ()))
    return items


@contextmanager
def import_lock() -> Iterator[None]:
    """One import at a time per data folder; the orphan sweep is safe only under it."""
    with open(Path(settings.DATA_DIR) / "import.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run_import(
    items: Sequence[ImportItem],
    *,
    workers: int | None = None,
    on_progress: Callable[[ImportOutcome], None] | None = None,
) -> ImportReport:
    workers = max(1, workers or settings.IMPORT_WORKERS)
    report = ImportReport()

    def done(outcome: ImportOutcome) -> None:
        report.outcomes.append(outcome)
        if on_progress:
            on_progress(outcome)

    with import_lock():
        sweep_orphans()
        todo = _skip_known(items, done)
        stats = snapshot() if todo else None
        writer = _Writer(done)
        try:
            if workers == 1 or len(todo) <= 1:
                for item in todo:
                    writer.add(item, extract_job(str(item.path), settings.PREVIEW_PAGES, stats))
            else:
                _run_parallel(todo, workers, writer, stats)
            writer.flush()
        except KeyboardInterrupt:
            # Documents of an unfinished batch are neither stored nor reported: a re-run has them.
            report.interrupted = True
    return report


def _skip_known(
    items: Sequence[ImportItem], done: Callable[[ImportOutcome], None]
) -> list[ImportItem]:
    todo: list[ImportItem] = []
    seen: dict[str, Path] = {}
    for item in items:
        try:
            sha = file_sha256(item.path)
        except OSError as error:
            done(ImportOutcome(item.path, FAILED, reason=reason_for(error)))
            continue
        existing = Document.objects.filter(sha256=sha).values_list("pk", flat=True).first()
        if existing is not None:
            done(ImportOutcome(item.path, PRESENT, document_id=existing))
        elif sha in seen:
            done(ImportOutcome(item.path, PRESENT, reason=str(seen[sha])))
        else:
            seen[sha] = item.path
            todo.append(item)
    return todo


def _run_parallel(
    todo: Sequence[ImportItem], workers: int, writer: _Writer, stats: PhraseSnapshot | None
) -> None:
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=init_worker,
        initargs=(stats,),
    )
    pending: dict[Future, ImportItem] = {}
    queue = list(reversed(todo))
    try:
        # Keep a few jobs in flight per worker, not the whole batch, so Ctrl-C stops fast.
        while queue or pending:
            while queue and len(pending) < workers * 4:
                item = queue.pop()
                job = pool.submit(extract_job, str(item.path), settings.PREVIEW_PAGES)
                pending[job] = item
            finished, _ = wait(pending, timeout=writer.wait_limit(), return_when=FIRST_COMPLETED)
            for job in finished:
                item = pending.pop(job)
                try:
                    result = job.result()
                except Exception as error:  # a worker died: report it, go on with the rest
                    result = error
                writer.add(item, result)
            writer.flush_if_due()
    finally:
        for job in pending:
            job.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


class _Writer:
    """Stores extracted documents in batches: one transaction and one commit per batch.

    A batch is written when it is full or has waited ``BATCH_SECONDS``, so the progress bar
    moves even when the files are slow. If a batch fails, its documents are stored one by one,
    so one bad document fails alone.
    """

    def __init__(self, done: Callable[[ImportOutcome], None]) -> None:
        self.done = done
        self.batch: list[tuple[ImportItem, Incoming]] = []
        self.since = 0.0
        # The category of each folder path, looked up once per import (forgotten if a batch
        # fails: someone may have deleted one meanwhile).
        self.categories: dict[tuple[str, ...], Category] = {}

    def add(self, item: ImportItem, result: Extracted | Failure | BaseException) -> None:
        if isinstance(result, Failure):
            result = result.as_error()
        if isinstance(result, BaseException):
            self.done(ImportOutcome(item.path, FAILED, reason=reason_for(result)))
            return
        try:
            sha = result.extraction.sha256
            existing = Document.objects.filter(sha256=sha).values_list("pk", flat=True)
            if existing:
                self.done(ImportOutcome(item.path, PRESENT, document_id=existing[0]))
                return
            path = tuple(item.category)
            category = self.categories.get(path)
            if category is None:
                category = self.categories[path] = category_for_path(path)
            incoming = Incoming(result.extraction, item.path, category, result.signature)
        except Exception as error:
            self.done(ImportOutcome(item.path, FAILED, reason=reason_for(error)))
            return
        if not self.batch:
            self.since = time.monotonic()
        self.batch.append((item, incoming))
        if len(self.batch) >= BATCH_SIZE:
            self.flush()

    def wait_limit(self) -> float | None:
        """How long the caller may wait for more results before this batch is due."""
        if not self.batch:
            return None
        return max(0.0, self.since + BATCH_SECONDS - time.monotonic())

    def flush_if_due(self) -> None:
        if self.batch and self.wait_limit() == 0.0:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        try:
            documents = store_documents([incoming for _, incoming in batch])
        except Exception as error:
            self.categories.clear()
            if len(batch) == 1:
                self.done(ImportOutcome(batch[0][0].path, FAILED, reason=reason_for(error)))
                return
            for one in batch:
                self.batch = [one]
                self.flush()
            return
        for (item, _), document in zip(batch, documents, strict=True):
            self.done(ImportOutcome(item.path, IMPORTED, document_id=document.pk))
