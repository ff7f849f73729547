"""Tell a password-protected old Office file (.doc, .xls, .ppt) from a damaged one.

LibreOffice, run headless, answers both with "source file could not be loaded"; a person needs to
know which. Each format marks encryption in its own place:

- Word 97-2003: bit fEncrypted (0x0100) of the flags at offset 10 of the WordDocument stream.
- Excel 97-2003: a FILEPASS record (type 0x002F) among the first records of the Workbook stream.
- PowerPoint 97-2003: the "Current User" stream's header token 0xF3D1C4DF instead of
  0xE391C05F, or an "EncryptedSummary" stream.

(Encrypted .docx/.xlsx/.pptx are OLE files with an EncryptedPackage stream: sniff.py names them
"office-encrypted".)

Example:
    >>> is_encrypted_ole(b"not an OLE file", "doc")
    False
"""

from __future__ import annotations

import io
import struct

import olefile

__all__ = ["is_encrypted_ole", "ole_is_readable"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_ENCRYPTED = 0x0100
_XLS_FILEPASS = 0x002F
_XLS_RECORDS_SCANNED = 32
_PPT_ENCRYPTED_TOKEN = 0xF3D1C4DF


def _word(ole: olefile.OleFileIO) -> bool:
    header = ole.openstream("WordDocument").read(12)
    return len(header) >= 12 and bool(struct.unpack_from("<H", header, 10)[0] & _WORD_ENCRYPTED)


def _excel(ole: olefile.OleFileIO) -> bool:
    name = "Workbook" if ole.exists("Workbook") else "Book"
    data = ole.openstream(name).read(8192)
    position = 0
    # FILEPASS follows the globals' BOF record directly when a workbook is encrypted.
    for _ in range(_XLS_RECORDS_SCANNED):
        if position + 4 > len(data):
            return False
        kind, length = struct.unpack_from("<HH", data, position)
        if kind == _XLS_FILEPASS:
            return True
        position += 4 + length
    return False


def _powerpoint(ole: olefile.OleFileIO) -> bool:
    if ole.exists("EncryptedSummary"):
        return True
    if not ole.exists("Current User"):
        return False
    header = ole.openstream("Current User").read(16)
    # RecordHeader (8 bytes), size (4), then the header token.
    return len(header) >= 16 and struct.unpack_from("<I", header, 12)[0] == _PPT_ENCRYPTED_TOKEN


_CHECKS = {"doc": _word, "xls": _excel, "ppt": _powerpoint}


def is_encrypted_ole(data: bytes, file_type: str) -> bool:
    """True if the .doc/.xls/.ppt in ``data`` is protected by a password (False if unsure).

    Example:
        >>> is_encrypted_ole(b"", "xls")
        False
    """
    check = _CHECKS.get(file_type)
    if check is None or not data.startswith(_OLE_MAGIC):
        return False
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return check(ole)
    except (OSError, ValueError, struct.error, IndexError, TypeError):
        # A broken container: LibreOffice will say it cannot be loaded ("damaged").
        return False


def ole_is_readable(data: bytes) -> bool:
    """True if ``data`` is an OLE container whose directory can be read (not cut or broken).

    Example:
        >>> ole_is_readable(_OLE_MAGIC + bytes(100))
        False
    """
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            ole.listdir()
    except (OSError, ValueError, struct.error, IndexError, TypeError):
        return False
    return True
