"""Six 政府信息公开工作年度报告 written for the tests, and their renderings in every layout.

Each report is data here (body, year, prose, the three tables); ``build(dir)``
writes, per report:

* ``NAME.docx``: Word tables with the national template's merged cells (python-docx);
* ``NAME.html``: the same tables with rowspan/colspan;
* ``NAME.pipe.txt``: the layout of PDF-to-text converters: small pipe tables with
  generic headers (数据1 … 数据6), headings between the pieces, a duplicated and a
  garbled header row, a page footer inside table 3, spaces around the prose's figures;
* ``NAME.lines.txt``: one cell per line, the labels of each block detached from their
  numbers (all labels, then all figures), a page footer inside the table;
* ``NAME.annotation.json``: every keyed cell (``template:ROW.COL`` → value) and the slip
  the report carries (two reports have one), with the cell it is at.

``python tests/xxgk_fixtures.py`` rebuilds them in ``tests/fixtures/xxgk`` and, where
LibreOffice and Chromium are installed, the two PDF renderings (``NAME.docx.pdf``
exported from the .docx, ``NAME.html.pdf`` printed from the page).  The PDFs are
committed: the tests never need either program.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fixtures" / "xxgk"

COLS = ("natural", "commercial", "research", "public_interest", "legal_service", "org_other", "total")
T3_ITEMS = {
    "denied": [
        "属于国家秘密",
        "其他法律行政法规禁止公开",
        "危及“三安全一稳定”",
        "保护第三方合法权益",
        "属于三类内部事务信息",
        "属于四类过程性信息",
        "属于行政执法案卷",
        "属于行政查询事项",
    ],
    "unable": ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"],
    "not_processed": [
        "信访举报投诉类申请",
        "重复申请",
        "要求提供公开出版物",
        "无正当理由大量反复申请",
        "要求行政机关确认或重新出具已获取信息",
    ],
    "other": [
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "其他",
    ],
}
CATEGORY_LABEL = {
    "granted": "（一）予以公开",
    "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "denied": "（三）不予公开",
    "unable": "（四）无法提供",
    "not_processed": "（五）不予处理",
    "other": "（六）其他处理",
}
T4_GROUPS = ("review", "suit_direct", "suit_after_review")
T4_COLS = ("upheld", "corrected", "other", "pending", "total")
HEAD_ORG = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")


@dataclass
class Report:
    name: str
    body: str  # 云岫县人民政府
    year: int
    intro: str
    new: list[int]  # the six applicant kinds' new requests
    carried_in: list[int]
    # where the results go, per applicant kind: {row_key: [6 counts]}; rows left out are 0
    results: dict[str, list[int]]
    t2: dict[str, float]
    t4: dict[str, list[int]]  # group → upheld, corrected, other, pending (total computed)
    subtotals: bool = False  # the report adds 小计 rows to the categories
    prefix: str = ""  # a label variant: 行政机关 before 不掌握…
    numbered: bool = True  # 一、（一）1. numbering on the row labels
    slip: dict[str, object] = field(default_factory=dict)  # {"cell": "t3:granted.total", "delta": 1, "rule": …}
    pages: int = 1


def _rows(r: Report) -> dict[str, list[int]]:
    """Every row of table 3 with its seven figures (totals computed, then the slip applied)."""
    rows: dict[str, list[int]] = {}

    def put(key: str, six: list[int]) -> None:
        rows[key] = [*list(six), sum(six)]

    put("new", r.new)
    put("carried_in", r.carried_in)
    zero = [0] * 6
    res_sum = [0] * 6
    for cat in ("granted", "partial", "denied", "unable", "not_processed", "other"):
        if cat in ("granted", "partial"):
            six = r.results.get(cat, zero)
            put(cat, six)
            res_sum = [a + b for a, b in zip(res_sum, six, strict=True)]
            continue
        sub = [0] * 6
        subrows = []
        for i in range(1, len(T3_ITEMS[cat]) + 1):
            six = r.results.get(f"{cat}.{i}", zero)
            subrows.append((f"{cat}.{i}", six))
            sub = [a + b for a, b in zip(sub, six, strict=True)]
        if r.subtotals:
            put(cat, sub)
        for k, six in subrows:
            put(k, six)
        res_sum = [a + b for a, b in zip(res_sum, sub, strict=True)]
    put("results_total", res_sum)
    out = [a + b - c for a, b, c in zip(r.new, r.carried_in, res_sum, strict=True)]
    assert min(out) >= 0, r.name
    put("carried_out", out)
    return rows


def _t4(r: Report) -> dict[str, list[int]]:
    return {g: [*list(r.t4.get(g, [0, 0, 0, 0])), sum(r.t4.get(g, [0, 0, 0, 0]))] for g in T4_GROUPS}


def tables_of(r: Report) -> tuple[dict[str, float], dict[str, list[int]], dict[str, list[int]]]:
    """The three tables as printed (the slip applied)."""
    t3 = _rows(r)
    t4 = _t4(r)
    t2 = dict(r.t2)
    if r.slip:
        tmpl, key = str(r.slip["cell"]).split(":")
        row, col = key.rsplit(".", 1)
        delta = int(r.slip["delta"])  # type: ignore[call-overload]
        if tmpl == "xxgk_t3":
            t3[row][COLS.index(col)] += delta
        else:
            t4[row][T4_COLS.index(col)] += delta
    return t2, t3, t4


def annotation(r: Report) -> dict[str, object]:
    t2, t3, t4 = tables_of(r)
    cells: dict[str, float] = {}
    for k, v in t2.items():
        cells[f"xxgk_t2:{k}"] = v
    for row, vals in t3.items():
        for c, v in zip(COLS, vals, strict=True):
            cells[f"xxgk_t3:{row}.{c}"] = v
    for g, vals in t4.items():
        for c, v in zip(T4_COLS, vals, strict=True):
            cells[f"xxgk_t4:{g}.{c}"] = v
    return {"name": r.name, "body": r.body, "year": r.year, "cells": cells, "slip": r.slip or None}


# ---- the text a report says (its prose), from its table


def _prose(r: Report, spaced: bool = False) -> list[tuple[str, str]]:
    """(kind, text) paragraphs: headings "h1"/"h2" and paragraphs "p"."""
    sp = " " if spaced else ""
    new, car = r.new, r.carried_in
    got = sum(new) + sum(car)
    orgs = sum(new[1:]) + sum(car[1:])
    done = _rows(r)["results_total"][6]
    out_n = _rows(r)["carried_out"][6]
    review = sum(r.t4.get("review", [0]))
    suits = sum(sum(r.t4.get(g, [0])) for g in ("suit_direct", "suit_after_review"))
    title = f"{r.body}{r.year}年政府信息公开工作年度报告"
    paras = [
        ("title", title),
        ("p", r.intro),
        ("h1", "一、总体情况"),
        ("h2", "（一）主动公开"),
        (
            "p",
            (
                f"全年通过门户网站主动公开政府信息{sp}{int(r.t2.get('licensing.decisions', 0)) // 10 + 37}{sp}条，"
                "持续完善政府信息公开指南和目录，重点领域信息按要求及时发布。"
            ),
        ),
        ("h2", "（二）依申请公开"),
        (
            "p",
            (
                f"全年共受理政府信息公开申请{sp}{got}{sp}件，其中自然人申请{sp}{new[0] + car[0]}{sp}件，"
                f"法人或其他组织申请{sp}{orgs}{sp}件；共办理{sp}{done}{sp}件，结转下年度{sp}{out_n}{sp}件。"
            ),
        ),
        (
            "p",
            f"全年发生政府信息公开行政复议{sp}{review}{sp}件、行政诉讼{sp}{suits}{sp}件，均依法按时答复、应诉。",
        ),
        ("h1", "二、主动公开政府信息情况"),
        ("t2", ""),
        ("h1", "三、收到和处理政府信息公开申请情况"),
        ("t3", ""),
        ("h1", "四、政府信息公开行政复议、行政诉讼情况"),
        ("t4", ""),
        ("h1", "五、存在的主要问题及改进情况"),
        ("p", "政策解读形式还不够丰富，基层公开专区建设不够均衡。下一步将加强培训，完善考核，推动公开质效提升。"),
        ("h1", "六、其他需要报告的事项"),
        ("p", f"本年度未收取信息处理费。{r.body}将继续做好政府信息公开工作。"),
    ]
    return paras


def _label(r: Report, key: str) -> str:
    """A row's printed label in this report's wording."""
    if key in CATEGORY_LABEL:
        lab = CATEGORY_LABEL[key]
    elif "." in key:
        cat, i = key.rsplit(".", 1)
        text = T3_ITEMS[cat][int(i) - 1]
        if r.prefix and text.startswith("本机关"):
            text = r.prefix + text[3:]
        lab = f"{i}.{text}"
    else:
        lab = {
            "new": "一、本年新收政府信息公开申请数量",
            "carried_in": "二、上年结转政府信息公开申请数量",
            "results_total": "（七）总计",
            "carried_out": "四、结转下年度继续办理",
        }[key]
    if not r.numbered:
        for mark in ("一、", "二、", "四、"):
            lab = lab.removeprefix(mark)
        if lab.startswith("（") and lab[2] == "）":
            lab = lab[3:]
        if len(lab) > 2 and lab[0].isdigit() and lab[1] == ".":
            lab = lab[2:]
    return lab


def t3_order(r: Report) -> list[str]:
    keys = ["new", "carried_in", "granted", "partial"]
    for cat in ("denied", "unable", "not_processed", "other"):
        if r.subtotals:
            keys.append(cat)
        keys.extend(f"{cat}.{i}" for i in range(1, len(T3_ITEMS[cat]) + 1))
    return [*keys, "results_total", "carried_out"]


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


# ---- the grid (docx and html share it): cells with spans


@dataclass
class GCell:
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


def grid_t3(r: Report) -> tuple[int, int, list[GCell]]:
    _, t3, _ = tables_of(r)
    cells = [
        GCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 0, 0, 3, 3),
        GCell("申请人情况", 0, 3, 1, 7),
        GCell("自然人", 1, 3, 2, 1),
        GCell("法人或其他组织", 1, 4, 1, 5),
        GCell("总计", 1, 9, 2, 1),
    ]
    cells += [GCell(h, 2, 4 + i) for i, h in enumerate(HEAD_ORG)]
    row = 3
    order = t3_order(r)
    results_rows = [k for k in order if k not in ("new", "carried_in", "carried_out")]
    for key in order:
        if key in ("new", "carried_in", "carried_out"):
            cells.append(GCell(_label(r, key), row, 0, 1, 3))
        else:
            if key == results_rows[0]:
                cells.append(
                    GCell("三、本年度办理结果" if r.numbered else "本年度办理结果", row, 0, len(results_rows), 1)
                )
            cat = key.split(".")[0]
            if key in ("granted", "partial", "results_total"):
                cells.append(GCell(_label(r, key), row, 1, 1, 2))
            else:
                first = next(k for k in results_rows if k.split(".")[0] == cat)
                n = sum(1 for k in results_rows if k.split(".")[0] == cat)
                if key == first:
                    cells.append(GCell(_label(r, cat), row, 1, n, 1))
                cells.append(GCell("小计" if key == cat else _label(r, key), row, 2))
        for j, v in enumerate(t3[key]):
            cells.append(GCell(_fmt(v), row, 3 + j))
        row += 1
    return row, 10, cells


def grid_t4(r: Report) -> tuple[int, int, list[GCell]]:
    _, _, t4 = tables_of(r)
    heads = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    cells = [GCell("行政复议", 0, 0, 1, 5), GCell("行政诉讼", 0, 5, 1, 10)]
    cells += [GCell(h, 1, i, 2, 1) for i, h in enumerate(heads)]
    cells += [GCell("未经复议直接起诉", 1, 5, 1, 5), GCell("复议后起诉", 1, 10, 1, 5)]
    cells += [GCell(h, 2, 5 + i + 5 * k) for k in range(2) for i, h in enumerate(heads)]
    vals = [v for g in T4_GROUPS for v in t4[g]]
    cells += [GCell(_fmt(v), 3, i) for i, v in enumerate(vals)]
    return 4, 15, cells


def grid_t2(r: Report) -> tuple[int, int, list[GCell]]:
    t2, _, _ = tables_of(r)
    cells: list[GCell] = []
    row = 0

    def title(text: str) -> None:
        nonlocal row
        cells.append(GCell(text, row, 0, 1, 4))
        row += 1

    title("第二十条第（一）项")
    for i, h in enumerate(("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")):
        cells.append(GCell(h, row, i))
    row += 1
    for key, lab in (("rules", "规章"), ("normative", "行政规范性文件")):
        cells.append(GCell(lab, row, 0))
        for i, c in enumerate(("made", "repealed", "valid")):
            cells.append(GCell(_fmt(t2[f"{key}.{c}"]), row, 1 + i))
        row += 1
    for item, head, rows in (
        ("第二十条第（五）项", "本年处理决定数量", (("licensing.decisions", "行政许可"),)),
        (
            "第二十条第（六）项",
            "本年处理决定数量",
            (("penalty.decisions", "行政处罚"), ("coercion.decisions", "行政强制")),
        ),
        ("第二十条第（八）项", "本年收费金额（单位：万元）", (("fees.amount", "行政事业性收费"),)),
    ):
        title(item)
        cells += [GCell("信息内容", row, 0), GCell(head, row, 1, 1, 3)]
        row += 1
        for key, lab in rows:
            cells += [GCell(lab, row, 0), GCell(_fmt(t2[key]), row, 1, 1, 3)]
            row += 1
    return row, 4, cells


def _grids(r: Report) -> dict[str, tuple[int, int, list[GCell]]]:
    return {"t2": grid_t2(r), "t3": grid_t3(r), "t4": grid_t4(r)}


# ---- renderings


def to_docx(r: Report, path: Path, *, ruled: bool = True) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(10.5)
    grids = _grids(r)
    for kind, text in _prose(r):
        if kind in grids:
            nrows, ncols, cells = grids[kind]
            t = d.add_table(rows=nrows, cols=ncols)
            if ruled:
                t.style = "Table Grid"
            for c in cells:
                cell = t.cell(c.row, c.col)
                if c.rowspan > 1 or c.colspan > 1:
                    cell = cell.merge(t.cell(c.row + c.rowspan - 1, c.col + c.colspan - 1))
                cell.text = c.text
            for tr in t.rows:  # a row is not cut by a page break (the table is, between rows)
                _cant_split(tr)
            if kind == "t2" and r.pages > 1:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        if kind == "title":
            d.add_heading(text, level=1)
        else:
            d.add_paragraph(text)
    # page numbers in the footer (a PAGE field): the PDF exported from this has "— n —" footers
    footer = d.sections[0].footer.paragraphs[0]
    run = footer.add_run("— ")
    _page_field(run)
    footer.add_run(" —")
    d.save(str(path))


def _cant_split(row) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement

    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def _page_field(run) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == "PAGE":
            el = OxmlElement("w:instrText")
            el.text = "PAGE"
            run._r.append(el)


def to_html(r: Report, path: Path) -> None:
    import html

    grids = _grids(r)
    out = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{html.escape(r.body)}{r.year}年政府信息公开工作年度报告</title>",
        (
            "<style>body{font-family:'Noto Sans CJK SC',sans-serif;font-size:13px}"
            "table{border-collapse:collapse;margin:8px 0}td{border:1px solid #000;padding:2px 4px}"
            "tr{break-inside:avoid}</style>"
        ),
        "</head><body><div class='nav'>首页 &gt; 政务公开 &gt; 年度报告</div><div class='article'>",
    ]
    for kind, text in _prose(r):
        if kind in grids:
            nrows, _, cells = grids[kind]
            out.append("<table>")
            for row in range(nrows):
                out.append("<tr>")
                for c in sorted((c for c in cells if c.row == row), key=lambda c: c.col):
                    span = (f" rowspan='{c.rowspan}'" if c.rowspan > 1 else "") + (
                        f" colspan='{c.colspan}'" if c.colspan > 1 else ""
                    )
                    out.append(f"<td{span}>{html.escape(c.text)}</td>")
                out.append("</tr>")
            out.append("</table>")
        elif kind == "title":
            out.append(f"<h1>{html.escape(text)}</h1>")
        elif kind in ("h1", "h2"):
            out.append(f"<p><strong>{html.escape(text)}</strong></p>")
        else:
            out.append(f"<p>{html.escape(text)}</p>")
    out.append("</div></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def _generic_head() -> str:
    return "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n|---|---|---|---|---|---|---|---|"


def to_pipe(r: Report, path: Path) -> None:
    """The converter layout: small pipe tables with generic headers, headings between, spaces around figures."""
    t2, t3, t4 = tables_of(r)
    lines: list[str] = []
    for kind, text in _prose(r, spaced=True):
        if kind == "t2":
            lines += [
                "### 第二十条第（一）项",
                "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
                "|---|---|---|---|",
            ]
            for key, lab in (("rules", "规章"), ("normative", "行政规范性文件")):
                vals = " | ".join(_fmt(t2[f"{key}.{c}"]) for c in ("made", "repealed", "valid"))
                lines.append(f"| {lab} | {vals} |")
            for item, rows in (
                ("第二十条第（五）项", (("licensing.decisions", "行政许可"),)),
                ("第二十条第（六）项", (("penalty.decisions", "行政处罚"), ("coercion.decisions", "行政强制"))),
                ("第二十条第（八）项", (("fees.amount", "行政事业性收费"),)),
            ):
                lines += ["", f"### {item}", "| 信息内容 | 本年处理决定数量 |", "|---|---|"]
                lines += [f"| {lab} | {_fmt(t2[key])} |" for key, lab in rows]
            lines.append("")
        elif kind == "t3":
            lines.append("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)")
            current = None
            for n, key in enumerate(t3_order(r)):
                cat = key.split(".")[0]
                if cat != current:
                    current = cat
                    lines += ["", f"### {_label(r, cat) if cat in CATEGORY_LABEL else _label(r, key)}", _generic_head()]
                if n == 12:
                    lines += ["", "— 2 —", "", _generic_head()]  # a page footer and the header repeated
                if n == 20:
                    lines.append(
                        "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |"
                    )  # a garbled header row a converter leaves
                label = "小计" if key == cat and key in T3_ITEMS else _label(r, key)
                lines.append(f"| {label} | " + " | ".join(_fmt(v) for v in t3[key]) + " |")
            lines.append("")
        elif kind == "t4":
            for g, name in zip(
                T4_GROUPS, ("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"), strict=True
            ):
                lines += [
                    f"### {name}",
                    "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
                    "|---|---|---|---|---|",
                    "| " + " | ".join(_fmt(v) for v in t4[g]) + " |",
                    "",
                ]
        elif kind in ("h1", "title"):
            lines += [f"## {text}", ""]
        elif kind == "h2":
            lines += [f"### {text}", ""]
        else:
            lines += [text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def to_lines(r: Report, path: Path) -> None:
    """One cell per line; the labels of each block first, then all its figures (detached labels)."""
    t2, t3, t4 = tables_of(r)
    lines: list[str] = []
    for kind, text in _prose(r):
        if kind == "t2":
            lines += ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
            for key, lab in (("rules", "规章"), ("normative", "行政规范性文件")):
                lines.append(lab)
                lines += [_fmt(t2[f"{key}.{c}"]) for c in ("made", "repealed", "valid")]
            for item, head, rows in (
                ("第二十条第（五）项", "本年处理决定数量", (("licensing.decisions", "行政许可"),)),
                (
                    "第二十条第（六）项",
                    "本年处理决定数量",
                    (("penalty.decisions", "行政处罚"), ("coercion.decisions", "行政强制")),
                ),
                ("第二十条第（八）项", "本年收费金额（单位：万元）", (("fees.amount", "行政事业性收费"),)),
            ):
                lines += [item, "信息内容", head]
                for key, lab in rows:
                    lines += [lab, _fmt(t2[key])]
        elif kind == "t3":
            lines += ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人"]
            lines += ["法人或其他组织", "总计", *HEAD_ORG]
            blocks: list[list[str]] = []
            current = None
            for key in t3_order(r):
                cat = key.split(".")[0]
                if cat != current or cat not in T3_ITEMS:
                    current = cat
                    blocks.append([])
                blocks[-1].append(key)
            for n, block in enumerate(blocks):
                cat = block[0].split(".")[0]
                if cat in T3_ITEMS:
                    lines.append(_label(r, cat))
                elif block[0] == "granted":
                    lines.append("三、本年度办理结果" if r.numbered else "本年度办理结果")
                lines += ["小计" if k == cat and cat in T3_ITEMS else _label(r, k) for k in block]
                if n == 5:
                    lines.append("— 3 —")  # a page footer between the labels and their figures
                lines += [_fmt(v) for k in block for v in t3[k]]
        elif kind == "t4":
            lines += ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
            lines += ["未经复议直接起诉", "复议后起诉"]
            lines += ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2
            lines += [_fmt(v) for g in T4_GROUPS for v in t4[g]]
        else:
            lines.append(text)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---- the six reports


def _split(rng: random.Random, n: int, parts: int) -> list[int]:
    cuts = sorted(rng.randint(0, n) for _ in range(parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, n], strict=True)]


def _make(name: str, body: str, year: int, intro: str, seed: int, size: int, **kw: object) -> Report:
    rng = random.Random(seed)
    natural = size
    orgs = [rng.randint(0, max(1, size // 20)) for _ in range(5)]
    new = [natural, *orgs]
    carried = [rng.randint(0, max(1, size // 15))] + [rng.randint(0, 1) for _ in range(5)]
    results: dict[str, list[int]] = {}
    keys = ["granted", "partial"] + [f"{c}.{i}" for c, items in T3_ITEMS.items() for i in range(1, len(items) + 1)]
    weights = [30, 10] + [rng.choice((0, 0, 1, 2, 4)) for _ in keys[2:]]
    per_col = []
    for j in range(6):
        avail = new[j] + carried[j]
        done = avail - rng.randint(0, max(0, avail // 12))
        col = [0] * len(keys)
        for _ in range(done):
            col[rng.choices(range(len(keys)), weights=weights)[0]] += 1
        per_col.append(col)
    for i, k in enumerate(keys):
        results[k] = [per_col[j][i] for j in range(6)]
    t2 = {
        "rules.made": rng.randint(0, 2),
        "rules.repealed": 0,
        "rules.valid": rng.randint(0, 9),
        "normative.made": rng.randint(0, 12),
        "normative.repealed": rng.randint(0, 3),
        "normative.valid": rng.randint(10, 90),
        "licensing.decisions": rng.randint(100, 90000),
        "penalty.decisions": rng.randint(10, 9000),
        "coercion.decisions": rng.randint(0, 300),
        "fees.amount": round(rng.uniform(0, 900), 2),
    }
    t4 = {g: [rng.randint(0, max(1, size // 25)) for _ in range(4)] for g in T4_GROUPS}
    return Report(name, body, year, intro, new, carried, results, t2, t4, **kw)  # type: ignore[arg-type]


REPORTS: tuple[Report, ...] = (
    _make(
        "yunxiu_county_2025",
        "云岫县人民政府",
        2025,
        "本报告依据《中华人民共和国政府信息公开条例》和年度报告格式要求编制，所列数据的统计期限为2025年1月1日至12月31日。",
        11,
        260,
    ),
    _make(
        "qinglan_city_transport_2024",
        "青岚市交通运输局",
        2024,
        "现公布本局2024年度政府信息公开工作情况，统计期限自2024年1月1日起至2024年12月31日止。",
        12,
        48,
        subtotals=True,
    ),
    _make(
        "lanxi_township_2025",
        "澜溪镇人民政府",
        2025,
        "按照上级关于做好政府信息公开年度报告工作的要求，现将本镇2025年度情况报告如下。",
        13,
        9,
        numbered=False,
    ),
    _make(
        "songhe_province_nr_2025",
        "松鹤省自然资源厅",
        2025,
        "本年度报告由本厅办公室编制，全文可在厅门户网站下载，如有疑问请与办公室联系。",
        14,
        1840,
        prefix="行政机关",
        pages=2,
    ),
    _make(
        "baichuan_district_2025",
        "百川区人民政府",
        2025,
        "区政府办公室根据条例规定编制本报告，报告中的统计数据截至2025年12月31日。",
        15,
        530,
        slip={"cell": "xxgk_t3:granted.total", "delta": 1, "rule": "sum_mismatch", "kind": "table_row_sum"},
    ),
    _make(
        "wuyang_city_health_2024",
        "五阳市卫生健康委员会",
        2024,
        "本委认真落实政府信息公开各项要求，现将2024年度工作情况公布如下。",
        16,
        120,
        subtotals=True,
        slip={"cell": "xxgk_t3:carried_out.natural", "delta": 2, "rule": "sum_mismatch", "kind": "table_identity"},
    ),
)

LAYOUTS = ("docx", "html", "pipe.txt", "lines.txt")
PDF_LAYOUTS = ("docx.pdf", "html.pdf")


def build(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for r in REPORTS:
        to_docx(r, out / f"{r.name}.docx")
        to_html(r, out / f"{r.name}.html")
        to_pipe(r, out / f"{r.name}.pipe.txt")
        to_lines(r, out / f"{r.name}.lines.txt")
        (out / f"{r.name}.annotation.json").write_text(
            json.dumps(annotation(r), ensure_ascii=False, indent=1), encoding="utf-8"
        )


# reports also rendered with unruled tables (no cell borders): ``NAME.unruled.pdf``
UNRULED = ("yunxiu_county_2025", "baichuan_district_2025")


def build_pdfs(out: Path = OUT) -> None:
    """The two PDF renderings (needs LibreOffice and Chromium; the results are committed)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    chrome = next((shutil.which(c) for c in ("chromium", "chromium-browser", "google-chrome") if shutil.which(c)), None)
    for r in REPORTS:
        if office and r.name in UNRULED:
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / f"{r.name}.unruled.docx"
                to_docx(r, src, ruled=False)
                subprocess.run(
                    [office, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                     "--outdir", tmp, str(src)],
                    check=True, capture_output=True, timeout=180,
                )  # fmt: skip
                shutil.move(Path(tmp) / f"{r.name}.unruled.pdf", out / f"{r.name}.unruled.pdf")
        if office:
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(
                    [office, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                     "--outdir", tmp, str(out / f"{r.name}.docx")],
                    check=True, capture_output=True, timeout=180,
                )  # fmt: skip
                shutil.move(Path(tmp) / f"{r.name}.pdf", out / f"{r.name}.docx.pdf")
        if chrome:
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(
                    [chrome, "--headless", "--disable-gpu", "--no-sandbox", f"--user-data-dir={tmp}",
                     "--no-pdf-header-footer", f"--print-to-pdf={out / f'{r.name}.html.pdf'}",
                     (out / f"{r.name}.html").as_uri()],
                    check=True, capture_output=True, timeout=180,
                )  # fmt: skip


if __name__ == "__main__":
    build()
    if "--no-pdf" not in sys.argv:
        build_pdfs()
