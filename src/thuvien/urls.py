from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Quản trị thư viện")
admin.site.site_title = _("Quản trị thư viện")

urlpatterns = [
    path("quan-tri/", admin.site.urls),
    path("tai-khoan/", include("thuvien.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("thuvien.search.urls")),
    path("", include("thuvien.uploads.urls")),
    path("", include("thuvien.library.urls")),
]
