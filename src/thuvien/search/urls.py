from django.urls import path

from . import views

app_name = "search"
urlpatterns = [
    path("tim-kiem", views.results, name="results"),
    path("tim-kiem/goi-y", views.suggestions, name="suggest"),
]
