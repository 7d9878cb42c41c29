"""Figures the relations read that are no extractor metric: table cells, the terms of 7.1:38.2:54.7, sums.

Each is a ``Mention`` with its rounding interval, so that relations and their
evaluation treat every figure alike.
"""

from __future__ import annotations

from ..types import MetricKind
from .mentions import Mention
from .rounding import Interval, interval

_KINDS = {"%": MetricKind.PERCENT, "‰": MetricKind.PERMILLE, "个百分点": MetricKind.PERCENTAGE_POINT}


def figure(text: str, start: int, end: int, value: float, unit: str, raw: str, *, exact: bool = False) -> Mention:
    """The figure written at ``[start, end)`` of ``text`` (``exact``: a count, no rounding)."""
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    iv = interval(value, decimals, None, exact_integer=exact)
    kind = _KINDS.get(unit, MetricKind.COUNT if exact else MetricKind.QUANTITY)
    return Mention(value, iv, unit, kind, decimals, None, start, end, start, end, raw, text[start:end])


def combined(parts: tuple[Mention, ...], value: float, iv: Interval, shown: str) -> Mention:
    """A figure computed from others (the base b − c of an implied growth), spanning them."""
    first = min(parts, key=lambda m: m.start)
    last = max(parts, key=lambda m: m.end)
    return Mention(
        value,
        iv,
        first.unit,
        first.kind,
        max(p.decimals for p in parts),
        None,
        first.start,
        last.end,
        first.number_start,
        last.number_end,
        shown,
        shown,
    )
