"""The index follows the database: new, edited, hidden and deleted documents."""

import pytest
from django.db import connection

from thuvien.library.models import Document, DocumentKeyword, DocumentText, Keyword
from thuvien.search import search, sync_documents, sync_pending
from thuvien.search.models import PendingDocument, SearchEntry

from .conftest import ids

pytestmark = pytest.mark.engine_contract


def test_new_document_is_searchable_after_commit(add_document):
    document = add_document("Cẩm nang phòng cháy chữa cháy")
    assert ids(search("phong chay")) == [document.pk]
    assert not PendingDocument.objects.exists()


def test_many_saves_in_one_transaction_index_once_and_all(
    add_document, django_capture_on_commit_callbacks, monkeypatch
):
    from thuvien.search import _indexing

    monkeypatch.setattr(_indexing, "SYNC_BATCH", 1)  # fewer than the transaction marks
    documents = [add_document(f"Tài liệu số {n}") for n in range(3)]
    with django_capture_on_commit_callbacks(execute=True) as hooks:
        for n, document in enumerate(documents):
            document.title = f"Sổ tay sơ cứu tập {n}"
            document.save()
            DocumentText.objects.filter(document=document).update(pages=["Băng bó vết thương"])
            DocumentText.objects.get(document=document).save()
    assert len(hooks) == 1
    assert sorted(ids(search("so cuu"))) == sorted(d.pk for d in documents)
    assert not PendingDocument.objects.exists()


def test_edited_title_is_found_by_new_words_only(add_document, django_capture_on_commit_callbacks):
    document = add_document("Cẩm nang phòng cháy")
    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Sổ tay sơ cứu"
        document.save()
    assert ids(search("so cuu")) == [document.pk]
    assert ids(search("phong chay")) == []


def test_text_and_keyword_changes_are_indexed(add_document, django_capture_on_commit_callbacks):
    document = add_document("Tài liệu")
    with django_capture_on_commit_callbacks(execute=True):
        DocumentText.objects.filter(document=document).delete()
        DocumentText.objects.create(document=document, pages=["Hướng dẫn trồng cà phê"])
        keyword = Keyword.objects.create(phrase="Tây Nguyên", key="tay nguyen", slug="tay-nguyen")
        DocumentKeyword.objects.create(document=document, keyword=keyword)
    assert ids(search("ca phe")) == [document.pk]
    assert ids(search("tay nguyen")) == [document.pk]


def test_hidden_document_disappears_at_commit_before_reindexing(
    add_document, django_capture_on_commit_callbacks
):
    document = add_document("Bản đồ hành chính")
    # Commit without running the after-commit re-indexing: the outbox alone must hide it.
    document.status = Document.Status.HIDDEN
    document.save()
    assert SearchEntry.objects.filter(document_id=document.pk).exists()
    assert ids(search("ban do")) == []
    sync_pending()
    assert not SearchEntry.objects.filter(document_id=document.pk).exists()


def test_document_hidden_behind_the_index_is_never_shown(add_document):
    shown = add_document("Bản đồ hành chính tỉnh")
    document = add_document("Bản đồ hành chính")
    # An update that sends no signal: the index and its outbox still hold the document.
    Document.objects.filter(pk=document.pk).update(status=Document.Status.HIDDEN)
    assert ids(search("ban do hanh chinh")) == [shown.pk]


def test_republished_document_comes_back(add_document, django_capture_on_commit_callbacks):
    document = add_document("Bản đồ hành chính", status=Document.Status.HIDDEN)
    assert ids(search("ban do")) == []
    with django_capture_on_commit_callbacks(execute=True):
        document.status = Document.Status.PUBLISHED
        document.save()
    assert ids(search("ban do")) == [document.pk]


def test_deleted_document_disappears(add_document, django_capture_on_commit_callbacks):
    document = add_document("Bản đồ hành chính")
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert ids(search("ban do")) == []
    assert not SearchEntry.objects.exists()


def test_queryset_update_is_caught_by_sync_documents(add_document):
    document = add_document("Bản đồ hành chính")
    Document.objects.filter(pk=document.pk).update(title="Atlat địa lý")
    sync_documents([document.pk])
    assert ids(search("atlat")) == [document.pk]
    assert ids(search("ban do")) == []


def test_index_writes_happen_in_the_documents_transaction(add_document):
    # A rolled-back change leaves no trace in the outbox or the index.
    from django.db import transaction

    document = add_document("Bản đồ hành chính")
    with pytest.raises(RuntimeError), transaction.atomic():
        document.title = "Atlat"
        document.save()
        assert PendingDocument.objects.filter(document_id=document.pk).exists()
        raise RuntimeError
    assert not PendingDocument.objects.exists()
    assert ids(search("ban do")) == [document.pk]
    assert connection.in_atomic_block  # the test's own transaction is still open


def test_keywords_added_or_cleared_through_the_relation(
    add_document, django_capture_on_commit_callbacks
):
    document = add_document("Tài liệu")
    keyword = Keyword.objects.create(phrase="Cà phê", key="ca phe", slug="ca-phe")
    with django_capture_on_commit_callbacks(execute=True):
        document.keywords.add(keyword, through_defaults={"position": 0})
    assert ids(search("ca phe")) == [document.pk]
    with django_capture_on_commit_callbacks(execute=True):
        keyword.documents.clear()
    assert ids(search("ca phe")) == []


def test_edited_keyword_phrase_reindexes_its_documents(
    add_document, django_capture_on_commit_callbacks
):
    document = add_document("Tài liệu", keywords=("Cà phê",))
    keyword = Keyword.objects.get(phrase="Cà phê")
    with django_capture_on_commit_callbacks(execute=True):
        keyword.phrase = "Hồ tiêu"
        keyword.save()
    assert ids(search("ho tieu")) == [document.pk]
    assert ids(search("ca phe")) == []
