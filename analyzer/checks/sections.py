"""``missing_required_section``: a mandated part of the genre's outline is absent.

The parts are those of shared/design.md (法治政府建设年度报告: the five parts
of the 2019 督察工作规定; 政府信息公开工作年度报告: the six parts of the national
template), listed in ``analyzer/data/required_sections.tsv`` with the heading
words of ``required_section_keys.tsv``.  A part is present when a section has
its category, or when a heading's title has one of its words.

Only the report itself is judged:

* a document about the report (政策解读, news of the session: a word of
  ``non_report_markers.txt`` in its opening lines) gets no finding;
* a text with fewer than three top-level headings, or showing fewer than half of
  the genre's parts, is not that genre's report (a 行政复议 statistics page whose
  words made it look like one) or not the whole of it: no finding;
* a text cut mid-sentence (a page excerpt) may lack any part: info only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..data import tsv, where, words
from ..errors import DataFileError
from ..outline import find_headings
from ..settings import Settings
from ..types import Genre, Report, Severity
from .base import Result, finding, verified

RULE = "missing_required_section"

# the opening lines: the first few, when short enough to be a title, a byline or a date
_OPENING_LINES = 3
_TITLE_LINE = 80
# a text ends as a sentence, a quote, a bracket or a date (…1月20日) ends
_SENTENCE_END = "。！!？?；;”’）)」』】…日"
# the last line of a text that is a signature or a date, not a cut sentence
_SHORT_LAST_LINE = 12


@dataclass(frozen=True)
class _Part:
    category: str
    severity: Severity
    name: str
    keys: re.Pattern[str]


@lru_cache(maxsize=1)
def _required() -> dict[Genre, tuple[_Part, ...]]:
    keys: dict[tuple[str, str], list[str]] = {}
    for _, (genre, category, word) in tsv("required_section_keys.tsv", 3):
        keys.setdefault((genre, category), []).append(".*?".join(map(re.escape, word.split("…"))))
    out: dict[Genre, list[_Part]] = {}
    for no, (genre, category, severity, name) in tsv("required_sections.tsv", 4):
        try:
            g, sev = Genre(genre), Severity(severity)
        except ValueError as exc:
            raise DataFileError(where("required_sections.tsv"), no, str(exc)) from exc
        ks = keys.get((genre, category))
        if not ks:
            raise DataFileError(where("required_sections.tsv"), no, f"no words for {genre}/{category}")
        out.setdefault(g, []).append(_Part(category, sev, name, re.compile("|".join(ks))))
    return {g: tuple(ps) for g, ps in out.items()}


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


def is_about_the_report(report: Report) -> bool:
    """An explanation of the report or news about it (a marker word in the title or opening lines)."""
    lines = [ln.strip() for ln in report.text.splitlines() if ln.strip()][:_OPENING_LINES]
    opening = " ".join([report.meta.title or "", *(ln for ln in lines if len(ln) <= _TITLE_LINE)])
    return any(w in opening for w in words("non_report_markers.txt"))


def is_cut_short(text: str) -> bool:
    """The text stops mid-sentence (an excerpt of a page's opening)."""
    last = next((ln.strip() for ln in reversed(text.splitlines()) if ln.strip()), "")
    return bool(last) and last[-1] not in _SENTENCE_END and len(last) > _SHORT_LAST_LINE


def missing_required_section(report: Report, settings: Settings) -> Iterator[Result]:
    required = _required().get(genre_of(report))
    if not required or is_about_the_report(report):
        return
    heads = [h for h in (report.headings or find_headings(report.text)) if h.level == 1 and h.block == 0]
    if len(heads) < 3:
        return
    categories = {s.category for s in report.sections if s.category}
    present = [p.category in categories or any(p.keys.search(h.title) for h in heads) for p in required]
    if 2 * sum(present) < len(required):
        return  # fewer than half the parts: not this genre's report, or not the whole of it
    cut = is_cut_short(report.text)
    last = max((i for i, p in enumerate(present) if p), default=-1)
    for i, part in enumerate(required):
        hit = [h for h in heads if part.keys.search(h.title)]
        if present[i]:
            ev = [(hit[0].start, hit[0].end)] if hit else []
            yield verified(report, RULE, f"有「{part.name}」部分", ev)
            continue
        ev = [(heads[0].start, heads[0].end)]
        if cut or i > last:
            # the text stops mid-sentence, or only closing parts are absent: it may be cut short
            msg = f"缺少「{part.name}」部分（文本可能不完整）"
            yield finding(report, RULE, Severity.INFO, msg, ev, expected=part.name, reported=None)
        else:
            yield finding(
                report, RULE, part.severity, f"缺少「{part.name}」部分", ev, expected=part.name, reported=None
            )
