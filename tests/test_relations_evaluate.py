"""Interval arithmetic of the relations (evaluate) and the one severity policy (policy)."""

from __future__ import annotations

import dataclasses

import pytest

from analyzer.relations import Relation, RelationKind, evaluate, severity
from analyzer.relations.figures import figure
from analyzer.settings import Settings
from analyzer.types import Severity

K = RelationKind


def fig(value: float, unit: str = "件", raw: str | None = None, exact: bool | None = None):  # type: ignore[no-untyped-def]
    raw = raw if raw is not None else (str(int(value)) if float(value).is_integer() and unit != "%" else str(value))
    text = raw + unit
    return figure(text, 0, len(text), value, unit, raw, exact=unit != "%" if exact is None else exact)


def rel(kind: RelationKind, operands, result=None, confidence: float = 0.9, **kw) -> Relation:  # type: ignore[no-untyped-def]
    return Relation(kind, tuple(operands), result, "test", confidence, **kw)


@pytest.mark.parametrize(
    ("relation", "holds"),
    [
        (rel(K.RATIO, [fig(17), fig(29)], fig(58.6, "%", "58.6")), True),  # 58.62 in [58.55, 58.65]
        (rel(K.RATIO, [fig(17), fig(29)], fig(56.8, "%", "56.8")), False),
        (rel(K.RATIO, [fig(17), fig(29)], fig(59, "%", "59")), True),  # a whole percent: [58.5, 59.5]
        (rel(K.PART_WHOLE, [fig(30)], fig(29)), False),
        (rel(K.PART_WHOLE, [fig(29)], fig(29)), True),
        (rel(K.SUM, [fig(10), fig(17)], fig(30), exhaustive=True), False),
        (rel(K.SUM, [fig(10), fig(17)], fig(30)), True),  # parts that need not be complete: at most the whole
        (rel(K.SUM, [fig(10), fig(27)], fig(30)), False),  # parts beyond the whole
        (rel(K.SHARE_SUM, [fig(60, "%", "60"), fig(53, "%", "53")]), False),  # 113% of one whole
        (rel(K.SHARE_SUM, [fig(60, "%", "60"), fig(30, "%", "30")]), True),
        (rel(K.SHARE_SUM, [fig(60, "%", "60"), fig(30, "%", "30")], exhaustive=True), False),
        # (23.8 / 8.2)^(1/5) − 1 = 23.75%: 年均增长24% holds; one year's growth would be 190%
        (rel(K.AVERAGE_GROWTH, [fig(8.2, "元", "8.2"), fig(23.8, "元", "23.8")], fig(24, "%", "24"), years=5), True),
        (rel(K.AVERAGE_GROWTH, [fig(8.2, "元", "8.2"), fig(23.8, "元", "23.8")], fig(22, "%", "22"), years=5), False),
        (rel(K.PP_DIFFERENCE, [fig(5.0, "%", "5.0"), fig(5.4, "%", "5.4")], fig(0.4, "个百分点", "0.4")), True),
        (rel(K.TABLE_IDENTITY, [fig(30), fig(1), fig(24), fig(7)]), True),
        (rel(K.TABLE_IDENTITY, [fig(30), fig(1), fig(24), fig(6)]), False),
    ],
)
def test_relations_evaluate(relation: Relation, holds: bool | None) -> None:
    assert evaluate(relation).holds is holds


def test_relations_truncation_is_marked() -> None:
    out = evaluate(rel(K.RATIO, [fig(2369), fig(2474)], fig(95.75, "%", "95.75")))  # 95.756 cut to 95.75
    assert out.holds is False and out.truncated
    assert not evaluate(rel(K.RATIO, [fig(2369), fig(2474)], fig(95.87, "%", "95.87"))).truncated


def test_relations_margin_counts_last_digits() -> None:
    out = evaluate(rel(K.RATIO, [fig(58), fig(1113)], fig(5.4, "%", "5.4")))  # 5.21%: 0.14 below 5.35
    assert out.margin == pytest.approx(1.39, abs=0.01)


@pytest.mark.parametrize(
    ("confidence", "result", "expected"),
    [
        (0.9, fig(56.8, "%", "56.8"), Severity.ERROR),
        (0.6, fig(56.8, "%", "56.8"), Severity.WARNING),
        (0.4, fig(56.8, "%", "56.8"), Severity.INFO),
        (0.2, fig(56.8, "%", "56.8"), None),
        (0.9, fig(58.6, "%", "58.6"), None),  # holds: verified, no finding
        (0.9, fig(58.7, "%", "58.7"), Severity.WARNING),  # misses by less than one last digit
        (0.9, fig(58.620, "%", "58.620"), Severity.INFO),  # 58.6207… cut, not rounded
    ],
)
def test_relations_policy(confidence: float, result, expected) -> None:  # type: ignore[no-untyped-def]
    r = rel(K.RATIO, [fig(17), fig(29)], result, confidence)
    assert severity(r, evaluate(r), Settings()) is expected


def test_relations_policy_thresholds_are_settings() -> None:
    r = rel(K.RATIO, [fig(17), fig(29)], fig(56.8, "%", "56.8"), 0.6)
    assert severity(r, evaluate(r), Settings(error_confidence=0.5)) is Severity.ERROR
    assert severity(r, evaluate(r), Settings(warning_confidence=0.7, info_confidence=0.7)) is None
    comparable = dataclasses.replace(r, comparable_prices=True, confidence=0.9)
    assert severity(comparable, evaluate(comparable), Settings()) is Severity.INFO
