"""Sums in the tables of 政府信息公开工作年度报告 (part of ``sum_mismatch``).

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

from ..types import Cell, Report, Severity
from .base import Result, finding, verified

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


def _applicant(report: Report, rule: str, rows: list[Row]) -> Iterator[Result]:
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
            v = r.values()
            ev = [(c.start, c.end) for c in r.numbers]
            if sum(v[:-1]) != v[-1]:
                yield finding(
                    report,
                    rule,
                    Severity.ERROR,
                    f"表格行「{r.label[:20]}」: {' + '.join(map(str, v[:-1]))} = {sum(v[:-1])} ≠ 总计 {v[-1]}",
                    ev,
                    expected=sum(v[:-1]),
                    reported=v[-1],
                )
            else:
                yield verified(report, rule, f"表格行「{r.label[:20]}」: {' + '.join(map(str, v[:-1]))} = {v[-1]}", ev)
    i_new, i_car = _find(rows, _NEW), _find(rows, _CARRIED)
    i_res = _find(rows, _RESULTS)
    i_tot = _find(rows, _TOTAL, max(i_res, 0))
    i_next = _find(rows, _NEXT, max(i_tot, 0))
    if min(i_new, i_car, i_tot, i_next) >= 0:
        a, b, c, d = (rows[i].values() for i in (i_new, i_car, i_tot, i_next))
        ev = [(x.start, x.end) for i in (i_new, i_car, i_tot, i_next) for x in rows[i].numbers[-1:]]
        bad = [j for j in range(_APPLICANT_COLUMNS) if a[j] + b[j] != c[j] + d[j]]
        if bad:
            j = bad[-1]
            yield finding(
                report,
                rule,
                Severity.ERROR,
                f"表格列{j + 1}: 一 {a[j]} + 二 {b[j]} = {a[j] + b[j]} ≠ 三（七）总计 {c[j]} + 四 {d[j]} = {c[j] + d[j]}",
                ev,
                expected=a[j] + b[j],
                reported=c[j] + d[j],
            )
        else:
            yield verified(report, rule, f"表格: 一 {a[-1]} + 二 {b[-1]} = 三（七）总计 {c[-1]} + 四 {d[-1]}", ev)
    if 0 <= i_res < i_tot:
        body = [r for r in rows[i_res:i_tot] if len(r.numbers) == _APPLICANT_COLUMNS]
        sums = [sum(r.values()[j] for r in body) for j in range(_APPLICANT_COLUMNS)]
        tot = rows[i_tot].values()
        ev = [(x.start, x.end) for x in rows[i_tot].numbers]
        if sums == tot:
            yield verified(report, rule, f"表格: 办理结果 {len(body)} 行之和 = 总计 {tot[-1]}", ev)
        else:
            j = next(k for k in range(_APPLICANT_COLUMNS) if sums[k] != tot[k])
            sev = Severity.ERROR if len(body) == _TEMPLATE_RESULT_ROWS else Severity.WARNING
            yield finding(
                report,
                rule,
                sev,
                f"表格列{j + 1}: 办理结果 {len(body)} 行之和 {sums[j]} ≠ 总计 {tot[j]}",
                ev,
                expected=sums[j],
                reported=tot[j],
            )


def _review(report: Report, rule: str, rows: list[Row]) -> Iterator[Result]:
    for r in rows:
        n = len(r.numbers)
        if n not in (5, 10, 15):
            continue
        v = r.values()
        for g in range(0, n, 5):
            grp = v[g : g + 5]
            ev = [(c.start, c.end) for c in r.numbers[g : g + 5]]
            if sum(grp[:4]) != grp[4]:
                yield finding(
                    report,
                    rule,
                    Severity.ERROR,
                    f"复议诉讼表: {' + '.join(map(str, grp[:4]))} = {sum(grp[:4])} ≠ 总计 {grp[4]}",
                    ev,
                    expected=sum(grp[:4]),
                    reported=grp[4],
                )
            else:
                yield verified(report, rule, f"复议诉讼表: {' + '.join(map(str, grp[:4]))} = {grp[4]}", ev)


# the text's statement of the requests received: 全年共收到政府信息公开申请57件
_RECEIVED_TEXT = re.compile(r"(?:收到|新收|受理)[^，。；|]{0,12}?申请$")


def text_vs_table(report: Report, rule: str) -> Iterator[Result]:
    """The requests the text says were received against the table's 一、本年新收 total."""
    from .linking import own_label
    from .mentions import mentions

    for rows in table_rows(report):
        i_new, i_car = _find(rows, _NEW), _find(rows, _CARRIED)
        if i_new < 0:
            continue
        new = rows[i_new].values()[-1]
        carried = rows[i_car].values()[-1] if i_car >= 0 else 0
        cell = rows[i_new].numbers[-1]
        ms = mentions(report)
        for m in ms:
            line_start = report.text.rfind("\n", 0, m.start) + 1
            if m.unit != "件" or "|" in report.text[line_start : m.start] or "结转" in own_label(report.text, m, ms):
                continue
            if not _RECEIVED_TEXT.search(own_label(report.text, m, ms)):
                continue
            ev = [(m.start, m.end), (cell.start, cell.end)]
            if m.value in (new, new + carried):
                yield verified(report, rule, f"正文 {m.text} 与表格「本年新收」{new} 一致", ev)
            else:
                yield finding(
                    report,
                    rule,
                    Severity.WARNING,
                    f"正文 {m.text} ≠ 表格「本年新收」{new}",
                    ev,
                    expected=new,
                    reported=m.value,
                )
        return


def table_sums(report: Report, rule: str) -> Iterator[Result]:
    for rows in table_rows(report):
        labels = " ".join(r.label for r in rows)
        if "自然人" in labels and "总计" in labels:
            yield from _applicant(report, rule, rows)
        if "尚未审结" in labels and "总计" in labels:
            yield from _review(report, rule, rows)
