"""Files that cannot be extracted give one ExtractionError with the right code and message."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.extract.conftest import BODY, MakePdf
from thuvien.demo.pdf_writer import Paragraph, write_zero_page_pdf
from thuvien.extract import ExtractionError, extract


def _error(path: Path) -> ExtractionError:
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    return caught.value


def test_empty_file_is_rejected_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "rong.pdf"
    path.write_bytes(b"")
    error = _error(path)
    assert error.code == "empty"
    assert error.message == "The file is empty."


def test_zip_named_pdf_is_rejected_as_unsupported_type(tmp_path: Path) -> None:
    path = tmp_path / "giao-trinh.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("bai-1.txt", "Bài một")
    error = _error(path)
    assert error.code == "unsupported_type"
    assert error.message == "This is not a PDF file (it looks like a ZIP archive)."


def test_text_file_named_pdf_is_rejected_as_unsupported_type(tmp_path: Path) -> None:
    path = tmp_path / "bai-tap.pdf"
    path.write_text("Bài tập về nhà: đọc chương hai.", encoding="utf-8")
    error = _error(path)
    assert error.code == "unsupported_type"
    assert "plain text" in error.message


def test_truncated_pdf_is_rejected_as_damaged(make_pdf: MakePdf, tmp_path: Path) -> None:
    data = make_pdf([Paragraph(BODY * 20)]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    error = _error(path)
    assert error.code == "damaged"
    assert error.message == "The PDF is damaged or truncated and cannot be read."


def test_pdf_header_followed_by_garbage_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "hong.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    assert _error(path).code == "damaged"


def test_password_protected_pdf_is_rejected_as_encrypted(make_pdf: MakePdf) -> None:
    path = make_pdf([Paragraph(BODY)], user_password="mật-khẩu")
    error = _error(path)
    assert error.code == "encrypted"
    assert error.message == "The PDF is protected by a password."


def test_damaged_file_after_an_encrypted_one_is_not_called_encrypted(
    make_pdf: MakePdf, tmp_path: Path
) -> None:
    # pdfium keeps its last error per thread; a stale "password" code must not leak.
    locked = make_pdf([Paragraph(BODY)], name="khoa.pdf", user_password="x")
    assert _error(locked).code == "encrypted"
    zero = tmp_path / "zero.pdf"
    write_zero_page_pdf(zero)
    assert _error(zero).code == "no_pages"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    assert _error(broken).code == "damaged"


def test_pdf_without_pages_is_rejected_as_no_pages(tmp_path: Path) -> None:
    path = tmp_path / "khong-trang.pdf"
    write_zero_page_pdf(path)
    error = _error(path)
    assert error.code == "no_pages"
    assert error.message == "The PDF has no pages."


def test_missing_file_is_an_extraction_error(tmp_path: Path) -> None:
    assert _error(tmp_path / "khong-co.pdf").code == "damaged"


def test_error_is_an_exception_with_the_message_as_text() -> None:
    error = ExtractionError("encrypted")
    assert str(error) == "The PDF is protected by a password."
    assert isinstance(error, Exception)
