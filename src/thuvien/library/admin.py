from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from .models import Category, Document, DocumentKeyword, Keyword, LibraryItem


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["__str__", "slug", "position", "document_total"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent").annotate(n=Count("documents"))

    @admin.display(description=_("số tài liệu"), ordering="n")
    def document_total(self, obj):
        return obj.n


class DocumentKeywordInline(admin.TabularInline):
    model = DocumentKeyword
    extra = 0
    autocomplete_fields = ["keyword"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "category",
        "status",
        "file_type",
        "page_count",
        "view_count",
        "download_count",
        "created_at",
    ]
    list_filter = [
        "status",
        "file_type",
        "language",
        "created_at",
        ("category", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "description", "author", "file_name", "sha256"]
    list_select_related = ["category"]
    date_hierarchy = "created_at"
    actions = ["publish", "hide"]
    inlines = [DocumentKeywordInline]
    fields = [
        "title",
        "category",
        "status",
        "author",
        "description",
        "file_name",
        "file_type",
        "size_bytes",
        "page_count",
        "language",
        "sha256",
        "view_count",
        "download_count",
        "warnings",
        "created_at",
    ]
    # Everything the file decided (type, size, hash) or visitors counted is shown, not edited.
    readonly_fields = [
        f for f in fields if f not in {"title", "category", "status", "author", "description"}
    ]

    @admin.action(description=_("Đăng các tài liệu đã chọn"))
    def publish(self, request, queryset):
        self._set_status(queryset, Document.Status.PUBLISHED)

    @admin.action(description=_("Ẩn các tài liệu đã chọn"))
    def hide(self, request, queryset):
        self._set_status(queryset, Document.Status.HIDDEN)

    @staticmethod
    def _set_status(queryset, status: str) -> None:
        # save() rather than update(): the search index follows saves, so a hidden document
        # leaves the results at once.
        for document in queryset.select_related(None).only("id", "status", "title"):
            document.status = status
            document.save(update_fields=["status", "slug", "updated_at"])


@admin.register(Keyword)
class KeywordAdmin(admin.ModelAdmin):
    list_display = ["phrase", "slug", "document_total"]
    search_fields = ["phrase", "key", "slug"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n=Count("documents"))

    @admin.display(description=_("số tài liệu"), ordering="n")
    def document_total(self, obj):
        return obj.n


@admin.register(LibraryItem)
class LibraryItemAdmin(admin.ModelAdmin):
    list_display = ["user", "document", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["user__username", "document__title"]
    raw_id_fields = ["user", "document"]
