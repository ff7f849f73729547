"""How many title matches the PostgreSQL engine fetches whole before it walks the order key."""

from __future__ import annotations

from thuvien.search import _bitmaps, _postgres


def _cap_for(monkeypatch, documents: int, limit: int = 50) -> int:
    blocks = -(-documents // _bitmaps.BLOCK)
    versions = {block: 1 for block in range(blocks)} | {-1: 1, -2: 1}
    monkeypatch.setattr(_postgres.bitcache, "versions", lambda: versions)
    return _postgres._head_cap(limit)


def test_a_library_without_bitmaps_keeps_the_fixed_cap(monkeypatch):
    assert _cap_for(monkeypatch, 0) == _postgres._DENSE_HEAD


def test_the_cap_grows_with_the_library_so_no_walk_is_long(monkeypatch):
    small = _cap_for(monkeypatch, 100_000)
    large = _cap_for(monkeypatch, 1_000_000)
    assert _postgres._DENSE_HEAD <= small < large
    # At a million documents a token held by 1,000 to 2,000 titles has no bitmap; with the
    # fixed cap its first 50 were found by walking 25,000 to 50,000 rows (about 100 ms).
    assert large > 2_000
    # Past the cap the walk reads about limit * rows / matches rows: never much more than the
    # cap itself, the most a fetch reads.
    rows = -(-1_000_000 // _bitmaps.BLOCK) * _bitmaps.BLOCK
    assert 50 * rows / large <= large
