"""At scale: index-driven queries, bounded counts, no texts loaded by list views."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from thuvien.search import related_documents, search
from thuvien.search._engine import get_engine
from thuvien.search._plan import plan
from thuvien.search._query import parse_query

pytestmark = pytest.mark.engine_contract

QUERIES = ["quang oai", "Quảng Oai", '"huyen uy" -xa', "tai lieu on t"]


@pytest.mark.parametrize("text", QUERIES)
def test_every_tier_query_is_answered_by_the_index_in_its_order(add_document, text):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite plans; PostgreSQL has its own test")
    add_document("Huyện uỷ viên ở Quảng Oai")
    engine = get_engine()
    for tier in plan(parse_query(text)).tiers:
        steps = " | ".join(engine.explain(tier))
        assert "VIRTUAL TABLE INDEX" in steps, steps
        assert "TEMP B-TREE" not in steps, steps  # the order comes from the index: it stops early
        assert "SCAN search_entry" not in steps and "SCAN library" not in steps, steps


def test_postgres_tier_queries_use_the_gin_or_key_index(add_document):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL plans")
    add_document("Huyện uỷ viên ở Quảng Oai")
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")  # tiny tables: ask what the index would do
    engine = get_engine()
    for tier in plan(parse_query("quang oai")).tiers:
        steps = " | ".join(engine.explain(tier))
        assert "Index" in steps, steps
        assert "Seq Scan" not in steps, steps


def test_search_page_reads_no_text_and_counts_with_a_bound(client, add_document):
    for n in range(22):  # more than a page: the total must be counted
        add_document(f"Huyện uỷ viên số {n}", "Nội dung rất dài. " * 200)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/tim-kiem", {"q": "huyen uy"})
    assert response.status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    assert not [s for s in sql if "library_documenttext" in s]
    counts = [s for s in sql if re.search(r"count\(", s, re.I)]
    assert counts and all(re.search(r"LIMIT \d+", s) for s in counts), counts
    loaded = [s for s in sql if "library_document" in s and "SELECT" in s]
    assert loaded and not [s for s in loaded if '"description"' in s.split("FROM")[0]], loaded


def test_related_reads_no_text_of_other_documents(add_document):
    document = add_document("Cà phê Tây Nguyên", "Nội dung.", keywords=("cà phê",))
    add_document("Cà phê sạch", "Nội dung khác.", keywords=("cà phê",))
    with CaptureQueriesContext(connection) as queries:
        assert len(related_documents(document)) == 1
    assert not [q for q in queries.captured_queries if "library_documenttext" in q["sql"]]


def test_query_count_of_a_search_is_small_and_fixed(add_document):
    for n in range(30):
        add_document(f"Giáo án lớp {n}", f"Bài {n}.")
    search("giao an")  # what a process remembers between searches is remembered now
    with CaptureQueriesContext(connection) as few:
        search("giao an", per_page=5)
    with CaptureQueriesContext(connection) as many:
        search("giao an", per_page=25)
    assert len(few) == len(many) <= 12


@pytest.mark.parametrize("text", ["huyen uy", "Huyện uỷ -xa", '"huyen uy vien"'])
def test_every_query_of_a_search_page_uses_an_index(client, add_document, text):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite plans")
    for n in range(22):
        add_document(f"Huyện uỷ viên số {n}", "Nội dung.", keywords=("công tác",))
    with CaptureQueriesContext(connection) as queries:
        client.get("/tim-kiem", {"q": text, "danh-muc": "tai-lieu", "so-trang": "2-4"})
    selects = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    assert selects
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        # Tables that grow with the library (the outbox, the category tree and the versions of
        # bitmap blocks, one per 16,384 documents, stay small).
        small = {"search_pending", "library_category", "search_bitmap_block"}
        growing = {row[0] for row in cursor.fetchall()} - small
        for sql in selects:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            steps = [row[-1] for row in cursor.fetchall()]
            scans = [
                s
                for s in steps
                if s.startswith("SCAN ") and s.split()[1] in growing and "VIRTUAL TABLE" not in s
            ]
            assert not scans, (sql, steps)
            # "status = ?" alone walks every published document: look ids up instead.
            assert not [s for s in steps if s.endswith("(status=?)")], (sql, steps)


def test_postgres_planner_switches_are_restored(db):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL planner settings")
    engine = get_engine()

    def setting(name: str) -> str:
        with connection.cursor() as cursor:
            cursor.execute(f"SHOW {name}")
            return cursor.fetchone()[0]

    def planned(name: str, ordered: bool = False) -> str:
        return engine._fetch(f"SHOW {name}", [], ordered=ordered)[0][0]

    with engine.reading():
        assert planned("enable_indexscan") == "off" and planned("enable_bitmapscan") == "on"
        assert planned("enable_indexscan", True) == "on"
        assert planned("enable_bitmapscan", True) == "off"
        assert planned("enable_indexscan") == "off" and planned("jit") == "off"
    assert setting("enable_indexscan") == "on" and setting("jit") == "on"
