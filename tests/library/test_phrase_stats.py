"""The library's keyphrase statistics: counted per stored document, handed to extraction."""

from __future__ import annotations

from thuvien.library import extraction_worker
from thuvien.library.importer import collect, run_import
from thuvien.library.models import PhraseFrequency
from thuvien.library.phrase_snapshot import PhraseSnapshot
from thuvien.library.phrase_stats import count_phrases, snapshot
from thuvien.text.keyphrases import phrase_key

from .conftest import write_sample_pdf


def test_each_stored_document_counts_its_candidate_phrases_once(import_pdf):
    first = import_pdf("a.pdf")
    assert first.keywords.exists()
    key = phrase_key("huyện uỷ viên")
    assert PhraseFrequency.objects.get(key=key).documents == 1
    import_pdf("b.pdf")
    assert PhraseFrequency.objects.get(key=key).documents == 2


def test_counting_the_same_key_twice_in_one_document_counts_once(db):
    count_phrases(["thu vien so", "thu vien so", "ma nguon mo"])
    count_phrases(["thu vien so"])
    assert PhraseFrequency.objects.get(key="thu vien so").documents == 2
    assert PhraseFrequency.objects.get(key="ma nguon mo").documents == 1


def test_a_batch_sums_the_documents_of_each_key(db):
    count_phrases(["thu vien so"])
    count_phrases(["thu vien so", "ma nguon mo"], ["thu vien so", "thu vien so"], ["khac"])
    assert PhraseFrequency.objects.get(key="thu vien so").documents == 3
    assert PhraseFrequency.objects.get(key="ma nguon mo").documents == 1
    assert PhraseFrequency.objects.get(key="khac").documents == 1


def test_snapshot_answers_the_text_toolkit_protocol(import_pdf):
    import_pdf("a.pdf")
    import_pdf("b.pdf")
    count_phrases(["chi xuat hien mot lan"])
    stats = snapshot()
    assert stats.document_count() == 2
    assert stats.document_frequency(phrase_key("huyện uỷ viên")) == 2
    # Phrases of a single document are left out of the snapshot: they carry no signal.
    assert stats.document_frequency("chi xuat hien mot lan") == 0


def test_import_hands_the_snapshot_to_extraction(db, tmp_path, monkeypatch):
    seen = []
    real_extract = extraction_worker.extract

    def spy(path, **options):
        seen.append(options.get("keyword_stats"))
        return real_extract(path, **options)

    monkeypatch.setattr(extraction_worker, "extract", spy)
    write_sample_pdf(tmp_path / "kho" / "a.pdf")
    run_import(collect([tmp_path / "kho"]), workers=1)
    write_sample_pdf(tmp_path / "kho" / "b.pdf")
    run_import(collect([tmp_path / "kho"]), workers=1)
    assert len(seen) == 2
    assert all(isinstance(s, PhraseSnapshot) for s in seen)
    assert [s.document_count() for s in seen] == [0, 1]
