"""Linker ``threshold``: a round threshold crossed and the level stated with it (``same_value`` relations).

Reports state a level as the threshold it passes, then (or first) the level itself, in one clause pair:
总额首次突破万亿元，达到11377亿元; 地方一般公共预算收入突破4000亿元、达到4211亿元; 地区生产总值迈上6万亿元台阶，
达到62661亿元; 人均生产总值达到1.2万美元，首次突破1万美元.  The two are one figure stated twice: the threshold
stands for [X, ∞) (突破万亿元, 突破4000亿元 are ``at_least`` figures; 迈上6万亿元台阶 says at least 6万亿元 too),
the level for its rounding interval, and they must meet: a level below its threshold is a slip (a warning: which
of the two is wrong the text does not say).

The two figures are side by side: the threshold, maybe a noun of it (大关, 台阶), a comma or 、, maybe a word of
first time (首次), the verb of a level (达到, 增至) and the level; or the level after its verb, a comma or 、, maybe
首次, the crossing word and the threshold.  No other word stands between them, so the level is of the same subject
(突破万亿元，增长8%; 过千亿的企业达到12家; 出口额突破500亿元、进口额达到300亿元 link nothing), and a change
(比上年增加1501亿元) is no level.  Both are in one unit, neither a target (力争突破…), and the level has no
qualifier of its own (达到近720亿斤 is no stated level).  The words are ``analyzer/data/threshold_words.tsv``'s.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Iterator

from ... import data
from ...extract.patterns import crossed_re, threshold_words
from ...types import Basis, Qualifier, Report
from ..linking import Marked, marked_sentences
from ..mentions import Mention
from ..model import Relation, RelationKind
from ..rounding import Interval

LINKER = "threshold"
# the sentence's own words tie the two figures, but which of them slipped it cannot say: a warning at most
CONFIDENCE = 0.7
# the name of the relation (its messages: 突破: 11377亿元 ≥ 突破万亿元; 786亿元 未达到所称的 800亿元)
THRESHOLD = "突破"

# a placeholder for one figure
_P = r"⟨\d+⟩"
# units a threshold is never stated in (a difference of points, a multiple)
_NO_THRESHOLD_UNITS = ("个百分点", "倍")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(threshold then level, level then threshold)."""
    w = threshold_words()
    cross, noun = data.alternation(w["cross"]), data.alternation(w["noun"])
    level, first = data.alternation(w["level"]), data.alternation(w["first"])
    return (
        re.compile(rf"(?P<a>{_P})(?:{noun})?[、，,](?:{first})?(?:{level})(?P<b>{_P})"),
        re.compile(rf"(?:{level})(?P<b>{_P})[、，,](?:{first})?(?:{cross})?(?P<a>{_P})(?:{noun})?"),
    )


def _crossing(text: str, a: Mention) -> bool:
    """``a`` is a threshold: its numeral right after a crossing word, read with it (突破4000亿元, an ``at_least``
    figure) or not (迈上⟨a⟩台阶), never after a word saying no crossing (通过, 不超过)."""
    return crossed_re().match(text, a.number_start) is not None


def link_thresholds(report: Report) -> Iterator[Relation]:
    text = report.text
    basis = {m.id: m.basis for m in report.metrics}
    then_level, level_then = _patterns()
    for mk in marked_sentences(report, 2):
        t = mk.text
        # (every level verb holds 达, 至 or 到: a plain search spares most sentences the patterns)
        if "达" not in t and "至" not in t and "到" not in t:
            continue
        for rx in (then_level, level_then):
            for m in rx.finditer(t):
                rel = _relation(text, mk, m, basis)
                if rel is not None:
                    yield rel


def _relation(text: str, mk: Marked, m: re.Match[str], basis: dict[str, Basis | None]) -> Relation | None:
    a, b = mk.mention(m.group("a")), mk.mention(m.group("b"))
    assert a is not None and b is not None
    if not _crossing(text, a):
        return None  # two levels (增长5%，达到…): no threshold
    if a.unit != b.unit or a.unit in _NO_THRESHOLD_UNITS or b.qualifier is not None:
        return None
    if Basis.TARGET in (basis.get(a.metric_id or ""), basis.get(b.metric_id or "")):
        return None  # 力争突破…: a goal, not the level reached
    # the threshold stands for [X, ∞) whatever its qualifier (迈上6万亿元台阶 has none)
    bound = dataclasses.replace(a, interval=Interval(a.value, math.inf), qualifier=Qualifier.AT_LEAST)
    return Relation(
        RelationKind.SAME_VALUE,
        (bound, b),
        None,
        LINKER,
        CONFIDENCE,
        name=THRESHOLD,
        cue=(min(a.end, b.end), max(a.start, b.start)),
    )


TARGET = "target_met"
# the name of the relation in messages
TARGET_NAME = "实际与目标"
# the words tie the two, but a target's scope may differ from the level's in ways the text does not show
TARGET_CONFIDENCE = 0.6


@functools.lru_cache(maxsize=1)
def _target_pattern() -> re.Pattern[str]:
    """A level, then the verb comparing it with its target, the target's figure and its noun, in one clause pair."""
    w = threshold_words()
    up, down = data.alternation(w["met_up"]), data.alternation(w["met_down"])
    lead, noun = data.alternation(w["target_lead"]), data.alternation(w["target_noun"])
    return re.compile(
        rf"(?P<b>{_P})[，,]\s*(?:(?P<up>{up})|(?P<down>{down}))了?(?:{lead})?的?(?P<a>{_P})的?[^，,。；;⟨\d]{{0,6}}?(?:{noun})"
    )


def link_targets_met(report: Report) -> Iterator[Relation]:
    """ "城镇新增就业1186万人，超额完成原定的900万人以上的目标": the target at most the level (高于, 超额完成) or the
    level at most the target (低于, 控制在…目标内); both in one unit."""
    rx = _target_pattern()
    for mk in marked_sentences(report, 2):
        if "目标" not in mk.text:
            continue  # (the cheap test first)
        for m in rx.finditer(mk.text):
            a, b = mk.mention(m.group("a")), mk.mention(m.group("b"))
            assert a is not None and b is not None
            if a.unit != b.unit or a.unit in _NO_THRESHOLD_UNITS or b.qualifier is not None:
                continue
            low, high = (a, b) if m.group("up") else (b, a)
            cue = (b.end, a.start)
            yield Relation(RelationKind.PART_WHOLE, (low,), high, TARGET, TARGET_CONFIDENCE, cue=cue, name=TARGET_NAME)
