"""A worker killed with SIGKILL mid-job: the upload is not lost, another worker finishes it.

Real processes: `thuvien worker` on a data folder with the SQLite queue; the first worker is
killed while it holds the upload, the second one finds the expired lease when it starts.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.e2e.conftest import run_thuvien, thuvien_command
from tests.library.conftest import write_sample_pdf

LEASE_SECONDS = 2

SET_UP = textwrap.dedent(
    """
    import hashlib, sys
    import django
    django.setup()
    from django.contrib.auth.models import User
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from thuvien.uploads.models import Upload
    from thuvien.uploads.queue import enqueue_upload

    data = open(sys.argv[1], "rb").read()
    user = User.objects.create_user("nguoi-tai-len", password="mat-khau-dai-123")
    key = default_storage.save("uploads/lon", ContentFile(data))
    upload = Upload.objects.create(
        user=user, file_name="lon.pdf", file_type="pdf", size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(), pending_key=key,
    )
    enqueue_upload(upload.pk)
    print(upload.pk)
    """
)


def upload_row(data_dir: Path) -> tuple[str, int, str]:
    with sqlite3.connect(data_dir / "thuvien.sqlite3", timeout=30) as db:
        return db.execute("select state, attempts, pending_key from uploads_upload").fetchone()


def documents(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "thuvien.sqlite3", timeout=30) as db:
        return db.execute("select count(*) from library_document").fetchone()[0]


def start_worker(data_dir: Path, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "THUVIEN_DATA_DIR": str(data_dir),
        "THUVIEN_JOB_LEASE_SECONDS": str(LEASE_SECONDS),
        "THUVIEN_LOG_LEVEL": "INFO",
    }
    with open(log, "ab") as out:
        return subprocess.Popen(
            [*thuvien_command(), "worker", "--workers", "1"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def wait_until(predicate, seconds: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def test_a_killed_worker_leaves_the_upload_for_another_to_finish(tmp_path):
    data_dir = tmp_path / "data"
    result = run_thuvien(data_dir, "migrate")
    assert result.returncode == 0, result.stderr
    # Enough pages that the job is still running when the first worker is killed.
    pdf = write_sample_pdf(tmp_path / "lon.pdf", pages=60)
    env = {
        **os.environ,
        "THUVIEN_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "thuvien.settings",
    }
    made = subprocess.run(
        [sys.executable, "-c", SET_UP, str(pdf)], env=env, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr

    log = tmp_path / "worker.log"
    first = start_worker(data_dir, log)
    try:
        taken = wait_until(lambda: upload_row(data_dir)[0] == "processing", 60)
        assert taken, log.read_text()
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    state, attempts, pending = upload_row(data_dir)
    assert (state, attempts) == ("processing", 1), log.read_text()
    assert documents(data_dir) == 0
    assert (data_dir / "files" / pending).exists()

    time.sleep(LEASE_SECONDS + 0.5)  # the dead worker's lease runs out
    second = start_worker(data_dir, log)
    try:
        done = wait_until(lambda: upload_row(data_dir)[0] not in {"queued", "processing"}, 120, 0.2)
        assert done, log.read_text()
    finally:
        second.send_signal(signal.SIGINT)
        try:
            second.wait(20)
        except subprocess.TimeoutExpired:
            second.kill()
    state, attempts, pending = upload_row(data_dir)
    assert (state, attempts, pending) == ("published", 2, ""), log.read_text()
    assert documents(data_dir) == 1
    assert not any((data_dir / "files" / "uploads").iterdir())
