"""Whether a relation holds: interval arithmetic on the figures' rounding intervals.

Every figure stands for the interval of true values its written precision
allows (58.6% → [58.55, 58.65]; 29件 → [29, 29]; 2600余条 → [2600, ∞)).  A
relation holds when the interval computed from its operands meets the interval
of its result; it fails when they are disjoint; it is undecidable (``None``)
when the text bounds nothing (parts that need not be complete and fall short).

``margin`` measures a failure beyond rounding: the gap between the computed
value and the stated interval, in units of the result's last written digit
(58.6% printed for 58.62% → gap 0; 5.4% printed for 5.21% → 2.9).  The
severity policy reads it; ``truncated`` marks a stated value that is the
computed one cut, not rounded, to the written decimals (95.756% → 95.75%).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .mentions import Mention, written_scale
from .model import Relation
from .model import RelationKind as K
from .rounding import Interval, fmt, half_unit


@dataclass(frozen=True, slots=True)
class Outcome:
    holds: bool | None
    computed: float | None  # the value the operands give (exact arithmetic on the written values)
    stated: float | None  # the value the text states for it
    arithmetic: str  # "17/29 = 58.62%"
    margin: float = 0.0
    truncated: bool = False
    at_most: bool = False  # holds as a bound only: parts that need not be complete, at most their whole
    # a share one unit off its plain rounding so that the shares of its whole make 100% as written (the largest
    # remainder's adjustment, ``graph``): the text may be right
    adjusted: bool = False


def _sum(ms: tuple[Mention, ...]) -> Interval:
    iv = Interval(0.0, 0.0)
    for m in ms:
        iv = iv + m.interval
    return iv


def _gap(computed: Interval, stated: Interval) -> float:
    if computed.overlaps(stated):
        return 0.0
    return stated.low - computed.high if computed.high < stated.low else computed.low - stated.high


def _margin(gap: float, result: Mention) -> float:
    unit = 2 * half_unit(result.decimals) if result.decimals >= 0 else 1.0
    if result.interval.high - result.interval.low > 0 and not math.isinf(result.interval.high - result.interval.low):
        unit = max(unit, result.interval.high - result.interval.low)
    return gap / unit if unit > 0 else math.inf


def _truncated(exact: float, result: Mention) -> bool:
    """The stated value is ``exact`` cut (not rounded) to the written decimals."""
    if result.qualifier is not None:
        return False
    k = 10**result.decimals
    return math.floor(exact * k + 1e-9) == round(result.value * k) and round(exact * k) != round(result.value * k)


def _percent(unit: str) -> float:
    return 1000.0 if unit == "‰" else 100.0


def evaluate(rel: Relation) -> Outcome:
    """The outcome of ``rel`` on its figures' intervals."""
    fn = _EVALUATORS[rel.kind]
    return fn(rel)


def _ratio(rel: Relation) -> Outcome:
    n, d = rel.operands
    p = rel.result
    assert p is not None
    k = _percent(p.unit)
    arith = f"{_term(n)}/{_term(d)}"
    iv = n.interval.divide(d.interval)
    if iv is None or d.value <= 0:
        return Outcome(None, None, p.value, arith)
    exact = n.value / d.value * k
    computed = iv.scale(k)
    arith = f"{arith} = {exact:.2f}{p.unit}"
    gap = _gap(computed, p.interval)
    if gap == 0:
        return Outcome(True, exact, p.value, arith)
    return Outcome(False, exact, p.value, arith, _margin(gap, p), _truncated(exact, p))


def _part_whole(rel: Relation) -> Outcome:
    (part,) = rel.operands
    whole = rel.result
    assert whole is not None
    arith = f"{part.text} ≤ {whole.text}"
    if part.interval.low > whole.interval.high + 1e-9:
        gap = part.interval.low - whole.interval.high
        return Outcome(False, part.value, whole.value, f"{part.text} > {whole.text}", _margin(gap, whole))
    return Outcome(True, part.value, whole.value, arith)


def _sum_of(rel: Relation) -> Outcome:
    whole = rel.result
    assert whole is not None
    total = _sum(rel.operands)
    exact = sum(m.value for m in rel.operands)
    arith = f"{' + '.join(m.text for m in rel.operands)} = {fmt(exact / written_scale(whole))}"
    gap = _gap(total, whole.interval)
    if gap == 0:
        return Outcome(True, exact, whole.value, arith)
    if total.high < whole.interval.low and not rel.exhaustive:
        # parts that need not be complete: their sum at most the whole is all the text says
        if rel.kind is K.SUM:
            return Outcome(True, exact, whole.value, arith, at_most=True)
        return Outcome(None, exact, whole.value, arith)
    return Outcome(False, exact, whole.value, arith, _margin(gap, whole))


def _share_sum(rel: Relation) -> Outcome:
    total = _sum(rel.operands)
    exact = sum(m.value for m in rel.operands)
    arith = " + ".join(f"{m.raw}%" for m in rel.operands) + f" = {fmt(exact, 1)}%"
    hundred = Interval(100.0, 100.0)
    # exhaustive: they make 100; otherwise they may fall short of it but not exceed it
    gap = _gap(total, hundred) if rel.exhaustive else max(0.0, total.low - 100.0)
    if gap == 0:
        return Outcome(True, exact, 100.0, arith)
    unit = sum(2 * half_unit(m.decimals) for m in rel.operands) or 1.0
    return Outcome(False, exact, 100.0, arith, gap / unit)


def _growth(rel: Relation) -> Outcome:
    a, b = rel.operands
    c = rel.result
    assert c is not None
    if c.unit in ("%", "‰") and a.unit not in ("%", "‰"):
        iv = b.interval.divide(a.interval)
        if iv is None or a.value <= 0:
            return Outcome(None, None, c.value, "")
        pct = Interval(iv.low * 100 - 100, iv.high * 100 - 100).scale(rel.sign)
        exact = (b.value / a.value - 1) * 100 * rel.sign
        arith = f"{b.text} / {a.text} − 1 = {exact:.2f}%"
    else:  # a difference in the figures' own unit
        pct = (b.interval - a.interval).scale(rel.sign)
        exact = (b.value - a.value) * rel.sign
        arith = f"{b.text} − {a.text} = {fmt(exact / written_scale(c), c.decimals or 2)}"
    gap = _gap(pct, c.interval)
    if gap == 0:
        return Outcome(True, exact, c.value, arith)
    return Outcome(False, exact, c.value, arith, _margin(gap, c), _truncated(abs(exact), c))


def _average_growth(rel: Relation) -> Outcome:
    a, b = rel.operands
    c = rel.result
    assert c is not None and rel.years > 0
    if a.value <= 0 or b.value <= 0 or a.interval.low <= 0:
        return Outcome(None, None, c.value, "")
    n = rel.years

    def rate(x: float) -> float:
        return (x ** (1 / n) - 1) * 100

    lo = rate(b.interval.low / a.interval.high)
    hi = rate(b.interval.high / a.interval.low) if not math.isinf(b.interval.high) else math.inf
    exact = rate(b.value / a.value)
    arith = f"({b.text} / {a.text})^(1/{n}) − 1 = {exact:.2f}%"
    gap = _gap(Interval(lo, hi), c.interval)
    if gap == 0:
        return Outcome(True, exact, c.value, arith)
    return Outcome(False, exact, c.value, arith, _margin(gap, c), _truncated(exact, c))


def _pp_difference(rel: Relation) -> Outcome:
    a, b = rel.operands
    c = rel.result
    assert c is not None
    diff = (b.interval - a.interval).scale(rel.sign)
    exact = (b.value - a.value) * rel.sign
    arith = f"{b.raw}% − {a.raw}% = {fmt(b.value - a.value, max(a.decimals, b.decimals, 1))} 个百分点"
    gap = _gap(diff, c.interval)
    if gap == 0:
        return Outcome(True, exact, c.value, arith)
    return Outcome(False, exact, c.value, arith, _margin(gap, c))


def _same_value(rel: Relation) -> Outcome:
    a, b = rel.operands
    arith = f"{a.text} 与 {b.text}"
    gap = _gap(a.interval, b.interval)
    if gap == 0:
        return Outcome(True, a.value, b.value, arith)
    return Outcome(False, a.value, b.value, arith, _margin(gap, b))


def _enumeration(rel: Relation) -> Outcome:
    """The stated count (the result) among the numbers of items the list may be read as (the operand)."""
    (listed,) = rel.operands
    count = rel.result
    assert count is not None
    k = int(listed.value)
    etc = "（等）" if math.isinf(listed.interval.high) else ""
    gap = _gap(listed.interval, count.interval)
    if gap == 0:
        return Outcome(True, listed.value, count.value, f"列出 {k} 项{etc}")
    if count.value < listed.value:
        return Outcome(False, listed.value, count.value, f"称 {count.text}，却列出 {k} 项", gap)
    shown = int(listed.interval.high)
    return Outcome(False, float(shown), count.value, f"称 {count.text}，只列出 {shown} 项", gap)


def _table_identity(rel: Relation) -> Outcome:
    a, b, c, d = rel.operands
    left, right = a.value + b.value, c.value + d.value
    arith = f"{fmt(a.value)} + {fmt(b.value)} = {fmt(left)}，{fmt(c.value)} + {fmt(d.value)} = {fmt(right)}"
    return Outcome(left == right, right, left, arith, abs(left - right))


def _term(m: Mention) -> str:
    """A figure in a ratio: a plain count as its number (17/29), anything with a multiplier or unit as written."""
    return fmt(m.value) if written_scale(m) == 1 and m.is_count else m.text


_EVALUATORS = {
    K.RATIO: _ratio,
    K.PART_WHOLE: _part_whole,
    K.SUM: _sum_of,
    K.TABLE_ROW_SUM: _sum_of,
    K.TABLE_COL_SUM: _sum_of,
    K.SHARE_SUM: _share_sum,
    K.GROWTH: _growth,
    K.AVERAGE_GROWTH: _average_growth,
    K.PP_DIFFERENCE: _pp_difference,
    K.SAME_VALUE: _same_value,
    K.CROSS_YEAR: _same_value,
    K.TABLE_IDENTITY: _table_identity,
    K.ENUMERATION: _enumeration,
}
