"""Relation families of round R21 (issue 11), found on fresh 统计公报, 政府工作报告 and 12345 hotline passages.

* ``structure``: a ratio of shares written with the vertical two-dot leader a word processor puts between its terms
  (三次产业比调整为11.8︰48.3︰39.9) is a structure like one written with colons;
* ``natural_increase``: a natural growth rate written negative (人口自然增长率为-2.25‰, 负1.69‰) is the death rate
  less the birth rate, its figure being the magnitude;
* ``rate``: a count named timely or late (按时结案597件, 超期办结9件) is no numerator of a rate whose name lacks the word
  (结案率, 办结率: was an error against the whole year's intake), and 按时结案率 is over the work orders dispatched
  (派单420件).

Every sentence is written for the test in the style of a 统计公报, a 政府工作报告 or a hotline's monthly notice (none
copied from a real text).  MUST: the linker relates these and the relation holds or fails as given, a failure
raised; MUST_NOT: the linker relates nothing of the kind.
"""

from __future__ import annotations

import pytest
from _relation_links import assert_links, links_by, links_of, raised

# (linker, text, (kind, operands, result, holds) expected among the links)
MUST = [
    # natural_increase: more deaths than births
    (
        "natural_increase",
        "全年人口出生率5.10‰，死亡率7.30‰，人口自然增长率-2.20‰。",
        [("growth", ("5.10‰", "7.30‰"), "2.20‰", True)],
    ),
    (
        "natural_increase",
        "全年出生人口3.2万人，出生率为6.05‰；死亡人口4.1万人，死亡率为7.74‰；人口自然增长率为负1.69‰。",
        [("growth", ("6.05‰", "7.74‰"), "1.69‰", True)],
    ),
    (
        "natural_increase",
        "全年人口出生率5.10‰，死亡率7.30‰，人口自然增长率为-2.40‰。",
        [("growth", ("5.10‰", "7.30‰"), "2.40‰", False)],
    ),
    # (a positive rate still reads birth less death)
    (
        "natural_increase",
        "全年人口出生率9.35‰，人口死亡率6.20‰，人口自然增长率3.15‰。",
        [("growth", ("6.20‰", "9.35‰"), "3.15‰", True)],
    ),
    # rate: the timely closings over the dispatched work orders
    (
        "rate",
        "本月共受理群众诉求1530件，派单420件，按时结案415件，超时办理5件，结案率100%，按时结案率98.8%。",
        [("ratio", ("415件", "420件"), "98.8%", True)],
    ),
    (
        "rate",
        "本月共受理群众诉求1530件，派单420件，按时结案415件，超时办理5件，按时结案率97.5%。",
        [("ratio", ("415件", "1530件"), "97.5%", False)],
    ),
    (
        "rate",
        "全年共受理行政复议申请45件，结案43件，结案率95.6%。",
        [("ratio", ("43件", "45件"), "95.6%", True)],
    ),
]

MUST_NOT = [
    # natural_increase: a birth rate written negative is no rate of births
    ("natural_increase", "全年人口出生率-5.10‰，死亡率7.30‰，人口自然增长率-2.20‰。"),
    # rate: the timely part is no numerator of the plain rate
    ("rate", "本月共受理群众诉求1530件，派单420件，按时结案415件，超时办理5件，结案率100%。"),
    ("rate", "全年受理投诉860件，按时办结851件，超期办结9件，办结率100%。"),
]


@pytest.mark.parametrize(("linker", "text", "expected"), MUST)
def test_links(linker: str, text: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    assert_links(text, linker, expected)


@pytest.mark.parametrize(("linker", "text"), MUST_NOT)
def test_links_nothing(linker: str, text: str) -> None:
    assert links_of(text, linker) == []


def test_plain_rate_beside_timely_count_quiet() -> None:
    """结案率100% after 按时结案415件 of 420 dispatched: nothing raised (was: an error against the 1530 received)."""
    text = "本月共受理群众诉求1530件，派单420件，按时结案415件，超时办理5件，结案率100%，按时结案率98.8%。"
    assert raised(text) == []


def _structures(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    return [(tuple(m.text for m in k.relation.operands), k.outcome.holds) for k in links_by(text, "structure")]


STRUCTURE_MUST = [
    ("三次产业结构比调整为9.6︰41.2︰49.2。", [(("9.6", "41.2", "49.2"), True)]),
    (
        "三次产业结构由上年的10.1︰42.0︰47.9调整为9.6︰41.2︰49.2。",
        [(("10.1", "42.0", "47.9"), True), (("9.6", "41.2", "49.2"), True)],
    ),
    ("三次产业比为12.5︰40.3︰48.2。", [(("12.5", "40.3", "48.2"), False)]),
]
STRUCTURE_MUST_NOT = [
    # a mix ratio of ingredients, not shares of one whole
    "按水泥︰砂︰石1︰2︰4的比例配制。",
    # two terms only
    "城乡居民收入比为2.02︰1。",
]


@pytest.mark.parametrize(("text", "expected"), STRUCTURE_MUST)
def test_structure_two_dot_leader(text: str, expected: list[tuple[tuple[str, ...], bool]]) -> None:
    assert _structures(text) == expected
    assert bool(raised(text)) is any(holds is False for _, holds in expected)


@pytest.mark.parametrize("text", STRUCTURE_MUST_NOT)
def test_structure_two_dot_leader_nothing(text: str) -> None:
    assert _structures(text) == []


# passage_share: the whole a section before states, named again by the clause that opens the shares
POPULATION = (
    "一、常住人口\n2025年末，全市常住人口为428.60万人，比上年减少1.20万人。\n"
    "二、自然增长\n全年出生人口2.58万人，出生率为6.01‰；死亡人口3.02万人，死亡率为7.04‰。\n"
    "三、性别构成\n2025年末全市常住人口中，男性为218.35万人，占50.95%；女性为210.25万人，占49.05%。\n"
)


def test_named_section_whole_linked() -> None:
    found = links_of(POPULATION, "passage_share")
    assert ("ratio", ("218.35万人", "428.60万人"), "50.95%", True) in found, found
    assert ("ratio", ("210.25万人", "428.60万人"), "49.05%", True) in found, found
    assert raised(POPULATION) == []


def test_named_section_whole_slip() -> None:
    """One share of two failing is weak support (the shares' policy): linked and failing, raised at most as info."""
    text = POPULATION.replace("占49.05%", "占49.50%")
    found = links_of(text, "passage_share")
    assert ("ratio", ("210.25万人", "428.60万人"), "49.50%", False) in found, found


NAMED_WHOLE_MUST_NOT = [
    # the clause names no figure stated before (户籍人口 is not the 常住人口 stated)
    POPULATION.replace("2025年末全市常住人口中", "2025年末全市户籍人口中"),
    # a figure between the clause and the first part: the clause does not open the shares
    POPULATION.replace("2025年末全市常住人口中，", "2025年末全市常住人口中，新增落户1.2万人，"),
    # two figures of that name before: which one is meant is unclear
    POPULATION.replace("比上年减少1.20万人。", "比上年减少1.20万人，上年末常住人口为429.80万人。"),
]


@pytest.mark.parametrize("text", NAMED_WHOLE_MUST_NOT)
def test_named_section_whole_nothing(text: str) -> None:
    found = [f for f in links_of(text, "passage_share") if f[0] == "ratio" and f[1][0] in ("218.35万人", "210.25万人")]
    assert found == []


# passage_share's share_sum: one breakdown per clause that names its whole; a bracket's 其中 is of a part
AGES = (
    "一、常住人口\n年末全市常住人口为428.60万人。\n"
    "二、年龄构成\n年末全市常住人口中，0—14岁人口为61.20万人，占14.28%；15—64岁人口为296.14万人，占69.10%"
    "（其中：15—59岁人口为265.33万人，占61.91%）；65岁及以上人口为71.26万人，占16.63%。常住人口中，60岁及以上人口为"
    "102.07万人，占23.81%。\n"
)


def _share_sums(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    return [
        (tuple(m.text for m in k.relation.operands), k.outcome.holds)
        for k in links_by(text, "passage_share")
        if k.relation.kind.value == "share_sum"
    ]


def test_breakdown_without_nested_and_second_clause() -> None:
    assert _share_sums(AGES) == [(("14.28%", "69.10%", "16.63%"), True)]
    found = links_of(AGES, "passage_share")
    assert ("ratio", ("102.07万人", "428.60万人"), "23.81%", True) in found, found
    assert raised(AGES) == []


def test_breakdown_slip_still_raised() -> None:
    text = AGES.replace("占16.63%", "占17.63%")
    assert _share_sums(text) == [(("14.28%", "69.10%", "17.63%"), False)]
    assert raised(text)


# named_whole: 人口 alone names no population (常住人口中 … is not a part of the 65岁及以上人口 before it)
ELDERLY = (
    "2025年末全市常住人口中，65岁及以上人口为71.26万人，占16.63%。常住人口中，60岁及以上人口为102.07万人，占23.81%。"
)


def test_population_noun_names_no_whole() -> None:
    assert links_of(ELDERLY, "named_whole") == []
    assert raised(ELDERLY) == []


def test_named_population_still_whole() -> None:
    text = "年末全市常住人口428.60万人，常住人口中，城镇人口286.20万人，乡村人口142.40万人。"
    assert ("part_whole", ("286.20万人",), "428.60万人", True) in links_of(text, "named_whole")


def test_nested_bracket_no_part_of_named_whole() -> None:
    """The 其中 bracket's figure is a part of a part: the named whole's sum leaves it out (was: a false warning)."""
    found = links_of(AGES, "named_whole")
    assert found and all("265.33万人" not in ops for _, ops, _, _ in found), found
    assert raised(AGES) == []


# the shares of the elderly from 60 and from 65 are two indicators, not one figure stated twice
ELDERLY_TWICE = [
    ("全市60岁及以上人口占常住人口的23.8%，65岁及以上人口占常住人口的16.6%。", []),
    (
        "全市60岁及以上人口占常住人口的23.8%。……到年末，全市60岁及以上人口占常住人口的24.8%。",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELDERLY_TWICE)
def test_elderly_shares_by_age(text: str, expected: list[tuple[str, str]]) -> None:
    assert [r for r, _ in raised(text) if r == "conflicting_values"] == expected


# rate_series: a rate's values year after year, each later one with its own change
SERIES_MUST = [
    (
        "2023年全县森林覆盖率为61.2%。2024年全县森林覆盖率为62.0%，比上年提高0.8个百分点。",
        [("pp_difference", ("61.2%", "62.0%"), "0.8个百分点", True)],
    ),
    (
        "2022年，参评单位的平均达标率为72.5%；2023年，参评单位的平均达标率为75.36%，上升2.86个百分点；2024年，"
        "参评单位的平均达标率为74.10%，较之2023年下降1.26个百分点。",
        [
            ("pp_difference", ("72.5%", "75.36%"), "2.86个百分点", True),
            ("pp_difference", ("75.36%", "74.10%"), "1.26个百分点", True),
        ],
    ),
    # the change written with a percent sign: read as points, info at most when it fails
    (
        "2022年，参评单位的平均达标率为72.5%；2023年，参评单位的平均达标率为75.36%，上升2.86%。",
        [("pp_difference", ("72.5%", "75.36%"), "2.86%", True)],
    ),
    # a slip in points: raised
    (
        "2023年全县森林覆盖率为61.2%。2024年全县森林覆盖率为62.0%，比上年提高1.8个百分点。",
        [("pp_difference", ("61.2%", "62.0%"), "1.8个百分点", False)],
    ),
]
SERIES_MUST_NOT = [
    # two rates of two names
    "2023年全县森林覆盖率为61.2%。2024年全县草原覆盖率为62.0%，比上年提高0.8个百分点。",
    # a share, not a named rate
    "2023年民营经济占比为61.2%。2024年民营经济占比为62.0%，比上年提高0.8个百分点。",
    # no value before in the paragraph
    "2024年全县森林覆盖率为62.0%，比上年提高0.8个百分点。",
    # the change is not the later value's own (another figure between)
    "2023年全县森林覆盖率为61.2%。2024年全县森林覆盖率为62.0%，新增造林3.2万亩，比上年提高0.8个百分点。",
]


@pytest.mark.parametrize(("text", "expected"), SERIES_MUST)
def test_rate_series(text: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    assert_links(text, "rate_series", expected)


def test_rate_series_percent_sign_slip_is_info_at_most() -> None:
    text = "2022年，参评单位的平均达标率为72.5%；2023年，参评单位的平均达标率为75.36%，上升3.86%。"
    assert ("pp_difference", ("72.5%", "75.36%"), "3.86%", False) in links_of(text, "rate_series")
    assert raised(text) == []


@pytest.mark.parametrize("text", SERIES_MUST_NOT)
def test_rate_series_nothing(text: str) -> None:
    assert links_of(text, "rate_series") == []


# sector_contribution: the three sectors' contributions to growth make 100%, their pulls the economy's growth
CONTRIBUTIONS = (
    "全年全县地区生产总值186.40亿元，比上年增长5.6%。第一产业对经济增长的贡献率为6.3%，拉动经济增长0.4个百分点；"
    "第二产业对经济增长的贡献率为32.8%，拉动经济增长1.8个百分点；第三产业对经济增长的贡献率为60.9%，"
    "拉动经济增长3.4个百分点。"
)


def _contributions(text: str) -> list[tuple[str, tuple[str, ...], bool | None]]:
    return [
        (k.relation.kind.value, tuple(m.text for m in k.relation.figures), k.outcome.holds)
        for k in links_by(text, "sector_contribution")
    ]


def test_sector_contributions() -> None:
    found = _contributions(CONTRIBUTIONS)
    assert ("share_sum", ("6.3%", "32.8%", "60.9%"), True) in found, found
    assert ("sum", ("0.4个百分点", "1.8个百分点", "3.4个百分点", "5.6%"), True) in found, found
    assert raised(CONTRIBUTIONS) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (CONTRIBUTIONS.replace("贡献率为60.9%", "贡献率为66.9%"), "share_sum"),
        (CONTRIBUTIONS.replace("拉动经济增长3.4个百分点", "拉动经济增长4.4个百分点"), "sum"),
    ],
)
def test_sector_contributions_slip(text: str, kind: str) -> None:
    assert any(k == kind and holds is False for k, _, holds in _contributions(text))
    assert raised(text)


CONTRIBUTIONS_MUST_NOT = [
    # two sectors only
    "第一产业对经济增长的贡献率为6.3%；第二产业对经济增长的贡献率为32.8%。",
    # one group stated twice (工业 and 第二产业)
    CONTRIBUTIONS.replace("第一产业对经济增长", "工业对经济增长"),
    # shares of the level, not contributions
    "第一产业增加值占地区生产总值的比重为6.3%，第二产业为32.8%，第三产业为60.9%。",
]


@pytest.mark.parametrize("text", CONTRIBUTIONS_MUST_NOT)
def test_sector_contributions_nothing(text: str) -> None:
    assert _contributions(text) == []


def test_pulls_without_economy_growth_only_shares() -> None:
    text = CONTRIBUTIONS.replace("，比上年增长5.6%", "")
    assert [k for k, _, _ in _contributions(text)] == ["share_sum"]


# stacked_table: a table flattened one cell per line, its last row the total
STACKED = (
    "（五）审理情况\n全年共审结复议案件520件，具体情况如下：\n序号\n\n处理方式\n\n数量\n\n比例\n\n"
    "1\n\n维持\n\n312\n\n60.0%\n\n2\n\n驳回\n\n104\n\n20.0%\n\n3\n\n撤销\n\n52\n\n10.0%\n\n4\n\n终止\n\n52\n\n10.0%\n\n"
    "5\n\n合计\n\n520\n\n100%\n"
)


def _stacked(text: str) -> list[tuple[str, tuple[str, ...], bool | None]]:
    return [
        (k.relation.kind.value, tuple(m.text for m in k.relation.figures), k.outcome.holds)
        for k in links_by(text, "stacked_table")
    ]


def test_stacked_table() -> None:
    found = _stacked(STACKED)
    assert ("table_col_sum", ("312", "104", "52", "52", "520"), True) in found, found
    assert ("share_sum", ("60.0%", "20.0%", "10.0%", "10.0%"), True) in found, found
    assert ("ratio", ("104", "520", "20.0%"), True) in found, found
    assert raised(STACKED) == []


def test_stacked_table_slip() -> None:
    text = STACKED.replace("撤销\n\n52", "撤销\n\n62")
    found = _stacked(text)
    assert ("table_col_sum", ("312", "104", "62", "52", "520"), False) in found, found
    assert raised(text)


STACKED_MUST_NOT = [
    # no total row
    STACKED.replace("合计", "其他"),
    # no share column in the header
    STACKED.replace("比例", "备注"),
    # two rows only above the total
    "序号\n处理方式\n数量\n比例\n1\n维持\n312\n75.0%\n2\n驳回\n104\n25.0%\n3\n合计\n416\n100%\n",
]


@pytest.mark.parametrize("text", STACKED_MUST_NOT)
def test_stacked_table_nothing(text: str) -> None:
    assert _stacked(text) == []


# central_local: a national fiscal total is the central government's plus the local governments'
FISCAL = (
    "一季度，全国一般公共预算收入58210亿元，同比增长2.1%；全国一般公共预算支出70456亿元，同比增长4.0%。\n"
    "收入方面，中央一般公共预算收入25120亿元，同比增长1.2%；地方一般公共预算本级收入33090亿元，同比增长2.8%。\n"
    "支出方面，中央一般公共预算本级支出8860亿元，同比增长6.5%；地方一般公共预算支出61596亿元，同比增长3.6%。\n"
)


def _central_local(text: str) -> list[tuple[str, ...]]:
    """The linker's own sums (the graph credits another linker that finds the same one first)."""
    from analyzer import Settings, analyze_text
    from analyzer.relations.linkers.levels import link_central_local

    report = analyze_text(text, Settings(classify=False))
    return [tuple(m.text for m in r.figures) for r in link_central_local(report)]


def test_central_local() -> None:
    found = _central_local(FISCAL)
    assert ("8860亿元", "61596亿元", "70456亿元") in found, found
    assert ("25120亿元", "33090亿元", "58210亿元") in found, found
    assert raised(FISCAL) == []


def test_central_local_slip() -> None:
    text = FISCAL.replace("61596亿元", "62596亿元")
    assert ("8860亿元", "62596亿元", "70456亿元") in _central_local(text)
    assert raised(text)


CENTRAL_LOCAL_MUST_NOT = [
    # no national total of that name before the split
    "支出方面，中央一般公共预算本级支出8860亿元，同比增长6.5%；地方一般公共预算支出61596亿元，同比增长3.6%。",
    # two names: the local figure is another account's
    FISCAL.replace("地方一般公共预算支出61596亿元", "地方政府性基金预算支出21596亿元"),
]


@pytest.mark.parametrize("text", CENTRAL_LOCAL_MUST_NOT)
def test_central_local_nothing(text: str) -> None:
    assert [f for f in _central_local(text) if "8860亿元" in f] == []
