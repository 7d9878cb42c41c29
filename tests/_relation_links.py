"""The links one linker makes in a text, for the linkers' table tests: (kind, operand texts, result text, holds)."""

from __future__ import annotations

from analyzer import Settings, analyze_text
from analyzer.relations import graph
from analyzer.relations.graph import Link

FAST = Settings(classify=False)


def links_by(text: str, linker: str) -> list[Link]:
    """The links of the relation graph of ``text`` that ``linker`` made, in the graph's order."""
    return [k for k in graph(analyze_text(text, FAST)).links if k.relation.linker == linker]


def links_of(text: str, linker: str) -> list[tuple[str, tuple[str, ...], str, bool | None]]:
    """Every relation ``linker`` links in ``text`` that has a result, as (kind, operands' texts, result's text, holds)."""
    return [
        (k.relation.kind.value, tuple(m.text for m in k.relation.operands), k.relation.result.text, k.outcome.holds)
        for k in links_by(text, linker)
        if k.relation.result is not None
    ]


def raised(text: str) -> list[tuple[str, str]]:
    """(rule, message) of every error and warning of ``text``."""
    return [(f.rule, f.message) for f in analyze_text(text, FAST).findings if f.severity.value in ("error", "warning")]


def assert_links(text: str, linker: str, expected: list[tuple[str, tuple[str, ...], str, bool]]) -> None:
    """Every expected link is among ``linker``'s in ``text``; when one of them fails, something is raised."""
    found = links_of(text, linker)
    for e in expected:
        assert e in found, (e, found)
    if any(holds is False for *_, holds in expected):
        assert raised(text)


def severities_of(text: str, rule: str) -> list[str]:
    """The severity of every error and warning of ``rule`` in ``text``."""
    return [
        f.severity.value
        for f in analyze_text(text, FAST).findings
        if f.rule == rule and f.severity.value in ("error", "warning")
    ]
