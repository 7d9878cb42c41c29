"""Linkers ``per_unit_mean``, ``daily_mean`` and ``median_of_mean``: a mean with what it divides, a median's share.

* ``per_unit_mean``: 全市共有家庭户294617户，…家庭户人口为703095人。平均每个家庭户的人口为2.39人 — the mean per unit
  (家庭户) of a quantity (人口) is the quantity of those units over their number: 2.39 × 294617 = 703095 within the
  mean's rounding.  The count is the one figure of the window (the mean's sentence and the one before it in its
  paragraph) whose label ends with the unit's name, the quantity the one of the mean's measure whose label ends
  with the unit's name and the quantity's; the names are the text's own, so a failure is a warning at most.
* ``daily_mean``: 共受理市民诉求71184件，日均10169件 over a period the text names by its dates (7月8日—7月14日), as a
  week (第28周) or as a month (11月份，…): the total over the period's days.  A daily mean may be over working days
  the text does not count, so a failure is info at most.

Both are written as a ``sum`` of one term, the mean times the count, against the total.

* ``median_of_mean``: 全国居民人均可支配收入14063元…。…人均可支配收入中位数12186元，增长8.4%，中位数是平均数的86.7%
  — the median over the mean of the same name (the median's name without 中位数), the nearest one before it in its
  passage: 12186 / 14063 = 86.7% (a ``ratio``; the names are read, so a failure is a warning at most).
* ``income_ratio``: 城乡居民收入比为2.45:1 (or 缩小到2.45) after the urban and the rural residents' per-head income in its
  paragraph (城镇居民人均可支配收入48800元…农村居民人均可支配收入19920元): the urban over the rural, written as a ``sum``
  of one term (2.45 × 19920 = 48800 within the ratio's rounding; a warning at most).
* ``unit_conversion``: a figure followed by the same quantity in another unit in brackets (粮食播种面积116064千公顷
  (174095万亩), 总产量66384万吨(13277亿斤), 单产5720公斤/公顷(381公斤/亩)): the bracket is the figure times the
  factor of ``data/comparable_units.tsv`` (15 亩 a 公顷, 2000 斤 a 吨), within the figure's rounding; a warning at most.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import itertools
import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..figures import combined, figure
from ..linking import clause_start, label, paragraph_bounds, sentence_bounds
from ..mentions import Mention, mentions, starting_in
from ..model import Relation, RelationKind
from ..rounding import Interval, interval

PER_UNIT = "per_unit_mean"
DAILY = "daily_mean"
# names read in the text: a failure is a warning at most
NAMED = 0.6
# the days may be working days the text does not say: a failure is info at most
DAYS = 0.4

_WORDS = data.grouped_words("relation_words.tsv")
_HAN = r"[\u4e00-\u9fff]"
# 平均每个家庭户的人口为⟨v⟩: the unit, then the quantity
_PER_UNIT = re.compile(
    rf"(?:{data.alternation(_WORDS['per_unit_lead'])})(?P<unit>{_HAN}{{1,6}}?)的(?P<what>{_HAN}{{1,8}}?)"
    rf"(?:为|是|达到|达|约)?$"
)
# a footnote mark in a label (家庭户[3])
_NOTE = re.compile(r"\[\d+\]|［\d+］")
_LABEL_VERB = re.compile(r"(?:为|是|达到|达|有|共有|共)+$")
# 共受理…71184件，日均10169件: the total, then its daily mean in the next clause
_DAILY = re.compile(rf"^[，,]\s*(?:{data.alternation(_WORDS['daily_mean'])}){_HAN}{{0,8}}$")
# the period: 7月8日—7月14日, 第28周, 11月份，…
_DATE_RANGE = re.compile(r"(\d{1,2})月(\d{1,2})日\s*[—\-－–~～至到]+\s*(?:(\d{1,2})月)?(\d{1,2})日")
_WEEK = re.compile(r"第\d{1,2}周|本周|一周")
_MONTH = re.compile(r"(?<!\d)(\d{1,2})月份?[，,]")
_YEAR = re.compile(r"(\d{4})年")
_DAYS_IN_WEEK = 7


def _name(text: str, m: Mention) -> str:
    return _LABEL_VERB.sub("", _NOTE.sub("", label(text, m))).strip()


def _rounded(v: Mention) -> Interval:
    """A mean's interval as written: rounded to its last digit even when it is a whole number (日均10169件)."""
    return interval(v.value, v.decimals, v.qualifier, exact_integer=False)


def _window(text: str, at: int) -> tuple[int, int]:
    s, e = sentence_bounds(text, at)
    ps, _ = paragraph_bounds(text, at)
    if s - 1 > ps:
        s = max(ps, sentence_bounds(text, s - 2)[0])
    return s, e


def link_per_unit_means(report: Report) -> Iterator[Relation]:
    """ "平均每个家庭户的人口为2.39人" with 家庭户294617户 and 家庭户人口703095人 before it: 2.39 × 294617 = 703095."""
    text = report.text
    ms = mentions(report)
    for v in ms:
        if v.is_percent or v.qualifier is not None:
            continue
        head = _PER_UNIT.search(text, clause_start(text, v.start), v.start)
        if head is None or head.end() != v.start:
            continue
        unit, what = head.group("unit"), head.group("what")
        s, e = _window(text, v.start)
        near = [m for m in starting_in(ms, s, e) if s <= m.start and m.end <= e and m is not v]
        counts = [m for m in near if m.is_count and m.unit != v.unit and _name(text, m).endswith(unit)]
        totals = [m for m in near if m.unit == v.unit and _name(text, m).endswith(unit + what)]
        if len(counts) != 1 or len(totals) != 1 or not counts[0].exact or counts[0].value <= 0:
            continue
        n, total = counts[0], totals[0]
        shown = f"{v.text} × {n.text}"
        product = combined((v, n), v.value * n.value, _rounded(v).scale(n.value), shown)
        yield Relation(
            RelationKind.SUM,
            (product,),
            total,
            PER_UNIT,
            NAMED,
            cue=(head.start(), v.start),
            name=f"平均每{unit}{what}",
            exhaustive=True,
        )


def _days(text: str, s: int, at: int) -> int:
    """The days of the period the words before ``at`` (from ``s``) name: a date range, a week, a month (0: none)."""
    before = text[s:at]
    years = _YEAR.findall(before) or _YEAR.findall(text[: min(len(text), 200)])
    year = int(years[-1]) if years else None
    found = list(_DATE_RANGE.finditer(before))
    if found:
        m = found[-1]
        m1, d1, m2, d2 = int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(1)), int(m.group(4))
        if year is None and (m1 <= 2 < m2 or (m1 == 2 == m2 and d2 >= 28)):
            return 0  # across February's end, its year unknown
        try:
            y = year or 2001  # any common year: February is not crossed
            first, last = datetime.date(y, m1, d1), datetime.date(y, m2, d2)
        except ValueError:
            return 0
        n = (last - first).days + 1
        return n if n > 0 else 0
    if _WEEK.search(before):
        return _DAYS_IN_WEEK
    month = _MONTH.search(before)
    if month is not None and 1 <= int(month.group(1)) <= 12:
        mo = int(month.group(1))
        if mo == 2 and year is None:
            return 0
        return calendar.monthrange(year or 2001, mo)[1]
    return 0


def link_daily_means(report: Report) -> Iterator[Relation]:
    """ "（7月8日—7月14日）…共受理市民诉求71184件，日均10169件": 10169 × 7 = 71184 within the mean's rounding."""
    text = report.text
    ms = mentions(report)
    for total, v in itertools.pairwise(ms):
        if total.unit != v.unit or v.is_percent or not total.exact or v.qualifier is not None:
            continue
        if not _DAILY.match(text[total.end : v.start]):
            continue
        ps, _ = paragraph_bounds(text, total.start)
        # the period is named in the total's paragraph, or else in the text's first line (its title)
        days = _days(text, ps, total.start) or _days(text, 0, max(0, text.find("\n")))
        if days < 2:
            continue
        shown = f"{v.text} × {days}天"
        product = combined((v,), v.value * days, _rounded(v).scale(days), shown)
        yield Relation(
            RelationKind.SUM, (product,), total, DAILY, DAYS, cue=(total.end, v.start), name="日均", exhaustive=True
        )


MEDIAN = "median_of_mean"
_MEDIAN_WORD = data.alternation(_WORDS["median_word"])
# (中位数)是平均数的⟨p⟩
_OF_MEAN = re.compile(rf"(?:{_MEDIAN_WORD})?(?:{data.alternation(_WORDS['median_of_mean'])})$")
_MEDIAN_END = re.compile(rf"(?:{_MEDIAN_WORD})$")
# how far before the median its mean may be stated
_MEAN_REACH = 800


def link_medians_of_means(report: Report) -> Iterator[Relation]:
    """ "…中位数12186元，增长8.4%，中位数是平均数的86.7%" with …人均可支配收入14063元 before: 12186 / 14063 = 86.7%."""
    text = report.text
    ms = mentions(report)
    for p in ms:
        if not p.is_percent:
            continue
        head = _OF_MEAN.search(text, clause_start(text, p.start), p.start)
        if head is None or head.end() != p.start:
            continue
        s, _ = sentence_bounds(text, p.start)
        before = [m for m in starting_in(ms, s, p.start) if s <= m.start and m.end <= p.start and not m.is_percent]
        if not before:
            continue
        median = before[-1]
        name = _MEDIAN_END.sub("", _name(text, median))
        if name == _name(text, median) or len(name) < 4:
            continue
        lo = max(0, median.start - _MEAN_REACH)
        means = [
            m
            for m in starting_in(ms, lo, median.start)
            if lo <= m.start
            and m.end <= median.start
            and m.unit == median.unit
            and not _MEDIAN_END.search(_name(text, m))
            and _name(text, m).endswith(name)
        ]
        if not means:
            continue
        mean = means[-1]
        yield Relation(RelationKind.RATIO, (median, mean), p, MEDIAN, NAMED, cue=(head.start(), p.start), name="中位数与平均数之比")


INCOME_RATIO = "income_ratio"
# 城乡居民收入比为2.45:1, 城乡收入比缩小至2.12 (not 2：1以内: a bound)
_INCOME_RATIO = re.compile(
    rf"(?:{data.alternation(_WORDS['income_ratio_word'])})(?:由\s*\d+(?:\.\d+)?(?:\s*[:：∶︰]\s*1)?\s*)?"
    rf"(?:{data.alternation(_WORDS['income_ratio_verb'])})?(?P<a>\d+(?:\.\d+)?)(?:\s*[:：∶︰]\s*1)?(?![\d.：:∶︰%])"
    rf"(?!以内|以下|左右|以上)"
)
_URBAN = re.compile(data.alternation(_WORDS["urban_word"]))
_RURAL = re.compile(data.alternation(_WORDS["rural_word"]))
_INCOME = re.compile(data.alternation(_WORDS["income_ratio_income"]))


def link_income_ratios(report: Report) -> Iterator[Relation]:
    """ "城镇居民人均可支配收入48800元…农村居民人均可支配收入19920元…城乡居民收入比为2.45:1": 2.45 × 19920 ≈ 48800."""
    text = report.text
    ms = mentions(report)
    for found in _INCOME_RATIO.finditer(text):
        ps, _ = paragraph_bounds(text, found.start())
        before = [m for m in starting_in(ms, ps, found.start()) if ps <= m.start and m.end <= found.start()]
        incomes = [m for m in before if not m.is_percent and _INCOME.search(_name(text, m))]
        urban = [m for m in incomes if _URBAN.search(_name(text, m)) and not _RURAL.search(_name(text, m))]
        rural = [m for m in incomes if _RURAL.search(_name(text, m)) and not _URBAN.search(_name(text, m))]
        if not urban or not rural or urban[-1].unit != rural[-1].unit or rural[-1].value <= 0:
            continue
        u, r = urban[-1], rural[-1]
        a_raw = found.group("a")
        a = figure(text, found.start("a"), found.end("a"), float(a_raw), "", a_raw)
        if not 1 < a.value < 10:
            continue
        shown = f"{a.text} × {r.text}"
        product = combined((r, a), a.value * r.value, _rounded(a).scale(r.value), shown)
        yield Relation(
            RelationKind.SUM,
            (product,),
            u,
            INCOME_RATIO,
            NAMED,
            cue=(found.start(), found.start("a")),
            name="城乡居民收入比",
            exhaustive=True,
        )


CONVERSION = "unit_conversion"
# ⟨a⟩(/per)?（⟨b⟩(/per)?）: the bracket right after the figure, nothing else in it
_PER = re.compile(r"/([\u4e00-\u9fff]{1,3})")
_OPEN = re.compile(r"^(?:/[\u4e00-\u9fff]{1,3})?\s*[（(]\s*$")
_CLOSE = re.compile(r"^(?:/[\u4e00-\u9fff]{1,3})?\s*[）)]")


def _factors() -> dict[tuple[str, str], float]:
    """unit → unit factors of ``comparable_units.tsv``, each way, and through a unit two rows share (斤 → 公斤)."""
    direct: dict[tuple[str, str], float] = {}
    for _, row in data.tsv("comparable_units.tsv", 3):
        u, v, f = row[0], row[1], float(row[2])
        direct[(u, v)] = f
        direct[(v, u)] = 1 / f
    out = dict(direct)
    for (a, b), f in direct.items():
        for (c, d), g in direct.items():
            if b == c and a != d and (a, d) not in out:
                out[(a, d)] = f * g
    return out


_FACTORS = _factors()


def _factor(u: str, v: str) -> float | None:
    return 1.0 if u == v else _FACTORS.get((u, v))


def link_unit_conversions(report: Report) -> Iterator[Relation]:
    """ "116064千公顷(174095万亩)": 116064000 公顷 × 15 = 1740960000 亩 ≈ 1740950000 亩 within the rounding."""
    text = report.text
    ms = mentions(report)
    for a, b in itertools.pairwise(ms):
        if a.is_percent or b.is_percent or a.qualifier is not None or b.qualifier is not None:
            continue
        if not _OPEN.match(text[a.end : b.start]) or not _CLOSE.match(text[b.end : b.end + 6]):
            continue
        pa, pb = _PER.match(text, a.end), _PER.match(text, b.end)
        if (pa is None) != (pb is None):
            continue
        f = _factor(a.unit, b.unit)
        if pa is not None and pb is not None and f is not None:
            g = _factor(pa.group(1), pb.group(1))
            f = f / g if g else None
        if f is None or (f == 1.0 and (pa is None or pb is None or pa.group(1) == pb.group(1))):
            continue
        shown = f"{a.text} × {f:g}" if f >= 1 else f"{a.text} ÷ {1 / f:g}"
        product = combined((a,), a.value * f, a.interval.scale(f), shown)
        product = dataclasses.replace(product, unit=b.unit)
        yield Relation(
            RelationKind.SUM, (product,), b, CONVERSION, NAMED, cue=(a.end, b.start), name="单位换算", exhaustive=True
        )
