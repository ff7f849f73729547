"""The `thuvien` command as a user runs it."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from tests.library.conftest import write_sample_pdf
from tests.library.test_importer import bad_files

from .conftest import run_thuvien, thuvien_command


def test_extract_json_has_the_documented_fields(tmp_path):
    pdf = write_sample_pdf(tmp_path / "a.pdf", pages=2, title="Sổ tay công tác đảng viên")
    result = run_thuvien(tmp_path / "data", "extract", str(pdf), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == [
        "title",
        "author",
        "page_count",
        "file_type",
        "size_bytes",
        "pages",
        "description",
        "keywords",
        "language",
        "warnings",
    ]
    assert data["title"] == "Sổ tay công tác đảng viên"
    assert data["page_count"] == 2 and len(data["pages"]) == 2
    assert data["file_type"] == "pdf" and data["size_bytes"] == pdf.stat().st_size
    assert data["language"] == "vi"
    assert not (tmp_path / "data" / "files").exists()


def test_extract_on_a_bad_file_prints_a_reason_and_fails(tmp_path):
    for kind, path in bad_files(tmp_path / "bad").items():
        result = run_thuvien(tmp_path / "data", "extract", str(path), "--json")
        assert result.returncode != 0, kind
        data = json.loads(result.stdout)
        assert data["error"] and "Traceback" not in result.stdout + result.stderr, kind


def test_import_prints_progress_and_a_summary_with_failures(tmp_path):
    for n in range(3):
        write_sample_pdf(tmp_path / "src" / "Lịch sử" / f"{n}.pdf")
    (tmp_path / "src" / "rong.pdf").write_bytes(b"")
    result = run_thuvien(tmp_path / "data", "import", str(tmp_path / "src"))
    assert result.returncode == 1
    assert "Đã nhập: 3 · Đã có sẵn: 0 · Lỗi: 1" in result.stdout
    assert "rong.pdf: Tệp rỗng" in result.stdout
    assert "tệp/s" in result.stderr or "s/ tệp" in result.stderr
    again = run_thuvien(tmp_path / "data", "import", str(tmp_path / "src"))
    assert "Đã nhập: 0 · Đã có sẵn: 3 · Lỗi: 1" in again.stdout


def test_ctrl_c_leaves_nothing_half_imported(tmp_path):
    source = tmp_path / "src"
    for n in range(40):
        write_sample_pdf(source / f"{n:02}.pdf", pages=6)
    data_dir = tmp_path / "data"
    run_thuvien(data_dir, "migrate")
    import os

    env = {**os.environ, "THUVIEN_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(
        [*thuvien_command(), "import", str(source)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as a terminal delivers it, even when the tests themselves run as a background
        # job: a shell starts those with SIGINT ignored, and the child would inherit that.
        preexec_fn=_sigint_default,
    )
    database = data_dir / "thuvien.sqlite3"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if _count(database) >= 3:
            break
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, out + err
    assert "Đã dừng theo yêu cầu" in out
    shas = set(_shas(database))
    assert 3 <= len(shas) < 40
    originals = {p.stem for p in (data_dir / "files" / "originals").rglob("*.pdf")}
    assert originals == shas
    previews = {p.name for p in (data_dir / "files" / "previews").glob("*/*") if any(p.iterdir())}
    assert previews == shas
    # Running the same command again finishes the job.
    result = run_thuvien(data_dir, "import", str(source))
    assert f"Đã nhập: {40 - len(shas)} · Đã có sẵn: {len(shas)} · Lỗi: 0" in result.stdout


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _count(database: Path) -> int:
    try:
        with sqlite3.connect(database, timeout=1) as db:
            return db.execute("select count(*) from library_document").fetchone()[0]
    except sqlite3.Error:
        return 0


def _shas(database: Path) -> list[str]:
    with sqlite3.connect(database) as db:
        return [row[0] for row in db.execute("select sha256 from library_document")]


def test_fix_text_reads_stdin_and_writes_stdout(tmp_path):
    result = run_thuvien(tmp_path / "data", "fix-text", input="Qu¶ng Oai toàn thểđể\n")
    assert result.returncode == 0
    assert result.stdout.strip() == "Quảng Oai toàn thể để"


def test_django_commands_are_reachable(tmp_path):
    result = run_thuvien(tmp_path / "data", "check")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_serve_on_a_taken_port_says_so_in_words(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_thuvien(tmp_path / "data", "serve", "--port", str(port), timeout=60)
    assert result.returncode == 1
    assert "chọn cổng khác với --port" in result.stderr
    assert "Traceback" not in result.stderr
