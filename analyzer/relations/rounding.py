"""Intervals a reported number stands for, and how the checks print numbers.

The interval code lives in ``analyzer.intervals`` (``Metric.interval`` uses it);
it is re-exported here so that the checks keep importing it from one place.
"""

from __future__ import annotations

import math

from ..intervals import ABOUT_REL, AT_LEAST_REL, NEARLY_REL, Interval, half_unit, interval

__all__ = ["ABOUT_REL", "AT_LEAST_REL", "NEARLY_REL", "Interval", "fmt", "half_unit", "interval"]


def fmt(x: float, decimals: int = 2) -> str:
    """A number for a message: integers without decimals, others with ``decimals``."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if abs(x - round(x)) < 1e-9:
        return str(round(x))
    return f"{x:.{max(0, decimals)}f}"
