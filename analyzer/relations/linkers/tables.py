"""Linker ``xxgk_table``: the identities of the 政府信息公开工作年度报告 tables (table relations).

Tables come from ingest (``Report.tables``, docx/html) or, for text that holds
flattened rows (``cell | cell |``), are read here line by line.  Three
identities of the national template are checked:

* the applicant table's row totals: 自然人 + five kinds of 法人或其他组织 = 总计;
* its column identity: 一（本年新收）+ 二（上年结转）= 三（七）总计 + 四（结转下年度）;
* its result rows: the rows of 三 before 总计 add up to 总计 (21 rows in the template);
* the review/litigation table: in each group of five, 维持+纠正+其他+尚未审结 = 总计.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...checks.linking import own_label
from ...checks.mentions import Mention, mentions
from ...types import Cell, Report
from ..figures import figure
from ..model import Relation, RelationKind

LINKER = "xxgk_table"
# a template row or column read by its printed labels
CONFIDENT = 0.9
# a result block that is not the template's 21 rows, the text against the table
LOOSE = 0.6

# a cell holding a whole number (the templates report counts)
_INT_CELL = re.compile(r"^\d{1,7}$")
# row labels of the applicant table
_NEW = re.compile(r"本年新收")
_CARRIED = re.compile(r"上年结转")
_RESULTS = re.compile(r"本年度办理结果")
_TOTAL = re.compile(r"总计")
_NEXT = re.compile(r"结转下年度")
# the applicant table has 6 kinds of applicant + a total
_APPLICANT_COLUMNS = 7
_TEMPLATE_RESULT_ROWS = 21


@dataclass(frozen=True)
class Row:
    label: str
    numbers: tuple[Cell, ...]
    cells: tuple[Cell, ...]

    def values(self) -> list[int]:
        return [int(c.text) for c in self.numbers]


def _text_rows(text: str) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    pos = 0
    for line in text.split("\n"):
        if line.count("|") >= 2:
            cells: list[Cell] = []
            off = pos
            for part in line.split("|"):
                stripped = part.strip()
                if stripped:
                    s = off + part.index(stripped)
                    cells.append(Cell(stripped, s, s + len(stripped)))
                off += len(part) + 1
            rows.append(tuple(cells))
        else:
            rows.append(())
        pos += len(line) + 1
    return rows


def _rows(cells: tuple[Cell, ...]) -> Row:
    nums = tuple(c for c in cells if _INT_CELL.match(c.text))
    lab = " ".join(c.text for c in cells if not _INT_CELL.match(c.text))
    return Row(lab, nums, cells)


def table_rows(report: Report) -> list[list[Row]]:
    """Tables as lists of rows (from ingest, else from flattened text; blank lines split tables)."""
    tables: list[list[Row]] = []
    if report.tables:
        for t in report.tables:
            tables.append([_rows(r) for r in t.rows])
        return tables
    current: list[Row] = []
    for cells in _text_rows(report.text):
        if cells:
            current.append(_rows(cells))
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def _find(rows: list[Row], pattern: re.Pattern[str], start: int = 0) -> int:
    for i in range(start, len(rows)):
        if pattern.search(rows[i].label) and len(rows[i].numbers) == _APPLICANT_COLUMNS:
            return i
    return -1


def _cell(report: Report, c: Cell) -> Mention:
    return figure(report.text, c.start, c.end, float(int(c.text)), "件", c.text, exact=True)


def _applicant(report: Report, rows: list[Row]) -> Iterator[Relation]:
    for r in rows:
        if len(r.numbers) == _APPLICANT_COLUMNS and (
            _NEW.search(r.label)
            or "公开" in r.label
            or "处理" in r.label
            or "属于" in r.label
            or _TOTAL.search(r.label)
            or _CARRIED.search(r.label)
            or _NEXT.search(r.label)
            or "提供" in r.label
            or r.label[:2].rstrip(".").isdigit()
        ):
            cells = tuple(_cell(report, c) for c in r.numbers)
            yield Relation(
                RelationKind.TABLE_ROW_SUM,
                cells[:-1],
                cells[-1],
                LINKER,
                CONFIDENT,
                name=f"表格行「{r.label[:20]}」",
                exhaustive=True,
            )
    i_new, i_car = _find(rows, _NEW), _find(rows, _CARRIED)
    i_res = _find(rows, _RESULTS)
    i_tot = _find(rows, _TOTAL, max(i_res, 0))
    i_next = _find(rows, _NEXT, max(i_tot, 0))
    if min(i_new, i_car, i_tot, i_next) >= 0:
        for j in range(_APPLICANT_COLUMNS):
            four = tuple(_cell(report, rows[i].numbers[j]) for i in (i_new, i_car, i_tot, i_next))
            yield Relation(RelationKind.TABLE_IDENTITY, four, None, LINKER, CONFIDENT, name=f"表格列{j + 1}")
    if 0 <= i_res < i_tot:
        body = [r for r in rows[i_res:i_tot] if len(r.numbers) == _APPLICANT_COLUMNS]
        conf = CONFIDENT if len(body) == _TEMPLATE_RESULT_ROWS else LOOSE
        for j in range(_APPLICANT_COLUMNS):
            parts = tuple(_cell(report, r.numbers[j]) for r in body)
            total = _cell(report, rows[i_tot].numbers[j])
            yield Relation(
                RelationKind.TABLE_COL_SUM,
                parts,
                total,
                LINKER,
                conf,
                name=f"表格列{j + 1}: 办理结果 {len(body)} 行之和",
                exhaustive=True,
            )


def _review(report: Report, rows: list[Row]) -> Iterator[Relation]:
    for r in rows:
        n = len(r.numbers)
        if n not in (5, 10, 15):
            continue
        for g in range(0, n, 5):
            cells = tuple(_cell(report, c) for c in r.numbers[g : g + 5])
            yield Relation(
                RelationKind.TABLE_ROW_SUM, cells[:4], cells[4], LINKER, CONFIDENT, name="复议诉讼表", exhaustive=True
            )


# the text's statement of the requests received: 全年共收到政府信息公开申请57件
_RECEIVED_TEXT = re.compile(r"(?:收到|新收|受理)[^，。；|]{0,12}?申请$")


def link_text_to_table(report: Report) -> Iterator[Relation]:
    """The requests the text says were received against the table's 一、本年新收 (or 新收 + 结转) total."""
    # a flattened table may come in pieces (blank lines between its rows): read its rows together
    rows = [r for t in table_rows(report) for r in t]
    if rows:
        i_new, i_car = _find(rows, _NEW), _find(rows, _CARRIED)
        if i_new < 0:
            return
        new = _cell(report, rows[i_new].numbers[-1])
        alternatives: list[tuple[Mention, tuple[tuple[int, int], ...]]] = [(new, ())]
        if i_car >= 0:
            car = _cell(report, rows[i_car].numbers[-1])
            both = figure(report.text, new.start, new.end, new.value + car.value, "件", f"{new.raw}+{car.raw}", exact=True)
            alternatives.append((both, ((car.start, car.end),)))  # 受理 may count the carried-over requests
        ms = mentions(report)
        for m in ms:
            line_start = report.text.rfind("\n", 0, m.start) + 1
            if m.unit != "件" or "|" in report.text[line_start : m.start] or "结转" in own_label(report.text, m, ms):
                continue
            if not _RECEIVED_TEXT.search(own_label(report.text, m, ms)):
                continue
            for alt, extra in alternatives:
                yield Relation(
                    RelationKind.SAME_VALUE,
                    (m, alt),
                    None,
                    "text_table",
                    LOOSE,
                    name="正文与表格「本年新收」",
                    group=f"text_table@{m.start}",
                    evidence=extra,
                )
        return


def link_tables(report: Report) -> Iterator[Relation]:
    for rows in table_rows(report):
        labels = " ".join(r.label for r in rows)
        if "自然人" in labels and "总计" in labels:
            yield from _applicant(report, rows)
        if "尚未审结" in labels and "总计" in labels:
            yield from _review(report, rows)
