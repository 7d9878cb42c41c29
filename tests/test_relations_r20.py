"""Relation families of round R20 (issue 11), found on fresh 法治政府建设 and 政府信息公开 report passages.

* ``qizhong``: a whole whose sentence says only it and its own share (…类1545件，占比16.74%。其中，A 366件、B 296件):
  the 其中 that opens the next sentence hangs from it, the share between them no bar;
* ``qizhong``: people counted in 名 and in 人 (位) are one kind (3名同志…，其中两人…);
* ``enumeration``: a count of teams in 支 before its items (保留5支队伍，分别为A、B、…);
* ``enumeration``: a quoted chain of levels joined by dashes and its count right after it (“区—街道—社区—网格”四级);
* ``breakdown``: the first of a list of classes (投诉类812件，占…；咨询类…；其他…) is no total of the classes after
  it (was: a warning that they miss it), while a run's first figure that names no class still opens the run;
* ``passage_share``: shares of a breakdown whose whole a section before states (一、…共受理来电5120件 … 二、…受理的
  诉求中，投诉类2816件，占55.00%；…): three or more parts that add up to that figure exactly make it their whole.

Every sentence is written for the test in the style of a 法治政府建设年度报告 or a 政府信息公开年度报告 (none copied
from a real report).  MUST: the linker relates these and the relation holds or fails as given, a failure raised
as a warning; MUST_NOT: the linker relates nothing of the kind.
"""

from __future__ import annotations

import pytest
from _relation_links import assert_links, links_of, raised

# (linker, text, (kind, operands, result, holds) expected among the links)
MUST = [
    # a category's count and its share, then its 其中 in the next sentence
    (
        "qizhong",
        "（三）热点诉求。1.劳动社保类812件，占比12.36%。其中，工资拖欠305件、社保缴纳188件、劳动合同97件，"
        "集中反映欠薪等问题。",
        [("part_whole", ("305件",), "812件", True), ("sum", ("305件", "188件", "97件"), "812件", True)],
    ),
    (
        "qizhong",
        "全年办理行政复议案件64件，占全部行政争议案件的41.8%。其中，维持原行政行为39件、确认违法5件。",
        [("part_whole", ("39件",), "64件", True), ("sum", ("39件", "5件"), "64件", True)],
    ),
    # the parts beyond the whole: a slip, raised as a warning
    (
        "qizhong",
        "2.城乡建设类420件，占比18.2%。其中，物业管理260件、市政设施180件，主要涉及小区维修等问题。",
        [("sum", ("260件", "180件"), "420件", False)],
    ),
    # persons in 名 and 人
    (
        "qizhong",
        "本单位5名干部参加国家统一法律职业资格考试，其中两人通过考试。",
        [("part_whole", ("两人",), "5名", True)],
    ),
    (
        "qizhong",
        "全局现有持证行政执法人员86名，其中法制审核人员12人、公职律师3人。",
        [("part_whole", ("12人",), "86名", True), ("sum", ("12人", "3人"), "86名", True)],
    ),
    (
        "qizhong",
        "聘请法律顾问4位，其中专职律师6人。",
        [("part_whole", ("6人",), "4位", False)],
    ),
]

MUST_NOT = [
    # the sentence before says two counts: which one the 其中 hangs from is unclear
    (
        "qizhong",
        "劳动社保类812件，城乡建设类420件。其中，工资拖欠305件、物业管理188件。",
    ),
    # a count after the share: the sentence is no longer about one count
    (
        "qizhong",
        "受理投诉812件，占比12.36%，回访群众640件。其中，工资拖欠305件、社保缴纳188件。",
    ),
    # the share stands in the sentence with a second count of the parts' unit
    (
        "qizhong",
        "城乡建设类420件，占比18.2%，环境保护类96件。其中，物业管理260件。",
    ),
    # persons and person-times are not one kind
    (
        "qizhong",
        "组织执法人员培训3期，参训128人次，其中领导干部45名。",
    ),
]


@pytest.mark.parametrize(("linker", "text", "expected"), MUST)
def test_links(linker: str, text: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    assert_links(text, linker, expected)


@pytest.mark.parametrize(("linker", "text"), MUST_NOT)
def test_links_nothing(linker: str, text: str) -> None:
    assert links_of(text, linker) == []


ENUMERATION_MUST = [
    "深化综合行政执法改革，组建4支执法队伍，分别为城市管理执法大队、市场监管执法大队、交通运输执法大队、农业农村执法大队。",
    "全区现有7支专业救援队伍，包括森林消防、防汛抢险、危化品处置、矿山救护、水上搜救、电力抢修、通信保障队伍。",
]
ENUMERATION_SLIP = "保留3支执法队伍，分别为城管执法队、市场监管执法队、文化执法队、应急执法队。"
ENUMERATION_MUST_NOT = [
    # no items after the count
    "撤销2支行政执法队伍，相关执法职责回归机关。",
]


@pytest.mark.parametrize("text", ENUMERATION_MUST)
def test_enumeration_teams(text: str) -> None:
    found = links_of(text, "enumeration")
    assert found and all(holds is True for *_, holds in found), found


def test_enumeration_teams_slip() -> None:
    found = links_of(ENUMERATION_SLIP, "enumeration")
    assert found and any(holds is False for *_, holds in found), found
    assert raised(ENUMERATION_SLIP)


@pytest.mark.parametrize("text", ENUMERATION_MUST_NOT)
def test_enumeration_teams_nothing(text: str) -> None:
    assert links_of(text, "enumeration") == []


SECTION_SHARES = (
    "一、总体情况\n全年热线共受理群众诉求5120件，按期办结率98.6%。\n"
    "二、诉求分类\n（一）按诉求性质分。受理的诉求中，投诉类2816件，占55.00%；咨询类1536件，占30.00%；"
    "求助类512件，占10.00%；建议类256件，占5.00%。\n"
)


def test_section_shares_linked() -> None:
    found = links_of(SECTION_SHARES, "passage_share")
    assert ("ratio", ("2816件", "5120件"), "55.00%", True) in found, found
    assert ("ratio", ("256件", "5120件"), "5.00%", True) in found, found


def test_section_shares_slip() -> None:
    text = SECTION_SHARES.replace("占10.00%", "占12.00%")
    found = links_of(text, "passage_share")
    assert ("ratio", ("512件", "5120件"), "12.00%", False) in found, found
    assert raised(text)


SECTION_SHARES_MUST_NOT = [
    # the parts add up to no figure stated before: the whole is not said
    SECTION_SHARES.replace("5120件", "6000件"),
    # two parts only: an exact sum may be a coincidence
    "一、总体情况\n全年共受理群众诉求4352件。\n二、诉求分类\n受理的诉求中，投诉类2816件，占60.12%；咨询类1536件，占39.88%。\n",
]


@pytest.mark.parametrize("text", SECTION_SHARES_MUST_NOT)
def test_section_shares_nothing(text: str) -> None:
    assert links_of(text, "passage_share") == []


CHAIN_MUST = [
    ("健全“区—街道—社区—网格”四级法律顾问服务体系，实现全覆盖。", True),
    ("构建“县—乡—村”三级公共法律服务网络。", True),
    ("建立“市－县－乡”三层矛盾纠纷调处机制。", True),
    # one level short of the count: a slip, raised as a warning
    ("完善“县—乡镇—村（社区）”四级行政执法协调监督体系。", False),
]
CHAIN_MUST_NOT = [
    # two levels only; a chain without quotes; a count of something else than levels
    "推动“市—县”两级执法信息共享。",
    "贯通省—市—县三级平台。",
    "打造“线上—线下—现场”三种服务模式。",
]


@pytest.mark.parametrize(("text", "holds"), CHAIN_MUST)
def test_chain_levels(text: str, holds: bool) -> None:
    found = links_of(text, "enumeration")
    assert [h for *_, h in found] == [holds], found
    assert bool(raised(text)) is not holds


@pytest.mark.parametrize("text", CHAIN_MUST_NOT)
def test_chain_levels_nothing(text: str) -> None:
    assert links_of(text, "enumeration") == []


CLASS_LIST_QUIET = [
    "从诉求类型看，受理的诉求中，投诉类812件，占40.6%；咨询类640件，占32.0%；求助类301件，占15.1%；"
    "建议类98件，占4.9%；其他149件，占7.4%。",
    "按来源分，热线类2210件；网络类1930件；信件类95件；其他类120件。",
]


@pytest.mark.parametrize("text", CLASS_LIST_QUIET)
def test_class_list_no_total(text: str) -> None:
    assert links_of(text, "breakdown") == []
    assert raised(text) == []


def test_run_opened_by_total_still_read() -> None:
    """A first figure naming no class opens its run: the classes after it that miss it are still a slip."""
    text = "全年受理群众诉求1260件，咨询640件，求助301件，建议98件，其他200件。"
    found = links_of(text, "breakdown")
    assert ("sum", ("640件", "301件", "98件", "200件"), "1260件", False) in found, found
