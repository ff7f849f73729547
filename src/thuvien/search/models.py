"""What the search index remembers about each document, beside the engine's own tables.

An entry keeps the exact inputs its tokens were made from, so that the engine can take a
document's old tokens out again (SQLite's contentless FTS5 tables need them) and so that a
check can tell a stale entry from a fresh one by its signature.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    # No foreign key: the index must survive, and report, any way a document row disappears.
    document_id = models.BigIntegerField(_("tài liệu"), primary_key=True)
    # The engines hand out candidates in this order: shortest title first, then newest.
    order_key = models.BigIntegerField(unique=True)
    title = models.TextField()
    keywords = models.TextField(blank=True)  # one phrase a line
    description = models.TextField(blank=True)
    text = models.TextField(blank=True)  # the indexed beginning of the extracted text
    # Title, keywords and description as folded words, " a b c " each, one per line: what
    # re-ranking counts in, without tokenising anything per query.
    folded = models.TextField(blank=True)
    category_id = models.BigIntegerField()
    categories = models.CharField(max_length=200, blank=True)  # "own,parent,...", as indexed
    file_type = models.CharField(max_length=20)
    year = models.IntegerField()
    page_count = models.IntegerField()
    signature = models.CharField(max_length=32)
    content_hash = models.CharField(max_length=32, db_index=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "search_entry"
        verbose_name = _("mục chỉ mục tìm kiếm")
        verbose_name_plural = _("mục chỉ mục tìm kiếm")

    def __str__(self) -> str:
        return f"{self.document_id}: {self.title}"

    @property
    def keyword_list(self) -> list[str]:
        return [k for k in self.keywords.split("\n") if k]


class PendingDocument(models.Model):
    """A document changed in a transaction and not yet re-indexed (the outbox).

    Written in the same transaction as the change; the index is brought up to date right after
    the commit, and searches leave pending documents out until then.
    """

    document_id = models.BigIntegerField(primary_key=True)
    # Hidden or deleted: leave it out of results at once, before the index catches up.
    hide = models.BooleanField(default=False)
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "search_pending"


class IndexedPhrase(models.Model):
    """A keyword phrase offered as a suggestion while typing."""

    keyword_id = models.BigIntegerField(primary_key=True)
    order_key = models.BigIntegerField(unique=True)
    phrase = models.CharField(max_length=200)

    class Meta:
        db_table = "search_phrase_entry"


class SearchState(models.Model):
    """Small facts about the index: the tokenizer it was built with, where a rebuild stopped."""

    key = models.CharField(max_length=50, primary_key=True)
    value = models.TextField()

    class Meta:
        db_table = "search_state"


class BitmapTerm(models.Model):
    """A token that has bitmaps (see ``_bitmaps``): they are complete for it."""

    scope = models.CharField(max_length=4)  # "body" or "head", as the engines' two indexes
    term = models.TextField()

    class Meta:
        db_table = "search_bitmap_term"
        constraints = [
            models.UniqueConstraint(fields=["scope", "term"], name="search_bitmap_term_unique")
        ]


class Bitmap(models.Model):
    """One bit per document for a frequent token, for a block of consecutive ids."""

    scope = models.CharField(max_length=4)
    term = models.TextField()
    block = models.IntegerField()  # document id >> _bitmaps.SHIFT
    # Little-endian, bit i is document block * BLOCK + i; zlib-compressed when that is shorter
    # (see _bitcache.encode).
    bits = models.BinaryField()

    class Meta:
        db_table = "search_bitmap"
        constraints = [
            models.UniqueConstraint(fields=["scope", "term", "block"], name="search_bitmap_unique")
        ]


class BitmapBlock(models.Model):
    """The version of a block's bitmaps: processes drop their cached copy when it changes.

    Block -1 stands for the list of tokens that have bitmaps."""

    block = models.IntegerField(primary_key=True)
    version = models.BigIntegerField()

    class Meta:
        db_table = "search_bitmap_block"
