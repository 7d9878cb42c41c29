"""Linker ``carried_change`` (issue 11): this year's amount in the plan is last year's, stated in the review
under the same name, plus the increase written after it (比上年增加…).

Every sentence is written for the test in the 政府工作报告 style (none copied from a real report).  MUST: the
linker relates (last year, increase, this year) with this outcome; MUST_NOT: it relates nothing there.
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)
HEAD = "政府工作报告\n——2030年1月在某省第十届人民代表大会第三次会议上\n\n"


def _report(review: str, plan: str) -> str:
    return f"{HEAD}一、2029年工作回顾\n\n{review}\n\n二、2030年工作安排\n\n{plan}\n"


def _links(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    report = analyze_text(text, FAST)
    return [
        (tuple(m.text for m in k.relation.figures), k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == "carried_change"
    ]


# (review, plan, figures (last year, increase, this year), holds)
MUST = [
    (
        "全年省级财政用于生态保护的支出达到186亿元，比上年增加12亿元。",
        "今年省级财政用于生态保护的支出达到205亿元，比上年增加19亿元。",
        ("186亿元", "19亿元", "205亿元"),
        True,
    ),
    (
        "全年省级财政用于生态保护的支出达到186亿元，比上年增加12亿元。",
        "今年省级财政用于生态保护的支出达到215亿元，比上年增加19亿元。",
        ("186亿元", "19亿元", "215亿元"),
        False,
    ),
    # 安排 and 的 are fillers, 支出 and 资金 one noun
    (
        "全年省级财政用于乡村振兴支出420亿元，农村面貌持续改善。",
        "省级财政安排用于乡村振兴的资金465亿元，比去年增加45亿元。",
        ("420亿元", "45亿元", "465亿元"),
        True,
    ),
    (
        "全年省级财政用于乡村振兴支出420亿元，农村面貌持续改善。",
        "省级财政安排用于乡村振兴的资金475亿元，比去年增加45亿元。",
        ("420亿元", "45亿元", "475亿元"),
        False,
    ),
    # a growth rate on last year's amount: 186 → 205 is 10.2%
    (
        "全年省级财政用于生态保护的支出达到186亿元，比上年增加12亿元。",
        "今年省级财政用于生态保护的支出达到205亿元，比上年增长10.2%。",
        ("186亿元", "205亿元", "10.2%"),
        True,
    ),
    (
        "全年省级财政用于生态保护的支出达到186亿元，比上年增加12亿元。",
        "今年省级财政用于生态保护的支出达到205亿元，比上年增长15.2%。",
        ("186亿元", "205亿元", "15.2%"),
        False,
    ),
    # a bare 增长 after this year's figure in the plan's own clause (今年, 拟): on last year
    (
        "全年省级财政用于科技创新的投入250亿元，增长8.5%。",
        "今年省级财政用于科技创新的投入280亿元，增长12%。",
        ("250亿元", "280亿元", "12%"),
        True,
    ),
    (
        "全年省级财政用于科技创新的投入250亿元，增长8.5%。",
        "今年省级财政用于科技创新的投入280亿元，增长17%。",
        ("250亿元", "280亿元", "17%"),
        False,
    ),
    (
        "全年省级财政用于科技创新的投入250亿元，增长8.5%。",
        "今年省级财政用于科技创新的投入260亿元，增长4%。",
        ("250亿元", "260亿元", "4%"),
        True,
    ),
]

MUST_NOT = [
    # another name (教育, not 乡村振兴)
    (
        "全年省级财政用于乡村振兴支出420亿元，农村面貌持续改善。",
        "省级财政安排用于教育的资金465亿元，比去年增加45亿元。",
    ),
    # a change on last year's budget, not on what the review states
    (
        "全年省级财政用于乡村振兴支出420亿元，农村面貌持续改善。",
        "省级财政安排用于乡村振兴的资金465亿元，比上年预算增加45亿元。",
    ),
    # two values of the name in the review: which one is last year's is not known
    (
        "省级财政用于乡村振兴支出180亿元，带动社会投资。全年省级财政用于乡村振兴支出420亿元。",
        "省级财政安排用于乡村振兴的资金465亿元，比去年增加45亿元。",
    ),
    # a half year's figure is not last year's
    (
        "上半年省级财政用于乡村振兴支出180亿元，农村面貌持续改善。",
        "省级财政安排用于乡村振兴的资金225亿元，比去年增加45亿元。",
    ),
    # both in the plan: no review figure
    (
        "全年地区生产总值增长5.2%，就业保持稳定。",
        "省级财政用于乡村振兴支出420亿元。省级财政安排用于乡村振兴的资金465亿元，比去年增加45亿元。",
    ),
    # the increase in another unit
    (
        "全年省级财政用于乡村振兴支出420亿元，农村面貌持续改善。",
        "省级财政安排用于乡村振兴的资金465亿元，比去年增加12万人。",
    ),
    # a bare 增长 without 今年 / 拟 in this year's clause: on which year it grew is not said
    (
        "全年省级财政用于科技创新的投入250亿元，增长8.5%。",
        "省级财政用于科技创新的投入280亿元，增长17%。",
    ),
    # a bare 增长 of another name
    (
        "全年省级财政用于科技创新的投入250亿元，增长8.5%。",
        "今年省级财政用于教育的投入280亿元，增长17%。",
    ),
    # a rate's own growth is no amount's
    (
        "全年城镇调查失业率为5.2%，就业保持稳定。",
        "今年城镇调查失业率5.0%，比上年增长0.2%。",
    ),
]


@pytest.mark.parametrize(("review", "plan", "figures", "holds"), MUST)
def test_links(review: str, plan: str, figures: tuple[str, ...], holds: bool) -> None:
    assert (figures, holds) in _links(_report(review, plan))


@pytest.mark.parametrize(("review", "plan"), MUST_NOT)
def test_does_not_link(review: str, plan: str) -> None:
    assert _links(_report(review, plan)) == []


def test_not_outside_a_gov_work_report() -> None:
    text = (
        "某县2029年法治政府建设年度报告\n\n一、主要工作\n\n全年县财政用于普法宣传的支出达到186万元。\n\n"
        "二、下一步工作\n\n县财政用于普法宣传的支出达到205万元，比上年增加19万元。\n"
    )
    assert _links(text) == []


def test_a_growth_at_comparable_prices_is_no_warning() -> None:
    # 生产总值 grows at comparable prices: 5400 / 5000 is 8% nominal, the stated 6% may be right
    text = _report("全年全省地区生产总值5000亿元，经济运行稳中有进。", "今年全省地区生产总值5400亿元，增长6%。")
    report = analyze_text(text, FAST)
    assert (("5000亿元", "5400亿元", "6%"), False) in _links(text)
    assert not [f for f in report.findings if f.rule == "growth_mismatch" and f.severity.value in ("error", "warning")]
