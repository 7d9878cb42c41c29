"""Intervals a reported number stands for (statcheck / GRIM style).

A value written with ``d`` decimals stands for ``value ± 0.5·10^-d`` (in the
unit it was written in: 13697.5亿元 stands for ±0.05亿元).  Qualifiers widen or
bound the interval: 约/左右 → a relative band, 余/以上 → at least, 近 → a little
below, 不足/以内 → at most.  Counts written as whole numbers without a
qualifier are exact.  A range (5%—6%) stands for its low end's rounding
interval joined to its high end's, both with the precision of the low end.

``Metric.interval`` is this interval for an extracted figure; the checks import
it from ``analyzer.relations.rounding`` (a re-export).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .fastinit import fast_init
from .types import Qualifier

# relative half-width of "约 X" / "X左右"
ABOUT_REL = 0.10
# how far below X "近 X" may be
NEARLY_REL = 0.15
# how far above X "X余 / X多 / X以上 / 超过X" may reasonably be (upper bound is open)
AT_LEAST_REL = math.inf


@fast_init  # (built for every figure: see analyzer.fastinit)
@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float

    def contains(self, x: float) -> bool:
        return self.low - 1e-9 <= x <= self.high + 1e-9

    def overlaps(self, other: Interval) -> bool:
        return self.low - 1e-9 <= other.high and other.low - 1e-9 <= self.high

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    def divide(self, other: Interval) -> Interval | None:
        """``self / other`` for positive intervals; None when ``other`` may be zero."""
        if other.low <= 0:
            return None
        vals = [self.low / other.low, self.low / other.high, self.high / other.low, self.high / other.high]
        return Interval(min(vals), max(vals))

    def scale(self, k: float) -> Interval:
        a, b = self.low * k, self.high * k
        return Interval(min(a, b), max(a, b))


def half_unit(decimals: int, scale: float = 1.0) -> float:
    """Half of the last reported digit, in normalised units."""
    return 0.5 * 10 ** (-decimals) * abs(scale)


def interval(
    value: float,
    decimals: int = 0,
    qualifier: Qualifier | None = None,
    *,
    scale: float = 1.0,
    exact_integer: bool = False,
    value_high: float | None = None,
) -> Interval:
    """The interval of true values a reported figure is compatible with.

    ``scale`` is the multiplier between the written number and ``value``
    (1e8 for 亿元; the extractor's decimals already include it: pass 1);
    ``exact_integer`` marks counts (件, 人) whose whole numbers are exact.
    """
    hi_value = value if value_high is None else value_high
    h = 0.0 if (exact_integer and decimals == 0 and scale == 1.0) else half_unit(decimals, scale)
    low, high = value - h, hi_value + h
    if qualifier is Qualifier.ABOUT:
        w = max(h, abs(value) * ABOUT_REL)
        low, high = value - w, hi_value + w
    elif qualifier is Qualifier.AT_LEAST:
        low, high = value, math.inf
    elif qualifier is Qualifier.NEARLY:
        low, high = value * (1 - NEARLY_REL), hi_value + h
    elif qualifier is Qualifier.AT_MOST:
        low, high = -math.inf if value < 0 else 0.0, hi_value + h
    return Interval(low, high)
