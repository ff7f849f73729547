"""The library's data: categories, documents, their text, keywords, views and saved documents,
and the near-duplicate signatures that link a document to others holding the same text."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from thuvien.text.slugs import slugify


class Category(models.Model):
    name = models.CharField(_("tên"), max_length=200)
    slug = models.SlugField(_("đường dẫn"), max_length=200, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("danh mục cha"),
        null=True,
        blank=True,
        related_name="children",
        on_delete=models.PROTECT,
    )
    position = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("danh mục")
        verbose_name_plural = _("danh mục")
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="category_unique_name_in_parent"
            ),
        ]

    def __str__(self) -> str:
        return " / ".join(c.name for c in self.ancestors_and_self())

    def get_absolute_url(self) -> str:
        return reverse("library:category", kwargs={"slug": self.slug})

    def ancestors_and_self(self) -> list[Category]:
        chain: list[Category] = []
        node: Category | None = self
        while node is not None and len(chain) < 20:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    def descendant_ids(self) -> list[int]:
        """This category's id and the ids of every category below it."""
        ids = [self.pk]
        frontier = [self.pk]
        while frontier:
            frontier = list(
                Category.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
            )
            ids.extend(frontier)
        return ids

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = self._free_slug()
        super().save(*args, **kwargs)

    def _free_slug(self) -> str:
        base = slugify(self.name)
        if self.parent is not None and Category.objects.filter(slug=base).exists():
            base = slugify(f"{self.parent.name} {self.name}")
        slug, n = base, 2
        while Category.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug


class Keyword(models.Model):
    phrase = models.CharField(_("cụm từ"), max_length=200)
    key = models.CharField(_("khoá so sánh"), max_length=200, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=200, unique=True)

    class Meta:
        verbose_name = _("từ khoá")
        verbose_name_plural = _("từ khoá")
        ordering = ["phrase"]

    def __str__(self) -> str:
        return self.phrase

    def get_absolute_url(self) -> str:
        return reverse("library:keyword", kwargs={"slug": self.slug})


class DocumentQuerySet(models.QuerySet):
    def public(self) -> DocumentQuerySet:
        return self.filter(status=Document.Status.PUBLISHED)

    def for_listing(self) -> DocumentQuerySet:
        """What list pages need, without the large text and file fields."""
        return self.select_related("category").only(
            "id",
            "title",
            "slug",
            "category__name",
            "category__slug",
            "page_count",
            "file_type",
            "view_count",
            "download_count",
            "created_at",
            "has_thumbnail",
            "sha256",
            "status",
        )


class Document(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", _("đã đăng")
        HIDDEN = "hidden", _("đã ẩn")
        REVIEW = "review", _("chờ duyệt")

    title = models.CharField(_("tiêu đề"), max_length=300)
    slug = models.SlugField(_("đường dẫn"), max_length=100)
    category = models.ForeignKey(
        Category, verbose_name=_("danh mục"), related_name="documents", on_delete=models.PROTECT
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=Status.choices, default=Status.PUBLISHED
    )
    author = models.CharField(_("tác giả"), max_length=200, blank=True)
    description = models.TextField(_("mô tả"), blank=True)
    keywords = models.ManyToManyField(
        Keyword, verbose_name=_("từ khoá"), through="DocumentKeyword", related_name="documents"
    )

    file_name = models.CharField(_("tên tệp gốc"), max_length=255)
    file_type = models.CharField(_("loại file"), max_length=10)
    mime_type = models.CharField(_("kiểu MIME"), max_length=100)
    size_bytes = models.PositiveBigIntegerField(_("dung lượng (byte)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    page_count = models.PositiveIntegerField(_("số trang"))
    language = models.CharField(_("ngôn ngữ"), max_length=10, default="vi")
    preview_count = models.PositiveSmallIntegerField(_("số trang xem trước"), default=0)
    has_thumbnail = models.BooleanField(_("có ảnh bìa"), default=False)
    warnings = models.JSONField(_("cảnh báo khi xử lý"), default=list, blank=True)

    view_count = models.PositiveIntegerField(_("lượt xem"), default=0)
    download_count = models.PositiveIntegerField(_("lượt tải"), default=0)
    created_at = models.DateTimeField(_("ngày đăng"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("tài liệu")
        verbose_name_plural = _("tài liệu")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="doc_status_newest"),
            models.Index(fields=["status", "-view_count"], name="doc_status_views"),
            models.Index(fields=["status", "-download_count"], name="doc_status_downloads"),
            models.Index(fields=["category", "status", "-created_at"], name="doc_category_newest"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("library:document", kwargs={"pk": self.pk, "slug": self.slug})

    def save(self, *args, **kwargs) -> None:
        self.slug = slugify(self.title, max_length=90)
        super().save(*args, **kwargs)

    # Where the files of a document live in storage: content-addressed by the SHA-256.
    @property
    def original_key(self) -> str:
        return original_key(self.sha256, self.file_type)

    def preview_key(self, number: int) -> str:
        return f"{preview_folder(self.sha256)}/{number}.webp"

    @property
    def thumbnail_key(self) -> str:
        return f"{preview_folder(self.sha256)}/cover.webp"


def original_key(sha256: str, file_type: str) -> str:
    return f"originals/{sha256[:2]}/{sha256}.{file_type}"


def preview_folder(sha256: str) -> str:
    return f"previews/{sha256[:2]}/{sha256}"


class DocumentText(models.Model):
    """The extracted text, kept apart so list pages never load it."""

    document = models.OneToOneField(
        Document, primary_key=True, related_name="content", on_delete=models.CASCADE
    )
    pages = models.JSONField(_("văn bản từng trang"), default=list)

    class Meta:
        verbose_name = _("nội dung trích xuất")
        verbose_name_plural = _("nội dung trích xuất")

    @property
    def text(self) -> str:
        return "\n\n".join(p for p in self.pages if p)


class DocumentKeyword(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE)
    keyword = models.ForeignKey(Keyword, on_delete=models.CASCADE)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "keyword"], name="document_keyword_once"),
        ]


class DailyView(models.Model):
    """One row per visitor, document and day: a view counts once a day."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE)
    visitor = models.CharField(max_length=64)
    day = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "visitor", "day"], name="daily_view_once"),
        ]
        indexes = [models.Index(fields=["day"], name="daily_view_day")]


class LibraryItem(models.Model):
    """A document saved to a user's "Thư viện của tui"."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="library_items", on_delete=models.CASCADE
    )
    document = models.ForeignKey(Document, related_name="saved_by", on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tài liệu đã lưu")
        verbose_name_plural = _("tài liệu đã lưu")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "document"], name="library_item_once"),
        ]


class PhraseFrequency(models.Model):
    """In how many documents a candidate keyphrase occurs: the library's own statistics."""

    key = models.CharField(max_length=200, unique=True)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["-documents"], name="phrase_frequency_documents")]


class TextSignature(models.Model):
    """The document's MinHash signature (thuvien.text.similarity), packed as 32-bit integers."""

    document = models.OneToOneField(
        Document, primary_key=True, related_name="signature", on_delete=models.CASCADE
    )
    values = models.BinaryField()


class SignatureBand(models.Model):
    """One LSH band key of a document's signature: documents sharing a key are compared."""

    document = models.ForeignKey(Document, related_name="+", on_delete=models.CASCADE)
    key = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["key", "document"], name="signature_band_key")]


class NearDuplicate(models.Model):
    """A document whose text is nearly that of an older one: shown to moderators."""

    document = models.ForeignKey(
        Document,
        verbose_name=_("tài liệu"),
        related_name="near_duplicates",
        on_delete=models.CASCADE,
    )
    original = models.ForeignKey(
        Document,
        verbose_name=_("tài liệu gần giống"),
        related_name="near_duplicate_copies",
        on_delete=models.CASCADE,
    )
    similarity = models.FloatField(_("độ giống"))
    resolved = models.BooleanField(_("đã xử lý"), default=False)
    created_at = models.DateTimeField(_("ngày phát hiện"), auto_now_add=True)

    class Meta:
        verbose_name = _("tài liệu gần trùng")
        verbose_name_plural = _("tài liệu gần trùng")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["document", "original"], name="near_duplicate_once"),
        ]
        indexes = [models.Index(fields=["resolved", "-created_at"], name="near_duplicate_open")]


class MergedDocument(models.Model):
    """The address of a document merged into another: its old page redirects to the original."""

    old_id = models.BigIntegerField(_("mã tài liệu cũ"), primary_key=True)
    document = models.ForeignKey(
        Document,
        verbose_name=_("tài liệu gốc"),
        related_name="merged_ids",
        on_delete=models.CASCADE,
    )

    class Meta:
        verbose_name = _("tài liệu đã gộp")
        verbose_name_plural = _("tài liệu đã gộp")
