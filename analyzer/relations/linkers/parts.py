"""Linkers ``qizhong``, ``closing_total``, ``share_list``, ``structure``: parts, wholes and shares.

A whole is the last figure before 其中 in its sentence (or in the previous
sentence when the sentence opens with 其中); its parts are the figures of the
same unit after 其中 up to the end of the sentence.  A total written after its
parts (…，合计35件) closes the list before it.  Parts listed after 其中 need not
be exhaustive, so a short sum says nothing unless the list is introduced by
分别为; a sum beyond the whole is a warning (parts may overlap) and an error
only when the list is declared complete (合计/共计/总计, 分别为).  A later figure
whose label opens with the whole's own frame, its verb or channel (共查摆…，其中…，
查摆…; 通过网站…；通过app…), is a count beside the whole, not one more part.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ... import data
from ...cache import by_identity
from ...extract.patterns import WHOLE_REGION
from ...numbers import cn_int
from ...types import Report
from ..figures import figure
from ..linking import (
    CLAUSE_END_OUTSIDE_BRACKETS,
    clause_start,
    label,
    own_label,
    paragraph_bounds,
    sentence_bounds,
)
from ..mentions import Mention, index_from, mentions, starting_in, written_scale
from ..model import Relation, RelationKind
from .shares import partition_of, share_whole_after, way_of

# how sure a link is: a total declared complete by a closing 合计; other part lists
CLOSED = 0.9
LISTED = 0.6
# a list whose last part is the rest (其他…): complete, unless the parts overlap
OTHER_CLASS = 0.85
# the shares of a structure (三次产业结构) add to 100 within rounding when read right; a sum this far from 100
# still reads as shares of one whole (a slip), beyond it as a mix ratio or figures of something else
_STRUCTURE_NEAR = (90.0, 110.0)
_STRUCTURE_FAR = (75.0, 130.0)


def _structure_confidence(total: float) -> float | None:
    """How sure three or more figures of a structure sentence are shares of one whole, by how near 100 they add."""
    if _STRUCTURE_NEAR[0] <= total <= _STRUCTURE_NEAR[1]:
        return CLOSED
    if _STRUCTURE_FAR[0] <= total <= _STRUCTURE_FAR[1]:
        return LISTED
    return None


_QIZHONG = "其中"
# the words that open a whole's parts: 其中, and 包括 right after its whole (共计3437条，包括：人事信息12条，…)
_INCLUDING = "包括"
_PARTS_CUE = re.compile(f"{_QIZHONG}|{_INCLUDING}")
_RIGHT_AFTER = re.compile(r"[，,]\s*")
_WORDS = data.grouped_words("relation_words.tsv")
# a total written after its parts: 合计35件, 共计35件, 总计35件
_CLOSING_TOTAL = re.compile("(?:" + "|".join(_WORDS["closing_total"]) + ")$")
_CLOSING_NEAR = re.compile("|".join(_WORDS["closing_total"]))
# a summary and the closing word, then the total's own name (两项合计共受理消费者投诉举报4342件)
_CLOSING_NAMED = re.compile(
    "^(?P<lead>[^，,。；;：:\\d]{0,6}?)(?:" + "|".join(_WORDS["closing_total"]) + r")共?[^，,。；;：:\d]{1,16}$"
)
_CLOSING_NAMED_REACH = 24
# the words of a clause before its closing total when they are no category of their own: 以上合计 / 上述共计
_SUMMARY_LEAD = re.compile("^(?:" + "|".join(_WORDS["summary"]) + ")*$")
# the last part of a 、 list with its total right after it, no comma between (A 10件、B 25件、C 5件共计40件): the
# clause's lead ends with that part's figure and unit
_LAST_PART_LEAD = re.compile(r"\d[\d.]*\s*[\u4e00-\u9fff]{1,3}$")
# a part named as the rest: 其他信息, 其余: the list is complete
_OTHER_CLASS = re.compile("|".join(_WORDS["other_class"]))
# between two parts of a semicolon list: the previous part's clause ends at the ；, then a category label
_SEMICOLON_LABEL = re.compile(r"^\s*[；;]\s*[^，,。；;：:\d]{1,40}$")
# words in a part's clause that make overlapping categories likely
_OVERLAP_WORDS = ("涉及", "含", "包括", "同时", "兼", "以上", "累计", "重复")
# a whole that is a change or a mean, not a total: 比上年增加4000亿元, 年均超收2040亿元
_NOT_WHOLE = re.compile(r"增加|增长|减少|下降|提高|降低|比|较|年均|平均|人均|每(?!年)|超过|以上|由|从")
# words that make a count a total
_TOTAL_WORDS = re.compile("|".join(_WORDS["qizhong_total_word"]))
# a verb that starts a new statement after a comma (新增公路…, 修复治理…): not a further part
_NEW_STATEMENT = re.compile(
    r"^[，,]?\s*(?:新增|新建|完成|修复|治理|建成|开展|实施|建设|改造|培育|引进|发放|受理|收到|举办|组织|召开|推动|累计|共|全年|另|此外|同时|并|还)"
)
# a total of everything listed before it in the paragraph: 以上共计28项, 上述合计
_ABOVE = re.compile(r"(?:以上|上述)(?:" + "|".join(_WORDS["closing_total"]) + ")")
_ABOVE_REACH = 1500
# a range or a change (由…到…, 从…至…): the figures before a total are no parts of it (收到, 达到, 截至 are no range)
# (the look-behinds after their character: ``re`` skips text to a first character, never to a look-behind)
_FROM_TO = re.compile(r"由|从|到(?<![收达得做受]到)|至(?<!截至)")
# what joins two parts of one list, and how long the label between them may be
_JOINER = re.compile(r"[、，,]|^[^，。；\d]{0,2}(?:和|及|与)$|^[^，。；\d]{0,2}(?:和|及|与)[^，。；]{0,12}$")
_PART_LABEL = 24
# the units of a change or a rate, and how far they may push a whole away from its 其中
_CHANGE_UNITS = ("%", "个百分点", "‰", "倍")
_CHANGE_GAP = 30
# how far a whole may stand from its 其中 when a figure of another unit comes between
_OTHER_UNIT_GAP = 40
_OWN_RATE = re.compile(r"^[，,]\s*[^，,。；;\d]{0,8}率(?:为|是|达到|达)?\s*[\d.]+\s*[%％][。；;，,：:\s]*$")
# its own share between a whole and its 其中 (城乡建设类1545件，占比16.74%。其中…; 占全部受理量的16.74%)
_OWN_SHARE = re.compile(r"^[，,]\s*占[^，,。；;\d]{0,12}?\s*[\d.]+\s*[%％][。；;，,：:\s]*$")
_CHANGE_BETWEEN = re.compile(r"增长|下降|增加|减少|提高|降低|上升|同比|比上年|较上年")
# a list declared complete
_DECLARED = "分别"
# 三次产业结构 7.1:38.2:54.7 (the separators ASCII or full-width)
_STRUCTURE_WORDS = re.compile("|".join(_WORDS["structure"]))


@functools.lru_cache(maxsize=4)
def _structure_words(text: str) -> tuple[tuple[int, int], ...]:
    """The spans ``_STRUCTURE_WORDS.finditer`` finds (leftmost, first word listed, no overlap), found by
    ``str.find``: a regex scan of a whole report for a few words costs far more."""
    hits = []
    for rank, w in enumerate(_WORDS["structure"]):
        at = text.find(w)
        while at != -1:
            hits.append((at, rank, at + len(w)))
            at = text.find(w, at + 1)
    out: list[tuple[int, int]] = []
    for start, _, end in sorted(hits):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return tuple(out)


# the colon between a ratio's terms: ASCII, full-width, the ratio sign, and the vertical two-dot leader a word
# processor puts in 11.8︰48.3︰39.9
_RATIO_COLON = r"\s*[:：∶︰]\s*"
# a ratio of three or more parts: 7.1:38.2:54.7
_RATIO_TRIPLE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?(?:" + _RATIO_COLON + r"\d+(?:\.\d+)?){2,})(?![\d.])")
# percents listed after 分别占 / 占比分别为 / 比重分别为
_SHARE_LIST = re.compile(r"(?:分别占[^，。；\d]{0,10}?|(?:占比|比重|比例)分别为|分别占比)$")


# the number of classes a whole names in its label: 五类案件总数, 三项补贴
_DECLARED_COUNT = re.compile(r"([一二两三四五六七八九十]{1,2})(?:类|项|种)")


def _declared_count(lab: str) -> int | None:
    found = _DECLARED_COUNT.findall(lab)
    n = cn_int(found[-1]) if len(found) == 1 else None
    return n if n is not None and n >= 2 else None


@dataclass(frozen=True)
class PartsOf:
    whole: Mention
    parts: tuple[Mention, ...]
    declared: bool  # 分别为: the list is complete
    start: int  # where the parts begin (其中)
    other_class: bool = False  # the last part is the rest (其他…): the list is complete
    named: bool = False  # the parts name every member of a complete set (中央…，地方…; 满意…，不满意…)
    across: bool = False  # the whole stands in the sentence before, past figures of other units: read, not written
    cue_end: int = -1  # where the word that opens the parts (其中, 包括) ends


# count units that count the same things (12个项目，其中1项…; 经营主体1461万户，其中企业57万家)
_UNIT_CLASS = {u: n for n, line in enumerate(_WORDS["count_unit_class"]) for u in line.split("|")}


def _same_unit(a: str, b: str) -> bool:
    return a == b or (a in _UNIT_CLASS and _UNIT_CLASS.get(a) == _UNIT_CLASS.get(b))


# the measure words of published items (条, 篇, 件, 期, 份): under 其中, a whole of items and parts of one kind of them
_ITEM_UNITS = frozenset(u for line in _WORDS["item_unit_class"] for u in line.split("|"))


def _same_item(a: Mention, b: Mention) -> bool:
    """Two counts of published items, whatever measure word each kind takes (信息4891条 → 规范性文件15件)."""
    return a.unit in _ITEM_UNITS and b.unit in _ITEM_UNITS and a.is_count and b.is_count


def same_kind(a: Mention, b: Mention) -> bool:
    """Two figures that can be parts of one whole: one unit family, and not shares, points or multiples."""
    return _same_unit(a.unit, b.unit) and a.unit not in ("%", "个百分点", "‰", "倍")


# a whole without a total word is still the whole of parts that each name it (财政赤字 → 中央财政赤字)
_NAMED_WHOLE = 3
# a whole's change written right after it (5955亿元，比上年增加1637亿元，…其中): the whole is the figure before
_OWN_CHANGE = re.compile(r"^[，,]?\s*(?:比|较)[^，,。；;\d]{0,8}(?:增加|减少|增长|下降|多|少)$")
# the same with clauses of the whole's own rates before the change (，为年初预算61.22%，比上年同期增加)
_OWN_CHANGE_ASIDE = re.compile(
    r"^(?:[，,]\s*[^，,。；;\d]{0,12}?[\d.]+\s*[%％])+[，,]\s*(?:比|较)[^，,。；;\d]{0,8}(?:增加|减少|增长|下降|多|少)$"
)
# the sets of categories that make a list complete when its parts name them all: 中央 and 地方 of a deficit,
# 第一/第二/第三产业 of a GDP
_COMPLETE_SETS = [tuple(line.split("|")) for line in _WORDS["complete_set"]]
# the same, complete only as the parts of a whole whose label holds a word (纠错: 撤销, 变更, 确认违法, 责令履行
# are every kind of direct correction, not every case decided): word → its sets
_COMPLETE_SETS_OF = [
    (word, tuple(members.split("|")))
    for word, members in (line.split(":", 1) for line in _WORDS.get("complete_set_of", ()))
]
# 满意7件，不满意3件; 已审结…，未审结…: a category and its negation
_NEGATION = ("不", "未", "非")


def complete_by_names(labels: list[str], whole_label: str = "") -> bool:
    """The parts' labels name every member of a complete set, one each, or a category and its negation; a set of
    ``complete_set_of`` in any order, when the whole's label holds its word."""
    for members in _COMPLETE_SETS:
        if len(members) == len(labels) and all(
            sum(w in lab for w in members) == 1 and members[i] in lab for i, lab in enumerate(labels)
        ):
            return True
    for word, members in _COMPLETE_SETS_OF:
        if word in whole_label and len(members) == len(labels) and _one_each(members, labels):
            return True
    if len(labels) == 2:
        a, b = (x.strip("，,；; 其中：:") for x in labels)
        core = a[-2:]
        if len(core) == 2 and any(b.endswith(neg + core) and neg + core not in a for neg in _NEGATION):
            return True
    return False


def _one_each(members: tuple[str, ...], labels: list[str]) -> bool:
    """Each label names exactly one member, and no member twice.

    Two members written as one compound (农业服务业: no word between them) name the last, its head: a 农业服务业 is a
    kind of 服务业; two joined by a word (撤销并变更) name two."""
    named = []
    for lab in labels:
        found = sorted((lab.find(w), w) for w in members if w in lab)
        if len(found) == 2 and found[0][0] + len(found[0][1]) == found[1][0]:
            found = found[1:]
        if len(found) != 1:
            return False
        named.append(found[0][1])
    return len(set(named)) == len(members)


@by_identity(maxsize=8)
def qizhong_groups(report: Report) -> tuple[PartsOf, ...]:
    """Every "whole，其中 parts" structure of ``report`` (found once per report: two linkers read them)."""
    text = report.text
    ms = mentions(report)
    out: list[PartsOf] = []
    for q in _PARTS_CUE.finditer(text):
        s, e = sentence_bounds(text, q.start())
        if q[0] == _INCLUDING and not _includes_after_whole(text, q.start(), ms):
            continue
        search_from = s
        # (a bracket may open the sentence: …621791人，比上年增加12398人。（其中教学点在校生16225人）)
        if not text[s : q.start()].strip(" \u3000\t，,：（("):
            ps, _ = paragraph_bounds(text, s)
            if s - 1 <= ps:
                continue
            search_from = sentence_bounds(text, s - 2)[0]
        # the whole stands close before 其中 (the bound keeps a page without 。 linear)
        before = [m for m in starting_in(ms, max(search_from, q.start() - 400), q.start()) if m.end <= q.start()]
        if not before:
            continue
        # "22494件，同比下降5.51%，其中…": the whole's own change may stand between it and 其中
        k = len(before) - 1
        while k > 0 and before[k].unit in _CHANGE_UNITS and q.start() - before[k - 1].end <= _CHANGE_GAP:
            k -= 1
        # "2900平方公里，增加蓄洪容积130亿立方米，其中…880平方公里": the whole has the parts' unit
        first_part = next((m for m in starting_in(ms, q.end(), e) if m.unit not in _CHANGE_UNITS), None)
        across = False  # the whole stands in the sentence before, figures of other units after it
        if first_part is not None and before[k].unit != first_part.unit:
            same = [j for j in range(k) if before[j].unit == first_part.unit and before[j].start >= s]
            if same and q.start() - before[same[-1]].end <= _OTHER_UNIT_GAP:
                k = same[-1]
            elif search_from < s:
                # "全年共举办191场发布活动，领导出席25人次。其中，…151场": the one figure of the parts' unit in the
                # sentence before (of several, which the 其中 hangs from is unclear), every figure after it of another
                same = [j for j in range(len(before)) if same_kind(before[j], first_part)]
                if len(same) == 1:
                    k, across = same[-1], True
        # "5955亿元，比上年增加1637亿元，增长37.9%，其中…": the figure before its own change is the whole
        while (
            k > 0
            and before[k - 1].start >= search_from
            and same_kind(before[k - 1], before[k])
            and _OWN_CHANGE.match(text[before[k - 1].end : before[k].start])
        ):
            k -= 1
        # "总收入67949万元，为年初预算61.22%，比上年同期增加6517万元，增长10.61%。其中…": a rate of the whole between
        # it and its own change
        j = k - 1
        while j > 0 and before[j].unit in _CHANGE_UNITS:
            j -= 1
        if (
            0 <= j < k - 1
            and before[j].start >= search_from
            and same_kind(before[j], before[k])
            and _OWN_CHANGE_ASIDE.match(text[before[j].end : before[k].start])
        ):
            k = j
        whole = before[k]
        wlab = own_label(text, whole, ms)
        if whole.unit in _CHANGE_UNITS or _NOT_WHOLE.search(wlab):
            continue
        # (a figure between the whole and 其中 is its own change, or its own rate: 已答复59件，答复率为100%。其中…)
        between = text[whole.end : q.start()]
        if (
            k < len(before) - 1
            and not across
            and not _CHANGE_BETWEEN.search(between)
            and not _OWN_RATE.match(between)
            and not _OWN_SHARE.match(between)
        ):
            continue
        # "案件6件和行政诉讼案件3件，其中…": 其中 hangs from several figures
        # (only in the whole's own ；-clause: 地区生产总值391亿元…；财政收入38.74亿元，…，其中地方级收入… hangs from one)
        own = max(s, text.rfind("；", s, whole.start) + 1, text.rfind(";", s, whole.start) + 1)
        peers = [m for m in before if m is not whole and m.unit == whole.unit and m.start >= own]
        # …其余67项已完成（其中48项…）: a 其中 in a bracket right after its figure hangs from that figure
        bracketed = re.match(r"^[^，。；（(\d]{0,8}[（(]$", text[whole.end : q.start()]) is not None
        # (the total words as written: 五年共计12319亿元 — the label drops 共计 as a linking verb)
        lab_start = clause_start(text, whole.start, CLAUSE_END_OUTSIDE_BRACKETS)  # 地区生产总值(GDP)243亿元
        raw_lab = text[max([lab_start] + [m.end for m in before if lab_start <= m.end <= whole.start]) : whole.start]
        unsure = (peers or search_from < s) and not _TOTAL_WORDS.search(raw_lab) and not bracketed
        if unsure and not peers and search_from < s and _sole_count_before(before, k, search_from, s):
            unsure = False  # "城乡建设类1545件，占比16.74%。其中，A 366件、B 296件": the one count said before
        if unsure and len(wlab) < _NAMED_WHOLE:
            continue
        # the parts end where a second 其中 starts (a ； may separate parts: _continuing decides); a 其中 opening
        # a bracket (报表6条（其中月报2条、年报4条），简报9条) breaks down the part before it, and its figures are
        # no parts of this whole: the list goes on after the bracket closes
        stop = e
        inner = _bracket_close(text, q.start(), s, e)
        if inner is not None:
            stop = inner  # a 其中 inside a bracket: its parts end where the bracket closes
        asides, stop = _nested_asides(text, q.end(), stop)
        after = [
            m for m in starting_in(ms, q.end(), stop) if m.end <= stop and not any(a <= m.start < b for a, b in asides)
        ]
        parts = _continuing(text, after, whole)
        if after and _same_item(after[0], whole):
            # "公开政府信息4891条，其中规范性文件15件…", "148篇，其中统计报告25篇、统计数据11期…": items published,
            # each kind counted in its own measure word
            items = _continuing(text, after, whole, kind=_same_item)
            parts = items if len(items) > len(parts) else parts
        # "五类案件总数为15454件。其中，A案件数量为199件，罚款金额…；B案件数量为8897件；…": the whole names how many
        # classes it has; its parts may each carry figures of their own, and a list of that many is complete
        declared = _declared_count(raw_lab)
        if declared is not None and len(parts) < declared:
            lenient = _continuing(text, after, whole, lenient=True)
            if len(lenient) == declared:
                parts = lenient
        if not parts:
            continue
        # parts introduced after a new 共/合计 belong to another total
        parts = tuple(p for p in parts if not is_closing_total(text, p))
        if unsure and not (len(parts) >= 2 and all(wlab[-_NAMED_WHOLE:] in own_label(text, p, ms) for p in parts)):
            continue  # "财政赤字2.62万亿元。其中，中央财政赤字…，地方财政赤字…": only parts that name the whole
        if parts:
            whole = _exact_whole(parts, whole, before)
            other = bool(_OTHER_CLASS.search(label(text, parts[-1]))) and len(parts) >= 2
            named = len(parts) >= 2 and (
                len(parts) == declared
                or complete_by_names([own_label(text, p, ms) for p in parts], wlab)
                or _shares_complete(text, parts, ms)
            )
            out.append(
                PartsOf(whole, parts, _DECLARED in text[q.start() : stop], q.start(), other, named, across, q.end())
            )
    return tuple(out)


# parts this many at least make their exact sum evidence of the whole they break down
_EXACT_PARTS = 3


def _exact_whole(parts: tuple[Mention, ...], whole: Mention, before: list[Mention]) -> Mention:
    """The whole the parts add up to exactly, when it is not the figure right before 其中 (转办热线事项2114宗，办结1898宗，
    办结率97.01%。其中转办事项：咨询类51宗、…: ten counts adding to 2114 break down the 2114, not the 1898)."""
    if len(parts) < _EXACT_PARTS or not all(p.exact for p in parts) or not whole.exact:
        return whole
    total = sum(p.value for p in parts)
    if total == whole.value:
        return whole
    alt = [m for m in before if m is not whole and m.exact and m.unit == whole.unit and m.value == total]
    return alt[-1] if len(alt) == 1 else whole


def _sole_count_before(before: list[Mention], k: int, start: int, stop: int) -> bool:
    """The sentence before a 其中 that opens its own sentence says one count, the whole at ``k``, opening its
    sentence's figures, and after it only its own share, rate or change (城乡建设类1545件，占比16.74%。其中，…): the
    其中 can hang from nothing else."""
    own = [j for j, m in enumerate(before) if start <= m.start < stop]
    return bool(own) and own[0] == k and all(before[j].unit in _CHANGE_UNITS for j in own[1:])


# a bracket opened right before a 其中 (…6条（其中 / …6条(其中), and how far its close may stand
_OPENS_BEFORE = re.compile(r"[（(]\s*$")
ASIDE_REACH = 120
# a bracketed breakdown between two parts of a list: invisible to the joiner between them
_NESTED_ASIDE = re.compile(rf"[（(]\s*{_QIZHONG}[^（()）]*[）)]")


def _bracket_close(text: str, at: int, s: int, e: int) -> int | None:
    """Where the bracket closes that opens right before the 其中 at ``at`` (None: the 其中 opens no bracket)."""
    if not _OPENS_BEFORE.search(text, max(s, at - 2), at):
        return None
    ends = [k for k in (text.find("）", at, e), text.find(")", at, e)) if k != -1]
    if not ends or min(ends) - at > ASIDE_REACH:
        return None
    close = min(ends)
    return None if re.search(r"[（(]", text[at:close]) else close


def _nested_asides(text: str, start: int, stop: int) -> tuple[list[tuple[int, int]], int]:
    """The bracketed breakdowns (（其中…）) between ``start`` and ``stop``, and where the parts stop: at the first 其中
    that opens no bracket."""
    asides: list[tuple[int, int]] = []
    nxt = text.find(_QIZHONG, start, stop)
    while nxt != -1:
        close = _bracket_close(text, nxt, start, stop)
        if close is None:
            return asides, nxt
        asides.append((nxt, close + 1))
        nxt = text.find(_QIZHONG, close + 1, stop)
    return asides, stop


def _includes_after_whole(text: str, at: int, ms: tuple[Mention, ...]) -> bool:
    """The 包括 at ``at`` opens the parts of the figure right before it (…共计3437条，包括：…), not a clause's object
    (包括A、B等): only a comma between them."""
    before = [m for m in starting_in(ms, max(0, at - 40), at) if m.end <= at]
    return bool(before) and _RIGHT_AFTER.fullmatch(text, before[-1].end, at) is not None


def is_closing_total(text: str, m: Mention) -> bool:
    """``m`` is written as the total of what precedes it: 合计35件, 以上共计35件, 两项合计共受理投诉举报4342件 (the
    closing word led by a summary, then the total's own name; not 其他信息共计2004条)."""
    if not _CLOSING_NEAR.search(text, max(0, m.start - _CLOSING_NAMED_REACH), m.start):
        return False  # the usual case, decided without finding the clause
    start = clause_start(text, m.start)
    lab = text[start : m.start].strip().rstrip("为达")
    found = _CLOSING_TOTAL.search(lab)
    if found is None:
        named = _CLOSING_NAMED.search(lab)
        return named is not None and bool(named.group("lead")) and _SUMMARY_LEAD.match(named.group("lead")) is not None
    lead = lab[: found.start()].strip()
    return bool(_SUMMARY_LEAD.match(lead)) or (
        start > 0 and text[start - 1] == "、" and _LAST_PART_LEAD.search(lead) is not None
    )


def _continuing(
    text: str, after: list[Mention], whole: Mention, lenient: bool = False, kind: Callable[..., bool] | None = None
) -> tuple[Mention, ...]:
    """The parts after 其中: the first figure, then those joined by 、 or by a comma and a short label.

    ``lenient`` (the whole names how many classes it has): a part's clause may hold figures of other units (罚款金额…,
    比去年同期减少26%) and a ；-part may state its measure with 为 (B案件数量为8897件).
    """
    parts: list[Mention] = []
    last_end = -1  # where the last part ends, or its own change right after it (47.24亿元，增长2.8%；…)
    for m in after:
        if parts and m.unit == parts[-1].unit and last_end == parts[-1].end and _PART_CHANGE.match(text[last_end : m.start]):
            last_end = m.end  # 地方收入完成4000万元，增加300万元，增长8.11%；…: the part's own change, no part
            continue
        if not (kind or same_kind)(m, whole):
            if parts and m.unit in _CHANGE_UNITS and _PART_CHANGE.match(text[last_end : m.start]):
                last_end = m.end
                continue
            if parts and m.is_percent and last_end == parts[-1].end and _PART_SHARE.match(text[last_end : m.start]):
                last_end = m.end  # 39件，占83%；…: the part's own share
                continue
            if parts and lenient and not re.search("[；;]", text[last_end : m.start]):
                last_end = m.end
                continue
            if parts:
                break
            continue
        if _PER_HEAD in label(text, m) and _PER_HEAD not in label(text, whole):
            break  # 农民人均纯收入3133元 after 工农业总产值29.4亿元，其中…: a mean per head, no part of a total
        own_way = partition_of(label(text, m)) if parts else None
        if own_way is not None and way_of(label(text, p) for p in parts) not in (None, own_way):
            break  # 其中城镇人口55.4万人，…女性人口47.1万人: another way of dividing the whole, no further part
        if parts:
            lab = _NESTED_ASIDE.sub("", text[last_end : m.start])  # 6条（其中月报2条、年报4条），简报9条
            if _new_subject(text, lab, parts, whole):
                break
            if _semicolon_part(text, lab, m, whole, lenient, parts[0]):
                parts.append(m)  # 其中A类1105条；B类2896条；其他2004条: a semicolon list of categories
                last_end = m.end
                continue
            if _later_stage(text, parts, m):
                break  # 其中受理420件，办结400件: 办结 counts some of the accepted, no sibling of them
            if _progress_after_list(text, parts, lab, m):
                break  # 其中A类329件、B类45件、C类39件，已处理474件: the whole's progress, after the list closed
            if _PART_TAIL.match(lab) and restates_frame(label(text, m), label(text, whole)):
                break  # …其中5个突出问题纳入整治清单，查摆领导个人问题10个: the whole's verb again, a second count
            # joined by 、 or 和/及 (分别达到880平方公里和600平方公里), or by a comma and a label (用于…工资1755亿元)
            joined = _JOINER.search(lab) is not None
            if not joined or len(lab) > _PART_LABEL or _NEW_STATEMENT.search(lab):
                break
        parts.append(m)
        last_end = m.end
    return tuple(parts)


# words before the opening of a label that only say its figure is a total or of the year (共查摆…, 全年召开…)
_FRAME_LEAD = re.compile("^(?:" + data.alternation(_WORDS["frame_lead"]) + ")+")
# the opening of a label after them, the verb or the channel its statement is framed by (查摆…, 通过…)
_FRAME = re.compile(r"[\u4e00-\u9fff]{2}")


def _frame(lab: str) -> str:
    core = _FRAME_LEAD.sub("", lab.strip())
    m = _FRAME.match(core)
    return m.group() if m else ""


def restates_frame(part_label: str, whole_label: str) -> bool:
    """A label that opens as its whole's does, then names another object: the same verb or channel again (共查摆领导
    班子存在问题11个，其中…，查摆领导个人问题10个; 通过政府门户网站公开信息443条，其中…；通过app发布信息73条), a
    statement beside the whole, not one of its parts."""
    frame = _frame(whole_label)
    if not frame or _frame(part_label) != frame:
        return False
    return _FRAME_LEAD.sub("", part_label.strip()) != _FRAME_LEAD.sub("", whole_label.strip())


# the tail of a part's own clause after its figure, up to the comma before the next figure's label (5个突出问题纳入
# 整治清单，…): the part is a statement of its own there, not a bare item of a list
_PART_TAIL = re.compile(r"^[^，,]*[\u4e00-\u9fff][^，,]*[，,]")


# the stages of one flow of cases: a first stage (受理, not 不予受理) and a later one (办结, 审结)
_STAGE_FIRST = re.compile("(?<!" + ")(?<!".join(_WORDS["stage_not"]) + ")(?:" + "|".join(_WORDS["stage_first"]) + ")")
_STAGE_LATER = re.compile("|".join(_WORDS["stage_later"]))


def _later_stage(text: str, parts: list[Mention], m: Mention) -> bool:
    """``m`` counts a later stage of a part before it (受理420件，办结400件): some of that part, not another part."""
    if not _STAGE_LATER.search(label(text, m)):
        return False
    return any(_STAGE_FIRST.search(label(text, p)) and not _STAGE_LATER.search(label(text, p)) for p in parts)


_STAGE_DONE = re.compile("|".join(_WORDS["stage_done"]))


def _progress_after_list(text: str, parts: list[Mention], gap: str, m: Mention) -> bool:
    """``m`` is said after a list of parts joined by 、 that a comma closes, and its label says how many were dealt
    with (已处理474件): the progress of the whole, not one more part."""
    if len(parts) < 2 or not re.search("[，,]", gap):
        return False
    joins = [text[a.end : b.start] for a, b in itertools.pairwise(parts)]
    if not all("、" in j and not re.search("[，,；;]", j) for j in joins):
        return False
    return _STAGE_DONE.search(label(text, m)) is not None


# a mean per head (农民人均纯收入): no part of a total
_PER_HEAD = "人均"
# the verbs a label may end in before its figure (工农业总产值达29.4亿元)
_LABEL_VERB = re.compile(r"(?:为|达|达到|是|实现|完成)+$")
# the characters of a label's head: the last ones of its name (总产值 → 产值)
_HEAD = 2


def _name_of(text: str, m: Mention) -> str:
    return _LABEL_VERB.sub("", label(text, m)).rstrip()


def _new_subject(text: str, gap: str, parts: list[Mention], whole: Mention) -> bool:
    """After a ；, the figure is a statement of its own, not one more part: the parts so far all name the whole's
    head and its label does not (…工农业总产值290.3亿元，其中工业总产值…，农业总产值…；固定资产投资42.7亿元), or
    its label names a total (总) where theirs do not (…油料产量14.5万吨，其中油菜籽产量11.1万吨；蔬菜总产量…)."""
    if not re.search("[；;]", gap):
        return False
    lab = re.split("[；;]", gap)[-1]
    head = re.sub(r"[^\u4e00-\u9fff]", "", _name_of(text, whole))[-_HEAD:]
    names = [_name_of(text, p) for p in parts]
    if len(head) == _HEAD and all(head in n for n in names) and head not in lab:
        return True
    return "总" in lab and not any("总" in n for n in names)


# a part's own share right after it: "，占83%", "，占已答复件数的5.1%", "，占比12%"
_PART_SHARE = re.compile(r"^[，,]\s*(?:占[^，,。；;\d]{0,12}|占比|比例为?)$")
# shares of the parts that add to 100 within this many points make the list complete
_SHARES_COMPLETE = 0.5


def _shares_complete(text: str, parts: tuple[Mention, ...], ms: tuple[Mention, ...]) -> bool:
    """Every part carries its own share (39件，占83%；7件，占14.9%；…) and the shares add to 100."""
    total = 0.0
    for p in parts:
        share = next((m for m in starting_in(ms, p.end, p.end + 20)), None)
        if share is None or not share.is_percent or not _PART_SHARE.match(text[p.end : share.start]):
            return False
        total += share.value
    return abs(total - 100.0) <= _SHARES_COMPLETE


# a part's own change right after it: "，增长2.8%", "，同比下降1.2个百分点"
_PART_CHANGE = re.compile(r"^[，,]\s*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低|上升|增产|减产|增收|减收)$")


def _semicolon_part(
    text: str, gap: str, m: Mention, whole: Mention, lenient: bool = False, first: Mention | None = None
) -> bool:
    """After a ；, ``m`` is one more category of the whole, not a statement of its own.

    Not a part: a new subject (新增公路60.9万公里), a measure stated with 为/是 (市本级办件数量为9651件),
    a figure that is itself a whole (…9651件，其中…), or a label that restates the whole's measure.
    """
    if not _SEMICOLON_LABEL.match(gap):
        return False
    lab = gap.lstrip("；; \u3000")
    if _NEW_STATEMENT.search(lab) or (not lenient and re.search(r"(?:为|是|达到|达)$", lab)):
        return False
    if re.match(r"\s*[，,]?\s*其中", text[m.end : m.end + 6]):
        return False
    wlab = text[clause_start(text, whole.start) : whole.start]
    if restates_frame(lab, wlab):
        return False  # …；通过app发布信息动态共73条 after 通过政府门户网站公开…443条: a second channel's count
    # (a measure the first part's label restates too is the list's own: 其中，稻谷种植面积…；小麦种植面积… of 粮食种植面积)
    flab = label(text, first) if first is not None else ""
    return not any(lab[i : i + 4] in wlab and lab[i : i + 4] not in flab for i in range(max(0, len(lab) - 3)))


def _closing_groups(report: Report) -> list[PartsOf]:
    """ "A 10件、B 25件，合计35件": a total that closes the list before it."""
    text = report.text
    ms = mentions(report)
    out: list[PartsOf] = []
    for i, total in enumerate(ms):
        if not is_closing_total(text, total):
            continue
        s, _ = sentence_bounds(text, total.start)
        q = text.rfind(_QIZHONG, s, total.start)
        s = max(s, q + len(_QIZHONG)) if q != -1 else s
        if _ABOVE.search(text, max(s, total.start - 8), total.start) and s == sentence_bounds(text, total.start)[0]:
            # "…2项指标。以上共计28项指标": the total of the paragraph's figures before it
            s = max(paragraph_bounds(text, total.start)[0], total.start - _ABOVE_REACH)
        run = ms[index_from(ms, s) : i]
        parts = tuple(m for m in run if same_kind(m, total))
        if any(_NOT_WHOLE.search(label(text, p)) for p in parts) or _FROM_TO.search(text[s : total.start]):
            continue
        if len(parts) >= 2 and len(parts) == len([m for m in run if m.unit == total.unit]):
            out.append(PartsOf(total, parts, True, parts[0].start))
    return out


def link_qizhong(report: Report) -> Iterator[Relation]:
    """ "whole，其中 part…": each part at most the whole; two or more parts at most (分别为: exactly) the whole."""
    text = report.text
    ms = mentions(report)
    for g in qizhong_groups(report):
        cue = (g.start, g.cue_end)
        for p in g.parts:
            yield Relation(RelationKind.PART_WHOLE, (p,), g.whole, "qizhong", LISTED if g.across else CLOSED, cue=cue)
        if len(g.parts) >= 2 and not _nested_in_first(text, g, ms) and not _loose_part(g):
            overlap = any(w in label(text, p) for p in g.parts for w in _OVERLAP_WORDS)
            # 分别 says "respectively" (其中A、B分别达到880和600), not that the parts are all of the whole
            complete = g.other_class or g.named
            conf = OTHER_CLASS if complete and not overlap else LISTED
            if not complete and not overlap and nearly_complete(g.parts, g.whole):
                complete, conf = True, NEARLY
            if g.across:
                conf = min(conf, LISTED)
            yield Relation(RelationKind.SUM, g.parts, g.whole, "qizhong", conf, cue=cue, exhaustive=complete)


def _nested_in_first(text: str, g: PartsOf, ms: tuple[Mention, ...]) -> bool:
    """Parts adding to more than their whole that may break down the first part instead: a later part's share names
    the first part, not the whole, as its base (总收入15.17亿元，其中预算收入13.68亿元；税收收入6.20亿元，占预算收入
    比重45.32%), or the later parts account for the first part all but a sliver (抽取300件，其中有效回访246件，表示满意的
    有240件，表示一般的有5件: a funnel).  The two readings disagree and the text does not choose: no sum is linked."""
    first, rest = g.parts[0], g.parts[1:]
    left = sum(p.value for p in rest)
    if first.value + left <= g.whole.value:
        return False
    if NESTED_SHARE * first.value <= left <= first.value:
        return True
    first_label, whole_label = label(text, first), label(text, g.whole)
    for p in rest:
        noun = share_whole_after(text, p, ms)
        if noun and noun in first_label and noun not in whole_label:
            return True
    return False


def _loose_part(g: PartsOf) -> bool:
    """An exactly counted whole whose parts, one of them only approximate (100余条), add to more than it: the
    approximate one counts another action (累计公开政府信息276条，其中政务动态216条，更新目录50条，主动向市政府办报送信息
    100余条), not a part; no sum is linked."""
    if g.whole.qualifier is not None or all(p.qualifier is None for p in g.parts):
        return False
    return sum(p.value for p in g.parts) > g.whole.value


# the later parts of a funnel account for at least this share of the first part
NESTED_SHARE = 0.9


# parts that account for all of their whole but a sliver read as the whole list: the rest unsaid would be at
# most this share of the whole and a few units of its last digit, or one unit of a whole of many units (52 of
# 53); the link is read, not written, so a failure is a warning
NEARLY = 0.5
_SLIVER = 0.01
_SLIVER_UNITS = 3
_ONE_OF_MANY = 50


def nearly_complete(parts: tuple[Mention, ...], whole: Mention) -> bool:
    """``parts`` fall short of ``whole`` by at most a sliver (158 of 159), never by nothing or by more."""
    if whole.qualifier is not None or any(p.qualifier is not None for p in parts) or whole.value <= 0:
        return False
    unit = (10.0**-whole.decimals) * written_scale(whole)
    short = (whole.value - sum(p.value for p in parts)) / unit
    if short <= 1e-9:
        return False
    return short <= min(_SLIVER * whole.value / unit, _SLIVER_UNITS) or (
        short <= 1 + 1e-9 and whole.value / unit >= _ONE_OF_MANY
    )


# "中央财政赤字7500亿元，…地方发行2000亿元债券，…。全国财政赤字合计9500亿元": a total named and written 合计 at the
# opening of its sentence closes the sentence before it when the parts there name every member of a complete set
# (the changes among them, 比上年增加5700亿元, are no parts); read across a sentence, a miss is a warning
_NAMED_CLOSING = re.compile(
    r"^(?P<name>[^，,。；;：:\d]{2,16}?)(?:" + "|".join(_WORDS["closing_total"]) + r")(?:为|达到|达)?$"
)
# the region words before a whole's name (全国财政赤字 is the whole of 中央财政赤字 and 地方…)
_REGION_LEAD = re.compile(rf"^(?:{WHOLE_REGION})")


def _named_closing_groups(report: Report) -> list[PartsOf]:
    text = report.text
    ms = mentions(report)
    out: list[PartsOf] = []
    for i, total in enumerate(ms):
        if total.qualifier is not None or not _CLOSING_NEAR.search(text, max(0, total.start - 8), total.start):
            continue
        s, _ = sentence_bounds(text, total.start)
        found = _NAMED_CLOSING.match(text[s : total.start].strip())
        if found is None or s < 2:
            continue
        name = _REGION_LEAD.sub("", found.group("name"))
        ps, _ = paragraph_bounds(text, s)
        prev = sentence_bounds(text, s - 2)[0]
        if prev < ps:
            continue
        run = [m for m in ms[index_from(ms, prev) : i] if m.end <= s and same_kind(m, total)]
        parts = tuple(m for m in run if not _NOT_WHOLE.search(own_label(text, m, ms)) and m.qualifier is None)
        labels = [own_label(text, p, ms) for p in parts]
        if len(parts) < 2 or not any(name[-_NAMED_WHOLE:] in lab for lab in labels):
            continue
        if complete_by_names(labels, name):
            out.append(PartsOf(total, parts, True, parts[0].start, named=True, across=True))
    return out


def link_closing_totals(report: Report) -> Iterator[Relation]:
    """ "A 10件、B 25件，合计35件": the total closes the list, which is complete."""
    text = report.text
    for g in _named_closing_groups(report):
        yield Relation(
            RelationKind.SUM,
            g.parts,
            g.whole,
            "closing_total",
            LISTED,
            cue=(g.whole.start - 2, g.whole.start),
            exhaustive=True,
        )
    for g in _closing_groups(report):
        overlap = any(w in label(text, p) for p in g.parts for w in _OVERLAP_WORDS)
        yield Relation(
            RelationKind.SUM,
            g.parts,
            g.whole,
            "closing_total",
            LISTED if overlap else CLOSED,
            cue=(g.whole.start - 2, g.whole.start),
            exhaustive=True,
        )


def _structure_ratios(text: str) -> Iterator[re.Match[str]]:
    """Every a:b:c ratio in a sentence that speaks of an industrial structure."""
    for w_start, w_end in _structure_words(text):
        _, e = sentence_bounds(text, w_start)
        for m in _RATIO_TRIPLE.finditer(text, w_end, e):
            if not _STRUCTURE_WORDS.search(text, w_end, m.start()) or m.start() - w_end < 40:
                yield m


def link_structures(report: Report) -> Iterator[Relation]:
    """三次产业结构 7.1:38.2:54.7: shares of one whole that make 100."""
    text = report.text
    for m in _structure_ratios(text):
        raw = re.split(_RATIO_COLON, m.group(1))
        values = [float(x) for x in raw]
        conf = _structure_confidence(sum(values))
        if conf is None:
            continue  # a mix ratio, not shares of 100
        parts = []
        pos = m.start(1)
        for x in raw:
            at = text.index(x, pos, m.end(1))
            parts.append(figure(text, at, at + len(x), float(x), "%", x))
            pos = at + len(x)
        yield Relation(
            RelationKind.SHARE_SUM, tuple(parts), None, "structure", conf, name=f"结构 {m.group(1)}", exhaustive=True
        )


# three or more percents in a row (21.35%、27.92%和50.73%)
_PERCENT_RUN_GAP = ("、", "，", ",", "和", "及", "与")


def link_structure_percents(report: Report) -> Iterator[Relation]:
    """产业结构…调整为21.35%、27.92%和50.73%: three or more shares of one whole in a structure sentence."""
    text = report.text
    ms = mentions(report)
    for w_start, w_end in _structure_words(text):
        _, e = sentence_bounds(text, w_start)
        runs: list[list[Mention]] = [[]]
        for m in starting_in(ms, w_end, e):
            if m.is_percent and m.end <= e and (not runs[-1] or text[runs[-1][-1].end : m.start] in _PERCENT_RUN_GAP):
                runs[-1].append(m)
            else:
                runs.append([m] if m.is_percent and m.end <= e else [])
        for run in runs:
            conf = _structure_confidence(sum(m.value for m in run)) if len(run) >= 3 else None
            if conf is not None:
                yield Relation(
                    RelationKind.SHARE_SUM, tuple(run), None, "structure_percent", conf, name="结构", exhaustive=True
                )


def link_share_lists(report: Report) -> Iterator[Relation]:
    """ "分别占…30%、50%、25%": shares of one whole listed together add up to at most 100%."""
    text = report.text
    ms = mentions(report)
    seen: set[int] = set()
    for i, p in enumerate(ms):
        if not p.is_percent or i in seen:
            continue
        head = text[max(0, p.start - 16) : p.start]
        if not _SHARE_LIST.search(head):
            continue
        _, e = sentence_bounds(text, p.start)
        group = [p]
        j = i + 1
        while (
            j < len(ms)
            and ms[j].is_percent
            and ms[j].end <= e
            and text[group[-1].end : ms[j].start] in ("、", "，", "和", "及", ",", "；")
        ):
            group.append(ms[j])
            seen.add(j)
            j += 1
        # "A、B、C…比重分别为x%、y%、z%": each share is of its own whole, never added
        subject = text[sentence_bounds(text, p.start)[0] : p.start]
        cut = max(subject.rfind(c) for c in "，,；;：:")
        if re.search(r"[、和及与]", subject[cut + 1 :]):
            continue
        if len(group) >= 2:
            yield Relation(RelationKind.SHARE_SUM, tuple(group), None, "share_list", LISTED)


# --- a complete set of parts stated after their whole, no 其中 --------------------------------------------------
# (全市常住人口为751389人。… 家庭户人口为703095人，集体户人口为48294人: the members of a complete set, the whole the
# nearest figure before them named by their head and as big as their sum)
PARTITION = "named_partition"
# the whole is found by its name only: a failure is info at most
PARTITION_CONFIDENCE = 0.4
# how far before the parts their whole may be stated
_PARTITION_REACH = 1500
# the characters of the head the parts and the whole share (人口, 收入)
_PARTITION_HEAD = 2
_FOOTNOTE = re.compile(r"\[\d+\]|［\d+］")
_AFTER_BASE = re.compile(r"^[^，,。；;\d]{0,2}相比")
# a mean or a rate: no part of a sum
_NO_SUM = re.compile(r"人均|平均|每|率")
# the longest label of a part's own change (增加, 比上年减少)
_OWN_CHANGE_LABEL = 6


def _plain_label(text: str, m: Mention, ms: tuple[Mention, ...]) -> str:
    return _LABEL_VERB.sub("", _FOOTNOTE.sub("", own_label(text, m, ms))).strip("，,；;：: ")


def link_partitions(report: Report) -> Iterator[Relation]:
    """ "…常住人口为751389人。…家庭户人口为703095人，集体户人口为48294人": a complete set of parts of the whole before."""
    text = report.text
    ms = mentions(report)
    for i, first in enumerate(ms):
        for members in _COMPLETE_SETS:
            n = len(members)
            if first.is_percent:
                continue
            # the next figures of its kind, only their own shares between them (汉族人口…，占75.63%；各少数民族人口…)
            parts = [first]
            for m in ms[i + 1 : i + 3 * n]:
                if len(parts) == n:
                    break
                if m.is_percent:
                    continue
                if not same_kind(m, first):
                    break
                own = _plain_label(text, m, ms)
                if len(own) <= _OWN_CHANGE_LABEL and _CHANGE_BETWEEN.search(own):
                    continue  # 税收收入36552万元，增加2362万元，…: the part's own change
                parts.append(m)
            if len(parts) < n:
                continue
            labels = [_plain_label(text, p, ms) for p in parts]
            if not complete_by_names(labels, "") or any(re.search(r"[。]", text[a.end : b.start]) for a, b in itertools.pairwise(parts)):
                continue
            if any(_NO_SUM.search(lab) for lab in labels):
                continue  # 城镇居民人均可支配收入…，农村居民人均纯收入…: means per head add to nothing
            heads = {lab[-_PARTITION_HEAD:] for lab in labels}
            if len(heads) != 1 or any(len(lab) <= _PARTITION_HEAD for lab in labels):
                continue
            head = heads.pop()
            total = sum(p.value for p in parts)
            lo = max(0, first.start - _PARTITION_REACH)
            whole = None
            for m in reversed(ms[index_from(ms, lo) : i]):
                if m.start < lo or not same_kind(m, first) or m.qualifier is not None:
                    continue
                lab = _plain_label(text, m, ms)
                if not lab.endswith(head) or any(w in lab for w in members) or _NOT_WHOLE.search(lab):
                    continue
                if _AFTER_BASE.match(text[m.end : m.end + 4]) or m.value < total * (1 - 1e-9):
                    continue
                whole = m
                break
            if whole is None:
                continue
            yield Relation(
                RelationKind.SUM,
                tuple(parts),
                whole,
                PARTITION,
                PARTITION_CONFIDENCE,
                cue=(parts[0].start, parts[-1].end),
                exhaustive=True,
            )
