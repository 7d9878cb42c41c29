"""The layouts a table takes in a report's text, read into one stream of table tokens.

A table reaches the cleaned text in one of these layouts, and each is read here
with every cell keeping its offsets into the text:

* grid rows: the tables of docx/html/pdf ingest (``Report.tables``, written
  ``cell | cell``; merged cells once, top-left, the covered positions empty) and
  the pipe rows of converted text (``| a | b |``, markdown separator rows
  ``|---|`` skipped, generic headers ``数据1 … 数据6`` kept as header rows);
* one cell per line: a label line, then its figures one per line;
* labels detached from their numbers: a run of label lines, then the run of all
  their figures (row after row), as PDF conversions give a column of labels;
* headings or notes between the pieces of a table split over several small
  tables (a page break, a converter that starts a new table per row group).

``tokens(text, tables)`` gives, in text order: ``Row`` (a grid row: label
cells and the figure cells after them), ``Label`` (a short text line),
``Figures`` (a run of lines that each hold one figure) and ``Prose`` (a line of
running text).  Assigning figures to labels needs the table's width, which only
the template knows: ``analyzer.tables.templates`` does it.  Page footers inside
a table (``— 5 —``) are removed by the cleaner before this runs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..data import toml
from ..types import Cell, Table

# a figure cell: an integer or decimal (thousands commas allowed), maybe signed
NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
# a markdown separator row: | --- | :---: |
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
# a pipe row: starts or ends with |, or holds two | (a | b | c)
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|\n]*\|[^|\n]*\|[^\n]*$")
# a separator cell: --- or :---:
_RULE_CELL = re.compile(r"^:?-{2,}:?$")
# a cell on its own line closed by one |: 规章 |
_CELL_LINE = re.compile(r"^\s*(?P<body>[^|]*?)\s*\|\s*$")
# markdown heading marks a converter leaves before a label (### 一、…)
_MARKS = re.compile(r"^#{1,6}\s*")
# a row written on one line: a label, then at least three figures separated by spaces
_TEXT_ROW = re.compile(r"^(?P<label>\S.*?[^\d\s.,])\s*(?P<nums>\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?){2,})$")
# a line of running text, not a label: long, or a sentence
_PROSE_CHARS = 90


@dataclass(frozen=True)
class Row:
    """A grid row: its label cells (text) and the figure-like cells after them (figures, empties, dashes)."""

    labels: tuple[Cell, ...]
    values: tuple[Cell, ...]
    cells: tuple[Cell, ...]
    start: int
    end: int


@dataclass(frozen=True)
class Label:
    cell: Cell

    @property
    def start(self) -> int:
        return self.cell.start

    @property
    def end(self) -> int:
        return self.cell.end


@dataclass(frozen=True)
class Figures:
    """Consecutive lines that each hold one figure (one cell per line)."""

    values: tuple[Cell, ...]

    @property
    def start(self) -> int:
        return self.values[0].start

    @property
    def end(self) -> int:
        return self.values[-1].end


@dataclass(frozen=True)
class Prose:
    start: int
    end: int


Token = Row | Label | Figures | Prose


@functools.lru_cache(maxsize=1)
def _empty_marks() -> frozenset[str]:
    return frozenset(toml("xxgk_tables.toml")["labels"]["empty"])


def is_value(text: str) -> bool:
    """A cell that stands in a figure column: a number, an empty cell, a dash."""
    t = text.strip()
    return not t or bool(NUMBER.match(t)) or t in _empty_marks()


def value_of(text: str) -> float | None:
    """The figure a value cell holds (None: empty or a dash)."""
    t = text.strip().replace(",", "")
    if NUMBER.match(t):
        return float(t)
    return None


def grid_row(cells: tuple[Cell, ...]) -> Row | None:
    """A grid row as label cells and the figure cells after the last label (None: an empty row)."""
    if not cells or all(not c.text.strip() or _RULE_CELL.match(c.text.strip()) for c in cells):
        return None  # an empty row, or a markdown separator row kept by a grid reader
    k = len(cells)
    while k > 0 and is_value(cells[k - 1].text):
        k -= 1
    labels = tuple(c for c in cells[:k] if c.text.strip())
    return Row(labels, tuple(cells[k:]), cells, cells[0].start, cells[-1].end)


def pipe_cells(text: str, start: int, end: int) -> tuple[Cell, ...]:
    """The cells of a pipe row ``text[start:end]`` (a leading/trailing | closes the row)."""
    line = text[start:end]
    pieces = line.split("|")
    first = 1 if not pieces[0].strip() and line.lstrip().startswith("|") else 0
    last = len(pieces) - 1 if not pieces[-1].strip() and line.rstrip().endswith("|") else len(pieces)
    cells: list[Cell] = []
    pos = start + sum(len(p) + 1 for p in pieces[:first])
    for piece in pieces[first:last]:
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        s = pos + lead if body else pos + min(lead, 1)
        cells.append(Cell(body, s, s + len(body)))
        pos += len(piece) + 1
    return tuple(cells)


def _line_token(text: str, start: int, end: int) -> Token | None:
    line = text[start:end]
    body = line.strip()
    if not body:
        return None
    if len(body) > _PROSE_CHARS and body[0] != "#" and not body[-1].isdigit():
        # (the usual line of a report: running text, neither a heading mark, a figure nor a text row)
        s = start + len(line) - len(line.lstrip())
        return Prose(s, s + len(body))
    s = start + line.index(body)
    m = _MARKS.match(body)
    if m:
        s += m.end()
        body = body[m.end() :].strip()
    if not body:
        return None
    cell = Cell(body, s, s + len(body))
    # (the lazy label of _TEXT_ROW is tried at every length: only a line ending in a digit can match)
    m = _TEXT_ROW.match(body) if body[-1].isdigit() and "|" not in body else None
    if m:
        # a table row a PDF text layer gave as one line: 1.属于国家秘密0 0 0 0 0 0 0
        label = Cell(m.group("label"), s, s + m.end("label"))
        values = tuple(
            Cell(n.group(), s + m.start("nums") + n.start(), s + m.start("nums") + n.end())
            for n in re.finditer(r"\S+", m.group("nums"))
        )
        return Row((label,), values, (label, *values), s, s + len(body))
    if NUMBER.match(body) or body in _empty_marks():
        return Figures((cell,))
    if len(body) > _PROSE_CHARS or ("。" in body[:-1] and len(body) > 30):
        return Prose(s, s + len(body))
    return Label(cell)


def tokens(text: str, tables: tuple[Table, ...] = ()) -> list[Token]:
    """The report's text as table tokens, in text order (see the module doc)."""
    by_start = sorted(tables, key=lambda t: t.start)
    out: list[Token] = []
    pos = 0
    k = 0
    n = len(text)
    while pos <= n:
        while k < len(by_start) and by_start[k].end < pos:
            k += 1
        if k < len(by_start) and by_start[k].start <= pos:
            t = by_start[k]
            for cells in t.rows:
                row = grid_row(cells)
                if row is not None:
                    out.append(row)
            pos = t.end + 1
            k += 1
            continue
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        line = text[pos:eol]
        stripped = line.strip()
        has_bar = "|" in line
        cell_line = _CELL_LINE.match(line) if has_bar else None
        if has_bar and "-" in line and _SEPARATOR.match(stripped):
            pass
        elif stripped and not stripped.strip("|"):
            # a line of bare | (a flattened row of empty cells): one empty cell per |
            at = pos + line.index("|")
            _add(out, Figures(tuple(Cell("", at + i, at + i) for i in range(len(stripped)))))
        elif cell_line is not None:
            # one cell per line, each closed by a | (a page flattened cell by cell)
            body = cell_line.group("body")
            s = pos + cell_line.start("body")
            tok = _line_token(text, s, s + len(body)) if body else Figures((Cell("", s, s),))
            if tok is not None:
                _add(out, tok)
        elif has_bar and _PIPE_ROW.match(line):
            row = grid_row(pipe_cells(text, pos, eol))
            if row is not None:
                out.append(row)
        else:
            tok = _line_token(text, pos, eol)
            if tok is not None:
                _add(out, tok)
        pos = eol + 1
    return out


def _add(out: list[Token], tok: Token) -> None:
    """Append a token; figures on consecutive lines make one run."""
    if isinstance(tok, Figures) and out and isinstance(out[-1], Figures):
        out[-1] = Figures(out[-1].values + tok.values)
    else:
        out.append(tok)


def pipe_grids(text: str) -> tuple[Table, ...]:
    """Consecutive pipe rows of ``text`` as grids (separator rows left out), with cell offsets."""
    grids: list[Table] = []
    rows: list[tuple[Cell, ...]] = []
    t_start = t_end = -1
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        is_sep = bool(_SEPARATOR.match(line.strip())) and "-" in line
        if "|" in line and (_PIPE_ROW.match(line) or is_sep):
            if not rows and not is_sep:
                t_start = pos
            if not is_sep:
                rows.append(pipe_cells(text, pos, end))
                t_end = end
        elif rows:
            grids.append(Table(t_start, t_end, tuple(rows)))
            rows = []
        pos = end + 1
    if rows:
        grids.append(Table(t_start, t_end, tuple(rows)))
    return tuple(g for g in grids if max(len(r) for r in g.rows) >= 2)
