"""Document frequencies of keyphrase candidates, kept up to date as documents arrive.

Keywords are scored against these (TF-IDF over the library's own documents). Extraction runs in
worker processes without a database, so each import hands its workers a snapshot taken when it
starts; every stored document then adds its candidates, and the next import sees them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.db import connection

from .models import Document, PhraseFrequency
from .phrase_snapshot import PhraseSnapshot

# Phrases seen in a single document tell the scorer nothing a missing entry does not; the cap
# keeps the snapshot a worker receives small in a very large library.
SNAPSHOT_MIN_DOCUMENTS = 2
SNAPSHOT_MAX_PHRASES = 300_000


def snapshot() -> PhraseSnapshot:
    """The statistics as they stand, to hand to extraction workers."""
    rows = (
        PhraseFrequency.objects.filter(documents__gte=SNAPSHOT_MIN_DOCUMENTS)
        .order_by("-documents")
        .values_list("key", "documents")[:SNAPSHOT_MAX_PHRASES]
    )
    return PhraseSnapshot(Document.objects.count(), dict(rows))


def count_phrases(*documents: Iterable[str]) -> None:
    """Add the candidate keys of each document to the frequencies (inside their transaction).

    A key counts once per document; keys shared by several documents are summed first, so a
    batch costs one statement per distinct key.
    """
    counts = Counter(key[:200] for keys in documents for key in set(keys) if key)
    if not counts:
        return
    quote = connection.ops.quote_name
    table, key, documents_column = (
        quote(PhraseFrequency._meta.db_table),
        quote("key"),
        quote("documents"),
    )
    # No read-modify-write: the same statement in SQLite and PostgreSQL.
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({key}, {documents_column}) VALUES (%s, %s) "
            f"ON CONFLICT ({key}) DO UPDATE "
            f"SET {documents_column} = {table}.{documents_column} + %s",
            [(k, n, n) for k, n in counts.items()],
        )
