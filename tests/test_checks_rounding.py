"""Intervals from reported decimals and qualifiers (statcheck/GRIM)."""

from __future__ import annotations

import math

import pytest

from analyzer.relations.rounding import Interval, fmt, interval
from analyzer.types import Qualifier

CASES = [
    # value, decimals, qualifier, kwargs, low, high
    (58.6, 1, None, {}, 58.55, 58.65),
    (97, 0, None, {}, 96.5, 97.5),
    (29, 0, None, {"exact_integer": True}, 29, 29),
    (1369750000000.0, 1, None, {"scale": 1e8}, 1369745000000.0, 1369755000000.0),
    (56200.0, 2, None, {"scale": 1e4}, 56150.0, 56250.0),
    (2600, 0, Qualifier.AT_LEAST, {"exact_integer": True}, 2600, math.inf),
    (100, 0, Qualifier.ABOUT, {}, 90, 110),
    (100, 0, Qualifier.NEARLY, {}, 85, 100.5),
    (5.5, 1, Qualifier.AT_MOST, {}, 0, 5.55),
]


@pytest.mark.parametrize(("value", "decimals", "qual", "kw", "low", "high"), CASES)
def test_rounding_interval(value, decimals, qual, kw, low, high):
    iv = interval(value, decimals, qual, **kw)
    assert iv.low == pytest.approx(low)
    assert iv.high == pytest.approx(high) if not math.isinf(high) else math.isinf(iv.high)


def test_rounding_ratio_interval_of_counts_contains_the_reported_rate():
    ratio = Interval(17, 17).divide(Interval(29, 29))
    assert ratio is not None
    assert ratio.scale(100).overlaps(interval(58.6, 1))
    assert not ratio.scale(100).overlaps(interval(56.8, 1))


def test_rounding_division_by_a_possibly_zero_interval_is_refused():
    assert Interval(1, 2).divide(Interval(0, 3)) is None


def test_rounding_difference_of_intervals_widens():
    d = interval(98.5, 1) - interval(92.1, 1)
    assert d.low == pytest.approx(6.3) and d.high == pytest.approx(6.5)


@pytest.mark.parametrize(("x", "text"), [(29.0, "29"), (58.6206, "58.62"), (math.inf, "∞")])
def test_rounding_fmt(x, text):
    assert fmt(x) == text
