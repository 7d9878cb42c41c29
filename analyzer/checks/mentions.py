"""The figures the checks reason about: ``Mention``s, with their rounding interval.

Mentions come from the extractor's ``Metric``s when it produced any; a report
without metrics (hand-built text, an extractor that is switched off) is
scanned here with a small Arabic-numeral pattern, so that the checks never
depend on how complete the extractor is.  Years, ordinals (第3次) and numbers
inside 《》 or 〔〕 are not mentions.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from ..types import Metric, MetricKind, Qualifier, Report
from .cache import by_identity
from .rounding import Interval, interval

# ASCII digits for full-width ones: a 1:1 character map, so offsets are unchanged
# (applied with str.replace, which is many times faster than str.translate on CJK text)
_FULLWIDTH = tuple(zip("０１２３４５６７８９．％，", "0123456789.%,", strict=True))

# a number: digits with optional thousands separators and decimals
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# a multiplier written after the number
_MULT = r"(?P<mult>万亿|亿|万|千)?"
# "2600余条", "300多人": at least
_AFTER_NUM_QUAL = r"(?P<yu>余|多)?"
# the unit (longest first); percent signs, points, counts, money, measures
_UNIT = (
    r"(?P<unit>个百分点|%|‰|倍|件次|人次|户次|架次|车次|件|人|名|次|条|个|项|家|所|座|户|场|期|份|篇|封|批|起|宗|台|辆|"
    r"元|公里|千米|亩|平方米|平方公里|吨|套|间|张|册|部|处|单|宗|笔|天|小时|分钟|万人|岁)"
)
# qualifiers written before the number (in the order they are tried)
_PRE_WORDS = ("约", "大约", "近", "接近", "将近", "超过", "逾", "超", "不少于", "不足", "不到", "低于", "高于", "达")
_PRE_QUAL = "(?P<pre>" + "|".join(_PRE_WORDS) + ")?"
# a mention starts with a qualifier's first character or a digit (a pure lookahead: lets the scan skip text fast)
_FIRST = "(?=[" + "".join(sorted({w[0] for w in _PRE_WORDS})) + r"\d])"
# qualifiers written after the unit
_POST_QUAL = r"(?P<post>左右|以上|以下|以内|之内)?"

# a qualifier written right before a metric's number
_PRE_BEFORE = re.compile(r"(?:约|大约|近|接近|将近|超过|逾|超|不少于|不足|不到)$")

_MENTION_RE = re.compile(_FIRST + _PRE_QUAL + _NUM + _MULT + _AFTER_NUM_QUAL + _UNIT + _POST_QUAL)

_MULTIPLIER = {"": 1.0, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_PRE = {
    "约": Qualifier.ABOUT,
    "大约": Qualifier.ABOUT,
    "近": Qualifier.NEARLY,
    "接近": Qualifier.NEARLY,
    "将近": Qualifier.NEARLY,
    "超过": Qualifier.AT_LEAST,
    "逾": Qualifier.AT_LEAST,
    "超": Qualifier.AT_LEAST,
    "不少于": Qualifier.AT_LEAST,
    "不足": Qualifier.AT_MOST,
    "不到": Qualifier.AT_MOST,
}
_POST = {
    "左右": Qualifier.ABOUT,
    "以上": Qualifier.AT_LEAST,
    "以下": Qualifier.AT_MOST,
    "以内": Qualifier.AT_MOST,
    "之内": Qualifier.AT_MOST,
}

_KIND = {
    "%": MetricKind.PERCENT,
    "‰": MetricKind.PERMILLE,
    "个百分点": MetricKind.PERCENTAGE_POINT,
    "倍": MetricKind.MULTIPLE,
    "元": MetricKind.MONEY,
}
# units whose whole numbers are exact counts
_COUNT_UNITS = frozenset(
    [
        "件",
        "人",
        "名",
        "次",
        "条",
        "个",
        "项",
        "家",
        "所",
        "座",
        "户",
        "场",
        "期",
        "份",
        "篇",
        "封",
        "批",
        "起",
        "宗",
        "台",
        "辆",
        "套",
        "间",
        "张",
        "册",
        "部",
        "处",
        "单",
        "笔",
        "件次",
        "人次",
        "户次",
        "架次",
        "车次",
    ]
)


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
        return self.unit in _COUNT_UNITS

    @property
    def exact(self) -> bool:
        return self.qualifier is None


def normalise_digits(text: str) -> str:
    """Full-width digits, point, percent and comma as ASCII (same length)."""
    for wide, ascii_ in _FULLWIDTH:
        if wide in text:
            text = text.replace(wide, ascii_)
    return text


def _blocked(text: str, start: int, marks: _TitleMarks | None = None) -> bool:
    """Numbers that are not figures: ordinals, inside 《》 or 〔〕, dates, document numbers."""
    if text[max(0, start - 1) : start] in ("第", "〔", "["):
        return True
    # inside a book title 《…》
    opens, closes = marks if marks is not None else _title_marks(text)
    i = bisect.bisect_left(opens, start)
    j = bisect.bisect_left(closes, start)
    lt = opens[i - 1] if i else -1
    gt = closes[j - 1] if j else -1
    return lt > gt and j < len(closes) and closes[j] - start < 60


# the offsets of every 《 and every 》 of a text
_TitleMarks = tuple[list[int], list[int]]


def _title_marks(text: str) -> _TitleMarks:
    return [m.start() for m in re.finditer("《", text)], [m.start() for m in re.finditer("》", text)]


def scan(text: str) -> tuple[Mention, ...]:
    """Arabic-numeral figures with a unit, found directly in ``text``."""
    return _scan(text)


def _scan(text: str, taken: Callable[[int, int], bool] | None = None) -> tuple[Mention, ...]:
    """``scan``, without the figures whose ``[start, end)`` is ``taken`` (decided before a mention is built)."""
    norm = normalise_digits(text)
    marks = _title_marks(norm)
    out: list[Mention] = []
    for m in _MENTION_RE.finditer(norm):
        num_start = m.start("num")
        start = m.start("pre") if m.group("pre") in _PRE else num_start
        if taken is not None and taken(start, m.end()):
            continue
        if num_start > 0 and (norm[num_start - 1].isdigit() or norm[num_start - 1] in ".-/:"):
            continue
        if _blocked(norm, num_start, marks):
            continue
        raw = m.group("num")
        unit = m.group("unit")
        mult = m.group("mult") or ""
        if unit == "元" and mult:
            pass
        elif mult and unit not in _COUNT_UNITS and unit not in ("元", "吨", "亩", "公里", "千米", "平方米", "平方公里"):
            continue
        written = float(raw.replace(",", ""))
        scale = _MULTIPLIER[mult]
        value = written * scale
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        qual = _PRE.get(m.group("pre") or "") or _POST.get(m.group("post") or "")
        if m.group("yu"):
            qual = Qualifier.AT_LEAST
        iv = interval(value, decimals, qual, scale=scale, exact_integer=unit in _COUNT_UNITS)
        out.append(
            Mention(
                value=value,
                interval=iv,
                unit=unit,
                kind=_KIND.get(unit, MetricKind.COUNT if unit in _COUNT_UNITS else MetricKind.QUANTITY),
                decimals=decimals,
                qualifier=qual,
                start=start,
                end=m.end(),
                number_start=num_start,
                number_end=m.end("num"),
                raw=raw,
                text=text[start : m.end()],
            )
        )
    return tuple(out)


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


def from_metric(metric: Metric, text: str) -> Mention:
    """A mention for an extractor ``Metric`` (keeps its decimals and qualifier)."""
    unit = _unit_of(metric)
    raw = metric.raw_number or ""
    ns = metric.number_start if metric.number_start >= 0 else metric.start
    ne = metric.number_end if metric.number_end >= 0 else metric.end
    # the mention starts at the number (or a qualifier right before it), not at the metric's name
    start = ns if metric.start <= ns < metric.end else metric.start
    pre = _PRE_BEFORE.search(text, max(metric.start, start - 3), start)
    if pre:
        start = pre.start()
    # and ends at its unit (the extractor's span may run on into the noun: 2474项政务服务事项)
    own = _MENTION_RE.match(normalise_digits(text[start : metric.end + 8]))
    end = start + own.end() if own and start + own.end() <= max(metric.end, ne) else max(metric.end, ne)
    # the extractor's decimals are those of the normalised value (1.9万 → -3): no further scaling
    iv = interval(
        metric.value,
        int(metric.decimals or 0),
        metric.qualifier,
        exact_integer=metric.kind is MetricKind.COUNT or unit in _COUNT_UNITS,
        value_high=metric.value_high,
    )
    written = normalise_digits(raw)
    shown = len(written.split(".")[1].rstrip("万亿千百")) if "." in written else 0
    return Mention(
        value=metric.value,
        interval=iv,
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
    if report.metrics:
        found = [
            from_metric(m, report.text)
            for m in report.metrics
            if m.value_high is None or m.kind is not MetricKind.COUNT
        ]
        # the scanner fills in what the extractor skipped (only where no metric overlaps)
        taken = sorted((m.start, m.end) for m in found)
        starts = [a for a, _ in taken]
        reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end so far

        def overlapping(start: int, end: int) -> bool:
            k = bisect.bisect_left(starts, end)  # taken[:k] start before ``end``
            return bool(k and reach[k - 1] > start)

        found.extend(_scan(report.text, overlapping))
        return tuple(sorted(found, key=lambda m: (m.start, m.end)))
    return scan(report.text)


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


def starting_before(ms: tuple[Mention, ...], pos: int) -> tuple[Mention, ...]:
    """The figures of ``ms`` (in text order) that start at or before ``pos``."""
    return ms[: bisect.bisect_right(_starts(ms), pos)]
