"""Who may do what beyond reading: moderators are the members of one Django group."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.auth.models import User as _User

# The group's name as the admin shows it; created by the migration of this app.
MODERATORS = "Kiểm duyệt viên"


def is_moderator(user: _User | AnonymousUser) -> bool:
    """Members of "Kiểm duyệt viên", and superusers."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_thuvien_is_moderator", None)
    if cached is None:
        cached = user.groups.filter(name=MODERATORS).exists()
        user._thuvien_is_moderator = cached
    return cached


def make_moderator(user: _User) -> None:
    group, _ = Group.objects.get_or_create(name=MODERATORS)
    user.groups.add(group)
    user.__dict__.pop("_thuvien_is_moderator", None)
