from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    name = "thuvien.uploads"
    label = "uploads"
    verbose_name = _("Tải lên và kiểm duyệt")
    default_auto_field = "django.db.models.BigAutoField"
