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
    assert error.message == "This file type is not supported (it looks like a ZIP archive)."


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


# --- every type: damaged, password-protected, bombs, lying types and names ----------------------


def _rewrite_stream(data: bytes, stream: str, edit) -> bytes:
    """The OLE file with one stream changed in place (same size), as Office would store it."""
    import io

    import olefile

    buffer = io.BytesIO(data)
    with olefile.OleFileIO(buffer, write_mode=True) as ole:
        ole.write_stream(stream, edit(bytearray(ole.openstream(stream).read())))
    return buffer.getvalue()


def _set_word_encrypted(stream: bytearray) -> bytes:
    stream[11] |= 0x01  # fEncrypted: bit 8 of the flags at offset 10
    return bytes(stream)


def _add_filepass(stream: bytearray) -> bytes:
    # The record after the workbook's BOF becomes FILEPASS (0x002F), as in an encrypted file.
    bof_length = int.from_bytes(stream[2:4], "little")
    stream[4 + bof_length : 6 + bof_length] = (0x002F).to_bytes(2, "little")
    return bytes(stream)


def _set_powerpoint_encrypted(stream: bytearray) -> bytes:
    stream[12:16] = (0xF3D1C4DF).to_bytes(4, "little")
    return bytes(stream)


@pytest.mark.parametrize(
    ("kind", "stream", "edit"),
    [
        ("doc", "WordDocument", _set_word_encrypted),
        ("xls", "Workbook", _add_filepass),
        ("ppt", "Current User", _set_powerpoint_encrypted),
    ],
)
def test_password_protected_old_office_files_are_encrypted(
    office_files: dict[str, Path], tmp_path: Path, kind: str, stream: str, edit
) -> None:
    path = tmp_path / f"khoa.{kind}"
    path.write_bytes(_rewrite_stream(office_files[kind].read_bytes(), stream, edit))
    error = _error(path)
    assert error.code == "encrypted"
    assert error.message == "The Office file is protected by a password."


def test_password_protected_docx_is_encrypted(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    from tests.extract.files import write_docx

    plain = write_docx(tmp_path / "mo.docx", [BODY])
    locked = tmp_path / "khoa.docx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("mật khẩu", target)
    error = _error(locked)
    assert error.code == "encrypted"
    assert error.message == "The Office file is protected by a password."


def test_password_protected_odt_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "khoa.odt"
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        'manifest:initialisation-vector="x"/></manifest:encryption-data>'
        "</manifest:file-entry></manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", bytes(range(256)) * 4)
        archive.writestr("META-INF/manifest.xml", manifest)
    error = _error(path)
    assert error.code == "encrypted"
    assert "password" in error.message


def _truncated(path: Path, target: Path) -> Path:
    data = path.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


@pytest.mark.parametrize(
    "kind", ["docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt", "rtf"]
)
def test_truncated_office_files_are_damaged(
    office_files: dict[str, Path], tmp_path: Path, kind: str
) -> None:
    error = _error(_truncated(office_files[kind], tmp_path / f"cut.{kind}"))
    assert error.code == "damaged"
    assert "damaged or truncated" in error.message


def test_office_file_libreoffice_cannot_load_is_damaged(
    office_files: dict[str, Path], tmp_path: Path
) -> None:
    path = tmp_path / "hong.doc"
    path.write_bytes(
        _rewrite_stream(office_files["doc"].read_bytes(), "WordDocument", lambda s: bytes(len(s)))
    )
    error = _error(path)
    assert error.code == "damaged"
    assert "could not be loaded" in error.message


def test_docx_with_broken_xml_is_damaged(tmp_path: Path, soffice: str) -> None:
    from tests.extract.files import write_docx

    good = write_docx(tmp_path / "tot.docx", [BODY])
    path = tmp_path / "xml-hong.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    error = _error(path)
    assert error.code == "damaged"
    assert "not well-formed XML" in error.message


def test_xml_with_entity_declarations_is_refused(tmp_path: Path, soffice: str) -> None:
    from tests.extract.files import write_docx

    good = write_docx(tmp_path / "tot.docx", [BODY])
    path = tmp_path / "laughs.docx"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "hahahahaha">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document/>'
    )
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = laughs if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item, data)
    error = _error(path)
    assert error.code == "damaged"
    assert "entity" in error.message


def test_docx_zip_bomb_is_refused_before_inflating(tmp_path: Path, soffice: str) -> None:
    from tests.extract.files import write_docx

    good = write_docx(tmp_path / "tot.docx", [BODY])
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(good) as source:
        parts = {item.filename: source.read(item) for item in source.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
        # 8 MB of spaces deflate to about 8 KB: a thousandfold, where XML reaches 10-100.
        target.writestr("word/media/padding.xml", b" " * (8 << 20))
    error = _error(path)
    assert error.code == "too_large"
    assert "compressed" in error.message


def test_epub_member_larger_than_it_claims_is_damaged(tmp_path: Path) -> None:
    from tests.extract.files import write_epub

    path = write_epub(tmp_path / "sach.epub", [("Chương 1", BODY)], title="Sách")
    data = bytearray(path.read_bytes())
    # The central directory entry of the chapter claims 100 bytes unpacked.
    name = b"OEBPS/text/chuong1.xhtml"
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[entry + 24 : entry + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    error = _error(path)
    assert error.code in {"damaged", "too_large"}
    assert "chuong1.xhtml" in error.message or "claims" in error.message


def test_truncated_epub_is_damaged(tmp_path: Path) -> None:
    from tests.extract.files import write_epub

    path = write_epub(tmp_path / "sach.epub", [("Chương 1", BODY * 20)], title="Sách")
    error = _error(_truncated(path, tmp_path / "cut.epub"))
    assert error.code == "damaged"


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares width x height pixels but holds only a few bytes."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("size", [(100_000, 100_000), (20_000, 7_000)])
def test_image_with_huge_dimensions_is_refused_before_decoding(
    tmp_path: Path, size: tuple[int, int], tesseract: str
) -> None:
    path = tmp_path / "bom.png"
    path.write_bytes(_png_header(*size))
    error = _error(path)
    assert error.code == "too_large"
    assert "pixels" in error.message


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "TIFF"])
def test_truncated_images_are_damaged(tmp_path: Path, kind: str, tesseract: str) -> None:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(image).text((20, 20), "Xin chao " * 20, fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format=kind)
    data = buffer.getvalue()
    path = tmp_path / f"cut.{kind.lower()}"
    path.write_bytes(data[: len(data) // 3])
    error = _error(path)
    assert error.code == "damaged"
    assert "damaged or truncated" in error.message


def test_program_named_pdf_is_unsupported(tmp_path: Path) -> None:
    stub = bytearray(b"MZ" + bytes(126))
    stub[60:64] = (128).to_bytes(4, "little")
    path = tmp_path / "giao-trinh.pdf"
    path.write_bytes(bytes(stub) + b"PE\x00\x00" + bytes(200))
    error = _error(path)
    assert error.code == "unsupported_type"
    assert error.message == (
        "This file type is not supported (it looks like a program (executable file))."
    )


def test_file_name_with_folders_and_control_characters_is_made_safe(
    make_pdf: MakePdf, tmp_path: Path
) -> None:
    source = make_pdf([Paragraph(BODY)])
    path = tmp_path / "..\\..\\bài\tgiảng\x1b[31m\u202egpj.pdf"
    path.write_bytes(source.read_bytes())
    result = extract(path, render_previews=False)
    assert result.file_name == "bài giảng[31mgpj.pdf"
    assert not any(char in result.title for char in "\\/\t\x1b\u202e")


def test_page_reading_stops_at_the_time_limit(tmp_path: Path) -> None:
    from thuvien.demo.pdf_writer import PageBreak, write_pdf

    blocks = []
    for number in range(400):
        blocks += [Paragraph(f"Trang {number}. {BODY}"), PageBreak()]
    path = tmp_path / "dai.pdf"
    write_pdf(path, blocks)
    with pytest.raises(ExtractionError) as caught:
        extract(path, render_previews=False, time_limit=0.05)
    assert caught.value.code == "timeout"


def test_huge_page_is_rendered_for_ocr_within_the_pixel_limit(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from thuvien.extract.limits import MAX_OCR_PIXELS
    from thuvien.extract.pdfreader import render_for_ocr

    document = pdfium.PdfDocument.new()
    document.new_page(14_400, 14_400)  # 200 x 200 inches, PDF's largest page
    page = document[0]
    image, dpi = render_for_ocr(page)
    assert image.width * image.height <= MAX_OCR_PIXELS
    assert dpi < 300
    page.close()
    document.close()


FIVE_THOUSAND_PAGES = """
import resource, sys
from pathlib import Path
from thuvien.extract import extract
result = extract(Path(sys.argv[1]), preview_pages=3)
# VmHWM: this process's own peak (ru_maxrss can carry the parent's over fork and exec).
status = open("/proc/self/status").read().split("VmHWM:")
peak = int(status[1].split()[0]) // 1024 if len(status) > 1 else (
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
print(result.page_count, len(result.previews), sum(map(len, result.pages)), peak)
"""


def test_five_thousand_page_pdf_has_all_its_text_and_bounded_memory(tmp_path: Path) -> None:
    import subprocess
    import sys

    from thuvien.demo.pdf_writer import PageBreak, write_pdf

    line = "Cán bộ thư viện kiểm tra tài liệu trước khi đưa lên kệ."
    blocks = []
    for number in range(1, 5001):
        blocks += [Paragraph(f"Trang {number}. {line}"), PageBreak()]
    path = tmp_path / "5000-trang.pdf"
    assert write_pdf(path, blocks[:-1]) == 5000
    out = subprocess.run(
        [sys.executable, "-c", FIVE_THOUSAND_PAGES, str(path)],
        capture_output=True, text=True, check=True, timeout=300,
    ).stdout  # fmt: skip
    pages, previews, characters, peak_mb = map(int, out.split())
    assert (pages, previews) == (5000, 3)
    assert characters > 5000 * len(line)
    # Measured 75 MB (the interpreter with thuvien.extract imported: 33 MB); 146 MB for 5,000
    # full pages (benchmarks/bench_pipeline.py --part memory).
    assert peak_mb < 300


def test_error_keeps_its_code_and_type_across_processes() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(ExtractionError("needs_ocr", "Cần OCR.", "png")))
    assert (error.code, error.message, error.file_type) == ("needs_ocr", "Cần OCR.", "png")
