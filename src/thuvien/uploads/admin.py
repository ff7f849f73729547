from django.contrib import admin

from .models import Report, Upload


@admin.register(Upload)
class UploadAdmin(admin.ModelAdmin):
    list_display = ["__str__", "user", "state", "file_type", "attempts", "created_at"]
    list_filter = ["state", "file_type", "created_at"]
    search_fields = ["file_name", "title", "sha256", "user__username"]
    raw_id_fields = ["user", "document", "duplicate_of", "category"]
    readonly_fields = [
        "sha256",
        "size_bytes",
        "file_type",
        "pending_key",
        "attempts",
        "lease_owner",
        "lease_expires",
        "enqueued_at",
        "created_at",
        "updated_at",
    ]


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["document", "kind", "reporter", "resolved", "created_at"]
    list_filter = ["resolved", "kind", "created_at"]
    search_fields = ["document__title", "message"]
    raw_id_fields = ["document", "reporter"]
