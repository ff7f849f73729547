"""The shapes of the demo library's authored content: pools of sentences and document texts.

Content modules (one per parent category) fill these; ``thuvien.demo.build`` turns them into
page blocks and PDFs. Nothing here knows about PDFs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Metadata-title markers for DocText.metadata_title: USE_TITLE writes the real title into the
# PDF metadata; None writes no title; any other string is written as is (a placeholder title).
USE_TITLE = "\x00use-title"


def entries(block: str) -> tuple[str, ...]:
    """Split an authored text block into entries: blank lines separate, line breaks join.

    Authors wrap long Vietnamese sentences over several source lines to keep the line length;
    this glues them back with single spaces.

    >>> entries('''
    ... Một câu dài được
    ... viết trên hai dòng.
    ...
    ... Câu thứ hai.
    ... ''')
    ('Một câu dài được viết trên hai dòng.', 'Câu thứ hai.')
    """
    parts = []
    for chunk in block.strip().split("\n\n"):
        text = " ".join(line.strip() for line in chunk.splitlines() if line.strip())
        if text:
            parts.append(text)
    return tuple(parts)


@dataclass(frozen=True)
class Section:
    """An authored section: a heading, paragraphs, and optionally a bulleted list after them."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    keyphrases: tuple[str, ...] = ()  # a chapter's own topics, for its subsections' lead lines


@dataclass(frozen=True)
class Pool:
    """The sentences, section headings and list items one child category's documents draw on.

    Long documents are composed from a pool with a seeded random generator, so the pool holds
    topical sentences that read well in any order.
    """

    sentences: tuple[str, ...]
    headings: tuple[str, ...]  # in a document's logical order; the last one closes it
    items: tuple[str, ...]
    subheadings: tuple[str, ...] = ()  # for subsections under chapters; default: headings
    templates: tuple[str, ...] = ()  # {k} sentences for this child; default: the parent's
    lead_templates: tuple[str, ...] = ()  # {k} first sentences of subsections under a chapter


@dataclass(frozen=True)
class DocText:
    """One authored document before it is laid out.

    ``summary`` is the first paragraph (what the portal's description should come from);
    ``keyphrases`` fill the parent category's sentence templates so the document's own topic
    recurs in its text; ``sections`` are written out first, then pool-composed sections follow
    until ``pages`` is reached.
    """

    child: str
    file_name: str
    title: str
    pages: int
    summary: str
    keyphrases: tuple[str, ...]
    sections: tuple[Section, ...] = ()
    sentences: tuple[str, ...] = ()
    heading: str | None = None  # drawn first-page heading; None draws the title
    metadata_title: str | None = USE_TITLE
    author: str | None = None
    letterhead: tuple[str, ...] = ()  # lines above the heading (agency, national motto, number)
    subheading: str | None = None  # bold centred line under the heading
    word_by_word: bool = False
    numbering: str = "{n}. "  # prefix of authored section headings ("Chương {n}. ", "" for none)
    fill: str = "append"  # composed sections: "append" after the authored ones, "sub" under them
    pool_fill: bool = True  # False: only the authored text (forms, whose layout is fixed)
    closing: tuple[str, ...] = field(default=())  # right-aligned lines at the end (signature)
