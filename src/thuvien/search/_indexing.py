"""Keeping the index equal to the database.

A change to a document (its row, its text, its keywords) writes a :class:`PendingDocument` row
in the same transaction; right after the commit the pending documents are re-indexed and the
rows removed. Searches leave out pending documents that were hidden or deleted, so such a
document disappears the moment its transaction commits, and a new or edited one is searchable
a few milliseconds later. A crash between the two steps leaves the pending row behind, for the
next commit, :func:`sync_pending` or ``thuvien reindex --check --repair`` to finish.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from django.db import connection, transaction

from thuvien.library.models import Keyword

from ._documents import IndexedDocument, load_documents, order_key
from ._engine import PhraseRow, get_engine, tokenizer_fingerprint
from ._tokens import words
from .models import IndexedPhrase, PendingDocument, SearchEntry, SearchState

SYNC_BATCH = 200
TOKENIZER_KEY = "tokenizer"
# Hidden-while-pending documents that a search leaves out by id; beyond this many, it relies
# on the index catching up.
MAX_HIDDEN_PENDING = 1000

_ENTRY_FIELDS = (
    "document_id",
    "title",
    "keywords",
    "description",
    "text",
    "category_id",
    "categories",
    "file_type",
    "year",
    "page_count",
)


def entry_document(row: dict) -> IndexedDocument:
    """The document as it was indexed, rebuilt from its entry."""
    return IndexedDocument(
        document_id=row["document_id"],
        title=row["title"],
        keywords=tuple(k for k in row["keywords"].split("\n") if k),
        description=row.get("description", ""),
        text=row.get("text", ""),
        category_id=row["category_id"],
        category_path=tuple(int(c) for c in row["categories"].split(",") if c),
        file_type=row["file_type"],
        year=row["year"],
        page_count=row["page_count"],
    )


def entry_documents(batch: int = 2000) -> Iterator[list[IndexedDocument]]:
    """Every indexed document as indexed, by ascending id, in batches, without its texts
    (what titles and keywords are indexed from)."""
    fields = [f for f in _ENTRY_FIELDS if f not in ("description", "text")]
    last = -1
    while rows := list(
        SearchEntry.objects.filter(document_id__gt=last)
        .order_by("document_id")
        .values(*fields)[:batch]
    ):
        yield [entry_document(row) for row in rows]
        last = rows[-1]["document_id"]


def indexed_entries(ids: Iterable[int]) -> dict[int, IndexedDocument]:
    rows = SearchEntry.objects.filter(document_id__in=list(ids)).values(*_ENTRY_FIELDS)
    return {row["document_id"]: entry_document(row) for row in rows}


def index_documents(
    ids: Iterable[int], *, fresh: bool = False, phrases: bool = True
) -> tuple[int, int]:
    """Bring the index up to date for these documents; returns (written, removed).

    Published documents are (re)indexed when their indexed fields changed; hidden, deleted or
    unknown ones are taken out. ``fresh`` skips looking for old entries (a rebuild after
    ``clear``); ``phrases=False`` leaves their keywords' phrases to the caller (a rebuild
    indexes them all at its end). Runs in one transaction.
    """
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return 0, 0
    engine = get_engine()
    with transaction.atomic():
        _note_tokenizer()
        current = load_documents(wanted)
        previous = {} if fresh else indexed_entries(wanted)
        gone = [previous[i] for i in wanted if i in previous and i not in current]
        changed = [
            doc
            for doc in current.values()
            if doc.document_id not in previous
            or previous[doc.document_id].signature != doc.signature
        ]
        if gone:
            engine.remove(gone)
            SearchEntry.objects.filter(document_id__in=[d.document_id for d in gone]).delete()
        if changed:
            replaced = {
                d.document_id: previous[d.document_id] for d in changed if d.document_id in previous
            }
            engine.write(changed, replaced)
            _save_entries(changed, replace=bool(replaced))
            if phrases:
                index_phrases({k for d in changed for k in d.keyword_ids}, only_new=True)
    return len(changed), len(gone)


def _note_tokenizer() -> None:
    """Record which tokenizer built the index, the first time anything is indexed."""
    if not SearchState.objects.filter(key=TOKENIZER_KEY).exists():
        SearchState.objects.create(key=TOKENIZER_KEY, value=tokenizer_fingerprint())


def _save_entries(documents: Sequence[IndexedDocument], *, replace: bool) -> None:
    entries = [
        SearchEntry(
            document_id=d.document_id,
            order_key=d.order_key,
            title=d.title,
            keywords="\n".join(d.keywords),
            description=d.description,
            text=d.text,
            folded=d.folded_fields,
            category_id=d.category_id,
            categories=",".join(map(str, d.category_path)),
            file_type=d.file_type,
            year=d.year,
            page_count=d.page_count,
            signature=d.signature,
            content_hash=d.content_hash,
        )
        for d in documents
    ]
    if replace:
        # The order key changes with the title, and it is unique: make room first.
        SearchEntry.objects.filter(document_id__in=[e.document_id for e in entries]).delete()
    SearchEntry.objects.bulk_create(entries, batch_size=500)


def remove_documents(ids: Iterable[int]) -> int:
    """Take documents out of the index whatever their state; returns how many were indexed."""
    with transaction.atomic():
        previous = indexed_entries(ids)
        if previous:
            get_engine().remove(list(previous.values()))
            SearchEntry.objects.filter(document_id__in=list(previous)).delete()
    return len(previous)


def phrase_key(keyword_id: int, phrase: str) -> int:
    return order_key(keyword_id, len(words(phrase)))


def index_phrases(keyword_ids: Iterable[int], *, only_new: bool = False) -> None:
    """Offer these keywords' phrases as suggestions (replace edited ones, drop deleted ones)."""
    ids = sorted(set(keyword_ids))
    if not ids:
        return
    known = {
        p.keyword_id: (p.keyword_id, p.order_key, p.phrase)
        for p in IndexedPhrase.objects.filter(keyword_id__in=ids)
    }
    if only_new:
        ids = [i for i in ids if i not in known]
        if not ids:
            return
    phrases = dict(Keyword.objects.filter(pk__in=ids).values_list("pk", "phrase"))
    fresh: list[PhraseRow] = []
    stale: list[PhraseRow] = []
    for keyword_id in ids:
        phrase = phrases.get(keyword_id)
        old = known.get(keyword_id)
        if old is not None and old[2] == phrase:
            continue
        if old is not None:
            stale.append(old)
        if phrase is not None and words(phrase):
            fresh.append((keyword_id, phrase_key(keyword_id, phrase), phrase))
    if not fresh and not stale:
        return
    engine = get_engine()
    with transaction.atomic():
        engine.write_phrases(fresh, stale)
        IndexedPhrase.objects.filter(keyword_id__in=[row[0] for row in stale + fresh]).delete()
        IndexedPhrase.objects.bulk_create(
            [IndexedPhrase(keyword_id=k, order_key=key, phrase=p) for k, key, p in fresh]
        )


# --- the outbox ---


def mark_changed(document_ids: Iterable[int], *, hide: bool | None = None) -> None:
    """Record that documents changed, in the current transaction; index them after commit.

    ``hide=True``: the document is hidden or deleted, leave it out of results now;
    ``hide=False``: it is published; ``None``: its content changed, visibility unknown.
    """
    rows = [PendingDocument(document_id=i, hide=bool(hide)) for i in set(document_ids) if i]
    if not rows:
        return
    if hide is None:
        PendingDocument.objects.bulk_create(rows, ignore_conflicts=True)
    else:
        PendingDocument.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["document_id"], update_fields=["hide"]
        )
    # One hook per transaction, however many saves mark documents in it (an import stores
    # them by the dozen). A hook registered in a savepoint that rolls back goes with the rows
    # it was for, and the next mark registers another.
    for _, hook, _ in connection.run_on_commit:
        if isinstance(hook, _IndexAfterCommit) and not hook.ran:
            hook.marked += len(rows)
            return
    transaction.on_commit(_IndexAfterCommit(len(rows)), robust=True)


class _IndexAfterCommit:
    """Index what is pending once the transaction commits: at least what it marked."""

    def __init__(self, marked: int) -> None:
        self.marked = marked
        self.ran = False  # (tests run hooks without committing, and the list keeps them)

    def __call__(self) -> None:
        self.ran = True
        sync_pending(limit=max(SYNC_BATCH * 5, self.marked))


def sync_pending(limit: int | None = None) -> int:
    """Index the documents waiting in the outbox; returns how many were handled."""
    handled = 0
    locking = connection.features.has_select_for_update_skip_locked
    while limit is None or handled < limit:
        batch = SYNC_BATCH if limit is None else min(SYNC_BATCH, limit - handled)
        with transaction.atomic():
            pending = PendingDocument.objects.order_by("queued_at", "document_id")
            if locking:
                pending = pending.select_for_update(skip_locked=True)
            ids = list(pending.values_list("document_id", flat=True)[:batch])
            if not ids:
                break
            index_documents(ids)
            PendingDocument.objects.filter(document_id__in=ids).delete()
        handled += len(ids)
    return handled


HIDDEN_PENDING_SQL = "SELECT document_id FROM search_pending WHERE hide LIMIT %s"


def hidden_pending_ids() -> set[int]:
    """Documents hidden or deleted in a committed transaction but still in the index."""
    with connection.cursor() as cursor:
        cursor.execute(HIDDEN_PENDING_SQL, [MAX_HIDDEN_PENDING])
        return {row[0] for row in cursor.fetchall()}


def sync_documents(ids: Iterable[int]) -> None:
    """Re-index these documents now (for code that changed them with ``QuerySet.update``).

    >>> sync_documents([])  # e.g. after Document.objects.filter(...).update(status=...)
    """
    wanted = list(ids)
    if wanted:
        with transaction.atomic():
            index_documents(wanted)
            PendingDocument.objects.filter(document_id__in=wanted).delete()
