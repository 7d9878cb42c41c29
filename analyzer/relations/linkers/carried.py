"""Linker ``carried_change``: this year's amount is last year's plus the stated increase (a ``sum``) or grown from it
by the stated rate (a ``growth``), last year's stated in another part of the report under the same name.

A 政府工作报告 reviews last year and plans this one: “全年中央财政用于某项的支出达到2975亿元” in the review,
“今年中央财政用于某项的支出达到3397亿元，比上年增加422亿元” in the plan: 2975 + 422 = 3397.  The names are
compared as ``restated`` reads them (lead time words, link verbs and quotes cut), without the filler words of
``carried_filler`` (的, 安排) and with the last nouns of ``carried_noun`` (支出 / 资金 / 投入) taken as one.
Last year's figure comes before this year's, in another top-level part, has no 今年 / 拟 in its clause, and is
the only value that name has there (two values: no relation).  A change on last year's *budget*
(比上年预算增加) is not read: the review states what was spent, not what was budgeted.  A growth rate written
bare (今年中央财政用于某项的投入1461亿元，增长25.6%) is read as on last year only when this year's clause is the
plan's (今年 / 拟): a review's bare 增长 may be on any earlier year.  The review may state a
figure that was later revised, so the relation is a warning at most (``CONFIDENCE``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Genre, Report
from ..mentions import Mention, mentions
from ..model import Relation, RelationKind
from . import changes, restated

LINKER = "carried_change"
CONFIDENCE = 0.6
_WORDS = data.grouped_words("relation_words.tsv")
_FILLER = re.compile(data.alternation(_WORDS["carried_filler"]))
_NOUN = re.compile(rf"(?:{data.alternation(_WORDS['carried_noun'])})$")
# this year's figure, then ``，比上年增加`` and the increase
_MORE = re.compile(rf"\s*[，,]\s*(?:{data.alternation(_WORDS['carried_more'])})了?\s*")
# the same, a growth rate: ``，比上年增长`` and the percentage
_GROWN = re.compile(rf"\s*[，,]\s*(?:{data.alternation(_WORDS['carried_grown'])})了?\s*")
# a growth rate written bare (``今年…1461亿元，增长25.6%``): on last year only in the plan's own clause
_GROWN_BARE = re.compile(rf"\s*[，,]\s*(?:{data.alternation(_WORDS['carried_grown_bare'])})了?\s*")
# words of a plan, not a review: never in last year's clause; one in this year's makes a bare 增长 year-on-year
_PLAN = ("今年", "拟")


def _key(name: str) -> str:
    """A name as compared here: fillers dropped, the last noun one token."""
    return _NOUN.sub("#", _FILLER.sub("", name))


# a name's first characters stand this close before its figure (the cheap test before the name is read)
_NAME_REACH = 80
# the cue words at all (the cheap test before any figure is read)
_ANY_CUE = re.compile(data.alternation(_WORDS["carried_more"] + _WORDS["carried_grown"] + _WORDS["carried_grown_bare"]))


def link_carried_changes(report: Report) -> Iterator[Relation]:
    if report.meta.genre is not Genre.GOV_WORK_REPORT:
        return
    text = report.text
    cues = [c.start() for c in _ANY_CUE.finditer(text)]
    if not cues:
        return
    ms = mentions(report)
    ends = {m.end: i for i, m in enumerate(ms)}
    for at in cues:
        # this year's figure ends right before the cue's comma
        i = next((ends[e] for e in range(at - 1, max(-1, at - 4), -1) if e in ends), None)
        if i is None or i + 1 >= len(ms):
            continue
        m, d = ms[i], ms[i + 1]
        if d.qualifier is not None or m.value <= 0 or m.is_percent:
            continue
        kind = RelationKind.SUM if d.unit == m.unit else RelationKind.GROWTH if d.unit == "%" else None
        if kind is None:
            continue
        g = (_MORE if kind is RelationKind.SUM else _GROWN).match(text, m.end)
        bare = kind is RelationKind.GROWTH and (g is None or g.end() != d.start)
        if bare:
            g = _GROWN_BARE.match(text, m.end)
        if g is None or g.end() != d.start:
            continue
        this = restated._named(report, m)
        if this is None or (bare and not any(w in this.time for w in _PLAN)):
            continue
        key = _key(this.name)
        head = this.name[:2]
        found: list[Mention] = []
        for y in ms[:i]:
            if y.unit != m.unit or y.start >= this.sentence[0]:
                continue
            if head not in text[max(0, y.start - _NAME_REACH) : y.start]:
                continue
            last = restated._named(report, y)
            if last is None or last.section == this.section or _key(last.name) != key:
                continue
            if any(w in last.time for w in _PLAN):
                continue
            found.append(y)
        if len({y.value for y in found}) != 1:
            continue
        if kind is RelationKind.SUM:
            yield Relation(
                kind, (found[-1], d), m, LINKER, CONFIDENCE, cue=(g.start(), g.end()), name=this.name, exhaustive=True
            )
        else:
            # (a growth of 生产总值, 增加值, 产值 is at comparable prices: nominal arithmetic is no evidence)
            yield Relation(
                kind,
                (found[-1], m),
                d,
                LINKER,
                CONFIDENCE,
                cue=(g.start(), g.end()),
                name=this.name,
                comparable_prices=changes.at_comparable_prices(this.name),
            )
