"""Text and metadata read straight from Office XML (DOCX, PPTX, ODT, ODP, and ODF metadata).

LibreOffice's PDF gives page counts, previews and the text of every page, but the source files
say more reliably what the text *is*: paragraphs as the author wrote them (no line joining to
guess, no running headers and footers repeated on every page), slides in order. Only the formats
whose XML is simple and stable are read here; spreadsheets and the binary formats (.doc, .ppt,
.xls, .rtf) take their text from the PDF.

Example:
    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as archive:
    ...     archive.writestr("word/document.xml", '<w:document xmlns:w="' + W + '"><w:body>'
    ...         '<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p></w:body></w:document>')
    >>> read_office_text(buffer.getvalue(), "docx").paragraphs
    ['Xin chào']
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree

from thuvien.extract.errors import DAMAGED, ENCRYPTED, ExtractionError
from thuvien.extract.safezip import open_zip, parse_xml, read_member

__all__ = [
    "CELL_SEPARATOR",
    "W",
    "OfficeText",
    "odf_data_is_encrypted",
    "odf_is_encrypted",
    "read_office_text",
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_DC = "http://purl.org/dc/elements/1.1/"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

_SPACES = re.compile(r"[ \t\u00a0]+")
CELL_SEPARATOR = " | "
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


@dataclass
class OfficeText:
    """What the XML says: paragraphs (DOCX, ODT) or one text per slide (PPTX, ODP)."""

    paragraphs: list[str] = field(default_factory=list)
    slides: list[str] | None = None
    # Spreadsheets: one text per non-empty row, cells separated by CELL_SEPARATOR.
    rows: list[str] | None = None
    # A spreadsheet's first row when it is one cell of a few words (a title row).
    title_row: str = ""
    title: str = ""
    author: str = ""


# XML parts larger than this are not parsed for text (a tree takes ~10x the bytes in memory):
# the text then comes from LibreOffice's PDF.
MAX_XML_BYTES = 64 << 20


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def _clean(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


# --- Word (DOCX) ---------------------------------------------------------------------------------
_W_T, _W_P, _W_TAB, _W_BR, _W_CR = (_q(W, n) for n in ("t", "p", "tab", "br", "cr"))
_W_NO_BREAK_HYPHEN = _q(W, "noBreakHyphen")
_W_TXBX = _q(W, "txbxContent")
_MC_FALLBACK = _q(_MC, "Fallback")
# Parts of a paragraph that are not its visible text: deleted runs, field codes, comments.
_W_SKIP = frozenset({_q(W, "del"), _q(W, "instrText"), _q(W, "delText"), _MC_FALLBACK})


def _docx_paragraph(element: ElementTree.Element, nested: list[ElementTree.Element]) -> str:
    pieces: list[str] = []

    def walk(node: ElementTree.Element) -> None:
        for child in node:
            tag = child.tag
            if tag in _W_SKIP:
                continue
            if tag == _W_TXBX:
                # A text box anchored in this paragraph: its paragraphs come after this one.
                nested.extend(child.iter(_W_P))
                continue
            if tag == _W_T:
                pieces.append(child.text or "")
            elif tag == _W_TAB:
                pieces.append("\t")
            elif tag in (_W_BR, _W_CR):
                pieces.append("\n")
            elif tag == _W_NO_BREAK_HYPHEN:
                pieces.append("-")
            walk(child)

    walk(element)
    return _clean("".join(pieces))


def _docx_paragraphs(root: ElementTree.Element) -> list[str]:
    body = root.find(_q(W, "body"))
    if body is None:
        return []
    out: list[str] = []
    seen: set[int] = set()

    def visit(node: ElementTree.Element) -> None:
        for child in node:
            if child.tag == _MC_FALLBACK:
                continue
            if child.tag == _W_P:
                if id(child) in seen:
                    continue
                seen.add(id(child))
                nested: list[ElementTree.Element] = []
                text = _docx_paragraph(child, nested)
                if text:
                    out.append(text)
                for paragraph in nested:
                    if id(paragraph) not in seen:
                        seen.add(id(paragraph))
                        inner = _docx_paragraph(paragraph, [])
                        if inner:
                            out.append(inner)
            else:
                visit(child)

    visit(body)
    return out


def _core_properties(archive: zipfile.ZipFile) -> tuple[str, str]:
    try:
        root = parse_xml(read_member(archive, "docProps/core.xml", 1 << 20))
    except (KeyError, ExtractionError):
        return "", ""
    title = root.findtext(_q(_DC, "title")) or ""
    author = root.findtext(_q(_DC, "creator")) or ""
    return title.strip(), author.strip()


# --- PowerPoint (PPTX) ---------------------------------------------------------------------------
def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    folder, _, name = part.rpartition("/")
    rels = f"{folder}/_rels/{name}.rels"
    try:
        root = parse_xml(read_member(archive, rels))
    except KeyError:
        return {}
    targets = {}
    for rel in root.iter(_q(_REL, "Relationship")):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        path = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
        # Resolve "../" the way a package path does.
        parts: list[str] = []
        for piece in path.split("/"):
            if piece == "..":
                if parts:
                    parts.pop()
            elif piece and piece != ".":
                parts.append(piece)
        targets[rel.get("Id", "")] = "/".join(parts)
    return targets


def _drawing_text(root: ElementTree.Element) -> str:
    paragraphs = []
    for paragraph in root.iter(_q(_A, "p")):
        pieces = []
        for node in paragraph.iter():
            if node.tag == _q(_A, "t"):
                pieces.append(node.text or "")
            elif node.tag == _q(_A, "br"):
                pieces.append("\n")
        text = _clean("".join(pieces))
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _pptx_slides(archive: zipfile.ZipFile) -> list[str]:
    presentation = parse_xml(read_member(archive, "ppt/presentation.xml"))
    rels = _relationships(archive, "ppt/presentation.xml")
    slides = []
    for slide_id in presentation.iter(_q(_P, "sldId")):
        part = rels.get(slide_id.get(_q(_R, "id"), ""))
        if not part:
            continue
        slide = parse_xml(read_member(archive, part))
        if slide.get("show") in ("0", "false"):
            continue  # hidden slides are not in the PDF
        slides.append(_drawing_text(slide))
    return slides


# --- OpenDocument (ODT, ODP) ---------------------------------------------------------------------
_T_P, _T_H, _T_S, _T_TAB, _T_BR = (_q(_TEXT, n) for n in ("p", "h", "s", "tab", "line-break"))
# Inside a paragraph, not its text: notes (footnotes), annotations, changes, frames.
_ODF_SKIP = frozenset(
    {
        _q(_TEXT, "note"),
        _q(_OFFICE, "annotation"),
        _q(_TEXT, "tracked-changes"),
        _q(_PRESENTATION, "notes"),
    }
)
_DRAW_FRAME = _q(_DRAW, "frame")


def _odf_paragraph(element: ElementTree.Element, nested: list[ElementTree.Element]) -> str:
    pieces = [element.text or ""]

    def walk(node: ElementTree.Element) -> None:
        for child in node:
            tag = child.tag
            if tag in _ODF_SKIP:
                pieces.append(child.tail or "")
                continue
            if tag == _DRAW_FRAME:
                nested.extend(p for p in child.iter() if p.tag in (_T_P, _T_H))
                pieces.append(child.tail or "")
                continue
            if tag == _T_S:
                pieces.append(" " * int(child.get(_q(_TEXT, "c"), "1") or 1))
            elif tag == _T_TAB:
                pieces.append("\t")
            elif tag == _T_BR:
                pieces.append("\n")
            else:
                pieces.append(child.text or "")
                walk(child)
            pieces.append(child.tail or "")

    walk(element)
    return _clean("".join(pieces))


def _odf_paragraphs(node: ElementTree.Element) -> Iterator[str]:
    seen: set[int] = set()

    def visit(parent: ElementTree.Element) -> Iterator[str]:
        for child in parent:
            if child.tag in _ODF_SKIP:
                continue
            if child.tag in (_T_P, _T_H):
                if id(child) in seen:
                    continue
                seen.add(id(child))
                nested: list[ElementTree.Element] = []
                text = _odf_paragraph(child, nested)
                if text:
                    yield text
                for paragraph in nested:
                    if id(paragraph) not in seen:
                        seen.add(id(paragraph))
                        inner = _odf_paragraph(paragraph, [])
                        if inner:
                            yield inner
            else:
                yield from visit(child)

    yield from visit(node)


def _odf_metadata(archive: zipfile.ZipFile) -> tuple[str, str]:
    try:
        root = parse_xml(read_member(archive, "meta.xml", 1 << 20))
    except (KeyError, ExtractionError):
        return "", ""
    meta = root.find(_q(_OFFICE, "meta"))
    if meta is None:
        return "", ""
    title = meta.findtext(_q(_DC, "title")) or ""
    author = meta.findtext(_q(_DC, "creator")) or meta.findtext(_q(_META, "initial-creator")) or ""
    return title.strip(), author.strip()


def odf_is_encrypted(archive: zipfile.ZipFile) -> bool:
    """True when the OpenDocument's manifest lists encrypted parts (a password-protected file).

    Example:
        >>> # odf_is_encrypted(zipfile.ZipFile("khoa.odt"))
    """
    try:
        manifest = read_member(archive, "META-INF/manifest.xml", 4 << 20)
    except KeyError:
        return False
    return b"encryption-data" in manifest


def odf_data_is_encrypted(data: bytes) -> bool:
    """:func:`odf_is_encrypted` for a file's bytes; False when the archive cannot be read
    (its reader says what is wrong with it).

    Example:
        >>> odf_data_is_encrypted(b"not a zip")
        False
    """
    try:
        with open_zip(data) as archive:
            return odf_is_encrypted(archive)
    except (ExtractionError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _odf_body(archive: zipfile.ZipFile, kind: str) -> ElementTree.Element:
    root = parse_xml(read_member(archive, "content.xml"))
    body = root.find(f"{_q(_OFFICE, 'body')}/{_q(_OFFICE, kind)}")
    if body is None:
        raise ExtractionError(DAMAGED, "The OpenDocument file has no body.")
    return body


# --- Spreadsheets (XLSX, ODS) ---------------------------------------------------------------------
def _row_text(cells: list[str]) -> str:
    return CELL_SEPARATOR.join(
        cell for cell in (_clean(c).replace("\n", " ") for c in cells) if cell
    )


def _xlsx_shared_strings(archive: zipfile.ZipFile) -> list[str]:
    try:
        data = read_member(archive, "xl/sharedStrings.xml")
    except KeyError:
        return []
    strings = []
    for item in parse_xml(data).iter(_q(_S, "si")):
        # Rich text runs (r/t) and phonetic hints (rPh/t, not shown) both use <t>.
        hints = {id(node) for hint in item.iter(_q(_S, "rPh")) for node in hint.iter(_q(_S, "t"))}
        strings.append(
            "".join(node.text or "" for node in item.iter(_q(_S, "t")) if id(node) not in hints)
        )
    return strings


def _xlsx_rows(archive: zipfile.ZipFile) -> list[str]:
    workbook = parse_xml(read_member(archive, "xl/workbook.xml"))
    rels = _relationships(archive, "xl/workbook.xml")
    shared = _xlsx_shared_strings(archive)
    rows: list[str] = []
    for sheet in workbook.iter(_q(_S, "sheet")):
        if sheet.get("state") in ("hidden", "veryHidden"):
            continue
        part = rels.get(sheet.get(_q(_R, "id"), ""))
        if not part:
            continue
        for row in parse_xml(read_member(archive, part)).iter(_q(_S, "row")):
            cells = []
            for cell in row.iter(_q(_S, "c")):
                kind = cell.get("t", "n")
                if kind == "inlineStr":
                    cells.append("".join(t.text or "" for t in cell.iter(_q(_S, "t"))))
                    continue
                value = cell.findtext(_q(_S, "v")) or ""
                if kind == "s" and value.isdigit() and int(value) < len(shared):
                    value = shared[int(value)]
                elif kind == "b":
                    value = "TRUE" if value == "1" else "FALSE"
                cells.append(value)
            text = _row_text(cells)
            if text:
                rows.append(text)
    return rows


def _ods_rows(archive: zipfile.ZipFile) -> list[str]:
    spreadsheet = _odf_body(archive, "spreadsheet")
    rows: list[str] = []
    for row in spreadsheet.iter(_q(_TABLE, "table-row")):
        cells = []
        for cell in row:
            if cell.tag not in (_q(_TABLE, "table-cell"), _q(_TABLE, "covered-table-cell")):
                continue
            cells.append("\n".join(_odf_paragraphs(cell)))
        text = _row_text(cells)
        if text:
            rows.append(text)
    return rows


def _title_row(rows: list[str]) -> str:
    if rows and CELL_SEPARATOR not in rows[0] and 2 <= len(rows[0].split()) <= 20:
        return rows[0]
    return ""


def read_office_text(data: bytes, file_type: str) -> OfficeText:
    """Paragraphs or slides and title/author of a DOCX, PPTX, XLSX, ODT, ODP or ODS file.

    Spreadsheets give their non-empty rows (cells joined by " | "). Raises ExtractionError:
    "encrypted" for a password-protected OpenDocument, "too_large" for a zip bomb, "damaged"
    for a broken archive or XML.

    Example:
        >>> read_office_text(b"PK\\x05\\x06" + bytes(18), "pptx").paragraphs
        Traceback (most recent call last):
        ...
        thuvien.extract.errors.ExtractionError: A part of the file is missing \
("There is no item named 'ppt/presentation.xml' in the archive").
    """
    with open_zip(data) as archive:
        if file_type in ("odt", "odp", "ods"):
            if odf_is_encrypted(archive):
                raise ExtractionError(
                    ENCRYPTED, "The OpenDocument file is protected by a password.", file_type
                )
            result = OfficeText()
            result.title, result.author = _odf_metadata(archive)
            content = archive.NameToInfo.get("content.xml")
            if content is None:
                raise ExtractionError(DAMAGED, "The OpenDocument file has no content.xml.")
            if content.file_size > MAX_XML_BYTES:
                return result
            if file_type == "odt":
                result.paragraphs = list(_odf_paragraphs(_odf_body(archive, "text")))
            elif file_type == "odp":
                presentation = _odf_body(archive, "presentation")
                result.slides = [
                    "\n\n".join(_odf_paragraphs(page))
                    for page in presentation.iter(_q(_DRAW, "page"))
                ]
            elif file_type == "ods":
                result.rows = _ods_rows(archive)
                result.title_row = _title_row(result.rows)
            return result
        result = OfficeText()
        result.title, result.author = _core_properties(archive)
        if sum(info.file_size for info in archive.infolist() if info.filename.endswith(".xml")) > (
            MAX_XML_BYTES
        ):
            return result
        try:
            if file_type == "docx":
                result.paragraphs = _docx_paragraphs(
                    parse_xml(read_member(archive, "word/document.xml"))
                )
            elif file_type == "pptx":
                result.slides = _pptx_slides(archive)
            elif file_type == "xlsx":
                result.rows = _xlsx_rows(archive)
                result.title_row = _title_row(result.rows)
        except KeyError as error:
            raise ExtractionError(DAMAGED, f"A part of the file is missing ({error}).") from error
        return result
