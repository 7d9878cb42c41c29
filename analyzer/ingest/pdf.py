"""PDF: the text layer, page by page (pdfplumber on pdfminer.six).

There is no OCR: a PDF whose pages carry no text (a scan) is refused with that
reason.  An encrypted PDF that opens with the empty user password is read; one
that needs a password is refused as encrypted.  Running headers and footers (a
short first or last line that recurs on most pages, page numbers ignored) are
dropped; lone page numbers go with the cleaner's page artefacts; lines wrapped by
the layout are joined back into paragraphs.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from ..errors import EmptyDocumentError, EncryptedDocumentError, IngestError
from .clean import Item, TableBlock
from .pdftext import repair_lines

# fewer visible characters than this in the whole file means "no text layer"
_MIN_TEXT_CHARS = 10


def _is_password_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if "Password" in type(e).__name__ or "password" in str(e).lower() or "Encryption" in type(e).__name__:
            return True
        e = e.__cause__ or e.__context__ or (e.args[0] if e.args and isinstance(e.args[0], BaseException) else None)
    return False


def read_pdf(data: bytes, name: str) -> list[Item]:
    import pdfplumber

    pages: list[str] = []
    layouts: list[list[str | TableBlock]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n_pages = len(pdf.pages)
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
                layouts.append(page_items(page))
    except Exception as exc:  # pdfminer raises many types; translate them all here
        if _is_password_error(exc):
            raise EncryptedDocumentError(f"{name}: encrypted PDF (needs a password): save an unprotected copy") from exc
        raise IngestError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    visible = sum(len("".join(p.split())) for p in pages)
    if visible < _MIN_TEXT_CHARS:
        raise EmptyDocumentError(
            f"{name}: PDF has no text layer ({n_pages} page(s) without text; a scan?): "
            "run OCR first, e.g. `ocrmypdf --language chi_sim in.pdf out.pdf`"
        )
    items: list[Item] = []
    running = running_lines(pages)
    for page_layout in layouts:
        for piece in page_layout:
            if isinstance(piece, TableBlock):
                _add_table(items, piece)
                continue
            lines = [x for x in piece.split("\n") if _digits_out(x.strip()) not in running]
            items.extend(join_wrapped_lines(repair_lines(lines)))
    return items


# a ruled table: cell borders drawn as lines (pdfplumber's default finder)
_RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def page_items(page) -> list[str | TableBlock]:  # type: ignore[no-untyped-def]
    """A page as text bands and ruled tables, top to bottom (tables by pdfplumber's table finder)."""
    try:
        found = sorted(page.find_tables(_RULED), key=lambda t: t.bbox[1])
    except Exception:  # a malformed page: its text alone
        found = []
    out: list[str | TableBlock] = []
    top = page.bbox[1]
    for t in found:
        rows = [tuple(_cell(c) for c in row) for row in t.extract()]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        x0, y0, x1, y1 = t.bbox
        if y0 > top:
            out.append(page.crop((page.bbox[0], top, page.bbox[2], y0)).extract_text() or "")
        out.append(TableBlock(tuple(rows)))
        top = y1
    if top < page.bbox[3]:
        out.append(page.crop((page.bbox[0], top, page.bbox[2], page.bbox[3])).extract_text() or "")
    return out


def _cell(text: str | None) -> str:
    """A cell's text: the layout's line breaks inside it joined (Chinese without a space)."""
    if not text:
        return ""
    return "".join(repair_lines([x.strip() for x in text.split("\n")]))


def _between_pages(line: str) -> bool:
    """A blank line or a page number (— 5 —, 5/12): what stands between a table and its continuation."""
    s = line.strip()
    return not s or (len(s) <= 15 and any(ch.isdigit() for ch in s) and not re.search(r"[\u4e00-\u9fff]", s))


def _add_table(items: list[Item], table: TableBlock) -> None:
    """Append a table; one that continues the previous page's table (same width, only a page's
    running lines between) is joined to it, a header row repeated at the page top dropped."""
    k = len(items) - 1
    while k >= 0 and isinstance(items[k], str) and _between_pages(str(items[k])):
        k -= 1
    prev = items[k] if k >= 0 else None
    if isinstance(prev, TableBlock) and prev.rows and table.rows and len(prev.rows[0]) == len(table.rows[0]):
        rows = table.rows[1:] if table.rows[0] == prev.rows[0] else table.rows
        items[k] = TableBlock(prev.rows + tuple(rows))
        del items[k + 1 :]
        return
    items.append(table)


def _digits_out(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def running_lines(pages: list[str]) -> frozenset[str]:
    """Running headers and footers: a first or last line of a page (digits ignored) that
    recurs on at least 60% of the pages of a document of three pages or more."""
    if len(pages) < 3:
        return frozenset()
    counts: Counter[str] = Counter()
    for text in pages:
        lines = [x.strip() for x in text.split("\n") if x.strip()]
        if lines:
            counts.update({_digits_out(lines[0]), _digits_out(lines[-1])})
    return frozenset(line for line, n in counts.items() if n >= 0.6 * len(pages) and len(line) <= 40)


# a line ending like this closes its paragraph
_PARAGRAPH_END = tuple("。：；！？:;!?”）)")


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Undo the layout's line wrapping: a line as long as the page's longest lines that does
    not end a sentence continues on the next line (Chinese text joins without a space)."""
    widths = sorted(len(x.strip()) for x in lines if x.strip())
    if not widths:
        return lines
    full = widths[round(0.9 * (len(widths) - 1))]
    out: list[str] = []
    carry = ""
    for line in lines:
        text = carry + line.strip()
        if line.strip() and len(line.strip()) >= 0.85 * full and full >= 20 and not text.endswith(_PARAGRAPH_END):
            carry = text
            continue
        out.append(text)
        carry = ""
    if carry:
        out.append(carry)
    return out
