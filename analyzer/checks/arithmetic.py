"""The arithmetic rules: each reads the report's relation graph, none links figures itself.

A rule is the set of relation kinds it reports (``RULE_OF_KIND``): a relation
that holds is verified, one that fails is a finding of the severity the one
policy gives it (``relations.policy``), one that cannot be decided says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..relations import graph, messages, severity
from ..relations.graph import Link
from ..settings import Settings
from ..types import Report
from .base import Result, finding, verified


def _evidence(link: Link) -> list[tuple[int, int]]:
    rel = link.relation
    spans = [(m.start, m.end) for m in rel.figures] + list(rel.evidence)
    for alt, _ in link.alternatives:
        spans.extend((m.start, m.end) for m in alt.figures)
    return spans


def results(report: Report, settings: Settings, rule: str) -> Iterator[Result]:
    """The verified relations and findings of ``rule`` in ``report``'s graph."""
    for link in graph(report).of_rule(rule):
        rel, out = link.relation, link.outcome
        if out.holds:
            yield verified(report, rule, messages.holds(rel, out), _evidence(link))
            continue
        if link.explained:
            continue
        sev = severity(rel, out, settings)
        if sev is None:
            continue
        expected, reported = messages.expected_reported(rel, out)
        yield finding(
            report, rule, sev, messages.fails(rel, out, link.alternatives), _evidence(link), expected, reported
        )


def rule_for(rule: str):  # type: ignore[no-untyped-def]
    """The rule function of ``rule``: ``(report, settings) -> Iterator[Finding | Verified]``."""

    def run(report: Report, settings: Settings) -> Iterator[Result]:
        return results(report, settings, rule)

    run.__name__ = rule
    run.__qualname__ = rule
    run.__doc__ = f"``{rule}`` over the relation graph."
    return run
