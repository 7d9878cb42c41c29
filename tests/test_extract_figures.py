"""The figure families the checker's retired second scanner read differently from the extractor.

``benchmarks/figure_parity.py`` measured them over ``../shared/real`` and the samples; each family
here is one table of what the extractor must extract (value, unit, qualifier) and one of what it
must not.  Texts are written for these tests; none is copied from a real report.
"""

from __future__ import annotations

import pytest

from analyzer.extract import extract_metrics, find_figures
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section

META = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)


def metrics(text):
    return extract_metrics(text, (Section("0", 0, "", 0, len(text)),), META, Settings(classify=False))


def _q(m):
    return m.qualifier.value if m.qualifier else None


# text, the figure as written (span), value, unit, qualifier
MUST = [
    # ages: a figure when a change word, a qualifier or punctuation follows
    ("人均预期寿命从79.6岁提升至80.4岁。", "79.6岁", 79.6, "岁", None),
    ("人均预期寿命提高到79岁左右。", "79岁左右", 79, "岁", "about"),
    ("人均预期寿命提高1岁以上，居民健康水平提升。", "1岁以上", 1, "岁", "at_least"),
    ("人均预期寿命达到81.2岁。", "81.2岁", 81.2, "岁", None),
    # groups of three separated by spaces, as statistical yearbooks print them
    ("全年共收各类案件321 146件，比上年下降1.3%。", "321 146件", 321146, "件", None),
    ("未成年人犯罪人数共2 189人。", "2 189人", 2189, "人", None),
    # one space between a number and a known unit, as PDF conversions leave it
    ("收到政府信息公开申请 312 件，全部按期答复。", "312 件", 312, "件", None),
    ("主动公开解读信息 17 条。", "17 条", 17, "条", None),
    ("全区生产总值达到 46.7 亿元。", "46.7 亿元", 4.67e9, "元", None),
    ("覆盖 1.2万 户。", "1.2万 户", 12000, "户", None),
    ("答复率 98.5 %。", "98.5 %", 98.5, "%", None),
    ("受理申请约 300 件。", "约 300 件", 300, "件", "about"),
    ("受理申请　56　件。", "56　件", 56, "件", None),  # ideographic spaces
    # full-width digits and thousands separators (raw text, before the ingest cleaner)
    ("财政支出１，２３４．５万元。", "１，２３４．５万元", 12345000, "元", None),
    ("接待群众１２，３４５人次。", "１２，３４５人次", 12345, "人次", None),
    ("收入1,234,567元。", "1,234,567元", 1234567, "元", None),
    ("增长３．６８％。", "３．６８％", 3.68, "%", None),
    # qualifiers: the extractor's reading is the right one
    ("审批时间压缩至3个工作日之内。", "3个工作日之内", 3, "个工作日", "at_most"),
    ("办理时限不超过30件次。", "不超过30件次", 30, "件次", "at_most"),
    ("经营主体突破300万户。", "突破300万户", 3e6, "户", "at_least"),
    ("新增就业不低于900万人。", "不低于900万人", 9e6, "人", "at_least"),
    ("惠及群众8400多万人。", "8400多万人", 8.4e7, "人", "at_least"),
    # units: the longest surface (场次, 个月, 元/月) and 封
    ("开展法治宣讲75场次。", "75场次", 75, "场次", None),
    ("进出口额连续18个月保持增长。", "18个月", 18, "个月", None),
    ("低保标准提高至842元/月。", "842元/月", 842, "元/月", None),
    ("办理群众来信126封。", "126封", 126, "封", None),
    ("收到三封表扬信。", "三封", 3, "封", None),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "qual"), MUST)
def test_extract_figures_must_extract(text, span, value, unit, qual):
    found = [m for m in metrics(text) if text[m.number_start : m.end].startswith(m.raw_number)]
    [m] = [m for m in found if span in m.text or (m.text in span and text.find(span) <= m.number_start)]
    assert text[m.number_start : m.number_end] == m.raw_number
    assert m.value == pytest.approx(value)
    assert (m.unit, _q(m)) == (unit, qual)
    assert m.text.endswith(span) or span.endswith(m.text)


# text: no figure at all
MUST_NOT = [
    # age groups and age bounds
    "为3岁以下婴幼儿提供托育服务。",
    "为65岁及以上老年人免费体检。",
    "60岁以上人口持续增加。",
    "落实满3岁即入园政策。",
    "开展5岁以下儿童健康管理。",
    # specifications, not quantities
    "建成30万吨级进港航道。",
    "推进300万吨级碳捕集项目。",
    # spaces: only one, only before a known unit, never after 第 or a Chinese numeral
    "第 3 件议案已办结。",
    "截至 2024 年底。",
    "受理申请 749  件。",
    "拨打 12345 热线。",
    "实施 三 个 行动。",
    "表 1 所列事项。",
    # full-width numbers without a unit: document numbers and codes
    "依据〔２０２４〕１２号文件。",
    "编号１，２３４的档案。",
    # a letter is not a figure without a numeral
    "收到一封群众来信。",
    "加快高速公路三封段改扩建。",  # a road segment named after a place (stoplist.txt)
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_extract_figures_must_not_extract(text):
    assert [m.text for m in metrics(text)] == []


# the extractor's qualifier where the retired scanner read another (or none): text, qualifier
QUALIFIERS = [
    ("不超过30件", "at_most"),  # the scanner read 超过 inside 不超过: at_least
    ("不超过120个工作日", "at_most"),
    ("低于4.6%", "at_most"),
    ("突破3万亿元", "at_least"),
    ("不低于5%", "at_least"),
    ("3%之内", "at_most"),
]
# qualifier words of the retired scanner that are no bound: the figure is exact
NO_QUALIFIER = ["高于全国1.2个百分点", "达95%", "达到2600条"]


@pytest.mark.parametrize(("text", "qual"), QUALIFIERS)
def test_extract_figures_qualifier(text, qual):
    [f] = find_figures(text)
    assert f.qualifier is not None and f.qualifier.value == qual
    assert (f.start, f.end) == (0, len(text))


@pytest.mark.parametrize("text", NO_QUALIFIER)
def test_extract_figures_no_qualifier(text):
    [f] = find_figures(text)
    assert f.qualifier is None


# ranges: one figure for both ends (the scanner took the high end as a second, exact figure)
RANGES = [("增长5%—5.5%", 5, 5.5), ("增加2—4家", 2, 4), ("提高了25%到40%", 25, 40), ("0—6岁", 0, 6)]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_extract_figures_range_is_one_figure(text, low, high):
    [f] = find_figures(text)
    assert (f.value, f.value_high) == (pytest.approx(low), pytest.approx(high))
