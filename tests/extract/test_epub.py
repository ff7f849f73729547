"""EPUB e-books: chapters in reading order, metadata, cover, previews."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests.extract.conftest import BODY, SECOND
from tests.extract.files import png_bytes, write_epub
from thuvien.extract import ExtractionError, extract
from thuvien.extract.epub import chapter_text

CHAPTERS = [
    ("Chương 1. Thư viện mở cửa", BODY),
    ("Chương 2. Tìm kiếm không dấu", SECOND),
    ("Chương 3. Ôn thi cuối kỳ", f"{SECOND}\n\n{BODY}"),
]


@pytest.fixture
def book(tmp_path: Path) -> Path:
    cover = png_bytes(Image.new("RGB", (600, 900), (180, 30, 30)))
    return write_epub(
        tmp_path / "sach.epub",
        CHAPTERS,
        title="Sổ tay người đọc",
        author="Trần Văn Bình",
        cover=cover,
    )


def test_each_chapter_is_a_page_in_reading_order(book: Path) -> None:
    result = extract(book, preview_pages=2)
    assert result.file_type == "epub"
    assert result.page_count == 3
    for page, (heading, text) in zip(result.pages, CHAPTERS, strict=True):
        assert page == f"{heading}\n\n{text}"


def test_title_and_author_come_from_the_package(book: Path) -> None:
    result = extract(book, render_previews=False)
    assert (result.title, result.author) == ("Sổ tay người đọc", "Trần Văn Bình")


def test_the_cover_is_the_thumbnail_and_chapters_are_drawn_as_previews(book: Path) -> None:
    result = extract(book, preview_pages=2)
    assert result.thumbnail is not None
    thumbnail = Image.open(io.BytesIO(result.thumbnail)).convert("RGB")
    assert thumbnail.width == 200
    red, green, _ = thumbnail.getpixel((100, 100))
    assert red > 150 and green < 80
    assert len(result.previews) == 2
    assert Image.open(io.BytesIO(result.previews[0])).size == (900, 1273)


def test_chapter_text_skips_scripts_and_keeps_paragraphs() -> None:
    html = (
        "<html><head><title>bỏ qua</title><style>p{}</style></head><body>"
        "<script>var x = 1;</script><h2>Tiêu đề</h2><p>Một <b>đoạn</b>\n văn.</p>"
        "<ul><li>mục một</li><li>mục hai</li></ul></body></html>"
    )
    assert chapter_text(html.encode()) == "Tiêu đề\n\nMột đoạn văn.\n\nmục một\n\nmục hai"


def test_epub_without_a_container_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "hong.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("OEBPS/a.xhtml", "<p>xin chào</p>")
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert caught.value.code == "damaged"
    assert "container" in caught.value.message


def test_epub_with_encrypted_chapters_is_encrypted(book: Path, tmp_path: Path) -> None:
    locked = tmp_path / "drm.epub"
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(locked, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr(
            "META-INF/encryption.xml",
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<EncryptedData><CipherData><CipherReference URI="OEBPS/text/chuong1.xhtml"/>'
            "</CipherData></EncryptedData></encryption>",
        )
    with pytest.raises(ExtractionError) as caught:
        extract(locked)
    assert caught.value.code == "encrypted"
