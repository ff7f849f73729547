"""Every change Django makes to a document, its text or its keywords marks it for re-indexing.

``QuerySet.update`` and raw SQL send no signals: code that uses them calls
:func:`thuvien.search.sync_documents`, and ``thuvien reindex --check --repair`` finds the rest.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from thuvien.library.models import Category, Document, DocumentKeyword, DocumentText, Keyword

from ._indexing import index_phrases, mark_changed


def _document_saved(sender, instance: Document, **kwargs) -> None:
    mark_changed([instance.pk], hide=instance.status != Document.Status.PUBLISHED)


def _document_deleted(sender, instance: Document, **kwargs) -> None:
    mark_changed([instance.pk], hide=True)


def _part_changed(sender, instance, **kwargs) -> None:
    mark_changed([instance.document_id])


def _keywords_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "pre_clear"}:
        return
    if not reverse:
        mark_changed([instance.pk])
    elif pk_set:  # keyword.documents.add(...): the documents are in pk_set
        mark_changed(pk_set)
    else:  # keyword.documents.clear(): before the links go
        mark_changed(
            DocumentKeyword.objects.filter(keyword=instance).values_list("document_id", flat=True)
        )


def _keyword_saved(sender, instance: Keyword, created: bool, **kwargs) -> None:
    index_phrases([instance.pk])
    if not created:  # an edited phrase changes every document that carries it
        mark_changed(
            DocumentKeyword.objects.filter(keyword=instance).values_list("document_id", flat=True)
        )


def _keyword_deleted(sender, instance: Keyword, **kwargs) -> None:
    index_phrases([instance.pk])


def _category_saving(sender, instance: Category, **kwargs) -> None:
    instance._search_old_parent = (
        Category.objects.filter(pk=instance.pk).values_list("parent_id", flat=True).first()
        if instance.pk
        else None
    )


def _category_saved(sender, instance: Category, created: bool, **kwargs) -> None:
    # A moved category changes the ancestors of every document below it (their filter tokens).
    if not created and getattr(instance, "_search_old_parent", None) != instance.parent_id:
        mark_changed(
            Document.objects.filter(category_id__in=instance.descendant_ids()).values_list(
                "pk", flat=True
            )
        )


def connect() -> None:
    uid = "thuvien.search"
    post_save.connect(_document_saved, sender=Document, dispatch_uid=f"{uid}.doc.save")
    post_delete.connect(_document_deleted, sender=Document, dispatch_uid=f"{uid}.doc.delete")
    for model in (DocumentText, DocumentKeyword):
        name = model.__name__
        post_save.connect(_part_changed, sender=model, dispatch_uid=f"{uid}.{name}.save")
        post_delete.connect(_part_changed, sender=model, dispatch_uid=f"{uid}.{name}.delete")
    m2m_changed.connect(
        _keywords_changed, sender=Document.keywords.through, dispatch_uid=f"{uid}.m2m"
    )
    post_save.connect(_keyword_saved, sender=Keyword, dispatch_uid=f"{uid}.kw.save")
    post_delete.connect(_keyword_deleted, sender=Keyword, dispatch_uid=f"{uid}.kw.delete")
    pre_save.connect(_category_saving, sender=Category, dispatch_uid=f"{uid}.cat.saving")
    post_save.connect(_category_saved, sender=Category, dispatch_uid=f"{uid}.cat.save")
