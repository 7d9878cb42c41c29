"""Linker ``stacked_table``: a table flattened one cell per line, its last row the total.

A web page's table copied as text often loses its rows: each cell stands on a line of its own, the header's cells
first (序号 / 处理方式 / 数量 / 比例), then each row's cells in the same order, the last row a total (合计 | 4696 |
100%).  A header of three to six short cells without figures that names a count column (``stacked_count_header``) and
a share column (``stacked_share_header``), followed by rows whose cells in those columns are a bare number and a
percent, and closed by a row labelled as a total (``closing_total``), makes:

* the counts of the rows above the total add up to it (``table_col_sum``, exhaustive);
* their shares make 100% (``share_sum``, exhaustive);
* each row's share is its count over the total (``ratio``).

The same table is also flattened column by column (a table printed transposed, or read by columns): first the label
column (事项 / 行政处罚 / … / 总计), then each value column as its header and as many cells (数量 / 101417 / … /
309,184, then 占比 / 32.80% / … / 100%), a cell a line, each line maybe closed by a ``|``.  A label column closed by a
total, followed at once by a count column of as many numbers, makes the same relations (the share column, when one
of as many percents follows, its shares and ratios).

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
_SUB_ROW = tuple(_WORDS["stacked_sub_row"])
# a bare count, its thousands maybe separated (92,637)
_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_PERCENT = re.compile(r"\d+(?:\.\d+)?%")
# a cell's line may be closed (or opened) by the | of a flattened grid
_BAR = "|"
_LINE = re.compile(r"[^\n]+")
# a header's cells: this many, each at most this long
_COLUMNS = range(3, 7)
_CELL_MAX = 10
# the fewest rows above the total
_ROWS_MIN = 3
# a transposed table's label cells: at most this long
_LABEL_MAX = 20
# a line ending so is prose or a caption, no label
_CLOSERS = tuple("。：:；;")

Cell = tuple[int, int, str]


def _cells(text: str) -> list[Cell]:
    """Every non-empty line of ``text``, stripped, with its span."""
    out: list[Cell] = []
    for m in _LINE.finditer(text):
        raw = m.group()
        s = raw.strip().strip(_BAR).strip()
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


def _count(text: str, cell: Cell) -> Mention:
    s, e, raw = cell
    return figure(text, s, e, float(raw.replace(",", "")), "", raw, exact="." not in raw)


def _percent(text: str, cell: Cell, by_start: dict[int, Mention]) -> Mention:
    s, e, raw = cell
    m = by_start.get(s)
    if m is not None and m.end == e and m.unit == "%":
        return m
    return figure(text, s, e, float(raw[:-1]), "%", raw[:-1])


def link_stacked_tables(report: Report) -> Iterator[Relation]:
    """序号 / 处理方式 / 数量 / 比例, then 1 / 作出维持决定 / 3509 / 74.7% … 10 / 合计 / 4696 / 100%, one cell a line."""
    text = report.text
    if not any(w in text for w in _TOTAL) or not any(w in text for w in _SHARE_HEADER | _COUNT_HEADER):
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
        counts = [_count(text, r[ci]) for r in rows]
        yield from _relations(counts, [_percent(text, r[pi], by_start) for r in rows])
    yield from _transposed(text, cells, by_start)


def _relations(counts: list[Mention], shares: list[Mention] | None) -> Iterator[Relation]:
    """The column's parts add to its last cell, the total; with a share column, its shares make 100% and each is
    its part over the total."""
    total, parts = counts[-1], tuple(counts[:-1])
    yield Relation(RelationKind.TABLE_COL_SUM, parts, total, LINKER, CONFIDENCE, name="表格合计", exhaustive=True)
    if shares is None:
        return
    yield Relation(
        RelationKind.SHARE_SUM, tuple(shares[:-1]), None, LINKER, CONFIDENCE, name="表格比例", exhaustive=True
    )
    for part, share in zip(parts, shares[:-1], strict=True):
        yield Relation(RelationKind.RATIO, (part, total), share, LINKER, CONFIDENCE, name="占比")


def _column(cells: list[Cell], i: int, n: int, cell: re.Pattern[str]) -> list[Cell] | None:
    """The ``n`` cells after the header at ``i``, when each is ``cell`` (a number, a percent)."""
    body = cells[i + 1 : i + 1 + n]
    return body if len(body) == n and all(cell.fullmatch(c) for _, _, c in body) else None


def _is_label(cell: str) -> bool:
    return len(cell) <= _LABEL_MAX and re.search(r"\d", cell) is None and not cell.endswith(_CLOSERS)


def _transposed(text: str, cells: list[Cell], by_start: dict[int, Mention]) -> Iterator[Relation]:
    """事项 / 行政处罚 / … / 总计, then 数量 / 101417 / … / 309,184, then 占比 / 32.80% / … / 100%: one cell a line."""
    for h, (_, _, name) in enumerate(cells):
        if name not in _COUNT_HEADER:
            continue
        n = 0  # the count column's length: its numbers after the header
        while h + 1 + n < len(cells) and _NUMBER.fullmatch(cells[h + 1 + n][2]):
            n += 1
        labels = cells[h - n : h]
        if n < _ROWS_MIN + 1 or h - n - 1 < 0 or labels[-1][2] not in _TOTAL:
            continue
        # the label column: its header and its labels, short words without figures, no row nested in another;
        # the line before it no label (a caption with its number, prose), or the column may start earlier
        names = [c for _, _, c in cells[h - n - 1 : h]]
        if (
            not all(map(_is_label, names))
            or any(c.startswith(_SUB_ROW) for c in names)
            or (h - n - 2 >= 0 and _is_label(cells[h - n - 2][2]))
        ):
            continue
        counts = [_count(text, c) for c in cells[h + 1 : h + 1 + n]]
        if not _closed_by_largest(counts):
            continue  # a column shifted against its labels (a cell lost in the copy): not this table's total
        after = h + 1 + n
        shares = None
        if after < len(cells) and cells[after][2] in _SHARE_HEADER:
            column = _column(cells, after, n, _PERCENT)
            shares = [_percent(text, c, by_start) for c in column] if column is not None else None
        yield from _relations(counts, shares if shares is not None and _closed_by_largest(shares) else None)


def _closed_by_largest(column: list[Mention]) -> bool:
    """A column closed by its total is closed by its largest cell."""
    return all(m.value <= column[-1].value for m in column[:-1])
