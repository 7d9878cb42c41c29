"""Tables in the cleaned text: rendering reader tables as ``cell | cell`` lines, and parsing them back.

A table row is one line ``cell | cell | cell``; a cell holding ``|`` gets ``｜`` instead
and its line breaks become spaces, so a row always stays one line.  Merged cells
(docx gridSpan/vMerge, html colspan/rowspan): the text is written once, in the
top-left position the merged cell covers; the other positions are empty cells.
That keeps every row as wide as the grid and never counts a figure twice in a
row or column sum.

``parse_pipe_tables`` reads the same form from any text (the flattened tables of
saved web pages look like ``a  | b  | c  |``): consecutive lines with at least two
``|``, or one standing between spaces, make one table.
"""

from __future__ import annotations

import re

from ..types import Cell, Table
from .clean import Item, TableBlock, normalize_chars

_SEP = " | "
# a pipe-table line: at least two | characters, or one between spaces (a | b)
_PIPE_LINE = re.compile(r"^(?:[^\n]*\|[^\n]*\|[^\n]*|[^\n]* \| [^\n]*)$", re.MULTILINE)


def cell_text(text: str) -> str:
    """A cell's text as it is written into a row line."""
    return " ".join(normalize_chars(text).replace("|", "｜").split())


def render_items(items: list[Item]) -> tuple[str, tuple[Table, ...]]:
    """Join cleaned lines and tables into the text; return it with the tables' cell offsets."""
    parts: list[str] = []
    pos = 0
    tables: list[Table] = []
    for it in items:
        if parts:
            parts.append("\n")
            pos += 1
        if isinstance(it, str):
            parts.append(it)
            pos += len(it)
            continue
        t_start = pos
        rows: list[tuple[Cell, ...]] = []
        for r, row in enumerate(it.rows):
            if r:
                parts.append("\n")
                pos += 1
            cells: list[Cell] = []
            for c, raw in enumerate(row):
                if c:
                    parts.append(_SEP)
                    pos += len(_SEP)
                txt = cell_text(raw)
                cells.append(Cell(text=txt, start=pos, end=pos + len(txt)))
                parts.append(txt)
                pos += len(txt)
            rows.append(tuple(cells))
        if rows:
            tables.append(Table(start=t_start, end=pos, rows=tuple(rows)))
    return "".join(parts), tuple(tables)


def _row_cells(text: str, start: int, end: int) -> tuple[Cell, ...]:
    """The cells of one pipe row (a leading or trailing | closes the row): one reader for every pipe row."""
    from ..tables.layouts import pipe_cells

    return pipe_cells(text, start, end)


def parse_pipe_tables(text: str) -> tuple[Table, ...]:
    """Tables written as consecutive ``a | b | c`` lines, with cell offsets into ``text``."""
    if "|" not in text:
        return ()  # (every pipe line holds one: the usual report is not searched line by line)
    tables: list[Table] = []
    current: list[tuple[Cell, ...]] = []
    t_start = t_end = -1
    for m in _PIPE_LINE.finditer(text):
        if current and m.start() != t_end + 1:
            tables.append(Table(start=t_start, end=t_end, rows=tuple(current)))
            current = []
        if not current:
            t_start = m.start()
        current.append(_row_cells(text, m.start(), m.end()))
        t_end = m.end()
    if current:
        tables.append(Table(start=t_start, end=t_end, rows=tuple(current)))
    return tuple(t for t in tables if max(len(r) for r in t.rows) >= 2)


__all__ = ["TableBlock", "cell_text", "parse_pipe_tables", "render_items"]
