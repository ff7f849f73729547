"""`thuvien import` as a service: folders to categories, duplicates, failures with reasons."""

from __future__ import annotations

from pathlib import Path

from thuvien.demo.pdf_writer import Paragraph, write_pdf, write_zero_page_pdf
from thuvien.library.importer import FAILED, IMPORTED, PRESENT, collect, run_import
from thuvien.library.models import Category, Document

from .conftest import write_sample_pdf


def bad_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "empty": folder / "rong.pdf",
        "not_pdf": folder / "khong-phai-pdf.pdf",
        "truncated": folder / "cat-cut.pdf",
        "encrypted": folder / "mat-khau.pdf",
        "no_pages": folder / "khong-trang.pdf",
    }
    files["empty"].write_bytes(b"")
    files["not_pdf"].write_bytes(b"PK\x03\x04 this is a zip archive, not a PDF" * 10)
    full = write_sample_pdf(folder / "tmp-full.pdf", pages=4)
    data = full.read_bytes()
    full.unlink()
    files["truncated"].write_bytes(data[: len(data) // 3])
    write_pdf(files["encrypted"], [Paragraph("Tài liệu mật.")], user_password="bi-mat")
    write_zero_page_pdf(files["no_pages"])
    return files


def test_folder_names_become_the_category_path(tmp_path):
    write_sample_pdf(tmp_path / "kho" / "Giáo dục" / "Đề thi" / "a.pdf")
    write_sample_pdf(tmp_path / "kho" / "Kinh tế" / "b.pdf")
    write_sample_pdf(tmp_path / "kho" / ".an" / "c.pdf")
    items = {i.path.name: i.category for i in collect([tmp_path / "kho"])}
    assert items == {"a.pdf": ("Giáo dục", "Đề thi"), "b.pdf": ("Kinh tế",)}


def test_category_option_overrides_folders(tmp_path):
    write_sample_pdf(tmp_path / "kho" / "Giáo dục" / "a.pdf")
    items = collect([tmp_path / "kho"], category="Cha/Con")
    assert items[0].category == ("Cha", "Con")


def test_import_counts_new_present_and_failed_with_reasons(db, tmp_path):
    good = [write_sample_pdf(tmp_path / "kho" / "Lịch sử" / f"{n}.pdf") for n in range(3)]
    (tmp_path / "kho" / "Lịch sử" / "ban-sao.pdf").write_bytes(good[0].read_bytes())
    bad = bad_files(tmp_path / "kho" / "Hỏng")
    report = run_import(collect([tmp_path / "kho"]), workers=1)
    assert report.count(IMPORTED) == 3
    assert report.count(PRESENT) == 1
    assert report.count(FAILED) == len(bad)
    reasons = {o.path.name: o.reason for o in report.failures}
    assert "rỗng" in reasons["rong.pdf"]
    assert "Loại tệp này chưa được hỗ trợ" in reasons["khong-phai-pdf.pdf"]
    assert "hỏng" in reasons["cat-cut.pdf"]
    assert "mật khẩu" in reasons["mat-khau.pdf"]
    assert "không có trang" in reasons["khong-trang.pdf"]
    assert Document.objects.count() == 3
    assert Category.objects.filter(name="Hỏng").count() == 0


def test_importing_again_finds_everything_present(db, tmp_path):
    for n in range(2):
        write_sample_pdf(tmp_path / "kho" / f"{n}.pdf")
    run_import(collect([tmp_path / "kho"]), workers=1)
    again = run_import(collect([tmp_path / "kho"]), workers=1)
    assert again.count(PRESENT) == 2 and again.count(IMPORTED) == 0
    assert Document.objects.count() == 2


def test_parallel_import_uses_worker_processes(transactional_db, tmp_path):
    for n in range(4):
        write_sample_pdf(tmp_path / "kho" / "Khoa học" / f"{n}.pdf")
    (tmp_path / "kho" / "Khoa học" / "rong.pdf").write_bytes(b"")
    report = run_import(collect([tmp_path / "kho"]), workers=2)
    assert report.count(IMPORTED) == 4
    assert report.count(FAILED) == 1
    assert Document.objects.filter(category__name="Khoa học").count() == 4


def test_a_document_that_cannot_be_stored_fails_alone_in_its_batch(db, tmp_path, monkeypatch):
    from thuvien.library import ingest

    for n in range(5):
        write_sample_pdf(tmp_path / "lo" / f"{n}.pdf", heading=f"BÁO CÁO SỐ {n}")
    real_create_rows = ingest._create_rows

    def refuse_the_third(batch):
        if any(item.extraction.file_name == "2.pdf" for item in batch):
            raise RuntimeError("ổ đĩa đầy")
        return real_create_rows(batch)

    monkeypatch.setattr(ingest, "_create_rows", refuse_the_third)
    report = run_import(collect([tmp_path / "lo"]), workers=1)
    assert report.count(IMPORTED) == 4
    assert [o.path.name for o in report.failures] == ["2.pdf"]
    assert Document.objects.count() == 4
