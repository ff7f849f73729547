"""What this machine can process, and clear errors for what it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.extract.files import png_bytes
from thuvien.extract import ExtractionError, extract, pipeline
from thuvien.extract.capabilities import (
    OFFICE_TYPES,
    SUPPORTED_TYPES,
    Capabilities,
    capabilities,
)


def test_without_tools_only_pdf_text_and_epub_are_processable() -> None:
    bare = Capabilities(libreoffice=None, tesseract=None)
    assert bare.processable_types() == ["epub", "pdf", "text"]
    assert bare.accepted_extensions() == [".epub", ".pdf", ".txt"]
    assert {bare.missing_for(kind) for kind in OFFICE_TYPES} == {"needs_libreoffice"}
    assert bare.missing_for("png") == "needs_ocr"
    assert bare.missing_for("executable") == "unsupported_type"


def test_tesseract_without_vietnamese_data_is_not_ocr() -> None:
    english_only = Capabilities(None, "/usr/bin/tesseract", ("eng", "osd"))
    assert not english_only.ocr
    assert Capabilities(None, "/usr/bin/tesseract", ("eng", "osd", "vie")).ocr


def test_with_every_tool_every_supported_type_is_processable() -> None:
    full = Capabilities("/usr/bin/soffice", "/usr/bin/tesseract", ("eng", "vie"))
    assert set(full.processable_types()) == SUPPORTED_TYPES
    assert ".docx" in full.accepted_extensions() and ".tif" in full.accepted_extensions()


def test_this_machine_is_detected(soffice: str, tesseract: str) -> None:
    caps = capabilities(refresh=True)
    assert caps.office and caps.ocr
    assert "vie" in caps.ocr_languages


def test_tools_missing_from_the_path_are_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/khong-co-gi")
    try:
        caps = capabilities(refresh=True)
        assert (caps.libreoffice, caps.tesseract, caps.ocr_languages) == (None, None, ())
    finally:
        monkeypatch.undo()
        capabilities(refresh=True)


def test_scan_without_ocr_needs_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "capabilities", lambda: Capabilities("/usr/bin/soffice", None))
    path = tmp_path / "scan.png"
    path.write_bytes(png_bytes(Image.new("L", (800, 1100), 255)))
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert caught.value.code == "needs_ocr"
    assert "Tesseract" in caught.value.message and "a PNG image" in caught.value.message
