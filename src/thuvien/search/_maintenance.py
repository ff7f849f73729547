"""Rebuilding the index in resumable batches, and finding (and repairing) drift.

A rebuild walks published documents by id; after each batch it records the last id, so an
interrupted rebuild continues where it stopped (``--resume``). A fresh rebuild (``--fresh``,
or forced when the tokenizer changed) empties the index first.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.db import connections, transaction

from thuvien.library.models import Document, Keyword

from . import _bitmaps as bitmaps
from . import _bitquery as bitquery
from ._bitcache import forget, one_search
from ._documents import load_documents, published_among
from ._engine import get_engine, tokenizer_fingerprint
from ._indexing import (
    TOKENIZER_KEY,
    index_documents,
    index_phrases,
    remove_documents,
    sync_pending,
)
from ._plan import Tier, Tok
from .models import IndexedPhrase, PendingDocument, SearchEntry, SearchState

FINGERPRINT = TOKENIZER_KEY
POSITION = "rebuild_position"
MODE = "rebuild_mode"
SUBMITTED = "rebuild_submitted"

Progress = Callable[[int], None]


def _get(key: str) -> str | None:
    return SearchState.objects.filter(key=key).values_list("value", flat=True).first()


def _set(key: str, value: str | None) -> None:
    if value is None:
        SearchState.objects.filter(key=key).delete()
    else:
        SearchState.objects.update_or_create(key=key, defaults={"value": value})


def tokenizer_changed() -> bool:
    """True when the index holds tokens made by another tokenizer than this code's."""
    stored = _get(FINGERPRINT)
    if stored is None:
        return SearchEntry.objects.exists()
    return stored != tokenizer_fingerprint()


def _published_ids(after: int, batch: int) -> list[int]:
    """The next published ids after ``after``, at most ``batch``; [] at the end.

    Walks the primary key (never a status index, which would sort every published row)."""
    while True:
        rows = list(
            Document.objects.filter(pk__gt=after)
            .order_by("pk")
            .values_list("pk", "status")[: batch * 2]
        )
        if not rows:
            return []
        ids = [pk for pk, status in rows if status == Document.Status.PUBLISHED][:batch]
        if ids:
            return ids
        after = rows[-1][0]


def published_count() -> int:
    return Document.objects.filter(status=Document.Status.PUBLISHED).count()


@dataclass
class RebuildReport:
    indexed: int = 0
    removed: int = 0
    fresh: bool = False
    resumed_after: int = 0


def rebuild(
    *,
    batch: int = 500,
    fresh: bool = False,
    resume: bool = False,
    progress: Progress = None,
    workers: int = 1,
) -> RebuildReport:
    """Make the index equal to the published documents, batch by batch.

    ``workers`` > 1 indexes batches in that many processes at once, where the engine allows
    it (PostgreSQL): tokenizing in Python and writing in the database then overlap.
    """
    engine = get_engine()
    report = RebuildReport()
    if resume and _get(POSITION) is not None:
        report.resumed_after = int(_get(POSITION) or 0)
        fresh = _get(MODE) == "fresh"
    else:
        fresh = fresh or tokenizer_changed()
        if fresh:
            with transaction.atomic():
                engine.clear()
                SearchEntry.objects.all().delete()
                IndexedPhrase.objects.all().delete()
                PendingDocument.objects.all().delete()
        _set(MODE, "fresh" if fresh else "update")
        _set(POSITION, "0")
        _set(SUBMITTED, None)
    report.fresh = fresh
    _set(FINGERPRINT, tokenizer_fingerprint())
    with engine.bulk_loading() if fresh else nullcontext():
        if workers > 1 and engine.parallel_writes:
            _walk_in_processes(report, batch, fresh, progress, workers)
        else:
            _walk(report, batch, fresh, progress)
        if not fresh:
            report.removed += _remove_unpublished(batch)
        # Inside: a fresh rebuild's engine then indexes the phrases once, with the documents.
        _index_all_phrases(batch)
    sync_pending()
    engine.optimize()
    _set(POSITION, None)
    _set(MODE, None)
    _set(SUBMITTED, None)
    return report


def _index_batch(ids: list[int], fresh: bool, written_before: int) -> tuple[int, int]:
    """One batch of a rebuild. Its phrases come at the end of the rebuild; so do its bitmaps
    in a fresh one (which cleared them). A fresh one need not look for entries written before,
    except up to where an interrupted run with workers may have written them."""
    with bitmaps.deferred() if fresh else nullcontext():
        return index_documents(ids, fresh=fresh and ids[0] > written_before, phrases=False)


def _walk(report: RebuildReport, batch: int, fresh: bool, progress: Progress) -> None:
    last = report.resumed_after
    written_before = int(_get(SUBMITTED) or 0)  # see _walk_in_processes
    while ids := _published_ids(last, batch):
        with transaction.atomic():
            written, removed = _index_batch(ids, fresh, written_before)
            _set(POSITION, str(ids[-1]))
        _count(report, progress, written, removed, len(ids))
        last = ids[-1]


def _walk_in_processes(
    report: RebuildReport, batch: int, fresh: bool, progress: Progress, workers: int
) -> None:
    """:func:`_walk` with the batches indexed by ``workers`` forked processes.

    Batches end in any order: the position recorded is the end of those done without a gap.
    The highest id handed out is recorded too, before its batch goes: a resumed rebuild looks
    for entries already written up to there instead of writing them twice.
    """
    if transaction.get_connection().in_atomic_block:
        raise RuntimeError("a rebuild with workers commits batch by batch: not in a transaction")
    last = report.resumed_after
    written_before = int(_get(SUBMITTED) or 0)
    handed_out = max(written_before, last)
    running: dict[Future, int] = {}  # batch -> its last id
    order: list[int] = []  # last ids of the batches not yet counted, ascending
    done: dict[int, tuple[int, int, int]] = {}
    # Python forks every worker at the first batch: no connection of this process may be
    # open then (a child would talk on its socket). Each worker opens its own.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        while True:
            ids = _published_ids(last, batch)
            while running and (not ids or len(running) >= 2 * workers):
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    done[running.pop(future)] = future.result()
                while order and order[0] in done:
                    written, removed, count = done.pop(order[0])
                    _set(POSITION, str(order.pop(0)))
                    _count(report, progress, written, removed, count)
            if not ids:
                break
            last = ids[-1]
            if last > handed_out:
                handed_out = last
                _set(SUBMITTED, str(last))
            if not running and not order:
                connections.close_all()
            future = pool.submit(_index_counted, ids, fresh, written_before)
            running[future] = last
            order.append(last)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _index_counted(ids: list[int], fresh: bool, written_before: int) -> tuple[int, int, int]:
    return (*_index_batch(ids, fresh, written_before), len(ids))


def _count(report: RebuildReport, progress: Progress, written: int, removed: int, n: int) -> None:
    report.indexed += written
    report.removed += removed
    if progress:
        progress(n)


def _remove_unpublished(batch: int) -> int:
    removed = 0
    for ids in _entry_batches(batch):
        published = published_among(ids)
        gone = [i for i in ids if i not in published]
        if gone:
            removed += remove_documents(gone)
    return removed


def _entry_batches(batch: int) -> Iterator[list[int]]:
    last = 0
    while ids := list(
        SearchEntry.objects.filter(document_id__gt=last)
        .order_by("document_id")
        .values_list("document_id", flat=True)[:batch]
    ):
        yield ids
        last = ids[-1]


def _index_all_phrases(batch: int) -> None:
    last = 0
    while ids := list(
        Keyword.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:batch]
    ):
        index_phrases(ids)
        last = ids[-1]


@dataclass
class Drift:
    missing: list[int] = field(default_factory=list)  # published, not indexed
    extra: list[int] = field(default_factory=list)  # indexed, not published
    stale: list[int] = field(default_factory=list)  # indexed with other content
    orphans: list[int] = field(default_factory=list)  # in the engine without an entry
    unbacked: list[int] = field(default_factory=list)  # an entry the engine lacks
    pending: int = 0
    tokenizer_changed: bool = False
    engine_errors: list[str] = field(default_factory=list)
    bitmaps: list[str] = field(default_factory=list)  # tokens whose bitmaps disagree

    @property
    def clean(self) -> bool:
        return not (
            self.missing
            or self.extra
            or self.stale
            or self.orphans
            or self.unbacked
            or self.tokenizer_changed
            or self.engine_errors
            or self.bitmaps
        )

    def lines(self) -> list[str]:
        def ids(values: list[int]) -> str:
            shown = ", ".join(str(v) for v in values[:10])
            return shown + (" …" if len(values) > 10 else "")

        out = []
        for label, values in (
            ("chưa có trong chỉ mục", self.missing),
            ("không còn được đăng mà vẫn trong chỉ mục", self.extra),
            ("nội dung trong chỉ mục đã cũ", self.stale),
            ("dòng của bộ máy tìm kiếm không có mục", self.orphans),
            ("mục thiếu dòng của bộ máy tìm kiếm", self.unbacked),
        ):
            if values:
                out.append(f"{len(values)} tài liệu {label}: {ids(values)}")
        if self.pending:
            out.append(f"{self.pending} tài liệu đang chờ cập nhật chỉ mục")
        if self.tokenizer_changed:
            out.append("cách tách từ đã đổi: cần dựng lại chỉ mục (thuvien reindex --fresh)")
        out += [f"lỗi cấu trúc chỉ mục: {e}" for e in self.engine_errors]
        if self.bitmaps:
            shown = ", ".join(self.bitmaps[:10]) + (" …" if len(self.bitmaps) > 10 else "")
            out.append(f"bitmap của {len(self.bitmaps)} từ lệch với chỉ mục: {shown}")
        return out or ["chỉ mục khớp với cơ sở dữ liệu"]


def check(*, batch: int = 500, progress: Progress = None) -> Drift:
    """Compare the index with the database without changing anything."""
    drift = Drift(tokenizer_changed=tokenizer_changed())
    engine = get_engine()
    drift.pending = PendingDocument.objects.count()
    last = 0
    while ids := _published_ids(last, batch):
        current = load_documents(ids)
        signatures = dict(
            SearchEntry.objects.filter(document_id__in=ids).values_list("document_id", "signature")
        )
        for doc_id in ids:
            if doc_id not in signatures:
                drift.missing.append(doc_id)
            elif doc_id in current and current[doc_id].signature != signatures[doc_id]:
                drift.stale.append(doc_id)
        last = ids[-1]
        if progress:
            progress(len(ids))
    for ids in _entry_batches(batch):
        published = published_among(ids)
        drift.extra += [i for i in ids if i not in published]
    drift.orphans, drift.unbacked = _engine_vs_entries(engine, batch)
    drift.engine_errors = engine.integrity_errors()
    drift.bitmaps = _bitmap_drift(engine)
    return drift


def _bitmap_drift(engine, sample: int = 200) -> list[str]:
    """Tokens, among a sample of those with bitmaps, whose stored bitmaps count other documents
    than the engine's index does."""
    bound = SearchEntry.objects.count() + 1
    wrong = []
    forget()  # the stored bitmaps, not this process's copies
    with one_search():
        for scope, terms in bitmaps.vocabulary().items():
            ordered = sorted(terms)
            for term in ordered[:: max(1, len(ordered) // sample)]:
                tier = Tier("check", scope, Tok(term))
                quick = bitquery.tier_query(engine, tier)
                counted = None if quick is None else bitquery.count(engine, quick, bound)
                if counted is not None and counted != engine.index_count(tier, bound):
                    wrong.append(f"{scope}:{term}")
    return wrong


def _engine_vs_entries(engine, batch: int) -> tuple[list[int], list[int]]:
    """Walk the engine's ids and the entries' ids side by side."""
    orphans: list[int] = []
    unbacked: list[int] = []
    engine_ids: set[int] = set()
    last = 0
    while ids := engine.indexed_ids(last, batch):
        engine_ids.update(ids)
        last = ids[-1]
    entry_ids: set[int] = set()
    for ids in _entry_batches(batch):
        entry_ids.update(ids)
    orphans = sorted(engine_ids - entry_ids)
    unbacked = sorted(entry_ids - engine_ids)
    return orphans, unbacked


def repair(drift: Drift, *, batch: int = 500, progress: Progress = None) -> RebuildReport | None:
    """Fix what :func:`check` found; a changed tokenizer or engine damage means a fresh rebuild."""
    if drift.tokenizer_changed or drift.orphans or drift.engine_errors:
        return rebuild(batch=batch, fresh=True, progress=progress)
    if drift.bitmaps:
        with transaction.atomic():
            bitmaps.clear()
            bitmaps.refresh(get_engine())
    if drift.unbacked:
        # The engine lacks their tokens: drop the entries so they are written afresh.
        SearchEntry.objects.filter(document_id__in=drift.unbacked).delete()
    todo = sorted(set(drift.missing + drift.stale + drift.unbacked))
    for start in range(0, len(todo), batch):
        index_documents(todo[start : start + batch])
    for start in range(0, len(drift.extra), batch):
        remove_documents(drift.extra[start : start + batch])
    sync_pending()
    return None
