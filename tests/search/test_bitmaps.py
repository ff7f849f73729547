"""Bitmaps of frequent tokens answer tiers and counts exactly as the engine's own index does."""

import io
import random

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from thuvien.library.models import Document
from thuvien.search import (
    Filters,
    _bitmaps,
    _bitquery,
    _maintenance,
    _search,
    search,
    suggest,
)
from thuvien.search._bitcache import decode, encode, one_search
from thuvien.search._bitmaps import from_ids
from thuvien.search._engine import get_engine
from thuvien.search._plan import BODY, HEAD, plan
from thuvien.search._query import parse_query
from thuvien.text.fold import fold

from .conftest import aware

pytestmark = pytest.mark.engine_contract

VOCABULARY = (
    "quy hoạch đường giao thông nông thôn huyện uỷ Quảng Oai đất đai luật Hà Nội dương "
    "kinh tế giáo dục tài liệu hướng dẫn phát triển bền vững môi trường công nghệ thông tin "
    "báo cáo tổng hợp kế hoạch năm học sinh viên đề thi lớp toán văn lịch sử địa lý ôn tập "
    "nguyễn nguyên nguyệt"
)
WORDS = VOCABULARY.split()
# One word per folded form: a document's keywords must differ once folded.
KEYWORDS = sorted({fold(w.lower()): w.lower() for w in WORDS}.values())

QUERIES = [
    "quy hoach",
    "Quy hoạch đường",
    "duong",
    "đường",
    "dương",
    "huyen uy",
    "huyện uỷ quảng oai",
    '"giao thong nong thon"',
    "dat dai -luat",
    'tai lieu -"ke hoach"',
    "ke hoach nam",
    "nguye",
    "nguy",
    "on t",
    "lich su dia",
    "giao duc toan",
    "kinh te phat trien ben vung moi truong",
]
FILTERS = [None, Filters(file_type="docx"), Filters(year=2023), Filters(pages_min=2, pages_max=5)]


def _title(rng: random.Random, long: bool) -> str:
    return " ".join(
        rng.choice(WORDS) for _ in range(rng.randint(18, 22) if long else rng.randint(2, 7))
    )


@pytest.fixture
def library(add_document, category, monkeypatch):
    """Sixty documents of a small vocabulary: most words frequent, a few rare."""
    # Tiny blocks, so that a few documents spread over many of them.
    monkeypatch.setattr(_bitmaps, "SHIFT", 3)
    monkeypatch.setattr(_bitmaps, "BLOCK", 8)
    monkeypatch.setattr(_bitmaps, "BLOCK_BYTES", 1)
    monkeypatch.setattr(_bitmaps, "OFFSET", 7)
    monkeypatch.setattr(_bitmaps, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(_bitmaps, "SHARE", {BODY: 0.25, HEAD: 0.1})
    monkeypatch.setattr(_bitquery, "FILTERED_ROWS", 10**6)
    rng = random.Random(7)
    places = [category("Giáo dục", "Đề thi"), category("Kinh tế"), category("Pháp luật")]
    made = []
    for n in range(60):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 40)))
        made.append(
            add_document(
                _title(rng, long=n % 13 == 0),
                f"{text}. Mã số {rng.randint(1, 9)}{n}.",
                keywords=tuple(rng.sample(KEYWORDS, 2)),
                in_category=rng.choice(places),
                file_type=rng.choice(["pdf", "docx"]),
                pages=rng.randint(1, 30),
                created_at=aware(rng.choice([2022, 2023, 2024])),
            )
        )
    _refresh()
    return made


def _refresh() -> int:
    with transaction.atomic():
        return _bitmaps.refresh(get_engine())


def _answers(text: str, filters: Filters | None, sort: str = "lien-quan") -> tuple:
    found = search(text, filters=filters, sort=sort, per_page=100, snippets=False)
    scores = sorted((round(hit.score, 3), hit.document.pk) for hit in found.hits)
    return found.total, found.total_exact, scores


def _without_bitmaps(monkeypatch):
    monkeypatch.setattr(_bitquery, "tier_query", lambda *args, **kwargs: None)


def test_some_tokens_have_bitmaps_and_some_do_not(library):
    engine = get_engine()
    with one_search():
        matches = plan(parse_query("quy hoach")).matches
        assert _bitquery.tier_query(engine, matches) is not None
        rare = plan(parse_query("ma so 37")).matches
        quick = _bitquery.tier_query(engine, rare)
        assert quick is None or quick.rare is not None


@pytest.mark.parametrize("sort", ["lien-quan", "moi-nhat", "xem-nhieu"])
def test_bitmaps_give_the_engines_results(library, monkeypatch, sort):
    with_bitmaps = {(q, f): _answers(q, f, sort) for q in QUERIES for f in FILTERS}
    _without_bitmaps(monkeypatch)
    for (text, filters), answer in with_bitmaps.items():
        assert answer == _answers(text, filters, sort), (text, filters)
    assert any(total > 10 for total, _, _ in with_bitmaps.values())


def test_every_tier_has_the_engines_documents_in_its_order(library, monkeypatch):
    engine = get_engine()
    for text in QUERIES:
        for filters in FILTERS:
            the_plan = plan(parse_query(text), filters)
            for tier in [*the_plan.tiers, the_plan.matches]:
                with one_search():
                    ids = engine.tier_ids(tier, 1000, page_range=the_plan.page_range)
                    total = engine.count(tier, 1000, page_range=the_plan.page_range)
                    alone = engine.index_tier_ids(tier, 1000, page_range=the_plan.page_range)
                    counted = engine.index_count(tier, 1000, page_range=the_plan.page_range)
                assert total == counted == len(ids), (text, tier.name)
                if tier.index == HEAD or engine.name == "embedded":
                    assert ids == alone, (text, tier.name)
                else:  # PostgreSQL lists whole-document matches in the GIN index's order
                    assert sorted(ids) == sorted(alone), (text, tier.name)


def test_an_engine_that_lists_whole_counts_with_the_rows_it_read(library, monkeypatch):
    """PostgreSQL lists a tier's rare part in one query: the bitmaps filter those rows for the
    count instead of asking PostgreSQL to count again; SQLite reads them as consumed, and
    counts itself beyond a few."""
    engine = get_engine()
    monkeypatch.setattr(_bitquery, "COUNTED_ROWS", 0)
    real = type(engine).index_count
    asked = []

    def counting(self, *args, **kwargs):
        asked.append(args)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(engine), "index_count", counting)
    numbers = [d.content.pages[-1].rsplit(" ", 1)[-1].strip(".") for d in library[:5]]
    checked = 0
    for text in [*QUERIES, *(f"ma so {n}" for n in numbers)]:
        tier = plan(parse_query(text)).matches
        with one_search():
            quick = _bitquery.tier_query(engine, tier)
            if quick is None or quick.rare is None:
                continue
            total = engine.count(tier, 1000)
            assert total == real(engine, tier, 1000), text
        checked += total > 0
    assert checked
    assert bool(asked) != engine.streams_whole


def test_bitmaps_follow_new_edited_hidden_and_deleted_documents(
    library, monkeypatch, add_document, django_capture_on_commit_callbacks
):
    added = add_document("Quy hoạch đường nông thôn mới", "Quy hoạch đất đai, giao thông.")
    edited, hidden, deleted = library[3], library[4], library[5]
    with django_capture_on_commit_callbacks(execute=True):
        edited.title = "Luật đất đai sửa đổi"
        edited.save()
        hidden.status = Document.Status.HIDDEN
        hidden.save()
        deleted.delete()
    after = {q: _answers(q, None) for q in QUERIES}
    assert added.pk in [pk for _, pk in after["quy hoach"][2]]
    assert all(pk not in (hidden.pk, deleted.pk) for _, _, s in after.values() for _, pk in s)
    _without_bitmaps(monkeypatch)
    for text, answer in after.items():
        assert answer == _answers(text, None), text


def test_a_refresh_gives_bitmaps_once(library):
    assert _refresh() == 0
    with transaction.atomic():
        get_engine().clear()
    assert not search("quy hoach").hits


def test_counts_stop_at_the_bound(library, monkeypatch):
    monkeypatch.setattr(_search, "COUNT_BOUND", 5)
    found = search("quy hoach")
    assert found.total == 5 and not found.total_exact


def test_suggestions_are_the_same_with_bitmaps(library, monkeypatch):
    typed = ["quy ho", "đườ", "huyen uy q", "nguy", "ke hoach n"]
    with_bitmaps = [[s.text for s in suggest(t)] for t in typed]
    _without_bitmaps(monkeypatch)
    assert with_bitmaps == [[s.text for s in suggest(t)] for t in typed]
    assert any(with_bitmaps)


def test_bits_of_ids_come_back_highest_first():
    ids = [0, 1, 7, 63, 64, 65, 1000, 16383]
    blocks = from_ids(ids)
    assert list(_bitquery._descending(blocks[0], 0)) == sorted(ids, reverse=True)


def test_blocks_are_stored_compressed_when_that_is_shorter():
    sparse = 1 << 5 | 1 << 2000
    dense = int.from_bytes(random.Random(1).randbytes(2048), "little")
    for bits in (0, sparse, dense):
        assert decode(encode(bits, 2048)) == bits
    assert len(encode(sparse, 2048)) < 100 and len(encode(dense, 2048)) == 2049


def test_check_finds_bitmaps_that_disagree_with_the_index_and_repair_fixes_them(library):
    assert _maintenance.check().clean
    with connection.cursor() as cursor:  # a lost write: one token's bits say nothing
        cursor.execute(
            "UPDATE search_bitmap SET bits = %s WHERE scope = 'body' AND term = 'quy'",
            [encode(0, _bitmaps.BLOCK_BYTES)],
        )
    drift = _maintenance.check()
    assert drift.bitmaps == ["body:quy"] and not drift.clean
    _maintenance.repair(drift)
    assert _maintenance.check().clean


def test_a_rebuild_gives_the_frequent_tokens_bitmaps(library, monkeypatch):
    with transaction.atomic():
        get_engine().clear()
    assert not any(_bitmaps.vocabulary().values())
    call_command("reindex", "--fresh", "--no-progress", stdout=io.StringIO())
    covered = _bitmaps.vocabulary()
    assert "quy" in covered[BODY] and "_l3" in covered[HEAD]
    with_bitmaps = {q: _answers(q, None) for q in QUERIES}
    _without_bitmaps(monkeypatch)
    assert with_bitmaps == {q: _answers(q, None) for q in QUERIES}


def test_candidates_fewer_documents_hold_than_a_sample_said_get_no_bitmaps(library, monkeypatch):
    engine = get_engine()
    least = _bitmaps.threshold(len(library), BODY)
    frequent = set(engine.frequent_tokens(BODY, least))
    every = set(engine.frequent_tokens(BODY, 1))
    assert every - frequent  # rare tokens among the candidates
    with transaction.atomic():
        _bitmaps.clear()
    monkeypatch.setattr(
        type(engine), "frequent_tokens", lambda self, index, least: every if index == BODY else []
    )
    _refresh()
    assert _bitmaps.vocabulary()[BODY] == frequent
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT term FROM search_bitmap WHERE scope = 'body'")
        assert {row[0] for row in cursor.fetchall()} == frequent


def test_a_large_body_index_is_sampled_for_its_frequent_tokens(library, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL reads a sample; SQLite's vocabulary table counts exactly")
    from django.test.utils import CaptureQueriesContext

    from thuvien.search import _postgres

    monkeypatch.setattr(_postgres, "SAMPLE_DOCUMENTS", 40)
    engine = get_engine()
    exact = set(engine.frequent_tokens(BODY, 1))
    with CaptureQueriesContext(connection) as queries:
        sampled = set(engine.frequent_tokens(BODY, 1))
    assert any("TABLESAMPLE SYSTEM (66.666667)" in q["sql"] for q in queries.captured_queries)
    assert sampled <= exact
    with transaction.atomic():
        _bitmaps.clear()
    _refresh()
    least = _bitmaps.threshold(len(library), BODY)
    assert _bitmaps.vocabulary()[BODY] <= set(engine.frequent_tokens(BODY, least))


def test_the_cache_holds_as_many_blocks_as_its_setting_allows(settings):
    from thuvien.search import _bitcache

    settings.SEARCH_CACHE_MB = 1  # 512 blocks of 2 KB
    versions = {_bitcache.VOCABULARY: 1, **dict.fromkeys(range(200), 7)}
    cache = _bitcache._Cache()
    cache.sync(versions)
    for n in range(5):  # five tokens of 200 blocks each: the two read last fit
        cache.put(("body", f"t{n}"), dict.fromkeys(range(200), 1), range(200), versions)
    assert list(cache.terms) == [("body", "t3"), ("body", "t4")]
    settings.SEARCH_CACHE_MB = 2
    cache.put(("body", "t5"), dict.fromkeys(range(200), 1), range(200), versions)
    assert len(cache.terms) == 3
    assert cache.get(("body", "t3")) is not None  # read again: the last to go
    settings.SEARCH_CACHE_MB = 1
    cache.put(("body", "t6"), dict.fromkeys(range(200), 1), range(200), versions)
    assert list(cache.terms) == [("body", "t3"), ("body", "t6")]


def test_unless_set_the_cache_grows_with_the_library(settings, monkeypatch):
    from thuvien.search import _bitcache

    settings.SEARCH_CACHE_MB = 0
    monkeypatch.setattr(_bitcache, "TOKENS_KEPT", 3)
    monkeypatch.setattr(_bitcache, "LEAST_MB", 1)  # 512 blocks
    cache = _bitcache._Cache()
    for blocks in (100, 300):  # 512 blocks hold five tokens of 100; three tokens of 300: 900
        versions = {_bitcache.VOCABULARY: blocks, **dict.fromkeys(range(blocks), 7)}
        cache.sync(versions)
        for n in range(8):
            cache.put(("body", f"t{n}"), dict.fromkeys(range(blocks), 1), range(blocks), versions)
        assert list(cache.terms) == [("body", f"t{n}") for n in range(8 - len(cache.terms), 8)]
        assert len(cache.terms) == (5 if blocks == 100 else 3)
