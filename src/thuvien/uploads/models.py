"""An upload and where it stands; a visitor's report about a document."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from thuvien.library.models import Category, Document


class Upload(models.Model):
    """One file a user sent, from the moment it is received until it is in the library.

    The original waits in storage under ``pending_key`` until a job has stored it as a
    document; a job holds the upload with a lease (``lease_owner`` until ``lease_expires``)
    that it renews while it works, so an upload whose worker died is taken over by another.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("chờ xử lý")
        PROCESSING = "processing", _("đang xử lý")
        PUBLISHED = "published", _("đã đăng")
        REVIEW = "review", _("chờ duyệt")
        FAILED = "failed", _("lỗi")
        REJECTED = "rejected", _("bị từ chối")
        DUPLICATE = "duplicate", _("trùng tài liệu đã có")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        related_name="uploads",
        on_delete=models.CASCADE,
    )
    file_name = models.CharField(_("tên tệp"), max_length=255)
    file_type = models.CharField(_("loại file"), max_length=20)
    size_bytes = models.PositiveBigIntegerField(_("dung lượng (byte)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    pending_key = models.CharField(_("tệp gốc đang chờ"), max_length=300, blank=True)

    # What the uploader asked for; empty fields are derived from the file.
    title = models.CharField(_("tiêu đề"), max_length=300, blank=True)
    category = models.ForeignKey(
        Category,
        verbose_name=_("danh mục"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.SET_NULL,
    )
    description = models.TextField(_("mô tả"), blank=True)

    state = models.CharField(
        _("trạng thái"), max_length=20, choices=State.choices, default=State.QUEUED
    )
    reason = models.TextField(_("lý do"), blank=True)
    document = models.ForeignKey(
        Document,
        verbose_name=_("tài liệu"),
        null=True,
        blank=True,
        related_name="uploads",
        on_delete=models.SET_NULL,
    )
    duplicate_of = models.ForeignKey(
        Document,
        verbose_name=_("trùng hoặc gần trùng với"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.SET_NULL,
    )

    attempts = models.PositiveSmallIntegerField(_("số lần xử lý"), default=0)
    lease_owner = models.CharField(max_length=120, blank=True)
    lease_expires = models.DateTimeField(null=True, blank=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(_("ngày tải lên"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)

    class Meta:
        verbose_name = _("tệp tải lên")
        verbose_name_plural = _("tệp tải lên")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="upload_user_newest"),
            models.Index(fields=["state", "lease_expires"], name="upload_state_lease"),
        ]

    def __str__(self) -> str:
        return self.display_title

    @property
    def display_title(self) -> str:
        if self.document_id is not None and self.document is not None:
            return self.document.title
        return self.title or self.file_name

    @property
    def is_active(self) -> bool:
        return self.state in {self.State.QUEUED, self.State.PROCESSING}


class Report(models.Model):
    """A visitor's report that something is wrong with a document."""

    class Kind(models.TextChoices):
        COPYRIGHT = "copyright", _("Vi phạm bản quyền")
        INAPPROPRIATE = "inappropriate", _("Nội dung không phù hợp")
        WRONG = "wrong", _("Sai tiêu đề, danh mục hoặc mô tả")
        DUPLICATE = "duplicate", _("Trùng với tài liệu khác")
        BROKEN = "broken", _("Tệp hỏng hoặc không tải được")
        OTHER = "other", _("Lý do khác")

    document = models.ForeignKey(
        Document, verbose_name=_("tài liệu"), related_name="reports", on_delete=models.CASCADE
    )
    kind = models.CharField(_("lý do"), max_length=20, choices=Kind.choices)
    message = models.TextField(_("mô tả thêm"), blank=True, max_length=2000)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người báo cáo"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.SET_NULL,
    )
    resolved = models.BooleanField(_("đã xử lý"), default=False)
    created_at = models.DateTimeField(_("ngày báo cáo"), auto_now_add=True)

    class Meta:
        verbose_name = _("báo cáo vi phạm")
        verbose_name_plural = _("báo cáo vi phạm")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["resolved", "-created_at"], name="report_open")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.document_id}"
