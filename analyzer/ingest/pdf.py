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
from ._pdflog import pdfminer_quiet
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
        with pdfminer_quiet(name), pdfplumber.open(io.BytesIO(data)) as pdf:
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
        raise ScannedDocumentError(
            f"{name}: scanned PDF, no text layer ({n_pages} page(s) without text): run again with `--ocr` to read it"
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
    except Exception:  # noqa: BLE001 - pdfplumber raises many types on a malformed page: its text alone
        found = []
    out: list[str | TableBlock] = []
    top = page.bbox[1]
    for t in found:
        rows = [tuple(_cell(c) for c in row) for row in t.extract()]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        _, y0, _, y1 = t.bbox
        if y0 > top:
            out.extend(unruled_items(page, top, y0))
        out.append(TableBlock(tuple(rows)))
        top = y1
    if top < page.bbox[3]:
        out.extend(unruled_items(page, top, page.bbox[3]))
    return out


# a figure as one word of the page
_FIGURE_WORD = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
# a line that ends in figures but is this long (characters before them) is running text, not a table row
_ROW_LABEL_CHARS = 24
_LINE_TOLERANCE = 3.0  # points: words this close in height are on one line
_COLUMN_TOLERANCE = 18.0  # points: figures this close horizontally are in one column


def _lines(words: list[dict]) -> list[list[dict]]:  # type: ignore[type-arg]
    lines: list[list[dict]] = []  # type: ignore[type-arg]
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= _LINE_TOLERANCE:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _figures_at_end(line: list[dict]) -> int:  # type: ignore[type-arg]
    """How many figure words end the line (0: it is no table row)."""
    k = len(line)
    while k > 0 and _FIGURE_WORD.match(line[k - 1]["text"]):
        k -= 1
    n = len(line) - k
    label = sum(len(w["text"]) for w in line[:k])
    if n == 0 or label > _ROW_LABEL_CHARS or (n == 1 and (k == 0 or label > 12)):
        return 0
    return n


def unruled_items(page, top: float, bottom: float) -> list[str | TableBlock]:  # type: ignore[no-untyped-def]
    """A band of a page as text and unruled tables, read from the words' positions.

    A table row is a line that ends in figures (a short label before them); the lines
    between two rows that stay left of the figure columns continue the row's label cells
    (a label wrapped in its cell, a merged category cell); figures are placed in the
    columns all rows' figures line up in, so an empty cell stays empty.
    """
    region = page.crop((page.bbox[0], top, page.bbox[2], bottom))
    try:
        lines = _lines(region.extract_words(x_tolerance=1, y_tolerance=2))
    except Exception:  # noqa: BLE001 - a malformed band: its text alone
        lines = []
    runs: list[tuple[int, int]] = []  # [first line, last line] of each table
    i = 0
    while i < len(lines):
        if _figures_at_end(lines[i]) < 2:
            i += 1
            continue
        first = last = i
        value_x = min(w["x0"] for w in lines[i][len(lines[i]) - _figures_at_end(lines[i]) :])
        j = i + 1
        while j < len(lines):
            n = _figures_at_end(lines[j])
            if n:
                value_x = min(value_x, *(w["x0"] for w in lines[j][len(lines[j]) - n :]))
                last = j
            elif not _continues_label(lines[j], value_x) or j - last > _MAX_WRAPPED:
                break
            j += 1
        rows = sum(1 for k in range(first, last + 1) if _figures_at_end(lines[k]))
        if rows >= 2 or _figures_at_end(lines[first]) >= 5:  # one row of many figures: table 4's
            runs.append((first, last))
        i = last + 1
    if not runs:
        return [region.extract_text() or ""]
    out: list[str | TableBlock] = []
    y = top
    for first, last in runs:
        # the label lines wrapped below the last row belong to it
        end = last
        value_x = lines[last][-_figures_at_end(lines[last])]["x0"]
        while (
            end + 1 < len(lines) and not _figures_at_end(lines[end + 1]) and _continues_label(lines[end + 1], value_x)
        ):
            end += 1
        t_top = min(w["top"] for w in lines[first])
        t_bottom = max(w["bottom"] for w in lines[end])
        if t_top - 1 > y:
            out.append(page.crop((page.bbox[0], y, page.bbox[2], t_top - 1)).extract_text() or "")
        out.append(_word_table(lines[first : end + 1]))
        y = t_bottom + 1
    if y < bottom:
        out.append(page.crop((page.bbox[0], y, page.bbox[2], bottom)).extract_text() or "")
    return out


# a wrapped label cell of a narrow column: this many lines at most
_MAX_WRAPPED = 40
# lines that end a table's rows: a page number, a numbered item of the text (第二十条第（五）项)
_NOT_LABEL = re.compile(r"^(?:[—–\-－]*\s*\d+\s*[—–\-－]*|第.{1,10}[条项].*)$")


def _continues_label(line: list[dict], value_x: float) -> bool:  # type: ignore[type-arg]
    """A line that continues the label cells of the row above: short words, all left of the figures."""
    text = " ".join(w["text"] for w in line)
    return not _NOT_LABEL.match(text) and all(w["x1"] <= value_x - 2 and len(w["text"]) <= 12 for w in line)


def _clusters(xs: list[float]) -> list[float]:
    out: list[float] = []
    for x in sorted(xs):
        if not out or x - out[-1] > _COLUMN_TOLERANCE:
            out.append(x)
    return out


def _word_table(lines: list[list[dict]]) -> TableBlock:  # type: ignore[type-arg]
    """Rows of an unruled table: label cells by their columns, figures by theirs."""
    figures = [line[len(line) - _figures_at_end(line) :] for line in lines]
    value_cols = _clusters([w["x0"] for f in figures for w in f])
    labels = [line[: len(line) - len(f)] for line, f in zip(lines, figures, strict=True)]
    label_cols = _clusters([w["x0"] for ws in labels for w in ws])
    rows: list[list[str]] = []
    for ws, fs in zip(labels, figures, strict=True):
        if fs:
            rows.append([""] * (len(label_cols) + len(value_cols)))
        if not rows:
            continue
        row = rows[-1]
        for w in ws:
            k = max(i for i, x in enumerate(label_cols) if x <= w["x0"] + _COLUMN_TOLERANCE / 2)
            row[k] += w["text"]
        for w in fs:
            k = min(range(len(value_cols)), key=lambda i: abs(value_cols[i] - w["x0"]))
            row[len(label_cols) + k] = w["text"]
    return TableBlock(tuple(tuple(r) for r in rows))


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
