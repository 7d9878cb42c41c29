"""The figures the checks reason about: one ``Mention`` per extractor ``Metric``.

There is one figure type: the extractor's ``Metric`` (``analyzer/extract``), with the
interval it stands for (``Metric.interval``).  A ``Mention`` is that metric seen from the
checks: the span of the figure itself (qualifier, number, unit: ``不超过30件``, not the
subject before it), the decimals as written (1.9万 → 1) and the interval.  A report built
without metrics has no mentions: the checks never scan the text for figures of their own
(the second scanner that did is retired; ``benchmarks/figure_parity.py`` measured what it
added, and each real figure among them became an extractor fix with its table test).

A count range (3至5个) is no mention: no sum or share can use it as a count.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass

import regex

from ..cache import by_identity
from ..extract import patterns
from ..extract.lexicon import get_lexicon
from ..fastinit import fast_init
from ..types import Metric, MetricKind, Qualifier, Report
from .rounding import Interval

# ASCII digits for full-width ones: a 1:1 character map, so offsets are unchanged
# (applied with str.replace, which is many times faster than str.translate on CJK text)
_FULLWIDTH = tuple(zip("０１２３４５６７８９．％，", "0123456789.%,", strict=True))
# a percentage or permille written out: the figure starts before its numeral
_WORD_FORMS = ("百分之", "千分之")


@fast_init  # (built for every figure: see analyzer.fastinit)
@dataclass(frozen=True, slots=True)
class Mention:
    """One reported figure, with the interval of true values it stands for."""

    value: float
    interval: Interval
    unit: str  # 件, %, 个百分点, 元, ...
    kind: MetricKind
    decimals: int
    qualifier: Qualifier | None
    start: int  # the whole mention (qualifier, number, unit)
    end: int
    number_start: int
    number_end: int
    raw: str  # the number as written
    text: str
    indicator: str | None = None
    year: int | None = None
    metric_id: str | None = None  # the extractor metric it stands for (None: a figure no metric covers)

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def is_count(self) -> bool:
        return self.kind is MetricKind.COUNT

    @property
    def exact(self) -> bool:
        return self.qualifier is None


def normalise_digits(text: str) -> str:
    """Full-width digits, point, percent and comma as ASCII (same length)."""
    if text.isascii():
        return text
    for wide, ascii_ in _FULLWIDTH:
        if wide in text:
            text = text.replace(wide, ascii_)
    return text


def written_scale(m: Mention) -> float:
    """The multiplier between the number as written and its value (1e4 for 5.62万户)."""
    digits = re.match(r"[\d,]*\.?\d+", normalise_digits(m.raw))
    try:
        written = float(digits.group(0).replace(",", "")) if digits else 0.0
    except ValueError:
        written = 0.0
    return m.value / written if written else 1.0


def _unit_of(metric: Metric) -> str:
    if metric.kind is MetricKind.PERCENT:
        return "%"
    if metric.kind is MetricKind.PERCENTAGE_POINT:
        return "个百分点"
    return metric.unit


def from_metric(metric: Metric, text: str, before: regex.Pattern[str] | None = None) -> Mention:
    """The mention of an extractor ``Metric``: its figure's span, its decimals as written, its interval.

    ``before``: the before-qualifier pattern (``patterns.before_qualifier_re``), when the caller has it at hand.
    """
    unit = _unit_of(metric)
    raw = metric.raw_number or ""
    ns = metric.number_start if metric.number_start >= 0 else metric.start
    ne = metric.number_end if metric.number_end >= 0 else metric.end
    # the mention starts at the number, or at the qualifier right before it that the extractor
    # read (不超过30件: the same pattern, so the span shows the qualifier the interval uses) ...
    start = ns if metric.start <= ns < metric.end else metric.start
    if text[start - 3 : start] in _WORD_FORMS and start - 3 >= metric.start:
        start -= 3  # 百分之十二点五: the figure starts at 百分之
    pre = (before or patterns.before_qualifier_re(get_lexicon())).search(text, max(metric.start, start - 4), start)
    if pre is not None:
        start = pre.start()
    # ... and ends where the metric ends: at its unit, its after-qualifier or a range's high end
    end = max(metric.end, ne)
    written = normalise_digits(raw)
    shown = len(written.split(".")[1].rstrip("万亿千百")) if "." in written else 0
    return Mention(
        value=metric.value,
        interval=metric.interval,
        unit=unit,
        kind=metric.kind,
        decimals=shown,
        qualifier=metric.qualifier,
        start=start,
        end=end,
        number_start=ns,
        number_end=ne,
        raw=raw or text[ns:ne],
        text=text[start:end],
        indicator=metric.indicator,
        year=metric.year,
        metric_id=metric.id,
    )


@by_identity(maxsize=8)
def _cached(report: Report) -> tuple[Mention, ...]:
    before = patterns.before_qualifier_re(get_lexicon())
    found = [
        from_metric(m, report.text, before)
        for m in report.metrics
        if m.value_high is None or m.kind is not MetricKind.COUNT
    ]
    return tuple(sorted(found, key=lambda m: (m.start, m.end)))


def mentions(report: Report) -> tuple[Mention, ...]:
    """Every figure of ``report``, in text order."""
    return _cached(report)


@by_identity(maxsize=8)
def _starts(ms: tuple[Mention, ...]) -> array[int]:
    return array("q", (m.start for m in ms))  # machine integers: 8 bytes each, not 36


def starting_in(ms: tuple[Mention, ...], lo: int, hi: int) -> tuple[Mention, ...]:
    """The figures of ``ms`` (in text order) that start in ``[lo, hi)``, found by bisection."""
    starts = _starts(ms)
    return ms[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def index_from(ms: tuple[Mention, ...], pos: int) -> int:
    """The index of the first figure of ``ms`` (in text order) that starts at or after ``pos``."""
    return bisect.bisect_left(_starts(ms), pos)


def starting_before(ms: tuple[Mention, ...], pos: int) -> tuple[Mention, ...]:
    """The figures of ``ms`` (in text order) that start at or before ``pos``."""
    return ms[: bisect.bisect_right(_starts(ms), pos)]
