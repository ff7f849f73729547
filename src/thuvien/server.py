"""`thuvien serve`: the embedded web server (Waitress, pure Python, threads)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings


def serve(host: str, port: int, *, threads: int = 8) -> int:
    from waitress import serve as waitress_serve

    from thuvien.wsgi import application

    address = f"http://{host}:{port}/"
    print(f"thuvien đang chạy tại {address}  (Ctrl-C để dừng)", flush=True)
    password_file = Path(settings.DATA_DIR) / "admin-password.txt"
    if password_file.exists():
        print(
            f"Quản trị: {address}quan-tri/  tài khoản: admin, mật khẩu trong {password_file}",
            flush=True,
        )
    else:
        print("Tạo tài khoản quản trị bằng: thuvien createsuperuser", flush=True)
    waitress_serve(application, host=host, port=port, threads=threads, ident="thuvien")
    return 0
