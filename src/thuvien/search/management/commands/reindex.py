"""``thuvien reindex``: rebuild the search index in batches; ``--check [--repair]`` for drift."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from thuvien.search._engine import get_engine
from thuvien.search._maintenance import check, published_count, rebuild, repair


class Command(BaseCommand):
    help = (
        "Dựng lại chỉ mục tìm kiếm theo từng lô (có thanh tiến độ, chạy tiếp được với --resume); "
        "--check báo chỗ lệch giữa chỉ mục và cơ sở dữ liệu, --repair sửa."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500, help="số tài liệu mỗi lô")
        parser.add_argument("--fresh", action="store_true", help="xoá hết chỉ mục rồi dựng lại")
        parser.add_argument("--resume", action="store_true", help="chạy tiếp lần dựng lại bị ngắt")
        parser.add_argument("--check", action="store_true", help="chỉ kiểm tra, không sửa")
        parser.add_argument("--repair", action="store_true", help="cùng --check: sửa chỗ lệch")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="số tiến trình lập chỉ mục cùng lúc (chỉ với PostgreSQL)",
        )
        parser.add_argument("--no-progress", action="store_true", help="không hiện tiến độ")

    def handle(self, *args, **options) -> None:
        batch = max(1, options["batch_size"])
        if options["repair"] and not options["check"]:
            raise CommandError("--repair đi cùng --check")
        workers = options["workers"]
        if workers < 1:
            raise CommandError("--workers phải từ 1 trở lên")
        engine = get_engine()
        if workers > 1 and not engine.parallel_writes:
            raise CommandError(
                f"bộ máy tìm kiếm {engine.name} chỉ ghi được từ một tiến trình: "
                "bỏ --workers (nhiều tiến trình cần PostgreSQL)"
            )
        show = not options["no_progress"] and options["verbosity"] > 0
        bar = tqdm(
            total=published_count(),
            unit=" tài liệu",
            disable=not show,
            file=sys.stderr,
            desc="kiểm tra" if options["check"] else "lập chỉ mục",
        )
        with bar:
            if options["check"]:
                drift = check(batch=batch, progress=bar.update)
            else:
                report = rebuild(
                    batch=batch,
                    fresh=options["fresh"],
                    resume=options["resume"],
                    progress=bar.update,
                    workers=workers,
                )
        if not options["check"]:
            how = "dựng mới" if report.fresh else "cập nhật"
            since = f", tiếp từ id {report.resumed_after}" if report.resumed_after else ""
            self.stdout.write(
                f"Đã {how} chỉ mục{since}: {report.indexed} tài liệu ghi, "
                f"{report.removed} tài liệu gỡ."
            )
            return
        for line in drift.lines():
            self.stdout.write(line)
        if drift.clean:
            return
        if not options["repair"]:
            raise CommandError("chỉ mục lệch với cơ sở dữ liệu: chạy lại với --repair để sửa")
        repair(drift, batch=batch)
        after = check(batch=batch)
        if not after.clean:
            raise CommandError("vẫn còn lệch sau khi sửa: " + "; ".join(after.lines()))
        self.stdout.write("Đã sửa: chỉ mục khớp với cơ sở dữ liệu.")
