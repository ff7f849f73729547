"""Phrases in quotes, exclusion with -, prefix matching of the last word."""

import pytest

from thuvien.search import search

from .conftest import ids

pytestmark = pytest.mark.engine_contract


def test_quoted_phrase_needs_the_words_side_by_side(add_document):
    together = add_document("Huyện uỷ viên ở Quảng Oai")
    apart = add_document("Viên chức huyện và uỷ ban xã")
    assert set(ids(search("huyen uy vien"))) == {together.pk, apart.pk}
    assert ids(search('"huyen uy vien"')) == [together.pk]
    assert ids(search('"viên huyện"')) == []


def test_phrase_matches_inside_the_text(add_document):
    wanted = add_document("Báo cáo", "Ở đây nói về công tác kiểm tra giám sát của chi bộ.")
    add_document("Tổng kết", "Giám sát và kiểm tra công tác.")
    assert ids(search('"kiem tra giam sat"')) == [wanted.pk]


def test_minus_excludes_documents_with_the_word_anywhere(add_document):
    maths = add_document("Đề thi học kỳ môn toán lớp 10")
    literature = add_document("Đề thi học kỳ môn ngữ văn lớp 10")
    in_text = add_document("Đề thi học kỳ lớp 11", "Phần hai gồm các bài toán hình học.")
    assert set(ids(search("de thi"))) == {maths.pk, literature.pk, in_text.pk}
    assert ids(search("de thi -toan")) == [literature.pk]
    assert set(ids(search('de thi -"ngu van"'))) == {maths.pk, in_text.pk}
    assert ids(search("de thi -hoc")) == []


def test_last_word_matches_as_a_prefix(add_document):
    wanted = add_document("Huyện uỷ viên ở Quảng Oai")
    assert ids(search("quang oa")) == [wanted.pk]
    assert ids(search("huyen uy v")) == []  # one letter is too little on the results page
    assert ids(search("quang oa ")) == []  # a space after it: a whole word "oa"
    assert ids(search("huyen uy vie")) == [wanted.pk]


def test_a_new_word_completes_a_prefix_right_after_its_document_is_added(add_document):
    add_document("Gia phả dòng họ Trần ở làng Phú Xuân")
    assert ids(search("dong ho nguye")) == []  # no word starts so: remembered by the process
    later = add_document("Dòng họ Nguyễn ở Huế")
    assert ids(search("dong ho nguye")) == [later.pk]


def test_prefix_of_a_long_word_uses_the_word_list(add_document):
    wanted = add_document("Gia phả dòng họ Nguyễn ở làng Phú Xuân")
    add_document("Nguy cơ sạt lở đất")
    assert ids(search("dong ho nguye")) == [wanted.pk]
    assert ids(search("nguyê")) == [wanted.pk]
