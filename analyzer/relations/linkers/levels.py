"""Linker ``central_local``: a national fiscal figure is the central government's plus the local governments'.

A 财政收支 bulletin states the national total, then splits it: 全国一般公共预算支出63587亿元 … 支出方面，中央一般公共
预算本级支出6804亿元；地方一般公共预算支出56783亿元.  A figure named 中央X followed by one named 地方X (the same X once
本级 is dropped) and the nearest figure before them named 全国X, of one unit, make a complete ``sum``: the split is
by definition exhaustive.  The names are read, not placed, so a failure is a warning at most.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import own_label
from ..mentions import Mention, index_from, mentions
from ..model import Relation, RelationKind

LINKER = "central_local"
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")
_LEVEL = dict(pair.split("=", 1) for pair in _WORDS["government_level"])
_DROP = tuple(_WORDS["government_level_filler"])
# how far before the split its national total may stand
_REACH = 1500
_NAME_MIN = 3
# how far a level word may stand before its figure, and the split's second figure after its first
_NAME_REACH = 40


def _rest(lab: str, level: str) -> str | None:
    """The name after the last ``level`` word (中央一般公共预算本级支出 → 一般公共预算支出), None without it."""
    at = lab.rfind(level)
    if at < 0:
        return None
    rest = lab[at + len(level) :]
    for w in _DROP:
        rest = rest.replace(w, "")
    return rest if len(rest) >= _NAME_MIN else None


def link_central_local(report: Report) -> Iterator[Relation]:
    """ "全国…支出63587亿元 … 中央…本级支出6804亿元；地方…支出56783亿元": 6804 + 56783 = 63587."""
    text = report.text
    whole_word, first_word, second_word = _LEVEL["whole"], _LEVEL["first"], _LEVEL["second"]
    if first_word not in text or second_word not in text:
        return
    ms = mentions(report)
    for i, a in enumerate(ms[:-1]):
        if (
            a.is_percent
            or a.qualifier is not None
            or _LEVEL["first"] not in text[max(0, a.start - _NAME_REACH) : a.start]
        ):
            continue
        # the next figure of its unit, its own change between them (中央…6804亿元，同比增长4.5%；地方…56783亿元)
        b = next((m for m in ms[i + 1 : i + 4] if not m.is_percent), None)
        if b is None or b.unit != a.unit or b.qualifier is not None or b.start - a.end > _NAME_REACH:
            continue
        name = _rest(own_label(text, a, ms), first_word)
        if name is None or _rest(own_label(text, b, ms), second_word) != name:
            continue
        lo = index_from(ms, max(0, a.start - _REACH))
        whole: Mention | None = next(
            (
                m
                for m in reversed(ms[lo:i])
                if m.unit == a.unit and m.qualifier is None and _rest(own_label(text, m, ms), whole_word) == name
            ),
            None,
        )
        if whole is None:
            continue
        yield Relation(RelationKind.SUM, (a, b), whole, LINKER, CONFIDENCE, name=name, exhaustive=True)
