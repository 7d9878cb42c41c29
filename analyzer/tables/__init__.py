"""Tables of a report, from every layout, and the 政府信息公开 templates keyed cell by cell.

* ``layouts``: the layouts a table takes in the text (grid rows of docx/html/pdf
  ingest, pipe rows, one cell per line, labels detached from their numbers) as
  one stream of tokens, cells with offsets into the report's text;
* ``templates``: which tables are the three national templates, and the
  ``ROW.COL`` key of each cell (label variants in ``analyzer/data/xxgk_tables.toml``).

``tables(report)`` is every table read from the report (the JSON ``tables``
field): the keyed template tables, then the other grids, numbered ``t1 …`` in
text order.  ``keyed(report)`` is the template tables only.  ``table_spans`` and
``in_table`` tell other steps (the outline's heading checks) which text lies
inside a read table.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..cache import by_identity
from ..types import Report, Table
from .layouts import Token, grid_row, pipe_grids, tokens, value_of
from .templates import T2, T3, T4, KeyedCell, KeyedTable, key_tables, parse_label, spec, title_of


def read_tables(text: str, grids: tuple[Table, ...] = ()) -> tuple[KeyedTable, ...]:
    """Every table of ``text`` (``grids``: the ingest's tables), template tables keyed, in text order."""
    keyed = list(key_tables(tokens(text, grids)))
    others: list[KeyedTable] = []
    for g in grids or pipe_grids(text):
        if any(k.start <= g.start < k.end or g.start <= k.start < g.end for k in keyed):
            continue
        others.append(_plain(g))
    found = sorted(keyed + others, key=lambda t: t.start)
    return tuple(replace(t, id=f"t{n}") for n, t in enumerate(found, 1))


def _plain(g: Table) -> KeyedTable:
    head = g.rows[0] if g.rows else ()
    cells: list[KeyedCell] = []
    for r, row in enumerate(g.rows):
        parsed = grid_row(row)
        label = parsed.labels[0].text if parsed is not None and parsed.labels else str(r + 1)
        for c, cell in enumerate(row):
            col = head[c].text if r and c < len(head) and head[c].text else str(c + 1)
            cells.append(KeyedCell(label, col, None, None, value_of(cell.text), cell.text, cell.start, cell.end))
    return KeyedTable("", None, g.start, g.end, tuple(cells))


@by_identity(maxsize=8)
def tables(report: Report) -> tuple[KeyedTable, ...]:
    """Every table read from ``report`` (cached per report)."""
    # a text file's "tables" are its pipe lines, read here with every other text layout
    grids = () if report.source.format == "txt" else report.tables
    return read_tables(report.text, grids)


def keyed(report: Report) -> tuple[KeyedTable, ...]:
    """The report's tables that are one of the three templates."""
    return tuple(t for t in tables(report) if t.template is not None)


def table_spans(text: str, grids: tuple[Table, ...] = ()) -> tuple[tuple[int, int], ...]:
    """The ``[start, end)`` spans of the tables read from ``text``, sorted (for the outline)."""
    return tuple((t.start, t.end) for t in read_tables(text, grids))


def in_table(spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    """Is ``offset`` inside one of ``spans`` (from ``table_spans``)?"""
    k = bisect.bisect_right([s for s, _ in spans], offset) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


__all__ = [
    "T2",
    "T3",
    "T4",
    "KeyedCell",
    "KeyedTable",
    "Token",
    "in_table",
    "keyed",
    "parse_label",
    "read_tables",
    "spec",
    "table_spans",
    "tables",
    "title_of",
    "tokens",
]
