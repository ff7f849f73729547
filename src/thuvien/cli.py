"""The `thuvien` command: serve, worker, import, extract, fix-text, demo, every Django command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

OWN_COMMANDS = {"serve", "worker", "import", "extract", "fix-text", "demo"}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "fix-text":
        # Pure text work: no Django, no data folder.
        return _fix_text(_parser().parse_args(argv))
    _setup_django()
    if not argv or argv[0] not in OWN_COMMANDS:
        from django.core.management import execute_from_command_line

        execute_from_command_line(["thuvien", *argv])
        return 0
    args = _parser().parse_args(argv)
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thuvien",
        description="thuvien: thư viện tài liệu tiếng Việt. "
        "Các lệnh khác của Django cũng dùng được (ví dụ: thuvien createsuperuser).",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="chạy trang web")
    serve.add_argument("--host", default=os.environ.get("THUVIEN_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("THUVIEN_PORT", "8000")))
    serve.add_argument("--threads", type=int, default=8)
    serve.add_argument(
        "--job-workers",
        type=int,
        default=None,
        help="số luồng xử lý tài liệu tải lên trong tiến trình này "
        "(mặc định THUVIEN_JOB_WORKERS; 0: để cho `thuvien worker`)",
    )
    serve.set_defaults(run=_serve)

    worker = sub.add_parser(
        "worker", help="xử lý hàng chờ tài liệu tải lên (chạy trên máy nào cũng được)"
    )
    worker.add_argument(
        "--workers", type=int, default=None, help="số luồng (mặc định THUVIEN_JOB_WORKERS)"
    )
    worker.set_defaults(run=_worker)

    imp = sub.add_parser("import", help="nhập tệp hoặc thư mục vào thư viện")
    imp.add_argument("paths", nargs="+", type=Path)
    imp.add_argument("--category", help='đường dẫn danh mục, ví dụ "Giáo dục/Đề thi"')
    imp.add_argument("--workers", type=int, default=None, help="số tiến trình (mặc định: số lõi)")
    imp.set_defaults(run=_import)

    ext = sub.add_parser("extract", help="in những gì trích xuất được từ một tệp, không lưu gì")
    ext.add_argument("file", type=Path)
    ext.add_argument("--json", action="store_true", help="in JSON")
    ext.set_defaults(run=_extract)

    fix = sub.add_parser("fix-text", help="sửa văn bản tiếng Việt từ stdin ra stdout")
    fix.add_argument("--report", action="store_true", help="in những gì đã sửa ra stderr")

    demo = sub.add_parser("demo", help="tạo thư viện mẫu và tài khoản quản trị")
    demo.set_defaults(run=_demo)
    return parser


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thuvien.settings")
    import django

    django.setup()


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    _reindex_if_outdated()
    _sign_older_documents()


def _sign_older_documents() -> None:
    """A library stored before near-duplicate signatures existed gets them once, on upgrade."""
    from thuvien.library.models import Document, TextSignature

    if Document.objects.exists() and not TextSignature.objects.exists():
        from django.core.management import call_command

        print("Tài liệu cũ chưa có chữ ký gần trùng: đang tính…", file=sys.stderr)
        call_command("signatures")


def _reindex_if_outdated() -> None:
    """An index written by an older version (other tokens) is rebuilt before anything uses it."""
    from thuvien.search._maintenance import tokenizer_changed

    if tokenizer_changed():
        from django.core.management import call_command

        print("Chỉ mục tìm kiếm thuộc phiên bản cũ: đang dựng lại…", file=sys.stderr)
        call_command("reindex", fresh=True)


def _serve(args: argparse.Namespace) -> int:
    from thuvien.server import serve

    _migrate()
    return serve(args.host, args.port, threads=args.threads, job_workers=args.job_workers)


def _worker(args: argparse.Namespace) -> int:
    from django.conf import settings
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from thuvien.uploads.queue import run_worker

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        # Workers never migrate: many may start at once against one database.
        print("Cơ sở dữ liệu chưa được cập nhật: chạy `thuvien migrate` trước.", file=sys.stderr)
        return 1
    workers = args.workers if args.workers is not None else max(1, settings.JOB_WORKERS)
    queue = settings.QUEUE_URL or str(settings.DATA_DIR / "queue.sqlite3")
    print(f"thuvien worker: {workers} luồng, hàng chờ {queue}  (Ctrl-C để dừng)", flush=True)
    run_worker(workers)
    return 0


def _import(args: argparse.Namespace) -> int:
    from thuvien.library.import_progress import import_with_progress

    _migrate()
    return import_with_progress(args.paths, category=args.category, workers=args.workers)


def _extract(args: argparse.Namespace) -> int:
    from django.conf import settings

    from thuvien.extract import extract
    from thuvien.library.failures import reason_for

    try:
        result = extract(args.file, preview_pages=settings.PREVIEW_PAGES, render_previews=False)
    except Exception as error:
        print(json.dumps({"error": reason_for(error), "file": str(args.file)}, ensure_ascii=False))
        return 1
    data = result.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            if key != "pages":
                print(f"{key}: {value}")
    return 0


def _fix_text(args: argparse.Namespace) -> int:
    from thuvien.text.fixing import fix_text_report

    fixed, report = fix_text_report(sys.stdin.read())
    sys.stdout.write(fixed)
    if args.report:
        for line in report.summary_lines():
            print(line, file=sys.stderr)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from thuvien.library.demo_setup import set_up_demo

    _migrate()
    return set_up_demo()


if __name__ == "__main__":
    sys.exit(main())
