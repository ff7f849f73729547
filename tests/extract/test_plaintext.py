"""Plain text files: every common Vietnamese encoding, pages, previews, title."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.extract.conftest import BODY, SECOND
from tests.extract.files import legacy_bytes
from thuvien.extract import extract
from thuvien.extract.plaintext import CHARS_PER_LINE, LINES_PER_PAGE, decode_text, paginate

TEXT = f"NỘI QUY PHÒNG ĐỌC\n\n{BODY}\n\n{SECOND}"

ENCODED = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8-sig": TEXT.encode("utf-8-sig"),
    "utf-16": TEXT.encode("utf-16"),
    "utf-16-le": TEXT.encode("utf-16-le"),
    "utf-16-be": TEXT.encode("utf-16-be"),
    "cp1258": legacy_bytes(TEXT, "cp1258"),
    "tcvn3": legacy_bytes(TEXT, "tcvn3"),
    "vni": legacy_bytes(TEXT, "vni"),
}


@pytest.mark.parametrize("encoding", list(ENCODED))
def test_every_common_vietnamese_encoding_is_detected(encoding: str) -> None:
    text, detected = decode_text(ENCODED[encoding])
    assert text == TEXT
    assert detected == encoding


@pytest.mark.parametrize("encoding", ["utf-16", "cp1258", "tcvn3", "vni"])
def test_text_file_in_any_encoding_extracts_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "noi-quy.txt"
    path.write_bytes(ENCODED[encoding])
    result = extract(path, render_previews=False)
    assert result.file_type == "text"
    assert result.pages == [TEXT]
    assert result.title == "Nội quy phòng đọc"
    assert any(encoding in warning for warning in result.warnings)


def test_windows_line_ends_and_western_text_are_kept(tmp_path: Path) -> None:
    text = "Café crème brûlée, déjà vu.\r\nNaïve façade."
    path = tmp_path / "menu.txt"
    path.write_bytes(text.encode("cp1252"))
    result = extract(path, render_previews=False)
    assert result.pages == ["Café crème brûlée, déjà vu.\n\nNaïve façade."]


def test_long_text_is_cut_into_pages_of_a_printed_size(tmp_path: Path) -> None:
    paragraphs = [f"Đoạn {n}. {BODY}" for n in range(60)]
    path = tmp_path / "dai.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    result = extract(path, preview_pages=2)
    assert result.page_count == len(result.pages) > 3
    # No text is lost or repeated across the cut.
    assert result.text.split() == "\n\n".join(paragraphs).split()
    assert len(result.previews) == 2
    for preview in result.previews:
        assert Image.open(io.BytesIO(preview)).size == (900, 1273)
    assert result.thumbnail is not None


def test_a_line_per_paragraph_file_keeps_its_paragraphs_apart(tmp_path: Path) -> None:
    path = tmp_path / "mot-dong.txt"
    path.write_text(f"{BODY}\n{SECOND}\n", encoding="utf-8")
    assert extract(path, render_previews=False).pages == [f"{BODY}\n\n{SECOND}"]


def test_form_feed_starts_a_new_page(tmp_path: Path) -> None:
    path = tmp_path / "hai-trang.txt"
    path.write_text(f"{BODY}\f{SECOND}", encoding="utf-8")
    assert extract(path, render_previews=False).pages == [BODY, SECOND]


def test_pages_hold_at_most_a_page_of_wrapped_lines() -> None:
    text = " ".join(["chữ"] * 20_000)
    for page in paginate(text):
        assert sum(-(-len(line) // CHARS_PER_LINE) for line in page.split("\n")) <= LINES_PER_PAGE


def test_preview_shows_the_page_text(tmp_path: Path) -> None:
    path = tmp_path / "ngan.txt"
    path.write_text(BODY, encoding="utf-8")
    result = extract(path, preview_pages=1)
    image = Image.open(io.BytesIO(result.previews[0])).convert("L")
    # Dark pixels of drawn text in the top of the page, a white bottom half.
    top = image.crop((0, 0, 900, 200)).getextrema()
    bottom = image.crop((0, 700, 900, 1273)).getextrema()
    assert top[0] < 100 and bottom[0] > 200


def test_whitespace_only_text_is_empty(tmp_path: Path) -> None:
    from thuvien.extract import ExtractionError

    path = tmp_path / "trong.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert caught.value.code == "empty"
