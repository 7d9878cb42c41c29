"""Parts and wholes: ``part_exceeds_whole``, ``sum_mismatch``, ``share_sum``.

A whole is the last figure before 其中 in its sentence (or in the previous
sentence when the sentence opens with 其中); its parts are the figures of the
same unit after 其中 up to the end of the sentence.  A total written after its
parts (…，合计35件) closes the list before it.  Parts listed after 其中 need not
be exhaustive, so a short sum says nothing unless the list is introduced by
分别为; a sum beyond the whole is a warning (parts may overlap) and an error
only when the list is declared complete (合计/共计/总计, 分别为).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..settings import Settings
from ..types import Report, Severity
from . import tables as table_checks
from .base import Result, finding, verified
from .linking import label, own_label, paragraph_bounds, sentence_bounds
from .mentions import Mention, mentions, starting_in, written_scale
from .ratio import rate_links
from .rounding import Interval, fmt, half_unit

PART_RULE = "part_exceeds_whole"
SUM_RULE = "sum_mismatch"
SHARE_RULE = "share_sum"

_QIZHONG = "其中"
# a total written after its parts: 合计35件, 共计35件, 总计35件
_CLOSING_TOTAL = re.compile(r"(?:合计|共计|总计|总共|一共)$")
# words in a part's clause that make overlapping categories likely
_OVERLAP_WORDS = ("涉及", "含", "包括", "同时", "兼", "以上", "累计", "重复")
# a whole that is a change or a mean, not a total: 比上年增加4000亿元, 年均超收2040亿元
_NOT_WHOLE = re.compile(r"增加|增长|减少|下降|提高|降低|比|较|年均|平均|人均|每|超过|以上|由|从")
# words that make a count a total
_TOTAL_WORDS = re.compile(
    r"共|合计|总|全年|全部|累计|受理|收到|新收|审结|办结|办理|接收|登记|发布|审查|开展|召开|组织|新增|完成|办件"
)
# a verb that starts a new statement after a comma (新增公路…, 修复治理…): not a further part
_NEW_STATEMENT = re.compile(
    r"^[，,]?\s*(?:新增|新建|完成|修复|治理|建成|开展|实施|建设|改造|培育|引进|发放|受理|收到|举办|组织|召开|推动|累计|共|全年|另|此外|同时|并|还)"
)
# a list declared complete
_DECLARED = "分别"
# 三次产业结构 7.1:38.2:54.7 (the separators ASCII or full-width)
_STRUCTURE_WORDS = re.compile(r"产业结构|产业比例|结构比|产业比重")
# a ratio of three or more parts: 7.1:38.2:54.7
_RATIO_TRIPLE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){2,})(?![\d.])")
# percents listed after 分别占 / 占比分别为 / 比重分别为
_SHARE_LIST = re.compile(r"(?:分别占[^，。；\d]{0,10}?|(?:占比|比重|比例)分别为|分别占比)$")


@dataclass(frozen=True)
class PartsOf:
    whole: Mention
    parts: tuple[Mention, ...]
    declared: bool  # 分别为: the list is complete
    start: int  # where the parts begin (其中)


def _same_kind(a: Mention, b: Mention) -> bool:
    return a.unit == b.unit and a.unit not in ("%", "个百分点", "‰", "倍")


def qizhong_groups(report: Report) -> list[PartsOf]:
    """Every "whole，其中 parts" structure of ``report``."""
    text = report.text
    ms = mentions(report)
    out: list[PartsOf] = []
    for q in re.finditer(_QIZHONG, text):
        s, e = sentence_bounds(text, q.start())
        search_from = s
        if not text[s : q.start()].strip(" \u3000\t，,："):
            ps, _ = paragraph_bounds(text, s)
            if s - 1 <= ps:
                continue
            search_from = sentence_bounds(text, s - 2)[0]
        # the whole stands close before 其中 (the bound keeps a page without 。 linear)
        before = [m for m in starting_in(ms, max(search_from, q.start() - 400), q.start()) if m.end <= q.start()]
        if not before:
            continue
        whole = before[-1]
        wlab = own_label(text, whole, ms)
        if "%" in text[whole.end : q.start()] or _NOT_WHOLE.search(wlab):
            continue
        # "案件6件和行政诉讼案件3件，其中…": 其中 hangs from several figures
        peers = [m for m in before if m is not whole and m.unit == whole.unit and m.start >= s]
        if (peers or search_from < s) and not _TOTAL_WORDS.search(wlab):
            continue
        # the parts end at ； or where a second 其中 starts
        stop = e
        for mark in (_QIZHONG, "；", ";"):
            nxt = text.find(mark, q.end(), stop)
            if nxt != -1:
                stop = nxt
        parts = _continuing(text, [m for m in starting_in(ms, q.end(), stop) if m.end <= stop], whole)
        if not parts:
            continue
        # parts introduced after a new 共/合计 belong to another total
        parts = tuple(p for p in parts if not _CLOSING_TOTAL.search(label(text, p)))
        if parts:
            out.append(PartsOf(whole, parts, _DECLARED in text[q.start() : stop], q.start()))
    return out


def _continuing(text: str, after: list[Mention], whole: Mention) -> tuple[Mention, ...]:
    """The parts after 其中: the first figure, then those joined by 、 or by a comma and a short label."""
    parts: list[Mention] = []
    for m in after:
        if not _same_kind(m, whole):
            if parts:
                break
            continue
        if parts:
            lab = text[parts[-1].end : m.start]
            if ("、" not in lab and not ("，" in lab or "," in lab)) or len(lab) > 14 or _NEW_STATEMENT.search(lab):
                break
        parts.append(m)
    return tuple(parts)


def _closing_groups(report: Report) -> list[PartsOf]:
    """ "A 10件、B 25件，合计35件": a total that closes the list before it."""
    text = report.text
    ms = mentions(report)
    out: list[PartsOf] = []
    for i, total in enumerate(ms):
        lab = text[max(0, total.start - 6) : total.start]
        if not _CLOSING_TOTAL.search(lab.rstrip("为达")):
            continue
        s, _ = sentence_bounds(text, total.start)
        q = text.rfind(_QIZHONG, s, total.start)
        s = max(s, q + len(_QIZHONG)) if q != -1 else s
        parts = tuple(m for m in ms[:i] if m.start >= s and _same_kind(m, total))
        if any(_NOT_WHOLE.search(label(text, p)) for p in parts) or re.search(r"由|从|到|至", text[s : total.start]):
            continue
        if len(parts) >= 2 and len(parts) == len([m for m in ms[:i] if m.start >= s and m.unit == total.unit]):
            out.append(PartsOf(total, parts, True, parts[0].start))
    return out


def _sum(parts: tuple[Mention, ...]) -> Interval:
    iv = parts[0].interval
    for p in parts[1:]:
        iv = iv + p.interval
    return iv


def part_exceeds_whole(report: Report, settings: Settings) -> Iterator[Result]:
    for link in rate_links(report):
        if not link.confident:
            continue
        n, d = link.numerators[0], link.denominators[0]
        if n.interval.low > d.interval.high:
            yield finding(
                report,
                PART_RULE,
                Severity.ERROR,
                f"{link.name}的分子 {n.text} > 分母 {d.text}",
                (d, n),
                expected=f"<= {fmt(d.value)}",
                reported=n.value,
            )
    for g in qizhong_groups(report):
        for p in g.parts:
            if p.interval.low > g.whole.interval.high:
                yield finding(
                    report,
                    PART_RULE,
                    Severity.ERROR,
                    f"其中 {p.text} > 总数 {g.whole.text}",
                    (g.whole, p),
                    expected=f"<= {fmt(g.whole.value)}",
                    reported=p.value,
                )
            elif len(g.parts) == 1:
                yield verified(report, PART_RULE, f"其中 {p.text} ≤ {g.whole.text}", (g.whole, p))


def _sum_message(g: PartsOf, op: str) -> str:
    scale = written_scale(g.whole)
    total = sum(p.value for p in g.parts) / scale
    return f"{' + '.join(p.text for p in g.parts)} = {fmt(total)} {op} {g.whole.text}"


def sum_mismatch(report: Report, settings: Settings) -> Iterator[Result]:
    text = report.text
    for g in qizhong_groups(report) + _closing_groups(report):
        if len(g.parts) < 2 or any(p.interval.low > g.whole.interval.high for p in g.parts):
            continue
        total = _sum(g.parts)
        if total.overlaps(g.whole.interval):
            yield verified(report, SUM_RULE, _sum_message(g, "="), (g.whole, *g.parts))
            continue
        overlap = any(w in label(text, p) for p in g.parts for w in _OVERLAP_WORDS)
        if total.low > g.whole.interval.high:
            severity = Severity.ERROR if g.declared and not overlap else Severity.WARNING
        elif g.declared and not overlap:
            severity = (
                Severity.ERROR
                if _CLOSING_TOTAL.search(text[max(0, g.whole.start - 6) : g.whole.start].rstrip("为达"))
                else Severity.WARNING
            )
        else:
            continue
        yield finding(
            report,
            SUM_RULE,
            severity,
            _sum_message(g, "≠"),
            (g.whole, *g.parts),
            expected=g.whole.value,
            reported=sum(p.value for p in g.parts),
        )
    yield from table_checks.table_sums(report, SUM_RULE)


def _structure_ratios(text: str) -> Iterator[re.Match[str]]:
    """Every a:b:c ratio in a sentence that speaks of an industrial structure."""
    for w in _STRUCTURE_WORDS.finditer(text):
        _, e = sentence_bounds(text, w.start())
        for m in _RATIO_TRIPLE.finditer(text, w.end(), e):
            if not _STRUCTURE_WORDS.search(text, w.end(), m.start()) or m.start() - w.end() < 40:
                yield m


def share_sum(report: Report, settings: Settings) -> Iterator[Result]:
    text = report.text
    for m in _structure_ratios(text):
        raw = re.split(r"\s*[:：∶]\s*", m.group(1))
        values = [float(x) for x in raw]
        if not 90 <= sum(values) <= 110:
            continue  # a mix ratio, not shares of 100
        tol = sum(half_unit(len(x.split(".")[1]) if "." in x else 0) for x in raw)
        span = (m.start(1), m.end(1))
        if abs(sum(values) - 100) > tol + 1e-9:
            yield finding(
                report,
                SHARE_RULE,
                Severity.ERROR,
                f"结构 {m.group(1)} 合计 {fmt(sum(values), 1)}% ≠ 100%",
                (span,),
                expected=100,
                reported=round(sum(values), 4),
            )
        else:
            yield verified(report, SHARE_RULE, f"结构 {m.group(1)} 合计 {fmt(sum(values), 1)}% ≈ 100%", (span,))
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
        if len(group) < 2:
            continue
        total = _sum(tuple(group))
        msg = " + ".join(x.raw + "%" for x in group) + f" = {fmt(sum(x.value for x in group), 1)}%"
        if total.low > 100 + 1e-9:
            yield finding(
                report,
                SHARE_RULE,
                Severity.WARNING,
                msg + " > 100%",
                group,
                expected="<= 100",
                reported=round(sum(x.value for x in group), 4),
            )
        else:
            yield verified(report, SHARE_RULE, msg + " ≤ 100%", group)
