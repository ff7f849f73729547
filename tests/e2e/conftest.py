"""A real portal: the `thuvien` command in a fresh data folder, served on a free port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.library.conftest import write_sample_pdf


def thuvien_command() -> list[str]:
    installed = shutil.which("thuvien", path=str(Path(sys.executable).parent))
    return [installed] if installed else [sys.executable, "-m", "thuvien"]


def run_thuvien(data_dir: Path, *args: str, **options) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "THUVIEN_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "thuvien.settings",
    }
    options.setdefault("capture_output", True)
    options.setdefault("text", True)
    options.setdefault("timeout", 300)
    return subprocess.run([*thuvien_command(), *args], env=env, **options)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def portal(tmp_path_factory):
    """A served portal with a few imported documents; yields (base_url, data_dir)."""
    data_dir = tmp_path_factory.mktemp("portal-data")
    source = tmp_path_factory.mktemp("portal-src")
    write_sample_pdf(source / "Chính trị" / "Xây dựng Đảng" / "huyen-uy.pdf", pages=3)
    write_sample_pdf(
        source / "Chính trị" / "Xây dựng Đảng" / "ban-khac.pdf",
        heading="KINH NGHIỆM SINH HOẠT CHI BỘ",
        word_by_word=True,
    )
    write_sample_pdf(source / "Kinh tế" / "tai-chinh.pdf", heading="BÁO CÁO TÀI CHÍNH NĂM")
    result = run_thuvien(data_dir, "import", str(source))
    assert result.returncode == 0, result.stdout + result.stderr
    port = free_port()
    env = {**os.environ, "THUVIEN_DATA_DIR": str(data_dir)}
    server = subprocess.Popen(
        [*thuvien_command(), "serve", "--port", str(port), "--threads", "8"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                output = server.stdout.read() if server.stdout else ""
                server.kill()
                pytest.fail(f"the server did not start: {output}")
            time.sleep(0.2)
    yield base, data_dir
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
