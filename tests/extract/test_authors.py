"""Metadata authors: real names kept, placeholders dropped."""

from __future__ import annotations

import pytest

from tests.extract.conftest import BODY, MakePdf
from thuvien.demo.pdf_writer import Paragraph
from thuvien.extract import extract
from thuvien.extract.authors import meaningful_author


def test_real_name_is_kept_and_tidied() -> None:
    assert meaningful_author("  Trần   Thị Bích ") == "Trần Thị Bích"


def test_names_that_start_like_machine_names_are_kept() -> None:
    assert meaningful_author("Winston") == "Winston"
    assert meaningful_author("Pcharles") == "Pcharles"


@pytest.mark.parametrize(
    "placeholder",
    [
        "Administrator",
        "Windows User",
        "Người dùng Windows",
        "HP",
        "DESKTOP-7F3K2QL",
        "USER-PC",
        "",
        "—",
    ],  # fmt: skip
)
def test_placeholders_and_machine_names_are_dropped(placeholder: str) -> None:
    assert meaningful_author(placeholder) is None


def test_placeholder_author_in_a_pdf_becomes_none(make_pdf: MakePdf) -> None:
    path = make_pdf([Paragraph(BODY)], author="Microsoft Office User")
    assert extract(path, render_previews=False).author is None
