"""Memo: a dict that fills itself, behind the per-syllable and per-word caches of the toolkit."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import filterfalse
from typing import TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class Memo(dict[_K, _V]):
    """A dict that fills itself: a missing key's value is ``compute(key)``, stored for next time.

    Looking a syllable up in a plain dict (``memo[s]``, or ``map(memo.__getitem__, run)``)
    costs a fraction of a call to an ``lru_cache``-wrapped function, and a document repeats
    its syllables and words thousands of times. Past ``limit`` entries the memo starts over,
    so memory stays bounded however many documents go through.

    >>> lengths = Memo(len)
    >>> lengths["thư viện"], len(lengths)
    (8, 1)
    """

    def __init__(
        self,
        compute: Callable[[_K], _V],
        limit: int = 100_000,
        compute_all: Callable[[list[_K]], list[_V]] | None = None,
    ) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit
        self._compute_all = compute_all

    def __missing__(self, key: _K) -> _V:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._compute(key)
        return value

    def fill(self, keys: Iterable[_K]) -> None:
        """Compute the values of those ``keys`` not known yet, together when ``compute_all``
        (which must give what ``compute`` gives, key by key) can do it faster."""
        missing = list(filterfalse(self.__contains__, set(keys)))
        if not missing:
            return
        if len(self) + len(missing) > self._limit:
            self.clear()
        if self._compute_all is None:
            self.update(zip(missing, map(self._compute, missing), strict=True))
        else:
            self.update(zip(missing, self._compute_all(missing), strict=True))
