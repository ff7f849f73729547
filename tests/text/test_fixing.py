import doctest
import importlib
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thuvien.text.fixing import FixReport, fix_text, fix_text_report
from thuvien.text.legacy import to_legacy

DATA = Path(__file__).parent / "data"
VIETNAMESE = (DATA / "correct_vietnamese.txt").read_text(encoding="utf-8")
WORDS = sorted({w.lower() for w in re.findall(r"[^\W\d_]+", VIETNAMESE) if w.islower()})


def test_fix_text_runs_every_step_in_order():
    legacy = to_legacy("Trường đại học được thành lập", "tcvn3")
    raw = (
        "Vie\u0323\u0302t\u200b Nam: "
        + legacy
        + "\nnăm1068 tại cơsở\r\nmới.\n\n\nĐoạn   hai cán bộcó mặt."
    )
    fixed, report = fix_text_report(raw)
    assert fixed == (
        "Việt Nam: Trường đại học được thành lập năm 1068 tại cơ sở mới.\n\nĐoạn hai cán bộ có mặt."
    )
    assert report.nfc_applied
    assert report.characters_removed == 2  # the zero-width space and the carriage return
    assert [c.encoding for c in report.conversions] == ["tcvn3"]
    assert report.line_breaks_joined == 2
    assert sorted(report.splits) == [("bộcó", "bộ có"), ("cơsở", "cơ sở"), ("năm1068", "năm 1068")]
    assert report.split_count == 3
    assert report.changed


def test_fix_text_converts_legacy_before_splitting_glued_words():
    # The TCVN3 word only becomes Vietnamese, and so splittable, after conversion.
    legacy = to_legacy("Các trường đã được thành lập tại cơsở", "tcvn3")
    assert fix_text(legacy) == "Các trường đã được thành lập tại cơ sở"


def test_fix_text_report_summary_lines_name_each_change():
    legacy = to_legacy("Các trường đại học đã được thành lập", "vni")
    _, report = fix_text_report(f"{legacy}\n\nthểđể\ncũng\u200b vậy")
    lines = report.summary_lines()
    assert any("vni" in line and "paragraph 1" in line for line in lines)
    assert any(
        line.startswith("split 1 glued token") and "thểđể → thể để" in line for line in lines
    )
    assert any(line.startswith("joined 1 line break") for line in lines)
    assert any(line.startswith("removed 1 invisible") for line in lines)


def test_fix_text_report_says_no_changes_for_clean_text():
    fixed, report = fix_text_report("Văn bản đã sạch.")
    assert fixed == "Văn bản đã sạch."
    assert not report.changed
    assert report.summary_lines() == ["no changes"]
    assert isinstance(report, FixReport)


def test_fix_text_keeps_a_final_newline():
    assert fix_text("dòng một\ndòng hai\n") == "dòng một dòng hai\n"


def test_fix_text_leaves_the_authored_clean_text_unchanged():
    assert fix_text(VIETNAMESE.strip()) == VIETNAMESE.strip()


sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=20).map(
    lambda words: (" ".join(words)).capitalize() + "."
)
paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
clean_text = st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)


@settings(deadline=None)
@given(clean_text)
def test_fix_text_is_the_identity_on_clean_text(text):
    assert fix_text(text) == text


@settings(deadline=None)
@given(st.text())
def test_fix_text_returns_nfc(text):
    assert unicodedata.is_normalized("NFC", fix_text(text))


@settings(deadline=None)
@given(clean_text, st.sampled_from(["tcvn3", "vni", "cp1258", "utf8-cp1252"]))
def test_fix_text_is_idempotent_on_repaired_text(text, encoding):
    once = fix_text(to_legacy(text, encoding))
    assert fix_text(once) == once


REPAIR_MODULES = [
    "normalize",
    "fold",
    "syllables",
    "legacy",
    "legacy_codecs",
    "legacy_evidence",
    "legacy_tables",
    "glued",
    "lines",
]


@pytest.mark.parametrize("name", [*REPAIR_MODULES, "fixing"])
def test_docstring_examples_hold(name):
    module = importlib.import_module(f"thuvien.text.{name}")
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0
