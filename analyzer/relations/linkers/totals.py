"""Linkers ``new_and_total``, ``total_and_kinds`` and ``value_added``: a running total next to what was added,
a total next to its kinds, a sector's value added next to the 生产总值 it is part of, all without 其中.

Reports write what a year added and the total it brought, and a total and the
kinds that make it up, in one sentence:

    开通3条地铁新线、新增运营里程30公里，总里程达909公里。    (the new, then the total: 新增…，总…)
    示范区新推出7项制度创新成果、累计达到161项。               (the new, then the running total: 累计)
    进出川大通道新增16条、达到54条。                             (the new, then the verb alone: the same thing)
    电力总装机规模3.1亿千瓦，新能源装机1.7亿千瓦。             (a 总 whole, then its kinds: 总装机 → 新能源装机)
    实现生产总值288.7亿元，增长5.1%；规模以上工业增加值114.9亿元。  (a value added is part of the 生产总值)

The first figure of the pair is at most the second; the kinds after a 总 whole
are each at most it, and together too (they need not be complete), within its ，-clauses (a ；-clause is
about another thing) and not for a noun every whole has (总产值, 总收入).  The total
must name what the new figure counts: a bare 总数 / 累计 (of the same thing), or
a 总 noun the new figure's name ends with (总里程 of 运营里程); a kind's name
ends with the whole's noun and says more (新能源装机 of 总装机).  How sure: read,
not printed, so a failure is a warning.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ... import data
from ...types import Report
from ..linking import CLAUSE_END_OUTSIDE_BRACKETS, own_label, sentence_bounds
from ..mentions import Mention, index_from, mentions
from ..model import Relation, RelationKind
from .parts import same_kind

NEW_AND_TOTAL = "new_and_total"
TOTAL_AND_KINDS = "total_and_kinds"
CONFIDENCE = 0.6

_WORDS = data.grouped_words("relation_words.tsv")


# words that make a figure an addition of the period (新增运营里程, 新推出)
_NEW = re.compile(data.alternation(_WORDS["new_part"]))
# the verb between a total's name and its figure (总里程达909公里, 累计达到161项)
_VERB = data.alternation(_WORDS["total_verb"])
# nouns after 总 that name no other thing: the total of what the figure before counts (总数, 总量)
_GENERIC = set(_WORDS["total_generic_noun"])
# between the new figure and its total: the new figure's own noun (…7项制度创新成果), one break, the total's name
_GAP = re.compile(
    rf"^[\u4e00-\u9fff]{{0,10}}[，,、；;]\s*(?:(?P<run>累计)|总(?P<noun>[\u4e00-\u9fff]{{0,6}}?))(?:{_VERB})?$"
)
# "进出川大通道新增16条、达到54条": the new figure, one ，/、 and the verb alone: the clause goes on about the
# same thing, so the figure it reaches is the running total (a ；-clause, or any word between, is about another)
_BARE_GAP = re.compile(rf"^[，,、]\s*(?:{data.alternation(_WORDS['bare_total_verb'])})$")
# a 总 whole's name: its noun, without a measure word after it (电力总装机规模 → 装机)
_WHOLE_NAME = re.compile(
    rf"总(?P<noun>[\u4e00-\u9fff]{{2,4}}?)(?:{data.alternation(_WORDS['total_measure'])})?(?:{_VERB})?$"
)
_KIND_VERB = re.compile(rf"(?:{_VERB})$")
_MAX_KINDS = 8
# a 总 whole's noun that names no one thing of its own (产值, 收入): kinds of it name other wholes too
_BROAD = set(_WORDS["total_broad_noun"])
_SEMICOLON = re.compile("[；;]")


def _after_words(text: str, ms: tuple[Mention, ...], words: tuple[str, ...], reach: int) -> list[int]:
    """The indices, in order, of the figures that start within ``reach`` characters after one of ``words`` (found
    from the words' occurrences, rarer than figures: the cheap test before any label is read)."""
    out: set[int] = set()
    for word in words:
        pos = text.find(word)
        while pos != -1:
            i = index_from(ms, pos + len(word))
            while i < len(ms) and ms[i].start <= pos + reach:
                out.add(i)
                i += 1
            pos = text.find(word, pos + 1)
    return sorted(out)


def _names_total(noun: str, new_label: str) -> bool:
    """The total's noun names what the new figure counts: generic (总数), or the end of the new figure's name."""
    if not noun or noun in _GENERIC:
        return True
    return len(noun) >= 2 and new_label.endswith(noun[-2:])


def link_new_and_totals(report: Report) -> Iterator[Relation]:
    """ "新增运营里程30公里，总里程达909公里": the new figure is at most the total."""
    text = report.text
    ms = mentions(report)
    for a, b in itertools.pairwise(ms):
        if b.start - a.end > 24 or not same_kind(a, b) or a.qualifier is not None or a.value <= 0:
            continue
        gap = text[a.end : b.start]
        g = _GAP.match(gap)
        if g is None and _BARE_GAP.match(gap) is None:
            continue
        label = own_label(text, a, ms)
        if not _NEW.search(label):
            # names listed before the noun (新增黄石、咸宁、天门等全国文明城市12个): the clause read through its 、
            label = own_label(text, a, ms, CLAUSE_END_OUTSIDE_BRACKETS)
            if not _NEW.search(label):
                continue
        if g is not None and g.group("run") is None and not _names_total(g.group("noun") or "", label):
            continue
        yield Relation(RelationKind.PART_WHOLE, (a,), b, NEW_AND_TOTAL, CONFIDENCE, cue=(a.end, b.start))


def link_totals_and_kinds(report: Report) -> Iterator[Relation]:
    """ "电力总装机规模3.1亿千瓦，新能源装机1.7亿千瓦": each kind after a 总 whole is at most it."""
    text = report.text
    ms = mentions(report)
    for i in _after_words(text, ms, ("总",), 10):
        w = ms[i]
        if w.unit in ("%", "个百分点", "‰", "倍"):
            continue
        found = _WHOLE_NAME.search(own_label(text, w, ms))
        if found is None:
            continue
        noun = found.group("noun")
        if noun in _BROAD:
            continue  # 渔业经济总产值 and 鲜食玉米全产业链产值: every industry has an 产值
        _, e = sentence_bounds(text, w.start)
        # the kinds follow in its ，-clauses: a ；-clause is about another thing (总里程…；高铁营运里程…)
        semi = _SEMICOLON.search(text, w.end, e)
        e = semi.start() if semi else e
        kinds: list[Mention] = []
        for m in ms[i + 1 :]:
            if m.start >= e or len(kinds) >= _MAX_KINDS:
                break
            if not same_kind(m, w):
                continue
            label = _KIND_VERB.sub("", own_label(text, m, ms))
            if "总" in label or not label.endswith(noun) or len(label) <= len(noun):
                break  # another whole, or no kind of this one: the kinds end here
            if m.qualifier is None:
                kinds.append(m)
        if not kinds:
            continue
        at = text.rfind("总", 0, w.start)
        for k in kinds:
            yield Relation(RelationKind.PART_WHOLE, (k,), w, TOTAL_AND_KINDS, CONFIDENCE, cue=(at, at + 1))
        if len(kinds) >= 2:
            yield Relation(RelationKind.SUM, tuple(kinds), w, TOTAL_AND_KINDS, CONFIDENCE)


VALUE_ADDED = "value_added"
# the names of a 生产总值 and of a part of it (words in relation_words.tsv)
_GDP = re.compile(rf"(?:{data.alternation(_WORDS['gdp_name'])})$")
_ADDED = re.compile(rf"(?:{data.alternation(_WORDS['value_added_name'])})$")
_AMOUNT_VERB = re.compile(rf"(?:{_VERB}|实现|完成)$")


def _named_amount(text: str, m: Mention, ms: tuple[Mention, ...], name: re.Pattern[str]) -> bool:
    return m.unit == "元" and name.search(_AMOUNT_VERB.sub("", own_label(text, m, ms))) is not None


def link_value_added(report: Report) -> Iterator[Relation]:
    """ "实现生产总值288.7亿元…；规模以上工业增加值114.9亿元": in one sentence, a value added is at most the
    生产总值 (a sector's share of the whole economy of the same place and year)."""
    text = report.text
    ms = mentions(report)
    for i in _after_words(text, ms, ("总值", "GDP"), 6):
        w = ms[i]
        if w.unit != "元":
            continue
        if w.qualifier is not None or not _named_amount(text, w, ms, _GDP):
            continue
        s, e = sentence_bounds(text, w.start)
        later = [m for m in ms[i + 1 :] if m.start < e] if e - w.end < _SENTENCE_MAX else []
        if any(_named_amount(text, m, ms, _GDP) for m in later) or any(
            _named_amount(text, m, ms, _GDP) for m in ms[max(0, i - _BEFORE) : i] if m.start >= s
        ):
            continue  # two 生产总值 (two places or years): which one a value added is part of is not written
        for m in later:
            if m.qualifier is None and _named_amount(text, m, ms, _ADDED):
                yield Relation(RelationKind.PART_WHOLE, (m,), w, VALUE_ADDED, CONFIDENCE)


_SENTENCE_MAX = 600
_BEFORE = 12


SECTOR_SUM = "sector_sum"
# the three sectors whose value added makes a 生产总值, in order (第一产业增加值, 第一产业实现增加值)
_SECTOR_NAMES = next(tuple(line.split("|")) for line in _WORDS["complete_set"] if line.startswith("第一产业"))
_SECTOR = [
    re.compile(rf"{re.escape(n)}(?:实现|完成)?(?:{data.alternation(_WORDS['value_added_name'])})$")
    for n in _SECTOR_NAMES
]
# how far after the 生产总值 its sectors may be stated (a 统计公报's paragraph per sector)
_SECTOR_REACH = 600
_PER_HEAD = "人均"


def link_sector_sums(report: Report) -> Iterator[Relation]:
    """ "实现地区生产总值744.94亿元…\n…第一产业增加值145.88亿元…\n…第二产业增加值…\n…第三产业增加值…": the three
    sectors' value added, each named once after the 生产总值 and before any other, add up to it (a complete set)."""
    text = report.text
    ms = mentions(report)
    for i in _after_words(text, ms, ("总值", "GDP"), 6):
        w = ms[i]
        if w.unit != "元" or w.qualifier is not None or not _named_amount(text, w, ms, _GDP):
            continue
        if _PER_HEAD in own_label(text, w, ms):
            continue
        if any(
            _named_amount(text, m, ms, _GDP) for m in ms[max(0, i - _BEFORE) : i] if w.start - m.end <= _SECTOR_REACH
        ):
            continue  # two 生产总值 (a county's inside the city's): which one the sectors make is not written
        found: list[Mention | None] = [None] * len(_SECTOR)
        for m in ms[i + 1 :]:
            if m.start - w.end > _SECTOR_REACH or _named_amount(text, m, ms, _GDP):
                break
            if m.unit != "元" or m.qualifier is not None:
                continue
            lab = _AMOUNT_VERB.sub("", own_label(text, m, ms))
            k = next((j for j, rx in enumerate(_SECTOR) if rx.search(lab)), None)
            if k is None:
                continue
            if found[k] is not None or any(x is None for x in found[:k]):
                break  # a sector twice, or out of order: no one list of the three
            found[k] = m
            if k == len(_SECTOR) - 1:
                break
        parts = tuple(x for x in found if x is not None)
        if len(parts) == len(_SECTOR):
            yield Relation(
                RelationKind.SUM, parts, w, SECTOR_SUM, CONFIDENCE, name="三次产业增加值之和", exhaustive=True
            )


RESPECTIVE = "respective_total"
# "分别新增12项和44项": a list of figures joined by one word each
_LIST_JOIN = ("、", "和", "及", "与", "，", ",")
# between the list of new figures and the list of totals: one break, 累计 or a 总 noun, 分别 and a verb
_RESPECTIVE_GAP = re.compile(
    rf"^[，,；;]\s*(?:累计|总[\u4e00-\u9fff]{{0,6}}?)(?:{_VERB})?分别(?:{_VERB})?$|^[，,；;]\s*分别(?:累计|总计)(?:{_VERB})?$"
)
_RESPECTIVE_NEW = re.compile(rf"分别(?:{data.alternation(_WORDS['new_part'])})$")


def _run(text: str, ms: tuple[Mention, ...], i: int, end: int) -> list[Mention]:
    """The figures from ``ms[i]`` on, of its kind, each joined to the one before by one word (、 和 及)."""
    run = [ms[i]]
    for m in ms[i + 1 :]:
        if m.start >= end or not same_kind(m, run[0]) or text[run[-1].end : m.start] not in _LIST_JOIN:
            break
        run.append(m)
    return run


def link_respective_totals(report: Report) -> Iterator[Relation]:
    """ "分别新增12项和44项，累计分别达到64项和288项": each new figure at most the total of its place in the list."""
    text = report.text
    ms = mentions(report)
    for i in _after_words(text, ms, ("分别",), 8):
        first = ms[i]
        if i > 0 and ms[i - 1].end > first.start - 8:
            continue  # a figure just before: the list does not start here
        if not _RESPECTIVE_NEW.search(text, max(0, first.start - 8), first.number_start):
            continue
        _, e = sentence_bounds(text, first.start)
        new = _run(text, ms, i, e)
        j = i + len(new)
        if len(new) < 2 or j >= len(ms) or not _RESPECTIVE_GAP.match(text[new[-1].end : ms[j].start]):
            continue
        totals = _run(text, ms, j, e)
        if len(totals) != len(new) or not same_kind(totals[0], new[0]):
            continue
        cue = (new[-1].end, totals[0].start)
        for a, b in zip(new, totals, strict=True):
            if a.qualifier is None and a.value > 0:
                yield Relation(RelationKind.PART_WHOLE, (a,), b, RESPECTIVE, CONFIDENCE, cue=cue)
