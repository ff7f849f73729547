"""`thuvien signatures`: documents stored before signatures existed get one, and are flagged."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command

from thuvien.library.models import NearDuplicate, SignatureBand, TextSignature


def test_documents_without_a_signature_are_signed_and_look_alikes_flagged(import_pdf, tmp_path):
    from thuvien.demo.pdf_writer import Heading, Paragraph, write_pdf
    from thuvien.extract import extract
    from thuvien.library.ingest import category_for_path, store_document

    original = import_pdf("goc.pdf", pages=4)
    copy = import_pdf("ban-sao.pdf", pages=4, heading="MỘT BÌA KHÁC CHO CÙNG NỘI DUNG")
    text = (
        "Kỹ thuật trồng lúa nước vụ đông xuân ở đồng bằng sông Hồng: làm đất, gieo mạ, "
        "bón phân cân đối và phòng trừ sâu bệnh theo từng giai đoạn sinh trưởng của cây lúa. "
    )
    path = tmp_path / "lua.pdf"
    write_pdf(path, [Heading("TRỒNG LÚA VỤ ĐÔNG XUÂN"), Paragraph(text * 6)])
    other = store_document(extract(path), path, category_for_path(["Nông nghiệp"]))
    # As if stored before signatures existed.
    TextSignature.objects.all().delete()
    SignatureBand.objects.all().delete()
    NearDuplicate.objects.all().delete()
    out = StringIO()
    call_command("signatures", stdout=out, stderr=StringIO())
    assert "Đã xem 3 tài liệu" in out.getvalue()
    assert set(TextSignature.objects.values_list("document_id", flat=True)) == {
        original.pk,
        copy.pk,
        other.pk,
    }
    flags = list(NearDuplicate.objects.values_list("document_id", "original_id"))
    assert (copy.pk, original.pk) in flags
    assert all(other.pk not in pair for pair in flags)
    # A second run has nothing left to do.
    again = StringIO()
    call_command("signatures", stdout=again, stderr=StringIO())
    assert "Đã xem 0 tài liệu" in again.getvalue()


def test_starting_the_portal_signs_a_library_stored_before_signatures(import_pdf, capsys):
    from thuvien.cli import _migrate

    document = import_pdf("goc.pdf", pages=2)
    TextSignature.objects.all().delete()
    SignatureBand.objects.all().delete()
    _migrate()
    assert "chữ ký gần trùng" in capsys.readouterr().err
    assert TextSignature.objects.filter(document=document).exists()
