"""Filters (category subtree, file type, pages, year), sorting, pagination and the total."""

import pytest

from thuvien.search import MOST_DOWNLOADED, MOST_VIEWED, NEWEST, Filters, _search, search

from .conftest import aware, ids

pytestmark = pytest.mark.engine_contract


def test_category_filter_takes_the_whole_subtree(add_document, category):
    exams = category("Giáo dục", "Đề thi", "Lớp 12")
    plans = category("Giáo dục", "Giáo án")
    economy = category("Kinh tế")
    in_exams = add_document("Đề ôn tập", in_category=exams)
    in_plans = add_document("Giáo án ôn tập", in_category=plans)
    add_document("Ôn tập kinh tế vĩ mô", in_category=economy)
    education = category("Giáo dục")
    found = search("on tap", filters=Filters(category_id=education.pk))
    assert set(ids(found)) == {in_exams.pk, in_plans.pk}
    assert found.total == 2
    assert ids(search("on tap", filters=Filters(category_id=plans.pk))) == [in_plans.pk]


def test_moving_a_category_moves_its_documents_in_filters(
    add_document, category, django_capture_on_commit_callbacks
):
    exams = category("Giáo dục", "Đề thi")
    document = add_document("Đề ôn tập", in_category=exams)
    economy = category("Kinh tế")
    with django_capture_on_commit_callbacks(execute=True):
        exams.parent = economy
        exams.save()
    assert ids(search("on tap", filters=Filters(category_id=economy.pk))) == [document.pk]
    education = category("Giáo dục")
    assert ids(search("on tap", filters=Filters(category_id=education.pk))) == []


def test_file_type_pages_and_year_filters(add_document):
    pdf = add_document("Sổ tay an toàn", file_type="pdf", pages=12, created_at=aware(2023))
    docx = add_document(
        "Sổ tay an toàn lao động", file_type="docx", pages=3, created_at=aware(2024)
    )
    long = add_document("Sổ tay an toàn điện", file_type="pdf", pages=700, created_at=aware(2024))
    assert ids(search("so tay", filters=Filters(file_type="docx"))) == [docx.pk]
    assert set(ids(search("so tay", filters=Filters(pages_min=11, pages_max=20)))) == {pdf.pk}
    assert set(ids(search("so tay", filters=Filters(pages_min=501)))) == {long.pk}
    assert set(ids(search("so tay", filters=Filters(year=2024)))) == {docx.pk, long.pk}
    # A range the page buckets cannot say exactly is checked on the rows.
    assert set(ids(search("so tay", filters=Filters(pages_min=4, pages_max=12)))) == {pdf.pk}
    both = Filters(file_type="pdf", year=2024)
    assert ids(search("so tay", filters=both)) == [long.pk]


def test_sorts_newest_most_viewed_most_downloaded(add_document):
    old = add_document("Lịch sử địa phương", created_at=aware(2020), views=50, downloads=1)
    mid = add_document("Lịch sử Việt Nam", created_at=aware(2022), views=5, downloads=30)
    new = add_document("Lịch sử thế giới", created_at=aware(2024), views=1, downloads=2)
    assert ids(search("lich su", sort=NEWEST)) == [new.pk, mid.pk, old.pk]
    assert ids(search("lich su", sort=MOST_VIEWED)) == [old.pk, mid.pk, new.pk]
    assert ids(search("lich su", sort=MOST_DOWNLOADED)) == [mid.pk, new.pk, old.pk]


def test_pages_partition_the_ranking(add_document):
    made = {add_document(f"Bài giảng vật lý chương {n}").pk for n in range(7)}
    pages = [search("vat ly", page=p, per_page=3) for p in (1, 2, 3, 4)]
    assert [len(p.hits) for p in pages] == [3, 3, 1, 0]
    seen = [pk for p in pages for pk in ids(p)]
    assert len(seen) == len(set(seen)) == 7 and set(seen) == made
    assert pages[0].total == 7 and pages[0].total_exact and pages[0].num_pages == 3


def test_total_is_bounded_and_says_more_than(add_document, monkeypatch):
    monkeypatch.setattr(_search, "COUNT_BOUND", 3)
    for n in range(5):
        add_document(f"Bản tin số {n}")
    found = search("ban tin")
    assert found.total == 3 and not found.total_exact
    assert len(found.hits) == 5  # more than the bound: "hơn 3"


def test_total_counts_every_match_when_few_are_in_titles(add_document, monkeypatch):
    # The title tier of the loose words holds one document: read to its end, it says nothing
    # of the whole-document tier, whose matches must still be counted.
    monkeypatch.setattr(_search, "RERANK", 3)
    add_document("Tin tức bản địa")
    for n in range(6):
        add_document(f"Tài liệu số {n}", "Tin vắn trong bản này.")
    found = search("ban tin", per_page=2)
    assert found.total == 7 and found.total_exact
    assert len(found.hits) == 2
