"""Near-duplicates at import: signatures from the workers, band keys stored, look-alikes flagged."""

from __future__ import annotations

from thuvien.library import ingest
from thuvien.library.importer import IMPORTED, collect, run_import
from thuvien.library.models import Document, NearDuplicate, SignatureBand, TextSignature
from thuvien.library.near_duplicates import similar_documents, unpack
from thuvien.text.similarity import BANDS, band_keys, signature

from .conftest import write_sample_pdf


def test_import_stores_signature_and_band_keys_and_flags_the_newer_copy(tmp_path, db, monkeypatch):
    write_sample_pdf(tmp_path / "kho" / "1-goc.pdf", pages=4)
    write_sample_pdf(tmp_path / "kho" / "2-ban-bia-khac.pdf", pages=4, heading="BÌA KHÁC HẲN")

    # The writer must not compute signatures: the extraction workers did.
    def computed_in_the_writer(*args, **kwargs):
        raise AssertionError("signature computed by the writer")

    monkeypatch.setattr(ingest, "text_signature", computed_in_the_writer)
    report = run_import(collect([tmp_path / "kho"]), workers=1)
    assert [o.status for o in report.outcomes] == [IMPORTED, IMPORTED]
    first, second = Document.objects.order_by("pk")
    assert TextSignature.objects.count() == 2
    assert SignatureBand.objects.filter(document=first).count() == BANDS
    flag = NearDuplicate.objects.get()
    assert (flag.document, flag.original) == (second, first)
    assert flag.similarity >= 0.5
    stored = unpack(TextSignature.objects.get(document=first).values)
    assert stored == signature(first.content.pages)


def test_unrelated_documents_are_not_flagged(tmp_path, db):
    write_sample_pdf(tmp_path / "kho" / "a.pdf", pages=2)
    other = tmp_path / "kho" / "b.pdf"
    from thuvien.demo.pdf_writer import Heading, Paragraph, write_pdf

    text = (
        "Kỹ thuật nuôi tôm thẻ chân trắng trong ao lót bạt: chuẩn bị ao, thả giống, quản lý "
        "môi trường nước và phòng bệnh đốm trắng cho hộ nuôi vùng ven biển miền Trung. "
    )
    write_pdf(other, [Heading("NUÔI TÔM THẺ CHÂN TRẮNG"), Paragraph(text * 8)])
    run_import(collect([tmp_path / "kho"]), workers=1)
    assert Document.objects.count() == 2
    assert not NearDuplicate.objects.exists()


def test_lookup_reads_only_documents_that_share_a_band_key(import_pdf, django_assert_num_queries):
    original = import_pdf("goc.pdf", pages=4)
    sig = signature(original.content.pages)
    with django_assert_num_queries(2):  # the band-key lookup, then the candidates' signatures
        found = similar_documents(sig)
    assert [pk for pk, _ in found] == [original.pk]
    assert similar_documents(sig, exclude=[original.pk]) == []


def test_deleting_a_document_removes_its_band_keys(import_pdf):
    document = import_pdf("goc.pdf")
    keys = band_keys(signature(document.content.pages))
    assert SignatureBand.objects.filter(key__in=keys).count() == BANDS
    document.delete()
    assert not SignatureBand.objects.exists() and not TextSignature.objects.exists()


def test_a_document_without_text_gets_no_signature_and_no_flag(import_pdf):
    from thuvien.library.near_duplicates import record

    document = import_pdf("goc.pdf")
    TextSignature.objects.filter(document=document).delete()
    SignatureBand.objects.filter(document=document).delete()
    assert record([(document, signature(""))]) == []
    assert not TextSignature.objects.filter(document=document).exists()
    assert not SignatureBand.objects.exists()
