"""Near-duplicates in the library: store each document's signature, find and flag look-alikes.

Candidates come from the indexed band keys (SignatureBand), never from a scan of every
document; only the candidates' signatures are read and compared.
"""

from __future__ import annotations

import struct
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from django.db import transaction

from thuvien.text import similarity

from .models import Document, DocumentText, NearDuplicate, SignatureBand, TextSignature

# Flags kept per new document: its closest older look-alikes.
MAX_FLAGS = 3


def pack(signature: Sequence[int]) -> bytes:
    return struct.pack(f"<{len(signature)}I", *signature)


def unpack(data: bytes | memoryview) -> tuple[int, ...]:
    data = bytes(data)
    return struct.unpack(f"<{len(data) // 4}I", data)


def similar_documents(
    signature: Sequence[int], *, exclude: Iterable[int] = (), older_than: int | None = None
) -> list[tuple[int, float]]:
    """(document id, estimated similarity) of documents at or above the threshold, best first."""
    keys = similarity.band_keys(signature)
    if not keys:
        return []
    candidates = SignatureBand.objects.filter(key__in=keys).exclude(document_id__in=list(exclude))
    if older_than is not None:
        candidates = candidates.filter(document_id__lt=older_than)
    ids = set(candidates.values_list("document_id", flat=True))
    return _compare(signature, ids)


def _compare(signature: Sequence[int], ids: set[int]) -> list[tuple[int, float]]:
    if not ids:
        return []
    found = []
    for document_id, values in TextSignature.objects.filter(document_id__in=ids).values_list(
        "document_id", "values"
    ):
        estimate = similarity.estimated_similarity(signature, unpack(values))
        if estimate >= similarity.NEAR_DUPLICATE_THRESHOLD:
            found.append((document_id, estimate))
    found.sort(key=lambda pair: (-pair[1], pair[0]))
    return found


def record(items: Sequence[tuple[Document, Sequence[int]]]) -> list[NearDuplicate]:
    """Store the signatures and band keys of new documents; flag each against older documents.

    A few queries for the whole batch: one insert per table, one lookup of the batch's keys,
    one read of the candidates' signatures.
    """
    items = [(document, tuple(sig)) for document, sig in items if sig]
    if not items:
        return []
    TextSignature.objects.bulk_create(
        TextSignature(document=document, values=pack(sig)) for document, sig in items
    )
    keys_of = {document.pk: similarity.band_keys(sig) for document, sig in items}
    SignatureBand.objects.bulk_create(
        SignatureBand(document_id=pk, key=key) for pk, keys in keys_of.items() for key in keys
    )
    holders: dict[int, set[int]] = defaultdict(set)
    all_keys = [key for keys in keys_of.values() for key in keys]
    for start in range(0, len(all_keys), 900):  # stay under SQLite's limit of bound variables
        for key, document_id in SignatureBand.objects.filter(
            key__in=all_keys[start : start + 900]
        ).values_list("key", "document_id"):
            holders[key].add(document_id)
    flags = []
    for document, sig in items:
        # Only older documents: the newer of two look-alikes is the one flagged.
        ids = {
            other for key in keys_of[document.pk] for other in holders[key] if other < document.pk
        }
        for original_id, estimate in _compare(sig, ids)[:MAX_FLAGS]:
            flags.append(
                NearDuplicate(document=document, original_id=original_id, similarity=estimate)
            )
    NearDuplicate.objects.bulk_create(flags, ignore_conflicts=True)
    return flags


def backfill(batch: int = 200, progress: Callable[[int], None] | None = None) -> int:
    """Sign the documents that have no signature (stored before signatures existed), oldest
    first, flagging look-alikes as new documents are; returns how many were looked at.

    A text too short to compare gets no signature, as at import.
    """
    seen = 0
    last = 0
    while True:
        ids = list(
            Document.objects.filter(pk__gt=last, signature__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return seen
        documents = Document.objects.in_bulk(ids)
        pages = dict(
            DocumentText.objects.filter(document_id__in=ids).values_list("document_id", "pages")
        )
        with transaction.atomic():
            record([(documents[i], similarity.signature(pages.get(i, []))) for i in ids])
        seen += len(ids)
        last = ids[-1]
        if progress:
            progress(len(ids))
