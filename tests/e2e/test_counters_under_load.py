"""Counters against the real server: concurrent requests never lose an increment."""

from __future__ import annotations

import re
import sqlite3
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/130.0"


def fetch(url: str, agent: str = BROWSER) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": agent})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


def counts(data_dir, pk: int) -> tuple[int, int]:
    with sqlite3.connect(data_dir / "thuvien.sqlite3") as db:
        return db.execute(
            "select view_count, download_count from library_document where id = ?", (pk,)
        ).fetchone()


def first_document(base: str) -> tuple[int, str]:
    html = fetch(base + "/").decode()
    path = re.search(r'href="(/tai-lieu/(\d+)-[^"]+\.html)"', html)
    return int(path.group(2)), path.group(1)


def test_concurrent_downloads_are_all_counted(portal):
    base, data_dir = portal
    pk, _ = first_document(base)
    before = counts(data_dir, pk)[1]
    with ThreadPoolExecutor(max_workers=16) as pool:
        bodies = list(pool.map(lambda _: fetch(f"{base}/tai-ve/{pk}/"), range(120)))
    assert all(body.startswith(b"%PDF") for body in bodies)
    assert counts(data_dir, pk)[1] == before + 120


def test_concurrent_views_by_distinct_visitors_are_all_counted(portal):
    base, data_dir = portal
    pk, path = first_document(base)
    before = counts(data_dir, pk)[0]
    agents = [f"{BROWSER} visitor/{n}" for n in range(60)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda agent: fetch(base + path, agent), agents + agents))
    # 60 visitors, each twice: a view counts once per visitor and day.
    assert counts(data_dir, pk)[0] == before + 60
