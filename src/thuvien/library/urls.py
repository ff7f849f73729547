from django.urls import path, re_path

from .views import browse, document, files, saved

app_name = "library"
urlpatterns = [
    path("", browse.home, name="home"),
    path("danh-muc/<slug:slug>/", browse.category, name="category"),
    path("tu-khoa/<slug:slug>/", browse.keyword, name="keyword"),
    re_path(
        r"^tai-lieu/(?P<pk>[0-9]+)(?:-(?P<slug>[a-z0-9-]*))?\.html$",
        document.document,
        name="document",
    ),
    path("tai-lieu/<int:pk>/xem-truoc/<int:number>.webp", files.preview, name="preview"),
    path("tai-lieu/<int:pk>/anh-bia.webp", files.thumbnail, name="thumbnail"),
    path("tai-ve/<int:pk>/", files.download, name="download"),
    path("thu-vien-cua-tui/", saved.my_library, name="my_library"),
    path("thu-vien-cua-tui/<int:pk>/", saved.toggle, name="toggle_saved"),
]
