"""Parts named by their relation to a whole, without 其中 (issue 11), and under 其中 in other measure words: what a review decided about the documents it
went through (``review_outcome``), a component of an aggregate (``component``: 出口 of 进出口), a list of new
figures and the list of running totals they went into (``respective_total``: 分别新增…，累计分别达到…), and two counts
whose words follow them (``bounded_pair``: …参保，…领取养老金); published items whose kinds take their own measure
word (``qizhong``: 信息…条，其中文件…件); a share held to the whole its words name (``passage_share``).

Every sentence is written for the test in the style of a 政府工作报告 or a 法治政府建设 report (none copied from a
real report).  MUST: the linker relates these (part, whole) pairs and the relation holds or fails as given, a
failure raised as a warning; MUST_NOT: the linker relates nothing (another whole, another unit, another scope, a
change, a list of another length).
"""

from __future__ import annotations

import pytest
from _relation_links import links_of

from analyzer import Settings, analyze_text

FAST = Settings(classify=False)


def _links(text: str, linker: str) -> list[tuple[str, tuple[str, ...], str, bool | None]]:
    return links_of(text, linker)


def _warned(text: str) -> bool:
    report = analyze_text(text, FAST)
    return any(f.severity.value == "warning" for f in report.findings)


# (linker, text, (kind, parts, whole, holds) expected among the links)
MUST = [
    (
        "review_outcome",
        "对2015年底以前印发的412件规章进行集中清理，废止27件，修订16件。",
        [("part_whole", ("27件",), "412件", True), ("sum", ("27件", "16件"), "412件", True)],
    ),
    (
        "review_outcome",
        "市政府各部门共清理行政规范性文件1380件，宣布失效95件、拟修改41件，继续有效1244件。",
        [("part_whole", ("95件",), "1380件", True), ("part_whole", ("1244件",), "1380件", True)],
    ),
    # a slip: the outcomes add to more than the documents reviewed
    (
        "review_outcome",
        "全年审查各类规范性文件88件，纠正19件，撤销73件。",
        [("sum", ("19件", "73件"), "88件", False)],
    ),
    (
        "component",
        "全年外贸进出口总额达到1.86万亿元，增长4.1%；出口总额1.12万亿元，增长6.3%。",
        [("part_whole", ("1.12万亿元",), "1.86万亿元", True)],
    ),
    (
        "component",
        "五年间进出口总额由2016年的610亿美元增加到2020年的980亿美元；出口由350亿美元增加到560亿美元。",
        [("part_whole", ("350亿美元",), "610亿美元", True), ("part_whole", ("560亿美元",), "980亿美元", True)],
    ),
    (
        "component",
        "全年进出口总额420亿元，进口总额460亿元。",
        [("part_whole", ("460亿元",), "420亿元", False)],
    ),
    (
        "respective_total",
        "“某某制造”“某某服务”两类认证分别新增9项和31项，累计分别达到57项和206项。",
        [("part_whole", ("9项",), "57项", True), ("part_whole", ("31项",), "206项", True)],
    ),
    (
        "respective_total",
        "国家级和省级众创空间分别新增4家、18家，总数分别达到3家、95家。",
        [("part_whole", ("4家",), "3家", False)],
    ),
    # qizhong: published items, each kind in its own measure word (条 → 件; 篇 → 期)
    (
        "qizhong",
        "全年通过门户网站公开各类政府信息2750条，其中新制定规范性文件12件，政策解读材料36篇。",
        [("part_whole", ("12件",), "2750条", True), ("sum", ("12件", "36篇"), "2750条", True)],
    ),
    (
        "qizhong",
        "区统计局主动公开政府信息共96篇，其中统计分析18篇、统计月报12期、工作动态71篇。",
        [("part_whole", ("12期",), "96篇", True), ("sum", ("18篇", "12期", "71篇"), "96篇", False)],
    ),
    # a share whose whole its own words name (占审结案件总数 → 审结的…件), held to it whether or not it holds
    (
        "passage_share",
        "全年受理行政复议案件1320件，审结的1204件案件中。\n\n其中决定维持的986件，占审结案件总数的92.3%。",
        [("ratio", ("986件", "1204件"), "92.3%", False)],
    ),
    (
        "bounded_pair",
        "全省城乡居民养老保险扩面提质，2860万人参保，735万人领取养老金。",
        [("part_whole", ("735万人",), "2860万人", True)],
    ),
    (
        "bounded_pair",
        "试点县城镇居民养老保险420万人参保，510万人领取养老金。",
        [("part_whole", ("510万人",), "420万人", False)],
    ),
]

MUST_NOT = [
    # a share whose whole no candidate's words name, or a share changing over years (从…提高到…)
    ("passage_share", "全年受理案件860件，办结案件790件。\n其中维持原行政行为512件，占全部的71.3%。"),
    (
        "passage_share",
        "全年地区生产总值达到5.86万亿元。\n研发经费从2019年900亿元增加到2024年的1420亿元，占地区生产总值比重从1.82%提高到2.41%。",
    ),
    # no outcome word after the review: a new statement
    ("review_outcome", "全年清理行政规范性文件120件，新制定15件，备案审查9件。"),
    # outcomes without a review
    ("review_outcome", "全年废止政府规章15件，修订6件。"),
    # two counts reviewed in one clause pair: which one an outcome is of is not written
    ("review_outcome", "清理规章120件、规范性文件300件，废止15件。"),
    # an outcome of another unit, or a rate
    ("review_outcome", "清理政府合同80份，废止涉及金额3.2亿元。"),
    ("review_outcome", "清理规范性文件120件，废止率为12%。"),
    # another aggregate's component (货物 of a 服务 aggregate)
    ("component", "全年服务进出口总额800亿元，货物出口3000亿元。"),
    # a change of the component, not an amount
    ("component", "全年进出口总额4.2万亿元，出口比上年增加3000亿元。"),
    # another unit, percents, a 由…到… against one figure
    ("component", "全年进出口总额650亿美元，出口3900亿元。"),
    ("component", "全年进出口总额增长5%，出口增长7%，进口增长3%。"),
    ("component", "进出口总额由800亿美元增加到1500亿美元，出口总额1200亿美元。"),
    # qizhong: a part in no measure word of items after a whole of items
    ("qizhong", "全年公开政府信息300条，其中涉及惠民资金1200万元，覆盖群众8600人。"),
    # one running total for two new figures; a list of changes; lists of other lengths
    ("respective_total", "两类认证分别新增9项和31项，累计达到300项。"),
    ("respective_total", "两类认证分别新增9项和31项，分别增长10%和8%。"),
    ("respective_total", "三类园区分别新增4家、18家和6家，总数分别达到30家、95家。"),
    # the counts in the other order, or other words after them
    ("bounded_pair", "全省735万人领取养老金，2860万人参保。"),
    ("bounded_pair", "全省2860万人参保，覆盖735万户家庭。"),
]


@pytest.mark.parametrize(("linker", "text", "expected"), MUST)
def test_links(linker: str, text: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    found = _links(text, linker)
    for e in expected:
        assert e in found, (e, found)
    if any(holds is False for *_, holds in expected):
        assert _warned(text)


@pytest.mark.parametrize(("linker", "text"), MUST_NOT)
def test_links_nothing(linker: str, text: str) -> None:
    assert _links(text, linker) == []
