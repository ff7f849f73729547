"""A frozen copy of the library's keyphrase statistics. No Django: import workers unpickle it."""

from __future__ import annotations


class PhraseSnapshot:
    """Answers thuvien.text.keyphrases.PhraseStats from plain data."""

    def __init__(self, documents: int, frequencies: dict[str, int]) -> None:
        self._documents = documents
        self._frequencies = frequencies

    def document_count(self) -> int:
        return self._documents

    def document_frequency(self, key: str) -> int:
        return self._frequencies.get(key, 0)
