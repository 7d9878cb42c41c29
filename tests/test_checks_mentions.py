"""The checks' figures: one ``Mention`` per extractor ``Metric`` (there is no second scanner)."""

from __future__ import annotations

import math

import pytest

from analyzer.api import analyze_text
from analyzer.relations import mentions as mentions_mod
from analyzer.relations.mentions import mentions
from analyzer.settings import Settings
from analyzer.types import Meta, Qualifier, Report, Source

SETTINGS = Settings(classify=False, check=False)

MUST = [
    # text, the mention's text, value, unit, decimals as written, qualifier
    ("纠错率58.6%。", "58.6%", 58.6, "%", 1, None),
    ("受理行政复议案件29件。", "29件", 29, "件", 0, None),
    ("共发布信息2600余条。", "2600余条", 2600, "条", 0, Qualifier.AT_LEAST),
    ("地区生产总值13697.5亿元。", "13697.5亿元", 1369750000000.0, "元", 1, None),
    ("市场主体5.62万户。", "5.62万户", 56200, "户", 2, None),
    ("约300人参加。", "约300人", 300, "人", 0, Qualifier.ABOUT),
    ("提高2.7个百分点。", "2.7个百分点", 2.7, "个百分点", 1, None),
    ("完成１２件。", "12件", 12, "件", 0, None),  # the ingest cleaner makes the digits ASCII
    ("增长5%左右。", "5%左右", 5, "%", 0, Qualifier.ABOUT),
    ("财政支出１，２３４．５万元。", "1,234.5万元", 12345000, "元", 1, None),
    # the evidence shows the qualifier the interval uses (the retired scanner showed 超过30件 as at_least)
    ("答复期限内办结不超过30件。", "不超过30件", 30, "件", 0, Qualifier.AT_MOST),
    ("增长百分之十二点五。", "百分之十二点五", 12.5, "%", 0, None),
    ("预期增长5%—5.5%。", "5%—5.5%", 5, "%", 0, None),
    ("收到申请 312 件。", "312件", 312, "件", 0, None),  # PDF-text spaces around a figure are rejoined on reading
]
MUST_NOT = [
    "2024年召开",
    "第3次会议",
    "〔2024〕3号",
    "12345热线",
    "二十届三中全会",
    "为3岁以下婴幼儿提供服务",
    "建成30万吨级航道",
    "新增2—4家创新中心",  # a count range is no mention
]


@pytest.mark.parametrize(("text", "shown", "value", "unit", "decimals", "qual"), MUST)
def test_mentions_are_the_extractors_figures(text, shown, value, unit, decimals, qual):
    report = analyze_text(text, SETTINGS)
    [m] = mentions(report)
    assert math.isclose(m.value, value) and m.unit == unit and m.decimals == decimals and m.qualifier == qual
    assert m.text == shown == report.text[m.start : m.end]
    [metric] = [x for x in report.metrics if x.number_start == m.number_start]
    assert m.interval == metric.interval


@pytest.mark.parametrize("text", MUST_NOT)
def test_mentions_skip_what_is_no_figure(text):
    assert mentions(analyze_text(text, SETTINGS)) == ()


def test_mentions_of_a_report_without_metrics_are_none():
    text = "全年受理行政复议案件29件，纠错率58.6%。"
    report = Report(source=Source(None, "0" * 64, "txt", None), meta=Meta(None, None, None, None), text=text)
    assert mentions(report) == ()


def test_mentions_have_no_second_scanner():
    assert not any(hasattr(mentions_mod, name) for name in ("scan", "_scan", "_MENTION_RE"))
