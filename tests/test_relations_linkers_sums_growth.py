"""Sums and growth of a 政府工作报告's fiscal lines (issue 11, round R14): a yearly amount split under 其中 into
its central and local parts (``qizhong``: 每年 is when, not a rate per unit), and a change written before the level
it makes, its growth after both (``change``: 增加⟨c⟩、规模⟨b⟩，增长⟨g⟩ is g = c / (b − c)), and a period review's
level written from one value to another, its yearly mean in another sentence of the same part under the same
name (``change``: X从⟨a⟩增加到⟨b⟩ … X年均增长⟨r⟩ is (b / a)^(1/n) − 1 = r).

Every sentence is written for the test in the style of a 政府工作报告 (none copied from a real report).  MUST: the
linker relates these figures and the relation holds or fails as given; MUST_NOT: the linker relates nothing
(a rate per unit, an average, another unit, verbs of two directions, a part that is no level).
"""

from __future__ import annotations

import pytest
from _relation_links import links_of

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def _links(text: str, linker: str) -> list[tuple[str, tuple[str, ...], str, bool | None]]:
    return links_of(text, linker)


def _results(text: str, linker: str, kind: str) -> list[tuple[str, bool | None]]:
    return [(whole, holds) for k, _, whole, holds in _links(text, linker) if k == kind]


# (linker, text, kind, (result, holds) expected among the links of that kind)
MUST = [
    # a yearly amount and its central and local parts, all open-ended (多): the parts' floors add to the total's
    (
        "qizhong",
        "为保障村级组织运转，国家财政每年将安排专项资金520多亿元，其中中央财政每年安排390多亿元，"
        "地方财政每年安排130多亿元。",
        "sum",
        ("520多亿元", True),
    ),
    (
        "qizhong",
        "今后三年省级财政每年投入乡村振兴资金86亿元，其中中央财政每年补助61亿元，地方财政每年安排25亿元。",
        "sum",
        ("86亿元", True),
    ),
    # a slip: the central and local parts add to more than the yearly total
    (
        "qizhong",
        "全省财政每年安排教育补助资金300亿元，其中中央财政每年补助180亿元，地方财政每年安排150亿元。",
        "sum",
        ("300亿元", False),
    ),
    # the change, then the level, then the growth: 320 / (2120 − 320) = 17.8%
    (
        "change",
        "今年省对市县转移支付增加320亿元、规模达到2120亿元，增长17.8%，重点向欠发达地区倾斜。",
        "growth",
        ("17.8%", True),
    ),
    (
        "change",
        "中央对地方转移支付增加约1.2万亿元、规模近8.4万亿元，增长16.8%。",
        "growth",
        ("16.8%", True),
    ),
    (
        "change",
        "政府性基金支出减少600亿元、总规模为5400亿元，下降10%。",
        "growth",
        ("10%", True),
    ),
    (
        "change",
        "全省科技支出增加48亿元、增至348亿元，增长16%。",
        "growth",
        ("16%", True),
    ),
    (
        "change",
        "“三公”经费支出减少1.2亿元、降至6.8亿元，下降15%。",
        "growth",
        ("15%", True),
    ),
    # a slip: 320 / 1800 is 17.8%, not 21%
    (
        "change",
        "今年省对市县转移支付增加320亿元、规模达到2120亿元，增长21%。",
        "growth",
        ("21%", False),
    ),
]

MUST_NOT = [
    # a rate per unit is no whole of its parts
    ("qizhong", "全市每万人口拥有执业医师32人，其中全科医生5人，专科医生27人。", "sum"),
    # an average over the years is no yearly total either way
    ("qizhong", "五年来平均每年新增城镇就业52万人，其中高校毕业生18万人，农民工34万人。", "sum"),
    # the verbs disagree: no base read
    ("change", "今年省对市县转移支付增加320亿元、规模达到2120亿元，下降5%。", "growth"),
    # the second figure is a part, not the level
    ("change", "今年省对市县转移支付增加320亿元、其中一般性转移支付2120亿元，增长17.8%。", "growth"),
    # another unit: people, not money
    ("change", "今年培训农民工增加32万人、规模达到2120亿元，增长17.8%。", "growth"),
    # a flow and a stock: new loans are no change written as 增加
    ("change", "全年新增贷款320亿元、余额达到2120亿元，增长17.8%。", "growth"),
]


@pytest.mark.parametrize(("linker", "text", "kind", "expected"), MUST)
def test_links(linker: str, text: str, kind: str, expected: tuple[str, bool]) -> None:
    found = _results(text, linker, kind)
    assert expected in found, (expected, _links(text, linker))


@pytest.mark.parametrize(("linker", "text", "kind"), MUST_NOT)
def test_links_nothing(linker: str, text: str, kind: str) -> None:
    assert _results(text, linker, kind) == [], _links(text, linker)


HEAD = "政府工作报告\n——2030年1月在某省第十届人民代表大会第三次会议上\n\n"


def _report(review: str, plan: str = "今年要坚持稳中求进，扎实做好各项工作。") -> str:
    return f"{HEAD}一、过去五年工作回顾\n\n{review}\n\n二、2030年工作安排\n\n{plan}\n"


FROM_TO = "这五年，经济实力显著增强，全省一般公共预算收入从2400亿元增加到3200亿元，财政保障能力不断提升。"


def _averages(text: str) -> list[tuple[tuple[str, ...], str, bool | None, bool]]:
    report = analyze_text(text, FAST)
    return [
        (
            tuple(m.text for m in k.relation.operands),
            k.relation.result.text,
            k.outcome.holds,
            k.relation.comparable_prices,
        )
        for k in graph(report).links
        if k.relation.linker == "change" and k.relation.kind.value == "average_growth" and k.relation.result
    ]


# (review, plan, (operands, rate, holds, comparable prices) expected)
AVERAGE_MUST = [
    # (3200 / 2400)^(1/5) − 1 = 5.92%
    (
        FROM_TO + "\n\n这五年，全省一般公共预算收入年均增长5.9%，民生支出占比保持在七成以上。",
        "今年要坚持稳中求进。",
        (("2400亿元", "3200亿元"), "5.9%", True, False),
    ),
    # a slip: 5.92% a year, not 8.5%
    (
        FROM_TO + "\n\n这五年，全省一般公共预算收入年均增长8.5%，民生支出占比保持在七成以上。",
        "今年要坚持稳中求进。",
        (("2400亿元", "3200亿元"), "8.5%", False, False),
    ),
    # a level at current prices, its growth at comparable prices: nominal 6.4% a year, said as info only
    (
        "这五年，全省地区生产总值从4.1万亿元增加到5.6万亿元，综合实力迈上新台阶。\n\n"
        "五年来，全省地区生产总值年均增长5.2%，高于全国平均水平。",
        "今年要坚持稳中求进。",
        (("4.1万亿元", "5.6万亿元"), "5.2%", False, True),
    ),
]

AVERAGE_MUST_NOT = [
    # another name: tax revenue is a part of the budget revenue
    (FROM_TO + "\n\n这五年，全省税收收入年均增长5.9%，收入质量持续提高。", "今年要坚持稳中求进。"),
    # the name inside a longer one (地方…): another indicator
    (
        "这五年，一般公共预算收入从2400亿元增加到3200亿元。\n\n这五年，地方一般公共预算收入年均增长5.9%。",
        "今年要坚持稳中求进。",
    ),
    # the yearly mean in the plan: a target of the next period, not the review's
    (FROM_TO, "今后五年，全省一般公共预算收入年均增长5.9%，财政收入质量稳步提高。"),
    # two yearly means under one name in the review: which is the period's is unclear
    (
        FROM_TO + "\n\n这五年，全省一般公共预算收入年均增长5.9%。\n\n近三年，全省一般公共预算收入年均增长4.2%。",
        "今年要坚持稳中求进。",
    ),
    # the from-to over two years, the mean over five: other periods
    (
        "全省一般公共预算收入从2027年的2800亿元增加到2029年的3200亿元。\n\n这五年，全省一般公共预算收入年均增长5.9%。",
        "今年要坚持稳中求进。",
    ),
    # a rate with 左右: a target, not a result
    (FROM_TO + "\n\n这五年，全省一般公共预算收入年均增长6%左右。", "今年要坚持稳中求进。"),
]


@pytest.mark.parametrize(("review", "plan", "expected"), AVERAGE_MUST)
def test_average_elsewhere(review: str, plan: str, expected: tuple) -> None:
    found = _averages(_report(review, plan))
    assert expected in found, found


@pytest.mark.parametrize(("review", "plan"), AVERAGE_MUST_NOT)
def test_average_elsewhere_nothing(review: str, plan: str) -> None:
    assert _averages(_report(review, plan)) == []


def test_average_elsewhere_severity() -> None:
    """A failing link across sentences is a warning at most; at comparable prices an info."""
    slip = analyze_text(_report(AVERAGE_MUST[1][0]), FAST)
    priced = analyze_text(_report(AVERAGE_MUST[2][0]), FAST)
    assert {f.severity.value for f in slip.findings if f.rule == "growth_mismatch"} == {"warning"}
    assert {f.severity.value for f in priced.findings if f.rule == "growth_mismatch"} == {"info"}
