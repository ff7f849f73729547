from thuvien.text.memo import Memo


def test_memo_computes_each_value_once():
    calls: list[str] = []

    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    memo = Memo(length)
    assert [memo["ab"], memo["ab"], memo["abc"]] == [2, 2, 3]
    assert calls == ["ab", "abc"]


def test_memo_starts_over_past_its_limit():
    memo = Memo(len, limit=2)
    for text in ["a", "bb", "ccc"]:
        memo[text]
    assert len(memo) <= 2
    assert memo["ccc"] == 3


def test_memo_fill_computes_the_missing_values_together():
    batches: list[list[str]] = []

    def lengths(texts: list[str]) -> list[int]:
        batches.append(sorted(texts))
        return [len(t) for t in texts]

    memo = Memo(len, compute_all=lengths)
    memo["ab"]
    memo.fill(["ab", "c", "def", "c"])
    assert batches == [["c", "def"]]
    assert dict(memo) == {"ab": 2, "c": 1, "def": 3}
