"""The links one linker makes in a text, for the linkers' table tests: (kind, operand texts, result text, holds)."""

from __future__ import annotations

from analyzer import Settings, analyze_text
from analyzer.relations import graph

FAST = Settings(classify=False)


def links_of(text: str, linker: str) -> list[tuple[str, tuple[str, ...], str, bool | None]]:
    """Every relation ``linker`` links in ``text`` that has a result, as (kind, operands' texts, result's text, holds)."""
    report = analyze_text(text, FAST)
    return [
        (k.relation.kind.value, tuple(m.text for m in k.relation.operands), k.relation.result.text, k.outcome.holds)
        for k in graph(report).links
        if k.relation.linker == linker and k.relation.result is not None
    ]
