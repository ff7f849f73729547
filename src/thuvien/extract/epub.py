"""EPUB e-books: the spine's XHTML documents in reading order, one text per chapter.

The container (META-INF/container.xml) names the package document (OPF); its manifest maps ids
to files and its spine lists them in reading order. Each spine document's text is read with the
standard library's forgiving HTML parser (real e-books are not always well-formed XML, and they
use HTML entities such as &nbsp; that an XML parser rejects). A chapter is a page of the
Extraction; spine documents with no text (a cover image, a blank page) are left out. The
archive is opened through safezip, so a zip bomb is refused before anything is inflated.

Example:
    >>> chapter_text("<body><h1>Chương 1</h1><p>Xin ch&agrave;o</p></body>".encode())
    'Chương 1\\n\\nXin chào'
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote

from thuvien.extract.errors import DAMAGED, ENCRYPTED, NO_PAGES, ExtractionError
from thuvien.extract.limits import MAX_TEXT_CHARS
from thuvien.extract.safezip import open_zip, parse_xml, read_member

__all__ = ["Book", "chapter_text", "read_book"]

_CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
_OPF = "http://www.idpf.org/2007/opf"
_DC = "http://purl.org/dc/elements/1.1/"
_XHTML_TYPES = ("application/xhtml+xml", "text/html", "application/x-dtbook+xml")
# Elements that end a paragraph; their text is separated by a blank line.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "table",
        "tr",
        "dt",
        "dd",
        "figcaption",
        "caption",
        "title",
        "hr",
    ]
)
_SKIPPED = frozenset({"script", "style", "head", "svg", "math", "nav"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._current)).strip()
        if text:
            self.paragraphs.append(re.sub(r" ?\n ?", "\n", text))
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "br":
            self._current.append("\n")
        elif tag in _BLOCKS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._current.append("\n")
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data.replace("\n", " "))

    def close(self) -> None:
        super().close()
        self._flush()


def chapter_text(data: bytes) -> str:
    """The text of one XHTML document: paragraphs separated by a blank line.

    Example:
        >>> chapter_text(b"<p>M\\xe1\\xbb\\x99t</p><p>Hai<br/>ba</p>")
        'Một\\n\\nHai\\nba'
    """
    parser = _TextParser()
    parser.feed(data.decode("utf-8", errors="replace"))
    parser.close()
    return "\n\n".join(parser.paragraphs)


@dataclass
class Book:
    """What an EPUB holds: its chapters' texts, title, author and cover image bytes."""

    chapters: list[str] = field(default_factory=list)
    title: str = ""
    author: str = ""
    cover: bytes | None = None
    truncated: bool = False


def _package_path(archive: zipfile.ZipFile) -> str:
    try:
        container = parse_xml(read_member(archive, "META-INF/container.xml", 1 << 20))
    except KeyError as error:
        raise ExtractionError(DAMAGED, "The EPUB has no META-INF/container.xml.") from error
    for rootfile in container.iter(f"{{{_CONTAINER}}}rootfile"):
        path = rootfile.get("full-path")
        if path:
            return path
    raise ExtractionError(DAMAGED, "The EPUB's container names no package document.")


def _member_name(base: str, href: str) -> str:
    href = unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), href)).lstrip("/")


def read_book(data: bytes) -> Book:
    """Chapters in reading order, metadata and cover of an EPUB's bytes.

    Raises ExtractionError: "damaged" (no container, package or spine), "encrypted" (DRM),
    "no_pages" (an empty spine), "too_large" (a zip bomb).

    Example:
        >>> # read_book(Path("truyen.epub").read_bytes()).chapters[0][:20]
    """
    with open_zip(data) as archive:
        names = set(archive.namelist())
        if "META-INF/encryption.xml" in names:
            # Font obfuscation also lives there; only encrypted content documents count as DRM.
            encryption = read_member(archive, "META-INF/encryption.xml", 4 << 20)
            if b"xhtml" in encryption or b".html" in encryption:
                raise ExtractionError(ENCRYPTED, "The e-book is protected (DRM).", "epub")
        package_path = _package_path(archive)
        try:
            package = parse_xml(read_member(archive, package_path, 16 << 20))
        except KeyError as error:
            raise ExtractionError(DAMAGED, "The EPUB's package document is missing.") from error
        book = Book()
        metadata = package.find(f"{{{_OPF}}}metadata")
        if metadata is not None:
            book.title = (metadata.findtext(f"{{{_DC}}}title") or "").strip()
            book.author = (metadata.findtext(f"{{{_DC}}}creator") or "").strip()
        manifest: dict[str, tuple[str, str, str]] = {}
        for item in package.iter(f"{{{_OPF}}}item"):
            href = item.get("href") or ""
            manifest[item.get("id") or ""] = (
                _member_name(package_path, href),
                item.get("media-type") or "",
                item.get("properties") or "",
            )
        spine = package.find(f"{{{_OPF}}}spine")
        if spine is None:
            raise ExtractionError(DAMAGED, "The EPUB has no spine (reading order).")
        itemrefs = [ref.get("idref") or "" for ref in spine.iter(f"{{{_OPF}}}itemref")]
        if not itemrefs:
            raise ExtractionError(NO_PAGES, "The e-book has no chapters.")
        total = 0
        for idref in itemrefs:
            name, media_type, _ = manifest.get(idref, ("", "", ""))
            if not name or name not in names or media_type not in _XHTML_TYPES:
                continue
            text = chapter_text(read_member(archive, name))
            if not text:
                continue
            total += len(text)
            if total > MAX_TEXT_CHARS:
                book.truncated = True
                break
            book.chapters.append(text)
        book.cover = _cover(archive, package, manifest, names)
        return book


def _cover(
    archive: zipfile.ZipFile,
    package: object,
    manifest: dict[str, tuple[str, str, str]],
    names: set[str],
) -> bytes | None:
    """The cover image: EPUB 3's "cover-image" item, else EPUB 2's <meta name="cover">."""
    cover_id = next((key for key, (_, _, props) in manifest.items() if "cover-image" in props), "")
    if not cover_id:
        for meta in package.iter(f"{{{_OPF}}}meta"):  # type: ignore[attr-defined]
            if meta.get("name") == "cover":
                cover_id = meta.get("content") or ""
    name, media_type, _ = manifest.get(cover_id, ("", "", ""))
    if not name or name not in names or not media_type.startswith("image/"):
        return None
    return read_member(archive, name, 32 << 20)
