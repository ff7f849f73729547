"""`thuvien serve`: the embedded web server (Waitress, pure Python, threads)."""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings


def serve(host: str, port: int, *, threads: int = 8, job_workers: int | None = None) -> int:
    from waitress import create_server

    from thuvien.uploads.limits import FORM_OVERHEAD, max_upload_bytes
    from thuvien.wsgi import application

    try:
        server = create_server(
            application,
            host=host,
            port=port,
            threads=threads,
            ident="thuvien",
            # Waitress reads a whole body before the site sees it: refuse an oversized upload
            # there, before it is written anywhere.
            max_request_body_size=max_upload_bytes() + FORM_OVERHEAD,
        )
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
    consumer = _start_jobs(settings.JOB_WORKERS if job_workers is None else job_workers)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        if consumer is not None:
            # An upload still being processed keeps its lease; it runs out and the upload is
            # taken up again at the next start.
            consumer.stop(graceful=True)
    return 0


def _start_jobs(workers: int):
    """Uploads are processed in this process: a user starts nothing else."""
    from thuvien.uploads.queue import start_embedded_consumer

    consumer = start_embedded_consumer(workers)
    if consumer is not None:
        print(f"Xử lý tài liệu tải lên: {workers} luồng trong tiến trình này.", flush=True)
    return consumer
