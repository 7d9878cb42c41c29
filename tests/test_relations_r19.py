"""Relation families of round R19 (issue 11), found on fresh 统计公报 and 政府工作报告 passages.

* ``sum_growth``: a total made complete by its parts (其中 三次产业, 城镇 + 乡村), each with its own growth right after
  it: the total's growth lies between the lowest and the highest of the parts';
* ``sum_change``: the same complete total, each figure with its own change amount after it (比上年增收…), all one
  way: the parts' changes add up to the total's;
* ``urban_rural_mean``: a per-head figure of all residents and the same of the urban and the rural ones after it:
  between the two;
* ``sector_sum``: the three sectors' value added, each named once after a 生产总值 and before any other, add up to it
  across sentences and paragraphs (a 统计公报's lead line, then a paragraph per sector);
* ``natural_increase``: 人口自然增长率 = 出生率 − 死亡率 (permille, stated together);
* ``clause_rate`` reads 增长面 / 下降面 as a rate: the count that grew over the container count (…中，…);
* ``target_met``: a level and the target written right after it (超额完成原定的…以上的目标, 高于…的年度目标任务;
  控制在…的目标内, 低于…): the target at most the level, or the level at most the target;
* ``change`` read with 增产 / 增幅为 as growth verbs, and a level, its change and its growth with no 比 written
  (…22602千公顷，增加79千公顷，增长0.3%);
* ``qizhong``: a whole's peers in an earlier ；-clause do not make its 其中 unsure (…391亿元…；财政收入38.74亿元，…，
  其中地方级收入…); a ；-part that leaves the head the parts share with the whole, or names a total (总) where they do
  not, is a statement of its own; a per-head figure is no part of a total; a bracket may open the 其中's sentence;
* ``indicator_share``: a share's part is the level, never that level's own change written after it (…45612.99亿元，
  比上年增收11487.11亿元，…，占…比重为88.9%);
* ``restated``: 城镇 / 农村 / 城市 / 乡村 are scope words (城镇常住居民人均可支配收入 does not restate
  居民人均可支配收入).

Every sentence is written for the test in the style of a 统计公报 or 政府工作报告 (none copied from a real report).
MUST: the linker relates these and the relation holds or fails as given, a failure raised as a warning; MUST_NOT:
the linker relates nothing of the kind.
"""

from __future__ import annotations

import pytest
from _relation_links import assert_links, links_of, raised

# (linker, text, (kind, operands, result, holds) expected among the links)
MUST = [
    # sum_growth: three sectors, the growth after a basis clause; two parts of a retail total
    (
        "sum_growth",
        "全县实现地区生产总值356.8亿元，按可比价格计算，比上年增长5.6%。其中，第一产业增加值41.2亿元，增长3.9%；"
        "第二产业增加值150.3亿元，增长6.1%；第三产业增加值165.3亿元，增长5.4%。",
        [("part_whole", ("3.9%",), "5.6%", True), ("part_whole", ("5.6%",), "6.1%", True)],
    ),
    (
        "sum_growth",
        "全年社会消费品零售总额212.4亿元，同比增长6.8%。按经营单位所在地分，城镇消费品零售额160.1亿元，增长6.5%；"
        "乡村消费品零售额52.3亿元，增长7.7%。",
        [("part_whole", ("6.5%",), "6.8%", True), ("part_whole", ("6.8%",), "7.7%", True)],
    ),
    # a total's growth above every part's: a slip
    (
        "sum_growth",
        "全市实现地区生产总值520.6亿元，同比增长8.2%。其中，第一产业增加值60.1亿元，增长3.1%；"
        "第二产业增加值210.2亿元，增长5.0%；第三产业增加值250.3亿元，增长6.3%。",
        [("part_whole", ("8.2%",), "6.3%", False)],
    ),
    # urban_rural_mean: income and spending, the parts after 其中 or 按常住地分
    (
        "urban_rural_mean",
        "全年全体居民人均可支配收入41236元，增长5.9%。其中，城镇常住居民人均可支配收入50125元，增长5.1%；"
        "农村常住居民人均可支配收入23418元，增长7.2%。",
        [("part_whole", ("23418元",), "41236元", True), ("part_whole", ("41236元",), "50125元", True)],
    ),
    (
        "urban_rural_mean",
        "全省居民人均消费支出26840元。按常住地分，城镇居民人均消费支出31220元，农村居民人均消费支出19950元。",
        [("part_whole", ("19950元",), "26840元", True), ("part_whole", ("26840元",), "31220元", True)],
    ),
    (
        "urban_rural_mean",
        "全区居民人均可支配收入52100元，其中城镇居民人均可支配收入49800元，农村居民人均可支配收入30200元。",
        [("part_whole", ("52100元",), "49800元", False)],
    ),
    # change: 增产 and 增幅为 as growth verbs; a level, its change and growth without 比
    (
        "change",
        "全年油料总产量48.6万吨，比上年增加2.4万吨，增产5.2%。",
        [("growth", ("(48.6万吨 − 2.4万吨)", "48.6万吨"), "5.2%", True)],
    ),
    (
        "change",
        "年末生猪存栏320万头，比上年减少16万头，降幅为4.8%。",
        [("growth", ("(320万头 + 16万头)", "320万头"), "4.8%", True)],
    ),
    (
        "change",
        "其中早稻播种面积1520千公顷，增加38千公顷，增长2.6%。",
        [("growth", ("(1520千公顷 − 38千公顷)", "1520千公顷"), "2.6%", True)],
    ),
    (
        "change",
        "全年水产品产量86.4万吨，比上年增加1.2万吨，增幅为8.5%。",
        [("growth", ("(86.4万吨 − 1.2万吨)", "86.4万吨"), "8.5%", False)],
    ),
    # qizhong: peers before a ； leave the whole's 其中 sure
    (
        "qizhong",
        "预计全县生产总值286亿元，增长6.5%；财政收入24.6亿元，增长3.1%，其中地方级收入15.2亿元，增长2.0%。",
        [("part_whole", ("15.2亿元",), "24.6亿元", True)],
    ),
    (
        "qizhong",
        "完成固定资产投资118亿元；一般公共预算支出42.5亿元，增长4.3%，其中民生支出49.1亿元。",
        [("part_whole", ("49.1亿元",), "42.5亿元", False)],
    ),
    # natural_increase: the three permille rates of a population
    (
        "natural_increase",
        "年末常住人口312.6万人。全年出生人口2.5万人，人口出生率8.02‰；死亡人口2.2万人，人口死亡率7.10‰；"
        "人口自然增长率0.92‰。",
        [("growth", ("7.10‰", "8.02‰"), "0.92‰", True)],
    ),
    (
        "natural_increase",
        "全年人口出生率9.35‰，人口死亡率6.20‰，人口自然增长率3.51‰。",
        [("growth", ("6.20‰", "9.35‰"), "3.51‰", False)],
    ),
    # clause_rate: the share of the items that grew (增长面)
    (
        "clause_rate",
        "全市规模以上工业36个行业大类中，27个行业增加值实现增长，增长面为75.0%。",
        [("ratio", ("27个", "36个"), "75.0%", True)],
    ),
    (
        "clause_rate",
        "在统计的320种主要工业产品中，188种产品产量增长，增长面为61.2%。",
        [("ratio", ("188种", "320种"), "61.2%", False)],
    ),
    # sector_sum: the 生产总值 in a lead line, each sector in a paragraph of its own
    (
        "sector_sum",
        "全市实现地区生产总值865.20亿元，增长5.8%。\n农业稳中有进，第一产业增加值92.10亿元，增长3.6%。\n"
        "工业提质增效，第二产业增加值351.45亿元，增长6.4%。\n服务业加快发展，第三产业增加值421.65亿元，增长5.9%。",
        [("sum", ("92.10亿元", "351.45亿元", "421.65亿元"), "865.20亿元", True)],
    ),
    (
        "sector_sum",
        "全县实现地区生产总值188.4亿元。其中，第一产业增加值30.2亿元，第二产业增加值71.5亿元。"
        "第三产业增加值89.9亿元，增长6.0%。",
        [("sum", ("30.2亿元", "71.5亿元", "89.9亿元"), "188.4亿元", False)],
    ),
    # sum_change: the parts' own change amounts add up to the total's
    (
        "sum_change",
        "全年一般公共预算收入64.8亿元，比上年增收3.6亿元，增长5.9%。其中，税收收入45.2亿元，比上年增收2.5亿元；"
        "非税收入19.6亿元，比上年增收1.1亿元。",
        [("sum", ("2.5亿元", "1.1亿元"), "3.6亿元", True)],
    ),
    (
        "sum_change",
        "全年一般公共预算支出210.5亿元，比上年减支8.4亿元。其中，市本级支出80.3亿元，比上年减支2.2亿元；"
        "县区级支出130.2亿元，比上年减支5.1亿元。",
        [("sum", ("2.2亿元", "5.1亿元"), "8.4亿元", False)],
    ),
    # qizhong: a bracket opening the sentence after its whole
    (
        "qizhong",
        "全年办理行政复议案件120件，比上年增加12件。（其中维持原行政行为85件，撤销9件）",
        [("part_whole", ("85件",), "120件", True), ("sum", ("85件", "9件"), "120件", True)],
    ),
    # target_met: a level and its target written next to it, up or down
    (
        "target_met",
        "全年城镇新增就业5.6万人，超额完成年初确定的5万人以上的目标任务。",
        [("part_whole", ("5万人以上",), "5.6万人", True)],
    ),
    (
        "target_met",
        "居民消费价格涨幅为2.1%，控制在3%左右的预期目标内。",
        [("part_whole", ("2.1%",), "3%左右", True)],
    ),
    (
        "target_met",
        "新开工改造城镇老旧小区268个，高于300个的年度目标任务。",
        [("part_whole", ("300个",), "268个", False)],
    ),
    # indicator_share: the level before its own change is the share's part
    (
        "indicator_share",
        "2024年全市一般公共预算收入86.2亿元。其中，税收收入61.4亿元，比上年增收3.2亿元，增长5.5%，"
        "占一般公共预算收入的比重为71.2%。",
        [("ratio", ("61.4亿元", "86.2亿元"), "71.2%", True)],
    ),
]


MUST_NOT = [
    # sum_growth: a part that fell; a total with no growth of its own; parts not declared complete
    (
        "sum_growth",
        "全年粮食产量61.5万吨，增长1.2%，其中夏粮18.3万吨，下降2.1%；秋粮43.2万吨，增长2.8%。",
    ),
    (
        "sum_growth",
        "全县实现地区生产总值356.8亿元。其中，第一产业增加值41.2亿元，增长3.9%；第二产业增加值150.3亿元，"
        "增长6.1%；第三产业增加值165.3亿元，增长5.4%。",
    ),
    (
        "sum_growth",
        "全年一般公共预算收入40.2亿元，增长4.4%，其中税收收入28.5亿元，增长6.0%。",
    ),
    # sum_change: changes going both ways; a part without its change
    (
        "sum_change",
        "全年一般公共预算收入64.8亿元，比上年增收3.6亿元。其中，税收收入45.2亿元，比上年增收4.7亿元；"
        "非税收入19.6亿元，比上年减收1.1亿元。",
    ),
    (
        "sum_change",
        "全年一般公共预算收入64.8亿元，比上年增收3.6亿元。其中，税收收入45.2亿元，比上年增收2.5亿元；"
        "非税收入19.6亿元。",
    ),
    # target_met: another unit, a share of the target, a target with no figure
    ("target_met", "完成造林面积12万亩，超额完成10万株的目标。"),
    ("target_met", "城镇新增就业5.6万人，完成全年目标任务的112%。"),
    ("target_met", "全年新增就业5.6万人，高于预期目标。"),
    # natural_increase: a rate of another scope between (a negative rate is read since R21: test_relations_r21)
    ("natural_increase", "全年人口出生率9.1‰，城镇人口自然增长率4.2‰。"),
    # clause_rate: a growth breadth with no container count before it
    ("clause_rate", "全市规模以上工业增加值增长6.5%，增长面为75.0%。"),
    # sector_sum: a sector missing, another 生产总值 between, a per-head figure as the whole
    (
        "sector_sum",
        "全市实现地区生产总值865.20亿元。第一产业增加值92.10亿元，第三产业增加值421.65亿元。",
    ),
    (
        "sector_sum",
        "全市实现地区生产总值865.20亿元。其中县域地区生产总值512.3亿元，第一产业增加值92.10亿元，"
        "第二产业增加值351.45亿元，第三产业增加值421.65亿元。",
    ),
    (
        "sector_sum",
        "人均地区生产总值8.6万元。第一产业增加值1.1万元，第二产业增加值3.5万元，第三产业增加值4.0万元。",
    ),
    # urban_rural_mean: the parts only; a median after the mean; a growth, not a level
    (
        "urban_rural_mean",
        "城镇居民人均可支配收入50125元，农村居民人均可支配收入23418元。",
    ),
    (
        "urban_rural_mean",
        "全体居民人均可支配收入41236元，城镇居民人均可支配收入中位数45102元，农村居民人均可支配收入中位数20011元。",
    ),
    (
        "urban_rural_mean",
        "全体居民人均可支配收入增长5.9%，城镇居民人均可支配收入增长5.1%，农村居民人均可支配收入增长7.2%。",
    ),
]


@pytest.mark.parametrize(("linker", "text", "expected"), MUST)
def test_links(linker: str, text: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    assert_links(text, linker, expected)


@pytest.mark.parametrize(("linker", "text"), MUST_NOT)
def test_links_nothing(linker: str, text: str) -> None:
    assert links_of(text, linker) == []


# texts where a relation was read wrongly before R19: nothing may be raised
QUIET = [
    # the share's part is the level, not its change (was: 88.9% ≠ 3.2亿元/86.2亿元)
    "2024年全市一般公共预算收入86.2亿元。其中，税收收入61.4亿元，比上年增收3.2亿元，增长5.5%，"
    "占一般公共预算收入的比重为71.2%；非税收入24.8亿元，比上年减收0.6亿元，占一般公共预算收入的比重为28.8%。",
    # a ；-clause of another indicator is no part (was: 工业+农业+固定资产投资 > 工农业总产值)
    "全镇实现工农业总产值182.5亿元，增长9.1%，其中工业总产值176.2亿元，增长9.4%，农业总产值6.3亿元，增长2.2%；"
    "固定资产投资31.8亿元，增长12.0%；税收收入6.1亿元，增长8.8%。",
    # a ；-part naming a total of its own is no part (was: 蔬菜总产量 > 油料产量)
    "油料产量9.6万吨，增长3.1%，其中油菜籽产量7.2万吨，增长4.0%；蔬菜总产量52.3万吨，增长2.6%。",
    # the urban and rural residents' figures do not restate all residents' (was: 前后不一)
    "全市居民人均可支配收入48120元，增长6.1%。其中城镇常住居民人均可支配收入56340元，增长5.6%；"
    "农村常住居民人均可支配收入29870元，增长7.3%。",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert raised(text) == []


def test_per_head_no_part() -> None:
    """A per-head income after a total's parts is not one of them."""
    found = links_of(
        "全镇工农业总产值达18.6亿元，其中工业总产值15.1亿元，农业总产值3.5亿元，农民人均纯收入4120元。", "qizhong"
    )
    assert not any("4120元" in ops for _, ops, _, _ in found), found
