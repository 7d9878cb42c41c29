"""Linker ``change`` beyond the 由…到… patterns: a level and the round threshold it is said to pass.

Every sentence is written for the test in the genre's style (none is copied from a real report).
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph
from analyzer.types import Severity

FAST = Settings(classify=False)


def _thresholds(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    """(figure texts, holds) of each threshold relation (``part_whole`` named 突破) of ``text``."""
    report = analyze_text(text, FAST)
    return [
        (tuple(f.text for f in k.relation.figures), k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == "change" and k.relation.kind.value == "part_whole" and k.relation.name == "突破"
    ]


# (text, threshold figure, level figure, holds)
MUST = [
    # the threshold read with its crossing word, then the level
    ("全市一般公共预算收入突破500亿元、达到526亿元，增长3.1%。", "突破500亿元", "526亿元", True),
    # the crossing word before the threshold, a noun after it (台阶, 大关)
    ("全县生产总值迈上3000亿元台阶，达到3120亿元。", "3000亿元", "3120亿元", True),
    ("全省外贸进出口总额首次突破1万亿元大关，达到1.08万亿元。", "突破1万亿元", "1.08万亿元", True),
    # the level first, then the threshold it passes
    ("全市人均生产总值达到1.35万美元，首次突破1万美元。", "突破1万美元", "1.35万美元", True),
    # a level below its threshold: the relation fails
    ("全区地区生产总值迈上800亿元台阶，达到786亿元。", "800亿元", "786亿元", False),
    ("农村居民人均可支配收入突破2万元、达到19630元。", "突破2万元", "19630元", False),
    # a count threshold
    ("全省经营主体突破600万户、达到612万户。", "突破600万户", "612万户", True),
]

MUST_NOT = [
    # another currency: 7.8万元 is no level of 1万美元
    "人均地区生产总值从5.6万元增至7.8万元，超过1万美元。",
    # the level is another indicator's (a name between the two figures)
    "出口额突破500亿元、进口额达到300亿元。",
    # no crossing word: two levels of a list
    "地区生产总值达到3200亿元，一般公共预算收入达到260亿元。",
    # a difference in points, not a level
    "城镇化率达到65.2%，超过全国平均水平1.2个百分点。",
    # a level with a qualifier of its own is no stated level (达到约…)
    "全省粮食产量突破700亿斤、达到近720亿斤。",
]


@pytest.mark.parametrize(("text", "threshold", "level", "holds"), MUST)
def test_change_links_a_level_to_the_threshold_it_passes(text: str, threshold: str, level: str, holds: bool) -> None:
    assert ((threshold, level), holds) in _thresholds(text), _thresholds(text)


@pytest.mark.parametrize("text", MUST_NOT)
def test_change_links_no_threshold_where_none_is_passed(text: str) -> None:
    assert _thresholds(text) == []


def test_change_threshold_not_reached_is_an_error_saying_so() -> None:
    report = analyze_text("全区地区生产总值迈上800亿元台阶，达到786亿元。", FAST)
    (f,) = [f for f in report.findings if f.rule == "part_exceeds_whole"]
    assert f.severity is Severity.ERROR
    assert f.message == "786亿元 未达到所称的 800亿元"


def test_change_threshold_passed_is_verified_with_the_arithmetic() -> None:
    report = analyze_text("全市一般公共预算收入突破500亿元、达到526亿元。", FAST)
    assert any(v.message == "突破: 突破500亿元 ≤ 526亿元" for v in report.verified)
    assert not [f for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING)]
