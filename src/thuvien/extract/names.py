"""A file name that is safe to show: no folders, no control or direction characters.

Uploads carry names chosen by whoever sent them: ``..\\..\\boot.ini``, a name with a newline to
forge a log line, or a right-to-left override that shows ``tailieu‮fdp.exe`` as ``...exe.pdf``.
The name an Extraction reports is the last path component with all of that removed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_NAME_CHARS", "display_name"]

MAX_NAME_CHARS = 200
FALLBACK_NAME = "tai-lieu"
_SPACES = re.compile(r"\s+")


def _shown(char: str) -> bool:
    # Cc: control codes; Cf: invisible format characters (bidi overrides, zero widths);
    # Cs/Co/Cn: surrogates, private use, unassigned.
    return unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co", "Cn"}


def display_name(name: str) -> str:
    """The last component of ``name`` as plain, printable NFC text, at most 200 characters.

    Example:
        >>> display_name("..\\\\..\\\\bài\\tgiảng\\n.pdf")
        'bài giảng .pdf'
        >>> display_name("báo cáo\\u202efdp.exe")
        'báo cáofdp.exe'
    """
    name = unicodedata.normalize("NFC", name.replace("\x00", ""))
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(char if _shown(char) else (" " if char.isspace() else "") for char in name)
    name = _SPACES.sub(" ", name).strip(" .")
    if len(name) > MAX_NAME_CHARS:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            name = stem[: MAX_NAME_CHARS - len(extension) - 1].rstrip() + "." + extension
        else:
            name = name[:MAX_NAME_CHARS].rstrip()
    return name or FALLBACK_NAME
