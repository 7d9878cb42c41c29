"""Linker ``rate_series``: a rate stated year after year, each value with its change on the one before.

Evaluation reports and 统计公报 give a rate's values in a row, the change right after each later value:

    2014年…平均得分率为59.7%；2015年…平均得分率为61.74%，上升2.04个百分点。2016年…平均得分率为66.31%，较之2015年
    上升4.57个百分点。

The later value (b), its own change (c, right after it: ，上升 / ，比上年提高 / ，较之2015年下降) and the nearest
value before it in its paragraph under the same rate name (a, a name ending in 率, the year words cut) make a
``pp_difference``: sign·(b − a) = c.  A change written in points (个百分点) is read as such, a warning at most (the
names are matched, not placed); one written with a percent sign (上升2.04%) may also be a relative growth of the
rate, so its failure is info at most.  Two values of one year (a target and the result) are no series.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import own_label, paragraph_bounds
from ..mentions import Mention, index_from, mentions
from ..model import Relation, RelationKind

LINKER = "rate_series"
# the change in points: the names are read, not placed
POINTS = 0.6
# the change with a percent sign: it may be a relative growth of the rate
PERCENT = 0.4

_WORDS = data.grouped_words("relation_words.tsv")
_UP = data.alternation(_WORDS["change_up"])
_DOWN = data.alternation(_WORDS["change_down"])
# between a value and its own change: ，上升 / ，比上年提高 / ，较之2015年上升 / ，与上年相比下降
_OWN_CHANGE = re.compile(
    rf"^\s*[，,]\s*(?:(?:较之?|比|与)[^，,。；;\d%]{{0,8}}?(?:\d{{4}}年)?[^，,。；;\d%]{{0,4}}?(?:相比)?)?"
    rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))了?\s*$"
)
# words before a rate's name that only say when (在2015年，2016年, 全年, 年末) or lead to its value (为, 达)
_WHEN = re.compile(r"^(?:在)?(?:\d{4}年(?:度|末|底)?|全年|年末|年底)?[，,]?")
_LEAD_OUT = re.compile(r"(?:为|是|达|达到|约)+$")
# how far back in its paragraph the earlier value is looked for
_REACH = 400
_NAME_MIN = 3


def _name(text: str, m: Mention, ms: tuple[Mention, ...]) -> str:
    lab = own_label(text, m, ms).strip("，,：:；; ")
    return _LEAD_OUT.sub("", _WHEN.sub("", lab))


def link_rate_series(report: Report) -> Iterator[Relation]:
    """ "平均得分率为59.7%；…平均得分率为61.74%，上升2.04个百分点": 61.74 − 59.7 = 2.04."""
    text = report.text
    ms = mentions(report)
    for i, b in enumerate(ms[:-1]):
        if b.unit != "%" or b.qualifier is not None:
            continue
        c = ms[i + 1]
        if c.unit not in ("%", "个百分点") or c.qualifier is not None:
            continue
        own = _OWN_CHANGE.match(text[b.end : c.start])
        if own is None:
            continue
        name = _name(text, b, ms)
        if len(name) < _NAME_MIN or not name.endswith("率"):
            continue
        ps, _ = paragraph_bounds(text, b.start)
        lo = max(ps, b.start - _REACH)
        a = next(
            (
                m
                for m in reversed(ms[index_from(ms, lo) : i])
                if m.unit == "%" and m.qualifier is None and _name(text, m, ms) == name
            ),
            None,
        )
        if a is None or (a.year is not None and b.year is not None and a.year >= b.year):
            continue
        sign = -1 if own.group("down") else 1
        yield Relation(
            RelationKind.PP_DIFFERENCE,
            (a, b),
            c,
            LINKER,
            POINTS if c.unit == "个百分点" else PERCENT,
            cue=(b.end + own.start(), c.start),
            name=name,
            sign=sign,
        )
