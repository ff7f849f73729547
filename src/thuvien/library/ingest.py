"""Persist one Extraction as a published document: files first, then rows, all or nothing.

Files are content-addressed by SHA-256, so the same bytes twice are one document. If anything
fails between storing the files and committing the rows, the files are removed again; a crash
that leaves files behind is repaired by `sweep_orphans`, which the importer runs under its lock.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db import transaction

from thuvien.extract import Extraction
from thuvien.text.keyphrases import phrase_key
from thuvien.text.normalize import normalize
from thuvien.text.similarity import signature as text_signature
from thuvien.text.slugs import slugify

from .models import (
    Category,
    Document,
    DocumentKeyword,
    DocumentText,
    Keyword,
    original_key,
    preview_folder,
)
from .near_duplicates import record as record_signatures
from .phrase_stats import count_phrases

log = logging.getLogger(__name__)

DEFAULT_CATEGORY = "Khác"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def category_for_path(parts: Sequence[str]) -> Category:
    """The category at this path of names ("Cha", "Con"), created where missing."""
    names = [normalize(p).strip() for p in parts if p and p.strip()] or [DEFAULT_CATEGORY]
    parent: Category | None = None
    for name in names:
        found = Category.objects.filter(parent=parent, name=name).first()
        parent = found or Category.objects.create(parent=parent, name=name[:200])
    assert parent is not None
    return parent


@dataclass(frozen=True)
class Incoming:
    """One extracted file on its way into the library."""

    extraction: Extraction
    source: Path
    category: Category
    # The near-duplicate signature, computed where the text was extracted (None: computed here).
    signature: tuple[int, ...] | None = None
    status: str = Document.Status.PUBLISHED


def store_document(extraction: Extraction, source: Path, category: Category) -> Document:
    """Store the original and previews, then create the document's rows in one transaction."""
    return store_documents([Incoming(extraction, source, category)])[0]


def store_documents(batch: Sequence[Incoming]) -> list[Document]:
    """Store several documents at once: all their files, then all their rows in one transaction.

    One commit (and one pass of the search index, one update of the phrase statistics) for the
    batch instead of one per document. All or nothing, as for a single document: on any failure
    every file of the batch is removed again and no row stays.
    """
    keys: dict[str, list[str]] = {}  # the stored files of each document, by its SHA-256
    try:
        for item in batch:
            keys[item.extraction.sha256] = _store_files(item.extraction, item.source)
        with transaction.atomic():
            documents = _create_rows(batch)
            count_phrases(*(item.extraction.phrase_keys for item in batch))
            record_signatures(
                [
                    (document, _signature_of(item))
                    for document, item in zip(documents, batch, strict=True)
                ]
            )
    except BaseException:
        # Ctrl-C or a failed insert: take the files back so no file lives without its row.
        # Ctrl-C may also land after the commit, in the hooks that run then (search indexing):
        # those documents are stored, and their files stay.
        stored = set(Document.objects.filter(sha256__in=keys).values_list("sha256", flat=True))
        for sha, files in keys.items():
            if sha not in stored:
                for key in files:
                    default_storage.delete(key)
        raise
    return documents


def _signature_of(item: Incoming) -> tuple[int, ...]:
    if item.signature is not None:
        return item.signature
    return text_signature(item.extraction.pages)


def _create_rows(batch: Sequence[Incoming]) -> list[Document]:
    """The rows of a batch of documents: each document (saved one by one, so its slug is set
    and the search index hears of it), then the texts and keyword links of all of them, in a
    few queries for the whole batch."""
    documents = []
    for item in batch:
        extraction = item.extraction
        document = Document(
            title=extraction.title[:300],
            category=item.category,
            status=item.status,
            author=(extraction.author or "")[:200],
            description=extraction.description,
            file_name=extraction.file_name[:255],
            file_type=extraction.file_type,
            mime_type=extraction.mime_type,
            size_bytes=extraction.size_bytes,
            sha256=extraction.sha256,
            page_count=extraction.page_count,
            language=extraction.language,
            preview_count=len(extraction.previews),
            has_thumbnail=extraction.thumbnail is not None,
            warnings=list(extraction.warnings),
        )
        document.save(force_insert=True)
        documents.append(document)
    DocumentText.objects.bulk_create(
        DocumentText(document=document, pages=list(item.extraction.pages))
        for document, item in zip(documents, batch, strict=True)
    )
    _link_keywords(
        [(d, item.extraction.keywords) for d, item in zip(documents, batch, strict=True)],
        replace=False,
    )
    return documents


def attach_keywords(document: Document, phrases: Sequence[str]) -> None:
    """Link the document to its keyword phrases (in place of its links so far), creating the
    missing ones (a few queries)."""
    _link_keywords([(document, phrases)], replace=True)


def _link_keywords(links: Sequence[tuple[Document, Sequence[str]]], *, replace: bool) -> None:
    """Link each document to its phrases in order, creating the missing keywords: a few
    queries for all of them. ``replace``: drop the documents' links so far first (new
    documents have none)."""
    wanted: list[dict[str, str]] = []  # per document: key -> phrase, in order
    phrases: dict[str, str] = {}  # every key wanted -> its first phrase
    for _, document_phrases in links:
        keys: dict[str, str] = {}
        for phrase in document_phrases:
            phrase = normalize(phrase).strip()
            key = phrase_key(phrase)[:200]
            if key and key not in keys:
                keys[key] = phrase[:200]
                phrases.setdefault(key, phrase[:200])
        wanted.append(keys)
    if replace:
        DocumentKeyword.objects.filter(document__in=[d for d, _ in links]).delete()
    if not phrases:
        return
    known = dict(Keyword.objects.filter(key__in=phrases).values_list("key", "pk"))
    missing = [key for key in phrases if key not in known]
    if missing:
        taken = set(
            Keyword.objects.filter(slug__in=[slugify(phrases[k]) for k in missing]).values_list(
                "slug", flat=True
            )
        )
        fresh = []
        for key in missing:
            slug = _free_slug(slugify(phrases[key]), taken)
            taken.add(slug)
            fresh.append(Keyword(phrase=phrases[key], key=key, slug=slug))
        Keyword.objects.bulk_create(fresh, ignore_conflicts=True)
        known.update(Keyword.objects.filter(key__in=missing).values_list("key", "pk"))
    DocumentKeyword.objects.bulk_create(
        DocumentKeyword(document=document, keyword_id=known[key], position=position)
        for (document, _), keys in zip(links, wanted, strict=True)
        for position, key in enumerate(keys)
        if key in known
    )


def _free_slug(base: str, taken: set[str]) -> str:
    """``base`` if free, else the first free ``base-N``. ``taken`` holds every stored slug
    among the bases asked for (one query for all of them), so only a clash costs a query."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken or Keyword.objects.filter(slug=f"{base}-{n}").exists():
        n += 1
    return f"{base}-{n}"


def _store_files(extraction: Extraction, source: Path) -> list[str]:
    keys: list[str] = []
    try:
        key = original_key(extraction.sha256, extraction.file_type)
        with open(source, "rb") as f:
            keys.append(_put(key, File(f)))
        folder = preview_folder(extraction.sha256)
        for number, image in enumerate(extraction.previews, start=1):
            keys.append(_put(f"{folder}/{number}.webp", ContentFile(image)))
        if extraction.thumbnail is not None:
            keys.append(_put(f"{folder}/cover.webp", ContentFile(extraction.thumbnail)))
    except BaseException:
        for key in keys:
            default_storage.delete(key)
        raise
    return keys


def _put(key: str, content: File) -> str:
    # Content-addressed: a file already at this key is a leftover of an interrupted run.
    if default_storage.exists(key):
        default_storage.delete(key)
    saved = default_storage.save(key, content)
    if saved != key:
        default_storage.delete(saved)
        raise OSError(f"storage saved {key!r} as {saved!r}")
    return key


def sweep_orphans() -> list[str]:
    """Remove stored files whose document row does not exist (left by a crash)."""
    removed: list[str] = []
    known = set(Document.objects.values_list("sha256", flat=True))
    for top in ("originals", "previews"):
        if not default_storage.exists(top):
            continue
        for shard in default_storage.listdir(top)[0]:
            folders, files = default_storage.listdir(f"{top}/{shard}")
            for name in files:
                if name.split(".", 1)[0] not in known:
                    default_storage.delete(f"{top}/{shard}/{name}")
                    removed.append(f"{top}/{shard}/{name}")
            for sha in folders:
                if sha not in known:
                    for name in default_storage.listdir(f"{top}/{shard}/{sha}")[1]:
                        default_storage.delete(f"{top}/{shard}/{sha}/{name}")
                    removed.append(f"{top}/{shard}/{sha}/")
    if removed:
        log.warning("removed %d stored files that had no document", len(removed))
    return removed
