from django.urls import path

from .views import mine, moderation, reports, upload

app_name = "uploads"
urlpatterns = [
    path("tai-len/", upload.upload, name="upload"),
    path("tai-lieu-cua-toi/", mine.mine, name="mine"),
    path("tai-lieu-cua-toi/trang-thai.json", mine.states, name="states"),
    path("tai-lieu-cua-toi/<int:pk>/sua/", mine.edit, name="edit"),
    path("tai-lieu-cua-toi/<int:pk>/xoa/", mine.delete, name="delete"),
    path("tai-lieu-cua-toi/<int:pk>/xu-ly-lai/", mine.retry, name="retry"),
    path("tai-lieu/<int:pk>/bao-cao/", reports.report, name="report"),
    path("kiem-duyet/", moderation.queue, name="queue"),
    path("kiem-duyet/tai-lieu/<int:pk>/", moderation.document, name="document"),
    path(
        "kiem-duyet/tai-lieu/<int:pk>/xem-truoc/<int:number>.webp",
        moderation.preview,
        name="preview",
    ),
    path("kiem-duyet/tai-lieu/<int:pk>/duyet/", moderation.approve, name="approve"),
    path("kiem-duyet/tai-lieu/<int:pk>/tu-choi/", moderation.reject, name="reject"),
    path("kiem-duyet/tai-lieu/<int:pk>/an/", moderation.hide, name="hide"),
    path("kiem-duyet/tai-lieu/<int:pk>/gop/", moderation.merge, name="merge"),
    path("kiem-duyet/tai-lieu/<int:pk>/sua/", moderation.edit, name="moderate_edit"),
    path("kiem-duyet/gan-trung/<int:pk>/bo-qua/", moderation.dismiss_flag, name="dismiss_flag"),
    path("kiem-duyet/bao-cao/<int:pk>/bo-qua/", moderation.dismiss_report, name="dismiss_report"),
]
