"""The real county 政府信息公开 report (a PDF-to-text conversion): its three tables keyed and checked.

The file is read at run time from ``../shared/real/info_disclosure`` (never copied here).  Its
tables come as many small pipe tables with generic headers (数据1 … 数据6), headings between
the pieces, a garbled header row inside table 3 and spaces around every figure of the prose.
"""

from __future__ import annotations

import dataclasses

import pytest
from conftest import REAL

from analyzer import analyze_document, ingest
from analyzer.ingest import from_text
from analyzer.tables import keyed, tables

COUNTY = REAL / "info_disclosure" / "沭阳县_2025_政府信息公开工作年度报告.txt"


@pytest.fixture(scope="module")
def county():
    if not COUNTY.is_file():
        pytest.skip(f"real county report not found at {COUNTY} (set GOVREPORT_REAL)")
    return analyze_document(ingest.read_file(COUNTY))


def _cells(report) -> dict[str, float | None]:
    return {f"{t.template}:{c.key}": c.value for t in keyed(report) for c in t.cells if c.key}


def test_real_county_three_tables_keyed_completely(county):
    ts = keyed(county)
    assert [t.template for t in ts] == ["xxgk_t2", "xxgk_t3", "xxgk_t4"]
    t2, t3, t4 = ts
    assert t3.missing == () and t4.missing == () and t3.short_rows == ()
    assert len(t3.cells) == 25 * 7 and len(t4.cells) == 15 and len(t2.cells) == 10
    cells = _cells(county)
    expect = {
        "xxgk_t3:new.natural": 705,
        "xxgk_t3:new.total": 713,
        "xxgk_t3:carried_in.total": 36,
        "xxgk_t3:partial.legal_service": 2,
        "xxgk_t3:denied.5.total": 13,
        "xxgk_t3:not_processed.2.commercial": 1,
        "xxgk_t3:other.3.total": 143,
        "xxgk_t3:results_total.natural": 710,
        "xxgk_t3:results_total.total": 718,
        "xxgk_t3:carried_out.total": 31,
        "xxgk_t4:review.corrected": 10,
        "xxgk_t4:review.total": 61,
        "xxgk_t4:suit_after_review.pending": 1,
        "xxgk_t2:normative.valid": 32,
        "xxgk_t2:licensing.decisions": 517645,
        "xxgk_t2:fees.amount": 4068.208,
    }
    assert {k: cells.get(k) for k in expect} == expect
    # every keyed cell points at its own figure in the text
    for t in ts:
        for c in t.cells:
            assert county.text[c.start : c.end] == c.raw


def test_real_county_identity_and_totals_verified(county):
    verified = [v.message for v in county.verified if v.rule == "sum_mismatch"]
    assert "表格列「总计」: 一 713 + 二 36 = 749 = 三（七）总计 718 + 四 31 = 749" in verified
    assert sum("表格列「" in m and "三（七）总计" in m for m in verified) == 7  # the identity, every column
    assert sum("办理结果 21 行之和" in m for m in verified) == 7
    assert sum(m.startswith("表格行「") for m in verified) == 25
    assert {m.split(":")[0] for m in verified if m.endswith(("61", "= 总计 3", "= 总计 10"))} >= {"行政复议表"}
    assert not [f for f in county.findings if f.rule in ("sum_mismatch", "conflicting_values")]


def test_real_county_prose_figures_linked_to_table(county):
    linked = {v.message.split(": ")[1].split(" 与 ")[0] for v in county.verified if v.message.startswith("正文与表格")}
    assert {"749件", "741件", "8件", "718件", "31件"} <= linked, linked
    assert "74件" in linked  # 行政复议、行政诉讼案件 = 61 + 3 + 10


def test_real_county_changed_cell_is_caught_at_that_cell(county):
    """One figure changed in the text (新收 自然人 705 → 706): the identity and the row fail, citing that cell."""
    t3 = keyed(county)[1]
    cell = t3.cell("new.natural")
    assert cell is not None
    text = county.text[: cell.start] + "706" + county.text[cell.end :]
    report = analyze_document(dataclasses.replace(from_text(text), tables=()))
    errors = [f for f in report.findings if f.rule == "sum_mismatch" and f.severity.value == "error"]
    assert any(f.message.startswith("表格列「自然人」: 一 706 + 二 36") for f in errors), errors
    assert any(f.message.startswith("表格行「本年新收") for f in errors)
    for f in errors:
        assert any(e.start == cell.start and e.text == "706" for e in f.evidence)
    # the untouched columns still hold
    assert not any(f.message.startswith("表格列「商业企业」") for f in errors)
    assert tables(report)
