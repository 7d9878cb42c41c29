"""Readers for txt, docx, pdf and html, and the text cleaner.

``read_file(path)`` picks the reader by the file's suffix (and by its first bytes
when the suffix is unknown), cleans the text (``clean.py``) and returns a
``Document`` whose ``text`` is what every offset of the report points into.
``from_text(text)`` cleans a string the same way a .txt file is cleaned.

Every unreadable input raises an ``IngestError`` subclass with a one-line message
(the CLI prints it and exits 2); library exceptions never leak.

``Document.hints`` keys: ``source`` and ``date`` (来源：/时间： lines of a saved
page, date as YYYY-MM-DD), ``html_title`` (a page's <title>), ``decode_errors``
(invalid UTF-8 bytes that were replaced by U+FFFD, with the first position),
``dropped_lines`` and ``chars_dropped`` (how many chrome/page-artefact lines and characters the
cleaner removed; the characters are also ``Source.chars_dropped``), ``script`` (``traditional``
when a traditional-character text was converted to simplified, see ``normalize.py``).
``Document.tables``: docx/html tables, and ``a | b | c`` rows found in plain text.

``.doc``, ``.wps``, ``.rtf`` and ``.odt`` files are converted to .docx by LibreOffice when
``soffice`` is on PATH (``convert.py``; hint ``converted_from``), else refused with the command.

Limits: files over ``MAX_FILE_BYTES`` are refused before they are read; a .docx
may expand to at most ``docx.MAX_DOCX_EXPANDED``.  Reading a text file passes each
stage's string on without keeping it (the bytes are freed once decoded, a text once
split into lines; characters are counted a chunk at a time): the peak is the bytes
and their decoded string together, about 1.7x the file size for Chinese UTF-8 text
(measured, VmHWM growth: 50 MB file of real reports +84 MB, 5 MB file +17 MB).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import (
    EmptyDocumentError,
    IngestError,
    InputNotFoundError,
    InputTooLargeError,
    ScannedDocumentError,
    UnsupportedFormatError,
)
from ..types import Document, Source, Table
from .clean import Hints, Item, clean_items, clean_text, normalize_newlines
from .convert import CONVERTIBLE, convert_to_docx, not_convertible, soffice
from .docx import ole_kind, read_docx
from .html import read_html
from .pdf import read_pdf
from .pdftext import repair
from .tables import parse_pipe_tables, render_items
from .txt import decode_bytes

if TYPE_CHECKING:
    from .ocr import Engine

MAX_FILE_BYTES = 200 * 1024 * 1024

_SUFFIX_FORMAT = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".csv": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
}
# .doc, .wps, .rtf and .odt go through LibreOffice (convert.py); these are refused with advice
_ADVICE = {
    ".xls": "tables of a spreadsheet are not a report: save the report itself as .docx, .pdf or .txt",
    ".xlsx": "tables of a spreadsheet are not a report: save the report itself as .docx, .pdf or .txt",
}


def _sniff(data: bytes) -> str | None:
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or ole_kind(data):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "html"
    return None


def _document(
    text: str, tables: tuple[Table, ...], hints: Hints, path: str | None, sha: str, fmt: str, enc: str | None
) -> Document:
    if not text.strip():
        raise EmptyDocumentError(f"{path or 'input'}: no text left after reading and cleaning")
    return Document(
        text=text,
        source=Source(path=path, sha256=sha, format=fmt, encoding=enc, chars_dropped=chars_dropped(hints)),
        tables=tables,
        hints=hints,
    )


def chars_dropped(hints: Hints) -> int:
    """The characters the cleaner removed, from its ``chars_dropped`` hint (0 without one)."""
    return sum(int(v) for k, v in hints if k == "chars_dropped")


def from_text(text: str, path: str | None = None) -> Document:
    """A Document from a string, cleaned as a .txt file is (sha256 of its UTF-8 bytes)."""
    sha = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    cleaned, hints = clean_text(repair(text))
    # an empty string is a valid (empty) report here; only files must hold text
    return Document(
        text=cleaned,
        source=Source(path=path, sha256=sha, format="txt", encoding=None, chars_dropped=chars_dropped(hints)),
        tables=parse_pipe_tables(cleaned),
        hints=hints,
    )


def _from_items(items: Sequence[Item], hints: Hints) -> tuple[str, tuple[Table, ...], Hints]:
    kept, more = clean_items(items)
    text, tables = render_items(kept)
    return text, tables, hints + more


def read_file(path: str | PathLike[str], *, ocr: bool = False) -> Document:
    """Read and clean a .txt, .docx, .pdf or .html report.  Raises ``IngestError`` subclasses.

    ``ocr``: read a scanned PDF (no text layer) by OCR (``ingest/ocr.py``); off, it is refused."""
    p = Path(path)
    name = str(p)
    if not p.exists():
        raise InputNotFoundError(f"{name}: no such file")
    if p.is_dir():
        raise InputNotFoundError(f"{name}: is a directory, not a file (use `govreport batch` for folders)")
    if not p.is_file():
        raise InputNotFoundError(f"{name}: not a regular file")
    suffix = p.suffix.lower()
    if suffix in _ADVICE:
        raise UnsupportedFormatError(f"{name}: {suffix} files are not read: {_ADVICE[suffix]}")
    if suffix in CONVERTIBLE and soffice() is None:
        raise not_convertible(name, suffix)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputTooLargeError(f"{name}: {size // 2**20} MB is over the {MAX_FILE_BYTES // 2**20} MB limit")
        data = p.read_bytes()
    except OSError as exc:
        raise IngestError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    if not data:
        raise EmptyDocumentError(f"{name}: empty file (0 bytes)")
    sha = hashlib.sha256(data).hexdigest()
    if suffix in CONVERTIBLE:
        del data
        text, tables, hints = _from_items(read_docx(convert_to_docx(p, name), name), (("converted_from", suffix[1:]),))
        return _document(text, tables, hints, name, sha, "docx", None)
    box = [data]  # _read takes the bytes out of the box, so they can be freed once decoded
    del data
    try:
        return _read(box, sha, name, suffix, ocr)
    except IngestError as exc:
        message = " ".join(str(exc).split())  # a library's message may span lines: the CLI prints one
        if message == str(exc):
            raise
        raise type(exc)(message) from exc


def _read_scan(data: bytes, name: str, sha: str, engine: Engine | None = None) -> Document:
    from . import ocr

    items, paras = ocr.read_scan(data, name, engine)
    text, tables, hints = _from_items(items, ())
    doc = _document(text, tables, hints, name, sha, "pdf", None)
    source = dataclasses.replace(doc.source, ocr=True)
    return dataclasses.replace(doc, source=source, ocr_spans=ocr.confidence_spans(doc.text, paras))


def _read(box: list[bytes], sha: str, name: str, suffix: str, ocr: bool = False) -> Document:
    data = box.pop()
    fmt = _SUFFIX_FORMAT.get(suffix) or _sniff(data) or "txt"
    if fmt == "docx":
        text, tables, hints = _from_items(read_docx(data, name), ())
        return _document(text, tables, hints, name, sha, "docx", None)
    if fmt == "pdf":
        try:
            items = read_pdf(data, name)
        except ScannedDocumentError:
            if not ocr:
                raise
            return _read_scan(data, name, sha)
        text, tables, hints = _from_items(items, ())
        return _document(text, tables, hints, name, sha, "pdf", None)
    if fmt == "html":
        items, enc, html_hints = read_html(data, name)
        text, tables, hints = _from_items(items, html_hints)
        return _document(text, tables, hints, name, sha, "html", enc)
    raw, enc, dec_hints = decode_bytes(data, name)
    del data
    passed = [raw]  # passed on, not kept: each step below frees its input once it is split into lines
    del raw
    cleaned, hints = clean_text(repair(passed.pop()))  # text converted from a PDF: spaces and wraps around figures
    return _document(cleaned, parse_pipe_tables(cleaned), dec_hints + hints, name, sha, "txt", enc)


__all__ = ["MAX_FILE_BYTES", "from_text", "normalize_newlines", "parse_pipe_tables", "read_file"]
