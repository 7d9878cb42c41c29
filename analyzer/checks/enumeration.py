"""``enumeration_count_mismatch``: a stated count against the items listed with it.

The counts and their lists are ``enumeration`` relations of the report's graph
(linker ``relations.linkers.enumeration``: the list's structure, 一是/二是, 、 and
， lists, lists ending in 等); this rule reads them like the arithmetic rules.
Of its own it checks the numbering of 一是、二是、四是: an item number skipped or
repeated (warning).  首先 stands for 一是; 一要…二要… and 第一，…第二，… number lists of
their own (二要 counts only after 一要); a list nested inside an item
(一是…其中一是…二是…二是) is no repeat.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ..numbers import cn_int  # also the reader checks.enumeration.cn_int once was
from ..outline import numbering_breaks
from ..relations.linkers.enumeration import _patterns, marker_items
from ..settings import Settings
from ..types import Report, Severity
from .arithmetic import results
from .base import Result, finding

RULE = "enumeration_count_mismatch"

__all__ = ["RULE", "_patterns", "cn_int", "enumeration_count_mismatch"]


def _sequence(report: Report) -> Iterator[Result]:
    text = report.text
    bounds = sorted({0, len(text), *(h.start for h in report.headings)})
    for s, e in itertools.pairwise(bounds):
        items = marker_items(text, s, e)
        for b in numbering_breaks([it.number for it in items], restart_ok=True):
            it = items[b.index]
            mark = text[it.start : it.end]
            if b.prev is None:
                msg = f"条目编号跳过: 从 {mark} 开始"
            else:
                prev = items[b.prev]
                word = "重复" if (it.number or 0) <= b.expected - 1 else "跳过"
                msg = f"条目编号{word}: {text[prev.start : prev.end]}之后为 {mark}"
            yield finding(
                report,
                RULE,
                Severity.WARNING,
                msg,
                [(it.start, it.end)],
                expected=b.expected,
                reported=it.number,
            )


def enumeration_count_mismatch(report: Report, settings: Settings) -> Iterator[Result]:
    yield from results(report, settings, RULE)
    yield from _sequence(report)
