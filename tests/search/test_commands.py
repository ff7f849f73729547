"""`thuvien reindex` (rebuild, resume, --check, --repair) and `thuvien search --json`."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from thuvien.library.models import Document
from thuvien.search import _maintenance, search
from thuvien.search._engine import get_engine
from thuvien.search._indexing import remove_documents
from thuvien.search.models import IndexedPhrase, SearchEntry, SearchState

from .conftest import ids

pytestmark = pytest.mark.engine_contract


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_search_command_prints_ranked_json(add_document):
    first = add_document("Luật đất đai", "Quy định về đất đai.")
    second = add_document("Hỏi đáp luật đất đai ở nông thôn")
    rows = json.loads(run("search", "luat", "dat", "dai", "--json", "--limit", "5"))
    assert [r["id"] for r in rows] == [first.pk, second.pk]
    assert set(rows[0]) == {"id", "title", "score", "snippet"}
    assert rows[0]["score"] >= rows[1]["score"]
    assert "<mark>" not in rows[0]["snippet"] and "đất đai" in rows[0]["snippet"]
    assert len(json.loads(run("search", "luat", "--json", "--limit", "1"))) == 1


def test_reindex_fresh_rebuilds_everything(add_document):
    docs = [add_document(f"Giáo trình kinh tế {n}") for n in range(5)]
    get_engine().clear()
    SearchEntry.objects.all().delete()
    assert ids(search("kinh te")) == []
    output = run("reindex", "--fresh", "--batch-size", "2", "--no-progress")
    assert "5 tài liệu ghi" in output
    assert set(ids(search("kinh te"))) == {d.pk for d in docs}


def test_reindex_resumes_after_interruption(add_document, monkeypatch):
    docs = [add_document(f"Giáo trình kinh tế {n}") for n in range(6)]
    get_engine().clear()
    SearchEntry.objects.all().delete()
    real = _maintenance.index_documents
    calls = []

    def failing(ids, **kwargs):
        calls.append(ids)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(ids, **kwargs)

    monkeypatch.setattr(_maintenance, "index_documents", failing)
    with pytest.raises(KeyboardInterrupt):
        run("reindex", "--fresh", "--batch-size", "2", "--no-progress")
    assert SearchState.objects.get(key="rebuild_position").value == str(docs[1].pk)
    assert len(ids(search("kinh te"))) == 2
    monkeypatch.setattr(_maintenance, "index_documents", real)
    output = run("reindex", "--resume", "--batch-size", "2", "--no-progress")
    assert f"tiếp từ id {docs[1].pk}" in output and "4 tài liệu ghi" in output
    assert set(ids(search("kinh te"))) == {d.pk for d in docs}


def test_reindex_with_workers_indexes_in_several_processes(transactional_db, add_document):
    docs = [
        add_document(f"Giáo trình kinh tế {n}", keywords=(f"kinh tế vĩ mô {n}",)) for n in range(7)
    ]
    if not get_engine().parallel_writes:
        with pytest.raises(CommandError, match="PostgreSQL"):
            run("reindex", "--fresh", "--workers", "2", "--no-progress")
        return
    output = run("reindex", "--fresh", "--workers", "2", "--batch-size", "2", "--no-progress")
    assert "7 tài liệu ghi" in output
    assert set(ids(search("kinh te"))) == {d.pk for d in docs}
    assert get_engine().indexed_ids(0, 100) == [d.pk for d in docs]  # each once
    assert IndexedPhrase.objects.count() == 7
    assert not SearchState.objects.filter(key__startswith="rebuild_").exists()
    assert _maintenance.check().clean


def test_reindex_resumes_past_batches_a_worker_finished_out_of_order(add_document):
    docs = [add_document(f"Giáo trình kinh tế {n}") for n in range(6)]
    # As a rebuild with workers leaves it when stopped: the first batch counted, the next
    # two written, the last handed out no further.
    remove_documents([docs[4].pk, docs[5].pk])
    for key, value in (
        ("rebuild_mode", "fresh"),
        ("rebuild_position", docs[1].pk),
        ("rebuild_submitted", docs[3].pk),
    ):
        SearchState.objects.update_or_create(key=key, defaults={"value": str(value)})
    output = run("reindex", "--resume", "--batch-size", "2", "--no-progress")
    assert "2 tài liệu ghi" in output
    assert get_engine().indexed_ids(0, 100) == [d.pk for d in docs]  # none twice
    assert set(ids(search("kinh te"))) == {d.pk for d in docs}


def test_reindex_workers_must_be_positive():
    with pytest.raises(CommandError):
        run("reindex", "--workers", "0")


def test_check_reports_drift_and_repair_fixes_it(add_document):
    kept = add_document("Sổ tay kế toán")
    edited = add_document("Sổ tay thủ quỹ")
    hidden = add_document("Sổ tay kiểm toán")
    missing = add_document("Sổ tay thuế")
    assert run("reindex", "--check", "--no-progress").strip() == "chỉ mục khớp với cơ sở dữ liệu"
    # Changes that bypass Django's signals.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE library_document SET title = %s WHERE id = %s", ["Sổ tay ngân quỹ", edited.pk]
        )
        cursor.execute("UPDATE library_document SET status = 'hidden' WHERE id = %s", [hidden.pk])
    SearchEntry.objects.filter(document_id=missing.pk).delete()  # entry lost, engine rows kept
    with pytest.raises(CommandError):
        run("reindex", "--check", "--no-progress")
    drift = _maintenance.check()
    assert drift.stale == [edited.pk] and drift.extra == [hidden.pk]
    assert drift.missing == [missing.pk] and drift.orphans == [missing.pk]
    output = run("reindex", "--check", "--repair", "--no-progress")
    assert "Đã sửa" in output
    assert set(ids(search("so tay"))) == {kept.pk, edited.pk, missing.pk}
    assert ids(search("ngan quy")) == [edited.pk]
    assert Document.objects.get(pk=hidden.pk).status == "hidden"


def test_reindex_rebuilds_fresh_when_the_tokenizer_changed(add_document):
    add_document("Sổ tay kế toán")
    SearchState.objects.update_or_create(key="tokenizer", defaults={"value": "old"})
    drift = _maintenance.check()
    assert drift.tokenizer_changed and not drift.clean
    output = run("reindex", "--no-progress")
    assert "dựng mới" in output
    assert _maintenance.check().clean


def test_repair_needs_check():
    with pytest.raises(CommandError):
        run("reindex", "--repair")


def test_starting_the_portal_rebuilds_an_index_of_an_older_version(add_document, capsys):
    from thuvien.cli import _migrate

    document = add_document("Sổ tay kế toán")
    SearchState.objects.update_or_create(key="tokenizer", defaults={"value": "old"})
    get_engine().clear()
    _migrate()
    assert "phiên bản cũ" in capsys.readouterr().err
    assert _maintenance.check().clean
    assert ids(search("so tay ke toan")) == [document.pk]
