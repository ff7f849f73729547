"""Build the demo library: the project's own Vietnamese documents as PDFs in a category tree.

Each document's text is authored in ``thuvien.demo.texts``; long documents are completed from
their category's sentence pool with a random generator seeded by the file name, so every run
writes the same bytes. Pages are planned here (explicit page breaks at estimated page ends) so
each PDF has exactly the number of pages its author intended.

Example:
    >>> from pathlib import Path
    >>> paths = build_demo_library(Path("data/demo"))  # doctest: +SKIP
    >>> paths[0].relative_to("data/demo").parts[:2]  # doctest: +SKIP
    ('Giáo dục', 'Đề thi')
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from thuvien.demo import pdf_writer
from thuvien.demo.pdf_writer import Heading, PageBreak, Paragraph, write_pdf
from thuvien.demo.texts import CATEGORY_MODULES, USE_TITLE, DocText, Pool, Section
from thuvien.demo.texts.compose import Composer, OutlineSection

__all__ = [
    "DemoDocument",
    "build_demo_library",
    "demo_documents",
    "document_blocks",
    "render_document",
]

Block = Heading | Paragraph | PageBreak

TITLE_SIZE = 17.0
SECTION_SIZE = 13.0
# Plan pages to 94% of the real text height: the estimate mirrors the writer's wrapping, and
# the margin absorbs small differences so a planned page never spills onto a second one.
PAGE_BUDGET = (pdf_writer.PAGE_HEIGHT - pdf_writer.MARGIN_TOP - pdf_writer.MARGIN_BOTTOM) * 0.94
MAX_COMPOSED_PARAGRAPHS = 400


@dataclass(frozen=True)
class DemoDocument:
    """One document of the demo library, as the portal should end up presenting it.

    ``title`` is the title a reader should see; ``metadata_title`` is what the PDF's metadata
    says (None: no title; a placeholder such as "untitled" on purpose); ``heading`` is the
    first-page heading as drawn (ALL CAPS on purpose for some documents).

    Example:
        >>> doc = demo_documents()[0]
        >>> doc.category, doc.file_name.endswith(".pdf")
        (('Giáo dục', 'Đề thi'), True)
    """

    category: tuple[str, str]
    file_name: str
    title: str
    pages: int
    heading: str
    metadata_title: str | None
    author: str | None
    letterhead: bool
    word_by_word: bool
    summary: str
    keyphrases: tuple[str, ...]
    text: DocText = field(repr=False, compare=False)
    templates: tuple[str, ...] = field(repr=False, compare=False)
    pool: Pool = field(repr=False, compare=False)

    @property
    def relative_path(self) -> Path:
        """Where the PDF goes under the library folder: <Parent>/<Child>/<file_name>."""
        return Path(self.category[0], self.category[1], self.file_name)


def demo_documents() -> list[DemoDocument]:
    """Every document of the demo library, in category order.

    Example:
        >>> len(demo_documents()) >= 32
        True
    """
    return list(_all_documents())


@cache
def _all_documents() -> tuple[DemoDocument, ...]:
    documents = []
    for module in CATEGORY_MODULES:
        for text in module.DOCUMENTS:
            metadata_title = text.title if text.metadata_title == USE_TITLE else text.metadata_title
            documents.append(
                DemoDocument(
                    category=(module.PARENT, text.child),
                    file_name=text.file_name,
                    title=text.title,
                    pages=text.pages,
                    heading=text.heading or text.title,
                    metadata_title=metadata_title,
                    author=text.author,
                    letterhead=bool(text.letterhead),
                    word_by_word=text.word_by_word,
                    summary=text.summary,
                    keyphrases=text.keyphrases,
                    text=text,
                    templates=module.POOLS[text.child].templates or module.TEMPLATES,
                    pool=module.POOLS[text.child],
                )
            )
    return tuple(documents)


# An item that carries its own label ("Câu 2.", "Bài 1 (2,0 điểm).", "Bước 3:", "a)") is drawn
# as is; any other list item gets a dash.
_LABELLED_ITEM = re.compile(r"^(\S+ \d+[.:(]|\S+ \d+ \(|[a-zđ]\)|\d+\.)")


def _section_units(heading: str | None, section: Section) -> list[list[Block]]:
    """A section as units that the pager keeps whole; the heading sticks to what follows."""
    units: list[list[Block]] = [[Paragraph(p)] for p in section.paragraphs]
    for item in section.items:
        line = item if _LABELLED_ITEM.match(item) else f"– {item}"
        units.append([Paragraph(line, align="left")])
    if heading:
        title = Heading(heading, size=SECTION_SIZE, align="left")
        units = [[title, *units[0]], *units[1:]] if units else [[title]]
    return units


def _front_units(doc: DemoDocument) -> list[list[Block]]:
    """The first page's top: letterhead, heading, subheading and the summary paragraph."""
    top: list[Block] = [Paragraph(line, bold=True, align="center") for line in doc.text.letterhead]
    top.append(Heading(doc.heading, size=TITLE_SIZE))
    if doc.text.subheading:
        top.append(Paragraph(doc.text.subheading, bold=True, align="center"))
    top.append(Paragraph(doc.summary))
    return [top]


def _units(doc: DemoDocument, outline: list[OutlineSection]) -> list[list[Block]]:
    """All units of the document: the front, the outline's sections, the closing lines."""
    units = _front_units(doc)
    for entry in outline:
        units += _section_units(entry.heading, entry.section)
    closing = doc.text.closing
    if closing:
        lines = [Paragraph(line, bold=line.isupper(), align="right") for line in closing]
        units.append(lines)
    return units


_MEASURE_FONTS = {False: "ThuvienDemoMeasure-Regular", True: "ThuvienDemoMeasure-Bold"}


@cache
def _measure_fonts() -> None:
    """Register the writer's two font files under our own names, for measuring only."""
    files = resources.files("fontpkg_be_vietnam_pro") / "files"
    for bold, name in _MEASURE_FONTS.items():
        file_name = "BeVietnamPro-Bold.ttf" if bold else "BeVietnamPro-Regular.ttf"
        with resources.as_file(files / file_name) as font_path:
            pdfmetrics.registerFont(TTFont(name, str(font_path)))


def _line_count(text: str, bold: bool, size: float) -> int:
    """How many lines greedy word wrapping gives, the way the writer wraps."""
    _measure_fonts()
    font = _MEASURE_FONTS[bold]
    space = pdfmetrics.stringWidth(" ", font, size)
    count = 0
    for hard_line in text.split("\n"):
        width = None
        for word in hard_line.split():
            word_width = pdfmetrics.stringWidth(word, font, size)
            if width is None or width + space + word_width > pdf_writer.TEXT_WIDTH:
                width, count = word_width, count + 1
            else:
                width += space + word_width
    return count


@cache
def _block_height(block: Heading | Paragraph, first_on_page: bool) -> float:
    """The height the writer gives a block: its lines' leading plus the gap before it."""
    if isinstance(block, Heading):
        bold, leading, gap = True, block.size * 1.3, block.size * 0.8
    else:
        bold, leading, gap = block.bold, block.size * 1.45, block.size * 0.7
    lines = _line_count(block.text, bold, block.size)
    return lines * leading + (0.0 if first_on_page else gap)


def _paginate(units: list[list[Block]]) -> tuple[list[Block], int]:
    """Blocks with page breaks inserted where a unit would overflow the page, and the pages."""
    blocks: list[Block] = []
    pages, used = 1, 0.0
    for unit in units:
        height = sum(_block_height(b, used == 0 and i == 0) for i, b in enumerate(unit))
        if used > 0 and used + height > PAGE_BUDGET:
            blocks.append(PageBreak())
            pages += 1
            height = sum(_block_height(b, i == 0) for i, b in enumerate(unit))
            used = 0.0
        blocks += unit
        used += height
    return blocks, pages


def document_blocks(doc: DemoDocument) -> list[Block]:
    """The document laid out as writer blocks, filling exactly ``doc.pages`` pages.

    Composed paragraphs are added one at a time; the longest version that still has the
    target page count wins, so the last page is well filled.

    Example:
        >>> blocks = document_blocks(demo_documents()[0])
        >>> blocks[0].text.startswith("ĐỀ KIỂM TRA")
        True
    """
    return list(_planned_blocks(doc))


@cache
def _planned_blocks(doc: DemoDocument) -> tuple[Block, ...]:
    composer = Composer(doc.text, doc.pool, doc.templates)
    best: list[Block] | None = None
    for n in range(MAX_COMPOSED_PARAGRAPHS + 1):
        blocks, pages = _paginate(_units(doc, composer.outline(n)))
        if pages > doc.pages:
            break
        if pages == doc.pages:
            best = blocks
        if not doc.text.pool_fill:
            break
    if best is None:
        raise ValueError(f"{doc.file_name}: cannot lay out on exactly {doc.pages} pages")
    return tuple(best)


def render_document(doc: DemoDocument) -> tuple[bytes, int]:
    """The PDF bytes of one demo document and its page count (same document, same bytes)."""
    buffer = io.BytesIO()
    good_metadata = doc.text.metadata_title == USE_TITLE
    pages = write_pdf(
        buffer,
        document_blocks(doc),
        title=doc.metadata_title,
        author=doc.author,
        keywords=", ".join(doc.keyphrases) if good_metadata else None,
        creator="thuvien" if good_metadata else "Microsoft® Word 2016",
        word_by_word=doc.word_by_word,
    )
    return buffer.getvalue(), pages


def build_demo_library(out_dir: Path) -> list[Path]:
    """Write every demo PDF to out_dir/<Parent>/<Child>/<file_name> and return the paths.

    Files that already hold exactly the right bytes are left untouched, so a second run writes
    nothing and the importer sees the same documents.

    Example:
        >>> paths = build_demo_library(Path("/tmp/thuvien-demo"))  # doctest: +SKIP
        >>> len(paths) >= 32  # doctest: +SKIP
        True
    """
    paths = []
    for doc in demo_documents():
        path = Path(out_dir) / doc.relative_path
        data, _ = render_document(doc)
        if not (path.is_file() and path.read_bytes() == data):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        paths.append(path)
    return paths
