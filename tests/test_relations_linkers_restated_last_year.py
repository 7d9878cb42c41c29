"""Linker ``restated``: a 政府工作报告's plan writing last year's level again (去年…) against its review.

In a 政府工作报告 figures are compared within one top-level section (the review and the plan state one indicator
for two years).  A figure of the plan whose clause opens with 去年 is the reviewed year's: it is compared with
the review (the same indicator, the same name); a level reached (回落到, 回升到) in a review of five years is
its last year's, as 达到 is.  Two halves: MUST (linked, holds or a warning) and MUST_NOT (no failing link, no
warning).  Every sentence is written for the test (none copied from a real report).
"""

from __future__ import annotations

import pytest
from test_relations_linkers_restated import FILLER, GOV, _pairs, _raised

from analyzer.types import Severity

YEAR = GOV.replace("2025年1月10日", "2026年1月12日") + "一、2025年工作回顾\n"
FIVE = GOV.replace("2025年1月10日", "2026年1月12日") + "一、过去五年工作回顾\n"
PLAN = "\n二、2026年工作安排\n"


def _review(head: str, cpi: str) -> str:
    return (
        head
        + f"过去一年，全市经济运行总体平稳，地区生产总值增长5.2%，居民消费价格涨幅回落到{cpi}，民生持续改善。\n"
        + FILLER
        + "\n"
    )


MUST = [
    (
        "the plan's 去年 level agrees with the review",
        _review(YEAR, "1.8%")
        + PLAN
        + "关于物价。去年居民消费价格涨幅回落到1.8%，今年物价上行压力依然存在。\n"
        + FILLER,
        ("1.8%", "1.8%"),
        True,
    ),
    (
        "the plan's 去年 level against another in the review",
        _review(YEAR, "1.8%")
        + PLAN
        + "关于物价。去年居民消费价格涨幅回落到2.4%，今年物价上行压力依然存在。\n"
        + FILLER,
        ("1.8%", "2.4%"),
        False,
    ),
    (
        "a five-year review: a level reached (回落到) is its last year's",
        _review(FIVE, "1.8%")
        + PLAN
        + "关于物价。去年居民消费价格涨幅回落到2.4%，今年物价上行压力依然存在。\n"
        + FILLER,
        ("1.8%", "2.4%"),
        False,
    ),
]


@pytest.mark.parametrize(("case", "text", "figures", "holds"), MUST, ids=[c[0] for c in MUST])
def test_links(case, text, figures, holds):  # type: ignore[no-untyped-def]
    pairs = _pairs(text)
    assert (*figures, holds) in [(a[-len(figures[0]) :], b[-len(figures[1]) :], h) for a, b, h in pairs], (
        case,
        pairs,
    )
    assert _raised(text) == ([] if holds else [Severity.WARNING]), case


MUST_NOT = [
    (
        "the plan's own year (no 去年) is no restatement of the review",
        _review(YEAR, "1.8%") + PLAN + "居民消费价格涨幅回落到2.4%的预期下，稳妥做好保供稳价。\n" + FILLER,
    ),
    (
        "去年 in the review itself: the section's own figures",
        _review(YEAR, "1.8%") + "去年居民消费价格涨幅回落到2.4%。\n" + FILLER + PLAN + FILLER,
    ),
    (
        "a range written with 到 is no level",
        _review(YEAR, "1.8%") + PLAN + "关于物价。去年居民消费价格涨幅在1.5%到2.4%之间波动。\n" + FILLER,
    ),
    (
        "another indicator after 去年",
        _review(YEAR, "1.8%") + PLAN + "关于就业。去年城镇调查失业率回落到5.1%，今年就业压力依然存在。\n" + FILLER,
    ),
]


@pytest.mark.parametrize(("case", "text"), MUST_NOT, ids=[c[0] for c in MUST_NOT])
def test_does_not_link(case, text):  # type: ignore[no-untyped-def]
    assert [p for p in _pairs(text) if p[2] is False] == [], (case, _pairs(text))
    assert _raised(text) == [], case
