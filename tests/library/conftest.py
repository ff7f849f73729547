"""Fixtures of the library tests: PDFs written by the tests, imported documents."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph, write_pdf

BODY = (
    "Huyện uỷ viên là người được Đảng bộ tin tưởng giao nhiệm vụ lãnh đạo ở cơ sở. "
    "Qua việc thực hiện chức trách, mỗi đồng chí phải gần dân, hiểu dân và giải quyết kịp thời "
    "những việc dân cần. Bài viết tổng kết kinh nghiệm công tác ở các xã vùng ven sông Đà."
)
SECOND = (
    "Công tác kiểm tra, giám sát được tiến hành thường xuyên theo kế hoạch năm. Các chi bộ "
    "đã tổ chức sinh hoạt chuyên đề về trách nhiệm nêu gương của cán bộ, đảng viên."
)

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _own_data_dir(settings, tmp_path):
    """Each test stores its files in its own folder."""
    settings.DATA_DIR = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }


def write_sample_pdf(
    path: Path,
    *,
    heading: str = "QUA VIỆC THỰC HIỆN CHỨC TRÁCH CỦA HUYỆN UỶ VIÊN Ở QUẢNG OAI",
    pages: int = 3,
    title: str | None = None,
    word_by_word: bool = False,
    salt: str | None = None,
) -> Path:
    """A small Vietnamese PDF; `salt` makes its bytes unique."""
    salt = salt or f"Mã tài liệu {next(_counter)}."
    blocks: list = [Heading(heading), Paragraph(BODY), Paragraph(SECOND)]
    for number in range(2, pages + 1):
        blocks += [PageBreak(), Paragraph(f"Phần {number}. {SECOND}"), Paragraph(BODY)]
    blocks.append(Paragraph(salt))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_pdf(path, blocks, title=title, word_by_word=word_by_word)
    return path


@pytest.fixture
def sample_pdf(tmp_path: Path):
    def make(name: str = "tai-lieu.pdf", **options) -> Path:
        return write_sample_pdf(tmp_path / "in" / name, **options)

    return make


@pytest.fixture
def import_pdf(db, sample_pdf):
    """Import one generated PDF into the library and return its Document."""
    from thuvien.extract import extract
    from thuvien.library.ingest import category_for_path, store_document

    def make(name: str = "tai-lieu.pdf", category=("Chính trị", "Xây dựng Đảng"), **options):
        path = sample_pdf(name, **options)
        return store_document(extract(path), path, category_for_path(category))

    return make
