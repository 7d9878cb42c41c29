"""Linker ``stacked_table``: a table flattened one cell per line, its last row the total.

A web page's table copied as text often loses its rows: each cell stands on a line of its own, the header's cells
first (序号 / 处理方式 / 数量 / 比例), then each row's cells in the same order, the last row a total (合计 | 4696 |
100%).  A header of three to six short cells without figures that names a count column (``stacked_count_header``) and
a share column (``stacked_share_header``), followed by rows whose cells in those columns are a bare number and a
percent, and closed by a row labelled as a total (``closing_total``), makes:

* the counts of the rows above the total add up to it (``table_col_sum``, exhaustive);
* their shares make 100% (``share_sum``, exhaustive);
* each row's share is its count over the total (``ratio``).

The structure is read, not printed, so a failure is a warning at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..figures import figure
from ..mentions import Mention, mentions
from ..model import Relation, RelationKind

LINKER = "stacked_table"
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")
_COUNT_HEADER = frozenset(_WORDS["stacked_count_header"])
_SHARE_HEADER = frozenset(_WORDS["stacked_share_header"])
_TOTAL = frozenset(_WORDS["closing_total"])
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PERCENT = re.compile(r"\d+(?:\.\d+)?%")
_LINE = re.compile(r"[^\n]+")
# a header's cells: this many, each at most this long
_COLUMNS = range(3, 7)
_CELL_MAX = 10
# the fewest rows above the total
_ROWS_MIN = 3

Cell = tuple[int, int, str]


def _cells(text: str) -> list[Cell]:
    """Every non-empty line of ``text``, stripped, with its span."""
    out: list[Cell] = []
    for m in _LINE.finditer(text):
        raw = m.group()
        s = raw.strip()
        if s:
            at = m.start() + raw.index(s)
            out.append((at, at + len(s), s))
    return out


def _header(cells: list[Cell], i: int) -> tuple[int, int, int] | None:
    """(columns, count column, share column) of a header starting at cell ``i``, or None."""
    for k in _COLUMNS:
        head = cells[i : i + k]
        if len(head) < k or any(len(c) > _CELL_MAX or re.search(r"\d", c) for _, _, c in head):
            return None
        names = [c for _, _, c in head]
        ci = next((j for j, c in enumerate(names) if c in _COUNT_HEADER), None)
        pi = next((j for j, c in enumerate(names) if c in _SHARE_HEADER), None)
        if ci is not None and pi is not None:
            return k, ci, pi
    return None


def _is_total(row: list[Cell], ci: int, pi: int) -> bool:
    """The row is labelled as the total (合计) in a cell other than its count and its share."""
    return any(c in _TOTAL for n, (_, _, c) in enumerate(row) if n not in (ci, pi))


def _percent(text: str, cell: Cell, by_start: dict[int, Mention]) -> Mention:
    s, e, raw = cell
    m = by_start.get(s)
    if m is not None and m.end == e and m.unit == "%":
        return m
    return figure(text, s, e, float(raw[:-1]), "%", raw[:-1])


def link_stacked_tables(report: Report) -> Iterator[Relation]:
    """序号 / 处理方式 / 数量 / 比例, then 1 / 作出维持决定 / 3509 / 74.7% … 10 / 合计 / 4696 / 100%, one cell a line."""
    text = report.text
    if not any(w in text for w in _TOTAL) or not any(w in text for w in _SHARE_HEADER):
        return
    cells = _cells(text)
    by_start = {m.start: m for m in mentions(report)}
    i = 0
    while i < len(cells):
        head = _header(cells, i)
        if head is None:
            i += 1
            continue
        k, ci, pi = head
        rows: list[list[Cell]] = []
        j = i + k
        while j + k <= len(cells):
            row = cells[j : j + k]
            if not (_NUMBER.fullmatch(row[ci][2]) and _PERCENT.fullmatch(row[pi][2])):
                break
            rows.append(row)
            j += k
            if _is_total(row, ci, pi):
                break
        i = j if rows else i + k
        if len(rows) < _ROWS_MIN + 1 or not _is_total(rows[-1], ci, pi):
            continue
        counts = [
            figure(text, r[ci][0], r[ci][1], float(r[ci][2]), "", r[ci][2], exact="." not in r[ci][2]) for r in rows
        ]
        shares = [_percent(text, r[pi], by_start) for r in rows]
        total, parts = counts[-1], tuple(counts[:-1])
        yield Relation(RelationKind.TABLE_COL_SUM, parts, total, LINKER, CONFIDENCE, name="表格合计", exhaustive=True)
        yield Relation(
            RelationKind.SHARE_SUM, tuple(shares[:-1]), None, LINKER, CONFIDENCE, name="表格比例", exhaustive=True
        )
        for part, share in zip(parts, shares[:-1], strict=True):
            yield Relation(RelationKind.RATIO, (part, total), share, LINKER, CONFIDENCE, name="占比")
