"""Writers for the test files of every type: Office XML by hand, e-books, scans, text encodings.

Everything is generated from text written for these tests; no binary fixtures. Old binary Office
formats (.doc, .xls, .ppt) and .pptx are made from these by LibreOffice in session fixtures
(conftest.py), as a user's own Office would have saved them.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

from thuvien.extract.textimages import font_path
from thuvien.text.legacy_codecs import to_legacy
from thuvien.text.legacy_tables import MISREAD_TO_BYTE

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"'
)
PAGE_BREAK = object()


def _write_zip(path: Path, parts: dict[str, str | bytes], mimetype: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype:
            archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _run(text: str, bold: bool = False, size: int | None = None) -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def write_docx(
    path: Path,
    blocks: list[object],
    *,
    title: str = "",
    author: str = "",
    header: str = "",
    heading: str = "",
) -> Path:
    """A Word document: an optional big bold heading, paragraphs, PAGE_BREAK markers."""
    body = []
    if heading:
        body.append(f"<w:p>{_run(heading, bold=True, size=40)}</w:p>")
    for block in blocks:
        if block is PAGE_BREAK:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        else:
            body.append(f"<w:p>{_run(str(block))}</w:p>")
    header_ref = '<w:headerReference w:type="default" r:id="rIdH"/>' if header else ""
    section = (
        f'<w:sectPr>{header_ref}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}{section}'
        "</w:body></w:document>"
    )
    types = (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT}">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    )
    rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    )
    document_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL}">'
        '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/header" Target="header1.xml"/></Relationships>'
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
        'openxmlformats.org/package/2006/metadata/core-properties" '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title>'
        f"<dc:creator>{escape(author)}</dc:creator></cp:coreProperties>"
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": types,
        "_rels/.rels": rels,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": document_rels,
        "docProps/core.xml": core,
    }
    if header:
        parts["word/header1.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{W}">'
            f"<w:p>{_run(header)}</w:p></w:hdr>"
        )
    return _write_zip(path, parts)


def _odf(path: Path, kind: str, body: str, title: str = "", styles: str = "") -> Path:
    mimetype = f"application/vnd.oasis.opendocument.{kind}"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {OFFICE_NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body>{body}</office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {OFFICE_NS}>'
        f"<office:meta><dc:title>{escape(title)}</dc:title></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    parts = {"content.xml": content, "meta.xml": meta, "META-INF/manifest.xml": manifest}
    return _write_zip(path, parts, mimetype=mimetype)


def write_odt(path: Path, blocks: list[object], *, heading: str = "", title: str = "") -> Path:
    """An OpenDocument text: a heading, paragraphs, PAGE_BREAK markers."""
    body = [f'<text:h text:outline-level="1">{escape(heading)}</text:h>'] if heading else []
    page_break = False
    for block in blocks:
        if block is PAGE_BREAK:
            page_break = True
            continue
        style = ' text:style-name="PB"' if page_break else ""
        body.append(f"<text:p{style}>{escape(str(block))}</text:p>")
        page_break = False
    styles = (
        '<style:style style:name="PB" style:family="paragraph">'
        '<style:paragraph-properties fo:break-before="page"/></style:style>'
    )
    return _odf(path, "text", f"<office:text>{''.join(body)}</office:text>", title, styles)


def write_odp(path: Path, slides: list[list[str]], *, title: str = "") -> Path:
    """An OpenDocument presentation: each slide a list of text boxes."""
    pages = []
    for number, boxes in enumerate(slides, 1):
        frames = "".join(
            f'<draw:frame svg:x="2cm" svg:y="{2 + 4 * i}cm" svg:width="22cm" svg:height="3cm">'
            f"<draw:text-box><text:p>{escape(box)}</text:p></draw:text-box></draw:frame>"
            for i, box in enumerate(boxes)
        )
        pages.append(f'<draw:page draw:name="page{number}">{frames}</draw:page>')
    body = f"<office:presentation>{''.join(pages)}</office:presentation>"
    return _odf(path, "presentation", body, title)


def write_ods(path: Path, rows: list[list[str]], *, title: str = "") -> Path:
    """An OpenDocument spreadsheet with one sheet of text cells."""
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}</text:p>'
            "</table:table-cell>"
            for cell in row
        )
        + "</table:table-row>"
        for row in rows
    )
    body = (
        '<office:spreadsheet><table:table table:name="Trang1">'
        f"{cells}</table:table></office:spreadsheet>"
    )
    return _odf(path, "spreadsheet", body, title)


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    """An Excel workbook with one sheet of inline-string cells."""
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
            for c, value in enumerate(row)
        )
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT}">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{R}">'
            '<sheets><sheet name="Trang1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}">'
            f"<sheetData>{''.join(sheet_rows)}</sheetData></worksheet>"
        ),
    }
    return _write_zip(path, parts)


def _rtf_escape(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if char in "\\{}":
            out.append("\\" + char)
        elif code < 128:
            out.append(char)
        else:
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def write_rtf(path: Path, blocks: list[object], *, title: str = "") -> Path:
    """A Rich Text document (Unicode escapes), PAGE_BREAK markers as \\page."""
    body = []
    for block in blocks:
        body.append("\\page\n" if block is PAGE_BREAK else f"{_rtf_escape(str(block))}\\par\n")
    info = f"{{\\info{{\\title {_rtf_escape(title)}}}}}" if title else ""
    rtf = (
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 DejaVu Sans;}}"
        + info
        + "\\f0\\fs24\n"
        + "".join(body)
        + "}"
    )
    path.write_text(rtf, encoding="ascii")
    return path


def write_epub(
    path: Path,
    chapters: list[tuple[str, str]],
    *,
    title: str = "",
    author: str = "",
    cover: bytes | None = None,
) -> Path:
    """An EPUB 3 book: (heading, body text) chapters in spine order, an optional PNG cover."""
    items, refs = [], []
    parts: dict[str, str | bytes] = {
        "META-INF/container.xml": (
            '<?xml version="1.0"?><container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>'
        )
    }
    for number, (heading, text) in enumerate(chapters, 1):
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
        parts[f"OEBPS/text/chuong{number}.xhtml"] = (
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html>'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title>'
            "<style>p { margin: 0 }</style></head>"
            f"<body><h1>{escape(heading)}</h1>{paragraphs}<p>&nbsp;</p></body></html>"
        )
        items.append(
            f'<item id="c{number}" href="text/chuong{number}.xhtml" '
            'media-type="application/xhtml+xml"/>'
        )
        refs.append(f'<itemref idref="c{number}"/>')
    if cover is not None:
        parts["OEBPS/images/bia.png"] = cover
        items.append(
            '<item id="bia" href="images/bia.png" media-type="image/png" properties="cover-image"/>'
        )
    parts["OEBPS/content.opf"] = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0" unique-identifier="id"><metadata '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="id">thuvien-test</dc:identifier><dc:title>{escape(title)}'
        f"</dc:title><dc:creator>{escape(author)}</dc:creator><dc:language>vi</dc:language>"
        f"</metadata><manifest>{''.join(items)}</manifest><spine>{''.join(refs)}</spine>"
        "</package>"
    )
    return _write_zip(path, parts, mimetype="application/epub+zip")


def legacy_bytes(text: str, encoding: str) -> bytes:
    """Vietnamese text as the bytes a legacy encoding ("tcvn3", "vni", "cp1258") stores."""
    return bytes(MISREAD_TO_BYTE[char] for char in to_legacy(text, encoding))


def draw_scan(
    text: str,
    *,
    dpi: int = 300,
    size_pt: float = 12,
    noise: float = 0.0,
    angle: float = 0.0,
    seed: int = 1,
    chars_per_line: int = 70,
    font: str | None = None,
) -> Image.Image:
    """A greyscale A4 'scan' of text (Be Vietnam Pro, or the TTF at ``font``): optional
    speckle noise (a share of pixels flipped) and rotation (degrees)."""
    import random

    width, height = round(8.27 * dpi), round(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font or font_path(), round(size_pt / 72 * dpi))
    x = y = round(0.9 * dpi)
    step = round(size_pt * 1.5 / 72 * dpi)
    for paragraph in text.split("\n\n"):
        for line in textwrap.wrap(paragraph, chars_per_line):
            if y + step > height - x:
                break
            draw.text((x, y), line, font=face, fill=0)
            y += step
        y += step // 2
    if noise:
        rng = random.Random(seed)
        pixels = image.load()
        for _ in range(int(width * height * noise)):
            px, py = rng.randrange(width), rng.randrange(height)
            pixels[px, py] = 0 if pixels[px, py] > 128 else 255
    if angle:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    image.info["dpi"] = (dpi, dpi)
    return image


def png_bytes(image: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", **options)
    return buffer.getvalue()


def words(text: str) -> list[str]:
    """Lower-case NFC words (letters and digits), for comparing OCR output with its source."""
    import re
    import unicodedata

    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text).lower())


def word_accuracy(reference: str, hypothesis: str) -> float:
    """1 - word error rate: word-level edit distance over the reference's word count."""
    ref, hyp = words(reference), words(hypothesis)
    if not ref:
        return 1.0 if not hyp else 0.0
    previous = list(range(len(hyp) + 1))
    for i, word in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, other in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other))
        previous = current
    return max(0.0, 1 - previous[-1] / len(ref))
