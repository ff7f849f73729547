"""File names from browsers made safe to keep and show."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_LENGTH = 200
FALLBACK_NAME = "tai-lieu"

# Control characters (C0, DEL, C1) and the invisible format characters (bidi overrides that
# can make "gpj.exe" read as "exe.jpg", zero-width spaces).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def safe_file_name(name: str) -> str:
    """The last part of a path-like name, NFC, without control or bidi characters.

    >>> safe_file_name("..\\\\..\\\\Windows/Giáo trình\\x00 Toán.pdf")
    'Giáo trình Toán.pdf'
    >>> safe_file_name("../../")
    'tai-lieu'
    """
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[\\/]", name)[-1]
    name = _UNSAFE.sub("", name)
    name = " ".join(name.split())  # tabs, new lines and runs of spaces
    name = name.strip(" .")
    if not name:
        return FALLBACK_NAME
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            name = stem[: MAX_NAME_LENGTH - len(extension) - 1] + "." + extension
        else:
            name = name[:MAX_NAME_LENGTH]
    return name
