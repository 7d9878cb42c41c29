"""Sums in the flattened tables of 政府信息公开工作年度报告 (sum_mismatch)."""

from __future__ import annotations

import pytest

from analyzer import analyze_text

HEADER = (
    "| 申请人情况 |\n| 自然人 | 法人或其他组织 | 总计 |\n| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
)
ROWS = {
    "new": "| 一、本年新收政府信息公开申请数量 | 10 | 2 | 0 | 0 | 1 | 0 | {t} |\n",
    "carried": "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n",
    "results": "| 三、本年度办理结果 | （一）予以公开 | 9 | 2 | 0 | 0 | 1 | 0 | 12 |\n",
    "total": "| （七）总计 | 9 | 2 | 0 | 0 | 1 | 0 | {c} |\n",
    "next": "| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n",
}


def _table(t: int = 13, c: int = 12) -> str:
    return (
        HEADER + ROWS["new"].format(t=t) + ROWS["carried"] + ROWS["results"] + ROWS["total"].format(c=c) + ROWS["next"]
    )


def _sums(text: str, severity: str | None = None) -> list[str]:
    return [
        f.message
        for f in analyze_text(text).findings
        if f.rule == "sum_mismatch" and (severity is None or f.severity.value == severity)
    ]


def test_tables_consistent_table_verifies_rows_and_columns():
    report = analyze_text(_table())
    assert _sums(_table()) == []
    msgs = [v.message for v in report.verified if v.rule == "sum_mismatch"]
    assert any("表格列「总计」: 一 13 + 二 1 = 14 = 三（七）总计 12 + 四 2 = 14" in m for m in msgs), msgs
    assert sum("表格行" in m for m in msgs) == 5


@pytest.mark.parametrize(("t", "c", "expect"), [(14, 12, "13 ≠ 总计 14"), (13, 11, "11 ≠ 三（七）总计")])
def test_tables_broken_totals_are_errors(t, c, expect):
    errors = _sums(_table(t, c), "error")
    assert any(expect in m or expect.split(" ≠ ")[0] in m for m in errors), errors


def test_tables_truncated_row_is_not_judged():
    text = HEADER + "| 一、本年新收政府信息公开申请数量 | 10 | 2 | 0 | 0 | 1 | 0 |\n"
    assert _sums(text) == []


def test_tables_review_litigation_groups_of_five():
    head = "| 行政复议 | 行政诉讼 |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
    ok = head + "| 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n"
    bad = head + "| 2 | 1 | 0 | 0 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n"
    assert _sums(ok) == []
    assert _sums(bad, "error") == ["行政复议表: 2 + 1 + 0 + 0 = 3 ≠ 总计 4"]


FULL_HEAD = "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"


def _full(total_cell: str = "13", cut: bool = False, granted: int = 9) -> str:
    from itertools import chain

    rows = [
        ("一、本年新收政府信息公开申请数量", [10, 2, 0, 0, 1, 0], total_cell),
        ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0], "1"),
        ("（一）予以公开", [granted, 2, 0, 0, 1, 0], str(granted + 3)),
        ("（二）部分公开", [0, 0, 0, 0, 0, 0], "0"),
    ]
    items = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
    lines = [FULL_HEAD]
    for label, six, tot in rows:
        lines.append(f"| {label} | " + " | ".join(map(str, six)) + f" | {tot} |\n")
    for cat, n in items.items():
        for i in range(1, n + 1 - (cut and cat == "（六）其他处理")):
            first = cat if i == 1 else ""
            lines.append(f"| {first} | {i}.第{i}项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n")
    lines.append("| （七）总计 | 9 | 2 | 0 | 0 | 1 | 0 | 12 |\n")
    lines.append("| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n")
    return "".join(chain(lines))


def _severities(text: str) -> set[str]:
    return {f.severity.value for f in analyze_text(text).findings if f.rule == "sum_mismatch"}


def test_tables_empty_total_cell_is_info_only():
    assert _severities(_full("13")) == set()  # must not: the complete table says nothing
    found = [f for f in analyze_text(_full("")).findings if f.rule == "sum_mismatch"]
    assert found and {f.severity.value for f in found} == {"info"}, [(f.severity, f.message) for f in found]
    assert any("总计栏为空" in f.message for f in found)


def test_tables_cut_short_table_is_never_an_error():
    # 予以公开 one too many (its row adds up; the results no longer add up to （七）总计)
    assert "error" in _severities(_full(granted=10))  # the whole table: an error
    cut = _full(granted=10, cut=True)  # the same slip in a table that lacks a result row
    assert _severities(cut) == {"info"}
    assert "error" in _severities(_full("14", cut=True))  # a row is whole even when the table is not


@pytest.mark.parametrize(("received", "verdict"), [(13, "verified"), (14, "verified"), (16, "warning")])
def test_tables_prose_received_against_new_or_new_plus_carried(received, verdict):
    """受理 may count the requests carried over: 13 new + 1 carried makes 14 as right as 13; 16 is neither."""
    report = analyze_text(f"全年共收到政府信息公开申请{received}件。\n" + _table())
    rows = [v for v in report.verified if v.rule == "conflicting_values"]
    bad = [f for f in report.findings if f.rule == "conflicting_values"]
    assert (rows and not bad) if verdict == "verified" else ([f.severity.value for f in bad] == ["warning"])
