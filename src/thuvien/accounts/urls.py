from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("dang-ky/", views.sign_up, name="sign_up"),
    path(
        "dang-nhap/",
        auth_views.LoginView.as_view(template_name="accounts/sign_in.html"),
        name="login",
    ),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
]
