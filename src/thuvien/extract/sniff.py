"""Tell a file's real type from its first bytes, never from its name.

Uploads arrive with wrong or missing extensions (a DOCX named .pdf, a PDF with no extension),
so the type is read from the content: magic numbers, and for ZIP and OLE containers the names of
the parts inside.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from thuvien.extract.plaintext import looks_like_text

__all__ = ["PDF_HEADER_WINDOW", "describe_type", "sniff", "sniff_bytes"]

# pdfium, like Acrobat, accepts junk before "%PDF-" as long as it is within the first 1024 bytes.
PDF_HEADER_WINDOW = 1024
# OLE containers keep their directory (the stream names) anywhere; the first MiB finds it in
# practice without reading a whole large file.
_OLE_SCAN_BYTES = 1 << 20

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "epub": "application/epub+zip",
    "xps": "application/oxps",
    "hwpx": "application/hwp+zip",
    "zip": "application/zip",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "ppt": "application/vnd.ms-powerpoint",
    "msg": "application/vnd.ms-outlook",
    "office-encrypted": "application/x-ole-storage",
    "ole": "application/x-ole-storage",
    "rtf": "application/rtf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "tiff": "image/tiff",
    "bmp": "image/bmp",
    "webp": "image/webp",
    "djvu": "image/vnd.djvu",
    "postscript": "application/postscript",
    "wordperfect": "application/vnd.wordperfect",
    "html": "text/html",
    "xml": "application/xml",
    "email": "message/rfc822",
    "text": "text/plain",
    "executable": "application/x-executable",
    "empty": "application/x-empty",
    "unknown": "application/octet-stream",
}

_DESCRIPTIONS = {
    "pdf": "a PDF file",
    "docx": "a Word document (.docx)",
    "xlsx": "an Excel spreadsheet (.xlsx)",
    "pptx": "a PowerPoint presentation (.pptx)",
    "odt": "an OpenDocument text (.odt)",
    "ods": "an OpenDocument spreadsheet (.ods)",
    "odp": "an OpenDocument presentation (.odp)",
    "epub": "an EPUB e-book",
    "xps": "an XPS document",
    "hwpx": "a Hangul document (.hwpx)",
    "zip": "a ZIP archive",
    "doc": "an old Word document (.doc)",
    "xls": "an old Excel spreadsheet (.xls)",
    "ppt": "an old PowerPoint presentation (.ppt)",
    "msg": "an Outlook message",
    "office-encrypted": "a password-protected Office file",
    "ole": "an old Microsoft Office file",
    "rtf": "a Rich Text document",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "tiff": "a TIFF image",
    "bmp": "a BMP image",
    "webp": "a WebP image",
    "djvu": "a DjVu document",
    "postscript": "a PostScript file",
    "wordperfect": "a WordPerfect document",
    "html": "a web page (HTML)",
    "xml": "an XML file",
    "email": "an e-mail message",
    "text": "a plain text file",
    "executable": "a program (executable file)",
    "empty": "an empty file",
    "unknown": "an unknown kind of file",
}

_SIMPLE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"{\\rtf", "rtf"),
    (b"%!PS", "postscript"),
    (b"\xffWPC", "wordperfect"),
    (b"AT&TFORM", "djvu"),
)

_OLE_STREAMS: tuple[tuple[bytes, str], ...] = (
    ("EncryptedPackage".encode("utf-16-le"), "office-encrypted"),
    ("WordDocument".encode("utf-16-le"), "doc"),
    ("Workbook".encode("utf-16-le"), "xls"),
    ("Book".encode("utf-16-le"), "xls"),
    ("PowerPoint Document".encode("utf-16-le"), "ppt"),
    ("__substg1.0_".encode("utf-16-le"), "msg"),
)

_MACH_O = {b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe"}

_OOXML_MARKERS = (
    (b"word/document.xml", "docx"),
    (b"xl/workbook.xml", "xlsx"),
    (b"ppt/presentation.xml", "pptx"),
)

_EMAIL_HEADER = re.compile(rb"^(From|Received|Return-Path|Message-ID|MIME-Version|Subject): ", re.I)


def describe_type(file_type: str) -> str:
    """A short English noun phrase for a sniffed type, for error messages.

    Example:
        >>> describe_type("zip")
        'a ZIP archive'
    """
    return _DESCRIPTIONS.get(file_type, _DESCRIPTIONS["unknown"])


def _zip_type(path: Path | None, head: bytes) -> str:
    """Tell Office, OpenDocument and other ZIP-based formats apart by their part names."""
    if head[30:38] == b"mimetype":
        # OpenDocument and EPUB store their MIME type uncompressed as the very first part.
        mime = head[38:120].split(b"PK", 1)[0]
        for prefix, kind in (
            (b"application/vnd.oasis.opendocument.text", "odt"),
            (b"application/vnd.oasis.opendocument.spreadsheet", "ods"),
            (b"application/vnd.oasis.opendocument.presentation", "odp"),
            (b"application/epub+zip", "epub"),
            (b"application/hwp+zip", "hwpx"),
        ):
            if mime.startswith(prefix):
                return kind
    if path is None:
        return "zip"
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        # A truncated archive has lost its directory at the end, but the parts' own headers
        # at the start still name them: a cut DOCX is a damaged DOCX, not "some ZIP file".
        for marker, kind in _OOXML_MARKERS:
            if marker in head:
                return kind
        return "zip"
    tops = {name.split("/", 1)[0] for name in names}
    if "word" in tops:
        return "docx"
    if "xl" in tops:
        return "xlsx"
    if "ppt" in tops:
        return "pptx"
    if "FixedDocSeq.fdseq" in tops or "FixedDocumentSequence.fdseq" in tops:
        return "xps"
    return "zip"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return True
        except UnicodeDecodeError as error:
            # A multi-byte character cut by the end of the sample is still text.
            if error.start >= len(head) - 4:
                return True
    # UTF-16, or 8-bit text (Windows-1258, TCVN3, VNI): see plaintext.py.
    return looks_like_text(head)


def _is_executable(head: bytes) -> bool:
    """Windows (MZ with a PE header or the DOS stub), Linux (ELF) and macOS (Mach-O) programs."""
    if head.startswith(b"\x7fELF") or head[:4] in _MACH_O:
        return True
    if not head.startswith(b"MZ") or len(head) < 64:
        return False
    pe_offset = int.from_bytes(head[60:64], "little")
    return head[pe_offset : pe_offset + 4] == b"PE\x00\x00" or b"This program cannot" in head[:512]


def sniff_bytes(head: bytes, path: Path | None = None) -> tuple[str, str]:
    """(file_type, mime_type) from the first bytes of a file (1 MiB is plenty).

    ``path`` lets ZIP containers be opened to look at their part names.

    Example:
        >>> sniff_bytes(b"junk%PDF-1.7 ...")
        ('pdf', 'application/pdf')
    """
    kind = _sniff_kind(head, path)
    return kind, _MIME[kind]


def _sniff_kind(head: bytes, path: Path | None) -> str:
    if not head:
        return "empty"
    if b"%PDF-" in head[:PDF_HEADER_WINDOW]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_type(path, head)
    if head.startswith(_OLE_MAGIC):
        for name, kind in _OLE_STREAMS:
            if name in head:
                return kind
        return "ole"
    if _is_executable(head):
        return "executable"
    for magic, kind in _SIMPLE_MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "bmp"
    if _looks_like_text(head[:4096]):
        start = head.lstrip()[:512].lower()
        if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start[:200]:
            return "html"
        if start.startswith(b"<?xml"):
            return "xml"
        if _EMAIL_HEADER.match(head.lstrip()):
            return "email"
        return "text"
    return "unknown"


def sniff(path: Path) -> tuple[str, str]:
    """(file_type, mime_type) of a file, read from its content.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "report.pdf"
        >>> _ = p.write_bytes(b"PK\\x05\\x06" + bytes(18))
        >>> sniff(p)
        ('zip', 'application/zip')
    """
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(_OLE_SCAN_BYTES)
    return sniff_bytes(head, path)
