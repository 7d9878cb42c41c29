"""The sum, part and share linkers (issue 11): breakdowns linked by their structure, whether they add up or not.

Every sentence here is written for the test in the genre's style (none is copied from a real report).  A case
names the linker that must (or must not) produce a relation of a kind, and the outcome it must have.
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def _links(text: str) -> list[tuple[str, str, bool | None, float]]:
    report = analyze_text(text, FAST)
    return [
        (k.relation.linker, k.relation.kind.value, k.outcome.holds, k.relation.confidence) for k in graph(report).links
    ]


def _raised(text: str, rule: str) -> list[str]:
    return [f.severity.value for f in analyze_text(text, FAST).findings if f.rule == rule]


# (text, linker, kind, holds)
MUST = [
    # structure shares that miss 100 by more than rounding are still shares of one whole
    ("三次产业结构调整为6.2∶40.5∶65.3。", "structure", "share_sum", False),
    ("三次产业结构调整为6.2∶40.5∶53.3。", "structure", "share_sum", True),
    ("产业结构由上年的12.40%、30.10%和70.50%调整为12.00%、29.80%和58.20%。", "structure_percent", "share_sum", False),
    # shares after 其中, each closing its clause after 占, of one whole
    (
        "全年安排专项资金800亿元，其中，城乡建设占45%，教育文化占20%，生态环保占30%，其他占17%。",
        "qizhong_share",
        "share_sum",
        False,
    ),
    (
        "全年安排专项资金800亿元，其中，城乡建设占45%，教育文化占20%，生态环保占25%。",
        "qizhong_share",
        "share_sum",
        True,
    ),
    # the identity in prose with the carried-out figure written 转下一年
    ("全年新受理申请26件，办结24件，上年转结申请0件，转下一年办理3件。", "prose_identity", "table_identity", False),
    ("全年新受理申请26件，办结24件，上年转结申请0件，转下一年办理2件。", "prose_identity", "table_identity", True),
]

# (text, linker, kind)
MUST_NOT = [
    # a mix ratio far from 100 is no structure of shares
    ("三次产业结构调整为1∶2∶3。", "structure", "share_sum"),
    ("产业结构调整中，三个产业分别增长3.1%、6.2%和5.8%。", "structure_percent", "share_sum"),
    # shares of different wholes after 其中 are never added
    (
        "全年完成投资900亿元，其中，工业投资占全市的45%，民间投资占全省的40%，技改投资占全国的30%。",
        "qizhong_share",
        "share_sum",
    ),
    # a change after 其中 is no share
    ("全年完成投资900亿元，其中，工业投资占比提高45%，民间投资占比提高40%，技改投资占比提高30%。", "qizhong_share", "share_sum"),
]


@pytest.mark.parametrize(("text", "linker", "kind", "holds"), MUST)
def test_sums_linker_must_link(text: str, linker: str, kind: str, holds: bool | None) -> None:
    assert any(lk == linker and kd == kind and h is holds for lk, kd, h, _ in _links(text)), _links(text)


@pytest.mark.parametrize(("text", "linker", "kind"), MUST_NOT)
def test_sums_linker_must_not_link(text: str, linker: str, kind: str) -> None:
    assert not any(lk == linker and kd == kind for lk, kd, _, _ in _links(text)), _links(text)


def test_structure_shares_far_from_100_are_a_warning_near_ones_an_error() -> None:
    assert _raised("三次产业结构调整为6.2∶40.5∶65.3。", "share_sum") == ["warning"]
    assert _raised("三次产业结构调整为6.2∶40.5∶55.3。", "share_sum") == ["error"]
