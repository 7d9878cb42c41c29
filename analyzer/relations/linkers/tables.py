"""Linkers over the keyed 政府信息公开 tables (``analyzer.tables``): table relations and prose against table.

``xxgk_table`` reads the cells by their ``ROW.COL`` keys, whatever the layout
the table came in (docx, html, pdf, pipe rows, one cell per line):

* table 3, each row: the six kinds of applicant add up to 总计 (``table_row_sum``);
* table 3, each column: 一 本年新收 + 二 上年结转 = 三（七）总计 + 四 结转下年度 (``table_identity``,
  the 勾稽关系 the template prints);
* table 3, each column: the result rows add up to （七）总计, and where a report adds
  a category subtotal (（三）不予公开 小计) its numbered rows add up to it (``table_col_sum``);
* table 4, each group of five: 维持 + 纠正 + 其他 + 尚未审结 = 总计 (``table_row_sum``).

An empty cell among the parts counts 0; an empty cell where a total must be is
compared as 0 at low confidence (an info).  A table cut short (rows missing)
makes its column sums inexhaustive: parts that fall short prove nothing.

``text_table`` links the prose to the table: 共受理 N 件 against 新收 (+ 上年结转),
自然人 / 法人或其他组织 against their columns, 办理 / 办结 against （七）总计, 结转
against 四, the outcome counts (予以公开 N 件 …) against their rows, and the
review/litigation counts against table 4 (``same_value``; alternatives grouped).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from ...tables import T3, T4, KeyedCell, KeyedTable, keyed, spec
from ...types import Report
from ..figures import figure
from ..linking import own_label
from ..mentions import Mention, mentions
from ..model import Relation, RelationKind

LINKER = "xxgk_table"
TEXT_LINKER = "text_table"
# a template cell read by its key
CONFIDENT = 0.9
# a sum over a table cut short, the prose against the table
LOOSE = 0.6
# an empty cell read as 0 where a total must stand: at most an info
EMPTY_TOTAL = 0.4

_EMPTY_TEXT = "（空）"


def _fig(report: Report, table: KeyedTable, c: KeyedCell) -> Mention:
    unit = "万元" if c.col_key == "amount" else "件"
    m = figure(report.text, c.start, c.end, c.value or 0.0, unit, c.raw or "0", exact=unit == "件")
    return dataclasses.replace(m, text=c.raw or _EMPTY_TEXT, metric_id=f"{table.id}:{c.key}")


def _cells(report: Report, t: KeyedTable, keys: list[str]) -> list[Mention] | None:
    found = [t.cell(k) for k in keys]
    if any(c is None for c in found):
        return None
    return [_fig(report, t, c) for c in found if c is not None]


def _empty(m: Mention) -> bool:
    return m.text == _EMPTY_TEXT


def _sum_relation(
    kind: RelationKind, parts: list[Mention], total: Mention, name: str, confidence: float, exhaustive: bool = True
) -> Relation | None:
    if _empty(total):
        if sum(p.value for p in parts) == 0:
            return None  # nothing to add up: an empty total says 0
        confidence = min(confidence, EMPTY_TOTAL)
        name = f"{name}（总计栏为空）"
    return Relation(kind, tuple(parts), total, LINKER, confidence, name=name, exhaustive=exhaustive)


def _result_parts(t: KeyedTable) -> tuple[list[str], bool]:
    """The row keys that add up to （七）总计 (category subtotals where the items are absent), complete?"""
    rows = set(t.row_keys())
    keys: list[str] = []
    complete = True
    for r in spec().t3_rows:
        if r.heading or r.key in ("new", "carried_in", "results_total", "carried_out"):
            continue
        if not r.items:
            keys.append(r.key)
            complete = complete and r.key in rows
            continue
        items = [f"{r.key}.{i}" for i in range(1, len(r.items) + 1)]
        present = [k for k in items if k in rows]
        if len(present) == len(items):
            keys.extend(items)
        elif r.key in rows:
            keys.append(r.key)
        else:
            keys.extend(present)
            complete = False
    return [k for k in keys if k in rows], complete


def _t3(report: Report, t: KeyedTable) -> Iterator[Relation]:
    sp = spec()
    cols = sp.t3_columns
    rows = t.row_keys()
    label = {c.row_key: c.row for c in t.cells}
    for rk in rows:
        ms = _cells(report, t, [f"{rk}.{c}" for c in cols])
        if ms is None:
            continue
        rel = _sum_relation(RelationKind.TABLE_ROW_SUM, ms[:-1], ms[-1], f"表格行「{label[rk][:20]}」", CONFIDENT)
        if rel is not None:
            yield rel
    parts, complete = _result_parts(t)
    for col, name in zip(cols, sp.t3_column_names, strict=True):
        four = _cells(report, t, [f"{k}.{col}" for k in ("new", "carried_in", "results_total", "carried_out")])
        if four is not None:
            gap = any(_empty(m) for m in four)  # an empty cell among the four: read as 0, at most an info
            yield Relation(
                RelationKind.TABLE_IDENTITY,
                tuple(four),
                None,
                LINKER,
                EMPTY_TOTAL if gap else CONFIDENT,
                name=f"表格列「{name}」" + ("（有空栏）" if gap else ""),
            )
        total = _cells(report, t, [f"results_total.{col}"])
        cells = [c for c in (_cells(report, t, [f"{k}.{col}"]) for k in parts) if c is not None]
        if total is not None and cells:
            conf = CONFIDENT if complete else EMPTY_TOTAL  # a table cut short: at most an info
            rel = _sum_relation(
                RelationKind.TABLE_COL_SUM,
                [c[0] for c in cells],
                total[0],
                f"表格列「{name}」: 办理结果 {len(cells)} 行之和",
                conf,
                exhaustive=complete,
            )
            if rel is not None:
                yield rel
        for r in sp.t3_rows:
            if not r.items or r.key not in rows:
                continue
            sub = _cells(report, t, [f"{r.key}.{col}"])
            items = [c for c in (_cells(report, t, [f"{r.key}.{i}.{col}"]) for i in range(1, len(r.items) + 1)) if c]
            if sub is None or not items:
                continue
            rel = _sum_relation(
                RelationKind.TABLE_COL_SUM,
                [c[0] for c in items],
                sub[0],
                f"表格列「{name}」: {label[r.key][:12]} {len(items)} 项之和",
                CONFIDENT if len(items) == len(r.items) else EMPTY_TOTAL,
                exhaustive=len(items) == len(r.items),
            )
            if rel is not None:
                yield rel


def _t4(report: Report, t: KeyedTable) -> Iterator[Relation]:
    sp = spec()
    for g, name in zip(sp.t4_groups, sp.t4_group_names, strict=True):
        ms = _cells(report, t, [f"{g}.{c}" for c in sp.t4_columns])
        if ms is None:
            continue
        rel = _sum_relation(RelationKind.TABLE_ROW_SUM, ms[:-1], ms[-1], f"{name}表", CONFIDENT)
        if rel is not None:
            yield rel


def link_tables(report: Report) -> Iterator[Relation]:
    """The arithmetic of every keyed table 3 and table 4."""
    for t in keyed(report):
        if t.template == T3:
            yield from _t3(report, t)
        elif t.template == T4:
            yield from _t4(report, t)


# ---- the prose against the table


def _sum_fig(report: Report, t: KeyedTable, keys: list[str]) -> Mention | None:
    """One figure standing for the sum of the cells ``keys`` (their spans as its own; None: a cell is absent)."""
    cs = [t.cell(k) for k in keys]
    if not cs or any(c is None for c in cs):
        return None
    cells = [c for c in cs if c is not None]
    value = sum(c.value or 0.0 for c in cells)
    first = cells[0]
    shown = "+".join(c.raw or "0" for c in cells)
    m = figure(report.text, first.start, first.end, value, "件", str(int(value)), exact=True)
    text = shown if len(cells) == 1 else f"{shown}={int(value)}"
    return dataclasses.replace(m, text=text, metric_id=f"{t.id}:{'+'.join(keys)}")


# a prose label → the alternatives of cells it may stand for (the first that holds is the one meant)
_ORG_COLS = ("commercial", "research", "public_interest", "legal_service", "org_other")


def _claims() -> list[tuple[re.Pattern[str], str, list[list[str]]]]:
    both = ("new", "carried_in")
    org = [f"{r}.{c}" for r in ("new",) for c in _ORG_COLS]
    org_both = [f"{r}.{c}" for r in both for c in _ORG_COLS]
    return [
        (
            re.compile(r"自然人[^，。；]{0,6}$"),
            "正文与表格「自然人」",
            [["new.natural"], ["new.natural", "carried_in.natural"]],
        ),
        (re.compile(r"法人或其他组织[^，。；]{0,6}$"), "正文与表格「法人或其他组织」", [org, org_both]),
        (
            re.compile(r"结转下[^，。；]{0,6}$|结转至\d{4}年[^，。；]{0,4}$"),
            "正文与表格「结转下年度」",
            [["carried_out.total"]],
        ),
        (re.compile(r"上年结转[^，。；]{0,6}$"), "正文与表格「上年结转」", [["carried_in.total"]]),
        (
            re.compile(r"(?:收到|新收|受理)[^，。；|]{0,12}?申请$|(?:收到|新收|受理)申请[^，。；]{0,4}$"),
            "正文与表格「本年新收」",
            [["new.total"], ["new.total", "carried_in.total"]],
        ),
        (re.compile(r"(?:办理|办结|答复|处理)(?:完毕)?$"), "正文与表格「（七）总计」", [["results_total.total"]]),
    ]


_OUTCOMES = (
    ("予以公开", "granted"),
    ("部分公开", "partial"),
    ("不予公开", "denied"),
    ("无法提供", "unable"),
    ("不予处理", "not_processed"),
    ("其他处理", "other"),
)


def _outcome_keys(t: KeyedTable, row: str) -> list[str]:
    if t.cell(f"{row}.total") is not None:
        return [f"{row}.total"]
    items = [k for k in t.row_keys() if k.startswith(row + ".")]
    return [f"{k}.total" for k in items]


def _t4_claims(label: str) -> tuple[str, list[list[str]]] | None:
    s = label.replace(" ", "")
    if "复议" in s and "诉讼" in s:
        return "正文与表格「行政复议、行政诉讼」", [
            ["review.total", "suit_direct.total", "suit_after_review.total"],
            ["suit_direct.total", "suit_after_review.total"],
        ]
    if re.search(r"行政复议[^，。；]{0,6}$", s):
        return "正文与表格「行政复议」", [["review.total"]]
    if re.search(r"行政诉讼[^，。；]{0,6}$", s):
        return "正文与表格「行政诉讼」", [["suit_direct.total", "suit_after_review.total"]]
    return None


def link_text_to_table(report: Report) -> Iterator[Relation]:
    """The counts the prose states against the cells of the keyed tables they summarise."""
    tables = keyed(report)
    t3 = next((t for t in tables if t.template == T3), None)
    t4 = next((t for t in tables if t.template == T4), None)
    if t3 is None and t4 is None:
        return
    spans = [(t.start, t.end) for t in tables]
    ms = mentions(report)
    claims = _claims()
    if t3 is not None:
        yield from _shares(report, t3, ms, spans)
    for m in ms:
        if m.unit != "件" or any(s <= m.start < e for s, e in spans):
            continue
        line_start = report.text.rfind("\n", 0, m.start) + 1
        if "|" in report.text[line_start : m.start]:
            continue
        label = own_label(report.text, m, ms)
        found: list[tuple[str, KeyedTable, list[list[str]]]] = []
        if t3 is not None:
            for pattern, name, alternatives in claims:
                if pattern.search(label):
                    found.append((name, t3, alternatives))
                    break
            if not found:
                for word, row in _OUTCOMES:
                    if re.search(word + r"[^，。；]{0,4}$", label):
                        found.append((f"正文与表格「{word}」", t3, [_outcome_keys(t3, row)]))
                        break
        if not found and t4 is not None:
            hit = _t4_claims(label)
            if hit is None and label.endswith("案件"):
                # 相关行政复议、行政诉讼案件的应诉工作，共办理相关案件74件: the cases the sentence names
                sentence = report.text[max(report.text.rfind("。", 0, m.start), line_start) : m.start]
                hit = _t4_claims(sentence)
            if hit is not None:
                found.append((hit[0], t4, hit[1]))
        for name, t, alternatives in found:
            for keys in alternatives:
                fig = _sum_fig(report, t, keys)
                if fig is None:
                    continue
                cells = tuple((c.start, c.end) for c in (t.cell(k) for k in keys) if c is not None)
                yield Relation(
                    RelationKind.SAME_VALUE,
                    (m, fig),
                    None,
                    TEXT_LINKER,
                    LOOSE,
                    name=name,
                    group=f"text_table@{m.start}",
                    evidence=cells,
                )


# the text from the clause start to a share: 予以公开294件，占比40.9% (the outcome named before 占)
_SHARE_CUE = re.compile(r"占(?:比|全部|总数|办理总数|办结总数|申请总数)?(?:的)?(?:为|达)?$")
_BASES = (["results_total.total"], ["new.total", "carried_in.total"], ["new.total"])


def _shares(report: Report, t3: KeyedTable, ms: Sequence[Mention], spans: list[tuple[int, int]]) -> Iterator[Relation]:
    """The prose's shares of outcomes (予以公开…件，占X%) against the table: outcome row / （七）总计."""
    text = report.text
    for m in ms:
        if m.unit != "%" or any(s <= m.start < e for s, e in spans):
            continue
        if not _SHARE_CUE.search(text[max(0, m.start - 8) : m.start]):
            continue
        clause = max(text.rfind(ch, 0, m.start) for ch in "。；;\n")
        before = text[clause + 1 : m.start]
        word = next((w for w, _ in _OUTCOMES if w in before), None)
        if word is None or before.count("%") > 0:
            continue
        row = dict(_OUTCOMES)[word]
        part = _sum_fig(report, t3, _outcome_keys(t3, row))
        if part is None:
            continue
        for base in _BASES:
            whole = _sum_fig(report, t3, base)
            if whole is None or whole.value <= 0:
                continue
            yield Relation(
                RelationKind.RATIO,
                (part, whole),
                m,
                TEXT_LINKER,
                LOOSE,
                name=f"正文「{word}」占比与表格",
                group=f"text_table_share@{m.start}",
            )
