"""``restated._stated_twice`` reads a figure's section and period only for a name written twice or more: its
buckets must be those of every figure read in full by ``restated._named`` (in order), less the buckets of one.
Reports written for the test in the genre's style."""

from __future__ import annotations

from collections import defaultdict

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations.linkers import restated
from analyzer.relations.mentions import mentions
from analyzer.types import Report

REPORTS = [
    # a one-year report: a total restated, a name written once, a change, a part
    "某区人民政府2025年政府信息公开工作年度报告\n"
    "一、总体情况\n全年共受理政府信息公开申请128件，其中网上申请96件。主动公开政府文件47件。\n"
    "二、收到和处理政府信息公开申请情况\n本年度受理政府信息公开申请128件，比上年增加12件。\n"
    "三、行政复议情况\n全年新受理行政复议案件63件，审结行政复议案件58件。\n"
    "四、其他\n新受理行政复议案件63件中，维持原行政行为41件。\n",
    # a 政府工作报告: the review and the plan
    "政府工作报告\n一、2025年工作回顾\n过去一年，全市新增城镇就业6.2万人，新建改建农村公路320公里。"
    "实施重点项目215个，完成投资860亿元。\n二、2026年主要任务\n新建改建农村公路320公里，实施重点项目230个。\n",
    # a news piece: a headline figure and its lead
    "我市上半年受理市民诉求51681件\n本报讯 上半年，我市受理市民诉求51681件，按期办结率98.6%。"
    "其中，城建类诉求12035件。全市受理市民诉求51681件，同比增长8.2%。\n",
]


def _in_full(report: Report) -> dict[tuple[str, str], list[restated._Named]]:
    buckets: dict[tuple[str, str], list[restated._Named]] = defaultdict(list)
    for m in mentions(report):
        n = restated._named(report, m)
        if n is not None:
            buckets[(n.name[-restated._NAME_MIN :], m.unit)].append(n)
    return {k: ns for k, ns in buckets.items() if len(ns) >= 2}


@pytest.mark.parametrize("text", REPORTS)
def test_stated_twice_is_every_figure_read_in_full(text: str) -> None:
    report = analyze_text(text, Settings(classify=False))
    got = restated._stated_twice(report)
    assert list(got.items()) == list(_in_full(report).items())


def test_the_reports_hold_names_stated_once_and_twice() -> None:
    once = twice = 0
    for text in REPORTS:
        report = analyze_text(text, Settings(classify=False))
        twice += len(restated._stated_twice(report))
        once += sum(1 for m in mentions(report) if restated._name_words(report, m) is not None) - sum(
            len(ns) for ns in restated._stated_twice(report).values()
        )
    assert twice >= 2 and once >= 2
