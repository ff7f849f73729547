"""Keep a document's metadata author only when it names someone."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["meaningful_author"]

# What office programs and PC makers write when nobody typed a name (folded to lower case).
_PLACEHOLDERS = frozenset(
    {
        "admin", "administrator", "author", "anonymous", "default", "guest", "owner", "unknown",
        "user", "username", "windows user", "microsoft office user", "office user",
        "valued customer", "preferred customer", "registered user", "nguoi dung",
        "nguoi dung windows", "may tinh",
        "pc", "hp", "dell", "asus", "acer", "lenovo", "toshiba", "sony", "samsung", "apple",
        "mac", "computer", "laptop", "client", "system", "root", "test", "abc", "xyz", "no name",
        "noname", "none", "null", "n/a",
    }
)  # fmt: skip
# Default Windows computer names: "DESKTOP-7F3K2QL", "WIN-ABC123", "USER-PC", "PC01".
_MACHINE_NAME = re.compile(r"^(desktop|laptop|pc|win|user)([-_][0-9a-z]{1,15}|[0-9]{1,6})$")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def meaningful_author(author: str) -> str | None:
    """The author with whitespace tidied, or None for placeholders and machine names.

    Example:
        >>> meaningful_author("  Nguyễn   Văn An "), meaningful_author("Windows User")
        ('Nguyễn Văn An', None)
    """
    text = " ".join(author.split())
    if sum(char.isalpha() for char in text) < 2:
        return None
    folded = _fold(text)
    if folded in _PLACEHOLDERS or _MACHINE_NAME.match(folded):
        return None
    return text
