"""Suggestions while typing, in headless Chromium against a live server."""

from __future__ import annotations

import shutil
from contextlib import contextmanager

import pytest

from tests.conftest import skip_or_fail

pytestmark = pytest.mark.browser


@contextmanager
def chromium_page():
    # Started after the test's data exists: Playwright's event loop must not run while the
    # ORM is used in this thread.
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        skip_or_fail("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        try:
            yield browser.new_page()
        finally:
            browser.close()


def test_typing_shows_suggestions_and_enter_opens_one(live_server, add_document):
    document = add_document("Huyện uỷ viên ở Quảng Oai", keywords=("Quảng Oai",))
    url = document.get_absolute_url()
    with chromium_page() as page:
        page.goto(live_server.url + "/tim-kiem")
        page.locator("#search-q").press_sequentially("quang o", delay=30)
        options = page.locator(".search-suggestions li")
        options.first.wait_for(timeout=5000)
        texts = options.all_inner_texts()
        assert any("Quảng Oai" in t for t in texts)
        title = texts.index("Huyện uỷ viên ở Quảng Oai")
        for _ in range(title + 1):
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{url}")
