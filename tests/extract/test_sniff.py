"""The real file type comes from the bytes, not the name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from thuvien.extract import sniff
from thuvien.extract.sniff import describe_type, sniff_bytes


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pdf_header_is_recognised() -> None:
    assert sniff_bytes(b"%PDF-1.7\n...") == ("pdf", "application/pdf")


def test_junk_before_the_pdf_header_within_1024_bytes_is_still_pdf() -> None:
    assert sniff_bytes(b"x" * 1000 + b"%PDF-1.4\n")[0] == "pdf"


def test_pdf_header_after_1024_bytes_is_not_pdf() -> None:
    assert sniff_bytes(b"\x01" * 1100 + b"%PDF-1.4\n")[0] != "pdf"


def test_zip_named_pdf_is_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ghi-chu.txt", "xin chào")
    assert sniff(path) == ("zip", "application/zip")


def test_word_document_is_told_apart_from_a_plain_zip(tmp_path: Path) -> None:
    path = tmp_path / "luan-van.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert sniff(path)[0] == "docx"


def test_opendocument_text_is_read_from_its_mimetype_part(tmp_path: Path) -> None:
    path = tmp_path / "van-ban"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", "<office:document-content/>")
    assert sniff(path)[0] == "odt"


def test_old_word_document_is_recognised_from_its_stream_name(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le")
    assert sniff(_write(tmp_path, "cu.pdf", ole)) == ("doc", "application/msword")


def test_images_are_recognised(tmp_path: Path) -> None:
    assert sniff(_write(tmp_path, "a.pdf", b"\x89PNG\r\n\x1a\n" + bytes(20)))[0] == "png"
    assert sniff(_write(tmp_path, "b.pdf", b"\xff\xd8\xff\xe0" + bytes(20)))[0] == "jpeg"


def test_empty_file_is_empty(tmp_path: Path) -> None:
    assert sniff(_write(tmp_path, "rong.pdf", b""))[0] == "empty"


def test_vietnamese_plain_text_is_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "ghi-chu.pdf", "Ghi chú buổi họp sáng thứ hai.".encode())
    assert sniff(path) == ("text", "text/plain")


def test_binary_noise_is_unknown(tmp_path: Path) -> None:
    assert sniff(_write(tmp_path, "x.pdf", bytes(range(256)) * 4))[0] == "unknown"


def test_every_type_has_a_description() -> None:
    assert describe_type("zip") == "a ZIP archive"
    assert describe_type("something-new") == "an unknown kind of file"
