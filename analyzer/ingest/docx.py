"""Word .docx: paragraphs and tables in body order (python-docx), with size limits.

Before python-docx sees the file the zip directory is checked: more than
``MAX_DOCX_EXPANDED`` bytes uncompressed, or a member that expands more than
``MAX_RATIO`` times (and past 10 MB), is refused as a zip bomb.  A password-protected
.docx is not a zip at all but an OLE container holding ``EncryptionInfo``; an old
.doc is an OLE container without it.  Both are named as such, with what to do.

Merged cells: see ``analyzer.ingest.tables`` (text once, top-left; the rest empty).
"""

from __future__ import annotations

import io
import zipfile

from ..errors import EncryptedDocumentError, IngestError, InputTooLargeError, UnsupportedFormatError
from .clean import Item, TableBlock

MAX_DOCX_EXPANDED = 256 * 1024 * 1024
MAX_RATIO = 100
_RATIO_FLOOR = 10 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DOC_ADVICE = "convert it to .docx first, e.g. `libreoffice --headless --convert-to docx FILE.doc`"


def ole_kind(data: bytes) -> str | None:
    """'encrypted' for a password-protected Office file, 'doc' for another OLE file, None otherwise."""
    if not data.startswith(OLE_MAGIC):
        return None
    # the stream names of the compound-file directory are UTF-16LE
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        return "encrypted"
    return "doc"


def _check_zip(data: bytes, name: str) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise IngestError(f"{name}: not a valid .docx (damaged or truncated zip archive)") from exc
    with zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_DOCX_EXPANDED:
            raise InputTooLargeError(
                f"{name}: refused: the .docx would expand to {total // 2**20} MB "
                f"(limit {MAX_DOCX_EXPANDED // 2**20} MB; a zip bomb?)"
            )
        for i in infos:
            if i.file_size > _RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise InputTooLargeError(
                    f"{name}: refused: {i.filename} expands {i.file_size // max(i.compress_size, 1)} times "
                    f"(limit {MAX_RATIO}; a zip bomb?)"
                )
        if "word/document.xml" not in zf.namelist():
            raise IngestError(f"{name}: a zip file but not a Word document (no word/document.xml)")
        bad = zf.testzip()
        if bad is not None:
            raise IngestError(f"{name}: not a valid .docx (damaged member {bad})")


def _table_rows(tbl) -> tuple[tuple[str, ...], ...]:  # type: ignore[no-untyped-def]
    """Rows of a w:tbl element on its grid: merged cells written once, covered positions empty."""
    from docx.oxml.ns import qn

    rows: list[tuple[str, ...]] = []
    for tr in tbl.iterchildren(qn("w:tr")):
        cells: list[str] = []
        for tc in tr.iterchildren(qn("w:tc")):
            span = tc.grid_span if hasattr(tc, "grid_span") else 1
            continued = getattr(tc, "vMerge", None) == "continue"
            text = "" if continued else _cell_text(tc)
            cells.append(text)
            cells.extend([""] * (max(span, 1) - 1))
        rows.append(tuple(cells))
    return tuple(rows)


def _cell_text(tc) -> str:  # type: ignore[no-untyped-def]
    from docx.oxml.ns import qn

    parts = []
    for el in tc.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    return " ".join(p for p in parts if p.strip())


def read_docx(data: bytes, name: str) -> list[Item]:
    """The body of a .docx as cleaned-later items: one str per paragraph line, one TableBlock per table."""
    kind = ole_kind(data)
    if kind == "encrypted":
        raise EncryptedDocumentError(
            f"{name}: password-protected Word file: remove the password in Word and save again"
        )
    if kind == "doc":
        raise UnsupportedFormatError(f"{name}: an old Word .doc file (named .docx): {DOC_ADVICE}")
    _check_zip(data, name)
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors …
        raise IngestError(f"{name}: not a readable .docx ({type(exc).__name__}: {exc})") from exc
    items: list[Item] = []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                items.extend(Paragraph(child, document).text.split("\n"))
            elif child.tag == qn("w:tbl"):
                rows = _table_rows(child)
                if rows:
                    items.append(TableBlock(rows))
            elif child.tag == qn("w:sdt"):
                for content in child.iterchildren(qn("w:sdtContent")):
                    walk(content)

    try:
        walk(document.element.body)
    except Exception as exc:
        raise IngestError(f"{name}: .docx body cannot be read ({type(exc).__name__}: {exc})") from exc
    return items
