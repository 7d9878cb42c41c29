"""Linker ``restated``: one indicator, one year, one scope, stated twice (``same_value`` relations).

Two figures are the same indicator when the extractor gave both the same
indicator id, year and basis, or when both are named by the same full rate
phrase (行政复议纠错率) in one top-level section.  Values that agree within their
rounding intervals are verified; values that cannot both be true are a warning
(the scope may differ in ways the text does not show).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ...checks.lexicon import lexicon
from ...checks.linking import CLAUSE_END, clause_start, own_label, paragraph_bounds, sentence_bounds
from ...checks.mentions import Mention, mentions
from ...checks.where import metric_at, section_at
from ...types import Basis, Genre, Report
from ..model import Relation, RelationKind

LINKER = "restated"
# the same name twice may still differ in scope the text does not show: a warning at most
CONFIDENCE = 0.6
# how far around a figure its sentence is read (the longest real sentence has 638 characters)
_REACH = 400

# leading words that do not change what a rate is (years, 全年, 我区)
_LEAD = re.compile(
    r"^(?:\d{4}年(?:度)?|全年|今年|本年度?|我[区县市省局委办]|全[区县市省]|其中|同时|此外|并且|并|且|和|及)+"
)
# verbs between the name and the figure
_TAIL = re.compile(r"(?:均|始终|分别|已|总体)?(?:为|是|达|达到|保持在|稳定在|提高到|提升到|提升至|提高至)?$")
# a change, not a level
_CHANGE = re.compile(r"增长|下降|提高了|降低|减少|增加|同比|环比|百分点|比上年|较上年|目标|预期|力争|以上|以下")
# one of two values of a change: 由92.4%提高到95.1%
_FROM_TO = re.compile(r"由|从|(?<![收达得做受])到|(?<!截)至")
# a sentence about a period, not one year: 五年来, 累计, “十四五”时期
_PERIOD = re.compile(r"累计|五年|年来|期间|时期|十[一二三四五]五|以来|历年|近\d年")
# a year written in the clause: a different year is a different figure
_YEAR = re.compile(r"(\d{4})年")


def _keys(report: Report, m: Mention) -> list[tuple[str, ...]]:
    return [k for k in (_id_key(report, m), _name_key(report, m), _label_key(report, m)) if k is not None]


# a figure that is one item of a list or a part of another is not a statement of its own total
_PART_WORDS = re.compile(r"其中|分别|包括|涉及|含|占|类|方面|以上|以下|余|多|近|约|超")
# a name this long (after the lead and link words are cut) names one thing in a report
_LABEL_MIN = 6
_LABEL_KEPT = 8


def _label_key(report: Report, m: Mention) -> tuple[str, ...] | None:
    """Counts named by the same words in two places: 新受理行政复议案件151件 … 新受理行政复议案件166件."""
    text = report.text
    # a 政府工作报告 reviews the year and the five-year period in one part: one name, two periods
    if not m.is_count or m.qualifier is not None or report.meta.genre is Genre.GOV_WORK_REPORT:
        return None
    start = clause_start(text, m.start, CLAUSE_END)
    name = _LEAD.sub("", _TAIL.sub("", text[start : m.start].strip()))
    if len(name) < _LABEL_MIN or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return None
    s, e = _near_sentence(text, m)
    if _PART_WORDS.search(name) or _PERIOD.search(text[s:e]):
        return None
    if _CHANGE.search(text[s : m.start]) or _FROM_TO.search(name):
        return None
    ps, _ = paragraph_bounds(text, m.start)
    if _PERIOD.search(text[ps : ps + 40]):
        return None  # a paragraph about a period (五年来…): its figures are totals over several years
    # anywhere in the report: a one-year report (法治, 信息公开) names one thing once for its year
    # the last words name it (现区级保留的政务服务事项 = 区级保留的政务服务事项); enough of them to tell
    # 区级保留的政务服务事项 from 区级取消政务服务事项
    # (the year is no part of the key: a restatement often omits it; two years written that differ are told
    # apart when the pairs are read)
    return ("label", name[-_LABEL_KEPT:], m.unit)


def _id_key(report: Report, m: Mention) -> tuple[str, ...] | None:
    text = report.text
    if m.indicator:
        covering = metric_at(report, m.number_start)
        basis = covering.basis if covering is not None else None
        words = text[clause_start(text, m.start, CLAUSE_END) : m.end + 4]
        if basis not in (None, Basis.ACTUAL) or _CHANGE.search(words) or _FROM_TO.search(words):
            return None
        # the words right before the figure must name the same thing (审结58件 is not 调解和解结案12件)
        s, e = _near_sentence(text, m)
        ps, _ = paragraph_bounds(text, m.start)
        if _PERIOD.search(text[s:e]) or _PERIOD.search(text[ps : ps + 40]):
            return None
        # within one top-level section (a review and next year's plans state one indicator for two years),
        # named by the same words; a figure with a qualifier (余, 以上) only against the same qualifier
        name = _LEAD.sub("", _TAIL.sub("", own_label(text, m, mentions(report))))
        qual = m.qualifier.value if m.qualifier is not None else ""
        sec = section_at(report, m.start)
        top = sec.id.split(".")[0] if sec else "0"
        return ("id", m.indicator, str(m.year), m.unit, qual, top, name[-2:])
    return None


def _name_key(report: Report, m: Mention) -> tuple[str, ...] | None:
    text = report.text
    if m.unit != "%":
        return None
    words = text[clause_start(text, m.start, CLAUSE_END) : m.start]
    if _CHANGE.search(words):
        return None
    name = _TAIL.sub("", words)
    name = _LEAD.sub("", name)
    if len(name) < 4 or (lexicon().rate_for(name) is None and not name.endswith("满意度")):
        return None
    sec = section_at(report, m.start)
    top = sec.id.split(".")[0] if sec else "0"
    return ("name", name, top, m.unit)


def _near_sentence(text: str, m: Mention) -> tuple[int, int]:
    """The sentence of ``m`` within ``_REACH`` characters (a page without 。 must stay linear)."""
    s, e = sentence_bounds(text, m.start)
    return max(s, m.start - _REACH), min(e, m.end + _REACH)


def _year_of(text: str, m: Mention) -> str | None:
    """The year written in the sentence before the figure, if any."""
    s, _ = _near_sentence(text, m)
    years = _YEAR.findall(text[s : m.start])
    return years[-1] if years else None


def link_restated(report: Report) -> Iterator[Relation]:
    groups: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in mentions(report):
        for k in _keys(report, m):
            groups[k].append(m)
    seen: set[tuple[int, int]] = set()
    for key, ms in groups.items():
        # one name with many values is a list by unit or by month, not a restatement
        if len(ms) < 2 or len({m.value for m in ms}) > 2:
            continue
        first = ms[0]
        for other in ms[1:]:
            if sentence_bounds(report.text, first.start) == sentence_bounds(report.text, other.start):
                continue
            if (first.start, other.start) in seen:
                continue
            y1, y2 = _year_of(report.text, first), _year_of(report.text, other)
            if y1 and y2 and y1 != y2:
                continue
            seen.add((first.start, other.start))
            yield Relation(RelationKind.SAME_VALUE, (first, other), None, LINKER, CONFIDENCE, name=key[1])
