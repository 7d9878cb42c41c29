"""Sums and growth of a 政府工作报告's fiscal lines (issue 11, round R14): a yearly amount split under 其中 into
its central and local parts (``qizhong``: 每年 is when, not a rate per unit), and a change written before the level
it makes, its growth after both (``change``: 增加⟨c⟩、规模⟨b⟩，增长⟨g⟩ is g = c / (b − c)).

Every sentence is written for the test in the style of a 政府工作报告 (none copied from a real report).  MUST: the
linker relates these figures and the relation holds or fails as given; MUST_NOT: the linker relates nothing
(a rate per unit, an average, another unit, verbs of two directions, a part that is no level).
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def _links(text: str, linker: str) -> list[tuple[str, tuple[str, ...], str, bool | None]]:
    report = analyze_text(text, FAST)
    return [
        (k.relation.kind.value, tuple(m.text for m in k.relation.operands), k.relation.result.text, k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == linker and k.relation.result is not None
    ]


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
