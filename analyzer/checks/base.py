"""What every rule shares: the rule signature and small constructors for results."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..relations.mentions import Mention
from ..settings import Settings
from ..types import Finding, Report, Severity, Span, Verified

Result = Finding | Verified
Rule = Callable[[Report, Settings], Iterator[Result]]


def spans(report: Report, items: Iterable[Mention | tuple[int, int]]) -> tuple[Span, ...]:
    """Evidence spans for figures (or raw offset pairs), in text order, without repeats."""
    seen: dict[tuple[int, int], Span] = {}
    for it in items:
        s, e = (it.start, it.end) if isinstance(it, Mention) else it
        seen.setdefault((s, e), report.span(s, e))
    return tuple(seen[k] for k in sorted(seen))


def finding(
    report: Report,
    rule: str,
    severity: Severity,
    message: str,
    evidence: Iterable[Mention | tuple[int, int]],
    expected: Any = None,
    reported: Any = None,
) -> Finding:
    return Finding(rule, severity, message, spans(report, evidence), expected, reported)


def verified(report: Report, rule: str, message: str, evidence: Iterable[Mention | tuple[int, int]]) -> Verified:
    return Verified(rule, message, spans(report, evidence))
