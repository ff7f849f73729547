"""Compose a document's full outline from its authored sections and its category's pool.

A document is its authored sections plus ``n`` composed paragraphs. The composed paragraphs
come from a fixed, seeded bank (the same paragraph texts for every ``n``), so a layout search
over ``n`` measures each paragraph once and every run composes the same text.
"""

from __future__ import annotations

import math
import random
from collections import deque
from dataclasses import dataclass, replace

from thuvien.demo.texts.model import DocText, Pool, Section

# Composed paragraphs per appended section, and per subsection under an authored section.
PARAGRAPHS_PER_SECTION = 3
PARAGRAPHS_PER_SUBSECTION = 3
LIST_CHANCE = 0.2


@dataclass(frozen=True)
class OutlineSection:
    """A section ready for layout: its numbered heading text (None for none) and its content."""

    heading: str | None
    section: Section


class _SentenceDeck:
    """Deals sentences: the document's own first, then its pool and filled templates, shuffled.

    A sentence dealt recently (within about half the deck) is held back, so even a small pool
    never repeats a sentence within a paragraph or its neighbours.
    """

    def __init__(self, rng: random.Random, text: DocText, pool: Pool, templates: tuple[str, ...]):
        self._rng, self._text, self._pool, self._templates = rng, text, pool, templates
        self._queue = list(text.sentences)
        rng.shuffle(self._queue)
        deck_size = len(pool.sentences) + len(templates) + len(text.sentences)
        self._recent: deque[str] = deque(maxlen=max(1, deck_size // 2))

    def _refill(self) -> None:
        phrases = self._text.keyphrases
        filled = [t.format(k=self._rng.choice(phrases)) for t in self._templates]
        batch = [*self._pool.sentences, *filled, *self._text.sentences]
        self._rng.shuffle(batch)
        self._queue.extend(batch)

    def _deal(self) -> str:
        if len(self._queue) <= self._recent.maxlen:
            self._refill()
        fresh = (i for i, sentence in enumerate(self._queue) if sentence not in self._recent)
        sentence = self._queue.pop(next(fresh, 0))
        self._recent.append(sentence)
        return sentence

    def paragraph(self, count: int) -> str:
        return " ".join(self._deal() for _ in range(count))


class Composer:
    """Outlines of one document with any number of composed paragraphs.

    Example:
        >>> from thuvien.demo.texts import giao_duc
        >>> text = giao_duc.DOCUMENTS[3]
        >>> composer = Composer(text, giao_duc.POOLS[text.child], giao_duc.TEMPLATES)
        >>> len(composer.outline(6)) > len(composer.outline(0))
        True
    """

    def __init__(self, text: DocText, pool: Pool, templates: tuple[str, ...]) -> None:
        self.text, self.pool = text, pool
        # A string seed hashes the same in every process, unlike hash()-based seeds.
        self._rng = random.Random(f"thuvien-demo:{text.file_name}")
        self._deck = _SentenceDeck(self._rng, text, pool, templates)
        self._bank: list[tuple[str, tuple[str, ...]]] = []

    def _paragraphs(self, start: int, stop: int) -> list[tuple[str, tuple[str, ...]]]:
        """Bank entries start..stop-1: a paragraph and the list (maybe empty) that follows it."""
        while len(self._bank) < stop:
            paragraph = self._deck.paragraph(self._rng.randint(3, 5))
            items: tuple[str, ...] = ()
            if len(self.pool.items) > 2 and self._rng.random() < LIST_CHANCE:
                # A part of the pool's list, so the same list does not recur whole.
                count = min(len(self.pool.items) - 1, self._rng.randint(2, 4))
                # Keep the pool's order: items are often steps of a procedure.
                picked = sorted(self._rng.sample(range(len(self.pool.items)), count))
                items = tuple(self.pool.items[i] for i in picked)
            self._bank.append((paragraph, items))
        return self._bank[start:stop]

    def _section(self, heading: str, start: int, stop: int) -> Section:
        paragraphs: list[str] = []
        items: tuple[str, ...] = ()
        for paragraph, entry_items in self._paragraphs(start, stop):
            paragraphs.append(paragraph)
            items = items or entry_items  # one list per section, after its paragraphs
        return Section(heading, tuple(paragraphs), items)

    def outline(self, n: int) -> list[OutlineSection]:
        """The document's sections in reading order with ``n`` composed paragraphs in them."""
        text = self.text
        if not text.pool_fill:
            n = 0
        if text.fill == "sub" and text.sections:
            return self._outline_sub(n)
        slot = {h.casefold(): i for i, h in enumerate(self.pool.headings)}
        free = [h for h in self.pool.headings if h.casefold() not in _authored_slots(text)]
        count = min(len(free), math.ceil(n / PARAGRAPHS_PER_SECTION)) if free else 0
        # The pool's last heading closes the document (a conclusion); the rest keep pool order.
        headings = [*free[: count - 1], free[-1]] if count else []
        keyed = _authored_keys(text, slot)
        for heading, (start, stop) in zip(headings, _chunks(n, count), strict=True):
            keyed.append(((slot[heading.casefold()], 0), self._section(heading, start, stop)))
        keyed.sort(key=lambda pair: pair[0])
        return [
            OutlineSection(_number(text.numbering, i, section.heading), section)
            for i, (_, section) in enumerate(keyed, start=1)
        ]

    def _outline_sub(self, n: int) -> list[OutlineSection]:
        text = self.text
        chapters = len(text.sections)
        subheadings = self.pool.subheadings or self.pool.headings
        count = min(chapters * len(subheadings), math.ceil(n / PARAGRAPHS_PER_SUBSECTION))
        per_chapter = [count // chapters + (c < count % chapters) for c in range(chapters)]
        spans = iter(_chunks(n, count))
        result = []
        pairs = zip(text.sections, per_chapter, strict=True)
        for number, (section, subs) in enumerate(pairs, start=1):
            result.append(OutlineSection(_number(text.numbering, number, section.heading), section))
            for sub_number, heading in enumerate(subheadings[:subs], start=1):
                start, stop = next(spans)
                sub = self._lead(
                    section, f"{number}.{sub_number}", self._section(heading, start, stop)
                )
                label = f"{number}.{sub_number}. {heading}" if text.numbering else heading
                result.append(OutlineSection(label, sub))
        return result

    def _lead(self, chapter: Section, place: str, sub: Section) -> Section:
        """Open a subsection with a sentence about its chapter's own topic, when it has one."""
        if not (chapter.keyphrases and self.pool.lead_templates and sub.paragraphs):
            return sub
        # Seeded by the subsection's place, so its lead line does not depend on ``n``.
        rng = random.Random(f"thuvien-demo:{self.text.file_name}:{place}")
        lead = rng.choice(self.pool.lead_templates).format(k=rng.choice(chapter.keyphrases))
        first = f"{lead} {sub.paragraphs[0]}"
        return replace(sub, paragraphs=(first, *sub.paragraphs[1:]))


def _authored_slots(text: DocText) -> set[str]:
    return {section.heading.casefold() for section in text.sections}


def _authored_keys(text: DocText, slot: dict[str, int]) -> list[tuple[tuple[int, int], Section]]:
    """Sort keys for the authored sections: a section named like a pool heading takes that
    heading's place in the pool's order; any other follows the authored section before it."""
    keyed = []
    previous = -1
    for index, section in enumerate(text.sections, start=1):
        if section.heading.casefold() in slot:
            previous = slot[section.heading.casefold()]
            keyed.append(((previous, 0), section))
        else:
            keyed.append(((previous, index), section))
    return keyed


def _chunks(n: int, count: int) -> list[tuple[int, int]]:
    """Split range(n) into ``count`` consecutive, nearly equal spans (earlier ones longer)."""
    spans, start = [], 0
    for index in range(count):
        size = n // count + (index < n % count)
        spans.append((start, start + size))
        start += size
    return spans


def _number(numbering: str, number: int, heading: str) -> str:
    return numbering.format(n=number) + heading
