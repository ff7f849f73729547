from pathlib import Path

import pytest

from thuvien.text.glued import split_glued, split_glued_changes, split_syllables, split_token

DATA = Path(__file__).parent / "data"


def _labelled() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / "glued_tokens.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            token, expected, kind = line.split("\t")
            rows.append((token, expected, kind))
    return rows


LABELLED = _labelled()


def test_labelled_set_is_large_and_varied():
    kinds = {kind for _, _, kind in LABELLED}
    assert len(LABELLED) >= 300
    assert {"glued", "valid", "name", "foreign", "code", "ascii-glued"} <= kinds


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("thểđể", "thể để"),
        ("cơsở", "cơ sở"),
        ("năm1068", "năm 1068"),
        ("sở.Trong", "sở. Trong"),
        ("thểcán", "thể cán"),
        ("bộcó", "bộ có"),
    ],
)
def test_split_token_splits_the_issue_examples(token, expected):
    assert split_token(token) == expected


def test_split_glued_splits_inside_a_sentence():
    assert split_glued("toàn thểđể cán bộcó mặt") == ("toàn thể để cán bộ có mặt", 2)


@pytest.mark.parametrize(
    "token",
    [
        "QCVN",
        "01:2009/BYT",
        "15/2020/NĐ-CP",
        "COVID-19",
        "iPhone",
        "Nguyễn",
        "TP.HCM",
        "v.v.",
        "than",
        "hoang",
        "thanhcong",
        "https://thuvien.vn/tài-liệu",
        "lê.văn@trường.edu.vn",
    ],
)
def test_split_token_leaves_the_issue_non_examples_alone(token):
    assert split_token(token) == token


@pytest.mark.parametrize("kind", ["glued"])
def test_every_labelled_glued_token_is_split_as_labelled(kind):
    wrong = [(t, e, split_token(t)) for t, e, k in LABELLED if k == kind and split_token(t) != e]
    assert wrong == []


@pytest.mark.parametrize("kind", ["valid", "name", "foreign", "code", "ascii-glued"])
def test_no_labelled_token_of_other_kinds_is_changed(kind):
    changed = [(t, split_token(t)) for t, _, k in LABELLED if k == kind and split_token(t) != t]
    assert changed == []


def test_split_syllables_prefers_common_syllables_and_consonant_onsets():
    assert split_syllables("côngan") == ("công", "an")
    assert split_syllables("bộcó") == ("bộ", "có")
    assert split_syllables("thựchiện") == ("thực", "hiện")


def test_split_syllables_returns_none_when_no_split_exists():
    assert split_syllables("Krông") is None


def test_split_token_does_not_split_a_typo_into_a_lone_vowel():
    assert split_token("tạị") == "tạị"


def test_split_token_keeps_capitals_of_each_part():
    assert split_token("ViệtNam") == "Việt Nam"
    assert split_token("HÀNỘI") == "HÀ NỘI"


def test_split_token_only_splits_latin1_accents_with_vietnamese_evidence():
    # "sinhviên" has "nh"; "désiré" and "résumé" only have syllables French also makes.
    assert split_token("sinhviên") == "sinh viên"
    assert split_token("désiré") == "désiré"
    assert split_token("résumé") == "résumé"


def test_split_glued_keeps_line_breaks_tabs_and_spacing():
    text = "cơsở\nbộcó\tthểđể  x"
    assert split_glued(text) == ("cơ sở\nbộ có\tthể để  x", 3)


def test_split_glued_changes_lists_every_change():
    fixed, changes = split_glued_changes("cơsở và cơsở, bộcó")
    assert fixed == "cơ sở và cơ sở, bộ có"
    assert sorted(changes) == [("bộcó", "bộ có"), ("cơsở", "cơ sở"), ("cơsở,", "cơ sở,")]


def test_split_glued_leaves_correct_text_unchanged():
    text = (DATA / "correct_vietnamese.txt").read_text(encoding="utf-8")
    assert split_glued(text) == (text, 0)
