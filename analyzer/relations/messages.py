"""What a relation says in a finding or a verified entry: one formatter per kind."""

from __future__ import annotations

from typing import Any

from .evaluate import Outcome
from .model import Relation
from .model import RelationKind as K
from .rounding import fmt


def _unit(rel: Relation) -> str:
    return rel.result.unit if rel.result is not None and rel.result.unit in ("%", "‰") else "%"


def holds(rel: Relation, out: Outcome) -> str:
    """The message of a relation that holds."""
    r = rel.result
    if rel.kind is K.RATIO:
        assert r is not None
        return f"{rel.name}: {out.arithmetic} ≈ {r.raw}{_unit(rel)}"
    if rel.kind is K.PART_WHOLE:
        return f"其中 {out.arithmetic}" if not rel.name else f"{rel.name}: {out.arithmetic}"
    if rel.kind is K.SUM:
        assert r is not None
        if out.at_most:  # parts that need not be complete, at most their whole
            return f"{out.arithmetic} ≤ {r.text}"
        return f"{out.arithmetic} = {r.text}"
    if rel.kind in (K.TABLE_ROW_SUM, K.TABLE_COL_SUM):
        assert r is not None
        return f"{rel.name}: {out.arithmetic} = 总计 {r.text}"
    if rel.kind is K.TABLE_IDENTITY:
        return f"{rel.name}: {_identity(rel, '=')}"
    if rel.kind is K.SHARE_SUM:
        if rel.name:
            return f"{rel.name} 合计 {fmt(out.computed or 0, 1)}% ≈ 100%"
        return f"{out.arithmetic} {'≈' if rel.exhaustive else '≤'} 100%"
    if rel.kind is K.GROWTH:
        assert r is not None
        return f"{out.arithmetic} ≈ {r.raw}%" if r.unit == "%" else f"{out.arithmetic} ≈ {r.text}"
    if rel.kind is K.AVERAGE_GROWTH:
        assert r is not None
        return f"年均增长: {out.arithmetic} ≈ {r.raw}%"
    if rel.kind is K.PP_DIFFERENCE:
        assert r is not None
        return f"{out.arithmetic} ≈ {'高' if rel.sign > 0 else '低'}{r.raw}个百分点"
    if rel.kind in (K.SAME_VALUE, K.CROSS_YEAR):
        a, b = rel.operands
        if rel.linker == "threshold":  # a level and the threshold it is said to pass
            return f"{rel.name}: {b.text} ≥ {a.text}"
        return f"{rel.name}: {a.text} 与 {b.text} 一致"
    return f"{rel.name}: {out.arithmetic}"


def fails(rel: Relation, out: Outcome, alternatives: tuple[tuple[Relation, Outcome], ...] = ()) -> str:
    """The message of a relation that does not hold (``alternatives``: its group's other failing readings)."""
    r = rel.result
    if rel.kind is K.RATIO:
        assert r is not None
        if out.truncated:
            return f"{rel.name} {r.raw}{_unit(rel)}: {out.arithmetic}，截断而非四舍五入"
        if out.adjusted:
            return f"{rel.name} {r.raw}{_unit(rel)}: {out.arithmetic}，为使各项合计100%调整了舍入"
        others = "".join(f"（{o.arithmetic}）" for a, o in alternatives if a.kind is K.RATIO)
        return f"{rel.name} {r.raw}{_unit(rel)} ≠ {out.arithmetic}{others}"
    if rel.kind is K.PART_WHOLE:
        assert r is not None
        (p,) = rel.operands
        if rel.linker in ("sector_growth", "growth_parts", "sum_growth", "urban_rural_mean"):  # outside its parts' range
            return f"{rel.name}: {p.text} > {r.text}"
        if rel.linker == "target_met":  # a level and the target it is said to meet (the level written first)
            if p.start > r.start:  # 高于, 超额完成: the target (after the level) at most the level
                return f"{rel.name}: 实际 {r.text} 低于所称完成的目标 {p.text}"
            return f"{rel.name}: 实际 {p.text} 超过所称不超过的目标 {r.text}"
        return f"{rel.name}的分子 {p.text} > 分母 {r.text}" if rel.name else f"其中 {p.text} > 总数 {r.text}"
    if rel.kind is K.SUM:
        assert r is not None
        return f"{out.arithmetic} ≠ {r.text}"
    if rel.kind in (K.TABLE_ROW_SUM, K.TABLE_COL_SUM):
        assert r is not None
        return f"{rel.name}: {out.arithmetic} ≠ 总计 {r.text}"
    if rel.kind is K.TABLE_IDENTITY:
        return f"{rel.name}: {_identity(rel, '≠')}"
    if rel.kind is K.SHARE_SUM:
        if rel.name:
            return f"{rel.name} 合计 {fmt(out.computed or 0, 1)}% ≠ 100%"
        return f"{out.arithmetic} {'≠' if rel.exhaustive and (out.computed or 0) < 100 else '>'} 100%"
    if rel.kind is K.GROWTH:
        assert r is not None
        if rel.comparable_prices:
            return f"{r.raw}% 按可比价或同口径计算，名义 {out.arithmetic}，未核对"
        if out.truncated:
            return f"增长 {r.raw}%: {out.arithmetic}，截断而非四舍五入"
        return f"增长 {r.raw}% ≠ {out.arithmetic}" if r.unit == "%" else f"{r.text} ≠ {out.arithmetic}"
    if rel.kind is K.AVERAGE_GROWTH:
        assert r is not None
        if rel.comparable_prices:
            return f"年均增长 {r.raw}% 按可比价计算，名义 {out.arithmetic}，未核对"
        return f"年均增长 {r.raw}% ≠ {out.arithmetic}"
    if rel.kind is K.PP_DIFFERENCE:
        assert r is not None
        return f"{'高' if rel.sign > 0 else '低'}{r.raw}个百分点 ≠ {out.arithmetic}"
    if rel.kind in (K.SAME_VALUE, K.CROSS_YEAR):
        a, b = rel.operands
        if rel.linker == "threshold":  # a level below the threshold it is said to pass
            return f"{b.text} 未达到所称的 {a.text}"
        return f"{rel.name} 前后不一: {a.text} ≠ {b.text}"
    if rel.kind is K.ENUMERATION:
        return out.arithmetic  # 称 六部分，只列出 5 项
    return f"{rel.name}: {out.arithmetic}"


def _identity(rel: Relation, op: str) -> str:
    a, b, c, d = (fmt(m.value) for m in rel.operands)
    left = fmt(rel.operands[0].value + rel.operands[1].value)
    right = fmt(rel.operands[2].value + rel.operands[3].value)
    return f"一 {a} + 二 {b} = {left} {op} 三（七）总计 {c} + 四 {d} = {right}"


def expected_reported(rel: Relation, out: Outcome) -> tuple[Any, Any]:
    """(expected, reported) of a finding: what the arithmetic gives against what the text states."""
    if rel.kind in (K.RATIO, K.GROWTH, K.AVERAGE_GROWTH, K.PP_DIFFERENCE):
        decimals = max(2, rel.result.decimals if rel.result is not None else 0)
        return (round(out.computed, decimals) if out.computed is not None else None), out.stated
    if rel.kind is K.PART_WHOLE:
        return f"<= {fmt(out.stated or 0)}", out.computed
    if rel.kind is K.SHARE_SUM:
        return (100 if rel.exhaustive else "<= 100"), round(out.computed or 0, 4)
    if rel.kind in (K.SAME_VALUE, K.CROSS_YEAR, K.ENUMERATION):
        return out.computed, out.stated  # the first statement, then the other; the items listed, then the count
    return out.stated, out.computed
