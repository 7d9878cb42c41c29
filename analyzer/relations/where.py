"""Where an offset falls: its innermost section, the first metric covering it.

A scan of ``Report.metrics`` is linear; the checks ask for thousands of offsets
per report.  The answer is read here from an index built once per report (by
identity) and searched by bisection; it is exactly that of the linear scan.
``Report.section_at`` keeps its own index.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from dataclasses import dataclass

from ..cache import by_identity
from ..types import Metric, Report, Section


def section_at(report: Report, offset: int) -> Section | None:
    """The innermost section at ``offset`` (``Report.section_at`` indexes itself once per report)."""
    return report.section_at(offset)


@dataclass(frozen=True)
class _MetricIndex:
    # machine integers (8 bytes each, not 36-byte int objects): a 50 MB text has 100,000s of metrics
    order: array[int]  # metric indices by start
    starts: array[int]  # their starts, ascending
    reach: array[int]  # the furthest end among order[: i + 1]


@by_identity(maxsize=8)
def _metrics(report: Report) -> _MetricIndex:
    ms = report.metrics
    order = array("q", sorted(range(len(ms)), key=lambda i: ms[i].start))
    reach = array("q", itertools.accumulate((ms[i].end for i in order), max))
    return _MetricIndex(order, array("q", (ms[i].start for i in order)), reach)


def metric_at(report: Report, offset: int) -> Metric | None:
    """The first metric of ``report.metrics`` (in its order) with ``start <= offset < end``."""
    idx = _metrics(report)
    ms = report.metrics
    best: int | None = None
    j = bisect.bisect_right(idx.starts, offset) - 1  # order[: j + 1] start at or before offset
    while j >= 0 and idx.reach[j] > offset:  # some metric up to j still covers offset
        i = idx.order[j]
        if ms[i].end > offset and (best is None or i < best):
            best = i
        j -= 1
    return None if best is None else ms[best]
