"""Linker ``breakdown``: a total and the lists that break it down, without 其中.

Reports state a total and then one or more breakdowns of it, in the next
clauses or sentences, often with no 其中 and with shares or growth rates
between the parts:

    共办理热线工单2495件。交办二级责任单位2388件，县热线办直办107件；按期回复2424件、
    二级单位逾期回复71件。工单分类：求决类1878件、……其他类210件。

A *run* is the figures of one unit in one sentence (or one ；-clause), read in
order, skipping figures of other units (shares, amounts) and figures that are
a comparison base (较上年558件) or a whole of their own (…9651件，其中…).  A run
whose sum (or whose first two or more parts) meets a total stated before it in
the passage verifies that total.  A run ending with the rest (其他类210件) is
complete: when it stands right after its total and misses it, that is a
warning, since which total it breaks down is read, not written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import sentence_bounds
from ..mentions import Mention, mentions, starting_in
from ..model import Relation, RelationKind
from ..rounding import Interval
from .parts import ASIDE_REACH, NEARLY, nearly_complete

LINKER = "breakdown"
# a breakdown read, not written: its failures are warnings at most
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")
_OTHER_CLASS = re.compile("|".join(_WORDS["other_class"]))
_TOTAL = re.compile("|".join(_WORDS["total_word"]))
# right before a figure: it is the base of a comparison (较2022年558件, 比上年), not a part
# (比 of 比例/比重/比率 and a 与 joining two names, 收入增长与经济增长同步等16个, compare nothing)
_COMPARED = re.compile(r"(?:较|比(?![例重率])|同比|与(?=上|去|同期|前|\d))[^，。；、\d]{0,10}$")
# right after a figure: it is a whole of its own (9651件，其中…) or a change (增加555件)
_OWN_WHOLE = re.compile(r"^[，,]?\s*其中")
# inside a bracketed breakdown of the figure before it (报表6条（其中月报2条、年报4条）): a part of a part, not of
# the run (the 其中 linker reads it)
_IN_ASIDE = re.compile(r"[（(]\s*其中[^（()）]*$")
# how far back a run's total may stand: its sentence and the two before it for a run of two parts,
# the passage for longer runs
_NEAR_SENTENCES = 3
_PASSAGE = 3000
# the label of a part named as the rest is short: 其他类, 其他行政执法行为
_REST_LABEL = 16
# at most this many parts in a run (a table row has its own linker)
_MAX_PARTS = 16


def _sum(ms: list[Mention]) -> Interval:
    iv = Interval(0.0, 0.0)
    for m in ms:
        iv = iv + m.interval
    return iv


_SEMICOLON = re.compile("[；;]")
# a word between a sibling and the run that makes it their total (6件和…3件，其中维持5件，尚未审结1件)
_SIBLING_CUE = re.compile(data.alternation(_WORDS["sibling_cue"]))
# a bracket opened right after a figure, its parts inside (案件85件(…47件,…38件)): its breakdown
_BRACKET_AFTER = re.compile(r"\s*[（(]")
# a figure joined to the next by 、: an item of one list with it
_LISTED_WITH = re.compile(r"\s*、")
# how far before a figure its total word may stand (共受理…, 合计)
_TOTAL_LEAD = 16
# figures on either side of 分别 are no parts of one breakdown (the ones after it answer the items before)
_RESPECTIVE_WORD = "分别"
_RESPECTIVE_LEAD = 10


def _runs(report: Report, ms: tuple[Mention, ...]) -> Iterator[tuple[int, list[Mention]]]:
    """(sentence start, run) for every sentence: the figures of each unit in it, in order."""
    text = report.text
    i = 0
    n = len(ms)
    while i < n:
        s, e = sentence_bounds(text, ms[i].start)
        j = i
        while j < n and ms[j].start < e:
            j += 1
        by_unit: dict[str, list[Mention]] = {}
        for m in ms[i:j]:
            if m.is_percent or m.unit in ("个百分点", "‰", "倍") or m.qualifier is not None:
                continue
            line_start = text.rfind("\n", 0, m.start) + 1
            if "|" in text[line_start : m.start]:
                continue  # a table row: the table linkers read it
            if _COMPARED.search(text[max(s, m.start - 14) : m.start]) or _OWN_WHOLE.match(text[m.end : m.end + 4]):
                continue
            if _IN_ASIDE.search(text, max(s, m.start - ASIDE_REACH), m.start):
                continue
            by_unit.setdefault(m.unit, []).append(m)
        for run in by_unit.values():
            if 2 <= len(run) <= _MAX_PARTS:
                yield s, run
            # "交办…2388件，直办107件；按期回复2424件、逾期回复71件": each ；-clause may break the total down again
            clause: list[Mention] = []
            for m in run:
                if clause and _SEMICOLON.search(text, clause[-1].end, m.start):
                    if 2 <= len(clause) < len(run):
                        yield s, clause
                    clause = []
                clause.append(m)
            if 2 <= len(clause) < len(run) and clause[0] is not run[0]:
                yield s, clause
        i = max(j, i + 1)


def _ends_with_rest(text: str, run: list[Mention]) -> bool:
    """The last part is named as the rest (…、其他类210件): its own short label, after a separator, says 其他."""
    gap = text[run[-2].end : run[-1].start]
    cut = max(gap.rfind(c) for c in "，,、；;")
    return cut >= 0 and len(gap) - cut <= _REST_LABEL and bool(_OTHER_CLASS.search(gap[cut:]))


_CLAUSE_MARK = re.compile(r"[，,；;、：:]")
# the word that ends a class's name (投诉类, 咨询类)
_CLASS_SUFFIX = tuple(_WORDS["class_suffix"])


def _own_lead(text: str, s: int, t: Mention) -> str:
    """The words of ``t``'s own clause before it (a few characters: 共受理, 合计), not those of the figure before."""
    lead = text[max(s, t.start - _TOTAL_LEAD) : t.start]
    cut = max((m.end() for m in _CLAUSE_MARK.finditer(lead)), default=0)
    return lead[cut:]


def _meets(
    text: str, s: int, run: list[Mention], ms: tuple[Mention, ...], whole_run: bool, siblings: tuple[Mention, ...] = ()
) -> Relation | None:
    """The sum relation of ``run`` (or of its first parts) with the nearest total before it that it meets.

    ``siblings``: the figures of the run's sentence before it, read as a list with it (判决书9份，调解书5份，决定书7份，
    通知书2份): one of them is the total of the figures after it only when it says it is a total (共, 合计), when
    其中, 分别 or 包括 stands between or a bracket opens right after it, or when it stands right before them, not
    joined to them by 、, and all of them meet it; else a sum that meets it (7 + 2 = 9) is a coincidence.
    """
    # "A 1亿吨、B 5500万吨，今年分别 3000万吨和3500万吨": the figures after 分别 are each of its own item
    if _RESPECTIVE_WORD in text[run[0].end : run[-1].start]:
        return None
    first = run[0]
    near = s
    for _ in range(_NEAR_SENTENCES - 1):
        if near <= 0:
            break
        near = sentence_bounds(text, near - 2)[0]
    lo = max(0, first.start - _PASSAGE)
    totals = [
        m
        for m in reversed(starting_in(ms, lo, first.start))
        if m.unit == first.unit and m.end <= first.start and m.qualifier is None and m.value > 0
    ]
    if _RESPECTIVE_WORD in text[max(0, first.start - _RESPECTIVE_LEAD) : first.start]:
        # "A 1亿吨、B 5500万吨，今年分别淘汰3000万吨和3500万吨": a run after 分别 breaks down the figure right before
        # it at most (网上和当面申请分别为70件和50件 of 共受理120件), never one further back past another
        totals = totals[:1]
    # the sums of the run's first k parts, k = 0 … len(run), computed once for every total
    sums = [Interval(0.0, 0.0)]
    for m in run:
        sums.append(sums[-1] + m.interval)
    whole = sums[-1]
    for t in totals:
        if len(run) == 2 and t.start < near:
            break
        # a sibling without a total word: only the one right before the run, met by all of the run (a sibling
        # further back, or a first few parts, meeting it is a coincidence: 9份，6份，7份，2份 → 7 + 2 = 9)
        bare = (
            t in siblings
            and not _TOTAL.search(_own_lead(text, s, t))
            and not _SIBLING_CUE.search(text, t.end, first.start)
            and not _BRACKET_AFTER.match(text, t.end)
        )
        if bare and (t is not siblings[-1] or not whole.overlaps(t.interval) or _LISTED_WITH.match(text, t.end)):
            continue  # (joined to the run by 、: an item of one list with them, 县医院1500所、县中医院500所和…1000所)
        if t.start < near:  # a prefix of the run only meets a total stated close before it
            if whole.overlaps(t.interval):
                return Relation(RelationKind.SUM, tuple(run), t, LINKER, CONFIDENCE, exhaustive=True)
            continue
        for k in range(len(run), 1, -1):
            if sums[k].overlaps(t.interval):
                return Relation(RelationKind.SUM, tuple(run[:k]), t, LINKER, CONFIDENCE, exhaustive=True)
    # a complete run (it ends with the rest) right after its total: a breakdown that should meet it
    if whole_run and totals and _ends_with_rest(text, run):
        t = totals[0]
        if t.start >= near and t.value >= max(m.value for m in run):
            return Relation(RelationKind.SUM, tuple(run), t, LINKER, CONFIDENCE, exhaustive=True)
    return None


def link_breakdowns(report: Report) -> Iterator[Relation]:
    text = report.text
    ms = mentions(report)
    for s, run in _runs(report, ms):
        yield from _respectively(text, s, run, ms)
        # the total may open the run itself (主动公开政府信息6391条，其中…1105条；…): try each later start
        for k in range(len(run) - 1):
            rel = _meets(text, s, run[k:], ms, k == 0, tuple(run[:k]))
            if rel is not None:
                yield rel
                break
        else:
            yield from _bounded_by(text, s, run, ms)
            yield from _classified(text, s, run, ms)
            yield from _opened_by_total(text, run)
            yield from _colon_classes(text, run)


# a total, a colon, then its classes (在办理的60件案件中，涉及的领域为：律师管理类17件；公证管理类12件；…): each class
# item's own words end with 类 right before its figure
_COLON = "：:"
_CLASS_ITEM = re.compile(r"[^，,；;、：:。\d]{1,16}类$")
_CLASS_ITEMS_MIN = 3
# the words of a request's stages (received, answered): a colon list after one names another stage's classes
_STAGE_WORD = re.compile(data.alternation([*_WORDS["done"], *_WORDS["new"]]))


def _colon_classes(text: str, run: list[Mention]) -> Iterator[Relation]:
    """The first figure of a run, a colon, then three or more class items of its unit (…类17件；…类12件；…): the
    classes of that total, each at most it and together at most it (all of it when the last is the rest).
    Read, not written: a failure is a warning."""
    total, items = run[0], run[1:]
    if len(items) < _CLASS_ITEMS_MIN or total.value <= 0:
        return
    gap = text[total.end : items[0].start]
    colon = max(gap.rfind(c) for c in _COLON)
    if colon < 0 or any(c in text[items[0].start : items[-1].end] for c in _COLON):
        return
    if _STAGE_WORD.search(gap, 0, colon):
        return  # 收到申请60件，办结情况为：… — the classes of another stage (answers may include last year's)
    starts = [total.end + colon + 1] + [m.end for m in items[:-1]]
    for start, m in zip(starts, items, strict=True):
        words = text[start : m.start]
        cut = max(words.rfind(c) for c in "，,；;、")
        if not _CLASS_ITEM.search(words[cut + 1 :]):
            return
    for p in items:
        yield Relation(RelationKind.PART_WHOLE, (p,), total, LINKER, CONFIDENCE)
    yield Relation(RelationKind.SUM, tuple(items), total, LINKER, CONFIDENCE, exhaustive=_ends_with_rest(text, items))


# "保留的政务服务事项516项，行政许可事项218项，公共服务等其他事项297项": a run ending with the rest whose first
# figure is about the sum of the others reads as that total and its complete breakdown (a first figure far from
# it is a category of its own); read, not written: a miss is a warning
_OPENED_NEAR = 0.05
_OPENED = 0.5


def _class_word(text: str, m: Mention) -> bool:
    """``m``'s own words, back to the clause mark before it, end with 类 (投诉类4733件)."""
    lead = text[max(0, m.start - _TOTAL_LEAD) : m.start]
    cut = max((c.end() for c in _CLAUSE_MARK.finditer(lead)), default=0)
    return lead[cut:].rstrip().endswith(_CLASS_SUFFIX)


def _class_sibling(text: str, total: Mention, parts: list[Mention]) -> bool:
    """The run's first figure names a class as its parts do (投诉类4733件，…；咨询类3162件；…；其他969件): the first
    class of the list, not its total."""
    return _class_word(text, total) and any(_class_word(text, p) for p in parts)


def _opened_by_total(text: str, run: list[Mention]) -> Iterator[Relation]:
    if len(run) < 3 or not _ends_with_rest(text, run):
        return
    total, parts = run[0], run[1:]
    if _class_sibling(text, total, parts):
        return
    rest = sum(m.value for m in parts)
    if total.value < max(m.value for m in parts) or abs(total.value - rest) > _OPENED_NEAR * total.value:
        return
    if _sum(parts).overlaps(total.interval):
        return  # it holds: _meets verified it
    yield Relation(RelationKind.SUM, tuple(parts), total, LINKER, _OPENED, exhaustive=True)


# a sentence that breaks a total down by class: 工单分类：求决类460件、咨询类38件…; 按照内容分类前10位的是：…
_CLASSIFIED = re.compile("|".join(_WORDS["classified_cue"]))
_CLASS_HEAD = 30
# a sentence that is itself one breakdown of several (从被申请对象看，…共339件): its figures are parts, no total
_PARALLEL = re.compile(r"^从[^，。；\d]{1,16}看")
# how many sentences back its total may stand (empty ones not counted), and how many readings are weighed
_CLASS_REACH = 3
_CLASS_READINGS = 4


def _back(text: str, s: int, n: int) -> int:
    """The start of the ``n``-th sentence before the one starting at ``s`` (empty ones, "??? ", not counted)."""
    while n > 0 and s > 0:
        s = sentence_bounds(text, max(0, s - 2))[0] if text[s - 1] in "。！？!?\n" else sentence_bounds(text, s - 1)[0]
        if len(text[s : sentence_bounds(text, s)[1]].strip()) >= 4:
            n -= 1
    return s


def _classified(text: str, s: int, run: list[Mention], ms: tuple[Mention, ...]) -> Iterator[Relation]:
    """A run under a classification cue breaks down a total stated in the sentences before it.

    The parts need not be complete (a top-10 list), so each is at most the total and so is their sum. Every
    figure of the run's unit there with a total word (共受理, 办理) is a reading: the run verifies the statement on
    any of them, a finding needs all to fail.
    """
    head = text[s : run[0].start]
    if len(head) > _CLASS_HEAD or not _CLASSIFIED.search(head):
        return
    lo = _back(text, s, _CLASS_REACH)
    totals = [
        m
        for m in reversed(starting_in(ms, lo, s))
        if m.unit == run[0].unit
        and m.qualifier is None
        and m.end <= s
        and _TOTAL.search(text[max(lo, m.start - 16) : m.start])
        and not _PARALLEL.match(text[sentence_bounds(text, m.start)[0] : m.start].lstrip("? \u3000"))
    ][:_CLASS_READINGS]
    grouped = len(totals) > 1
    # a classification that ends with the rest (…、其他类210件) is all of its total
    complete = _ends_with_rest(text, run)
    for t in totals:
        for p in run:
            group = f"classified@{s}:{p.start}" if grouped else None
            yield Relation(RelationKind.PART_WHOLE, (p,), t, LINKER, CONFIDENCE, group=group)
        group = f"classified@{s}" if grouped else None
        yield Relation(RelationKind.SUM, tuple(run), t, LINKER, CONFIDENCE, group=group, exhaustive=complete)


# a sentence that opens with 分别为 lists the parts of the figure before it: 纠错236件。结果分别为撤销48件，…
_RESPECTIVELY = re.compile("^(?:" + "|".join(_WORDS["respectively_head"]) + ")")


def _respectively(text: str, s: int, run: list[Mention], ms: tuple[Mention, ...]) -> Iterator[Relation]:
    """ "…直接纠错236件。结果分别为撤销48件，责令履行10件，…": a complete breakdown of the last count before it."""
    if s < 2 or not _RESPECTIVELY.match(text[s : run[0].start].lstrip("? \u3000")):
        return
    prev = sentence_bounds(text, s - 2)[0]
    before = [
        m
        for m in starting_in(ms, prev, s)
        if m.end <= s and m.unit == run[0].unit and not _COMPARED.search(text[max(prev, m.start - 14) : m.start])
    ]
    if not before or before[-1].qualifier is not None:
        return
    yield Relation(RelationKind.SUM, tuple(run), before[-1], LINKER, CONFIDENCE, exhaustive=True)


# what may follow a total to the end of its sentence: nothing, or its own change (，比上周增长20.48%)
_CLOSES_SENTENCE = re.compile(
    r"^(?:[，,]\s*(?:同比|环比|比上[年月周]|较上[年月周])?(?:增长|下降|增加|减少|上升)\s*[\d.]+\s*(?:%|％|个百分点))?[。！？]\Z"
)


def _bounded_by(text: str, s: int, run: list[Mention], ms: tuple[Mention, ...]) -> Iterator[Relation]:
    """A run in the sentence right after a total (共办理…2495件。交办…2388件，直办…107件): the total bounds it.

    The parts need not be complete, so a short sum says nothing; a part or a sum above the total is a warning.
    """
    if s < 2 or re.search("[；;]", text[run[0].end : run[-1].start]):
        return  # a run across ；-clauses may be two breakdowns of one total: each clause is a run of its own
    prev = sentence_bounds(text, s - 2)[0]
    # the total closes the sentence before the run's: 本月共办理热线工单2495件。
    before = [m for m in starting_in(ms, prev, s) if m.end <= s and m.unit == run[0].unit]
    # (a sentence that ends with 。, not a title line; the total's own change may close it: …506件，比上周增长20.48%。)
    if (
        len(before) != 1
        or before[0].qualifier is not None
        or not _CLOSES_SENTENCE.match(text[before[0].end : s].strip(" \u3000"))
    ):
        return
    t = before[0]
    if not _TOTAL.search(text[max(prev, t.start - 16) : t.start]):
        return
    if _PARALLEL.match(text[prev : t.start].lstrip("? \u3000")):
        return  # 从被申请对象看，…共339件。: one breakdown of several, its figure no total of the next
    if "分别" in text[s : run[0].start]:
        return  # "A和B分别达433亿美元和777亿美元": figures of two things, no breakdown of the total before
    parts_sum = sum(m.value for m in run)
    if parts_sum < t.value / 2 or any(_TOTAL.search(text[max(s, m.start - 6) : m.start]) for m in run):
        return  # not a breakdown of it: much smaller, or parts that are totals of their own
    for p in run:
        yield Relation(RelationKind.PART_WHOLE, (p,), t, LINKER, CONFIDENCE)
    if nearly_complete(tuple(run), t):  # 506 of 507: read as the whole list
        yield Relation(RelationKind.SUM, tuple(run), t, LINKER, NEARLY, exhaustive=True)
    else:
        yield Relation(RelationKind.SUM, tuple(run), t, LINKER, CONFIDENCE)
