"""Consistency checks: one small function per rule id, registered in ``registry``.

``run_checks(report, settings)`` runs every registered rule on one report and
returns its findings and the relations it verified; ``cross_document.check_corpus``
runs the rules that need several reports.
"""

from __future__ import annotations

import dataclasses

from ..cache import scope
from ..settings import Settings
from ..types import Finding, RelationRecord, Report, Severity, Verified
from .cross_document import check_corpus, with_corpus_findings
from .registry import rules

__all__ = ["check_corpus", "rules", "run_checks", "with_corpus_findings"]

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _key(item: Finding | Verified) -> tuple[int, int, str, str]:
    first = item.evidence[0].start if item.evidence else -1
    last = item.evidence[-1].end if item.evidence else -1
    return (first, last, item.rule, item.message)


def run_checks(
    report: Report, settings: Settings
) -> tuple[tuple[Finding, ...], tuple[Verified, ...], tuple[RelationRecord, ...]]:
    """Every registered rule over ``report``: (findings, verified, the relation graph), in text order, no repeats."""
    from ..relations import records

    findings: dict[tuple[object, ...], Finding] = {}
    verified: dict[tuple[object, ...], Verified] = {}
    # the figures and links the rules share are cached for this report only (freed on return)
    with scope():
        for rule_id, rule in rules().items():
            for item in rule(report, settings):
                if item.rule != rule_id:
                    raise AssertionError(f"rule {rule_id} produced a result for {item.rule}")
                if isinstance(item, Finding):
                    findings.setdefault((item.rule, item.message, item.evidence), item)
                else:
                    verified.setdefault((item.rule, item.message, item.evidence), item)
        relations = records(report, settings)
    return (
        cap_for_ocr(tuple(sorted(findings.values(), key=_key)), report),
        tuple(sorted(verified.values(), key=_key)),
        relations,
    )


OCR_NOTE = " (text read by OCR: check the scan)"


def cap_for_ocr(findings: tuple[Finding, ...], report: Report) -> tuple[Finding, ...]:
    """Findings on OCR text are at most warnings: a misread digit must not be reported as the report's error."""
    if not report.source.ocr:
        return findings
    return tuple(
        dataclasses.replace(f, severity=Severity.WARNING, message=f.message + OCR_NOTE)
        if f.severity is Severity.ERROR
        else f
        for f in findings
    )
