"""``thuvien search QUERY [--json] [--limit N]``: ranked results from the command line."""

from __future__ import annotations

import html
import json
import re

from django.core.management.base import BaseCommand, CommandParser

from thuvien.search import SORTS, search

_TAGS = re.compile(r"<[^>]+>")


def plain(fragment: str) -> str:
    return html.unescape(_TAGS.sub("", str(fragment)))


class Command(BaseCommand):
    help = "Tìm tài liệu và in kết quả theo thứ hạng (id, tiêu đề, điểm, đoạn trích)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query", nargs="+", help="câu tìm kiếm")
        parser.add_argument("--json", action="store_true", help="in JSON")
        parser.add_argument("--limit", type=int, default=10, help="số kết quả (mặc định 10)")
        parser.add_argument("--sort", choices=SORTS, default=SORTS[0], help="thứ tự")

    def handle(self, *args, **options) -> None:
        limit = max(1, min(options["limit"], 1000))
        found = search(" ".join(options["query"]), sort=options["sort"], per_page=limit)
        rows = [
            {
                "id": hit.document.pk,
                "title": hit.document.title,
                "score": hit.score,
                "snippet": plain(hit.snippet_html),
            }
            for hit in found.hits
        ]
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        total = f"{found.total}" if found.total_exact else f"> {found.total}"
        self.stdout.write(f"{total} tài liệu")
        for rank, row in enumerate(rows, start=1):
            self.stdout.write(f"{rank:>3}. [{row['id']}] {row['title']}  ({row['score']:.2f})")
            if row["snippet"]:
                self.stdout.write(f"     {row['snippet']}")
