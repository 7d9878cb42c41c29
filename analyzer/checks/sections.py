"""``missing_required_section``: a mandated part of the genre's outline is absent.

The parts are those of shared/design.md (法治政府建设年度报告: the five parts
of the 2019 督察工作规定; 政府信息公开工作年度报告: the six parts of the national
template).  A part is present when a section has its category, or when a
heading's title has one of its key words (for outlines not yet classified).
Excerpts and short texts (fewer than three top-level headings) are not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..settings import Settings
from ..types import Genre, Report, Severity
from .base import Result, finding, verified
from ..outline import find_headings

RULE = "missing_required_section"

# category → (key words in a heading, severity when absent)
_REQUIRED: dict[Genre, tuple[tuple[str, str, Severity], ...]] = {
    Genre.FAZHI_ANNUAL: (
        ("duty", "第一责任人|主要负责人|履行.*职责", Severity.WARNING),
        ("measures", "举措|成效|主要做法|工作开展|推进法治政府建设", Severity.WARNING),
        ("shortcomings", "不足|问题|差距|短板", Severity.WARNING),
        ("plans", "安排|计划|打算|下一步|思路|工作要点", Severity.WARNING),
        ("other", "其他", Severity.INFO),
    ),
    Genre.INFO_DISCLOSURE_ANNUAL: (
        ("overview", "总体情况", Severity.WARNING),
        ("proactive", "主动公开", Severity.WARNING),
        ("requests", "申请", Severity.WARNING),
        ("review_litigation", "复议|诉讼", Severity.WARNING),
        ("problems", "问题|改进", Severity.WARNING),
        ("other", "其他", Severity.INFO),
    ),
}
_NAMES = {
    "duty": "主要负责人履行推进法治建设第一责任人职责情况",
    "measures": "推进法治政府建设的主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "plans": "下一年度推进法治政府建设的主要安排",
    "other": "其他需要报告的情况",
    "overview": "总体情况",
    "proactive": "主动公开政府信息情况",
    "requests": "收到和处理政府信息公开申请情况",
    "review_litigation": "政府信息公开行政复议、行政诉讼情况",
    "problems": "存在的主要问题及改进情况",
}
# a title that names the genre
_GENRE_TITLE = (
    (Genre.INFO_DISCLOSURE_ANNUAL, re.compile(r"政府信息公开[^\n]{0,6}年度报告")),
    (Genre.FAZHI_ANNUAL, re.compile(r"法治政府建设[^\n]{0,20}(?:报告|情况)")),
)


def genre_of(report: Report) -> Genre:
    if report.meta.genre is not Genre.OTHER or report.meta.title is not None:
        return report.meta.genre
    head = report.text[:300]
    for genre, rx in _GENRE_TITLE:
        if rx.search(head):
            return genre
    return Genre.OTHER


def missing_required_section(report: Report, settings: Settings) -> Iterator[Result]:
    genre = genre_of(report)
    required = _REQUIRED.get(genre)
    if not required:
        return
    heads = [h for h in (report.headings or find_headings(report.text)) if h.level == 1 and h.block == 0]
    if len(heads) < 3:
        return
    categories = {s.category for s in report.sections if s.category}
    present = [cat in categories or any(re.search(keys, h.title) for h in heads) for cat, keys, _ in required]
    last = max((i for i, p in enumerate(present) if p), default=-1)
    for i, (cat, keys, severity) in enumerate(required):
        hit = [h for h in heads if re.search(keys, h.title)]
        if present[i]:
            ev = [(hit[0].start, hit[0].end)] if hit else []
            yield verified(report, RULE, f"有「{_NAMES[cat]}」部分", ev)
            continue
        ev = [(heads[0].start, heads[0].end)]
        if i > last:
            # only the closing parts are absent: the text may be cut short (a page excerpt)
            msg = f"缺少「{_NAMES[cat]}」部分（文本可能不完整）"
            yield finding(report, RULE, Severity.INFO, msg, ev, expected=_NAMES[cat], reported=None)
        else:
            yield finding(report, RULE, severity, f"缺少「{_NAMES[cat]}」部分", ev, expected=_NAMES[cat], reported=None)
