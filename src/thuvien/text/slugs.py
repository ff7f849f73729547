"""ASCII slugs for URLs, made from the folded (diacritic-free) form of the text."""

from __future__ import annotations

import re
import unicodedata

from thuvien.text.fold import fold
from thuvien.text.normalize import normalize

DEFAULT_SLUG = "tai-lieu"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80) -> str:
    """Return a lower-case ASCII slug of ``text``: letters and digits joined by hyphens.

    Long slugs are cut at a hyphen so no word is broken (a single over-long word is cut
    hard). Text with nothing to keep gives ``"tai-lieu"`` ("document").

    >>> slugify("Đà Nẵng: quy hoạch 2030")
    'da-nang-quy-hoach-2030'
    """
    folded = fold(normalize(text))
    if not folded.isascii():
        # Letters of other scripts fold to themselves; keep what has an ASCII compatibility
        # form (full-width digits, ligatures) and drop the rest.
        folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    if not slug:
        slug = DEFAULT_SLUG
    return _cut(slug, max(1, max_length))


def _cut(slug: str, max_length: int) -> str:
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    if cut.endswith("-"):
        return cut[:-1]
    head = cut[:max_length].rsplit("-", 1)[0]
    return head.strip("-") if "-" in cut[:max_length] else slug[:max_length]
