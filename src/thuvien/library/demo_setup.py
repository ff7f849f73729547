"""`thuvien demo`: the demo library and an admin account, so a new user sees a full portal."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

from thuvien.demo.build import build_demo_library

from .import_progress import import_with_progress


def set_up_demo() -> int:
    source = Path(settings.DATA_DIR) / "demo-src"
    build_demo_library(source)
    # Same bytes give the same SHA-256, so a second run finds every file already present.
    code = import_with_progress([source])
    _ensure_admin()
    return code


def _ensure_admin() -> None:
    users = get_user_model()
    if users.objects.filter(is_superuser=True).exists():
        return
    password = secrets.token_urlsafe(12)
    users.objects.create_superuser("admin", "admin@localhost", password)
    path = Path(settings.DATA_DIR) / "admin-password.txt"
    path.write_text(password + "\n")
    path.chmod(0o600)
    print(f"Đã tạo tài khoản quản trị: admin / {password} (lưu trong {path})")
