"""Linker ``qizhong``, lists complete by the names of their parts (``complete_set_of``, issue 11): the four kinds
of a 行政复议 direct correction (撤销, 变更, 确认违法, 责令履行, in any order) are all of a 直接纠错 whole, so
their sum is exact; under a whole of cases decided (审结, which also holds 维持 and 驳回) they are not.

Every sentence is written for the test in the 法治政府建设年度报告 style (none copied from a real report).
MUST: the linker relates the parts and the whole as a complete sum with this outcome; MUST_NOT: no complete sum.
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph
from analyzer.relations.linkers.parts import complete_by_names

FAST = Settings(classify=False)


def _sums(text: str) -> list[tuple[tuple[str, ...], bool | None, bool]]:
    report = analyze_text(text, FAST)
    return [
        (tuple(m.text for m in k.relation.figures), k.outcome.holds, k.relation.exhaustive)
        for k in graph(report).links
        if k.relation.linker == "qizhong" and k.relation.kind.value == "sum"
    ]


# (text, figures (parts…, whole), holds)
MUST = [
    (
        "全市各级行政复议机关直接纠错的案件有296件，其中撤销181件，确认违法60件，变更8件，责令履行47件。",
        ("181件", "60件", "8件", "47件", "296件"),
        True,
    ),
    (
        "全市各级行政复议机关直接纠错的案件有306件，其中撤销181件，确认违法60件，变更8件，责令履行47件。",
        ("181件", "60件", "8件", "47件", "306件"),
        False,
    ),
    # another order
    (
        "本年度直接纠错违法或不当行政行为52件，其中确认违法20件，撤销18件，变更4件，责令履行10件。",
        ("20件", "18件", "4件", "10件", "52件"),
        True,
    ),
    (
        "本年度直接纠错违法或不当行政行为58件，其中确认违法20件，撤销18件，变更4件，责令履行10件。",
        ("20件", "18件", "4件", "10件", "58件"),
        False,
    ),
    # the gross output of 农林牧渔业: its four trades and their services (农林牧渔服务业 written 农业服务业)
    (
        "全年实现农林牧渔业总产值60.20亿元，增长3.5%。其中：农业产值30.10亿元，增长4.1%；林业产值4.30亿元，增长6.2%；"
        "畜牧业产值20.40亿元，增长1.5%；渔业产值3.20亿元，增长5.0%；农业服务业产值2.20亿元，增长7.1%。",
        ("30.10亿元", "4.30亿元", "20.40亿元", "3.20亿元", "2.20亿元", "60.20亿元"),
        True,
    ),
    (
        "全年实现农林牧渔业总产值66.20亿元，增长3.5%。其中：农业产值30.10亿元，增长4.1%；林业产值4.30亿元，增长6.2%；"
        "畜牧业产值20.40亿元，增长1.5%；渔业产值3.20亿元，增长5.0%；农业服务业产值2.20亿元，增长7.1%。",
        ("30.10亿元", "4.30亿元", "20.40亿元", "3.20亿元", "2.20亿元", "66.20亿元"),
        False,
    ),
]

MUST_NOT = [
    # the cases decided also hold 维持 and 驳回: the four kinds are no complete list of them
    "全市行政复议机关审结案件306件，其中撤销181件，确认违法60件，变更8件，责令履行47件。",
    # three of the four kinds: not complete
    "全市各级行政复议机关直接纠错的案件有306件，其中撤销181件，确认违法60件，责令履行47件。",
    # the four trades without their services: not all of the gross output
    "全年实现农林牧渔业总产值66.20亿元。其中：农业产值30.10亿元；林业产值4.30亿元；畜牧业产值20.40亿元；渔业产值3.20亿元。",
    # the trades under a whole of another thing (a county's GDP holds industry too)
    "全年实现地区生产总值166.20亿元。其中：农业产值30.10亿元；林业产值4.30亿元；畜牧业产值20.40亿元；渔业产值3.20亿元；"
    "农业服务业产值2.20亿元。",
]


@pytest.mark.parametrize(("text", "figures", "holds"), MUST)
def test_complete_sum(text: str, figures: tuple[str, ...], holds: bool) -> None:
    assert (figures, holds, True) in _sums(text)


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_complete_sum(text: str) -> None:
    assert [s for s in _sums(text) if s[2]] == []


@pytest.mark.parametrize(
    ("labels", "whole", "complete"),
    [
        (["撤销", "变更", "确认违法", "责令履行"], "直接纠错案件", True),
        (["责令履行", "确认违法", "撤销", "变更"], "纠错", True),
        (["撤销", "撤销", "确认违法", "责令履行"], "纠错", False),  # one member twice, one missing
        (["撤销并变更", "变更", "确认违法", "责令履行"], "纠错", False),  # a label naming two
        (["撤销", "变更", "确认违法", "责令履行"], "审结案件", False),
        (["农业产值", "林业产值", "畜牧业产值", "渔业产值", "农业服务业产值"], "农林牧渔业总产值", True),
        (["农业产值", "林业产值", "畜牧业产值", "渔业产值", "农业和服务业产值"], "农林牧渔业总产值", False),
    ],
)
def test_complete_by_names_of_a_whole(labels: list[str], whole: str, complete: bool) -> None:
    assert complete_by_names(labels, whole) is complete
