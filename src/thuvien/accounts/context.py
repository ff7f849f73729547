from django.http import HttpRequest

from .roles import is_moderator


def roles(request: HttpRequest) -> dict:
    """`is_moderator` for the templates (the header shows "Kiểm duyệt" to moderators)."""
    user = getattr(request, "user", None)
    return {"is_moderator": bool(user is not None and is_moderator(user))}
