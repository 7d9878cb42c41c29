"""The whole pipeline (outline, extraction, classification, every check) grows linearly with its input.

A rule that compares every figure with every other figure, or a regex that
backtracks, shows up as a cost ratio far above the size ratio.  Timing is a
ratio of two runs in the same process, never an absolute bound.
"""

from __future__ import annotations

import time

import pytest

from analyzer import analyze_text

# each unit is adversarial for one part of the pipeline; they are repeated to size
UNITS = {
    # many figures and rates in one paragraph: rate/part/sum linking
    "dense_figures": "全年受理行政复议案件29件，其中纠错17件，纠错率58.6%，审结率100%，同比增长5.2%，比上年提高3个百分点；",
    # heading labels at every level, appendix restarts
    "headings": "一、总体情况\n（一）基本情况\n1.具体工作\n（1）事项\n二、主要举措\n",
    # table rows with totals
    "tables": "项目 | 本年新收 | 上年结转 | 合计 |\n申请数 | 12 | 3 | 15 |\n",
    # digits and numerals without units, no punctuation
    "numerals": "一二三四五六七八九十百千万亿" * 3 + "1234567890" * 5 + "一是二是三是",
}


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        analyze_text(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(UNITS))
def test_pipeline_cost_grows_linearly(name):
    unit = UNITS[name]
    analyze_text(unit)  # load the model and data once
    small = unit * (20_000 // len(unit))
    big = unit * (200_000 // len(unit))
    size_ratio = len(big) / len(small)
    cost_ratio = _cost(big) / _cost(small)
    # 10x the input: linear is ~10, quadratic ~100; allow noise (a loaded machine) and n·log n parts
    assert cost_ratio < 3.5 * size_ratio, f"{name}: {size_ratio:.0f}x input cost {cost_ratio:.1f}x time"
