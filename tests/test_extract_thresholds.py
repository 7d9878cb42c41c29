"""A bare magnitude after a crossing word is a figure: 突破万亿元 is at least 1万亿元, a threshold and no level.

The crossing words are ``analyzer/data/threshold_words.tsv``'s.  Texts are written for these tests in the genre's
style; none is copied from a real report.
"""

from __future__ import annotations

import pytest

from analyzer.extract import extract_metrics
from analyzer.settings import Settings
from analyzer.types import Genre, Meta, Section

META = Meta(title=None, issuer=None, region=None, year=2025, genre=Genre.GOV_WORK_REPORT)


def metrics(text):
    return extract_metrics(text, (Section("0", 0, "", 0, len(text)),), META, Settings(classify=False))


# text, the figure as written (crossing word and unit), value, unit
MUST = [
    ("全省一般公共预算收入首次突破万亿元，达到10250亿元。", "突破万亿元", 1e12, "元"),
    ("全市进出口总额突破万亿元、增速居全国第五位。", "突破万亿元", 1e12, "元"),
    ("全年接待游客超过千万人次。", "超过千万人次", 1e7, "人次"),
    ("新能源汽车整车出口突破百万辆。", "突破百万辆", 1e6, "辆"),
    ("服务业增加值跨上万亿元台阶。", "万亿元", 1e12, "元"),
    ("外贸进出口总额连续两年过万亿元。", "万亿元", 1e12, "元"),
    ("集装箱吞吐量历史性突破千万标箱。", "突破千万标箱", 1e7, "标准箱"),
    ("海铁联运班列开行突破千列。", "突破千列", 1000, "列"),
    ("粮食产量稳定在超百亿斤。", "超百亿斤", 1e10, "斤"),
    ("培育营收过百亿元的农产品加工企业。", "百亿元", 1e10, "元"),
]

# text: no figure at all
MUST_NOT = [
    "千万不能放松安全生产。",
    "万一发生险情，要及时处置。",
    "亿万人民群众共同奋斗。",
    "惠及千家万户。",
    # 万亿级 as an adjective of industries, and a crossing word before it: no unit
    "打造万亿级产业集群。",
    "电子信息产业迈上万亿级台阶。",
    # a programme's name
    "实施百万英才计划。",
    # a crossing word with no unit after the magnitude (过千亿 of industries, 破万 of cases)
    "一批营收过千亿新兴产业加快成长。",
    "新收行政复议案件破万。",
    # words ending in a crossing word that cross nothing (通过, 不超过), and a span of time
    "通过千方百计稳就业。",
    "对不超过万元的小额贷款给予贴息。",
    "跨越千年的古城焕发新活力。",
    "一批超百年老店焕发生机。",
]


def _q(m):
    return m.qualifier.value if m.qualifier else None


@pytest.mark.parametrize(("text", "span", "value", "unit"), MUST)
def test_bare_threshold_is_a_lower_bound_with_no_indicator(text, span, value, unit):
    [m] = [m for m in metrics(text) if m.text.endswith(span) or span.endswith(m.text)]
    assert m.value == pytest.approx(value)
    assert (m.unit, _q(m)) == (unit, "at_least")
    assert m.interval.low == pytest.approx(value) and m.interval.high == float("inf")
    assert m.indicator is None  # a threshold is not the level


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_figure_from_a_magnitude_that_is_no_threshold(text):
    assert [m.text for m in metrics(text)] == []


def test_a_threshold_with_a_numeral_keeps_its_indicator():
    # 突破5万亿元: an at_least figure of the level's id, as before the bare magnitudes were read
    [m] = metrics("全市地区生产总值突破5万亿元。")
    assert (_q(m), m.indicator) == ("at_least", "gdp.value")


# the level stated after a threshold keeps the id it has without one (two subject families the thresholds meet):
# text, the level's figure, its id
LEVEL_AFTER = [
    # a total word alone (总额) is the total of the subject of the figure before it in its sentence
    ("全国财政收入比上年增加1320亿元，总额首次突破万亿元，达到10250亿元。", "10250亿元", "fiscal_revenue.value"),
    ("全省财政收入增长8%，总额达到3650亿元。", "3650亿元", "fiscal_revenue.value"),
]
# ... but not of new ones: the total after a count of new ones is the stock (text, the total's figure, a wrong id)
TOTAL_OF_NEW = [
    ("全省新增境内外上市公司38家、总量达960家。", "960家", "listed_companies.new"),
    ("全省新登记经营主体150万户、增长9%，总量达1020万户。", "1020万户", "market_entities.new"),
]
# a count with words right after it counts them: never the subject of the figure before (text, the count)
COUNT_OF_ITS_OWN = [
    ("全市科技型中小企业超1.25万家，6个产业规模超千亿元。", "6个"),
    ("全市科技型中小企业超1.25万家，6个产业规模超1000亿元。", "6个"),
]


@pytest.mark.parametrize(("text", "level", "indicator"), LEVEL_AFTER)
def test_a_level_after_a_threshold_keeps_its_indicator(text, level, indicator):
    [m] = [m for m in metrics(text) if m.text.endswith(level)]
    assert m.indicator == indicator


@pytest.mark.parametrize(("text", "count"), COUNT_OF_ITS_OWN)
def test_a_count_with_words_after_it_takes_no_subject_of_the_figure_before(text, count):
    [m] = [m for m in metrics(text) if m.text == count]
    assert m.indicator is None and m.subject != "科技型中小企业"


@pytest.mark.parametrize(("text", "total", "wrong"), TOTAL_OF_NEW)
def test_a_total_word_after_new_ones_is_no_count_of_new_ones(text, total, wrong):
    [m] = [m for m in metrics(text) if m.text.endswith(total)]
    assert m.indicator != wrong
