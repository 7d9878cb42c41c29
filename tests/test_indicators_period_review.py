"""Round L23 (the 8cb9ca7 and 7b6dcd3 samples' families): several-year totals and changes of a 政府工作报告's five-year
review take no one-year id, the year's figures of the same reviews keep theirs; parts by channel, key matters, rank or
one named airport take none of the whole's ids. Sentences written for these tests (figures may resemble the reports')."""

from __future__ import annotations

import pytest

from analyzer.extract import extract_metrics
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section

GOV = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)


def last(text: str, region: str | None = None):
    meta = GOV if region is None else Meta(title=None, issuer=None, region=region, year=2025, genre=GOV.genre)
    return extract_metrics(text, (Section("0", 0, "", 0, len(text)),), meta, Settings())[-1]


# must take no id: the period's total or change (no year, no indicator)
SEVERAL_YEARS = [
    # a change against a base year before the reviewed one: 年均浓度 names the measure, no yearly mean rate
    "五年来，生态环境持续改善。PM2.5年均浓度较2020年下降18%。",
    # an id of new ones (its label: 新建, 新增, 当年) in the review, no year or one-year word in the paragraph
    "过去五年，城市功能不断完善。城镇保障性安居工程住房建设52万套。",
    "过去五年，城乡面貌明显改观。改造老旧小区2100个，增设电动汽车充电桩2.6万个。",
    "过去五年，医疗服务能力持续提升。建成县域医疗次中心120个。",
    "过去五年，创新体系加快重塑。获批建设3个全国重点实验室，布局建设8个省实验室。",
    # added or closed, the verb opening the clause in the review (done_lead)
    "过去五年，结构调整加快。关停小火电机组320万千瓦，淘汰了一批落后产能。",
    # a sentence opened by a period's total alone: each of its clauses is the period's, in a review or not
    "近三年累计，单位地区生产总值能耗下降9.5%，化学需氧量、二氧化硫排放量分别减少5.2%和6.8%。",
    # the review opens where its words start within the paragraph's lead, whatever ends past it
    "各位代表！2025年各项目标任务顺利完成，“十四五”规划目标圆满画上句号。回首过去五年，我们砥砺前行。\n"
    "民生保障有力。增设电动汽车充电桩2.6万个。",
    # “十四五”以来 opens the review
    "“十四五”以来，面对复杂形势，全市上下攻坚克难。\n城乡面貌明显改观。增设电动汽车充电桩2.6万个。",
]


@pytest.mark.parametrize("text", SEVERAL_YEARS)
def test_period_review_totals_and_changes_take_no_year_id(text):
    m = last(text)
    assert (m.year, m.indicator) == (None, None), (m.text, m.indicator, m.year)


# must keep the id: the year's figures of the same reviews, levels reached, means
ONE_YEAR = [
    # the year's review after the five-year one
    (
        "过去五年，城乡面貌明显改观。改造老旧小区2100个。\n过去一年，我们真抓实干。增设电动汽车充电桩1.2万个。",
        "charging_piles.new",
        "actual",
    ),
    # a year named in the review's paragraph
    ("过去五年，城乡面貌明显改观。2025年，全市新建充电桩1.2万个。", "charging_piles.new", "actual"),
    # a level of the measure named 年均浓度: the year's level, not a mean over years
    ("过去五年，生态持续向好。PM2.5年均浓度降至28微克/立方米。", "pm25.concentration", "actual"),
    ("PM2.5年均浓度比上年下降3.2%。", "pm25.concentration.change", "actual"),
    # a yearly mean rate stays the period's mean under its growth id
    ("五年来，地区生产总值年均增长5.5%。", "gdp.growth", "period_average"),
    # a year's changes with 分别, no period opening the sentence
    ("单位地区生产总值能耗下降3.1%，化学需氧量、二氧化硫排放量分别减少2.2%和2.8%。", "emissions.so2_change", "actual"),
    # closed in the year's review
    ("过去一年，结构调整加快。全年关停小火电机组120万千瓦。", "small_thermal_plants.closed", "actual"),
]


@pytest.mark.parametrize(("text", "indicator", "basis"), ONE_YEAR)
def test_period_review_year_figures_keep_their_id(text, indicator, basis):
    m = last(text)
    assert (m.indicator, m.year, m.basis.value) == (indicator, 2025, basis), (m.text, m.indicator, m.year)


# parts by channel, key matters, rank or one named airport: must take none of the whole's ids; the wholes keep theirs
PARTS = [
    # must not
    ("全省国际航空旅客和货邮吞吐量分别增长12.5%、6.1%。", None, None),  # the channel named before the list
    ("8个重点事项审批时限压缩60%、审批材料精简75%。", None, None),  # the key matters named before the list
    ("国家级旅游度假区增至5家。", None, None),  # one rank of resorts
    ("郑州机场货邮吞吐量突破80万吨。", "河南省", None),  # one airport of the province
    ("杭州萧山机场旅客吞吐量增长8%。", "浙江省", None),
    # must
    ("全省航空旅客和货邮吞吐量分别增长12.5%、6.1%。", None, "airport_cargo.growth"),
    ("审批材料精简75%。", None, "gov_services.materials_cut"),
    ("旅游度假区增至9家。", None, "tourist_resorts.count"),
    ("全省机场货邮吞吐量突破80万吨。", "河南省", "airport_cargo.value"),
    ("全省机场旅客吞吐量增长8%。", "浙江省", "airport_passengers.growth"),
]


@pytest.mark.parametrize(("text", "region", "indicator"), PARTS)
def test_parts_by_channel_matters_rank_or_airport(text, region, indicator):
    m = last(text, region)
    assert m.indicator == indicator, (m.text, m.indicator)


# a bounded figure right before a noun of things counted and a count (超200亿元县2个): the threshold the things pass
THRESHOLDS = [
    ("新增经济总量超300亿元县3个、达到21个。", None),  # must not
    ("全市经济总量超1000亿元园区4个。", None),
    ("全省经济总量超过5万亿元。", "gdp.value"),  # must: the level itself
    ("全市经济总量突破8000亿元，增长5.2%。", "gdp.value"),
]


@pytest.mark.parametrize(("text", "indicator"), THRESHOLDS)
def test_a_bounded_figure_before_the_things_counted_is_a_threshold(text, indicator):
    m = extract_metrics(text, (Section("0", 0, "", 0, len(text)),), GOV, Settings())[0]
    assert m.indicator == indicator, (m.text, m.indicator)
