"""The checker's own figure scanner (used when a report carries no metrics)."""

from __future__ import annotations

import math

import pytest

from analyzer.checks.mentions import scan
from analyzer.types import Qualifier

MUST = [
    # text, value, unit, decimals, qualifier
    ("纠错率58.6%", 58.6, "%", 1, None),
    ("受理行政复议案件29件", 29, "件", 0, None),
    ("共发布信息2600余条", 2600, "条", 0, Qualifier.AT_LEAST),
    ("地区生产总值13697.5亿元", 1369750000000.0, "元", 1, None),
    ("市场主体5.62万户", 56200, "户", 2, None),
    ("约300人参加", 300, "人", 0, Qualifier.ABOUT),
    ("提高2.7个百分点", 2.7, "个百分点", 1, None),
    ("完成１２件", 12, "件", 0, None),
    ("增长5%左右", 5, "%", 0, Qualifier.ABOUT),
]
MUST_NOT = ["2024年召开", "第3次会议", "《条例》第20条规定", "〔2024〕3号", "12345热线", "二十届三中全会"]


@pytest.mark.parametrize(("text", "value", "unit", "decimals", "qual"), MUST)
def test_mentions_scan_extracts(text, value, unit, decimals, qual):
    found = scan(text)
    assert len(found) == 1, found
    m = found[0]
    assert math.isclose(m.value, value) and m.unit == unit and m.decimals == decimals and m.qualifier == qual
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text", MUST_NOT)
def test_mentions_scan_skips(text):
    assert scan(text) == ()
