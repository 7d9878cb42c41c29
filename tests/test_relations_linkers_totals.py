"""Linkers ``new_and_total``, ``total_and_kinds`` and ``value_added`` (issue 11): what a year added next to the
total it brought, a 总 whole next to its kinds, a value added next to its 生产总值, without 其中.

Every sentence is written for the test in the 政府工作报告 style (none copied from a real report).  MUST: the
linker relates the figures with this outcome; MUST_NOT: it relates nothing of that kind there.
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def _links(text: str, linker: str) -> list[tuple[str, tuple[str, ...], bool | None]]:
    report = analyze_text(text, FAST)
    return [
        (k.relation.kind.value, tuple(m.text for m in k.relation.figures), k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == linker
    ]


# (text, linker, kind, figures (parts…, whole), holds)
MUST = [
    (
        "深化交通治理，开通2条地铁新线、新增运营里程42公里，总里程达618公里，公交分担率稳步提高。",
        "new_and_total",
        "part_whole",
        ("42公里", "618公里"),
        True,
    ),
    (
        "深化交通治理，开通2条地铁新线、新增运营里程642公里，总里程达618公里，公交分担率稳步提高。",
        "new_and_total",
        "part_whole",
        ("642公里", "618公里"),
        False,
    ),
    # the new figure's noun after it, then the running total (累计)
    (
        "示范区新推出12项制度创新成果、累计达到96项，一批标志性项目建成。",
        "new_and_total",
        "part_whole",
        ("12项", "96项"),
        True,
    ),
    (
        "示范区新推出112项制度创新成果、累计达到96项，一批标志性项目建成。",
        "new_and_total",
        "part_whole",
        ("112项", "96项"),
        False,
    ),
    # a bare 总数 / 总量 is the total of what the new figure counts
    ("资本市场活力增强，新增境内上市公司18家、总量达245家。", "new_and_total", "part_whole", ("18家", "245家"), True),
    ("资本市场活力增强，新增境内上市公司18家，总数为15家。", "new_and_total", "part_whole", ("18家", "15家"), False),
    # the new figure, a 、 and the verb alone: the clause goes on about the same thing, its running total
    ("综合交通加快成网，出省高速通道新增6条、达到31条，机场群建设提速。", "new_and_total", "part_whole", ("6条", "31条"), True),
    ("综合交通加快成网，出省高速通道新增36条、达到31条，机场群建设提速。", "new_and_total", "part_whole", ("36条", "31条"), False),
    # 净增 adds to a stock like 新增: its running total after 总量
    ("五年累计净增各类经营主体86万户、总量达312万户。", "new_and_total", "part_whole", ("86万户", "312万户"), True),
    ("五年累计净增各类经营主体386万户、总量达312万户。", "new_and_total", "part_whole", ("386万户", "312万户"), False),
    # a 总 whole, then its kinds in the next clauses
    (
        "能源保障有力，电力总装机规模达到8200万千瓦，新能源装机4300万千瓦，外送电量再创新高。",
        "total_and_kinds",
        "part_whole",
        ("4300万千瓦", "8200万千瓦"),
        True,
    ),
    (
        "能源保障有力，电力总装机规模达到8200万千瓦，新能源装机9300万千瓦，外送电量再创新高。",
        "total_and_kinds",
        "part_whole",
        ("9300万千瓦", "8200万千瓦"),
        False,
    ),
    (
        "全市总人口达到1020万人，城镇人口680万人，乡村人口390万人。",
        "total_and_kinds",
        "sum",
        ("680万人", "390万人", "1020万人"),
        False,
    ),
]

MUST += [
    # a sector's value added, in the sentence of the 生产总值 it is part of
    (
        "2024年，全区实现地区生产总值356.2亿元，增长5.3%；规模以上工业增加值121.8亿元，增长6.1%。",
        "value_added",
        "part_whole",
        ("121.8亿元", "356.2亿元"),
        True,
    ),
    (
        "2024年，全区实现地区生产总值356.2亿元，增长5.3%；规模以上工业增加值421.8亿元，增长6.1%。",
        "value_added",
        "part_whole",
        ("421.8亿元", "356.2亿元"),
        False,
    ),
]

# (text, linker, kind)
MUST_NOT = [
    # the total names another thing than what was added (总里程 of roads, not the new 上市公司)
    ("新增上市公司18家，总里程达618公里。", "new_and_total", "part_whole"),
    ("新增城镇就业12万人，总人口达1020万人。", "new_and_total", "part_whole"),
    # the first figure is no addition of the period
    ("全市共有上市公司245家、总量居全省首位，总数达260家。", "new_and_total", "part_whole"),
    # the verb alone after a ；, or a word between the verb and the figure: another thing, not the running total
    ("出省高速通道新增6条；达到国家标准的31条。", "new_and_total", "part_whole"),
    ("出省高速通道新增6条、达到国家标准的31条。", "new_and_total", "part_whole"),
    # the running total of another region or year: its name stands between the verb and the break
    ("全市新增公共充电桩1200个、全省达到5600个。", "new_and_total", "part_whole"),
    ("今年新增公共充电桩1200个，2020年达到5600个。", "new_and_total", "part_whole"),
    # 为 and 超过 alone open a clause about another thing as often as a total
    ("新增高新技术企业120家，为全省最多的18家之一。", "new_and_total", "part_whole"),
    # the first figure is no addition: the verb alone links nothing
    ("全市上市公司45家、达到260家。", "new_and_total", "part_whole"),
    # a ；-clause after a 总 whole is about another thing
    ("高速公路总里程达8600公里、居全国前列；高铁营运里程达9100公里。", "total_and_kinds", "part_whole"),
    # every industry has an 产值: the figures after 总产值 are other wholes
    ("渔业经济总产值达到300亿元，鲜食玉米全产业链产值达到420亿元。", "total_and_kinds", "part_whole"),
    # a kind names more than the whole's noun: the bare noun again is another whole
    ("电力总装机规模达到8200万千瓦，装机9300万千瓦。", "total_and_kinds", "part_whole"),
    # two 生产总值 in the sentence (a province's and a city's): which one a value added is part of is not written
    ("全省地区生产总值达到5000亿元，其中某市生产总值800亿元，第二产业增加值900亿元。", "value_added", "part_whole"),
    # an output (总产值) is no value added: it may exceed the 生产总值
    ("全区实现地区生产总值356.2亿元；规模以上工业总产值847亿元。", "value_added", "part_whole"),
    # a value added in the next sentence may be of another place or year
    ("全区实现地区生产总值356.2亿元。全市规模以上工业增加值1421.8亿元。", "value_added", "part_whole"),
]


@pytest.mark.parametrize(("text", "linker", "kind", "figures", "holds"), MUST)
def test_totals_link(text: str, linker: str, kind: str, figures: tuple[str, ...], holds: bool) -> None:
    assert (kind, figures, holds) in _links(text, linker), _links(text, linker)


@pytest.mark.parametrize(("text", "linker", "kind"), MUST_NOT)
def test_totals_do_not_link(text: str, linker: str, kind: str) -> None:
    assert not [x for x in _links(text, linker) if x[0] == kind], _links(text, linker)


def test_a_new_figure_above_its_total_is_a_warning() -> None:
    text = "深化交通治理，开通2条地铁新线、新增运营里程642公里，总里程达618公里，公交分担率稳步提高。"
    found = [f for f in analyze_text(text, FAST).findings if f.rule == "part_exceeds_whole"]
    assert [f.severity.value for f in found] == ["warning"], found
