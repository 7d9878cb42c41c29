"""Across years: an issuer's 上年结转 of year N equals its 结转下年度继续办理 of year N−1.

``carry_facts(report)`` gives the two figures of a report's keyed table 3 as
corpus facts (``checks.cross_document.Fact``, stored in ``corpus_facts`` by the
batch); ``compare_carry`` pairs the facts of one issuer across consecutive years
and yields a ``cross_document_mismatch`` finding, with evidence from both
documents, where they differ.  The issuer is the report's ``meta.issuer`` (else
its region), spaces and the words of ``normalised`` folded.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..relations.rounding import Interval, fmt
from ..types import Finding, Report, Severity, Span

CARRIED_IN = "carried_in"  # the report's 二、上年结转 (total)
CARRIED_OUT = "carried_out"  # the report's 四、结转下年度继续办理 (total)
ROLES = frozenset((CARRIED_IN, CARRIED_OUT))
RULE = "cross_document_mismatch"

_SPACES = re.compile(r"\s+")


def issuer_key(report: Report) -> str | None:
    name = report.meta.issuer or report.meta.region
    return _SPACES.sub("", name).lstrip("#") if name else None


def carry_facts(report: Report):  # type: ignore[no-untyped-def]
    """The 上年结转 and 结转下年度 totals of the report's table 3, as corpus facts."""
    from ..checks.cross_document import Fact
    from . import T3, keyed

    issuer = issuer_key(report)
    year = report.meta.year
    if issuer is None or year is None:
        return []
    t3 = next((t for t in keyed(report) if t.template == T3), None)
    if t3 is None:
        return []
    out = []
    for role, key, word in (
        (CARRIED_IN, "carried_in.total", "上年结转"),
        (CARRIED_OUT, "carried_out.total", "结转下年度"),
    ):
        c = t3.cell(key)
        if c is None or c.value is None:
            continue
        span = Span(c.start, c.end, report.text[c.start : c.end])
        out.append(Fact(role, issuer, year, Interval(c.value, c.value), span, f"{year}年{word} {fmt(c.value)}"))
    return out


def compare_carry(placed: Iterable) -> list[tuple[object, Finding]]:  # type: ignore[type-arg]
    """Findings where an issuer's 上年结转 of year N differs from its 结转下年度 of year N−1."""
    by: dict[tuple[str, str, int], list] = defaultdict(list)  # type: ignore[type-arg]
    for p in placed:
        if p.fact.year is not None:
            by[(p.fact.role, p.fact.key, p.fact.year)].append(p)
    out: list[tuple[object, Finding]] = []
    for (role, issuer, year), items in sorted(by.items()):
        if role != CARRIED_IN:
            continue
        for before in by.get((CARRIED_OUT, issuer, year - 1), []):
            for now in items:
                if now.fact.value.overlaps(before.fact.value):
                    continue
                msg = (
                    f"{now.source}: {issuer} {now.fact.note} 件，而 {before.source} 的 {before.fact.note} 件"
                    f"（{year}年的上年结转应等于{year - 1}年的结转下年度）"
                )
                finding = Finding(
                    RULE,
                    Severity.WARNING,
                    msg,
                    (now.fact.evidence, before.fact.evidence),
                    expected=before.fact.value.low,
                    reported=now.fact.value.low,
                )
                out.append(([now.doc, before.doc], finding))
    return out
