"""Word lists authored for thuvien's Vietnamese text toolkit, shipped inside the package.

Each ``*.txt`` list holds entries separated by commas or new lines; ``#`` starts a comment.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_SEPARATORS = re.compile(r"[,\n]")


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Return the entries of the list ``name`` (file name without ``.txt``), in file order.

    Entries are stripped and de-duplicated; the caller decides how to compare them.

    >>> "tuy nhiên" in load_list("stopwords_vi")
    True
    """
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    seen: dict[str, None] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        for entry in _SEPARATORS.split(line):
            entry = " ".join(entry.split())
            if entry:
                seen.setdefault(entry, None)
    return tuple(seen)
