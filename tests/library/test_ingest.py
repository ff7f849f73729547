"""Storing a document: files and rows all or nothing, one document per content."""

from __future__ import annotations

import pytest
from django.core.files.storage import default_storage

from thuvien.extract import extract
from thuvien.library import ingest
from thuvien.library.ingest import (
    Incoming,
    category_for_path,
    store_document,
    store_documents,
    sweep_orphans,
)
from thuvien.library.models import Category, Document, DocumentText


def stored_files() -> list[str]:
    found = []
    for top in ("originals", "previews"):
        if default_storage.exists(top):
            for shard in default_storage.listdir(top)[0]:
                folders, files = default_storage.listdir(f"{top}/{shard}")
                found += [f"{top}/{shard}/{f}" for f in files]
                for sha in folders:
                    found += [
                        f"{top}/{shard}/{sha}/{f}"
                        for f in default_storage.listdir(f"{top}/{shard}/{sha}")[1]
                    ]
    return found


def test_category_path_creates_the_tree_once(db):
    child = category_for_path(["Giáo dục", "Đề thi"])
    again = category_for_path(["Giáo dục", "Đề thi"])
    assert child.pk == again.pk
    assert child.parent.name == "Giáo dục"
    assert [c.name for c in child.ancestors_and_self()] == ["Giáo dục", "Đề thi"]
    assert child.slug == "de-thi"


def test_category_slugs_stay_unique_across_parents(db):
    first = category_for_path(["Giáo dục", "Tài liệu tham khảo"])
    second = category_for_path(["Kinh tế", "Tài liệu tham khảo"])
    assert first.slug != second.slug
    assert second.slug == "kinh-te-tai-lieu-tham-khao"


def test_files_without_folder_go_to_the_default_category(db):
    assert category_for_path([]).name == ingest.DEFAULT_CATEGORY


def test_store_document_keeps_original_previews_and_text(import_pdf):
    document = import_pdf()
    assert Document.objects.count() == 1
    assert default_storage.exists(document.original_key)
    assert document.preview_count == 2
    for n in (1, 2):
        assert default_storage.exists(document.preview_key(n))
    assert default_storage.exists(document.thumbnail_key)
    assert "Huyện uỷ viên" in document.content.text
    assert document.keywords.exists()


def test_failed_insert_leaves_no_files_and_no_rows(db, sample_pdf, monkeypatch):
    path = sample_pdf()
    extraction = extract(path)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(DocumentText.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        store_document(extraction, path, category_for_path(["Thử"]))
    assert Document.objects.count() == 0
    assert stored_files() == []


def test_a_batch_is_stored_whole_or_not_at_all(db, sample_pdf, monkeypatch):
    paths = [sample_pdf(f"lo-{n}.pdf", title=f"Tài liệu số {n}") for n in range(3)]
    category = category_for_path(["Thử"])
    batch = [Incoming(extract(p), p, category) for p in paths]
    real_save = Document.save
    made = []

    def third_fails(self, *args, **kwargs):
        made.append(self)
        if len(made) == 3:
            raise RuntimeError("disk full")
        return real_save(self, *args, **kwargs)

    # The third document's row fails, after the rows of the first two are in.
    monkeypatch.setattr(Document, "save", third_fails)
    with pytest.raises(RuntimeError):
        store_documents(batch)
    assert Document.objects.count() == 0
    assert stored_files() == []
    monkeypatch.undo()
    documents = store_documents(batch)
    assert [d.title for d in documents] == [b.extraction.title for b in batch]
    assert Document.objects.count() == 3
    assert len(stored_files()) == 3 * 4  # original, 2 previews and the cover of each


def test_interrupt_while_storing_leaves_nothing_half_made(db, sample_pdf, monkeypatch):
    path = sample_pdf()
    extraction = extract(path)
    real_put = ingest._put
    calls = []

    def put_then_interrupt(key, content):
        calls.append(key)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_put(key, content)

    monkeypatch.setattr(ingest, "_put", put_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        store_document(extraction, path, category_for_path(["Thử"]))
    assert Document.objects.count() == 0
    assert stored_files() == []


def test_sweep_removes_files_left_by_a_crash_and_keeps_the_rest(import_pdf, sample_pdf):
    kept = import_pdf()
    orphan = extract(sample_pdf("mo-coi.pdf"))
    ingest._store_files(orphan, sample_pdf("mo-coi.pdf"))  # as if killed before the rows
    assert len(stored_files()) > 4
    removed = sweep_orphans()
    assert removed
    remaining = stored_files()
    assert remaining and all(kept.sha256 in key for key in remaining)


def test_keywords_are_shared_between_documents(import_pdf):
    first = import_pdf("a.pdf")
    second = import_pdf("b.pdf")
    shared = set(first.keywords.values_list("pk", flat=True)) & set(
        second.keywords.values_list("pk", flat=True)
    )
    assert shared


def test_category_cannot_be_deleted_while_it_holds_documents(import_pdf):
    from django.db.models import ProtectedError

    document = import_pdf()
    with pytest.raises(ProtectedError):
        Category.objects.filter(pk=document.category_id).delete()


def test_a_keyword_whose_slug_is_taken_gets_the_next_free_one(import_pdf):
    from thuvien.library.ingest import attach_keywords
    from thuvien.library.models import Keyword

    document = import_pdf()
    Keyword.objects.create(phrase="khác", key="mot khoa khac", slug="thu-vien-so")
    Keyword.objects.create(phrase="khác nữa", key="khoa thu hai", slug="thu-vien-so-2")
    attach_keywords(document, ["thư viện số", "mã nguồn mở"])
    slugs = dict(document.keywords.values_list("phrase", "slug"))
    assert slugs["thư viện số"] == "thu-vien-so-3"
    assert slugs["mã nguồn mở"] == "ma-nguon-mo"


def test_a_batch_shares_keywords_and_keeps_each_documents_order(db, sample_pdf):
    from dataclasses import replace

    from thuvien.library.models import Keyword

    paths = [sample_pdf(f"tu-khoa-{n}.pdf", title=f"Tài liệu số {n}") for n in range(2)]
    category = category_for_path(["Thử"])
    phrases = (["thư viện số", "mã nguồn mở"], ["Mã nguồn mở", "giáo dục", "thư viện  số"])
    batch = [
        Incoming(replace(extract(p), keywords=k), p, category)
        for p, k in zip(paths, phrases, strict=True)
    ]
    first, second = store_documents(batch)
    assert Keyword.objects.count() == 3
    assert [k.phrase for k in first.keywords.order_by("documentkeyword__position")] == [
        "thư viện số",
        "mã nguồn mở",
    ]
    assert [k.key for k in second.keywords.order_by("documentkeyword__position")] == [
        "ma nguon mo",
        "giao duc",
        "thu vien so",
    ]
