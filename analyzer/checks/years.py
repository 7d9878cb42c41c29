"""``year_inconsistency``: a year that cannot be right for the report.

* the plans part ("2025年度推进法治政府建设的安排", "2025年工作打算") must be
  dated after the report year;
* a result stated for a year after the report year ("2025年受理…件" in a 2024
  report), unless the sentence speaks of plans or targets;
* the title's year and the opening "2024年，…" must agree.

The report year is ``meta.year``, else the year of a title line "关于2024年…".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .. import data
from ..relations.linking import sentence_bounds
from ..relations.mentions import mentions
from ..settings import Settings
from ..types import Genre, Report, Severity
from .base import Result, finding, verified

RULE = "year_inconsistency"
_WORDS = data.grouped_words("check_words.tsv")

# a title line naming the year reported on: 关于2024年…的报告, 2023年度…报告
_TITLE_YEAR = re.compile(
    rf"^[ \t\u3000]*(?:.{{0,20}}?关于)?(?P<y>20\d\d)年(?:度)?[^\n。]{{0,40}}?(?:{data.alternation(_WORDS['report_word'])})[ \t\u3000]*$",
    re.MULTILINE,
)
# a plans heading or lead: 2025年度推进法治政府建设的安排, 2025年工作计划
_PLAN = re.compile(rf"(?P<y>20\d\d)年(?:度)?[^\n。，；]{{0,20}}?(?:{data.alternation(_WORDS['plan_word'])})")
# a year at the start of a sentence or clause: "2024年，" "2024年受理"
# (the regex module: it scans for the literal 年 first, about 60 times faster here than re)
_YEAR_LEAD = regex.compile(r"(?:^|(?<=[。；\n\s\u3000]))(?P<y>20\d\d)年(?:度)?")
# words that make a sentence about the future, a target or a plan
_FUTURE = re.compile(data.alternation(_WORDS["future"]))


def report_year(report: Report) -> int | None:
    """The year reported on; None unless a title states it (a year guessed from the body is not enough)."""
    m = _TITLE_YEAR.search(report.text[:400])
    if report.meta.year and (report.meta.title is not None or m is not None):
        return report.meta.year
    return int(m.group("y")) if m else None


def year_inconsistency(report: Report, settings: Settings) -> Iterator[Result]:
    year = report_year(report)
    if year is None or report.meta.genre is Genre.GOV_WORK_REPORT:
        return
    text = report.text
    heads = [(h.start, h.end) for h in report.headings]
    if not heads:
        heads = [
            (m.start(), m.end())
            for m in re.finditer(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[^\n]{1,60}$", text, re.MULTILINE)
        ]
    plan_ok = None
    for s, e in heads:
        m = _PLAN.search(text, s, e)
        if not m:
            continue
        y = int(m.group("y"))
        ev = [(m.start("y"), m.end("y") + 1)]
        if y <= year:
            yield finding(
                report,
                RULE,
                Severity.WARNING,
                f"下一年度安排标为 {y} 年，报告年度为 {year} 年（应为 {year + 1} 年）",
                ev,
                expected=year + 1,
                reported=y,
            )
        else:
            plan_ok = ev
    if plan_ok:
        yield verified(report, RULE, f"安排年度晚于报告年度 {year}", plan_ok)
    counted = {sentence_bounds(text, m.start) for m in mentions(report) if m.is_count or m.unit == "%"}
    for m in _YEAR_LEAD.finditer(text):
        y = int(m.group("y"))
        if y <= year:
            continue
        b = sentence_bounds(text, m.start())
        if b not in counted or _FUTURE.search(text[b[0] : b[1]]):
            continue
        yield finding(
            report,
            RULE,
            Severity.WARNING,
            f"{year} 年的报告中出现 {y} 年的统计数",
            [(m.start("y"), m.end("y") + 1)],
            expected=year,
            reported=y,
        )
