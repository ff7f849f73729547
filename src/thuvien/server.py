"""`thuvien serve`: the embedded web server (Waitress, pure Python, threads)."""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings


def serve(host: str, port: int, *, threads: int = 8) -> int:
    from waitress import create_server

    from thuvien.wsgi import application

    try:
        server = create_server(application, host=host, port=port, threads=threads, ident="thuvien")
    except OSError as error:
        print(
            f"Không mở được {host}:{port} ({error.strerror}). "
            "Có thể một chương trình khác đang dùng cổng này: chọn cổng khác với --port.",
            file=sys.stderr,
        )
        return 1
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
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0
