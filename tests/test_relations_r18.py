"""Relation families of round R18 (issue 11): parts their words name, without 其中 or 中.

* ``period_portion``: a plan period's target and this year's portion of it, the verb repeated ("“十四五”期间改造
  …3000公里，今年要改造600公里"; two targets paired by 分别);
* ``sector_growth``: the 生产总值's growth lies between its three sectors' growths stated with it ("生产总值增长5.1%
  …一、二、三产业增加值分别增长4.2%、5%、5.4%"): the lowest at most it, it at most the highest;
* ``growth_parts``: a total's growth and the growths of the two parts that make it up exactly ("进出口总额增长8%，
  其中出口增长7%，进口增长9.5%"): between them;
* ``new_and_total`` read through the 、 of names listed before the new figure's noun ("新增甲、乙、丙等示范县
  12个，总数达到22个");
* ``added_on``: a figure, then 加上 what else is added, then the total both make ("减税超过2万亿元，加上…等措施，
  共减轻企业负担3万多亿元"): the figure at most the total, with the added figures together at most it;
* a figure of 万多亿 (3万多亿元: at least 3万亿元) read as one figure;
* a unit of Latin letters (PF) read as a unit, so that ``total_and_kinds`` relates "总算力…PF，智能算力…PF";
* ``subset_whole``: a whole naming a set (市场主体, 经营主体) and counts of its members (企业, 个体工商户);
* ``enumeration``: a count whose opener and colon come together ("6件民生实事，包括：A；B；…"), read as a colon
  (its ；-clauses); a counted slogan and the items in the bracket right after it ("“两江三湖”（汉江嘉陵江、洞庭湖
  鄱阳湖太湖）", one 、-piece per part, or one item each); a counted slogan of one-character nouns and the items
  after it in its sentence that each open with one of them ("“两保一促”，保就业、保民生、促发展"), linked only where
  every part has as many items as it counts; a count opening its sentence with 这 against the clauses of the sentence
  before ("…，…。这两件大事"), linked only where they are as many; a list right before a count of 件大事 or 维
  (稳定、发展、生态、强边四件大事; 数量、质量、功能三维体系), not of 件 alone (cases and documents).

Every sentence is written for the test in the style of a 政府工作报告 (none copied from a real report).  MUST: the
linker relates these (parts, whole) and the relation holds or fails as given, a failure raised as a warning;
MUST_NOT: the linker relates nothing (a period already past, another verb, another unit, siblings of one list,
a count per day against a stock, new members against all of them).
"""

from __future__ import annotations

import pytest
from _relation_links import links_of

from analyzer import Settings, analyze_text

FAST = Settings(classify=False)


def _warned(text: str) -> bool:
    report = analyze_text(text, FAST)
    return any(f.severity.value == "warning" for f in report.findings)


# (linker, text, (kind, parts, whole, holds) expected among the links)
MUST = [
    # period_portion: the period's target, this year's portion, one pair or two after 分别
    (
        "period_portion",
        "“十四五”期间，改造城镇老旧供水管网3000公里，今年要改造600公里。",
        [("part_whole", ("600公里",), "3000公里", True)],
    ),
    (
        "period_portion",
        "今后五年新建高标准农田800万亩、改造提升400万亩，今年力争分别新建200万亩和100万亩。",
        [("part_whole", ("200万亩",), "800万亩", True), ("part_whole", ("100万亩",), "400万亩", True)],
    ),
    (
        "period_portion",
        "规划期内关闭退出小煤矿120处，今年要关闭退出150处。",
        [("part_whole", ("150处",), "120处", False)],
    ),
    # total_and_kinds on figures in a unit of Latin letters
    (
        "total_and_kinds",
        "总算力达到8000PF，智能算力6500PF，通用算力2600PF。",
        [("sum", ("6500PF", "2600PF"), "8000PF", False)],
    ),
    # subset_whole: members of a set against the set, the set named in a short sentence before a bare 总量
    (
        "subset_whole",
        "年末企业达到96万户、个体工商户达到210万户，市场主体总量突破320万户。",
        [
            ("part_whole", ("96万户",), "突破320万户", True),
            ("sum", ("96万户", "210万户"), "突破320万户", True),
        ],
    ),
    (
        "subset_whole",
        "全市实有经营主体86万户，企业31万户，农民专业合作社1.2万户。",
        [("part_whole", ("31万户",), "86万户", True), ("part_whole", ("1.2万户",), "86万户", True)],
    ),
    (
        "subset_whole",
        "经营主体活力增强。总量达到52万户，企业60万户。",
        [("part_whole", ("60万户",), "52万户", False)],
    ),
    (
        "subset_whole",
        "全年新登记市场主体40万户，新登记企业12万户。",
        [("part_whole", ("12万户",), "40万户", True)],
    ),
    # sector_growth: the lowest sector at most the total's growth, the total's at most the highest
    (
        "sector_growth",
        "预期目标是：地区生产总值增长6%左右，其中一二三产增加值分别增长4%左右、7%左右、6%左右。",
        [("part_whole", ("4%左右",), "6%左右", True), ("part_whole", ("6%左右",), "7%左右", True)],
    ),
    (
        "sector_growth",
        "全省实现地区生产总值8200亿元，增长5.8%。一产、二产、三产增加值分别增长3.9%、6.2%、5.7%。",
        [("part_whole", ("3.9%",), "5.8%", True), ("part_whole", ("5.8%",), "6.2%", True)],
    ),
    (
        "sector_growth",
        "全省地区生产总值年均增长6.5%，其中第一、二、三产业增加值年均分别增长4.1%、5.9%、6.7%。",
        [("part_whole", ("6.5%",), "6.7%", True)],
    ),
    (
        "sector_growth",
        "全省地区生产总值增长7.4%，一产、二产、三产增加值分别增长3.9%、6.2%、5.7%。",
        [("part_whole", ("7.4%",), "6.2%", False)],
    ),
    # new_and_total: names listed with 、 between 新增 and the new figure
    (
        "new_and_total",
        "新增安吉、德清、长兴等国家生态文明示范县9个，总数达到24个。",
        [("part_whole", ("9个",), "24个", True)],
    ),
    (
        "new_and_total",
        "新增安吉、德清、长兴等国家生态文明示范县31个，总数达到24个。",
        [("part_whole", ("31个",), "24个", False)],
    ),
    # added_on: the figure before 加上 at most the total after it; with an added figure, their sum
    (
        "added_on",
        "全年累计减税超过1.2万亿元，加上清理涉企收费等措施，共减轻经营主体负担2万多亿元。",
        [("part_whole", ("超过1.2万亿元",), "2万多亿元", True)],
    ),
    (
        "added_on",
        "全年减税3200亿元，加上降费900亿元，共为企业减负4100亿元。",
        [("part_whole", ("3200亿元",), "4100亿元", True), ("sum", ("3200亿元", "900亿元"), "4100亿元", True)],
    ),
    (
        "added_on",
        "全年减税3200亿元，加上降费900亿元，共为企业减负3900亿元。",
        [("sum", ("3200亿元", "900亿元"), "3900亿元", False)],
    ),
    (
        "added_on",
        "平均每天新设企业2.1万户，加上个体工商户等，各类经营主体每天新设6.3万户。",
        [("part_whole", ("2.1万户",), "6.3万户", True)],
    ),
    # growth_parts: the total's growth between the two parts' (the total named before its growth's clause)
    (
        "growth_parts",
        "全年货物进出口总额4.1万亿元，增长7.6%，其中，出口增长6.2%，进口增长9.8%。",
        [("part_whole", ("6.2%",), "7.6%", True), ("part_whole", ("7.6%",), "9.8%", True)],
    ),
    (
        "growth_parts",
        "全年进出口总额增长8%，其中进口增长12%，出口增长10%。",
        [("part_whole", ("10%",), "8%", False)],
    ),
]

MUST_NOT = [
    # period_portion: a period already past (五年来, 过去五年, 累计), another verb, another unit, a year named
    ("period_portion", "五年来改造城镇老旧供水管网3000公里，今年要改造600公里。"),
    ("period_portion", "疫情期间减免小微企业房租120亿元，今年要减免40亿元。"),
    ("period_portion", "连续五年关闭退出小煤矿120处，今年要关闭退出30处。"),
    ("period_portion", "过去五年关闭退出小煤矿120处，今年要关闭退出30处。"),
    ("period_portion", "“十四五”期间累计新建高标准农田800万亩，今年新建200万亩。"),
    ("period_portion", "“十四五”期间改造城镇老旧供水管网3000公里，今年要新建600公里。"),
    ("period_portion", "“十四五”期间改造城镇老旧供水管网3000公里，今年要改造600个小区。"),
    ("period_portion", "“十四五”期间改造供水管网3000公里，2024年改造500公里，今年要改造600公里。"),
    # two targets, one portion, and no 分别
    ("period_portion", "五年新建高标准农田800万亩、改造提升400万亩，今年新建200万亩。"),
    # sector_growth: a per-head growth, an average against a year's, two sectors only, another percent between
    ("sector_growth", "全省人均地区生产总值增长5%，一产、二产、三产增加值分别增长4%、5.5%、6%。"),
    ("sector_growth", "全省地区生产总值年均增长5%，一产、二产、三产增加值分别增长4%、5.5%、6%。"),
    ("sector_growth", "全省地区生产总值增长5%，第一、第三产业增加值分别增长4%、6%。"),
    ("sector_growth", "全省地区生产总值增长5%，居民收入增长6%，一产、二产、三产增加值分别增长4%、5.5%、6%。"),
    # new_and_total: names before a figure that is no new one; the second of two new figures
    ("new_and_total", "推进安吉、德清、长兴等国家生态文明示范县9个，总数达到24个。"),
    ("new_and_total", "新增示范县5个、示范镇3个，总数达到22个。"),
    # added_on: no total word after 加上, another unit, a total clauses away
    ("added_on", "全年减税3200亿元，加上降费措施落地，企业负担明显减轻，新增就业1200万人。"),
    ("added_on", "全年减税3200亿元，加上降费措施，共惠及经营主体600万户。"),
    ("added_on", "全年减税3200亿元，加上降费措施，企业活力增强，市场预期改善，共新增投资5000亿元。"),
    # growth_parts: one part only, another growth between, a part's level instead of its growth
    ("growth_parts", "全年进出口总额增长8%，出口增长10%，利用外资增长5%。"),
    ("growth_parts", "全年进出口总额增长8%，居民收入增长6%，出口增长10%，进口增长12%。"),
    ("growth_parts", "全年进出口总额增长8%，其中出口占比60%，进口增长12%。"),
    # subset_whole: siblings of one list (a kind of the set), a daily count against a stock, new whole and old
    # members, another unit, no set named before a bare 总量
    ("subset_whole", "新入库规上工业企业300家以上、限上商贸业经营主体500家左右、建筑业企业80家以上。"),
    ("subset_whole", "日均新设企业超过2万户，市场主体总量超过1.5亿户。"),
    ("subset_whole", "全年新增经营主体25万户，企业总数达到70万户。"),
    ("subset_whole", "全市经营主体86万户，企业31万家。"),
    ("subset_whole", "营商环境持续优化。总量达到52万户，企业20万户。"),
]


@pytest.mark.parametrize(("linker", "text", "expected"), MUST)
def test_links(linker: str, text: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    found = links_of(text, linker)
    for e in expected:
        assert e in found, (e, found)
    if any(holds is False for *_, holds in expected):
        assert _warned(text)


@pytest.mark.parametrize(("linker", "text"), MUST_NOT)
def test_links_nothing(linker: str, text: str) -> None:
    assert links_of(text, linker) == []


def test_qualified_inside_wan_yi() -> None:
    """3万多亿元 is one figure, at least 3万亿元; 3万多人 stays 3万 people."""
    report = analyze_text("共减轻企业负担3万多亿元，带动就业3万多人。", FAST)
    got = sorted((m.value, m.unit, m.qualifier.value if m.qualifier else None) for m in report.metrics)
    assert got == [(30000.0, "人", "at_least"), (3e12, "元", "at_least")]


# a unit of Latin letters is read after a number; a name glued to a number (5G, C919) is still no figure
UNITS = [
    ("智能算力达到6500PF。", "6500PF", "PF"),
    ("建成5G基站3万个。", "3万个", "个"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), UNITS)
def test_latin_unit(text: str, figure: str, unit: str) -> None:
    report = analyze_text(text, FAST)
    assert any(m.text.endswith(figure) and m.unit == unit for m in report.metrics)
    assert not any(m.raw_number == "5" for m in report.metrics)


# (text, the count, holds): the enumeration linker relates the count to its list
ENUM_MUST = [
    (
        "今年继续办好6件民生实事，包括：新建养老服务中心20个；改造农村危房3000户；新增城镇就业5万人；"
        "建设口袋公园50个；新建停车位1万个；改造燃气管道200公里。",
        "6件",
        True,
    ),
    (
        "今年继续办好5件民生实事，主要包括：新建养老服务中心20个；改造农村危房3000户；新增城镇就业5万人；"
        "建设口袋公园50个；新建停车位1万个；改造燃气管道200公里。",
        "5件",
        False,
    ),
    ("重点抓好三项工作，包括：安全生产、食品安全、生态环保。", "三项工作", True),
    ("深入推进“两江三湖”（汉江嘉陵江、洞庭湖鄱阳湖太湖）水污染防治。", "两江", True),
    ("深入推进“两江三湖”（汉江嘉陵江、洞庭湖鄱阳湖太湖）水污染防治。", "三湖", True),
    ("深入推进“两江三湖”（汉江嘉陵江、洞庭湖鄱阳湖）水污染防治。", "三湖", False),
    # the last item of a part's piece may end otherwise (a lake named 池)
    ("深入推进“两江三湖”（汉江嘉陵江、洞庭湖鄱阳湖天池）水污染防治。", "三湖", True),
    ("深入推进“两江三湖”（即：汉江、嘉陵江、洞庭湖、鄱阳湖、太湖）水污染防治。", "三湖", True),
    ("深入推进“两江三湖”（即：汉江、嘉陵江、洞庭湖、鄱阳湖）水污染防治。", "三湖", False),
    # slogan then items opening with its characters
    ("实施中部地区“两基”巩固计划，到2030年基本普及高中阶段教育，基本实现学前教育全覆盖。", "两基", True),
    (
        "扎实做好“六保”工作，强化保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链稳定、保基层运转。",
        "六保",
        True,
    ),
    ("深化农村“三资”管理，盘活用好集体资源、资产、资金。", "三资", True),
    ("全面落实“两保一促”，保就业、保民生、促发展。", "两保", True),
    ("全面落实“两保一促”，保就业、保民生、促发展。", "一促", True),
    # a list right before a count of 件大事 or 维
    ("始终抓好稳定、发展、生态、强边四件大事。", "四件大事", True),
    ("建立数量、质量、功能三维评价体系。", "三维", True),
    # a 这-count against the clauses of the sentence before
    ("去年，我们成功举办了全国运动会，顺利完成了脱贫攻坚任务。这两件大事，极大地鼓舞了人心。", "两件", True),
    ("今年广义货币增长目标为9%左右，新增人民币贷款18万亿元左右。这两个指标与经济增长基本匹配。", "两个", True),
]

# (text, the count): the enumeration linker relates nothing to the count
ENUM_MUST_NOT = [
    # slogan then items: a run of another length, a run starting late, one item holding the character, a noun twice
    ("扎实做好“六保”工作，强化保居民就业、保基本民生、保市场主体、保基层运转。", "六保"),
    ("深化“三农”改革，落实优先要求，推动农业强、农村美、农民富。", "三农"),
    ("加快“两重”建设，优化重大工程协同推进机制，强化重点工程保障。", "两重"),
    ("落实“两保两保”要求，保就业、保民生、保运转、保稳定。", "两保"),
    # 件 alone after a list counts cases or documents; a 维 after a numbered dimension
    ("审结、执结案件3件。", "3件"),
    ("制定、修改、废止政府规章3件。", "3件"),
    ("制作二维、三维地图。", "三维"),
    # a 这-count: another number of clauses before it, a 、 list, a count inside its sentence
    ("今年经济增长8%左右，物价涨幅3%左右，城镇新增就业1200万人。这两个指标与去年持平。", "两个"),
    ("今年要抓好稳就业、保民生。这两个方面都很重要。", "两个"),
    ("我们举办了运动会，完成了换届。要把这两件大事的经验总结好。", "两件"),
    # a breakdown after 包括：, its parts counted in figures
    ("共办理建议120件，包括：人大代表建议80件；政协委员提案40件。", "120件"),
    # a bracket that describes (a numeral inside, an aside), an item of no part's noun, an item of two parts' nouns
    ("践行“两山一水”（绿水青山、金山银山、一江清水）理念。", "两山"),
    ("推进“一核两翼”（省会之核、东西两翼）建设。", "两翼"),
    ("深入推进“两江三湖”（含支流）水污染防治。", "三湖"),
    ("深入推进“三山两河”（泰山、华山、黄山、淮河、汉江）生态保护。", "两河"),
    ("深入推进“两江三湖”（汉江嘉陵湖、洞庭湖鄱阳江）水污染防治。", "三湖"),
]


def _counts(text: str) -> dict[str, bool | None]:
    return {result: holds for kind, _, result, holds in links_of(text, "enumeration") if kind == "enumeration"}


@pytest.mark.parametrize(("text", "count", "holds"), ENUM_MUST)
def test_enumerations(text: str, count: str, holds: bool) -> None:
    found = _counts(text)
    assert found.get(count, "none") == holds, found
    if not holds:
        assert _warned(text)


@pytest.mark.parametrize(("text", "count"), ENUM_MUST_NOT)
def test_enumerations_nothing(text: str, count: str) -> None:
    assert count not in _counts(text)
