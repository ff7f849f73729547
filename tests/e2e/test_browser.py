"""One visitor's path in headless Chromium: home -> document -> sign in -> save -> my library."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import skip_or_fail

from .conftest import run_thuvien

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        skip_or_fail("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


def test_visitor_saves_a_document_to_their_library(portal, browser, tmp_path):
    base, data_dir = portal
    created = run_thuvien(
        data_dir,
        "shell",
        "-c",
        "from django.contrib.auth.models import User; "
        "User.objects.filter(username='thu').exists() or "
        "User.objects.create_user('thu', password='Mat-khau-cua-Thu-1')",
    )
    assert created.returncode == 0, created.stderr
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "response",
        lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )

    page.goto(base + "/")
    assert page.locator("text=Tài liệu được xem nhiều").count() == 1
    page.locator(".cards .card-title").first.click()
    page.wait_for_selector("h1")
    title = page.locator("h1").inner_text()
    assert page.locator("text=Nội dung trích xuất").count() == 1
    page.locator("img.preview").first.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => [...document.querySelectorAll('img.preview')]"
        ".every(i => i.complete && i.naturalWidth > 0)"
    )

    page.locator("a.button.save").click()  # not signed in: goes to the sign-in page
    page.fill("input[name=username]", "thu")
    page.fill("input[name=password]", "Mat-khau-cua-Thu-1")
    page.locator("form.stacked button[type=submit]").click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text() == title

    button = page.locator("form.save-form button")
    url_before = page.url
    page.evaluate("window.__notReloaded = true")
    button.click()
    page.wait_for_function(
        "() => document.querySelector('form.save-form button').textContent.includes('Bỏ khỏi')"
    )
    assert page.evaluate("window.__notReloaded") is True  # saved without a page load
    assert page.url == url_before

    page.locator("header >> text=Thư viện của tui").click()
    page.wait_for_selector("h1")
    assert page.locator(".cards .card-title").first.inner_text() == title
    page.screenshot(path=str(tmp_path / "my-library.png"), full_page=True)
    assert problems == []
