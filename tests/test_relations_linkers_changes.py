"""Linker ``change`` beyond the 由…到… patterns: a budget line and last year's level (and linker ``restated``'s
targets and lines written twice). (A level and the round threshold it is said to pass: test_relations_linkers_thresholds.py.)

Every sentence is written for the test in the genre's style (none is copied from a real report).
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph
from analyzer.types import Severity

FAST = Settings(classify=False)


# --- a budget line with its increase over last year, last year's level stated in the review ------------------
_HEAD = "某市人民政府工作报告\n——2024年1月10日在某市第十届人民代表大会第三次会议上\n"


def _report(review: str, plan: str) -> str:
    return f"{_HEAD}一、2023年工作回顾\n过去一年，我们坚持稳中求进。{review}\n二、2024年工作安排\n{plan}\n"


def _last_year(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    report = analyze_text(text, FAST)
    return [
        (tuple(f.text for f in k.relation.figures), k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == "change" and k.relation.kind.value == "growth" and k.relation.name
    ]


_PLAN = "今年市财政拟安排“三农”投入132亿元，比上年增加12亿元。"

# (review, plan, figures (last year, this year, increase), holds)
LAST_YEAR_MUST = [
    # 用于…的支出 in the review, 拟安排…投入 in the plan: one line
    ("全年市财政用于“三农”的支出达到120亿元。", _PLAN, ("120亿元", "132亿元", "12亿元"), True),
    # last year's level stated, the increase does not fit it
    ("全年市财政用于“三农”的支出达到118亿元。", _PLAN, ("118亿元", "132亿元", "12亿元"), False),
    # a line named by what it funds, the same words twice
    (
        "全市财政安排农村义务教育经费36.5亿元，惠及学生52万人。",
        "今年全市财政安排农村义务教育经费40.2亿元，比去年增加3.7亿元。",
        ("36.5亿元", "40.2亿元", "3.7亿元"),
        True,
    ),
    # a decrease
    (
        "全年市财政用于“三农”的支出达到120亿元。",
        "今年市财政拟安排“三农”投入114亿元，比上年减少6亿元。",
        ("120亿元", "114亿元", "6亿元"),
        True,
    ),
]

LAST_YEAR_MUST_NOT = [
    # another year than the one reviewed
    ("2021年市财政用于“三农”的支出达到118亿元。", _PLAN),
    # a total over five years
    ("五年来，市财政用于“三农”的支出累计达到560亿元。", _PLAN),
    # a target, not a result
    ("全年市财政用于“三农”的支出目标为118亿元。", _PLAN),
    # another body's line (县财政 is not 市财政), the city's own level (本级) against the whole, another region
    ("全年县财政用于“三农”的支出达到118亿元。", _PLAN),
    ("全年市本级财政用于“三农”的支出达到118亿元。", _PLAN),
    ("全年全省财政用于“三农”的支出达到1180亿元。", "今年全市财政拟安排“三农”投入132亿元，比上年增加12亿元。"),
    # an increase on a comparable basis (同口径) is no difference of the two stated levels
    ("全年市财政用于“三农”的支出达到118亿元。", "今年市财政拟安排“三农”投入132亿元，比上年同口径增加12亿元。"),
    # a name that says only who pays (市财政投入 / 市财政拟安排资金)
    ("全年市财政投入118亿元支持助学。", "今年市财政拟安排资金132亿元，比上年增加12亿元。"),
    # the line stated before in the plan itself is this year's, not last year's
    ("全市粮食产量稳定在30亿斤。", "市财政“三农”支出达到132亿元，主要用于高标准农田。" + _PLAN),
]


@pytest.mark.parametrize(("review", "plan", "figures", "holds"), LAST_YEAR_MUST)
def test_change_links_a_budget_line_to_last_years_level(
    review: str, plan: str, figures: tuple[str, ...], holds: bool
) -> None:
    assert (figures, holds) in _last_year(_report(review, plan)), _last_year(_report(review, plan))


@pytest.mark.parametrize(("review", "plan"), LAST_YEAR_MUST_NOT)
def test_change_links_no_last_year_level_of_another_line_year_or_kind(review: str, plan: str) -> None:
    assert _last_year(_report(review, plan)) == []


def test_change_last_years_level_that_does_not_fit_is_a_warning() -> None:
    report = analyze_text(_report("全年市财政用于“三农”的支出达到118亿元。", _PLAN), FAST)
    (f,) = [f for f in report.findings if f.rule == "growth_mismatch"]
    assert f.severity is Severity.WARNING


# --- (linker ``restated``) a target of the year's list restated as 目标定为 in its explanation ----------------
_TARGETS = "今年全市发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业8万人以上；居民消费价格涨幅3%左右。\n"


def _same_values(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    report = analyze_text(_HEAD + "一、2024年工作安排\n" + text, FAST)
    return [
        (tuple(f.text for f in k.relation.figures), k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == "restated" and k.relation.kind.value == "same_value"
    ]


TARGET_MUST = [
    (_TARGETS + "关于经济增长目标。今年经济增长预期目标定为6%左右，兼顾了需要和可能。", ("6%左右", "6%左右"), True),
    (_TARGETS + "综合权衡，今年的经济增长目标确定为6%左右，与就业目标相衔接。", ("6%左右", "6%左右"), True),
    (_TARGETS + "关于经济增长目标。今年经济增长预期目标定为7%左右，兼顾了需要和可能。", ("6%左右", "7%左右"), False),
]

TARGET_MUST_NOT = [
    # a plan period's target (到2030年) is not the year's
    _TARGETS + "到2030年，经济增长预期目标定为5.5%左右。",
    # another indicator's target
    _TARGETS + "今年工业投资增长目标定为8%左右。",
]


@pytest.mark.parametrize(("text", "figures", "holds"), TARGET_MUST)
def test_restated_links_a_target_restated_as_set_at(text: str, figures: tuple[str, ...], holds: bool) -> None:
    assert (figures, holds) in _same_values(text), _same_values(text)


@pytest.mark.parametrize("text", TARGET_MUST_NOT)
def test_restated_links_no_target_of_another_period_or_indicator(text: str) -> None:
    assert not [f for f, _ in _same_values(text) if "6%左右" in f], _same_values(text)


# --- (linker ``restated``) one line of a year's part written twice: the same words before and after the figure --
def _gov(review: str, plan: str) -> list[tuple[tuple[str, ...], bool | None]]:
    report = analyze_text(_report(review, plan), FAST)
    return [
        (tuple(f.text for f in k.relation.figures), k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == "restated" and k.relation.kind.value == "same_value"
    ]


_LINE = "实施总额500亿元的三年投资计划"
LINE_MUST = [
    ("全市经济稳中有进。", f"{_LINE}。各区要抓好落实。今年要{_LINE}，带动社会投资。", ("500亿元", "500亿元"), True),
    (
        "全市经济稳中有进。",
        f"{_LINE}。各区要抓好落实。今年要实施总额600亿元的三年投资计划，带动社会投资。",
        ("500亿元", "600亿元"),
        False,
    ),
]
LINE_MUST_NOT = [
    # the review's line and the plan's: two years
    (f"{_LINE}顺利启动。", "今年要实施总额600亿元的三年投资计划。"),
    # a duration is its subject's (two indicators, each 连续…个月)
    ("工业增加值连续18个月保持两位数增长。投资增速回升。服务业增加值连续12个月保持两位数增长。", "稳住经济大盘。"),
    # one sentence naming the line twice (a list, not a restatement)
    ("全市经济稳中有进。", "实施总额500亿元的三年投资计划、实施总额600亿元的三年投资计划分批推进。"),
]


@pytest.mark.parametrize(("review", "plan", "figures", "holds"), LINE_MUST)
def test_restated_links_one_line_written_twice_in_a_years_part(
    review: str, plan: str, figures: tuple[str, ...], holds: bool
) -> None:
    assert (figures, holds) in _gov(review, plan), _gov(review, plan)


@pytest.mark.parametrize(("review", "plan"), LINE_MUST_NOT)
def test_restated_links_no_line_of_two_years_a_duration_or_one_sentence(review: str, plan: str) -> None:
    assert _gov(review, plan) == []
