"""PDF: the text layer, page by page (pdfplumber on pdfminer.six).

A PDF whose pages carry no text (a scan) raises ``ScannedDocumentError``, whose
message names ``--ocr``; with OCR on, ``ingest`` reads it through ``ocr.py``.  An encrypted PDF that opens with the empty user password is read; one
that needs a password is refused as encrypted.  Running headers and footers (a
short first or last line that recurs on most pages, page numbers ignored) are
dropped; lone page numbers go with the cleaner's page artefacts; lines wrapped by
the layout are joined back into paragraphs.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from ..errors import EncryptedDocumentError, IngestError, ScannedDocumentError
from .clean import Item

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
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n_pages = len(pdf.pages)
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
    except Exception as exc:  # pdfminer raises many types; translate them all here
        if _is_password_error(exc):
            raise EncryptedDocumentError(f"{name}: encrypted PDF (needs a password): save an unprotected copy") from exc
        raise IngestError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    visible = sum(len("".join(p.split())) for p in pages)
    if visible < _MIN_TEXT_CHARS:
        raise ScannedDocumentError(
            f"{name}: scanned PDF, no text layer ({n_pages} page(s) without text): run again with `--ocr` to read it"
        )
    items: list[Item] = []
    running = running_lines(pages)
    for text in pages:
        lines = [x for x in text.split("\n") if _digits_out(x.strip()) not in running]
        items.extend(join_wrapped_lines(lines))
    return items


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
