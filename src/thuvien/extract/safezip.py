"""Open ZIP containers (DOCX, XLSX, PPTX, ODF, EPUB) without letting a zip bomb in.

Before anything is inflated, the central directory is checked: how many members, each one's
declared size, their total, and the compression ratio of the large ones. Reading a member is
then capped at its declared size (zipfile stops there and checks the CRC, so a header that lies
about the size fails instead of flooding memory). XML parts are refused if they declare entities
(the "billion laughs"); the formats read here never need a DTD.

Example:
    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as archive:
    ...     archive.writestr("a.xml", "<a>xin chào</a>")
    >>> with open_zip(buffer.getvalue()) as archive:
    ...     read_member(archive, "a.xml")
    b'<a>xin ch\\xc3\\xa0o</a>'
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from xml.etree import ElementTree

from thuvien.extract.errors import DAMAGED, TOO_LARGE, ExtractionError
from thuvien.extract.limits import (
    MAX_ZIP_MEMBER_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_TOTAL_BYTES,
    ZIP_RATIO_FLOOR,
)

__all__ = ["check_zip", "open_zip", "parse_xml", "read_member"]

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _bomb(message: str) -> ExtractionError:
    return ExtractionError(TOO_LARGE, f"The file would unpack to too much data ({message}).")


def check_zip(archive: zipfile.ZipFile) -> None:
    """Raise "too_large" if the members' declared sizes or ratios are out of bounds.

    Example:
        >>> # check_zip(zipfile.ZipFile(path))
    """
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise _bomb(f"{len(members)} parts")
    total = 0
    for member in members:
        size = member.file_size
        if size > MAX_ZIP_MEMBER_BYTES:
            raise _bomb(f"one part of {size} bytes")
        if size > ZIP_RATIO_FLOOR and size > MAX_ZIP_RATIO * max(1, member.compress_size):
            raise _bomb(f"one part compressed {size // max(1, member.compress_size)} times")
        total += size
    if total > MAX_ZIP_TOTAL_BYTES:
        raise _bomb(f"{total} bytes in all")


@contextmanager
def open_zip(data: bytes) -> Iterator[zipfile.ZipFile]:
    """Open ZIP bytes after check_zip; a broken archive is the "damaged" error.

    Example:
        >>> # with open_zip(data) as archive: ...
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise ExtractionError(
            DAMAGED, "The file is damaged or truncated and cannot be read."
        ) from (error)
    with archive:
        check_zip(archive)
        yield archive


def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_ZIP_MEMBER_BYTES) -> bytes:
    """The bytes of one member, at most its declared size and ``limit``; KeyError if absent.

    Example:
        >>> # read_member(archive, "word/document.xml")[:5]
    """
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise _bomb(f"{name} is {info.file_size} bytes")
    try:
        with archive.open(info) as handle:
            data = handle.read(min(limit, info.file_size) + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
        # RuntimeError: an encrypted member (zipfile wants a password).
        raise ExtractionError(DAMAGED, f"A part of the file ({name}) cannot be read.") from error
    if len(data) > info.file_size:
        raise _bomb(f"{name} is larger than it claims")
    return data


def parse_xml(data: bytes) -> ElementTree.Element:
    """Parse an XML part that declares no entities; broken XML is the "damaged" error.

    Example:
        >>> parse_xml(b"<a><b>1</b></a>").find("b").text
        '1'
    """
    if _ENTITY_DECLARATION.search(data):
        raise ExtractionError(DAMAGED, "The file contains XML entity declarations (refused).")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise ExtractionError(DAMAGED, "A part of the file is not well-formed XML.") from error
