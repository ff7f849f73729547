"""Repair extracted Vietnamese text: the steps of ``thuvien fix-text``, in order.

1. normalize (NFC, invisible and control characters out; legacy bytes kept for step 2)
2. legacy conversion (TCVN3, VNI, VIQR, Windows-1258, mis-read UTF-8)
3. NFC again, and the characters step 1 had to keep are removed
4. line joining inside paragraphs
5. glued-syllable splitting
6. whitespace tidy

Correct, clean text (NFC, one space between words, paragraphs separated by a blank line) comes
out unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from thuvien.text.glued import split_glued_changes
from thuvien.text.legacy import Conversion, convert_legacy
from thuvien.text.lines import join_lines_count
from thuvien.text.normalize import normalize, normalize_keep_legacy

_SPACES = re.compile("  +")
_EXAMPLES = 5


@dataclass
class FixReport:
    """What :func:`fix_text_report` changed."""

    nfc_applied: bool = False
    characters_removed: int = 0
    conversions: list[Conversion] = field(default_factory=list)
    line_breaks_joined: int = 0
    splits: list[tuple[str, str]] = field(default_factory=list)
    whitespace_tidied: bool = False

    @property
    def split_count(self) -> int:
        """How many glued tokens were split."""
        return len(self.splits)

    @property
    def changed(self) -> bool:
        """Whether any step changed the text."""
        return bool(
            self.nfc_applied
            or self.characters_removed
            or self.conversions
            or self.line_breaks_joined
            or self.splits
            or self.whitespace_tidied
        )

    def summary_lines(self) -> list[str]:
        """Human-readable lines, one per kind of change, for printing to stderr.

        >>> fix_text_report("bộcó")[1].summary_lines()
        ['split 1 glued token(s), e.g. bộcó → bộ có']
        """
        lines: list[str] = []
        if self.nfc_applied:
            lines.append("normalized to Unicode NFC")
        if self.characters_removed:
            lines.append(f"removed {self.characters_removed} invisible or control character(s)")
        for c in self.conversions:
            lines.append(
                f"converted paragraph {c.paragraph + 1} (characters {c.start}-{c.end}) from "
                f"{c.encoding}: {c.words} word(s), e.g. {c.example}"
            )
        if self.line_breaks_joined:
            lines.append(f"joined {self.line_breaks_joined} line break(s) inside paragraphs")
        if self.splits:
            examples = ", ".join(f"{a} → {b}" for a, b in self.splits[:_EXAMPLES])
            lines.append(f"split {self.split_count} glued token(s), e.g. {examples}")
        if self.whitespace_tidied:
            lines.append("tidied whitespace")
        return lines or ["no changes"]


def _tidy(text: str) -> str:
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
    return text.strip()


def fix_text_report(text: str) -> tuple[str, FixReport]:
    """Repair ``text`` and report every kind of change made.

    >>> fixed, report = fix_text_report("Qu¶ng Oai lµ\\nmét x·")
    >>> fixed, report.conversions[0].encoding, report.line_breaks_joined
    ('Quảng Oai là một xã', 'tcvn3', 1)
    """
    report = FixReport()
    report.nfc_applied = not unicodedata.is_normalized("NFC", text)
    nfc_length = len(unicodedata.normalize("NFC", text)) if report.nfc_applied else len(text)
    kept = normalize_keep_legacy(text)
    converted, report.conversions = convert_legacy(kept)
    cleaned = normalize(converted)
    removed_before = nfc_length - len(kept)
    removed_after = len(converted) - len(cleaned)
    report.characters_removed = removed_before + removed_after
    joined, report.line_breaks_joined = join_lines_count(cleaned)
    split, report.splits = split_glued_changes(joined)
    tidy = _tidy(split)
    report.whitespace_tidied = tidy != split
    if text.endswith("\n") and tidy:
        tidy += "\n"
    return tidy, report


def fix_text(text: str) -> str:
    """Repair extracted Vietnamese text (see the module docstring for the steps).

    >>> fix_text("Cán bộcó mặt\\ntại cơsở.")
    'Cán bộ có mặt tại cơ sở.'
    """
    return fix_text_report(text)[0]
