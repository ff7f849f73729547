"""The forms of uploading, editing metadata, moderating and reporting."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from thuvien.library.models import Category

from .models import Report


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Category) -> str:
        return str(obj)  # "Cha / Con"


def _category_field(required: bool) -> CategoryChoiceField:
    return CategoryChoiceField(
        queryset=Category.objects.select_related("parent").order_by("parent__name", "name"),
        required=required,
        label=_("Danh mục"),
        empty_label=_("Tự chọn theo nội dung") if not required else None,
    )


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Tệp tài liệu"))
    title = forms.CharField(
        label=_("Tiêu đề"),
        max_length=300,
        required=False,
        help_text=_("Để trống: lấy từ tệp."),
    )
    category = _category_field(required=False)
    description = forms.CharField(
        label=_("Mô tả"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Để trống: tự viết tóm tắt từ nội dung."),
    )


class MetadataForm(forms.Form):
    """Title, category and description of a document (or of an upload not yet processed)."""

    title = forms.CharField(label=_("Tiêu đề"), max_length=300, required=False)
    category = _category_field(required=False)
    description = forms.CharField(
        label=_("Mô tả"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class DocumentMetadataForm(MetadataForm):
    """For a stored document every field has a value."""

    title = forms.CharField(label=_("Tiêu đề"), max_length=300)
    category = _category_field(required=True)


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do từ chối"),
        max_length=1000,
        widget=forms.TextInput(attrs={"placeholder": _("Lý do gửi cho người tải lên")}),
    )


class MergeForm(forms.Form):
    original = forms.IntegerField(label=_("Mã tài liệu gốc"), min_value=1)


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = ["kind", "message"]
        widgets = {
            "kind": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        }
