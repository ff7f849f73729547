"""``thuvien signatures``: near-duplicate signatures for documents stored without one."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from thuvien.library.models import Document, NearDuplicate
from thuvien.library.near_duplicates import backfill


class Command(BaseCommand):
    help = (
        "Tính chữ ký gần trùng cho các tài liệu chưa có (nhập trước khi có tính năng này) "
        "và đánh dấu tài liệu gần giống cho người kiểm duyệt."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=200, help="số tài liệu mỗi lô")

    def handle(self, *args, **options) -> None:
        flagged = NearDuplicate.objects.count()
        missing = Document.objects.filter(signature__isnull=True).count()
        with tqdm(total=missing, unit=" tài liệu", file=sys.stderr, desc="chữ ký") as bar:
            seen = backfill(max(1, options["batch_size"]), progress=bar.update)
        new_flags = NearDuplicate.objects.count() - flagged
        self.stdout.write(f"Đã xem {seen} tài liệu; {new_flags} cặp gần trùng mới được đánh dấu.")
