"""The demo library: its shape, its texts and the PDFs the build writes.

The library is built once per module (about ten seconds on two cores); every test reads it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from thuvien.demo import build as build_module
from thuvien.demo.build import DemoDocument, build_demo_library, demo_documents, document_blocks
from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph
from thuvien.demo.texts import CATEGORY_MODULES
from thuvien.demo.texts.compose import Composer

PLACEHOLDER_TITLE = re.compile(r"^(untitled|Document\d*|Microsoft (Word|PowerPoint) - .+)$")
FILE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.pdf$")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out_dir = tmp_path_factory.mktemp("demo-library")
    return out_dir, build_demo_library(out_dir)


@pytest.fixture(scope="module")
def documents() -> list[DemoDocument]:
    return demo_documents()


def _paths(library: tuple[Path, list[Path]], documents: list[DemoDocument]):
    out_dir, paths = library
    return zip(documents, paths, strict=True)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _page_text(path: Path, index: int = 0) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return _squash(pdf[index].get_textpage().get_text_range())
    finally:
        pdf.close()


def _all_strings(documents: list[DemoDocument]) -> list[str]:
    """Every authored string: pools, templates, document texts and category names."""
    strings: list[str] = []
    for module in CATEGORY_MODULES:
        strings += [module.PARENT, *module.TEMPLATES]
        for child, pool in module.POOLS.items():
            strings += [child, *pool.sentences, *pool.headings, *pool.items, *pool.subheadings]
            strings += [*pool.templates, *pool.lead_templates]
    for doc in documents:
        text = doc.text
        strings += [text.title, text.summary, doc.heading, *text.keyphrases, *text.sentences]
        strings += [*text.letterhead, *text.closing, text.subheading or ""]
        strings += [doc.metadata_title or "", doc.author or ""]
        for section in text.sections:
            strings += [section.heading, *section.paragraphs, *section.items]
    return strings


def test_library_has_at_least_32_documents(documents):
    assert len(documents) >= 32


def test_categories_form_a_two_level_tree_with_five_parents(documents):
    tree: dict[str, set[str]] = {}
    for doc in documents:
        parent, child = doc.category
        assert parent and child
        tree.setdefault(parent, set()).add(child)
    assert len(tree) >= 5
    assert sum(len(children) for children in tree.values()) >= 6
    assert sum(len(children) >= 2 for children in tree.values()) >= 3


def test_every_child_category_has_documents_of_its_own_topic(documents):
    per_child = Counter(doc.category for doc in documents)
    assert min(per_child.values()) >= 1
    assert len({doc.category[1] for doc in documents}) == len(per_child)


def test_build_writes_parent_child_folders_with_nfc_names(library, documents):
    out_dir, _ = library
    for doc, path in _paths(library, documents):
        assert path == out_dir / doc.category[0] / doc.category[1] / doc.file_name
        assert path.is_file()
        for part in path.relative_to(out_dir).parts:
            assert unicodedata.is_normalized("NFC", part)


def test_file_names_are_ascii_slugs_and_unique(documents):
    names = [doc.file_name for doc in documents]
    assert len(set(names)) == len(names)
    for name in names:
        assert FILE_NAME.match(name), name


def test_titles_and_summaries_are_unique(documents):
    titles = [doc.title.casefold() for doc in documents]
    summaries = [doc.summary for doc in documents]
    assert len(set(titles)) == len(titles)
    assert len(set(summaries)) == len(summaries)


def test_all_authored_text_is_nfc(documents):
    for text in _all_strings(documents):
        assert unicodedata.is_normalized("NFC", text), text


def test_every_drawn_character_exists_in_the_font(documents):
    font_file = resources.files("fontpkg_be_vietnam_pro") / "files" / "BeVietnamPro-Regular.ttf"
    with resources.as_file(font_file) as path:
        covered = set(TTFontFile(str(path)).charToGlyph)
    drawn = {
        char
        for doc in documents
        for block in document_blocks(doc)
        if not isinstance(block, PageBreak)
        for char in block.text
    }
    missing = sorted(char for char in drawn if ord(char) not in covered and not char.isspace())
    assert missing == []


def test_pdf_page_counts_match_the_plan_and_stay_within_1_to_40(library, documents):
    counts = []
    for doc, path in _paths(library, documents):
        pdf = pdfium.PdfDocument(path)
        pages = len(pdf)
        pdf.close()
        assert pages == doc.pages, doc.file_name
        assert 1 <= pages <= 40
        counts.append(pages)
    assert sum(c <= 3 for c in counts) >= 3  # several short ones
    assert sum(5 <= c <= 15 for c in counts) > len(counts) / 2  # most of them mid-sized
    assert sum(c >= 25 for c in counts) >= 2  # a couple of long ones


def test_first_page_shows_heading_then_summary(library, documents):
    for doc, path in _paths(library, documents):
        first_page = _page_text(path)
        heading_at = first_page.find(_squash(doc.heading))
        summary_at = first_page.find(_squash(doc.summary))
        assert heading_at >= 0, doc.file_name
        assert summary_at > heading_at, doc.file_name


def test_documents_have_numbered_sections_and_some_have_lists(documents):
    with_lists = 0
    for doc in documents:
        blocks = document_blocks(doc)
        headings = [b.text for b in blocks if isinstance(b, Heading)]
        assert headings[0] == doc.heading
        if doc.pages >= 5:
            assert len(headings) >= 4, doc.file_name
            assert any(re.match(r"^(\d+\.|Chương \d+\.|Điều \d+\.)", h) for h in headings)
        if any(isinstance(b, Paragraph) and b.text.startswith("– ") for b in blocks):
            with_lists += 1
    assert with_lists >= len(documents) // 2


def test_key_phrases_recur_in_each_document(documents):
    for doc in documents:
        text = " ".join(b.text for b in document_blocks(doc) if not isinstance(b, PageBreak))
        counts = [text.count(phrase) for phrase in doc.keyphrases]
        assert max(counts) >= 2, doc.file_name
        # Multi-syllable phrases are what keyword extraction should find.
        assert all(len(phrase.split()) >= 2 for phrase in doc.keyphrases), doc.file_name


def test_no_sentence_repeats_within_a_paragraph(documents):
    for doc in documents:
        for block in document_blocks(doc):
            if isinstance(block, Paragraph):
                # Blanks of a form ("tháng ..... năm ....") are not sentences.
                sentences = [s for s in re.split(r"(?<=[.?!])\s+", block.text) if len(s) > 20]
                assert len(sentences) == len(set(sentences)), doc.file_name


def test_at_least_eight_documents_are_drawn_word_by_word_without_spaces(library, documents):
    word_by_word = [(doc, path) for doc, path in _paths(library, documents) if doc.word_by_word]
    assert len(word_by_word) >= 8
    for doc, path in [*word_by_word, *_paths(library, documents)]:
        pdf = pdfium.PdfDocument(path)
        textpage = pdf[0].get_textpage()
        real_spaces = sum(
            1
            for i in range(textpage.count_chars())
            if pdfium_raw.FPDFText_GetUnicode(textpage.raw, i) == 32
            and pdfium_raw.FPDFText_IsGenerated(textpage.raw, i) == 0
        )
        pdf.close()
        # Word-by-word pages hold no space character; the others do.
        assert (real_spaces == 0) == doc.word_by_word, doc.file_name


def test_some_documents_have_an_all_caps_heading_and_no_metadata_title(library, documents):
    caps = [
        (doc, path)
        for doc, path in _paths(library, documents)
        if doc.heading.isupper() and doc.metadata_title is None
    ]
    assert len(caps) >= 3
    for doc, path in caps:
        pdf = pdfium.PdfDocument(path)
        assert pdf.get_metadata_dict()["Title"] == ""
        pdf.close()
        assert doc.title.upper() == doc.heading  # the heading is the title, in capitals


def test_some_documents_carry_a_placeholder_metadata_title(library, documents):
    placeholders = [
        (doc, path)
        for doc, path in _paths(library, documents)
        if doc.metadata_title and PLACEHOLDER_TITLE.match(doc.metadata_title)
    ]
    assert len(placeholders) >= 2
    for doc, path in placeholders:
        pdf = pdfium.PdfDocument(path)
        assert pdf.get_metadata_dict()["Title"] == doc.metadata_title
        pdf.close()
        assert doc.metadata_title != doc.title


def test_good_metadata_titles_and_authors_are_written(library, documents):
    good = [(d, p) for d, p in _paths(library, documents) if d.metadata_title == d.title]
    assert len(good) >= 10
    assert sum(doc.author is not None for doc in documents) >= 5
    for doc, path in good:
        pdf = pdfium.PdfDocument(path)
        metadata = pdf.get_metadata_dict()
        pdf.close()
        assert metadata["Title"] == doc.title
        assert metadata["Author"] == (doc.author or "")


def test_legal_documents_start_with_the_national_letterhead(library, documents):
    legal = [(d, p) for d, p in _paths(library, documents) if d.letterhead]
    assert len(legal) >= 3
    for doc, path in legal:
        first_page = _page_text(path)
        motto_at = first_page.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc")
        assert 0 <= motto_at < first_page.find(_squash(doc.heading)), doc.file_name


def test_composed_text_is_the_same_for_every_composer(documents):
    doc = max(documents, key=lambda d: d.pages)
    first = Composer(doc.text, doc.pool, doc.templates).outline(40)
    second = Composer(doc.text, doc.pool, doc.templates).outline(40)
    assert first == second
    assert Composer(doc.text, doc.pool, doc.templates).outline(41) != first


def test_second_build_in_another_process_writes_identical_bytes_and_skips(library):
    out_dir, paths = library
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}
    # A different hash seed catches any output that depends on set or dict hashing order.
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    code = "import sys; from pathlib import Path; from thuvien.demo.build import build_demo_library"
    code += "; build_demo_library(Path(sys.argv[1]))"
    subprocess.run([sys.executable, "-c", code, str(out_dir)], check=True, env=env)
    for path, (data, mtime) in before.items():
        assert path.read_bytes() == data
        assert path.stat().st_mtime_ns == mtime  # identical files are not rewritten


def test_build_replaces_a_file_whose_bytes_differ(tmp_path, monkeypatch, library, documents):
    doc = min(documents, key=lambda d: d.pages)
    built = dict(_paths(library, documents))[doc]
    monkeypatch.setattr(build_module, "demo_documents", lambda: [doc])
    target = tmp_path / doc.category[0] / doc.category[1] / doc.file_name
    target.parent.mkdir(parents=True)
    target.write_bytes(b"%PDF-1.4 stale")
    assert build_module.build_demo_library(tmp_path) == [target]
    assert target.read_bytes() == built.read_bytes()
