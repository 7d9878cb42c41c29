"""Linker ``threshold``: a level and the round threshold it is said to pass, one figure stated twice.

Every sentence is written for the test in the genre's style (none is copied from a real report).
"""

from __future__ import annotations

import pytest

from analyzer import Settings, analyze_text
from analyzer.relations import graph
from analyzer.types import Severity

FAST = Settings(classify=False)


def _thresholds(text: str) -> list[tuple[tuple[str, ...], bool | None]]:
    """(figure texts, holds) of each threshold relation (``same_value`` of linker ``threshold``) of ``text``."""
    report = analyze_text(text, FAST)
    return [
        (tuple(f.text for f in k.relation.figures), k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == "threshold" and k.relation.kind.value == "same_value"
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
    # a level below its threshold: the relation fails (迈上800亿元台阶 is at least 800亿元, not 800 ± 0.5)
    ("全区地区生产总值迈上800亿元台阶，达到786亿元。", "800亿元", "786亿元", False),
    ("全区地区生产总值迈上800亿元台阶，达到799.8亿元。", "800亿元", "799.8亿元", False),
    ("农村居民人均可支配收入突破2万元、达到19630元。", "突破2万元", "19630元", False),
    # a count threshold
    ("全省经营主体突破600万户、达到612万户。", "突破600万户", "612万户", True),
    # a bare magnitude for a threshold (突破万亿元: at least 1万亿元), before or after the level
    ("全省一般公共预算收入比上年增加1320亿元，总额首次突破万亿元，达到10250亿元。", "突破万亿元", "10250亿元", True),
    ("全市进出口总额连续两年过万亿元，达到1.03万亿元。", "万亿元", "1.03万亿元", True),
    ("全市地区生产总值达到1.02万亿元，首次跨越万亿元。", "万亿元", "1.02万亿元", True),
    ("全市经营主体突破百万户、达到103万户。", "突破百万户", "103万户", True),
    ("全省外贸进出口总额突破万亿元，达到9860亿元。", "突破万亿元", "9860亿元", False),
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
    # the threshold of another year (2020年突破…，2025年达到…)
    "全市生产总值2020年突破3000亿元，2025年达到3600亿元。",
    # a level with a qualifier of its own is no stated level (达到近…)
    "全省粮食产量突破700亿斤、达到近720亿斤。",
    # the growth of the level, not the level
    "全市进出口总额突破万亿元，增长8%。",
    # the threshold of the things counted (过千亿元的企业), not their count's
    "营业收入过千亿元的企业达到12家。",
    # a change over last year is no level
    "全省外贸进出口总额首次突破万亿元，比上年增加1200亿元。",
    # a goal
    "力争全市地区生产总值突破万亿元、达到1.05万亿元。",
]


@pytest.mark.parametrize(("text", "threshold", "level", "holds"), MUST)
def test_threshold_links_a_level_to_the_threshold_it_passes(
    text: str, threshold: str, level: str, holds: bool
) -> None:
    assert ((threshold, level), holds) in _thresholds(text), _thresholds(text)


@pytest.mark.parametrize("text", MUST_NOT)
def test_threshold_links_nothing_where_no_level_passes_a_threshold(text: str) -> None:
    assert _thresholds(text) == []


def test_threshold_not_reached_is_a_warning_saying_so() -> None:
    report = analyze_text("全区地区生产总值迈上800亿元台阶，达到786亿元。", FAST)
    (f,) = [f for f in report.findings if f.rule == "conflicting_values"]
    assert f.severity is Severity.WARNING
    assert f.message == "786亿元 未达到所称的 800亿元"


def test_threshold_passed_is_verified_with_the_comparison() -> None:
    report = analyze_text("全市一般公共预算收入突破500亿元、达到526亿元。", FAST)
    assert any(v.message == "突破: 526亿元 ≥ 突破500亿元" for v in report.verified), report.verified
    assert not [f for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING)]


def test_a_threshold_is_no_part_of_a_share_of_the_level() -> None:
    # 突破万亿元、占比80%: the share is of the level the threshold bounds, not of the threshold (at least 1万亿元
    # holds on any whole: it would verify nothing)
    text = "全省一般公共预算收入累计完成3.7万亿元。财政民生支出突破万亿元、占比稳定在80%左右。"
    report = analyze_text(text, FAST)
    assert not [k for k in graph(report).links if k.relation.linker == "passage_share"]
    control = "全省一般公共预算收入累计完成3.7万亿元。财政民生支出2.9万亿元、占比稳定在80%左右。"
    assert [k for k in graph(analyze_text(control, FAST)).links if k.relation.linker == "passage_share"]
